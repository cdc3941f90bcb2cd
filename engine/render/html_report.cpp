// The class report page: head with inline CSS, summary, the map with its detail panel, then
// the teaching sections, and the script. Everything the page needs is inside it.
#include "render/label_text.hpp"
#include "render/html_report_parts.hpp"

#include <array>
#include <cmath>
#include <stdexcept>

namespace warrant {
namespace embedded {
extern const std::string_view report_css;
extern const std::string_view report_js;
}  // namespace embedded

namespace render {
namespace {

std::optional<Vertex> thesis_of(const ArgumentMap& map) {
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph)))
        if (map.node(v).kind == NodeKind::Thesis) return v;
    return std::nullopt;
}

std::string page_title(const ReportInputs& inputs) {
    if (!inputs.title.empty()) return inputs.title;
    if (std::optional<Vertex> thesis = thesis_of(*inputs.map)) return inputs.map->node(*thesis).title;
    return inputs.map->file.empty() ? "Argument map" : inputs.map->file;
}

// Graphviz SVG starts with an XML prolog, a doctype and comments: inline, only <svg> counts.
std::string inline_svg(std::string_view svg) {
    std::size_t start = svg.find("<svg");
    return start == std::string_view::npos ? std::string() : std::string(svg.substr(start));
}

void append_summary(const ReportInputs& inputs, std::string& out) {
    const ArgumentMap& map = *inputs.map;
    out += "<section id=\"summary\"><h2>Summary</h2>\n";
    if (std::optional<Vertex> thesis = thesis_of(map)) {
        out += "<p><strong>Thesis:</strong> " + node_link(map, *thesis);
        for (const std::string& text : map.node(*thesis).texts) out += " — " + escape_html(text);
        out += "</p>\n";
    } else {
        out += "<p class=\"empty\">The map declares no thesis.</p>\n";
    }
    out += "<div class=\"summary-grid\">\n<table><caption>Nodes</caption>\n";
    constexpr std::array kinds{NodeKind::Thesis, NodeKind::Claim, NodeKind::Evidence, NodeKind::CounterPosition,
                               NodeKind::Argument, NodeKind::Source};
    for (NodeKind kind : kinds) {
        std::size_t count = 0;
        for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph))) count += map.node(v).kind == kind;
        out += "<tr><td>" + kind_badge(kind) + "</td><td>" + std::to_string(count) + "</td></tr>\n";
    }
    out += "</table>\n";
    if (!inputs.grounded.empty()) {
        std::size_t grounded = 0;
        for (const auto& [title, is_grounded] : inputs.grounded) grounded += is_grounded;
        const long percent = std::lround(100.0 * static_cast<double>(grounded) / static_cast<double>(inputs.grounded.size()));
        out += "<div><div class=\"big\" id=\"grounded-percent\">" + std::to_string(percent) + "%</div>grounded (" +
               std::to_string(grounded) + " of " + std::to_string(inputs.grounded.size()) + " claims reach evidence)</div>\n";
    }
    out += "<table><caption>Findings</caption>\n";
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Note}) {
        std::size_t count = 0;
        for (const Diagnostic& d : inputs.findings) count += d.severity == severity;
        const std::string name(to_string(severity));
        out += "<tr><td class=\"severity-" + name + "\">" + name + "s</td><td>" + std::to_string(count) + "</td></tr>\n";
    }
    out += "</table>\n</div>\n</section>\n";
}

void append_map(const ReportInputs& inputs, std::string& out) {
    out += "<section id=\"map\"><h2>The map</h2>\n<div class=\"map-layout\">\n<div class=\"map\">\n";
    const std::string svg = inline_svg(inputs.svg);
    if (svg.empty())
        out += "<p class=\"empty\">No drawing was made; choose a node from the list.</p>\n";
    else
        out += svg + "\n";
    out += "</div>\n<aside id=\"details\" aria-live=\"polite\">\n<p class=\"hint\">Click a node to see its text, "
           "source, chain and findings.</p>\n";
    append_node_details(inputs, out);
    out += "</aside>\n</div>\n";
    append_node_list(inputs, out);
    out += "</section>\n";
}

}  // namespace
}  // namespace render

std::string render_html_report(const ReportInputs& inputs) {
    if (!inputs.map) throw std::invalid_argument("render_html_report: inputs.map is null");
    using render::escape_html;
    const std::string title = render::page_title(inputs);
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<meta name=\"generator\" content=\"warrant\">\n" +
                      (inputs.reload_seconds > 0
                           ? "<meta http-equiv=\"refresh\" content=\"" + std::to_string(inputs.reload_seconds) + "\">\n"
                           : std::string()) +
                      "<title>" + escape_html(title) +
                      "</title>\n<style>\n" + std::string(embedded::report_css) + "</style>\n</head>\n<body>\n";
    out += "<header><h1>" + escape_html(title) + "</h1>\n<p class=\"file\">" + escape_html(inputs.map->file.str()) + "</p>\n"
           "<nav class=\"contents\"><a href=\"#summary\">Summary</a><a href=\"#map\">Map</a><a href=\"#findings\">Findings</a>"
           "<a href=\"#counter-positions\">Counter-positions</a><a href=\"#sources\">Sources</a><a href=\"#poles\">Poles</a>"
           "<a href=\"#critical-questions\">Critical questions</a></nav></header>\n<main>\n";
    render::append_summary(inputs, out);
    render::append_map(inputs, out);
    render::append_findings(inputs, out);
    render::append_counter_positions(inputs, out);
    render::append_sources(inputs, out);
    render::append_poles(inputs, out);
    render::append_critical_questions(inputs, out);
    out += "</main>\n<script>\n" + std::string(embedded::report_js) + "</script>\n</body>\n</html>\n";
    return out;
}

}  // namespace warrant
