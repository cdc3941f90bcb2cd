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

nlohmann::json related_information(const RequestContext& context, const Diagnostic& finding) {
    nlohmann::json related = nlohmann::json::array();
    const ArgumentMap& map = context.analysis.loaded.map;
    for (const std::string& title : finding.related) {
        const std::optional<Vertex> v = map.find(title);
        if (!v || !map.node(*v).span.known()) continue;
        related.push_back({{"location", location_json(context.uri, context.range_of(map.node(*v).span))},
                           {"message", display_name(map.node(*v))}});
    }
    return related;
}

}  // namespace

nlohmann::json diagnostic_json(const RequestContext& context, const Diagnostic& finding) {
    nlohmann::json diagnostic = {{"range", range_json(context.range_of(finding.span))},
                                 {"severity", severity_number(finding.severity)},
                                 {"code", finding.code},
                                 {"source", "warrant"},
                                 {"message", finding.message}};
    nlohmann::json related = related_information(context, finding);
    if (!related.empty()) diagnostic["relatedInformation"] = std::move(related);
    return diagnostic;
}

nlohmann::json publish_diagnostics_params(const RequestContext& context) {
    nlohmann::json diagnostics = nlohmann::json::array();
    for (const Diagnostic& finding : context.analysis.report.findings) diagnostics.push_back(diagnostic_json(context, finding));
    return {{"uri", context.uri}, {"version", context.analysis.version}, {"diagnostics", std::move(diagnostics)}};
}

}  // namespace warrant::lsp
