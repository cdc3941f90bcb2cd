#include "parallel/page_read_ahead.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <system_error>

namespace warrant::parallel {
namespace {

constexpr std::size_t kReportEvery = std::size_t{1} << 20;  // the filler says where it is every MiB
constexpr std::size_t kStep = std::size_t{1} << 20;          // pages mapped per call

std::uintptr_t round_down(std::uintptr_t at, std::uintptr_t page) { return at & ~(page - 1); }

}  // namespace

void PageReadAhead::start(const void* data, std::size_t bytes) {
#ifdef MADV_POPULATE_WRITE
    if (helper_.joinable() || bytes < kMinimumBytes) return;
    data_ = static_cast<const char*>(data);
    bytes_ = bytes;
    try {
        helper_ = std::thread([this] { map_ahead(); });
    } catch (const std::system_error&) {
        return;  // no thread to be had (a process limit): the filler maps its own pages
    }
    next_report_ = kReportEvery;
#else
    (void)data, (void)bytes;
#endif
}

void PageReadAhead::report(std::size_t offset) {
    reached_.store(offset);
    reached_.notify_one();
    next_report_ = offset + kReportEvery;
}

void PageReadAhead::map_ahead() {
#ifdef MADV_POPULATE_WRITE
    const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    const auto begin = reinterpret_cast<std::uintptr_t>(data_);
    const std::uintptr_t end = round_down(begin + bytes_, page);
    std::uintptr_t mapped = round_down(begin, page);
    while (!done_.load()) {
        const std::size_t reported = reached_.load();
        const std::size_t reached = std::min(reported, bytes_);
        // Pages the filler has passed are mapped already: skip them.
        mapped = std::max(mapped, round_down(begin + reached, page));
        const std::uintptr_t target = std::min(end, round_down(begin + reached + kLead, page));
        if (mapped < target) {
            const std::uintptr_t step_end = std::min(target, mapped + kStep);
            // An old kernel (before 5.14) refuses the call: then the filler maps its own pages.
            if (madvise(reinterpret_cast<void*>(mapped), step_end - mapped, MADV_POPULATE_WRITE) != 0) return;
            mapped = step_end;
            continue;
        }
        if (mapped >= end) return;
        reached_.wait(reported);  // until the filler moves on, or the end
    }
#endif
}

PageReadAhead::~PageReadAhead() {
    if (!helper_.joinable()) return;
    done_.store(true);
    reached_.store(static_cast<std::size_t>(-1));
    reached_.notify_one();
    helper_.join();
}

}  // namespace warrant::parallel
