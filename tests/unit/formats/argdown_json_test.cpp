#include "warrant/formats.hpp"
#include "warrant/parse.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

namespace {

nlohmann::json exported(std::string text) {
    warrant::LoadResult result = warrant::parse_argdown(std::move(text), "t.argdown");
    REQUIRE_FALSE(result.has_errors());
    return nlohmann::json::parse(warrant::export_argdown_json(result.map));
}

}  // namespace

TEST_CASE("statements export as equivalence classes keyed by title") {
    auto json = exported("[A]: one #x\n\n[A]: two");
    CHECK(json["statements"]["A"]["members"].size() == 2);
    CHECK(json["statements"]["A"]["members"][1]["text"] == "two");
    CHECK(json["statements"]["A"]["tags"] == nlohmann::json::array({"x"}));
    CHECK(json["tags"].contains("x"));
}

TEST_CASE("an undercut of a reconstructed argument targets its inference") {
    auto json = exported("<a>\n\n(1) p\n----\n  <_ [u]\n(2) c\n\n[v]\n  _> <b>");
    REQUIRE(json["relations"].size() == 2);
    CHECK(json["relations"][0] == nlohmann::json{{"type", "relation"}, {"relationType", "undercut"}, {"from", "u"},
                                                 {"fromType", "equivalence-class"}, {"to", "a"}, {"toType", "inference"}});
    CHECK(json["relations"][1]["toType"] == "argument");
}

TEST_CASE("premise-of and conclusion-of edges are not exported") {
    auto json = exported("<a>: d\n\n(1) p\n----\n(2) c");
    CHECK(json["relations"].empty());
    CHECK(json["arguments"]["a"]["pcs"].size() == 2);
    CHECK(json["arguments"]["a"]["pcs"][1]["role"] == "main-conclusion");
    CHECK(json["arguments"]["a"]["members"][0]["role"] == "argument-description");
}

TEST_CASE("sections nest by level") {
    auto json = exported("# One\n\n## Two\n\n# Three\n\n[A]: a");
    REQUIRE(json["sections"].size() == 2);
    CHECK(json["sections"][0]["children"][0]["id"] == "s2");
    CHECK(json["sections"][1]["title"] == "Three");
}
