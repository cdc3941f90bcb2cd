// The test classes in tests/data/class/: students written as real students would, whose
// scores must respect the orderings a teacher expects (docs/teaching.md).
#include "warrant/compare.hpp"
#include "support/run_warrant.hpp"
#include "support/source_tree.hpp"
#include "warrant/parse.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

using namespace warrant;

namespace {

using warrant::testing::read_file;

std::string class_dir_named(const std::string& name) { return warrant::testing::source_dir() + "/tests/data/class/" + name + "/"; }

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
    return grade(class_dir_named("sleep"), class_dir_named("sleep") + "reference.argdown",
                 {"ana", "ben", "chloe", "dev", "eli", "finn", "gus", "hana"});
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
    const std::string dir = class_dir_named("sleep");
    std::vector<LoadResult> students;
    students.push_back(load_file(dir + "ana.argdown"));
    students.push_back(parse_argdown(defective_text, "ana-defect.argdown"));
    REQUIRE_FALSE(students.back().has_errors());
    LoadResult reference = load_file(dir + "reference.argdown");
    const std::vector<Comparison> c = compare_class(students, reference.map);
    return c[0].total - c[1].total;
}

}  // namespace

TEST_CASE("a class of essays in prose: each drafted, matched point by point, ranked where the words allow") {
    const std::string dir = class_dir_named("transit");
    const std::vector<std::string> stems = {"amy", "ben", "cara", "dan", "eve", "fay", "gil"};
    std::vector<LoadResult> students;
    for (const std::string& stem : stems) students.push_back(load_file(dir + stem + ".txt"));
    const LoadResult reference = load_file(dir + "reference.txt");
    REQUIRE(reference.map.node_count() >= 8);
    const std::vector<Comparison> c = compare_class(students, reference.map);
    std::map<std::string, double> total;
    for (std::size_t i = 0; i < stems.size(); ++i) total[stems[i]] = c[i].total;
    // Structure finds the paraphrase: every point of the reference is matched in its place but
    // one, which amy says inside another sentence ("which means fewer traffic jams").
    CHECK(c[0].missing_claims == std::vector<std::string>{"The streets become less congested"});
    CHECK(c[0].matches.size() == 8);
    CHECK(total["ben"] < total["amy"]);  // a reason left out
    CHECK(total["cara"] < total["amy"]);  // the objection left out
    for (const char* essay : {"amy", "ben", "cara", "dan", "gil"}) CHECK(total["eve"] < total[essay]);  // the thesis alone
    for (const char* other : {"amy", "ben", "cara", "dan", "eve", "gil"}) CHECK(total["fay"] < total[other]);
    CHECK(total["fay"] <= 10);  // another topic
    CHECK(total["gil"] >= total["amy"] - 5);  // a sound reason of his own
    // Known gap (tests/data/class/transit/README.md): amy's paraphrase earns about 29 and dan's
    // opposite position about as much; words alone cannot tell them apart.
}

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
    const std::string ana = read_file(class_dir_named("sleep") + "ana.argdown");
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
    GradedClass g = grade(class_dir_named("guardians"), warrant::testing::source_dir() + "/examples/compare/reference.argdown",
                          {"maya", "noah", "omar", "pia", "quinn"});
    CHECK(g.total("maya") >= 85);              // paraphrase
    CHECK(g.total("noah") < g.total("maya"));  // missing branch
    CHECK(g.total("omar") < g.total("noah"));  // no evidence
    CHECK(g.total("pia") < g.total("omar"));   // vague copies of the titles
    CHECK(g.total("quinn") <= 20);             // another part of the essay
}

// The third class was written after matching turned structure first (tests/data/class/phones):
// paraphrases in the students' own words, and every mistake a teacher expects to cost.
namespace {

GradedClass phones_class() {
    return grade(class_dir_named("phones"), class_dir_named("phones") + "reference.argdown",
                 {"amara", "bilal", "carmen", "dmitri", "elif", "femi", "grace", "hugo", "ines", "jonas", "kai", "lena"});
}

}  // namespace

TEST_CASE("a faithful paraphrase scores at least 90, however far its words are from the reference's") {
    const GradedClass g = phones_class();
    CHECK(g.total("amara") >= 90);
    CHECK(g.total("lena") >= 90);
    for (const char* name : {"amara", "lena"}) {
        const Comparison& c = *g.by_student.at(name);
        CHECK(c.missing_claims.empty());
        CHECK(c.missing_evidence.empty());
        CHECK(c.wrong_kind.empty());
        CHECK(c.part("dialectic")->earned == doctest::Approx(c.part("dialectic")->possible));
    }
}

TEST_CASE("the paraphrased objection is matched by its role and place, and its answer under it") {
    const GradedClass g = phones_class();
    std::map<std::string, std::string> lena;
    for (const NodeMatch& m : g.by_student.at("lena")->matches) lena[m.reference] = m.student;
    CHECK(lena["Emergencies"] == "Worried parents");
    CHECK(lena["School office"] == "Reception desk");
    CHECK(lena["Exam results"] == "Marks rise");
    CHECK(lena["Lock phones away"] == "Put the phones away");
}

TEST_CASE("two more sound reasons cost at most 5 points") {
    const GradedClass g = phones_class();
    CHECK(g.total("bilal") >= g.total("amara") - 5);
    CHECK(g.by_student.at("bilal")->extra_claims == std::vector<std::string>{"No cheating", "Less theft"});
}

TEST_CASE("each mistake costs its part: polarity the dialectic, sources the evidence, a flat map the relations") {
    const GradedClass g = phones_class();
    const Comparison& amara = *g.by_student.at("amara");
    auto lost = [&](const std::string& student, const char* part) {
        return amara.part(part)->earned - g.by_student.at(student)->part(part)->earned;
    };
    CHECK(lost("elif", "dialectic") >= 9.9);   // the answer drawn as a support of the objection
    CHECK(lost("kai", "dialectic") >= 19.9);   // the objection drawn as a reason
    CHECK(lost("carmen", "evidence") >= 10);   // three quotations with another source
    CHECK(lost("carmen", "claims") < 1);
    CHECK(lost("grace", "relations") >= 10);   // evidence hung on the thesis, reasons loose
    CHECK(lost("grace", "evidence") < 3);
    const Comparison& elif = *g.by_student.at("elif");
    REQUIRE(elif.wrong_kind.size() == 1);
    CHECK(elif.wrong_kind[0].student_from == "The office");
    CHECK(elif.wrong_kind[0].student_to == "Emergency calls");
    CHECK(elif.wrong_kind[0].student_kind == EdgeKind::Support);
}

TEST_CASE("the phones class ranks as a teacher would") {
    const GradedClass g = phones_class();
    for (const char* flawed : {"carmen", "dmitri", "elif", "femi", "grace", "kai"}) {
        CAPTURE(flawed);
        CHECK(g.total(flawed) < g.total("amara") - 5);
        CHECK(g.total(flawed) > g.total("jonas"));
    }
    CHECK(g.total("femi") < g.total("carmen"));   // no evidence at all, below evidence from wrong sources
    CHECK(g.total("kai") < g.total("elif"));      // the whole objection turned into a reason
    CHECK(g.total("jonas") <= 20);                // the thesis alone
    CHECK(g.total("ines") < g.total("jonas"));    // another op-ed
    CHECK(g.total("ines") <= 10);
    // Hugo's two syntax errors are flagged; the loader recovers his whole argument, which is graded.
    const Comparison& hugo = *g.by_student.at("hugo");
    CHECK(hugo.load_errors.size() == 2);
    CHECK(hugo.total >= 90);
}

TEST_CASE("the wording is a small part of its own, and a paraphrase loses points only there") {
    const GradedClass g = phones_class();
    const Comparison& lena = *g.by_student.at("lena");
    REQUIRE(lena.part("wording") != nullptr);
    CHECK(lena.part("wording")->possible == doctest::Approx(5));
    for (const Deduction& d : lena.deductions) {
        CAPTURE(d.reason);
        CHECK((d.part == "wording" || d.points < 0.5));
    }
}
