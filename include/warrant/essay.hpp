// An essay read as a map: where each drafted node stands in the essay's text, and the findings
// of check worded for the essay's writer, at the sentence they are about.
//
// A draft (warrant/draft.hpp) keeps each node's place in the essay as metadata start/end
// (Unicode code points, end exclusive). Everything that points from a finding or a node back
// into the prose (check's messages, the report's essay pane, the language server) goes through
// this header, so the mapping lives in one place.
#pragma once

#include "warrant/diagnostic.hpp"
#include "warrant/model.hpp"
#include "warrant/parse.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace warrant {

// The note read_essay() adds to a drafted essay's load: "this map was drafted from ...".
inline constexpr std::string_view kDraftedEssayNote = "N220";

// True when `loaded` is an essay's draft (read_essay() made it; its source_text is the essay).
bool is_drafted_essay(const LoadResult& loaded);

// Where a node stands in the essay: its own words and the sentence around them, in bytes.
struct EssaySpan {
    Vertex vertex = 0;
    std::size_t begin = 0, end = 0;                    // the node's text
    std::size_t sentence_begin = 0, sentence_end = 0;  // the sentence (or citation) holding it
};

// Every node of `map` that carries a span into `essay` (metadata start/end, in code points, as
// draft writes them), in text order; nodes whose span does not fit the text are left out.
std::vector<EssaySpan> essay_spans(const ArgumentMap& map, std::string_view essay);

// The essay's words for check's findings: a finding about a drafted node says what the writer
// can do, quoting the sentence ("this sentence makes a claim that no other sentence supports:
// add a reason or evidence: “…”"), at the node's place in the essay. Others stay as they are.
void word_findings_for_essay(const LoadResult& loaded, std::vector<Diagnostic>& findings);

// What the draft made of a node, in a writer's words: "the thesis", "a claim supporting the
// thesis", "a premise supporting Claim 2", "evidence citing atwood, page 23".
std::string essay_role(const ArgumentMap& map, Vertex vertex);

}  // namespace warrant
