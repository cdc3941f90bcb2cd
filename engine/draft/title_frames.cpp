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
        while (one_of(at(i), {"do", "does", "would", "really", "strongly", "firmly", "truly", "personally", "totally",
                              "completely", "honestly", "also", "still", "definitely", "certainly", "genuinely", "fully"}))
            ++i;
    };
    const auto then_that = [&] {
        if (one_of(at(i), {"to"}) && one_of(at(i + 1), {"me", "us"})) i += 2;
        if (at(i) == "that") ++i;
        return i;
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
        if (one_of(at(i), {"am", "are"}) && one_of(at(i + 1), {"convinced", "sure", "certain", "confident", "persuaded"})) {
            i += 2;
            return then_that();
        }
        if (one_of(at(i), {"believe", "think", "feel", "agree", "argue", "claim", "contend", "suppose", "say", "maintain",
                           "hold", "admit", "acknowledge", "concede", "reckon", "guess", "suggest", "assert", "insist"})) {
            ++i;
            return then_that();
        }
        return 0;
    }
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
        if (at(0) == "it" && at(i) == "is" && one_of(at(i + 1), {"clear", "obvious", "true", "evident", "undeniable", "apparent",
                                                                 "certain", "likely", "arguable", "plain", "undoubtable"})) {
            i += 2;
            return at(i) == "that" || at(i) == "to" ? then_that() : 0;
        }
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
    if (at(0) == "there" && one_of(at(1), {"is", "are"})) {
        i = 2;
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
