// How a node looks: shape and colours by kind, its HTML-like label and its tooltip
// (private to the render stage). The legend draws from the same tables, so it cannot drift.
#pragma once

#include "warrant/model.hpp"
#include "warrant/render.hpp"

#include <optional>
#include <string>
#include <vector>

namespace warrant::render {

struct Attribute {
    const char* name;
    std::string value;
};
using Attributes = std::vector<Attribute>;

// shape, style, colours and pen width of a node kind (docs/rendering.md, "Styles legend").
Attributes kind_style(NodeKind kind);

// Fill colour of a grounding status in the status view.
std::string status_fill_color(NodeStatus status);
// An IN/OUT/UNDEC badge: its background, and what the legend says the label means.
struct LabelLook {
    std::string color;
    std::string meaning;
};
LabelLook label_look(Label label);

// The inside of an HTML-like label (without the outer < >): the title in bold, the first text
// wrapped, for evidence a "source, p. page" line, for sources their bibliography entry, and
// the badge when given. Every user text is escaped.
std::string node_label_html(const ArgumentMap& map, Vertex v, const RenderOptions& options, std::optional<Label> badge);

// The node's first text as the label shows it: without its #tags unless options.show_tags.
std::string shown_text(const Node& node, const RenderOptions& options);

// The folded views' type sizes in points. A slide is laid out at 1920x1080 pt and shown at
// 72 dpi, so a point is a pixel on the projector (docs/rendering.md, "Fitting").
struct TypeScale {
    int title = 22;
    int text = 18;
    int badge = 16;
    int column = 28;       // a pole's column heading
    int graph_label = 30;  // the map's own title
    int legend = 16;
};
inline constexpr TypeScale kFoldedType{};

// What a folded view's label holds besides the title and text.
struct FoldedLabel {
    std::size_t text_lines = 3;
    std::string evidence;            // the evidence badge ("4 quotations: Ishiguro 13, 86")
    std::size_t hidden_reasons = 0;  // "+3 more reasons not drawn"
    std::string status;              // status view: "grounded", ... (readable without colour)
    std::optional<Label> acceptability;
};
std::string folded_label_html(const ArgumentMap& map, Vertex v, const RenderOptions& options, const FoldedLabel& parts);

// What a corpus's annotators called the node, as its reader kept it: {"brat", "Premise"},
// {"cdcp", "testimony"}; nothing for a node no annotator typed.
struct AnnotatedType {
    std::string scheme;
    std::string type;
};
std::optional<AnnotatedType> annotated_type(const Node& node);

// The full texts, the title and, for evidence, the source and page; escaped for escString.
std::string node_tooltip(const ArgumentMap& map, Vertex v);

// "Margaret Atwood, p. 66": the cited source's author (or its key) and the page; with_work
// adds the work's title before the page ("Margaret Atwood, In Other Worlds, p. 66").
std::string citation_line(const ArgumentMap& map, const Node& evidence, bool with_work);

}  // namespace warrant::render
