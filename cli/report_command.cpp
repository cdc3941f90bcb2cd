// warrant report MAP [-o FILE.html] [--title TEXT]
#include "command_line.hpp"
#include "commands.hpp"
#include "input_output.hpp"

#include "warrant/render.hpp"
#include "warrant/report.hpp"
#include "warrant/schemes.hpp"

#include <cxxopts.hpp>
#include <iostream>

namespace warrant::cli {

int run_report(int argc, char** argv) {
    cxxopts::Options options(argv[0], "Write a self-contained HTML class report of a map (summary, map, findings, critical questions).");
    options.add_options()
        ("o,output", "output file (default: stdout)", cxxopts::value<std::string>()->default_value("-"))
        ("title", "page heading (default: the thesis)", cxxopts::value<std::string>()->default_value(""));
    const ParsedCommandLine parsed = parse_command_line(options, argc, argv);
    if (parsed.exit_code) return *parsed.exit_code;
    const cxxopts::ParseResult& args = parsed.args;
    LoadResult loaded = load_and_report(args["input"].as<std::string>());
    if (loaded.io_failed) return 2;
    if (loaded.has_errors()) return 1;

    ReportInputs inputs;
    inputs.map = &loaded.map;
    inputs.title = args["title"].as<std::string>();
    inputs.schemes = assess_critical_questions(loaded.map);
    inputs.findings = loaded.diagnostics;
    for (Diagnostic& finding : critical_question_findings(inputs.schemes, loaded.map)) inputs.findings.push_back(std::move(finding));

    RenderOptions drawing;
    drawing.legend = false;  // the report's own badges explain the kinds
    RenderResult svg = render_map(loaded.map, drawing, RenderFormat::Svg);
    for (const std::string& note : svg.notes) std::cerr << "warrant report: " << note << "\n";
    if (svg.ok())
        inputs.svg = std::move(svg.bytes);
    else
        std::cerr << "warrant report: the map could not be drawn (" << svg.error << "); the page lists its nodes instead\n";
    write_output(args["output"].as<std::string>(), render_html_report(inputs));
    return 0;
}

}  // namespace warrant::cli
