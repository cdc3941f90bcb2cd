// Times grounding, cycle detection and all checks on generated maps of growing size, to show
// they scale linearly (the ns per node stay flat), and parse + check end to end from Argdown.
//   check_bench [N...]     default: 20000 200000 2000000 (end to end: the sizes up to 200000)
//
// Times are CPU seconds of this process (every thread's), so a busy shared machine inflates them
// less; the checks and the load run on every core, so their wall time is printed beside.
// Maps are built in process: a support/attack tree (branching 4) under one thesis, every
// fourth child an attacking counter-position, leaves cited evidence (some without a page),
// every 50th inner claim concluded by a linked argument over its children, and every 1000th
// node supporting its grandparent, so cycles and ungrounded claims are there to be found.
#include "warrant/analysis.hpp"
#include "warrant/parse.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

namespace {

using namespace warrant;
using Clock = std::chrono::steady_clock;
constexpr long kBranching = 4;

// CPU time of this process: the machine is shared, and wall time would measure the neighbours.
double cpu_seconds() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

struct Stopwatch {
    Clock::time_point wall = Clock::now();
    double cpu = cpu_seconds();
    double cpu_elapsed() const { return cpu_seconds() - cpu; }
    double wall_elapsed() const { return std::chrono::duration<double>(Clock::now() - wall).count(); }
};

Node statement(NodeKind kind, long i) {
    Node node;
    node.kind = kind;
    node.title = "S" + std::to_string(i);
    node.texts = {"Statement " + std::to_string(i)};
    node.span = SourceSpan{"generated", static_cast<int>(i + 1), 1, static_cast<int>(i + 1), 10};
    if (kind == NodeKind::Evidence) {
        node.source = i % 3 == 0 ? "atwood" : "ishiguro";
        if (i % 7 != 0) node.page = std::to_string(i % 300);
    }
    return node;
}

ArgumentMap generate(long count) {
    ArgumentMap map;
    map.file = "generated";
    Node atwood;
    atwood.kind = NodeKind::Source;
    atwood.title = atwood.source = "atwood";
    atwood.in_bibliography = atwood.implicit = true;
    Node ishiguro = atwood;
    ishiguro.title = ishiguro.source = "ishiguro";
    const long first_source = count;
    for (long i = 0; i < count; ++i) {
        const bool leaf = kBranching * i + 1 >= count;
        const NodeKind kind = i == 0 ? NodeKind::Thesis
                              : leaf ? NodeKind::Evidence
                              : i % kBranching == 0 ? NodeKind::CounterPosition : NodeKind::Claim;
        map.add_node(statement(kind, i));
    }
    map.add_node(atwood);
    map.add_node(ishiguro);
    for (long i = 1; i < count; ++i) {
        const Vertex parent = static_cast<Vertex>((i - 1) / kBranching);
        const bool attacks = i % kBranching == 0;
        map.add_edge(i, parent, Edge{attacks ? EdgeKind::Attack : EdgeKind::Support, {}});
        if (map.node(i).kind == NodeKind::Evidence)
            map.add_edge(i, first_source + (i % 3 == 0 ? 0 : 1), Edge{EdgeKind::Cites, {}});
        if (i % 1000 == 1 && parent > 0) map.add_edge(parent, i, Edge{EdgeKind::Support, {}});
    }
    for (long i = 50; i < count; i += 50) {
        if (kBranching * i + 1 >= count) break;
        Node argument = statement(NodeKind::Argument, i);
        const Vertex a = map.add_node(argument);
        for (long child = kBranching * i + 1; child <= kBranching * i + 2 && child < count; ++child)
            map.add_edge(child, a, Edge{EdgeKind::PremiseOf, {}});
        map.add_edge(a, i, Edge{EdgeKind::ConclusionOf, {}});
    }
    return map;
}

// The same shape as Argdown text, for the end-to-end measurement (parse + type + check).
std::string generate_argdown(long count) {
    std::string text = "===\nsources:\n  atwood: {author: Margaret Atwood}\n  ishiguro: {author: Kazuo Ishiguro}\n===\n\n";
    std::vector<std::pair<long, int>> stack{{0, 0}};
    while (!stack.empty()) {
        auto [i, depth] = stack.back();
        stack.pop_back();
        const bool leaf = kBranching * i + 1 >= count;
        text.append(static_cast<std::size_t>(depth) * 2, ' ');
        if (depth > 0) text += i % kBranching == 0 ? "- " : "+ ";
        text += "[S" + std::to_string(i) + "]: Statement " + std::to_string(i) + " on the harvest.";
        if (i == 0) text += " #thesis";
        else if (leaf) text += " {source: " + std::string(i % 3 == 0 ? "atwood" : "ishiguro") + ", page: " + std::to_string(i % 300) + "}";
        else if (i % kBranching == 0) text += " #counter";
        text += "\n";
        for (long child = kBranching * i + kBranching; child > kBranching * i; --child)
            if (child < count) stack.emplace_back(child, depth + 1);
    }
    return text;
}

void bench_checks(long count) {
    const ArgumentMap map = generate(count);
    const double per = 1e9 / static_cast<double>(map.node_count());
    Stopwatch watch;
    const GroundingResult grounding = compute_grounding(map);
    const double grounding_s = watch.cpu_elapsed();
    watch = Stopwatch{};
    const std::size_t cycles = find_support_cycles(map).size();
    const double cycles_s = watch.cpu_elapsed();
    watch = Stopwatch{};
    const std::size_t findings = check_map(map, grounding).size();
    const double checks_s = watch.cpu_elapsed(), checks_wall = watch.wall_elapsed();
    std::printf("%9zu nodes %9zu edges | grounding %6.3f s (%4.0f ns/node) | cycles %6.3f s (%4.0f ns/node, %zu) | "
                "all checks %6.3f s CPU (%4.0f ns/node), %6.3f s wall, %zu findings\n",
                map.node_count(), map.edge_count(), grounding_s, grounding_s * per, cycles_s, cycles_s * per, cycles,
                checks_s, checks_s * per, checks_wall, findings);
}

void bench_end_to_end(long count) {
    std::string text = generate_argdown(count);
    const std::size_t bytes = text.size();
    Stopwatch watch;
    LoadResult loaded = parse_argdown(std::move(text), "generated.argdown");
    const double parse_s = watch.cpu_elapsed(), parse_wall = watch.wall_elapsed();
    if (loaded.has_errors() || loaded.map.node_count() == 0) {
        std::printf("%9ld statements: parser not available (%zu diagnostics), end-to-end skipped\n", count,
                    loaded.diagnostics.size());
        return;
    }
    watch = Stopwatch{};
    const CheckReport report = check_loaded(loaded);
    const double check_s = watch.cpu_elapsed(), check_wall = watch.wall_elapsed();
    std::printf("%9ld statements %6.1f MB | parse %7.3f s | check %7.3f s | total %7.3f s CPU (%5.0f ns/statement), "
                "%7.3f s wall | %zu/%zu grounded, %zu findings\n",
                count, static_cast<double>(bytes) / 1e6, parse_s, check_s, parse_s + check_s,
                (parse_s + check_s) * 1e9 / static_cast<double>(count), parse_wall + check_wall, report.grounded_claims,
                report.claims, report.findings.size());
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<long> sizes;
    for (int i = 1; i < argc; ++i) sizes.push_back(std::strtol(argv[i], nullptr, 10));
    const bool defaults = sizes.empty();
    if (defaults) sizes = {20000, 200000, 2000000};
    std::printf("== analyses on generated graphs (no parsing), CPU time\n");
    for (long n : sizes) bench_checks(n);
    std::printf("== parse + type + check from Argdown text, CPU time (target: 200k well under 0.5 s)\n");
    for (long n : sizes)
        if (!defaults || n <= 200000) bench_end_to_end(n);
    return 0;
}
