#include "support/run_warrant.hpp"

#include <doctest/doctest.h>

using warrant::testing::run_warrant;
using warrant::testing::TempDir;

TEST_CASE("check without a file is a usage error") {
    auto result = run_warrant({"check"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("warrant check: needs FILE|DIR...") != std::string::npos);
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

TEST_CASE("check of a directory checks every map in it on two jobs, in path order") {
    TempDir dir;
    dir.write("a.argdown", "[A]: a #thesis\n  + [E]: \"e\" {source: s, page: 1}\n");
    dir.write("b.argdown", "[B]: b #thesis\n");
    dir.write("c.argdown", "[C]: c\n\n+ [D]: d\n");  // a syntax error: one more report, not an abort
    dir.write("notes.txt", "not a map");
    auto result = run_warrant({"check", dir.path(), "--jobs", "2", "--format", "jsonl"});
    CHECK(result.exit_code == 1);
    std::vector<std::string> lines;
    for (std::size_t start = 0, end; (end = result.out.find('\n', start)) != std::string::npos; start = end + 1)
        lines.push_back(result.out.substr(start, end - start));
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].find("a.argdown\"") != std::string::npos);
    CHECK(lines[1].find("b.argdown\"") != std::string::npos);
    CHECK(lines[1].find("\"W122\"") != std::string::npos);
    CHECK(lines[2].find("c.argdown\"") != std::string::npos);
    CHECK(lines[2].find("\"E011\"") != std::string::npos);
}
