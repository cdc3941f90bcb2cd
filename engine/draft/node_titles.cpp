#include "draft/node_titles.hpp"

#include "draft/discourse_markers.hpp"
#include "draft/title_frames.hpp"
#include "draft/title_words.hpp"
#include "text/ascii_case.hpp"

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <map>
#include <string>
#include <cctype>
#include <vector>

namespace warrant::draft {
namespace {

bool starts_with(const std::vector<TitleWord>& words, std::size_t at, std::string_view phrase) {
    std::size_t k = at;
    for (std::size_t begin = 0; begin < phrase.size();) {
        std::size_t end = phrase.find(' ', begin);
        if (end == std::string_view::npos) end = phrase.size();
        if (k >= words.size() || words[k].lower != phrase.substr(begin, end - begin)) return false;
        ++k;
        begin = end + 1;
    }
    return true;
}

std::size_t phrase_words(std::string_view phrase) { return static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1; }

// What stands before the point of a sentence: markers, hedges, connectives (a writer's frame,
// "I believe that", is opinion_frame()'s).
constexpr std::string_view kLeading[] = {
    "in my opinion", "in my view", "this paper argues that", "this essay argues that", "this paper aims to",
    "it is possible that", "there is no doubt that", "in conclusion", "to conclude", "to sum up",
    "in sum", "in summary", "however", "therefore", "thus", "hence", "moreover", "furthermore", "in addition",
    "additionally", "first", "firstly", "second", "secondly", "third", "thirdly", "finally", "also", "and", "but",
    "so", "yet", "because", "since", "for example", "for instance", "in contrast", "on the other hand", "as a result",
    "consequently", "this is because", "that is why", "besides", "nevertheless",
    "nonetheless", "indeed", "that", "of course", "admittedly", "overall", "all things considered", "all in all",
    "to summarize", "in short", "ultimately", "nowadays", "these days", "today", "currently", "at present", "recently",
    "above all", "most importantly", "more importantly"};

// Words that open an aside or an adverbial rather than the point. A condition ("if", "when")
// opens an adverbial before the point, but inside a sentence it is part of the point.
bool opens_aside(const std::string& lower, bool leading = true) {
    if (!leading && (lower == "if" || lower == "when" || lower == "while")) return false;
    static constexpr std::string_view openers[] = {
        "besides", "which", "who", "whom", "whose", "although", "though", "however", "therefore", "in", "as", "like",
        "especially", "particularly", "including", "such", "according", "unlike", "despite", "after", "before", "while",
        "when", "if", "for", "on", "by", "with", "through", "during"};
    return std::find(std::begin(openers), std::end(openers), lower) != std::end(openers);
}

bool function_word(const std::string& lower) {
    static constexpr std::string_view words[] = {
        "the", "a", "an", "of", "to", "and", "or", "in", "on", "at", "by", "for", "with", "through", "from", "as", "that",
        "which", "who", "is", "are", "was", "were", "be", "been", "will", "would", "can", "could", "should", "may", "might",
        "has", "have", "had", "their", "its", "his", "her", "this", "these", "than", "it", "but", "after", "before",
        "about", "into", "over", "under", "between", "against", "without", "upon", "among", "towards", "toward"};
    return std::find(std::begin(words), std::end(words), lower) != std::end(words);
}

// Clause breaks after the third word: a subordinating word starts a new clause.
bool clause_word(const std::string& lower) {
    return lower == "because" || lower == "since" || lower == "which" || lower == "while" || lower == "whereas" ||
           lower == "although" || lower == "but" || lower == "so" || lower == "if" || lower == "when" || lower == "unless";
}

// A concession's opening word ("While older people have more experience, ..."): the point is the
// clause after its comma; a segment that is the concession alone is titled by its content.
std::size_t concessive_opener(const std::vector<TitleWord>& words) {
    if (words.empty()) return 0;
    if (one_of(words[0].lower, {"while", "although", "though", "whereas", "whilst"})) return 1;
    return words.size() > 1 && words[0].lower == "even" && words[1].lower == "though" ? 2 : 0;
}

// Whether the words from `at` end a list begun before a comma: "and" or "or" among the next
// three, before any other comma.
bool continues_a_list(const std::vector<TitleWord>& words, std::size_t at) {
    for (std::size_t i = at; i < words.size() && i < at + 3; ++i) {
        if (words[i].lower == "and" || words[i].lower == "or") return true;
        if (words[i].comma_after || words[i].break_after) return false;
    }
    return false;
}

// Where the subject of a clause an adverbial opens without a comma stands: "there" or a
// personal pronoun among its first seven words, followed by a verb, after words that hold none
// (a verb or a "that" before it makes the pronoun a clause's own: "It is fortunate that they
// ...", "in a globalized world that we live"), and not right after the opening word ("as we
// know", "after he had"); 0 when there is none.
std::size_t subject_after_adverbial(const std::vector<TitleWord>& words) {
    if (words.size() < 5 || words[0].comma_after ||
        !one_of(words[0].lower, {"in", "for", "with", "during", "despite", "thanks", "as", "after", "through", "at",
                                 "on", "of", "without", "within", "even", "a"}))
        return 0;
    // "Even if they ...", "after he had ...", "for they are ...": a clause of its own.
    if (words[0].lower == "even" && one_of(words[1].lower, {"if", "though", "when", "so", "as"})) return 0;
    bool ago = false;  // "A few years ago there was ..."
    for (std::size_t k = 1; k < 7 && k + 2 < words.size(); ++k) {
        const std::string& lower = words[k].lower;
        if (words[k - 1].comma_after || words[k - 1].break_after) return 0;  // a comma: the rule after this one
        ago = ago || lower == "ago";
        if (one_of(lower, {"there", "we", "they", "i", "he", "she", "you"}))
            return k >= 2 && (words[0].lower != "a" || ago) &&
                           (auxiliary(words[k + 1].lower) ||
                            one_of(words[k + 1].lower,
                                   {"need", "spend", "get", "see", "know", "live", "find", "feel", "want", "become"}))
                       ? k
                       : 0;
        if (auxiliary(lower) || one_of(lower, {"that", "which", "who", "it", "not"})) return 0;
    }
    return 0;
}

std::vector<TitleWord> point_of(std::vector<TitleWord> words) {
    // Leading markers, repeatedly ("However, I think that ...").
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (std::string_view phrase : kLeading)
            if (words.size() > phrase_words(phrase) && starts_with(words, 0, phrase)) {
                words.erase(words.begin(), words.begin() + static_cast<long>(phrase_words(phrase)));
                stripped = true;
                break;
            }
        if (const std::size_t frame = opinion_frame(words); frame > 0 && frame + 2 <= words.size()) {
            words.erase(words.begin(), words.begin() + static_cast<long>(frame));
            stripped = true;
            continue;
        }
        // A concession up to its comma, however long; without one, the concession is the point.
        if (const std::size_t opener = concessive_opener(words); opener > 0 && words.size() > opener + 2) {
            std::size_t comma = 0;
            for (std::size_t i = 0; i + 3 < words.size() && i < 30 && !comma; ++i)
                if (words[i].comma_after) comma = i + 1;
            words.erase(words.begin(), words.begin() + static_cast<long>(comma ? comma : opener));
            stripped = true;
            continue;
        }
        // The example's frame, up to its comma ("Take Thailand for example, ...").
        if (words.size() > 6 && words[0].lower == "take") {
            std::size_t frame = 0;
            for (std::size_t i = 2; i < 6 && !frame; ++i)
                if (one_of(words[i].lower, {"example", "instance"}) && words[i - 1].lower == "for" && words[i].comma_after)
                    frame = i + 1;
            if (frame) {
                words.erase(words.begin(), words.begin() + static_cast<long>(frame));
                stripped = true;
                continue;
            }
        }
        // A time before the point ("Many years ago, people had to pay ..."): up to its comma.
        if (words.size() > 6) {
            std::size_t ago = 0;
            for (std::size_t i = 1; i < 5 && !ago; ++i)
                if (words[i].lower == "ago" && words[i].comma_after) ago = i + 1;
            if (ago) {
                words.erase(words.begin(), words.begin() + static_cast<long>(ago));
                stripped = true;
                continue;
            }
        }
        // An opening adverbial without its comma, before "there" or a subject pronoun and its verb
        // ("In a big city there are ...", "For years there has been ...", "With the use of computers
        // we spend ..."): the point starts at the subject.
        if (const std::size_t subject = subject_after_adverbial(words); subject > 0) {
            words.erase(words.begin(), words.begin() + static_cast<long>(subject));
            stripped = true;
            continue;
        }
        // An opening adverbial up to a comma, when the point follows it; the adverbial may hold a
        // clause of its own ("In a world in which clone children live with no parents, ...").
        // Past the tenth word, a comma inside a list ("isn't triggered by propaganda, corruption
        // and military pressure") ends nothing: it is more likely the adverbial's own.
        if (!words.empty() && opens_aside(words[0].lower)) {
            for (std::size_t i = 0; i + 3 < words.size() && i < 16; ++i)
                if (words[i].comma_after && (i < 10 || !continues_a_list(words, i + 1))) {
                    words.erase(words.begin(), words.begin() + static_cast<long>(i + 1));
                    stripped = true;
                    break;
                }
        }
    }
    // An aside between commas that opens with an aside word ("X, besides serving as Y, does Z"),
    // or a name in apposition before the verb ("Margret Atwood's term, ustopia, can be applied").
    auto apposition = [&](std::size_t i) {
        for (std::size_t j = i + 1; j < words.size() && j <= i + 4; ++j)
            if (words[j].comma_after) return j + 1 < words.size() && auxiliary(words[j + 1].lower);
        return false;
    };
    for (std::size_t i = 0; i + 1 < words.size() && i < 8; ++i) {
        if (!words[i].comma_after || !(opens_aside(words[i + 1].lower, false) || apposition(i))) continue;
        for (std::size_t j = i + 1; j + 1 < words.size() && j < i + 12; ++j)
            if (words[j].comma_after) {
                words[i].comma_after = false;
                words.erase(words.begin() + static_cast<long>(i + 1), words.begin() + static_cast<long>(j + 1));
                break;
            }
        break;
    }
    return words;
}

// Words that wait for what follows them: determiners, quantifiers, possessives, an auxiliary,
// a degree word. (Not a negation: "may not" cut short still says what the writer denies.)
bool waits_for_more(const std::string& lower) {
    return one_of(lower, {"any", "some", "every", "each", "all", "both", "its", "their", "our", "my", "your",
                          "his", "her", "very", "more", "most", "such", "much", "many", "few", "less", "own", "same",
                          "other", "being", "having", "do", "does", "did", "so", "too", "great", "whole", "certain",
                          "how", "what", "why", "whether", "where", "that", "also", "even"});
}

// Words a headline leaves out when the point is longer than a title: intensifiers and adverbs
// in -ly ("If you aren't extremely dedicated" is titled [If you aren't dedicated]), and an
// article that opens it. Adjectives in -ly ("friendly", "elderly") stay; articles inside stay
// too ("It is the duty of society": without them a title reads as a telegram).
bool headline_drops(const std::string& lower) {
    if (one_of(lower, {"very", "really", "quite", "rather", "just", "also", "even", "certainly", "actually"})) return true;
    static constexpr std::string_view kept[] = {"only", "early", "family", "reply", "supply", "apply", "rely", "italy", "july",
                                                "likely", "unlikely", "holy", "ugly", "daily", "friendly", "unfriendly", "lonely",
                                                "lovely", "silly", "elderly", "costly", "deadly", "orderly", "monthly", "weekly",
                                                "yearly", "lively", "curly", "assembly", "ally", "bully", "belly", "jelly"};
    return lower.size() >= 5 && lower.ends_with("ly") && std::find(std::begin(kept), std::end(kept), lower) == std::end(kept);
}

// A word that reads as an adjective by its ending ("patriotic", "tremendous", "defenseless") or
// is a common one ("real", "current"): nouns and verbs with the same endings are left out.
bool looks_adjectival(const std::string& lower) {
    if (one_of(lower, {"good", "bad", "real", "new", "old", "current", "high", "low", "big", "small", "main", "major",
                       "social", "young", "long", "short", "best", "better", "worse", "huge"}))
        return true;
    // Common adjectives in -al, -ant and -ent, endings that more nouns share ("animal", "student").
    if (one_of(lower,
               {"cultural",    "spiritual", "traditional", "natural",   "national",    "international", "personal",
                "political",   "financial", "physical",    "mental",    "emotional",   "environmental", "ethical",
                "moral",       "local",     "global",      "legal",     "medical",     "educational",   "practical",
                "critical",    "essential", "crucial",     "vital",     "special",     "economic",      "important",
                "significant", "different", "relevant",    "efficient", "independent", "excellent",     "sufficient",
                "apparent",    "evident",   "frequent",    "permanent", "recent",      "urgent",        "violent",
                "pleasant",    "constant",  "distant",     "brilliant", "dominant",    "convenient",    "confident",
                "consistent",  "innocent",  "intelligent", "prominent", "prevalent",   "inevitable"}))
        return true;
    if (one_of(lower, {"music", "topic", "traffic", "logic", "clinic", "panic", "republic", "epidemic", "critic", "mechanic",
                       "public", "motive", "objective", "alternative", "initiative", "incentive", "executive", "relative",
                       "native", "representative", "perspective", "narrative", "detective", "archive", "vegetable",
                       "variable", "timetable", "unless", "nevertheless", "regardless", "handful"}) ||
        lower.ends_with("rive") || lower.ends_with("ceive") || lower.ends_with("vive") || lower.ends_with("give"))
        return false;
    for (std::string_view ending : {"ic", "ous", "ful", "ive", "able", "ible", "less"})
        if (lower.size() >= ending.size() + 3 && lower.ends_with(ending)) return true;
    return false;
}

// Whether a title's last word is an adjective that waits for its noun: after a determiner, a
// preposition, "and" or another adjective ([... their patriotic], [... of defenseless]), not
// said of the subject ("is necessary", "more important").
bool ends_inside_a_noun_phrase(const std::vector<const TitleWord*>& words) {
    // An adjective joined to the next ([... their mental and]) waits as well.
    if (words.size() >= 3 && one_of(words.back()->lower, {"and", "or"}) &&
        looks_adjectival(words[words.size() - 2]->lower))
        return true;
    if (words.size() < 2 || !looks_adjectival(words.back()->lower)) return false;
    const std::string& before = words[words.size() - 2]->lower;
    return looks_adjectival(before) ||
           one_of(before, {"a", "an", "the", "this", "that", "these", "those", "their", "his", "her", "its", "our", "my",
                           "your", "every", "each", "some", "any", "no", "many", "such", "other", "another", "several",
                           "of", "in", "on", "at", "for", "with", "to", "from", "by", "about", "into", "through", "towards",
                           "toward", "among", "between", "without", "under", "over", "and", "or"});
}

// Words a title cut short does not end on either: frequency adverbs and "only".
bool hangs(const std::string& lower) {
    return one_of(lower, {"only", "always", "often", "usually", "never", "sometimes", "still", "generally"}) || headline_drops(lower);
}

// The clause without the words that only lead to its point: "not only" ("X not only Y but also
// Z" is X Y; "Not only do" opens a question and stays) and "a lot of" or "lots of" before what
// there is a lot of ("a lot of times", often, stays, and "there are a lot of people" when the
// title reaches the people). A title longer than a clause leaves them
// out wherever it is cut ([Capital punishment saves government funding], not [... saves a
// lot]; [Atwood's term suggests ...], not [... not only suggests]).
std::vector<const TitleWord*> without_lead_ins(const std::vector<const TitleWord*>& clause, std::size_t max_words) {
    static const std::string none;
    const auto word = [&](std::size_t k) -> const std::string& { return k < clause.size() ? clause[k]->lower : none; };
    std::vector<const TitleWord*> kept;
    for (std::size_t i = 0; i < clause.size(); ++i) {
        const std::string &lower = word(i), &next = word(i + 1), &after = word(i + 2);
        if (i > 0 && lower == "not" && next == "only") {
            ++i;
            continue;
        }
        const bool times = word(i + 3) == "times";
        // "There are a lot of people" stays when the title reaches what there is a lot of.
        bool there = false;
        for (std::size_t k = i >= 3 ? i - 3 : 0; k < i; ++k) there = there || word(k) == "there";
        there = there && kept.size() + 3 < max_words;
        if (i > 0 && lower == "a" && next == "lot" && after == "of" && i + 3 < clause.size() && !times && !there) {
            i += 2;
            continue;
        }
        if (i > 0 && lower == "lots" && next == "of" && i + 2 < clause.size() && !there) {
            ++i;
            continue;
        }
        kept.push_back(clause[i]);
    }
    return kept;
}

// The clause said as a headline says it, when it is longer than a title: without lead-ins,
// intensifiers and adverbs in -ly (the first word stays: "Clinically proven ..." is the
// point), and, if still too long, an opening "the", "a", or "these" before its noun.
std::vector<const TitleWord*> headline_of(const std::vector<const TitleWord*>& clause, std::size_t max_words) {
    std::vector<const TitleWord*> headline = without_lead_ins(clause, max_words);
    std::erase_if(headline,
                  [&](const TitleWord* word) { return word != clause.front() && headline_drops(word->lower); });
    // "These are clearly stated" keeps its subject.
    if (headline.size() > max_words && headline.size() > 3 &&
        (one_of(headline.front()->lower, {"the", "a", "an"}) ||
         (one_of(headline.front()->lower, {"these", "those"}) && !function_word(headline[1]->lower))))
        headline.erase(headline.begin());
    return headline;
}

// A title cut inside a noun phrase ([People can freely express their patriotic]), made to end
// outside it: said as a headline ("not only", adverbs and an opening "the", "a", "these"
// dropped), the phrase may end within the title ([People can express their patriotic
// feelings]); if not, the title ends before the phrase, when four words or more are left and
// no adjective hangs at its end ([There is a tendency], not [... for social]); else it stays.
std::vector<const TitleWord*> outside_the_noun_phrase(const std::vector<const TitleWord*>& clause,
                                                      const std::vector<const TitleWord*>& kept, std::size_t max_words) {
    std::vector<const TitleWord*> headline = headline_of(clause, max_words);
    // Of two adjectives joined before their noun, a headline keeps the first, and ends at the
    // noun if it can ("an important and inevitable role in economic ..." is [... an important role]);
    // not of two opposites ("good and bad effects": the pair is the point).
    auto opposite = [](const std::string& lower) {
        return one_of(
            lower, {"good",    "bad",   "positive", "negative", "old",           "new",      "young", "high", "low",
                    "big",     "small", "long",     "short",    "better",        "worse",    "rich",  "poor", "public",
                    "private", "local", "global",   "national", "international", "physical", "mental"});
    };
    for (std::size_t i = 1; i + 2 < headline.size(); ++i)
        if (one_of(headline[i]->lower, {"and", "or"}) && looks_adjectival(headline[i - 1]->lower) &&
            looks_adjectival(headline[i + 1]->lower) && !looks_adjectival(headline[i + 2]->lower) &&
            !function_word(headline[i + 2]->lower) &&
            !(opposite(headline[i - 1]->lower) && opposite(headline[i + 1]->lower))) {
            headline.erase(headline.begin() + static_cast<long>(i), headline.begin() + static_cast<long>(i + 2));
            if (i < max_words) headline.resize(i + 1);
            break;
        }
    headline.resize(std::min(max_words, headline.size()));
    if (!ends_inside_a_noun_phrase(headline)) return headline;
    std::vector<const TitleWord*> shorter(kept.begin(), kept.end() - 1);
    while (shorter.size() > 1 && (function_word(shorter.back()->lower) || waits_for_more(shorter.back()->lower) || hangs(shorter.back()->lower))) {
        const bool joined = one_of(shorter.back()->lower, {"and", "or"});
        shorter.pop_back();
        if (joined && shorter.size() > 1) shorter.pop_back();  // the phrase's other member ("interesting and useful")
    }
    const bool said_of_subject = shorter.size() >= 2 && one_of(shorter[shorter.size() - 2]->lower, {"is", "are", "was", "were", "be", "been", "become", "becomes", "became", "seem", "seems", "remain", "remains"});
    if (shorter.size() >= 4 && (!looks_adjectival(shorter.back()->lower) || said_of_subject)) return shorter;
    return kept;
}

// The contracted form of an auxiliary before "not" ("is" -> "isn't", "will" -> "won't"), as the
// auxiliary is written ("IS" -> "ISN'T", "Is" -> "Isn't"), or "".
std::string contracted(const TitleWord& auxiliary) {
    static const std::map<std::string, std::string, std::less<>> forms = {
        {"is", "isn't"},       {"are", "aren't"},   {"was", "wasn't"},     {"were", "weren't"},     {"do", "don't"},
        {"does", "doesn't"},   {"did", "didn't"},   {"has", "hasn't"},     {"have", "haven't"},     {"had", "hadn't"},
        {"would", "wouldn't"}, {"should", "shouldn't"}, {"could", "couldn't"}, {"will", "won't"}, {"can", "can't"},
        {"must", "mustn't"}};
    const auto form = forms.find(auxiliary.lower);
    if (form == forms.end()) return "";
    const std::string& written = auxiliary.text;
    if (written.size() > 1 && std::isupper(static_cast<unsigned char>(written[1]))) return text::uppercase(form->second);
    return std::isupper(static_cast<unsigned char>(written[0])) ? text::capitalized(form->second) : form->second;
}

// A title does not end on its negation: [Dependence on computers is not] reads as half a claim,
// and [Too many promises have not] as its opposite. It goes on to the first word that says
// what is denied; past the limit, the negation is contracted to stay within it ([Too many
// promises haven't been kept], [Teenagers that get pregnant aren't ready]). If it still cannot,
// the title stays as it was. The words, as the title writes them.
std::vector<std::string> past_the_negation(const std::vector<const TitleWord*>& clause, const std::vector<const TitleWord*>& kept,
                                           std::size_t max_words) {
    std::vector<std::string> written;
    for (const TitleWord* word : kept) written.push_back(word->text);
    auto denies = [](const std::string& lower) { return one_of(lower, {"not", "never", "cannot"}) || lower.ends_with("n't"); };
    if (kept.empty() || !denies(kept.back()->lower)) return written;
    const auto at = std::find(clause.begin(), clause.end(), kept.back());
    std::vector<const TitleWord*> longer = kept;
    bool says_what = false;
    for (auto next = at == clause.end() ? at : at + 1; next != clause.end() && longer.size() < max_words + 1; ++next) {
        longer.push_back(*next);
        const std::string& lower = (*next)->lower;
        says_what = !function_word(lower) && !waits_for_more(lower) && !hangs(lower) && !denies(lower) &&
                    !ends_inside_a_noun_phrase(longer);
        if (says_what) break;
    }
    if (!says_what) return written;
    std::vector<std::string> out;
    for (std::size_t i = 0; i < longer.size(); ++i) {
        const std::string contraction =
            longer.size() > max_words && longer[i]->lower == "not" && i > 0 ? contracted(*longer[i - 1]) : "";
        if (!contraction.empty()) out.back() = contraction;
        else out.push_back(longer[i]->text);
    }
    return out.size() <= max_words ? out : written;
}

// Whether the word is capitalised where a sentence would not capitalise it: a name or a work's
// title ("Never Let Me Go", "Miss Emily").
bool written_as_a_name(const TitleWord& word, bool opens) {
    return !opens && !word.text.empty() && std::isupper(static_cast<unsigned char>(word.text[0]));
}

// A title cut inside a name ([This analysis of Never Let Me]): without its opening "this" or
// "the" the name may fit ([Analysis of Never Let Me Go]); if not, the title ends before the
// name when three words or more are left ([This is the case]); else it stays.
std::vector<const TitleWord*> outside_the_name(const std::vector<const TitleWord*>& clause,
                                               std::vector<const TitleWord*> kept, std::size_t max_words) {
    const std::size_t n = kept.size();
    if (n == 0 || n >= clause.size() || !written_as_a_name(*clause[n], false) ||
        !written_as_a_name(*kept.back(), n == 1))
        return kept;
    std::size_t name_end = n;  // the name runs on past the cut
    while (name_end < clause.size() && written_as_a_name(*clause[name_end], false)) ++name_end;
    std::size_t name_start = n - 1;
    while (name_start > 0 && written_as_a_name(*clause[name_start - 1], name_start == 1)) --name_start;
    if (one_of(clause.front()->lower, {"the", "this", "these", "those", "a", "an"}) && name_start > 1 &&
        name_end - 1 <= max_words)
        return {clause.begin() + 1, clause.begin() + static_cast<long>(name_end)};
    std::vector<const TitleWord*> before(clause.begin(), clause.begin() + static_cast<long>(name_start));
    while (!before.empty() && function_word(before.back()->lower)) before.pop_back();
    return before.size() >= 3 ? before : kept;
}

std::string phrase_of(const std::vector<TitleWord>& words, std::size_t from, std::size_t max_words) {
    // The point's clause: up to a clause word (after its third word), a break, or a comma.
    std::vector<const TitleWord*> clause;
    for (std::size_t i = from; i < words.size() && clause.size() < 4 * max_words; ++i) {
        if (clause.size() >= 3 && clause_word(words[i].lower)) break;
        clause.push_back(&words[i]);
        if (words[i].break_after || (clause.size() >= 3 && words[i].comma_after)) break;
    }
    // Longer than a title: said as a headline says it (an adverb opening it stays:
    // "Rather, ..." was taken off before, "Clinically proven ..." is the point).
    // Only when the whole clause then fits: dropping words to reach further into a longer one
    // leaves it as cut as before ("Developments in that conflict should not"); its lead-ins go
    // wherever it is cut.
    if (clause.size() > max_words) {
        std::vector<const TitleWord*> headline = headline_of(clause, max_words);
        clause = headline.size() <= max_words ? std::move(headline) : without_lead_ins(clause, max_words);
    }
    std::vector<const TitleWord*> kept(clause.begin(), clause.begin() + static_cast<long>(std::min(max_words, clause.size())));
    if (kept.size() < clause.size() && ends_inside_a_noun_phrase(kept)) kept = outside_the_noun_phrase(clause, kept, max_words);
    kept = outside_the_name(clause, kept, max_words);
    const bool cut = kept.size() < clause.size();
    auto trim = [](std::vector<const TitleWord*> words, bool waiting) {
        while (words.size() > 1 && (function_word(words.back()->lower) || (waiting && waits_for_more(words.back()->lower))))
            words.pop_back();
        return words;
    };
    // A cut title ends on a word that says something, not on one that waits for what follows
    // ("Museums and art galleries preserve some", "A person's great prosperity does not"),
    // unless that leaves fewer than four words.
    const std::vector<const TitleWord*> ending = trim(kept, cut);
    kept = ending.size() >= 4 ? ending : trim(kept, false);
    std::string out;
    for (const std::string& word : past_the_negation(clause, kept, max_words)) out += (out.empty() ? "" : " ") + word;
    return text::capitalized(out);
}

}  // namespace

std::string key_phrase(std::string_view text, std::size_t max_words) {
    const std::vector<TitleWord> words = point_of(words_of(text));
    return phrase_of(words, 0, max_words);
}

std::string TitleMaker::title_for(std::string_view text) {
    const std::vector<TitleWord> words = point_of(words_of(text));
    std::string title = phrase_of(words, 0, 6);
    if (title.empty()) title = "Statement";
    if (used_.insert(title).second) return title;
    // The next clause's phrase, after the first break.
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
        if (words[i].break_after || words[i].comma_after || (i > 0 && clause_word(words[i + 1].lower))) {
            std::string next = phrase_of(point_of({words.begin() + static_cast<long>(i + 1), words.end()}), 0, 6);
            if (!next.empty() && used_.insert(next).second) return next;
            break;
        }
    // Counting on from the last number this title was given: an essay of one sentence said
    // 50,000 times would otherwise try 2, 3, ... again for each, 10^9 tries in all.
    for (int& n = last_number_[title];;)
        if (std::string numbered = title + " " + std::to_string(n = std::max(n, 1) + 1); used_.insert(numbered).second)
            return numbered;
}

}  // namespace warrant::draft
