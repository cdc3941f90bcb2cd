#include "formats/count_kinds.hpp"
#include "support/source_tree.hpp"
#include "warrant/formats.hpp"

#include <doctest/doctest.h>

#include <filesystem>

namespace {

using warrant::test::count_kinds;
using warrant::test::describe_edges;

const std::string kMicrotexts = warrant::testing::shared_dir() + "/corpora/microtexts/en";

warrant::LoadResult load_micro(const std::string& name) { return warrant::load_file(kMicrotexts + "/" + name + ".xml"); }

}  // namespace

TEST_CASE("every microtext imports without a diagnostic and the corpus totals match the paper") {
    std::map<std::string, int> totals;
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kMicrotexts)) {
        if (entry.path().extension() != ".xml") continue;
        ++files;
        warrant::LoadResult loaded = warrant::load_file(entry.path().string());
        CHECK_MESSAGE(loaded.diagnostics.empty(), entry.path().string());
        for (const auto& [kind, count] : count_kinds(loaded.map)) totals[kind] += count;
    }
    CHECK(files == 112);
    // 576 ADUs, 125 of them the opponent's, 171 attacks (108 reb + 63 und): as the corpus README says.
    CHECK(totals["thesis"] + totals["claim"] + totals["counter-position"] == 576);
    CHECK(totals["counter-position"] == 125);
    CHECK(totals["attack"] + totals["undercut"] == 171);
    CHECK(totals == std::map<std::string, int>{{"argument", 91}, {"attack", 108}, {"claim", 339},
                                               {"conclusion-of", 37}, {"counter-position", 125},
                                               {"premise-of", 112}, {"support", 235}, {"thesis", 112},
                                               {"undercut", 63}});
}

TEST_CASE("microtexts part 2 imports whole, with its 34 implicit main claims marked") {
    std::map<std::string, int> totals;
    int files = 0, implicit = 0, implicit_theses = 0, diagnostics = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kMicrotexts + "/../../microtexts-part2/corpus")) {
        if (entry.path().extension() != ".xml") continue;
        ++files;
        warrant::LoadResult loaded = warrant::load_file(entry.path().string());
        diagnostics += static_cast<int>(loaded.diagnostics.size());
        for (const auto& [kind, count] : count_kinds(loaded.map)) totals[kind] += count;
        for (warrant::Vertex v = 0; v < loaded.map.node_count(); ++v) {
            const warrant::Node& node = loaded.map.node(v);
            implicit += node.implicit;
            implicit_theses += node.implicit && node.kind == warrant::NodeKind::Thesis;
        }
    }
    CHECK(files == 171);
    CHECK(diagnostics == 0);
    CHECK(implicit == 34);
    CHECK(implicit_theses == 34);
    // 932 ADUs (805 pro, 127 opp: one of them micro_c023's central claim).
    CHECK(totals["thesis"] + totals["claim"] + totals["counter-position"] == 932);
    CHECK(totals["thesis"] == 171);
    CHECK(totals["counter-position"] == 126);
}

TEST_CASE("an implicit main claim keeps its mark through Argdown") {
    warrant::LoadResult loaded = warrant::load_file(kMicrotexts + "/../../microtexts-part2/corpus/micro_c002.xml");
    REQUIRE(loaded.map.find_statement("a1"));
    CHECK(loaded.map.node(*loaded.map.find_statement("a1")).implicit);
    CHECK_FALSE(loaded.map.node(*loaded.map.find_statement("a2")).implicit);
    warrant::LoadResult again = warrant::parse_argdown(warrant::export_argdown(loaded.map), "c002.argdown");
    REQUIRE(again.map.find_statement("a1"));
    CHECK(again.map.node(*again.map.find_statement("a1")).implicit);
    CHECK(again.map.node(*again.map.find_statement("a1")).kind == warrant::NodeKind::Thesis);
}

TEST_CASE("an undercut of a rebuttal with an added premise becomes a linked undercutting argument") {
    warrant::LoadResult loaded = load_micro("micro_b001");
    const warrant::ArgumentMap& map = loaded.map;
    REQUIRE(loaded.diagnostics.empty());  // without the corpus, stop here rather than dereference nothing
    CHECK(map.front_matter.at("id") == "micro_b001");
    CHECK(map.front_matter.at("topic_id") == "waste_separation");
    CHECK(map.front_matter.at("stance") == "pro");
    CHECK(map.poles == std::vector<std::string>{"proponent", "opponent"});
    const warrant::Node& thesis = map.node(*map.find_statement("a5"));
    CHECK(thesis.kind == warrant::NodeKind::Thesis);
    CHECK(thesis.pole == "proponent");
    CHECK(thesis.texts == std::vector<std::string>{
                              "We Berliners should take the chance and become pioneers in waste separation!"});
    CHECK(thesis.span.line == 12);
    CHECK(thesis.span.column == 3);
    CHECK(map.node(*map.find_statement("a1")).kind == warrant::NodeKind::CounterPosition);
    CHECK(map.node(*map.find_statement("a1")).pole == "opponent");
    const warrant::Node& undercutter = map.node(*map.find_argument("c3"));
    CHECK(undercutter.pcs.size() == 2);
    CHECK(undercutter.pcs[0].title == "a3");
    CHECK(undercutter.pcs[1].title == "a4");
    CHECK(undercutter.metadata.at("relation") == "und");
    CHECK(describe_edges(map) == std::vector<std::string>{"a1 -premise-of-> <c1>", "<c1> -attack-> a5",
                                                          "a2 -support-> a1", "a3 -premise-of-> <c3>",
                                                          "<c3> -undercut-> <c1>", "a4 -premise-of-> <c3>"});
    CHECK(map.node(*map.find_argument("c1")).span.line == 18);
}

TEST_CASE("an added premise of a support makes an argument whose conclusion is the supported ADU") {
    warrant::LoadResult loaded = load_micro("micro_b008");
    const warrant::ArgumentMap& map = loaded.map;
    const warrant::Node& argument = map.node(*map.find_argument("c3"));
    REQUIRE(argument.pcs.size() == 3);
    CHECK(argument.pcs[2].role == warrant::PcsMember::Role::MainConclusion);
    CHECK(argument.pcs[2].title == "a2");
    CHECK(describe_edges(map) == std::vector<std::string>{"a1 -attack-> a5", "a2 -attack-> a1",
                                                          "a3 -premise-of-> <c3>", "<c3> -conclusion-of-> a2",
                                                          "a4 -premise-of-> <c3>"});
    CHECK(map.node(*map.find_statement("a5")).kind == warrant::NodeKind::Thesis);
}

TEST_CASE("support by example keeps its scheme and an undercut targets the rebuttal it questions") {
    warrant::LoadResult loaded = load_micro("micro_b036");
    const warrant::ArgumentMap& map = loaded.map;
    CHECK(map.node(*map.find_argument("c4")).metadata.at("scheme") == "example");
    CHECK(map.node(*map.find_statement("a3")).texts ==
          std::vector<std::string>{"Various skills are promoted and required by different games,"});
    CHECK(describe_edges(map) == std::vector<std::string>{"a2 -support-> a1", "a3 -support-> a2",
                                                          "a4 -premise-of-> <c4>", "<c4> -conclusion-of-> a3",
                                                          "a5 -premise-of-> <c5>", "<c5> -attack-> a1",
                                                          "a6 -undercut-> <c5>"});
}

TEST_CASE("joints give their ADU the text of all their EDUs") {
    const std::string xml = R"(<?xml version='1.0'?>
<arggraph id="j">
  <edu id="e1">First half,</edu>
  <edu id="e2">second half.</edu>
  <edu id="e3">Reason.</edu>
  <joint id="j1"/>
  <adu id="a1" type="pro"/>
  <adu id="a2" type="pro"/>
  <edge id="c1" src="e1" trg="j1" type="seg"/>
  <edge id="c2" src="e2" trg="j1" type="seg"/>
  <edge id="c3" src="j1" trg="a1" type="seg"/>
  <edge id="c4" src="e3" trg="a2" type="seg"/>
  <edge id="c5" src="a2" trg="a1" type="sup"/>
</arggraph>)";
    warrant::LoadResult loaded = warrant::read_microtexts(xml, "j.xml");
    CHECK(loaded.diagnostics.empty());
    CHECK(loaded.map.node(*loaded.map.find_statement("a1")).texts == std::vector<std::string>{"First half, second half."});
}

TEST_CASE("malformed XML is an error at its line and column") {
    warrant::LoadResult loaded = warrant::read_microtexts("<arggraph id=\"x\">\n  <adu id=\"a1\"\n</arggraph>", "bad.xml");
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics[0].code == "E030");
    CHECK(loaded.diagnostics[0].span.line == 3);
    CHECK(loaded.diagnostics[0].span.column == 1);
    CHECK(loaded.diagnostics[0].message == "malformed XML: Error parsing start element tag");
    CHECK(loaded.has_errors());
}
