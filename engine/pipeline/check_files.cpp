// `check` over many files: load them in a batch, check each, add the findings up.
#include "warrant/batch.hpp"

namespace warrant {

std::string summary_line(const CheckSummary& summary) {
    return std::to_string(summary.warnings) + (summary.warnings == 1 ? " warning, " : " warnings, ") +
           std::to_string(summary.errors) + (summary.errors == 1 ? " error; " : " errors; ") +
           std::to_string(summary.grounded_claims) + "/" + std::to_string(summary.claims) + " claims grounded";
}

CheckRun check_files(const std::vector<std::string>& inputs, const CheckOptions& options) {
    CheckRun run;
    const std::vector<std::string> files = expand_inputs(inputs, run.input_problems, options.format);
    BatchOptions batch;
    batch.jobs = options.jobs;
    batch.format = options.format;
    run.maps = run_batch(files, batch, [](BatchResult&) {});
    run.reports.reserve(run.maps.size());
    CheckSummary& summary = run.summary;
    summary.io_failed = !run.input_problems.empty();
    for (const BatchResult& result : run.maps) {
        const CheckReport& report = run.reports.emplace_back(check_loaded(result.loaded));
        summary.errors += report.count(Severity::Error);
        summary.warnings += report.count(Severity::Warning);
        summary.notes += report.count(Severity::Note);
        summary.claims += report.claims;
        summary.grounded_claims += report.grounded_claims;
        summary.io_failed = summary.io_failed || report.io_failed;
        summary.failing = summary.failing || has_severity_at_least(report.findings, options.fail_on);
    }
    return run;
}

}  // namespace warrant
