// White space as a drafted node writes it: an essay's line breaks, tabs and runs of spaces are
// layout, not content, so a node's text (and any sentence quoted back to the student) has one
// space between words and none at the ends.
#pragma once

#include <string>
#include <string_view>

namespace warrant::text {

// "  a\n\tb  " -> "a b".
std::string squeeze(std::string_view text);

}  // namespace warrant::text
