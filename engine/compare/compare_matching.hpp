// Matching a student's nodes to a reference's (private to the engine; the method is
// documented in include/warrant/compare.hpp).
#pragma once

#include "compare/compare_text.hpp"
#include "warrant/compare.hpp"

#include <optional>
#include <vector>

namespace warrant::grading {

// What a node is graded as. Sources are not graded (citations are graded through evidence).
enum class NodeCategory { Claim, Evidence, Argument, Source };
NodeCategory category_of(NodeKind kind);

struct NodeMatching {
    std::vector<std::optional<Vertex>> student_of;    // indexed by reference vertex
    std::vector<std::optional<Vertex>> reference_of;  // indexed by student vertex
    std::vector<NodeMatch> matches;                   // reference vertex order
    std::vector<double> fidelity;                     // by reference vertex; 0 when unmatched
    // How surely the pair is the same point (0..1): 1 for a citation to the same pages or the
    // thesis with the thesis, else by fidelity and the neighbours' support. Relations between
    // unsure pairs earn little.
    std::vector<double> confidence;                   // by reference vertex; 0 when unmatched
};

// Same source key and same page ("3 – 4" and "3-4" are the same page range).
bool same_citation(const Node& a, const Node& b);
// Same source key and pages at most two apart (or overlapping ranges).
bool near_citation(const Node& a, const Node& b);

// `student_map` and `reference_map` index the two maps in `words`.
NodeMatching match_nodes(const ArgumentMap& student, const ArgumentMap& reference, const ClassVocabulary& words,
                         std::size_t student_map, std::size_t reference_map);

}  // namespace warrant::grading
