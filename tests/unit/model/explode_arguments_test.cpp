#include "warrant/parse.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace {

using warrant::EdgeKind;
using warrant::PcsMember;
using warrant::Vertex;

const std::string kFrontMatter = "===\nmodel:\n  explodeArguments: true\n===\n\n";

std::vector<std::string> premise_titles(const std::vector<PcsMember>& pcs) {
    std::vector<std::string> out;
    for (const PcsMember& member : pcs) out.push_back(std::string(to_string(member.role)) + " " + member.title);
    return out;
}

// The argument node titled `title`, found by its title (the step arguments' own).
std::optional<Vertex> argument_titled(const warrant::ArgumentMap& map, const std::string& title) {
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph)))
        if (map.node(v).kind == warrant::NodeKind::Argument && map.node(v).title == title) return v;
    return std::nullopt;
}

// The undercut edges of the map, as "undercutter -> target".
std::vector<std::string> undercuts(const warrant::ArgumentMap& map) {
    std::vector<std::string> out;
    for (auto e : boost::make_iterator_range(boost::edges(map.graph)))
        if (map.graph[e].kind == EdgeKind::Undercut)
            out.push_back(map.graph[boost::source(e, map.graph)].title + " -> " + map.graph[boost::target(e, map.graph)].title);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("an exploded step's intermediary conclusion is the next step's premise, linked in the graph") {
    auto result = warrant::parse_argdown(kFrontMatter + "<A>: a\n\n(1) [P]: p\n----\n(2) [I]: i\n(3) [Q]: q\n----\n(4) [C]: c\n",
                                         "t.argdown");
    REQUIRE_FALSE(result.has_errors());
    CHECK_FALSE(argument_titled(result.map, "A"));
    const auto one = argument_titled(result.map, "A - 1");
    const auto two = argument_titled(result.map, "A - 2");
    REQUIRE(one);
    REQUIRE(two);
    CHECK(premise_titles(result.map.node(*one).pcs) == std::vector<std::string>{"premise P", "main-conclusion I"});
    CHECK(premise_titles(result.map.node(*two).pcs) == std::vector<std::string>{"premise I", "premise Q", "main-conclusion C"});
    const auto i = *result.map.find_statement("I");
    CHECK(boost::edge(*one, i, result.map.graph).second);  // A - 1 concludes I
    CHECK(boost::edge(i, *two, result.map.graph).second);  // I is a premise of A - 2
    CHECK(result.map.node(*two).texts == std::vector<std::string>{"a"});
}

TEST_CASE("an undercut of one inference hits the step that ends in its conclusion, one of the argument its last step") {
    auto result = warrant::parse_argdown(
        kFrontMatter + "<A>\n\n(1) p\n----\n  <_ [U]: u\n(2) i\n(3) q\n----\n(4) c\n\n[X]: x\n  _> <A>\n", "t.argdown");
    REQUIRE_FALSE(result.has_errors());
    CHECK(undercuts(result.map) == std::vector<std::string>{"U -> A - 1", "X -> A - 2"});
}

TEST_CASE("a step's inference names its premises with uses") {
    auto result = warrant::parse_argdown(kFrontMatter + "<A>\n\n(1) p\n(2) q\n-- {uses: [2]} --\n(3) i\n----\n(4) c\n", "t.argdown");
    REQUIRE_FALSE(result.has_errors());
    CHECK(premise_titles(result.map.node(*argument_titled(result.map, "A - 1")).pcs) ==
          std::vector<std::string>{"premise Untitled 2", "main-conclusion Untitled 3"});
}

TEST_CASE("a conclusion's own metadata names the premises of its step with uses, as Argdown's guide writes it") {
    // The guide's shape: (7) names (3) and (6); the inference lines carry no uses of their own.
    auto result = warrant::parse_argdown(kFrontMatter +
                                             "<A>\n\n(1) p1\n(2) p2\n----\n(3) i1\n(4) p4\n(5) p5\n----\n(6) i2\n----\n"
                                             "(7) c {uses: [3, 6]}\n",
                                         "t.argdown");
    REQUIRE_FALSE(result.has_errors());
    CHECK(premise_titles(result.map.node(*argument_titled(result.map, "A - 3")).pcs) ==
          std::vector<std::string>{"premise Untitled 3", "premise Untitled 6", "main-conclusion Untitled 7"});
    // The inference line's own list comes first, as in Argdown's ExplodeArgumentsPlugin.
    auto both = warrant::parse_argdown(kFrontMatter + "<B>\n\n(1) p\n(2) q\n-- {uses: [2]} --\n(3) i {uses: [1]}\n----\n(4) c\n",
                                       "t.argdown");
    REQUIRE_FALSE(both.has_errors());
    CHECK(premise_titles(both.map.node(*argument_titled(both.map, "B - 1")).pcs) ==
          std::vector<std::string>{"premise Untitled 2", "main-conclusion Untitled 3"});
}

TEST_CASE("a conclusion's uses naming a statement the argument does not have is E023, as an inference's is") {
    auto result = warrant::parse_argdown(kFrontMatter + "<A>\n\n(1) p\n----\n(2) i {uses: [9]}\n----\n(3) c\n", "t.argdown");
    REQUIRE(result.has_errors());
    CHECK(std::any_of(result.diagnostics.begin(), result.diagnostics.end(),
                      [](const warrant::Diagnostic& d) { return d.code == "E023"; }));
}

TEST_CASE("an argument whose step title is taken is not exploded and the map is rejected") {
    auto result = warrant::parse_argdown(kFrontMatter + "<A - 2>: taken\n\n<A>\n\n(1) p\n----\n(2) i\n----\n(3) c\n", "t.argdown");
    REQUIRE(result.has_errors());
    CHECK(std::any_of(result.diagnostics.begin(), result.diagnostics.end(),
                      [](const warrant::Diagnostic& d) { return d.code == "E023" && d.span.line == 8; }));
    CHECK(argument_titled(result.map, "A"));
}
