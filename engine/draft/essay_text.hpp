// An essay read for argument mining (private to the draft stage): its paragraphs as tokens and
// sentences, and the argument components found (or annotated) in them.
#pragma once

#include "draft/essay_layout.hpp"
#include "draft/tokens.hpp"
#include "warrant/draft.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace warrant::draft {

struct ParagraphText {
    TextRange range;
    std::size_t section = 0;  // the heading it stands under, as the heading's index + 1; 0: none
    std::vector<Token> tokens;
    std::vector<std::pair<std::size_t, std::size_t>> sentences;  // token index ranges
    // Its quotations (tokens.hpp), found once: segmentation keeps them whole, no cut falls
    // inside one, and a section's point is not a statement mostly quoted.
    std::vector<std::pair<std::size_t, std::size_t>> quotations;
};

struct EssayText {
    std::string_view text;
    std::vector<ParagraphText> paragraphs;
    std::vector<std::string> title_words;  // the title's words, lower case: a thesis echoes them
};

EssayText read_essay(std::string_view text, const EssayLayout& layout);

// Whether the essay has headings (numbered sections, Markdown ##): a paper's shape, not a
// five-paragraph essay's.
bool has_headings(const EssayText& essay);

// The sentence of `paragraph` that holds token `token`, as its index. Sentences are in order and
// cover the paragraph's tokens, so it is the first that ends after the token (a binary search:
// every token of a long paragraph asks); the last for a token past them all.
std::size_t sentence_number(const ParagraphText& paragraph, std::size_t token);

// That sentence's token range; {0, 0} in a paragraph without sentences.
std::pair<std::size_t, std::size_t> sentence_holding(const ParagraphText& paragraph, std::size_t token);

// A component as tokens of one paragraph: [first, last).
struct Segment {
    std::size_t paragraph = 0, first = 0, last = 0;
    ComponentType type = ComponentType::Premise;
    // Tokens of the frame before `first` that the statement leaves out ("there is clear
    // evidence that"): what opens the sentence before it still opens the statement.
    std::size_t frame = 0;
};

// Whether the segment shares a token with tokens [range.first, range.second) of its paragraph.
inline bool overlaps(const Segment& segment, std::pair<std::size_t, std::size_t> range) {
    return segment.first < range.second && segment.last > range.first;
}

// A relation between segments (indices into the segment list): from gives the reason.
struct SegmentRelation {
    std::size_t from = 0, to = 0;
    bool attack = false;
};

// Token labels for segmentation: outside, begins a component, inside one.
enum class Boundary { Outside = 0, Begin = 1, Inside = 2 };

}  // namespace warrant::draft
