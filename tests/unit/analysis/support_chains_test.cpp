#include "support/test_maps.hpp"

#include <doctest/doctest.h>

using namespace warrant;
using warrant::test::MapBuilder;

namespace {

std::vector<std::string> titles_of(const ArgumentMap& map, const std::vector<Vertex>& vertices) {
    std::vector<std::string> out;
    for (Vertex v : vertices) out.push_back(map.node(v).title);
    return out;
}

}  // namespace

TEST_CASE("a chain lists the support tree in preorder with depths") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    Vertex r = m.claim("R");
    Vertex q1 = m.evidence("Q1", "atwood", "66");
    Vertex q2 = m.evidence("Q2", "ishiguro", "12");
    m.support(r, t);
    m.support(q1, r);
    m.support(q2, t);
    SupportChain chain = support_chain(m.map, t, m.grounding());
    REQUIRE(chain.steps.size() == 4);
    CHECK(chain.steps[0].vertex == t);
    CHECK(chain.steps[1].vertex == r);
    CHECK(chain.steps[1].depth == 1);
    CHECK(chain.steps[2].vertex == q1);
    CHECK(chain.steps[2].depth == 2);
    CHECK(chain.steps[3].vertex == q2);
    CHECK(chain.steps[3].depth == 1);
    CHECK(chain.depth == 2);
    CHECK(titles_of(m.map, chain.grounds) == std::vector<std::string>{"Q1", "Q2"});
    CHECK_FALSE(chain.fragile());
    CHECK(chain.critical.empty());
    CHECK(titles_of(m.map, chain.longest_ground_path) == std::vector<std::string>{"T", "R", "Q1"});
}

TEST_CASE("a claim resting on one piece of evidence is fragile and names its weakest link") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    Vertex r = m.claim("R");
    m.support(r, t);
    m.support(m.evidence("Q", "atwood", "66"), r);
    m.support(m.claim("Bare"), t);
    SupportChain chain = support_chain(m.map, t, m.grounding());
    CHECK(chain.grounds.size() == 1);
    CHECK(chain.fragile());
    CHECK(titles_of(m.map, chain.critical) == std::vector<std::string>{"R", "Q"});
    CHECK(format_support_chain(m.map, chain) ==
          "[T]  thesis, grounded\n"
          "  + [R]  claim, grounded\n"
          "    + [Q]  evidence atwood p. 66, ground\n"
          "  + [Bare]  claim, ungrounded\n"
          "\n"
          "depth 2; 1 independent ground: [Q] (fragile: one ground carries it)\n"
          "weakest link: [R] (without it [T] is ungrounded); also critical: [Q]\n");
}

TEST_CASE("a linked argument's premises all count as grounds and each is critical") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    Vertex q = m.evidence("Q", "atwood", "66");
    Vertex a = m.assumption("A");
    m.linked("Arg", {q, a}, t);
    SupportChain chain = support_chain(m.map, t, m.grounding());
    CHECK(chain.depth == 2);
    CHECK(titles_of(m.map, chain.grounds) == std::vector<std::string>{"Q", "A"});
    CHECK(titles_of(m.map, chain.critical) == std::vector<std::string>{"Arg", "Q", "A"});
    CHECK(format_support_chain(m.map, chain) ==
          "[T]  thesis, grounded\n"
          "  + <Arg>  argument, grounded\n"
          "    premise [Q]  evidence atwood p. 66, ground\n"
          "    premise [A]  claim (assumption), ground\n"
          "\n"
          "depth 2; 2 independent grounds: [Q] and [A]\n"
          "weakest link: <Arg> (without it [T] is ungrounded); also critical: [Q] and [A]\n");
}

TEST_CASE("the writer's own example is a ground, and the chain says it is an example") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    Vertex r = m.claim("R");
    m.support(r, t);
    m.support(m.example("E"), r);
    SupportChain chain = support_chain(m.map, t, m.grounding());
    CHECK(format_support_chain(m.map, chain) ==
          "[T]  thesis, grounded\n"
          "  + [R]  claim, grounded\n"
          "    + [E]  evidence (example), ground\n"
          "\n"
          "depth 2; 1 independent ground: [E] (fragile: one ground carries it)\n"
          "weakest link: [R] (without it [T] is ungrounded); also critical: [E]\n");
}

TEST_CASE("a node reached twice is shown once and then marked as repeated") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    Vertex a = m.claim("A");
    Vertex b = m.claim("B");
    Vertex q = m.evidence("Q", "atwood", "1");
    m.support(a, t);
    m.support(b, t);
    m.support(q, a);
    m.support(q, b);
    SupportChain chain = support_chain(m.map, t, m.grounding());
    REQUIRE(chain.steps.size() == 5);
    CHECK(chain.steps[4].vertex == q);
    CHECK(chain.steps[4].repeated);
    CHECK(chain.grounds.size() == 1);
    CHECK(titles_of(m.map, chain.critical) == std::vector<std::string>{"Q"});
}

TEST_CASE("a support cycle below a claim is marked circular and not expanded again") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    Vertex a = m.claim("A");
    m.support(a, t);
    m.support(t, a);
    SupportChain chain = support_chain(m.map, t, m.grounding());
    REQUIRE(chain.steps.size() == 3);
    CHECK(chain.steps[2].vertex == t);
    CHECK(chain.steps[2].circular);
    CHECK_FALSE(chain.grounded);
    CHECK(format_support_chain(m.map, chain) ==
          "[T]  thesis, ungrounded\n"
          "  + [A]  claim, ungrounded\n"
          "    + [T]  thesis, ungrounded; circular: it is already on this path\n"
          "\n"
          "depth 2; [T] is not grounded: no chain reaches evidence\n");
}

TEST_CASE("two independent grounds have no single point of failure, the longest path is shown") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    Vertex r = m.claim("R");
    m.support(r, t);
    m.support(m.evidence("Deep", "atwood", "1"), r);
    m.support(m.evidence("Near", "ishiguro", "2"), t);
    SupportChain chain = support_chain(m.map, t, m.grounding());
    CHECK(chain.critical.empty());
    const std::string text = format_support_chain(m.map, chain);
    CHECK(text.substr(text.find("depth")) ==
          "depth 2; 2 independent grounds: [Deep] and [Near]\n"
          "no single point of failure; longest chain to a ground: [T] <- [R] <- [Deep]\n");
}

TEST_CASE("a claim with many grounds lists the first ten and counts the rest") {
    MapBuilder m;
    Vertex t = m.thesis("T");
    for (int i = 0; i < 12; ++i) m.support(m.evidence("Q" + std::to_string(i), "atwood", "1"), t);
    const std::string text = format_support_chain(m.map, support_chain(m.map, t, m.grounding()));
    CHECK(text.substr(text.find("depth")) ==
          "depth 1; 12 independent grounds: [Q0], [Q1], [Q2], [Q3], [Q4], [Q5], [Q6], [Q7], [Q8], [Q9], and 2 more\n"
          "no single point of failure; longest chain to a ground: [T] <- [Q0]\n");
}

TEST_CASE("the longest grounded path is read back through the deepest branch, not the last one") {
    // T <- A <- B <- Q1 (grounded, depth 3), then T <- C <- Q2 (depth 2), and T <- U <- V <- W
    // (deeper, but bare: not grounded).
    MapBuilder m;
    Vertex t = m.thesis("T");
    Vertex a = m.claim("A"), b = m.claim("B"), c = m.claim("C");
    m.support(a, t);
    m.support(b, a);
    m.support(m.evidence("Q1", "atwood", "1"), b);
    m.support(c, t);
    m.support(m.evidence("Q2", "atwood", "2"), c);
    Vertex u = m.claim("U"), v = m.claim("V");
    m.support(u, t);
    m.support(v, u);
    m.support(m.claim("W"), v);
    SupportChain chain = support_chain(m.map, t, m.grounding());
    CHECK(titles_of(m.map, chain.longest_ground_path) == std::vector<std::string>{"T", "A", "B", "Q1"});
}

TEST_CASE("a long chain grounded at every level has the whole chain as its longest grounded path") {
    // Each claim is supported by the next and by its own evidence: every level holds a ground,
    // each one deeper than the last.
    constexpr int kLevels = 3000;
    MapBuilder m;
    std::vector<Vertex> chain_nodes{m.thesis("C0")};
    for (int i = 1; i < kLevels; ++i) {
        chain_nodes.push_back(m.claim("C" + std::to_string(i)));
        m.support(chain_nodes.back(), chain_nodes[chain_nodes.size() - 2]);
    }
    for (int i = 0; i < kLevels; ++i) m.support(m.evidence("E" + std::to_string(i), "atwood", "1"), chain_nodes[i]);
    SupportChain chain = support_chain(m.map, chain_nodes[0], m.grounding());
    REQUIRE(chain.longest_ground_path.size() == kLevels + 1);
    for (int i = 0; i < kLevels; ++i) CHECK(chain.longest_ground_path[i] == chain_nodes[i]);
    CHECK(m.map.node(chain.longest_ground_path.back()).title == "E" + std::to_string(kLevels - 1));
}
