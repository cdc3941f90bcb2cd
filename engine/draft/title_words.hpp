// The words a title is made of (private to the draft stage): node_titles.cpp reads a
// statement into them, title_frames.cpp finds the frame around its point.
#pragma once

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace warrant::draft {

struct TitleWord {
    std::string text, lower;
    bool comma_after = false, break_after = false;  // break: ; : . ! ? or a dash
    std::size_t end = 0;                            // the byte after it in the text read
};

// The words of `text` as a title reads them: a word runs on over an apostrophe (straight or
// curly: "Ishiguro’s" is "Ishiguro's"), a hyphen between letters or a decimal point between
// digits; an initial's full stop breaks no clause; what stands inside parentheses (a citation,
// an aside) is left out.
std::vector<TitleWord> words_of(std::string_view text);

inline bool one_of(const std::string& lower, std::initializer_list<std::string_view> options) {
    return std::find(options.begin(), options.end(), lower) != options.end();
}

// A finite auxiliary or modal ("is", "have", "did", "can", "must"): the verb that follows a
// subject, or that a subject follows in a question.
inline bool auxiliary(const std::string& lower) {
    return one_of(lower, {"is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "will", "would", "can",
                          "could", "should", "may", "might", "must"});
}

}  // namespace warrant::draft
