// A fast path for the commonest inline metadata: one flat YAML flow mapping of short ASCII
// scalars, `{key: value, other: "quoted value"}` (private to the engine).
//
// yaml-cpp costs some 40,000 instructions for `{k: v}`, more than lexing and parsing the
// paragraph around it. This reader accepts only a subset whose meaning is unambiguous and
// declines everything else (nesting, escapes, multi-line text, null-like words, anything
// non-ASCII), which then goes to yaml-cpp: it is a filter in front of the YAML parser, not a
// second YAML parser. tests/unit/model/flow_map_test.cpp checks it against yaml-cpp.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace warrant::model {

// When `yaml` is a flat flow mapping of the simple subset, adds its entries to `out` (later
// keys replace earlier ones, as flatten_yaml() does) and returns true. Otherwise returns false
// and leaves `out` untouched.
bool read_flat_flow_map(std::string_view yaml, std::map<std::string, std::string>& out);

}  // namespace warrant::model
