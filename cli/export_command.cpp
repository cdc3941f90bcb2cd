// warrant export MAP [--format json|argdown-json] [-o FILE]
#include "command_line.hpp"
#include "commands.hpp"
#include "input_output.hpp"

#include "warrant/formats.hpp"

#include <cxxopts.hpp>
#include <iostream>

namespace warrant::cli {

int run_export(int argc, char** argv) {
    cxxopts::Options options(argv[0], "Write the typed graph of a map.");
    options.add_options()
        ("f,format", "json (warrant's schema) or argdown-json (Argdown's shape)", cxxopts::value<std::string>()->default_value("json"))
        ("o,output", "output file (default: stdout)", cxxopts::value<std::string>()->default_value("-"));
    const ParsedCommandLine parsed = parse_command_line(options, argc, argv);
    if (parsed.exit_code) return *parsed.exit_code;
    const cxxopts::ParseResult& args = parsed.args;
    const std::string format = args["format"].as<std::string>();
    if (format != "json" && format != "argdown-json") {
        std::cerr << "warrant export: unknown format '" << format << "' (json, argdown-json)\n";
        return 2;
    }
    LoadResult loaded = load_and_report(args["input"].as<std::string>());
    if (loaded.io_failed) return 2;
    if (loaded.has_errors()) return 1;
    write_output(args["output"].as<std::string>(),
                 format == "json" ? export_json(loaded.map) : export_argdown_json(loaded.map));
    return 0;
}

}  // namespace warrant::cli
