// Check reports as JSON (`warrant check --format json|jsonl`), streamed through JsonWriter: a
// report of a large map holds hundreds of thousands of findings, and building a document tree
// of them first took four times as long as the check and three times its memory. It lives with
// the other writers, above the analyses whose results it writes.
#include "formats/json_runs.hpp"
#include "formats/json_writer.hpp"
#include "warrant/analysis.hpp"

#include <ostream>
#include <sstream>

namespace warrant {
namespace {

using formats::JsonWriter;

void write_finding(JsonWriter& json, const Diagnostic& d) {
    json.begin_object().key("code").value(d.code).key("severity").value(to_string(d.severity));
    json.key("message").value(d.message);
    json.key("span").begin_object().key("file").value(d.span.file.str()).key("line").value(d.span.line);
    json.key("column").value(d.span.column).key("end_line").value(d.span.end_line);
    json.key("end_column").value(d.span.end_column).end_object();
    json.key("related").string_array(d.related);
    json.end_object();
}

void write_report(JsonWriter& json, const CheckReport& report, bool with_grounding) {
    json.begin_object().key("file").value(report.file);
    json.key("findings").begin_array();
    formats::write_array_items(json, report.findings.begin(), report.findings.end(), write_finding);
    json.end_array();
    json.key("summary").begin_object();
    json.key("errors").value(report.count(Severity::Error)).key("warnings").value(report.count(Severity::Warning));
    json.key("notes").value(report.count(Severity::Note)).key("claims").value(report.claims);
    json.key("grounded").value(report.grounded_claims).end_object();
    if (with_grounding) {
        json.key("grounding").begin_object();
        for (const auto& [title, grounded] : report.claim_grounding) json.key(title).value(grounded);
        json.end_object();
    }
    json.end_object();
}

}  // namespace

void write_check_report_json(std::ostream& out, const CheckReport& report, bool with_grounding) {
    JsonWriter json(out, 0);
    write_report(json, report, with_grounding);
    json.newline_at_end();
    json.finish();
}

void write_check_reports_json(std::ostream& out, const std::vector<CheckReport>& reports, bool with_grounding) {
    JsonWriter json(out, 2);
    json.begin_object().key("warrant").value(1).key("files").begin_array();
    for (const CheckReport& report : reports) write_report(json, report, with_grounding);
    json.end_array().end_object();
    json.newline_at_end();
    json.finish();
}

std::string check_report_json(const CheckReport& report, bool with_grounding) {
    std::ostringstream out;
    write_check_report_json(out, report, with_grounding);
    return out.str();
}

std::string check_reports_json(const std::vector<CheckReport>& reports, bool with_grounding) {
    std::ostringstream out;
    write_check_reports_json(out, reports, with_grounding);
    return out.str();
}

}  // namespace warrant
