#include "input_output.hpp"

#include "warrant/formats.hpp"
#include "warrant/line_index.hpp"

#include <cstdlib>
#include <iostream>
#include <unistd.h>

namespace warrant::cli {

bool use_color(int fd) { return std::getenv("NO_COLOR") == nullptr && isatty(fd); }

void print_diagnostics(const LoadResult& loaded, const std::vector<Diagnostic>& diagnostics, std::ostream& out) {
    const bool color = use_color();
    write_diagnostics(out, diagnostics, LineIndex(loaded.source_text), color);
}

LoadResult load_and_report(const std::string& path, std::optional<InputFormat> format) {
    LoadResult loaded = format ? load_file_as(path, *format) : load_file(path);
    print_diagnostics(loaded, loaded.diagnostics, std::cerr);
    return loaded;
}

void print_batch_diagnostics(const std::vector<BatchResult>& results, const std::vector<Diagnostic>& input_problems) {
    const bool color = use_color();
    for (const Diagnostic& problem : input_problems) std::cerr << format_diagnostic(problem, {}, color);
    for (const BatchResult& result : results)
        write_diagnostics(std::cerr, result.all_diagnostics(), LineIndex(result.loaded.source_text), color);
}

int jobs_option(int requested) { return requested < 1 ? 1 : requested; }

void write_output(const std::string& output_path, std::string_view contents) {
    write_output(output_path, [&](std::ostream& out) { out.write(contents.data(), static_cast<std::streamsize>(contents.size())); });
}

void write_output(const std::string& output_path, const std::function<void(std::ostream&)>& write) {
    if (output_path.empty() || output_path == "-") {
        write(std::cout);
        std::cout.flush();
        return;
    }
    write_file_atomically(output_path, write);
}

}  // namespace warrant::cli
