// Matching a student's nodes to a reference's (private to the engine; the passes are
// documented in include/warrant/compare.hpp).
#pragma once

#include "warrant/compare.hpp"

#include <optional>
#include <vector>

namespace warrant::analysis {

// What a node is graded as. Sources are not graded (citations are graded through evidence).
enum class NodeCategory { Claim, Evidence, Argument, Source };
NodeCategory category_of(NodeKind kind);

struct NodeMatching {
    std::vector<std::optional<Vertex>> student_of;    // indexed by reference vertex
    std::vector<std::optional<Vertex>> reference_of;  // indexed by student vertex
    std::vector<NodeMatch> matches;                   // reference vertex order
};

// Same source key and same page ("3 – 4" and "3-4" are the same page range).
bool same_citation(const Node& a, const Node& b);

NodeMatching match_nodes(const ArgumentMap& student, const ArgumentMap& reference, double text_threshold);

}  // namespace warrant::analysis
