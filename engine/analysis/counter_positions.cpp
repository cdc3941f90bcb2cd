// Unanswered counter-positions (W104).
//
// An essay that raises an objection to its own side owes the reader an answer: an attack or an
// undercut on the objection from something grounded. An objection attacked only by bare
// assertion is as unanswered as one not attacked at all.
#include "analysis/finding.hpp"

namespace warrant {
namespace {

// The map's own side: what a counter-position can object to.
bool is_own_side(NodeKind kind) {
    return kind == NodeKind::Thesis || kind == NodeKind::Claim || kind == NodeKind::Evidence ||
           kind == NodeKind::Argument;
}

// The first statement of the map's side that `counter` attacks (contradiction counts both ways).
std::optional<Vertex> first_target(const Graph& graph, Vertex counter) {
    for (auto [e, end] = boost::out_edges(counter, graph); e != end; ++e) {
        const Vertex to = boost::target(*e, graph);
        if (to != counter && is_attacking(graph[*e].kind) && is_own_side(graph[to].kind)) return to;
    }
    for (auto [e, end] = boost::in_edges(counter, graph); e != end; ++e) {
        const Vertex from = boost::source(*e, graph);
        if (from != counter && is_symmetric(graph[*e].kind) && is_own_side(graph[from].kind)) return from;
    }
    return std::nullopt;
}

bool answered(const Graph& graph, const GroundingResult& grounding, Vertex counter) {
    for (auto [e, end] = boost::in_edges(counter, graph); e != end; ++e) {
        const Vertex from = boost::source(*e, graph);
        if (from != counter && is_attacking(graph[*e].kind) && grounding.is_grounded(from)) return true;
    }
    for (auto [e, end] = boost::out_edges(counter, graph); e != end; ++e) {
        const Vertex to = boost::target(*e, graph);
        if (to != counter && is_symmetric(graph[*e].kind) && grounding.is_grounded(to)) return true;
    }
    return false;
}

bool attacked_at_all(const Graph& graph, Vertex counter) {
    for (auto [e, end] = boost::in_edges(counter, graph); e != end; ++e)
        if (boost::source(*e, graph) != counter && is_attacking(graph[*e].kind)) return true;
    return false;
}

}  // namespace

void check_counter_positions(const ArgumentMap& map, const GroundingResult& grounding, std::vector<Diagnostic>& out) {
    const Graph& graph = map.graph;
    for (Vertex v = 0; v < boost::num_vertices(graph); ++v) {
        const Node& node = graph[v];
        if (node.kind != NodeKind::CounterPosition) continue;
        const std::optional<Vertex> target = first_target(graph, v);
        if (!target || answered(graph, grounding, v)) continue;
        const std::string how = attacked_at_all(graph, v) ? "is answered only by ungrounded statements"
                                                          : "is never answered";
        out.push_back(analysis::finding(Severity::Warning, "W104",
                                        "counter-position " + display_name(node) + " attacks " +
                                            display_name(graph[*target]) + " and " + how,
                                        node, {graph[*target].title}));
    }
}

}  // namespace warrant
