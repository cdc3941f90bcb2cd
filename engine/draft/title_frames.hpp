// The frame around a statement's point, which its title leaves out (private to the draft
// stage): the writer's own ("I strongly believe that"), someone else's view or finding
// ("Critics of zoology argue that", "Studies have shown that"), or a certainty ("There is no
// doubt that"). A frame that denies or weakens the point is part of it and stays.
#pragma once

#include "draft/title_words.hpp"

#include <cstddef>
#include <vector>

namespace warrant::draft {

// The length of the writer's frame around their point, 0 when the words do not open with one:
// "I (do / strongly / would) believe (that)", "we agree that", "I am convinced that", "it would
// seem to me that", "it is clear that", "it can be argued that", "one could say that". Students
// write these before nearly every claim; a title keeps what they claim.
std::size_t opinion_frame(const std::vector<TitleWord>& words);

}  // namespace warrant::draft
