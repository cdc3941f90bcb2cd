// JSON inputs read by the readers (private to the engine): a parse failure becomes one
// diagnostic at its line:column, and the elements of a top-level array can be found in the
// text, since a parsed document keeps no positions.
#pragma once

#include "warrant/diagnostic.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warrant::formats {

// The document, or nullopt after adding an error `code` ("malformed JSON: …" at the byte
// where the parser stopped, or "unreadable JSON: …" at 1:1) to `diagnostics`.
std::optional<nlohmann::ordered_json> parse_json_input(std::string_view text, const std::string& file_name, const char* code,
                                                       std::vector<Diagnostic>& diagnostics);

struct ByteRange {
    std::size_t begin = 0, end = 0;  // end exclusive
};

// Where each element of the array under the top-level object's `key` is in `text`, which
// parsed as JSON; empty when there is no such array.
std::vector<ByteRange> top_level_array_elements(std::string_view text, std::string_view key);

}  // namespace warrant::formats
