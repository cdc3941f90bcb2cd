// The one line index (see warrant/line_index.hpp).
#include "warrant/line_index.hpp"

#include <algorithm>

namespace warrant {

LineIndex::LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(0);
    if (text.find('\r') == std::string_view::npos) {
        // The common case, "\n" only: memchr finds the breaks many bytes at a time.
        for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1))
            starts_.push_back(static_cast<std::uint32_t>(i + 1));
        return;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        if (text[i] == '\n' || text[i] == '\r') starts_.push_back(static_cast<std::uint32_t>(i + 1));
    }
}

void LineIndex::find(std::uint32_t offset, int& line, int& column) const {
    offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
    const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    const auto index = static_cast<std::size_t>(it - starts_.begin()) - 1;
    line = static_cast<int>(index + 1);
    column = static_cast<int>(offset - starts_[index] + 1);
}

void LineIndex::locate(std::uint32_t offset, int& line, int& column) const {
    // The parser asks in document order, mostly on the line of the last answer or the next one:
    // try those before a binary search.
    const auto on_line = [&](std::size_t index) {
        return index < starts_.size() && starts_[index] <= offset && (index + 1 == starts_.size() || offset < starts_[index + 1]);
    };
    std::size_t index = last_line_;
    if (!on_line(index) && !on_line(++index)) {
        auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
        index = static_cast<std::size_t>(it - starts_.begin()) - 1;
    }
    last_line_ = index;
    line = static_cast<int>(index + 1);
    column = static_cast<int>(offset - starts_[index] + 1);
}

SourceSpan LineIndex::span_at(std::size_t offset, const FileName& file) const {
    SourceSpan span{file};
    find(static_cast<std::uint32_t>(std::min(offset, text_.size())), span.line, span.column);
    span.end_line = span.line;
    span.end_column = span.column;
    return span;
}

std::size_t LineIndex::offset_of(int line, int column) const {
    if (line < 1) return 0;
    if (static_cast<std::size_t>(line) > starts_.size()) return text_.size();
    const std::size_t start = starts_[static_cast<std::size_t>(line) - 1];
    const std::size_t length = this->line(line).size();
    return start + std::min<std::size_t>(static_cast<std::size_t>(std::max(column, 1)) - 1, length);
}

std::string_view LineIndex::line(int number) const {
    if (number < 1 || static_cast<std::size_t>(number) > starts_.size()) return {};
    const auto index = static_cast<std::size_t>(number);
    return line_between(text_, starts_[index - 1], index < starts_.size() ? starts_[index] : text_.size());
}

std::string_view LineIndex::line_between(std::string_view text, std::size_t start, std::size_t next_start) {
    std::size_t end = std::min(next_start, text.size());
    if (start >= end) return {};
    // Drop the ending: "\n", "\r\n" or "\r".
    if (text[end - 1] == '\n') --end;
    if (end > start && text[end - 1] == '\r') --end;
    return text.substr(start, end - start);
}

}  // namespace warrant
