// Reading a map from a file: the one place that knows every reader, so it sits above them all
// (formats), while parse_argdown() stays in model.
#include "warrant/formats.hpp"
#include "warrant/parse.hpp"

#include <filesystem>
#include <fstream>
#include <system_error>

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
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status)) return io_failure(path, "cannot open '" + path + "': no such file");
    if (std::filesystem::is_directory(status)) return io_failure(path, "'" + path + "' is a directory, not a map");
    const std::string too_large =
        "'" + path + "' is larger than the input limit of " + std::to_string(limits.max_bytes >> 20) + " MiB";
    if (std::filesystem::is_regular_file(status) && std::filesystem::file_size(path, error) > limits.max_bytes)
        return io_failure(path, too_large);
    std::ifstream in(path, std::ios::binary);
    if (!in) return io_failure(path, "cannot read '" + path + "'");
    // Read in bounded chunks: a FIFO or device has no size to check up front.
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (text.size() > limits.max_bytes) return io_failure(path, too_large);
    }
    if (in.bad()) return io_failure(path, "error while reading '" + path + "'");
    return std::nullopt;
}

LoadResult parse_as(InputFormat format, std::string text, const std::string& path, const ParseLimits& limits) {
    switch (format) {
        case InputFormat::Aif: return read_aif(std::move(text), path);
        case InputFormat::Microtexts: return read_microtexts(std::move(text), path);
        case InputFormat::Argdown: break;
    }
    return parse_argdown(std::move(text), path, limits);
}

}  // namespace

std::string_view to_string(InputFormat format) {
    switch (format) {
        case InputFormat::Argdown: return "argdown";
        case InputFormat::Aif: return "aif";
        case InputFormat::Microtexts: return "microtexts";
    }
    return "?";
}

std::optional<InputFormat> input_format_from_string(std::string_view name) {
    for (InputFormat format : {InputFormat::Argdown, InputFormat::Aif, InputFormat::Microtexts})
        if (to_string(format) == name) return format;
    return std::nullopt;
}

std::optional<InputFormat> input_format_for_path(std::string_view path) {
    const std::string extension = lowercase_extension(path);
    if (extension == ".argdown" || extension == ".ad" || extension == ".md") return InputFormat::Argdown;
    if (extension == ".xml") return InputFormat::Microtexts;
    if (extension == ".json") return InputFormat::Aif;
    return std::nullopt;
}

LoadResult load_file_as(const std::string& path, InputFormat format, const ParseLimits& limits) {
    std::string text;
    if (std::optional<LoadResult> failure = read_text(path, limits, text)) return std::move(*failure);
    return parse_as(format, std::move(text), path, limits);
}

LoadResult load_file(const std::string& path, const ParseLimits& limits) {
    // read_aif() itself reports a .json file without AIF's `nodes` and `edges`.
    return load_file_as(path, input_format_for_path(path).value_or(InputFormat::Argdown), limits);
}

}  // namespace warrant
