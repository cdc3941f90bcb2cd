#include "warrant/compare.hpp"
#include "support/source_tree.hpp"
#include "warrant/parse.hpp"

#include <doctest/doctest.h>

using namespace warrant;

namespace {

Comparison compare_examples() {
    LoadResult student = load_file(warrant::testing::source_dir() + "/examples/compare/student.argdown");
    LoadResult reference = load_file(warrant::testing::source_dir() + "/examples/compare/reference.argdown");
    REQUIRE_FALSE(student.has_errors());
    REQUIRE_FALSE(reference.has_errors());
    return compare_maps(student.map, reference.map);
}

}  // namespace

// examples/compare/README.md documents exactly four differences; the comparison must find
// those four and nothing else.
TEST_CASE("the documented example finds the missing claim, the extra claim, the wrong kind and the wrong page") {
    Comparison c = compare_examples();
    CHECK(c.missing_claims == std::vector<std::string>{"Trust must be built"});
    CHECK(c.extra_claims == std::vector<std::string>{"All guardians are kind"});
    REQUIRE(c.wrong_kind.size() == 1);
    CHECK(c.wrong_kind[0].from == "Miss Lucy's honesty");
    CHECK(c.wrong_kind[0].to == "Teacher-student relationships");
    CHECK(c.wrong_kind[0].kind == EdgeKind::Support);
    CHECK(c.wrong_kind[0].student_kind == EdgeKind::Attack);
    REQUIRE(c.citation_differences.size() == 1);
    CHECK(c.citation_differences[0].reference == "Miss Lucy apologises");
    CHECK(c.citation_differences[0].reference_source == "ishiguro");
    CHECK(c.citation_differences[0].reference_page == "109");
    CHECK(c.citation_differences[0].student_page == "190");
    CHECK(c.missing_evidence.empty());
    CHECK(c.extra_evidence.empty());
}

TEST_CASE("in the documented example only the relations of the missing and extra claims are missing or extra") {
    Comparison c = compare_examples();
    REQUIRE(c.missing_relations.size() == 1);
    CHECK(c.missing_relations[0].from == "Trust must be built");
    CHECK(c.missing_relations[0].to == "Miss Lucy's honesty");
    CHECK_FALSE(c.missing_relations[0].ends_matched);
    REQUIRE(c.extra_relations.size() == 1);
    CHECK(c.extra_relations[0].from == "All guardians are kind");
    CHECK(c.extra_relations[0].to == "Teacher-student relationships");
    CHECK_FALSE(c.extra_relations[0].ends_matched);
    for (const NodeMatch& match : c.matches) CHECK(match.method == MatchMethod::Title);
}

TEST_CASE("the documented example is scored by the documented rubric") {
    Comparison c = compare_examples();
    // No attacks in the reference: claims 30, evidence 35 and relations 15 are scaled to 100.
    REQUIRE(c.parts.size() == 3);
    CHECK(c.part("claims")->possible == doctest::Approx(37.5));
    CHECK(c.part("evidence")->possible == doctest::Approx(43.75));
    CHECK(c.part("relations")->possible == doctest::Approx(18.75));
    // The missing claim is one of 7 claim weights (the thesis counts twice); the wrong page a
    // quarter of one of 4 pieces of evidence; the missing relation 1 and the support drawn as
    // an attack 2 of 9 relations; the extra claim is one of the student's 6.
    const double expected = 100 - 37.5 / 7 - 43.75 * 0.25 / 4 - 18.75 * 3 / 9 - 5.0 / 6;
    CHECK(c.total == doctest::Approx(expected));
    REQUIRE(c.deductions.size() == 5);
    CHECK(c.deductions[0].code == "missing-claim");
    CHECK(c.deductions[1].code == "wrong-page");
    CHECK(c.deductions[2].code == "missing-relation");
    CHECK(c.deductions[3].code == "support-as-attack");
    CHECK(c.deductions[4].code == "extra-claims");
}
