#include "support/test_maps.hpp"

#include <doctest/doctest.h>

using namespace warrant;
using warrant::test::MapBuilder;
using warrant::test::with_code;
using Lines = std::vector<std::string>;

TEST_CASE("a counter-position attacking the thesis and never attacked is unanswered") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    m.support(m.evidence("Q", "atwood"), t);
    m.attack(m.counter("Objection"), t);
    auto findings = m.findings();
    CHECK(with_code(findings, "W104") == Lines{"6: counter-position [Objection] attacks [T] and is never answered"});
}

TEST_CASE("a counter-position attacked by grounded evidence is answered") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    Vertex objection = m.counter("Objection");
    m.attack(objection, t);
    m.attack(m.evidence("Rebuttal", "atwood"), objection);
    CHECK(with_code(m.findings(), "W104").empty());
}

TEST_CASE("a counter-position undercut by a grounded argument is answered") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    Vertex objection = m.counter("Objection");
    m.attack(objection, t);
    Vertex rebuttal = m.linked("Rebuttal", {m.evidence("Q", "atwood")}, m.claim("R"));
    m.relate(rebuttal, objection, EdgeKind::Undercut);
    CHECK(with_code(m.findings(), "W104").empty());
}

TEST_CASE("a counter-position attacked only by a bare assertion is answered only by ungrounded statements") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    Vertex objection = m.counter("Objection");
    m.attack(objection, t);
    m.attack(m.claim("Bare rebuttal"), objection);
    CHECK(with_code(m.findings(), "W104") ==
          Lines{"3: counter-position [Objection] attacks [T] and is answered only by ungrounded statements "
                "([Bare rebuttal]): an answer counts here once it is grounded, while the status view, weighing attacks alone, may draw [Objection] OUT"});
}

TEST_CASE("a contradiction stored from the claim's side counts as the counter-position's attack") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    Vertex objection = m.counter("Objection");
    m.relate(t, objection, EdgeKind::Contradictory);
    CHECK(with_code(m.findings(), "W104") ==
          Lines{"3: counter-position [Objection] attacks [T] and is answered only by ungrounded statements ([T]): an answer counts here once it is grounded, while the status view, weighing attacks alone, may draw [Objection] OUT"});
    m.support(m.evidence("Q", "atwood"), t);
    CHECK(with_code(m.findings(), "W104").empty());
}

TEST_CASE("a counter-position attacking only another counter-position is not the map's concern") {
    MapBuilder m;
    Vertex first = m.counter("First");
    m.attack(m.counter("Second"), first);
    CHECK(with_code(m.findings(), "W104").empty());
}

TEST_CASE("a plain claim attacking the thesis is an objection too and must be answered") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    Vertex honesty = m.claim("Honesty");
    m.attack(honesty, t);
    CHECK(with_code(m.findings(), "W104") == Lines{"3: claim [Honesty] attacks [T] and is never answered"});
}

TEST_CASE("a rebuttal attacking an objection is not itself taken for an objection") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    Vertex objection = m.claim("Objection");
    Vertex rebuttal = m.evidence("Rebuttal", "atwood");
    m.attack(objection, t);
    m.attack(rebuttal, objection);
    CHECK(with_code(m.findings(), "W104").empty());
}

TEST_CASE("a plain claim attacking a claim outside the thesis's support is not an objection") {
    MapBuilder m;
    m.support(m.assumption("Given"), m.thesis("T"));
    Vertex aside = m.claim("Aside");
    m.attack(m.claim("Against aside"), aside);
    CHECK(with_code(m.findings(), "W104").empty());
}
