// `warrant check`, `chains` and `explain` run as a user runs them: exit codes and output.
#include "support/run_warrant.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

using warrant::testing::run_warrant;
using warrant::testing::TempDir;

namespace {

const std::string kClean =
    "===\nsources:\n  atwood: {author: Margaret Atwood}\n===\n\n"
    "[T]: Utopias fail. #thesis\n"
    "  + [Q]: \"q\" {source: atwood, page: 66}\n";

const std::string kUnsupported =
    "[T]: Utopias fail. #thesis\n"
    "  + [R]: People differ.\n";

const std::string kTwoTheses =
    "[A]: One. #thesis\n"
    "  + [G]: Given. #assumption\n"
    "\n"
    "[B]: Two. #thesis\n"
    "  + [G]\n";

}  // namespace

TEST_CASE("check of a clean map prints only the summary and exits 0") {
    TempDir dir;
    auto result = run_warrant({"check", dir.write("clean.argdown", kClean)});
    CHECK(result.exit_code == 0);
    CHECK(result.out == "0 warnings, 0 errors; 1/1 claims grounded\n");
}

TEST_CASE("check prints warnings like a compiler and exits 0 unless --fail-on warning") {
    TempDir dir;
    const std::string map = dir.write("unsupported.argdown", kUnsupported);
    auto result = run_warrant({"check", map});
    CHECK(result.exit_code == 0);
    CHECK(result.out ==
          map + ":1:1: warning[W102]: thesis [T] is supported, but no chain reaches evidence: it rests on unsupported [R]\n"
                "  [T]: Utopias fail. #thesis\n"
                "  ^\n" +
              map + ":2:5: warning[W101]: claim [R] is asserted without any support\n"
                    "    + [R]: People differ.\n"
                    "      ^\n"
                    "2 warnings, 0 errors; 0/2 claims grounded\n");
    CHECK(run_warrant({"check", map, "--fail-on", "warning"}).exit_code == 1);
    CHECK(run_warrant({"check", map, "--fail-on", "note"}).exit_code == 1);
}

TEST_CASE("check exits 1 on an analysis error by default") {
    TempDir dir;
    auto result = run_warrant({"check", dir.write("two.argdown", kTwoTheses)});
    CHECK(result.exit_code == 1);
    CHECK(result.out.find("error[E101]: thesis declared twice: [B] after [A]") != std::string::npos);
    CHECK(result.out.find("0 warnings, 1 error; 3/3 claims grounded\n") != std::string::npos);
}

TEST_CASE("check exits 1 on a syntax error and still reports the analyses") {
    TempDir dir;
    auto result = run_warrant({"check", dir.write("bad.argdown", kUnsupported + "\n  + [Orphan]: no parent\n")});
    CHECK(result.exit_code == 1);
    CHECK(result.out.find("error[E0") != std::string::npos);
    CHECK(result.out.find("warning[W101]: claim [R] is asserted without any support") != std::string::npos);
}

TEST_CASE("check of several files with one missing exits 2 and sums the summary") {
    TempDir dir;
    auto result = run_warrant({"check", dir.write("a.argdown", kUnsupported), "/nonexistent/b.argdown"});
    CHECK(result.exit_code == 2);
    CHECK(result.out.find("error[E000]") != std::string::npos);
    CHECK(result.out.substr(result.out.rfind('\n', result.out.size() - 2) + 1) ==
          "2 warnings, 1 error; 0/2 claims grounded\n");
}

TEST_CASE("check --format json is one document that parses back with every finding") {
    TempDir dir;
    const std::string map = dir.write("unsupported.argdown", kUnsupported);
    auto result = run_warrant({"check", map, dir.write("clean.argdown", kClean), "--format", "json"});
    CHECK(result.exit_code == 0);
    const auto json = nlohmann::json::parse(result.out);
    REQUIRE(json["files"].size() == 2);
    const auto& findings = json["files"][0]["findings"];
    REQUIRE(findings.size() == 2);
    CHECK(findings[1]["code"] == "W101");
    CHECK(findings[1]["severity"] == "warning");
    CHECK(findings[1]["message"] == "claim [R] is asserted without any support");
    CHECK(findings[1]["span"]["file"] == map);
    CHECK(findings[1]["span"]["line"] == 2);
    CHECK(findings[1]["related"] == nlohmann::json::array({"R"}));
    CHECK(json["files"][1]["summary"] ==
          nlohmann::json{{"errors", 0}, {"warnings", 0}, {"notes", 0}, {"claims", 1}, {"grounded", 1}});
}

TEST_CASE("check --format jsonl writes one object per file and --grounded-labels adds each claim") {
    TempDir dir;
    auto result = run_warrant({"check", dir.write("a.argdown", kUnsupported), dir.write("b.argdown", kClean),
                               "--format", "jsonl", "--grounded-labels"});
    CHECK(result.exit_code == 0);
    CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 2);
    const auto first = nlohmann::json::parse(result.out.substr(0, result.out.find('\n')));
    CHECK(first["grounding"] == nlohmann::json{{"T", false}, {"R", false}});
}

TEST_CASE("check --grounded-labels lists every claim in text") {
    TempDir dir;
    const std::string map = dir.write("clean.argdown", kClean);
    auto result = run_warrant({"check", map, "--grounded-labels"});
    CHECK(result.out == map + ": claims\n  grounded    [T]\n0 warnings, 0 errors; 1/1 claims grounded\n");
}

TEST_CASE("chains prints the support tree of a claim") {
    TempDir dir;
    auto result = run_warrant({"chains", dir.write("clean.argdown", kClean), "T"});
    CHECK(result.exit_code == 0);
    CHECK(result.out ==
          "[T]  thesis, grounded\n"
          "  + [Q]  evidence atwood p. 66, ground\n"
          "\n"
          "depth 1; 1 independent ground: [Q] (fragile: one ground carries it)\n"
          "weakest link: [Q] (without it [T] is ungrounded)\n");
}

TEST_CASE("chains of an unknown title exits 2") {
    TempDir dir;
    auto result = run_warrant({"chains", dir.write("clean.argdown", kClean), "Nope"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("no statement or argument titled 'Nope'") != std::string::npos);
}
