#include "parallel/page_read_ahead.hpp"

#include <doctest/doctest.h>

#include <sys/mman.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <thread>
#include <vector>

using warrant::parallel::PageReadAhead;

namespace {

// Fresh anonymous memory: no page is mapped until it is written or read ahead.
struct FreshMemory {
    explicit FreshMemory(std::size_t size) : bytes(size) {
        data = static_cast<char*>(mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
        REQUIRE(data != MAP_FAILED);
    }
    ~FreshMemory() { munmap(data, bytes); }

    std::size_t resident_bytes() const {
        const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
        std::vector<unsigned char> in_core((bytes + page - 1) / page);
        REQUIRE(mincore(data, bytes, in_core.data()) == 0);
        std::size_t resident = 0;
        for (unsigned char flag : in_core) resident += (flag & 1) ? page : 0;
        return resident;
    }

    char* data = nullptr;
    std::size_t bytes;
};

bool kernel_maps_ahead() {
#ifdef MADV_POPULATE_WRITE
    FreshMemory probe(static_cast<std::size_t>(sysconf(_SC_PAGESIZE)));
    return madvise(probe.data, probe.bytes, MADV_POPULATE_WRITE) == 0;
#else
    return false;
#endif
}

}  // namespace

TEST_CASE("read-ahead maps pages ahead of the filler, never more than its lead") {
    constexpr std::size_t kMiB = std::size_t{1} << 20;
    FreshMemory buffer(256 * kMiB);
    {
        PageReadAhead ahead;
        ahead.start(buffer.data, buffer.bytes);
        std::memset(buffer.data, 1, 2 * kMiB);  // the filler writes its first 2 MiB
        ahead.reached(2 * kMiB);
        if (kernel_maps_ahead()) {
            // The helper catches up with the lead in its own time: wait for it, boundedly.
            const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(20);
            while (buffer.resident_bytes() < 2 * kMiB + PageReadAhead::kLead / 2 && std::chrono::steady_clock::now() < give_up)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            CHECK(buffer.resident_bytes() >= 2 * kMiB + PageReadAhead::kLead / 2);
        } else {
            MESSAGE("this kernel has no MADV_POPULATE_WRITE: read-ahead does nothing");
        }
        CHECK(buffer.resident_bytes() <= 2 * kMiB + PageReadAhead::kLead + 2 * kMiB);
    }
    // The bytes are the filler's alone: read-ahead never wrote any.
    CHECK(buffer.data[0] == 1);
    CHECK(buffer.data[2 * kMiB - 1] == 1);
    CHECK(buffer.data[2 * kMiB] == 0);
    CHECK(buffer.resident_bytes() <= 2 * kMiB + PageReadAhead::kLead + 2 * kMiB);
}

TEST_CASE("read-ahead leaves a small buffer alone and may be ended at any time") {
    FreshMemory small(PageReadAhead::kMinimumBytes / 2);
    {
        PageReadAhead ahead;
        ahead.start(small.data, small.bytes);
        ahead.reached(small.bytes / 2);
    }
    CHECK(small.resident_bytes() == 0);
    PageReadAhead never_started;
    never_started.reached(12345);
    FreshMemory large(64 << 20);
    PageReadAhead started_and_ended;
    started_and_ended.start(large.data, large.bytes);
}
