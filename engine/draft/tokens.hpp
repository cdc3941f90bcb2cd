// Tokens of an essay (private to the draft stage): a run of word characters or one punctuation
// mark, as Eger, Daxenberger & Gurevych (ACL 2017) count them for the token-overlap criteria.
// Letters outside ASCII are word characters; curly quotes and dashes are punctuation.
#pragma once

#include "draft/essay_layout.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace warrant::draft {

struct Token {
    TextRange range;      // bytes into the essay
    std::string lower;    // ASCII lower case
    bool word = true;     // false for a punctuation mark
};

std::vector<Token> tokenize(std::string_view text, TextRange range);

// An initial ("D") or an abbreviated title ("Mr", "Dr", "St"): a full stop after it does not
// end a sentence ("Michael D. Gordin declares").
bool abbreviation(std::string_view word);

// Whether the '.' at byte `at` is a decimal point: a digit follows it at once ("1.5", "P =.001").
bool decimal_point_at(std::string_view text, std::size_t at);

// Sentences of a paragraph's tokens, as [first, last) token index ranges: a sentence ends
// after '.', '?' or '!' (and any closing quotes) when the next token starts with a capital,
// a digit or an opening quote, and the full stop does not follow an abbreviation nor is a
// decimal point (glued to the digits after it: "1.5", "P =.001").
std::vector<std::pair<std::size_t, std::size_t>> sentences(std::string_view text, const std::vector<Token>& tokens);

// Quotations of a paragraph's tokens, as [opening mark, closing mark] token indices (both
// included), outermost only: “…” nest, straight quotes "…" pair in turn. A mark never closed
// (or never opened) in the paragraph starts or ends no quotation.
std::vector<std::pair<std::size_t, std::size_t>> quotations(const std::vector<Token>& tokens);

}  // namespace warrant::draft
