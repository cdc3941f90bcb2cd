#include "preview/live_report_channel.hpp"

namespace warrant::preview {

bool LiveReportChannel::publish(LiveReportPage page) {
    {
        std::lock_guard lock(mutex_);
        if (page.version == newest_.version) return false;
        newest_ = std::move(page);
    }
    changed_.notify_all();
    return true;
}

LiveReportPage LiveReportChannel::newest() const {
    std::lock_guard lock(mutex_);
    return newest_;
}

std::optional<std::string> LiveReportChannel::wait_for_change(const std::string& known, std::chrono::milliseconds patience) {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, patience, [&] { return closed_ || newest_.version != known; });
    if (closed_) return std::nullopt;
    return newest_.version;
}

void LiveReportChannel::close() {
    {
        std::lock_guard lock(mutex_);
        closed_ = true;
    }
    changed_.notify_all();
}

}  // namespace warrant::preview
