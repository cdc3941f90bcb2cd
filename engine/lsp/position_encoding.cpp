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

TextLines::TextLines(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') starts_.push_back(i + 1);
}

std::string_view TextLines::line(std::size_t line) const {
    if (line >= starts_.size()) return {};
    const std::size_t begin = starts_[line];
    const std::size_t end = line + 1 < starts_.size() ? starts_[line + 1] - 1 : text_.size();
    return text_.substr(begin, end - begin);
}

std::size_t TextLines::offset(Position position, PositionEncoding encoding) const {
    if (position.line < 0) return 0;
    if (static_cast<std::size_t>(position.line) >= starts_.size()) return text_.size();
    const std::string_view text = line(static_cast<std::size_t>(position.line));
    return starts_[static_cast<std::size_t>(position.line)] + bytes_for_units(text, position.character, encoding);
}

Position TextLines::position(std::size_t offset, PositionEncoding encoding) const {
    offset = std::min(offset, text_.size());
    const auto after = std::upper_bound(starts_.begin(), starts_.end(), offset);
    const std::size_t line_index = static_cast<std::size_t>(after - starts_.begin()) - 1;
    const std::size_t column = offset - starts_[line_index];
    return {static_cast<int>(line_index), count_units(line(line_index), column, encoding)};
}

std::size_t TextLines::span_offset(int line, int column) const {
    if (line < 1 || starts_.empty()) return 0;
    const std::size_t index = std::min(static_cast<std::size_t>(line - 1), starts_.size() - 1);
    const std::size_t length = this->line(index).size();
    return starts_[index] + std::min(static_cast<std::size_t>(std::max(column - 1, 0)), length);
}

Range TextLines::range(const SourceSpan& span, PositionEncoding encoding) const {
    if (!span.known()) return {};
    const std::size_t begin = span_offset(span.line, span.column);
    const int end_line = span.end_line > 0 ? span.end_line : span.line;
    const int end_column = span.end_line > 0 ? span.end_column : span.column;
    const std::size_t end = std::max(begin, span_offset(end_line, end_column));
    return {position(begin, encoding), position(end, encoding)};
}

}  // namespace warrant::lsp
