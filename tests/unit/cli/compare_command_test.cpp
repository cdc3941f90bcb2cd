#include "support/run_warrant.hpp"

#include <doctest/doctest.h>

using warrant::testing::run_warrant;
using warrant::testing::TempDir;

TEST_CASE("compare without a reference prints usage and exits 2") {
    TempDir dir;
    auto result = run_warrant({"compare", dir.write("s.argdown", "[A]: a\n")});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("--reference") != std::string::npos);
}

TEST_CASE("compare rejects an unknown format and malformed weights with exit code 2") {
    TempDir dir;
    const std::string map = dir.write("s.argdown", "[A]: a\n");
    CHECK(run_warrant({"compare", map, "--reference", map, "--format", "xml"}).err.find("unknown format 'xml'") != std::string::npos);
    auto weights = run_warrant({"compare", map, "--reference", map, "--weights", "1,2"});
    CHECK(weights.exit_code == 2);
    CHECK(weights.err == "warrant compare: --weights takes four or five non-negative numbers, e.g. 28,32,15,20,5\n");
}

TEST_CASE("compare with a missing reference is an I/O error with exit code 2") {
    TempDir dir;
    auto result = run_warrant({"compare", dir.write("s.argdown", "[A]: a\n"), "--reference", "/nonexistent/r.argdown"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("error[E000]") != std::string::npos);
}

TEST_CASE("compare grades a student with a syntax error and keeps every student in the gradebook") {
    TempDir dir;
    const std::string reference = dir.write("r.argdown", "[T]: cats purr #thesis\n  + [R]: cats purr when content\n");
    const std::string good = dir.write("good.argdown", "[Mine]: cats purr #thesis\n  + [Why]: cats purr when content\n");
    const std::string broken = dir.write("broken.argdown", "[Mine]: cats purr #thesis\n\n  + [Why]: cats purr when content\n");
    auto result = run_warrant({"compare", good, broken, dir.file("missing.argdown"), "--reference", reference,
                               "--format", "csv"});
    CHECK(result.exit_code == 2);
    CHECK(result.out.find(good + ",") != std::string::npos);
    CHECK(result.out.find(broken + ",") != std::string::npos);
    CHECK(result.out.find(",syntax-errors,") != std::string::npos);
    CHECK(result.out.find(dir.file("missing.argdown") + "," + reference + ",unreadable,0.0,") != std::string::npos);
    CHECK(result.err.find("skipping") == std::string::npos);
}

TEST_CASE("compare --feedback writes one HTML and one Markdown page per student") {
    TempDir dir;
    const std::string reference = dir.write("r.argdown", "[T]: cats purr #thesis\n  + [R]: cats purr when content\n");
    const std::string anna = dir.write("anna.argdown", "[Mine]: cats purr #thesis\n  + [Why]: cats purr when content\n");
    auto result = run_warrant({"compare", anna, "--reference", reference, "--feedback", dir.file("out/feedback")});
    CHECK(result.exit_code == 0);
    const std::string html = warrant::testing::read_file(dir.file("out/feedback/anna.html"));
    const std::string markdown = warrant::testing::read_file(dir.file("out/feedback/anna.md"));
    CHECK(html.find("<title>Feedback on anna.argdown</title>") != std::string::npos);
    CHECK(markdown.find("- [Why] is the essay's [R]\n") != std::string::npos);
}
