#include "support/run_warrant.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using warrant::testing::run_warrant;
using warrant::testing::TempDir;

TEST_CASE("warrant without a command prints usage and exits 2") {
    auto result = run_warrant({});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("usage: warrant") != std::string::npos);
}

TEST_CASE("an unknown command exits 2") {
    auto result = run_warrant({"frobnicate"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("unknown command 'frobnicate'") != std::string::npos);
}

TEST_CASE("export of a missing file is an I/O error with exit code 2") {
    auto result = run_warrant({"export", "/nonexistent/map.argdown"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("error[E000]") != std::string::npos);
    CHECK(result.out.empty());
}

TEST_CASE("export of a directory is an I/O error with exit code 2") {
    TempDir dir;
    auto result = run_warrant({"export", dir.path()});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("is a directory") != std::string::npos);
}

TEST_CASE("export rejects an unknown format with exit code 2") {
    TempDir dir;
    auto result = run_warrant({"export", dir.write("a.argdown", "[A]: a\n"), "--format", "yaml"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("unknown format 'yaml'") != std::string::npos);
}

TEST_CASE("export --from reads a file by the named reader, whatever its extension, and folders by its files") {
    TempDir dir;
    dir.write("essay.txt", "Cats are best. They purr.");
    dir.write("essay.ann",
              "T1\tMajorClaim 0 13\tCats are best\nT2\tPremise 15 25\tThey purr.\n"
              "R1\tsupports Arg1:T2 Arg2:T1\n");
    dir.write("notes.argdown", "[A]: a\n");
    auto one = run_warrant({"export", "--from", "brat", dir.file("essay.ann")});
    CHECK(one.exit_code == 0);
    CHECK(one.out.find("\"kind\": \"thesis\"") != std::string::npos);
    CHECK(one.out.find("They purr.") != std::string::npos);
    auto folder = run_warrant({"export", "--from", "brat", "--format", "jsonl", dir.path()});
    CHECK(folder.exit_code == 0);
    CHECK(std::count(folder.out.begin(), folder.out.end(), '\n') == 1);  // the .argdown is left out
    auto wrong = run_warrant({"export", "--from", "yaml", dir.file("essay.ann")});
    CHECK(wrong.exit_code == 2);
    CHECK(wrong.out.empty());
}
