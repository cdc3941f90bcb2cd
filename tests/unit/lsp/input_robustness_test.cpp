// The server on documents a file reader would have to repair: bytes that are not UTF-8 in the
// message, and a title reused for two claims (its quick fix).
#include "support/lsp_session.hpp"

#include <doctest/doctest.h>

using nlohmann::json;
using warrant::testing::LspSession;
using warrant::testing::LspTranscript;

namespace {

const std::string kBusUri = "file:///maps/bus.argdown";

json last_diagnostics(const LspTranscript& transcript) {
    const auto published = transcript.notifications("textDocument/publishDiagnostics");
    REQUIRE(!published.empty());
    return published.back().at("params").at("diagnostics");
}

}  // namespace

TEST_CASE("a document sent with Windows-1252 bytes opens, keeps its curly quotes and gets W025 where the first byte was") {
    LspSession session;
    // JSON must be UTF-8: this body is what a client that sends a file's bytes as it read them writes.
    const std::string text = "[A]: Schools should start later. #thesis\\n  + [Q]: \x93Teens sleep late.\x94 {source: c, page: 2}\\n";
    session.raw(warrant::testing::lsp_frame(
        R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":")" + kBusUri +
        R"(","languageId":"argdown","version":1,"text":")" + text + R"("}}})"));
    session.request(1, "textDocument/hover",
                    {{"textDocument", {{"uri", kBusUri}}}, {"position", {{"line", 1}, {"character", 6}}}});
    const LspTranscript transcript = session.run();
    const json diagnostics = last_diagnostics(transcript);
    REQUIRE(!diagnostics.empty());
    CHECK(diagnostics[0].at("code") == "W025");
    CHECK(diagnostics[0].at("range").at("start") == json{{"line", 1}, {"character", 9}});
    CHECK(diagnostics[0].at("message").get<std::string>().starts_with("the file is not UTF-8: the byte 0x93 here"));
    // The document is open and its statement reads with the curly quotes.
    const std::string hover = transcript.reply(1).at("result").at("contents").at("value").get<std::string>();
    CHECK(hover.find("\u201cTeens sleep late.\u201d") != std::string::npos);
}

TEST_CASE("the quick fix for a reused title renames the second one") {
    LspSession session;
    session.open(kBusUri,
                 "[Start later]: Schools should start later. #thesis\n"
                 "  - [Cost]: Later buses cost the district more.\n"
                 "  - [Cost]: Overtime for teachers is expensive.\n");
    session.request(1, "textDocument/codeAction",
                    {{"textDocument", {{"uri", kBusUri}}},
                     {"range", {{"start", {{"line", 2}, {"character", 8}}}, {"end", {{"line", 2}, {"character", 8}}}}},
                     {"context", {{"diagnostics", json::array()}}}});
    const LspTranscript transcript = session.run();
    bool noted = false;
    for (const json& diagnostic : last_diagnostics(transcript))
        noted = noted || (diagnostic.at("code") == "N207" && diagnostic.at("range").at("start") == json{{"line", 2}, {"character", 4}});
    CHECK(noted);
    const json& actions = transcript.reply(1).at("result");
    REQUIRE(actions.size() == 1);
    CHECK(actions[0].at("title") == "give this statement its own title [Cost 2]");
    CHECK(actions[0].at("edit").at("changes").at(kBusUri)[0] ==
          json::parse(R"({"range":{"start":{"line":2,"character":4},"end":{"line":2,"character":10}},"newText":"[Cost 2]"})"));
}

TEST_CASE("positions and versions that are not ints are invalid params, never converted past int's range") {
    // lsp_fuzz found a line of 1.44e56: converting it to int is undefined behaviour.
    LspSession session;
    session.open(kBusUri, "[A]: Schools should start later. #thesis\n");
    session.request(1, "textDocument/hover", {{"textDocument", {{"uri", kBusUri}}}, {"position", {{"line", 1.44e56}, {"character", 0}}}});
    session.request(2, "textDocument/hover",
                    {{"textDocument", {{"uri", kBusUri}}}, {"position", {{"line", 0}, {"character", 9000000000LL}}}});
    session.request(3, "textDocument/completion", {{"textDocument", {{"uri", kBusUri}}}, {"position", {{"line", -1.5}, {"character", 0}}}});
    session.notify("textDocument/didChange", {{"textDocument", {{"uri", kBusUri}, {"version", 1e300}}},
                                              {"contentChanges", json::array({{{"text", "[B]: b"}}})}});
    session.request(4, "textDocument/hover", {{"textDocument", {{"uri", kBusUri}}}, {"position", {{"line", 0}, {"character", 1}}}});
    const LspTranscript transcript = session.run();
    for (int id : {1, 2, 3}) {
        CAPTURE(id);
        CHECK(transcript.reply(id).at("error").at("code") == -32602);
    }
    // The change with a version of 1e300 was dropped: the document is still the opened one.
    CHECK(transcript.reply(4).at("result").at("contents").at("value").get<std::string>().find("Schools should start later") !=
          std::string::npos);
}
