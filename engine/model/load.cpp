// Argdown text in, typed graph out. Reading files (and choosing a reader by extension) is
// load_file(), in engine/pipeline/load_file.cpp, above every reader.
#include "model/build_graph.hpp"
#include "model/typing.hpp"
#include "syntax/parser.hpp"
#include "warrant/parse.hpp"

namespace warrant {

LoadResult parse_argdown(std::string text, std::string file_name, const ParseLimits& limits) {
    LoadResult result;
    result.map.file = file_name;
    if (text.size() > limits.max_bytes) {
        result.diagnostics.push_back({Severity::Error, "E002",
                                      "input is " + std::to_string(text.size() >> 20) + " MiB, over the limit of " +
                                          std::to_string(limits.max_bytes >> 20) + " MiB",
                                      SourceSpan{file_name, 1, 1, 1, 1}, {}});
        return result;
    }
    syntax::SyntaxTree tree = syntax::parse(text, file_name, limits, result.diagnostics);
    model::build_graph(std::move(tree), result.map, result.diagnostics);
    model::assign_types(result.map, result.diagnostics);
    result.source_text = std::move(text);
    return result;
}

}  // namespace warrant
