// The live report (`warrant watch`): a map's class report kept in step with the file as it is
// saved, so that the map can be explored while it is written. Two ways:
// - as a file (watch_report_file): the report is rewritten when its content changed, and the
//   page, which looks at a small version script beside it, reloads only then, keeping the
//   reader's place (zoom, pan, scroll, the open node, the search);
// - served (serve_live_report): on 127.0.0.1 only, at a URL with a random token; the page hears
//   of a new version by server-sent events and replaces its map, findings and details in place.
// A save with errors keeps the last good report and prints the errors. An essay's prose (.txt)
// is drafted first (draft.hpp), so its live report shows the drafted map.
#pragma once

#include <chrono>
#include <functional>
#include <ostream>
#include <string>

namespace warrant {

struct WatchOptions {
    std::string map_path;
    std::string title;                        // page heading; empty: front matter's title, else the file name
    std::chrono::milliseconds interval{300};  // between looks at the map's file
    int poll_seconds = 2;                     // file mode: how often the page looks for a new version
    int port = 0;                             // served: 0 picks a free port
};

// Asked between looks at the map; true ends the watch (Ctrl-C).
using StopRequested = std::function<bool()>;

// Writes `report_path` (atomically) and `report_path` + ".version.js" each time the report's
// content changes, until `stop_requested`. Progress and errors go to `log`. Returns 0.
int watch_report_file(const WatchOptions& options, const std::string& report_path, const StopRequested& stop_requested,
                      std::ostream& log);

// Serves the live report until `stop_requested`: prints the page's URL (with its token) as one
// line to `url_out`, progress and errors to `log`. Returns 0 when stopped, 2 when no port could
// be bound.
int serve_live_report(const WatchOptions& options, const StopRequested& stop_requested, std::ostream& url_out,
                      std::ostream& log);

}  // namespace warrant
