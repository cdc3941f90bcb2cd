// Flattened YAML (front matter and {metadata} keep "a.b.0" keys) back to YAML text (private to
// the engine), written by yaml-cpp so quoting is always right.
#pragma once

#include "warrant/model.hpp"

#include <map>
#include <string>

namespace warrant::formats {

// The map's front matter as block YAML, with `poles` and `sources` added from the map when the
// front matter does not already carry them. Empty when there is nothing to write.
std::string front_matter_yaml(const ArgumentMap& map);

// Inline metadata as a YAML flow mapping: {kind: thesis, source: atwood}.
std::string flow_metadata(const std::map<std::string, std::string>& flat);

}  // namespace warrant::formats
