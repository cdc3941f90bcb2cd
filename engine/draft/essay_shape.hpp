// Where a text states its points, read from its shape: the essay of an introduction, body
// paragraphs and a conclusion that most students write and AAE2 holds, the sentence an author
// marks as the thesis, These rules adjust the classifier's
// types before the decoder relates the segments (private to the draft stage).
#pragma once

#include "draft/essay_text.hpp"

#include <optional>
#include <vector>

namespace warrant::draft {

// The probabilities of a segment's types, indexed by ComponentType.
using TypeProbabilities = std::vector<double>;

// An essay in the shape of AAE2's and of most students' (an introduction, body paragraphs, a
// conclusion, no headings): its introduction states its position and its conclusion restates
// it (AAE2's training essays: a major claim in the conclusion in 283 of 286, in the
// introduction in 233, in a body paragraph 3 times).
bool five_paragraph_shape(const EssayText& essay);

// The author marks the segment as the thesis: a strong marker opens its sentence, before the
// segment or in its first words ("In this paper, I argue that ...", "I claim that ...").
bool marked_as_thesis(const ParagraphText& paragraph, const Segment& segment);

// In an essay of an introduction, body paragraphs and a conclusion without headings, the major
// claims are where such an essay states and restates its position: the introduction's and the
// conclusion's segment most probably one (AAE2 dev, major claims F1 0.529 -> 0.548 with the
// introduction's component below). A body paragraph's segment the classifier took for one is
// a claim or a premise, whichever is more probable. Other texts keep the classifier's types.
void place_major_claims(const EssayText& essay, std::vector<Segment>& segments, const std::vector<TypeProbabilities>& probabilities);

// Exactly one thesis a text, made a major claim if it was not: the sentence the author marks
// ("I claim that", "This paper argues") when there is one, the most probable of those that
// are; otherwise, in an essay of an introduction, body and conclusion, the most probable of
// the major claims place_major_claims put there; otherwise the segment most probably a major
// claim (the first of equals).
std::optional<std::size_t> choose_thesis(const EssayText& essay, std::vector<Segment>& segments,
                                         const std::vector<TypeProbabilities>& probabilities);

}  // namespace warrant::draft
