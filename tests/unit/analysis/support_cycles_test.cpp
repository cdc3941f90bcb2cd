#include "support/test_maps.hpp"

#include <doctest/doctest.h>

using namespace warrant;
using warrant::test::MapBuilder;
using warrant::test::with_code;

TEST_CASE("a support cycle is reported once with its members in cycle order") {
    MapBuilder m;
    Vertex a = m.claim("A");
    Vertex b = m.claim("B");
    Vertex c = m.claim("C");
    m.support(a, c);
    m.support(c, b);
    m.support(b, a);
    auto cycles = find_support_cycles(m.map);
    REQUIRE(cycles.size() == 1);
    CHECK(cycles[0].members == std::vector<Vertex>{a, c, b});
    CHECK(cycles[0].cycle_length == 3);
    CHECK(with_code(m.findings(), "W103") == std::vector<std::string>{"2: circular support: [A] -> [C] -> [B] -> [A]"});
}

TEST_CASE("a self-supporting statement is a cycle of one") {
    MapBuilder m;
    Vertex a = m.claim("A");
    m.support(a, a);
    auto cycles = find_support_cycles(m.map);
    REQUIRE(cycles.size() == 1);
    CHECK(cycles[0].members == std::vector<Vertex>{a});
    CHECK(with_code(m.findings(), "W103") == std::vector<std::string>{"2: [A] supports itself"});
    CHECK(with_code(m.findings(), "W121").empty());
}

// AIF's MA: entailment both ways.
void rephrase(MapBuilder& m, Vertex a, Vertex b) {
    m.relate(a, b, EdgeKind::Entails);
    m.relate(b, a, EdgeKind::Entails);
}

TEST_CASE("a rephrase, entailment both ways, is no circular support") {
    MapBuilder m;
    Vertex a = m.claim("A");
    Vertex b = m.claim("B");
    rephrase(m, a, b);
    rephrase(m, b, m.claim("C"));
    CHECK(find_support_cycles(m.map).empty());
}

TEST_CASE("a rephrase beside a support closes no circle; a one-way entailment back does") {
    MapBuilder m;
    Vertex a = m.claim("A");
    Vertex b = m.claim("B");
    Vertex c = m.claim("C");
    rephrase(m, a, b);
    m.support(a, b);
    CHECK(find_support_cycles(m.map).empty());
    m.support(b, c);
    m.relate(c, b, EdgeKind::Entails);
    REQUIRE(find_support_cycles(m.map).size() == 1);
    CHECK(find_support_cycles(m.map)[0].members == std::vector<Vertex>{b, c});
}

TEST_CASE("a support tree without cycles reports none") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    m.support(m.claim("A"), t);
    m.support(m.claim("B"), t);
    CHECK(find_support_cycles(m.map).empty());
    CHECK(with_code(m.findings(), "W103").empty());
}

TEST_CASE("attack cycles are not circular support") {
    MapBuilder m;
    Vertex a = m.claim("A");
    Vertex b = m.claim("B");
    m.attack(a, b);
    m.attack(b, a);
    CHECK(find_support_cycles(m.map).empty());
}

TEST_CASE("a cycle through a linked argument names the argument") {
    MapBuilder m;
    Vertex c = m.claim("C");
    Vertex q = m.evidence("Q", "atwood");
    m.linked("Arg", {q, c}, c);
    CHECK(with_code(m.findings(), "W103") == std::vector<std::string>{"2: circular support: [C] -> <Arg> -> [C]"});
}

TEST_CASE("members off the shortest cycle are listed after it") {
    MapBuilder m;
    Vertex a = m.claim("A");
    Vertex b = m.claim("B");
    Vertex c = m.claim("C");
    m.support(a, b);
    m.support(b, a);
    m.support(b, c);
    m.support(c, a);
    auto cycles = find_support_cycles(m.map);
    REQUIRE(cycles.size() == 1);
    CHECK(cycles[0].members == std::vector<Vertex>{a, b, c});
    CHECK(cycles[0].cycle_length == 2);
    CHECK(with_code(m.findings(), "W103") ==
          std::vector<std::string>{"2: circular support: [A] -> [B] -> [A] (1 more in the same circle: [C])"});
}

TEST_CASE("two separate cycles are reported separately in map order") {
    MapBuilder m;
    Vertex a = m.claim("A");
    Vertex b = m.claim("B");
    Vertex c = m.claim("C");
    Vertex d = m.claim("D");
    m.support(c, d);
    m.support(d, c);
    m.support(a, b);
    m.support(b, a);
    auto cycles = find_support_cycles(m.map);
    REQUIRE(cycles.size() == 2);
    CHECK(cycles[0].members == std::vector<Vertex>{a, b});
    CHECK(cycles[1].members == std::vector<Vertex>{c, d});
}
