// A warrant process left running for end-to-end tests of commands that do not end by
// themselves (`warrant watch`). Implemented in run_warrant.cpp, beside run_warrant().
#pragma once

#include <string>
#include <vector>

namespace warrant::testing {

// Started with `args`, its output discarded. interrupt() sends it SIGINT, as Ctrl-C does, and
// returns its exit code; the destructor kills it if it is still running.
class RunningWarrant {
public:
    explicit RunningWarrant(const std::vector<std::string>& args);
    ~RunningWarrant();
    RunningWarrant(const RunningWarrant&) = delete;
    RunningWarrant& operator=(const RunningWarrant&) = delete;
    int interrupt();

private:
    int pid_ = -1;
};

}  // namespace warrant::testing
