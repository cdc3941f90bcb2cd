// The words a title is made of (engine/draft/title_words.hpp).
#include "draft/title_words.hpp"

#include "draft/tokens.hpp"
#include "text/ascii_case.hpp"

#include <cctype>

namespace warrant::draft {
namespace {

bool word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// Curly quotes and dashes are three bytes from U+2010..U+201F: punctuation, not letters.
std::size_t punctuation_length(std::string_view text, std::size_t at) {
    if (at + 2 < text.size() && static_cast<unsigned char>(text[at]) == 0xE2 &&
        static_cast<unsigned char>(text[at + 1]) == 0x80)
        return 3;
    return 0;
}

}  // namespace

std::vector<TitleWord> words_of(std::string_view text) {
    std::vector<TitleWord> words;
    int depth = 0;  // inside parentheses: a citation or an aside, never part of a title
    for (std::size_t at = 0; at < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[at]);
        if (const std::size_t n = punctuation_length(text, at)) {
            const unsigned char third = static_cast<unsigned char>(text[at + 2]);
            if ((third == 0x93 || third == 0x94) && !words.empty()) words.back().break_after = true;  // en/em dash
            at += n;
            continue;
        }
        if (c == '(') ++depth;
        if (c == ')' && depth > 0) --depth;
        if (!word_byte(c)) {
            if (!words.empty() && depth == 0) {
                if (c == ',') words.back().comma_after = true;
                if (c == ';' || c == ':' || c == '.' || c == '!' || c == '?') words.back().break_after = true;
            }
            ++at;
            continue;
        }
        // A word runs on over an apostrophe (straight or curly: "Ishiguro’s" is "Ishiguro's") or
        // a hyphen between letters.
        std::string written;
        std::size_t end = at;
        while (end < text.size()) {
            const bool curly = text.compare(end, 3, "\u2019") == 0;
            const std::size_t mark = curly ? 3 : 1;
            if (!curly && punctuation_length(text, end)) break;
            if (!curly && word_byte(static_cast<unsigned char>(text[end]))) {
                written += text[end++];
                continue;
            }
            // A decimal point joins digits ("3.2").
            const bool decimal = !curly && end > 0 && std::isdigit(static_cast<unsigned char>(text[end - 1])) &&
                                 decimal_point_at(text, end);
            const bool joins =
                decimal ||
                ((curly || text[end] == '\'' || text[end] == '-') && end + mark < text.size() &&
                 word_byte(static_cast<unsigned char>(text[end + mark])) && !punctuation_length(text, end + mark));
            if (!joins) break;
            written += curly ? '\'' : text[end];
            end += mark;
        }
        // An initial's full stop ("Michael D. Gordin") breaks no clause.
        const bool initial = written.size() == 1 && std::isupper(static_cast<unsigned char>(written[0])) &&
                             end < text.size() && text[end] == '.';
        if (initial) ++end;
        if (depth == 0) {
            words.push_back(TitleWord{written, text::lowercase(written), false, false, end});
        }
        at = end;
    }
    return words;
}

}  // namespace warrant::draft
