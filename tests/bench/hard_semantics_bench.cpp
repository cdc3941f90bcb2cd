// Preferred and stable semantics (SE-PR, SE-ST through the public API) on random frameworks up
// to 10^4 arguments: how many are solved within a time limit, and how fast. Each instance runs
// in a child process that an alarm ends at the limit, so a hard instance costs only its limit.
//   hard_semantics_bench [LIMIT_SECONDS]
#include "random_attacks.hpp"
#include "warrant/semantics.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

warrant::Framework random_framework(unsigned long n, unsigned long seed, unsigned long low, unsigned long high) {
    std::vector<warrant::Attack> attacks;
    warrant::bench::for_each_random_attack(n, seed, low, high, [&](unsigned long a, unsigned long b) {
        attacks.push_back({static_cast<warrant::ArgumentId>(a - 1), static_cast<warrant::ArgumentId>(b - 1)});
    });
    return warrant::Framework::from_attacks(n, attacks);
}

// Seconds the child took, or a negative number when the alarm ended it.
double timed_in_child(const warrant::Framework& framework, warrant::Semantics semantics, unsigned limit) {
    const auto start = Clock::now();
    const pid_t child = fork();
    if (child == 0) {
        alarm(limit);
        (void)warrant::find_extension(framework, semantics);
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? seconds : -1;
}

}  // namespace

int main(int argc, char** argv) {
    const unsigned limit = argc > 1 ? static_cast<unsigned>(std::atoi(argv[1])) : 5;
    const unsigned long sizes[] = {1000, 3000, 10000};
    const std::pair<unsigned long, unsigned long> degrees[] = {{2, 3}, {3, 5}};
    const unsigned long seeds[] = {1, 2, 3};
    for (auto [low, high] : degrees)
        for (unsigned long n : sizes)
            for (warrant::Semantics semantics : {warrant::Semantics::Preferred, warrant::Semantics::Stable}) {
                int solved = 0;
                double total = 0, slowest = 0;
                for (unsigned long seed : seeds) {
                    double seconds = timed_in_child(random_framework(n, seed, low, high), semantics, limit);
                    if (seconds < 0) continue;
                    ++solved, total += seconds, slowest = std::max(slowest, seconds);
                }
                std::printf("%-9s %6lu arguments, %lu-%lu attacks each: %d/3 solved in %u s",
                            std::string(warrant::to_string(semantics)).c_str(), n, low, high, solved, limit);
                if (solved) std::printf(", mean %.3f s, slowest %.3f s", total / solved, slowest);
                std::printf("\n");
                std::fflush(stdout);
            }
    return 0;
}
