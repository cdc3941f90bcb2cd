// When the process may not start another thread (a user's process limit), everything that would
// use a second core does its work on the calling thread instead, with the same result.
#include "parallel/ordered_fan_out.hpp"
#include "parallel/page_read_ahead.hpp"
#include "syntax/parser.hpp"

#include <doctest/doctest.h>

#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <system_error>
#include <thread>
#include <vector>

namespace {

// Exit codes of the child below: which step went wrong.
enum ChildExit { kOk = 0, kNoDrop = 3, kThreadStarted = 4, kFanOutWrong = 5, kParseWrong = 6, kThrew = 7 };

int run_without_threads() {
    // A process limit binds only an unprivileged user: become one, then allow this process alone.
    if (setgid(65534) != 0 || setuid(65534) != 0) return kNoDrop;
    const rlimit one{1, 1};
    if (setrlimit(RLIMIT_NPROC, &one) != 0) return kNoDrop;
    try {
        std::thread probe([] {});
        probe.join();
        return kThreadStarted;
    } catch (const std::system_error&) {
    }
    try {
        std::vector<std::size_t> seen;
        warrant::parallel::fan_out_in_order(100, [](std::size_t i) { return i; }, [&](std::size_t i) { seen.push_back(i); }, 4);
        for (std::size_t i = 0; i < 100; ++i)
            if (seen.size() != 100 || seen[i] != i) return kFanOutWrong;

        std::string text;
        for (int i = 0; i < 20000; ++i) text += "[S" + std::to_string(i) + "]: text\n  + [T" + std::to_string(i) + "]\n\n";
        std::vector<warrant::Diagnostic> concurrent, sequential;
        const auto a = warrant::syntax::parse(text, "t", {}, concurrent, warrant::syntax::Lexing::Concurrent);
        const auto b = warrant::syntax::parse(text, "t", {}, sequential, warrant::syntax::Lexing::Sequential);
        if (a.elements.size() != 40000 || b.elements.size() != 40000 || a.relations.size() != b.relations.size())
            return kParseWrong;

        const std::size_t bytes = std::size_t{64} << 20;
        void* memory = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        {
            warrant::parallel::PageReadAhead ahead;
            ahead.start(memory, bytes);
            ahead.reached(bytes / 2);
        }
        munmap(memory, bytes);
    } catch (...) {
        return kThrew;
    }
    return kOk;
}

}  // namespace

TEST_CASE("with no thread to be had, fan-out, lexing and read-ahead run on the calling thread") {
#if defined(__SANITIZE_THREAD__)
    MESSAGE("not under ThreadSanitizer: it does not support threads after fork()");
    return;
#endif
    if (geteuid() != 0) {
        MESSAGE("needs root, to drop to a user whose process limit binds (CI runs as root)");
        return;
    }
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) _exit(run_without_threads());
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == kOk);
}
