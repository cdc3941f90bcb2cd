#include "support/test_maps.hpp"

#include <doctest/doctest.h>

using namespace warrant;
using warrant::test::MapBuilder;
using warrant::test::with_code;
using Lines = std::vector<std::string>;

TEST_CASE("each part that reaches nothing leading to the thesis is one W123, named by its top claim") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    m.support(m.claim("Reason"), t);
    Vertex popular = m.claim("Popular");
    m.support(m.evidence("Poll", "wahl"), popular);
    Vertex aside = m.claim("Aside");
    Vertex detail = m.claim("Detail");
    m.support(detail, aside);
    m.attack(m.claim("Doubt"), detail);
    CHECK(with_code(m.findings(), "W123") ==
          Lines{"5: [Popular] and the 1 statement with it lead nowhere near the thesis [T]: they support or attack nothing that does",
                "9: [Aside] and the 2 statements with it lead nowhere near the thesis [T]: they support or attack nothing that does"});
}

TEST_CASE("a shared source does not join two branches, and a lone statement is left to W122") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    m.support(m.evidence("Quote", "wahl"), t);
    Vertex popular = m.claim("Popular");
    m.support(m.evidence("Poll", "wahl"), popular);
    m.claim("Alone");
    const auto findings = m.findings();
    CHECK(with_code(findings, "W123").size() == 1);
    CHECK(with_code(findings, "W122") == Lines{"10: [Alone] is not related to anything"});
}

TEST_CASE("a map without a thesis has no disconnected branches to report") {
    MapBuilder m;
    Vertex a = m.claim("A");
    m.support(m.claim("B"), a);
    Vertex c = m.claim("C");
    m.support(m.claim("D"), c);
    CHECK(with_code(m.findings(), "W123").empty());
}

TEST_CASE("a branch hanging under the thesis through an argument is connected") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    m.linked("Arg", {m.claim("P1"), m.claim("P2")}, t);
    CHECK(with_code(m.findings(), "W123").empty());
}
