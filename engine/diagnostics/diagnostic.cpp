// Compiler-style printing of diagnostics: location, severity, code, message, line, caret.
#include "warrant/diagnostic.hpp"
#include "diagnostics/name_table.hpp"
#include "diagnostics/terminal_width.hpp"

#include "warrant/line_index.hpp"

#include "parallel/ordered_fan_out.hpp"

#include <algorithm>
#include <mutex>
#include <ostream>
#include <unordered_set>

namespace warrant {

const std::string& FileName::empty_name() {
    static const std::string kEmpty;
    return kEmpty;
}

const std::string& FileName::intern(const std::string& name) {
    // A node-based set: an interned name never moves. Never destroyed, so that a span may be
    // read even while static objects are torn down at exit.
    static std::mutex& mutex = *new std::mutex;
    static std::unordered_set<std::string>& names = *new std::unordered_set<std::string>;
    const std::lock_guard lock(mutex);
    return *names.insert(name).first;
}

namespace {

const char* color_of(Severity severity) {
    switch (severity) {
        case Severity::Error: return "\033[1;31m";
        case Severity::Warning: return "\033[1;33m";
        case Severity::Note: return "\033[1;36m";
    }
    return "";
}

}  // namespace

constexpr names::NameTable<Severity, 3> kSeverityNames{
    {{Severity::Note, "note"}, {Severity::Warning, "warning"}, {Severity::Error, "error"}}};

std::string_view to_string(Severity severity) { return names::name_of(kSeverityNames, severity); }

std::optional<Severity> severity_from_string(std::string_view name) {
    return names::value_named(kSeverityNames, name);
}

namespace {

// One "help:" line per suggested fix, as compilers print them: what the edit does, in words
// (the edit itself is for editors: the language server sends it as a quick fix).
void append_fixes(std::string& out, const Diagnostic& d) {
    for (const Fix& fix : d.fixes) {
        out += "  help: ";
        out += fix.title;
        out += '\n';
    }
}

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// At most `most` bytes of `line` around byte `column`, cut between code points, never inside one.
std::string_view shown_part(std::string_view line, std::size_t column, std::size_t most) {
    std::size_t from = std::min(column > most / 2 ? column - most / 2 : 0, line.size());
    while (from < line.size() && from < column && is_continuation_byte(line[from])) ++from;
    std::size_t to = std::min(line.size(), from + most);
    while (to < line.size() && to > from && is_continuation_byte(line[to])) --to;
    return line.substr(from, to - from);
}

// What puts the caret under the mistake: as many columns as the terminal gave `before` (a wide
// character two, a combining mark none), its tabs kept as tabs so that they stop where the
// line's did.
void append_caret_padding(std::string& out, std::string_view before) {
    while (!before.empty()) {
        const std::size_t tab = std::min(before.find('\t'), before.size());
        out.append(diagnostics::terminal_columns(before.substr(0, tab)), ' ');
        if (tab == before.size()) break;
        out += '\t';
        before.remove_prefix(tab + 1);
    }
}

// The shared printer, appending to `out`: `line` is the span's source line, `has_source`
// whether there is any.
void append_formatted(std::string& out, const Diagnostic& d, std::string_view line, bool has_source, bool color) {
    const char* bold = color ? "\033[1m" : "";
    const char* reset = color ? "\033[0m" : "";
    out += bold;
    out += d.span.file.empty() ? "<input>" : d.span.file;
    if (d.span.known()) {
        out += ':';
        out += std::to_string(d.span.line);
        out += ':';
        out += std::to_string(d.span.column);
    }
    out += ": ";
    out += reset;
    if (color) out += color_of(d.severity);
    out += to_string(d.severity);
    if (!d.code.empty()) {
        out += '[';
        out += d.code;
        out += ']';
    }
    out += reset;
    out += ": ";
    out += d.message;
    out += '\n';
    if (!d.span.known() || !has_source) return append_fixes(out, d);

    constexpr std::size_t kMaxShown = 200;  // a 1 MB line must not flood the terminal
    const std::size_t column = static_cast<std::size_t>(std::max(d.span.column, 1)) - 1;  // a byte offset
    const std::string_view shown = shown_part(line, column, kMaxShown);
    const std::size_t shown_from = static_cast<std::size_t>(shown.data() - line.data());
    out += "  ";
    out += shown;
    out += "\n  ";
    append_caret_padding(out, shown.substr(0, std::min(column, shown_from + shown.size()) - std::min(column, shown_from)));
    if (color) out += color_of(d.severity);
    out += '^';
    out += reset;
    out += '\n';
    append_fixes(out, d);
}

}  // namespace

std::string format_diagnostic(const Diagnostic& d, std::string_view source_text, bool color) {
    return format_diagnostic(d, LineIndex(source_text), color);
}

std::string format_diagnostic(const Diagnostic& d, const LineIndex& lines, bool color) {
    std::string out;
    append_formatted(out, d, lines.line(d.span.line), !lines.empty(), color);
    return out;
}

void write_diagnostics(std::ostream& out, const std::vector<Diagnostic>& diagnostics, const LineIndex& lines, bool color) {
    constexpr std::size_t kRun = 2048;  // a run is about 500 KB of text
    parallel::fan_out_in_order(
        (diagnostics.size() + kRun - 1) / kRun,
        [&](std::size_t run) {
            std::string text;
            const std::size_t end = std::min(diagnostics.size(), (run + 1) * kRun);
            for (std::size_t i = run * kRun; i < end; ++i)
                append_formatted(text, diagnostics[i], lines.line(diagnostics[i].span.line), !lines.empty(), color);
            return text;
        },
        [&](const std::string& text) { out.write(text.data(), static_cast<std::streamsize>(text.size())); });
}

bool has_severity_at_least(const std::vector<Diagnostic>& diagnostics, Severity severity) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [severity](const Diagnostic& d) { return d.severity >= severity; });
}

}  // namespace warrant
