// Runs the built `warrant` binary for end-to-end tests and captures what it printed.
#pragma once

#include <string>
#include <vector>

namespace warrant::testing {

struct CommandResult {
    int exit_code = -1;
    std::string out;   // stdout
    std::string err;   // stderr
};

// Runs WARRANT_BINARY with `args` (no shell: arguments are passed as they are), stdin from
// /dev/null, in the current directory.
CommandResult run_warrant(const std::vector<std::string>& args);

// A fresh empty directory under the system temp dir, removed by the destructor.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return path_; }
    std::string file(const std::string& name) const { return path_ + "/" + name; }
    // Writes `contents` to file(name) and returns its path.
    std::string write(const std::string& name, const std::string& contents) const;

private:
    std::string path_;
};

std::string read_file(const std::string& path);

}  // namespace warrant::testing
