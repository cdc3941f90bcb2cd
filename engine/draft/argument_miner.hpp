// Argument mining with a DraftModel (private to the draft stage): segmentation of each
// paragraph's tokens into components, their types, and a joint decoding of types and
// relations as one spanning tree per paragraph (Stab & Gurevych 2017, Persing & Ng 2016).
#pragma once

#include "draft/draft_model_impl.hpp"
#include "draft/essay_shape.hpp"
#include "draft/essay_text.hpp"
#include "draft/sequence_lattice.hpp"

#include <optional>
#include <span>
#include <vector>

namespace warrant::draft {

struct MinedArgument {
    std::vector<Segment> segments;             // in text order
    std::vector<SegmentRelation> relations;    // premise -> claim or premise, within a paragraph
    std::vector<bool> against;                 // per segment: a claim against the major claims
    std::optional<std::size_t> thesis;         // the one segment the text argues for (none only when no segment)
    std::vector<TypeProbabilities> type_probabilities;  // per segment
    // The map's structure beyond the model's premise relations (essay_structure.hpp): claims
    // to the thesis or their section's main claim, answers to the views they answer.
    std::vector<SegmentRelation> structure;
    std::vector<bool> counter;                 // per segment: a view the text reports and answers
    std::vector<bool> conceded;                // per segment: a point the writer grants (conceded_segments)
};

// Components by labelling each sentence's tokens as one sequence (label_sentence, below).
// In an essay of an introduction, body paragraphs and a conclusion (no headings), an
// introduction or conclusion in which the labelling found nothing gets the component of its
// least costly labelling that holds one, if that costs at most 2 in log-probability.
// A text in which the labelling finds nothing gets one component a sentence: every text that
// has sentences gets an argument.
// `positions`: position_probabilities(essay).
std::vector<Segment> segment_essay(const EssayText& essay, const DraftModel::Impl& model,
                                   const PositionProbabilities& positions);

// For an essay's introduction and conclusion (five_paragraph_shape), each sentence's probability
// of stating the essay's position (the position classifier, PositionFeatures).
PositionProbabilities position_probabilities(const EssayText& essay, const DraftModel::Impl& model);

class RowBuilder;
// Tokens [first, last) of paragraph p, one sentence: its most probable Outside / Begin / Inside
// labels as a sequence (Viterbi over the boundary classifier, which sees the label before).
SentenceLabels label_sentence(const EssayText& essay, std::size_t p, std::size_t first, std::size_t last,
                              const DraftModel::Impl& model, RowBuilder& row);
// A statement never starts or ends inside quotation marks: a segment of `paragraph` (the
// segments from `from` on) that cuts a quotation takes all of it, and segments that then
// overlap become one.
void keep_quotations_whole(const ParagraphText& paragraph, std::vector<Segment>& segments, std::size_t from);
// Gives each segment its most probable type; returns the probabilities of each.
std::vector<TypeProbabilities> classify_segments(const EssayText& essay, std::vector<Segment>& segments, const DraftModel::Impl& model);

// The decoder: every premise gives its reason to one other component of its paragraph, the
// most probable one that keeps the paragraph's relations a forest (no cycle); claims and major
// claims give none (a claim's side on the thesis is its stance).
// `link[i][j]` is the probability that segment i relates to segment j.
std::vector<SegmentRelation> decode_trees(const std::vector<Segment>& segments,
                                          const std::vector<std::vector<double>>& link);

// Types and relations of one paragraph decided together (Stab & Gurevych 2017 decode them by an
// integer program): the paragraph's relations are a forest whose roots are its claims, so the
// best joint choice is the maximum spanning arborescence over a root above the paragraph
// (spanning_arborescence.hpp). A segment under the root is a claim, scored by the log of its
// probability of being a claim or a major claim, less `claim_cost` in a paragraph without a
// major claim (a body paragraph makes one or two points; beside the thesis, as in a
// one-paragraph argument, the others argue for or against it directly); a segment under segment j
// is a premise giving its reason to j, scored by the log of its probability of being a premise
// plus `link` times the log of that relation's. Major claims stay under the root. Sets the
// types; returns the premises' relations. A paragraph of more than 32 segments keeps its types
// and goes to decode_trees.
struct JointWeights {
    // Chosen on AAE2 dev and the cross-validation over microtexts part 1: components 0.728 ->
    // 0.738 at 50%, relations 0.429 -> 0.447 in dev; the microtexts' relations stay at 0.403.
    // Without the cost, a premise whose relations are all unlikely became a claim (151 drafted
    // for 130 in dev); with it in the thesis's paragraph too, the microtexts' claims became a
    // chain of premises (relations 0.351).
    double link = 0.5;
    double claim_cost = 2.0;
};
std::vector<SegmentRelation> decode_jointly(std::vector<Segment>& paragraph, std::span<const TypeProbabilities> types,
                                            const std::vector<std::vector<double>>& link, JointWeights weights = {});

MinedArgument mine(const EssayText& essay, const DraftModel::Impl& model);

}  // namespace warrant::draft
