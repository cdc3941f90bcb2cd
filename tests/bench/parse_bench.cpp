// Parse + build + type + export JSON of a map, against a baseline in the same process that only
// reads the file and counts its lines: the ratio says what the pipeline costs over raw I/O.
// The export goes where `warrant export -o` sends it: streamed into a file written atomically
// (beside the map, removed afterwards).
//   parse_bench MAP.argdown [RUNS]
#include "warrant/formats.hpp"
#include "warrant/parse.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sys/resource.h>

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The floor: the whole file in one read into a string of its size.
std::string read_all(const char* path) {
    std::ifstream in(path, std::ios::binary);
    std::string text(std::filesystem::file_size(path), '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    return text;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: parse_bench MAP.argdown [RUNS]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::atoi(argv[2]) : 3;
    double best_baseline = 1e9, best_parse = 1e9, best_export = 1e9;
    std::size_t bytes = 0, nodes = 0, edges = 0, json_bytes = 0;
    for (int run = 0; run < runs; ++run) {
        auto start = Clock::now();
        std::string text = read_all(argv[1]);
        std::size_t lines = std::count(text.begin(), text.end(), '\n');
        best_baseline = std::min(best_baseline, seconds_since(start));
        bytes = text.size();
        if (lines == 0 && bytes > 0) std::fprintf(stderr, "(one line)\n");

        start = Clock::now();
        warrant::LoadResult loaded = warrant::load_file(argv[1]);
        best_parse = std::min(best_parse, seconds_since(start));
        if (loaded.has_errors()) {
            std::fprintf(stderr, "parse_bench: %s has errors\n", argv[1]);
            return 1;
        }
        start = Clock::now();
        const std::string json_path = std::string(argv[1]) + ".bench.json";
        warrant::write_file_atomically(json_path, [&](std::ostream& out) { warrant::export_json(loaded.map, out); });
        best_export = std::min(best_export, seconds_since(start));
        json_bytes = std::filesystem::file_size(json_path);
        std::filesystem::remove(json_path);
        nodes = loaded.map.node_count();
        edges = loaded.map.edge_count();
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double mb = static_cast<double>(bytes) / 1e6;
    const double total = best_parse + best_export;
    std::printf("%-28s %8.1f MB %8zu nodes %8zu edges | read+count %6.3f s | parse+build+type %6.3f s | "
                "export json %6.3f s (%5.1f MB) | total %6.3f s = %6.1f MB/s = %5.1fx baseline | peak %6.1f MB\n",
                std::strrchr(argv[1], '/') ? std::strrchr(argv[1], '/') + 1 : argv[1], mb, nodes, edges,
                best_baseline, best_parse, best_export, static_cast<double>(json_bytes) / 1e6, total,
                mb / total, total / best_baseline, static_cast<double>(usage.ru_maxrss) / 1024.0);
    return 0;
}
