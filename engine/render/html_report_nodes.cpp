// Node details for the report's panel, and the clickable list of nodes.
#include "render/label_text.hpp"
#include "render/html_report_parts.hpp"

#include <algorithm>

namespace warrant::render {
namespace {

std::string source_description(const ArgumentMap& map, const std::string& key) {
    const SourceEntry* entry = map.find_source(key);
    if (!entry) return escape_html(key);
    std::string text = entry->author;
    if (!entry->work.empty()) text += (text.empty() ? "" : ", ") + std::string("“") + entry->work + "”";
    if (!entry->year.empty()) text += " (" + entry->year + ")";
    return escape_html(key) + (text.empty() ? "" : ": " + escape_html(text));
}

void append_relations(const ArgumentMap& map, Vertex v, std::string& out) {
    std::string items;
    for (EdgeId e : boost::make_iterator_range(boost::out_edges(v, map.graph)))
        items += "<li>" + std::string(to_string(map.graph[e].kind)) + " → " + node_link(map, boost::target(e, map.graph)) + "</li>\n";
    // Incoming relations read from this node's side: "support ← [Reason]".
    for (EdgeId e : boost::make_iterator_range(boost::in_edges(v, map.graph)))
        items += "<li>" + std::string(to_string(map.graph[e].kind)) + " ← " + node_link(map, boost::source(e, map.graph)) + "</li>\n";
    if (!items.empty()) out += "<dt>Relations</dt><dd><ul>\n" + items + "</ul></dd>\n";
}

void append_node_findings(const ReportInputs& inputs, const Node& node, std::string& out) {
    std::string items;
    for (const Diagnostic& d : inputs.findings) {
        if (std::find(d.related.begin(), d.related.end(), node.title) == d.related.end()) continue;
        const std::string severity(to_string(d.severity));
        items += "<li><span class=\"severity-" + severity + "\">" + severity + "[" + escape_html(d.code) + "]</span> " +
                 escape_html(d.message) + "</li>\n";
    }
    out += "<dt>Findings</dt><dd>" + (items.empty() ? std::string("<span class=\"empty\">none</span>") : "<ul>\n" + items + "</ul>") + "</dd>\n";
}

void append_detail(const ReportInputs& inputs, Vertex v, std::string& out) {
    const ArgumentMap& map = *inputs.map;
    const Node& node = map.node(v);
    out += "<article class=\"node-detail\" id=\"detail-" + std::to_string(v) + "\" hidden>\n<h3>" + kind_badge(node.kind) +
           escape_html(node.title) + "</h3>\n";
    for (const std::string& text : node.texts)
        out += node.kind == NodeKind::Evidence ? "<blockquote>" + escape_html(text) + "</blockquote>\n"
                                               : "<p>" + escape_html(text) + "</p>\n";
    out += "<dl>\n";
    if (!node.source.empty() && node.kind != NodeKind::Source)
        out += "<dt>Source</dt><dd>" + source_description(map, node.source) + "</dd>\n";
    if (!node.page.empty()) out += "<dt>Page</dt><dd>" + escape_html(node.page) + "</dd>\n";
    if (!node.pole.empty()) out += "<dt>Pole</dt><dd>" + escape_html(node.pole) + "</dd>\n";
    if (auto scheme = node.metadata.find("scheme"); scheme != node.metadata.end())
        out += "<dt>Scheme</dt><dd>" + escape_html(scheme->second) + "</dd>\n";
    if (!node.tags.empty()) {
        std::string tags;
        for (const std::string& tag : node.tags) tags += (tags.empty() ? "#" : " #") + escape_html(tag);
        out += "<dt>Tags</dt><dd>" + tags + "</dd>\n";
    }
    if (auto chain = inputs.chains.find(node.title); chain != inputs.chains.end() && !chain->second.empty()) {
        // The analysis indents its chains to show depth: keep the lines as written.
        out += "<dt>Chain</dt><dd><pre class=\"chain\">";
        for (const std::string& line : chain->second) out += escape_html(line) + "\n";
        out += "</pre></dd>\n";
    }
    append_relations(map, v, out);
    append_node_findings(inputs, node, out);
    if (node.span.known())
        out += "<dt>Written at</dt><dd>" +
               (node.span.file == map.file ? "line " : escape_html(node.span.file.str()) + ":") + std::to_string(node.span.line) +
               "</dd>\n";
    out += "</dl>\n</article>\n";
}

}  // namespace

std::string kind_badge(NodeKind kind) {
    const std::string name(to_string(kind));
    return "<span class=\"kind kind-" + name + "\">" + name + "</span>";
}

std::string node_link(const ArgumentMap& map, Vertex v) {
    const std::string id = std::to_string(v);
    return "<a class=\"node-link\" href=\"#node-" + id + "\" data-node=\"" + id + "\">" + escape_html(map.node(v).title) + "</a>";
}

void append_node_details(const ReportInputs& inputs, std::string& out) {
    for (Vertex v : boost::make_iterator_range(boost::vertices(inputs.map->graph))) append_detail(inputs, v, out);
}

void append_node_list(const ReportInputs& inputs, std::string& out) {
    const ArgumentMap& map = *inputs.map;
    out += "<h3>All nodes</h3>\n<ul class=\"node-list\" id=\"node-list\">\n";
    for (NodeKind kind : {NodeKind::Thesis, NodeKind::Claim, NodeKind::Evidence, NodeKind::CounterPosition,
                          NodeKind::Argument, NodeKind::Source})
        for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph)))
            if (map.node(v).kind == kind) out += "<li>" + kind_badge(kind) + node_link(map, v) + "</li>\n";
    out += "</ul>\n";
}

}  // namespace warrant::render
