// Gradebook files for Moodle's and Canvas's CSV grade imports, and the one-paragraph summary
// a gradebook shows as feedback (include/warrant/compare.hpp).
#include "compare/compare_grading.hpp"
#include "text/decimal_text.hpp"
#include "warrant/compare.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>

namespace warrant {
namespace {

using grading::csv_field;

std::string csv_row(const std::vector<std::string>& cells) {
    std::string out;
    for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csv_field(cells[i]);
    return out + "\r\n";
}

// The roster's line for a student, or one made from the file name when the roster lacks it.
RosterEntry student_of(const Comparison& c, const Roster& roster) {
    if (const RosterEntry* entry = roster.find(c.student_file)) return *entry;
    RosterEntry entry;
    entry.file = c.student_file;
    entry.name = std::filesystem::path(c.student_file).stem().string();
    return entry;
}

std::string grade(const Comparison& c, const GradebookOptions& options) {
    return text::fixed_decimals(c.total * options.points / 100.0, 1);
}

// The deductions of one kind of problem added up, largest first: what the summary names.
std::vector<std::pair<std::string, double>> largest_losses(const Comparison& c) {
    static const std::map<std::string, std::string> what = {
        {"missing-claim", "missing points of the argument"},   {"missing-evidence", "missing evidence"},
        {"missing-relation", "missing relations"},              {"missing-objection", "the objection and its answer"},
        {"vague-text", "vague texts"},                          {"wrong-page", "wrong pages"},
        {"missing-page", "missing pages"},                      {"missing-source", "wrong or missing sources"},
        {"wrong-kind", "relations of the wrong kind"},          {"attack-as-support", "an objection drawn as a reason"},
        {"support-as-attack", "a reason drawn as an objection"}, {"unsure-relation", "relations between unclear points"},
        {"extra-claims", "points that are not in the essay"},   {"wording", "wording"}};
    std::map<std::string, double> sums;
    for (const Deduction& d : c.deductions) {
        auto it = what.find(d.code);
        sums[it == what.end() ? d.code : it->second] += d.points;
    }
    std::vector<std::pair<std::string, double>> out(sums.begin(), sums.end());
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    while (!out.empty() && out.back().second < 0.5) out.pop_back();
    if (out.size() > 3) out.resize(3);
    return out;
}

}  // namespace

std::string feedback_summary(const Comparison& c) {
    std::string out = "Score " + text::fixed_decimals(c.total, 1) + " of 100";
    if (c.unreadable) return out + ": the map file could not be read, so nothing in it could be graded. Hand it in again.";
    out += " (";
    for (std::size_t i = 0; i < c.parts.size(); ++i)
        out += (i ? ", " : "") + c.parts[i].name + " " + text::fixed_decimals(c.parts[i].earned, 1) + "/" +
               text::fixed_decimals(c.parts[i].possible, 1);
    out += ").";
    if (!c.load_errors.empty())
        out += " The map has " + std::to_string(c.load_errors.size()) + " syntax error" +
               (c.load_errors.size() == 1 ? "" : "s") + " (first on line " + std::to_string(c.load_errors.front().span.line) +
               "); it was graded on what could be read.";
    const auto losses = largest_losses(c);
    if (losses.empty()) return out + " Every point of the essay's argument is there, drawn as the essay has it.";
    out += " Most points were lost for ";
    for (std::size_t i = 0; i < losses.size(); ++i)
        out += std::string(i == 0 ? "" : i + 1 == losses.size() ? " and " : ", ") + losses[i].first + " (" +
               text::fixed_decimals(losses[i].second, 1) + ")";
    return out + ". The feedback page lists each one.";
}

std::string comparison_moodle(const std::vector<Comparison>& comparisons, const Roster& roster,
                              const GradebookOptions& options) {
    std::string out = csv_row({"Full name", "ID number", "Email address", options.assignment, "Feedback"});
    for (const Comparison& c : comparisons) {
        const RosterEntry s = student_of(c, roster);
        out += csv_row({s.name, s.id, s.email, grade(c, options), feedback_summary(c)});
    }
    return out;
}

std::string comparison_canvas(const std::vector<Comparison>& comparisons, const Roster& roster,
                              const GradebookOptions& options) {
    std::string out = csv_row({"Student", "ID", "SIS User ID", "SIS Login ID", "Section", options.assignment});
    out += csv_row({"Points Possible", "", "", "", "", text::fixed_decimals(options.points, 1)});
    for (const Comparison& c : comparisons) {
        const RosterEntry s = student_of(c, roster);
        out += csv_row({s.name, s.id, s.sis_user_id, s.sis_login_id, s.section, grade(c, options)});
    }
    return out;
}

}  // namespace warrant
