// Unsupported (W101) and ungrounded (W102) claims.
//
// An unsupported claim has nothing beneath it. An ungrounded one has support, but every chain
// below it ends in something unsupported or turns in a circle; the finding names the
// unsupported statements it rests on, so the writer knows where to add evidence. Those names
// are propagated forward from the unsupported statements through ungrounded nodes, each node
// keeping at most kNamed of them: every node changes at most kNamed times, so the pass stays
// linear however long the chains are.
#include "analysis/finding.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace warrant {
namespace {

constexpr std::size_t kNamed = 3;

// An ungrounded statement nothing supports: where an ungrounded chain begins.
bool is_bare(const ArgumentMap& map, const GroundingResult& grounding, Vertex v) {
    return !grounding.is_grounded(v) && !analysis::has_support_in(map.graph, v);
}

// The unsupported statements named beneath one node: at most kNamed, kept inline so that a
// 200k-node map does not make 200k small vectors.
struct NamedRoots {
    std::array<Vertex, kNamed> roots{};
    std::uint8_t count = 0;

    const Vertex* begin() const { return roots.data(); }
    const Vertex* end() const { return roots.data() + count; }
    bool full() const { return count == kNamed; }
    bool add(Vertex root) {
        if (full() || std::find(begin(), end(), root) != end()) return false;
        roots[count++] = root;
        return true;
    }
};

std::vector<NamedRoots> unsupported_beneath(const ArgumentMap& map, const GroundingResult& grounding) {
    const Graph& graph = map.graph;
    const std::size_t n = boost::num_vertices(graph);
    std::vector<NamedRoots> named(n);
    std::vector<Vertex> worklist;
    for (Vertex v = 0; v < n; ++v)
        if (graph[v].kind != NodeKind::Source && is_bare(map, grounding, v)) {
            named[v].add(v);
            worklist.push_back(v);
        }
    for (std::size_t next = 0; next < worklist.size(); ++next) {
        const Vertex from = worklist[next];
        for (auto [e, end] = boost::out_edges(from, graph); e != end; ++e) {
            const Vertex to = boost::target(*e, graph);
            if (!carries_support(graph[*e].kind) || grounding.is_grounded(to) || to == from) continue;
            bool changed = false;
            for (Vertex root : named[from]) {
                if (named[to].full()) break;
                changed = named[to].add(root) || changed;
            }
            if (changed) worklist.push_back(to);
        }
    }
    return named;
}

// A claim or thesis a support finding may be about: defined, not isolated (isolated and undefined
// statements get their own structure findings) and not grounded.
// A point the writer concedes (#concession) is granted, not asserted: nothing is owed beneath it.
bool may_lack_support(const Graph& graph, const GroundingResult& grounding, Vertex v) {
    const Node& node = graph[v];
    return analysis::is_claim_or_thesis(node.kind) && !node.conceded && !grounding.is_grounded(v) &&
           !analysis::is_isolated(graph, v) && analysis::is_defined(node);
}

// "claim [T]" followed by what is said of it, built in one string.
std::string about(const Node& node, std::string_view said) {
    std::string message = node.kind == NodeKind::Thesis ? "thesis " : "claim ";
    message += display_name(node);
    message += said;
    return message;
}

}  // namespace

void check_unsupported(const ArgumentMap& map, const GroundingResult& grounding, std::vector<Diagnostic>& out) {
    const Graph& graph = map.graph;
    std::vector<Vertex> unsupported;
    for (Vertex v = 0; v < boost::num_vertices(graph); ++v)
        if (may_lack_support(graph, grounding, v) && !analysis::has_support_in(graph, v)) unsupported.push_back(v);
    out.reserve(out.size() + unsupported.size());
    for (Vertex v : unsupported)
        out.push_back(analysis::finding(Severity::Warning, "W101", about(graph[v], " is asserted without any support"), graph[v]));
}

void check_ungrounded(const ArgumentMap& map, const GroundingResult& grounding, std::vector<Diagnostic>& out) {
    const Graph& graph = map.graph;
    std::vector<Vertex> ungrounded;
    for (Vertex v = 0; v < boost::num_vertices(graph); ++v)
        if (may_lack_support(graph, grounding, v) && analysis::has_support_in(graph, v)) ungrounded.push_back(v);
    if (ungrounded.empty()) return;
    const std::vector<NamedRoots> beneath = unsupported_beneath(map, grounding);
    out.reserve(out.size() + ungrounded.size());
    for (Vertex v : ungrounded) {
        std::vector<Vertex> roots(beneath[v].begin(), beneath[v].end());
        std::sort(roots.begin(), roots.end());
        std::vector<std::string> related;
        for (Vertex root : roots) related.push_back(graph[root].title);
        const std::string rest = roots.empty() ? "its support only turns in a circle"
                                               : "it rests on unsupported " + analysis::name_list(map, roots);
        out.push_back(analysis::finding(Severity::Warning, "W102",
                                        about(graph[v], " is supported, but no chain reaches evidence: " + rest), graph[v],
                                        std::move(related)));
    }
}

void check_support(const ArgumentMap& map, const GroundingResult& grounding, std::vector<Diagnostic>& out) {
    check_unsupported(map, grounding, out);
    check_ungrounded(map, grounding, out);
}

}  // namespace warrant
