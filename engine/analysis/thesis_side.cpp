// The map's own side: the theses and everything whose support reaches one.
#include "analysis/support_view.hpp"

#include <boost/graph/breadth_first_search.hpp>

namespace warrant::analysis {
namespace {

struct MarkReached : boost::default_bfs_visitor {
    std::vector<bool>* reached;
    template <typename G>
    void discover_vertex(Vertex v, const G&) const { (*reached)[v] = true; }
};

}  // namespace

std::vector<bool> thesis_side(const ArgumentMap& map) {
    const std::size_t n = map.node_count();
    std::vector<bool> side(n, false);
    Reversed reversed(map.graph);
    SupportersView supporters(reversed, SupportOnly{&reversed});
    std::vector<boost::default_color_type> colors(n, boost::white_color);
    auto color_map = boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, map.graph));
    MarkReached visitor;
    visitor.reached = &side;
    boost::queue<Vertex> queue;
    // One shared colour map: each vertex is discovered once over all theses.
    for (Vertex v = 0; v < n; ++v)
        if (map.node(v).kind == NodeKind::Thesis && colors[v] == boost::white_color)
            boost::breadth_first_visit(supporters, v, queue, visitor, color_map);
    return side;
}

}  // namespace warrant::analysis
