// Node appearance: one table of styles per kind; labels built from escaped, wrapped text.
#include "render/node_style.hpp"

#include "render/label_text.hpp"

namespace warrant::render {
namespace {

std::string wrapped_html(std::string_view text, const RenderOptions& options) {
    std::string html;
    for (const std::string& line : wrap_text(sanitize_utf8(text), options.wrap_width, options.max_text_lines)) {
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

std::string with_badge(const std::string& content, Acceptability badge) {
    return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\"><TR><TD>" + content +
           "</TD></TR><TR><TD BGCOLOR=\"" + acceptability_color(badge) + "\"><FONT COLOR=\"white\"><B>" +
           std::string(to_string(badge)) + "</B></FONT></TD></TR></TABLE>";
}

}  // namespace

Attributes kind_style(NodeKind kind) {
    switch (kind) {
        case NodeKind::Thesis:
            return {{"shape", "doubleoctagon"}, {"style", "filled,bold"}, {"fillcolor", "#fff3c4"}, {"penwidth", "2"}};
        case NodeKind::Claim:
            return {{"shape", "box"}, {"style", "rounded,filled"}, {"fillcolor", "#ffffff"}};
        case NodeKind::Evidence:
            return {{"shape", "note"}, {"style", "filled"}, {"fillcolor", "#eef5ff"}};
        case NodeKind::Source:
            return {{"shape", "cylinder"}, {"style", "filled"}, {"fillcolor", "#eeeeee"}, {"color", "#757575"}};
        case NodeKind::CounterPosition:
            return {{"shape", "box"}, {"style", "filled"}, {"fillcolor", "#fff0f0"}, {"color", "#c62828"},
                    {"penwidth", "2"}};
        case NodeKind::Argument:
            return {{"shape", "hexagon"}, {"style", "filled"}, {"fillcolor", "#e8f0fe"}};
    }
    return {};
}

std::string status_fill_color(NodeStatus status) {
    switch (status) {
        case NodeStatus::Grounded: return "#c8e6c9";
        case NodeStatus::Unsupported: return "#fff59d";
        case NodeStatus::Ungrounded: return "#ffcdd2";
        case NodeStatus::Circular: return "#e1bee7";
        case NodeStatus::Unknown: return "#e0e0e0";
    }
    return "#e0e0e0";
}

std::string acceptability_color(Acceptability label) {
    switch (label) {
        case Acceptability::In: return "#2e7d32";
        case Acceptability::Out: return "#c62828";
        case Acceptability::Undec: return "#757575";
    }
    return "#757575";
}

std::string citation_line(const ArgumentMap& map, const Node& evidence, bool with_work) {
    const SourceEntry* entry = map.find_source(evidence.source);
    std::string line = entry != nullptr && !entry->author.empty() ? entry->author : evidence.source;
    if (with_work && entry != nullptr && !entry->work.empty()) line += (line.empty() ? "" : ", ") + entry->work;
    if (!evidence.page.empty()) line += (line.empty() ? "p. " : ", p. ") + evidence.page;
    return line;
}

std::string node_label_html(const ArgumentMap& map, Vertex v, const RenderOptions& options,
                            std::optional<Acceptability> badge) {
    const Node& node = map.graph[v];
    std::string html = "<B>" + wrapped_html(node.title, options) + "</B>";
    if (!node.texts.empty() && node.texts.front() != node.title)
        html += "<BR/>" + wrapped_html(node.texts.front(), options);
    if (node.kind == NodeKind::Evidence && !(node.source.empty() && node.page.empty()))
        html += "<BR/>" + small_italic(wrapped_html(citation_line(map, node, false), options));
    if (node.kind == NodeKind::Source) {
        const std::string description = source_description(map, node);
        if (!description.empty()) html += "<BR/>" + small_italic(wrapped_html(description, options));
    }
    return badge ? with_badge(html, *badge) : html;
}

std::string node_tooltip(const ArgumentMap& map, Vertex v) {
    const Node& node = map.graph[v];
    std::string text = node.kind == NodeKind::Argument ? "<" + node.title + ">" : "[" + node.title + "]";
    for (const std::string& body : node.texts) text += "\n" + body;
    if (node.kind == NodeKind::Evidence && !(node.source.empty() && node.page.empty())) {
        text += "\n(" + citation_line(map, node, true) + ")";
    }
    if (node.kind == NodeKind::Source) {
        const std::string description = source_description(map, node);
        if (!description.empty()) text += "\n" + description;
    }
    return escape_esc_string(sanitize_utf8(text));
}

}  // namespace warrant::render
