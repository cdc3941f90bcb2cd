// Times whole processes, as a user runs them: a command against a baseline command, in turn
// (A B A B ...), so that a drift in the machine's speed hits both alike. Prints each one's
// median wall, user and system time and peak memory (the kernel's own accounting, wait4), and
// the median of the per-pair wall-time ratios.
//   process_bench RUNS LABEL -- BASELINE ARGS... -- COMMAND ARGS...
// A command's standard output goes to /dev/null; a non-zero exit code is reported, not fatal
// (`warrant check` exits 1 on findings).
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

struct Run {
    double wall = 0, user = 0, sys = 0, peak_mib = 0;
    int exit_code = 0;
};

double seconds(const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6; }

Run run(const std::vector<char*>& argv) {
    const auto start = std::chrono::steady_clock::now();
    const pid_t child = fork();
    if (child == 0) {
        const int null = open("/dev/null", O_WRONLY);
        if (null >= 0) dup2(null, STDOUT_FILENO);
        execvp(argv[0], argv.data());
        std::perror(argv[0]);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(child, &status, 0, &usage);
    Run result;
    result.wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    result.user = seconds(usage.ru_utime);
    result.sys = seconds(usage.ru_stime);
    result.peak_mib = static_cast<double>(usage.ru_maxrss) / 1024.0;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

template <typename Field>
double median_of(const std::vector<Run>& runs, Field field) {
    std::vector<double> values;
    for (const Run& r : runs) values.push_back(r.*field);
    return median(values);
}

void print(const char* name, const std::vector<Run>& runs) {
    std::printf("  %-9s wall %6.3f s | user %6.3f s | sys %6.3f s | peak %7.1f MiB | exit %d\n", name,
                median_of(runs, &Run::wall), median_of(runs, &Run::user), median_of(runs, &Run::sys),
                median_of(runs, &Run::peak_mib), runs.back().exit_code);
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<char*> baseline, command;
    std::vector<char*>* filling = nullptr;
    for (int i = 3; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0) {
            filling = filling == nullptr ? &baseline : &command;
            continue;
        }
        if (filling) filling->push_back(argv[i]);
    }
    const int runs = argc > 1 ? std::atoi(argv[1]) : 0;
    if (argc < 3 || runs < 1 || baseline.empty() || command.empty()) {
        std::fprintf(stderr, "usage: process_bench RUNS LABEL -- BASELINE ARGS... -- COMMAND ARGS...\n");
        return 2;
    }
    baseline.push_back(nullptr);
    command.push_back(nullptr);
    run(baseline), run(command);  // warm-up: the page cache, the dynamic loader
    std::vector<Run> base_runs, command_runs;
    std::vector<double> ratios;
    for (int i = 0; i < runs; ++i) {
        base_runs.push_back(run(baseline));
        command_runs.push_back(run(command));
        ratios.push_back(command_runs.back().wall / base_runs.back().wall);
    }
    std::printf("%s (median of %d runs each, in turn)\n", argv[2], runs);
    print("baseline", base_runs);
    print("command", command_runs);
    std::printf("  command / baseline, wall: %.1fx\n", median(ratios));
    return 0;
}
