// Batch import speed: the 112 argumentative microtexts, and 10,000 generated AIF maps, each
// imported in one run_batch() on 1 and 2 jobs. Prints files per second.
//
//   build/corpora_bench [MICROTEXT_DIR] [AIF_MAP_COUNT]
#include "warrant/batch.hpp"

#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

namespace fs = std::filesystem;

// A debate-sized AIF map: `claims` I-nodes, each after the first supported (RA) or attacked (CA)
// by the one before it, every fifth inference with two premises.
std::string generated_aif(int seed, int claims) {
    std::string nodes, edges;
    int next_id = 1, next_edge = 1;
    auto node = [&](const std::string& type, const std::string& text) {
        if (!nodes.empty()) nodes += ",\n";
        nodes += R"({"nodeID":")" + std::to_string(next_id) + R"(","text":")" + text + R"(","type":")" + type + "\"}";
        return next_id++;
    };
    auto edge = [&](int from, int to) {
        if (!edges.empty()) edges += ",\n";
        edges += R"({"edgeID":")" + std::to_string(next_edge++) + R"(","fromID":")" + std::to_string(from) +
                 R"(","toID":")" + std::to_string(to) + "\"}";
    };
    int previous = node("I", "Claim 0 of map " + std::to_string(seed));
    for (int i = 1; i < claims; ++i) {
        int claim = node("I", "Claim " + std::to_string(i) + " of map " + std::to_string(seed));
        const bool attack = (i + seed) % 3 == 0;
        int scheme = node(attack ? "CA" : "RA", attack ? "Default Conflict" : "Default Inference");
        edge(claim, scheme);
        if (i % 5 == 0) edge(node("I", "Extra premise " + std::to_string(i)), scheme);
        edge(scheme, previous);
        previous = claim;
    }
    return "{\"nodes\":[\n" + nodes + "],\n\"edges\":[\n" + edges + "],\n\"locutions\":[]}\n";
}

void measure(const char* label, const std::vector<std::string>& files, int jobs) {
    warrant::BatchOptions options;
    options.jobs = jobs;
    options.keep_maps = false;
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpu_start = std::clock();
    auto results = warrant::run_batch(files, options, nullptr);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    // CPU time over all threads: on a shared, loaded machine wall time alone misleads.
    const double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    std::printf("%-28s %6zu files  %d job%s  %8.3f s wall  %8.3f s cpu  %10.0f files/s  worst outcome %d\n", label,
                files.size(), jobs, jobs == 1 ? " " : "s", seconds, cpu, static_cast<double>(files.size()) / seconds,
                static_cast<int>(warrant::worst_outcome(results)));
}

}  // namespace

int main(int argc, char** argv) {
    const std::string microtexts = argc > 1 ? argv[1] : WARRANT_BENCH_MICROTEXTS;
    const int aif_count = argc > 2 ? std::stoi(argv[2]) : 10000;

    std::vector<warrant::Diagnostic> problems;
    const auto micro_files = warrant::expand_inputs({microtexts}, problems);

    const fs::path directory = fs::temp_directory_path() / "warrant_corpora_bench";
    fs::remove_all(directory);
    fs::create_directories(directory);
    std::vector<std::string> aif_files;
    for (int i = 0; i < aif_count; ++i) {
        const fs::path path = directory / ("map" + std::to_string(i) + ".json");
        std::ofstream(path) << generated_aif(i, 20);
        aif_files.push_back(path.string());
    }

    for (int jobs : {1, 2}) measure("microtexts (XML)", micro_files, jobs);
    for (int jobs : {1, 2}) measure("generated AIF (20 claims)", aif_files, jobs);
    fs::remove_all(directory);
    return 0;
}
