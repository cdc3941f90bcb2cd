// Columns as a terminal shows them: what a finding's caret is padded by.
#include "diagnostics/terminal_width.hpp"

#include <doctest/doctest.h>

using warrant::diagnostics::code_point_columns;
using warrant::diagnostics::terminal_columns;

TEST_CASE("a code point takes one column, a wide one two, a combining mark or format character none") {
    CHECK(code_point_columns(U'a') == 1);
    CHECK(code_point_columns(U'\u00E9') == 1);    // é
    CHECK(code_point_columns(U'\u201C') == 1);    // a curly quote
    CHECK(code_point_columns(U'\u4E2D') == 2);    // 中
    CHECK(code_point_columns(U'\uAC00') == 2);    // a Hangul syllable
    CHECK(code_point_columns(U'\uFF21') == 2);    // a fullwidth A
    CHECK(code_point_columns(U'\U0001F600') == 2);  // an emoji
    CHECK(code_point_columns(U'\u0301') == 0);    // a combining acute accent
    CHECK(code_point_columns(U'\u200B') == 0);    // a zero width space
    CHECK(code_point_columns(U'\x01') == 0);
}

TEST_CASE("a text's columns add up its code points, an invalid byte as one") {
    CHECK(terminal_columns("") == 0);
    CHECK(terminal_columns("caf\u00E9") == 4);
    CHECK(terminal_columns("\u4E2D\u6587 ok") == 7);
    CHECK(terminal_columns("e\u0301") == 1);
    CHECK(terminal_columns("a\xFF" "b") == 3);
    CHECK(terminal_columns("\xE4\xB8") == 2);  // a cut sequence: two bytes, two replacement characters
}
