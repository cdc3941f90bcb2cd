#include "warrant/compare.hpp"

#include <doctest/doctest.h>

using namespace warrant;

namespace {

Vertex add(ArgumentMap& map, NodeKind kind, std::string title, std::string text = {}, std::string source = {},
           std::string page = {}) {
    Node node;
    node.kind = kind;
    node.title = std::move(title);
    if (!text.empty()) node.texts.push_back(std::move(text));
    node.source = std::move(source);
    node.page = std::move(page);
    return map.add_node(std::move(node));
}

void relate(ArgumentMap& map, Vertex from, Vertex to, EdgeKind kind) { map.add_edge(from, to, Edge{kind, {}}); }

// The reference: a thesis, a reason with evidence, an objection.
ArgumentMap reference_map() {
    ArgumentMap map;
    map.file = "reference.argdown";
    Vertex thesis = add(map, NodeKind::Thesis, "Ustopia", "Every utopia contains a latent dystopia.");
    Vertex reason = add(map, NodeKind::Claim, "Control", "The perfect society needs total control of its citizens.");
    Vertex quote = add(map, NodeKind::Evidence, "Atwood quote", "Scratch a utopia and you find a dystopia.", "atwood", "66");
    Vertex objection = add(map, NodeKind::CounterPosition, "Hope", "Utopias give hope and direction.");
    relate(map, reason, thesis, EdgeKind::Support);
    relate(map, quote, thesis, EdgeKind::Support);
    relate(map, objection, thesis, EdgeKind::Attack);
    return map;
}

}  // namespace

TEST_CASE("a map compared with itself scores 100 with nothing missing or extra") {
    ArgumentMap reference = reference_map();
    Comparison c = compare_maps(reference, reference);
    CHECK(c.total == doctest::Approx(100.0));
    CHECK(c.claims.f1 == doctest::Approx(1.0));
    CHECK(c.claims.matched == 3);
    CHECK(c.evidence.matched == 1);
    CHECK(c.relations.matched == 3);
    CHECK(c.missing_claims.empty());
    CHECK(c.extra_claims.empty());
    CHECK(c.wrong_kind.empty());
    CHECK(c.matches.size() == 4);
}

TEST_CASE("text similarity is the Jaccard index of normalized words") {
    CHECK(text_similarity("The cat, the HAT!", "the cat") == doctest::Approx(2.0 / 3.0));
    CHECK(text_similarity("Utopia", "utopia.") == doctest::Approx(1.0));
    CHECK(text_similarity("", "") == 0.0);
    CHECK(text_similarity("a b", "c d") == 0.0);
}

TEST_CASE("a renamed claim is matched by its text and a renamed quotation by its citation") {
    ArgumentMap reference = reference_map();
    ArgumentMap student;
    Vertex thesis = add(student, NodeKind::Thesis, "Ustopia");
    Vertex reason = add(student, NodeKind::Claim, "Total control", "The perfect society needs total control of citizens.");
    Vertex quote = add(student, NodeKind::Evidence, "Scratch", "A utopia, scratched, shows a dystopia.", "atwood", "66");
    relate(student, reason, thesis, EdgeKind::Support);
    relate(student, quote, thesis, EdgeKind::Support);
    Comparison c = compare_maps(student, reference);
    REQUIRE(c.matches.size() == 3);
    CHECK(c.matches[1].student == "Total control");
    CHECK(c.matches[1].reference == "Control");
    CHECK(c.matches[1].method == MatchMethod::Text);
    CHECK(c.matches[1].similarity == doctest::Approx(8.0 / 9.0));
    CHECK(c.matches[2].method == MatchMethod::Citation);
    CHECK(c.missing_claims == std::vector<std::string>{"Hope"});
    CHECK(c.missing_relations.size() == 1);
    CHECK(c.missing_relations[0].from == "Hope");
    CHECK(c.missing_relations[0].kind == EdgeKind::Attack);
    CHECK(c.claims.precision == doctest::Approx(1.0));
    CHECK(c.claims.recall == doctest::Approx(2.0 / 3.0));
    CHECK(c.relations.matched == 2);
}

TEST_CASE("a support drawn as an attack is a wrong kind, not a match") {
    ArgumentMap reference = reference_map();
    ArgumentMap student;
    Vertex thesis = add(student, NodeKind::Thesis, "Ustopia");
    Vertex reason = add(student, NodeKind::Claim, "Control");
    relate(student, reason, thesis, EdgeKind::Attack);
    Comparison c = compare_maps(student, reference);
    REQUIRE(c.wrong_kind.size() == 1);
    CHECK(c.wrong_kind[0].from == "Control");
    CHECK(c.wrong_kind[0].to == "Ustopia");
    CHECK(c.wrong_kind[0].kind == EdgeKind::Support);
    CHECK(c.wrong_kind[0].student_kind == EdgeKind::Attack);
    CHECK(c.relations.matched == 0);
    CHECK(c.extra_relations.empty());
    CHECK(c.missing_relations.size() == 2);
}

TEST_CASE("extra claims and relations lower precision and are listed") {
    ArgumentMap reference = reference_map();
    ArgumentMap student = reference_map();
    Vertex extra = add(student, NodeKind::Claim, "Aliens", "Little green men built the pyramids.");
    relate(student, extra, *student.find_statement("Hope"), EdgeKind::Support);
    Comparison c = compare_maps(student, reference);
    CHECK(c.extra_claims == std::vector<std::string>{"Aliens"});
    CHECK(c.claims.precision == doctest::Approx(0.75));
    CHECK(c.claims.recall == doctest::Approx(1.0));
    REQUIRE(c.extra_relations.size() == 1);
    CHECK(c.extra_relations[0].from == "Aliens");
    CHECK(c.extra_relations[0].to == "Hope");
    CHECK(c.relations.precision == doctest::Approx(0.75));
}

TEST_CASE("the total is the weighted mean of the F1 scores of the graded categories") {
    ArgumentMap reference;
    Vertex a = add(reference, NodeKind::Claim, "A");
    Vertex b = add(reference, NodeKind::Claim, "B");
    relate(reference, a, b, EdgeKind::Support);
    ArgumentMap student;
    add(student, NodeKind::Claim, "A");
    add(student, NodeKind::Claim, "B");
    Comparison c = compare_maps(student, reference);
    CHECK_FALSE(c.evidence.counted);
    CHECK(c.relations.f1 == 0.0);
    // claims F1 1 (weight 0.4), relations F1 0 (weight 0.4), evidence not graded.
    CHECK(c.total == doctest::Approx(50.0));
    CompareOptions claims_only;
    claims_only.weights = {1.0, 0.0, 0.0};
    CHECK(compare_maps(student, reference, claims_only).total == doctest::Approx(100.0));
}

TEST_CASE("a contradiction matches in either direction") {
    ArgumentMap reference;
    Vertex a = add(reference, NodeKind::Claim, "A");
    Vertex b = add(reference, NodeKind::Claim, "B");
    relate(reference, a, b, EdgeKind::Contradictory);
    ArgumentMap student;
    Vertex sa = add(student, NodeKind::Claim, "A");
    Vertex sb = add(student, NodeKind::Claim, "B");
    relate(student, sb, sa, EdgeKind::Contradictory);
    CHECK(compare_maps(student, reference).relations.matched == 1);
}

TEST_CASE("a claim below the similarity threshold stays unmatched") {
    ArgumentMap reference;
    add(reference, NodeKind::Claim, "R", "the state controls every citizen");
    ArgumentMap student;
    add(student, NodeKind::Claim, "S", "citizens are watched");
    Comparison c = compare_maps(student, reference);
    CHECK(c.matches.empty());
    CHECK(c.missing_claims == std::vector<std::string>{"R"});
    CHECK(c.extra_claims == std::vector<std::string>{"S"});
}

TEST_CASE("a reference claim drawn as evidence is missing as a claim and extra as evidence") {
    ArgumentMap reference;
    add(reference, NodeKind::Claim, "Fact");
    ArgumentMap student;
    add(student, NodeKind::Evidence, "Fact");
    Comparison c = compare_maps(student, reference);
    CHECK(c.matches.size() == 1);
    CHECK(c.missing_claims == std::vector<std::string>{"Fact"});
    CHECK(c.extra_evidence == std::vector<std::string>{"Fact"});
}

TEST_CASE("matched evidence with another page is a citation difference, not a match") {
    ArgumentMap reference = reference_map();
    ArgumentMap student = reference_map();
    student.node(*student.find_statement("Atwood quote")).page = "99";
    Comparison c = compare_maps(student, reference);
    REQUIRE(c.citation_differences.size() == 1);
    CHECK(c.citation_differences[0].reference == "Atwood quote");
    CHECK(c.citation_differences[0].reference_page == "66");
    CHECK(c.citation_differences[0].student_page == "99");
    CHECK(c.evidence.matched == 0);
    CHECK(c.missing_evidence.empty());
    CHECK(c.extra_evidence.empty());
    CHECK(c.relations.matched == 3);
}

TEST_CASE("relations of a missing node are marked as going with it") {
    ArgumentMap reference = reference_map();
    ArgumentMap student;
    add(student, NodeKind::Thesis, "Ustopia");
    Comparison c = compare_maps(student, reference);
    REQUIRE(c.missing_relations.size() == 3);
    CHECK_FALSE(c.missing_relations[0].ends_matched);
}
