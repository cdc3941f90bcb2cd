// The class page of compare --feedback (engine/render/class_index_page.cpp).
#include "support/source_tree.hpp"
#include "warrant/compare.hpp"
#include "warrant/parse.hpp"

#include <doctest/doctest.h>

using namespace warrant;

namespace {

std::string phones_class_dir() { return warrant::testing::source_dir() + "/tests/data/class/phones/"; }

struct GradedPage {
    std::vector<Comparison> comparisons;
    std::string html;
};

GradedPage page_of(const std::vector<std::string>& names) {
    std::vector<LoadResult> students;
    for (const std::string& name : names) students.push_back(load_file(phones_class_dir() + name + ".argdown"));
    const LoadResult reference = load_file(phones_class_dir() + "reference.argdown");
    GradedPage page;
    page.comparisons = compare_class(students, reference.map);
    page.html = class_index_html(page.comparisons, feedback_names(page.comparisons));
    return page;
}

std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("the class page lists every student with score, status and a link to their page") {
    const GradedPage page = page_of({"amara", "dmitri", "hugo", "zoe"});
    CHECK(page.html.find("<title>The class against reference.argdown</title>") != std::string::npos);
    CHECK(page.html.find("<a href=\"amara.html\">amara.argdown</a>") != std::string::npos);
    CHECK(page.html.find("<td>syntax errors</td>") != std::string::npos);
    CHECK(page.html.find("<td>unreadable</td>") != std::string::npos);
    CHECK(page.html.find("4 students: median") != std::string::npos);
    CHECK(page.html.find("<script") == std::string::npos);
}

TEST_CASE("each point's counts link to the list of exactly those students") {
    const GradedPage page = page_of({"amara", "dmitri", "elif", "zoe"});
    // The objection: amara and elif have it, dmitri left it out, zoe's file could not be read.
    const std::string row = "<tr><td>[Emergencies]</td><td>counter-position</td>";
    const std::size_t at = page.html.find(row);
    REQUIRE(at != std::string::npos);
    const std::string cells = page.html.substr(at, page.html.find("</tr>", at) - at);
    CHECK(cells.find("<a class=\"count\" href=\"#point-9-missing\">2</a>") != std::string::npos);
    const std::size_t list = page.html.find("<div class=\"who\" id=\"point-9-missing\">");
    REQUIRE(list != std::string::npos);
    const std::string students = page.html.substr(list, page.html.find("</div>", list) - list);
    CHECK(students == "<div class=\"who\" id=\"point-9-missing\"><h3>[Emergencies]: missed it</h3><ul>"
                      "<li><a href=\"dmitri.html\">dmitri.argdown</a></li><li><a href=\"zoe.html\">zoe.argdown</a></li></ul>");
    // Elif's answer drawn as a support is drawn wrongly.
    CHECK(page.html.find("<div class=\"who\" id=\"point-10-drawn-wrongly\"><h3>[School office]: drew it wrongly</h3><ul>"
                         "<li><a href=\"elif.html\">elif.argdown</a></li></ul>") != std::string::npos);
}

TEST_CASE("the class page names the most common mistakes and check findings") {
    const GradedPage page = page_of({"amara", "dmitri", "femi", "jonas"});
    CHECK(page.html.find("<h2>The class's most common findings</h2>") != std::string::npos);
    CHECK(page.html.find("<tr><td>missing-evidence</td><td class=\"num\">3</td>") != std::string::npos);  // dmitri, femi, jonas
    CHECK(count(page.html, "<div class=\"who\"") >= 12);
}
