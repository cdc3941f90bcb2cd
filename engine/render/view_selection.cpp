// View selection: the chain view is a BGL breadth-first search on the reversed support subgraph.
#include "render/view_selection.hpp"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/reverse_graph.hpp>

#include <set>

namespace warrant::render {
namespace {

// Edges along which reasons flow towards a claim: supporters, entailers, and an argument's
// premises (premise -> argument -> conclusion).
struct CarriesGrounds {
    const Graph* graph = nullptr;
    bool operator()(EdgeId e) const {
        const EdgeKind kind = (*graph)[e].kind;
        return is_supporting(kind) || kind == EdgeKind::PremiseOf || kind == EdgeKind::ConclusionOf;
    }
};

struct RecordDiscovered : boost::default_bfs_visitor {
    std::vector<bool>* reached = nullptr;
    template <typename V, typename G>
    void discover_vertex(V v, const G&) const { (*reached)[v] = true; }
};

bool is_evidence_like(NodeKind kind) { return kind == NodeKind::Evidence || kind == NodeKind::Source; }

// Sources are drawn with the evidence that cites them.
void add_cited_sources(const ArgumentMap& map, std::vector<bool>& drawn) {
    for (EdgeId e : boost::make_iterator_range(boost::edges(map.graph)))
        if (map.graph[e].kind == EdgeKind::Cites && drawn[boost::source(e, map.graph)])
            drawn[boost::target(e, map.graph)] = true;
}

}  // namespace

std::vector<bool> grounding_chain(const ArgumentMap& map, Vertex focus) {
    using SupportGraph = boost::filtered_graph<Graph, CarriesGrounds>;
    const SupportGraph supports(map.graph, CarriesGrounds{&map.graph});
    const boost::reverse_graph<SupportGraph> towards_grounds(supports);
    std::vector<bool> reached(map.node_count(), false);
    RecordDiscovered visitor;
    visitor.reached = &reached;
    std::vector<boost::default_color_type> colors(map.node_count());
    boost::breadth_first_search(
        towards_grounds, focus,
        boost::visitor(visitor).color_map(boost::make_iterator_property_map(
            colors.begin(), boost::get(boost::vertex_index, map.graph))));
    return reached;
}

std::vector<bool> bridge_nodes(const ArgumentMap& map) {
    std::vector<bool> bridge(map.node_count(), false);
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph))) {
        std::set<std::string> poles;
        for (EdgeId e : boost::make_iterator_range(boost::out_edges(v, map.graph)))
            if (map.graph[e].kind != EdgeKind::Cites) poles.insert(map.graph[boost::target(e, map.graph)].pole);
        for (EdgeId e : boost::make_iterator_range(boost::in_edges(v, map.graph)))
            if (map.graph[e].kind != EdgeKind::Cites) poles.insert(map.graph[boost::source(e, map.graph)].pole);
        poles.erase("");
        bridge[v] = poles.size() >= 2;
    }
    return bridge;
}

bool crosses_poles(const ArgumentMap& map, EdgeId edge) {
    const std::string& from = map.graph[boost::source(edge, map.graph)].pole;
    const std::string& to = map.graph[boost::target(edge, map.graph)].pole;
    return !from.empty() && !to.empty() && from != to;
}

ViewSelection select_view(const ArgumentMap& map, const RenderOptions& options) {
    ViewSelection selection;
    selection.drawn.assign(map.node_count(), true);
    selection.bridge.assign(map.node_count(), false);
    if (options.view == RenderView::Chain) {
        const std::optional<Vertex> focus = map.find(options.focus);
        if (options.focus.empty()) {
            selection.error = "the chain view needs a focus: the title of the claim to ground";
            return selection;
        }
        if (!focus) {
            selection.error = "no statement or argument titled '" + options.focus + "' in the map";
            return selection;
        }
        selection.drawn = grounding_chain(map, *focus);
        add_cited_sources(map, selection.drawn);
    }
    if (options.view == RenderView::Dialectic) selection.bridge = bridge_nodes(map);
    if (options.hide_evidence)
        for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph)))
            if (is_evidence_like(map.graph[v].kind)) selection.drawn[v] = false;
    return selection;
}

}  // namespace warrant::render
