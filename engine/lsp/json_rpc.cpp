#include "lsp/json_rpc.hpp"

#include <cctype>
#include <charconv>
#include <optional>
#include <istream>
#include <ostream>

namespace warrant::lsp {
namespace {

// A header line without its CRLF (a bare LF is accepted too); false at end of input.
bool read_header_line(std::istream& in, std::string& line) {
    if (!std::getline(in, line)) return false;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return true;
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
            return false;
    return true;
}

std::optional<std::size_t> content_length(std::string_view line) {
    constexpr std::string_view kName = "content-length:";
    if (!starts_with_ignoring_case(line, kName)) return std::nullopt;
    line.remove_prefix(kName.size());
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    std::size_t value = 0;
    const auto [end, error] = std::from_chars(line.data(), line.data() + line.size(), value);
    if (error != std::errc() || end != line.data() + line.size() || line.empty()) return std::nullopt;
    return value;
}

}  // namespace

IncomingFrame read_frame(std::istream& in, std::size_t max_body_bytes) {
    std::optional<std::size_t> length;
    bool saw_header = false;
    std::string line;
    while (read_header_line(in, line)) {
        if (line.empty()) {
            if (!saw_header) continue;  // stray blank lines between messages
            break;
        }
        saw_header = true;
        if (auto value = content_length(line)) length = value;
    }
    if (!in) return {ReadStatus::EndOfInput, {}, {}};
    if (!length) return {ReadStatus::BadFrame, {}, "a message header without a valid Content-Length"};
    if (*length > max_body_bytes) {
        in.ignore(static_cast<std::streamsize>(*length));
        if (!in) return {ReadStatus::EndOfInput, {}, {}};
        return {ReadStatus::BadFrame, {}, "a message of " + std::to_string(*length) + " bytes, over the limit of " +
                                              std::to_string(max_body_bytes)};
    }
    IncomingFrame frame{ReadStatus::Message, std::string(*length, '\0'), {}};
    in.read(frame.body.data(), static_cast<std::streamsize>(*length));
    if (static_cast<std::size_t>(in.gcount()) != *length) return {ReadStatus::EndOfInput, {}, {}};
    return frame;
}

void MessageWriter::send(const nlohmann::json& message) {
    // Titles and texts come from the document: invalid UTF-8 is replaced, never thrown on.
    const std::string body = message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    const std::lock_guard lock(mutex_);
    out_ << "Content-Length: " << body.size() << "\r\n\r\n" << body;
    out_.flush();
}

void MessageWriter::respond(const nlohmann::json& id, nlohmann::json result) {
    send({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
}

void MessageWriter::respond_error(const nlohmann::json& id, int code, std::string_view message) {
    send({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", std::string(message)}}}});
}

void MessageWriter::notify(std::string_view method, nlohmann::json params) {
    send({{"jsonrpc", "2.0"}, {"method", std::string(method)}, {"params", std::move(params)}});
}

}  // namespace warrant::lsp
