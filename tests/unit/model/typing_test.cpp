#include "model/typing.hpp"

#include <doctest/doctest.h>

using namespace warrant;

namespace {

Vertex add_statement(ArgumentMap& map, std::string title, std::vector<std::string> tags = {},
                     std::map<std::string, std::string> metadata = {}) {
    Node node;
    node.title = std::move(title);
    node.texts = {"text of " + node.title};
    node.tags = std::move(tags);
    node.metadata = std::move(metadata);
    node.span = SourceSpan{"map.argdown", 3, 1, 3, 10};
    return map.add_node(std::move(node));
}

std::size_t count_edges(const ArgumentMap& map, EdgeKind kind) {
    std::size_t count = 0;
    for (EdgeId e : boost::make_iterator_range(boost::edges(map.graph))) count += map.graph[e].kind == kind;
    return count;
}

}  // namespace

TEST_CASE("a statement without tags or metadata stays a claim") {
    ArgumentMap map;
    Vertex v = add_statement(map, "A");
    std::vector<Diagnostic> diagnostics;
    model::assign_types(map, diagnostics);
    CHECK(map.node(v).kind == NodeKind::Claim);
    CHECK(diagnostics.empty());
}

TEST_CASE("tags declare thesis, counter-position, evidence and assumption") {
    ArgumentMap map;
    Vertex thesis = add_statement(map, "T", {"thesis"});
    Vertex counter = add_statement(map, "C", {"objection"});
    Vertex evidence = add_statement(map, "E", {"evidence"});
    Vertex assumed = add_statement(map, "A", {"assumption"});
    std::vector<Diagnostic> diagnostics;
    model::assign_types(map, diagnostics);
    CHECK(map.node(thesis).kind == NodeKind::Thesis);
    CHECK(map.node(counter).kind == NodeKind::CounterPosition);
    CHECK(map.node(evidence).kind == NodeKind::Evidence);
    CHECK(map.node(assumed).kind == NodeKind::Claim);
    CHECK(map.node(assumed).assumption);
}

TEST_CASE("a citation in metadata makes evidence that cites its source") {
    ArgumentMap map;
    map.front_matter = {{"sources.atwood.author", "Margaret Atwood"},
                        {"sources.atwood.work", "In Other Worlds"},
                        {"sources.atwood.year", "2011"}};
    Vertex quote = add_statement(map, "Q", {}, {{"source", "atwood"}, {"page", "66"}});
    std::vector<Diagnostic> diagnostics;
    model::assign_types(map, diagnostics);

    CHECK(map.node(quote).kind == NodeKind::Evidence);
    CHECK(map.node(quote).source == "atwood");
    CHECK(map.node(quote).page == "66");
    REQUIRE(map.sources.size() == 1);
    CHECK(map.sources[0].author == "Margaret Atwood");
    CHECK(map.sources[0].year == "2011");
    auto source = map.find_statement("atwood");
    REQUIRE(source);
    CHECK(map.node(*source).kind == NodeKind::Source);
    CHECK(map.node(*source).in_bibliography);
    CHECK(map.node(*source).implicit);
    CHECK(map.node(*source).texts == std::vector<std::string>{"Margaret Atwood, In Other Worlds (2011)"});
    REQUIRE(count_edges(map, EdgeKind::Cites) == 1);
    CHECK(boost::edge(quote, *source, map.graph).second);
}

TEST_CASE("a source cited but missing from the bibliography is kept and marked") {
    ArgumentMap map;
    add_statement(map, "Q", {}, {{"source", "nobody"}, {"page", "1"}});
    std::vector<Diagnostic> diagnostics;
    model::assign_types(map, diagnostics);
    auto source = map.find_statement("nobody");
    REQUIRE(source);
    CHECK(map.node(*source).kind == NodeKind::Source);
    CHECK_FALSE(map.node(*source).in_bibliography);
    CHECK(map.sources.empty());
}

TEST_CASE("a bibliography written as a list of entries with keys is read") {
    ArgumentMap map;
    map.front_matter = {{"sources.0.key", "more"}, {"sources.0.author", "Thomas More"}, {"sources.0.title", "Utopia"}};
    std::vector<Diagnostic> diagnostics;
    model::assign_types(map, diagnostics);
    REQUIRE(map.sources.size() == 1);
    CHECK(map.sources[0].key == "more");
    CHECK(map.sources[0].work == "Utopia");
}

TEST_CASE("poles are declared in the front matter and joined by tag or metadata") {
    ArgumentMap map;
    map.front_matter = {{"poles.0", "utopia"}, {"poles.1", "dystopia"}, {"poles.2", "ustopia"}};
    Vertex tagged = add_statement(map, "A", {"ustopia"});
    Vertex declared = add_statement(map, "B", {}, {{"pole", "dystopia"}});
    Vertex none = add_statement(map, "C", {"other"});
    std::vector<Diagnostic> diagnostics;
    model::assign_types(map, diagnostics);
    CHECK(map.poles == std::vector<std::string>{"utopia", "dystopia", "ustopia"});
    CHECK(map.node(tagged).pole == "ustopia");
    CHECK(map.node(declared).pole == "dystopia");
    CHECK(map.node(none).pole.empty());
    CHECK(diagnostics.empty());
}

TEST_CASE("an undeclared pole and two pole tags are reported") {
    ArgumentMap map;
    map.front_matter = {{"poles", "utopia, dystopia"}};
    add_statement(map, "A", {}, {{"pole", "arcadia"}});
    add_statement(map, "B", {"utopia", "dystopia"});
    std::vector<Diagnostic> diagnostics;
    model::assign_types(map, diagnostics);
    REQUIRE(diagnostics.size() == 2);
    CHECK(diagnostics[0].code == "W012");
    CHECK(diagnostics[1].code == "W013");
    CHECK(diagnostics[1].span.line == 3);
}

TEST_CASE("conflicting kind tags and an unknown kind are reported") {
    ArgumentMap map;
    Vertex both = add_statement(map, "A", {"thesis", "counter"});
    add_statement(map, "B", {}, {{"kind", "poem"}});
    std::vector<Diagnostic> diagnostics;
    model::assign_types(map, diagnostics);
    CHECK(map.node(both).kind == NodeKind::Thesis);
    REQUIRE(diagnostics.size() == 2);
    CHECK(diagnostics[0].code == "W011");
    CHECK(diagnostics[1].code == "W010");
}

TEST_CASE("a statement titled like a source key is that source") {
    ArgumentMap map;
    map.front_matter = {{"sources.wear.author", "Sarah Klitenic Wear"}};
    Vertex declared = add_statement(map, "wear", {"source"});
    add_statement(map, "Q", {}, {{"source", "wear"}, {"page", "3"}});
    std::vector<Diagnostic> diagnostics;
    model::assign_types(map, diagnostics);
    CHECK(map.node(declared).kind == NodeKind::Source);
    CHECK(map.node(declared).in_bibliography);
    CHECK_FALSE(map.node(declared).implicit);
    CHECK(map.node_count() == 2);
}

TEST_CASE("#example and {kind: example} make evidence that is the writer's own example") {
    ArgumentMap map;
    Vertex tagged = add_statement(map, "E1", {"example"});
    Vertex declared = add_statement(map, "E2", {}, {{"kind", "example"}});
    Vertex quote = add_statement(map, "Q", {"evidence"});
    Vertex overruled = add_statement(map, "C", {"example"}, {{"kind", "claim"}});
    std::vector<Diagnostic> diagnostics;
    model::assign_types(map, diagnostics);
    CHECK(map.node(tagged).kind == NodeKind::Evidence);
    CHECK(map.node(tagged).example);
    CHECK(map.node(declared).kind == NodeKind::Evidence);
    CHECK(map.node(declared).example);
    CHECK_FALSE(map.node(quote).example);
    CHECK(map.node(overruled).kind == NodeKind::Claim);  // metadata wins over tags
    CHECK_FALSE(map.node(overruled).example);
    CHECK(diagnostics.empty());
}
