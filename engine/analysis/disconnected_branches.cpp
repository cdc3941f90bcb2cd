// Disconnected branches (W123): parts of the map that lead nowhere near the thesis.
//
// A student who mistypes a title, or forgets to hang a reason under the claim it supports,
// leaves a branch that supports or attacks nothing on the way to the thesis: its evidence
// grounds nothing the essay argues. W122 names a single statement related to nothing; this
// names each larger part, by its top claim. Parts are the connected components of the
// relations between statements and arguments; sources are left out, since two branches citing
// one book are not thereby one argument.
#include "analysis/disconnected_branches.hpp"

#include "analysis/finding.hpp"

#include <boost/graph/connected_components.hpp>

#include <algorithm>
#include <limits>
#include <optional>
#include <tuple>

namespace warrant {
namespace {

using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

bool joins_argument(const Graph& graph, EdgeId e) {
    return graph[e].kind != EdgeKind::Cites && graph[boost::source(e, graph)].kind != NodeKind::Source &&
           graph[boost::target(e, graph)].kind != NodeKind::Source;
}

// Where a node was written, for "first in the file" choices.
std::tuple<int, int, Vertex> position(const Graph& graph, Vertex v) {
    return {graph[v].span.known() ? graph[v].span.line : std::numeric_limits<int>::max(), graph[v].span.column, v};
}

// The part's top: a member whose relations all point into it from below (it supports or attacks
// nothing else in the part), the first written if there are several; else the first written.
Vertex top_of(const Graph& graph, const std::vector<Vertex>& members) {
    std::optional<Vertex> top;
    for (Vertex v : members) {
        bool points_up = false;
        for (auto [e, end] = boost::out_edges(v, graph); e != end && !points_up; ++e)
            points_up = joins_argument(graph, *e) && boost::target(*e, graph) != v;
        if (!points_up && (!top || position(graph, v) < position(graph, *top))) top = v;
    }
    if (top) return *top;
    return *std::min_element(members.begin(), members.end(),
                             [&](Vertex a, Vertex b) { return position(graph, a) < position(graph, b); });
}

}  // namespace

void check_disconnected_branches(const ArgumentMap& map, std::vector<Diagnostic>& out) {
    const Graph& graph = map.graph;
    const std::size_t n = map.node_count();
    Undirected relations(n);
    for (auto [e, end] = boost::edges(graph); e != end; ++e)
        if (joins_argument(graph, *e)) boost::add_edge(boost::source(*e, graph), boost::target(*e, graph), relations);
    std::vector<std::size_t> component(n);
    const std::size_t parts = boost::connected_components(relations, component.data());

    std::vector<std::vector<Vertex>> members(parts);
    std::vector<bool> holds_thesis(parts, false);
    std::optional<Vertex> thesis;
    for (Vertex v = 0; v < n; ++v) {
        if (graph[v].kind == NodeKind::Source) continue;
        members[component[v]].push_back(v);
        if (graph[v].kind == NodeKind::Thesis) {
            holds_thesis[component[v]] = true;
            if (!thesis) thesis = v;
        }
    }
    if (!thesis) return;  // nothing to lead to (N203)
    for (std::size_t part = 0; part < parts; ++part) {
        if (holds_thesis[part] || members[part].size() < 2) continue;  // one alone is W122
        const Vertex top = top_of(graph, members[part]);
        const std::size_t below = members[part].size() - 1;
        out.push_back(analysis::finding(
            Severity::Warning, "W123",
            display_name(graph[top]) + " and the " + std::to_string(below) + (below == 1 ? " statement" : " statements") +
                " with it lead nowhere near the thesis " + display_name(graph[*thesis]) +
                ": they support or attack nothing that does",
            graph[top], {graph[*thesis].title}));
    }
}

}  // namespace warrant
