// Reading a map from a file: the one place that knows every reader (the formats, Markdown notes,
// an essay drafted into a map), so it sits above them all in pipeline/, while parse_argdown() stays in model.
#include "diagnostics/name_table.hpp"
#include "formats/argdown_include.hpp"
#include "formats/input_encoding.hpp"
#include "formats/input_file.hpp"
#include "warrant/draft.hpp"
#include "warrant/formats.hpp"
#include "warrant/parse.hpp"

#include <filesystem>
#include <iterator>

namespace warrant {
namespace {

LoadResult io_failure(const std::string& path, std::string message) {
    LoadResult result;
    result.io_failed = true;
    result.map.file = path;
    result.diagnostics.push_back({Severity::Error, "E000", std::move(message), SourceSpan{path}, {}});
    return result;
}

std::string lowercase_extension(std::string_view path) {
    std::string extension = std::filesystem::path(path).extension().string();
    for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return extension;
}

// Reads the whole file, bounded by the input limit, or explains why it cannot.
std::optional<LoadResult> read_text(const std::string& path, const ParseLimits& limits, std::string& text) {
    InputFile file;
    std::string detail;
    switch (const InputFailure failure = file.open(path, detail)) {
        case InputFailure::None: break;
        case InputFailure::Missing: return io_failure(path, "cannot open '" + path + "': no such file");
        case InputFailure::Directory: return io_failure(path, "'" + path + "' is a directory, not a map");
        case InputFailure::PipeWithoutWriter:
        case InputFailure::Unreadable: return io_failure(path, "cannot read '" + path + "': " + describe(failure, detail));
    }
    const std::string too_large =
        "'" + path + "' is larger than the input limit of " + std::to_string(limits.max_bytes >> 20) + " MiB";
    if (file.regular() && file.size() > limits.max_bytes) return io_failure(path, too_large);
    // A pipe or device has no size to check up front: reading stops past the limit.
    if (!file.read_all(text, limits.max_bytes, detail)) return io_failure(path, "error while reading '" + path + "': " + detail);
    if (text.size() > limits.max_bytes) return io_failure(path, too_large);
    return std::nullopt;
}

bool ends_with_lowercase(std::string_view path, std::string_view suffix) {
    if (path.size() < suffix.size()) return false;
    for (std::size_t i = 0; i < suffix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(path[path.size() - suffix.size() + i])) != suffix[i]) return false;
    return true;
}

// A brat .ann, a CDCP .ann.json annotates the .txt of the same name beside it: nullopt when
// there is none or it cannot be read.
std::optional<std::string> text_beside(const std::string& path, const ParseLimits& limits) {
    std::filesystem::path text_path(path);
    if (ends_with_lowercase(path, ".ann.json")) text_path.replace_extension();
    text_path.replace_extension(".txt");
    std::string text;
    if (!std::filesystem::is_regular_file(text_path) || read_text(text_path.string(), limits, text)) return std::nullopt;
    return text;
}

bool has_argdown_blocks(std::string_view text) {
    return text.find("argdown") != std::string_view::npos && argdown_blocks_of_markdown(text).has_value();
}

// A Markdown note's map: its blocks parsed as one Argdown text that keeps the note's lines.
LoadResult read_markdown_note(std::string text, const std::string& path, const ParseLimits& limits) {
    LoadResult result = parse_argdown(*argdown_blocks_of_markdown(text), path, limits);
    result.source_text = std::move(text);  // the note itself, for the lines under its findings
    return result;
}

LoadResult parse_as(InputFormat format, std::string text, const std::string& path, const ParseLimits& limits) {
    switch (format) {
        case InputFormat::Aif: return read_aif(std::move(text), path);
        case InputFormat::Microtexts: return read_microtexts(std::move(text), path);
        case InputFormat::Brat: return read_brat(std::move(text), text_beside(path, limits), path);
        case InputFormat::Cdcp: return read_cdcp(std::move(text), text_beside(path, limits), path);
        case InputFormat::Essay: return read_essay(std::move(text), path);
        case InputFormat::Kialo: return read_kialo(std::move(text), path);
        case InputFormat::Argdown: break;
    }
    if (lowercase_extension(path) == ".md" && has_argdown_blocks(text)) return read_markdown_note(std::move(text), path, limits);
    std::vector<Diagnostic> include_findings;
    text = expand_includes(std::move(text), path, limits, include_findings);
    LoadResult result = parse_argdown(std::move(text), path, limits);
    result.diagnostics.insert(result.diagnostics.begin(), std::make_move_iterator(include_findings.begin()),
                              std::make_move_iterator(include_findings.end()));
    return result;
}

}  // namespace

constexpr names::NameTable<InputFormat, 7> kInputFormatNames{{
    {InputFormat::Argdown, "argdown"},
    {InputFormat::Aif, "aif"},
    {InputFormat::Microtexts, "microtexts"},
    {InputFormat::Brat, "brat"},
    {InputFormat::Cdcp, "cdcp"},
    {InputFormat::Essay, "essay"},
    {InputFormat::Kialo, "kialo"},
}};

std::string_view to_string(InputFormat format) { return names::name_of(kInputFormatNames, format); }

std::optional<InputFormat> input_format_from_string(std::string_view name) {
    return names::value_named(kInputFormatNames, name);
}

std::optional<InputFormat> input_format_for_path(std::string_view path) {
    const std::string extension = lowercase_extension(path);
    if (extension == ".argdown" || extension == ".ad" || extension == ".md") return InputFormat::Argdown;
    if (extension == ".xml") return InputFormat::Microtexts;
    if (ends_with_lowercase(path, ".ann.json")) return InputFormat::Cdcp;
    if (ends_with_lowercase(path, ".kialo.txt")) return InputFormat::Kialo;
    if (extension == ".json") return InputFormat::Aif;
    if (extension == ".ann") return InputFormat::Brat;
    if (extension == ".txt") return InputFormat::Essay;
    return std::nullopt;
}

LoadResult load_file_as(const std::string& path, InputFormat format, const ParseLimits& limits) {
    std::string text;
    if (std::optional<LoadResult> failure = read_text(path, limits, text)) return std::move(*failure);
    std::optional<Diagnostic> encoding = decode_input_text(text, path);
    LoadResult result = parse_as(format, std::move(text), path, limits);
    if (encoding) result.diagnostics.insert(result.diagnostics.begin(), std::move(*encoding));
    return result;
}

LoadResult load_file(const std::string& path, const ParseLimits& limits) {
    // read_aif() itself reports a .json file without AIF's `nodes` and `edges`.
    const InputFormat format = input_format_for_path(path).value_or(InputFormat::Argdown);
    if (lowercase_extension(path) != ".md") return load_file_as(path, format, limits);
    // A Markdown file is a note with Argdown blocks, or an essay: its content tells which.
    std::string text;
    if (std::optional<LoadResult> failure = read_text(path, limits, text)) return std::move(*failure);
    const InputFormat read_as = has_argdown_blocks(text) ? InputFormat::Argdown : InputFormat::Essay;
    return parse_as(read_as, std::move(text), path, limits);
}

LoadResult parse_document(std::string text, const std::string& path, const ParseLimits& limits) {
    if (input_format_for_path(path) == InputFormat::Essay) return read_essay(std::move(text), path);
    if (lowercase_extension(path) != ".md") return parse_argdown(std::move(text), path, limits);
    if (has_argdown_blocks(text)) return read_markdown_note(std::move(text), path, limits);
    return read_essay(std::move(text), path);
}

}  // namespace warrant
