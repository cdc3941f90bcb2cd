#include "lsp/document_analysis.hpp"

#include "formats/input_encoding.hpp"

namespace warrant::lsp {

std::shared_ptr<const DocumentAnalysis> analyse_document(std::string text, const std::string& path, int version) {
    // Built in place and never moved: `lines` views the text the load result owns.
    auto analysis = std::make_shared<DocumentAnalysis>();
    analysis->version = version;
    // A document's bytes are read as a file's are: one that is not UTF-8 is decoded, with W025.
    std::optional<Diagnostic> encoding = decode_input_text(text, path);
    analysis->loaded = parse_argdown(std::move(text), path);
    if (encoding) analysis->loaded.diagnostics.insert(analysis->loaded.diagnostics.begin(), std::move(*encoding));
    analysis->report = check_loaded(analysis->loaded);
    analysis->grounding = compute_grounding(analysis->loaded.map);
    analysis->lines = TextLines(analysis->loaded.source_text);
    analysis->occurrences = find_name_occurrences(analysis->loaded.source_text, analysis->loaded.map);
    return analysis;
}

}  // namespace warrant::lsp
