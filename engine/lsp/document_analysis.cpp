#include "lsp/document_analysis.hpp"

#include "formats/input_encoding.hpp"
#include "warrant/formats.hpp"

namespace warrant::lsp {
namespace {

// A document's bytes are read as a file's are: one that is not UTF-8 is decoded, with W025; then
// by its kind (an Argdown map, a Markdown note's argdown blocks, an essay's prose).
LoadResult load_document(std::string text, const std::string& path) {
    std::optional<Diagnostic> encoding = decode_input_text(text, path);
    LoadResult loaded = parse_document(std::move(text), path);
    if (encoding) loaded.diagnostics.insert(loaded.diagnostics.begin(), std::move(*encoding));
    return loaded;
}

}  // namespace

// An essay's prose has no titles to find; its nodes are known by where they stand in it.
DocumentAnalysis::DocumentAnalysis(std::string text, const std::string& path, int version)
    : version(version),
      loaded(load_document(std::move(text), path)),
      analyses(loaded),
      report(analyses.report()),
      lines(loaded.source_text),
      occurrences(is_drafted_essay(loaded) ? std::vector<NameOccurrence>{} : find_name_occurrences(loaded.source_text, loaded.map)),
      essay_spans(is_drafted_essay(loaded) ? warrant::essay_spans(loaded.map, loaded.source_text) : std::vector<EssaySpan>{}) {}

std::shared_ptr<const DocumentAnalysis> analyse_document(std::string text, const std::string& path, int version) {
    return std::make_shared<const DocumentAnalysis>(std::move(text), path, version);
}

}  // namespace warrant::lsp
