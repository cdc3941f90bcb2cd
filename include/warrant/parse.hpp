// Loading maps: text in, typed graph and diagnostics out.
//
// parse_argdown() runs the whole front of the pipeline: the Argdown lexer and parser
// (engine/syntax) build a syntax tree, the model builder (engine/model) turns it into the
// graph, and typing assigns node kinds, poles, sources and pages from tags and metadata.
// Errors never throw: they come back as diagnostics, and parsing recovers to report them all.
//
// Threads: loads may run on several threads at once (batch mode does); each runs its lexer on a
// thread of its own beside the parser.
#pragma once

#include "warrant/diagnostic.hpp"
#include "warrant/model.hpp"
#include "warrant/parse_limits.hpp"

#include <string>
#include <vector>

namespace warrant {

struct LoadResult {
    ArgumentMap map;
    std::vector<Diagnostic> diagnostics;  // parse errors and typing warnings, in file order
    std::string source_text;              // the input, for printing source lines under findings
    bool io_failed = false;               // the file could not be read at all (exit code 2)

    bool has_errors() const { return io_failed || has_severity_at_least(diagnostics, Severity::Error); }
};

LoadResult parse_argdown(std::string text, std::string file_name, const ParseLimits& limits = {});

// Reads a file and parses it by its extension: .argdown, .ad and .md as Argdown, .xml as an
// argumentative-microtext graph, .json as AIF when it has AIF's `nodes` and `edges` (the
// readers live in engine/formats, see formats.hpp). Other extensions are read as Argdown.
// A missing file, a directory or an unreadable file sets
// io_failed with an E000 diagnostic.
LoadResult load_file(const std::string& path, const ParseLimits& limits = {});

}  // namespace warrant
