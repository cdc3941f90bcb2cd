// Writers and readers of other formats, and the one way warrant writes a file.
#pragma once

#include "warrant/model.hpp"

#include <string>
#include <string_view>

namespace warrant {

// Our own documented JSON schema (README, "JSON schema"): nodes, edges, sections, poles,
// sources. Deterministic: same map, same bytes.
std::string export_json(const ArgumentMap& map);

// Argdown's own JSON shape (as `argdown json` writes it): statements (equivalence classes),
// arguments, relations, sections and tags.
std::string export_argdown_json(const ArgumentMap& map);

// Writes `contents` to a temporary file beside `path` and renames it over `path`, so a
// failure never leaves half a file and never touches a previous one. Throws
// std::runtime_error with the reason on failure.
void write_file_atomically(const std::string& path, std::string_view contents);

}  // namespace warrant
