#include "syntax/shortcodes.hpp"

#include <doctest/doctest.h>

#include <string>

using warrant::syntax::match_special_char;
using warrant::syntax::resolve_shortcode;

TEST_CASE("both spellings of a shortcode give its character") {
    CHECK(match_special_char(".<->. x", 0) == 6);  // the blank after it belongs to the token
    CHECK(resolve_shortcode(".<->.", {}) == "↔");
    CHECK(match_special_char(":+1:", 0) == 4);
    CHECK(resolve_shortcode(":+1:", {}) == "👍");
    CHECK(resolve_shortcode(":smile:", {}) == "☺️");
    CHECK(resolve_shortcode(".smile.", {}) == "☺");
}

TEST_CASE("any fenced word is a shortcode token, and an unknown one stands for nothing") {
    CHECK(match_special_char(":nope:", 0) == 6);
    CHECK_FALSE(resolve_shortcode(":nope:", {}));
    CHECK(match_special_char("10:30:45", 2) == 6);
}

TEST_CASE("a fence followed by whitespace or left open is no shortcode") {
    CHECK(match_special_char(".~", 0) == 0);
    CHECK(match_special_char("x.~.", 0) == 0);
    CHECK(match_special_char(". a.", 0) == 0);
    CHECK(match_special_char(".a b.", 0) == 0);
    CHECK(match_special_char(".a\xC2\xA0" "b.", 0) == 0);  // a no-break space is whitespace to Argdown
    CHECK(match_special_char("..", 0) == 0);
}

TEST_CASE("the front matter's shortcodes come before Argdown's") {
    const auto table = warrant::syntax::custom_shortcodes("model:\n  shortcodes:\n    \":bomb:\": {unicode: \"💣\"}\n"
                                                          "    \":happy:\": {unicode: \"x\"}\n");
    CHECK(resolve_shortcode(":bomb:", table) == "💣");
    CHECK(resolve_shortcode(":happy:", table) == "x");
    CHECK(resolve_shortcode(".happy.", table) == "😀");
}
