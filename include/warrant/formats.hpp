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

// Kialo Edu's plain-text export of a discussion ("Discussion Title: ...", then numbered
// claims "1.", "1.1. Pro: ...", "1.1.2. Con: ...", links "-> See 1.2."): the thesis, its
// supports and attacks, a link as one more relation from the claim it names. See
// docs/formats.md, "Kialo". Errors (E037) at line:column.
LoadResult read_kialo(std::string text, std::string file_name);
// The same format back: a Kialo file reads and writes back unchanged.
std::string export_kialo(const ArgumentMap& map);

// Essay: prose (an essay's .txt, a Markdown essay), drafted into a map by warrant draft's model
// (warrant/draft.hpp, read_essay()); its findings point at the essay's sentences.
enum class InputFormat { Argdown, Aif, Microtexts, Brat, Cdcp, Essay, Kialo };
std::string_view to_string(InputFormat format);  // "argdown", "aif", "microtexts", "brat", "cdcp", "essay", "kialo"
std::optional<InputFormat> input_format_from_string(std::string_view name);
// By extension: .argdown/.ad/.md -> Argdown, .xml -> microtexts, .ann.json -> CDCP, any other
// .json -> AIF, .ann -> brat, .kialo.txt -> Kialo, any other .txt -> essay; otherwise none.
// (load_file() reads a .md without ```argdown blocks as an essay: that takes its content.)
std::optional<InputFormat> input_format_for_path(std::string_view path);

// A Markdown note's Argdown: the text of its ```argdown (and ```argdown-map) fenced blocks with
// every other line blanked, so that lines and columns stay the note's own; nullopt when the
// note has no such block.
std::optional<std::string> argdown_blocks_of_markdown(std::string_view markdown);

// Reads a file in the given format (load_file() chooses by extension and content instead). As
// Argdown, a .md file with ```argdown blocks gives the map of its blocks (all of them, one map).
LoadResult load_file_as(const std::string& path, InputFormat format, const ParseLimits& limits = {});

// The text of a document an editor holds, read as load_file() reads a file of that name: a
// .txt as an essay, a .md by its ```argdown blocks (an essay without them), anything else as
// Argdown (no @include is expanded: the editor shows the file it has).
LoadResult parse_document(std::string text, const std::string& path, const ParseLimits& limits = {});

// The writers by name, for the command line and batch mode.
enum class OutputFormat { Argdown, Aif, GraphML, Json, ArgdownJson, Kialo };
std::string_view to_string(OutputFormat format);   // "argdown", "aif", "graphml", "json", "argdown-json", "kialo"
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
