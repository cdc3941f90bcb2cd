// One version of the live report (private to engine/preview): the map loaded (an essay's prose
// drafted first), checked and rendered as `warrant report` renders it, with the page's settings
// for following later versions.
#pragma once

#include "warrant/preview.hpp"
#include "warrant/report.hpp"

#include <optional>
#include <ostream>
#include <string>

namespace warrant::preview {

struct LiveReportPage {
    std::string html;
    std::string version;  // report_version() of the page as `warrant report` writes it
};

// The page for the map as it is on disk now, or nothing when it cannot be read or has errors
// (the diagnostics, and the renderer's notes, go to `log`). `live` says how the page follows
// changes; its version is filled in here.
std::optional<LiveReportPage> build_live_report_page(const WatchOptions& options, LiveUpdates live, std::ostream& log);

}  // namespace warrant::preview
