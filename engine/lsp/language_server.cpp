#include "lsp/language_server.hpp"

#include "lsp/features.hpp"
#include "lsp/lenient_json.hpp"

#include <istream>

namespace warrant::lsp {
namespace {

// A request the protocol defines, answered with an LSP error code and a message.
struct ProtocolError {
    int code;
    std::string message;
};

// Messages up to this size are read; a 50 MB document is one message.
constexpr std::size_t kMaxMessageBytes = std::size_t{512} << 20;

using Feature = nlohmann::json (*)(const RequestContext&, const nlohmann::json&);

const std::map<std::string, Feature>& features() {
    static const std::map<std::string, Feature> table = {
        {"textDocument/hover", hover},
        {"textDocument/definition", definition},
        {"textDocument/references", references},
        {"textDocument/prepareRename", prepare_rename},
        {"textDocument/rename", rename},
        {"textDocument/documentSymbol", document_symbols},
        {"textDocument/completion", completion},
        {"textDocument/codeAction", code_actions},
        {"warrant/render", render_preview},  // the editor's live preview (editors/vscode)
    };
    return table;
}

nlohmann::json capabilities(PositionEncoding encoding) {
    return {
        {"positionEncoding", encoding == PositionEncoding::Utf8 ? "utf-8" : "utf-16"},
        {"textDocumentSync", {{"openClose", true}, {"change", 2}}},  // 2: incremental
        {"hoverProvider", true},
        {"definitionProvider", true},
        {"referencesProvider", true},
        {"renameProvider", {{"prepareProvider", true}}},
        {"documentSymbolProvider", true},
        {"completionProvider", {{"triggerCharacters", {"[", "<", "#", "{", " ", ":"}}}},
        {"codeActionProvider", {{"codeActionKinds", {"quickfix", "source"}}}},
    };
}

PositionEncoding negotiated_encoding(const nlohmann::json& params) {
    const nlohmann::json* offered = nullptr;
    const auto pointer = "/capabilities/general/positionEncodings"_json_pointer;
    if (params.contains(pointer)) offered = &params.at(pointer);
    if (offered && offered->is_array())
        for (const nlohmann::json& name : *offered)
            if (name == "utf-8") return PositionEncoding::Utf8;
    return PositionEncoding::Utf16;
}

}  // namespace

LanguageServer::LanguageServer(MessageWriter& writer, const LspOptions& options)
    : writer_(writer), diagnostics_(writer, analyses_, std::chrono::milliseconds(options.debounce_milliseconds)) {}

nlohmann::json LanguageServer::initialize(const nlohmann::json& params) {
    encoding_ = negotiated_encoding(params);
    diagnostics_.set_encoding(encoding_);
    initialized_ = true;
    return {{"capabilities", capabilities(encoding_)}, {"serverInfo", {{"name", "warrant"}, {"version", "0.1.0"}}}};
}

std::shared_ptr<const DocumentAnalysis> LanguageServer::analysis_of(const Document& document) {
    if (auto cached = analyses_.find(document.uri, document.version)) return cached;
    auto analysis = analyse_document(document.text, document.path, document.version);
    analyses_.store(document.uri, analysis);
    return analysis;
}

nlohmann::json LanguageServer::serve_feature(const std::string& method, const nlohmann::json& params) {
    const auto feature = features().find(method);
    if (feature == features().end()) throw ProtocolError{error_code::method_not_found, "no method " + method};
    const std::string uri = params.at("/textDocument/uri"_json_pointer).get<std::string>();
    const Document* document = documents_.find(uri);
    if (!document) throw ProtocolError{error_code::request_failed, "the document " + uri + " is not open"};
    const std::shared_ptr<const DocumentAnalysis> analysis = analysis_of(*document);
    return feature->second(RequestContext{*analysis, uri, encoding_}, params);
}

nlohmann::json LanguageServer::handle_request(const std::string& method, const nlohmann::json& params) {
    if (method == "initialize") {
        if (initialized_) throw ProtocolError{error_code::invalid_request, "initialize was already sent"};
        return initialize(params);
    }
    if (!initialized_) throw ProtocolError{error_code::server_not_initialized, "initialize first"};
    if (method == "shutdown") {
        diagnostics_.wait_until_idle();  // the findings of the last edits reach the client first
        shut_down_ = true;
        return nullptr;
    }
    if (shut_down_) throw ProtocolError{error_code::invalid_request, "the server is shut down"};
    return serve_feature(method, params);
}

void LanguageServer::handle_notification(const std::string& method, const nlohmann::json& params) {
    if (!initialized_ || shut_down_) return;  // notifications before initialize are dropped
    if (method == "textDocument/didOpen") {
        const nlohmann::json& item = params.at("textDocument");
        const Document& document =
            documents_.open(item.at("uri").get<std::string>(), item.at("text").get<std::string>(), item.contains("version") ? protocol_int(item.at("version")) : 0);
        diagnostics_.schedule(document.uri, document.path, document.version, document.text);
    } else if (method == "textDocument/didChange") {
        const std::string uri = params.at("/textDocument/uri"_json_pointer).get<std::string>();
        const int version = protocol_int(params.at("/textDocument/version"_json_pointer));
        if (const Document* document = documents_.change(uri, version, params.at("contentChanges"), encoding_))
            diagnostics_.schedule(document->uri, document->path, document->version, document->text);
    } else if (method == "textDocument/didClose") {
        const std::string uri = params.at("/textDocument/uri"_json_pointer).get<std::string>();
        documents_.close(uri);
        diagnostics_.close(uri);
    }
    // Other notifications ($/cancelRequest, didSave, workspace/*) need nothing from us.
}

std::optional<int> LanguageServer::handle_message(const nlohmann::json& message) {
    if (!message.is_object() || !message.contains("method") || !message["method"].is_string()) {
        // A response to a request we never sent, or no message at all.
        if (message.is_object() && message.contains("id") && !message.contains("result") && !message.contains("error"))
            writer_.respond_error(message["id"], error_code::invalid_request, "a request needs a method");
        else if (!message.is_object())
            writer_.respond_error(nullptr, error_code::invalid_request, "a message is a JSON object");
        return std::nullopt;
    }
    const std::string method = message["method"].get<std::string>();
    const nlohmann::json params = message.value("params", nlohmann::json::object());
    if (method == "exit") return shut_down_ ? 0 : 1;
    if (!message.contains("id")) {
        try {
            handle_notification(method, params);
        } catch (const nlohmann::json::exception&) {
            // A malformed notification has nobody to answer to: it is dropped.
        }
        return std::nullopt;
    }
    const nlohmann::json& id = message["id"];
    try {
        writer_.respond(id, handle_request(method, params));
    } catch (const ProtocolError& error) {
        writer_.respond_error(id, error.code, error.message);
    } catch (const RequestFailed& error) {
        writer_.respond_error(id, error_code::request_failed, error.what());
    } catch (const nlohmann::json::exception& error) {
        writer_.respond_error(id, error_code::invalid_params, std::string("invalid params: ") + error.what());
    } catch (const std::exception& error) {
        writer_.respond_error(id, error_code::internal_error, error.what());
    }
    return std::nullopt;
}

std::optional<int> LanguageServer::handle(const std::string& body) {
    nlohmann::json message = parse_keeping_invalid_bytes(body);
    if (message.is_discarded()) {
        writer_.respond_error(nullptr, error_code::parse_error, "the message is not valid JSON");
        return std::nullopt;
    }
    return handle_message(message);
}

}  // namespace warrant::lsp

namespace warrant {

int run_language_server(std::istream& in, std::ostream& out, const LspOptions& options) {
    lsp::MessageWriter writer(out);
    lsp::LanguageServer server(writer, options);
    for (;;) {
        lsp::IncomingFrame frame = lsp::read_frame(in, lsp::kMaxMessageBytes);
        if (frame.status == lsp::ReadStatus::EndOfInput) return 1;  // the client went away without exit
        if (frame.status == lsp::ReadStatus::BadFrame) {
            writer.respond_error(nullptr, lsp::error_code::invalid_request, frame.problem);
            continue;
        }
        if (const std::optional<int> exit_code = server.handle(frame.body)) return *exit_code;
    }
}

}  // namespace warrant
