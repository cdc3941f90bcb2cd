#include "formats/count_kinds.hpp"
#include "support/source_tree.hpp"
#include "warrant/formats.hpp"
#include "warrant/parse.hpp"

#include <doctest/doctest.h>

#include <algorithm>

namespace {

using warrant::EdgeKind;
using warrant::NodeKind;

warrant::Node statement(NodeKind kind, std::string title, std::string text) {
    warrant::Node node;
    node.kind = kind;
    node.title = std::move(title);
    if (!text.empty()) node.texts.push_back(std::move(text));
    return node;
}

struct Join {
    char from;
    EdgeKind kind;
    char to;
};

// Claims titled "A", "B", … (texts "a", "b", …) joined by `joins`, in order.
warrant::ArgumentMap claims_joined(std::string_view titles, const std::vector<Join>& joins) {
    warrant::ArgumentMap map;
    for (char title : titles)
        map.add_node(
            statement(NodeKind::Claim, std::string(1, title), std::string(1, static_cast<char>(title - 'A' + 'a'))));
    const auto vertex = [&](char title) { return static_cast<warrant::Vertex>(titles.find(title)); };
    for (const Join& join : joins) map.add_edge(vertex(join.from), vertex(join.to), {join.kind, {}});
    return map;
}

}  // namespace

TEST_CASE("the Argdown writer states kinds, poles, citations, PCS and relations so typing reads them back") {
    warrant::ArgumentMap map;
    map.poles = {"utopia", "dystopia"};
    map.sources.push_back({"atwood", "Margaret Atwood", "In Other Worlds", "2011", {}});
    warrant::Node thesis = statement(NodeKind::Thesis, "Ustopia", "Every utopia hides a dystopia.");
    thesis.pole = "utopia";
    thesis.tags = {"core idea"};
    warrant::Node evidence = statement(NodeKind::Evidence, "Quote", "Ustopia is a word I made up.");
    evidence.source = "atwood";
    evidence.page = "66";
    warrant::Node counter = statement(NodeKind::CounterPosition, "Hope", "Some utopias stay good.");
    warrant::Node source = statement(NodeKind::Source, "atwood", "Margaret Atwood, In Other Worlds (2011)");
    source.implicit = true;
    warrant::Node argument = statement(NodeKind::Argument, "From the word", "Atwood coined it.");
    argument.pcs = {{warrant::PcsMember::Role::Premise, "Quote"},
                    {warrant::PcsMember::Role::MainConclusion, "Ustopia", {"Definition"}}};
    auto t = map.add_node(thesis), e = map.add_node(evidence), c = map.add_node(counter);
    auto s = map.add_node(source), a = map.add_node(argument);
    map.add_edge(e, a, {EdgeKind::PremiseOf, {}});
    map.add_edge(a, t, {EdgeKind::ConclusionOf, {}});
    map.add_edge(e, s, {EdgeKind::Cites, {}});
    map.add_edge(c, t, {EdgeKind::Contrary, {}});
    map.add_edge(c, a, {EdgeKind::Undercut, {}});
    CHECK(warrant::export_argdown(map) ==
          "===\n"
          "poles:\n  - utopia\n  - dystopia\n"
          "sources:\n  atwood:\n    author: Margaret Atwood\n    work: In Other Worlds\n    year: 2011\n"
          "===\n\n"
          "[Ustopia]: Every utopia hides a dystopia. #(core idea) {kind: thesis, pole: utopia}\n\n"
          "[Quote]: Ustopia is a word I made up. {page: 66, source: atwood}\n\n"
          "[Hope]: Some utopias stay good. {contrary: [Ustopia], kind: counter-position}\n\n"
          "<From the word>: Atwood coined it.\n\n"
          "(1) [Quote]\n--\nDefinition\n--\n(2) [Ustopia]\n\n"
          "[Hope]\n  -> [Ustopia]\n  _> <From the word>\n");
}

TEST_CASE("Argdown syntax inside a text is escaped and line breaks become spaces") {
    warrant::ArgumentMap map;
    map.add_node(statement(NodeKind::Claim, "T", "a [b] #c <d> {e} *f* _g_ @h http://i\\j\nk"));
    CHECK(warrant::export_argdown(map) == "[T]: a \\[b\\] \\#c \\<d\\> \\{e\\} \\*f\\* \\_g\\_ \\@h http:\\/\\/i\\\\j k\n");
}

TEST_CASE("an argument without a conclusion lists its premises as supports and declares them premises") {
    warrant::ArgumentMap map;
    map.add_node(statement(NodeKind::Claim, "a1", "x"));
    warrant::Node rebuttal = statement(NodeKind::Argument, "c1", "");
    rebuttal.pcs = {{warrant::PcsMember::Role::Premise, "a1"}};
    map.add_node(rebuttal);
    CHECK(warrant::export_argdown(map) == "[a1]: x\n\n<c1> {premises: [a1]}\n\n<c1>\n  + [a1]\n");
}

TEST_CASE("the microtexts written as Argdown keep every statement, argument and relation") {
    warrant::LoadResult loaded = warrant::load_file(warrant::testing::shared_dir() + "/corpora/microtexts/en/micro_b001.xml");
    const std::string argdown = warrant::export_argdown(loaded.map);
    CHECK(argdown.starts_with("===\nid: micro_b001\npoles:\n  - proponent\n  - opponent\nstance: pro\n"
                              "topic_id: waste_separation\n===\n\n"));
    CHECK(argdown.find("[a5]: We Berliners should take the chance and become pioneers in waste separation! "
                       "{kind: thesis, pole: proponent}\n") != std::string::npos);
    CHECK(argdown.find("[a1]: Yes, it's annoying and cumbersome to separate your rubbish properly all the time. "
                       "{kind: counter-position, pole: opponent}\n") != std::string::npos);
    CHECK(argdown.ends_with("[a2]\n  +> [a1]\n\n<c1>\n  -> [a5]\n\n<c3>\n  _> <c1>\n"));
}

TEST_CASE("a microtext written as Argdown parses back with its kinds, texts and the premises of its attacks") {
    warrant::LoadResult original = warrant::load_file(warrant::testing::shared_dir() + "/corpora/microtexts/en/micro_b001.xml");
    warrant::LoadResult again = warrant::parse_argdown(warrant::export_argdown(original.map), "micro_b001.argdown");
    CHECK(again.diagnostics.empty());
    for (warrant::Vertex v = 0; v < original.map.node_count(); ++v) {
        const warrant::Node& node = original.map.node(v);
        if (node.kind == NodeKind::Argument) continue;
        const warrant::Node& same = again.map.node(*again.map.find_statement(node.title));
        CHECK(same.kind == node.kind);
        CHECK(same.texts == node.texts);
        CHECK(same.pole == node.pole);
    }
    std::vector<std::string> edges = warrant::test::describe_edges(again.map);
    std::sort(edges.begin(), edges.end());
    // Argdown has no premise-conclusion structure without a conclusion: <c1> (a rebuttal) and
    // <c3> (an undercut) declare their premises in metadata.
    CHECK(edges == std::vector<std::string>{"<c1> -attack-> a5", "<c3> -undercut-> <c1>", "a1 -premise-of-> <c1>",
                                            "a2 -support-> a1", "a3 -premise-of-> <c3>", "a4 -premise-of-> <c3>"});
}

TEST_CASE("entailment and contrariety between statements of a loose map are declared, and read back") {
    const warrant::ArgumentMap map = claims_joined("ABC", {{'A', EdgeKind::Entails, 'B'},
                                                           {'B', EdgeKind::Entails, 'A'},
                                                           {'C', EdgeKind::Support, 'A'},
                                                           {'C', EdgeKind::Contrary, 'B'}});
    const std::string argdown = warrant::export_argdown(map);
    CHECK(argdown == "[A]: a {entails: [B]}\n\n[B]: b {entails: [A]}\n\n[C]: c {contrary: [B]}\n\n"
                     "[A]\n  +> [B]\n\n[B]\n  +> [A]\n\n[C]\n  +> [A]\n  -> [B]\n");
    warrant::LoadResult again = warrant::parse_argdown(argdown, "x.argdown");
    CHECK(again.diagnostics.empty());
    CHECK(warrant::test::describe_edges(again.map) ==
          std::vector<std::string>{"A -entails-> B", "B -entails-> A", "C -support-> A", "C -contrary-> B"});
    CHECK(again.map.node(*again.map.find_statement("A")).metadata.empty());
}

TEST_CASE("a pair joined more than once is written once with each edge declared, and read back whole") {
    // As AIF corpora have them: one relation annotated by two S-nodes, a support beside an
    // entailment of the same pair (QT30's nodeset21681), an attack twice.
    const warrant::ArgumentMap map = claims_joined("AB", {{'A', EdgeKind::Support, 'B'},
                                                          {'A', EdgeKind::Entails, 'B'},
                                                          {'A', EdgeKind::Support, 'B'},
                                                          {'B', EdgeKind::Attack, 'A'},
                                                          {'B', EdgeKind::Attack, 'A'},
                                                          {'B', EdgeKind::Entails, 'B'},
                                                          {'B', EdgeKind::Entails, 'B'}});
    const std::string argdown = warrant::export_argdown(map);
    CHECK(argdown == "[A]: a {entails: [B], supports: [B, B]}\n\n[B]: b {attacks: [A, A], entails: [B, B]}\n\n"
                     "[A]\n  +> [B]\n\n[B]\n  -> [A]\n  +> [B]\n");
    warrant::LoadResult again = warrant::parse_argdown(argdown, "x.argdown");
    CHECK(again.diagnostics.empty());
    std::vector<std::string> edges = warrant::test::describe_edges(again.map);
    std::sort(edges.begin(), edges.end());
    CHECK(edges == std::vector<std::string>{"A -entails-> B", "A -support-> B", "A -support-> B", "B -attack-> A",
                                            "B -attack-> A", "B -entails-> B", "B -entails-> B"});
    CHECK(again.map.node(*again.map.find_statement("A")).metadata.empty());
    CHECK(again.map.node(*again.map.find_statement("B")).metadata.empty());
}

TEST_CASE("spaces Argdown would collapse or trim are escaped and read back") {
    warrant::ArgumentMap map;
    map.add_node(statement(NodeKind::Claim, "T", " two  spaces, then one "));
    const std::string argdown = warrant::export_argdown(map);
    CHECK(argdown == "[T]: \\ two \\ spaces, then one\\ \n");
    warrant::LoadResult again = warrant::parse_argdown(argdown, "x.argdown");
    CHECK(again.map.node(0).texts == std::vector<std::string>{" two  spaces, then one "});
}

namespace {

// The node written alone, and the Argdown it reads back from.
std::pair<std::string, warrant::Node> written_and_read(const warrant::Node& node) {
    warrant::ArgumentMap map;
    map.add_node(node);
    const std::string written = warrant::export_argdown(map);
    const warrant::LoadResult read = warrant::parse_argdown(written, "round.argdown");
    const auto v = read.map.find_statement(node.title);
    REQUIRE(v);
    return {written, read.map.node(*v)};
}

}  // namespace

TEST_CASE("the writer's own example is written {kind: example} and read back as one") {
    warrant::Node example = statement(NodeKind::Evidence, "World Cup", "South Africa filled its stadiums.");
    example.example = true;
    const auto [written, read] = written_and_read(example);
    CHECK(written == "[World Cup]: South Africa filled its stadiums. {kind: example}\n");
    CHECK(read.kind == NodeKind::Evidence);
    CHECK(read.example);
}

TEST_CASE("a conceded point is written #concession and read back as one") {
    warrant::Node granted = statement(NodeKind::Claim, "Numbers", "IBM's numbers haven't been staggering.");
    granted.conceded = true;
    const auto [written, read] = written_and_read(granted);
    CHECK(written == "[Numbers]: IBM's numbers haven't been staggering. #concession\n");
    CHECK(read.kind == NodeKind::Claim);
    CHECK(read.conceded);
}
