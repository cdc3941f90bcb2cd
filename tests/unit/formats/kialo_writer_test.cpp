// Maps as Kialo discussion exports (engine/formats/kialo_writer.cpp): Kialo files read and
// written back unchanged, and an Argdown map written as a discussion.
#include "support/run_warrant.hpp"
#include "support/source_tree.hpp"
#include "warrant/formats.hpp"
#include "warrant/parse.hpp"

#include <doctest/doctest.h>

using namespace warrant;

namespace {

}  // namespace

TEST_CASE("the Kialo samples read and write back unchanged, byte for byte") {
    for (const char* name : {"phones.kialo.txt", "uniforms.kialo.txt"}) {
        CAPTURE(name);
        const LoadResult loaded = load_file_as(warrant::testing::test_data(std::string("kialo/") + name), InputFormat::Kialo);
        REQUIRE(loaded.diagnostics.empty());
        CHECK(export_kialo(loaded.map) == warrant::testing::read_file(warrant::testing::test_data(std::string("kialo/") + name)));
    }
}

TEST_CASE("an Argdown map is written as a Kialo discussion: pros, cons, a second parent as a link") {
    const LoadResult loaded = parse_argdown(
        "===\ntitle: Phones (and tablets)\n===\n\n"
        "[Ban]: Schools should ban phones. #thesis\n"
        "  + [Focus]: Phones distract (even silent ones).\n"
        "    + [Study]: Memory drops. {source: ward, page: \"144\"}\n"
        "  - [Safety]: Parents need contact. #counter\n"
        "    - [Office]: The office can call.\n"
        "    - [Focus]\n",
        "phones.argdown");
    REQUIRE_FALSE(loaded.has_errors());
    CHECK(export_kialo(loaded.map) == "Discussion Title: Phones (and tablets)\n\n"
                                      "1. Schools should ban phones.\n"
                                      "1.1. Pro: Phones distract \\(even silent ones\\).\n"
                                      "1.1.1. Pro: Memory drops.\n"
                                      "1.2. Con: Parents need contact.\n"
                                      "1.2.1. Con: The office can call.\n"
                                      "1.2.2. Con: -> See 1.1.\n");
}

TEST_CASE("convert --to kialo writes the discussion a Kialo file came from") {
    warrant::testing::TempDir dir;
    const auto run = warrant::testing::run_warrant(
        {"convert", "--from", "kialo", warrant::testing::test_data("kialo/uniforms.kialo.txt"), "--to", "kialo", "-o", dir.file("out.kialo.txt")});
    CHECK(run.exit_code == 0);
    CHECK(warrant::testing::read_file(dir.file("out.kialo.txt")) == warrant::testing::read_file(warrant::testing::test_data("kialo/uniforms.kialo.txt")));
}
