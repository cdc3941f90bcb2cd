// The features of argument mining (private to the draft stage), as strings the model's
// vocabulary indexes. They follow what Stab & Gurevych (2017) and Eger et al. (2017) found to
// matter: the words around a token, its place in the sentence, paragraph and essay, discourse
// indicators before a component ("therefore", "however", "in my opinion"), its words, and the
// paragraph's other components.
#pragma once

#include "draft/essay_text.hpp"

#include <array>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace warrant::draft {

// Token `index` of paragraph `paragraph` for segmentation; `previous` is the label given to
// the token before it in its sentence (Outside at a sentence start, with a marker).
std::vector<std::string> boundary_features(const EssayText& essay, std::size_t paragraph, std::size_t index,
                                           Boundary previous, bool sentence_start);

// A segment for its type (MajorClaim, Claim, Premise), among the paragraph's segments.
std::vector<std::string> type_features(const EssayText& essay, const std::vector<Segment>& segments, std::size_t segment);

// Pairs of segments of one paragraph: does `from` give a reason for (or against) `to`? Every
// pair of a paragraph is asked, so what belongs to one segment alone (its discourse markers, the
// words before it, its content words) is worked out once per segment, not once per pair: a
// paragraph of k segments costs k of those and k^2 cheap pairings.
class LinkFeatures {
public:
    LinkFeatures(const EssayText& essay, const std::vector<Segment>& segments);
    ~LinkFeatures();
    std::vector<std::string> operator()(std::size_t from, std::size_t to) const;

private:
    struct SegmentPart;
    const SegmentPart& part(std::size_t segment) const;

    const EssayText& essay_;
    const std::vector<Segment>& segments_;
    std::map<std::size_t, std::array<std::size_t, 3>> paragraphs_;  // paragraph -> first, last segment, count
    mutable std::vector<std::unique_ptr<SegmentPart>> parts_;
};

// A segment for its polarity: does it attack what it relates to (or the major claims)?
std::vector<std::string> polarity_features(const EssayText& essay, const std::vector<Segment>& segments, std::size_t segment);

}  // namespace warrant::draft
