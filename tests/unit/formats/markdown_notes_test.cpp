#include "support/run_warrant.hpp"
#include "warrant/formats.hpp"
#include "warrant/parse.hpp"

#include <doctest/doctest.h>

using warrant::testing::run_warrant;
using warrant::testing::TempDir;

namespace {

// A student's note: prose, a code block of another language, two Argdown blocks that relate
// to each other across the prose between them.
const std::string kNote =
    "# Week 3 notes\n"                                    // 1
    "\n"                                                  // 2
    "Ishiguro's school looks like a utopia.\n"            // 3
    "\n"                                                  // 4
    "```argdown\n"                                        // 5
    "[Hailsham]: Hailsham is a utopia. #thesis\n"         // 6
    "```\n"                                               // 7
    "\n"                                                  // 8
    "```python\n"                                         // 9
    "[Not argdown]: print('x')\n"                         // 10
    "```\n"                                               // 11
    "Some more prose with [brackets] in it.\n"            // 12
    "~~~~ argdown-map\n"                                  // 13
    "[Guardians]: The guardians care for the students.\n" // 14
    "  +> [Hailsham]\n"                                   // 15
    "  + [Unsourced]: \"A quotation.\" {page: 3}\n"       // 16
    "~~~~\n";                                             // 17

}  // namespace

TEST_CASE("a Markdown note's Argdown is its argdown blocks, at the note's own lines") {
    const std::optional<std::string> blocks = warrant::argdown_blocks_of_markdown(kNote);
    REQUIRE(blocks.has_value());
    CHECK(*blocks ==
          "\n\n\n\n\n[Hailsham]: Hailsham is a utopia. #thesis\n\n\n\n\n\n\n\n"
          "[Guardians]: The guardians care for the students.\n  +> [Hailsham]\n  + [Unsourced]: \"A quotation.\" {page: 3}\n\n");
    CHECK_FALSE(warrant::argdown_blocks_of_markdown("# Prose\n\n```python\nx\n```\n").has_value());
    // An unclosed block runs to the end of the note, as in CommonMark.
    CHECK(warrant::argdown_blocks_of_markdown("text\n```argdown\n[A]: a").value() == "\n\n[A]: a");
}

TEST_CASE("check reads a Markdown note's blocks as one map and reports at the note's lines") {
    TempDir dir;
    const std::string note = dir.write("week3.md", kNote);
    const auto run = run_warrant({"check", note});
    CHECK(run.exit_code == 0);
    // The evidence without a source on line 16, nothing from the prose or the Python block.
    CHECK(run.out.find(note + ":16:5: warning[W110]") != std::string::npos);
    CHECK(run.out.find("Not argdown") == std::string::npos);
    CHECK(run.out.find("brackets") == std::string::npos);
    CHECK(run.out.find("N220") == std::string::npos);  // a note with blocks is not an essay
    const warrant::LoadResult loaded = warrant::load_file(note);
    CHECK(loaded.map.node_count() == 3);
    CHECK(loaded.map.find("Guardians").has_value());
    CHECK(loaded.source_text == kNote);
}

TEST_CASE("a broken Argdown block gets its findings at the note's lines and the rest is kept") {
    TempDir dir;
    std::string broken = kNote;
    broken.replace(broken.find("[Hailsham]: Hailsham"), 1, "");  // "Hailsham]: ..." on line 6
    broken.replace(broken.find("  +> [Hailsham]"), 15, "  +> [Hailsham");  // an unclosed title on line 15
    const std::string note = dir.write("broken.md", broken);
    const auto run = run_warrant({"check", note});
    CHECK(run.exit_code == 0);
    CHECK(run.out.find(note + ":15:6: warning[W020]: `[` is never closed on this line") != std::string::npos);
    CHECK(run.out.find(note + ":16:5: warning[W110]") != std::string::npos);
    const warrant::LoadResult loaded = warrant::load_file(note);
    CHECK(loaded.map.find("Guardians").has_value());
    CHECK(loaded.map.find("Unsourced").has_value());
}
