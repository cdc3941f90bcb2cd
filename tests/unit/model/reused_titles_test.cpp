// One title written with two different texts: a note on the second (N207), quiet for the same words.
#include "warrant/parse.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

namespace {

std::vector<warrant::Diagnostic> notes_n207(const warrant::LoadResult& loaded) {
    std::vector<warrant::Diagnostic> out;
    std::copy_if(loaded.diagnostics.begin(), loaded.diagnostics.end(), std::back_inserter(out),
                 [](const warrant::Diagnostic& d) { return d.code == "N207"; });
    return out;
}

}  // namespace

TEST_CASE("a title used for two different texts is noted on the second, naming both lines, with a fix that renames it") {
    const warrant::LoadResult loaded = warrant::parse_argdown(
        "[Start later]: Schools should start later. #thesis\n"
        "  - [Cost]: Later buses cost the district more.\n"
        "    - [Shared buses]: The buses can run two rounds.\n"
        "\n"
        "[Staff]: Teachers would stay longer.\n"
        "  - [Cost]: Overtime for teachers is expensive.\n",
        "bus.argdown");
    const std::vector<warrant::Diagnostic> notes = notes_n207(loaded);
    REQUIRE(notes.size() == 1);
    const warrant::Diagnostic& note = notes[0];
    CHECK(note.severity == warrant::Severity::Note);
    CHECK(note.span.line == 6);
    CHECK(note.span.column == 5);
    CHECK(note.message ==
          "[Cost] has a different text here than on line 2, and both become one statement; if these are two "
          "claims, give the second its own title");
    CHECK(note.related == std::vector<std::string>{"Cost"});
    REQUIRE(note.fixes.size() == 1);
    CHECK(note.fixes[0].title == "give this statement its own title [Cost 2]");
    CHECK(note.fixes[0].replacement == "[Cost 2]");
    CHECK(note.fixes[0].span.line == 6);
    CHECK(note.fixes[0].span.column == 5);
    CHECK(note.fixes[0].span.end_line == 6);
    CHECK(note.fixes[0].span.end_column == 11);
    // Argdown's reading is kept: one statement with both texts, attacking both.
    CHECK_FALSE(loaded.has_errors());
    const auto cost = loaded.map.find_statement("Cost");
    REQUIRE(cost);
    CHECK(loaded.map.node(*cost).texts ==
          std::vector<std::string>{"Later buses cost the district more.", "Overtime for teachers is expensive."});
    CHECK(loaded.map.node_count() == 4);
    CHECK(loaded.map.edge_count() == 3);
}

TEST_CASE("the same words under one title twice are quiet, whatever their case and punctuation") {
    const warrant::LoadResult loaded = warrant::parse_argdown(
        "[Cost]: Later buses cost the district more.\n\n[Cost]: later buses cost the district more\n\n"
        "[Cost]: Later buses  cost the district, more!\n",
        "same.argdown");
    CHECK(notes_n207(loaded).empty());
    CHECK(loaded.map.node(*loaded.map.find_statement("Cost")).texts.size() == 3);
}

TEST_CASE("a reference to a title, without a text, is not a second text") {
    const warrant::LoadResult loaded =
        warrant::parse_argdown("[Cost]: Later buses cost more.\n\n[B]: b\n  + [Cost]\n", "ref.argdown");
    CHECK(notes_n207(loaded).empty());
}

TEST_CASE("the fix's new title is one the map does not use") {
    const warrant::LoadResult loaded =
        warrant::parse_argdown("[Cost 2]: taken\n\n[Cost]: one\n\n[Cost]: two\n", "taken.argdown");
    const std::vector<warrant::Diagnostic> notes = notes_n207(loaded);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].span.line == 5);
    CHECK(notes[0].message.find("than on line 3,") != std::string::npos);
    CHECK(notes[0].fixes.at(0).replacement == "[Cost 3]");
}
