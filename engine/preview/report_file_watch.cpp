// `warrant watch MAP --report OUT.html`: the live report as a file. Beside the page goes
// OUT.html.version.js, one call naming the report's version; the page loads it every few
// seconds (a script from a file: URL loads where a fetch is refused) and reloads, keeping the
// reader's place, only when the version is not its own.
#include "preview/live_report_page.hpp"
#include "preview/map_file_stamp.hpp"

#include "warrant/formats.hpp"

#include <filesystem>
#include <thread>

namespace warrant {

int watch_report_file(const WatchOptions& options, const std::string& report_path, const StopRequested& stop_requested,
                      std::ostream& log) {
    const std::string version_script = report_path + ".version.js";
    LiveUpdates live{LiveUpdates::Mode::PollFile};
    live.poll_script = std::filesystem::path(version_script).filename().string();
    live.poll_seconds = options.poll_seconds;
    preview::FileChangeWatch map_file(options.map_path);
    std::string written_version;
    log << "warrant watch: watching " << options.map_path << " (Ctrl-C stops)\n";
    while (!stop_requested()) {
        if (map_file.written_again()) {
            const std::optional<preview::LiveReportPage> page = preview::build_live_report_page(options, live, log);
            // The page first, then its version: a reader told of a version finds its page there.
            if (page && page->version != written_version) try {
                write_file_atomically(report_path, page->html);
                write_file_atomically(version_script, "warrantLiveVersion(\"" + page->version + "\");\n");
                written_version = page->version;
                log << "warrant watch: wrote " << report_path << "\n";
            } catch (const std::exception& error) {  // a full disk, a folder gone: said, and tried again at the next save
                log << "warrant watch: " << error.what() << "\n";
            }
        }
        std::this_thread::sleep_for(options.interval);
    }
    log << "warrant watch: stopped\n";
    return 0;
}

}  // namespace warrant
