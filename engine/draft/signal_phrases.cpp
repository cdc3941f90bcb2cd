#include "draft/signal_phrases.hpp"
#include "text/ascii_case.hpp"

#include "draft/citation_grammar.hpp"
#include "draft/tokens.hpp"

#include <algorithm>
#include <cctype>

namespace warrant::draft {
namespace {

// Verbs that introduce a quotation or paraphrase: "Fioretti agrees", "as Hanshew argues".
const std::set<std::string, std::less<>> kReportingVerbs = {
    "argue", "argues", "argued", "state", "states", "stated", "write", "writes", "wrote", "note", "notes", "noted",
    "claim", "claims", "claimed", "explain", "explains", "explained", "suggest", "suggests", "suggested", "observe",
    "observes", "observed", "assert", "asserts", "asserted", "maintain", "maintains", "contend", "contends", "add",
    "adds", "say", "says", "said", "believe", "believes", "describe", "describes", "emphasise", "emphasises",
    "emphasize", "emphasizes", "remark", "remarks", "mention", "mentions", "support", "supports", "conclude",
    "concludes", "define", "defines", "insist", "insists", "agree", "agrees", "declare", "declares", "declared",
    "comment", "comments", "point", "points", "show", "shows", "put", "puts", "propose", "proposes", "explore",
    "explores", "introduce", "introduces", "introduced", "recognise", "recognises", "recognize", "recognizes"};
const std::set<std::string, std::less<>> kTitles = {"Miss", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Madame", "Sir", "Lady", "Lord", "Dr", "Dr."};
// Capitalised at the start of a sentence or clause, but never part of a name.
const std::set<std::string, std::less<>> kFunctionWords = {
    "A", "After", "Again", "Also", "Although", "An", "And", "As", "Because", "Before", "Both", "But", "Even",
    "Finally", "For", "Furthermore", "He", "Hence", "Here", "However", "I", "If", "In", "Indeed", "It", "Later",
    "Likewise", "Many", "Moreover", "Most", "Now", "One", "Similarly", "Since", "She", "So", "Some", "Still",
    "Such", "That", "The", "Then", "There", "Therefore", "These", "They", "This", "Those", "Though", "Thus",
    "We", "When", "Whereas", "While", "Yet"};

using text::lowercase;

// "Sargent’s" -> "Sargent"; "" when the word is not a possessive.
std::string_view possessor(std::string_view word) {
    for (std::string_view suffix : {"\u2019s", "'s"})
        if (word.size() > suffix.size() && word.ends_with(suffix)) return word.substr(0, word.size() - suffix.size());
    return {};
}

// "Hailsham." ends a sentence; an initial ("D.") or a title ("Mr.") does not.
bool ends_sentence(std::string_view word) {
    while (word.ends_with("\u201d")) word.remove_suffix(3);
    if (word.empty() || std::string_view(".?!").find(word.back()) == std::string_view::npos) return false;
    return !(word.back() == '.' && abbreviation(word.substr(0, word.size() - 1)));
}

// The first word of the name that ends right before `end`: capitalised words (and "and"), back to
// the end of a clause or sentence, without the sentence's opening word ("As", "Therefore").
std::size_t name_begin(const std::vector<Word>& words, std::size_t end) {
    std::size_t begin = end;
    while (begin > 0) {
        const Word& word = words[begin - 1];
        if ((begin < end && (word.clause_end || ends_sentence(word.text))) || kFunctionWords.count(word.text)) break;
        if (!capitalised(word.text) && word.text != "and") break;
        if (begin < end && !possessor(word.text).empty()) break;  // "Kathy’s Miss Emily": not one name
        --begin;
    }
    while (begin < end && words[begin].text == "and") ++begin;
    return begin;
}

std::string name_text(const std::vector<Word>& words, std::size_t begin, std::size_t end) {
    std::string name;
    for (std::size_t i = begin; i < end; ++i) name += (name.empty() ? "" : " ") + std::string(words[i].text);
    return name;
}

bool is_reporting_verb(std::string_view word) { return kReportingVerbs.count(lowercase(word)) > 0; }

// Where the subject of the reporting verb at `verb` ends: before "also", "clearly" and the like.
std::size_t subject_end(const std::vector<Word>& words, std::size_t verb) {
    std::size_t end = verb;
    while (end > 0 && (words[end - 1].text == "also" ||
                       (words[end - 1].text.ends_with("ly") && !capitalised(words[end - 1].text))))
        --end;
    return end;
}

}  // namespace

bool capitalised(std::string_view word) {
    const unsigned char first = word.empty() ? 0 : static_cast<unsigned char>(word.front());
    return std::isupper(first) || (first >= 0xC3 && first <= 0xC5);  // Latin-1 and Latin Extended-A capitals
}

std::vector<Word> words_of(std::string_view text, std::size_t offset) {
    const auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
    std::vector<Word> words;
    std::size_t at = 0;
    while (at < text.size()) {
        while (at < text.size() && space(text[at])) ++at;
        std::size_t end = at;
        while (end < text.size() && !space(text[end])) ++end;
        std::string_view word = text.substr(at, end - at);
        bool clause_end = false;
        while (!word.empty() && std::string_view(",;:\"()").find(word.back()) != std::string_view::npos) {
            clause_end |= std::string_view(",;:").find(word.back()) != std::string_view::npos;
            word.remove_suffix(1);
        }
        if (!word.empty()) words.push_back({word, offset + at, clause_end});
        at = end;
    }
    return words;
}

void SignalPhrases::learn(std::string_view text, TextRange range) {
    const std::vector<Word> words = words_of(slice(text, range), range.begin);
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!is_reporting_verb(words[i].text)) continue;
        const std::size_t end = subject_end(words, i), begin = name_begin(words, end);
        if (end - begin < 2 || kTitles.count(words[begin].text) || !possessor(words[end - 1].text).empty()) continue;
        if (const std::string key = source_key(name_text(words, begin, end)); !key.empty()) scholars_.insert(key);
    }
}

Speaker SignalPhrases::nearest(std::string_view text, TextRange window) const {
    if (window.end <= window.begin) return {};
    const std::vector<Word> words = words_of(slice(text, window), window.begin);
    // A name as a speaker: a scholar's, a character's, or (a possessive that is not a scholar's) none.
    const auto speaker = [&](std::size_t begin, std::size_t end) -> Speaker {
        if (begin >= end) return {};
        if (const std::string_view owner = possessor(words[end - 1].text); !owner.empty()) {
            std::string name = name_text(words, begin, end - 1);
            const std::string key = source_key(name + (name.empty() ? "" : " ") + std::string(owner));
            return is_scholar(key) ? Speaker{Speaker::Kind::Scholar, key} : Speaker{};
        }
        if (kTitles.count(words[begin].text)) return {Speaker::Kind::Character, {}};
        const std::string key = source_key(name_text(words, begin, end));
        if (key.empty()) return {};
        if (is_scholar(key) || end - begin >= 2) return {Speaker::Kind::Scholar, key};
        return {Speaker::Kind::Character, {}};
    };
    for (std::size_t i = words.size(); i-- > 0;) {
        Speaker found;
        if (is_reporting_verb(words[i].text)) {
            const std::size_t end = subject_end(words, i);
            if (end > 0 && words[end - 1].text == "and") continue;  // "… of Kathy’s and says": the subject is further back
            found = speaker(name_begin(words, end), end);
        } else if (i >= 1 && lowercase(words[i].text) == "to" && lowercase(words[i - 1].text) == "according") {
            std::size_t last = i + 1;
            while (last < words.size() && (capitalised(words[last].text) || words[last].text == "and") &&
                   !kFunctionWords.count(words[last].text)) {
                if (words[last++].clause_end) break;
            }
            found = speaker(i + 1, last);
        } else if (capitalised(words[i].text) && !possessor(words[i].text).empty()) {
            found = speaker(name_begin(words, i + 1), i + 1);  // "More’s utopia": counts only for a scholar
        }
        if (found.kind != Speaker::Kind::None) return found;
    }
    return {};
}

}  // namespace warrant::draft
