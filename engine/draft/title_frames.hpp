// The frame around a statement's point, which its title leaves out, and the drafted statement
// too when it ends at "that" (private to the draft stage): the writer's own ("I strongly believe that"), someone else's view or finding
// ("Critics of zoology argue that", "Studies have shown that"), or a certainty ("There is no
// doubt that"). A frame that denies or weakens the point is part of it and stays.
#pragma once

#include "draft/title_words.hpp"
#include "draft/tokens.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace warrant::draft {

// The length of the writer's frame around their point, 0 when the words do not open with one:
// "I (do / strongly / would) believe (that)", "we agree that", "I am convinced that", "it would
// seem to me that", "it is clear that", "it can be argued that", "one could say that". Students
// write these before nearly every claim; a title keeps what they claim.
std::size_t opinion_frame(const std::vector<TitleWord>& words);

// Where the point of the statement of tokens [first, last) starts after the frame around it
// (opinion_frame, ending at its "that": "It is a well-known fact that", "critics of zoology
// argue that", "some people claim that", and a comma after it); `first` when it opens with
// none.
// `text` is what the tokens' byte ranges point into; its words are read as a title reads them
// (words_of).
std::size_t after_frame(std::string_view text, const std::vector<Token>& tokens, std::size_t first, std::size_t last);

}  // namespace warrant::draft
