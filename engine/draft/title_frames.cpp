// The frame around a statement's point (engine/draft/title_frames.hpp).
#include "draft/title_frames.hpp"

#include "draft/discourse_markers.hpp"

#include <algorithm>

namespace warrant::draft {

std::size_t opinion_frame(const std::vector<TitleWord>& words) {
    const auto at = [&](std::size_t i) -> const std::string& {
        static const std::string none;
        return i < words.size() ? words[i].lower : none;
    };
    std::size_t i = 0;
    const auto adverbs = [&] {
        while (
            one_of(at(i), {"do",         "does",      "would",      "really",   "strongly",     "firmly", "truly",
                           "personally", "totally",   "completely", "honestly", "also",         "still",  "definitely",
                           "certainly",  "genuinely", "fully",      "always",   "nevertheless", "once",   "again",
                           "safely",     "easily",    "now",        "indeed",   "absolutely"}))
            ++i;
    };
    const auto then_that = [&] {
        if (one_of(at(i), {"to", "for"}) && one_of(at(i + 1), {"me", "us"})) i += 2;
        if (at(i) == "that") ++i;
        return i;
    };
    // What the writer holds, named ("the view that", "the idea that", "my position that").
    const auto named_view = [&](std::size_t k) {
        if (one_of(at(k), {"the", "this", "that", "my"})) ++k;
        if (at(k) == "second") ++k;
        if (one_of(at(k), {"view", "idea", "argument", "statement", "notion", "opinion", "contention", "position",
                           "belief", "point", "fact"})) {
            ++k;
            if (at(k) == "of" && at(k + 1) == "view") k += 2;
            return at(k) == "that" ? k + 1 : std::size_t{0};
        }
        return std::size_t{0};
    };
    // A view the writer reports ("Some may say that", "Others argue that", "Critics claim that"):
    // the title names the view, as a teacher labels an objection.
    if (one_of(at(0), {"some", "many", "others", "critics", "opponents", "proponents", "supporters", "people"})) {
        i = one_of(at(1), {"people", "critics", "scholars", "students", "parents", "experts", "others"}) ? 2 : 1;
        if (one_of(at(i), {"may", "might", "would", "could", "will", "can", "do", "often", "still"})) ++i;
        if (one_of(at(i), {"say", "says", "argue", "argues", "claim", "claims", "believe", "believes", "think", "thinks",
                           "contend", "suggest", "insist", "maintain", "feel"})) {
            ++i;
            return then_that();
        }
    }
    if (one_of(at(0), {"i", "we", "personally"})) {
        i = at(0) == "personally" && one_of(at(1), {"i", "we"}) ? 2 : 1;
        adverbs();
        // "I can certainly say that", "we may conclude that": with "that" only ("we can guess the
        // ending" is the point).
        const bool modal = one_of(at(i), {"can", "could", "will", "may", "might", "must"});
        if (modal) {
            ++i;
            adverbs();
        }
        const auto then_that_after_modal = [&] {
            const std::size_t end = then_that();
            return modal && at(end - 1) != "that" ? 0 : end;
        };
        // "I would like to say that", "I tend to think that", "I am inclined to believe that".
        if (one_of(at(i), {"like", "want", "tend"}) && at(i + 1) == "to") i += 2;
        if (one_of(at(i), {"am", "are"}) && at(i + 1) == "inclined" && at(i + 2) == "to") i += 3;
        if (one_of(at(i), {"am", "are"}) && one_of(at(i + 1), {"convinced", "sure", "certain", "confident", "persuaded"})) {
            i += 2;
            return then_that_after_modal();
        }
        if (one_of(at(i), {"am", "are"}) && at(i + 1) == "of") return named_view(i + 2);  // "I am of the view that"
        // "We can safely draw the conclusion that", "I have come to the conclusion that".
        if (one_of(at(i), {"draw", "reach", "come"})) {
            std::size_t k = i + 1;
            if (at(k) == "to") ++k;
            return at(k) == "the" && at(k + 1) == "conclusion" && at(k + 2) == "that" ? k + 3 : 0;
        }
        if (at(i) == "have") {  // "I have always believed that"
            ++i;
            adverbs();
            if (one_of(at(i), {"believed", "thought", "argued", "maintained"})) {
                ++i;
                return then_that();
            }
            if (at(i) == "come" && at(i + 1) == "to" && at(i + 2) == "the" && at(i + 3) == "conclusion" &&
                at(i + 4) == "that")
                return i + 5;
            return 0;
        }
        if (one_of(at(i), {"believe", "think",   "feel",     "agree",  "argue",  "claim",       "contend",
                           "suppose", "say",     "maintain", "hold",   "admit",  "acknowledge", "concede",
                           "reckon",  "guess",   "suggest",  "assert", "insist", "conclude",    "state",
                           "confess", "support", "advocate", "restate"})) {
            ++i;
            if (at(i - 1) == "feel" && one_of(at(i), {"certain", "sure", "confident"})) ++i;
            // "I agree with the view that", "I hold the contention that", "I agree with that X".
            if (at(i) != "that" && one_of(at(i - 1), {"agree", "support", "advocate", "hold", "restate"})) {
                const bool with = one_of(at(i), {"with", "to"});
                const std::size_t k = i + (with ? 1 : 0);
                if (const std::size_t view = named_view(k)) return view;
                if (with && at(k) == "that") return k + 1;
            }
            return then_that_after_modal();
        }
        return 0;
    }
    // "My view is that", "the fact is that": the writer names their view and then states it.
    if ((at(0) == "my" && one_of(at(1), {"view", "opinion", "belief", "position", "contention"})) ||
        (at(0) == "the" && at(1) == "fact"))
        return at(2) == "is" && at(3) == "that" ? 4 : 0;
    if (one_of(at(0), {"it", "one"})) {
        i = 1;
        if (one_of(at(i), {"would", "might", "could", "can", "may", "must"})) ++i;
        if (at(0) == "it" && one_of(at(i), {"seem", "seems", "appear", "appears"})) {
            ++i;
            return then_that();
        }
        if (at(0) == "it" && one_of(at(i), {"be", "is"}) && one_of(at(i + 1), {"argued", "said", "claimed", "seen"})) {
            i += 2;
            return then_that();
        }
        // Not "it is certainly true that", "it is indeed evident that": AAE2's annotators keep
        // these as often as they leave them out.
        if (at(0) == "it" && at(i) == "is" &&
            one_of(at(i + 1),
                   {"clear", "obvious", "true", "evident", "undeniable", "apparent", "certain", "likely", "arguable",
                    "plain", "undoubtable", "undoubted", "undisputed", "indisputable", "convincing"})) {
            i += 2;
            return at(i) == "that" || at(i) == "to" || at(i) == "for" ? then_that() : 0;
        }
        // "It is my (personal) belief that", "it is needless to say that".
        if (at(0) == "it" && at(i) == "is" && at(i + 1) == "my") {
            std::size_t k = i + 2;
            if (at(k) == "personal") ++k;
            if (one_of(at(k), {"belief", "view", "opinion", "contention", "conviction"}) && at(k + 1) == "that")
                return k + 2;
            return 0;
        }
        if (at(0) == "it" && at(i) == "is" && at(i + 1) == "needless" && at(i + 2) == "to" && at(i + 3) == "say" &&
            at(i + 4) == "that")
            return i + 5;
        if (at(0) == "it" && at(i) == "is") {  // "it is (widely) acknowledged that", "it is a well-known fact that"
            std::size_t k = i + 1;
            while (one_of(at(k), {"clearly", "widely", "generally", "commonly", "well", "universally", "often", "sometimes",
                                  "frequently"}))
                ++k;
            if (one_of(at(k), {"understood", "acknowledged", "known", "accepted", "believed", "agreed", "assumed",
                               "recognized", "recognised", "thought", "said", "argued", "claimed"})) {
                i = k + 1;
                return then_that();
            }
            if (at(k) == "a") {
                std::size_t j = k + 1;
                if (one_of(at(j), {"well-known", "known", "common"})) ++j;
                if (at(j) == "fact" && at(j + 1) == "that") return j + 2;
            }
        }
        if (at(0) == "one" && one_of(at(i), {"say", "argue", "claim", "see", "conclude"})) {
            ++i;
            return then_that();
        }
    }
    // Someone else's words or a finding that frames the point ("Critics of zoology argue that",
    // "The advocators believe that", "This understanding implies that", "Studies have shown
    // that"): a short noun phrase, a verb of saying, thinking or showing, "that". A negated or doubting
    // holder ("No one believes that", "Few people think that") denies the point: it stays.
    // In a subordinate clause ("As studies have shown that X, Y") the point is the main clause.
    const bool subordinate = one_of(at(0), {"as", "since", "although", "though", "while", "whereas", "unless"});
    for (std::size_t verb = 1; verb <= 5 && !subordinate; ++verb) {
        if (one_of(at(verb - 1), {"not", "no", "never", "few", "nobody", "none", "who", "which", "that", "whom", "whose",
                                  "if", "when", "because", "is", "are", "was", "were", "has", "have", "had", "do", "does",
                                  "did", "will", "would", "can", "could", "should", "may", "might", "must"}))
            break;
        std::size_t k = verb;
        auto skip_adverbs = [&] {
            while (one_of(at(k), {"also", "clearly", "strongly", "often", "generally", "further", "rightly", "convincingly"})) ++k;
        };
        skip_adverbs();
        // A perfect tense is still the holder's saying ("Some critics have asserted that").
        if (one_of(at(k), {"have", "has", "had"}) && at(k + 1) != "that") {
            ++k;
            skip_adverbs();
        }
        if ((says_or_thinks(at(k)) ||
             one_of(at(k), {"imply", "implies", "implied", "show", "shows", "showed", "shown", "demonstrate", "demonstrates",
                            "demonstrated", "prove", "proves", "proved", "indicate", "indicates", "indicated", "illustrate",
                            "illustrates", "illustrated", "reveal", "reveals", "revealed", "note", "notes", "noted", "mean",
                            "means", "meant", "confirm", "confirms", "confirmed"})) &&
            at(k + 1) == "that")
            return k + 2;
    }
    // "There is no (or little) doubt that", "there are clear evidences that": the claim follows.
    // A frame that weakens it stays ("there is little evidence that", "there is doubt that").
    if (at(0) == "there" && (one_of(at(1), {"is", "are"}) || (at(1) == "can" && at(2) == "be"))) {
        i = at(1) == "can" ? 3 : 2;
        if (one_of(at(i), {"no", "little"}) && at(i + 1) == "doubt") return at(i + 2) == "that" ? i + 3 : 0;
        while (one_of(at(i), {"clear", "strong", "ample", "growing", "undeniable", "convincing"})) ++i;
        if (one_of(at(i), {"evidence", "evidences", "proof"}) && at(i + 1) == "that") return i + 2;
        return 0;
    }
    return 0;
}

std::size_t after_frame(std::string_view text, const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    constexpr std::size_t kLongestFrame = 16;  // tokens: "it is a well - known fact that ,"
    last = std::min({last, tokens.size(), first + kLongestFrame});
    if (first >= last) return first;
    const std::size_t begin = tokens[first].range.begin;
    const std::vector<TitleWord> words = words_of(text.substr(begin, tokens[last - 1].range.end - begin));
    // Only a frame that ends at its "that": "it is well known and clinically proven that" and
    // "it seems to be true that" are not cut after "known" or "seems".
    const std::size_t frame = opinion_frame(words);
    if (frame == 0 || frame > words.size() || words[frame - 1].lower != "that") return first;
    std::size_t point = first;
    for (; point < last && tokens[point].range.begin < begin + words[frame - 1].end; ++point) {
        // A frame is one run of words: a full stop, a colon, a quotation mark or a parenthesis
        // inside it ends it first. A hyphen or an apostrophe joins words ("well-known").
        const std::string& mark = tokens[point].lower;
        if (!tokens[point].word && mark != "-" && mark != "'" && mark != ",") return first;
    }
    while (point < last && tokens[point].lower == ",") ++point;  // "it is obvious that, ..."
    return point;
}

}  // namespace warrant::draft
