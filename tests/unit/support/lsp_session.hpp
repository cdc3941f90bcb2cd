// A scripted conversation with the language server for protocol tests: messages are queued,
// the server runs over the whole script, and what it wrote comes back as parsed messages.
#pragma once

#include "warrant/lsp.hpp"

#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <vector>

namespace warrant::testing {

struct LspTranscript {
    int exit_code = -1;
    std::vector<nlohmann::json> messages;  // in the order written

    // The reply to request `id`.
    const nlohmann::json& reply(int id) const;
    // Every notification of `method`, in order.
    std::vector<nlohmann::json> notifications(const std::string& method) const;
};

class LspSession {
public:
    // Starts with initialize (id 0, `capabilities` as the client's) and initialized.
    explicit LspSession(nlohmann::json capabilities = nlohmann::json::object());

    void request(int id, const std::string& method, nlohmann::json params);
    void notify(const std::string& method, nlohmann::json params);
    void open(const std::string& uri, const std::string& text, int version = 1);
    // Raw bytes, for malformed frames.
    void raw(const std::string& bytes) { script_ += bytes; }
    // Appends shutdown (id 9999) and exit, unless `end` is false; then runs the server.
    LspTranscript run(bool end = true, const LspOptions& options = {});

private:
    std::string script_;
};

// Frames `body` as the protocol does.
std::string lsp_frame(const std::string& body);

}  // namespace warrant::testing
