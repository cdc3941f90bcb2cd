// Quick fixes: the edits the checks attach to their findings (Diagnostic::fixes), offered for
// the findings under the client's range.
#include "lsp/diagnostics_json.hpp"
#include "lsp/features.hpp"

namespace warrant::lsp {
namespace {

// By lines: a cursor anywhere on a finding's line is asking about it, as editors send the
// cursor (not the finding's exact columns) when the user asks for fixes.
bool shares_a_line(Range a, Range b) { return a.start.line <= b.end.line && b.start.line <= a.end.line; }

Range range_of_params(const nlohmann::json& range) {
    return {{range.at("/start/line"_json_pointer).get<int>(), range.at("/start/character"_json_pointer).get<int>()},
            {range.at("/end/line"_json_pointer).get<int>(), range.at("/end/character"_json_pointer).get<int>()}};
}

}  // namespace

nlohmann::json code_actions(const RequestContext& context, const nlohmann::json& params) {
    const Range asked = range_of_params(params.at("range"));
    nlohmann::json actions = nlohmann::json::array();
    for (const Diagnostic& finding : context.analysis.report.findings) {
        if (finding.fixes.empty() || !shares_a_line(context.range_of(finding.span), asked)) continue;
        const nlohmann::json diagnostic = diagnostic_json(context, finding);
        for (std::size_t i = 0; i < finding.fixes.size(); ++i) {
            const Fix& fix = finding.fixes[i];
            nlohmann::json edit = {{"range", range_json(context.range_of(fix.span))}, {"newText", fix.replacement}};
            actions.push_back({{"title", fix.title},
                               {"kind", "quickfix"},
                               {"diagnostics", nlohmann::json::array({diagnostic})},
                               {"isPreferred", i == 0},
                               {"edit", {{"changes", {{context.uri, nlohmann::json::array({std::move(edit)})}}}}}});
        }
    }
    return actions;
}

}  // namespace warrant::lsp
