#include "warrant/compare.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace warrant;

namespace {

Vertex add_node(ArgumentMap& map, NodeKind kind, std::string title, std::string text = {}, std::string source = {},
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
    Vertex thesis = add_node(map, NodeKind::Thesis, "Ustopia", "Every utopia contains a latent dystopia.");
    Vertex reason = add_node(map, NodeKind::Claim, "Control", "The perfect society needs total control of its citizens.");
    Vertex quote = add_node(map, NodeKind::Evidence, "Atwood quote", "Scratch a utopia and you find a dystopia.", "atwood", "66");
    Vertex objection = add_node(map, NodeKind::CounterPosition, "Hope", "Utopias give hope and direction.");
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
    CHECK(c.deductions.empty());
    CHECK(c.missing_claims.empty());
    CHECK(c.extra_claims.empty());
    CHECK(c.wrong_kind.empty());
    CHECK(c.matches.size() == 4);
    REQUIRE(c.parts.size() == 5);
    CHECK(c.part("wording")->items == 4);
    CHECK(c.part("claims")->items == 3);
    CHECK(c.part("evidence")->items == 1);
    CHECK(c.part("relations")->items == 3);
    CHECK(c.part("dialectic")->items == 1);
}

TEST_CASE("text similarity compares stems, so inflections and stop words do not matter") {
    // Not quite 1: "sleeping" is also an adjective, whose WordNet synonyms "sleeps" lacks.
    CHECK(text_similarity("The students were sleeping", "a student sleeps") > 0.7);
    CHECK(text_similarity("Utopia", "utopias.") == doctest::Approx(1.0));
    CHECK(text_similarity("", "") == 0.0);
    CHECK(text_similarity("clones donate organs", "uniforms cost less") == 0.0);
    const double partial = text_similarity("the state controls every citizen", "citizens are watched by the state");
    CHECK(partial > 0.3);
    CHECK(partial < 0.9);
}

TEST_CASE("a renamed claim is matched by its text and a renamed quotation by its citation") {
    ArgumentMap reference = reference_map();
    ArgumentMap student;
    Vertex thesis = add_node(student, NodeKind::Thesis, "My thesis", "Each utopia hides a dystopia.");
    Vertex reason = add_node(student, NodeKind::Claim, "Total control", "The perfect society needs total control of citizens.");
    Vertex quote = add_node(student, NodeKind::Evidence, "Scratch", "Look closely at a perfect place.", "atwood", "66");
    relate(student, reason, thesis, EdgeKind::Support);
    relate(student, quote, thesis, EdgeKind::Support);
    Comparison c = compare_maps(student, reference);
    REQUIRE(c.matches.size() == 3);
    CHECK(c.matches[0].student == "My thesis");
    CHECK(c.matches[0].reference == "Ustopia");
    CHECK(c.matches[1].student == "Total control");
    CHECK(c.matches[1].reference == "Control");
    CHECK(c.matches[1].method == MatchMethod::Text);
    CHECK(c.matches[2].student == "Scratch");
    CHECK(c.matches[2].method == MatchMethod::Citation);
    CHECK(c.missing_claims == std::vector<std::string>{"Hope"});
    REQUIRE(c.missing_relations.size() == 1);
    CHECK(c.missing_relations[0].from == "Hope");
    CHECK(c.missing_relations[0].kind == EdgeKind::Attack);
    CHECK_FALSE(c.missing_relations[0].ends_matched);
}

TEST_CASE("a support drawn as an attack is a wrong kind that costs twice its share") {
    ArgumentMap reference = reference_map();
    ArgumentMap student = reference_map();
    boost::remove_edge(*student.find_statement("Control"), *student.find_statement("Ustopia"), student.graph);
    relate(student, *student.find_statement("Control"), *student.find_statement("Ustopia"), EdgeKind::Attack);
    Comparison c = compare_maps(student, reference);
    REQUIRE(c.wrong_kind.size() == 1);
    CHECK(c.wrong_kind[0].from == "Control");
    CHECK(c.wrong_kind[0].to == "Ustopia");
    CHECK(c.wrong_kind[0].kind == EdgeKind::Support);
    CHECK(c.wrong_kind[0].student_kind == EdgeKind::Attack);
    CHECK(c.extra_relations.empty());
    CHECK(c.missing_relations.empty());
    // Relations: 3 items, one drawn the opposite way: (1 + 1 - 1) of 3.
    CHECK(c.part("relations")->earned == doctest::Approx(c.part("relations")->possible / 3));
    REQUIRE(c.deductions.size() == 1);
    CHECK(c.deductions[0].code == "support-as-attack");
}

TEST_CASE("an attack drawn as a support loses the dialectic part twice over") {
    ArgumentMap reference = reference_map();
    ArgumentMap student = reference_map();
    boost::remove_edge(*student.find_statement("Hope"), *student.find_statement("Ustopia"), student.graph);
    relate(student, *student.find_statement("Hope"), *student.find_statement("Ustopia"), EdgeKind::Support);
    Comparison c = compare_maps(student, reference);
    REQUIRE(c.wrong_kind.size() == 1);
    CHECK(c.wrong_kind[0].student_kind == EdgeKind::Support);
    CHECK(c.part("dialectic")->earned == doctest::Approx(0.0));
    // dialectic (20) and one of three relations (15 / 3).
    CHECK(c.total == doctest::Approx(100 - 20 - 5));
}

TEST_CASE("extra claims are listed and cost at most five points") {
    ArgumentMap reference = reference_map();
    ArgumentMap student = reference_map();
    Vertex extra = add_node(student, NodeKind::Claim, "Aliens", "Little green men built the pyramids.");
    relate(student, extra, *student.find_statement("Hope"), EdgeKind::Support);
    Comparison c = compare_maps(student, reference);
    CHECK(c.extra_claims == std::vector<std::string>{"Aliens"});
    REQUIRE(c.extra_relations.size() == 1);
    CHECK(c.extra_relations[0].from == "Aliens");
    CHECK(c.extra_relations[0].to == "Hope");
    CHECK_FALSE(c.extra_relations[0].ends_matched);
    // One of four claims is extra: a quarter of five points.
    CHECK(c.total == doctest::Approx(100 - 1.25));
}

TEST_CASE("the parts the reference has are scaled to 100") {
    ArgumentMap reference;
    Vertex a = add_node(reference, NodeKind::Claim, "A", "alpha beta");
    Vertex b = add_node(reference, NodeKind::Claim, "B", "gamma delta");
    relate(reference, a, b, EdgeKind::Support);
    ArgumentMap student;
    add_node(student, NodeKind::Claim, "A", "alpha beta");
    add_node(student, NodeKind::Claim, "B", "gamma delta");
    Comparison c = compare_maps(student, reference);
    CHECK(c.part("evidence") == nullptr);
    CHECK(c.part("dialectic") == nullptr);
    // claims 28, relations 15 and wording 5 scaled to 100: the claims are all there, in the
    // reference's words, the relation is not.
    CHECK(c.total == doctest::Approx(100.0 * (28 + 5) / 48));
    CompareOptions claims_only;
    claims_only.weights = {1, 0, 0, 0};
    CHECK(compare_maps(student, reference, claims_only).total == doctest::Approx(100.0));
}

TEST_CASE("a contradiction matches in either direction") {
    ArgumentMap reference;
    Vertex a = add_node(reference, NodeKind::Claim, "A");
    Vertex b = add_node(reference, NodeKind::Claim, "B");
    relate(reference, a, b, EdgeKind::Contradictory);
    ArgumentMap student;
    Vertex sa = add_node(student, NodeKind::Claim, "A");
    Vertex sb = add_node(student, NodeKind::Claim, "B");
    relate(student, sb, sa, EdgeKind::Contradictory);
    Comparison c = compare_maps(student, reference);
    CHECK(c.missing_relations.empty());
    CHECK(c.total == doctest::Approx(100.0));
}

TEST_CASE("claims that share no word are not matched") {
    ArgumentMap reference;
    add_node(reference, NodeKind::Claim, "R", "the state controls every citizen");
    ArgumentMap student;
    add_node(student, NodeKind::Claim, "S", "uniforms are cheaper for parents");
    Comparison c = compare_maps(student, reference);
    CHECK(c.matches.empty());
    CHECK(c.missing_claims == std::vector<std::string>{"R"});
    CHECK(c.extra_claims == std::vector<std::string>{"S"});
}

TEST_CASE("a copied title with a vague text earns a small part of the claim") {
    ArgumentMap reference;
    add_node(reference, NodeKind::Claim, "Control", "The perfect society needs total control of its citizens.");
    ArgumentMap student;
    add_node(student, NodeKind::Claim, "Control", "It is bad.");
    Comparison c = compare_maps(student, reference);
    REQUIRE(c.matches.size() == 1);
    CHECK(c.matches[0].method == MatchMethod::Title);
    CHECK(c.total < 70);
    REQUIRE(c.deductions.size() == 2);
    CHECK(c.deductions[0].code == "vague-text");
    CHECK(c.deductions[1].code == "wording");
}

TEST_CASE("matched evidence with another page is a citation difference that costs a quarter of it") {
    ArgumentMap reference = reference_map();
    ArgumentMap student = reference_map();
    student.node(*student.find_statement("Atwood quote")).page = "99";
    Comparison c = compare_maps(student, reference);
    REQUIRE(c.citation_differences.size() == 1);
    CHECK(c.citation_differences[0].reference == "Atwood quote");
    CHECK(c.citation_differences[0].reference_page == "66");
    CHECK(c.citation_differences[0].student_page == "99");
    CHECK(c.missing_evidence.empty());
    CHECK(c.extra_evidence.empty());
    CHECK(c.total == doctest::Approx(100 - 32 * 0.25));
}

TEST_CASE("a page off by one is a near citation and costs less than a wrong page") {
    ArgumentMap reference = reference_map();
    ArgumentMap student = reference_map();
    student.node(*student.find_statement("Atwood quote")).page = "67";
    CHECK(compare_maps(student, reference).total == doctest::Approx(100 - 32 * 0.1));
}

TEST_CASE("relations of a missing node are marked as going with it") {
    ArgumentMap reference = reference_map();
    ArgumentMap student;
    add_node(student, NodeKind::Thesis, "Ustopia", "Every utopia contains a latent dystopia.");
    Comparison c = compare_maps(student, reference);
    REQUIRE(c.missing_relations.size() == 3);
    CHECK_FALSE(c.missing_relations[0].ends_matched);
}

namespace {

// An essay drafted from prose: a thesis and one reason, no citation to anchor anything from.
ArgumentMap thesis_and_reason(std::string thesis_text, std::string reason_text) {
    ArgumentMap map;
    Vertex thesis = add_node(map, NodeKind::Thesis, "Thesis", std::move(thesis_text));
    Vertex reason = add_node(map, NodeKind::Claim, "Reason", std::move(reason_text));
    relate(map, reason, thesis, EdgeKind::Support);
    return map;
}

bool loses_points_at(const Comparison& c, const std::string& reference_title, const std::string& part) {
    return std::any_of(c.deductions.begin(), c.deductions.end(), [&](const Deduction& d) {
        return d.reference == reference_title && d.part == part;
    });
}

const char* const eco_thesis = "Eco-tourism can help protect wild areas and animals.";
const char* const eco_reason = "Because it helps raise awareness and also helps fund the groups trying to protect the areas.";

}  // namespace

TEST_CASE("a thesis restated in other words on the reference's topic earns all its points") {
    const ArgumentMap reference = thesis_and_reason(eco_thesis, eco_reason);
    const ArgumentMap student = thesis_and_reason("Tourism that respects nature can keep wildlife and wild places safe.",
                                                  "It makes visitors more aware of the problem.");
    const Comparison c = compare_maps(student, reference);
    CHECK_FALSE(loses_points_at(c, "Thesis", "claims"));
    CHECK(loses_points_at(c, "Thesis", "wording"));  // other words still count, in their small part
}

TEST_CASE("an anchored thesis does not make any reason under it the reference's reason") {
    const ArgumentMap reference = thesis_and_reason(eco_thesis, eco_reason);
    const ArgumentMap student = thesis_and_reason("Tourism that respects nature can keep wildlife and wild places safe.",
                                                  "Tourists enjoy taking pictures of animals.");
    const Comparison c = compare_maps(student, reference);
    CHECK_FALSE(loses_points_at(c, "Thesis", "claims"));
    CHECK(loses_points_at(c, "Reason", "claims"));
}

TEST_CASE("a thesis on another topic is not anchored by being the thesis") {
    const ArgumentMap reference = thesis_and_reason(eco_thesis, eco_reason);
    const ArgumentMap student = thesis_and_reason("School uniforms should be compulsory.",
                                                  "They stop children from competing over expensive clothes.");
    const Comparison c = compare_maps(student, reference);
    CHECK(loses_points_at(c, "Thesis", "claims"));
    CHECK(c.total < 10);
}
