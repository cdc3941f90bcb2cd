// Layout + render time of generated maps, per layout engine, as SVG.
//   render_bench [SECONDS_PER_RUN (default 120)] [SIZES... (default 100 1000 10000)]
//   render_bench overview ESSAY.argdown   (the folded dialectic overview, fitted to a slide:
//                                          targets under 1 s on the essay, 5 s on 10,000 nodes)
// Each measurement runs in a forked child with an alarm, so a layout that takes too long (dot
// on 10,000 nodes) is reported as a timeout instead of stalling the benchmark.
#include "render/dot_graph.hpp"
#include "warrant/parse.hpp"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace warrant;

namespace {

// A support/attack tree (branching 4, like generate_map) with the kinds of a real essay map:
// every 5th leaf-ish statement is evidence citing one of 20 sources, every 7th attacks.
ArgumentMap generated_map(std::size_t statements) {
    ArgumentMap map;
    for (int s = 0; s < 20; ++s) {
        Node source;
        source.kind = NodeKind::Source;
        source.title = "source" + std::to_string(s);
        source.source = source.title;
        map.add_node(std::move(source));
    }
    for (std::size_t i = 0; i < statements; ++i) {
        Node node;
        node.kind = i == 0 ? NodeKind::Thesis : (i % 5 == 0 ? NodeKind::Evidence : NodeKind::Claim);
        node.title = "S" + std::to_string(i);
        node.texts = {"Statement " + std::to_string(i) + " argues that harvest and purity matter for the debate here."};
        if (node.kind == NodeKind::Evidence) {
            node.source = "source" + std::to_string(i % 20);
            node.page = std::to_string(i % 300 + 1);
        }
        const Vertex v = map.add_node(std::move(node));
        if (i > 0) {
            const Vertex parent = 20 + (i - 1) / 4;
            map.add_edge(v, parent, {i % 7 == 0 ? EdgeKind::Attack : EdgeKind::Support, {}});
        }
        if (map.graph[v].kind == NodeKind::Evidence) map.add_edge(v, i % 20, {EdgeKind::Cites, {}});
    }
    return map;
}

struct Measurement {
    double build_ms = 0;
    double render_ms = 0;
    double svg_bytes = 0;
};

double milliseconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// Runs in the child: measure, write the result to the pipe.
void measure(const ArgumentMap& map, LayoutEngine engine, int pipe_out) {
    RenderOptions options;
    options.layout = engine;
    auto start = std::chrono::steady_clock::now();
    const DotGraph graph = build_dot_graph(map, options);
    Measurement result;
    result.build_ms = milliseconds_since(start);
    start = std::chrono::steady_clock::now();
    const RenderResult svg = render_to(graph, RenderFormat::Svg);
    result.render_ms = milliseconds_since(start);
    result.svg_bytes = svg.ok() ? static_cast<double>(svg.bytes.size()) : -1;
    if (write(pipe_out, &result, sizeof result) != sizeof result) std::_Exit(3);
}

// Forks, measures in the child under an alarm; false when the child timed out or failed.
bool measure_bounded(const ArgumentMap& map, LayoutEngine engine, unsigned seconds, Measurement& out) {
    int fds[2];
    if (pipe(fds) != 0) return false;
    const pid_t child = fork();
    if (child == 0) {
        close(fds[0]);
        alarm(seconds);
        measure(map, engine, fds[1]);
        std::_Exit(0);
    }
    close(fds[1]);
    const bool got = read(fds[0], &out, sizeof out) == static_cast<ssize_t>(sizeof out);
    close(fds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    return got && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

}  // namespace

// Build + layout + SVG of the dialectic overview, best of three.
void time_overview(const char* name, const ArgumentMap& map) {
    double best = 1e300;
    std::size_t bytes = 0;
    for (int run = 0; run < 3; ++run) {
        const auto start = std::chrono::steady_clock::now();
        const RenderResult svg = render_dialectic_overview_svg(map);
        best = std::min(best, milliseconds_since(start));
        bytes = svg.ok() ? svg.bytes.size() : 0;
    }
    std::printf("%-34s  %8zu nodes  %10.1f ms  %10zu SVG bytes\n", name, map.node_count(), best, bytes);
}

int overview_main(const char* essay_path) {
    const LoadResult essay = load_file(essay_path);
    if (essay.has_errors()) return 1;
    time_overview("dialectic overview, the essay", essay.map);
    time_overview("dialectic overview, generated map", generated_map(10000));
    return 0;
}

int main(int argc, char** argv) {
    if (argc == 3 && std::string(argv[1]) == "overview") return overview_main(argv[2]);
    const unsigned seconds = argc > 1 ? static_cast<unsigned>(std::strtoul(argv[1], nullptr, 10)) : 120;
    std::vector<std::size_t> sizes;
    for (int i = 2; i < argc; ++i) sizes.push_back(std::strtoul(argv[i], nullptr, 10));
    if (sizes.empty()) sizes = {100, 1000, 10000};

    std::printf("%8s  %6s  %10s  %16s  %12s\n", "nodes", "engine", "build ms", "layout+SVG ms", "SVG bytes");
    for (std::size_t size : sizes) {
        const ArgumentMap map = generated_map(size);
        for (LayoutEngine engine : {LayoutEngine::Dot, LayoutEngine::Sfdp}) {
            Measurement m;
            if (measure_bounded(map, engine, seconds, m))
                std::printf("%8zu  %6s  %10.1f  %16.1f  %12.0f\n", map.node_count(), std::string(to_string(engine)).c_str(),
                            m.build_ms, m.render_ms, m.svg_bytes);
            else
                std::printf("%8zu  %6s  %10s  %16s  %12s\n", map.node_count(), std::string(to_string(engine)).c_str(), "-",
                            ("> " + std::to_string(seconds) + " s").c_str(), "timeout");
            std::fflush(stdout);
        }
    }
    return 0;
}
