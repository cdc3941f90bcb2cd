// Grounding: which statements reach evidence through support.
//
// The least fixpoint of "grounded" is computed forward from the grounds (sourced evidence and
// assumptions) with a worklist: a node enters the worklist once, when it becomes grounded, and
// each of its out-edges is looked at once, so the whole pass is linear in nodes + edges.
// Linked arguments keep a counter of grounded premises and become grounded when the counter
// reaches their premise count. Nodes on a support cycle with no way in from a ground are never
// reached, which is exactly why circular support grounds nothing.
#include "analysis/analysis_runs.hpp"
#include "warrant/analysis.hpp"

namespace warrant {
namespace {

// Number of premise-of edges into each argument: how many grounded premises it waits for.
std::vector<std::size_t> premise_counts(const Graph& graph) {
    std::vector<std::size_t> counts(boost::num_vertices(graph), 0);
    for (auto [e, end] = boost::edges(graph); e != end; ++e)
        if (graph[*e].kind == EdgeKind::PremiseOf) ++counts[boost::target(*e, graph)];
    return counts;
}

bool can_be_grounded_by_support(NodeKind kind) { return kind != NodeKind::Source; }

}  // namespace

bool carries_support(EdgeKind kind) {
    return kind == EdgeKind::Support || kind == EdgeKind::Entails || kind == EdgeKind::PremiseOf ||
           kind == EdgeKind::ConclusionOf;
}

bool is_ground(const ArgumentMap& map, Vertex v) {
    const Node& node = map.node(v);
    if (node.assumption) return true;
    if (node.kind != NodeKind::Evidence) return false;
    if (!node.source.empty() || node.example) return true;
    for (auto [e, end] = boost::out_edges(v, map.graph); e != end; ++e)
        if (map.graph[*e].kind == EdgeKind::Cites) return true;
    return false;
}

GroundingResult compute_grounding(const ArgumentMap& map, std::optional<Vertex> excluded) {
    if (!excluded) analysis::count_run(analysis::AnalysisPart::Grounding);
    const Graph& graph = map.graph;
    const std::size_t n = boost::num_vertices(graph);
    GroundingResult result;
    result.grounded.assign(n, false);
    result.grounded_by.assign(n, std::nullopt);
    const std::vector<std::size_t> premises = premise_counts(graph);
    std::vector<std::size_t> grounded_premises(n, 0);

    std::vector<Vertex> worklist;
    auto ground = [&](Vertex v, std::optional<Vertex> by) {
        result.grounded[v] = true;
        result.grounded_by[v] = by;
        worklist.push_back(v);
    };
    for (Vertex v = 0; v < n; ++v)
        if (v != excluded && is_ground(map, v)) ground(v, std::nullopt);

    // Breadth-first order keeps grounded_by on a shortest route to a ground.
    for (std::size_t next = 0; next < worklist.size(); ++next) {
        const Vertex from = worklist[next];
        for (auto [e, end] = boost::out_edges(from, graph); e != end; ++e) {
            const EdgeKind kind = graph[*e].kind;
            const Vertex to = boost::target(*e, graph);
            if (to == excluded || result.grounded[to] || !carries_support(kind)) continue;
            const Node& target = graph[to];
            if (kind == EdgeKind::PremiseOf) {
                if (target.kind == NodeKind::Argument && ++grounded_premises[to] == premises[to]) ground(to, from);
                continue;
            }
            if (kind == EdgeKind::ConclusionOf && graph[from].kind != NodeKind::Argument) continue;
            // A linked argument is grounded by its premises only, never by support from outside.
            if (target.kind == NodeKind::Argument && premises[to] > 0) continue;
            if (can_be_grounded_by_support(target.kind)) ground(to, from);
        }
    }

    for (Vertex v = 0; v < n; ++v) {
        const NodeKind kind = graph[v].kind;
        if (kind != NodeKind::Claim && kind != NodeKind::Thesis) continue;
        ++result.claims;
        if (result.grounded[v]) ++result.grounded_claims;
    }
    return result;
}

}  // namespace warrant
