#include "lsp/document_analysis.hpp"

#include "warrant/formats.hpp"

namespace warrant::lsp {

std::shared_ptr<const DocumentAnalysis> analyse_document(std::string text, const std::string& path, int version) {
    // Built in place and never moved: `lines` views the text the load result owns.
    auto analysis = std::make_shared<DocumentAnalysis>();
    analysis->version = version;
    analysis->loaded = parse_document(std::move(text), path);
    analysis->report = check_loaded(analysis->loaded);
    analysis->grounding = compute_grounding(analysis->loaded.map);
    analysis->lines = TextLines(analysis->loaded.source_text);
    // An essay's prose has no titles to find; its nodes are known by where they stand in it.
    if (is_drafted_essay(analysis->loaded))
        analysis->essay_spans = essay_spans(analysis->loaded.map, analysis->loaded.source_text);
    else
        analysis->occurrences = find_name_occurrences(analysis->loaded.source_text, analysis->loaded.map);
    return analysis;
}

}  // namespace warrant::lsp
