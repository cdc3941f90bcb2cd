// What every subcommand does at its edges: load inputs and print their diagnostics, write
// results to stdout or atomically to a file. No analysis happens here.
#pragma once

#include "warrant/batch.hpp"
#include "warrant/parse.hpp"

#include <functional>
#include <iosfwd>
#include <memory>
#include <type_traits>
#include <string>
#include <string_view>
#include <vector>

namespace warrant::cli {

// True when `fd` (stderr by default) is a terminal and NO_COLOR is unset.
bool use_color(int fd = 2);

// Loads one map (with `format`, by that reader, as --from asks) and prints its load
// diagnostics to stderr.
LoadResult load_and_report(const std::string& path, std::optional<InputFormat> format = std::nullopt);

void print_diagnostics(const LoadResult& loaded, const std::vector<Diagnostic>& diagnostics, std::ostream& out);

// Prints every file's diagnostics to stderr, file by file in input order.
void print_batch_diagnostics(const std::vector<BatchResult>& results, const std::vector<Diagnostic>& input_problems);

// Hands `value` over to live until the process exits, never destroyed. The CLI exits right
// after a command, and freeing a large map node by node (a tenth of checking a 200k-statement
// map) buys nothing: the system reclaims it at once, as compilers do (clang's -disable-free).
// The holder stays reachable, so leak checkers stay quiet.
template <typename T>
void keep_until_exit(T&& value) {
    static auto* const kept = new std::vector<std::shared_ptr<void>>();
    kept->push_back(std::make_shared<std::decay_t<T>>(std::forward<T>(value)));
}

// --jobs N: at least 1.
int jobs_option(int requested);

// Writes to `output_path` atomically, or to stdout when it is empty or "-".
void write_output(const std::string& output_path, std::string_view contents);
// The same for output that is written as a stream (a large export is never held whole).
void write_output(const std::string& output_path, const std::function<void(std::ostream&)>& write);

}  // namespace warrant::cli
