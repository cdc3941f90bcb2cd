// One version of one document, checked (private to engine/lsp): what `warrant check` computes
// for it, plus where its names are written. Immutable once made and shared between the
// diagnostics thread and the requests that read it.
#pragma once

#include "lsp/name_occurrences.hpp"
#include "lsp/position_encoding.hpp"
#include "warrant/analysis.hpp"
#include "warrant/essay.hpp"
#include "warrant/parse.hpp"

#include <memory>
#include <string>

namespace warrant::lsp {

struct DocumentAnalysis {
    int version = 0;
    LoadResult loaded;
    CheckReport report;
    GroundingResult grounding;
    TextLines lines;  // of loaded.source_text
    std::vector<NameOccurrence> occurrences;
    std::vector<EssaySpan> essay_spans;  // an essay's: where each drafted node stands in it
};

// Parses and checks `text` exactly as `warrant check FILE` would: an essay (.txt, a .md
// without ```argdown blocks) is drafted, a Markdown note read by its blocks.
std::shared_ptr<const DocumentAnalysis> analyse_document(std::string text, const std::string& path, int version);

}  // namespace warrant::lsp
