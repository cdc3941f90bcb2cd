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

TEST_CASE("the documented example is scored by the documented weights") {
    Comparison c = compare_examples();
    // claims: 5 of 6 reference, 6 drawn; evidence: 3 of 4 agree (one wrong page); relations:
    // 7 of 9 reference (one wrong kind, one missing), 9 drawn.
    CHECK(c.claims.matched == 5);
    CHECK(c.claims.reference == 6);
    CHECK(c.claims.student == 6);
    CHECK(c.evidence.matched == 3);
    CHECK(c.evidence.reference == 4);
    CHECK(c.relations.matched == 7);
    CHECK(c.relations.reference == 9);
    CHECK(c.relations.student == 9);
    const double claims_f1 = 5.0 / 6.0, evidence_f1 = 0.75, relations_f1 = 7.0 / 9.0;
    CHECK(c.total == doctest::Approx(100 * (0.4 * claims_f1 + 0.2 * evidence_f1 + 0.4 * relations_f1)));
}
