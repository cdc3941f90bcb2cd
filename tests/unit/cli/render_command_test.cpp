#include "support/run_warrant.hpp"
#include "support/source_tree.hpp"

#include "warrant/parse.hpp"
#include "warrant/render.hpp"

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

namespace {

const std::string kExample = warrant::testing::source_dir() + "/examples/unanswered_objection.argdown";

}  // namespace

TEST_CASE("render without -o writes DOT to stdout") {
    auto result = run_warrant({"render", kExample});
    CHECK(result.exit_code == 0);
    CHECK(result.out.rfind("digraph argument_map {\n", 0) == 0);
    CHECK(result.err.empty());
}

TEST_CASE("render takes the format from -o's extension and writes the file") {
    TempDir dir;
    auto result = run_warrant({"render", kExample, "--view", "dialectic", "-o", dir.file("map.svg")});
    CHECK(result.exit_code == 0);
    CHECK(result.out.empty());
    CHECK(warrant::testing::read_file(dir.file("map.svg")).rfind("<?xml version=\"1.0\"", 0) == 0);
}

TEST_CASE("--format wins over the extension of -o") {
    TempDir dir;
    auto result = run_warrant({"render", kExample, "--format", "png", "-o", dir.file("map.out")});
    CHECK(result.exit_code == 0);
    CHECK(warrant::testing::read_file(dir.file("map.out")).substr(0, 4) == "\x89PNG");
}

TEST_CASE("render of the chain of an unknown title exits 2 and names the title") {
    auto result = run_warrant({"render", kExample, "--view", "chain", "--focus", "Nowhere"});
    CHECK(result.exit_code == 2);
    CHECK(result.err == "warrant render: no statement or argument titled 'Nowhere' in the map\n");
    CHECK(result.out.empty());
}

TEST_CASE("the CLI's DOT is the library's DOT for the same map, byte for byte") {
    const warrant::LoadResult loaded = warrant::load_file(kExample);
    REQUIRE(!loaded.has_errors());
    warrant::RenderOptions options;
    options.view = warrant::RenderView::Chain;
    options.focus = "Hailsham as a good place";
    const warrant::RenderResult library = warrant::render_map(loaded.map, options, warrant::RenderFormat::Dot);
    auto result = run_warrant({"render", kExample, "--view", "chain", "--focus", "Hailsham as a good place"});
    CHECK(result.exit_code == 0);
    CHECK(result.out == library.bytes);
}

TEST_CASE("the status view fills nodes from the check analyses and prints no note") {
    auto result = run_warrant({"render", kExample, "--view", "status"});
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    CHECK(result.out.find("status: grounded") != std::string::npos);
}
