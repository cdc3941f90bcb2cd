// Finding parenthetical citations in the body of an essay and telling whose they are.
#include "draft/citations.hpp"

#include "draft/citation_grammar.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>
#include <set>

namespace warrant::draft {
namespace {

constexpr std::string_view kOpenQuote = "\u201c", kCloseQuote = "\u201d";

// Verbs that introduce a quotation or paraphrase: "Fioretti agrees", "as Hanshew argues".
const std::set<std::string, std::less<>> kReportingVerbs = {
    "argue", "argues", "argued", "state", "states", "stated", "write", "writes", "wrote", "note", "notes", "noted",
    "claim", "claims", "claimed", "explain", "explains", "explained", "suggest", "suggests", "suggested", "observe",
    "observes", "observed", "assert", "asserts", "asserted", "maintain", "maintains", "contend", "contends", "add",
    "adds", "say", "says", "said", "believe", "believes", "describe", "describes", "emphasise", "emphasises",
    "emphasize", "emphasizes", "remark", "remarks", "mention", "mentions", "support", "supports", "conclude",
    "concludes", "define", "defines", "insist", "insists", "agree", "agrees", "declare", "declares", "comment",
    "comments", "point", "points", "show", "shows", "put", "puts", "propose", "proposes", "explore", "explores"};
const std::set<std::string, std::less<>> kTitles = {"Miss", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Madame", "Sir", "Lady", "Lord"};

struct Word {
    std::string_view text;  // without surrounding punctuation
    std::size_t begin;
};

bool capitalised(std::string_view word) {
    const unsigned char first = word.empty() ? 0 : static_cast<unsigned char>(word.front());
    return std::isupper(first) || (first >= 0xC3 && first <= 0xC5);  // Latin-1 and Latin Extended-A capitals
}

std::vector<Word> words_of(std::string_view text, std::size_t offset) {
    std::vector<Word> words;
    std::size_t at = 0;
    while (at < text.size()) {
        while (at < text.size() && (text[at] == ' ' || text[at] == '\n' || text[at] == '\t' || text[at] == '\r')) ++at;
        std::size_t end = at;
        while (end < text.size() && text[end] != ' ' && text[end] != '\n' && text[end] != '\t' && text[end] != '\r') ++end;
        std::string_view word = text.substr(at, end - at);
        while (!word.empty() && std::string_view(",;:\"()").find(word.back()) != std::string_view::npos) word.remove_suffix(1);
        if (!word.empty()) words.push_back({word, offset + at});
        at = end;
    }
    return words;
}

std::string lowercase(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

class CitationResolver {
public:
    CitationResolver(std::string_view text, const EssayLayout& layout, const std::vector<SourceRecord>& sources)
        : text_(text), layout_(layout), sources_(sources) {
        for (const SourceRecord& source : sources) known_.insert(source.key);
        primary_ = primary_key();
    }

    std::vector<FoundCitation> find() {
        collect_explicit_authors();
        std::vector<FoundCitation> found;
        for (const TextRange& paragraph : layout_.paragraphs) {
            std::size_t after_previous = paragraph.begin;
            for (std::size_t open = text_.find('(', paragraph.begin); open < paragraph.end; open = text_.find('(', open + 1)) {
                const std::size_t close = text_.find_first_of("()", open + 1);
                if (close == std::string_view::npos || close >= paragraph.end || text_[close] != ')' || close - open > 160) continue;
                const std::vector<ParsedCitation> parsed = parse_citation(text_.substr(open + 1, close - open - 1));
                if (parsed.empty()) continue;
                const TextRange quoted = quoted_before(open, after_previous);
                for (const ParsedCitation& citation : parsed) {
                    FoundCitation out{{open, close + 1}, quoted, resolve(citation, {after_previous, quoted.begin}, open), citation.page};
                    if (citation.ibid && out.page.empty() && !found.empty()) out.page = found.back().page;
                    previous_key_ = out.key;
                    found.push_back(std::move(out));
                }
                after_previous = close + 1;
            }
        }
        return found;
    }

private:
    // The work the essay is about: the author whose possessive the title holds ("Ishiguro’s").
    std::string primary_key() const {
        for (const Word& word : words_of(slice(text_, layout_.title), layout_.title.begin)) {
            for (std::string_view possessive : {"\u2019s", "'s"}) {
                if (word.text.size() > possessive.size() && word.text.ends_with(possessive) && capitalised(word.text))
                    return source_key(word.text.substr(0, word.text.size() - possessive.size()));
            }
        }
        return {};
    }

    void collect_explicit_authors() {
        for (const TextRange& paragraph : layout_.paragraphs) {
            for (std::size_t open = text_.find('(', paragraph.begin); open < paragraph.end; open = text_.find('(', open + 1)) {
                const std::size_t close = text_.find(')', open);
                if (close == std::string_view::npos || close - open > 160) continue;
                for (const ParsedCitation& citation : parse_citation(text_.substr(open + 1, close - open - 1)))
                    if (!citation.author.empty()) known_.insert(source_key(citation.author));
            }
        }
        if (primary_.empty() && !known_.empty()) primary_ = *known_.begin();
    }

    // The quotation that ends right before the citation, or else the sentence it closes.
    TextRange quoted_before(std::size_t open, std::size_t floor) const {
        std::size_t end = open;
        while (end > floor && (text_[end - 1] == ' ' || text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
        if (end >= floor + kCloseQuote.size() && text_.substr(end - kCloseQuote.size(), kCloseQuote.size()) == kCloseQuote) {
            const std::size_t inner_end = end - kCloseQuote.size();
            const std::size_t start = text_.rfind(kOpenQuote, inner_end);
            if (start != std::string_view::npos && start >= floor) return {start + kOpenQuote.size(), inner_end};
        }
        if (end > floor && text_[end - 1] == '"') {
            const std::size_t start = text_.rfind('"', end - 2);
            if (start != std::string_view::npos && start >= floor && start + 1 < end - 1) return {start + 1, end - 1};
        }
        std::size_t start = end;
        while (start > floor) {
            const char c = text_[start - 1];
            if ((c == '.' || c == '?' || c == '!' || c == ':') && start < end && (text_[start] == ' ' || text_[start] == '\n')) break;
            --start;
        }
        while (start < end && (text_[start] == ' ' || text_[start] == '\n' || text_[start] == '\r')) ++start;
        return {start, end};
    }

    // "Daniele Fioretti agrees", "Sebastian Groes and Barry Lewis argue", "according to Wear".
    std::optional<std::string> named_author(TextRange window) const {
        if (window.end <= window.begin) return std::nullopt;
        const std::vector<Word> words = words_of(slice(text_, window), window.begin);
        for (std::size_t i = words.size(); i-- > 0;) {
            const std::string verb = lowercase(words[i].text);
            std::size_t name_end = i;
            if (kReportingVerbs.count(verb)) {
                while (name_end > 0 && (words[name_end - 1].text == "also" || words[name_end - 1].text.ends_with("ly"))) --name_end;
            } else if (i >= 1 && verb == "to" && lowercase(words[i - 1].text) == "according") {
                std::size_t last = i + 1;
                while (last < words.size() && (capitalised(words[last].text) || words[last].text == "and")) ++last;
                if (auto key = key_of_name(words, i + 1, last)) return key;
                continue;
            } else {
                continue;
            }
            std::size_t name_begin = name_end;
            while (name_begin > 0 && (capitalised(words[name_begin - 1].text) || words[name_begin - 1].text == "and")) --name_begin;
            if (auto key = key_of_name(words, name_begin, name_end)) return key;
        }
        return std::nullopt;
    }

    // A scholar's name, not a character's: two or more words without a title ("Miss Emily"),
    // or one word the essay also cites by name.
    std::optional<std::string> key_of_name(const std::vector<Word>& words, std::size_t begin, std::size_t end) const {
        while (begin < end && words[begin].text == "and") ++begin;
        if (begin >= end || kTitles.count(std::string(words[begin].text))) return std::nullopt;
        std::string name;
        for (std::size_t i = begin; i < end; ++i) name += (name.empty() ? "" : " ") + std::string(words[i].text);
        const std::string key = source_key(name);
        const bool several_words = end - begin >= 2 && !(end - begin == 2 && words[begin].text == "The");
        if (key.empty() || !(several_words || known_.count(key))) return std::nullopt;
        return key;
    }

    std::string resolve(const ParsedCitation& citation, TextRange window, std::size_t open) {
        if (citation.ibid) return previous_key_;
        if (!citation.author.empty()) return with_work(source_key(citation.author), citation);
        if (!citation.year.empty())
            if (std::optional<std::string> narrative = narrative_author(open)) return with_work(*narrative, citation);
        if (std::optional<std::string> named = named_author(window)) return *named;
        return primary_;
    }

    // APA's narrative citation names the author right before it: "Smith (2019, p. 4) argues".
    std::optional<std::string> narrative_author(std::size_t open) const {
        const std::size_t from = open > 80 ? open - 80 : 0;
        const std::vector<Word> words = words_of(text_.substr(from, open - from), from);
        std::size_t begin = words.size();
        while (begin > 0 && (capitalised(words[begin - 1].text) || words[begin - 1].text == "and" || words[begin - 1].text == "&")) --begin;
        if (begin == words.size()) return std::nullopt;
        std::string name;
        for (std::size_t i = begin; i < words.size(); ++i) name += (name.empty() ? "" : " ") + std::string(words[i].text);
        const std::string key = source_key(name);
        if (key.empty()) return std::nullopt;
        return key;
    }

    // Picks one of several works by one author in the bibliography, by short title or year.
    std::string with_work(const std::string& key, const ParsedCitation& citation) const {
        std::vector<const SourceRecord*> works;
        for (const SourceRecord& source : sources_)
            if (source.key == key || source.key.starts_with(key + "_")) works.push_back(&source);
        if (works.empty()) {
            if (!citation.work.empty()) return key + "_" + source_key(citation.work.substr(0, citation.work.find(' ')));
            return key;
        }
        for (const SourceRecord* work : works) {
            if (!citation.year.empty() && work->year == citation.year.substr(0, 4)) return work->key;
            if (!citation.work.empty() && lowercase(work->work).find(lowercase(citation.work)) != std::string::npos) return work->key;
        }
        return works.front()->key;
    }

    std::string_view text_;
    const EssayLayout& layout_;
    const std::vector<SourceRecord>& sources_;
    std::set<std::string> known_;
    std::string primary_, previous_key_;
};

}  // namespace

std::vector<FoundCitation> find_citations(std::string_view text, const EssayLayout& layout,
                                          const std::vector<SourceRecord>& sources) {
    return CitationResolver(text, layout, sources).find();
}

}  // namespace warrant::draft
