#include "lsp/diagnostics_json.hpp"

namespace warrant::lsp {
namespace {

// LSP: 1 error, 2 warning, 3 information, 4 hint.
int severity_number(Severity severity) {
    switch (severity) {
    case Severity::Error: return 1;
    case Severity::Warning: return 2;
    case Severity::Note: return 3;
    }
    return 3;
}

// The other places a finding names. The statement the finding stands on is left out: an
// editor already shows it under the squiggle, and on a large map those self-references were
// most of what was sent.
nlohmann::json related_information(const RequestContext& context, const Diagnostic& finding, Range own_range) {
    nlohmann::json related = nlohmann::json::array();
    const ArgumentMap& map = context.analysis.loaded.map;
    for (const std::string& title : finding.related) {
        const std::optional<Vertex> v = map.find(title);
        if (!v || !map.node(*v).span.known()) continue;
        const Range range = context.range_of(map.node(*v).span);
        if (range == own_range) continue;
        related.push_back({{"location", location_json(context.uri, range)}, {"message", display_name(map.node(*v))}});
    }
    return related;
}

}  // namespace

nlohmann::json diagnostic_json(const RequestContext& context, const Diagnostic& finding) {
    const Range range = context.range_of(finding.span);
    nlohmann::json diagnostic = {{"range", range_json(range)},
                                 {"severity", severity_number(finding.severity)},
                                 {"code", finding.code},
                                 {"source", "warrant"},
                                 {"message", finding.message}};
    nlohmann::json related = related_information(context, finding, range);
    if (!related.empty()) diagnostic["relatedInformation"] = std::move(related);
    return diagnostic;
}

nlohmann::json publish_diagnostics_params(const RequestContext& context) {
    nlohmann::json diagnostics = nlohmann::json::array();
    for (const Diagnostic& finding : context.analysis.report.findings) diagnostics.push_back(diagnostic_json(context, finding));
    return {{"uri", context.uri}, {"version", context.analysis.version}, {"diagnostics", std::move(diagnostics)}};
}

}  // namespace warrant::lsp
