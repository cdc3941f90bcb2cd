// warrant's own JSON schema (docs/formats.md, "JSON schema"). Nodes in graph order, edges in the order
// they were added, keys in a fixed order: same map, same bytes, whatever the number of cores.
// Streams through JsonWriter, nodes and edges written in runs on every core: a 200k-node map
// must export in a fraction of a second.
#include "formats/json_document.hpp"
#include "formats/json_runs.hpp"
#include "formats/json_writer.hpp"
#include "warrant/formats.hpp"

namespace warrant {
namespace {

using formats::JsonWriter;

JsonWriter& write_span(JsonWriter& json, const SourceSpan& span) {
    return json.key("span").integer_object({{"line", span.line}, {"column", span.column},
                                     {"end_line", span.end_line}, {"end_column", span.end_column}});
}

void write_optional(JsonWriter& json, std::string_view name, const std::string& text) {
    if (!text.empty()) json.key(name).value(text);
}

void write_metadata(JsonWriter& json, std::string_view name, const std::map<std::string, std::string>& metadata) {
    if (metadata.empty()) return;
    json.key(name).begin_object();
    for (const auto& [key, value] : metadata) json.key(key).value(value);
    json.end_object();
}

void write_pcs(JsonWriter& json, const std::vector<PcsMember>& pcs) {
    json.key("pcs").begin_array();
    for (const PcsMember& member : pcs) {
        json.begin_object().key("role").value(to_string(member.role)).key("title").value(member.title);
        if (!member.inference_rules.empty()) json.key("inference_rules").string_array(member.inference_rules);
        write_metadata(json, "inference_metadata", member.inference_metadata);
        json.end_object();
    }
    json.end_array();
}

void write_node(JsonWriter& json, Vertex v, const Node& node) {
    json.begin_object();
    json.key("id").value(v).key("kind").value(to_string(node.kind)).key("title").value(node.title);
    json.key("texts").string_array(node.texts).key("tags").string_array(node.tags);
    write_optional(json, "pole", node.pole);
    write_optional(json, "source", node.source);
    write_optional(json, "page", node.page);
    if (node.assumption) json.key("assumption").value(true);
    if (node.example) json.key("example").value(true);
    if (node.conceded) json.key("conceded").value(true);
    write_optional(json, "section", node.section);
    write_metadata(json, "metadata", node.metadata);
    if (node.kind == NodeKind::Argument) write_pcs(json, node.pcs);
    write_span(json, node.span);
    json.end_object();
}

// A little more than the document will take (pretty-printed, ASCII text): the fixed keys and
// indentation of a node or an edge, plus the text it carries.
std::size_t estimated_size(const ArgumentMap& map) {
    constexpr std::size_t kPerNode = 320, kPerEdge = 200, kPerString = 8;
    std::size_t bytes = 4096 + map.node_count() * kPerNode + map.edge_count() * kPerEdge;
    const auto add = [&](const std::string& text) { bytes += text.size() + kPerString; };
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph))) {
        const Node& node = map.graph[v];
        add(node.title), add(node.section), add(node.pole), add(node.source), add(node.page);
        for (const std::string& text : node.texts) add(text);
        for (const std::string& tag : node.tags) add(tag);
        const auto add_metadata = [&](const std::map<std::string, std::string>& metadata) {
            for (const auto& [name, value] : metadata) bytes += name.size() + value.size() + 2 * kPerString;
        };
        add_metadata(node.metadata);
        for (const PcsMember& member : node.pcs) {
            bytes += member.title.size() + 80;
            for (const std::string& rule : member.inference_rules) add(rule);
            add_metadata(member.inference_metadata);
        }
    }
    return bytes;
}

void write_edge(JsonWriter& json, EdgeId e, const Graph& graph) {
    json.begin_object().key("kind").value(to_string(graph[e].kind));
    json.key("from").value(boost::source(e, graph)).key("to").value(boost::target(e, graph));
    if (graph[e].inference >= 0) json.key("inference").value(graph[e].inference);
    write_span(json, graph[e].span);
    json.end_object();
}

void write_section(JsonWriter& json, const Section& section) {
    json.begin_object().key("id").value(section.id).key("level").value(section.level);
    json.key("title").value(section.title).key("parent").value(section.parent);
    write_span(json, section.span).end_object();
}

void write_source(JsonWriter& json, const SourceEntry& source) {
    json.begin_object().key("key").value(source.key).key("author").value(source.author);
    json.key("work").value(source.work).key("year").value(source.year);
    write_span(json, source.span).end_object();
}

}  // namespace

namespace formats {

void write_map_json(JsonWriter& json, const ArgumentMap& map) {
    const Graph& graph = map.graph;
    json.begin_object().key("warrant").value(1).key("file").value(map.file.str());

    json.key("nodes").begin_array();
    const auto [first_vertex, last_vertex] = boost::vertices(graph);
    write_array_items(json, first_vertex, last_vertex, [&](JsonWriter& part, Vertex v) { write_node(part, v, graph[v]); });
    json.end_array();

    json.key("edges").begin_array();
    const auto [first_edge, last_edge] = boost::edges(graph);
    write_array_items(json, first_edge, last_edge, [&](JsonWriter& part, EdgeId e) { write_edge(part, e, graph); });
    json.end_array();

    json.key("sections").begin_array();
    for (const Section& section : map.sections) write_section(json, section);
    json.end_array();

    json.key("poles").string_array(map.poles);
    json.key("sources").begin_array();
    for (const SourceEntry& source : map.sources) write_source(json, source);
    json.end_array();
    json.key("tags").string_array(map.tags);
    json.end_object();
}

}  // namespace formats

std::string export_json(const ArgumentMap& map) {
    JsonWriter json;
    json.reserve(estimated_size(map));
    formats::write_map_json(json, map);
    json.newline_at_end();
    return json.take();
}

void export_json(const ArgumentMap& map, std::ostream& out) {
    JsonWriter json(out);
    formats::write_map_json(json, map);
    json.newline_at_end();
    json.finish();
}

}  // namespace warrant
