#include "lsp/json_rpc.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace warrant::lsp;

TEST_CASE("a framed message is read whole, whatever the header's case and extra fields") {
    std::istringstream in("content-length: 7\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{\"a\":1}");
    const IncomingFrame frame = read_frame(in, 100);
    CHECK(frame.status == ReadStatus::Message);
    CHECK(frame.body == "{\"a\":1}");
}

TEST_CASE("a header without a Content-Length is a bad frame and the next message still reads") {
    std::istringstream in("Content-Type: x\r\n\r\nContent-Length: 2\r\n\r\n{}");
    CHECK(read_frame(in, 100).status == ReadStatus::BadFrame);
    const IncomingFrame next = read_frame(in, 100);
    CHECK(next.status == ReadStatus::Message);
    CHECK(next.body == "{}");
}

TEST_CASE("a body over the limit is skipped, not kept") {
    std::istringstream in("Content-Length: 10\r\n\r\n0123456789Content-Length: 2\r\n\r\n[]");
    const IncomingFrame skipped = read_frame(in, 5);
    CHECK(skipped.status == ReadStatus::BadFrame);
    CHECK(skipped.problem == "a message of 10 bytes, over the limit of 5");
    CHECK(read_frame(in, 5).body == "[]");
}

TEST_CASE("a body cut short by the end of input is the end, not a message") {
    std::istringstream in("Content-Length: 50\r\n\r\n{\"short\"");
    CHECK(read_frame(in, 100).status == ReadStatus::EndOfInput);
}

TEST_CASE("a Content-Length that is not a number is a bad frame") {
    std::istringstream in("Content-Length: 12abc\r\n\r\n");
    CHECK(read_frame(in, 100).status == ReadStatus::BadFrame);
}

TEST_CASE("written messages are framed with their byte length") {
    std::ostringstream out;
    MessageWriter writer(out);
    writer.notify("x", {{"t", "\xC3\xA9"}});
    const std::string body = R"({"jsonrpc":"2.0","method":"x","params":{"t":"é"}})";
    CHECK(out.str() == "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
}

TEST_CASE("invalid UTF-8 in a written message is replaced, not thrown on") {
    std::ostringstream out;
    MessageWriter writer(out);
    writer.notify("x", {{"t", "a\xFF"}});
    CHECK(out.str().find("a\xEF\xBF\xBD") != std::string::npos);
}
