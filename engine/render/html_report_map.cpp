// The report's map section: the tools (search, filters, zoom), the drawing the script pans and
// zooms, the same drawing tiled onto one printed page, and the list of every node.
#include "render/label_text.hpp"
#include "render/html_report_parts.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <set>

namespace warrant::render {
namespace {

std::string option(const std::string& value, const std::string& label) {
    return "<option value=\"" + escape_html(value) + "\">" + escape_html(label) + "</option>";
}

std::string filter(const std::string& name, const std::string& label, const std::string& options) {
    return "<label class=\"filter\">" + label + " <select id=\"filter-" + name + "\" data-filter=\"" + name + "\">" +
           option("", "all") + options + "</select></label>\n";
}

// The statuses a detail article may carry (see append_node_details), in the filter's words.
constexpr std::array<std::pair<const char*, const char*>, 6> kStatuses{{{"grounded", "grounded"},
                                                                        {"ungrounded", "ungrounded"},
                                                                        {"unsupported", "unsupported"},
                                                                        {"circular", "circular"},
                                                                        {"unanswered", "unanswered counter-position"},
                                                                        {"has-findings", "with findings"}}};

void append_tools(const ReportInputs& inputs, bool drawn, std::string& out) {
    const ArgumentMap& map = *inputs.map;
    std::set<NodeKind> present;
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph))) present.insert(map.node(v).kind);
    std::string kinds, poles, sections, statuses;
    for (NodeKind kind : kNodeKindsInOrder)
        if (present.count(kind)) kinds += option(std::string(to_string(kind)), std::string(to_string(kind)));
    for (const std::string& pole : map.poles) poles += option(pole, pole);
    for (const Section& section : map.sections) sections += option(section.id, section.title);
    for (const auto& [value, label] : kStatuses) statuses += option(value, label);
    out += "<div class=\"map-tools\" role=\"search\">\n<label class=\"find\">Find <input type=\"search\" id=\"map-search\" "
           "placeholder=\"title or text\" autocomplete=\"off\" aria-controls=\"search-results\"></label>\n" +
           filter("kind", "Kind", kinds) + (poles.empty() ? "" : filter("pole", "Pole", poles)) +
           (sections.empty() ? "" : filter("section", "Section", sections)) + filter("status", "Status", statuses);
    if (drawn)
        out += "<span class=\"zoom\" role=\"group\" aria-label=\"Zoom\"><button type=\"button\" data-zoom=\"in\" "
               "aria-label=\"Zoom in\">+</button><button type=\"button\" data-zoom=\"out\" aria-label=\"Zoom out\">−</button>"
               "<button type=\"button\" data-zoom=\"fit\">Fit</button><button type=\"button\" data-zoom=\"thesis\">Thesis</button>"
               "</span>\n";
    out += "</div>\n<p id=\"match-count\" class=\"match-count\" aria-live=\"polite\"></p>\n"
           "<ol id=\"search-results\" class=\"search-results\" hidden></ol>\n";
}

struct ViewBox {
    double x = 0, y = 0, width = 0, height = 0;
};

std::optional<ViewBox> view_box_of(const std::string& svg) {
    const std::size_t at = svg.find("viewBox=\"");
    if (at == std::string::npos || at > svg.find('>')) return std::nullopt;
    ViewBox box;
    if (std::sscanf(svg.c_str() + at + 9, "%lf %lf %lf %lf", &box.x, &box.y, &box.width, &box.height) != 4) return std::nullopt;
    if (!(box.width > 0 && box.height > 0)) return std::nullopt;
    return box;
}

std::string number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

// Printed, the drawing fills one landscape page: a map much wider than the page is cut into
// strips stacked under each other, each as wide as the page, so it prints `strips` times larger
// than fitted whole. The strips reuse the drawing (<use>), they do not copy it.
constexpr double kPageAspect = 25.0 / 17.0;  // A4 landscape inside its margins and the heading

void append_print_tiles(const std::string& svg, std::string& out) {
    const std::optional<ViewBox> box = view_box_of(svg);
    if (!box || svg.find("id=\"graph0\"") == std::string::npos) return;
    const double aspect = box->width / box->height;
    const int strips = std::clamp(static_cast<int>(std::floor(std::sqrt(aspect / kPageAspect))), 1, 6);
    const double strip_width = box->width / strips;
    out += "<div class=\"print-map\" aria-hidden=\"true\">\n";
    for (int i = 0; i < strips; ++i)
        out += "<svg viewBox=\"" + number(box->x + i * strip_width) + " " + number(box->y) + " " + number(strip_width) + " " +
               number(box->height) + "\" preserveAspectRatio=\"xMinYMin meet\"><use href=\"#graph0\"/></svg>\n";
    out += "</div>\n";
}

}  // namespace

void append_map(const ReportInputs& inputs, const std::string& svg, std::string& out) {
    const std::size_t nodes = boost::num_vertices(inputs.map->graph);
    out += "<section id=\"map\"><h2>The map</h2>\n";
    append_tools(inputs, !svg.empty(), out);
    if (svg.empty()) {
        out += nodes > kReportDrawLimit
                   ? "<p class=\"empty\">This map has " + std::to_string(nodes) + " nodes, too many to draw on one page (the "
                         "report draws up to " + std::to_string(kReportDrawLimit) + "). Find nodes by title or text, filter "
                         "them, or open the list below; <code>warrant render</code> draws the whole map.</p>\n"
                   : std::string("<p class=\"empty\">No drawing was made; choose a node from the list.</p>\n");
    } else {
        out += "<div class=\"map\" id=\"map-view\" tabindex=\"0\" aria-label=\"The drawn map. Wheel or pinch to zoom, drag to "
               "pan, arrow keys to move, + and - to zoom, 0 to fit; Tab to a node and Enter to open it.\">\n" + svg + "\n</div>\n"
               "<p class=\"map-help\">Wheel or pinch to zoom, drag to pan; Tab to a node and press Enter to open it. "
               "Keys over the map: + − zoom, 0 fit, arrows move.</p>\n";
        append_print_tiles(svg, out);
    }
    // Folded: the list is the way in without a drawing, and a long one buries the sections below.
    out += std::string("<details class=\"all-nodes\"") + (svg.empty() && nodes <= kReportDrawLimit ? " open" : "") +
           "><summary>All " + std::to_string(nodes) + " nodes, by kind</summary>\n";
    append_node_list(inputs, out);
    out += "</details>\n</section>\n";
}

}  // namespace warrant::render
