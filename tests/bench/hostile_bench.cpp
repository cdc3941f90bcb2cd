// The readers of untrusted text on hostile inputs (generate_hostile, issue 30): `warrant draft`'s
// pipeline on .txt files, the Argdown front (lexer, parser, model) on .argdown files. Each is timed
// against a baseline in the same process, reading the file and counting its lines; the target is
// under 1 s per MiB of input, whatever its shape.
//   hostile_bench FILE...
#include "warrant/draft.hpp"
#include "warrant/parse.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sys/resource.h>

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string text(std::filesystem::file_size(path), '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    return text;
}

// Runs the reader the file's extension names and returns how many nodes it found.
std::size_t read_untrusted(const std::string& path, std::string text) {
    if (path.ends_with(".txt"))
        return warrant::draft_essay(std::move(text), path, warrant::DraftModel::built_in()).loaded.map.node_count();
    return warrant::parse_argdown(std::move(text), path).map.node_count();
}

}  // namespace

int main(int argc, char** argv) {
    (void)warrant::DraftModel::built_in();  // the model loads once per process, not per essay
    int over = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string path = argv[i];
        double baseline = 1e9, reading = 1e9;
        std::size_t nodes = 0, bytes = 0, lines = 0;
        for (int run = 0; run < 3; ++run) {
            auto start = Clock::now();
            std::string text = read_all(path);
            lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
            baseline = std::min(baseline, seconds_since(start));
            bytes = text.size();
            start = Clock::now();
            nodes = read_untrusted(path, std::move(text));
            reading = std::min(reading, seconds_since(start));
        }
        const double mib = static_cast<double>(bytes) / (1 << 20);
        const double per_mib = reading / mib;
        over += per_mib >= 1.0;
        std::printf("%-28s %6.2f MiB %7zu lines %7zu nodes | read+count %6.3f s | %s %7.3f s = %6.3f s/MiB = %7.1fx baseline%s\n",
                    std::filesystem::path(path).filename().c_str(), mib, lines, nodes, baseline,
                    path.ends_with(".txt") ? "draft  " : "argdown", reading, per_mib, reading / baseline,
                    per_mib >= 1.0 ? "  OVER 1 s/MiB" : "");
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("hostile inputs: %d over 1 s/MiB; peak %.1f MB\n", over, static_cast<double>(usage.ru_maxrss) / 1024.0);
    return over == 0 ? 0 : 1;
}
