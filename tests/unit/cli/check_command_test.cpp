#include "support/run_warrant.hpp"

#include <doctest/doctest.h>

using warrant::testing::run_warrant;
using warrant::testing::TempDir;

TEST_CASE("check without a file is a usage error") {
    auto result = run_warrant({"check"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("warrant check: needs FILE...") != std::string::npos);
}

TEST_CASE("check rejects an unknown format or threshold") {
    TempDir dir;
    const std::string map = dir.write("a.argdown", "[A]: a\n");
    CHECK(run_warrant({"check", map, "--format", "xml"}).exit_code == 2);
    CHECK(run_warrant({"check", map, "--fail-on", "style"}).exit_code == 2);
}

TEST_CASE("check of a missing file reports E000 and exits 2") {
    auto result = run_warrant({"check", "/nonexistent/map.argdown"});
    CHECK(result.exit_code == 2);
    CHECK(result.out == "/nonexistent/map.argdown: error[E000]: cannot open '/nonexistent/map.argdown': no such file\n"
                        "0 warnings, 1 error; 0/0 claims grounded\n");
}

TEST_CASE("chains of a missing file exits 2") {
    auto result = run_warrant({"chains", "/nonexistent/map.argdown", "T"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("error[E000]") != std::string::npos);
}
