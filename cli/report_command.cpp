// warrant report MAP -o FILE.html
#include "commands.hpp"
#include "input_output.hpp"

#include "warrant/report.hpp"
#include "warrant/schemes.hpp"

#include <cxxopts.hpp>
#include <iostream>

namespace warrant::cli {

int run_report(int argc, char** argv) {
    cxxopts::Options options(argv[0], "Write a self-contained HTML class report of a map (summary, map, findings, critical questions).");
    options.add_options()
        ("o,output", "output file (default: stdout)", cxxopts::value<std::string>()->default_value("-"))
        ("title", "page heading (default: the thesis)", cxxopts::value<std::string>()->default_value(""))
        ("h,help", "show this help")
        ("input", "the map", cxxopts::value<std::string>());
    options.parse_positional({"input"});
    options.positional_help("MAP");
    auto args = options.parse(argc, argv);
    if (args.count("help")) {
        std::cout << options.help();
        return 0;
    }
    if (!args.count("input")) {
        std::cerr << options.help();
        return 2;
    }
    LoadResult loaded = load_and_report(args["input"].as<std::string>());
    if (loaded.io_failed) return 2;
    if (loaded.has_errors()) return 1;

    ReportInputs inputs;
    inputs.map = &loaded.map;
    inputs.title = args["title"].as<std::string>();
    inputs.schemes = assess_critical_questions(loaded.map);
    inputs.findings = loaded.diagnostics;
    for (Diagnostic& finding : critical_question_findings(inputs.schemes, loaded.map)) inputs.findings.push_back(std::move(finding));
    write_output(args["output"].as<std::string>(), render_html_report(inputs));
    return 0;
}

}  // namespace warrant::cli
