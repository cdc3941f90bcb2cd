// build_dot_graph(): which builder draws a view. A folded view (RenderOptions::fold, or a slide
// fit) is placed by folded_graph_builder.cpp; every other by full_graph_builder.cpp.
#include "render/dot_graph.hpp"

namespace warrant {

DotGraph build_dot_graph(const ArgumentMap& map, const RenderOptions& options) {
    if (options.fold || options.fit == PageFit::Slide) return render::build_folded_graph(map, options);
    return render::build_full_graph(map, options);
}

}  // namespace warrant
