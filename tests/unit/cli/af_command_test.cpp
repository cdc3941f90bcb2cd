#include "support/run_warrant.hpp"

#include <doctest/doctest.h>

using warrant::testing::run_warrant;
using warrant::testing::TempDir;

namespace {

// Floating reinstatement: 1 <-> 2, both attack 3, 3 attacks 4.
const char* kFloating = "p af 4\n1 2\n2 1\n1 3\n2 3\n3 4\n";

}  // namespace

TEST_CASE("af answers SE tasks with a witness line in ICCMA 2023 format") {
    TempDir dir;
    const std::string file = dir.write("floating.i23", kFloating);
    CHECK(run_warrant({"af", "-p", "SE-GR", "-f", file}).out == "w\n");
    // Two preferred (and stable) extensions: {1, 4} and {2, 4}; either is a correct answer.
    for (const char* task : {"SE-PR", "SE-ST", "SE-SST"}) {
        auto result = run_warrant({"af", "-p", task, "-f", file});
        CAPTURE(task);
        CHECK(result.exit_code == 0);
        CHECK((result.out == "w 1 4\n" || result.out == "w 2 4\n"));
    }
}

TEST_CASE("af answers DC and DS tasks with YES or NO") {
    TempDir dir;
    const std::string file = dir.write("floating.i23", kFloating);
    CHECK(run_warrant({"af", "-p", "DS-PR", "-f", file, "-a", "4"}).out == "YES\n");
    CHECK(run_warrant({"af", "-p", "DS-GR", "-f", file, "-a", "4"}).out == "NO\n");
    CHECK(run_warrant({"af", "-p", "DC-ST", "-f", file, "-a", "2"}).out == "YES\n");
    CHECK(run_warrant({"af", "-p", "DS-SST", "-f", file, "-a", "1"}).out == "NO\n");
}

TEST_CASE("af reads apx and tgf by extension or by --fo") {
    TempDir dir;
    const std::string apx = dir.write("x.apx", "arg(a). arg(b). att(a,b).\n");
    CHECK(run_warrant({"af", "-p", "SE-GR", "-f", apx}).out == "w a\n");
    const std::string tgf = dir.write("x.txt", "a\nb\n#\nb a\n");
    CHECK(run_warrant({"af", "-p", "DC-CO", "-f", tgf, "--fo", "tgf", "-a", "b"}).out == "YES\n");
}

TEST_CASE("af lists its problems and formats in ICCMA's bracketed form") {
    auto problems = run_warrant({"af", "--problems"});
    CHECK(problems.exit_code == 0);
    CHECK(problems.out == "[DC-CO,DC-GR,DC-PR,DC-ST,DC-SST,DS-CO,DS-GR,DS-PR,DS-ST,DS-SST,SE-CO,SE-GR,SE-PR,SE-ST,SE-SST]\n");
    CHECK(run_warrant({"af", "--formats"}).out == "[i23,apx,tgf]\n");
}

TEST_CASE("af reports a malformed file with file:line:col and exit code 1") {
    TempDir dir;
    const std::string file = dir.write("bad.i23", "p af 2\n1 3\n");
    auto result = run_warrant({"af", "-p", "SE-GR", "-f", file});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find(file + ":2:3: error[E052]: argument 3 is outside 1..2") != std::string::npos);
    CHECK(result.out.empty());
}

TEST_CASE("af usage errors exit 2: unknown task, missing file, missing or unknown query argument") {
    TempDir dir;
    const std::string file = dir.write("f.i23", kFloating);
    CHECK(run_warrant({"af", "-p", "EE-PR", "-f", file}).exit_code == 2);
    CHECK(run_warrant({"af", "-p", "SE-PR", "-f", dir.file("missing.i23")}).exit_code == 2);
    CHECK(run_warrant({"af", "-p", "DC-PR", "-f", file}).exit_code == 2);
    auto unknown = run_warrant({"af", "-p", "DC-PR", "-f", file, "-a", "9"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err.find("no argument '9'") != std::string::npos);
}
