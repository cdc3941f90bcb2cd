#include "warrant/line_index.hpp"

#include <doctest/doctest.h>

#include <string>

using warrant::LineIndex;

namespace {

std::string where(const LineIndex& lines, std::uint32_t offset) {
    int line = 0, column = 0;
    lines.find(offset, line, column);
    return std::to_string(line) + ":" + std::to_string(column);
}

}  // namespace

TEST_CASE("LF, CRLF and lone CR all end a line, and a line is shown without its ending") {
    const std::string text = "a\nbc\r\nd\re";
    const LineIndex lines(text);
    CHECK(lines.line_count() == 4);
    CHECK(lines.line(1) == "a");
    CHECK(lines.line(2) == "bc");
    CHECK(lines.line(3) == "d");
    CHECK(lines.line(4) == "e");
    CHECK(lines.line(5).empty());
    CHECK(where(lines, 0) == "1:1");
    CHECK(where(lines, 3) == "2:2");
    CHECK(where(lines, 6) == "3:1");
    CHECK(where(lines, 8) == "4:1");
}

TEST_CASE("an offset past the end points just after the last byte") {
    const LineIndex lines("ab\ncd");
    CHECK(where(lines, 99) == "2:3");
    const warrant::SourceSpan span = lines.span_at(99, "f.argdown");
    CHECK(span.file == "f.argdown");
    CHECK(span.line == 2);
    CHECK(span.column == 3);
}

TEST_CASE("line and column map back to the offset, clamped to the line") {
    const std::string text = "ab\r\ncd\ref";
    const LineIndex lines(text);
    CHECK(lines.offset_of(1, 1) == 0);
    CHECK(lines.offset_of(2, 2) == 5);
    CHECK(lines.offset_of(2, 40) == 6);  // past the line: its end, before "\r"
    CHECK(lines.offset_of(3, 1) == 7);
    CHECK(lines.offset_of(9, 1) == text.size());
}

TEST_CASE("locate() in document order gives what find() gives") {
    const std::string text = "one\ntwo\n\nfour\rfive";
    const LineIndex lines(text);
    for (std::uint32_t offset = 0; offset <= text.size(); ++offset) {
        int line = 0, column = 0;
        lines.locate(offset, line, column);
        CHECK(std::to_string(line) + ":" + std::to_string(column) == where(lines, offset));
    }
}
