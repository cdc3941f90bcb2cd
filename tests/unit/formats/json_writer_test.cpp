// The streaming JSON writer every exporter writes through.
#include "formats/json_writer.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>
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
