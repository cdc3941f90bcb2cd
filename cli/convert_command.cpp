// warrant convert INPUT... [--from argdown|aif|microtexts|brat|cdcp] --to FORMAT [-o FILE | --out-dir DIR] [--jobs N]
#include "command_line.hpp"
#include "commands.hpp"
#include "exit_codes.hpp"
#include "input_output.hpp"

#include "warrant/batch.hpp"
#include "warrant/formats.hpp"

#include <cxxopts.hpp>
#include <filesystem>
#include <iostream>

namespace warrant::cli {
namespace {

std::string output_path_in(const std::string& directory, const std::string& input, OutputFormat format) {
    std::filesystem::path name = std::filesystem::path(input).filename();
    // "a.aif.json" -> "a": drop every extension, so a converted file never keeps the old one.
    while (name.has_extension()) name = name.stem();
    return (std::filesystem::path(directory) / (name.string() + std::string(file_extension(format)))).string();
}

}  // namespace

int run_convert(int argc, char** argv) {
    cxxopts::Options options(argv[0], "Convert maps between Argdown, AIF, microtext XML, GraphML and JSON.");
    options.add_options()("to", "output format: argdown, aif, graphml, json or argdown-json",
                          cxxopts::value<std::string>());
    add_output_option(options, "output file, for one input (default: stdout)");
    add_out_dir_option(options, "directory for one output per input (NAME + the format's extension)");
    const ParsedCommandLine parsed =
        parse_batch_command_line(options, argc, argv, "files converted in parallel", "INPUT...");
    if (parsed.exit_code) return *parsed.exit_code;
    const cxxopts::ParseResult& args = parsed.args;
    std::optional<OutputFormat> to = args.count("to") ? output_format_from_string(args["to"].as<std::string>()) : std::nullopt;
    if (!to) {
        std::cerr << "warrant convert: name the inputs and --to argdown|aif|graphml|json|argdown-json\n";
        return 2;
    }
    BatchOptions batch;
    batch.jobs = jobs_option(args["jobs"].as<int>());
    if (!read_from_option(args, "warrant convert", batch.format)) return 2;
    std::vector<Diagnostic> problems;
    const std::vector<std::string> files = expand_inputs(args["inputs"].as<std::vector<std::string>>(), problems, batch.format);
    const std::string out_dir = args.count("out-dir") ? args["out-dir"].as<std::string>() : "";
    if (out_dir.empty() && files.size() > 1) {
        std::cerr << "warrant convert: " << files.size() << " inputs need --out-dir DIR\n";
        return 2;
    }
    if (!out_dir.empty()) std::filesystem::create_directories(out_dir);
    std::vector<BatchResult> results = run_batch(files, batch, [&](BatchResult& result) {
        result.output = export_as(result.loaded.map, *to);
        if (!out_dir.empty()) write_file_atomically(output_path_in(out_dir, result.file, *to), result.output);
    });
    print_batch_diagnostics(results, problems);
    if (out_dir.empty() && results.size() == 1 && results[0].outcome == FileOutcome::Ok)
        write_output(args["output"].as<std::string>(), results[0].output);
    return exit_code(results, problems);
}

}  // namespace warrant::cli
