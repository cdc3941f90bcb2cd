#include "lsp/document_analysis.hpp"

namespace warrant::lsp {

DocumentAnalysis::DocumentAnalysis(std::string text, const std::string& path, int version)
    : version(version),
      loaded(parse_argdown(std::move(text), path)),
      analyses(loaded),
      report(analyses.report()),
      lines(loaded.source_text),
      occurrences(find_name_occurrences(loaded.source_text, loaded.map)) {}

std::shared_ptr<const DocumentAnalysis> analyse_document(std::string text, const std::string& path, int version) {
    return std::make_shared<const DocumentAnalysis>(std::move(text), path, version);
}

}  // namespace warrant::lsp
