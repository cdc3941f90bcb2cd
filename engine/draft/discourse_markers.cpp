#include "draft/discourse_markers.hpp"

#include <algorithm>
#include <array>
#include <sstream>
#include <unordered_map>

namespace warrant::draft {
namespace {

struct Phrase {
    Marker marker;
    std::vector<std::string> words;
};

std::vector<std::string> split(std::string_view phrase) {
    std::istringstream in{std::string(phrase)};
    std::vector<std::string> words;
    for (std::string word; in >> word;) words.push_back(word);
    return words;
}

const std::vector<Phrase>& phrases() {
    static const std::vector<Phrase> all = [] {
        const std::vector<std::pair<Marker, std::vector<std::string_view>>> lists = {
            {Marker::Thesis,
             {"i claim", "i argue", "i contend", "i maintain", "i believe", "i think", "i agree", "i disagree", "i would argue",
              "i strongly", "i firmly", "in my opinion", "in my view", "my view", "from my perspective", "personally",
              "this paper argues", "this essay argues", "this article argues", "this paper aims", "this paper claims",
              "this essay claims", "this study argues", "we argue", "we claim", "i will argue", "i propose", "we propose",
              "it is my contention", "my position", "my point"}},
            {Marker::Conclusion,
             {"in conclusion", "to conclude", "to sum up", "in sum", "in summary", "to summarize", "all in all", "overall",
              "therefore", "thus", "hence", "consequently", "as a result", "for these reasons", "for all these reasons",
              "in short", "ultimately", "that is why", "this is why"}},
            {Marker::Concession,
             {"although", "though", "even though", "admittedly", "granted", "it is true that", "while it is true",
              "despite", "in spite of", "of course", "certainly", "undeniably", "some may", "one might", "one could"}},
            {Marker::Report,
             {"some people", "many people", "some argue", "many argue", "some critics", "critics", "opponents",
              "proponents", "many thinkers", "some thinkers", "some scholars", "many scholars", "it is often said",
              "it is often argued", "it is argued", "it is claimed", "it has been argued", "others", "some believe",
              "many believe", "some claim", "supporters", "people who", "those who"}},
            {Marker::Contrast,
             {"however", "but", "in contrast", "on the other hand", "nevertheless", "nonetheless", "yet", "on the contrary",
              "conversely", "instead", "rather", "whereas", "still"}},
            {Marker::Reason,
             {"because", "since", "for example", "for instance", "firstly", "secondly", "first", "second", "moreover",
              "furthermore", "in addition", "additionally", "also", "besides", "due to", "as"}},
            {Marker::Modal, {"should", "must", "ought", "need to", "needs to", "have to", "has to", "had better"}},
        };
        std::vector<Phrase> out;
        for (const auto& [marker, list] : lists)
            for (std::string_view phrase : list) out.push_back({marker, split(phrase)});
        return out;
    }();
    return all;
}

// The phrases by their first word, each list in phrases()' order: a token is compared only with
// the phrases it can open (markers_in runs for every segment, and every token of a sentence).
const std::unordered_map<std::string, std::vector<const Phrase*>>& phrases_by_first_word() {
    static const auto index = [] {
        std::unordered_map<std::string, std::vector<const Phrase*>> out;
        for (const Phrase& phrase : phrases()) out[phrase.words.front()].push_back(&phrase);
        return out;
    }();
    return index;
}

bool starts_at(const std::vector<Token>& tokens, std::size_t at, std::size_t last, const std::vector<std::string>& words) {
    if (at + words.size() > last) return false;
    for (std::size_t k = 0; k < words.size(); ++k)
        if (tokens[at + k].lower != words[k]) return false;
    return true;
}

// Phrases (each a list of lower-case words) by their first word: a token is compared only with
// the phrases it can open.
using PhraseIndex = std::unordered_map<std::string, std::vector<std::vector<std::string>>>;

PhraseIndex index_phrases(const std::vector<std::string>& phrases) {
    PhraseIndex index;
    for (const std::string& phrase : phrases) {
        std::vector<std::string> words = split(phrase);
        index[words.front()].push_back(std::move(words));
    }
    return index;
}

// Whether one of the phrases starts in tokens [first, last).
bool holds_phrase(const std::vector<Token>& tokens, std::size_t first, std::size_t last, const PhraseIndex& phrases) {
    last = std::min(last, tokens.size());
    for (std::size_t at = first; at < last; ++at)
        if (const auto candidates = phrases.find(tokens[at].lower); candidates != phrases.end())
            for (const auto& words : candidates->second)
                if (starts_at(tokens, at, last, words)) return true;
    return false;
}

}  // namespace

std::string_view to_string(Marker marker) {
    static constexpr std::array<std::string_view, 7> names = {"thesis", "conclusion", "concession", "report",
                                                              "contrast", "reason", "modal"};
    return names[static_cast<std::size_t>(marker)];
}

std::vector<Marker> markers_in(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    std::vector<Marker> found;
    last = std::min(last, tokens.size());
    for (std::size_t at = first; at < last; ++at) {
        const auto candidates = phrases_by_first_word().find(tokens[at].lower);
        if (candidates == phrases_by_first_word().end()) continue;
        for (const Phrase* phrase : candidates->second)
            if (starts_at(tokens, at, last, phrase->words) &&
                std::find(found.begin(), found.end(), phrase->marker) == found.end())
                found.push_back(phrase->marker);
    }
    return found;
}

bool marks_thesis(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    static const PhraseIndex strong =
        index_phrases({"i claim", "i argue", "i contend", "i will argue", "i would argue", "we argue", "we claim",
                       "this paper argues", "this essay argues", "this article argues", "this thesis argues",
                       "this study argues", "my thesis", "it is my contention", "i maintain that"});
    return holds_phrase(tokens, first, last, strong);
}

bool first_person(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    for (std::size_t i = first; i < std::min(last, tokens.size()); ++i) {
        const std::string& w = tokens[i].lower;
        if (w == "i" || w == "we" || w == "my" || w == "our" || w == "me" || w == "us") return true;
    }
    return false;
}

namespace {

bool is_reply_connective(const Token& token) { return token.lower == "but" || token.lower == "however" || token.lower == "yet"; }

bool is_clause_break(const Token& token) { return token.lower == "," || token.lower == ";"; }

}  // namespace

bool opens_with_marker(const std::vector<Token>& tokens, std::size_t at, std::size_t last, Marker marker) {
    last = std::min(last, tokens.size());
    if (at >= last) return false;
    const auto candidates = phrases_by_first_word().find(tokens[at].lower);
    if (candidates == phrases_by_first_word().end()) return false;
    return std::any_of(candidates->second.begin(), candidates->second.end(), [&](const Phrase* phrase) {
        return phrase->marker == marker && starts_at(tokens, at, last, phrase->words);
    });
}

bool marker_ends_at(const std::vector<Token>& tokens, std::size_t from, std::size_t end) {
    for (std::size_t at = from; at < std::min(end, tokens.size()); ++at) {
        const auto candidates = phrases_by_first_word().find(tokens[at].lower);
        if (candidates == phrases_by_first_word().end()) continue;
        for (const Phrase* phrase : candidates->second)
            if (at + phrase->words.size() == end && starts_at(tokens, at, end, phrase->words)) return true;
    }
    return false;
}

bool says_or_thinks(std::string_view word) {
    static constexpr std::string_view kVerbs[] = {
        "think", "thinks", "thought", "believe", "believes", "believed", "argue", "argues", "argued", "claim", "claims",
        "claimed", "say", "says", "said", "feel", "feels", "felt", "assert", "asserts", "asserted", "contend", "contends",
        "contended", "maintain", "maintains", "maintained", "suggest", "suggests", "suggested", "insist", "insists",
        "insisted", "hold", "holds", "held", "agree", "agrees", "agreed", "state", "states", "stated"};
    return std::find(std::begin(kVerbs), std::end(kVerbs), word) != std::end(kVerbs);
}

bool reports_someones_view(const std::vector<Token>& tokens, std::size_t first, std::size_t last, std::size_t sentence_end) {
    // Beside the verbs of saying or thinking, those of taking a side, and a view named as one.
    static constexpr std::string_view kAttitudes[] = {
        "consider", "considers", "considered", "disagree", "disagrees", "support", "supports", "supported", "oppose",
        "opposes", "opposed", "declare", "declares", "declared", "propose", "proposes", "proposed", "advocate", "advocates",
        "point", "points", "pointed", "regard", "regards", "object", "objects", "doubt", "doubts", "deny", "denies", "denied",
        "favour", "favours", "favor", "favors", "criticise", "criticises", "criticize", "criticizes", "view", "views",
        "viewpoint", "opinion", "opinions", "warn", "warns", "warned", "fear", "fears", "complain", "complains"};
    auto is_verb = [](const std::string& word) {
        return says_or_thinks(word) || std::find(std::begin(kAttitudes), std::end(kAttitudes), word) != std::end(kAttitudes);
    };
    last = std::min(last, tokens.size());
    sentence_end = std::min(sentence_end, tokens.size());
    for (std::size_t at = first; at < last; ++at) {
        const auto candidates = phrases_by_first_word().find(tokens[at].lower);
        if (candidates == phrases_by_first_word().end()) continue;
        for (const Phrase* phrase : candidates->second) {
            if (phrase->marker != Marker::Report || !starts_at(tokens, at, last, phrase->words)) continue;
            if (std::any_of(phrase->words.begin(), phrase->words.end(), is_verb)) return true;
            const std::size_t after = at + phrase->words.size();
            for (std::size_t k = after; k < std::min(after + 6, sentence_end); ++k)
                if (is_verb(tokens[k].lower)) return true;
        }
    }
    return false;
}

bool people_voice_an_opinion(const std::vector<Token>& tokens, std::size_t first, std::size_t last, std::size_t sentence_end) {
    static constexpr std::string_view kOpinions[] = {"think", "believe", "say", "claim", "argue", "assume", "suppose"};
    auto voices_opinion = [](const std::string& word) {
        return std::any_of(std::begin(kOpinions), std::end(kOpinions), [&](std::string_view verb) {
            return word == verb || (word.size() == verb.size() + 1 && word.starts_with(verb) && word.back() == 's');
        });
    };
    auto adverb = [](const std::string& word) {
        return word.ends_with("ly") || word == "often" || word == "still" || word == "always" || word == "sometimes";
    };
    last = std::min(last, tokens.size());
    sentence_end = std::min(sentence_end, tokens.size());
    for (std::size_t at = first; at < last && at + 1 < sentence_end; ++at) {
        if (tokens[at].lower != "people") continue;
        if (voices_opinion(tokens[at + 1].lower)) return true;
        if (at + 2 < sentence_end && adverb(tokens[at + 1].lower) && voices_opinion(tokens[at + 2].lower)) return true;
    }
    return false;
}

namespace {

std::vector<std::vector<std::string>> split_all(std::initializer_list<std::string_view> phrases) {
    std::vector<std::vector<std::string>> out;
    for (std::string_view phrase : phrases) out.push_back(split(phrase));
    return out;
}

// Whether one of `phrases` opens the segment of tokens [first, last): starting among its first
// `reach` tokens and ending before its last word, or ending right before it (commas aside).
bool opened_by(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
               const std::vector<std::vector<std::string>>& phrases, std::size_t reach = 1) {
    last = std::min(last, tokens.size());
    if (first >= last) return false;
    std::size_t before = first;
    while (before > 0 && tokens[before - 1].lower == ",") --before;
    return std::any_of(phrases.begin(), phrases.end(), [&](const std::vector<std::string>& words) {
        for (std::size_t at = first; at < std::min(first + reach, last); ++at)
            if (starts_at(tokens, at, last - 1, words)) return true;
        return before >= words.size() && starts_at(tokens, before - words.size(), before, words);
    });
}

}  // namespace

bool adds_a_reason(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    static const auto connectives = split_all({"because", "since", "and", "moreover", "furthermore", "firstly", "secondly",
                                               "thus", "therefore", "for example", "for instance", "in addition"});
    return opened_by(tokens, first, last, connectives);
}

bool gives_an_example(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    static const auto openers = split_all({"for example", "for instance", "to illustrate", "as an example",
                                           "a case in point", "a good example", "a typical example", "a clear example"});
    // Among its first six words too: "Take Thailand for example", "In Japan, for instance, ...".
    return opened_by(tokens, first, last, openers, 6);
}

bool concedes(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    static const auto openers = split_all({"although", "though", "even though", "even if", "admittedly", "granted", "despite",
                                           "in spite of", "it is true that", "while it is true", "of course"});
    return opened_by(tokens, first, last, openers);
}

bool voices_an_objection(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    static const PhraseIndex phrases = [] {
        std::vector<std::string> out;
        for (std::string_view subject : {"some", "one", "someone", "others", "people"})
            for (std::string_view modal : {"may", "might", "could", "would", "will"})
                for (std::string_view verb : {"say", "argue", "claim", "object", "think", "believe", "contend", "point out"})
                    out.push_back(std::string(subject) + " " + std::string(modal) + " " + std::string(verb));
        return index_phrases(out);
    }();
    return holds_phrase(tokens, first, last, phrases);
}

std::optional<std::size_t> reply_connective(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    last = std::min(last, tokens.size());
    for (std::size_t at = first + 4; at + 3 < last; ++at)
        if (is_reply_connective(tokens[at]) && is_clause_break(tokens[at - 1])) return at;
    return std::nullopt;
}

std::size_t clause_opening(const std::vector<Token>& tokens, std::size_t sentence_first, std::size_t at) {
    for (std::size_t back = 1; back <= 2 && at >= sentence_first + back; ++back) {
        const Token& before = tokens[at - back];
        if (is_reply_connective(before) && at - back > sentence_first && is_clause_break(tokens[at - back - 1])) return at - back;
        if (before.word) break;  // only a comma may stand between the connective and the clause ("however, a library")
    }
    return sentence_first;
}

}  // namespace warrant::draft
