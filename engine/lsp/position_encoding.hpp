// Positions as the client counts them (private to engine/lsp). LSP positions are a 0-based
// line and a character offset in the line, in UTF-16 code units unless client and server agreed
// on UTF-8; warrant's spans count bytes from 1. An invalid byte counts as one unit either way.
#pragma once

#include "warrant/diagnostic.hpp"
#include "warrant/line_index.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace warrant::lsp {

enum class PositionEncoding { Utf16, Utf8 };

struct Position {
    int line = 0;
    int character = 0;
    friend bool operator==(const Position&, const Position&) = default;
};

struct Range {
    Position start;
    Position end;
    friend bool operator==(const Range&, const Range&) = default;
};

// One text's lines as LSP positions: the one line index (so "\n", "\r\n" and a lone "\r" end
// a line, as LSP 3.17 and the parser both count), with columns in the client's units. Views
// into `text`, which must outlive it.
class TextLines {
public:
    TextLines() : index_(std::string_view{}) {}
    explicit TextLines(std::string_view text) : index_(text) {}

    std::size_t line_count() const { return index_.line_count(); }
    // Line `line` (0-based) without its ending; empty past the end.
    std::string_view line(std::size_t line) const { return index_.line(static_cast<int>(line) + 1); }
    // Byte offset of a client position; positions past a line's end clamp to it, past the
    // last line to the end of the text.
    std::size_t offset(Position position, PositionEncoding encoding) const;
    Position position(std::size_t offset, PositionEncoding encoding) const;
    // A span's start and end (1-based lines, byte columns); an unknown span is the file's start.
    Range range(const SourceSpan& span, PositionEncoding encoding) const;

private:
    LineIndex index_;
};

// Units of `encoding` in the bytes text[0, bytes).
int count_units(std::string_view text, std::size_t bytes, PositionEncoding encoding);
// The byte offset at which `units` units of `encoding` end (or the end of `text`).
std::size_t bytes_for_units(std::string_view text, int units, PositionEncoding encoding);

}  // namespace warrant::lsp
