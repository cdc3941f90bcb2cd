// How findings print: the compiler-style line, the source line and the caret.
#include "warrant/diagnostic.hpp"
#include "warrant/line_index.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

using namespace warrant;

TEST_CASE("a severity is named as it prints and read back from that name") {
    for (Severity severity : {Severity::Note, Severity::Warning, Severity::Error})
        CHECK(severity_from_string(to_string(severity)) == severity);
    CHECK(to_string(Severity::Warning) == "warning");
    CHECK_FALSE(severity_from_string("Warning").has_value());
    CHECK_FALSE(severity_from_string("").has_value());
}

TEST_CASE("a diagnostic prints the same through a line index as through the whole text") {
    const std::string text = "first\r\nsecond line\nthird";
    const LineIndex lines(text);
    CHECK(lines.line(1) == "first");
    CHECK(lines.line(2) == "second line");
    CHECK(lines.line(3) == "third");
    CHECK(lines.line(4).empty());
    CHECK(lines.line(0).empty());
    for (int line = 0; line <= 4; ++line) {
        const Diagnostic d{Severity::Warning, "W101", "message", {"f.argdown", line, 3, line, 4}, {}};
        CHECK(format_diagnostic(d, lines) == format_diagnostic(d, text));
    }
    const Diagnostic d{Severity::Warning, "W101", "message", {"f.argdown", 1, 1, 1, 1}, {}};
    CHECK(format_diagnostic(d, LineIndex("")) == format_diagnostic(d, std::string_view("")));
}

TEST_CASE("a long list of diagnostics is written in order, each as format_diagnostic prints it") {
    std::string text;
    std::vector<Diagnostic> diagnostics;
    for (int line = 1; line <= 5000; ++line) {  // more than one run of the parallel writer
        text += "[S" + std::to_string(line) + "]: statement\n";
        diagnostics.push_back({line % 3 ? Severity::Warning : Severity::Error, line % 2 ? "W101" : "E010",
                               "finding " + std::to_string(line), {"f.argdown", line, 2, line, 4}, {}});
    }
    diagnostics.push_back({Severity::Note, "N210", "whole file", {"f.argdown"}, {}});
    const LineIndex lines(text);
    for (bool color : {false, true}) {
        std::string expected;
        for (const Diagnostic& d : diagnostics) expected += format_diagnostic(d, lines, color);
        std::ostringstream written;
        write_diagnostics(written, diagnostics, lines, color);
        CHECK(written.str() == expected);
    }
    std::ostringstream none;
    write_diagnostics(none, {}, lines);
    CHECK(none.str().empty());
}
