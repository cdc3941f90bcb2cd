// ICCMA format names, dispatch, and reading a framework file through one mapping of it.
#include "formats/iccma_readers.hpp"
#include "formats/input_file.hpp"
#include "diagnostics/name_table.hpp"

#include <sys/mman.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <utility>

namespace warrant {
namespace {

constexpr names::NameTable<IccmaFormat, 3> kFormatNames{
    {{IccmaFormat::I23, "i23"}, {IccmaFormat::Apx, "apx"}, {IccmaFormat::Tgf, "tgf"}}};

FrameworkLoadResult io_failure(const std::string& path, std::string message) {
    FrameworkLoadResult result;
    result.io_failed = true;
    result.diagnostics.push_back({Severity::Error, "E000", std::move(message), SourceSpan{path}, {}});
    return result;
}

// The file's bytes: mapped when it is a regular file, read otherwise (pipes, /dev/stdin).
class FileBytes {
public:
    ~FileBytes() {
        if (mapped_) munmap(mapped_, size_);
    }
    bool open(const std::string& path, std::string& error) {
        InputFile file;
        std::string detail;
        if (const InputFailure failure = file.open(path, detail); failure != InputFailure::None)
            return error = describe(failure, detail), false;
        if (file.regular() && file.size() > 0) return map(file.descriptor(), file.size(), error);
        return file.read_all(read_, read_.max_size(), error);
    }
    std::string_view text() const { return mapped_ ? std::string_view(static_cast<const char*>(mapped_), size_) : std::string_view(read_); }

private:
    bool map(int fd, std::size_t size, std::string& error) {
        void* address = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (address == MAP_FAILED) return error = std::strerror(errno), false;
        madvise(address, size, MADV_SEQUENTIAL);
        mapped_ = address;
        size_ = size;
        return true;
    }
    void* mapped_ = nullptr;
    std::size_t size_ = 0;
    std::string read_;
};

}  // namespace

std::string_view to_string(IccmaFormat format) { return names::name_of(kFormatNames, format); }

std::optional<IccmaFormat> iccma_format_from_string(std::string_view name) {
    return names::value_named(kFormatNames, name);
}

std::optional<IccmaFormat> iccma_format_of_path(std::string_view path) {
    const std::size_t dot = path.rfind('.');
    if (dot == std::string_view::npos) return std::nullopt;
    std::string_view extension = path.substr(dot + 1);
    if (extension == "af") return IccmaFormat::I23;
    return iccma_format_from_string(extension);
}

namespace {

ParsedFramework parse(std::string_view text, IccmaFormat format, const std::string& file_name,
                      FrameworkLoadResult& result) {
    ParsedFramework parsed;
    switch (format) {
        case IccmaFormat::I23: parsed = parse_i23(text, file_name, result.diagnostics); break;
        case IccmaFormat::Apx: parsed = parse_apx(text, file_name, result.diagnostics); break;
        case IccmaFormat::Tgf: parsed = parse_tgf(text, file_name, result.diagnostics); break;
    }
    if (!result.diagnostics.empty()) result.source_text = std::string(text);
    return parsed;
}

void build(ParsedFramework parsed, FrameworkLoadResult& result) {
    if (result.has_errors()) return;
    result.framework = Framework::from_attacks(parsed.argument_count, parsed.attacks, std::move(parsed.names));
}

}  // namespace

FrameworkLoadResult read_framework(std::string_view text, IccmaFormat format, const std::string& file_name) {
    FrameworkLoadResult result;
    build(parse(text, format, file_name, result), result);
    return result;
}

FrameworkLoadResult load_framework_file(const std::string& path, std::optional<IccmaFormat> format) {
    if (!format) format = iccma_format_of_path(path);
    if (!format) return io_failure(path, "cannot tell the format of '" + path + "' (.i23, .af, .apx or .tgf)");
    FrameworkLoadResult result;
    ParsedFramework parsed;
    {
        FileBytes bytes;
        std::string error;
        if (!bytes.open(path, error)) return io_failure(path, "cannot read '" + path + "': " + error);
        parsed = parse(bytes.text(), *format, path, result);
    }  // the file is unmapped before the adjacency arrays take its place
    build(std::move(parsed), result);
    return result;
}

std::string write_framework(const Framework& framework, IccmaFormat format) {
    switch (format) {
        case IccmaFormat::I23: return write_i23(framework);
        case IccmaFormat::Apx: return write_apx(framework);
        case IccmaFormat::Tgf: return write_tgf(framework);
    }
    return {};
}

}  // namespace warrant
