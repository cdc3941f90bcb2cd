// The server's state and its dispatch of messages (private to engine/lsp): lifecycle
// (initialize, shutdown, exit), document sync, and the feature requests of features.hpp.
#pragma once

#include "lsp/diagnostics_scheduler.hpp"
#include "lsp/document_store.hpp"
#include "lsp/json_rpc.hpp"
#include "warrant/lsp.hpp"

#include <optional>

namespace warrant::lsp {

class LanguageServer {
public:
    LanguageServer(MessageWriter& writer, const LspOptions& options);

    // One message's body as read from the stream. Returns the exit code once `exit` arrives.
    std::optional<int> handle(const std::string& body);

private:
    std::optional<int> handle_message(const nlohmann::json& message);
    void handle_notification(const std::string& method, const nlohmann::json& params);
    nlohmann::json handle_request(const std::string& method, const nlohmann::json& params);
    nlohmann::json initialize(const nlohmann::json& params);
    std::shared_ptr<const DocumentAnalysis> analysis_of(const Document& document);
    nlohmann::json serve_feature(const std::string& method, const nlohmann::json& params);

    MessageWriter& writer_;
    DocumentStore documents_;
    AnalysisCache analyses_;
    DiagnosticsScheduler diagnostics_;
    PositionEncoding encoding_ = PositionEncoding::Utf16;
    bool initialized_ = false;
    bool shut_down_ = false;
};

}  // namespace warrant::lsp
