// The writers by name: one table, so the CLI and batch mode never spell a format twice.
#include "warrant/formats.hpp"

#include <array>
#include <utility>

namespace warrant {
namespace {

struct Writer {
    OutputFormat format;
    std::string_view name;
    std::string_view extension;
    std::string (*write)(const ArgumentMap&);
};

constexpr std::array<Writer, 6> kWriters{{
    {OutputFormat::Argdown, "argdown", ".argdown", export_argdown},
    {OutputFormat::Aif, "aif", ".aif.json", export_aif},
    {OutputFormat::GraphML, "graphml", ".graphml", export_graphml},
    {OutputFormat::Json, "json", ".warrant.json", export_json},
    {OutputFormat::ArgdownJson, "argdown-json", ".argdown.json", export_argdown_json},
    {OutputFormat::Kialo, "kialo", ".kialo.txt", export_kialo},
}};

const Writer& writer(OutputFormat format) {
    for (const Writer& w : kWriters)
        if (w.format == format) return w;
    return kWriters.front();
}

}  // namespace

std::string_view to_string(OutputFormat format) { return writer(format).name; }
std::string_view file_extension(OutputFormat format) { return writer(format).extension; }
std::string export_as(const ArgumentMap& map, OutputFormat format) { return writer(format).write(map); }

std::optional<OutputFormat> output_format_from_string(std::string_view name) {
    for (const Writer& w : kWriters)
        if (w.name == name) return w.format;
    return std::nullopt;
}

}  // namespace warrant
