// A student's first map, with one usual mistake each (tests/data/mistakes/, each a copy of
// base.argdown with one edit): each mistake is named at its line and column in words a student
// can act on, with a fix where one is known, and every other statement and relation survives.
#include "support/run_warrant.hpp"
#include "support/source_tree.hpp"
#include "warrant/analysis.hpp"
#include "warrant/parse.hpp"
#include "warrant/semantics.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

using namespace warrant;
using warrant::testing::run_warrant;

namespace {

std::string mistake(const std::string& name) { return warrant::testing::source_dir() + "/tests/data/mistakes/" + name; }

struct Checked {
    LoadResult loaded;
    CheckReport report;
};

Checked check_file(const std::string& name) {
    Checked checked{load_file(mistake(name)), {}};
    checked.report = check_loaded(checked.loaded);
    return checked;
}

// The one finding with `code`; fails the test when there is not exactly one.
const Diagnostic& only(const Checked& checked, const std::string& code) {
    const auto& all = checked.report.findings;
    REQUIRE_MESSAGE(std::count_if(all.begin(), all.end(), [&](const Diagnostic& d) { return d.code == code; }) == 1,
                    "expected one " << code);
    return *std::find_if(all.begin(), all.end(), [&](const Diagnostic& d) { return d.code == code; });
}

bool has_code(const Checked& checked, const std::string& code) {
    const auto& all = checked.report.findings;
    return std::any_of(all.begin(), all.end(), [&](const Diagnostic& d) { return d.code == code; });
}

std::set<std::string> map_titles(const ArgumentMap& map) {
    std::set<std::string> out;
    for (Vertex v = 0; v < map.node_count(); ++v) out.insert(map.node(v).title);
    return out;
}

// The base map: 7 statements and 2 sources; 6 relations and 3 citations.
constexpr std::size_t kBaseNodes = 9;
constexpr std::size_t kBaseEdges = 9;

void check_everything_else_kept(const ArgumentMap& map, std::size_t nodes = kBaseNodes, std::size_t edges = kBaseEdges) {
    CHECK(map.node_count() == nodes);
    CHECK(boost::num_edges(map.graph) == edges);
}

}  // namespace

TEST_CASE("the base map of the mistakes is clean") {
    const Checked base = check_file("base.argdown");
    check_everything_else_kept(base.loaded.map);
    CHECK(base.report.findings.empty());
}

TEST_CASE("a missing colon in a list of supports is named at the title and the whole tree is kept") {
    const Checked checked = check_file("missing_colon.argdown");
    const Diagnostic& d = only(checked, "E021");
    CHECK(d.span.line == 10);
    CHECK(d.span.column == 5);
    CHECK(d.message == "missing colon after the title [Cleaner air]: did you mean `[Cleaner air]: Without cars the air in the…`?");
    REQUIRE(d.fixes.size() == 1);
    CHECK(d.fixes[0].replacement == ":");
    CHECK(d.fixes[0].span.line == 10);
    CHECK(d.fixes[0].span.column == 18);
    CHECK(checked.report.findings.size() == 1);  // the line is read as meant: nothing else to say
    check_everything_else_kept(checked.loaded.map);
    const std::optional<Vertex> air = checked.loaded.map.find_statement("Cleaner air");
    REQUIRE(air);
    CHECK(checked.loaded.map.node(*air).texts == std::vector<std::string>{"Without cars the air in the centre is cleaner."});
    CHECK(checked.report.grounded_claims == 3);
}

TEST_CASE("an unclosed [ is reported where the statement opens and its evidence is kept") {
    const Checked checked = check_file("unclosed_bracket.argdown");
    const Diagnostic& d = only(checked, "W020");
    CHECK(d.span.line == 9);
    CHECK(d.span.column == 7);
    CHECK(d.message == "`[` is never closed on this line: the statement is read as text, without a title");
    REQUIRE(d.fixes.size() == 1);
    CHECK(d.fixes[0].replacement == "]");
    CHECK(d.fixes[0].span.column == 20);  // before the colon: "[Teen crashes]:"
    check_everything_else_kept(checked.loaded.map);
    const std::set<std::string> kept = map_titles(checked.loaded.map);
    CHECK(kept.count("Safer roads") == 1);
    CHECK(kept.count("Cleaner air") == 1);
}

TEST_CASE("an unclosed { is reported where it opens and keeps its metadata and the next line") {
    const Checked checked = check_file("unclosed_brace.argdown");
    const Diagnostic& d = only(checked, "E022");
    CHECK(d.span.line == 9);
    CHECK(d.span.column == 77);
    CHECK(d.message == "`{` is never closed on this line: its metadata is read up to the end of the line");
    REQUIRE(d.fixes.size() == 1);
    CHECK(d.fixes[0].replacement == "}");
    CHECK(d.fixes[0].span.line == 9);
    CHECK(d.fixes[0].span.column == 100);
    CHECK(!has_code(checked, "E020"));
    CHECK(!has_code(checked, "W101"));
    check_everything_else_kept(checked.loaded.map);
    const Node& teen = checked.loaded.map.node(*checked.loaded.map.find_statement("Teen crashes"));
    CHECK(teen.kind == NodeKind::Evidence);
    CHECK(teen.source == "wahl");
    CHECK(teen.page == "40");
}

TEST_CASE("a mistyped title gets the nearest defined one and the branch it cut off is named") {
    const Checked checked = check_file("title_typo.argdown");
    const Diagnostic& d = only(checked, "W120");
    CHECK(d.span.line == 8);
    CHECK(d.span.column == 5);
    CHECK(d.message == "[Safer raods] is referenced but never defined: did you mean [Safer roads]?");
    REQUIRE(d.fixes.size() == 1);
    CHECK(d.fixes[0].replacement == "[Safer roads]");
    CHECK(d.fixes[0].span.column == 5);
    CHECK(d.fixes[0].span.end_column == 18);
    const Diagnostic& cut = only(checked, "W123");
    CHECK(cut.span.line == 14);
    CHECK(cut.message == "[Safer roads] and the 1 statement with it lead nowhere near the thesis [Car-free centre]: "
                         "they support or attack nothing that does");
    check_everything_else_kept(checked.loaded.map, kBaseNodes + 1, kBaseEdges);
}

TEST_CASE("a mistyped source key names the declared key and is one finding, not two") {
    const Checked checked = check_file("source_typo.argdown");
    const Diagnostic& d = only(checked, "W112");
    CHECK(d.span.line == 11);
    CHECK(d.message == "source 'edward' is cited by [Ghent air] but missing from the bibliography: did you mean "
                       "'edwards', declared there and never cited?");
    REQUIRE(d.fixes.size() == 1);
    CHECK(d.fixes[0].replacement == "edwards");
    CHECK(d.fixes[0].span.line == 11);
    CHECK(d.fixes[0].span.column == 82);
    CHECK(d.fixes[0].span.end_column == 88);
    CHECK(!has_code(checked, "N201"));
    // edwards never cited becomes a node of its own only in the bibliography: one more node.
    check_everything_else_kept(checked.loaded.map, kBaseNodes + 1, kBaseEdges);
}

TEST_CASE("an unknown metadata key is named at the key with the one meant") {
    const Checked checked = check_file("unknown_key.argdown");
    const Diagnostic& d = only(checked, "W023");
    CHECK(d.span.line == 9);
    CHECK(d.span.column == 92);
    CHECK(d.message == "unknown metadata key 'p': did you mean 'page'? (warrant ignores 'p')");
    REQUIRE(d.fixes.size() == 1);
    CHECK(d.fixes[0].replacement == "page");
    CHECK(d.fixes[0].span.column == 92);
    CHECK(d.fixes[0].span.end_column == 93);
    check_everything_else_kept(checked.loaded.map);
}

TEST_CASE("a branch that reaches nothing leading to the thesis is named by its top claim") {
    const Checked checked = check_file("disconnected.argdown");
    const Diagnostic& d = only(checked, "W123");
    CHECK(d.span.line == 15);
    CHECK(d.span.column == 1);
    CHECK(d.message == "[Popular] and the 1 statement with it lead nowhere near the thesis [Car-free centre]: "
                       "they support or attack nothing that does");
    CHECK(d.related == std::vector<std::string>{"Popular", "Car-free centre"});
    CHECK(!has_code(checked, "W122"));
    check_everything_else_kept(checked.loaded.map, kBaseNodes + 2, kBaseEdges + 2);
}

TEST_CASE("a file with lone CR line endings shows each finding's source line") {
    const Checked checked = check_file("lone_cr.argdown");
    const Diagnostic& d = only(checked, "E021");
    CHECK(d.span.line == 10);
    CHECK(d.span.column == 5);
    check_everything_else_kept(checked.loaded.map);
    const auto result = run_warrant({"check", mistake("lone_cr.argdown")});
    CHECK(result.exit_code == 1);
    CHECK(result.out.find(":10:5: error[E021]: missing colon after the title [Cleaner air]") != std::string::npos);
    CHECK(result.out.find("\n    + [Cleaner air] Without cars the air in the centre is cleaner.\n      ^\n  help: add ':' after [Cleaner air]\n") !=
          std::string::npos);
}

TEST_CASE("indentation mixing tabs with spaces is named at the tab, fixed as an editor shows it, and nothing is lost") {
    const Checked checked = check_file("mixed_tabs.argdown");
    const Diagnostic& d = only(checked, "W022");
    CHECK(d.span.line == 13);
    CHECK(d.span.column == 1);
    CHECK(d.message == "indentation mixes tabs and spaces: this line uses a tab where the map's first indented line "
                       "used spaces (a tab counts as one space)");
    REQUIRE(d.fixes.size() == 1);
    CHECK(d.fixes[0].title == "indent with 4 spaces, as an editor shows the tab");
    CHECK(d.fixes[0].replacement == "    ");
    CHECK(d.fixes[0].span.column == 1);
    CHECK(d.fixes[0].span.end_column == 2);
    // Read as Argdown reads it (a tab as one column) [Fares pay] hangs under no line of the tree:
    // the error stays, and the tree is read as the editor showed it, the tab at column 4, so
    // [Fares pay] answers the objection above it.
    CHECK(only(checked, "E010").span.line == 13);
    check_everything_else_kept(checked.loaded.map);
    const ArgumentMap& map = checked.loaded.map;
    const auto fares = map.find_statement("Fares pay");
    const auto buses = map.find_statement("Buses cost more");
    REQUIRE(fares);
    REQUIRE(buses);
    CHECK(boost::edge(*fares, *buses, map.graph).second);
    CHECK_FALSE(has_code(checked, "W104"));
}

TEST_CASE("an unclosed quotation is named where it opens") {
    const Checked checked = check_file("unclosed_quote.argdown");
    const Diagnostic& d = only(checked, "W021");
    CHECK(d.span.line == 9);
    CHECK(d.span.column == 23);
    CHECK(d.message == "quotation mark is never closed in this statement");
    REQUIRE(d.fixes.size() == 1);
    CHECK(d.fixes[0].replacement == "\xE2\x80\x9D");
    check_everything_else_kept(checked.loaded.map);
}

namespace {

// [Buses cost more] is attacked by a bare assertion: OUT in the status view, and W104 in check.
const char* const kBareAnswer =
    "[Car-free centre]: The city centre should be closed to cars. #thesis\n"
    "  - [Buses cost more]: Replacing cars with buses costs the city money.\n"
    "    - [Buses are cheap]: Buses cost little to run.\n";

}  // namespace

TEST_CASE("check and the status view tell one story about an objection answered by a bare assertion") {
    LoadResult loaded = parse_argdown(kBareAnswer, "bare.argdown");
    const CheckReport report = check_loaded(loaded);
    const auto w104 = std::find_if(report.findings.begin(), report.findings.end(),
                                   [](const Diagnostic& d) { return d.code == "W104"; });
    REQUIRE(w104 != report.findings.end());
    CHECK(w104->span.line == 2);
    CHECK(w104->message ==
          "claim [Buses cost more] attacks [Car-free centre] and is answered only by ungrounded statements "
          "([Buses are cheap]): an answer counts here once it is grounded, while the status view, weighing attacks "
          "alone, may draw [Buses cost more] OUT");
    // The status view's labels: the objection OUT, the thesis IN, as the message says.
    const Framework framework = derive_framework(loaded.map);
    const std::vector<Label> labels = grounded_labelling(framework);
    const auto label_of = [&](const std::string& title) {
        const Vertex v = *loaded.map.find_statement(title);
        const auto at = std::find(framework.vertices.begin(), framework.vertices.end(), v);
        REQUIRE(at != framework.vertices.end());
        return labels[static_cast<std::size_t>(at - framework.vertices.begin())];
    };
    CHECK(label_of("Buses cost more") == Label::Out);
    CHECK(label_of("Car-free centre") == Label::In);
    // And its legend says what OUT weighs.
    warrant::testing::TempDir dir;
    const auto drawn = run_warrant({"render", dir.write("bare.argdown", kBareAnswer), "--view", "status", "--format", "dot",
                                    "-o", dir.file("status.dot")});
    REQUIRE(drawn.exit_code == 0);
    CHECK(warrant::testing::read_file(dir.file("status.dot")).find("attacked by an IN statement, grounded or not "
                                                                   "(check's W104 asks for grounds)") != std::string::npos);
    CHECK(loaded.map.node_count() == 3);
    CHECK(boost::num_edges(loaded.map.graph) == 2);
}

namespace {

std::string quoted_map(bool primary) {
    return std::string("===\nsources:\n  ishiguro: {author: Kazuo Ishiguro, work: \"Never Let Me Go\"") +
           (primary ? ", primary: true" : "") +
           "}\n===\n\n"
           "[Hailsham is good]: Hailsham is a good place. #thesis\n"
           "  + [Beacon]: \"a shining beacon\" {source: ishiguro, page: 258}\n"
           "  + [Special]: \"We were all very special\" {source: ishiguro, page: 43}\n"
           "  + [Exchanges]: \"dependent on each other\" {source: ishiguro, page: 16}\n";
}

}  // namespace

TEST_CASE("the work under study, declared primary, does not carry a claim's grounds too heavily") {
    const CheckReport plain = check_loaded(parse_argdown(quoted_map(false), "essay.argdown"));
    REQUIRE(plain.findings.size() == 1);
    CHECK(plain.findings[0].code == "N202");
    CHECK(plain.findings[0].span.line == 6);
    CHECK(plain.findings[0].message == "source 'ishiguro' carries 3 of the 3 grounds of [Hailsham is good] (100%)");
    const LoadResult primary = parse_argdown(quoted_map(true), "essay.argdown");
    CHECK(check_loaded(primary).findings.empty());
    CHECK(primary.map.node_count() == 5);
    CHECK(boost::num_edges(primary.map.graph) == 6);
}

TEST_CASE("a tab that Argdown can place is read as Argdown reads it, one column, and only named") {
    // Two tabs are two columns for Argdown: [B] is [A]'s sibling, and the map is valid Argdown,
    // so warrant draws what Argdown draws, though an editor shows [B] under [A].
    const LoadResult loaded = parse_argdown("[T]: t\n  + [A]: a\n\t\t+ [B]: b\n", "tabs.argdown");
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics[0].code == "W022");
    CHECK(loaded.diagnostics[0].fixes.at(0).replacement == std::string(8, ' '));
    const auto t = loaded.map.find_statement("T"), b = loaded.map.find_statement("B");
    REQUIRE(t);
    REQUIRE(b);
    CHECK(boost::edge(*b, *t, loaded.map.graph).second);
}
