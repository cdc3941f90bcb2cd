// warrant's JSON schema written into a larger document (private to the engine), for writers
// that embed a map (export --format jsonl) instead of printing it alone.
#pragma once

#include "formats/json_writer.hpp"
#include "warrant/model.hpp"

namespace warrant::formats {

// Writes the map as one JSON object value at the writer's current position.
void write_map_json(JsonWriter& json, const ArgumentMap& map);

}  // namespace warrant::formats
