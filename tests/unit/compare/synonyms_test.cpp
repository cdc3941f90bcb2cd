// WordNet synonyms (engine/compare/synonyms.cpp) and what they do to compare's similarity.
#include "compare/synonyms.hpp"
#include "warrant/compare.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using warrant::grading::synonyms_of;

namespace {

bool has(const std::vector<std::string>& words, const char* word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace

TEST_CASE("WordNet gives a word's synonyms from its usual senses, inflected forms looked up by their base") {
    CHECK(has(synonyms_of("pupils"), "student"));
    CHECK(has(synonyms_of("marks"), "grade"));
    CHECK(has(synonyms_of("cars"), "automobile"));
    CHECK(has(synonyms_of("improve"), "ameliorate"));
    CHECK_FALSE(has(synonyms_of("pupils"), "pupils"));
    CHECK(synonyms_of("kalitosmens").empty());
    CHECK_FALSE(has(synonyms_of("disrupt"), "break_up"));  // a multi-word lemma matches no single word
}

TEST_CASE("synonyms make a paraphrase in other words similar to what it restates") {
    const double with_synonyms = warrant::text_similarity("Pupils get better marks", "Students get better grades");
    const double unrelated = warrant::text_similarity("Pupils get better marks", "Buses run late in winter");
    CHECK(with_synonyms > 0.3);
    CHECK(unrelated == doctest::Approx(0.0));
}
