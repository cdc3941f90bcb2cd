// Writers and readers of other formats, and the one way warrant writes a file.
//
// Threads: readers and writers only read their inputs and may run on several threads at once
// (batch mode does); two threads must not write_file_atomically() the same path.
#pragma once

#include "warrant/model.hpp"
#include "warrant/parse.hpp"

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace warrant {

// Our own documented JSON schema (README, "JSON schema"): nodes, edges, sections, poles,
// sources. Deterministic: same map, same bytes.
std::string export_json(const ArgumentMap& map);
// The same bytes, streamed: a large map's export is never held in memory whole.
void export_json(const ArgumentMap& map, std::ostream& out);

// Argdown's own JSON shape (as `argdown json` writes it): statements (equivalence classes),
// arguments, relations, sections and tags.
std::string export_argdown_json(const ArgumentMap& map);

// Argdown text that Argdown 1.7 parses back into the same map: front matter (poles,
// bibliography), statements with tags and {metadata}, arguments with their premise-conclusion
// structures, and every other relation as a relation tree (README, "Other formats").
std::string export_argdown(const ArgumentMap& map);

// AIF JSON as OVA and AIFdb write it: I-nodes for statements, RA/CA/MA nodes for relations,
// with `nodes`, `edges` and `locutions` (README, "AIF").
std::string export_aif(const ArgumentMap& map);

// GraphML (Boost's write_graphml): every node with kind, title, text, pole, source, page;
// every edge with its kind.
std::string export_graphml(const ArgumentMap& map);

// The readers besides Argdown. Like parse_argdown(), they never throw on bad input: problems
// come back as diagnostics with line:column, and the graph is typed by the same rules.
LoadResult read_microtexts(std::string xml, std::string file_name);  // arggraph XML
LoadResult read_aif(std::string json, std::string file_name);        // AIF JSON (OVA, AIFdb)
// brat standoff (.ann) with the text it annotates (the .txt beside it; nullopt when missing):
// AAE2 essays, AbstRCT abstracts. See docs/brat.md for how several major claims join.
LoadResult read_brat(std::string ann, std::optional<std::string> text, std::string file_name);
// CDCP (NNNNN.ann.json, Niculae et al.'s preprocessing of Park & Cardie's eRulemaking corpus)
// with the .txt its offsets index (nullopt when missing: an error, the texts are only there).
// See docs/brat.md, "CDCP".
LoadResult read_cdcp(std::string json, std::optional<std::string> text, std::string file_name);

enum class InputFormat { Argdown, Aif, Microtexts, Brat, Cdcp };
std::string_view to_string(InputFormat format);                      // "argdown", "aif", "microtexts", "brat", "cdcp"
std::optional<InputFormat> input_format_from_string(std::string_view name);
// By extension: .argdown/.ad/.md -> Argdown, .xml -> microtexts, .ann.json -> CDCP, any other
// .json -> AIF, .ann -> brat; otherwise none.
std::optional<InputFormat> input_format_for_path(std::string_view path);

// Reads a file in the given format (load_file() chooses by extension and content instead).
LoadResult load_file_as(const std::string& path, InputFormat format, const ParseLimits& limits = {});

// The writers by name, for the command line and batch mode.
enum class OutputFormat { Argdown, Aif, GraphML, Json, ArgdownJson };
std::string_view to_string(OutputFormat format);   // "argdown", "aif", "graphml", "json", "argdown-json"
std::optional<OutputFormat> output_format_from_string(std::string_view name);
std::string_view file_extension(OutputFormat format);  // ".argdown", ".aif.json", ".graphml", ...
std::string export_as(const ArgumentMap& map, OutputFormat format);

// Writes `contents` to a temporary file beside `path` and renames it over `path`, so a
// failure never leaves half a file and never touches a previous one. Throws
// std::runtime_error with the reason on failure.
void write_file_atomically(const std::string& path, std::string_view contents);
// The same for output written as a stream: `write` fills the temporary file; an exception
// from it, or a stream that fails, leaves `path` untouched.
void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace warrant
