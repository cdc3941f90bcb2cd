// The analyses on maps written in Argdown, through the parser and typing: what a user's file
// produces, finding by finding ("line: message").
#include "support/test_maps.hpp"

#include <doctest/doctest.h>

using namespace warrant;
using warrant::test::check_argdown;
using warrant::test::with_code;
using Lines = std::vector<std::string>;

namespace {

const char* kBibliography =
    "===\n"
    "sources:\n"
    "  atwood: {author: Margaret Atwood}\n"
    "  ishiguro: {author: Kazuo Ishiguro}\n"
    "===\n"
    "\n";

std::string with_bibliography(const std::string& body) { return kBibliography + body; }

}  // namespace

TEST_CASE("argdown: a thesis grounded in cited evidence has no findings") {
    CheckReport report = check_argdown(with_bibliography(
        "[T]: Utopias fail. #thesis\n"
        "  + [Q]: \"a quote\" {source: atwood, page: 66}\n"
        "  + [R]: A reason.\n"
        "    + [Q2]: \"another\" {source: ishiguro, page: 3}\n"));
    CHECK(report.findings.empty());
    CHECK(report.claims == 2);
    CHECK(report.grounded_claims == 2);
}

TEST_CASE("argdown: an unsupported reason is reported and ungrounds what rests on it alone") {
    CheckReport report = check_argdown(
        "[T]: Utopias fail. #thesis\n"
        "  + [R]: People differ.\n");
    CHECK(with_code(report.findings, "W102") ==
          Lines{"1: thesis [T] is supported, but no chain reaches evidence: it rests on unsupported [R]"});
    CHECK(with_code(report.findings, "W101") == Lines{"2: claim [R] is asserted without any support"});
}

TEST_CASE("argdown: an assumption grounds what it supports") {
    CheckReport report = check_argdown(
        "[T]: Utopias fail. #thesis\n"
        "  + [R]: People differ. #assumption\n");
    CHECK(report.findings.empty());
}

TEST_CASE("argdown: a point the writer concedes is owed neither support nor an answer") {
    const std::string body = "[T]: You should buy IBM shares. #thesis\n"
                             "  - [Numbers]: IBM's numbers haven't been staggering. TAG\n"
                             "  + [Sells]: Their products sell in bad times. #assumption\n";
    auto tagged = [&](const std::string& tag) { return body.substr(0, body.find("TAG")) + tag + body.substr(body.find("TAG") + 3); };
    CheckReport plain = check_argdown(tagged(""));
    CHECK(with_code(plain.findings, "W101") == Lines{"2: claim [Numbers] is asserted without any support"});
    CHECK(with_code(plain.findings, "W104").size() == 1);
    for (const std::string tag : {"#concession", "#conceded"}) {
        CAPTURE(tag);
        CheckReport conceded = check_argdown(tagged(tag));
        CHECK(with_code(conceded.findings, "W101").empty());
        CHECK(with_code(conceded.findings, "W104").empty());
    }
    // A declared counter-position is not conceded by a missing tag: it is still owed an answer.
    CheckReport counter = check_argdown(tagged("#counter"));
    CHECK(with_code(counter.findings, "W104").size() == 1);
}

TEST_CASE("argdown: circular support through a reference by title is reported once") {
    CheckReport report = check_argdown(
        "[A]: Utopias fail. #thesis\n"
        "  + [B]: They fail because they are utopias.\n"
        "    + [A]\n");
    CHECK(with_code(report.findings, "W103") == Lines{"1: circular support: [A] -> [B] -> [A]"});
    CHECK(with_code(report.findings, "W101").empty());
}

TEST_CASE("argdown: a premise-conclusion structure with an unsupported premise does not ground its conclusion") {
    CheckReport report = check_argdown(with_bibliography(
        "<Arg>: Together.\n"
        "\n"
        "(1) [P1]: \"cited\" {source: atwood, page: 1}\n"
        "(2) [P2]: Bare premise.\n"
        "----\n"
        "(3) [C]: Conclusion. #thesis\n"));
    CHECK(with_code(report.findings, "W101") == Lines{"10: claim [P2] is asserted without any support"});
    CHECK(with_code(report.findings, "W102") ==
          Lines{"12: thesis [C] is supported, but no chain reaches evidence: it rests on unsupported [P2]"});
}

TEST_CASE("argdown: an objection tagged #counter must be answered by something grounded") {
    const std::string answered = with_bibliography(
        "[T]: Utopias fail. #thesis\n"
        "  + [Q]: \"q\" {source: atwood, page: 1}\n"
        "  - [O]: Some succeed. #counter\n"
        "    - [Rebuttal]: \"r\" {source: ishiguro, page: 2}\n");
    CHECK(with_code(check_argdown(answered).findings, "W104").empty());
    const std::string unanswered = with_bibliography(
        "[T]: Utopias fail. #thesis\n"
        "  + [Q]: \"q\" {source: atwood, page: 1}\n"
        "  - [O]: Some succeed. #counter\n");
    CHECK(with_code(check_argdown(unanswered).findings, "W104") ==
          Lines{"9: counter-position [O] attacks [T] and is never answered"});
}

TEST_CASE("argdown: citation problems are reported where the evidence is written") {
    CheckReport report = check_argdown(with_bibliography(
        "[T]: Utopias fail. #thesis\n"
        "  + [NoPage]: \"q\" {source: atwood}\n"
        "  + [NoSource]: \"q\" #evidence\n"
        "  + [Misspelt]: \"q\" {source: atwod, page: 3}\n"));
    CHECK(with_code(report.findings, "W111") == Lines{"8: evidence [NoPage] cites 'atwood' without a page"});
    CHECK(with_code(report.findings, "W110") == Lines{"9: evidence [NoSource] names no source"});
    CHECK(with_code(report.findings, "W112") ==
          Lines{"10: source 'atwod' is cited by [Misspelt] but missing from the bibliography: did you mean 'atwood'?"});
    CHECK(with_code(report.findings, "N201") == Lines{"1: bibliography entry 'ishiguro' is never cited"});
}

TEST_CASE("argdown: a misspelt title is a reference to an undefined statement") {
    CheckReport report = check_argdown(
        "[T]: Utopias fail. #thesis\n"
        "  + [Reason]: People differ. #assumption\n"
        "  + [Reasno]\n");
    CHECK(with_code(report.findings, "W120") ==
          Lines{"3: [Reasno] is referenced but never defined: did you mean [Reason]?"});
}

TEST_CASE("argdown: a second thesis is an error and makes check fail") {
    CheckReport report = check_argdown(
        "[A]: One. #thesis\n"
        "  + [G]: Given. #assumption\n"
        "\n"
        "[B]: Two. #thesis\n"
        "  + [G]\n");
    CHECK(with_code(report.findings, "E101") == Lines{"4: thesis declared twice: [B] after [A]"});
    CHECK(report.count(Severity::Error) == 1);
}

TEST_CASE("argdown: an isolated statement is reported") {
    CheckReport report = check_argdown(
        "[T]: Utopias fail. #thesis\n"
        "  + [G]: Given. #assumption\n"
        "\n"
        "[Aside]: Ishiguro was born in Nagasaki.\n");
    CHECK(with_code(report.findings, "W122") == Lines{"4: [Aside] is not related to anything"});
}

TEST_CASE("argdown: syntax errors come first and the rest of the map is still checked") {
    CheckReport report = check_argdown(
        "[T]: Utopias fail. #thesis\n"
        "  + [R]: A reason.\n"
        "\n"
        "  + [Orphan]: no statement above\n");
    REQUIRE_FALSE(report.findings.empty());
    CHECK(report.findings.front().severity == Severity::Error);
    CHECK(report.findings.front().code.rfind("E0", 0) == 0);
    CHECK(with_code(report.findings, "W101") == Lines{"2: claim [R] is asserted without any support"});
}
