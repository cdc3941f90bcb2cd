// warrant report MAP [-o FILE.html] [--title TEXT] [--essay ESSAY] [--from FORMAT]
#include "command_line.hpp"
#include "commands.hpp"
#include "exit_codes.hpp"
#include "input_output.hpp"

#include "warrant/report.hpp"

#include <cxxopts.hpp>
#include <fstream>
#include <iostream>
#include <sstream>

namespace warrant::cli {

int run_report(int argc, char** argv) {
    cxxopts::Options options(argv[0], "Write a self-contained HTML class report of a map (summary, map, findings, critical questions).");
    options.add_options()
        ("title", "page heading (default: the front matter's title, else the file name)", cxxopts::value<std::string>()->default_value(""))
        ("essay", "the essay a saved draft was made from: shown beside the map, its parts marked", cxxopts::value<std::string>());
    add_output_option(options);
    add_from_option(options);
    const ParsedCommandLine parsed = parse_command_line(options, argc, argv);
    if (parsed.exit_code) return *parsed.exit_code;
    const cxxopts::ParseResult& args = parsed.args;
    std::optional<InputFormat> from;
    if (!read_from_option(args, "warrant report", from)) return 2;
    LoadResult loaded = load_and_report(args["input"].as<std::string>(), from);
    if (exit_code(loaded) != kExitOk) return exit_code(loaded);

    std::string essay;
    if (args.count("essay")) {
        const std::string path = args["essay"].as<std::string>();
        std::ifstream in(path, std::ios::binary);
        std::ostringstream text;
        if (!(in && text << in.rdbuf())) {
            std::cerr << "warrant report: cannot read the essay '" << path << "'\n";
            return 2;
        }
        essay = text.str();
    }
    ReportOptions report_options{args["title"].as<std::string>()};
    report_options.essay = essay;
    const ReportInputs inputs = report_inputs(loaded, report_options);
    for (const std::string& note : inputs.notes) std::cerr << "warrant report: " << note << "\n";
    write_output(args["output"].as<std::string>(), render_html_report(inputs));
    return 0;
}

}  // namespace warrant::cli
