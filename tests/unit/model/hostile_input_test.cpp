// Inputs a student might paste or a corpus might hold: each loads to a clear result, never a
// crash (the sanitizer build runs these too).
#include "warrant/formats.hpp"
#include "warrant/parse.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using warrant::parse_argdown;

TEST_CASE("an empty file is an empty map without errors") {
    auto loaded = parse_argdown("", "empty.argdown");
    CHECK_FALSE(loaded.has_errors());
    CHECK(loaded.map.node_count() == 0);
}

TEST_CASE("a file of only front matter is an empty map with its metadata") {
    auto loaded = parse_argdown("===\ntitle: t\npoles: [a, b]\n===\n", "front.argdown");
    CHECK_FALSE(loaded.has_errors());
    CHECK(loaded.map.node_count() == 0);
    CHECK(loaded.map.poles == std::vector<std::string>{"a", "b"});
}

TEST_CASE("NUL bytes and invalid UTF-8 load and export as valid JSON") {
    auto loaded = parse_argdown(std::string("[A]: bad \xFF\xFE bytes and a \0 NUL\n", 31), "binary.argdown");
    REQUIRE(loaded.map.node_count() >= 1);
    const auto json = nlohmann::json::parse(warrant::export_json(loaded.map));  // throws if invalid
    CHECK(json["nodes"][0]["title"] == "A");
}

TEST_CASE("a UTF-8 byte order mark does not become part of the first title") {
    auto loaded = parse_argdown("\xEF\xBB\xBF[A]: a\n", "bom.argdown");
    CHECK(loaded.map.find_statement("A").has_value());
}

TEST_CASE("a hundred thousand references to one undefined title make one node") {
    std::string text = "[Target]\n";
    for (int i = 0; i < 100000; ++i) text += "  + [Target]\n";
    auto loaded = parse_argdown(std::move(text), "refs.argdown");
    CHECK(loaded.map.node_count() == 1);
}

TEST_CASE("a title of a million bytes loads") {
    const std::string title(1000000, 'x');
    auto loaded = parse_argdown("[" + title + "]: text\n", "long.argdown");
    CHECK_FALSE(loaded.has_errors());
    CHECK(loaded.map.find_statement(title).has_value());
}

TEST_CASE("a map whose statements support themselves in a cycle loads") {
    auto loaded = parse_argdown("[A]: a\n  + [B]: b\n    + [A]\n  + [A]\n", "cycle.argdown");
    CHECK_FALSE(loaded.has_errors());
    CHECK(loaded.map.node_count() == 2);
}
