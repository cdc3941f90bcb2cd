// The test classes in tests/data/class/: students written as real students would, whose
// scores must respect the orderings a teacher expects (docs/teaching.md).
#include "warrant/compare.hpp"
#include "support/source_tree.hpp"
#include "warrant/parse.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

using namespace warrant;

namespace {

std::string class_dir(const std::string& name) { return warrant::testing::source_dir() + "/tests/data/class/" + name + "/"; }

struct GradedClass {
    std::vector<Comparison> comparisons;
    std::map<std::string, const Comparison*> by_student;  // file stem -> comparison
    double total(const std::string& stem) const { return by_student.at(stem)->total; }
};

GradedClass grade(const std::string& dir, const std::string& reference_path, const std::vector<std::string>& stems) {
    std::vector<LoadResult> students;
    for (const std::string& stem : stems) students.push_back(load_file(dir + stem + ".argdown"));
    LoadResult reference = load_file(reference_path);
    REQUIRE_FALSE(reference.has_errors());
    GradedClass graded;
    graded.comparisons = compare_class(students, reference.map);
    for (std::size_t i = 0; i < stems.size(); ++i) graded.by_student[stems[i]] = &graded.comparisons[i];
    return graded;
}

GradedClass sleep_class() {
    return grade(class_dir("sleep"), class_dir("sleep") + "reference.argdown",
                 {"ana", "ben", "chloe", "dev", "eli", "finn", "gus", "hana"});
}

std::string read(const std::string& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string without_lines_containing(const std::string& text, const std::vector<std::string>& needles) {
    std::istringstream in(text);
    std::string out, line;
    while (std::getline(in, line)) {
        bool drop = false;
        for (const std::string& needle : needles) drop = drop || line.find(needle) != std::string::npos;
        if (!drop) out += line + "\n";
    }
    return out;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// Ana's map and one copy of it with a single defect, graded together: how much the defect costs.
double cost_of(const std::string& defective_text) {
    const std::string dir = class_dir("sleep");
    std::vector<LoadResult> students;
    students.push_back(load_file(dir + "ana.argdown"));
    students.push_back(parse_argdown(defective_text, "ana-defect.argdown"));
    REQUIRE_FALSE(students.back().has_errors());
    LoadResult reference = load_file(dir + "reference.argdown");
    const std::vector<Comparison> c = compare_class(students, reference.map);
    return c[0].total - c[1].total;
}

}  // namespace

TEST_CASE("a faithful paraphrase in the student's own titles scores at least 85") {
    GradedClass graded = sleep_class();
    CHECK(graded.total("ana") >= 85);
    CHECK(graded.total("ben") >= 85);  // one page wrong
    CHECK(graded.by_student.at("ana")->missing_claims.empty());
    CHECK(graded.by_student.at("ana")->missing_evidence.empty());
    CHECK(graded.by_student.at("ana")->matches.size() == 11);
}

TEST_CASE("the theses are matched and a paraphrased claim is matched to its reference claim") {
    const GradedClass graded = sleep_class();
    const Comparison& ana = *graded.by_student.at("ana");
    REQUIRE(ana.matches.size() == 11);
    CHECK(ana.matches[0].student == "Later start");
    CHECK(ana.matches[0].reference == "Start at nine");
    CHECK(ana.matches[8].student == "Logistics problem");
    CHECK(ana.matches[8].reference == "Schedules and buses");
}

TEST_CASE("a wrong page costs a little, a missing branch more, an objection as a support a lot, no evidence most") {
    const std::string ana = read(class_dir("sleep") + "ana.argdown");
    const double page = cost_of(replaced(ana, "page: \"52\"", "page: \"25\""));
    const double branch = cost_of(without_lines_containing(ana, {"[Fewer accidents]", "[Danner crash data]"}));
    const double objection = cost_of(replaced(ana, "- [Logistics problem]", "+ [Logistics problem]"));
    const double evidence = cost_of(without_lines_containing(ana, {"{source:"}));
    CHECK(page > 0);
    CHECK(page < 3);
    CHECK(branch > page);
    CHECK(objection > branch);
    CHECK(evidence > objection);
}

TEST_CASE("the sleep class ranks as a teacher would") {
    GradedClass g = sleep_class();
    CHECK(g.total("chloe") < g.total("ana"));  // missing branch
    CHECK(g.total("chloe") < g.total("ben"));
    CHECK(g.total("dev") < g.total("chloe"));  // objection drawn as a support
    CHECK(g.total("eli") < g.total("dev"));    // no evidence
    for (const char* real_work : {"ana", "ben", "chloe", "dev", "eli"})
        CHECK(g.total("finn") < g.total(real_work));  // vague copies of the titles
    CHECK(g.total("gus") <= 20);                      // another topic
    CHECK(g.total("gus") < g.total("finn"));
}

TEST_CASE("an objection drawn as a support is reported as such, in the student's titles") {
    const GradedClass graded = sleep_class();
    const Comparison& dev = *graded.by_student.at("dev");
    REQUIRE(dev.wrong_kind.size() == 1);
    CHECK(dev.wrong_kind[0].student_from == "Changing schedules");
    CHECK(dev.wrong_kind[0].student_to == "Start school later");
    CHECK(dev.wrong_kind[0].kind == EdgeKind::Attack);
    CHECK(dev.wrong_kind[0].student_kind == EdgeKind::Support);
    const RubricPart* dialectic = dev.part("dialectic");
    REQUIRE(dialectic != nullptr);
    CHECK(dialectic->earned == doctest::Approx(0.0));
}

TEST_CASE("a map with a syntax error is graded on what loaded and flagged, not dropped") {
    const GradedClass graded = sleep_class();
    const Comparison& hana = *graded.by_student.at("hana");
    REQUIRE(hana.load_errors.size() == 1);
    CHECK(hana.load_errors[0].code == "E011");
    CHECK(hana.total > 20);  // the part before the error is her own, graded
    CHECK(hana.missing_claims == std::vector<std::string>{"Safer roads", "Schedules and buses", "Schedules adapt"});
}

TEST_CASE("a wrong page is one citation difference, neither missing nor extra evidence") {
    const GradedClass graded = sleep_class();
    const Comparison& ben = *graded.by_student.at("ben");
    REQUIRE(ben.citation_differences.size() == 1);
    CHECK(ben.citation_differences[0].student == "Grades rose");
    CHECK(ben.citation_differences[0].reference_page == "52");
    CHECK(ben.citation_differences[0].student_page == "25");
    CHECK(ben.missing_evidence.empty());
    CHECK(ben.extra_evidence.empty());
}

TEST_CASE("every lost point is a deduction with its reason") {
    const GradedClass graded = sleep_class();
    for (const Comparison& c : graded.comparisons) {
        double lost = 0;
        for (const Deduction& d : c.deductions) {
            CHECK_FALSE(d.reason.empty());
            lost += d.points;
        }
        CHECK(c.total + lost == doctest::Approx(100.0).epsilon(0.001));
    }
}

// Weights were set on the sleep class; this class on another essay was written afterwards.
TEST_CASE("a second class on another essay keeps the same orderings") {
    GradedClass g = grade(class_dir("guardians"), warrant::testing::source_dir() + "/examples/compare/reference.argdown",
                          {"maya", "noah", "omar", "pia", "quinn"});
    CHECK(g.total("maya") >= 85);              // paraphrase
    CHECK(g.total("noah") < g.total("maya"));  // missing branch
    CHECK(g.total("omar") < g.total("noah"));  // no evidence
    CHECK(g.total("pia") < g.total("omar"));   // vague copies of the titles
    CHECK(g.total("quinn") <= 20);             // another part of the essay
}
