#include "formats/json_writer.hpp"
#include "warrant/formats.hpp"
#include "warrant/parse.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>
#include <vector>

using warrant::formats::JsonWriter;

TEST_CASE("the JSON writer escapes quotes, backslashes and control characters") {
    JsonWriter json(0);
    json.begin_array().value("a\"b\\c\nd\te\x01").end_array();
    CHECK(json.take() == "[\"a\\\"b\\\\c\\nd\\te\\u0001\"]");
}

TEST_CASE("the JSON writer keeps valid UTF-8 and replaces invalid bytes") {
    JsonWriter json(0);
    json.begin_array().value("\xD8\xA7\xD9\x84 ok \xFF \xC3").end_array();  // Arabic, then two bad bytes
    CHECK(json.take() == "[\"\xD8\xA7\xD9\x84 ok \xEF\xBF\xBD \xEF\xBF\xBD\"]");
}

TEST_CASE("the JSON writer writes empty containers compactly and nests with indentation") {
    JsonWriter json;
    json.begin_object().key("a").begin_array().end_array().key("b").begin_object().key("c").value(1).end_object().end_object();
    CHECK(json.take() == "{\n  \"a\": [],\n  \"b\": {\n    \"c\": 1\n  }\n}");
}

TEST_CASE("an integer object is written on one line, like an array of strings") {
    JsonWriter pretty(2), compact(0);
    pretty.begin_array().integer_object({{"line", 3}, {"column", -12}}).integer_object({}).end_array();
    CHECK(pretty.take() == "[\n  {\"line\": 3, \"column\": -12},\n  {}\n]");
    compact.begin_array().integer_object({{"line", 3}, {"column", -12}}).integer_object({}).end_array();
    CHECK(compact.take() == "[{\"line\":3,\"column\":-12},{}]");
    JsonWriter quoted;  // names are escaped like any key
    quoted.begin_object().key("a").integer_object({{"q\"", 1}}).end_object();
    CHECK(quoted.take() == "{\n  \"a\": {\"q\\\"\": 1}\n}");
    // Whatever the layout, it is the same JSON document.
    JsonWriter slow;
    slow.begin_array().begin_object().key("line").value(3).key("column").value(-12).end_object().end_array();
    JsonWriter fast;
    fast.begin_array().integer_object({{"line", 3}, {"column", -12}}).end_array();
    CHECK(nlohmann::json::parse(fast.take()) == nlohmann::json::parse(slow.take()));
}

TEST_CASE("runs written by continuations and appended in order make the document one writer makes") {
    for (int indent : {0, 2}) {
        JsonWriter whole(indent);
        whole.begin_object().key("items").begin_array();
        for (int i = 0; i < 7; ++i) whole.begin_object().key("i").value(i).end_object();
        whole.end_array().end_object();

        JsonWriter pieced(indent);
        pieced.begin_object().key("items").begin_array();
        const JsonWriter first = pieced.continuation(true), rest = pieced.continuation(false);
        std::vector<JsonWriter> runs{first, rest, rest};
        for (int i = 0; i < 7; ++i) runs[i < 3 ? 0 : i < 6 ? 1 : 2].begin_object().key("i").value(i).end_object();
        for (JsonWriter& run : runs) pieced.append(std::move(run));
        pieced.end_array().end_object();
        CHECK(pieced.take() == whole.take());
    }
    // An empty first run leaves the array empty: the next run's first value takes no comma.
    JsonWriter json(0);
    json.begin_array();
    JsonWriter empty = json.continuation(true), next = json.continuation(true);
    next.value(1);
    json.append(std::move(empty));
    json.append(std::move(next));
    json.end_array();
    CHECK(json.take() == "[1]");
}

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
