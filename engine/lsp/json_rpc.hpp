// JSON-RPC 2.0 framing as LSP speaks it on a stream (private to engine/lsp): each message is a
// header block ("Content-Length: N", CRLF line ends, an empty line) and then N bytes of JSON.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <iosfwd>
#include <mutex>
#include <string>
#include <string_view>

namespace warrant::lsp {

// The protocol's error codes (JSON-RPC's and LSP's own).
namespace error_code {
inline constexpr int parse_error = -32700;
inline constexpr int invalid_request = -32600;
inline constexpr int method_not_found = -32601;
inline constexpr int invalid_params = -32602;
inline constexpr int internal_error = -32603;
inline constexpr int server_not_initialized = -32002;
inline constexpr int request_failed = -32803;
}  // namespace error_code

enum class ReadStatus {
    Message,      // `body` holds one message's bytes (not yet known to be JSON)
    EndOfInput,   // the stream closed
    BadFrame,     // a header without a usable Content-Length, or a body over the limit: skipped
};

struct IncomingFrame {
    ReadStatus status = ReadStatus::EndOfInput;
    std::string body;
    std::string problem;  // BadFrame: what was wrong, for the error reply
};

// Reads the next frame. A body longer than `max_body_bytes` is read past, not kept.
IncomingFrame read_frame(std::istream& in, std::size_t max_body_bytes);

// Writes whole messages to one stream from any thread: a reply and a notification from the
// diagnostics thread never interleave.
class MessageWriter {
public:
    explicit MessageWriter(std::ostream& out) : out_(out) {}
    void send(const nlohmann::json& message);
    void respond(const nlohmann::json& id, nlohmann::json result);
    void respond_error(const nlohmann::json& id, int code, std::string_view message);
    void notify(std::string_view method, nlohmann::json params);

private:
    std::mutex mutex_;
    std::ostream& out_;
};

}  // namespace warrant::lsp
