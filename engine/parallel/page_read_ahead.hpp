// Page read-ahead for a large buffer filled front to back (private to the engine).
//
// The first write to each 4 KiB page of fresh memory traps into the kernel, which finds, zeroes
// and maps a page: for the 70 MB vertex storage of a 200k-statement map that was a sixth of
// building it. A helper thread asks the kernel to map the pages (MADV_POPULATE_WRITE) a little
// ahead of the thread that fills the buffer, so that the filler finds them mapped. It never
// touches the bytes, so it cannot race with the filler, and it stays at most `lead` bytes
// ahead, so a buffer reserved larger than it is filled does not become resident. Where the
// kernel lacks the call, or the buffer is small, it does nothing.
#pragma once

#include <atomic>
#include <cstddef>
#include <thread>

namespace warrant::parallel {

class PageReadAhead {
public:
    static constexpr std::size_t kMinimumBytes = std::size_t{8} << 20;  // below this, a thread costs more
    static constexpr std::size_t kLead = std::size_t{8} << 20;

    PageReadAhead() = default;
    // Starts reading ahead over [data, data + bytes) for a buffer of at least kMinimumBytes.
    void start(const void* data, std::size_t bytes);
    // The filler has written up to `offset` bytes into the buffer. Cheap enough to call per item.
    void reached(std::size_t offset) {
        if (offset >= next_report_) report(offset);
    }
    ~PageReadAhead();

    PageReadAhead(const PageReadAhead&) = delete;
    PageReadAhead& operator=(const PageReadAhead&) = delete;

private:
    void report(std::size_t offset);
    void map_ahead();

    const char* data_ = nullptr;
    std::size_t bytes_ = 0;
    std::size_t next_report_ = static_cast<std::size_t>(-1);  // no helper: never report
    std::atomic<std::size_t> reached_{0};
    std::atomic<bool> done_{false};
    std::thread helper_;
};

}  // namespace warrant::parallel
