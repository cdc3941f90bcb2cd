// Subordinate clauses cut from their main clause (private to the draft stage). A sentence that
// opens "Although X, Y", "Since X, Y" or "Despite X, Y", or goes on ", although Y", ", because
// Y", states two things a reader weighs apart: the concession or the reason, and the point.
// The segmenter, trained mostly on AAE2's essays, keeps some such sentences whole, and the
// point then drowns in the longer clause ("Since, however, in Russia besides gas and oil only
// propaganda and corruption rule, the EU should intervene right away" was one statement, whose
// thesis a reader takes from its end).
#pragma once

#include "draft/essay_text.hpp"

#include <optional>
#include <vector>

namespace warrant::draft {

// The token a segment [first, last) of the sentence [sentence_first, ...) is cut before, so
// that the subordinate clause and the main clause are two statements, if any:
// - the sentence opens with a concessive or causal subordinator ("although", "though", "even
//   though", "even if", "since", "despite", "in spite of", "whereas") and the segment holds the
//   comma that closes the subordinate clause: the last comma followed by what may open a
//   clause, its subject ("the EU", "you", "computer games"), not by "which", "and", a
//   preposition, an adverb or a participle;
// - or the segment holds ", although", ", even though", ", though", ", whereas", ", since" or
//   ", because" after its first three tokens and before its last three.
// The returned token opens the second statement; the comma before it belongs to neither.
std::optional<std::size_t> subordinate_cut(const std::vector<Token>& tokens, std::size_t sentence_first,
                                           std::size_t first, std::size_t last);

// Each segment cut where subordinate_cut says, before the segments are typed; a trailing
// clause starts after its subordinator, which stays before it in the sentence (as AAE2's
// annotators draw a statement, and as the features saw it in training).
std::vector<Segment> cut_subordinate_clauses(const EssayText& essay, std::vector<Segment> segments);

// Which segments the writer concedes: those a concession opens ("Although IBM's numbers haven't
// been staggering recently", "Admittedly, trash is what most people want"), and one that goes
// on such a clause with "and" or "or" before the sentence's point ("and the mood in the
// market could be better, | you should buy IBM shares"). The writer grants them and argues
// past them: they are owed neither support nor an answer.
std::vector<bool> conceded_segments(const EssayText& essay, const std::vector<Segment>& segments);

}  // namespace warrant::draft
