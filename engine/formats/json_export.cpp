// warrant's own JSON schema (README, "JSON schema"). Nodes in graph order, edges in the order
// they were added, keys in a fixed order: same map, same bytes.
#include "formats/json_document.hpp"
#include "warrant/formats.hpp"

#include <nlohmann/json.hpp>

namespace warrant {
namespace {

using ordered_json = nlohmann::ordered_json;

ordered_json span_json(const SourceSpan& span) {
    return {{"line", span.line}, {"column", span.column}, {"end_line", span.end_line}, {"end_column", span.end_column}};
}

ordered_json node_json(const ArgumentMap& map, Vertex v) {
    const Node& node = map.graph[v];
    ordered_json out{{"id", v}, {"kind", to_string(node.kind)}, {"title", node.title}, {"texts", node.texts},
                     {"tags", node.tags}};
    if (!node.pole.empty()) out["pole"] = node.pole;
    if (!node.source.empty()) out["source"] = node.source;
    if (!node.page.empty()) out["page"] = node.page;
    if (node.assumption) out["assumption"] = true;
    if (!node.section.empty()) out["section"] = node.section;
    if (!node.metadata.empty()) out["metadata"] = node.metadata;
    if (node.kind == NodeKind::Argument) {
        ordered_json pcs = ordered_json::array();
        for (const PcsMember& member : node.pcs) {
            ordered_json m{{"role", to_string(member.role)}, {"title", member.title}};
            if (!member.inference.empty()) m["inference"] = member.inference;
            pcs.push_back(std::move(m));
        }
        out["pcs"] = std::move(pcs);
    }
    out["span"] = span_json(node.span);
    return out;
}

}  // namespace

namespace formats {

ordered_json map_json(const ArgumentMap& map) {
    ordered_json nodes = ordered_json::array();
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph))) nodes.push_back(node_json(map, v));

    ordered_json edges = ordered_json::array();
    for (EdgeId e : boost::make_iterator_range(boost::edges(map.graph))) {
        const Edge& edge = map.graph[e];
        edges.push_back({{"kind", to_string(edge.kind)},
                         {"from", boost::source(e, map.graph)},
                         {"to", boost::target(e, map.graph)},
                         {"span", span_json(edge.span)}});
    }

    ordered_json sections = ordered_json::array();
    for (const Section& section : map.sections)
        sections.push_back({{"id", section.id}, {"level", section.level}, {"title", section.title},
                            {"parent", section.parent}, {"span", span_json(section.span)}});

    ordered_json sources = ordered_json::array();
    for (const SourceEntry& source : map.sources)
        sources.push_back({{"key", source.key}, {"author", source.author}, {"work", source.work},
                           {"year", source.year}, {"span", span_json(source.span)}});

    return {{"warrant", 1}, {"file", map.file}, {"nodes", std::move(nodes)},
            {"edges", std::move(edges)}, {"sections", std::move(sections)},
            {"poles", map.poles}, {"sources", std::move(sources)}, {"tags", map.tags}};
}

}  // namespace formats

std::string export_json(const ArgumentMap& map) {
    const ordered_json document = formats::map_json(map);
    // Invalid UTF-8 in the input is replaced, never a reason to abort an export.
    return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace warrant
