// The model's one index from a title to its vertex, statements and arguments apart.
#pragma once

#include "warrant/model.hpp"

#include <absl/container/flat_hash_map.h>

#include <string>

namespace warrant {

// Open addressing (abseil's flat map): a node-based map cost an allocation and two cache misses
// a title when loading a large map.
class ArgumentMap::TitleIndex {
public:
    absl::flat_hash_map<std::string, Vertex> statements;
    absl::flat_hash_map<std::string, Vertex> arguments;
};

}  // namespace warrant
