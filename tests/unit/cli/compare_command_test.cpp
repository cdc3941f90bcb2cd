#include "support/run_warrant.hpp"

#include <doctest/doctest.h>

using warrant::testing::run_warrant;
using warrant::testing::TempDir;

TEST_CASE("compare without a reference prints usage and exits 2") {
    TempDir dir;
    auto result = run_warrant({"compare", dir.write("s.argdown", "[A]: a\n")});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("--reference") != std::string::npos);
}

TEST_CASE("compare rejects an unknown format and malformed weights with exit code 2") {
    TempDir dir;
    const std::string map = dir.write("s.argdown", "[A]: a\n");
    CHECK(run_warrant({"compare", map, "--reference", map, "--format", "xml"}).err.find("unknown format 'xml'") != std::string::npos);
    auto weights = run_warrant({"compare", map, "--reference", map, "--weights", "1,2"});
    CHECK(weights.exit_code == 2);
    CHECK(weights.err == "warrant compare: --weights takes three non-negative numbers, e.g. 0.4,0.2,0.4\n");
}

TEST_CASE("compare with a missing reference is an I/O error with exit code 2") {
    TempDir dir;
    auto result = run_warrant({"compare", dir.write("s.argdown", "[A]: a\n"), "--reference", "/nonexistent/r.argdown"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("error[E000]") != std::string::npos);
}
