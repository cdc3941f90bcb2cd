// Check reports as JSON (`warrant check --format json|jsonl`).
#include "warrant/analysis.hpp"

#include <nlohmann/json.hpp>

namespace warrant {
namespace {

nlohmann::ordered_json span_json(const SourceSpan& span) {
    return {{"file", span.file}, {"line", span.line}, {"column", span.column},
            {"end_line", span.end_line}, {"end_column", span.end_column}};
}

nlohmann::ordered_json report_json(const CheckReport& report, bool with_grounding) {
    nlohmann::ordered_json findings = nlohmann::ordered_json::array();
    for (const Diagnostic& d : report.findings)
        findings.push_back({{"code", d.code}, {"severity", std::string(to_string(d.severity))}, {"message", d.message},
                            {"span", span_json(d.span)}, {"related", d.related}});
    nlohmann::ordered_json out = {
        {"file", report.file},
        {"findings", std::move(findings)},
        {"summary", {{"errors", report.count(Severity::Error)}, {"warnings", report.count(Severity::Warning)},
                     {"notes", report.count(Severity::Note)}, {"claims", report.claims},
                     {"grounded", report.grounded_claims}}},
    };
    if (with_grounding) {
        nlohmann::ordered_json grounding = nlohmann::ordered_json::object();
        for (const auto& [title, grounded] : report.claim_grounding) grounding[title] = grounded;
        out["grounding"] = std::move(grounding);
    }
    return out;
}

}  // namespace

std::string check_report_json(const CheckReport& report, bool with_grounding) {
    // Replace, not throw, on invalid UTF-8: bad input never crashes the report.
    return report_json(report, with_grounding).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string check_reports_json(const std::vector<CheckReport>& reports, bool with_grounding) {
    nlohmann::ordered_json files = nlohmann::ordered_json::array();
    for (const CheckReport& report : reports) files.push_back(report_json(report, with_grounding));
    nlohmann::ordered_json out = {{"warrant", 1}, {"files", std::move(files)}};
    return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace warrant
