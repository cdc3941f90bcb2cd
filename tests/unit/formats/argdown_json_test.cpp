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
                                                 {"fromType", "equivalence-class"}, {"to", "a"}, {"toType", "inference"},
                                                 {"conclusionIndex", 1}});
    CHECK(json["relations"][1]["toType"] == "argument");
}

// Argdown's docs/syntax example 53: <b> undercuts the first of <a>'s two inferential steps.
constexpr const char* kTwoSteps =
    "<a>\n\n(1) s1\n(2) s2\n-----\n    <_ <b>\n(3) s3\n(4) s4\n-----\n(5) s5\n\n<b>\n\n(1) s6\n(2) s7\n----\n(3) s8\n";

TEST_CASE("an undercut names the inference it hits by its conclusion's index, as the reference does") {
    auto json = exported(kTwoSteps);
    REQUIRE(json["relations"].size() == 1);
    CHECK(json["relations"][0]["from"] == "Untitled 8");
    CHECK(json["relations"][0]["toType"] == "inference");
    CHECK(json["relations"][0]["conclusionIndex"] == 2);
    CHECK(json["arguments"]["a"]["pcs"][2]["inference"]["conclusionIndex"] == 2);
    CHECK(json["arguments"]["a"]["pcs"][4]["inference"]["conclusionIndex"] == 4);
}

TEST_CASE("an inference keeps its rules and its metadata") {
    auto json = exported("<a>\n\n(1) p\n(2) q\n-- Modus ponens, Specification {uses: [1, 2], logic: deductive} --\n(3) c\n");
    const auto& inference = json["arguments"]["a"]["pcs"][2]["inference"];
    CHECK(inference["inferenceRules"] == nlohmann::json::array({"Modus ponens", "Specification"}));
    CHECK(inference["data"]["logic"] == "deductive");
    CHECK(inference["data"]["uses.1"] == "2");  // flattened, as a statement's data is
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
