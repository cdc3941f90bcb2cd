// The layout of an essay's plain text (private to the draft stage): its title, paragraphs,
// numbered headings and Works Cited / References entries, as byte ranges into the text.
//
// Plain text comes in three shapes, and one rule set reads them all: one paragraph a line
// (AAE2, most word-processor exports), wrapped lines with blank lines between paragraphs
// (Markdown), and a PDF extract with a blank line after every line, where a paragraph starts
// at an indented line and ends at a short one.
#pragma once

#include "text/white_space.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace warrant::draft {

struct TextRange {
    std::size_t begin = 0, end = 0;  // bytes, end exclusive
};

struct Heading {
    TextRange range;     // the heading line, trimmed
    int level = 1;       // "3.1." is level 2; a Markdown "##" is level 2
    std::string title;   // as written, number included: "3.1. Hailsham as a ‘good place’"
};

struct EssayLayout {
    TextRange title;                     // the first paragraph when it is short; empty otherwise
    std::vector<TextRange> paragraphs;   // body paragraphs in order (not headings, not the bibliography)
    std::vector<std::size_t> paragraph_heading;  // for each paragraph, its heading's index + 1, or 0
    std::vector<Heading> headings;
    std::vector<TextRange> references;   // the entries after a Works Cited / References heading
    std::vector<TextRange> furniture;    // page furniture lines (page_furniture.hpp), in order: inside a paragraph, not its text
};

EssayLayout read_layout(std::string_view text);

using text::squeeze;  // text/white_space.hpp

// The text of `range` as squeeze() writes it, without the page furniture inside it (a page
// break's number and header in a paragraph that runs over it).
std::string squeeze_without(std::string_view text, TextRange range, const std::vector<TextRange>& furniture);

// Whether `range` lies inside one of `furniture`'s ranges.
bool inside(TextRange range, const std::vector<TextRange>& furniture);

// Bytes of `range`, with runs of white space (line breaks of a wrapped paragraph) left as they are.
inline std::string_view slice(std::string_view text, TextRange range) { return text.substr(range.begin, range.end - range.begin); }

}  // namespace warrant::draft
