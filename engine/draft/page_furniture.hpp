// Page furniture of a PDF extract (private to the draft stage): the running headers and
// footers, page numbers and text in another script (a garbled abstract, a date in Arabic
// digits) that an extract leaves between an essay's lines. None of it is argument; left in,
// it becomes nodes ("295", "Dr. Lobna M. Shaddad") or cuts a sentence at a page break.
#pragma once

#include "draft/essay_layout.hpp"

#include <string_view>
#include <vector>

namespace warrant::draft {

// Which of a text's lines (trimmed ranges in order; a blank line is empty) are furniture:
// - a line with no letter (a page number, a lone bracket);
// - a line whose letters are mostly outside the Latin script, or replacement characters;
// - a short line without a full stop that the text repeats (a running header), except in its
//   first three lines, where it is the title;
// - a short line of three to eight words, every one capitalised, without a full stop or a
//   leading number, next to furniture (the author's name beside the page number).
std::vector<bool> page_furniture(std::string_view text, const std::vector<TextRange>& lines);

}  // namespace warrant::draft
