// What every subcommand does at its edges: load inputs and print their diagnostics, write
// results to stdout or atomically to a file. No analysis happens here.
#pragma once

#include "warrant/batch.hpp"
#include "warrant/parse.hpp"

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace warrant::cli {

// True when `fd` (stderr by default) is a terminal and NO_COLOR is unset.
bool use_color(int fd = 2);

// Loads one map and prints its load diagnostics to stderr.
LoadResult load_and_report(const std::string& path);

void print_diagnostics(const LoadResult& loaded, const std::vector<Diagnostic>& diagnostics, std::ostream& out);

// Prints every file's diagnostics to stderr, file by file in input order.
void print_batch_diagnostics(const std::vector<BatchResult>& results, const std::vector<Diagnostic>& input_problems);

// --jobs N: at least 1.
int jobs_option(int requested);

// Writes to `output_path` atomically, or to stdout when it is empty or "-".
void write_output(const std::string& output_path, std::string_view contents);

}  // namespace warrant::cli
