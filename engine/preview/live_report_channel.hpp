// The newest version of the served report and the readers waiting for it (private to
// engine/preview): the watch loop publishes, each server-sent-event stream waits on its own
// thread for a version it has not told its page yet.
#pragma once

#include "preview/live_report_page.hpp"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>

namespace warrant::preview {

class LiveReportChannel {
public:
    // Makes `page` the newest, unless its version is the newest already. Returns whether it was new.
    bool publish(LiveReportPage page);
    // The newest page; empty html and version before the first good version.
    LiveReportPage newest() const;
    // The newest version once it differs from `known`, or `known` again after `patience`; nothing
    // once the channel is closed.
    std::optional<std::string> wait_for_change(const std::string& known, std::chrono::milliseconds patience);
    // Wakes every waiter for good: the server is stopping.
    void close();

private:
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    LiveReportPage newest_;
    bool closed_ = false;
};

}  // namespace warrant::preview
