#include "lsp/position_encoding.hpp"

#include <doctest/doctest.h>

using namespace warrant::lsp;

TEST_CASE("an emoji is two UTF-16 units and four UTF-8 bytes") {
    const std::string line = "[\xF0\x9F\x98\x80 Joy]";  // [😀 Joy]
    CHECK(count_units(line, 5, PositionEncoding::Utf16) == 3);
    CHECK(count_units(line, 5, PositionEncoding::Utf8) == 5);
    CHECK(bytes_for_units(line, 3, PositionEncoding::Utf16) == 5);
    CHECK(bytes_for_units(line, 5, PositionEncoding::Utf8) == 5);
}

TEST_CASE("an accented letter is one UTF-16 unit and two UTF-8 bytes") {
    const std::string line = "[Caf\xC3\xA9]: ok";  // [Café]: ok
    CHECK(count_units(line, 6, PositionEncoding::Utf16) == 5);
    CHECK(bytes_for_units(line, 5, PositionEncoding::Utf16) == 6);
}

TEST_CASE("a position inside a surrogate pair or past the line end clamps to a character boundary") {
    const std::string text = "\xF0\x9F\x98\x80x\nsecond";
    const TextLines lines(text);
    CHECK(lines.offset({0, 1}, PositionEncoding::Utf16) == 4);  // never inside the emoji's bytes
    CHECK(lines.offset({0, 99}, PositionEncoding::Utf16) == 5);
    CHECK(lines.offset({7, 0}, PositionEncoding::Utf16) == text.size());
}

TEST_CASE("byte offsets and client positions convert both ways across lines") {
    const std::string text = "\xC3\xA9t\xC3\xA9\n\xF0\x9F\x98\x80 [A]";  // été / 😀 [A]
    const TextLines lines(text);
    CHECK(lines.position(6, PositionEncoding::Utf16) == Position{1, 0});
    CHECK(lines.position(12, PositionEncoding::Utf16) == Position{1, 4});
    CHECK(lines.position(12, PositionEncoding::Utf8) == Position{1, 6});
    CHECK(lines.offset({1, 4}, PositionEncoding::Utf16) == 12);
}

TEST_CASE("a span's byte columns become a range in the client's units") {
    const std::string text = "x\n\xF0\x9F\x98\x80 [Caf\xC3\xA9]";
    const TextLines lines(text);
    const warrant::SourceSpan span{"f", 2, 6, 2, 13};  // "[Café]": bytes 6..12 of line 2, end exclusive
    const Range range = lines.range(span, PositionEncoding::Utf16);
    CHECK(range.start == Position{1, 3});
    CHECK(range.end == Position{1, 9});
}

TEST_CASE("invalid UTF-8 bytes count one unit each") {
    const std::string line = "a\xFF\xFE" "b";
    CHECK(count_units(line, 4, PositionEncoding::Utf16) == 4);
}
