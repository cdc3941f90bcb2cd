#include "support/test_maps.hpp"

#include <doctest/doctest.h>

using namespace warrant;
using warrant::test::MapBuilder;
using warrant::test::with_code;
using Lines = std::vector<std::string>;

TEST_CASE("evidence without a source is reported") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    m.support(m.evidence("Quote"), t);
    CHECK(with_code(m.findings(), "W110") == Lines{"3: evidence [Quote] names no source"});
}

TEST_CASE("evidence with a source and a page is clean") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    m.support(m.evidence("Quote", "atwood", "66"), t);
    auto findings = m.findings();
    CHECK(with_code(findings, "W110").empty());
    CHECK(with_code(findings, "W111").empty());
    CHECK(with_code(findings, "W112").empty());
    CHECK(with_code(findings, "N201").empty());
}

TEST_CASE("evidence without a page is reported") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    m.support(m.evidence("Quote", "atwood", ""), t);
    CHECK(with_code(m.findings(), "W111") == Lines{"3: evidence [Quote] cites 'atwood' without a page"});
}

TEST_CASE("a cited source missing from the bibliography is reported at its first citation") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    Vertex missing = m.source_node("atwod", false);
    m.map.node(missing).span.line = 7;
    Vertex quote = m.evidence("Quote");
    m.map.node(quote).source = "atwod";
    m.map.node(quote).page = "66";
    m.relate(quote, missing, EdgeKind::Cites);
    m.support(quote, t);
    CHECK(with_code(m.findings(), "W112") == Lines{"7: source 'atwod' is cited by [Quote] but missing from the bibliography"});
}

TEST_CASE("a bibliography entry never cited is a note") {
    MapBuilder m;
    m.source_node("ishiguro", true);
    m.support(m.evidence("Quote", "atwood"), m.thesis("T"));
    auto findings = m.findings();
    CHECK(with_code(findings, "N201") == Lines{"1: bibliography entry 'ishiguro' is never cited"});
    CHECK(findings.front().severity == Severity::Note);
}

TEST_CASE("a bibliography entry without a source node is still reported when uncited") {
    MapBuilder m;
    m.support(m.evidence("Quote", "atwood"), m.thesis("T"));
    m.map.sources.push_back({"orwell", "George Orwell", "1984", "1949", SourceSpan{"test.argdown", 1, 1, 1, 1}});
    CHECK(with_code(m.findings(), "N201") == Lines{"1: bibliography entry 'orwell' is never cited"});
}

TEST_CASE("one source carrying most of three or more grounds is noted with its share") {
    MapBuilder m;
    Vertex c = m.thesis("C");
    m.support(m.evidence("Q1", "atwood"), c);
    m.support(m.evidence("Q2", "atwood"), c);
    m.support(m.evidence("Q3", "ishiguro"), c);
    CHECK(with_code(m.findings(), "N202") == Lines{"2: source 'atwood' carries 2 of the 3 grounds of [C] (66%)"});
}

TEST_CASE("grounds through a linked argument's premises count toward a source's share") {
    MapBuilder m;
    Vertex c = m.thesis("C");
    m.linked("Arg", {m.evidence("Q1", "atwood"), m.evidence("Q2", "atwood")}, c);
    m.support(m.evidence("Q3", "ishiguro"), c);
    CHECK(with_code(m.findings(), "N202") == Lines{"2: source 'atwood' carries 2 of the 3 grounds of [C] (66%)"});
}

TEST_CASE("an even spread of sources or fewer than three grounds is not noted") {
    MapBuilder m;
    Vertex c = m.thesis("C");
    m.support(m.evidence("Q1", "atwood"), c);
    m.support(m.evidence("Q2", "atwood"), c);
    CHECK(with_code(m.findings(), "N202").empty());
    m.support(m.evidence("Q3", "ishiguro"), c);
    m.support(m.evidence("Q4", "orwell"), c);
    m.support(m.evidence("Q5", "huxley"), c);
    CHECK(with_code(m.findings(), "N202").empty());
}

TEST_CASE("the writer's own example names no source and is not asked for one") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    m.support(m.example("World Cup in South Africa"), t);
    const auto findings = m.findings();
    CHECK(with_code(findings, "W110").empty());
    CHECK(with_code(findings, "W111").empty());
    CHECK(with_code(findings, "W102").empty());  // the example grounds the thesis
}
