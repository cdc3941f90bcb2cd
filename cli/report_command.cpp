// warrant report MAP [-o FILE.html] [--title TEXT]
#include "command_line.hpp"
#include "commands.hpp"
#include "exit_codes.hpp"
#include "input_output.hpp"

#include "warrant/report.hpp"

#include <cxxopts.hpp>
#include <iostream>

namespace warrant::cli {

int run_report(int argc, char** argv) {
    cxxopts::Options options(argv[0], "Write a self-contained HTML class report of a map (summary, map, findings, critical questions).");
    options.add_options()
        ("title", "page heading (default: the front matter's title, else the file name)", cxxopts::value<std::string>()->default_value(""));
    add_output_option(options);
    const ParsedCommandLine parsed = parse_command_line(options, argc, argv);
    if (parsed.exit_code) return *parsed.exit_code;
    const cxxopts::ParseResult& args = parsed.args;
    LoadResult loaded = load_and_report(args["input"].as<std::string>());
    if (exit_code(loaded) != kExitOk) return exit_code(loaded);

    const ReportInputs inputs = report_inputs(loaded, ReportOptions{args["title"].as<std::string>()});
    for (const std::string& note : inputs.notes) std::cerr << "warrant report: " << note << "\n";
    write_output(args["output"].as<std::string>(), render_html_report(inputs));
    return 0;
}

}  // namespace warrant::cli
