// Comparison reports as text, JSON and CSV, for one student or a whole class.
#include "warrant/compare.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace warrant {
namespace {

double rounded(double value) { return std::round(value * 1000.0) / 1000.0; }

std::string fixed(double value, int decimals) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

std::string relation_text(const RelationDifference& d, EdgeKind kind) {
    return "[" + d.from + "] -" + std::string(to_string(kind)) + "-> [" + d.to + "]";
}

std::string category_line(const char* name, const CategoryScore& s) {
    std::string line = std::string("  ") + name + std::string(11 - std::string_view(name).size(), ' ');
    if (!s.counted) return line + "none in either map (not graded)\n";
    return line + "P " + fixed(s.precision, 2) + "  R " + fixed(s.recall, 2) + "  F1 " + fixed(s.f1, 2) + "  (" +
           std::to_string(s.matched) + " matched; " + std::to_string(s.student) + " drawn, " +
           std::to_string(s.reference) + " in the reference)\n";
}

std::string citation_text(const std::string& source, const std::string& page) {
    if (source.empty() && page.empty()) return "nothing";
    return (source.empty() ? std::string("?") : source) + (page.empty() ? std::string() : ", page " + page);
}

void list_titles(std::string& out, const char* heading, const std::vector<std::string>& titles) {
    if (titles.empty()) return;
    out += std::string("  ") + heading + ":\n";
    for (const std::string& title : titles) out += "    [" + title + "]\n";
}

void list_relations(std::string& out, const char* heading, const std::vector<RelationDifference>& relations,
                    const char* node_note) {
    if (relations.empty()) return;
    out += std::string("  ") + heading + ":\n";
    for (const RelationDifference& d : relations)
        out += "    " + relation_text(d, d.kind) + (d.ends_matched ? "" : node_note) + "\n";
}

std::string student_block(const Comparison& c) {
    std::string out = c.student_file + " against " + c.reference_file + ": " + fixed(c.total, 1) + " / 100\n";
    out += category_line("claims", c.claims);
    out += category_line("evidence", c.evidence);
    out += category_line("relations", c.relations);
    list_titles(out, "missing claims", c.missing_claims);
    list_titles(out, "extra claims", c.extra_claims);
    list_titles(out, "missing evidence", c.missing_evidence);
    list_titles(out, "extra evidence", c.extra_evidence);
    if (!c.wrong_kind.empty()) {
        out += "  wrong kind:\n";
        for (const RelationDifference& d : c.wrong_kind)
            out += "    " + relation_text(d, d.kind) + " drawn as " + std::string(to_string(d.student_kind)) + "\n";
    }
    if (!c.citation_differences.empty()) {
        out += "  citation differs:\n";
        for (const CitationDifference& d : c.citation_differences)
            out += "    [" + d.reference + "] cites " + citation_text(d.reference_source, d.reference_page) +
                   ", drawn citing " + citation_text(d.student_source, d.student_page) + "\n";
    }
    list_relations(out, "missing relations", c.missing_relations, "  (with the missing node)");
    list_relations(out, "extra relations", c.extra_relations, "  (with the extra node)");
    bool heading = false;
    for (const NodeMatch& match : c.matches) {
        if (match.method == MatchMethod::Title) continue;
        if (!heading) out += "  matched by " + std::string("text or citation") + ":\n";
        heading = true;
        out += "    [" + match.student + "] ~ [" + match.reference + "] (" + std::string(to_string(match.method)) +
               (match.method == MatchMethod::Text ? " " + fixed(match.similarity, 2) : "") + ")\n";
    }
    return out;
}

std::string ranking(const std::vector<Comparison>& comparisons) {
    std::vector<const Comparison*> order;
    for (const Comparison& c : comparisons) order.push_back(&c);
    std::stable_sort(order.begin(), order.end(), [](const Comparison* a, const Comparison* b) { return a->total > b->total; });
    std::size_t width = 7;
    for (const Comparison* c : order) width = std::max(width, c->student_file.size());
    std::string out = "student" + std::string(width - 7, ' ') + "   total  claims  evidence  relations\n";
    for (const Comparison* c : order) {
        auto f1 = [](const CategoryScore& s) { return s.counted ? fixed(s.f1, 2) : std::string("-"); };
        char row[160];
        std::snprintf(row, sizeof row, "%6s  %6s  %8s  %9s\n", fixed(c->total, 1).c_str(), f1(c->claims).c_str(),
                      f1(c->evidence).c_str(), f1(c->relations).c_str());
        out += c->student_file + std::string(width - c->student_file.size(), ' ') + "  " + row;
    }
    return out;
}

nlohmann::ordered_json score_json(const CategoryScore& s) {
    return {{"precision", rounded(s.precision)}, {"recall", rounded(s.recall)}, {"f1", rounded(s.f1)},
            {"matched", s.matched}, {"student", s.student}, {"reference", s.reference}, {"graded", s.counted}};
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
    nlohmann::ordered_json matches = nlohmann::ordered_json::array();
    for (const NodeMatch& m : c.matches)
        matches.push_back({{"student", m.student}, {"reference", m.reference}, {"method", to_string(m.method)},
                           {"similarity", rounded(m.similarity)}});
    nlohmann::ordered_json citations = nlohmann::ordered_json::array();
    for (const CitationDifference& d : c.citation_differences)
        citations.push_back({{"reference", d.reference}, {"student", d.student},
                             {"reference_source", d.reference_source}, {"reference_page", d.reference_page},
                             {"student_source", d.student_source}, {"student_page", d.student_page}});
    return {{"student", c.student_file},
            {"total", rounded(c.total)},
            {"claims", score_json(c.claims)},
            {"evidence", score_json(c.evidence)},
            {"relations", score_json(c.relations)},
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

std::string csv_field(const std::string& value) {
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string out = "\"";
    for (char c : value) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

}  // namespace

std::string comparison_text(const std::vector<Comparison>& comparisons) {
    std::string out;
    for (const Comparison& c : comparisons) out += (out.empty() ? "" : "\n") + student_block(c);
    if (comparisons.size() > 1) out += "\n" + ranking(comparisons);
    return out;
}

std::string comparison_json(const std::vector<Comparison>& comparisons, const CompareOptions& options) {
    nlohmann::ordered_json students = nlohmann::ordered_json::array();
    for (const Comparison& c : comparisons) students.push_back(comparison_object(c));
    nlohmann::ordered_json out = {
        {"reference", comparisons.empty() ? std::string() : comparisons.front().reference_file},
        {"weights", {{"claims", options.weights.claims}, {"evidence", options.weights.evidence},
                     {"relations", options.weights.relations}}},
        {"text_threshold", options.text_threshold},
        {"students", std::move(students)}};
    return out.dump(2) + "\n";
}

std::string comparison_csv(const std::vector<Comparison>& comparisons) {
    std::string out =
        "student,reference,total,claims_precision,claims_recall,claims_f1,evidence_precision,evidence_recall,"
        "evidence_f1,relations_precision,relations_recall,relations_f1,missing_claims,extra_claims,"
        "missing_evidence,extra_evidence,wrong_kind,citation_differences,missing_relations,extra_relations\r\n";
    for (const Comparison& c : comparisons) {
        std::string row = csv_field(c.student_file) + "," + csv_field(c.reference_file) + "," + fixed(c.total, 1);
        for (const CategoryScore* s : {&c.claims, &c.evidence, &c.relations})
            row += "," + fixed(s->precision, 3) + "," + fixed(s->recall, 3) + "," + fixed(s->f1, 3);
        for (std::size_t count : {c.missing_claims.size(), c.extra_claims.size(), c.missing_evidence.size(),
                                  c.extra_evidence.size(), c.wrong_kind.size(), c.citation_differences.size(),
                                  c.missing_relations.size(),
                                  c.extra_relations.size()})
            row += "," + std::to_string(count);
        out += row + "\r\n";
    }
    return out;
}

}  // namespace warrant
