// Text as it goes into a Graphviz label or tooltip (private to the render stage).
//
// Every user text passes through here before it reaches cgraph: invalid UTF-8 is replaced (gvc
// rejects it), long lines are wrapped at word boundaries without splitting a multi-byte
// character, and characters with a meaning in HTML-like labels or in escString attributes
// (tooltips) are escaped, so a title can never inject DOT or SVG markup.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace warrant::render {

// Replaces every invalid UTF-8 sequence with U+FFFD and drops control characters except
// newline and tab (tab becomes a space).
std::string sanitize_utf8(std::string_view text);

// Number of code points in valid UTF-8.
std::size_t count_code_points(std::string_view text);

// Breaks `text` into lines of at most `width` code points at spaces; a word longer than the
// width is cut between code points. Newlines in the text end a line. Runs of spaces collapse.
// At most `max_lines` lines: the last kept line then ends in "…".
std::vector<std::string> wrap_text(std::string_view text, std::size_t width, std::size_t max_lines);

// The text as a reader sees it: every "#tag" and "#(tag with spaces)" of `tags` removed and the
// spaces around it collapsed, as Argdown's removeTagsFromText does.
std::string without_tags(std::string_view text, const std::vector<std::string>& tags);

// For the inside of an HTML-like label, and any HTML text (the class report): & < > " ' become entities.
std::string escape_html(std::string_view text);

// For escString attributes (tooltip): a backslash is doubled (Graphviz would read "\N" as the
// node name) and a newline becomes "\n". Quotes are left to cgraph's own writer, which escapes them.
std::string escape_esc_string(std::string_view text);

}  // namespace warrant::render
