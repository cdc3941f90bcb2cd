#include "formats/count_kinds.hpp"
#include "support/source_tree.hpp"
#include "warrant/formats.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace {

using warrant::test::describe_edges;

const std::string kAifData = warrant::testing::source_dir() + "/tests/data/aif/";

std::vector<std::string> sorted_edges(const warrant::ArgumentMap& map) {
    std::vector<std::string> edges = describe_edges(map);
    std::sort(edges.begin(), edges.end());
    return edges;
}

}  // namespace

TEST_CASE("an RA with a named scheme and two premises becomes a linked argument; CA attacks; MA entails both ways") {
    warrant::LoadResult loaded = warrant::load_file(kAifData + "linked_and_dialogue.json");
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

TEST_CASE("the whole AIF document is kept in the front matter, with the edges each S-node became") {
    warrant::LoadResult loaded = warrant::load_file(kAifData + "linked_and_dialogue.json");
    const auto document = nlohmann::json::parse(loaded.map.front_matter.at("aif.document"));
    CHECK(document["nodes"].size() == 12);
    CHECK(document["nodes"][8]["type"] == "L");
    CHECK(document["edges"].size() == 11);
    CHECK(document["locutions"][0]["personID"] == "1");
    CHECK(document["participants"][0]["firstname"] == "Bob");
    CHECK(loaded.map.front_matter.at("aif.relations") ==
          R"({"6":[["5","1","attack"]],"8":[["7","5","entails"],["5","7","entails"]],"12":[["11","3","support"]]})");
}

TEST_CASE("a CA aimed at an RA undercuts the inference, with numeric AIFdb ids") {
    warrant::LoadResult loaded = warrant::load_file(kAifData + "undercut_aifdb.json");
    CHECK(loaded.diagnostics.empty());
    CHECK(describe_edges(loaded.map) == std::vector<std::string>{"102 -premise-of-> <103>",
                                                                 "<103> -conclusion-of-> 101", "104 -undercut-> <103>"});
}

TEST_CASE("OVA3's AIF wrapper is read like plain AIF") {
    warrant::LoadResult loaded = warrant::load_file(kAifData + "ova3_wrapped.json");
    CHECK(loaded.diagnostics.empty());
    CHECK(describe_edges(loaded.map) == std::vector<std::string>{"b -support-> a"});
}

TEST_CASE("AIF written by export_aif reads back as the same graph with the same dialogue") {
    for (const char* name : {"linked_and_dialogue.json", "undercut_aifdb.json", "ova3_wrapped.json"}) {
        warrant::LoadResult original = warrant::load_file(kAifData + name);
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
        CHECK(nlohmann::json::parse(written) == nlohmann::json::parse(original.map.front_matter.at("aif.document")));
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
    warrant::LoadResult loaded = warrant::load_file(kAifData + "malformed.json");
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

TEST_CASE("AIF written back keeps the ids of plain-edge S-nodes, so dialogue edges into them still join") {
    // The L -> YA -> RA edges of QT30: the RA became a plain support edge, and must come back as 3.
    const std::string input =
        R"({"nodes":[{"nodeID":"1","text":"a","type":"I"},{"nodeID":"2","text":"b","type":"I"},
                     {"nodeID":"3","text":"Default Inference","type":"RA"},{"nodeID":"4","text":"Bob: b so a","type":"L"},
                     {"nodeID":"5","text":"Arguing","type":"YA"}],
            "edges":[{"edgeID":"10","fromID":"2","toID":"3"},{"edgeID":"11","fromID":"3","toID":"1"},
                     {"edgeID":"12","fromID":"4","toID":"5"},{"edgeID":"13","fromID":"5","toID":"3"}],
            "locutions":[{"nodeID":"4","personID":"7"}]})";
    warrant::LoadResult loaded = warrant::read_aif(input, "qt.json");
    CHECK(loaded.diagnostics.empty());
    const std::string written = warrant::export_aif(loaded.map);
    CHECK(nlohmann::json::parse(written) == nlohmann::json::parse(input));
    CHECK(warrant::read_aif(written, "again.json").diagnostics.empty());
}

TEST_CASE("a relation added to a map read from AIF gets a fresh S-node; a removed one leaves with its edges") {
    warrant::LoadResult loaded = warrant::load_file(kAifData + "linked_and_dialogue.json");
    warrant::ArgumentMap& map = loaded.map;
    map.add_edge(*map.find_statement("11"), *map.find_statement("5"), {warrant::EdgeKind::Attack, {}});
    boost::remove_edge(*map.find_statement("11"), *map.find_statement("3"), map.graph);
    const auto aif = nlohmann::json::parse(warrant::export_aif(map));
    std::vector<std::string> ids;
    for (const auto& node : aif["nodes"]) ids.push_back(node["nodeID"].get<std::string>() + node["type"].get<std::string>());
    CHECK(ids == std::vector<std::string>{"1I", "2I", "3I", "4RA", "5I", "6CA", "7I", "8MA", "9L", "10YA", "11I", "13CA"});
    CHECK(aif["edges"].size() == 11);
    CHECK(aif["edges"][9] == nlohmann::json{{"edgeID", "12"}, {"fromID", "11"}, {"toID", "13"}, {"formEdgeID", nullptr}});
    CHECK(aif["edges"][10]["fromID"] == "13");
    CHECK(aif["edges"][10]["toID"] == "5");
}

TEST_CASE("an RA whose only premise is an L-node is a warning naming it, and is written back") {
    const std::string input =
        R"({"nodes":[{"nodeID":"1","text":"a","type":"I"},{"nodeID":"2","text":"Bob: b","type":"L"},
                     {"nodeID":"3","text":"Default Inference","type":"RA"}],
            "edges":[{"edgeID":"1","fromID":"2","toID":"3"},{"edgeID":"2","fromID":"3","toID":"1"}],"locutions":[]})";
    warrant::LoadResult loaded = warrant::read_aif(input, "l.json");
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics[0].code == "W033");
    CHECK(loaded.diagnostics[0].message ==
          "AIF RA node '3' joins no I-node premise (L 2) to a target (I 1) and is not imported; it is kept for writing AIF back");
    CHECK(loaded.map.edge_count() == 0);
    CHECK(nlohmann::json::parse(warrant::export_aif(loaded.map)) == nlohmann::json::parse(input));
}

TEST_CASE("OVA3's wrapper and its OVA layout are written back around the AIF") {
    warrant::LoadResult loaded = warrant::load_file(kAifData + "ova3_wrapped.json");
    const auto written = nlohmann::json::parse(warrant::export_aif(loaded.map));
    REQUIRE(written.contains("AIF"));
    CHECK(written["OVA"]["edges"] == nlohmann::json::array());
    CHECK(written["AIF"]["schemefulfillments"] == nlohmann::json::array());
    CHECK(written["AIF"]["nodes"].size() == 3);
}
