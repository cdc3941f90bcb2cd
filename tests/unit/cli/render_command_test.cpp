#include "support/run_warrant.hpp"

#include <doctest/doctest.h>

using warrant::testing::run_warrant;
using warrant::testing::TempDir;

TEST_CASE("render rejects an unknown view with exit code 2 before reading the map") {
    auto result = run_warrant({"render", "/nonexistent/map.argdown", "--view", "tree"});
    CHECK(result.exit_code == 2);
    CHECK(result.err == "warrant render: unknown view 'tree' (map, dialectic, chain, status)\n");
    CHECK(result.out.empty());
}

TEST_CASE("render rejects an output file whose extension names no format, with exit code 2") {
    TempDir dir;
    auto result = run_warrant({"render", dir.write("a.argdown", "[A]: a\n"), "-o", dir.file("out.jpeg")});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("unknown format for '" + dir.file("out.jpeg") + "'") != std::string::npos);
}

TEST_CASE("render rejects an unknown layout engine and direction with exit code 2") {
    CHECK(run_warrant({"render", "m.argdown", "--layout", "neato"}).exit_code == 2);
    CHECK(run_warrant({"render", "m.argdown", "--direction", "BT"}).exit_code == 2);
}

TEST_CASE("render of a missing file is an I/O error with exit code 2") {
    auto result = run_warrant({"render", "/nonexistent/map.argdown"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("error[E000]") != std::string::npos);
}
