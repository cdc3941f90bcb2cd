// Stemmed, IDF-weighted words of a class's maps (engine/compare/compare_text.hpp).
#include "compare/compare_text.hpp"

#include <absl/container/flat_hash_map.h>
#include <libstemmer.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <memory>
#include <set>

namespace warrant::grading {
namespace {

// Words that say nothing about an argument's content. Short on purpose: IDF over the class
// already weighs common words down; this list only keeps them from matching on their own.
const std::set<std::string, std::less<>>& stop_words() {
    static const std::set<std::string, std::less<>> words = {
        "a", "about", "all", "also", "an", "and", "any", "are", "as", "at", "be", "because", "been", "but", "by",
        "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i",
        "if", "in", "into", "is", "it", "its", "more", "most", "much", "my", "no", "not", "of", "on", "one", "or",
        "our", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there",
        "these", "they", "this", "those", "to", "too", "very", "was", "we", "were", "what", "when", "which", "who",
        "will", "with", "would", "you", "your"};
    return words;
}

// Word characters: ASCII letters and digits, and multi-byte UTF-8 letters, except the
// General Punctuation block (U+2000-U+206F: curly quotes, dashes, ellipsis), which separates.
std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    auto flush = [&] {
        if (word.size() > 1) words.push_back(word);
        word.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == 0xE2 && i + 2 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xFE) == 0x80) {
            flush();
            i += 2;
        } else if (c >= 0x80 || std::isalnum(c)) {
            word += static_cast<char>(std::tolower(c));
        } else {
            flush();
        }
    }
    flush();
    return words;
}

struct StemmerDeleter {
    void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};

// One stemmer per thread: a Snowball stemmer keeps state between calls.
sb_stemmer* english_stemmer() {
    thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(sb_stemmer_new("english", "UTF_8"));
    return stemmer.get();
}

using TermCounts = std::vector<std::pair<std::uint32_t, double>>;

class TermIndex {
public:
    TermCounts counts(std::string_view text) {
        absl::flat_hash_map<std::uint32_t, double> counted;
        for (const std::string& stem : stems_of(text)) counted[id(stem)] += 1;
        TermCounts out(counted.begin(), counted.end());
        std::sort(out.begin(), out.end());
        return out;
    }
    std::size_t size() const { return ids_.size(); }

private:
    std::uint32_t id(const std::string& stem) {
        auto [it, inserted] = ids_.try_emplace(stem, static_cast<std::uint32_t>(ids_.size()));
        return it->second;
    }
    absl::flat_hash_map<std::string, std::uint32_t> ids_;
};

TermCounts merged(const TermCounts& a, const TermCounts& b) {
    TermCounts out;
    std::size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && a[i].first < b[j].first)) out.push_back(a[i++]);
        else if (i == a.size() || b[j].first < a[i].first) out.push_back(b[j++]);
        else {
            out.emplace_back(a[i].first, a[i].second + b[j].second);
            ++i, ++j;
        }
    }
    return out;
}

// Sublinear term frequency times IDF, scaled to unit length.
TermVector weighted(const TermCounts& counts, const std::vector<double>& idf) {
    TermVector out;
    double norm = 0;
    for (auto [term, count] : counts) {
        const double w = (1 + std::log(count)) * idf[term];
        out.emplace_back(term, w);
        norm += w * w;
    }
    norm = std::sqrt(norm);
    for (auto& entry : out) entry.second /= norm;
    return norm > 0 ? out : TermVector{};
}

}  // namespace

double cosine(const TermVector& a, const TermVector& b) {
    double dot = 0;
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].first < b[j].first) ++i;
        else if (b[j].first < a[i].first) ++j;
        else dot += a[i++].second * b[j++].second;
    }
    return std::min(1.0, dot);
}

std::string plain_text(const Node& node) {
    std::string out;
    for (const std::string& text : node.texts) {
        std::size_t at = 0;
        while (at < text.size()) {
            std::size_t end = text.find(' ', at);
            if (end == std::string::npos) end = text.size();
            if (text[at] != '#' || end - at < 2) out += (out.empty() ? "" : " ") + text.substr(at, end - at);
            at = end + 1;
        }
    }
    return out;
}

std::vector<std::string> stems_of(std::string_view text) {
    std::vector<std::string> stems;
    sb_stemmer* stemmer = english_stemmer();
    for (const std::string& word : words_of(text)) {
        if (stop_words().count(word)) continue;
        const sb_symbol* stem = stemmer ? sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
                                                          static_cast<int>(word.size()))
                                        : nullptr;
        stems.push_back(stem ? std::string(reinterpret_cast<const char*>(stem), sb_stemmer_length(stemmer)) : word);
    }
    return stems;
}

ClassVocabulary::ClassVocabulary(const std::vector<const ArgumentMap*>& maps) {
    TermIndex index;
    std::vector<std::vector<TermCounts>> titles(maps.size()), texts(maps.size());
    for (std::size_t m = 0; m < maps.size(); ++m) {
        for (Vertex v = 0; v < maps[m]->node_count(); ++v) {
            const Node& node = maps[m]->node(v);
            titles[m].push_back(index.counts(node.title));
            texts[m].push_back(index.counts(plain_text(node)));
        }
    }
    // Document frequency: in how many nodes (title or text) a stem occurs.
    std::vector<double> frequency(index.size(), 0);
    double documents = 0;
    for (std::size_t m = 0; m < maps.size(); ++m)
        for (std::size_t v = 0; v < titles[m].size(); ++v) {
            documents += 1;
            for (auto [term, count] : merged(titles[m][v], texts[m][v])) frequency[term] += 1;
        }
    std::vector<double> idf(index.size());
    for (std::size_t t = 0; t < idf.size(); ++t) idf[t] = std::log(1 + documents / frequency[t]);
    whole_.resize(maps.size());
    content_.resize(maps.size());
    for (std::size_t m = 0; m < maps.size(); ++m)
        for (std::size_t v = 0; v < titles[m].size(); ++v) {
            whole_[m].push_back(weighted(merged(titles[m][v], texts[m][v]), idf));
            content_[m].push_back(weighted(texts[m][v].empty() ? titles[m][v] : texts[m][v], idf));
        }
}

}  // namespace warrant::grading
