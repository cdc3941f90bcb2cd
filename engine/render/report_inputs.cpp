// What the class report shows, gathered in one place: the page itself (html_report.cpp) computes
// nothing; every analysis it shows is read from one MapAnalysis, the one `warrant check` reads.
#include "warrant/map_analysis.hpp"
#include "warrant/render.hpp"
#include "warrant/report.hpp"

namespace warrant {
namespace {

// The one call that makes the report's picture. Every node's <g> carries "n<vertex>" in its
// <title>, which is how the page's script finds a node's details.
std::string draw_report_map(const ArgumentMap& map, std::vector<std::string>& notes) {
    const std::size_t nodes = boost::num_vertices(map.graph);
    if (nodes > kReportDrawLimit) {
        notes.push_back("the map has " + std::to_string(nodes) + " nodes, more than the report draws (" +
                        std::to_string(kReportDrawLimit) + "); the page leads to them by search, filters and its node list");
        return {};
    }
    RenderOptions drawing;
    drawing.legend = false;  // the report's own badges explain the kinds
    RenderResult svg = render_map(map, drawing, RenderFormat::Svg);
    notes.insert(notes.end(), svg.notes.begin(), svg.notes.end());
    if (svg.ok()) return std::move(svg.bytes);
    notes.push_back("the map could not be drawn (" + svg.error + "); the page lists its nodes instead");
    return {};
}

// The poles on one slide, as `render --view dialectic --fit slide` draws them.
std::string draw_dialectic_overview(const ArgumentMap& map, std::vector<std::string>& notes) {
    if (map.poles.empty() || boost::num_vertices(map.graph) > kReportDrawLimit) return {};
    RenderResult svg = render_dialectic_overview_svg(map);
    if (svg.ok()) return std::move(svg.bytes);
    notes.push_back("the dialectic overview could not be drawn (" + svg.error + ")");
    return {};
}

bool has_chain(NodeKind kind) {
    return kind == NodeKind::Thesis || kind == NodeKind::Claim || kind == NodeKind::CounterPosition;
}

}  // namespace

ReportInputs report_inputs(const LoadResult& loaded, const ReportOptions& options) {
    return report_inputs(MapAnalysis(loaded), options);
}

ReportInputs report_inputs(const MapAnalysis& analysis, const ReportOptions& options) {
    const ArgumentMap& map = analysis.map();
    const CheckReport& checked = analysis.report();  // includes the critical questions
    ReportInputs inputs;
    inputs.map = &map;
    inputs.title = options.title;
    inputs.reload_seconds = options.reload_seconds;
    inputs.findings = checked.findings;
    inputs.schemes = analysis.schemes();
    for (const auto& [title, grounded] : checked.claim_grounding) inputs.grounded[title] = grounded;
    for (const Explanation& e : explanations())
        inputs.explanations[std::string(e.code)] =
            std::string(e.meaning) + " " + std::string(e.why) + " Fix: " + std::string(e.fix);
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph)))
        if (has_chain(map.node(v).kind)) inputs.chains.emplace(v, analysis.chain(v));
    inputs.status = status_by_vertex(map, analysis.grounding(), analysis.cycles());
    inputs.svg = draw_report_map(map, inputs.notes);
    inputs.dialectic_svg = draw_dialectic_overview(map, inputs.notes);
    return inputs;
}

}  // namespace warrant
