#include "support/test_maps.hpp"

#include <doctest/doctest.h>

using namespace warrant;
using warrant::test::MapBuilder;
using warrant::test::with_code;
using Lines = std::vector<std::string>;

TEST_CASE("a title referenced but never defined is reported") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    Vertex ghost = m.claim("Reasno");
    m.map.node(ghost).texts.clear();
    m.support(ghost, t);
    CHECK(with_code(m.findings(), "W120") == Lines{"3: [Reasno] is referenced but never defined"});
}

TEST_CASE("implicit nodes and arguments with a premise-conclusion structure are defined") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    Vertex argument = m.linked("Arg", {m.assumption("P")}, t);
    m.map.node(argument).texts.clear();
    m.map.node(argument).pcs = {{PcsMember::Role::Premise, "P"}, {PcsMember::Role::MainConclusion, "T"}};
    CHECK(with_code(m.findings(), "W120").empty());
}

TEST_CASE("an attack on itself is a self-relation") {
    MapBuilder m;
    Vertex a = m.thesis("A");
    m.attack(a, a);
    CHECK(with_code(m.findings(), "W121") == Lines{"3: [A] attacks itself"});
}

TEST_CASE("a statement with no relations is isolated, a source is not") {
    MapBuilder m;
    m.support(m.assumption("Given"), m.thesis("T"));
    m.claim("Aside");
    m.source_node("atwood", true);
    auto findings = m.findings();
    CHECK(with_code(findings, "W122") == Lines{"5: [Aside] is not related to anything"});
}

TEST_CASE("a map without a thesis is reported once for the whole file") {
    MapBuilder m;
    m.support(m.assumption("Given"), m.claim("C"));
    auto findings = m.findings();
    CHECK(with_code(findings, "N203") == Lines{"0: the map declares no thesis (tag one statement #thesis)"});
    CHECK(findings.back().code == "N203");
    CHECK(findings.back().span.file == "test.argdown");
}

TEST_CASE("an empty map has no thesis finding") {
    MapBuilder m;
    CHECK(m.findings().empty());
}

TEST_CASE("a second thesis is an error naming the first") {
    MapBuilder m;
    Vertex first = m.thesis("First");
    Vertex second = m.thesis("Second");
    m.support(m.assumption("Given"), first);
    m.support(m.assumption("Also given"), second);
    auto findings = m.findings();
    CHECK(with_code(findings, "E101") == Lines{"3: thesis declared twice: [Second] after [First]"});
    CHECK(findings.front().severity == Severity::Error);
    CHECK(findings.front().related == std::vector<std::string>{"Second", "First"});
}

TEST_CASE("supporting a source is a relation that makes no sense") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    Vertex quote = m.evidence("Q", "atwood");
    m.support(quote, t);
    m.support(m.assumption("Given"), m.map.find_statement("atwood").value());
    CHECK(with_code(m.findings(), "E102") ==
          Lines{"7: claim [Given] supports source [atwood]: a source is cited, not supported"});
}

TEST_CASE("evidence attacking a source is a relation that makes no sense") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    Vertex quote = m.evidence("Q", "atwood");
    m.support(quote, t);
    m.attack(m.evidence("Other", "ishiguro"), m.map.find_statement("atwood").value());
    CHECK(with_code(m.findings(), "E102") ==
          Lines{"8: evidence [Other] attacks source [atwood]: evidence quotes its source, it cannot attack one"});
}

TEST_CASE("a cites edge from a claim is a relation that makes no sense") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    m.support(m.assumption("Given"), t);
    m.relate(t, m.source_node("atwood", true), EdgeKind::Cites);
    CHECK(with_code(m.findings(), "E102") == Lines{"5: thesis [T] cites source [atwood]: only evidence cites a source"});
}

TEST_CASE("findings come sorted by position then code") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    m.claim("Aside");
    m.support(m.evidence("Q"), t);
    CHECK(test::codes(m.findings()) == std::vector<std::string>{"W102", "W122", "W110"});
}
