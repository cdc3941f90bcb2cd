#include "support/test_maps.hpp"

#include <doctest/doctest.h>

using namespace warrant;
using warrant::test::MapBuilder;

TEST_CASE("evidence with a source and assumptions ground themselves") {
    MapBuilder m;
    Vertex quote = m.evidence("Quote", "atwood");
    Vertex unsourced = m.evidence("Unsourced");
    Vertex given = m.assumption("Given");
    Vertex example = m.example("Example");
    GroundingResult g = m.grounding();
    CHECK(g.is_grounded(example));
    CHECK(g.is_grounded(quote));
    CHECK_FALSE(g.is_grounded(unsourced));
    CHECK(g.is_grounded(given));
    CHECK_FALSE(g.is_grounded(m.map.find_statement("atwood").value()));
}

TEST_CASE("a claim is grounded through a chain of support down to evidence") {
    MapBuilder m;
    Vertex thesis = m.thesis("T");
    Vertex reason = m.claim("R");
    Vertex quote = m.evidence("Q", "atwood");
    m.support(reason, thesis);
    m.support(quote, reason);
    GroundingResult g = m.grounding();
    CHECK(g.is_grounded(thesis));
    CHECK(g.grounded_by[thesis] == reason);
    CHECK(g.grounded_by[reason] == quote);
    CHECK(g.claims == 2);
    CHECK(g.grounded_claims == 2);
}

TEST_CASE("an argument with one ungrounded premise does not ground its conclusion") {
    MapBuilder m;
    Vertex conclusion = m.claim("C");
    Vertex grounded = m.evidence("Q", "atwood");
    Vertex bare = m.claim("Bare");
    Vertex argument = m.linked("Arg", {grounded, bare}, conclusion);
    GroundingResult g = m.grounding();
    CHECK_FALSE(g.is_grounded(argument));
    CHECK_FALSE(g.is_grounded(conclusion));
}

TEST_CASE("an argument whose premises are all grounded grounds its conclusion") {
    MapBuilder m;
    Vertex conclusion = m.claim("C");
    Vertex first = m.evidence("Q1", "atwood");
    Vertex second = m.assumption("A");
    Vertex argument = m.linked("Arg", {first, second}, conclusion);
    GroundingResult g = m.grounding();
    CHECK(g.is_grounded(argument));
    CHECK(g.is_grounded(conclusion));
    CHECK(g.grounded_by[conclusion] == argument);
}

TEST_CASE("two independent supporters ground a claim when one of them is grounded") {
    MapBuilder m;
    Vertex claim = m.claim("C");
    Vertex bare = m.claim("Bare");
    Vertex quote = m.evidence("Q", "atwood");
    m.support(bare, claim);
    m.support(quote, claim);
    GroundingResult g = m.grounding();
    CHECK(g.is_grounded(claim));
    CHECK_FALSE(g.is_grounded(bare));
}

TEST_CASE("a support cycle grounds nothing") {
    MapBuilder m;
    Vertex a = m.claim("A");
    Vertex b = m.claim("B");
    m.support(a, b);
    m.support(b, a);
    GroundingResult g = m.grounding();
    CHECK_FALSE(g.is_grounded(a));
    CHECK_FALSE(g.is_grounded(b));
}

TEST_CASE("a cycle through a linked argument stays ungrounded even when another premise is grounded") {
    MapBuilder m;
    Vertex c = m.claim("C");
    Vertex quote = m.evidence("Q", "atwood");
    // C is a premise of the argument that concludes C.
    Vertex argument = m.linked("Arg", {quote, c}, c);
    GroundingResult g = m.grounding();
    CHECK_FALSE(g.is_grounded(argument));
    CHECK_FALSE(g.is_grounded(c));
}

TEST_CASE("a cycle entered from a grounded supporter is grounded") {
    MapBuilder m;
    Vertex a = m.claim("A");
    Vertex b = m.claim("B");
    Vertex quote = m.evidence("Q", "atwood");
    m.support(a, b);
    m.support(b, a);
    m.support(quote, a);
    GroundingResult g = m.grounding();
    CHECK(g.is_grounded(a));
    CHECK(g.is_grounded(b));
}

TEST_CASE("an argument without premises is grounded by a grounded supporter") {
    MapBuilder m;
    Vertex conclusion = m.claim("C");
    Vertex argument = m.argument("Arg");
    m.relate(argument, conclusion, EdgeKind::ConclusionOf);
    CHECK_FALSE(m.grounding().is_grounded(conclusion));
    m.support(m.evidence("Q", "atwood"), argument);
    CHECK(m.grounding().is_grounded(argument));
    CHECK(m.grounding().is_grounded(conclusion));
}

TEST_CASE("support from outside does not ground an argument with premises") {
    MapBuilder m;
    Vertex argument = m.linked("Arg", {m.claim("Bare")}, m.claim("C"));
    m.support(m.evidence("Q", "atwood"), argument);
    CHECK_FALSE(m.grounding().is_grounded(argument));
}

TEST_CASE("attack relations neither ground nor unground") {
    MapBuilder m;
    Vertex claim = m.claim("C");
    Vertex quote = m.evidence("Q", "atwood");
    m.attack(quote, claim);
    CHECK_FALSE(m.grounding().is_grounded(claim));
}

TEST_CASE("grounding without an excluded node shows what depended on it") {
    MapBuilder m;
    Vertex claim = m.claim("C");
    Vertex reason = m.claim("R");
    m.support(reason, claim);
    m.support(m.evidence("Q", "atwood"), reason);
    CHECK(compute_grounding(m.map).is_grounded(claim));
    CHECK_FALSE(compute_grounding(m.map, reason).is_grounded(claim));
}
