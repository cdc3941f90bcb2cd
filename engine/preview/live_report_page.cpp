#include "preview/live_report_page.hpp"

#include "warrant/draft.hpp"
#include "warrant/line_index.hpp"

#include <filesystem>

namespace warrant::preview {
namespace {

// An essay's prose becomes its drafted map; anything else is read as `warrant check` reads it.
LoadResult load_map_or_draft(const std::string& path) {
    if (std::filesystem::path(path).extension() != ".txt") return load_file(path);
    LoadResult loaded;
    draft_files({path}, DraftModel::built_in(), 1, [&](std::size_t, DraftResult& draft) { loaded = std::move(draft.loaded); });
    return loaded;
}

}  // namespace

std::optional<LiveReportPage> build_live_report_page(const WatchOptions& options, LiveUpdates live, std::ostream& log) {
    const LoadResult loaded = load_map_or_draft(options.map_path);
    write_diagnostics(log, loaded.diagnostics, LineIndex(loaded.source_text), false);
    if (loaded.has_errors()) {
        log << "warrant watch: " << options.map_path << " has errors; the report stays as it was\n";
        return std::nullopt;
    }
    ReportInputs inputs = report_inputs(loaded, ReportOptions{options.title});
    for (const std::string& note : inputs.notes) log << "warrant watch: " << note << "\n";
    // The version names the content the reader sees, not the live settings (which carry it).
    LiveReportPage page;
    page.version = report_version(render_html_report(inputs));
    live.version = page.version;
    inputs.live = std::move(live);
    page.html = render_html_report(inputs);
    return page;
}

}  // namespace warrant::preview
