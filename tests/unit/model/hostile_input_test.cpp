// Inputs a student might paste or a corpus might hold: each loads to a clear result, never a
// crash (the sanitizer build runs these too).
#include "support/run_warrant.hpp"
#include "warrant/analysis.hpp"
#include "warrant/formats.hpp"
#include "warrant/parse.hpp"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include <thread>

using warrant::parse_argdown;
using warrant::testing::run_warrant;
using warrant::testing::TempDir;

TEST_CASE("an empty file is an empty map without errors") {
    auto loaded = parse_argdown("", "empty.argdown");
    CHECK_FALSE(loaded.has_errors());
    CHECK(loaded.map.node_count() == 0);
}

TEST_CASE("a file of only front matter is an empty map with its metadata") {
    auto loaded = parse_argdown("===\ntitle: t\npoles: [a, b]\n===\n", "front.argdown");
    CHECK_FALSE(loaded.has_errors());
    CHECK(loaded.map.node_count() == 0);
    CHECK(loaded.map.poles == std::vector<std::string>{"a", "b"});
}

TEST_CASE("NUL bytes and invalid UTF-8 load and export as valid JSON") {
    auto loaded = parse_argdown(std::string("[A]: bad \xFF\xFE bytes and a \0 NUL\n", 31), "binary.argdown");
    REQUIRE(loaded.map.node_count() >= 1);
    const auto json = nlohmann::json::parse(warrant::export_json(loaded.map));  // throws if invalid
    CHECK(json["nodes"][0]["title"] == "A");
}

TEST_CASE("a UTF-8 byte order mark does not become part of the first title") {
    auto loaded = parse_argdown("\xEF\xBB\xBF[A]: a\n", "bom.argdown");
    CHECK(loaded.map.find_statement("A").has_value());
}

TEST_CASE("a hundred thousand references to one undefined title make one node") {
    std::string text = "[Target]\n";
    for (int i = 0; i < 100000; ++i) text += "  + [Target]\n";
    auto loaded = parse_argdown(std::move(text), "refs.argdown");
    CHECK(loaded.map.node_count() == 1);
}

TEST_CASE("a title of a million bytes loads") {
    const std::string title(1000000, 'x');
    auto loaded = parse_argdown("[" + title + "]: text\n", "long.argdown");
    CHECK_FALSE(loaded.has_errors());
    CHECK(loaded.map.find_statement(title).has_value());
}

TEST_CASE("a map whose statements support themselves in a cycle loads") {
    auto loaded = parse_argdown("[A]: a\n  + [B]: b\n    + [A]\n  + [A]\n", "cycle.argdown");
    CHECK_FALSE(loaded.has_errors());
    CHECK(loaded.map.node_count() == 2);
}

TEST_CASE("a million references to one undefined title make one node and one finding") {
    std::string text = "[Target]\n";
    for (int i = 0; i < 1000000; ++i) text += "  + [Target]\n";
    auto loaded = parse_argdown(std::move(text), "refs.argdown");
    CHECK(loaded.diagnostics.empty());
    CHECK(loaded.map.node_count() == 1);
    const warrant::CheckReport report = warrant::check_loaded(loaded);
    std::vector<std::string> findings;
    for (const warrant::Diagnostic& d : report.findings)
        findings.push_back(d.code + "@" + std::to_string(d.span.line) + ":" + std::to_string(d.span.column) + " " + d.message);
    CHECK(findings == std::vector<std::string>{
                          "W103@1:1 [Target] supports itself",
                          "W120@1:1 [Target] is referenced but never defined",
                          "N203@0:0 the map declares no thesis (tag one statement #thesis)",
                      });
}

// The support graph is as deep as the map is long; nothing in the engine may walk it with
// recursion. Each statement is written once and referenced once, so the file stays linear.
TEST_CASE("a support chain of 100000 statements is checked, traced and evaluated") {
    constexpr int kLength = 100000;
    std::string text = "===\nsources:\n  src: {author: A}\n===\n\n[S1]: s1 #thesis\n  + [S2]\n";
    for (int i = 2; i < kLength; ++i)
        text += "\n[S" + std::to_string(i) + "]: s" + std::to_string(i) + "\n  + [S" + std::to_string(i + 1) + "]\n";
    text += "\n[S" + std::to_string(kLength) + "]: \"quote\" {source: src, page: 1}\n";
    TempDir dir;
    const std::string map = dir.write("chain.argdown", text);

    auto check = run_warrant({"check", map});
    CHECK(check.exit_code == 0);
    CHECK(check.out == "0 warnings, 0 errors; 99999/99999 claims grounded\n");

    // Indentation stops at 40 levels; deeper lines say their depth.
    auto chains = run_warrant({"chains", map, "S1"});
    CHECK(chains.exit_code == 0);
    CHECK(chains.out.starts_with("[S1]  thesis, grounded\n  + [S2]  claim, grounded\n    + [S3]  claim, grounded\n"));
    CHECK(chains.out.find("\n" + std::string(80, ' ') + "(depth 41) + [S42]  claim, grounded\n") != std::string::npos);
    CHECK(chains.out.ends_with(std::string(80, ' ') + "(depth 99999) + [S100000]  evidence src p. 1, ground\n\n"
                               "depth 99999; 1 independent ground: [S100000] (fragile: one ground carries it)\n"
                               "weakest link: [S2] (without it [S1] is ungrounded); also critical: [S3], [S4], [S5], "
                               "[S6], [S7], [S8], [S9], [S10], [S11], [S12], and 30 more\n"));

    for (const char* mode : {"", "--bipolar"}) {
        INFO(mode);
        auto eval = run_warrant(*mode ? std::vector<std::string>{"eval", map, mode} : std::vector<std::string>{"eval", map});
        CHECK(eval.exit_code == 0);
        CHECK(eval.out.starts_with(std::string("grounded semantics") + (*mode ? " (bipolar)" : "") +
                                   ": 100000 arguments, 0 attacks\n  IN         [S1]\n  IN         [S2]\n"));
        CHECK(eval.out.ends_with("  IN         [S99999]\n  IN         [S100000]\n"));
    }
}

// A FIFO nobody writes to would block open() and read() forever; one left in a folder of
// submissions must not hang a grading run.
TEST_CASE("check refuses a named pipe with no writer with E000 and exit code 2") {
    TempDir dir;
    const std::string pipe = dir.file("pipe.argdown");
    REQUIRE(mkfifo(pipe.c_str(), 0600) == 0);
    auto result = run_warrant({"check", pipe});
    CHECK(result.exit_code == 2);
    CHECK(result.out == pipe + ": error[E000]: cannot read '" + pipe + "': is a named pipe with no writer\n"
                       "0 warnings, 1 error; 0/0 claims grounded\n");
}

TEST_CASE("check reads a named pipe to its end while a writer has it open") {
    TempDir dir;
    const std::string pipe = dir.file("pipe.argdown");
    REQUIRE(mkfifo(pipe.c_str(), 0600) == 0);
    // This process holds a reader so that opening the writer does not block; the writer is open
    // before warrant starts, so warrant always finds one, then reads until the writer closes.
    // O_CLOEXEC: a writer inherited by warrant itself would never close.
    const int reader = open(pipe.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    REQUIRE(reader >= 0);
    const int writer = open(pipe.c_str(), O_WRONLY | O_CLOEXEC);
    REQUIRE(writer >= 0);
    std::thread write_then_close([writer] {
        const std::string map = "[T]: t #thesis\n  + [G]: g #assumption\n";
        CHECK(write(writer, map.data(), map.size()) == static_cast<ssize_t>(map.size()));
        close(writer);
    });
    auto result = run_warrant({"check", pipe});
    write_then_close.join();
    close(reader);
    CHECK(result.exit_code == 0);
    CHECK(result.out == "0 warnings, 0 errors; 2/2 claims grounded\n");
}
