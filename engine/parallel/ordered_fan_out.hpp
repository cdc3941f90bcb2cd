// Ordered fan-out (private to the engine): work that splits into numbered pieces, made on
// several threads, whose results must come out one after another in order: the chunks of a
// large export, the formatted findings of a large check. Output stays the same bytes whatever
// the number of threads; only the time changes.
//
// The calling thread consumes (writes) the results in order and, while the next one is not
// ready, makes pieces itself; helper threads make pieces ahead of it. At most `window` pieces
// are ahead of the consumer at any time, so memory stays bounded however many pieces there are.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

namespace warrant::parallel {

// The threads one job may use on this machine: its cores, at most 4 (at least 1).
inline unsigned available_threads() { return std::clamp(std::thread::hardware_concurrency(), 1u, 4u); }

// Calls consume(make(i)) for i in [0, count), consume in order of i on the calling thread,
// make on up to `threads` threads. An exception thrown by make or consume stops the work and
// is rethrown here once every helper thread has ended.
template <typename Make, typename Consume>
void fan_out_in_order(std::size_t count, Make make, Consume consume, unsigned threads = available_threads(),
                      std::size_t window = 8) {
    using Result = decltype(make(std::size_t{0}));
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, count));
    if (threads <= 1) {
        for (std::size_t i = 0; i < count; ++i) consume(make(i));
        return;
    }
    window = std::max<std::size_t>(window, threads);

    struct Slot {
        std::optional<Result> result;
        std::exception_ptr failure;
        std::atomic<bool> ready{false};
    };
    std::vector<Slot> slots(count);
    std::atomic<std::size_t> next{0};      // the next piece nobody has claimed
    std::atomic<std::size_t> consumed{0};  // pieces handed to consume so far
    std::atomic<bool> stopped{false};

    const auto make_piece = [&](std::size_t i) {
        try {
            slots[i].result.emplace(make(i));
        } catch (...) {
            slots[i].failure = std::current_exception();
        }
        slots[i].ready.store(true, std::memory_order_release);
        slots[i].ready.notify_all();
    };
    const auto helper = [&] {
        for (std::size_t i = next++; i < count && !stopped.load(); i = next++) {
            // Stay within the window: wait for the consumer to catch up.
            for (std::size_t done = consumed.load(); i >= done + window && !stopped.load(); done = consumed.load())
                consumed.wait(done);
            if (stopped.load()) break;
            make_piece(i);
        }
    };
    std::vector<std::thread> helpers;
    for (unsigned t = 1; t < threads; ++t) {
        try {
            helpers.emplace_back(helper);
        } catch (const std::system_error&) {
            break;  // no thread to be had (a process limit): the calling thread makes the rest
        }
    }

    std::exception_ptr failure;
    for (std::size_t k = 0; k < count && !failure; ++k) {
        Slot& slot = slots[k];
        while (!slot.ready.load(std::memory_order_acquire)) {
            std::size_t i = next.load();
            if (i < count && i < k + window && next.compare_exchange_strong(i, i + 1)) {
                make_piece(i);
                continue;
            }
            slot.ready.wait(false, std::memory_order_acquire);
        }
        try {
            if (slot.failure) std::rethrow_exception(slot.failure);
            consume(std::move(*slot.result));
        } catch (...) {
            failure = std::current_exception();
        }
        slot.result.reset();
        consumed.store(k + 1);
        consumed.notify_all();
    }
    if (failure) {
        stopped.store(true);
        consumed.store(count + window);
        consumed.notify_all();
    }
    for (std::thread& thread : helpers) thread.join();
    if (failure) std::rethrow_exception(failure);
}

}  // namespace warrant::parallel
