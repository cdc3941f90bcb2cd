// The Argdown parser's entry point (private to the engine): text -> syntax tree.
//
// The syntax tree (syntax_tree.hpp) keeps what was written, where: front matter, headings,
// statements and arguments with their titles, texts, tags and metadata, relation trees,
// premise-conclusion structures, each with its SourceSpan. It resolves nothing: equivalence
// classes, "Untitled N" numbering and relation types are the model builder's job.
#pragma once

#include "syntax/syntax_tree.hpp"
#include "warrant/diagnostic.hpp"
#include "warrant/parse_limits.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace warrant::syntax {

// Where the lexer runs: on its own thread, a step ahead of the parser (Concurrent), before it
// on the same thread (Sequential), or concurrently from kConcurrentLexingBytes on (BySize): a
// thread costs more than it saves on a small map. The result is the same either way.
enum class Lexing { BySize, Sequential, Concurrent };
inline constexpr std::size_t kConcurrentLexingBytes = std::size_t{256} << 10;

// Never throws on bad input: every problem becomes an Error diagnostic with a span, and the
// parser recovers at the next paragraph to report the rest.
SyntaxTree parse(std::string_view text, const std::string& file_name, const ParseLimits& limits,
                 std::vector<Diagnostic>& diagnostics, Lexing lexing = Lexing::BySize);

}  // namespace warrant::syntax
