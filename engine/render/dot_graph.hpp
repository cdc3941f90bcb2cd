// The cgraph layer under render_map() (private to the render stage; tests and benchmarks that
// need the unlaid graph include it from engine/).
//
// build_dot_graph() turns a map into a cgraph graph for one view; render_to() lays it out with
// Graphviz in-process (gvc: dot or sfdp) and returns the bytes.
#pragma once

#include "warrant/render.hpp"

#include <memory>
#include <string>
#include <vector>

struct Agraph_s;  // cgraph's graph (Agraph_t): this header needs no Graphviz headers either

namespace warrant {

// A cgraph graph owned by a unique_ptr that agclose()s it.
using CgraphGraph = std::unique_ptr<Agraph_s, int (*)(Agraph_s*)>;

struct DotGraph {
    CgraphGraph graph{nullptr, nullptr};
    std::size_t drawn_nodes = 0;        // map nodes drawn, not counting the legend
    LayoutEngine engine = LayoutEngine::Dot;  // the engine that will lay it out (never Auto)
    PageFit fit = PageFit::None;        // what render_to() fits the laid-out picture to
    std::vector<std::string> notes;     // what the caller may want to tell the user (stderr)
    std::string error;                  // non-empty: nothing was built (e.g. unknown focus)

    bool ok() const { return error.empty() && graph != nullptr; }
};

// Builds the view's graph: nodes n<vertex index> in graph order, attributes set with agsafeset,
// every user text escaped. Chooses the layout engine (Auto: sfdp above sfdp_threshold nodes).
DotGraph build_dot_graph(const ArgumentMap& map, const RenderOptions& options);

// Lays out and renders in-process. Dot is the unlaid graph as cgraph writes it (canonical DOT,
// no positions); Svg, Png and Pdf are laid out with graph.engine. Same input, same bytes
// (PDF: cairo's clock-based /CreationDate is pinned, see docs/rendering.md).
RenderResult render_to(const DotGraph& graph, RenderFormat format);

namespace render {

// The two builders build_dot_graph() chooses between; siblings that share graph_frame.hpp.
DotGraph build_full_graph(const ArgumentMap& map, const RenderOptions& options);
// The folded views (RenderOptions::fold or a fit): what fold_view() selects, placed for the fit.
DotGraph build_folded_graph(const ArgumentMap& map, const RenderOptions& options);

}  // namespace render
}  // namespace warrant
