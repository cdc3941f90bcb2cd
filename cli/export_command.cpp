// warrant export MAP... [--format json|argdown-json|jsonl] [--from FORMAT] [-o FILE] [--jobs N]
//
// One map: its graph as JSON. Several maps or a directory: --format jsonl, one JSON object per
// file ({file, ok, diagnostics, graph}) in input order; the exit code is the worst file's.
#include "command_line.hpp"
#include "commands.hpp"
#include "exit_codes.hpp"
#include "input_output.hpp"

#include "warrant/batch.hpp"
#include "warrant/formats.hpp"

#include <cxxopts.hpp>
#include <iostream>

namespace warrant::cli {
namespace {

int export_one(const std::string& input, std::optional<InputFormat> from, const std::string& format,
               const std::string& output) {
    LoadResult loaded = load_and_report(input, from);
    if (exit_code(loaded) != kExitOk) return exit_code(loaded);
    if (format == "json")
        write_output(output, [&](std::ostream& out) { export_json(loaded.map, out); });
    else
        write_output(output, export_argdown_json(loaded.map));
    keep_until_exit(std::move(loaded));
    return 0;
}

int export_lines(const std::vector<std::string>& inputs, std::optional<InputFormat> from, int jobs,
                 const std::string& output) {
    std::vector<Diagnostic> problems;
    const std::vector<std::string> files = expand_inputs(inputs, problems, from);
    BatchOptions batch;
    batch.jobs = jobs;
    batch.format = from;
    std::vector<BatchResult> results = run_batch(files, batch, [](BatchResult& result) {
        result.output = batch_record_json(result);
        result.loaded.map = ArgumentMap{};  // the record holds the graph now
    });
    print_batch_diagnostics(results, problems);
    std::string lines;
    for (const BatchResult& result : results) lines += result.output.empty() ? batch_record_json(result) : result.output;
    write_output(output, lines);
    return exit_code(results, problems);
}

}  // namespace

int run_export(int argc, char** argv) {
    cxxopts::Options options(argv[0], "Write the typed graph of a map, or of many maps as JSON lines.");
    add_format_option(options, "json (warrant's schema), argdown-json (Argdown's shape) or jsonl (one line per file)", "json");
    add_output_option(options);
    const ParsedCommandLine parsed =
        parse_batch_command_line(options, argc, argv, "files read in parallel (jsonl)", "MAP...");
    if (parsed.exit_code) return *parsed.exit_code;
    const cxxopts::ParseResult& args = parsed.args;
    const std::optional<std::string> format_choice =
        choice_option(args, "warrant export", "format", {"json", "argdown-json", "jsonl"});
    if (!format_choice) return 2;
    const std::string& format = *format_choice;
    std::optional<InputFormat> from;
    if (!read_from_option(args, "warrant export", from)) return 2;
    const auto inputs = args["inputs"].as<std::vector<std::string>>();
    const std::string output = args["output"].as<std::string>();
    if (format == "jsonl") return export_lines(inputs, from, jobs_option(args["jobs"].as<int>()), output);
    if (inputs.size() != 1) {
        std::cerr << "warrant export: several maps need --format jsonl\n";
        return 2;
    }
    return export_one(inputs.front(), from, format, output);
}

}  // namespace warrant::cli
