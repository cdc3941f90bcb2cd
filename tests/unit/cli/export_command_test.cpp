#include "support/run_warrant.hpp"

#include <doctest/doctest.h>

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
