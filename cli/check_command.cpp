// warrant check FILE|DIR... [--format text|json|jsonl] [--fail-on error|warning|note]
//                           [--from argdown|aif|microtexts|brat|cdcp] [--grounded-labels] [--jobs N]
#include "command_line.hpp"
#include "commands.hpp"
#include "exit_codes.hpp"
#include "input_output.hpp"

#include "warrant/analysis.hpp"
#include "warrant/batch.hpp"
#include "warrant/line_index.hpp"

#include <cxxopts.hpp>
#include <iostream>
#include <optional>
#include <unistd.h>

namespace warrant::cli {
namespace {

void print_text(const LoadResult& loaded, const CheckReport& report, bool grounded_labels) {
    // Findings are this command's output: colour them when stdout is a terminal.
    const bool color = use_color(STDOUT_FILENO);
    const LineIndex lines(loaded.source_text);
    write_diagnostics(std::cout, report.findings, lines, color);
    if (!grounded_labels || report.claim_grounding.empty()) return;
    std::cout << report.file << ": claims\n";
    for (const auto& [title, grounded] : report.claim_grounding)
        std::cout << (grounded ? "  grounded    [" : "  ungrounded  [") << title << "]\n";
}

}  // namespace

int run_check(int argc, char** argv) {
    cxxopts::Options options(argv[0], "Find where a map's argument does not hold up.");
    options.add_options()("fail-on", "exit 1 on findings at or above: error, warning or note",
                          cxxopts::value<std::string>()->default_value("error"))(
        "grounded-labels", "also list every claim as grounded or ungrounded");
    add_format_option(options, "text, json (one document) or jsonl (one object per file)", "text");
    const ParsedCommandLine parsed =
        parse_batch_command_line(options, argc, argv, "maps read in parallel", "FILE|DIR...");
    if (parsed.exit_code) return *parsed.exit_code;
    const cxxopts::ParseResult& args = parsed.args;
    const std::optional<std::string> format_choice = choice_option(args, "warrant check", "format", {"text", "json", "jsonl"});
    const std::optional<std::string> fail_on_choice = choice_option(args, "warrant check", "fail-on", {"error", "warning", "note"});
    if (!format_choice || !fail_on_choice) return 2;
    const std::string& format = *format_choice;
    const std::optional<Severity> fail_on = severity_from_string(*fail_on_choice);
    const bool grounded_labels = args.count("grounded-labels") > 0;

    CheckOptions check;
    check.jobs = jobs_option(args["jobs"].as<int>());
    check.fail_on = *fail_on;
    if (!read_from_option(args, "warrant check", check.format)) return 2;
    CheckRun run = check_files(args["inputs"].as<std::vector<std::string>>(), check);
    print_batch_diagnostics({}, run.input_problems);
    for (std::size_t i = 0; i < run.reports.size(); ++i) {
        if (format == "text") print_text(run.maps[i].loaded, run.reports[i], grounded_labels);
        if (format == "jsonl") write_check_report_json(std::cout, run.reports[i], grounded_labels);
    }
    if (format == "json") write_check_reports_json(std::cout, run.reports, grounded_labels);
    if (format == "text") std::cout << summary_line(run.summary) << "\n";
    const int code = exit_code(run.summary);
    keep_until_exit(std::move(run));
    return code;
}

}  // namespace warrant::cli
