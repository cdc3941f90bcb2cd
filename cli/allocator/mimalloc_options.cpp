// mimalloc's settings for the executables that link it (CMakeLists.txt,
// warrant_use_cli_allocator): the warrant CLI and the benchmarks that measure it.
//
// Large OS pages: loading a 200k-statement map touches about 220 MB; on 4 KB pages that is
// 55,000 page faults, a third of `warrant export`'s time spent in the kernel. mimalloc asks
// for 2 MB pages (madvise) instead; they cost at most one partly used page per segment.
#include <mimalloc.h>

namespace {

const bool kLargePagesRequested = [] {
    mi_option_set(mi_option_large_os_pages, 1);
    return true;
}();

}  // namespace
