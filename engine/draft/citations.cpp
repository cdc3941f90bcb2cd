// Finding parenthetical citations in the body of an essay and telling whose they are.
#include "draft/citations.hpp"
#include "text/ascii_case.hpp"

#include "draft/citation_grammar.hpp"
#include "draft/signal_phrases.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

namespace warrant::draft {
namespace {

constexpr std::string_view kOpenQuote = "\u201c", kCloseQuote = "\u201d";
// The longest parenthesis read as a citation, from "(" to ")".
constexpr std::size_t kMaxCitation = 160;

using text::lowercase;

// Whether a sentence ends between `range`'s ends: ". ", "? ", "! " (a citation after a full stop
// starts a new one).
bool crosses_sentence(std::string_view text, TextRange range) {
    for (std::size_t at = range.begin; at + 1 < range.end; ++at)
        if ((text[at] == '.' || text[at] == '?' || text[at] == '!') && (text[at + 1] == ' ' || text[at + 1] == '\n')) return true;
    return false;
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
    return text;
}

struct Quotation {
    TextRange quoted;    // the quoted words (inside the marks), or the sentence the citation closes
    TextRange trailing;  // a signal phrase between the quotation and the parenthesis: "…,” as Hanshew argues (18)"
    bool marked = true;  // false when no quotation marks close before the citation
};

class CitationResolver {
public:
    CitationResolver(std::string_view text, const EssayLayout& layout, const std::vector<SourceRecord>& sources)
        : text_(text), layout_(layout), sources_(sources), phrases_(cited_by_name(sources)) {
        primary_ = primary_key();
        for (const TextRange& paragraph : layout_.paragraphs) phrases_.learn(text_, paragraph);
    }

    // The next '(' in [from, end), or end. (Searching on to the end of the text from each
    // paragraph made a text of many paragraphs without parentheses quadratic.)
    std::size_t next_open(std::size_t from, std::size_t end) const {
        const std::size_t at = text_.substr(0, end).find('(', from);
        return at == std::string_view::npos ? end : at;
    }

    std::vector<FoundCitation> find() {
        std::vector<FoundCitation> found;
        std::size_t last_close = 0;
        for (std::size_t p = 0; p < layout_.paragraphs.size(); ++p) {
            const TextRange& paragraph = layout_.paragraphs[p];
            // A block quotation is its own paragraph, introduced by the one before ("Gordin declares:").
            const bool block = p > 0 && trimmed(slice(text_, layout_.paragraphs[p - 1])).ends_with(":");
            std::size_t after_previous = paragraph.begin;
            std::size_t window_floor = block ? std::max(last_close, layout_.paragraphs[p - 1].begin) : paragraph.begin;
            bool first = true;
            for (std::size_t open = next_open(paragraph.begin, paragraph.end); open < paragraph.end; open = next_open(open + 1, paragraph.end)) {
                const std::size_t close = bounded_find(open, "()");
                if (close == std::string_view::npos || close >= paragraph.end || text_[close] != ')') continue;
                const std::vector<ParsedCitation> parsed = parse_citation(text_.substr(open + 1, close - open - 1));
                if (parsed.empty()) continue;
                Quotation quote = quoted_before(open, after_previous);
                if (block && first && !quote.marked)
                    quote.quoted.begin = paragraph.begin;
                const TextRange window{window_floor, quote.quoted.begin};
                // Consecutive citations of one source give the page alone: "… (86) because “…” (87)".
                const bool same_sentence = !first && !crosses_sentence(text_, window);
                for (const ParsedCitation& citation : parsed) {
                    FoundCitation out{{open, close + 1}, quote.quoted, resolve(citation, window, quote.trailing, open, same_sentence),
                                      citation.page};
                    if (citation.ibid && out.page.empty() && !found.empty()) out.page = found.back().page;
                    previous_key_ = out.key;
                    found.push_back(std::move(out));
                }
                after_previous = window_floor = last_close = close + 1;
                first = false;
            }
        }
        return found;
    }

private:
    // The first of `marks` after the parenthesis at `open`, if it is at most kMaxCitation bytes
    // on: a citation is short, and searching further made a text of nested parentheses quadratic.
    std::size_t bounded_find(std::size_t open, std::string_view marks) const {
        const std::size_t at = text_.substr(open + 1, kMaxCitation).find_first_of(marks);
        return at == std::string_view::npos ? at : open + 1 + at;
    }

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

    // The keys the essay cites by name, in its body or its bibliography.
    std::set<std::string> cited_by_name(const std::vector<SourceRecord>& sources) {
        std::set<std::string> known;
        for (const SourceRecord& source : sources) known.insert(source.key);
        for (const TextRange& paragraph : layout_.paragraphs) {
            for (std::size_t open = next_open(paragraph.begin, paragraph.end); open < paragraph.end; open = next_open(open + 1, paragraph.end)) {
                const std::size_t close = bounded_find(open, ")");
                if (close == std::string_view::npos) continue;
                for (const ParsedCitation& citation : parse_citation(text_.substr(open + 1, close - open - 1)))
                    if (!citation.author.empty()) known.insert(source_key(citation.author));
            }
        }
        if (primary_key().empty() && !known.empty()) primary_fallback_ = *known.begin();
        return known;
    }

    // The quotation that ends right before the citation (or before a signal phrase that stands
    // between them), or else the sentence it closes.
    Quotation quoted_before(std::size_t open, std::size_t floor) const {
        std::size_t end = open;
        while (end > floor && (text_[end - 1] == ' ' || text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
        if (const std::optional<TextRange> quote = quotation_ending_at(end, floor)) return {*quote, {}};
        // "“if the cost of utopia is too high,” as Kenneth Hanshew argues (18)"
        if (const std::size_t mark = rfind_from(kCloseQuote, std::max(floor, end >= 79 ? end - 79 : 0), end);
            mark != std::string_view::npos) {
            const TextRange trailing{mark + kCloseQuote.size(), end};
            if (!crosses_sentence(text_, trailing) && phrases_.nearest(text_, trailing).kind != Speaker::Kind::None)
                if (const std::optional<TextRange> quote = quotation_ending_at(trailing.begin, floor)) return {*quote, trailing};
        }
        std::size_t start = end;
        while (start > floor) {
            const char c = text_[start - 1];
            if ((c == '.' || c == '?' || c == '!' || c == ':') && start < end && (text_[start] == ' ' || text_[start] == '\n')) break;
            --start;
        }
        while (start < end && (text_[start] == ' ' || text_[start] == '\n' || text_[start] == '\r')) ++start;
        return {{start, end}, {}, false};
    }

    // The last `mark` that starts in [floor, last], or npos: rfind() alone would search back to
    // the start of the text each time, which made many unclosed quotation marks quadratic.
    std::size_t rfind_from(std::string_view mark, std::size_t floor, std::size_t last) const {
        if (last < floor) return std::string_view::npos;
        const std::size_t at = text_.substr(floor, last - floor + mark.size()).rfind(mark);
        return at == std::string_view::npos ? at : floor + at;
    }

    // The words inside the quotation marks that close at `end`.
    std::optional<TextRange> quotation_ending_at(std::size_t end, std::size_t floor) const {
        if (end >= floor + kCloseQuote.size() && text_.substr(end - kCloseQuote.size(), kCloseQuote.size()) == kCloseQuote) {
            std::size_t inner_end = end - kCloseQuote.size();
            const std::size_t start = rfind_from(kOpenQuote, floor, inner_end);
            if (start == std::string_view::npos) return std::nullopt;
            // The comma of "“… too high,” as Hanshew argues" belongs to the sentence, not the quotation.
            if (inner_end > start + kOpenQuote.size() + 1 && text_[inner_end - 1] == ',') --inner_end;
            return TextRange{start + kOpenQuote.size(), inner_end};
        }
        if (end > floor + 2 && text_[end - 1] == '"') {
            const std::size_t start = rfind_from("\"", floor, end - 2);
            if (start != std::string_view::npos && start + 1 < end - 1) return TextRange{start + 1, end - 1};
        }
        return std::nullopt;
    }

    // A page alone: the speaker the signal phrase names (after the quotation, then before it); a
    // character speaks for the work the essay is about; else the source of the citation just
    // before in the same sentence; else that work.
    std::string resolve(const ParsedCitation& citation, TextRange window, TextRange trailing, std::size_t open, bool same_sentence) {
        if (citation.ibid) return previous_key_;
        if (!citation.author.empty()) return with_work(source_key(citation.author), citation);
        if (!citation.year.empty())
            if (std::optional<std::string> narrative = narrative_author(open)) return with_work(*narrative, citation);
        for (const TextRange& range : {trailing, window}) {
            const Speaker speaker = phrases_.nearest(text_, range);
            if (speaker.kind == Speaker::Kind::Scholar) return speaker.key;
            if (speaker.kind == Speaker::Kind::Character) return primary();
        }
        if (same_sentence && !previous_key_.empty()) return previous_key_;
        return primary();
    }

    std::string primary() const { return primary_.empty() ? primary_fallback_ : primary_; }

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
    std::string primary_fallback_;  // before phrases_: cited_by_name sets it
    SignalPhrases phrases_;
    std::string primary_, previous_key_;
};

}  // namespace

std::vector<FoundCitation> find_citations(std::string_view text, const EssayLayout& layout,
                                          const std::vector<SourceRecord>& sources) {
    return CitationResolver(text, layout, sources).find();
}

}  // namespace warrant::draft
