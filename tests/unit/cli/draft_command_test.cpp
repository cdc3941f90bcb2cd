#include "render/golden_file.hpp"
#include "support/run_warrant.hpp"
#include "support/source_tree.hpp"
#include "warrant/parse.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <map>

namespace {

using warrant::testing::read_file;
using warrant::testing::run_warrant;
using warrant::testing::TempDir;

const std::string kSeedPath = warrant::testing::seed_essay_path();
const std::string kTestEssay = warrant::testing::shared_dir() + "/corpora/aae2-essays/test/essay004.txt";

std::map<std::pair<std::string, std::string>, int> cited_pages(const warrant::ArgumentMap& map) {
    std::map<std::pair<std::string, std::string>, int> pages;
    for (warrant::Vertex v : boost::make_iterator_range(boost::vertices(map.graph)))
        if (map.graph[v].kind == warrant::NodeKind::Evidence && !map.graph[v].page.empty())
            ++pages[{map.graph[v].source, map.graph[v].page}];
    return pages;
}

}  // namespace

TEST_CASE("the seed essay's draft is valid Argdown with most of the hand-made map's citations") {
    TempDir out;
    auto run = run_warrant({"draft", kSeedPath, "-o", out.file("seed.argdown")});
    REQUIRE(run.exit_code == 0);
    const warrant::LoadResult draft = warrant::load_file(out.file("seed.argdown"));
    CHECK_FALSE(draft.has_errors());
    const warrant::LoadResult hand = warrant::load_file(warrant::testing::source_dir() + "/graphs/ustopia.argdown");
    int expected = 0, right = 0;
    auto drafted = cited_pages(draft.map);
    for (const auto& [key, count] : cited_pages(hand.map)) {
        expected += count;
        right += std::min(count, drafted[key]);
    }
    // Issue #21 asks for nine in ten; the draft has 74 of 75. The one it misses is "Matthews comments,
    // “…” (3)": the extract has no Works Cited and names Matthews only there, so nothing tells a
    // scholar from a character (the page goes to the novel). This pins what is reached.
    CHECK(right * 100 >= expected * 98);
    MESSAGE(right << " of " << expected);
}

TEST_CASE("an AAE2 test essay's draft is checked and rendered") {
    TempDir out;
    REQUIRE(run_warrant({"draft", kTestEssay, "-o", out.file("essay004.argdown")}).exit_code == 0);
    auto check = run_warrant({"check", out.file("essay004.argdown")});
    CHECK((check.exit_code == 0 || check.exit_code == 1));
    CHECK(check.err.find("error[") == std::string::npos);
    CHECK(check.out.find("error[") == std::string::npos);
    CHECK(run_warrant({"render", out.file("essay004.argdown"), "-o", out.file("essay004.svg")}).exit_code == 0);
    CHECK(read_file(out.file("essay004.svg")).find("<svg") != std::string::npos);
}

TEST_CASE("the components format gives code-point spans that cut the essay's own words") {
    auto run = run_warrant({"draft", kTestEssay, "--format", "components"});
    REQUIRE(run.exit_code == 0);
    const auto json = nlohmann::json::parse(run.out);
    REQUIRE(json["components"].size() > 3);
    const std::string text = read_file(kTestEssay);
    for (const auto& c : json["components"]) {
        CHECK(c["start"].get<std::size_t>() < c["end"].get<std::size_t>());
        CHECK(c["end"].get<std::size_t>() <= text.size());
    }
    CHECK(json["relations"].size() > 0);
}

TEST_CASE("one AAE2 essay's draft is the golden one") {
    auto run = run_warrant({"draft", kTestEssay});
    REQUIRE(run.exit_code == 0);
    warrant::testing::check_golden("../draft/essay004.argdown", run.out);
}

TEST_CASE("empty, binary and argument-free inputs give W050 and a valid empty draft") {
    TempDir in;
    const std::string empty = in.write("empty.txt", "");
    const std::string binary = in.write("binary.txt", std::string("\x7f" "ELF\0\0\x01\x02", 8));
    const std::string numbers = in.write("numbers.txt", "1 2 3\n4 5 6\n");
    for (const std::string& path : {empty, binary, numbers}) {
        TempDir out;
        auto run = run_warrant({"draft", path, "-o", out.file("d.argdown")});
        CHECK(run.exit_code == 0);
        CHECK(run.err.find("W050") != std::string::npos);
        CHECK_FALSE(warrant::load_file(out.file("d.argdown")).has_errors());
    }
}

TEST_CASE("a missing essay or a corrupt model is a clear error with exit code 2") {
    auto missing = run_warrant({"draft", "no-such-essay.txt"});
    CHECK(missing.exit_code == 2);
    CHECK(missing.err.find("no such file") != std::string::npos);
    TempDir in;
    auto corrupt = run_warrant({"draft", kTestEssay, "--model", in.write("model.txt", "warrant-draft-model 3\nvocabulary 5\na\n")});
    CHECK(corrupt.exit_code == 2);
    CHECK(corrupt.err.find("model.txt: draft model: the vocabulary ends after 1 of 5 features") != std::string::npos);
    // A model of the version before the position classifier: to be trained again, not "corrupt".
    auto older = run_warrant({"draft", kTestEssay, "--model", in.write("old.txt", "warrant-draft-model 2\nvocabulary 0\n")});
    CHECK(older.exit_code == 2);
    CHECK(older.err.find("old.txt: a draft model of another version ('warrant-draft-model 2'") != std::string::npos);
}

TEST_CASE("the seed essay's drafted statements keep their quotations whole") {
    TempDir out;
    REQUIRE(run_warrant({"draft", kSeedPath, "-o", out.file("seed.argdown")}).exit_code == 0);
    const auto check = run_warrant({"check", out.file("seed.argdown")});
    std::size_t unclosed = 0;
    for (std::size_t at = check.out.find("warning[W021]"); at != std::string::npos; at = check.out.find("warning[W021]", at + 1))
        ++unclosed;
    // 26 statements cut a quotation before segments took whole quotations and a page break stopped
    // ending paragraphs. The one left is the essay's own: “He could … and said: “Hailsham, … place” (5)
    // opens two quotations and closes one.
    CHECK(unclosed <= 1);
    MESSAGE(unclosed << " W021");
}
