// Batch mode: expanding inputs and running one step per file on a few std::threads. Workers
// take the next index from an atomic counter and write only results[index], so results come
// back in input order without locks, whatever the scheduling.
#include "warrant/batch.hpp"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <filesystem>
#include <system_error>
#include <thread>

namespace warrant {
namespace {

namespace fs = std::filesystem;

// A folder holds maps in one format more often than not, and its documentation beside them:
// a corpus's SOURCES.md or README.md is Markdown, not an Argdown map, though .md is both.
// With a format given, the folder gives the files of that format's extensions; without one,
// every known extension, except .md files in a folder that holds another format than Argdown.
std::vector<std::string> maps_in(std::vector<std::string> found, std::optional<InputFormat> format) {
    const auto format_of = [](const std::string& path) { return input_format_for_path(path); };
    const auto is_markdown = [](const std::string& path) {
        std::string extension = fs::path(path).extension().string();
        for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return extension == ".md";
    };
    const bool corpus = std::any_of(found.begin(), found.end(), [&](const std::string& path) { return format_of(path) != InputFormat::Argdown; });
    std::erase_if(found, [&](const std::string& path) {
        return format ? format_of(path) != format : corpus && is_markdown(path);
    });
    return found;
}

void collect_directory(const fs::path& directory, std::optional<InputFormat> format, std::vector<std::string>& files,
                       std::vector<Diagnostic>& problems) {
    std::vector<std::string> found;
    std::error_code error;
    for (fs::recursive_directory_iterator it(directory, fs::directory_options::skip_permission_denied, error), end;
         !error && it != end; it.increment(error)) {
        if (it->is_regular_file(error) && input_format_for_path(it->path().string())) found.push_back(it->path().string());
    }
    if (error)
        problems.push_back({Severity::Error, "E000", "cannot read directory '" + directory.string() + "': " + error.message(),
                            SourceSpan{directory.string()}, {}});
    found = maps_in(std::move(found), format);
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
}

void load_and_run(BatchResult& result, const BatchOptions& options, const BatchStep& step) {
    result.loaded = options.format ? load_file_as(result.file, *options.format, options.limits)
                                   : load_file(result.file, options.limits);
    if (result.loaded.io_failed) {
        result.outcome = FileOutcome::IoFailed;
        return;
    }
    if (result.loaded.has_errors()) {
        result.outcome = FileOutcome::InputErrors;
        return;
    }
    try {
        if (step) step(result);
    } catch (const std::exception& failure) {
        result.diagnostics.push_back({Severity::Error, "E000", failure.what(), SourceSpan{result.file}, {}});
        result.outcome = FileOutcome::IoFailed;
    }
}

}  // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs, std::vector<Diagnostic>& problems,
                                       std::optional<InputFormat> format) {
    std::vector<std::string> files;
    for (const std::string& input : inputs) {
        std::error_code error;
        if (fs::is_directory(input, error))
            collect_directory(input, format, files, problems);
        else
            files.push_back(input);  // a missing file is reported by loading it, as one more result
    }
    return files;
}

std::vector<Diagnostic> BatchResult::all_diagnostics() const {
    std::vector<Diagnostic> all = loaded.diagnostics;
    all.insert(all.end(), diagnostics.begin(), diagnostics.end());
    return all;
}

std::vector<BatchResult> run_batch(const std::vector<std::string>& files, const BatchOptions& options,
                                   const BatchStep& step) {
    std::vector<BatchResult> results(files.size());
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i = next++; i < files.size(); i = next++) {
            results[i].file = files[i];
            load_and_run(results[i], options, step);
            if (!options.keep_maps) results[i].loaded.map = ArgumentMap{};
        }
    };
    const std::size_t threads = std::min<std::size_t>(std::max(options.jobs, 1), std::max<std::size_t>(files.size(), 1));
    {
        // Joined at the end of this scope, before `results` is returned.
        std::vector<std::jthread> pool;
        for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
        worker();
    }
    return results;
}

FileOutcome worst_outcome(const std::vector<BatchResult>& results) {
    FileOutcome worst = FileOutcome::Ok;
    for (const BatchResult& result : results) worst = std::max(worst, result.outcome);
    return worst;
}

}  // namespace warrant
