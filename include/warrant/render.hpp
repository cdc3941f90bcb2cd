// Rendering: an argument map drawn as a picture (DOT, SVG, PNG or PDF), for a projector, an
// essay's appendix or a browser.
//
// render_map() draws one view of a map, laid out by Graphviz in-process (gvc: dot or sfdp), and
// returns the bytes; Graphviz itself stays behind engine/render/. Rendering draws what it is given:
// the status view shows a NodeStatus map and acceptability labels that the caller computed (the
// analysis and semantics stages), it never computes them itself. Failures are values
// (RenderResult::error), never exceptions, except for Graphviz running out of memory.
//
// Threads: render_map() may be called from several threads: views are built side by side, and
// Graphviz's layout and rendering, which keep process-wide state, take one lock in turn.
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
// What the picture is fitted to (docs/rendering.md, "Fitting"): None keeps Graphviz's natural
// size (capped so that no common tool refuses it); Slide lays out and scales for a 1920x1080
// projector; A4 and Letter fit one page, portrait or landscape, or tile over several pages.
enum class PageFit { None, Slide, A4, Letter };
// How a folded view shows the evidence of a drawn claim: one box each, a badge that counts and
// names it ("4 quotations: Ishiguro 13, 86, 166, 262"), or not at all.
enum class EvidenceShown { Show, Count, Hide };

// Grounding status of one node, as the analysis stage reports it.
enum class NodeStatus { Grounded, Unsupported, Ungrounded, Circular, Unknown };

std::string_view to_string(RenderView view);          // "map", "dialectic", "chain", "status"
std::string_view to_string(RenderFormat format);      // "dot", "svg", "png", "pdf"
std::string_view to_string(LayoutEngine engine);      // "auto", "dot", "sfdp"
std::string_view to_string(NodeStatus status);        // "grounded", "unsupported", ...
std::optional<RenderView> render_view_from_string(std::string_view name);
std::optional<RenderFormat> render_format_from_string(std::string_view name);
std::optional<LayoutEngine> layout_engine_from_string(std::string_view name);
std::optional<RankDirection> rank_direction_from_string(std::string_view name);  // "TB", "LR"
std::optional<PageFit> page_fit_from_string(std::string_view name);              // "slide", "a4", ...
std::optional<EvidenceShown> evidence_shown_from_string(std::string_view name);  // "show", "count", "hide"
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
    bool show_tags = false;             // labels keep their #tags (Argdown's removeTagsFromText, reversed)

    // Fitting and folding. A fitted view (fit != None), or one with fold set, is folded: the
    // roots (the thesis, the focus), the claims within `depth` relations of them ranked by how
    // much of the argument rests on them, as many as the fit has room for, and the rest counted.
    PageFit fit = PageFit::None;
    bool fold = false;
    std::size_t depth = 3;
    EvidenceShown evidence = EvidenceShown::Count;
    std::string pole;                   // folded dialectic: draw this pole only ("" = every pole)

    // Status view inputs, supplied by the caller. A vertex missing from `status` is Unknown;
    // badges are drawn only for vertices present in `acceptability`.
    std::map<Vertex, NodeStatus> status;
    std::map<Vertex, Label> acceptability;
};

// The status view's badges from a labelling the semantics stage computed (for instance
// grounded_labelling(derive_framework(map))): label i belongs to framework.vertices[i].
// A conversion only; rendering never evaluates a semantics itself.
std::map<Vertex, Label> acceptability_by_vertex(const Framework& framework, const std::vector<Label>& labels);

// The status view's fill colours from the check analyses: circular (on a support cycle),
// grounded, ungrounded (supported, but no chain reaches evidence) or unsupported.
std::map<Vertex, NodeStatus> status_by_vertex(const ArgumentMap& map, const GroundingResult& grounding,
                                              const std::vector<SupportCycle>& cycles);

// Both status view inputs, from the analyses the view shows: grounding and support cycles for
// the fill, the grounded labelling of the derived framework for the badges. Fills
// options.status and options.acceptability when options.view is Status; other views need none.
void add_status_view_inputs(const ArgumentMap& map, RenderOptions& options);

struct RenderResult {
    std::string bytes;                  // the file's contents (binary for PNG and PDF)
    std::vector<std::string> notes;
    std::string error;

    bool ok() const { return error.empty(); }
};

// Builds the view's graph (cgraph, nodes n<vertex index> in graph order, every user text
// escaped), lays it out and renders it in-process; notes of both steps collected. DOT is the
// unlaid graph as cgraph writes it; SVG, PNG and PDF are laid out by Graphviz. Same input, same
// bytes (PDF: cairo's clock-based /CreationDate is pinned, see docs/rendering.md).
RenderResult render_map(const ArgumentMap& map, const RenderOptions& options, RenderFormat format);

// The dialectic overview as the class report embeds it: the folded dialectic view fitted to a
// slide (thesis, poles as columns, bridges, evidence badges), as SVG text.
RenderOptions dialectic_overview_options();
RenderResult render_dialectic_overview_svg(const ArgumentMap& map);

}  // namespace warrant
