// The ICCMA formats for abstract argumentation frameworks, and the ICCMA 2023 solver tasks.
//
//   i23  "p af N" then one "a b" line per attack, arguments numbered 1..N, "#" comment lines
//        (ICCMA 2023). Named frameworks are written with "# N name" comments.
//   apx  "arg(a)." and "att(a,b)." facts, "%" comments (ASPARTIX; ICCMA 2015-2021). Names
//        that are not plain identifiers are written as quoted strings "..." with \" and \\.
//   tgf  one argument name per line, a "#" line, one "a b" line per attack (ICCMA 2015-2021).
//        Anything after the name on an argument line, or after the pair on an attack line, is
//        a label and ignored; names with white space are written as their number plus label.
// Readers report every malformed line as a Diagnostic (codes E050-E055) with file:line:col
// and keep reading; they never throw.
//
// Threads: readers, writers and solvers keep no state between calls: safe from several threads.
#pragma once

#include "warrant/diagnostic.hpp"
#include "warrant/semantics.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warrant {

enum class IccmaFormat { I23, Apx, Tgf };
std::string_view to_string(IccmaFormat format);  // "i23", "apx", "tgf"
std::optional<IccmaFormat> iccma_format_from_string(std::string_view name);
// By extension: .i23 and .af are i23, .apx apx, .tgf tgf.
std::optional<IccmaFormat> iccma_format_of_path(std::string_view path);

struct FrameworkLoadResult {
    Framework framework;
    std::vector<Diagnostic> diagnostics;
    std::string source_text;  // the input, kept only when there are diagnostics to print
    bool io_failed = false;

    bool has_errors() const { return io_failed || has_severity_at_least(diagnostics, Severity::Error); }
};

FrameworkLoadResult read_framework(std::string_view text, IccmaFormat format, const std::string& file_name);

// Maps the file (no per-line stream overhead) and reads it in the given format, or in the
// format its extension names. An unknown extension without a format is an E000 io failure.
FrameworkLoadResult load_framework_file(const std::string& path, std::optional<IccmaFormat> format = {});

std::string write_i23(const Framework& framework);
std::string write_apx(const Framework& framework);
std::string write_tgf(const Framework& framework);
std::string write_framework(const Framework& framework, IccmaFormat format);

// ---- ICCMA 2023 solver interface ----------------------------------------------------------

enum class IccmaProblem { SE, DC, DS };  // some extension, credulous, sceptical

struct IccmaTask {
    IccmaProblem problem = IccmaProblem::SE;
    Semantics semantics = Semantics::Grounded;
};

// "SE-PR", "DC-CO", ... with semantics CO, GR, PR, ST, SST.
std::optional<IccmaTask> parse_iccma_task(std::string_view name);
std::vector<std::string> supported_iccma_tasks();  // in the order --problems prints them
std::string to_string(const IccmaTask& task);

// The answer as ICCMA 2023 prints it: "w 1 4 5" for an extension (1-based numbers or names),
// "NO" when there is none, "YES"/"NO" for decisions; one line with its newline.
// DC and DS need `argument`.
std::string solve_iccma_task(const Framework& framework, const IccmaTask& task, std::optional<ArgumentId> argument);

}  // namespace warrant
