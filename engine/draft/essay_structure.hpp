// The structure of a drafted argument beyond the model's premise relations (private to the
// draft stage): every component reaches the thesis, as a reader of the essay would draw it.
// - Claims support (or, by their stance, attack) the thesis.
// - An essay with headings makes each section's point its main claim: the segment most
//   probably a claim among those of the section's first and last sentences (where a topic
//   sentence stands), else of the whole section. It supports the thesis, and the section's
//   other claims support it. The thesis's own section (the abstract) has none.
// - A premise that gives its reason to nothing gives it to its section's main claim, or to
//   the nearest claim of its paragraph, or to the thesis.
// - A view the text reports ("Many thinkers have supported ...", "Some people argue ...")
//   and answers in a later sentence of the paragraph, or in the same sentence after "but" or
//   "; however,", is a counter-position: the answer attacks it.
#pragma once

#include "draft/argument_miner.hpp"

namespace warrant::draft {

// Splits each segment that reports a view and answers it in the same sentence ("Others argue
// that X, but Y") into the view and the answer, before the segments are typed: a teacher draws
// the objection and its reply as two statements, the reply attacking the objection.
std::vector<Segment> split_answered_views(const EssayText& essay, std::vector<Segment> segments);

// Fills mined.structure and mined.counter; may make a section's point a claim (and then drops
// its premise relation).
void structure_argument(const EssayText& essay, MinedArgument& mined);

}  // namespace warrant::draft
