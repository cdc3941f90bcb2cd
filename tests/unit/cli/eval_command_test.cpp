#include "support/run_warrant.hpp"

#include <doctest/doctest.h>

using warrant::testing::run_warrant;
using warrant::testing::TempDir;

namespace {

// B objects to A, C objects to B (reinstating A), D supports A with base score 0.9.
const char* kEvalMap =
    "[A]: Claim A.\n"
    "  - [B]: B objects to A.\n"
    "    - [C]: C objects to B.\n"
    "  + [D]: D supports A. {weight: 0.9}\n";

}  // namespace

TEST_CASE("eval labels an Argdown map under grounded semantics and exits 0") {
    TempDir dir;
    auto result = run_warrant({"eval", dir.write("map.argdown", kEvalMap)});
    CHECK(result.exit_code == 0);
    CHECK(result.out ==
          "grounded semantics: 4 arguments, 2 attacks\n"
          "  IN         [A]\n  OUT        [B]\n  IN         [C]\n  IN         [D]\n");
}

TEST_CASE("eval explains a node's grounded label as a dialogue") {
    TempDir dir;
    auto result = run_warrant({"eval", dir.write("map.argdown", kEvalMap), "--explain", "A"});
    CHECK(result.out.find("why (grounded):\n"
                          "  A is IN because every attacker of it is OUT: B.\n"
                          "  B is OUT because C attacks it and C is IN.\n"
                          "  C is IN because nothing attacks C.\n") != std::string::npos);
}

TEST_CASE("eval computes DF-QuAD strengths from weights and writes JSON") {
    // B = 0.5 - 0.5 * 0.5 = 0.25; A = 0.5 + 0.5 * (0.9 - 0.25) = 0.825.
    TempDir dir;
    auto result = run_warrant({"eval", dir.write("map.argdown", kEvalMap), "-s", "df-quad", "-f", "json"});
    CHECK(result.exit_code == 0);
    CHECK(result.out.find("\"title\": \"A\",\n      \"kind\": \"claim\",\n      \"strength\": 0.825\n") != std::string::npos);
    CHECK(result.out.find("\"title\": \"B\",\n      \"kind\": \"claim\",\n      \"strength\": 0.25\n") != std::string::npos);
}

TEST_CASE("eval rejects an unknown semantics or node title with exit code 2") {
    TempDir dir;
    const std::string map = dir.write("map.argdown", kEvalMap);
    auto semantics = run_warrant({"eval", map, "-s", "ideal"});
    CHECK(semantics.exit_code == 2);
    CHECK(semantics.err == "warrant eval: unknown semantics 'ideal'\n");
    auto title = run_warrant({"eval", map, "--explain", "Z"});
    CHECK(title.exit_code == 2);
    CHECK(title.err == "warrant eval: no statement or argument titled 'Z' to explain\n");
}

TEST_CASE("eval of a missing map is an I/O error with exit code 2") {
    CHECK(run_warrant({"eval", "/nonexistent/map.argdown"}).exit_code == 2);
}
