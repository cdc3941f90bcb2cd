// The teaching sections of the report: findings with explanations, counter-positions and their
// answers, sources and citations, dialectic poles, critical questions.
#include "render/label_text.hpp"
#include "render/html_report_parts.hpp"

#include <algorithm>
#include <set>

namespace warrant::render {
namespace {

std::string link_by_title(const ArgumentMap& map, const std::string& title) {
    std::optional<Vertex> v = map.find(title);
    return v ? node_link(map, *v) : escape_html(title);
}

std::string joined_links(const ArgumentMap& map, const std::vector<Vertex>& vertices) {
    std::string out;
    for (Vertex v : vertices) out += (out.empty() ? "" : ", ") + node_link(map, v);
    return out;
}

// The page header names the map's file: findings in it show only line and column.
std::string location(const SourceSpan& span, const std::string& map_file) {
    std::string where = span.file == map_file ? std::string() : escape_html(span.file.str());
    if (!span.known()) return where;
    return where + (where.empty() ? "line " : ":") + std::to_string(span.line) + ":" + std::to_string(span.column);
}

}  // namespace

void append_findings(const ReportInputs& inputs, std::string& out) {
    out += "<section id=\"findings\"><h2>Findings</h2>\n";
    if (inputs.findings.empty()) {
        out += "<p class=\"empty\">No findings.</p>\n</section>\n";
        return;
    }
    out += "<table>\n<tr><th>Severity</th><th>Code</th><th>Where</th><th>Finding</th><th>Nodes</th></tr>\n";
    std::set<std::string> codes;
    for (const Diagnostic& d : inputs.findings) {
        codes.insert(d.code);
        const std::string severity(to_string(d.severity));
        std::string related;
        for (const std::string& title : d.related) related += (related.empty() ? "" : ", ") + link_by_title(*inputs.map, title);
        // A click anywhere on the row opens the first node it names (a link in it opens its own).
        std::optional<Vertex> first = d.related.empty() ? std::nullopt : inputs.map->find(d.related.front());
        out += std::string(first ? "<tr data-node=\"" + std::to_string(*first) + "\">" : "<tr>") + "<td class=\"severity-" + severity + "\">" + severity + "</td><td>" + escape_html(d.code) + "</td><td class=\"where\">" +
               location(d.span, inputs.map->file) + "</td><td>" + escape_html(d.message) + "</td><td>" + related + "</td></tr>\n";
    }
    out += "</table>\n<h3>What the codes mean</h3>\n<dl class=\"explanations\">\n";
    for (const std::string& code : codes) {
        auto explanation = inputs.explanations.find(code);
        out += "<dt>" + escape_html(code) + "</dt><dd class=\"explanation\" id=\"explain-" + escape_html(code) + "\">" +
               (explanation == inputs.explanations.end() ? std::string("(no explanation given)") : escape_html(explanation->second)) +
               "</dd>\n";
    }
    out += "</dl>\n</section>\n";
}

void append_counter_positions(const ReportInputs& inputs, std::string& out) {
    const ArgumentMap& map = *inputs.map;
    out += "<section id=\"counter-positions\"><h2>Counter-positions and how each is answered</h2>\n";
    bool any = false;
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph))) {
        if (map.node(v).kind != NodeKind::CounterPosition) continue;
        any = true;
        std::vector<Vertex> targets, answers;
        for (EdgeId e : boost::make_iterator_range(boost::out_edges(v, map.graph)))
            if (is_attacking(map.graph[e].kind)) targets.push_back(boost::target(e, map.graph));
        for (EdgeId e : boost::make_iterator_range(boost::in_edges(v, map.graph)))
            if (is_attacking(map.graph[e].kind)) answers.push_back(boost::source(e, map.graph));
        out += "<h3>" + node_link(map, v) + "</h3>\n";
        for (const std::string& text : map.node(v).texts) out += "<p>" + escape_html(text) + "</p>\n";
        if (!targets.empty()) out += "<p>Objects to: " + joined_links(map, targets) + "</p>\n";
        out += answers.empty() ? "<p class=\"unanswered\">Not answered in the map.</p>\n"
                               : "<p><span class=\"answered\">Answered by:</span> " + joined_links(map, answers) + "</p>\n";
    }
    if (!any) out += "<p class=\"empty\">The map declares no counter-positions.</p>\n";
    out += "</section>\n";
}

void append_sources(const ReportInputs& inputs, std::string& out) {
    const ArgumentMap& map = *inputs.map;
    out += "<section id=\"sources\"><h2>Sources</h2>\n";
    std::string rows;
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph))) {
        const Node& node = map.node(v);
        if (node.kind != NodeKind::Source) continue;
        std::vector<Vertex> citing;
        for (EdgeId e : boost::make_iterator_range(boost::in_edges(v, map.graph)))
            if (map.graph[e].kind == EdgeKind::Cites) citing.push_back(boost::source(e, map.graph));
        const SourceEntry* entry = map.find_source(node.source.empty() ? node.title : node.source);
        rows += "<tr><td>" + node_link(map, v) + "</td><td>" + escape_html(entry ? entry->author : "") + "</td><td>" +
                escape_html(entry ? entry->work : "") + "</td><td>" + escape_html(entry ? entry->year : "") + "</td><td>" +
                std::to_string(citing.size()) + "</td><td>" + (node.in_bibliography ? "yes" : "<span class=\"unanswered\">no</span>") +
                "</td><td>" + joined_links(map, citing) + "</td></tr>\n";
    }
    if (rows.empty())
        out += "<p class=\"empty\">The map cites no sources.</p>\n";
    else
        out += "<table>\n<tr><th>Key</th><th>Author</th><th>Work</th><th>Year</th><th>Cited</th><th>In bibliography</th>"
               "<th>Cited by</th></tr>\n" + rows + "</table>\n";
    out += "</section>\n";
}

namespace {

bool is_evidence(const ArgumentMap& map, Vertex v) { return map.node(v).kind == NodeKind::Evidence; }

std::vector<Vertex> evidence_for(const ArgumentMap& map, Vertex claim) {
    std::vector<Vertex> evidence;
    for (EdgeId e : boost::make_iterator_range(boost::in_edges(claim, map.graph)))
        if (carries_support(map.graph[e].kind) && is_evidence(map, boost::source(e, map.graph)))
            evidence.push_back(boost::source(e, map.graph));
    return evidence;
}

std::string evidence_item(const ArgumentMap& map, Vertex v) {
    const Node& node = map.node(v);
    std::string where = escape_html(node.source);
    if (!node.page.empty()) where += (where.empty() ? "p. " : ", p. ") + escape_html(node.page);
    return "<li>" + node_link(map, v) + (where.empty() ? "" : " <span class=\"status-word\">" + where + "</span>") + "</li>\n";
}

std::string folded_evidence(const ArgumentMap& map, const std::vector<Vertex>& evidence, const std::string& label) {
    std::string items;
    for (Vertex v : evidence) items += evidence_item(map, v);
    return "<details><summary>" + label + "</summary><ul>\n" + items + "</ul></details>";
}

// One pole: its claims (and theses, objections, arguments) first, each with the evidence that
// supports it folded under it; then the pole's evidence that supports none of them.
void append_pole(const ArgumentMap& map, const std::string& pole, std::string& out) {
    std::vector<Vertex> claims, loose_evidence;
    std::vector<bool> shown(boost::num_vertices(map.graph), false);
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph)))
        if (map.node(v).pole == pole && !is_evidence(map, v) && map.node(v).kind != NodeKind::Source) claims.push_back(v);
    std::string items;
    for (Vertex claim : claims) {
        const std::vector<Vertex> evidence = evidence_for(map, claim);
        for (Vertex v : evidence) shown[v] = true;
        const std::size_t n = evidence.size();
        items += "<li>" + kind_badge(map.node(claim).kind) + node_link(map, claim) +
                 (n ? " " + folded_evidence(map, evidence, std::to_string(n) + (n == 1 ? " piece" : " pieces") + " of evidence") : "") +
                 "</li>\n";
    }
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph)))
        if (map.node(v).pole == pole && is_evidence(map, v) && !shown[v]) loose_evidence.push_back(v);
    out += "<h3>" + escape_html(pole) + " (" + std::to_string(claims.size()) + (claims.size() == 1 ? " claim, " : " claims, ") +
           std::to_string(std::count(shown.begin(), shown.end(), true) + loose_evidence.size()) + " evidence)</h3>\n";
    if (claims.empty() && loose_evidence.empty()) out += "<p class=\"empty\">No node joins this pole.</p>\n";
    if (!items.empty()) out += "<ul class=\"pole-claims\">\n" + items + "</ul>\n";
    if (!loose_evidence.empty())
        out += "<p>" + folded_evidence(map, loose_evidence, "Evidence of this pole that supports none of its claims (" +
                                                                std::to_string(loose_evidence.size()) + ")") + "</p>\n";
}

}  // namespace

// The overview's ids get a prefix: the map above holds a drawing with the same Graphviz ids
// (graph0, node1, ...), which the page's script and print strips look up.
void append_dialectic_overview(const ReportInputs& inputs, std::string& out) {
    std::string svg = inline_svg(inputs.dialectic_svg);
    if (svg.empty()) return;
    for (std::size_t at = svg.find(" id=\""); at != std::string::npos; at = svg.find(" id=\"", at + 5))
        svg.insert(at + 5, "dialectic-");
    out += "<figure class=\"dialectic-overview\">\n" + svg +
           "\n<figcaption>The dialectic on one slide: the thesis, the poles in the order the map declares them, "
           "the positions that bridge them, and each claim's evidence summarised on it.</figcaption>\n</figure>\n";
}

void append_poles(const ReportInputs& inputs, std::string& out) {
    out += "<section id=\"poles\"><h2>Dialectic poles</h2>\n";
    if (inputs.map->poles.empty()) out += "<p class=\"empty\">The map declares no poles.</p>\n";
    append_dialectic_overview(inputs, out);
    for (const std::string& pole : inputs.map->poles) append_pole(*inputs.map, pole, out);
    out += "</section>\n";
}

void append_critical_questions(const ReportInputs& inputs, std::string& out) {
    const ArgumentMap& map = *inputs.map;
    out += "<section id=\"critical-questions\"><h2>Critical questions</h2>\n";
    if (inputs.schemes.empty())
        out += "<p class=\"empty\">No argument declares a scheme (<code>{scheme: expert-opinion}</code>).</p>\n";
    for (const SchemeAssessment& a : inputs.schemes) {
        out += "<h3>" + node_link(map, a.vertex) + " — " +
               (a.scheme ? escape_html(a.scheme->name) : "unknown scheme “" + escape_html(a.declared) + "”") + "</h3>\n";
        if (a.questions.empty()) continue;
        out += "<table>\n";
        for (const QuestionStatus& status : a.questions) {
            std::string answer = "<span class=\"unanswered\">unanswered</span>";
            if (!status.answered_by.empty()) {
                answer = "<span class=\"answered\">answered by</span> ";
                for (std::size_t i = 0; i < status.answered_by.size(); ++i)
                    answer += (i ? ", " : "") + link_by_title(map, status.answered_by[i]);
            }
            out += "<tr><td>" + escape_html(status.question->id) + "</td><td>" + escape_html(status.question->question) +
                   "</td><td>" + answer + "</td></tr>\n";
        }
        out += "</table>\n";
    }
    out += "</section>\n";
}

}  // namespace warrant::render
