// Diagnostics: every finding warrant reports, from a parse error to an ungrounded claim.
//
// A Diagnostic is a value: a severity, a stable code ("E001", "W101") that `warrant explain`
// documents, a one-line message and the span in the input it is about. Engines return them;
// only the CLI decides how to print them.
//
// Threads: Diagnostics are values; FileName interns its names under a lock, so spans are made and
// read on any thread. write_diagnostics() formats on threads of its own.
#pragma once

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warrant {

class LineIndex;  // warrant/line_index.hpp: the one map between offsets and lines

// The name of an input file as spans carry it: a pointer to the one interned copy of the
// name, so that the 400k spans of a 200k-statement map neither hold 400k copies of the path
// nor count references to it (an atomic add per span was a measurable share of loading).
// Names are interned for the life of the process; reads like a std::string.
class FileName {
public:
    FileName() = default;
    FileName(const std::string& name) : name_(&intern(name)) {}
    FileName(const char* name) : FileName(std::string(name)) {}

    const std::string& str() const { return name_ ? *name_ : empty_name(); }
    operator const std::string&() const { return str(); }
    bool empty() const { return str().empty(); }

    friend bool operator==(const FileName& a, const FileName& b) { return a.name_ == b.name_ || a.str() == b.str(); }
    friend bool operator==(const FileName& a, const std::string& b) { return a.str() == b; }
    friend bool operator==(const FileName& a, const char* b) { return a.str() == b; }

private:
    // The interned copy of `name`: the same object for equal names, from any thread.
    static const std::string& intern(const std::string& name);
    static const std::string& empty_name();
    const std::string* name_ = nullptr;
};

// A region of an input file. Lines and columns count from 1; columns count bytes.
// A default-constructed span (line 0) means "no location" (e.g. a whole-file finding).
struct SourceSpan {
    FileName file;
    int line = 0;
    int column = 0;
    int end_line = 0;
    int end_column = 0;

    bool known() const { return line > 0; }
};

enum class Severity { Note, Warning, Error };

// An edit that would resolve a finding: what `check` prints as its help line and an editor
// offers as a quick fix. It replaces the text of `span` (an empty span, line == end_line and
// column == end_column, inserts there) with `replacement`.
struct Fix {
    std::string title;         // what the edit does, for a person: "use [Safer roads]"
    SourceSpan span;
    std::string replacement;
};

std::string_view to_string(Severity severity);            // "note", "warning", "error"
std::optional<Severity> severity_from_string(std::string_view name);

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string code;      // stable: E0xx syntax/input, W1xx logic, N2xx notes
    std::string message;   // one line, no trailing period
    SourceSpan span;
    std::vector<std::string> related;  // titles of the nodes the finding names
    std::vector<Fix> fixes;            // suggested edits, best first; may be empty
};

// Formats like a compiler: "file:line:col: warning[W101]: message", then the source line
// and a caret under the column. `source_text` is the whole input the span points into
// (may be empty: then only the first line is printed).
std::string format_diagnostic(const Diagnostic& diagnostic, std::string_view source_text,
                              bool color = false);

// As above, with the source line taken from the input's line index (warrant/line_index.hpp),
// built once: printing many diagnostics against the same text then costs one pass over it, not
// one pass per diagnostic (a 200k-line map with a finding per line would otherwise take minutes).
std::string format_diagnostic(const Diagnostic& diagnostic, const LineIndex& lines, bool color = false);

// Every diagnostic as format_diagnostic() prints it, in order. A long list (a check of a large
// map) is formatted on every core; the text is the same.
void write_diagnostics(std::ostream& out, const std::vector<Diagnostic>& diagnostics, const LineIndex& lines,
                       bool color = false);

// True when any diagnostic has at least the given severity.
bool has_severity_at_least(const std::vector<Diagnostic>& diagnostics, Severity severity);

}  // namespace warrant
