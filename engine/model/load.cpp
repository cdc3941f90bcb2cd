// The public loading API: read a file, parse, build and type the graph.
#include "model/build_graph.hpp"
#include "model/typing.hpp"
#include "syntax/parser.hpp"
#include "warrant/parse.hpp"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace warrant {
namespace {

LoadResult io_failure(const std::string& path, std::string message) {
    LoadResult result;
    result.io_failed = true;
    result.map.file = path;
    result.diagnostics.push_back({Severity::Error, "E000", std::move(message), SourceSpan{path}, {}});
    return result;
}

}  // namespace

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
#if defined(__GLIBC__)
    // The syntax tree and the tokens were hundreds of thousands of small blocks; glibc keeps
    // their freed pages in the process (20 MB of the 200k-node map) unless asked to return
    // them. Whatever runs next (an export of ~100 MB) then starts from a smaller footprint.
    malloc_trim(0);
#endif
    result.source_text = std::move(text);
    return result;
}

LoadResult load_file(const std::string& path, const ParseLimits& limits) {
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status)) return io_failure(path, "cannot open '" + path + "': no such file");
    if (std::filesystem::is_directory(status)) return io_failure(path, "'" + path + "' is a directory, not a map");
    if (std::filesystem::is_regular_file(status) && std::filesystem::file_size(path, error) > limits.max_bytes)
        return io_failure(path, "'" + path + "' is larger than the input limit of " +
                                    std::to_string(limits.max_bytes >> 20) + " MiB");
    std::ifstream in(path, std::ios::binary);
    if (!in) return io_failure(path, "cannot read '" + path + "'");
    // Read in bounded chunks: a FIFO or device has no size to check up front.
    std::string text;
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (text.size() > limits.max_bytes)
            return io_failure(path, "'" + path + "' is larger than the input limit of " +
                                        std::to_string(limits.max_bytes >> 20) + " MiB");
    }
    if (in.bad()) return io_failure(path, "error while reading '" + path + "'");
    return parse_argdown(std::move(text), path, limits);
}

}  // namespace warrant
