// The process exit codes, the same for every command (docs/cli.md): the only place where the
// library's outcomes (a load's errors, a batch's worst file, a check's summary) become numbers.
#pragma once

#include "warrant/batch.hpp"
#include "warrant/parse.hpp"

#include <vector>

namespace warrant::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInputErrors = 1;  // errors in the input, or findings that reached --fail-on
inline constexpr int kExitUsageOrIo = 2;    // a usage error, or an input or output that could not be read or written

int exit_code(FileOutcome outcome);
// 2 the file could not be read, 1 it has errors, 0 it loaded cleanly: what a command that stops
// at this load exits with.
int exit_code(const LoadResult& loaded);
// 2 an input could not be read, 1 a finding reached --fail-on, 0 neither.
int exit_code(const CheckSummary& summary);
// The worst file's, or 2 when an input directory could not be read (`input_problems`).
int exit_code(const std::vector<BatchResult>& results, const std::vector<Diagnostic>& input_problems);

}  // namespace warrant::cli
