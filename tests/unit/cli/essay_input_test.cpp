// Prose is an input like any other (issue #27): `check` and `report` take an essay, draft it,
// and point every finding at the essay's own line and column, quoting the sentence there.
#include "support/run_warrant.hpp"
#include "support/source_tree.hpp"
#include "text/white_space.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <string>
#include <vector>

namespace {

using warrant::testing::read_file;
using warrant::testing::run_warrant;
using warrant::testing::TempDir;

const std::string kShared = warrant::testing::shared_dir();
const std::string kAae2Essay = kShared + "/corpora/aae2-essays/test/essay004.txt";
const std::string kSeedEssay = warrant::testing::seed_essay_path();
const std::string kMicrotext = kShared + "/corpora/microtexts/en/micro_k023.txt";

// The sentence a finding quotes: the text between its first “ and last ”, without a trailing "…"
// where the message shortened it.
std::string quoted_sentence(const std::string& message) {
    const std::string open = "\u201c", close = "\u201d", ellipsis = "\u2026";
    const std::size_t begin = message.find(open), end = message.rfind(close);  // a quotation inside it too
    if (begin == std::string::npos || end == std::string::npos || end < begin) return {};
    std::string quote = message.substr(begin + open.size(), end - begin - open.size());
    if (quote.size() >= ellipsis.size() && quote.compare(quote.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0)
        quote.resize(quote.size() - ellipsis.size());
    return quote;
}

struct EssayFindings {
    int exit_code = -1;
    std::size_t drafted_notes = 0;
    std::size_t quoting = 0;            // findings at a sentence that quote it
    std::size_t at_their_sentence = 0;  // ... whose quoted sentence stands at that line and column
};

// The byte offset of a 1-based line and column in `text`.
std::size_t offset_of(const std::string& text, std::size_t line, std::size_t column) {
    std::size_t at = 0;
    for (std::size_t l = 1; l < line && at != std::string::npos; ++l) {
        at = text.find('\n', at);
        if (at != std::string::npos) ++at;
    }
    return at == std::string::npos ? text.size() : at + column - 1;
}

// Runs `check --format json` on an essay and holds each finding against the essay's text: the
// sentence it quotes must stand around its line and column.
EssayFindings check_essay(const std::string& essay) {
    EssayFindings result;
    const auto run = run_warrant({"check", essay, "--format", "json"});
    result.exit_code = run.exit_code;
    const std::string text = read_file(essay);
    const nlohmann::json report = nlohmann::json::parse(run.out);
    REQUIRE(report.at("files").size() == 1);
    for (const nlohmann::json& finding : report.at("files")[0].at("findings")) {
        if (finding.at("code") == "N220") ++result.drafted_notes;
        const nlohmann::json& span = finding.at("span");
        const std::string quote = warrant::text::squeeze(quoted_sentence(finding.at("message").get<std::string>()));
        if (span.at("line").get<int>() <= 0 || quote.empty()) continue;
        ++result.quoting;
        const std::size_t at = offset_of(text, span.at("line").get<std::size_t>(), span.at("column").get<std::size_t>());
        // The sentence holds the finding's place: it starts at most its own length before it.
        const std::size_t from = at > quote.size() + 8 ? at - quote.size() - 8 : 0;
        const std::string around = warrant::text::squeeze(std::string_view(text).substr(from, 2 * quote.size() + 16));
        INFO(finding.dump());
        CHECK(around.find(quote) != std::string::npos);
        if (around.find(quote) != std::string::npos) ++result.at_their_sentence;
    }
    return result;
}

}  // namespace

TEST_CASE("check on an AAE2 essay puts every finding on the essay's own sentence and says once that it drafted") {
    const EssayFindings found = check_essay(kAae2Essay);
    CHECK(found.exit_code == 0);
    CHECK(found.drafted_notes == 1);
    CHECK(found.quoting >= 3);
    CHECK(found.at_their_sentence == found.quoting);
}

TEST_CASE("check on the seed essay puts every finding on the essay's own sentence") {
    const EssayFindings found = check_essay(kSeedEssay);
    CHECK(found.exit_code == 0);
    CHECK(found.drafted_notes == 1);
    CHECK(found.quoting >= 10);
    CHECK(found.at_their_sentence == found.quoting);
}

TEST_CASE("check on a one-paragraph microtext drafts an argument and points at its sentences") {
    const auto run = run_warrant({"check", kMicrotext});
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("W050") == std::string::npos);  // not "no argument found"
    const EssayFindings found = check_essay(kMicrotext);
    CHECK(found.drafted_notes == 1);
    CHECK(found.at_their_sentence == found.quoting);
}

TEST_CASE("check's text output on an essay is compiler-style at the essay's file, line and column") {
    const auto run = run_warrant({"check", kAae2Essay});
    CHECK(run.exit_code == 0);
    const std::string all = run.out + run.err;
    CHECK(all.find(kAae2Essay + ": note[N220]: this map was drafted from the essay's prose") != std::string::npos);
    CHECK(all.find("warrant draft " + kAae2Essay + " -o ") != std::string::npos);
    CHECK(all.find(kAae2Essay + ":4:") != std::string::npos);  // the first body paragraph
    CHECK(all.find("error[") == std::string::npos);
}

TEST_CASE("report on an essay writes the essay beside its map, each marked part opening its node") {
    TempDir out;
    const auto run = run_warrant({"report", kAae2Essay, "-o", out.file("essay.html")});
    REQUIRE(run.exit_code == 0);
    const std::string page = read_file(out.file("essay.html"));
    CHECK(page.find("<section id=\"essay\"") != std::string::npos);
    CHECK(page.find("<div class=\"essay-text\"") != std::string::npos);
    CHECK(page.find("<section id=\"map\"") != std::string::npos);
    // A sentence of the essay, whole, in the pane; a marked part links to its node.
    CHECK(page.find("The last 50 years have seen a significant increase in the number of tourist traveling worldwide.") !=
          std::string::npos);
    CHECK(page.find("class=\"essay-part essay-") != std::string::npos);
    CHECK(page.find("data-node=\"") != std::string::npos);
}

TEST_CASE("an empty essay is refused with exit 2 and no report is written") {
    TempDir out;
    const std::string empty = out.write("empty.txt", "");
    const auto run = run_warrant({"report", empty, "-o", out.file("empty.html")});
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("W050") != std::string::npos);
    CHECK_FALSE(std::ifstream(out.file("empty.html")).good());
}
