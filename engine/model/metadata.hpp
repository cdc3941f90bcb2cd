// YAML metadata (front matter and inline {...}) flattened into "a.b" -> scalar strings
// (private to the engine). Nested mappings join keys with '.', sequence items use their index
// ("list.0", "list.1"), null values become "". Later values replace earlier ones, so merging
// two flattened maps key by key is a deep merge.
#pragma once

#include "warrant/diagnostic.hpp"

#include <map>
#include <string>
#include <string_view>

namespace warrant::model {

// Parses `yaml` and adds its flattened entries to `out`. On invalid YAML returns false and
// fills `error` with the parser's message and `error_line` with the 0-based line in `yaml`.
bool flatten_yaml(std::string_view yaml, std::map<std::string, std::string>& out, std::string& error, int& error_line);

}  // namespace warrant::model
