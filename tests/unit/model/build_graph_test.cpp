#include "warrant/formats.hpp"
#include "warrant/parse.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

using warrant::EdgeKind;

struct Relation {
    std::string from, to;
    EdgeKind kind;
    bool operator==(const Relation&) const = default;
};

std::vector<Relation> relations_of(const warrant::ArgumentMap& map) {
    std::vector<Relation> out;
    for (auto e : boost::make_iterator_range(boost::edges(map.graph)))
        out.push_back({map.graph[boost::source(e, map.graph)].title, map.graph[boost::target(e, map.graph)].title, map.graph[e].kind});
    return out;
}

warrant::LoadResult load(std::string text) {
    warrant::LoadResult result = warrant::parse_argdown(std::move(text), "t.argdown");
    REQUIRE_FALSE(result.has_errors());
    return result;
}

}  // namespace

TEST_CASE("one title is one statement with every text it was given") {
    auto result = load("[A]: first\n\n[A]: second\n\n[A]");
    REQUIRE(result.map.node_count() == 1);
    const auto& node = result.map.node(*result.map.find_statement("A"));
    CHECK(node.texts == std::vector<std::string>{"first", "second"});
    CHECK(node.span.line == 1);
}

TEST_CASE("untitled statements are numbered in document order") {
    auto result = load("a\n  + b\n  - c\n\nd");
    for (const char* title : {"Untitled 1", "Untitled 2", "Untitled 3", "Untitled 4"}) CHECK(result.map.find_statement(title));
    CHECK(result.map.node(*result.map.find_statement("Untitled 3")).texts == std::vector<std::string>{"c"});
}

TEST_CASE("relation symbols give type and direction") {
    auto result = load("[A]\n  + [B]\n  - [C]\n  +> [D]\n  -> [E]\n  >< [F]\n  _> <G>");
    CHECK(relations_of(result.map) == std::vector<Relation>{{"B", "A", EdgeKind::Support}, {"C", "A", EdgeKind::Attack},
                                                            {"A", "D", EdgeKind::Support}, {"A", "E", EdgeKind::Attack},
                                                            {"A", "F", EdgeKind::Contradictory}, {"A", "G", EdgeKind::Undercut}});
}

TEST_CASE("strict mode reads statement support as entailment and attack as contrariety") {
    auto result = load("===\nmodel:\n  mode: strict\n===\n\n[A]\n  + [B]\n  - [C]\n\n[C]\n  - [A]");
    CHECK(relations_of(result.map) == std::vector<Relation>{{"B", "A", EdgeKind::Entails}, {"C", "A", EdgeKind::Contrary}});
}

TEST_CASE("a reconstruction below a description becomes that argument's structure") {
    auto result = load("<Arg>: desc\n\n(1) [P]: p\n(2) q\n----\n(3) [C]: c\n  +> [T]");
    const auto& argument = result.map.node(*result.map.find_argument("Arg"));
    REQUIRE(argument.pcs.size() == 3);
    CHECK(argument.pcs[0].title == "P");
    CHECK(argument.pcs[1].title == "Untitled 1");
    CHECK(argument.pcs[2].role == warrant::PcsMember::Role::MainConclusion);
    CHECK(relations_of(result.map) == std::vector<Relation>{{"C", "T", EdgeKind::Support}, {"P", "Arg", EdgeKind::PremiseOf},
                                                            {"Untitled 1", "Arg", EdgeKind::PremiseOf},
                                                            {"Arg", "C", EdgeKind::ConclusionOf}});
}

TEST_CASE("relations of a reconstructed argument are lifted to its main conclusion") {
    auto result = load("[T]\n  + <A>\n\n<A>\n\n(1) p\n----\n(2) [C]: c");
    CHECK(relations_of(result.map)[0] == Relation{"C", "T", EdgeKind::Support});
}

TEST_CASE("headings become nested sections that statements belong to") {
    auto result = load("# One\n\n## Two\n\n[A]: a\n\n# Three\n\n[B]: b");
    REQUIRE(result.map.sections.size() == 3);
    CHECK(result.map.sections[1].parent == "s1");
    CHECK(result.map.sections[2].parent == "");
    CHECK(result.map.node(*result.map.find_statement("A")).section == "s2");
    CHECK(result.map.node(*result.map.find_statement("B")).section == "s3");
}

TEST_CASE("removeTagsFromText drops a heading's last tag and the blank after it") {
    auto result = load("===\nmodel:\n  removeTagsFromText: true\n===\n\n# Hypothesis #H3 \n\n[A]: a #t");
    REQUIRE(result.map.sections.size() == 1);
    CHECK(result.map.sections[0].title == "Hypothesis");
    CHECK(result.map.node(*result.map.find_statement("A")).texts == std::vector<std::string>{"a"});
}

TEST_CASE("metadata and front matter are flattened to dotted keys") {
    auto result = load("===\nsources:\n  atwood: {year: 2011}\npoles: [a, b]\n===\n\n[A]: a {source: atwood, pages: [3, 4]}");
    CHECK(result.map.front_matter.at("sources.atwood.year") == "2011");
    CHECK(result.map.front_matter.at("poles.1") == "b");
    const auto& node = result.map.node(*result.map.find_statement("A"));
    CHECK(node.metadata.at("source") == "atwood");
    CHECK(node.metadata.at("pages.0") == "3");
}

TEST_CASE("tags are collected per node and for the map in order of first use") {
    auto result = load("[A]: a #x #(y z)\n\n[B]: b #x #w");
    CHECK(result.map.tags == std::vector<std::string>{"x", "y z", "w"});
    CHECK(result.map.node(*result.map.find_statement("A")).tags == std::vector<std::string>{"x", "y z"});
}

TEST_CASE("invalid YAML metadata is an error at its line") {
    auto result = warrant::parse_argdown("[A]: a\n\n[B]: b {x: [1; y: }", "t.argdown");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].code == "E020");
    CHECK(result.diagnostics[0].span.line == 3);
}

TEST_CASE("a 20 MB map parses without errors into the expected graph") {
    // Speed is measured by `make bench` (tests/bench/parse_bench.cpp), never timed here.
    std::string text;
    int statements = 0;
    for (; text.size() < (std::size_t{20} << 20); ++statements)
        text += "[S" + std::to_string(statements) + "]: Statement number " + std::to_string(statements) +
                " has **some** text #t\n  + [S" + std::to_string(statements + 1) + "]\n  - <A" +
                std::to_string(statements) + ">: an argument {k: v}\n\n";
    auto result = warrant::parse_argdown(std::move(text), "big.argdown");
    CHECK_FALSE(result.has_errors());
    // S0..S(n-1), the last one's referenced successor S(n), and one argument per paragraph.
    CHECK(result.map.node_count() == static_cast<std::size_t>(2 * statements + 1));
    CHECK(result.map.edge_count() == static_cast<std::size_t>(2 * statements));
}
