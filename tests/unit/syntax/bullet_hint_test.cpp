// A list's bullet where a relation belongs: an error at the bullet that names the relation signs.
#include "warrant/parse.hpp"

#include <doctest/doctest.h>

namespace {

const warrant::Diagnostic& only_error(const warrant::LoadResult& loaded) {
    REQUIRE(loaded.diagnostics.size() == 1);
    return loaded.diagnostics[0];
}

}  // namespace

TEST_CASE("a star bullet under a statement suggests + and -, and the rest of the map survives") {
    const warrant::LoadResult loaded = warrant::parse_argdown(
        "[Sleep]: Teenagers need more sleep. #thesis\n"
        "  + [Biology]: Their body clocks shift.\n"
        "  * [Rested]: Rested students learn more.\n"
        "  + [Safety]: Fewer crashes on the way to school.\n",
        "sleep.argdown");
    const warrant::Diagnostic& error = only_error(loaded);
    CHECK(error.code == "E010");
    CHECK(error.span.line == 3);
    CHECK(error.span.column == 3);
    CHECK(error.span.end_column == 4);
    CHECK(error.message ==
          "a bullet (`*`) where a relation belongs: write `+` for a reason that supports the statement above, `-` for "
          "an objection to it (`+>` and `->` for what this one supports or attacks)");
    REQUIRE(error.fixes.size() == 2);
    CHECK(error.fixes[0].replacement == "+");
    CHECK(error.fixes[1].replacement == "-");
    CHECK(error.fixes[0].span.column == 3);
    CHECK(error.fixes[0].span.end_column == 4);
    for (const char* title : {"Sleep", "Biology", "Safety"}) CHECK(loaded.map.find_statement(title));
    CHECK(loaded.map.edge_count() == 2);
}

TEST_CASE("a round bullet (U+2022) and an en dash are bullets too; their fix replaces the whole mark") {
    const warrant::LoadResult round = warrant::parse_argdown("[A]: a\n  \u2022 [B]: b\n", "round.argdown");
    CHECK(only_error(round).code == "E010");
    CHECK(only_error(round).message.starts_with("a bullet (`\u2022`) where a relation belongs"));
    CHECK(only_error(round).span.line == 2);
    CHECK(only_error(round).span.column == 3);
    CHECK(only_error(round).span.end_column == 6);  // the three bytes of U+2022
    CHECK(only_error(round).fixes.at(0).replacement == "+");
    const warrant::LoadResult dash = warrant::parse_argdown("[A]: a\n    \u2013 [B]: b\n", "dash.argdown");
    CHECK(only_error(dash).message.starts_with("a bullet (`\u2013`) where a relation belongs"));
    CHECK(only_error(dash).span.column == 5);
}

TEST_CASE("a statement where a relation belongs, without a bullet, keeps the general message") {
    const warrant::LoadResult loaded = warrant::parse_argdown("[A]: a\n  [B]: b\n", "text.argdown");
    const warrant::Diagnostic* error = nullptr;
    for (const warrant::Diagnostic& d : loaded.diagnostics)
        if (d.code == "E010") error = &d;
    REQUIRE(error);
    CHECK(error->message == "unexpected statement definition '[B]:': a new paragraph needs an empty line before it");
    CHECK(error->fixes.empty());
}
