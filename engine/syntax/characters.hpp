// Character classes of Argdown's lexer, shared by its scanner and its token rules.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace warrant::syntax::chars {

inline bool is_line_break(char c) { return c == '\n' || c == '\r'; }
inline bool is_blank(char c) { return c == ' ' || c == '\t'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
// JavaScript's \s, restricted to ASCII.
inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

// Characters that end a Freestyle run: everything Argdown may give meaning to.
constexpr std::array<bool, 256> make_special_table() {
    std::array<bool, 256> table{};
    for (char c : std::string_view("\\@#*_[],:;</>-\r\n(){}")) table[static_cast<unsigned char>(c)] = true;
    return table;
}
inline constexpr std::array<bool, 256> kSpecial = make_special_table();
inline bool is_special(char c) { return kSpecial[static_cast<unsigned char>(c)]; }
// A special character that is plain text where no rule used it (UnusedControlChar).
inline bool is_control_char(char c) { return is_special(c) && c != '\\' && !is_line_break(c); }

// Length of the UTF-8 sequence at `at` and its code point; 0 for an invalid sequence.
inline std::size_t decode_utf8(std::string_view text, std::size_t at, char32_t& code_point) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || at + length > text.size()) return 0;
    code_point = length == 1 ? lead : lead & (0xFF >> (length + 1));
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(at + i) & 0xC0) != 0x80) return 0;
        code_point = (code_point << 6) | (byte(at + i) & 0x3F);
    }
    return length;
}

// Argdown's tag character class: [a-zA-z0-9-] and most of the Basic Multilingual Plane above
// U+00A0. (A-z is the reference's own range and includes [ \ ] ^ _ and `.)
inline std::size_t tag_char_length(std::string_view text, std::size_t at) {
    char32_t cp = 0;
    std::size_t length = decode_utf8(text, at, cp);
    if (length == 0) return 0;
    if (length == 1) return ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '-') ? 1 : 0;
    bool allowed = (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xF900 && cp <= 0xFDCF) || (cp >= 0xFDF0 && cp <= 0xFFEF);
    return allowed ? length : 0;
}

}  // namespace warrant::syntax::chars
