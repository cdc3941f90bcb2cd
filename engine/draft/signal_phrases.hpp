// Who speaks a quotation, read from the words before it (private to the draft stage).
//
// An MLA page alone, "(2)", belongs to the source the sentence names, as a careful reader
// takes it: the speaker of a signal phrase ("As Gordin argues", "Lyman Tower Sargent claims",
// "according to Wear", "Sargent’s comment that"), or, when the speaker is a character of the
// work the essay is about ("Kathy declares", "As Miss Emily says"), that work. A name is a
// scholar's when the essay cites it by name, lists it in its Works Cited, or introduces it in
// full before a reporting verb ("Michael D. Gordin declares" makes a later "Gordin writes" a
// scholar's); a title ("Miss Emily") or one name the essay never gives as a scholar's is a character.
#pragma once

#include "draft/essay_layout.hpp"

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace warrant::draft {

// A word of running text, without the punctuation around it.
struct Word {
    std::string_view text;
    std::size_t begin = 0;         // byte offset into the essay
    bool clause_end = false;       // a ',', ';' or ':' followed it
};

std::vector<Word> words_of(std::string_view text, std::size_t offset);
bool capitalised(std::string_view word);

struct Speaker {
    enum class Kind { None, Scholar, Character };
    Kind kind = Kind::None;
    std::string key;  // the scholar's source key
};

class SignalPhrases {
public:
    // `scholars`: the keys the essay cites by name or lists in its bibliography.
    explicit SignalPhrases(std::set<std::string> scholars) : scholars_(std::move(scholars)) {}

    // Learns the scholars a range introduces in full before a reporting verb.
    void learn(std::string_view text, TextRange range);
    bool is_scholar(const std::string& key) const { return scholars_.count(key) > 0; }

    // The speaker named nearest the end of `window` (the words between the previous citation and
    // the quotation, or between the quotation and its parenthesis): a signal phrase's subject,
    // "according to" a name, or a scholar's possessive ("More’s utopia", "Sargent’s comment").
    Speaker nearest(std::string_view text, TextRange window) const;

private:
    std::set<std::string> scholars_;
};

}  // namespace warrant::draft
