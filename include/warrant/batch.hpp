// Batch mode: many maps in, one result per map out, in input order.
//
// expand_inputs() turns the files and directories a user names into the list of maps to read;
// run_batch() loads each one and runs a step on it (convert, export, check) on several
// threads. A file that cannot be read, does not parse or makes the step throw is one more
// result with its diagnostics: it never aborts the batch.
//
// Threads: run_batch() and check_files() load files on `jobs` threads of their own and call the
// BatchStep from all of them at once, each call with its own BatchResult: a step that touches
// anything shared must lock it. The functions may be called from several threads.
#pragma once

#include "warrant/analysis.hpp"
#include "warrant/formats.hpp"
#include "warrant/parse.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace warrant {

// Files as given (whatever their extension); directories searched recursively for the known
// extensions (.argdown .ad .md .xml .json .ann .ann.json), each directory's finds sorted by
// path. With `format` (--from), a directory gives only the files of that format's extensions;
// without it, a directory that holds a format other than Argdown (a corpus) gives no .md files,
// which are its documentation (SOURCES.md, README.md), not maps (docs/cli.md). A name that
// does not exist stays in the list (loading it reports it); a directory that cannot be read
// becomes an E000 diagnostic in `problems`.
std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs, std::vector<Diagnostic>& problems,
                                       std::optional<InputFormat> format = std::nullopt);

// How one file fared, best first: a batch fares as its worst file. The command line turns an
// outcome into its process exit code (cli/exit_codes.hpp); the library has no exit codes.
enum class FileOutcome { Ok, InputErrors, IoFailed };

struct BatchResult {
    std::string file;
    LoadResult loaded;                     // the map and its load diagnostics
    std::string output;                    // what the step produced for this file (may be empty)
    std::vector<Diagnostic> diagnostics;   // the step's own findings
    FileOutcome outcome = FileOutcome::Ok;

    // Load diagnostics, then the step's.
    std::vector<Diagnostic> all_diagnostics() const;
};

struct BatchOptions {
    int jobs = 1;                          // threads; values below 1 mean 1
    std::optional<InputFormat> format;     // force a reader instead of choosing by extension
    ParseLimits limits;
    bool keep_maps = true;                 // false drops each map after its step (saves memory)
};

// Runs for one file whose map loaded without I/O failure. It may set output, diagnostics and
// worsen the outcome; exceptions it throws become an E000 diagnostic and FileOutcome::IoFailed.
using BatchStep = std::function<void(BatchResult&)>;

// Loads every file and runs `step` on it; results[i] belongs to files[i]. A file that failed
// to load gets IoFailed (unreadable) or InputErrors (errors in it) and no step.
std::vector<BatchResult> run_batch(const std::vector<std::string>& files, const BatchOptions& options,
                                   const BatchStep& step);

// One line of `export --format jsonl`: {"file", "ok", "diagnostics": [{severity, code,
// message, line, column}], "graph": the export_json() document, or null when it did not load}.
std::string batch_record_json(const BatchResult& result);

// The batch's outcome: the worst of its files (Ok for an empty batch).
FileOutcome worst_outcome(const std::vector<BatchResult>& results);

// --- check over many files ---------------------------------------------------------------------

struct CheckOptions {
    int jobs = 1;                         // maps loaded side by side
    std::optional<InputFormat> format;    // --from: one reader for every file, and only its files from folders
    Severity fail_on = Severity::Error;   // findings at or above this make the run fail
};

// What a whole `check` run found, added up over its files.
struct CheckSummary {
    std::size_t errors = 0, warnings = 0, notes = 0;
    std::size_t claims = 0, grounded_claims = 0;
    bool io_failed = false;   // a file or directory could not be read
    bool failing = false;     // some finding reached CheckOptions::fail_on
};

// "3 warnings, 0 errors; 6/8 claims grounded"
std::string summary_line(const CheckSummary& summary);

struct CheckRun {
    std::vector<Diagnostic> input_problems;  // directories that could not be read (E000)
    std::vector<BatchResult> maps;           // one per file, in input order
    std::vector<CheckReport> reports;        // reports[i] is maps[i]'s
    CheckSummary summary;
};

// Expands the inputs (as expand_inputs()), loads each map on `jobs` threads and checks it.
CheckRun check_files(const std::vector<std::string>& inputs, const CheckOptions& options);

}  // namespace warrant
