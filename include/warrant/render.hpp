// Rendering: an argument map drawn as a picture (DOT, SVG, PNG or PDF), for a projector, an
// essay's appendix or a browser.
//
// build_dot_graph() turns a map into a cgraph graph for one view; render_to() lays it out with
// Graphviz in-process (gvc: dot or sfdp) and returns the bytes. Rendering draws what it is given:
// the status view shows a NodeStatus map and acceptability labels that the caller computed (the
// analysis and semantics stages), it never computes them itself. Failures are values
// (RenderResult::error), never exceptions, except for Graphviz running out of memory.
#pragma once

#include "warrant/model.hpp"
#include "warrant/analysis.hpp"
#include "warrant/semantics.hpp"

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct Agraph_s;  // cgraph's graph (Agraph_t); the public API never needs Graphviz's headers

namespace warrant {

// What the picture shows (README, "Rendering"):
//   Map        every statement and argument, relations styled by kind;
//   Dialectic  one cluster per declared pole, bridge claims highlighted, cross-pole edges bold;
//   Chain      only what grounds the focus claim, down to its evidence;
//   Status     fill colour by grounding status, IN/OUT/UNDEC badges when labels are given.
enum class RenderView { Map, Dialectic, Chain, Status };
enum class RenderFormat { Dot, Svg, Png, Pdf };
enum class LayoutEngine { Auto, Dot, Sfdp };
enum class RankDirection { TopToBottom, LeftToRight };

// Grounding status of one node, as the analysis stage reports it.
enum class NodeStatus { Grounded, Unsupported, Ungrounded, Circular, Unknown };
// Acceptability under a semantics (grounded labelling: IN, OUT or UNDEC).
enum class Acceptability { In, Out, Undec };

std::string_view to_string(RenderView view);          // "map", "dialectic", "chain", "status"
std::string_view to_string(RenderFormat format);      // "dot", "svg", "png", "pdf"
std::string_view to_string(LayoutEngine engine);      // "auto", "dot", "sfdp"
std::string_view to_string(NodeStatus status);        // "grounded", "unsupported", ...
std::string_view to_string(Acceptability label);      // "IN", "OUT", "UNDEC"
std::optional<RenderView> render_view_from_string(std::string_view name);
std::optional<RenderFormat> render_format_from_string(std::string_view name);
std::optional<LayoutEngine> layout_engine_from_string(std::string_view name);
std::optional<RankDirection> rank_direction_from_string(std::string_view name);  // "TB", "LR"
// The format a file name asks for by its extension (".svg" -> Svg), case-insensitive.
std::optional<RenderFormat> render_format_from_path(std::string_view path);

// Above this many drawn nodes LayoutEngine::Auto picks sfdp: dot's ranking and crossing
// minimisation grow much faster than linear (see README, "Rendering", and render_bench).
inline constexpr std::size_t kSfdpNodeThreshold = 1500;

struct RenderOptions {
    RenderView view = RenderView::Map;
    std::string focus;                  // Chain: the claim to ground ("T", "[T]" or "<T>")
    RankDirection direction = RankDirection::TopToBottom;
    bool group_by_section = false;      // one cluster per Argdown section (not in Dialectic)
    bool hide_evidence = false;         // leaves out evidence and source nodes
    bool legend = true;                 // a legend cluster explaining shapes and colours
    LayoutEngine layout = LayoutEngine::Auto;
    std::size_t wrap_width = 32;        // characters per label line (code points, not bytes)
    std::size_t max_text_lines = 6;     // longer texts end in "…"; the tooltip has them whole
    std::size_t sfdp_threshold = kSfdpNodeThreshold;

    // Status view inputs, supplied by the caller. A vertex missing from `status` is Unknown;
    // badges are drawn only for vertices present in `acceptability`.
    std::map<Vertex, NodeStatus> status;
    std::map<Vertex, Acceptability> acceptability;
};

// The status view's badges from a labelling the semantics stage computed (for instance
// grounded_labelling(derive_framework(map))): label i belongs to framework.vertices[i].
// A conversion only; rendering never evaluates a semantics itself.
std::map<Vertex, Acceptability> acceptability_by_vertex(const Framework& framework, const std::vector<Label>& labels);

// The status view's fill colours from the check analyses: circular (on a support cycle),
// grounded, ungrounded (supported, but no chain reaches evidence) or unsupported.
std::map<Vertex, NodeStatus> status_by_vertex(const ArgumentMap& map, const GroundingResult& grounding,
                                              const std::vector<SupportCycle>& cycles);

// A cgraph graph owned by a unique_ptr that agclose()s it.
using CgraphGraph = std::unique_ptr<Agraph_s, int (*)(Agraph_s*)>;

struct DotGraph {
    CgraphGraph graph{nullptr, nullptr};
    std::size_t drawn_nodes = 0;        // map nodes drawn, not counting the legend
    LayoutEngine engine = LayoutEngine::Dot;  // the engine that will lay it out (never Auto)
    std::vector<std::string> notes;     // what the caller may want to tell the user (stderr)
    std::string error;                  // non-empty: nothing was built (e.g. unknown focus)

    bool ok() const { return error.empty() && graph != nullptr; }
};

struct RenderResult {
    std::string bytes;                  // the file's contents (binary for PNG and PDF)
    std::vector<std::string> notes;
    std::string error;

    bool ok() const { return error.empty(); }
};

// Builds the view's graph: nodes n<vertex index> in graph order, attributes set with agsafeset,
// every user text escaped. Chooses the layout engine (Auto: sfdp above sfdp_threshold nodes).
DotGraph build_dot_graph(const ArgumentMap& map, const RenderOptions& options);

// Lays out and renders in-process. Dot is the unlaid graph as cgraph writes it (canonical DOT,
// no positions); Svg, Png and Pdf are laid out with graph.engine. Same input, same bytes
// (PDF: cairo's clock-based /CreationDate is pinned, see README "Rendering").
RenderResult render_to(const DotGraph& graph, RenderFormat format);

// build_dot_graph() then render_to(), notes of both collected.
RenderResult render_map(const ArgumentMap& map, const RenderOptions& options, RenderFormat format);

}  // namespace warrant
