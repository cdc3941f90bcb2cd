// warrant's JSON schema as a JSON value (private to the engine), for writers that embed a
// map in a larger document (export --format jsonl) instead of printing it alone.
#pragma once

#include "warrant/model.hpp"

#include <nlohmann/json.hpp>

namespace warrant::formats {

nlohmann::ordered_json map_json(const ArgumentMap& map);

}  // namespace warrant::formats
