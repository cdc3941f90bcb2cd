#include "warrant/formats.hpp"
#include "warrant/parse.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>
#include <vector>


TEST_CASE("export json of a map larger than one run keeps every node and edge in order") {
    std::string text = "[S0]: root\n";
    constexpr int kStatements = 5000;  // several runs of nodes and of edges
    for (int i = 1; i < kStatements; ++i) text += "  + [S" + std::to_string(i) + "]: supporter " + std::to_string(i) + "\n";
    auto loaded = warrant::parse_argdown(text, "big.argdown");
    REQUIRE_FALSE(loaded.has_errors());
    const std::string exported = warrant::export_json(loaded.map);
    std::ostringstream streamed;
    warrant::export_json(loaded.map, streamed);
    CHECK(streamed.str() == exported);
    auto json = nlohmann::json::parse(exported);
    REQUIRE(json["nodes"].size() == kStatements);
    REQUIRE(json["edges"].size() == kStatements - 1);
    for (int i = 0; i < kStatements; ++i) {
        CHECK(json["nodes"][i]["id"] == i);
        CHECK(json["nodes"][i]["title"] == "S" + std::to_string(i));
    }
    for (int i = 0; i + 1 < kStatements; ++i) {
        CHECK(json["edges"][i]["from"] == i + 1);
        CHECK(json["edges"][i]["span"]["line"] == i + 2);
    }
}

TEST_CASE("export json describes nodes, edges, poles and sources of a typed map") {
    auto loaded = warrant::parse_argdown(
        "===\npoles: [utopia, ustopia]\nsources:\n  atwood: {author: Margaret Atwood, year: 2011}\n===\n\n"
        "[T]: The thesis. #thesis #ustopia\n  + [Q]: \"A quote\" {source: atwood, page: \"3–4\"}\n",
        "m.argdown");
    REQUIRE_FALSE(loaded.has_errors());
    auto json = nlohmann::json::parse(warrant::export_json(loaded.map));
    CHECK(json["poles"] == nlohmann::json::array({"utopia", "ustopia"}));
    REQUIRE(json["nodes"].size() == 3);
    CHECK(json["nodes"][0]["kind"] == "thesis");
    CHECK(json["nodes"][0]["pole"] == "ustopia");
    CHECK(json["nodes"][1]["kind"] == "evidence");
    CHECK(json["nodes"][1]["source"] == "atwood");
    CHECK(json["nodes"][1]["page"] == "3–4");
    CHECK(json["nodes"][2]["kind"] == "source");
    CHECK(json["nodes"][2]["title"] == "atwood");
    REQUIRE(json["edges"].size() == 2);
    CHECK(json["edges"][0]["kind"] == "support");
    CHECK(json["edges"][0]["from"] == 1);
    CHECK(json["edges"][0]["to"] == 0);
    CHECK(json["edges"][1]["kind"] == "cites");
    CHECK(json["sources"][0]["author"] == "Margaret Atwood");
    CHECK(json["nodes"][0]["span"]["line"] == 7);
}

TEST_CASE("export json is deterministic") {
    auto first = warrant::parse_argdown("[A]: a\n  + [B]: b\n  - <C>: c\n", "d.argdown");
    auto second = warrant::parse_argdown("[A]: a\n  + [B]: b\n  - <C>: c\n", "d.argdown");
    CHECK(warrant::export_json(first.map) == warrant::export_json(second.map));
}

TEST_CASE("export json keeps an inference's rules and metadata, and which inference an undercut hits") {
    const warrant::LoadResult loaded = warrant::parse_argdown(
        "<a>\n\n(1) p\n(2) q\n-- Modus ponens {uses: [1, 2]} --\n    <_ [u]: An exception.\n(3) r\n----\n(4) c\n", "t.argdown");
    REQUIRE_FALSE(loaded.has_errors());
    const nlohmann::json json = nlohmann::json::parse(warrant::export_json(loaded.map));
    const nlohmann::json* argument = nullptr;
    for (const auto& node : json["nodes"])
        if (node["title"] == "a") argument = &node;
    REQUIRE(argument != nullptr);
    const auto& step = (*argument)["pcs"][2];
    CHECK(step["inference_rules"] == nlohmann::json::array({"Modus ponens"}));
    CHECK(step["inference_metadata"]["uses.0"] == "1");
    CHECK_FALSE((*argument)["pcs"][3].contains("inference_rules"));
    int undercuts = 0;
    for (const auto& edge : json["edges"]) {
        if (edge["kind"] != "undercut") continue;
        ++undercuts;
        CHECK(edge["inference"] == 2);
    }
    CHECK(undercuts == 1);
}
