// The server over a scripted conversation: lifecycle, bad input, and each feature's answer.
#include "support/lsp_session.hpp"

#include <doctest/doctest.h>

using warrant::testing::LspSession;
using warrant::testing::LspTranscript;
using nlohmann::json;

namespace {

const std::string kCafeUri = "file:///maps/caf%C3%A9.argdown";

// Titles with an accent and an emoji: UTF-16 and UTF-8 columns differ after them.
const std::string kServerMap =
    "===\n"
    "sources:\n"
    "  atwood: {author: Margaret Atwood}\n"
    "===\n"
    "\n"
    "[Th\xC3\xA8se]: Utopias fail. #thesis\n"
    "\n"
    "[Reason \xF0\x9F\x98\x80]: People differ.\n"
    "  +> [Th\xC3\xA8se]\n"
    "  + [Quote]: \"Text.\" {source: atwood}\n";

json position(int line, int character) {
    return {{"textDocument", {{"uri", kCafeUri}}}, {"position", {{"line", line}, {"character", character}}}};
}

int reply_error_code(const json& reply) { return reply.at("error").at("code").get<int>(); }

}  // namespace

TEST_CASE("shutdown then exit ends the server with 0") {
    LspSession session;
    const LspTranscript transcript = session.run();
    CHECK(transcript.exit_code == 0);
    CHECK(transcript.reply(9999).at("result").is_null());
}

TEST_CASE("exit without shutdown ends the server with 1, as does the end of input") {
    LspSession without_shutdown;
    without_shutdown.notify("exit", nullptr);
    CHECK(without_shutdown.run(false).exit_code == 1);
    LspSession closed;
    CHECK(closed.run(false).exit_code == 1);
}

TEST_CASE("the server says what it offers and agrees on UTF-16 unless the client offers UTF-8") {
    LspSession plain;
    const json capabilities = plain.run().reply(0).at("result").at("capabilities");
    CHECK(capabilities.at("positionEncoding") == "utf-16");
    CHECK(capabilities.at("textDocumentSync").at("change") == 2);
    CHECK(capabilities.at("hoverProvider") == true);
    LspSession utf8(json{{"general", {{"positionEncodings", {"utf-32", "utf-8", "utf-16"}}}}});
    CHECK(utf8.run().reply(0).at("result").at("capabilities").at("positionEncoding") == "utf-8");
}

TEST_CASE("a message that is not JSON is answered with a parse error and the server goes on") {
    LspSession session;
    session.raw(warrant::testing::lsp_frame("{\"jsonrpc\": \"2.0\", \"id\": 4, "));
    const LspTranscript transcript = session.run();
    CHECK(transcript.exit_code == 0);
    bool parse_error = false;
    for (const json& message : transcript.messages)
        if (message.contains("error") && message["id"].is_null()) parse_error = reply_error_code(message) == -32700;
    CHECK(parse_error);
}

TEST_CASE("a frame without a Content-Length is answered with an invalid request and skipped") {
    LspSession session;
    session.raw("X-Nonsense: 1\r\n\r\n");
    const LspTranscript transcript = session.run();
    CHECK(transcript.exit_code == 0);
    CHECK(reply_error_code(transcript.messages.at(1)) == -32600);
}

TEST_CASE("an unknown method is answered with MethodNotFound, an unknown notification is ignored") {
    LspSession session;
    session.notify("$/somethingNew", json::object());
    session.request(1, "textDocument/frobnicate", position(0, 0));
    const LspTranscript transcript = session.run();
    CHECK(reply_error_code(transcript.reply(1)) == -32601);
    CHECK(transcript.exit_code == 0);
}

TEST_CASE("a request for a document that is not open fails with RequestFailed") {
    LspSession session;
    session.open(kCafeUri, kServerMap);
    session.notify("textDocument/didClose", {{"textDocument", {{"uri", kCafeUri}}}});
    session.request(1, "textDocument/hover", position(5, 2));
    const LspTranscript transcript = session.run();
    CHECK(reply_error_code(transcript.reply(1)) == -32803);
    // Closing clears the document's diagnostics in the client.
    const auto published = transcript.notifications("textDocument/publishDiagnostics");
    REQUIRE(!published.empty());
    CHECK(published.back().at("params").at("diagnostics").empty());
}

TEST_CASE("requests with missing params are answered with InvalidParams") {
    LspSession session;
    session.open(kCafeUri, kServerMap);
    session.request(1, "textDocument/hover", {{"textDocument", {{"uri", kCafeUri}}}});
    session.request(2, "textDocument/definition", json::array({1, 2}));
    const LspTranscript transcript = session.run();
    CHECK(reply_error_code(transcript.reply(1)) == -32602);
    CHECK(reply_error_code(transcript.reply(2)) == -32602);
}

TEST_CASE("a request before initialize is answered with ServerNotInitialized") {
    std::istringstream in(warrant::testing::lsp_frame(R"({"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{}})") +
                          warrant::testing::lsp_frame(R"({"jsonrpc":"2.0","method":"exit"})"));
    std::ostringstream out;
    CHECK(warrant::run_language_server(in, out) == 1);
    CHECK(out.str().find("\"code\":-32002") != std::string::npos);
}

TEST_CASE("diagnostics carry check's code, severity, range and related locations") {
    LspSession session;
    session.open(kCafeUri, kServerMap);
    const LspTranscript transcript = session.run();
    const auto published = transcript.notifications("textDocument/publishDiagnostics");
    REQUIRE(published.size() == 1);
    const json& params = published[0].at("params");
    CHECK(params.at("uri") == kCafeUri);
    CHECK(params.at("version") == 1);
    REQUIRE(params.at("diagnostics").size() == 1);
    const json& diagnostic = params.at("diagnostics")[0];
    CHECK(diagnostic.at("code") == "W111");
    CHECK(diagnostic.at("severity") == 2);
    CHECK(diagnostic.at("message") == "evidence [Quote] cites 'atwood' without a page");
    CHECK(diagnostic.at("range") == json::parse(R"({"start":{"line":9,"character":4},"end":{"line":9,"character":37}})"));
    // Its only related statement is [Quote] itself, already under the squiggle.
    CHECK_FALSE(diagnostic.contains("relatedInformation"));
}

TEST_CASE("related locations point elsewhere, never back at the finding's own statement") {
    LspSession session;
    session.open(kCafeUri, "[Claim]: A.\n  + [Leaf]: B.\n");
    const LspTranscript transcript = session.run();
    const auto published = transcript.notifications("textDocument/publishDiagnostics");
    REQUIRE(published.size() == 1);
    const json* rests_on_leaf = nullptr;
    for (const json& diagnostic : published[0].at("params").at("diagnostics"))
        if (diagnostic.at("code") == "W102") rests_on_leaf = &diagnostic;
    REQUIRE(rests_on_leaf != nullptr);
    const json& related = rests_on_leaf->at("relatedInformation");
    REQUIRE(related.size() == 1);
    CHECK(related[0].at("message") == "[Leaf]");
    CHECK(related[0].at("location").at("range").at("start") == json::parse(R"({"line":1,"character":4})"));
}

TEST_CASE("the diagnostics published last are those of the latest version") {
    LspSession session;
    session.open(kCafeUri, kServerMap, 1);
    session.notify("textDocument/didChange",
                   {{"textDocument", {{"uri", kCafeUri}, {"version", 2}}},
                    {"contentChanges", json::array({{{"text", "[Alone]: A thesis on its own. #thesis #assumption\n"}}})}});
    const LspTranscript transcript = session.run();
    const auto published = transcript.notifications("textDocument/publishDiagnostics");
    REQUIRE(!published.empty());
    CHECK(published.back().at("params").at("version") == 2);
    const json& diagnostics = published.back().at("params").at("diagnostics");
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].at("message") == "[Alone] is not related to anything");
}

TEST_CASE("an incremental edit in UTF-16 units is checked like the whole text") {
    LspSession session;
    session.open(kCafeUri, kServerMap, 1);
    // Insert ", page: 4" before the closing brace on line 7 (UTF-16 column 36).
    session.notify("textDocument/didChange",
                   {{"textDocument", {{"uri", kCafeUri}, {"version", 2}}},
                    {"contentChanges", json::array({{{"range", {{"start", {{"line", 9}, {"character", 36}}}, {"end", {{"line", 9}, {"character", 36}}}}},
                                                     {"text", ", page: 4"}}})}});
    const LspTranscript transcript = session.run();
    const auto published = transcript.notifications("textDocument/publishDiagnostics");
    REQUIRE(!published.empty());
    CHECK(published.back().at("params").at("version") == 2);
    CHECK(published.back().at("params").at("diagnostics").empty());
}

TEST_CASE("hover on a reference tells the node's kind, grounding and chain in UTF-16 ranges") {
    LspSession session;
    session.open(kCafeUri, kServerMap);
    session.request(1, "textDocument/hover", position(8, 7));
    session.request(2, "textDocument/hover", position(0, 0));
    const LspTranscript transcript = session.run();
    const json& hover = transcript.reply(1).at("result");
    const std::string text = hover.at("contents").at("value");
    CHECK(text.find("**thesis** [Th\xC3\xA8se]") == 0);
    CHECK(text.find("grounded by [Reason \xF0\x9F\x98\x80]") != std::string::npos);
    CHECK(text.find("depth 2; 1 independent ground: [Quote] (fragile: one ground carries it)") != std::string::npos);
    CHECK(hover.at("range") == json::parse(R"({"start":{"line":8,"character":6},"end":{"line":8,"character":11}})"));
    CHECK(transcript.reply(2).at("result").is_null());
}

TEST_CASE("hover on evidence names its source, its page and the finding's explanation") {
    LspSession session;
    session.open(kCafeUri, kServerMap);
    session.request(1, "textDocument/hover", position(9, 6));
    const LspTranscript transcript = session.run();
    const std::string text = transcript.reply(1).at("result").at("contents").at("value");
    CHECK(text.find("source `atwood`: Margaret Atwood, no page") != std::string::npos);
    CHECK(text.find("**W111** evidence [Quote] cites 'atwood' without a page") != std::string::npos);
    CHECK(text.find("A quotation must be findable to be checked") != std::string::npos);
}

TEST_CASE("positions after an emoji count UTF-8 bytes when the client chose UTF-8") {
    LspSession session(json{{"general", {{"positionEncodings", {"utf-8"}}}}});
    session.open(kCafeUri, kServerMap);
    session.request(1, "textDocument/hover", position(7, 3));
    const LspTranscript transcript = session.run();
    const json& hover = transcript.reply(1).at("result");
    CHECK(hover.at("range") == json::parse(R"({"start":{"line":7,"character":1},"end":{"line":7,"character":12}})"));
}

TEST_CASE("definition and references find every place a title is written") {
    LspSession session;
    session.open(kCafeUri, kServerMap);
    session.request(1, "textDocument/definition", position(8, 8));
    session.request(2, "textDocument/references", position(5, 2));
    json without_declaration = position(5, 2);
    without_declaration["context"] = {{"includeDeclaration", false}};
    session.request(3, "textDocument/references", without_declaration);
    session.request(4, "textDocument/definition", position(9, 30));  // the source key
    const LspTranscript transcript = session.run();
    CHECK(transcript.reply(1).at("result") == json::parse(R"([{"uri":")" + kCafeUri +
                                                          R"(","range":{"start":{"line":5,"character":1},"end":{"line":5,"character":6}}}])"));
    CHECK(transcript.reply(2).at("result").size() == 2);
    CHECK(transcript.reply(3).at("result").size() == 1);
    CHECK(transcript.reply(4).at("result")[0].at("range") ==
          json::parse(R"({"start":{"line":2,"character":2},"end":{"line":2,"character":8}})"));
}

TEST_CASE("rename changes a title everywhere and refuses a name that would break it") {
    LspSession session;
    session.open(kCafeUri, kServerMap);
    json params = position(5, 2);
    params["newName"] = "Utopia fails";
    session.request(1, "textDocument/rename", params);
    params["newName"] = "Bad ] name";
    session.request(2, "textDocument/rename", params);
    const LspTranscript transcript = session.run();
    const json& edits = transcript.reply(1).at("result").at("changes").at(kCafeUri);
    REQUIRE(edits.size() == 2);
    CHECK(edits[0] == json::parse(R"({"range":{"start":{"line":5,"character":1},"end":{"line":5,"character":6}},"newText":"Utopia fails"})"));
    CHECK(edits[1].at("range").at("start") == json::parse(R"({"line":8,"character":6})"));
    CHECK(reply_error_code(transcript.reply(2)) == -32803);
}

TEST_CASE("completion offers titles after a bracket and source keys after source:") {
    LspSession session;
    session.open(kCafeUri, kServerMap);
    session.request(1, "textDocument/completion", position(8, 6));
    session.request(2, "textDocument/completion", position(9, 30));
    session.request(3, "textDocument/completion", position(5, 24));
    const LspTranscript transcript = session.run();
    std::vector<std::string> titles, keys, tags;
    for (const json& item : transcript.reply(1).at("result").at("items")) titles.push_back(item.at("label"));
    for (const json& item : transcript.reply(2).at("result").at("items")) keys.push_back(item.at("label"));
    for (const json& item : transcript.reply(3).at("result").at("items")) tags.push_back(item.at("label"));
    CHECK(titles == std::vector<std::string>{"Th\xC3\xA8se", "Reason \xF0\x9F\x98\x80", "Quote"});
    CHECK(keys == std::vector<std::string>{"atwood"});
    CHECK(tags == std::vector<std::string>{"thesis"});
}

TEST_CASE("a quick fix adds the missing page to the evidence's metadata") {
    LspSession session;
    session.open(kCafeUri, kServerMap);
    session.request(1, "textDocument/codeAction",
                    {{"textDocument", {{"uri", kCafeUri}}},
                     {"range", {{"start", {{"line", 9}, {"character", 0}}}, {"end", {{"line", 9}, {"character", 0}}}}},
                     {"context", {{"diagnostics", json::array()}}}});
    const LspTranscript transcript = session.run();
    const json& actions = transcript.reply(1).at("result");
    REQUIRE(actions.size() == 1);
    CHECK(actions[0].at("title") == "add a page placeholder");
    CHECK(actions[0].at("kind") == "quickfix");
    CHECK(actions[0].at("edit").at("changes").at(kCafeUri)[0] ==
          json::parse(R"({"range":{"start":{"line":9,"character":36},"end":{"line":9,"character":36}},"newText":", page: \"?\""})"));
}

TEST_CASE("the outline lists the statements under their sections") {
    LspSession session;
    session.open(kCafeUri, "# Part one\n\n[A]: a. #thesis\n\n## Inner\n\n[B]: b.\n  +> [A]\n");
    session.request(1, "textDocument/documentSymbol", {{"textDocument", {{"uri", kCafeUri}}}});
    const LspTranscript transcript = session.run();
    const json& symbols = transcript.reply(1).at("result");
    REQUIRE(symbols.size() == 1);
    CHECK(symbols[0].at("name") == "Part one");
    REQUIRE(symbols[0].at("children").size() == 2);
    CHECK(symbols[0].at("children")[0].at("name") == "Inner");
    CHECK(symbols[0].at("children")[0].at("children")[0].at("name") == "[B]");
    CHECK(symbols[0].at("children")[1].at("name") == "[A]");
}

TEST_CASE("a 50 MB document is checked and answered without a crash") {
    std::string big;
    for (int i = 0; big.size() < (std::size_t{50} << 20); ++i)
        big += "[Claim " + std::to_string(i) + "]: " + std::string(1000, 'x') + ".\n\n";
    LspSession session;
    session.open(kCafeUri, big);
    session.request(1, "textDocument/hover", position(0, 3));
    const LspTranscript transcript = session.run();
    CHECK(transcript.exit_code == 0);
    CHECK(transcript.reply(1).at("result").at("contents").at("value").get<std::string>().find("**claim** [Claim 0]") == 0);
    const auto published = transcript.notifications("textDocument/publishDiagnostics");
    REQUIRE(published.size() == 1);
    CHECK(published[0].at("params").at("version") == 1);
}
