// Grounded semantics on a big i23 file, against a bare baseline in the same process: the
// baseline reads the file with fread, parses "a b" lines with a bare loop, builds plain
// vectors (out-adjacency and in-degrees) and runs the same queue labelling. warrant's side is
// load_framework_file() + grounded_labelling() through the public API, with diagnostics,
// both adjacency directions and names. Peak memory is measured after warrant's first run.
//   grounded_bench FILE.i23 [RUNS]
#include "warrant/iccma.hpp"
#include "warrant/semantics.hpp"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <sys/resource.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// Pulls the file into the page cache without keeping it: neither side pays the disk.
void warm_up(const char* path) {
    std::FILE* in = std::fopen(path, "rb");
    static char chunk[1 << 16];
    while (in && std::fread(chunk, 1, sizeof chunk, in) > 0) {}
    if (in) std::fclose(in);
}

std::size_t baseline_grounded(const char* path) {
    std::FILE* in = std::fopen(path, "rb");
    std::fseek(in, 0, SEEK_END);
    const long size = std::ftell(in);
    std::fseek(in, 0, SEEK_SET);
    std::vector<char> text(static_cast<std::size_t>(size) + 1);
    std::size_t got = std::fread(text.data(), 1, static_cast<std::size_t>(size), in);
    std::fclose(in);
    text[got] = '\n';
    const char* p = text.data();
    const char* end = p + got;
    std::uint32_t n = 0;
    std::vector<std::uint32_t> from, to;
    while (p < end) {
        if (*p == '#' || *p == 'p') {
            if (*p == 'p') n = static_cast<std::uint32_t>(std::strtoul(p + 5, nullptr, 10));
            while (*p != '\n') ++p;
            ++p;
            continue;
        }
        std::uint32_t a = 0, b = 0;
        while (*p >= '0' && *p <= '9') a = a * 10 + static_cast<std::uint32_t>(*p++ - '0');
        while (*p == ' ') ++p;
        while (*p >= '0' && *p <= '9') b = b * 10 + static_cast<std::uint32_t>(*p++ - '0');
        while (*p != '\n') ++p;
        ++p;
        if (a == 0) continue;
        from.push_back(a - 1);
        to.push_back(b - 1);
    }
    std::vector<std::uint32_t> offsets(n + 1, 0), targets(from.size()), live(n, 0);
    for (std::size_t i = 0; i < from.size(); ++i) ++offsets[from[i] + 1], ++live[to[i]];
    for (std::uint32_t i = 0; i < n; ++i) offsets[i + 1] += offsets[i];
    std::vector<std::uint32_t> next(offsets.begin(), offsets.end() - 1);
    for (std::size_t i = 0; i < from.size(); ++i) targets[next[from[i]]++] = to[i];
    std::vector<std::uint8_t> label(n, 2);  // 0 in, 1 out, 2 undec
    std::vector<std::uint32_t> queue;
    for (std::uint32_t a = 0; a < n; ++a)
        if (live[a] == 0) queue.push_back(a);
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const std::uint32_t a = queue[head];
        label[a] = 0;
        for (std::uint32_t i = offsets[a]; i < offsets[a + 1]; ++i) {
            const std::uint32_t t = targets[i];
            if (label[t] == 1) continue;
            label[t] = 1;
            for (std::uint32_t j = offsets[t]; j < offsets[t + 1]; ++j)
                if (--live[targets[j]] == 0 && label[targets[j]] == 2) queue.push_back(targets[j]);
        }
    }
    return static_cast<std::size_t>(std::count(label.begin(), label.end(), 0));
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: grounded_bench FILE.i23 [RUNS]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::atoi(argv[2]) : 3;
    warm_up(argv[1]);
    double best_warrant = 1e9, best_baseline = 1e9, peak_mb = 0;
    std::size_t arguments = 0, attacks = 0, warrant_in = 0, baseline_in = 0;
    // Alternate the two sides so that load from other processes hits both alike; the peak is
    // read after warrant's first run, before the baseline has allocated anything.
    for (int run = 0; run < runs; ++run) {
        auto start = Clock::now();
        warrant::FrameworkLoadResult loaded = warrant::load_framework_file(argv[1]);
        if (loaded.has_errors()) {
            std::fprintf(stderr, "grounded_bench: %s does not read\n", argv[1]);
            return 1;
        }
        warrant_in = warrant::grounded_extension(loaded.framework).size();
        best_warrant = std::min(best_warrant, seconds_since(start));
        arguments = loaded.framework.size();
        attacks = loaded.framework.attack_count();
        if (run == 0) {
            rusage usage{};
            getrusage(RUSAGE_SELF, &usage);
            peak_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;
        }
        start = Clock::now();
        baseline_in = baseline_grounded(argv[1]);
        best_baseline = std::min(best_baseline, seconds_since(start));
    }
    if (warrant_in != baseline_in) {
        std::fprintf(stderr, "grounded_bench: warrant found %zu IN, the baseline %zu\n", warrant_in, baseline_in);
        return 1;
    }
    std::printf("%9zu arguments %9zu attacks, %8zu IN | baseline %6.3f s | warrant %6.3f s = %4.2fx baseline "
                "(target 1.5x) | peak %7.1f MB = %5.1f MB per million attacks\n",
                arguments, attacks, warrant_in, best_baseline, best_warrant, best_warrant / best_baseline, peak_mb,
                peak_mb / (static_cast<double>(attacks) / 1e6));
    return 0;
}
