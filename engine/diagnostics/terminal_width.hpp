// How many columns a terminal gives a text (private to the engine): what a finding's caret is
// padded by, so that it lands under the mistake on a line with accented letters, curly quotes
// or CJK before it. Counted as wcwidth() counts, without the C library's locale: a code point
// is one column, an East Asian wide or fullwidth one two, a combining mark, format or control
// character none. A tab is whatever the terminal makes it: callers keep tabs as tabs.
#pragma once

#include <cstddef>
#include <string_view>

namespace warrant::diagnostics {

// 0, 1 or 2.
int code_point_columns(char32_t code_point);

// The columns of `text` (UTF-8). A byte that does not start a valid sequence counts as one
// column, as a terminal shows it one replacement character.
std::size_t terminal_columns(std::string_view text);

}  // namespace warrant::diagnostics
