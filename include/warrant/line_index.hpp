// The one map between byte offsets and lines of an input: what every file:line:col and every
// printed source line goes through, and what an editor's language server uses to turn its
// positions into offsets and back.
//
// A line ends at "\n", "\r\n" or a lone "\r" (old Mac files), as the Argdown lexer reads them.
// Lines and columns count from 1; columns count bytes. Built once per input (one pass); each
// lookup is a binary search, or less in document order.
//
// Threads: an index is never changed after it is built: any number of threads may read one.
#pragma once

#include "warrant/diagnostic.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace warrant {

class LineIndex {
public:
    // Views into `text`, which must outlive the index. Offsets are 32-bit: inputs up to 4 GiB.
    explicit LineIndex(std::string_view text);

    // 1-based line and column of a byte offset; an offset past the end points just after the
    // last byte. Safe to call from several threads at once.
    void find(std::uint32_t offset, int& line, int& column) const;
    // The same, remembering its last answer to start the next search there: for one thread
    // reading in document order (the parser).
    void locate(std::uint32_t offset, int& line, int& column) const;
    // The span of one byte of `file`, as find() places it.
    SourceSpan span_at(std::size_t offset, const FileName& file) const;
    // The byte offset of 1-based `line` and `column`; clamped to the line's end and the text.
    std::size_t offset_of(int line, int column) const;

    std::size_t line_count() const { return starts_.size(); }
    // Offset of the first byte of 0-based line `line_index`.
    std::uint32_t line_start(std::size_t line_index) const { return starts_[line_index]; }
    // 1-based line without its terminator; empty when out of range.
    std::string_view line(int number) const;
    bool empty() const { return text_.empty(); }

    // The text from `start` to `next_start` (the next line's start, or the end) without the
    // line's ending: the one rule of what a line is, for anything that keeps its own starts.
    static std::string_view line_between(std::string_view text, std::size_t start, std::size_t next_start);

private:
    std::string_view text_;
    std::vector<std::uint32_t> starts_;
    mutable std::size_t last_line_ = 0;  // locate()'s last answer, where the next one usually is
};

}  // namespace warrant
