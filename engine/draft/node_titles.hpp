// Titles a reader can use (private to the draft stage): a drafted node is titled by the key
// phrase of its own text, at most six words, the way a person titles a claim ("Free fares
// bring riders"), never by its type and a number ("Premise 17"), and no two nodes of a map
// share one.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>

namespace warrant::draft {

// The key phrase of a statement: its words without the discourse markers and hedges before the
// point ("I claim that", "However,", "It is clear that"), an opening adverbial ("In a search
// for perfection, ..."), asides between commas ("Never Let Me Go, besides serving as a warning,
// provides hope"), quotation marks and citations; cut at the first clause break and to
// `max_words` words, without a dangling function word at the end; the first letter a capital.
// Only letters, digits, spaces, hyphens and apostrophes, so that every notation writes it as is.
// "" when the text has no word.
std::string key_phrase(std::string_view text, std::size_t max_words = 6);

// Gives each node of one map a title of its own: the key phrase, or, when another node has it,
// the key phrase of the text's next clause, or the phrase and a number.
class TitleMaker {
public:
    // Keeps `title` from being given (a title the map has already: "Thesis", a citation's).
    void reserve(const std::string& title) { used_.insert(title); }
    std::string title_for(std::string_view text);

private:
    std::set<std::string> used_;
    std::map<std::string, int> last_number_;  // "Cost" -> 3 once "Cost 2" and "Cost 3" are given
};

}  // namespace warrant::draft
