// Node appearance: one table of styles per kind; labels built from escaped, wrapped text.
#include "render/node_style.hpp"

#include "render/label_text.hpp"

namespace warrant::render {
namespace {

// Under a statement the writer concedes (#concession): granted, and argued past, so that a
// class reads its attack on the thesis as a concession rather than an objection left standing.
constexpr const char* kConcededNote = "conceded by the writer";

std::string wrapped_html(std::string_view text, const RenderOptions& options, std::size_t max_lines = 0) {
    std::string html;
    for (const std::string& line : wrap_text(sanitize_utf8(text), options.wrap_width, max_lines ? max_lines : options.max_text_lines)) {
        if (!html.empty()) html += "<BR/>";
        html += escape_html(line);
    }
    return html;
}

std::string small_italic(const std::string& html) {
    return "<FONT POINT-SIZE=\"10\"><I>" + html + "</I></FONT>";
}

std::string source_description(const ArgumentMap& map, const Node& source) {
    const SourceEntry* entry = map.find_source(source.source.empty() ? source.title : source.source);
    if (entry == nullptr) return source.implicit ? "not in the bibliography" : "";
    std::string text = entry->author;
    if (!entry->work.empty()) text += (text.empty() ? "" : ", ") + entry->work;
    if (!entry->year.empty()) text += " (" + entry->year + ")";
    return text;
}

std::string with_badge(const std::string& content, Label badge) {
    return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\"><TR><TD>" + content +
           "</TD></TR><TR><TD BGCOLOR=\"" + label_look(badge).color + "\"><FONT COLOR=\"white\"><B>" +
           std::string(to_string(badge)) + "</B></FONT></TD></TR></TABLE>";
}

}  // namespace

std::string shown_text(const Node& node, const RenderOptions& options) {
    if (node.texts.empty()) return "";
    return options.show_tags ? node.texts.front() : without_tags(node.texts.front(), node.tags);
}

// Okabe and Ito's palette (safe for the common colour-vision deficiencies), light tints for fills;
// every kind also has its own shape, so the picture reads in greyscale.
Attributes kind_style(NodeKind kind) {
    switch (kind) {
        case NodeKind::Thesis:
            return {{"shape", "doubleoctagon"}, {"style", "filled,bold"}, {"fillcolor", "#f7efb0"}, {"penwidth", "2"}};
        case NodeKind::Claim:
            return {{"shape", "box"}, {"style", "rounded,filled"}, {"fillcolor", "#ffffff"}};
        case NodeKind::Evidence:
            return {{"shape", "note"}, {"style", "filled"}, {"fillcolor", "#dcedf8"}, {"color", "#0072b2"}};
        case NodeKind::Source:
            return {{"shape", "cylinder"}, {"style", "filled"}, {"fillcolor", "#eeeeee"}, {"color", "#666666"}};
        case NodeKind::CounterPosition:
            return {{"shape", "octagon"}, {"style", "filled,dashed"}, {"fillcolor", "#f8dccb"}, {"color", "#d55e00"},
                    {"penwidth", "2"}};
        case NodeKind::Argument:
            return {{"shape", "hexagon"}, {"style", "filled"}, {"fillcolor", "#e4e4e4"}};
    }
    return {};
}

std::string status_fill_color(NodeStatus status) {
    switch (status) {
        case NodeStatus::Grounded: return "#bfe6da";
        case NodeStatus::Unsupported: return "#f7efb0";
        case NodeStatus::Ungrounded: return "#f6cdb3";
        case NodeStatus::Circular: return "#efd3e3";
        case NodeStatus::Unknown: return "#e4e4e4";
    }
    return "#e4e4e4";
}

// The labels weigh attacks alone; `check` (W104) also asks that an answer be grounded. The
// legend says so, so that an objection drawn OUT here and reported unanswered there is one story.
LabelLook label_look(Label label) {
    switch (label) {
        case Label::In:
            return {"#007a5a", "survives every attack (support not weighed)"};
        case Label::Out:
            return {"#b34700", "attacked by an IN statement, grounded or not (check's W104 asks for grounds)"};
        case Label::Undec:
            break;
    }
    return {"#666666", "neither"};
}

std::string citation_line(const ArgumentMap& map, const Node& evidence, bool with_work) {
    const SourceEntry* entry = map.find_source(evidence.source);
    std::string line = entry != nullptr && !entry->author.empty() ? entry->author : evidence.source;
    if (with_work && entry != nullptr && !entry->work.empty()) line += (line.empty() ? "" : ", ") + entry->work;
    if (!evidence.page.empty()) line += (line.empty() ? "p. " : ", p. ") + evidence.page;
    return line;
}

std::string node_label_html(const ArgumentMap& map, Vertex v, const RenderOptions& options,
                            std::optional<Label> badge) {
    const Node& node = map.graph[v];
    std::string html = "<B>" + wrapped_html(node.title, options) + "</B>";
    const std::string text = shown_text(node, options);
    if (!text.empty() && text != node.title) html += "<BR/>" + wrapped_html(text, options);
    if (node.kind == NodeKind::Evidence && !(node.source.empty() && node.page.empty()))
        html += "<BR/>" + small_italic(wrapped_html(citation_line(map, node, false), options));
    if (node.conceded) html += "<BR/>" + small_italic(kConcededNote);
    if (node.kind == NodeKind::Source && node.texts.empty()) {  // typing may already describe it
        const std::string description = source_description(map, node);
        if (!description.empty()) html += "<BR/>" + small_italic(wrapped_html(description, options));
    }
    return badge ? with_badge(html, *badge) : html;
}

std::optional<AnnotatedType> annotated_type(const Node& node) {
    for (const char* scheme : {"brat", "cdcp"})
        if (auto type = node.metadata.find(scheme); type != node.metadata.end())
            return AnnotatedType{scheme, type->second};
    return std::nullopt;
}

std::string node_tooltip(const ArgumentMap& map, Vertex v) {
    const Node& node = map.graph[v];
    std::string text = display_name(node);
    for (const std::string& body : node.texts) text += "\n" + body;
    if (const auto annotated = annotated_type(node)) text += "\n(" + annotated->scheme + ": " + annotated->type + ")";
    if (node.kind == NodeKind::Evidence && !(node.source.empty() && node.page.empty())) {
        text += "\n(" + citation_line(map, node, true) + ")";
    }
    if (node.kind == NodeKind::Source && node.texts.empty()) {
        const std::string description = source_description(map, node);
        if (!description.empty()) text += "\n" + description;
    }
    if (node.conceded) text += "\n(" + std::string(kConcededNote) + ")";
    return escape_esc_string(sanitize_utf8(text));
}

std::string folded_label_html(const ArgumentMap& map, Vertex v, const RenderOptions& options, const FoldedLabel& parts) {
    const Node& node = map.graph[v];
    const std::string size = std::to_string(kFoldedType.text);
    std::string html = "<FONT POINT-SIZE=\"" + std::to_string(kFoldedType.title) + "\"><B>" +
                       wrapped_html(node.title, options, 2) + "</B></FONT>";
    const std::string text = shown_text(node, options);
    if (parts.text_lines > 0 && !text.empty() && text != node.title)
        html += "<BR/><FONT POINT-SIZE=\"" + size + "\">" + wrapped_html(text, options, parts.text_lines) + "</FONT>";
    if (node.kind == NodeKind::Evidence && !(node.source.empty() && node.page.empty()))
        html += "<BR/><FONT POINT-SIZE=\"" + size + "\"><I>" + wrapped_html(citation_line(map, node, false), options, 2) + "</I></FONT>";
    const std::string badge_size = std::to_string(kFoldedType.badge);
    if (node.conceded) html += "<BR/><FONT POINT-SIZE=\"" + badge_size + "\"><I>" + kConcededNote + "</I></FONT>";
    if (!parts.status.empty()) html += "<BR/><FONT POINT-SIZE=\"" + badge_size + "\"><I>" + escape_html(parts.status) + "</I></FONT>";
    if (!parts.evidence.empty())
        html += "<BR/><FONT POINT-SIZE=\"" + badge_size + "\" COLOR=\"#004d80\"><B>" + wrapped_html(parts.evidence, options, 3) + "</B></FONT>";
    if (parts.hidden_reasons > 0)
        html += "<BR/><FONT POINT-SIZE=\"" + badge_size + "\"><I>+" + std::to_string(parts.hidden_reasons) + " more " +
                (parts.hidden_reasons == 1 ? "reason" : "reasons") + " not drawn</I></FONT>";
    return parts.acceptability ? with_badge(html, *parts.acceptability) : html;
}

}  // namespace warrant::render
