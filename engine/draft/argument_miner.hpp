// Argument mining with a DraftModel (private to the draft stage): segmentation of each
// paragraph's tokens into components, their types, and a joint decoding of their relations
// that keeps one tree per paragraph (Stab & Gurevych 2017, Persing & Ng 2016).
#pragma once

#include "draft/draft_model_impl.hpp"
#include "draft/essay_text.hpp"

#include <vector>

namespace warrant::draft {

struct MinedArgument {
    std::vector<Segment> segments;             // in text order
    std::vector<SegmentRelation> relations;    // premise -> claim or premise, within a paragraph
    std::vector<bool> against;                 // per segment: a claim against the major claims
};

// Components by greedy left-to-right labelling of each sentence (the label before is a feature).
std::vector<Segment> segment_essay(const EssayText& essay, const DraftModel::Impl& model);
// A statement never starts or ends inside quotation marks: a segment of `paragraph` (the
// segments from `from` on) that cuts a quotation takes all of it, and segments that then
// overlap become one.
void keep_quotations_whole(const ParagraphText& paragraph, std::vector<Segment>& segments, std::size_t from);
// Gives each segment its most probable type.
void classify_segments(const EssayText& essay, std::vector<Segment>& segments, const DraftModel::Impl& model);

// The decoder: every premise gives its reason to one other component of its paragraph, the
// most probable one that keeps the paragraph's relations a forest (no cycle); claims and major
// claims give none (a claim's side on the thesis is its stance).
// `link[i][j]` is the probability that segment i relates to segment j.
std::vector<SegmentRelation> decode_trees(const std::vector<Segment>& segments,
                                          const std::vector<std::vector<double>>& link);

MinedArgument mine(const EssayText& essay, const DraftModel::Impl& model);

}  // namespace warrant::draft
