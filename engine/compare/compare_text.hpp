// The words of a class's maps as weighted stems: what compare's text similarity works on
// (private to the engine; the method is documented in include/warrant/compare.hpp).
#pragma once

#include "warrant/model.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace warrant::grading {

// A sparse TF-IDF vector: (term id, weight) sorted by term id, of unit length (or empty).
using TermVector = std::vector<std::pair<std::uint32_t, double>>;

double cosine(const TermVector& a, const TermVector& b);

// A node's texts joined, without the #tags written in them (a tag is markup, not content).
std::string plain_text(const Node& node);

// Lowercase Snowball (English) stems of the words of `text`, stop words dropped, in order.
std::vector<std::string> stems_of(std::string_view text);

// Every node of every map of a class, stemmed once and weighted by inverse document
// frequency over all of them (a node is a document), so a word that every map uses weighs
// little. Vectors are indexed [map][vertex].
class ClassVocabulary {
public:
    explicit ClassVocabulary(const std::vector<const ArgumentMap*>& maps);

    // Title and texts together: what matching compares.
    const TermVector& whole(std::size_t map, Vertex v) const { return whole_[map][v]; }
    // The texts alone (the title when there is none): what fidelity compares, so that a
    // copied title does not pass for a stated claim.
    const TermVector& content(std::size_t map, Vertex v) const { return content_[map][v]; }

private:
    std::vector<std::vector<TermVector>> whole_;
    std::vector<std::vector<TermVector>> content_;
};

}  // namespace warrant::grading
