// The class page of compare --feedback: the whole class at a glance, linking to each student's
// feedback page (include/warrant/compare.hpp).
#include "render/label_text.hpp"
#include "text/decimal_text.hpp"
#include "warrant/analysis.hpp"
#include "warrant/compare.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

namespace warrant {
namespace {

using render::escape_html;

std::string status_of(const Comparison& c) {
    if (c.unreadable) return "unreadable";
    return c.load_errors.empty() ? "ok" : "syntax errors";
}

// Students by index, for one outcome of one reference point.
struct PointRow {
    std::string title;
    NodeKind kind = NodeKind::Claim;
    std::array<std::vector<std::size_t>, 3> students;  // by PointOutcome
};

// The reference's points in its order (from the first student that was read), and who drew
// each how. A student whose file could not be read missed every point.
std::vector<PointRow> point_rows(const std::vector<Comparison>& comparisons) {
    std::vector<PointRow> rows;
    for (const Comparison& c : comparisons)
        if (!c.points.empty()) {
            for (const ReferencePoint& p : c.points) rows.push_back({p.reference, p.kind, {}});
            break;
        }
    for (std::size_t i = 0; i < comparisons.size(); ++i) {
        const Comparison& c = comparisons[i];
        for (std::size_t p = 0; p < rows.size(); ++p) {
            const PointOutcome outcome = p < c.points.size() ? c.points[p].outcome : PointOutcome::Missing;
            rows[p].students[static_cast<int>(outcome)].push_back(i);
        }
    }
    return rows;
}

std::string student_link(const std::vector<Comparison>& comparisons, const std::vector<std::string>& names, std::size_t i) {
    return "<a href=\"" + escape_html(names[i]) + ".html\">" +
           escape_html(std::filesystem::path(comparisons[i].student_file).filename().string()) + "</a>";
}

// The rubric's parts, from the first student whose map was read (an unreadable one has none).
const std::vector<RubricPart>& rubric_of(const std::vector<Comparison>& comparisons) {
    for (const Comparison& c : comparisons)
        if (!c.parts.empty()) return c.parts;
    return comparisons.front().parts;
}

std::string students_table(const std::vector<Comparison>& comparisons, const std::vector<std::string>& names) {
    const std::vector<RubricPart>& rubric = rubric_of(comparisons);
    std::string out = "<section id=\"students\">\n<h2>Students</h2>\n<table>\n<thead><tr><th>Student</th><th class=\"num\">Score</th>"
                      "<th>Status</th>";
    for (const RubricPart& p : rubric) out += "<th class=\"num\">" + escape_html(p.name) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < comparisons.size(); ++i) {
        const Comparison& c = comparisons[i];
        out += "<tr id=\"student-" + escape_html(names[i]) + "\"><td>" + student_link(comparisons, names, i) +
               "</td><td class=\"num\">" + text::fixed_decimals(c.total, 1) + "</td><td>" + status_of(c) + "</td>";
        for (const RubricPart& p : rubric) {
            const RubricPart* own = c.part(p.name);
            out += "<td class=\"num\">" + (own ? text::fixed_decimals(own->earned, 1) : std::string("0.0")) + "</td>";
        }
        out += "</tr>\n";
    }
    return out + "</tbody>\n</table>\n</section>\n";
}

// Ten bands of ten points (the last one 90 to 100), each a bar as wide as its share.
std::string distribution(const std::vector<Comparison>& comparisons) {
    std::array<int, 10> bands{};
    std::vector<double> totals;
    for (const Comparison& c : comparisons) {
        ++bands[std::min(9, static_cast<int>(c.total / 10))];
        totals.push_back(c.total);
    }
    std::sort(totals.begin(), totals.end());
    const std::size_t n = totals.size();
    const double median = n % 2 ? totals[n / 2] : (totals[n / 2 - 1] + totals[n / 2]) / 2;
    double sum = 0;
    for (double t : totals) sum += t;
    const int most = *std::max_element(bands.begin(), bands.end());
    std::string out = "<section id=\"distribution\">\n<h2>Scores</h2>\n<p>" + std::to_string(n) + " student" +
                      (n == 1 ? "" : "s") + ": median " + text::fixed_decimals(median, 1) + ", mean " +
                      text::fixed_decimals(sum / n, 1) + ", lowest " + text::fixed_decimals(totals.front(), 1) +
                      ", highest " + text::fixed_decimals(totals.back(), 1) + ".</p>\n<table class=\"bars\">\n";
    for (int band = 9; band >= 0; --band) {
        const std::string range = std::to_string(band * 10) + "–" + std::to_string(band == 9 ? 100 : band * 10 + 9);
        const int width = most ? bands[band] * 100 / most : 0;
        out += "<tr><th>" + range + "</th><td><span class=\"bar\" style=\"width:" + std::to_string(width) +
               "%\"></span></td><td class=\"num\">" + std::to_string(bands[band]) + "</td></tr>\n";
    }
    return out + "</table>\n</section>\n";
}

const std::array<const char*, 3> outcome_words = {"have it", "missed it", "drew it wrongly"};

std::string list_id(std::size_t point, int outcome) {
    return "point-" + std::to_string(point + 1) + "-" + std::string(to_string(static_cast<PointOutcome>(outcome)));
}

std::string points_table(const std::vector<PointRow>& rows) {
    std::string out = "<section id=\"points\">\n<h2>The essay's points</h2>\n<p>For each point of the reference map, how "
                      "many students have it, missed it or drew it wrongly (a vague text, a wrong citation, or a "
                      "relation missing or of the wrong kind). Each count links to those students.</p>\n<table>\n"
                      "<thead><tr><th>Point</th><th>Kind</th>";
    for (const char* words : outcome_words) out += std::string("<th class=\"num\">") + words + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (std::size_t p = 0; p < rows.size(); ++p) {
        out += "<tr><td>" + escape_html(display_name(rows[p].kind, rows[p].title)) + "</td><td>" +
               std::string(to_string(rows[p].kind)) + "</td>";
        for (int o = 0; o < 3; ++o) {
            const std::size_t count = rows[p].students[o].size();
            out += "<td class=\"num\">" +
                   (count ? "<a class=\"count\" href=\"#" + list_id(p, o) + "\">" + std::to_string(count) + "</a>"
                          : std::string("0")) +
                   "</td>";
        }
        out += "</tr>\n";
    }
    return out + "</tbody>\n</table>\n</section>\n";
}

// The students behind every count: what the counts link to.
std::string point_lists(const std::vector<PointRow>& rows, const std::vector<Comparison>& comparisons,
                        const std::vector<std::string>& names) {
    std::string out = "<section id=\"who\">\n<h2>Who has which point</h2>\n";
    for (std::size_t p = 0; p < rows.size(); ++p)
        for (int o = 0; o < 3; ++o) {
            if (rows[p].students[o].empty()) continue;
            out += "<div class=\"who\" id=\"" + list_id(p, o) + "\"><h3>" + escape_html(display_name(rows[p].kind, rows[p].title)) +
                   ": " + outcome_words[o] + "</h3><ul>";
            for (std::size_t i : rows[p].students[o]) out += "<li>" + student_link(comparisons, names, i) + "</li>";
            out += "</ul></div>\n";
        }
    return out + "</section>\n";
}

std::string common_findings(const std::vector<Comparison>& comparisons) {
    struct Tally {
        std::set<std::size_t> students;
        double points = 0;
    };
    std::map<std::string, Tally> mistakes, findings;
    for (std::size_t i = 0; i < comparisons.size(); ++i) {
        for (const Deduction& d : comparisons[i].deductions)
            if (d.points >= 0.05) mistakes[d.code].students.insert(i), mistakes[d.code].points += d.points;
        for (const Diagnostic& d : comparisons[i].findings) findings[d.code].students.insert(i);
    }
    auto ranked = [](const std::map<std::string, Tally>& tallies) {
        std::vector<std::pair<std::string, Tally>> out(tallies.begin(), tallies.end());
        std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
            return a.second.students.size() != b.second.students.size() ? a.second.students.size() > b.second.students.size()
                                                                         : a.second.points > b.second.points;
        });
        if (out.size() > 10) out.resize(10);
        return out;
    };
    std::string out = "<section id=\"findings\">\n<h2>The class's most common findings</h2>\n<h3>Points lost</h3>\n<table>\n"
                      "<thead><tr><th>Mistake</th><th class=\"num\">Students</th><th class=\"num\">Points lost, all "
                      "students</th></tr></thead>\n<tbody>\n";
    for (const auto& [code, tally] : ranked(mistakes))
        out += "<tr><td>" + escape_html(code) + "</td><td class=\"num\">" + std::to_string(tally.students.size()) +
               "</td><td class=\"num\">" + text::fixed_decimals(tally.points, 1) + "</td></tr>\n";
    out += "</tbody>\n</table>\n<h3>What <code>warrant check</code> says about the students' maps</h3>\n<table>\n"
           "<thead><tr><th>Finding</th><th class=\"num\">Students</th></tr></thead>\n<tbody>\n";
    for (const auto& [code, tally] : ranked(findings)) {
        const Explanation* e = find_explanation(code);
        out += "<tr><td>" + escape_html(code) + (e ? " " + escape_html(e->title) : std::string()) + "</td><td class=\"num\">" +
               std::to_string(tally.students.size()) + "</td></tr>\n";
    }
    return out + "</tbody>\n</table>\n</section>\n";
}

const char* class_page_style =
    "body{font:16px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}"
    "h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;border-bottom:1px solid #bbb;margin-top:2rem}"
    "h3{font-size:1rem;margin:1rem 0 .3rem}table{border-collapse:collapse;width:100%}"
    "th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}"
    ".num{text-align:right;font-variant-numeric:tabular-nums}a{color:#0645ad}"
    ".bars th{width:5rem;font-weight:normal}.bars td:nth-child(2){width:80%}"
    ".bar{display:inline-block;height:1rem;background:#3d6fb4;print-color-adjust:exact;-webkit-print-color-adjust:"
    "exact}"
    ".who ul{margin:.2rem 0 .8rem;padding-left:1.2rem;columns:3}.who:target{background:#fff3c4}"
    "@media print{body{margin:0;max-width:none;font-size:11pt}section{break-inside:auto}"
    "tr,.who{break-inside:avoid}h2{break-after:avoid}a{color:inherit;text-decoration:none}}"
    "@page{size:A4;margin:15mm}";

}  // namespace

std::string class_index_html(const std::vector<Comparison>& comparisons, const std::vector<std::string>& names) {
    std::string reference;
    for (const Comparison& c : comparisons)
        if (!c.reference_file.empty()) reference = std::filesystem::path(c.reference_file).filename().string();
    const std::string title = "The class against " + (reference.empty() ? std::string("the reference") : reference);
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
        escape_html(title) + "</title>\n<style>" + class_page_style + "</style>\n</head>\n<body>\n<h1>" +
        escape_html(title) + "</h1>\n";
    if (comparisons.empty()) return out + "<p>No student was graded.</p>\n</body>\n</html>\n";
    const std::vector<PointRow> rows = point_rows(comparisons);
    out += students_table(comparisons, names) + distribution(comparisons) + points_table(rows) +
           common_findings(comparisons) + point_lists(rows, comparisons, names);
    return out + "</body>\n</html>\n";
}

}  // namespace warrant
