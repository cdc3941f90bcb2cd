#include "exit_codes.hpp"

#include <algorithm>

namespace warrant::cli {

int exit_code(FileOutcome outcome) {
    switch (outcome) {
        case FileOutcome::Ok: return kExitOk;
        case FileOutcome::InputErrors: return kExitInputErrors;
        case FileOutcome::IoFailed: return kExitUsageOrIo;
    }
    return kExitUsageOrIo;
}

int exit_code(const LoadResult& loaded) {
    return loaded.io_failed ? kExitUsageOrIo : loaded.has_errors() ? kExitInputErrors : kExitOk;
}

int exit_code(const CheckSummary& summary) {
    return summary.io_failed ? kExitUsageOrIo : summary.failing ? kExitInputErrors : kExitOk;
}

int exit_code(const std::vector<BatchResult>& results, const std::vector<Diagnostic>& input_problems) {
    return std::max(input_problems.empty() ? kExitOk : kExitUsageOrIo, exit_code(worst_outcome(results)));
}

}  // namespace warrant::cli
