#include "syntax/shortcodes.hpp"

#include <doctest/doctest.h>

#include <string>

TEST_CASE("both spellings of a shortcode give its character") {
    std::string_view replacement;
    CHECK(warrant::syntax::match_shortcode(".<->. x", 0, replacement) == 5);
    CHECK(replacement == "↔");
    CHECK(warrant::syntax::match_shortcode(":+1:", 0, replacement) == 4);
    CHECK(replacement == "👍");
}

TEST_CASE("an unknown or unclosed code is no shortcode") {
    std::string_view replacement;
    CHECK(warrant::syntax::match_shortcode(":nope:", 0, replacement) == 0);
    CHECK(warrant::syntax::match_shortcode(".~", 0, replacement) == 0);
    CHECK(warrant::syntax::match_shortcode("x.~.", 0, replacement) == 0);
}
