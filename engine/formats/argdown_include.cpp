// Splicing @include(file) directives, with an explicit stack of open files: the nesting is the
// input's to choose, the C stack is not.
#include "formats/argdown_include.hpp"

#include "formats/input_file.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

namespace warrant {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kDirective = "@include(";

std::string normal_path(const fs::path& path) {
    std::error_code error;
    fs::path absolute = fs::absolute(path, error);
    return (error ? path : absolute).lexically_normal().string();
}

// The file's text, or why it cannot be had.
bool read_included(const std::string& path, std::size_t limit, std::string& text, std::string& why) {
    InputFile file;
    std::string detail;
    if (InputFailure failure = file.open(path, detail); failure != InputFailure::None) {
        why = describe(failure, detail);
        return false;
    }
    if (!file.read_all(text, limit, detail)) {
        why = detail;
        return false;
    }
    return true;
}

// Line and column of byte `offset` in `text`, for a directive's diagnostic.
SourceSpan span_at(const std::string& file, std::string_view text, std::size_t offset) {
    const std::string_view before = text.substr(0, offset);
    const int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    const std::size_t line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
    const int column = static_cast<int>(offset - line_start) + 1;
    return SourceSpan{file, line, column, line, column};
}

}  // namespace

std::string expand_includes(std::string text, const std::string& path, const ParseLimits& limits,
                            std::vector<Diagnostic>& diagnostics) {
    if (text.find(kDirective) == std::string::npos) return text;
    std::set<std::string> included{normal_path(path)};
    // Open files, innermost last: its directory, and where its text ends in `text` (so that a
    // directive past that end belongs to the file that included it).
    struct Open {
        fs::path directory;
        std::size_t end;
    };
    std::vector<Open> open{{fs::path(path).parent_path(), text.size()}};
    std::size_t at = 0;
    while ((at = text.find(kDirective, at)) != std::string::npos) {
        const std::size_t close = text.find(')', at);
        if (close == std::string::npos) break;
        while (open.size() > 1 && at >= open.back().end) open.pop_back();
        const std::string name = text.substr(at + kDirective.size(), close - at - kDirective.size());
        const std::string target = normal_path(open.back().directory / name);
        std::string spliced, why;
        if (included.count(target)) {
            why = "it is included already (each file is spliced in once, so a cycle ends here)";
        } else if (static_cast<int>(open.size()) >= kMaxIncludeDepth) {
            why = "it would nest more than " + std::to_string(kMaxIncludeDepth) + " files";
        } else if (read_included(target, limits.max_bytes, spliced, why)) {
            why.clear();
            included.insert(target);
        }
        if (!why.empty()) {
            diagnostics.push_back({Severity::Warning, "W040", "@include(" + name + ") is not expanded: " + why,
                                   span_at(path, text, at), {}});
            spliced.clear();
        }
        const std::size_t removed = close + 1 - at;
        if (text.size() - removed + spliced.size() > limits.max_bytes) {
            diagnostics.push_back({Severity::Warning, "W040", "@include(" + name + ") is not expanded: the map would pass the input limit",
                                   span_at(path, text, at), {}});
            spliced.clear();
        }
        for (Open& file : open) file.end = file.end - removed + spliced.size();
        if (!spliced.empty()) open.push_back({fs::path(target).parent_path(), at + spliced.size()});
        text.replace(at, removed, spliced);
    }
    return text;
}

}  // namespace warrant
