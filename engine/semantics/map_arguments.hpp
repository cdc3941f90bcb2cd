// Which nodes of a map are arguments of its framework, and their names (private to the engine).
#pragma once

#include "warrant/semantics.hpp"

#include <limits>
#include <string>
#include <vector>

namespace warrant::semantics {

constexpr ArgumentId kNotAnArgument = std::numeric_limits<ArgumentId>::max();

struct MapArguments {
    std::vector<Vertex> vertices;      // argument -> vertex, in vertex order
    std::vector<ArgumentId> argument;  // vertex -> argument, or kNotAnArgument (sources)
    std::vector<std::string> names;    // titles; "<T>" for an argument whose title a statement has
};

MapArguments map_arguments(const ArgumentMap& map);

// Support in the bipolar sense: Support/Entails edges and the premise -> argument ->
// conclusion chain of a premise-conclusion structure.
bool is_bipolar_support(EdgeKind kind);

}  // namespace warrant::semantics
