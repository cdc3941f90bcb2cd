// The features of argument mining (private to the draft stage), as strings the model's
// vocabulary indexes. They follow what Stab & Gurevych (2017) and Eger et al. (2017) found to
// matter: the words around a token, its place in the sentence, paragraph and essay, discourse
// indicators before a component ("therefore", "however", "in my opinion"), its words, and the
// paragraph's other components.
#pragma once

#include "draft/essay_text.hpp"

#include <string>
#include <vector>

namespace warrant::draft {

// Token `index` of paragraph `paragraph` for segmentation; `previous` is the label given to
// the token before it in its sentence (Outside at a sentence start, with a marker).
std::vector<std::string> boundary_features(const EssayText& essay, std::size_t paragraph, std::size_t index,
                                           Boundary previous, bool sentence_start);

// A segment for its type (MajorClaim, Claim, Premise), among the paragraph's segments.
std::vector<std::string> type_features(const EssayText& essay, const std::vector<Segment>& segments, std::size_t segment);

// A pair of segments of one paragraph: does `from` give a reason for (or against) `to`?
std::vector<std::string> link_features(const EssayText& essay, const std::vector<Segment>& segments, std::size_t from,
                                       std::size_t to);

// A segment for its polarity: does it attack what it relates to (or the major claims)?
std::vector<std::string> polarity_features(const EssayText& essay, const std::vector<Segment>& segments, std::size_t segment);

}  // namespace warrant::draft
