#include "formats/count_kinds.hpp"
#include "support/source_tree.hpp"
#include "warrant/formats.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace {

using warrant::test::describe_edges;

const std::string kData = warrant::testing::source_dir() + "/tests/data/aif/";

std::vector<std::string> sorted_edges(const warrant::ArgumentMap& map) {
    std::vector<std::string> edges = describe_edges(map);
    std::sort(edges.begin(), edges.end());
    return edges;
}

}  // namespace

TEST_CASE("an RA with a named scheme and two premises becomes a linked argument; CA attacks; MA entails both ways") {
    warrant::LoadResult loaded = warrant::load_file(kData + "linked_and_dialogue.json");
    const warrant::ArgumentMap& map = loaded.map;
    CHECK(loaded.diagnostics.empty());
    CHECK(map.node_count() == 7);
    const warrant::Node& argument = map.node(*map.find_argument("4"));
    CHECK(argument.metadata.at("scheme") == "Practical Reasoning");
    REQUIRE(argument.pcs.size() == 3);
    CHECK(argument.pcs[0].title == "2");
    CHECK(argument.pcs[1].title == "3");
    CHECK(argument.pcs[2].title == "1");
    CHECK(argument.pcs[2].role == warrant::PcsMember::Role::MainConclusion);
    CHECK(map.node(*map.find_statement("5")).texts == std::vector<std::string>{"Separating rubbish is cumbersome"});
    CHECK(describe_edges(map) == std::vector<std::string>{"2 -premise-of-> <4>", "3 -premise-of-> <4>",
                                                          "<4> -conclusion-of-> 1", "5 -attack-> 1",
                                                          "7 -entails-> 5", "5 -entails-> 7", "11 -support-> 3"});
}

TEST_CASE("AIF dialogue nodes, their edges, locutions and participants are kept in the front matter") {
    warrant::LoadResult loaded = warrant::load_file(kData + "linked_and_dialogue.json");
    const auto dialogue = nlohmann::json::parse(loaded.map.front_matter.at("aif.dialogue"));
    CHECK(dialogue["nodes"].size() == 2);
    CHECK(dialogue["nodes"][0]["type"] == "L");
    CHECK(dialogue["nodes"][1]["type"] == "YA");
    CHECK(dialogue["edges"].size() == 2);
    CHECK(dialogue["locutions"][0]["personID"] == "1");
    CHECK(dialogue["participants"][0]["firstname"] == "Bob");
}

TEST_CASE("a CA aimed at an RA undercuts the inference, with numeric AIFdb ids") {
    warrant::LoadResult loaded = warrant::load_file(kData + "undercut_aifdb.json");
    CHECK(loaded.diagnostics.empty());
    CHECK(describe_edges(loaded.map) == std::vector<std::string>{"102 -premise-of-> <103>",
                                                                 "<103> -conclusion-of-> 101", "104 -undercut-> <103>"});
}

TEST_CASE("OVA3's AIF wrapper is read like plain AIF") {
    warrant::LoadResult loaded = warrant::load_file(kData + "ova3_wrapped.json");
    CHECK(loaded.diagnostics.empty());
    CHECK(describe_edges(loaded.map) == std::vector<std::string>{"b -support-> a"});
}

TEST_CASE("AIF written by export_aif reads back as the same graph with the same dialogue") {
    for (const char* name : {"linked_and_dialogue.json", "undercut_aifdb.json", "ova3_wrapped.json"}) {
        warrant::LoadResult original = warrant::load_file(kData + name);
        const std::string written = warrant::export_aif(original.map);
        warrant::LoadResult again = warrant::read_aif(written, "again.json");
        CHECK_MESSAGE(again.diagnostics.empty(), name);
        CHECK_MESSAGE(sorted_edges(again.map) == sorted_edges(original.map), name);
        CHECK(again.map.node_count() == original.map.node_count());
        for (warrant::Vertex v = 0; v < original.map.node_count(); ++v) {
            const warrant::Node& node = original.map.node(v);
            std::optional<warrant::Vertex> same = node.kind == warrant::NodeKind::Argument
                                                      ? again.map.find_argument(node.title)
                                                      : again.map.find_statement(node.title);
            REQUIRE_MESSAGE(same, node.title);
            CHECK(again.map.node(*same).texts == node.texts);
            CHECK(again.map.node(*same).metadata == node.metadata);
        }
        if (original.map.front_matter.count("aif.dialogue"))
            CHECK(nlohmann::json::parse(again.map.front_matter.at("aif.dialogue"))["nodes"] ==
                  nlohmann::json::parse(original.map.front_matter.at("aif.dialogue"))["nodes"]);
    }
}

TEST_CASE("export_aif writes relations as RA, CA and MA scheme nodes between I-nodes") {
    warrant::ArgumentMap map;
    warrant::Node a, b, c;
    a.title = "A", a.texts = {"a"};
    b.title = "B", b.texts = {"b"};
    c.title = "C", c.texts = {"c"};
    auto va = map.add_node(a), vb = map.add_node(b), vc = map.add_node(c);
    map.add_edge(vb, va, {warrant::EdgeKind::Support, {}});
    map.add_edge(vc, va, {warrant::EdgeKind::Contrary, {}});
    const auto aif = nlohmann::json::parse(warrant::export_aif(map));
    CHECK(aif["nodes"].dump() ==
          R"([{"nodeID":"1","text":"a","type":"I"},{"nodeID":"2","text":"b","type":"I"},{"nodeID":"3","text":"c","type":"I"},)"
          R"({"nodeID":"4","text":"Default Inference","type":"RA"},{"nodeID":"5","text":"Default Conflict","type":"CA"}])");
    CHECK(aif["edges"].size() == 4);
    CHECK(aif["edges"][0]["fromID"] == "2");
    CHECK(aif["edges"][0]["toID"] == "4");
    CHECK(aif["edges"][3]["toID"] == "1");
}

TEST_CASE("malformed AIF JSON is an error at its line and column") {
    warrant::LoadResult loaded = warrant::load_file(kData + "malformed.json");
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics[0].code == "E031");
    CHECK(loaded.diagnostics[0].span.line == 2);
    // Column 43 starts `type`, which the JSON lexer takes for `true` until the `y` at column 44.
    CHECK(loaded.diagnostics[0].span.column == 44);
    CHECK(loaded.diagnostics[0].message.starts_with("malformed JSON: parse error at line 2, column 44"));
}

TEST_CASE("a JSON file without nodes and edges is not taken for AIF") {
    warrant::LoadResult loaded = warrant::read_aif(R"({"statements": {}})", "argdown.json");
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics[0].message == "not an AIF document: no \"nodes\" and \"edges\" arrays");
}

TEST_CASE("an RA feeding another scheme node is reported, not silently dropped") {
    warrant::LoadResult loaded = warrant::read_aif(
        R"({"nodes":[{"nodeID":"1","text":"a","type":"I"},{"nodeID":"2","text":"b","type":"I"},
                     {"nodeID":"3","text":"Default Inference","type":"RA"},{"nodeID":"4","text":"Default Conflict","type":"CA"}],
            "edges":[{"fromID":"1","toID":"3"},{"fromID":"3","toID":"4"},{"fromID":"4","toID":"2"}]})",
        "chain.json");
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics[0].code == "W032");
    CHECK(loaded.diagnostics[0].message == "AIF edge 3 -> 4 joins two scheme nodes (RA -> CA) and is not imported");
}
