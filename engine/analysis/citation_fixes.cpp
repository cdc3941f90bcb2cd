#include "analysis/citation_fixes.hpp"

#include "syntax/lexer.hpp"

#include <optional>

namespace warrant::analysis {
namespace {

constexpr std::string_view kPagePlaceholder = "page: \"?\"";
constexpr std::string_view kEntryPlaceholder = ": {author: \"?\", work: \"?\"}";

struct TextLine {
    std::size_t begin = 0;
    std::size_t end = 0;  // before its "\n"
};

std::optional<TextLine> line_at(std::string_view text, std::size_t begin) {
    if (begin > text.size() || (begin == text.size() && begin > 0)) return std::nullopt;
    const std::size_t newline = text.find('\n', begin);
    return TextLine{begin, newline == std::string_view::npos ? text.size() : newline};
}

std::string_view without_cr(std::string_view line) {
    return !line.empty() && line.back() == '\r' ? line.substr(0, line.size() - 1) : line;
}

SourceSpan insertion_at(const syntax::LineIndex& lines, const FileName& file, std::size_t offset) {
    int line = 0, column = 0;
    lines.find(static_cast<std::uint32_t>(offset), line, column);
    return SourceSpan{file, line, column, line, column};
}

std::size_t offset_of(const syntax::LineIndex& lines, int line, int column) {
    if (line < 1 || static_cast<std::size_t>(line) > lines.line_count()) return std::string_view::npos;
    return lines.line_start(static_cast<std::size_t>(line - 1)) + static_cast<std::size_t>(column - 1);
}

// Where the evidence's metadata closes, when it is written in the evidence's span: the page
// goes in beside the source. Without metadata there, a block of its own follows the span.
std::optional<Fix> page_placeholder(std::string_view text, const syntax::LineIndex& lines, const Diagnostic& finding) {
    const SourceSpan& span = finding.span;
    const std::size_t begin = offset_of(lines, span.line, span.column);
    const std::size_t end = offset_of(lines, span.end_line, span.end_column);
    if (begin == std::string_view::npos || end == std::string_view::npos || end > text.size() || end <= begin) return std::nullopt;
    const std::string_view written = text.substr(begin, end - begin);
    const std::size_t open = written.rfind('{');
    const std::size_t close = written.rfind('}');
    if (open != std::string_view::npos && close != std::string_view::npos && close > open)
        return Fix{"add a page placeholder", insertion_at(lines, span.file, begin + close), ", " + std::string(kPagePlaceholder)};
    return Fix{"add a page placeholder", insertion_at(lines, span.file, end), " {" + std::string(kPagePlaceholder) + "}"};
}

// The front matter's lines, between a first line "===" and the next "===" line.
std::optional<std::pair<TextLine, TextLine>> front_matter_fences(std::string_view text) {
    const std::optional<TextLine> open = line_at(text, 0);
    if (!open || without_cr(text.substr(open->begin, open->end - open->begin)) != "===") return std::nullopt;
    for (auto line = line_at(text, open->end + 1); line; line = line_at(text, line->end + 1)) {
        if (without_cr(text.substr(line->begin, line->end - line->begin)) == "===") return std::pair{*open, *line};
        if (line->end >= text.size()) break;
    }
    return std::nullopt;
}

std::optional<Fix> declare_source(std::string_view text, const syntax::LineIndex& lines, const Diagnostic& finding) {
    if (finding.related.empty()) return std::nullopt;
    const std::string& key = finding.related.front();
    const std::string title = "declare '" + key + "' under sources:";
    const auto fences = front_matter_fences(text);
    if (!fences)
        return Fix{title, insertion_at(lines, finding.span.file, 0), "===\nsources:\n  " + key + std::string(kEntryPlaceholder) + "\n===\n\n"};
    for (auto line = line_at(text, fences->first.end + 1); line && line->begin < fences->second.begin;
         line = line_at(text, line->end + 1)) {
        const std::string_view content = without_cr(text.substr(line->begin, line->end - line->begin));
        if (!content.starts_with("sources:")) continue;
        const std::size_t flow = content.find('{');
        if (flow != std::string_view::npos)  // sources: {a: {...}, ...}
            return Fix{title, insertion_at(lines, finding.span.file, line->begin + flow + 1), key + std::string(kEntryPlaceholder) + ", "};
        if (content.find_first_not_of(' ', 8) != std::string_view::npos) return std::nullopt;  // a form we do not edit
        return Fix{title, insertion_at(lines, finding.span.file, line->end + 1), "  " + key + std::string(kEntryPlaceholder) + "\n"};
    }
    return Fix{title, insertion_at(lines, finding.span.file, fences->second.begin),
               "sources:\n  " + key + std::string(kEntryPlaceholder) + "\n"};
}

}  // namespace

void add_citation_fixes(std::string_view text, std::vector<Diagnostic>& findings) {
    std::optional<syntax::LineIndex> lines;
    for (Diagnostic& finding : findings) {
        if (finding.code != "W111" && finding.code != "W112") continue;
        // A key that is a misspelling of a declared one already carries "did you mean": declaring
        // the misspelling would be the wrong fix.
        if (finding.code == "W112" && !finding.fixes.empty()) continue;
        if (!lines) lines.emplace(text);
        std::optional<Fix> fix = finding.code == "W111" ? page_placeholder(text, *lines, finding) : declare_source(text, *lines, finding);
        if (fix) finding.fixes.push_back(std::move(*fix));
    }
}

}  // namespace warrant::analysis
