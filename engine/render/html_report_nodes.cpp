// Node details for the report's panel, and the clickable list of nodes.
#include "render/html_report_parts.hpp"
#include "render/label_text.hpp"
#include "render/node_style.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace warrant::render {
namespace {

// Findings by the titles they relate to, built once: a large map has as many findings as nodes.
using FindingsByTitle = std::unordered_map<std::string_view, std::vector<const Diagnostic*>>;

FindingsByTitle findings_by_title(const std::vector<Diagnostic>& findings) {
    FindingsByTitle by_title;
    for (const Diagnostic& d : findings)
        for (const std::string& title : d.related) {
            std::vector<const Diagnostic*>& list = by_title[title];
            if (list.empty() || list.back() != &d) list.push_back(&d);
        }
    return by_title;
}

const std::vector<const Diagnostic*>& findings_of(const FindingsByTitle& by_title, const std::string& title) {
    static const std::vector<const Diagnostic*> none;
    auto found = by_title.find(title);
    return found == by_title.end() ? none : found->second;
}

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

// Each finding names its code; the script adds the code's explanation from the findings
// section when the details open, so a large map does not repeat it in every node.
void append_node_findings(const std::vector<const Diagnostic*>& findings, std::string& out) {
    std::string items;
    for (const Diagnostic* d : findings) {
        const std::string severity(to_string(d->severity));
        items += "<li data-code=\"" + escape_html(d->code) + "\"><span class=\"severity-" + severity + "\">" + severity + "[" +
                 escape_html(d->code) + "]</span> " + escape_html(d->message) + "</li>\n";
    }
    out += "<dt>Findings</dt><dd>" + (items.empty() ? std::string("<span class=\"empty\">none</span>") : "<ul class=\"node-findings\">\n" + items + "</ul>") + "</dd>\n";
}

// The filter words of a node: its grounding status, and whether it is an unanswered objection
// (W104) or has findings at all.
std::string status_tokens(const ReportInputs& inputs, Vertex v, const std::vector<const Diagnostic*>& findings) {
    auto status = inputs.status.find(v);
    std::string tokens = status == inputs.status.end() ? "" : std::string(to_string(status->second));
    const std::string& title = inputs.map->node(v).title;
    for (const Diagnostic* d : findings)
        if (d->code == "W104" && !d->related.empty() && d->related.front() == title) {
            tokens += tokens.empty() ? "unanswered" : " unanswered";
            break;
        }
    if (!findings.empty()) tokens += tokens.empty() ? "has-findings" : " has-findings";
    return tokens;
}

std::string step_status(const ArgumentMap& map, const ChainStep& step) {
    const Node& node = map.node(step.vertex);
    std::string status = is_ground(map, step.vertex) ? "ground" : step.grounded ? "grounded" : "ungrounded";
    if (node.kind == NodeKind::Evidence && !node.source.empty())
        status = escape_html(node.source) + (node.page.empty() ? "" : " p. " + escape_html(node.page)) + ", " + status;
    if (step.repeated) status += "; shown above";
    if (step.circular) status += "; circular";
    return "<span class=\"step-status step-" + std::string(step.grounded ? "grounded" : "ungrounded") + "\">" + status + "</span>";
}

// Nesting stops after kMaxNesting levels (deeper steps are listed at that level, their depth
// written out), and a chain shows its first kMaxSteps steps: a browser lays out neither a list
// 10^5 levels deep nor a tree of every node of a large map in each claim's details.
constexpr int kMaxNesting = 30;
constexpr std::size_t kMaxSteps = 300;

std::string chain_tree(const ArgumentMap& map, const SupportChain& chain) {
    std::string out = "<ul class=\"chain-tree\">";
    int open = 0;  // list items open below the root list
    const std::size_t shown = std::min(chain.steps.size(), kMaxSteps);
    for (std::size_t i = 0; i < shown; ++i) {
        const ChainStep& step = chain.steps[i];
        const int level = std::min(step.depth, kMaxNesting);
        if (i > 0 && level > open) out += "<ul>";
        for (; open > level; --open) out += "</li></ul>";
        if (i > 0 && level <= open) out += "</li>";
        open = level;
        out += "<li>";
        if (step.depth > 0) out += "<span class=\"via\">" + std::string(chain_step_marker(step.via)) + "</span> ";
        if (step.depth > kMaxNesting) out += "(depth " + std::to_string(step.depth) + ") ";
        out += node_link(map, step.vertex) + " " + step_status(map, step);
    }
    for (; open > 0; --open) out += "</li></ul>";
    out += "</li></ul>\n";
    if (shown < chain.steps.size())
        out += "<p class=\"empty\">… and " + std::to_string(chain.steps.size() - shown) + " more steps.</p>\n";
    out += "<p class=\"chain-summary\">Depth " + std::to_string(chain.depth) + "; ";
    if (!chain.grounded) return out + "not grounded: no chain reaches evidence.</p>\n";
    out += std::to_string(chain.grounds.size()) + (chain.grounds.size() == 1 ? " independent ground (fragile)" : " independent grounds");
    if (!chain.critical.empty()) out += "; weakest link: " + node_link(map, chain.critical.front());
    return out + ".</p>\n";
}

void append_detail(const ReportInputs& inputs, const FindingsByTitle& by_title, Vertex v, std::string& out) {
    const ArgumentMap& map = *inputs.map;
    const Node& node = map.node(v);
    const std::vector<const Diagnostic*>& findings = findings_of(by_title, node.title);
    out += "<article class=\"node-detail\" id=\"detail-" + std::to_string(v) + "\" data-kind=\"" +
           std::string(to_string(node.kind)) + "\" data-pole=\"" + escape_html(node.pole) + "\" data-section=\"" +
           escape_html(node.section) + "\" data-status=\"" + status_tokens(inputs, v, findings) + "\" hidden>\n<h3>" +
           kind_badge(node.kind) + "<span class=\"node-title\">" + escape_html(node.title) + "</span></h3>\n";
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
    if (const auto annotated = annotated_type(node))
        out += "<dt>Annotated as</dt><dd>" + escape_html(annotated->type) + " (" + annotated->scheme + ")</dd>\n";
    if (node.conceded)
        out += "<dt>Conceded</dt><dd>granted by the writer and argued past: owed neither support nor an answer</dd>\n";
    if (!node.tags.empty()) {
        std::string tags;
        for (const std::string& tag : node.tags) tags += (tags.empty() ? "#" : " #") + escape_html(tag);
        out += "<dt>Tags</dt><dd>" + tags + "</dd>\n";
    }
    if (auto chain = inputs.chains.find(v); chain != inputs.chains.end() && chain->second.steps.size() > 1)
        out += "<dt>Chain</dt><dd>" + chain_tree(map, chain->second) + "</dd>\n";
    append_relations(map, v, out);
    append_node_findings(findings, out);
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

void append_details_panel(const ReportInputs& inputs, std::string& out) {
    out += "<aside id=\"details\" class=\"details-panel\" aria-label=\"Details\" tabindex=\"-1\">\n<div class=\"panel-bar\">"
           "<button type=\"button\" id=\"show-on-map\" hidden>Show on the map</button>"
           "<button type=\"button\" id=\"close-details\" aria-label=\"Close the details\">Close</button></div>\n"
           "<p class=\"hint\">Click a node in the map, or any name on the page, to see its text, source, chain and "
           "findings here.</p>\n<div aria-live=\"polite\">\n";
    const FindingsByTitle by_title = findings_by_title(inputs.findings);
    for (Vertex v : boost::make_iterator_range(boost::vertices(inputs.map->graph))) append_detail(inputs, by_title, v, out);
    out += "</div>\n</aside>\n";
}

void append_node_list(const ReportInputs& inputs, std::string& out) {
    const ArgumentMap& map = *inputs.map;
    out += "<ul class=\"node-list\" id=\"node-list\">\n";
    for (NodeKind kind : kNodeKindsInOrder)
        for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph)))
            if (map.node(v).kind == kind) out += "<li>" + kind_badge(kind) + node_link(map, v) + "</li>\n";
    out += "</ul>\n";
}

}  // namespace warrant::render
