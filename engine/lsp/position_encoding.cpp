#include "lsp/position_encoding.hpp"

#include "syntax/utf8.hpp"

#include <algorithm>

namespace warrant::lsp {
namespace {

// One character's bytes and its size in UTF-16: four-byte sequences are surrogate pairs.
struct Step {
    std::size_t bytes;
    int utf16_units;
};

Step step_at(std::string_view text, std::size_t i) {
    const std::size_t length = syntax::utf8_sequence_length(text, i);
    if (length == 0) return {1, 1};
    return {length, length == 4 ? 2 : 1};
}

}  // namespace

int count_units(std::string_view text, std::size_t bytes, PositionEncoding encoding) {
    bytes = std::min(bytes, text.size());
    if (encoding == PositionEncoding::Utf8) return static_cast<int>(bytes);
    int units = 0;
    for (std::size_t i = 0; i < bytes;) {
        const Step step = step_at(text, i);
        i += step.bytes;
        units += step.utf16_units;
    }
    return units;
}

std::size_t bytes_for_units(std::string_view text, int units, PositionEncoding encoding) {
    if (units <= 0) return 0;
    if (encoding == PositionEncoding::Utf8) return std::min(static_cast<std::size_t>(units), text.size());
    std::size_t i = 0;
    for (int counted = 0; i < text.size() && counted < units;) {
        const Step step = step_at(text, i);
        i += step.bytes;
        counted += step.utf16_units;
    }
    return i;
}

std::size_t TextLines::offset(Position position, PositionEncoding encoding) const {
    if (position.line < 0) return 0;
    const auto line_index = static_cast<std::size_t>(position.line);
    if (line_index >= index_.line_count()) return index_.offset_of(position.line + 1, 1);  // past the last line: the end
    return index_.line_start(line_index) + bytes_for_units(line(line_index), position.character, encoding);
}

Position TextLines::position(std::size_t offset, PositionEncoding encoding) const {
    int line = 1, column = 1;
    index_.find(static_cast<std::uint32_t>(offset), line, column);
    return {line - 1, count_units(this->line(static_cast<std::size_t>(line - 1)), static_cast<std::size_t>(column - 1), encoding)};
}

Range TextLines::range(const SourceSpan& span, PositionEncoding encoding) const {
    if (!span.known()) return {};
    const std::size_t begin = index_.offset_of(span.line, span.column);
    const int end_line = span.end_line > 0 ? span.end_line : span.line;
    const int end_column = span.end_line > 0 ? span.end_column : span.column;
    const std::size_t end = std::max(begin, index_.offset_of(end_line, end_column));
    return {position(begin, encoding), position(end, encoding)};
}

}  // namespace warrant::lsp
