// Subordinate clauses cut from their main clause (engine/draft/subordinate_clauses.hpp).
#include "draft/subordinate_clauses.hpp"

#include "draft/discourse_markers.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace warrant::draft {
namespace {

// Each statement a cut leaves holds at least this many tokens, and a main clause before a
// trailing subordinate clause at least kMainClause.
constexpr std::size_t kShortestPart = 3;
constexpr std::size_t kMainClause = 4;

bool is_preposition(const Token& token) {
    static constexpr std::array<std::string_view, 16> prepositions = {
        "in", "on", "at",    "by",    "for",    "with",   "without", "from",
        "to", "of", "about", "after", "before", "during", "under",   "through"};
    return std::find(prepositions.begin(), prepositions.end(), token.lower) != prepositions.end();
}

// Whether the comma at `comma` goes on the clause before although a subject-like word follows
// it: it parts single words of a list ("skat, chess etc.", "sports, music and art"), or opens
// a relative clause ("singers and athletes, few of whom could rise").
bool goes_on(const std::vector<Token>& tokens, std::size_t comma, std::size_t last) {
    if (comma + 2 >= last) return false;
    const std::string& after = tokens[comma + 2].lower;
    if (after == "and" || after == "or" || after == "etc") return true;
    return after == "of" && comma + 3 < last &&
           (tokens[comma + 3].lower == "whom" || tokens[comma + 3].lower == "which");
}

// How many tokens the subordinator at `at` takes, or 0: the words that open a concession or a
// reason that a main clause follows.
std::size_t subordinator_at(const std::vector<Token>& tokens, std::size_t at, std::size_t last) {
    auto is = [&](std::size_t k, std::string_view word) { return at + k < last && tokens[at + k].lower == word; };
    if (is(0, "although") || is(0, "though") || is(0, "since") || is(0, "despite") || is(0, "whereas")) return 1;
    if (is(0, "even") && (is(1, "though") || is(1, "if"))) return 2;
    if (is(0, "in") && is(1, "spite") && is(2, "of")) return 3;
    return 0;
}

// Where the words of the subordinate clause that the segment [first, last) starts in begin,
// after its subordinator, if it starts in one: the sentence opens with it, and the segment
// starts in its first words or goes on with it ("Although X, and Y, Z"); or the subordinator
// stands after the sentence's opening phrase or a "that", right before the segment or among
// its first words ("To sum up, although mobile phones bring convenience, they ...", "we can
// draw a conclusion that although ...").
std::optional<std::size_t> opening_clause(const std::vector<Token>& tokens, std::size_t sentence_first,
                                          std::size_t first, std::size_t last) {
    // A conjunction may stand before it: "And since it is the duty of society ..., everyone
    // should chip in".
    const std::string& opening = tokens[sentence_first].lower;
    const std::size_t start = sentence_first + (opening == "and" || opening == "but" || opening == "so" ||
                                                opening == "yet" || opening == "or");
    if (const std::size_t opener = subordinator_at(tokens, start, last);
        opener && (first <= start + opener || tokens[first].lower == "and" || tokens[first].lower == "or"))
        return start + opener;
    constexpr std::size_t kLongestSubordinator = 3;  // "in spite of"
    constexpr std::size_t kOpeningPhrase = 8;        // "We can finally draw a conclusion that"
    const std::size_t from =
        std::max(sentence_first + 1, first >= kLongestSubordinator ? first - kLongestSubordinator : 0);
    for (std::size_t at = from; at < std::min(first + kOpeningPhrase, last); ++at) {
        const std::size_t words = subordinator_at(tokens, at, last);
        if (!words) continue;
        // After a comma, a discourse marker ends there ("To sum up", "In my opinion"), or the
        // segmenter left what stands before out; an adverbial of the main clause keeps its aside
        // ("But during our childhood, though duties exist, we are free" is one statement).
        const bool after_marker =
            tokens[at - 1].lower == "," && (at - 1 < first || marker_ends_at(tokens, sentence_first, at - 1));
        if (after_marker || tokens[at - 1].lower == "that") return at + words;
    }
    return std::nullopt;
}

// What a trailing subordinate clause opens with, after a comma: a concession or a reason.
bool trailing_subordinator(const std::vector<Token>& tokens, std::size_t at, std::size_t last) {
    static constexpr std::array<std::string_view, 5> words = {"although", "though", "whereas", "since", "because"};
    if (at >= last) return false;
    const std::string& word = tokens[at].lower;
    if (std::find(words.begin(), words.end(), word) != words.end())
        return word != "since" || at + 1 >= last || tokens[at + 1].lower != "then";
    return word == "even" && at + 1 < last && tokens[at + 1].lower == "though";
}

// Whether "because" at `at`, without a comma before it, opens a reason clause of its own that
// AAE2's annotators draw apart: "Cities should ban cars because fumes harm children". Of AAE2
// train's 191 such "because", a statement ends before it and another starts after it 124
// times; of the 36 a statement runs over, most say "because of" (a phrase, not a clause), or
// "just because", "is because", which belong to the main clause.
bool gives_a_reason(const std::vector<Token>& tokens, std::size_t at, std::size_t last) {
    static constexpr std::array<std::string_view, 15> keep_with = {"just", "only",   "also",   "simply",  "merely",
                                                                   "not",  "partly", "mainly", "largely", "precisely",
                                                                   "is",   "was",    "'s",     "it",      "that"};
    if (tokens[at].lower != "because" || at + kShortestPart >= last) return false;
    if (tokens[at + 1].lower == "of" || !tokens[at + 1].word || !tokens[at - 1].word) return false;
    return std::find(keep_with.begin(), keep_with.end(), tokens[at - 1].lower) == keep_with.end();
}

// Whether the token can open a main clause, as its subject: not a relative pronoun, a
// conjunction, a preposition, an adverb, a verb or a past participle, which go on the clause before
// ("in Kiev, which at times have threatened to escalate,", "in Russia, especially").
bool opens_a_clause(const Token& token) {
    static constexpr std::array<std::string_view, 65> go_on = {
        "which", "who", "whom", "whose", "where", "when", "while", "that", "and", "or", "nor", "but", "yet", "so",
        "whenever", "wherever", "whether", "once", "until", "however", "therefore", "thus", "namely", "including",
        "like", "as", "if", "unless", "because", "since", "although", "though", "etc", "e", "not", "even", "also",
        "too", "over", "into", "than", "then", "besides", "despite", "especially",
        // A verb goes on the subject before: "what criminals cause, specifically to the victims, is offensive".
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "can", "could", "will",
        "would", "should", "must", "may", "might"};
    if (!token.word || std::isdigit(static_cast<unsigned char>(token.lower.front()))) return false;
    if (is_preposition(token) || std::find(go_on.begin(), go_on.end(), token.lower) != go_on.end()) return false;
    const std::string_view word = token.lower;
    for (std::string_view ending : {"ed", "ly"})  // not "-ing": "handwriting still plays", "depending on luck is"
        if (word.size() > ending.size() + 2 && word.ends_with(ending)) return false;
    return true;
}

}  // namespace

std::optional<std::size_t> subordinate_cut(const std::vector<Token>& tokens, std::size_t sentence_first,
                                           std::size_t first, std::size_t last) {
    last = std::min(last, tokens.size());
    if (first + 2 * kShortestPart + 1 > last) return std::nullopt;
    // The segment holds the opening clause's start, or goes on with it ("Although X, and Y, Z").
    // Its first comma before a subject closes the clause: of AAE2 train's 29 sentences that open
    // so and whose main clause is a component of its own, the first such comma is where that
    // component starts in 28 (the last in 27). A comma in a list of single words does not:
    // "Since skat, chess etc. are not accepted, computer games should not be".
    if (const std::optional<std::size_t> clause = opening_clause(tokens, sentence_first, first, last)) {
        for (std::size_t comma = std::max(first + kShortestPart, *clause + 1); comma + kShortestPart < last; ++comma)
            if (tokens[comma].lower == "," && opens_a_clause(tokens[comma + 1]) && !goes_on(tokens, comma, last))
                return comma + 1;
    }
    // A trailing clause: after a main clause of a few words, not after an adverbial ("during our
    // childhood, though responsibilities exist, we are ...").
    const std::string& opener = tokens[first].lower;
    const bool conjunction = opener == "but" || opener == "and" || opener == "or" || opener == "yet" || opener == "so";
    if (is_preposition(tokens[conjunction ? first + 1 : first])) return std::nullopt;
    for (std::size_t at = first + kMainClause; at + kShortestPart < last; ++at) {
        const bool comma = tokens[at].lower == "," && at + kShortestPart + 1 < last;
        if (comma && trailing_subordinator(tokens, at + 1, last)) return at + 1;
        if (gives_a_reason(tokens, at, last)) return at;
    }
    return std::nullopt;
}

std::vector<bool> conceded_segments(const EssayText& essay, const std::vector<Segment>& segments) {
    std::vector<bool> conceded(segments.size(), false);
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const Segment& segment = segments[i];
        const std::vector<Token>& tokens = essay.paragraphs[segment.paragraph].tokens;
        if (concedes(tokens, segment.first - segment.frame, segment.last)) {
            conceded[i] = true;
            continue;
        }
        // Goes on the concession before it, and the sentence's point comes after.
        if (i == 0 || !conceded[i - 1] || i + 1 == segments.size()) continue;
        const Segment& before = segments[i - 1];
        const Segment& after = segments[i + 1];
        const ParagraphText& paragraph = essay.paragraphs[segment.paragraph];
        const auto sentence = sentence_holding(paragraph, segment.first);
        const bool same_sentence = before.paragraph == segment.paragraph && after.paragraph == segment.paragraph &&
                                   sentence_holding(paragraph, before.first) == sentence &&
                                   sentence_holding(paragraph, after.first) == sentence;
        const std::string& opener = tokens[segment.first - segment.frame].lower;
        conceded[i] = same_sentence && (opener == "and" || opener == "or");
    }
    return conceded;
}

std::vector<Segment> cut_subordinate_clauses(const EssayText& essay, std::vector<Segment> segments) {
    std::vector<Segment> out;
    out.reserve(segments.size());
    for (Segment rest : segments) {
        const ParagraphText& paragraph = essay.paragraphs[rest.paragraph];
        const std::size_t sentence_first = sentence_holding(paragraph, rest.first).first;
        // A quotation is cited whole, as its author wrote it: no cut inside it.
        auto inside_a_quotation = [&](std::size_t cut) {
            return std::any_of(paragraph.quotations.begin(), paragraph.quotations.end(),
                               [&](auto quote) { return quote.first < cut && cut < quote.second; });
        };
        // The main clause may itself go on with a reason: "Although X, Y, because Z".
        while (const std::optional<std::size_t> cut =
                   subordinate_cut(paragraph.tokens, sentence_first, rest.first, rest.last)) {
            if (inside_a_quotation(*cut)) break;
            Segment before = rest;
            before.last = paragraph.tokens[*cut - 1].lower == "," ? *cut - 1 : *cut;  // without the comma
            out.push_back(before);
            rest.first = *cut;
            // A trailing clause starts after its subordinator, as AAE2's annotators draw it (of
            // its training components, 173 start right after "because" and 3 with it; "although"
            // 40 and 2, "since" 44 and 1): the word stays the statement's, before it.
            if (trailing_subordinator(paragraph.tokens, rest.first, rest.last))
                rest.first += paragraph.tokens[rest.first].lower == "even" ? 2 : 1;
        }
        out.push_back(rest);
    }
    return out;
}

}  // namespace warrant::draft
