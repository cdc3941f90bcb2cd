// The frame around a statement's point (engine/draft/title_frames.hpp).
#include "draft/title_frames.hpp"

#include "draft/discourse_markers.hpp"

#include <algorithm>

namespace warrant::draft {

namespace {

// The words read one by one from the front, with `i` the next to read; past the end, "".
struct FrameWords {
    const std::vector<TitleWord>& words;
    std::size_t i = 0;

    const std::string& at(std::size_t k) const {
        static const std::string none;
        return k < words.size() ? words[k].lower : none;
    }
    void skip_adverbs() {
        while (
            one_of(at(i), {"do",         "does",      "would",      "really",   "strongly",     "firmly", "truly",
                           "personally", "totally",   "completely", "honestly", "also",         "still",  "definitely",
                           "certainly",  "genuinely", "fully",      "always",   "nevertheless", "once",   "again",
                           "safely",     "easily",    "now",        "indeed",   "absolutely"}))
            ++i;
    }
    // Past "(to me) that", which ends the frame.
    std::size_t then_that() {
        if (one_of(at(i), {"to", "for"}) && one_of(at(i + 1), {"me", "us"})) i += 2;
        if (at(i) == "that") ++i;
        return i;
    }
    // What the writer holds, named from word k on ("the view that", "the idea that", "my
    // position that"): where the point starts, or 0.
    std::size_t named_view(std::size_t k) const {
        if (one_of(at(k), {"the", "this", "that", "my"})) ++k;
        if (at(k) == "second") ++k;
        if (!one_of(at(k), {"view", "idea", "argument", "statement", "notion", "opinion", "contention", "position",
                            "belief", "point", "fact"}))
            return 0;
        ++k;
        if (at(k) == "of" && at(k + 1) == "view") k += 2;
        return at(k) == "that" ? k + 1 : 0;
    }
};

// A view the writer reports ("Some may say that", "Others argue that", "Critics claim that"):
// the title names the view, as a teacher labels an objection.
std::size_t reported_view_frame(FrameWords w) {
    if (!one_of(w.at(0), {"some", "many", "others", "critics", "opponents", "proponents", "supporters", "people"}))
        return 0;
    w.i = one_of(w.at(1), {"people", "critics", "scholars", "students", "parents", "experts", "others"}) ? 2 : 1;
    if (one_of(w.at(w.i), {"may", "might", "would", "could", "will", "can", "do", "often", "still"})) ++w.i;
    if (!one_of(w.at(w.i), {"say", "says", "argue", "argues", "claim", "claims", "believe", "believes", "think",
                            "thinks", "contend", "suggest", "insist", "maintain", "feel"}))
        return 0;
    ++w.i;
    return w.then_that();
}

// The writer's own ("I (would, strongly) believe that", "I would like to say that", "we can
// draw the conclusion that", "I agree with the view that"), for words that open with "I" or
// "we": where the point starts, or 0.
std::size_t first_person_frame(FrameWords w) {
    w.i = w.at(0) == "personally" && one_of(w.at(1), {"i", "we"}) ? 2 : 1;
    w.skip_adverbs();
    // "I can certainly say that", "we may conclude that": with "that" only ("we can guess the
    // ending" is the point).
    const bool modal = one_of(w.at(w.i), {"can", "could", "will", "may", "might", "must"});
    if (modal) {
        ++w.i;
        w.skip_adverbs();
    }
    const auto then_that_after_modal = [&] {
        const std::size_t end = w.then_that();
        return modal && w.at(end - 1) != "that" ? 0 : end;
    };
    // "I would like to say that", "I tend to think that", "I am inclined to believe that".
    if (one_of(w.at(w.i), {"like", "want", "tend"}) && w.at(w.i + 1) == "to") w.i += 2;
    if (one_of(w.at(w.i), {"am", "are"}) && w.at(w.i + 1) == "inclined" && w.at(w.i + 2) == "to") w.i += 3;
    if (one_of(w.at(w.i), {"am", "are"}) &&
        one_of(w.at(w.i + 1), {"convinced", "sure", "certain", "confident", "persuaded"})) {
        w.i += 2;
        return then_that_after_modal();
    }
    if (one_of(w.at(w.i), {"am", "are"}) && w.at(w.i + 1) == "of")
        return w.named_view(w.i + 2);  // "I am of the view that"
    // "We can safely draw the conclusion that", "I have come to the conclusion that".
    if (one_of(w.at(w.i), {"draw", "reach", "come"})) {
        std::size_t k = w.i + 1;
        if (w.at(k) == "to") ++k;
        return w.at(k) == "the" && w.at(k + 1) == "conclusion" && w.at(k + 2) == "that" ? k + 3 : 0;
    }
    if (w.at(w.i) == "have") {  // "I have always believed that"
        ++w.i;
        w.skip_adverbs();
        if (one_of(w.at(w.i), {"believed", "thought", "argued", "maintained"})) {
            ++w.i;
            return w.then_that();
        }
        const std::size_t k = w.i;
        if (w.at(k) == "come" && w.at(k + 1) == "to" && w.at(k + 2) == "the" && w.at(k + 3) == "conclusion" &&
            w.at(k + 4) == "that")
            return k + 5;
        return 0;
    }
    if (!one_of(w.at(w.i),
                {"believe",  "think",    "feel",  "agree",       "argue",   "claim",    "contend", "suppose", "say",
                 "maintain", "hold",     "admit", "acknowledge", "concede", "reckon",   "guess",   "suggest", "assert",
                 "insist",   "conclude", "state", "confess",     "support", "advocate", "restate"}))
        return 0;
    const std::string& verb = w.at(w.i++);
    if (verb == "feel" && one_of(w.at(w.i), {"certain", "sure", "confident"})) ++w.i;
    // "I agree with the view that", "I hold the contention that", "I agree with that X".
    if (w.at(w.i) != "that" && one_of(verb, {"agree", "support", "advocate", "hold", "restate"})) {
        const bool with = one_of(w.at(w.i), {"with", "to"});
        const std::size_t k = w.i + (with ? 1 : 0);
        if (const std::size_t view = w.named_view(k)) return view;
        if (with && w.at(k) == "that") return k + 1;
    }
    return then_that_after_modal();
}

// An impersonal frame ("It would seem to me that", "it is clear that", "it can be argued
// that", "it is my belief that", "one could say that"): where the point starts, or 0.
std::size_t impersonal_frame(FrameWords w) {
    const bool it = w.at(0) == "it";
    if (!it && w.at(0) != "one") return 0;
    w.i = 1;
    if (one_of(w.at(w.i), {"would", "might", "could", "can", "may", "must"})) ++w.i;
    if (it && one_of(w.at(w.i), {"seem", "seems", "appear", "appears"})) {
        ++w.i;
        return w.then_that();
    }
    if (it && one_of(w.at(w.i), {"be", "is"}) && one_of(w.at(w.i + 1), {"argued", "said", "claimed", "seen"})) {
        w.i += 2;
        return w.then_that();
    }
    const bool it_is = it && w.at(w.i) == "is";
    // Not "it is certainly true that", "it is indeed evident that": AAE2's annotators keep
    // these as often as they leave them out.
    if (it_is && one_of(w.at(w.i + 1), {"clear", "obvious", "true", "evident", "undeniable", "apparent", "certain",
                                        "likely", "arguable", "plain", "undoubtable", "undoubted", "undisputed",
                                        "indisputable", "convincing"})) {
        w.i += 2;
        return one_of(w.at(w.i), {"that", "to", "for"}) ? w.then_that() : 0;
    }
    // "It is my (personal) belief that", "it is needless to say that".
    if (it_is && w.at(w.i + 1) == "my") {
        std::size_t k = w.i + 2;
        if (w.at(k) == "personal") ++k;
        return one_of(w.at(k), {"belief", "view", "opinion", "contention", "conviction"}) && w.at(k + 1) == "that"
                   ? k + 2
                   : 0;
    }
    if (it_is && w.at(w.i + 1) == "needless" && w.at(w.i + 2) == "to" && w.at(w.i + 3) == "say" &&
        w.at(w.i + 4) == "that")
        return w.i + 5;
    if (it_is) {  // "it is (widely) acknowledged that", "it is a well-known fact that"
        std::size_t k = w.i + 1;
        while (one_of(w.at(k), {"clearly", "widely", "generally", "commonly", "well", "universally", "often",
                                "sometimes", "frequently"}))
            ++k;
        if (one_of(w.at(k), {"understood", "acknowledged", "known", "accepted", "believed", "agreed", "assumed",
                             "recognized", "recognised", "thought", "said", "argued", "claimed"})) {
            w.i = k + 1;
            return w.then_that();
        }
        if (w.at(k) == "a") {
            std::size_t j = k + 1;
            if (one_of(w.at(j), {"well-known", "known", "common"})) ++j;
            if (w.at(j) == "fact" && w.at(j + 1) == "that") return j + 2;
        }
    }
    if (!it && one_of(w.at(w.i), {"say", "argue", "claim", "see", "conclude"})) {
        ++w.i;
        return w.then_that();
    }
    return 0;
}

// Someone else's words or a finding that frames the point ("Critics of zoology argue that",
// "The advocators believe that", "This understanding implies that", "Studies have shown
// that"): a short noun phrase, a verb of saying, thinking or showing, "that". A negated or doubting
// holder ("No one believes that", "Few people think that") denies the point: it stays.
// In a subordinate clause ("As studies have shown that X, Y") the point is the main clause.
std::size_t holder_frame(const FrameWords& w) {
    if (one_of(w.at(0), {"as", "since", "although", "though", "while", "whereas", "unless"})) return 0;
    for (std::size_t verb = 1; verb <= 5; ++verb) {
        if (auxiliary(w.at(verb - 1)) ||
            one_of(w.at(verb - 1), {"not", "no", "never", "few", "nobody", "none", "who", "which", "that", "whom",
                                    "whose", "if", "when", "because"}))
            return 0;
        std::size_t k = verb;
        auto skip_adverbs = [&] {
            while (one_of(w.at(k),
                          {"also", "clearly", "strongly", "often", "generally", "further", "rightly", "convincingly"}))
                ++k;
        };
        skip_adverbs();
        // A perfect tense is still the holder's saying ("Some critics have asserted that").
        if (one_of(w.at(k), {"have", "has", "had"}) && w.at(k + 1) != "that") {
            ++k;
            skip_adverbs();
        }
        if ((says_or_thinks(w.at(k)) ||
             one_of(w.at(k),
                    {"imply",       "implies",      "implied",      "show",        "shows",       "showed", "shown",
                     "demonstrate", "demonstrates", "demonstrated", "prove",       "proves",      "proved", "indicate",
                     "indicates",   "indicated",    "illustrate",   "illustrates", "illustrated", "reveal", "reveals",
                     "revealed",    "note",         "notes",        "noted",       "mean",        "means",  "meant",
                     "confirm",     "confirms",     "confirmed"})) &&
            w.at(k + 1) == "that")
            return k + 2;
    }
    return 0;
}

// "There is no (or little) doubt that", "there are clear evidences that": the claim follows.
// A frame that weakens it stays ("there is little evidence that", "there is doubt that").
std::size_t certainty_frame(const FrameWords& w) {
    if (w.at(0) != "there" || !(one_of(w.at(1), {"is", "are"}) || (w.at(1) == "can" && w.at(2) == "be"))) return 0;
    std::size_t i = w.at(1) == "can" ? 3 : 2;
    if (one_of(w.at(i), {"no", "little"}) && w.at(i + 1) == "doubt") return w.at(i + 2) == "that" ? i + 3 : 0;
    while (one_of(w.at(i), {"clear", "strong", "ample", "growing", "undeniable", "convincing"})) ++i;
    return one_of(w.at(i), {"evidence", "evidences", "proof"}) && w.at(i + 1) == "that" ? i + 2 : 0;
}

}  // namespace

std::size_t opinion_frame(const std::vector<TitleWord>& words) {
    const FrameWords w{words};
    if (const std::size_t frame = reported_view_frame(w)) return frame;
    if (one_of(w.at(0), {"i", "we", "personally"})) return first_person_frame(w);
    // "My view is that", "the fact is that": the writer names their view and then states it.
    if ((w.at(0) == "my" && one_of(w.at(1), {"view", "opinion", "belief", "position", "contention"})) ||
        (w.at(0) == "the" && w.at(1) == "fact"))
        return w.at(2) == "is" && w.at(3) == "that" ? 4 : 0;
    if (const std::size_t frame = impersonal_frame(w)) return frame;
    if (const std::size_t frame = holder_frame(w)) return frame;
    return certainty_frame(w);
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
