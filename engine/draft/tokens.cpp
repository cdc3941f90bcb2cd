#include "draft/tokens.hpp"

#include <algorithm>
#include <cctype>

namespace warrant::draft {
namespace {

// The length of a UTF-8 punctuation mark at `at` (General Punctuation, U+2000-U+206F), or 0.
std::size_t unicode_punctuation(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    if (at + 2 < text.size() && byte(at) == 0xE2 && (byte(at + 1) == 0x80 || byte(at + 1) == 0x81)) return 3;
    if (at + 1 < text.size() && byte(at) == 0xC2 && (byte(at + 1) == 0xAB || byte(at + 1) == 0xBB)) return 2;  // « »
    return 0;
}

// The most tokens one sentence holds: a text without sentence ends (a word a line, a pasted
// table) is cut into runs this long, since the miner reads each sentence whole for each of its
// tokens. An essay's sentences are far shorter (AAE2's and the seed essay's longest: under 350).
constexpr std::size_t kLongestSentence = 512;

void add_sentence(std::vector<std::pair<std::size_t, std::size_t>>& out, std::size_t first, std::size_t last) {
    for (; last - first > kLongestSentence; first += kLongestSentence) out.push_back({first, first + kLongestSentence});
    out.push_back({first, last});
}

bool is_space(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool is_word_byte(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

}  // namespace

std::vector<Token> tokenize(std::string_view text, TextRange range) {
    std::vector<Token> tokens;
    std::size_t at = range.begin;
    while (at < range.end) {
        const unsigned char c = static_cast<unsigned char>(text[at]);
        if (is_space(c) || (c == 0xC2 && at + 1 < range.end && static_cast<unsigned char>(text[at + 1]) == 0xA0)) {
            at += is_space(c) ? 1 : 2;
            continue;
        }
        Token token;
        token.range.begin = at;
        if (const std::size_t mark = unicode_punctuation(text, at)) {
            at += mark;
            token.word = false;
        } else if (is_word_byte(c)) {
            while (at < range.end && is_word_byte(static_cast<unsigned char>(text[at])) && !unicode_punctuation(text, at)) ++at;
        } else {
            ++at;
            token.word = false;
        }
        token.range.end = at;
        token.lower.assign(text.substr(token.range.begin, at - token.range.begin));
        for (char& ch : token.lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        tokens.push_back(std::move(token));
    }
    return tokens;
}

bool decimal_point_at(std::string_view text, std::size_t at) {
    return at + 1 < text.size() && text[at] == '.' && std::isdigit(static_cast<unsigned char>(text[at + 1]));
}

bool abbreviation(std::string_view word) {
    if (word.size() == 1) return std::isupper(static_cast<unsigned char>(word.front()));
    for (std::string_view title : {"Mr", "Mrs", "Ms", "Dr", "St", "Prof"})
        if (word == title) return true;
    return false;
}

std::vector<std::pair<std::size_t, std::size_t>> sentences(std::string_view text, const std::vector<Token>& tokens) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t first = 0;
    const auto glued = [&](std::size_t a, std::size_t b) { return tokens[a].range.end == tokens[b].range.begin; };
    // The full stop at `i` is the "." of "Michael D. Gordin": the word before it ends right where
    // it starts. The last letter of an acronym ("in the U.S. It is") is no initial: a full stop
    // is glued before it too.
    const auto after_abbreviation = [&](std::size_t i) {
        if (i <= first || !tokens[i - 1].word || !glued(i - 1, i)) return false;
        if (i >= first + 2 && tokens[i - 2].lower == "." && glued(i - 2, i - 1)) return false;
        const TextRange word = tokens[i - 1].range;
        return abbreviation(text.substr(word.begin, word.end - word.begin));
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string& t = tokens[i].lower;
        if (t != "." && t != "?" && t != "!") continue;
        if (t == "." && after_abbreviation(i)) continue;
        if (t == "." && i + 1 < tokens.size() && decimal_point_at(text, tokens[i].range.begin)) continue;
        std::size_t last = i + 1;
        while (last < tokens.size() && (tokens[last].lower == "\"" || tokens[last].lower == "\u201d" || tokens[last].lower == ")")) ++last;
        if (last < tokens.size()) {
            const unsigned char next = static_cast<unsigned char>(text[tokens[last].range.begin]);
            if (!(std::isupper(next) || std::isdigit(next) || next >= 0x80 || next == '"')) continue;
        }
        add_sentence(out, first, last);
        first = last;
        i = last - 1;
    }
    if (first < tokens.size()) add_sentence(out, first, tokens.size());
    return out;
}

std::vector<std::pair<std::size_t, std::size_t>> quotations(const std::vector<Token>& tokens) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::vector<std::size_t> open;  // the curly marks not yet closed
    std::size_t straight = tokens.size();  // an open straight quote, or none
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string& t = tokens[i].lower;
        if (t == "\u201c") {
            open.push_back(i);
        } else if (t == "\u201d" && !open.empty()) {
            if (open.size() == 1) out.push_back({open.front(), i});
            open.pop_back();
        } else if (t == "\"" && open.empty()) {
            if (straight == tokens.size()) {
                straight = i;
            } else {
                out.push_back({straight, i});
                straight = tokens.size();
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace warrant::draft
