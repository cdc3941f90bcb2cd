// The class report page: head with inline CSS, summary, the map with its detail panel, then
// the teaching sections, and the script. Everything the page needs is inside it.
#include "render/graph_frame.hpp"
#include "render/label_text.hpp"
#include "render/html_report_parts.hpp"

#include <array>
#include <cmath>
#include <stdexcept>

namespace warrant {
namespace embedded {
extern const std::string_view report_css;
extern const std::string_view report_js;
extern const std::string_view report_live_js;
extern const std::string_view report_essay_js;
extern const std::string_view report_essay_css;
}  // namespace embedded

namespace render {
namespace {

std::optional<Vertex> thesis_of(const ArgumentMap& map) {
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph)))
        if (map.node(v).kind == NodeKind::Thesis) return v;
    return std::nullopt;
}

std::string front_matter(const ArgumentMap& map, const std::string& key) {
    auto found = map.front_matter.find(key);
    return found == map.front_matter.end() ? std::string() : found->second;
}

// The essay's own title, as its front matter states it; then the name of the file it came
// from, as the picture is titled (graph_title).
std::string page_title(const ReportInputs& inputs) {
    if (!inputs.title.empty()) return inputs.title;
    if (std::string title = graph_title(*inputs.map); !title.empty()) return title;
    return "Argument map";
}

std::string byline(const ArgumentMap& map) {
    std::string line = escape_html(front_matter(map, "author"));
    if (std::string date = front_matter(map, "date"); !date.empty()) line += (line.empty() ? "" : " · ") + escape_html(date);
    return line.empty() ? std::string() : "<p class=\"byline\">" + line + "</p>\n";
}


std::string linked_list(const std::vector<std::string>& items) {
    std::string out = "<ul class=\"attention-list\">\n";
    for (const std::string& item : items) out += "<li>" + item + "</li>\n";
    return out + "</ul>\n";
}

// What a teacher looks at first: every claim that reaches no evidence, and every objection the
// essay leaves standing, each a link to its details.
void append_attention(const ReportInputs& inputs, std::string& out) {
    const ArgumentMap& map = *inputs.map;
    std::vector<std::string> not_grounded, unanswered;
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph))) {
        auto judged = inputs.grounded.find(map.node(v).title);
        if (judged == inputs.grounded.end() || judged->second) continue;
        auto status = inputs.status.find(v);
        const std::string why = status == inputs.status.end() ? "not grounded" : std::string(to_string(status->second));
        not_grounded.push_back(node_link(map, v) + " <span class=\"status-word\">" + why + "</span>");
    }
    for (const Diagnostic& d : inputs.findings) {
        if (d.code != "W104" || d.related.empty()) continue;
        auto link = [&](const std::string& title) {
            std::optional<Vertex> v = map.find(title);
            return v ? node_link(map, *v) : escape_html(title);
        };
        unanswered.push_back(link(d.related.front()) +
                             (d.related.size() > 1 ? " <span class=\"status-word\">objects to</span> " + link(d.related[1]) : ""));
    }
    if (inputs.grounded.empty() && unanswered.empty()) return;
    out += "<div class=\"attention\">\n<h3 id=\"not-grounded\">Claims that reach no evidence (" + std::to_string(not_grounded.size()) + ")</h3>\n";
    out += not_grounded.empty() ? "<p class=\"empty\">None: every claim reaches evidence.</p>\n" : linked_list(not_grounded);
    out += "<h3 id=\"unanswered\">Unanswered counter-positions (" + std::to_string(unanswered.size()) + ")</h3>\n";
    out += unanswered.empty() ? "<p class=\"empty\">None: every objection is answered.</p>\n" : linked_list(unanswered);
    out += "</div>\n";
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
    out += "<div class=\"summary-grid\">\n<p class=\"counts\" aria-label=\"Nodes\">";
    for (NodeKind kind : kNodeKindsInOrder) {
        std::size_t count = 0;
        for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph))) count += map.node(v).kind == kind;
        out += "<span class=\"count\">" + kind_badge(kind) + "<strong>" + std::to_string(count) + "</strong></span>";
    }
    out += "</p>\n";
    if (!inputs.grounded.empty()) {
        std::size_t grounded = 0;
        for (const auto& [title, is_grounded] : inputs.grounded) grounded += is_grounded;
        const long percent = std::lround(100.0 * static_cast<double>(grounded) / static_cast<double>(inputs.grounded.size()));
        out += "<p class=\"grounding\"><span class=\"big\" id=\"grounded-percent\">" + std::to_string(percent) + "%</span> grounded (" +
               std::to_string(grounded) + " of " + std::to_string(inputs.grounded.size()) + " claims reach evidence)</p>\n";
    }
    out += "<p class=\"counts\" aria-label=\"Findings\">";
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Note}) {
        std::size_t count = 0;
        for (const Diagnostic& d : inputs.findings) count += d.severity == severity;
        const std::string name(to_string(severity));
        out += "<a class=\"count severity-" + name + "\" href=\"#findings\">" + name + "s <strong>" + std::to_string(count) + "</strong></a>";
    }
    out += "</p>\n</div>\n";
    append_attention(inputs, out);
    out += "</section>\n";
}

// A JSON string that may sit inside <script>: `<` never appears raw, so no `</script>` ends it.
std::string script_json_string(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') out += std::string("\\") + c;
        else if (c == '<') out += "\\u003c";
        else if (static_cast<unsigned char>(c) < 0x20) out += ' ';
        else out += c;
    }
    return out + "\"";
}

// The live page's settings (read by report_live.js) and its script; nothing for a static page.
void append_live_updates(const LiveUpdates& live, std::string& out) {
    if (live.mode == LiveUpdates::Mode::Off) return;
    const bool served = live.mode == LiveUpdates::Mode::ServerEvents;
    out += "<script type=\"application/json\" id=\"warrant-live\">{\"mode\": \"" + std::string(served ? "events" : "poll") +
           "\", \"version\": " + script_json_string(live.version) + ", \"poll\": " + script_json_string(live.poll_script) +
           ", \"seconds\": " + std::to_string(live.poll_seconds) + "}</script>\n<script>\n" +
           std::string(embedded::report_live_js) + "</script>\n";
}

}  // namespace
}  // namespace render

std::string render_html_report(const ReportInputs& inputs) {
    if (!inputs.map) throw std::invalid_argument("render_html_report: inputs.map is null");
    using render::escape_html;
    const std::string title = render::page_title(inputs);
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<meta name=\"generator\" content=\"warrant\">\n"
                      "<link rel=\"icon\" href=\"data:,\">\n"  // no request for a favicon: the page needs nothing outside it
                      "<title>" + escape_html(title) +
                      "</title>\n<style>\n" + std::string(embedded::report_css) +
                      (inputs.essay.empty() ? std::string() : std::string(embedded::report_essay_css)) + "</style>\n</head>\n<body>\n";
    out += "<header><h1>" + escape_html(title) + "</h1>\n" + render::byline(*inputs.map) + "<p class=\"file\">" +
           escape_html(inputs.map->file.str()) + "</p>\n"
           "<nav class=\"contents\" aria-label=\"Contents\"><a href=\"#summary\">Summary</a>" +
           std::string(inputs.essay.empty() ? "" : "<a href=\"#essay\">Essay</a>") + "<a href=\"#map\">Map</a>"
           "<a href=\"#findings\">Findings</a><a href=\"#counter-positions\">Counter-positions</a><a href=\"#sources\">Sources</a>"
           "<a href=\"#poles\">Poles</a><a href=\"#critical-questions\">Critical questions</a></nav></header>\n";
    out += "<main>\n";
    render::append_summary(inputs, out);
    // An essay's report reads the essay beside its map.
    if (!inputs.essay.empty()) out += "<div class=\"essay-beside-map\">\n";
    render::append_essay(inputs, out);
    render::append_map(inputs, render::inline_svg(inputs.svg), out);
    if (!inputs.essay.empty()) out += "</div>\n";
    render::append_findings(inputs, out);
    render::append_counter_positions(inputs, out);
    render::append_sources(inputs, out);
    render::append_poles(inputs, out);
    render::append_critical_questions(inputs, out);
    out += "</main>\n";
    // After the page in reading and Tab order; on screen it stays fixed beside it.
    render::append_details_panel(inputs, out);
    // The essay pane's script first: it hears the node report.js shows on load.
    if (!inputs.essay.empty()) out += "<script>\n" + std::string(embedded::report_essay_js) + "</script>\n";
    out += "<script>\n" + std::string(embedded::report_js) + "</script>\n";
    render::append_live_updates(inputs.live, out);
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace warrant
