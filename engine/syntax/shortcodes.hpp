// Argdown's shortcodes for special characters: ".~." or ":~:" become "¬", ":happy:" "😀".
// The table is Argdown 1.7's; the lexer turns a shortcode into a SpecialChar token.
#pragma once

#include <cstddef>
#include <string_view>

namespace warrant::syntax {

// Length of the shortcode starting at `at` (0 if none) and the character it stands for.
std::size_t match_shortcode(std::string_view text, std::size_t at, std::string_view& replacement);

}  // namespace warrant::syntax
