// `warrant/render`, the preview beside the text (editors/vscode): the map of the document as
// typed (the server's current text, not the saved file) drawn as the class report draws it, its
// nodes with where each is defined (a click in the picture moves the cursor there), and the
// statement at the cursor (highlighted in the picture).
//   params: {textDocument: {uri}, position?: Position, draw?: bool (default true)}
//   result: {version, svg?, note?, nodes: [{id: "n<vertex>", title, kind, range}], active: id | null}
// `draw: false` answers only `active` and `nodes`, for a cursor that moved in unchanged text.
#include "lsp/features.hpp"

#include "warrant/report.hpp"

namespace warrant::lsp {
namespace {

std::string node_id(Vertex v) { return "n" + std::to_string(v); }

// The name under the cursor, else the first name on its line: the line `+ [Quote]: "Text."`
// is about [Quote] wherever the cursor is on it.
const NameOccurrence* occurrence_near(const RequestContext& context, std::size_t offset) {
    if (const NameOccurrence* exact = occurrence_at(context.analysis.occurrences, offset)) return exact;
    const TextLines& lines = context.analysis.lines;
    const int line = lines.position(offset, PositionEncoding::Utf8).line;
    for (const NameOccurrence& occurrence : context.analysis.occurrences) {
        const int at = lines.position(occurrence.begin, PositionEncoding::Utf8).line;
        if (at == line) return &occurrence;
        if (at > line) break;  // occurrences are in document order
    }
    return nullptr;
}

nlohmann::json active_node(const RequestContext& context, const nlohmann::json& params) {
    if (!params.contains("position")) return nullptr;
    const NameOccurrence* occurrence = occurrence_near(context, offset_of_position(context, params.at("position")));
    if (!occurrence) return nullptr;
    const std::optional<Vertex> v = node_named(context.analysis.loaded.map, *occurrence);
    return v ? nlohmann::json(node_id(*v)) : nlohmann::json(nullptr);
}

nlohmann::json node_list(const RequestContext& context) {
    const ArgumentMap& map = context.analysis.loaded.map;
    nlohmann::json nodes = nlohmann::json::array();
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph))) {
        const Node& node = map.node(v);
        nodes.push_back({{"id", node_id(v)},
                         {"title", node.title},
                         {"kind", std::string(to_string(node.kind))},
                         {"range", node.span.known() ? range_json(context.range_of(node.span)) : nlohmann::json(nullptr)}});
    }
    return nodes;
}

}  // namespace

nlohmann::json render_preview(const RequestContext& context, const nlohmann::json& params) {
    nlohmann::json result = {{"version", context.analysis.version},
                             {"nodes", node_list(context)},
                             {"active", active_node(context, params)}};
    if (!params.value("draw", true)) return result;
    const RenderResult drawn = render_report_map(context.analysis.loaded.map);
    if (drawn.ok()) {
        const std::size_t start = drawn.bytes.find("<svg");  // inline: the XML prolog and doctype go
        result["svg"] = start == std::string::npos ? std::string() : drawn.bytes.substr(start);
    } else {
        result["svg"] = "";
        result["note"] = drawn.error;
    }
    return result;
}

}  // namespace warrant::lsp
