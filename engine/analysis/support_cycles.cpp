// Circular support: the strongly connected components of the support relation.
//
// strong_components runs on a filtered view that keeps only support-carrying edges; every
// component with more than one member, or one member that supports itself, is a cycle. To name
// the cycle in the order a reader can follow, a breadth-first search inside the component finds
// the shortest way from its first member back to itself. Entailment both ways (AIF's MA, a
// rephrase) is equivalence, not support: the view leaves such pairs out, so a cycle is one of
// inferences (supports, one-way entailments, arguments).
#include "analysis/analysis_runs.hpp"
#include "analysis/check_inputs.hpp"
#include "analysis/finding.hpp"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>
#include <limits>

namespace warrant {
namespace {

bool entails(const Graph& graph, Vertex from, Vertex to) {
    for (auto [e, end] = boost::out_edges(from, graph); e != end; ++e)
        if (boost::target(*e, graph) == to && graph[*e].kind == EdgeKind::Entails) return true;
    return false;
}

// Support that is an inference: not one half of an entailment both ways.
bool infers(const Graph& graph, EdgeId e) {
    const EdgeKind kind = graph[e].kind;
    return carries_support(kind) &&
           !(kind == EdgeKind::Entails && entails(graph, boost::target(e, graph), boost::source(e, graph)));
}

struct SupportEdges {
    const Graph* graph = nullptr;
    bool operator()(EdgeId e) const { return infers(*graph, e); }
};

// Keeps the search inside one component: edges leaving it are not followed.
struct SameComponent {
    const Graph* graph = nullptr;
    const std::vector<std::size_t>* component = nullptr;
    bool operator()(EdgeId e) const {
        return infers(*graph, e) && (*component)[boost::source(e, *graph)] == (*component)[boost::target(e, *graph)];
    }
};

using SupportView = boost::filtered_graph<Graph, SupportEdges>;
using ComponentView = boost::filtered_graph<Graph, SameComponent>;

bool supports_itself(const Graph& graph, Vertex v) {
    for (auto [e, end] = boost::out_edges(v, graph); e != end; ++e)
        if (boost::target(*e, graph) == v && infers(graph, *e)) return true;
    return false;
}

// Records the BFS tree so the path back to the start can be read off predecessors.
struct PredecessorRecorder : boost::default_bfs_visitor {
    std::vector<Vertex>* predecessor;
    std::vector<Vertex>* touched;
    template <typename G>
    void tree_edge(EdgeId e, const G& g) const {
        (*predecessor)[boost::target(e, g)] = boost::source(e, g);
    }
    template <typename G>
    void discover_vertex(Vertex v, const G&) const { touched->push_back(v); }
};

// The members of `members` (one component, sorted) in cycle order: the shortest cycle through
// the first member, then the rest of the component in vertex order. The colour map and
// predecessors are shared between components and reset only where the search touched them, so
// all components together stay linear.
SupportCycle cycle_order(const ComponentView& view, const Graph& graph, const std::vector<Vertex>& members,
                         std::vector<boost::default_color_type>& colors, std::vector<Vertex>& predecessor) {
    const Vertex start = members.front();
    std::vector<Vertex> touched;
    boost::queue<Vertex> queue;
    PredecessorRecorder recorder;
    recorder.predecessor = &predecessor;
    recorder.touched = &touched;
    boost::breadth_first_visit(view, start, queue, recorder,
                               boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, graph)));
    // The member closest to start that supports start closes the shortest cycle; BFS discovery
    // order is distance order.
    Vertex closing = start;
    for (Vertex v : touched) {
        bool supports_start = false;
        for (auto [e, end] = boost::out_edges(v, graph); e != end && !supports_start; ++e)
            supports_start = boost::target(*e, graph) == start && infers(graph, *e);
        if (supports_start && v != start) {
            closing = v;
            break;
        }
    }
    std::vector<Vertex> cycle;
    for (Vertex v = closing; v != start; v = predecessor[v]) cycle.push_back(v);
    cycle.push_back(start);
    std::reverse(cycle.begin(), cycle.end());
    SupportCycle result{cycle, cycle.size()};
    std::sort(cycle.begin(), cycle.end());
    for (Vertex v : members)
        if (!std::binary_search(cycle.begin(), cycle.end(), v)) result.members.push_back(v);
    for (Vertex v : touched) colors[v] = boost::white_color;
    return result;
}

}  // namespace

std::vector<SupportCycle> find_support_cycles(const ArgumentMap& map) {
    analysis::count_run(analysis::AnalysisPart::Cycles);
    const Graph& graph = map.graph;
    const std::size_t n = boost::num_vertices(graph);
    std::vector<std::size_t> component(n);
    SupportView support(graph, SupportEdges{&graph});
    const std::size_t count = boost::strong_components(
        support, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, graph)));

    // Most components are single vertices: collect members only for the others.
    std::vector<std::size_t> size(count, 0);
    for (Vertex v = 0; v < n; ++v) ++size[component[v]];
    constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> group_of(count, kNone);
    std::vector<std::vector<Vertex>> members;
    for (Vertex v = 0; v < n; ++v) {
        const std::size_t c = component[v];
        if (size[c] == 1 && !supports_itself(graph, v)) continue;
        if (group_of[c] == kNone) {
            group_of[c] = members.size();
            members.emplace_back();
        }
        members[group_of[c]].push_back(v);
    }

    ComponentView inside(graph, SameComponent{&graph, &component});
    std::vector<boost::default_color_type> colors(n, boost::white_color);
    std::vector<Vertex> predecessor(n, std::numeric_limits<Vertex>::max());
    std::vector<SupportCycle> cycles;
    // Groups were opened in vertex order of their first member: already sorted for reporting.
    for (const std::vector<Vertex>& group : members)
        cycles.push_back(group.size() == 1 ? SupportCycle{group, 1}
                                           : cycle_order(inside, graph, group, colors, predecessor));
    return cycles;
}

// W103, once per cycle, at its first member: "[A] -> [B] -> [A]".
void check_circular_support(const ArgumentMap& map, std::vector<Diagnostic>& out) {
    analysis::report_circular_support(map, find_support_cycles(map), out);
}

void analysis::report_circular_support(const ArgumentMap& map, const std::vector<SupportCycle>& cycles,
                                       std::vector<Diagnostic>& out) {
    for (const SupportCycle& cycle : cycles) {
        const Node& first = map.node(cycle.members.front());
        std::vector<std::string> related;
        for (std::size_t i = 1; i < cycle.members.size(); ++i) related.push_back(map.node(cycle.members[i]).title);
        if (cycle.members.size() == 1) {
            out.push_back(analysis::finding(Severity::Warning, "W103", display_name(first) + " supports itself", first));
            continue;
        }
        std::string path;
        for (std::size_t i = 0; i < cycle.cycle_length; ++i) path += display_name(map.node(cycle.members[i])) + " -> ";
        path += display_name(first);
        const std::size_t others = cycle.members.size() - cycle.cycle_length;
        if (others > 0)
            path += " (" + std::to_string(others) + " more in the same circle: " +
                    analysis::name_list(map, {cycle.members.begin() + cycle.cycle_length, cycle.members.end()}) + ")";
        out.push_back(analysis::finding(Severity::Warning, "W103", "circular support: " + path, first, std::move(related)));
    }
}

}  // namespace warrant
