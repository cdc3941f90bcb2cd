// Where a text states its points, read from its shape: the essay of an introduction, body
// paragraphs and a conclusion that most students write and AAE2 holds, the sentence an author
// marks as the thesis, the conclusion a paragraph draws. These rules adjust the classifier's
// types before the decoder relates the segments (private to the draft stage).
#pragma once

#include "draft/essay_text.hpp"

#include <optional>
#include <span>
#include <vector>

namespace warrant::draft {

// The probabilities of a segment's types, indexed by ComponentType.
using TypeProbabilities = std::vector<double>;

// Per paragraph, per sentence: the probability that the sentence states the essay's position
// (the position classifier's); empty but for an essay's introduction and conclusion.
using PositionProbabilities = std::vector<std::vector<double>>;

// An essay in the shape of AAE2's and of most students' (an introduction, body paragraphs, a
// conclusion, no headings): its introduction states its position and its conclusion restates
// it (AAE2's training essays: a major claim in the conclusion in 283 of 286, in the
// introduction in 233, in a body paragraph 3 times).
bool five_paragraph_shape(const EssayText& essay);

// The author marks the segment as the thesis: a strong marker opens its sentence, before the
// segment or in its first words ("In this paper, I argue that ...", "I claim that ...").
bool marked_as_thesis(const ParagraphText& paragraph, const Segment& segment);

// Each segment's score as a major claim: the log of the type classifier's probability that it is
// one, plus, in an essay's introduction or conclusion, the log of the position classifier's that
// its sentence states the essay's position. The one judges the segment, the other the sentence
// among its paragraph's (the type classifier never saw the background sentences an
// introduction opens with).
std::vector<double> major_claim_scores(const EssayText& essay, const std::vector<Segment>& segments,
                                       const std::vector<TypeProbabilities>& probabilities,
                                       const PositionProbabilities& positions);

// In an essay of an introduction, body paragraphs and a conclusion without headings, the major
// claims are where such an essay states and restates its position: the introduction's and the
// conclusion's segment most probably one, weighed by the position classifier's probability
// that its sentence states the position (`positions`; in the cross-validation over AAE2 train,
// with the sentence it finds made a component where the labelling found none,
// argument_miner.cpp: major claims F1 0.633 -> 0.711). A body paragraph's segment the
// classifier took for one is a claim or a premise, whichever is more probable. Other texts
// keep the classifier's types.
void place_major_claims(const EssayText& essay, std::vector<Segment>& segments,
                        const std::vector<TypeProbabilities>& probabilities, const PositionProbabilities& positions = {});

// Exactly one thesis a text, made a major claim if it was not: the sentence the author marks
// ("I claim that", "This paper argues") when there is one, the most probable of those that
// are; otherwise, in an essay of an introduction, body and conclusion, the most probable of
// the major claims place_major_claims put there, the one of the highest `thesis_scores` (for an
// essay, the introduction's where it states the position, argument_miner.cpp); otherwise the
// segment with the highest `thesis_scores` (the thesis classifier's, for a text not shaped as
// an essay), or, without them, the segment most probably a major claim (the first of equals).
// A concession is the thesis only when nothing else can be.
std::optional<std::size_t> choose_thesis(const EssayText& essay, std::vector<Segment>& segments,
                                         const std::vector<TypeProbabilities>& probabilities,
                                         std::span<const double> thesis_scores = {});

// In such an essay, a body paragraph's conclusion is its claim: the segment that a conclusion
// marker ("Therefore", "Thus", "As a result", "So") opens in the paragraph's last sentence is
// made a claim with probability 0.9. In AAE2's training essays such a segment is a claim 103
// times in 141 ("therefore" 42 in 46), where one body component in four is; the classifier
// leaned on the paragraph's first sentence instead (AAE2 dev: it chose the first segment in 28
// of the 46 paragraphs whose claim stands later). On AAE2 dev, from 0.6, 0.75 and 0.9:
// components F1 0.737 -> 0.748, relations 0.450 -> 0.488.
void mark_paragraph_conclusions(const EssayText& essay, std::vector<Segment>& segments,
                                std::vector<TypeProbabilities>& probabilities);

}  // namespace warrant::draft
