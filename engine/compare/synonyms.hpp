// Synonyms from WordNet (Princeton WordNet 3.0, Debian's wordnet and wordnet-dev): what lets
// compare see that "pupils" and "students", or "marks" and "grades", say the same thing.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace warrant::grading {

// The single-word lemmas that share one of the most frequent senses of `word` (a lowercase
// word as written: "crashes" is looked up as "crash"), each noun, verb, adjective and adverb
// sense of it; the word's own forms left out. Empty when WordNet does not know the word or its
// data is not installed (words then count through their stems alone). Thread-safe, memoized.
const std::vector<std::string>& synonyms_of(const std::string& word);

}  // namespace warrant::grading
