// Token overlap for the draft evaluations (Eger, Daxenberger & Gurevych, ACL 2017): a token is
// a run of word characters or one other non-space, counted in code points.
#pragma once

#include <cctype>
#include <cstddef>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace warrant::eval {

using TokenSpans = std::vector<std::pair<std::size_t, std::size_t>>;  // [start, end) in code points

inline TokenSpans tokens_of(const std::string& text) {
    std::vector<char32_t> points;
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = length == 1 ? c : c & (0xFF >> (length + 1));
        for (std::size_t k = 1; k < length && i + k < text.size(); ++k) cp = (cp << 6) | (text[i + k] & 0x3F);
        points.push_back(cp);
        i += length;
    }
    auto word = [](char32_t cp) {
        if (cp >= 0x2000 && cp <= 0x206F) return false;  // general punctuation: quotes, dashes
        return cp >= 0x80 || std::isalnum(static_cast<int>(cp)) || cp == '_';
    };
    TokenSpans tokens;
    for (std::size_t i = 0; i < points.size();) {
        if (points[i] < 0x80 && std::isspace(static_cast<int>(points[i]))) { ++i; continue; }
        std::size_t end = i + 1;
        if (word(points[i]))
            while (end < points.size() && word(points[end])) ++end;
        tokens.push_back({i, end});
        i = end;
    }
    return tokens;
}

// The indices of the tokens that code points [start, end) touch.
inline std::set<std::size_t> token_set(const TokenSpans& tokens, std::size_t start, std::size_t end) {
    std::set<std::size_t> out;
    for (std::size_t t = 0; t < tokens.size(); ++t)
        if (tokens[t].first < end && tokens[t].second > start) out.insert(t);
    return out;
}

inline std::size_t shared(const std::set<std::size_t>& a, const std::set<std::size_t>& b) {
    std::size_t count = 0;
    for (std::size_t t : a) count += b.count(t);
    return count;
}

// At 50%: more than half of the longer span's tokens shared; at 100%: the same tokens.
inline bool spans_match(const std::set<std::size_t>& a, const std::set<std::size_t>& b, bool exact) {
    if (exact) return a == b && !a.empty();
    return 2 * shared(a, b) > std::max(a.size(), b.size());
}

// Precision, recall and F1 of `tp` true positives among `predicted`, of `gold`.
struct Score {
    double precision = 0, recall = 0, f1 = 0;
};
inline Score score(double tp, double predicted, double gold) {
    Score s;
    s.precision = predicted ? tp / predicted : 0;
    s.recall = gold ? tp / gold : 0;
    s.f1 = s.precision + s.recall ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
    return s;
}

}  // namespace warrant::eval
