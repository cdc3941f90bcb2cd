// Kialo's plain-text discussion export as a map (engine/formats/kialo_reader.cpp), on sample
// files written to reproduce the format (tests/data/kialo/).
#include "support/run_warrant.hpp"
#include "support/source_tree.hpp"
#include "warrant/formats.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace warrant;

namespace {

// "1.2 -> 1 support" for every relation, in a set.
std::set<std::string> relations(const ArgumentMap& map) {
    std::set<std::string> out;
    for (EdgeId e : boost::make_iterator_range(boost::edges(map.graph)))
        out.insert(map.node(boost::source(e, map.graph)).title + " -> " + map.node(boost::target(e, map.graph)).title + " " +
                   std::string(to_string(map.graph[e].kind)));
    return out;
}

const Node& claim(const ArgumentMap& map, const std::string& number) { return map.node(*map.find_statement(number)); }

}  // namespace

TEST_CASE("a Kialo export reads as the thesis, its supports and attacks, and links as relations") {
    const LoadResult loaded = load_file_as(warrant::testing::test_data("kialo/phones.kialo.txt"), InputFormat::Kialo);
    REQUIRE(loaded.diagnostics.empty());
    const ArgumentMap& map = loaded.map;
    CHECK(map.front_matter.at("title") == "Should secondary schools lock away students' smartphones for the school day?");
    CHECK(map.node_count() == 11);
    CHECK(claim(map, "1").kind == NodeKind::Thesis);
    CHECK(claim(map, "1.3").kind == NodeKind::Claim);
    CHECK(relations(map) == std::set<std::string>{
                                "1.1 -> 1 support",     "1.1.1 -> 1.1 support",   "1.1.2 -> 1.1 attack",
                                "1.1.1 -> 1.1.2 attack", "1.2 -> 1 support",       "1.2.1 -> 1.2 attack",
                                "1.3 -> 1 attack",       "1.3.1 -> 1.3 attack",    "1.3.2 -> 1.3 support",
                                "1.3.2.1 -> 1.3.2 attack", "1.4 -> 1 support",     "1.1 -> 1.4 support"});
}

TEST_CASE("a Kialo claim may run over several lines, blank lines included, and its parentheses are unescaped") {
    const LoadResult loaded = load_file_as(warrant::testing::test_data("kialo/phones.kialo.txt"), InputFormat::Kialo);
    CHECK(claim(loaded.map, "1.2").texts == std::vector<std::string>{
                                                "After schools banned phones, exam results went up,\n"
                                                "most of all among the weakest students.\n\n"
                                                "The effect was about 6.4% of a standard deviation (Beland and Murphy 2016)."});
    CHECK(claim(loaded.map, "1.2").span.line == 8);
    CHECK(claim(loaded.map, "1.2").span.end_line == 11);
    CHECK(claim(loaded.map, "1.1").texts.front().ends_with("stays silent (Ward et al. 2017)."));
}

TEST_CASE("a link to a claim further down the discussion is a relation from it") {
    const LoadResult loaded = load_file_as(warrant::testing::test_data("kialo/uniforms.kialo.txt"), InputFormat::Kialo);
    REQUIRE(loaded.diagnostics.empty());
    CHECK(relations(loaded.map).count("1.3 -> 1.2 attack") == 1);
    CHECK(relations(loaded.map).count("1.3 -> 1 support") == 1);
    CHECK(claim(loaded.map, "1.1.1.1").texts.front() == "See the [2004 study](https://example.org/brunsma) on what uniforms change.");
}

TEST_CASE("a broken Kialo export is reported at file:line:col, every error, and what can be read is kept") {
    const LoadResult loaded = load_file_as(warrant::testing::test_data("kialo/broken.kialo.txt"), InputFormat::Kialo);
    std::vector<std::string> errors;
    for (const Diagnostic& d : loaded.diagnostics)
        errors.push_back(d.code + " " + std::to_string(d.span.line) + ":" + std::to_string(d.span.column) + " " + d.message);
    CHECK(errors == std::vector<std::string>{
                        "E037 5:1 claim 1.3.1 has no parent: there is no claim 1.3 above it",
                        "E037 6:1 claim 1.1 is numbered twice",
                        "E037 8:6 claim 1.4 needs 'Pro:' or 'Con:': below the thesis every claim is for or against its parent",
                        "E037 7:18 the link names claim 1.9, which this discussion does not have"});
    CHECK(loaded.map.find_statement("1.1").has_value());
}

TEST_CASE("a file without Kialo's title line is not read as a discussion") {
    const LoadResult loaded = read_kialo("1. A thesis.\n", "plain.txt");
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics[0].span.line == 1);
    CHECK(loaded.diagnostics[0].message == "not a Kialo export: it starts with no 'Discussion Title:' line");
    CHECK(loaded.map.node_count() == 0);
}

TEST_CASE("check --from kialo reads a discussion and reports its errors like a compiler") {
    const auto run = warrant::testing::run_warrant({"check", "--from", "kialo", warrant::testing::test_data("kialo/broken.kialo.txt")});
    CHECK(run.exit_code == 1);
    CHECK(run.out.find(warrant::testing::test_data("kialo/broken.kialo.txt") + ":7:18: error[E037]: the link names claim 1.9") != std::string::npos);
}
