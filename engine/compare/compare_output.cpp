// Comparison reports as text, JSON and CSV, for one student or a whole class.
#include "compare/compare_grading.hpp"
#include "text/decimal_text.hpp"
#include "warrant/compare.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace warrant {
namespace {

double rounded(double value) { return std::round(value * 1000.0) / 1000.0; }

constexpr const char* part_names[] = {"claims", "evidence", "relations", "dialectic", "wording"};

std::string status_of(const Comparison& c) {
    if (c.unreadable) return "unreadable";
    return c.load_errors.empty() ? "ok" : "syntax-errors";
}

std::string part_line(const Comparison& c, const char* name) {
    const RubricPart* p = c.part(name);
    std::string line = std::string("  ") + name + std::string(11 - std::string_view(name).size(), ' ');
    if (!p) return line + "not graded (the reference has none)\n";
    return line + text::fixed_decimals(p->earned, 1) + " of " + text::fixed_decimals(p->possible, 1) + "  (" +
           std::to_string(p->items) + " in the reference)\n";
}

std::string student_block(const Comparison& c) {
    std::string out =
        c.student_file + " against " + c.reference_file + ": " + text::fixed_decimals(c.total, 1) + " / 100\n";
    if (c.unreadable) return out + "  the file could not be read: graded 0\n";
    if (!c.load_errors.empty())
        out += "  " + std::to_string(c.load_errors.size()) + " syntax error" + (c.load_errors.size() == 1 ? "" : "s") +
               ": graded on what loaded (first: line " + std::to_string(c.load_errors.front().span.line) + ", " +
               c.load_errors.front().message + ")\n";
    for (const char* name : part_names) out += part_line(c, name);
    if (!c.deductions.empty()) out += "  deductions:\n";
    for (const Deduction& d : c.deductions)
        if (d.points >= 0.05)
            out += "    -" + text::fixed_decimals(d.points, 1) + " " + d.part + ": " + d.reason + "\n";
    bool heading = false;
    for (const NodeMatch& match : c.matches) {
        if (match.method == MatchMethod::Title) continue;
        if (!heading) out += "  matched by text or citation:\n";
        heading = true;
        out += "    [" + match.student + "] ~ [" + match.reference + "] (" + std::string(to_string(match.method)) +
               " " + text::fixed_decimals(match.similarity, 2) + ")\n";
    }
    return out;
}

std::string part_cell(const Comparison& c, const char* name) {
    const RubricPart* p = c.part(name);
    return p ? text::fixed_decimals(p->earned, 1) : std::string("-");
}

std::string ranking(const std::vector<Comparison>& comparisons) {
    std::vector<const Comparison*> order;
    for (const Comparison& c : comparisons) order.push_back(&c);
    std::stable_sort(order.begin(), order.end(), [](const Comparison* a, const Comparison* b) { return a->total > b->total; });
    std::size_t width = 7;
    for (const Comparison* c : order) width = std::max(width, c->student_file.size());
    std::string out = "student" + std::string(width - 7, ' ') + "   total  claims  evidence  relations  dialectic  wording\n";
    for (const Comparison* c : order) {
        char row[200];
        std::snprintf(row, sizeof row, "%6s  %6s  %8s  %9s  %9s  %7s%s\n", text::fixed_decimals(c->total, 1).c_str(),
                      part_cell(*c, "claims").c_str(), part_cell(*c, "evidence").c_str(),
                      part_cell(*c, "relations").c_str(), part_cell(*c, "dialectic").c_str(),
                      part_cell(*c, "wording").c_str(),
                      status_of(*c) == "ok" ? "" : ("  (" + status_of(*c) + ")").c_str());
        out += c->student_file + std::string(width - c->student_file.size(), ' ') + "  " + row;
    }
    return out;
}

nlohmann::ordered_json relations_json(const std::vector<RelationDifference>& relations, bool with_student_kind) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const RelationDifference& d : relations) {
        nlohmann::ordered_json r = {{"from", d.from}, {"to", d.to}, {"kind", to_string(d.kind)}};
        if (with_student_kind)
            r["student_kind"] = to_string(d.student_kind);
        else
            r["ends_matched"] = d.ends_matched;
        out.push_back(std::move(r));
    }
    return out;
}

nlohmann::ordered_json comparison_object(const Comparison& c) {
    nlohmann::ordered_json parts = nlohmann::ordered_json::object();
    for (const RubricPart& p : c.parts)
        parts[p.name] = {{"earned", rounded(p.earned)}, {"possible", rounded(p.possible)}, {"items", p.items}};
    nlohmann::ordered_json deductions = nlohmann::ordered_json::array();
    for (const Deduction& d : c.deductions)
        deductions.push_back({{"part", d.part}, {"code", d.code}, {"points", rounded(d.points)}, {"reason", d.reason},
                              {"reference", d.reference}, {"student", d.student}});
    nlohmann::ordered_json matches = nlohmann::ordered_json::array();
    for (const NodeMatch& m : c.matches)
        matches.push_back({{"student", m.student}, {"reference", m.reference}, {"method", to_string(m.method)},
                           {"similarity", rounded(m.similarity)}, {"fidelity", rounded(m.fidelity)}});
    nlohmann::ordered_json errors = nlohmann::ordered_json::array();
    for (const Diagnostic& d : c.load_errors)
        errors.push_back({{"code", d.code}, {"line", d.span.line}, {"column", d.span.column}, {"message", d.message}});
    nlohmann::ordered_json citations = nlohmann::ordered_json::array();
    for (const CitationDifference& d : c.citation_differences)
        citations.push_back({{"reference", d.reference}, {"student", d.student},
                             {"reference_source", d.reference_source}, {"reference_page", d.reference_page},
                             {"student_source", d.student_source}, {"student_page", d.student_page}});
    return {{"student", c.student_file},
            {"status", status_of(c)},
            {"total", rounded(c.total)},
            {"parts", std::move(parts)},
            {"deductions", std::move(deductions)},
            {"load_errors", std::move(errors)},
            {"missing_claims", c.missing_claims},
            {"extra_claims", c.extra_claims},
            {"missing_evidence", c.missing_evidence},
            {"extra_evidence", c.extra_evidence},
            {"wrong_kind", relations_json(c.wrong_kind, true)},
            {"citation_differences", std::move(citations)},
            {"missing_relations", relations_json(c.missing_relations, false)},
            {"extra_relations", relations_json(c.extra_relations, false)},
            {"matches", std::move(matches)}};
}

}  // namespace

namespace grading {

std::string csv_field(const std::string& value) {
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string out = "\"";
    for (char c : value) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

}  // namespace grading

using grading::csv_field;

std::string comparison_text(const std::vector<Comparison>& comparisons) {
    std::string out;
    for (const Comparison& c : comparisons) out += (out.empty() ? "" : "\n") + student_block(c);
    if (comparisons.size() > 1) out += "\n" + ranking(comparisons);
    return out;
}

std::string comparison_json(const std::vector<Comparison>& comparisons, const CompareOptions& options) {
    nlohmann::ordered_json students = nlohmann::ordered_json::array();
    for (const Comparison& c : comparisons) students.push_back(comparison_object(c));
    const CompareWeights& w = options.weights;
    nlohmann::ordered_json out = {
        {"reference", comparisons.empty() ? std::string() : comparisons.front().reference_file},
        {"weights",
         {{"claims", w.claims}, {"evidence", w.evidence}, {"relations", w.relations}, {"dialectic", w.dialectic},
          {"wording", w.wording}}},
        {"students", std::move(students)}};
    return out.dump(2) + "\n";
}

std::string comparison_csv(const std::vector<Comparison>& comparisons) {
    std::string out =
        "student,reference,status,total,claims,evidence,relations,dialectic,wording,syntax_errors,missing_claims,"
        "missing_evidence,citation_differences,wrong_kind,missing_relations,extra_claims,first_error\r\n";
    for (const Comparison& c : comparisons) {
        std::string row = csv_field(c.student_file) + "," + csv_field(c.reference_file) + "," + status_of(c) + "," +
                          text::fixed_decimals(c.total, 1);
        for (const char* name : part_names)
            row += "," + (c.part(name) ? text::fixed_decimals(c.part(name)->earned, 1) : std::string());
        for (std::size_t count : {c.load_errors.size(), c.missing_claims.size(), c.missing_evidence.size(),
                                  c.citation_differences.size(), c.wrong_kind.size(), c.missing_relations.size(),
                                  c.extra_claims.size()})
            row += "," + std::to_string(count);
        std::string first_error = c.unreadable ? "could not read the file" : "";
        if (!c.load_errors.empty())
            first_error = "line " + std::to_string(c.load_errors.front().span.line) + ": " + c.load_errors.front().message;
        out += row + "," + csv_field(first_error) + "\r\n";
    }
    return out;
}

}  // namespace warrant
