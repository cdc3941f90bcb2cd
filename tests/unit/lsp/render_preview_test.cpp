// warrant/render: the editor's preview drawn from the document as typed, version by version.
#include "support/lsp_session.hpp"

#include <doctest/doctest.h>

using warrant::testing::LspSession;
using warrant::testing::LspTranscript;
using nlohmann::json;

namespace {

// Never saved: the server has only what the client sent.
const std::string kUnsavedUri = "file:///nowhere/unsaved.argdown";

const std::string kPreviewMap =
    "[Utopias fail]: Utopias fail. #thesis\n"
    "\n"
    "[People differ]: People want different things.\n"
    "  +> [Utopias fail]\n";

json render_params(int line, int character, bool draw = true) {
    return {{"textDocument", {{"uri", kUnsavedUri}}}, {"position", {{"line", line}, {"character", character}}}, {"draw", draw}};
}

json change_to(int version, const json& changes) {
    return {{"textDocument", {{"uri", kUnsavedUri}, {"version", version}}}, {"contentChanges", changes}};
}

// The id the reply gives the node titled `title`, or "".
std::string id_of(const json& result, const std::string& title) {
    for (const json& node : result.at("nodes"))
        if (node.at("title") == title) return node.at("id").get<std::string>();
    return {};
}

}  // namespace

TEST_CASE("warrant/render for version N draws the statement added in version N and finds it under the cursor") {
    LspSession session;
    session.open(kUnsavedUri, kPreviewMap, 1);
    session.request(1, "warrant/render", render_params(2, 20));
    // Version 2 types a new paragraph at the end (its statement on line 5), not saved anywhere.
    session.notify("textDocument/didChange",
                   change_to(2, json::array({{{"range", {{"start", {{"line", 4}, {"character", 0}}}, {"end", {{"line", 4}, {"character", 0}}}}},
                                              {"text", "\n[Islands work]: Small utopias last.\n  -> [Utopias fail]\n"}}})));
    session.request(2, "warrant/render", render_params(5, 3));
    const LspTranscript transcript = session.run();

    const json& first = transcript.reply(1).at("result");
    CHECK(first.at("version") == 1);
    CHECK(first.at("nodes").size() == 2);
    CHECK(first.at("svg").get<std::string>().rfind("<svg", 0) == 0);
    CHECK(first.at("svg").get<std::string>().find("Islands work") == std::string::npos);
    // The cursor is in the text of [People differ], past its title: the line's statement.
    CHECK(first.at("active") == id_of(first, "People differ"));

    const json& second = transcript.reply(2).at("result");
    CHECK(second.at("version") == 2);
    CHECK(second.at("nodes").size() == 3);
    const std::string added = id_of(second, "Islands work");
    REQUIRE(added == "n2");
    CHECK(second.at("svg").get<std::string>().find("<title>n2</title>") != std::string::npos);
    CHECK(second.at("svg").get<std::string>().find("Islands work") != std::string::npos);
    CHECK(second.at("active") == "n2");
    // Where a click on the node takes the cursor: its definition.
    CHECK(second.at("nodes").at(2).at("range") == json::parse(R"({"start":{"line":5,"character":0},"end":{"line":5,"character":35}})"));
    CHECK(second.at("nodes").at(2).at("kind") == "claim");
}

TEST_CASE("warrant/render without drawing answers only the nodes and the statement at the cursor") {
    LspSession session;
    session.open(kUnsavedUri, kPreviewMap, 7);
    session.request(1, "warrant/render", render_params(3, 8, false));  // on [Utopias fail] in `+> [Utopias fail]`
    session.request(2, "warrant/render", render_params(1, 0, false));  // a blank line: no statement
    const LspTranscript transcript = session.run();
    const json& result = transcript.reply(1).at("result");
    CHECK(result.at("version") == 7);
    CHECK_FALSE(result.contains("svg"));
    CHECK(result.at("active") == id_of(result, "Utopias fail"));
    CHECK(transcript.reply(2).at("result").at("active").is_null());
}

TEST_CASE("warrant/render for a document that is not open fails with RequestFailed") {
    LspSession session;
    session.request(1, "warrant/render", render_params(0, 0));
    const LspTranscript transcript = session.run();
    CHECK(transcript.reply(1).at("error").at("code") == -32803);
}
