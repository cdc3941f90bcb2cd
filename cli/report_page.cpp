#include "report_page.hpp"

#include "warrant/analysis.hpp"
#include "warrant/render.hpp"
#include "warrant/report.hpp"
#include "warrant/schemes.hpp"

#include <iostream>
#include <sstream>

namespace warrant::cli {
namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

}  // namespace

std::string report_page(const LoadResult& loaded, const std::string& title, int reload_seconds) {
    // The report draws what the analyses found; check_loaded() includes the critical questions.
    const CheckReport checked = check_loaded(loaded);
    const GroundingResult grounding = compute_grounding(loaded.map);
    ReportInputs inputs;
    inputs.map = &loaded.map;
    inputs.title = title;
    inputs.reload_seconds = reload_seconds;
    inputs.findings = checked.findings;
    inputs.schemes = assess_critical_questions(loaded.map);
    for (const auto& [claim, grounded] : checked.claim_grounding) inputs.grounded[claim] = grounded;
    for (const Explanation& e : explanations())
        inputs.explanations[std::string(e.code)] = std::string(e.meaning) + " " + std::string(e.why) + " Fix: " + std::string(e.fix);
    for (Vertex v : boost::make_iterator_range(boost::vertices(loaded.map.graph))) {
        const NodeKind kind = loaded.map.node(v).kind;
        if (kind != NodeKind::Thesis && kind != NodeKind::Claim && kind != NodeKind::CounterPosition) continue;
        inputs.chains[loaded.map.node(v).title] = lines_of(format_support_chain(loaded.map, support_chain(loaded.map, v, grounding)));
    }

    RenderOptions drawing;
    drawing.legend = false;  // the report's own badges explain the kinds
    RenderResult svg = render_map(loaded.map, drawing, RenderFormat::Svg);
    for (const std::string& note : svg.notes) std::cerr << "warrant report: " << note << "\n";
    if (svg.ok())
        inputs.svg = std::move(svg.bytes);
    else
        std::cerr << "warrant report: the map could not be drawn (" << svg.error << "); the page lists its nodes instead\n";
    return render_html_report(inputs);
}

}  // namespace warrant::cli
