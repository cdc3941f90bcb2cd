// Diagnostics as you type (private to engine/lsp): one worker thread checks each changed
// document once it has been quiet for the debounce time and publishes its findings.
//
// The last version wins: a result is published only while its version is still the
// document's latest, so a slow check of version 3 never overwrites the findings of version 4,
// and nothing is published for a closed document.
#pragma once

#include "lsp/document_analysis.hpp"
#include "lsp/json_rpc.hpp"

#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace warrant::lsp {

// The newest analysis of each open document, shared by the worker and the requests.
class AnalysisCache {
public:
    std::shared_ptr<const DocumentAnalysis> find(const std::string& uri, int version) const;
    // Keeps `analysis` unless a newer version is already kept.
    void store(const std::string& uri, std::shared_ptr<const DocumentAnalysis> analysis);
    void erase(const std::string& uri);

private:
    mutable std::mutex mutex_;
    std::map<std::string, std::shared_ptr<const DocumentAnalysis>> analyses_;
};

class DiagnosticsScheduler {
public:
    DiagnosticsScheduler(MessageWriter& writer, AnalysisCache& cache, std::chrono::milliseconds debounce);
    ~DiagnosticsScheduler();  // stops the worker; pending checks are dropped
    DiagnosticsScheduler(const DiagnosticsScheduler&) = delete;
    DiagnosticsScheduler& operator=(const DiagnosticsScheduler&) = delete;

    // The encoding agreed in initialize, before the first document opens.
    void set_encoding(PositionEncoding encoding);
    void schedule(const std::string& uri, const std::string& path, int version, std::string text);
    // The document closed: forget it and clear its diagnostics in the client.
    void close(const std::string& uri);
    // Blocks until every scheduled check has run (and published, if still the latest): a
    // shutdown request answers after the last findings, and tests read a settled stream.
    void wait_until_idle();

private:
    struct Pending {
        std::string path;
        int version = 0;
        std::string text;
        std::chrono::steady_clock::time_point due;
    };

    void run();
    void publish_if_latest(const std::string& uri, const std::shared_ptr<const DocumentAnalysis>& analysis);

    MessageWriter& writer_;
    AnalysisCache& cache_;
    const std::chrono::milliseconds debounce_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::condition_variable idle_;
    bool checking_ = false;  // the worker is between taking a job and publishing it
    PositionEncoding encoding_ = PositionEncoding::Utf16;
    std::map<std::string, Pending> pending_;
    std::map<std::string, int> latest_version_;  // of each open document
    bool stopping_ = false;
    std::thread worker_;  // last: starts once everything above is constructed
};

}  // namespace warrant::lsp
