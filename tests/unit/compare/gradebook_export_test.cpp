// Gradebook files for Moodle and Canvas (engine/compare/gradebook_export.cpp), golden files
// of the phones class with its roster, and the rules each importer needs.
#include "render/golden_file.hpp"
#include "support/run_warrant.hpp"
#include "support/source_tree.hpp"
#include "warrant/compare.hpp"
#include "warrant/parse.hpp"

#include <doctest/doctest.h>

using namespace warrant;

namespace {

std::string phones_class_dir() { return warrant::testing::source_dir() + "/tests/data/class/phones/"; }

// Four students of the phones class, one missing file, graded as compare does, with the
// files named as the command line names them.
std::vector<Comparison> graded() {
    std::vector<LoadResult> students;
    for (const char* name : {"amara", "carmen", "hugo", "jonas", "zoe"}) {
        students.push_back(load_file(phones_class_dir() + name + ".argdown"));
        students.back().map.file = std::string("phones/") + name + ".argdown";
    }
    const LoadResult reference = load_file(phones_class_dir() + "reference.argdown");
    return compare_class(students, reference.map);
}

Roster roster() {
    const RosterResult read = parse_roster(warrant::testing::read_file(phones_class_dir() + "roster.csv"), "roster.csv");
    REQUIRE(read.errors.empty());
    return read.roster;
}

std::vector<std::string> crlf_lines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t end = text.find("\r\n", at);
        out.push_back(text.substr(at, end - at));
        at = end + 2;
    }
    return out;
}

}  // namespace

TEST_CASE("golden: the Moodle grade import of the phones class") {
    warrant::testing::check_golden("gradebook/phones.moodle.csv", comparison_moodle(graded(), roster(), {"Op-ed map", 20}));
}

TEST_CASE("golden: the Canvas gradebook import of the phones class") {
    warrant::testing::check_golden("gradebook/phones.canvas.csv", comparison_canvas(graded(), roster(), {"Op-ed map (4521)", 20}));
}

TEST_CASE("the Moodle file has an identifier column, the grade and a one-paragraph Feedback column") {
    const std::vector<std::string> lines = crlf_lines(comparison_moodle(graded(), roster(), {"Op-ed map", 20}));
    REQUIRE(lines.size() == 6);
    CHECK(lines[0] == "Full name,ID number,Email address,Op-ed map,Feedback");
    CHECK(lines[1].starts_with("\"Okafor, Amara\",4101,amara.okafor@school.example,1"));
    CHECK(lines[1].find("\n") == std::string::npos);
    CHECK(lines[5].starts_with("zoe,,,0.0,\"Score 0.0 of 100: the map file could not be read"));
}

TEST_CASE("the Canvas file has Canvas's five student columns, the assignment, and Points Possible first") {
    const std::vector<std::string> lines = crlf_lines(comparison_canvas(graded(), roster(), {"Op-ed map (4521)", 20}));
    REQUIRE(lines.size() == 7);
    CHECK(lines[0] == "Student,ID,SIS User ID,SIS Login ID,Section,Op-ed map (4521)");
    CHECK(lines[1] == "Points Possible,,,,,20.0");
    CHECK(lines[3].starts_with("\"Ruiz, Carmen\",4103,S-4103,cruiz,Year 10 A,"));
}

TEST_CASE("a roster names students by their map's path, file name or stem") {
    const Roster r = roster();
    CHECK(r.find("amara.argdown")->name == "Okafor, Amara");
    CHECK(r.find("class/phones/amara.argdown")->id == "4101");
    CHECK(r.find("somewhere/carmen.argdown")->section == "Year 10 A");
    CHECK(r.find("zoe.argdown") == nullptr);
}

TEST_CASE("a broken roster is reported at file:line:col") {
    RosterResult open_quote = parse_roster("file,name\nana.argdown,\"Lima, Ana\nben.argdown,Ben\n", "r.csv");
    REQUIRE(open_quote.errors.size() == 1);
    CHECK(open_quote.errors[0].code == "E038");
    CHECK(open_quote.errors[0].span.line == 2);
    CHECK(open_quote.errors[0].span.column == 13);
    CHECK(open_quote.errors[0].message == "this quoted field is never closed");
    RosterResult unknown = parse_roster("file,nmae\n", "r.csv");
    REQUIRE(unknown.errors.size() == 1);
    CHECK(unknown.errors[0].span.column == 6);
    CHECK(unknown.errors[0].message.starts_with("unknown roster column 'nmae'"));
    RosterResult no_file = parse_roster("name,id\nAna,1\n", "r.csv");
    REQUIRE(no_file.errors.size() == 1);
    CHECK(no_file.errors[0].message == "the roster needs a 'file' column naming each student's map");
}

TEST_CASE("compare --format moodle --roster writes the import file; a bad roster exits 2 with its position") {
    warrant::testing::TempDir dir;
    const auto run = warrant::testing::run_warrant({"compare", phones_class_dir() + "amara.argdown", "--reference",
                                                    phones_class_dir() + "reference.argdown", "--format", "moodle", "--roster",
                                                    phones_class_dir() + "roster.csv", "--assignment", "Op-ed map"});
    CHECK(run.exit_code == 0);
    CHECK(run.out.starts_with("Full name,ID number,Email address,Op-ed map,Feedback\r\n\"Okafor, Amara\",4101,"));
    const std::string bad = dir.write("roster.csv", "file,name\namara.argdown,\"Okafor\n");
    const auto refused = warrant::testing::run_warrant({"compare", phones_class_dir() + "amara.argdown", "--reference",
                                                        phones_class_dir() + "reference.argdown", "--format", "canvas", "--roster", bad});
    CHECK(refused.exit_code == 2);
    CHECK(refused.err.find(bad + ":2:15: error[E038]: this quoted field is never closed") != std::string::npos);
    CHECK(refused.out.empty());
}
