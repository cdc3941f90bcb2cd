// One version of one document, checked (private to engine/lsp): the MapAnalysis `warrant check`
// reads, plus where its names are written. Immutable once made (its analyses' later parts are
// computed once, on first use) and shared between the diagnostics thread and the requests.
#pragma once

#include "lsp/name_occurrences.hpp"
#include "lsp/position_encoding.hpp"
#include "warrant/map_analysis.hpp"
#include "warrant/parse.hpp"

#include <memory>
#include <string>

namespace warrant::lsp {

struct DocumentAnalysis {
    // Parses and checks `text`; never copied or moved, as `analyses` and `lines` refer to `loaded`.
    DocumentAnalysis(std::string text, const std::string& path, int version);
    DocumentAnalysis(const DocumentAnalysis&) = delete;
    DocumentAnalysis& operator=(const DocumentAnalysis&) = delete;

    int version = 0;
    LoadResult loaded;
    MapAnalysis analyses;       // of loaded: grounding, chains, findings, each computed once
    const CheckReport& report;  // analyses.report(), made with the document
    TextLines lines;            // of loaded.source_text
    std::vector<NameOccurrence> occurrences;
};

// Parses and checks `text` exactly as `warrant check FILE` would.
std::shared_ptr<const DocumentAnalysis> analyse_document(std::string text, const std::string& path, int version);

}  // namespace warrant::lsp
