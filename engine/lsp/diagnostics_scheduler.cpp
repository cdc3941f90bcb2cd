#include "lsp/diagnostics_scheduler.hpp"

#include "lsp/diagnostics_json.hpp"

namespace warrant::lsp {

std::shared_ptr<const DocumentAnalysis> AnalysisCache::find(const std::string& uri, int version) const {
    const std::lock_guard lock(mutex_);
    const auto it = analyses_.find(uri);
    if (it == analyses_.end() || it->second->version != version) return nullptr;
    return it->second;
}

void AnalysisCache::store(const std::string& uri, std::shared_ptr<const DocumentAnalysis> analysis) {
    const std::lock_guard lock(mutex_);
    auto& kept = analyses_[uri];
    if (!kept || kept->version <= analysis->version) kept = std::move(analysis);
}

void AnalysisCache::erase(const std::string& uri) {
    const std::lock_guard lock(mutex_);
    analyses_.erase(uri);
}

DiagnosticsScheduler::DiagnosticsScheduler(MessageWriter& writer, AnalysisCache& cache, std::chrono::milliseconds debounce)
    : writer_(writer), cache_(cache), debounce_(debounce), worker_([this] { run(); }) {}

DiagnosticsScheduler::~DiagnosticsScheduler() {
    {
        const std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    worker_.join();
}

void DiagnosticsScheduler::set_encoding(PositionEncoding encoding) {
    const std::lock_guard lock(mutex_);
    encoding_ = encoding;
}

void DiagnosticsScheduler::schedule(const std::string& uri, const std::string& path, int version, std::string text) {
    {
        const std::lock_guard lock(mutex_);
        latest_version_[uri] = version;
        pending_[uri] = Pending{path, version, std::move(text), std::chrono::steady_clock::now() + debounce_};
    }
    wake_.notify_all();
}

void DiagnosticsScheduler::close(const std::string& uri) {
    const std::lock_guard lock(mutex_);
    pending_.erase(uri);
    latest_version_.erase(uri);
    cache_.erase(uri);
    // Under the lock: a check finishing now sees the document closed and publishes nothing.
    writer_.notify("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", nlohmann::json::array()}});
}

void DiagnosticsScheduler::wait_until_idle() {
    std::unique_lock lock(mutex_);
    // Waiting means not debouncing: what is pending is due now.
    for (auto& [uri, job] : pending_) job.due = std::chrono::steady_clock::now();
    wake_.notify_all();
    idle_.wait(lock, [this] { return (pending_.empty() && !checking_) || stopping_; });
}

void DiagnosticsScheduler::publish_if_latest(const std::string& uri, const std::shared_ptr<const DocumentAnalysis>& analysis) {
    cache_.store(uri, analysis);
    const std::lock_guard lock(mutex_);
    const auto latest = latest_version_.find(uri);
    if (latest == latest_version_.end() || latest->second != analysis->version) return;
    const RequestContext context{*analysis, uri, encoding_};
    writer_.notify("textDocument/publishDiagnostics", publish_diagnostics_params(context));
}

void DiagnosticsScheduler::run() {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
        if (pending_.empty()) {
            idle_.notify_all();
            wake_.wait(lock);
            continue;
        }
        auto next = pending_.begin();
        for (auto it = pending_.begin(); it != pending_.end(); ++it)
            if (it->second.due < next->second.due) next = it;
        if (std::chrono::steady_clock::now() < next->second.due) {
            // A newer change may arrive meanwhile and move the deadline: look again on waking.
            // The deadline is copied: while we wait, close() may erase the job it belongs to.
            const auto due = next->second.due;
            wake_.wait_until(lock, due);
            continue;
        }
        const std::string uri = next->first;
        Pending job = std::move(next->second);
        pending_.erase(next);
        checking_ = true;
        lock.unlock();
        try {
            publish_if_latest(uri, analyse_document(std::move(job.text), job.path, job.version));
        } catch (const std::exception&) {
            // Out of memory on a huge document: no diagnostics for this version, the server lives.
        }
        lock.lock();
        checking_ = false;
    }
    idle_.notify_all();
}

}  // namespace warrant::lsp
