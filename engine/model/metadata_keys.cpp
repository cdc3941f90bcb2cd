// Mistyped metadata keys (W023), found in the metadata as written so that the finding points at
// the key itself.
#include "model/metadata_keys.hpp"

#include "model/nearest_name.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

namespace warrant::model {
namespace {

// The keys typing, the checks and the semantics read from a statement's metadata.
const std::vector<std::string>& known_keys() {
    static const std::vector<std::string> keys{"kind", "source", "page", "pages", "pole", "scheme", "weight"};
    return keys;
}

// Abbreviations too short for the edit distance to find their key.
std::optional<std::string> abbreviation_of(std::string_view key) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kShort{{
        {"p", "page"}, {"pp", "pages"}, {"pg", "page"}, {"pgs", "pages"}, {"src", "source"}, {"ref", "source"}, {"type", "kind"},
    }};
    for (const auto& [written, meant] : kShort)
        if (written == key) return std::string(meant);
    return std::nullopt;
}

struct WrittenKey {
    std::string_view name;
    std::size_t offset = 0;  // in the raw metadata
};

// Keys at the top level of a flow map "{a: 1, b: [x, y], c: {d: 2}}"; quoted keys are skipped.
std::vector<WrittenKey> top_level_keys(std::string_view raw) {
    std::vector<WrittenKey> keys;
    int depth = 0;
    char quote = 0;
    bool expect_key = false;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (quote) {
            if (c == quote) quote = 0;
            continue;
        }
        if (c == '"' || c == '\'') quote = c;
        else if (c == '{' || c == '[') expect_key = ++depth == 1 && c == '{';
        else if (c == '}' || c == ']') --depth;
        else if (c == ',' && depth == 1) expect_key = true;
        else if (expect_key && c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            expect_key = false;
            std::size_t end = i;
            while (end < raw.size() && raw[end] != ':' && raw[end] != ',' && raw[end] != '}') ++end;
            if (end >= raw.size() || raw[end] != ':') continue;
            std::size_t last = end;
            while (last > i && (raw[last - 1] == ' ' || raw[last - 1] == '\t')) --last;
            keys.push_back({raw.substr(i, last - i), i});
            i = end;
        }
    }
    return keys;
}

// The span of `length` bytes at `offset` into metadata written at `where`.
SourceSpan span_in(std::string_view raw, const SourceSpan& where, std::size_t offset, std::size_t length) {
    SourceSpan span = where;
    const std::size_t line_start = raw.find_last_of("\r\n", offset == 0 ? 0 : offset - 1);
    const auto breaks = static_cast<int>(std::count(raw.begin(), raw.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
    span.line = where.line + breaks;
    span.column = line_start == std::string_view::npos || offset == 0 ? where.column + static_cast<int>(offset)
                                                                      : static_cast<int>(offset - line_start);
    span.end_line = span.line;
    span.end_column = span.column + static_cast<int>(length);
    return span;
}

}  // namespace

SourceSpan value_span(std::string_view raw, const SourceSpan& where, std::string_view key) {
    for (const WrittenKey& written : top_level_keys(raw)) {
        if (written.name != key) continue;
        std::size_t begin = raw.find(':', written.offset) + 1;
        while (begin < raw.size() && (raw[begin] == ' ' || raw[begin] == '\t')) ++begin;
        std::size_t end = begin;
        while (end < raw.size() && raw[end] != ',' && raw[end] != '}' && raw[end] != '\n' && raw[end] != '\r' &&
               raw[end] != '"' && raw[end] != '\'')
            ++end;
        while (end > begin && (raw[end - 1] == ' ' || raw[end - 1] == '\t')) --end;
        if (end == begin || (end < raw.size() && (raw[end] == '"' || raw[end] == '\''))) return {};
        return span_in(raw, where, begin, end - begin);
    }
    return {};
}

void report_mistyped_metadata_keys(std::string_view raw, const SourceSpan& where, std::vector<Diagnostic>& out) {
    for (const WrittenKey& key : top_level_keys(raw)) {
        const std::vector<std::string>& known = known_keys();
        if (std::find(known.begin(), known.end(), key.name) != known.end()) continue;
        std::optional<std::string> meant = abbreviation_of(key.name);
        if (!meant) meant = nearest_name(key.name, known);
        if (!meant) continue;
        const std::string written(key.name);
        const SourceSpan span = span_in(raw, where, key.offset, key.name.size());
        out.push_back({Severity::Warning, "W023",
                       "unknown metadata key '" + written + "': did you mean '" + *meant + "'? (warrant ignores '" +
                           written + "')",
                       span, {}, {{"write '" + *meant + "'", span, *meant}}});
    }
}

}  // namespace warrant::model
