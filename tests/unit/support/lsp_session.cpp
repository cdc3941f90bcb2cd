#include "support/lsp_session.hpp"

#include <stdexcept>

namespace warrant::testing {
namespace {

std::vector<nlohmann::json> parse_frames(const std::string& output) {
    std::vector<nlohmann::json> messages;
    std::size_t at = 0;
    while (at < output.size()) {
        const std::size_t header_end = output.find("\r\n\r\n", at);
        if (header_end == std::string::npos) throw std::runtime_error("unframed output: " + output.substr(at, 80));
        const std::string header = output.substr(at, header_end - at);
        const std::size_t length = std::stoul(header.substr(header.find(':') + 1));
        messages.push_back(nlohmann::json::parse(output.substr(header_end + 4, length)));
        at = header_end + 4 + length;
    }
    return messages;
}

}  // namespace

std::string lsp_frame(const std::string& body) { return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body; }

const nlohmann::json& LspTranscript::reply(int id) const {
    for (const nlohmann::json& message : messages)
        if (message.contains("id") && message["id"] == id && !message.contains("method")) return message;
    throw std::runtime_error("no reply to request " + std::to_string(id));
}

std::vector<nlohmann::json> LspTranscript::notifications(const std::string& method) const {
    std::vector<nlohmann::json> out;
    for (const nlohmann::json& message : messages)
        if (message.value("method", "") == method && !message.contains("id")) out.push_back(message);
    return out;
}

LspSession::LspSession(nlohmann::json capabilities) {
    request(0, "initialize", {{"processId", nullptr}, {"rootUri", nullptr}, {"capabilities", std::move(capabilities)}});
    notify("initialized", nlohmann::json::object());
}

void LspSession::request(int id, const std::string& method, nlohmann::json params) {
    script_ += lsp_frame(nlohmann::json{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}}.dump());
}

void LspSession::notify(const std::string& method, nlohmann::json params) {
    script_ += lsp_frame(nlohmann::json{{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}}.dump());
}

void LspSession::open(const std::string& uri, const std::string& text, int version) {
    notify("textDocument/didOpen",
           {{"textDocument", {{"uri", uri}, {"languageId", "argdown"}, {"version", version}, {"text", text}}}});
}

LspTranscript LspSession::run(bool end, const LspOptions& options) {
    if (end) {
        request(9999, "shutdown", nullptr);
        notify("exit", nullptr);
    }
    std::istringstream in(script_);
    std::ostringstream out;
    LspTranscript transcript;
    transcript.exit_code = run_language_server(in, out, options);
    transcript.messages = parse_frames(out.str());
    return transcript;
}

}  // namespace warrant::testing
