#include "lsp/document_analysis.hpp"

#include "formats/input_encoding.hpp"

namespace warrant::lsp {
namespace {

// A document's bytes are read as a file's are: one that is not UTF-8 is decoded, with W025.
LoadResult load_document(std::string text, const std::string& path) {
    std::optional<Diagnostic> encoding = decode_input_text(text, path);
    LoadResult loaded = parse_argdown(std::move(text), path);
    if (encoding) loaded.diagnostics.insert(loaded.diagnostics.begin(), std::move(*encoding));
    return loaded;
}

}  // namespace

DocumentAnalysis::DocumentAnalysis(std::string text, const std::string& path, int version)
    : version(version),
      loaded(load_document(std::move(text), path)),
      analyses(loaded),
      report(analyses.report()),
      lines(loaded.source_text),
      occurrences(find_name_occurrences(loaded.source_text, loaded.map)) {}

std::shared_ptr<const DocumentAnalysis> analyse_document(std::string text, const std::string& path, int version) {
    return std::make_shared<const DocumentAnalysis>(std::move(text), path, version);
}

}  // namespace warrant::lsp
