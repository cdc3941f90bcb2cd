// Argdown's shortcodes for special characters: ".~." or ":~:" become "¬", ":happy:" "😀".
//
// As in Argdown 1.7, any ".name." or ":name:" without whitespace inside is a SpecialChar token;
// what it stands for is looked up when the text is read: first in the front matter's
// `model: shortcodes:` ({":bomb:": {unicode: "💣"}}), then in Argdown's own table. A code found
// in neither stays as written.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace warrant::syntax {

// The end of the SpecialChar token starting at `at` (a trailing blank included), or 0: a '.' or
// ':', at least one character other than whitespace, and the next same fence before any
// whitespace (JavaScript's \s).
std::size_t match_special_char(std::string_view text, std::size_t at);

// Code (fences included) -> the text it stands for, from the front matter's `model: shortcodes:`.
using ShortcodeTable = std::map<std::string, std::string, std::less<>>;
ShortcodeTable custom_shortcodes(const std::string& front_matter_yaml);

// What the SpecialChar token `code` (trailing blanks removed) stands for, or nothing.
std::optional<std::string_view> resolve_shortcode(std::string_view code, const ShortcodeTable& custom);

}  // namespace warrant::syntax
