// The status view's inputs, converted from what one MapAnalysis computed.
#include "warrant/map_analysis.hpp"
#include "warrant/render.hpp"

#include <unordered_set>

namespace warrant {

std::map<Vertex, NodeStatus> status_by_vertex(const ArgumentMap& map, const GroundingResult& grounding,
                                              const std::vector<SupportCycle>& cycles) {
    std::unordered_set<Vertex> circular;
    for (const SupportCycle& cycle : cycles) circular.insert(cycle.members.begin(), cycle.members.end());
    std::map<Vertex, NodeStatus> by_vertex;
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph))) {
        if (map.node(v).kind == NodeKind::Source) continue;  // sources are cited, never grounded
        bool supported = false;
        for (EdgeId e : boost::make_iterator_range(boost::in_edges(v, map.graph)))
            supported = supported || carries_support(map.graph[e].kind);
        // Circular wins: a node on a support cycle may still be grounded through another path,
        // but the cycle is what the reader must fix.
        const NodeStatus status = circular.count(v)            ? NodeStatus::Circular
                                  : grounding.is_grounded(v)   ? NodeStatus::Grounded
                                  : supported                  ? NodeStatus::Ungrounded
                                                               : NodeStatus::Unsupported;
        by_vertex.emplace(v, status);
    }
    return by_vertex;
}

void add_status_view_inputs(const MapAnalysis& analysis, RenderOptions& options) {
    if (options.view != RenderView::Status) return;
    options.status = status_by_vertex(analysis.map(), analysis.grounding(), analysis.cycles());
    options.acceptability = analysis.acceptability();
}

void add_status_view_inputs(const ArgumentMap& map, RenderOptions& options) {
    add_status_view_inputs(MapAnalysis(map), options);
}

}  // namespace warrant
