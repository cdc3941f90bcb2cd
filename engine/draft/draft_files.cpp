// Drafting many essays: read each one as load_file() reads a map (bounded, pipes refused), and
// draft them side by side; the order of the results is the order of the inputs.
#include "formats/input_encoding.hpp"
#include "formats/input_file.hpp"
#include "parallel/ordered_fan_out.hpp"
#include "warrant/draft.hpp"

namespace warrant {
namespace {

DraftResult read_failure(const std::string& path, std::string message) {
    DraftResult result;
    result.loaded.io_failed = true;
    result.loaded.map.file = path;
    result.loaded.diagnostics.push_back({Severity::Error, "E000", std::move(message), SourceSpan{path}, {}});
    return result;
}

DraftResult draft_file(const std::string& path, const DraftModel& model) {
    InputFile file;
    std::string detail, text;
    const ParseLimits limits;
    switch (const InputFailure failure = file.open(path, detail)) {
        case InputFailure::None: break;
        case InputFailure::Missing: return read_failure(path, "cannot open '" + path + "': no such file");
        case InputFailure::Directory: return read_failure(path, "'" + path + "' is a directory, not an essay");
        default: return read_failure(path, "cannot read '" + path + "': " + describe(failure, detail));
    }
    if (!file.read_all(text, limits.max_bytes, detail)) return read_failure(path, "error while reading '" + path + "': " + detail);
    if (text.size() > limits.max_bytes) return read_failure(path, "'" + path + "' is larger than the input limit");
    std::optional<Diagnostic> encoding = decode_input_text(text, path);
    DraftResult draft = draft_essay(std::move(text), path, model);
    if (encoding) draft.loaded.diagnostics.insert(draft.loaded.diagnostics.begin(), std::move(*encoding));
    return draft;
}

}  // namespace

void draft_files(const std::vector<std::string>& paths, const DraftModel& model, int jobs,
                 const std::function<void(std::size_t index, DraftResult& draft)>& consume) {
    std::size_t next = 0;
    parallel::fan_out_in_order(
        paths.size(), [&](std::size_t i) { return draft_file(paths[i], model); },
        [&](DraftResult&& draft) { consume(next++, draft); }, static_cast<unsigned>(std::max(jobs, 1)));
}

}  // namespace warrant
