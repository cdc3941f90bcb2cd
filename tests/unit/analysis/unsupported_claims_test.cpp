#include "support/test_maps.hpp"

#include <doctest/doctest.h>

using namespace warrant;
using warrant::test::MapBuilder;
using warrant::test::with_code;
using Lines = std::vector<std::string>;

TEST_CASE("a claim with no support is reported as unsupported") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    m.attack(m.counter("Objection"), t);
    CHECK(with_code(m.findings(), "W101") == Lines{"2: thesis [T] is asserted without any support"});
}

TEST_CASE("a claim grounded in evidence is neither unsupported nor ungrounded") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    m.support(m.evidence("Q", "atwood"), t);
    auto findings = m.findings();
    CHECK(with_code(findings, "W101").empty());
    CHECK(with_code(findings, "W102").empty());
}

TEST_CASE("an assumption needs no support") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    m.support(m.assumption("Given"), t);
    auto findings = m.findings();
    CHECK(with_code(findings, "W101").empty());
    CHECK(with_code(findings, "W102").empty());
}

TEST_CASE("a supported claim whose chains end in bare assertions is ungrounded and names them") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    Vertex r = m.claim("R");
    Vertex bare = m.claim("Bare");
    m.support(r, t);
    m.support(bare, r);
    auto findings = m.findings();
    CHECK(with_code(findings, "W102") ==
          Lines{"2: thesis [T] is supported, but no chain reaches evidence: it rests on unsupported [Bare]",
                "3: claim [R] is supported, but no chain reaches evidence: it rests on unsupported [Bare]"});
    CHECK(with_code(findings, "W101") == Lines{"4: claim [Bare] is asserted without any support"});
}

TEST_CASE("an ungrounded claim names every unsupported statement beneath it, up to three") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    for (const char* title : {"A", "B", "C", "D"}) m.support(m.claim(title), t);
    auto w102 = with_code(m.findings(), "W102");
    CHECK(w102 == Lines{"2: thesis [T] is supported, but no chain reaches evidence: it rests on unsupported [A], [B] and [C]"});
}

TEST_CASE("a claim resting on an argument with an ungrounded premise names that premise") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    Vertex q = m.evidence("Q", "atwood");
    Vertex bare = m.claim("Bare");
    m.linked("Arg", {q, bare}, t);
    CHECK(with_code(m.findings(), "W102") ==
          Lines{"2: thesis [T] is supported, but no chain reaches evidence: it rests on unsupported [Bare]"});
}

TEST_CASE("a claim supported only by a circle says so") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    Vertex a = m.claim("A");
    Vertex b = m.claim("B");
    m.support(a, t);
    m.support(a, b);
    m.support(b, a);
    CHECK(with_code(m.findings(), "W102") ==
          Lines{"2: thesis [T] is supported, but no chain reaches evidence: its support only turns in a circle",
                "3: claim [A] is supported, but no chain reaches evidence: its support only turns in a circle",
                "4: claim [B] is supported, but no chain reaches evidence: its support only turns in a circle"});
}

TEST_CASE("isolated and undefined claims are left to the structure checks") {
    MapBuilder m;
    m.thesis("Alone");
    Vertex t = m.thesis("T");
    Vertex ghost = m.claim("Ghost");
    m.map.node(ghost).texts.clear();
    m.support(ghost, t);
    auto findings = m.findings();
    CHECK(with_code(findings, "W101").empty());
    CHECK(with_code(findings, "W122") == Lines{"2: [Alone] is not related to anything"});
    CHECK(with_code(findings, "W120") == Lines{"4: [Ghost] is referenced but never defined"});
}
