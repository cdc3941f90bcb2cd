// Bytes to UTF-8: see input_encoding.hpp.
#include "formats/input_encoding.hpp"

#include "syntax/utf8.hpp"
#include "warrant/line_index.hpp"

#include <array>
#include <cstdio>

namespace warrant {
namespace {

// Windows-1252's 0x80-0x9F (0xA0-0xFF are Latin-1, U+00A0-U+00FF). Its five unassigned bytes
// map to the C1 controls of the same value, as the WHATWG Encoding Standard does.
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

char32_t windows_1252(unsigned char byte) {
    return byte >= 0x80 && byte < 0xA0 ? kWindows1252High[byte - 0x80] : byte;
}

// Where a guess was made: the offset in the UTF-8 text and what the original held there.
struct Guess {
    std::size_t offset = std::string::npos;
    std::string what;  // "an unpaired UTF-16 surrogate"
};

// UTF-16 after its byte order mark; an unpaired surrogate or an odd last byte becomes U+FFFD.
std::string from_utf16(std::string_view bytes, bool big_endian, Guess& guess) {
    std::string out;
    out.reserve(bytes.size());
    const auto unit = [&](std::size_t at) -> char32_t {
        const auto hi = static_cast<unsigned char>(bytes[big_endian ? at : at + 1]);
        const auto lo = static_cast<unsigned char>(bytes[big_endian ? at + 1 : at]);
        return static_cast<char32_t>(hi << 8 | lo);
    };
    const auto replace = [&](std::string what) {
        if (guess.offset == std::string::npos) guess = {out.size(), std::move(what)};
        append_utf8(out, 0xFFFD);
    };
    std::size_t at = 0;
    for (; at + 1 < bytes.size(); at += 2) {
        const char32_t first = unit(at);
        if (first >= 0xD800 && first <= 0xDBFF && at + 3 < bytes.size()) {
            const char32_t second = unit(at + 2);
            if (second >= 0xDC00 && second <= 0xDFFF) {
                append_utf8(out, 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00));
                at += 2;
                continue;
            }
        }
        if (first >= 0xD800 && first <= 0xDFFF) replace("an unpaired UTF-16 surrogate");
        else append_utf8(out, first);
    }
    if (at < bytes.size()) replace("an odd last byte of UTF-16");
    return out;
}

// Keeps each valid UTF-8 sequence and reads every other byte as Windows-1252: a file that is
// UTF-8 but for one stray byte keeps its accents, a Windows-1252 file (whose high bytes are almost
// never valid UTF-8 sequences) is read whole as Windows-1252.
std::string repair_utf8(std::string_view text, std::size_t first_bad) {
    std::string out(text.substr(0, first_bad));
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t at = first_bad; at < text.size();) {
        if (const std::size_t length = syntax::utf8_sequence_length(text, at)) {
            out.append(text, at, length);
            at += length;
        } else {
            append_utf8(out, windows_1252(static_cast<unsigned char>(text[at++])));
        }
    }
    return out;
}

std::size_t first_invalid_utf8(std::string_view text) {
    for (std::size_t at = 0; at < text.size();) {
        if (static_cast<unsigned char>(text[at]) < 0x80) {
            ++at;
        } else if (const std::size_t length = syntax::utf8_sequence_length(text, at)) {
            at += length;
        } else {
            return at;
        }
    }
    return std::string::npos;
}

Diagnostic guessed(const std::string& text, const Guess& guess, const FileName& file, const std::string& message) {
    Diagnostic warning;
    warning.severity = Severity::Warning;
    warning.code = "W025";
    warning.span = LineIndex(text).span_at(guess.offset, file);
    warning.message = message;
    return warning;
}

}  // namespace

std::optional<Diagnostic> decode_input_text(std::string& text, const FileName& file) {
    const std::string_view bytes = text;
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
        Guess guess;
        text = from_utf16(bytes.substr(2), bytes[0] == '\xFE', guess);
        if (guess.offset == std::string::npos) return std::nullopt;
        return guessed(text, guess, file, "the file is not valid UTF-16: " + guess.what + " here became U+FFFD");
    }
    if (bytes.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    const std::size_t first_bad = first_invalid_utf8(text);
    if (first_bad == std::string::npos) return std::nullopt;
    const auto byte = static_cast<unsigned char>(text[first_bad]);
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(byte));
    std::string as;
    append_utf8(as, windows_1252(byte));
    text = repair_utf8(text, first_bad);
    return guessed(text, {first_bad, hex}, file,
                   "the file is not UTF-8: the byte " + std::string(hex) + " here, and any like it, was read as Windows-1252 ('" +
                       as + "'); save the file as UTF-8");
}

}  // namespace warrant
