// Evaluating a map under a formal semantics: what `warrant eval` prints, as a value.
//
// The map's framework (derive_framework, Dung or bipolar mode) is evaluated and each argument
// gets a verdict by its title:
//   grounded                          its label, IN / OUT / UNDEC
//   complete, preferred, stable,      "accepted" (in every extension), "credulous" (in some,
//   semi-stable                       not all) or "rejected" (in none); "none" for every node
//                                     when stable semantics has no extension at all
//   h-categoriser, df-quad            its strength in [0, 1]
// Optionally every extension (up to a limit) and a grounded explanation of one node.
//
// Threads: each call builds its own framework and solver: safe from several threads at once.
#pragma once

#include "warrant/semantics.hpp"

#include <optional>
#include <string>
#include <vector>

namespace warrant {

struct EvaluationOptions {
    std::string semantics = "grounded";  // one of evaluation_semantics()
    bool bipolar = false;                // derive_framework in FrameworkMode::Bipolar
    bool all_extensions = false;
    std::size_t extension_limit = 10000;
    std::string explain;                 // a node title ("[T]"/"<T>" to choose), or empty
    int explain_depth = 6;
};

// "grounded", "complete", "preferred", "stable", "semi-stable", "h-categoriser", "df-quad".
const std::vector<std::string>& evaluation_semantics();

struct NodeVerdict {
    std::string name;        // the framework's name: the title, "<T>" when a statement shares it
    NodeKind kind = NodeKind::Claim;
    std::string verdict;     // label or acceptance status; empty for gradual semantics
    double strength = 0;     // gradual semantics only
};

struct MapEvaluation {
    std::string semantics;
    bool bipolar = false;
    std::size_t attack_count = 0;
    std::vector<NodeVerdict> nodes;                      // in graph order
    std::vector<std::vector<std::string>> extensions;    // with all_extensions, sorted
    bool extensions_truncated = false;
    bool gradual = false;
    int iterations = 0;                                  // gradual: sweeps run
    bool converged = true;                               // gradual: tolerance reached
    std::vector<std::string> explanation;                // grounded dialogue for `explain`
    std::string error;                                   // unknown semantics or node: usage error
};

MapEvaluation evaluate_map(const ArgumentMap& map, const EvaluationOptions& options);

// Text for people, JSON for programs; both deterministic.
std::string evaluation_text(const MapEvaluation& evaluation);
std::string evaluation_json(const MapEvaluation& evaluation);

}  // namespace warrant
