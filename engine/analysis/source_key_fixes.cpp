// Fixes for mistyped source keys (see source_key_fixes.hpp).
#include "analysis/source_key_fixes.hpp"

#include "model/metadata_keys.hpp"
#include "warrant/line_index.hpp"

#include <optional>

namespace warrant {
namespace {

// A statement's text may run over a few lines before its metadata.
constexpr int kLinesToSearch = 4;

// The span of `source: key` in the metadata on `line` (numbered `number`), if it is there.
std::optional<SourceSpan> key_on_line(std::string_view line, int number, const FileName& file, std::string_view key) {
    const std::size_t open = line.rfind('{');
    if (open == std::string_view::npos) return std::nullopt;
    const SourceSpan where{file, number, static_cast<int>(open) + 1, number, static_cast<int>(open) + 1};
    const std::string_view metadata = line.substr(open);
    SourceSpan span = model::value_span(metadata, where, "source");
    if (!span.known()) return std::nullopt;
    const auto from = static_cast<std::size_t>(span.column - 1);
    if (line.substr(from, static_cast<std::size_t>(span.end_column - span.column)) != key) return std::nullopt;
    return span;
}

}  // namespace

void add_source_key_fixes(std::string_view source_text, std::vector<Diagnostic>& findings) {
    std::optional<LineIndex> lines;  // indexed at the first finding that needs it
    for (Diagnostic& finding : findings) {
        if (finding.code != "W112" || finding.related.size() != 2 || !finding.span.known() || !finding.fixes.empty())
            continue;
        if (source_text.empty()) return;
        if (!lines) lines.emplace(source_text);
        const std::string& written = finding.related[0];
        const std::string& meant = finding.related[1];
        for (int number = finding.span.line; number < finding.span.line + kLinesToSearch; ++number) {
            if (auto span = key_on_line(lines->line(number), number, finding.span.file, written)) {
                finding.fixes.push_back({"cite '" + meant + "'", *span, meant});
                break;
            }
        }
    }
}

}  // namespace warrant
