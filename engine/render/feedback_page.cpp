// A student's feedback page (compare --feedback): the same content as Markdown and as one
// self-contained HTML file (include/warrant/compare.hpp).
#include "render/label_text.hpp"
#include "text/decimal_text.hpp"
#include "warrant/analysis.hpp"
#include "warrant/compare.hpp"

#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

namespace warrant {
namespace {

struct FeedbackEntry {
    std::string text;
    std::string quote;   // the reference's words, shown as a quotation
    std::string detail;  // a second paragraph in smaller print (an explanation)
};

struct FeedbackSection {
    std::string heading;
    std::string intro;
    std::vector<FeedbackEntry> entries;
};

const std::set<std::string>& missing_codes() {
    static const std::set<std::string> codes = {"missing-claim", "missing-evidence", "missing-relation", "missing-objection"};
    return codes;
}

std::string part_sentence(const RubricPart& p) {
    static const std::map<std::string, std::string> what = {
        {"claims", "the essay's claims, thesis counted twice, each credited when it stands in its place and your text "
                   "says its point, in any words"},
        {"evidence", "the essay's evidence, each credited by its source and page and by its words"},
        {"relations", "the essay's relations, each drawn between the right points with the right kind"},
        {"dialectic", "the essay's objections, each drawn as an attack (drawn as a support it costs twice)"},
        {"wording", "the essay's points you drew, each by how close your words are to the essay's: the only part "
                    "where wording counts"}};
    return p.name + ": " + text::fixed_decimals(p.earned, 1) + " of " + text::fixed_decimals(p.possible, 1) +
           " points, for " + std::to_string(p.items) + " of " + what.at(p.name);
}

std::vector<FeedbackSection> sections_of(const Comparison& c) {
    std::vector<FeedbackSection> out;
    FeedbackSection score{"How the score was made", "", {}};
    for (const RubricPart& p : c.parts) score.entries.push_back({part_sentence(p), "", ""});
    for (const Deduction& d : c.deductions)
        if (d.code == "extra-claims")
            score.entries.push_back({"minus " + text::fixed_decimals(d.points, 1) + ": " + d.reason, "", ""});
    out.push_back(std::move(score));
    if (c.unreadable) {
        out.push_back({"Your file", "Your file could not be read, so nothing in it could be graded. Hand it in again.", {}});
        return out;
    }
    if (!c.load_errors.empty()) {
        FeedbackSection errors{"Syntax errors", "Your map has syntax errors; it was graded on what could be read around them.", {}};
        for (const Diagnostic& d : c.load_errors)
            errors.entries.push_back({"line " + std::to_string(d.span.line) + ": " + d.message, "", ""});
        out.push_back(std::move(errors));
    }
    FeedbackSection matches{"What matches", "These points of your map stand for points of the essay's argument.", {}};
    for (const NodeMatch& m : c.matches)
        matches.entries.push_back({"[" + m.student + "]" + (m.student == m.reference ? "" : " is the essay's [" + m.reference + "]"),
                                   m.reference_text, ""});
    out.push_back(std::move(matches));
    FeedbackSection missing{"What is missing", "The essay's argument has these; your map does not.", {}};
    FeedbackSection wrong{"What is drawn wrongly", "These are in your map, but not as the essay has them.", {}};
    FeedbackSection words{"Your words",
                          "Only the wording part counts these: a point said in your own words earns every other "
                          "part in full.",
                          {}};
    for (const Deduction& d : c.deductions) {
        // Under a twentieth of a point is rounding, not a mistake worth a student's attention.
        if (d.code == "extra-claims" || d.points < 0.05) continue;
        FeedbackEntry entry{d.reason + " (minus " + text::fixed_decimals(d.points, 1) + ", " + d.part + ")", d.quote,
                            ""};
        (d.code == "wording" ? words : missing_codes().count(d.code) ? missing : wrong).entries.push_back(std::move(entry));
    }
    out.push_back(std::move(missing));
    out.push_back(std::move(wrong));
    out.push_back(std::move(words));
    FeedbackSection findings{"What warrant check says about your map",
                     "Findings on your map alone, whatever the essay says, with what each one means.", {}};
    for (const Diagnostic& d : c.findings) {
        const Explanation* e = find_explanation(d.code);
        std::string detail = e ? std::string(e->meaning) + " " + std::string(e->why) + " Fix: " + std::string(e->fix) : "";
        findings.entries.push_back(
            {"line " + std::to_string(d.span.line) + ", " + d.code + " (" + std::string(to_string(d.severity)) +
                 "): " + d.message,
             "", std::move(detail)});
    }
    out.push_back(std::move(findings));
    return out;
}

std::string page_title(const Comparison& c) {
    return "Feedback on " + std::filesystem::path(c.student_file).filename().string();
}

std::string score_line(const Comparison& c) { return "Your score: " + text::fixed_decimals(c.total, 1) + " / 100"; }

// Markdown's inline markup characters, escaped so that a title is shown as written.
std::string escape_markdown(std::string_view text) {
    std::string out;
    for (char ch : text) {
        if (std::string_view("\\`*_<>#|").find(ch) != std::string_view::npos) out += '\\';
        out += ch;
    }
    return out;
}

const char* feedback_page_style =
    "body{font:17px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}"
    "h1{font-size:1.6rem;margin-bottom:.2rem}.score{font-size:1.3rem;font-weight:600}"
    "h2{font-size:1.2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}"
    "li{margin:.5rem 0}blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.7rem;border-left:3px solid #999;"
    "color:#333;font-style:italic}.detail{font-size:.9rem;color:#444;margin:.2rem 0}.none{color:#555}";

}  // namespace

std::string feedback_markdown(const Comparison& c) {
    std::string out = "# " + escape_markdown(page_title(c)) + "\n\n**" + score_line(c) + "**\n";
    for (const FeedbackSection& s : sections_of(c)) {
        out += "\n## " + s.heading + "\n\n";
        if (!s.intro.empty()) out += escape_markdown(s.intro) + "\n\n";
        if (s.entries.empty() && !s.heading.empty()) out += "Nothing here.\n";
        for (const FeedbackEntry& e : s.entries) {
            out += "- " + escape_markdown(e.text) + "\n";
            if (!e.quote.empty()) out += "\n  > " + escape_markdown(e.quote) + "\n\n";
            if (!e.detail.empty()) out += "\n  " + escape_markdown(e.detail) + "\n\n";
        }
    }
    return out;
}

std::string feedback_html(const Comparison& c) {
    using render::escape_html;
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
        escape_html(page_title(c)) + "</title>\n<style>" + feedback_page_style + "</style>\n</head>\n<body>\n<h1>" +
        escape_html(page_title(c)) + "</h1>\n<p class=\"score\">" + score_line(c) + "</p>\n";
    for (const FeedbackSection& s : sections_of(c)) {
        out += "<section>\n<h2>" + escape_html(s.heading) + "</h2>\n";
        if (!s.intro.empty()) out += "<p>" + escape_html(s.intro) + "</p>\n";
        if (s.entries.empty()) {
            out += "<p class=\"none\">Nothing here.</p>\n</section>\n";
            continue;
        }
        out += "<ul>\n";
        for (const FeedbackEntry& e : s.entries) {
            out += "<li>" + escape_html(e.text);
            if (!e.quote.empty()) out += "<blockquote>" + escape_html(e.quote) + "</blockquote>";
            if (!e.detail.empty()) out += "<p class=\"detail\">" + escape_html(e.detail) + "</p>";
            out += "</li>\n";
        }
        out += "</ul>\n</section>\n";
    }
    return out + "</body>\n</html>\n";
}

std::vector<std::string> feedback_names(const std::vector<Comparison>& comparisons) {
    std::vector<std::string> names;
    std::map<std::string, int> used;
    for (const Comparison& c : comparisons) {
        std::string stem = std::filesystem::path(c.student_file).stem().string();
        if (stem.empty()) stem = "student";
        const int n = ++used[stem];
        names.push_back(n == 1 ? stem : stem + "-" + std::to_string(n));
    }
    return names;
}

}  // namespace warrant
