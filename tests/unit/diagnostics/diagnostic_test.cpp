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

namespace {

// The caret line format_diagnostic() prints for a finding at `mistake`'s first byte in `line`.
std::string caret_line(const std::string& line, std::string_view mistake) {
    const int column = static_cast<int>(line.find(mistake)) + 1;  // columns in spans count bytes
    const Diagnostic d{Severity::Warning, "W101", "m", {"f.argdown", 1, column, 1, column + 1}, {}};
    const std::string printed = format_diagnostic(d, line);
    const std::size_t last_line = printed.rfind('\n', printed.size() - 2) + 1;
    return printed.substr(last_line);
}

}  // namespace

TEST_CASE("the caret counts an accented letter before the mistake as one column, not its two bytes") {
    CHECK(caret_line("[Café]: a naïve claim [Bad]", "[Bad]") == "  " + std::string(22, ' ') + "^\n");
    // Decomposed: e and a combining acute accent take one column between them.
    CHECK(caret_line("[Cafe\u0301]: x [Bad]", "[Bad]") == "  " + std::string(10, ' ') + "^\n");
}

TEST_CASE("the caret counts curly quotes as one column each") {
    CHECK(caret_line("\u201CQuoted\u201D and \u2018this\u2019 [Bad]", "[Bad]") == "  " + std::string(20, ' ') + "^\n");
}

TEST_CASE("the caret counts a CJK character as the two columns a terminal gives it") {
    CHECK(caret_line("[\u4E2D\u6587]: \u4E3B\u5F20 [Bad]", "[Bad]") == "  " + std::string(13, ' ') + "^\n");
    CHECK(caret_line("\uFF21 [Bad]", "[Bad]") == "  " + std::string(3, ' ') + "^\n");  // a fullwidth A
}

TEST_CASE("the caret keeps tabs as tabs and counts the columns between them") {
    CHECK(caret_line("\t\u00E9t\u00E9\t[Bad]", "[Bad]") == "  \t   \t^\n");
}

TEST_CASE("a long line is cut between code points, and the caret still lands under the mistake") {
    std::string line;
    for (int i = 0; i < 80; ++i) line += "\u00E9";  // 160 bytes, 80 columns
    line += " [Bad]";
    const int column = static_cast<int>(line.find("[Bad]")) + 1;
    const Diagnostic d{Severity::Warning, "W101", "m", {"f.argdown", 1, column, 1, column + 1}, {}};
    // 100 bytes before the mistake would start inside an "é": the cut moves to the next one.
    std::string shown;
    for (int i = 0; i < 49; ++i) shown += "\u00E9";
    CHECK(format_diagnostic(d, line) == "f.argdown:1:" + std::to_string(column) + ": warning[W101]: m\n  " + shown +
                                            " [Bad]\n  " + std::string(50, ' ') + "^\n");
}
