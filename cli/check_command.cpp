// warrant check FILE|DIR... [--format text|json|jsonl] [--fail-on error|warning|note]
//                           [--grounded-labels] [--jobs N]
#include "commands.hpp"
#include "input_output.hpp"

#include "warrant/analysis.hpp"
#include "warrant/batch.hpp"

#include <cxxopts.hpp>
#include <iostream>
#include <optional>
#include <unistd.h>

namespace warrant::cli {
namespace {

std::optional<Severity> severity_named(const std::string& name) {
    if (name == "error") return Severity::Error;
    if (name == "warning") return Severity::Warning;
    if (name == "note") return Severity::Note;
    return std::nullopt;
}

void print_text(const LoadResult& loaded, const CheckReport& report, bool grounded_labels) {
    // Findings are this command's output: colour them when stdout is a terminal.
    const bool color = use_color(STDOUT_FILENO);
    const SourceLines lines(loaded.source_text);
    write_diagnostics(std::cout, report.findings, lines, color);
    if (!grounded_labels || report.claim_grounding.empty()) return;
    std::cout << report.file << ": claims\n";
    for (const auto& [title, grounded] : report.claim_grounding)
        std::cout << (grounded ? "  grounded    [" : "  ungrounded  [") << title << "]\n";
}

}  // namespace

int run_check(int argc, char** argv) {
    cxxopts::Options options(argv[0], "Find where a map's argument does not hold up.");
    options.add_options()
        ("f,format", "text, json (one document) or jsonl (one object per file)", cxxopts::value<std::string>()->default_value("text"))
        ("fail-on", "exit 1 on findings at or above: error, warning or note", cxxopts::value<std::string>()->default_value("error"))
        ("grounded-labels", "also list every claim as grounded or ungrounded")
        ("j,jobs", "maps read in parallel", cxxopts::value<int>()->default_value("1"))
        ("h,help", "show this help")
        ("inputs", "the maps", cxxopts::value<std::vector<std::string>>());
    options.parse_positional({"inputs"});
    options.positional_help("FILE|DIR...");
    auto args = options.parse(argc, argv);
    if (args.count("help")) {
        std::cout << options.help();
        return 0;
    }
    const std::string format = args["format"].as<std::string>();
    const std::optional<Severity> fail_on = severity_named(args["fail-on"].as<std::string>());
    if (!args.count("inputs") || (format != "text" && format != "json" && format != "jsonl") || !fail_on) {
        std::cerr << "warrant check: needs FILE..., --format text|json|jsonl, --fail-on error|warning|note\n"
                  << options.help();
        return 2;
    }
    const bool grounded_labels = args.count("grounded-labels") > 0;

    // Directories expand to the maps inside; loading (the costly part) runs on --jobs threads,
    // a bad file is one more report, and reports come out in input order.
    std::vector<Diagnostic> problems;
    const std::vector<std::string> files = expand_inputs(args["inputs"].as<std::vector<std::string>>(), problems);
    BatchOptions batch;
    batch.jobs = jobs_option(args["jobs"].as<int>());
    std::vector<BatchResult> loaded_maps = run_batch(files, batch, [](BatchResult&) {});
    print_batch_diagnostics({}, problems);
    std::vector<CheckReport> reports;
    for (BatchResult& result : loaded_maps) {
        reports.push_back(check_loaded(result.loaded));
        if (format == "text") print_text(result.loaded, reports.back(), grounded_labels);
        if (format == "jsonl") write_check_report_json(std::cout, reports.back(), grounded_labels);
    }
    if (format == "json") write_check_reports_json(std::cout, reports, grounded_labels);

    std::size_t warnings = 0, errors = 0, claims = 0, grounded = 0;
    bool io_failed = false, failing = false;
    for (const CheckReport& report : reports) {
        warnings += report.count(Severity::Warning);
        errors += report.count(Severity::Error);
        claims += report.claims;
        grounded += report.grounded_claims;
        io_failed = io_failed || report.io_failed;
        failing = failing || has_severity_at_least(report.findings, *fail_on);
    }
    if (format == "text")
        std::cout << warnings << (warnings == 1 ? " warning, " : " warnings, ") << errors
                  << (errors == 1 ? " error; " : " errors; ") << grounded << "/" << claims << " claims grounded\n";
    keep_until_exit(std::move(loaded_maps));
    keep_until_exit(std::move(reports));
    return io_failed || !problems.empty() ? 2 : failing ? 1 : 0;
}

}  // namespace warrant::cli
