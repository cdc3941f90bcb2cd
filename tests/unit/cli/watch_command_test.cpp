// warrant watch end to end: the report appears, follows the map's changes, and Ctrl-C ends it.
#include "support/run_warrant.hpp"
#include "support/running_warrant.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <thread>

using namespace warrant::testing;

namespace {

// Waits (up to a minute on a loaded machine) for `ready`; not a timing assertion.
bool eventually(const std::function<bool()>& ready) {
    for (int i = 0; i < 600; ++i) {
        if (ready()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
}

bool contains(const std::string& path, const std::string& text) {
    return std::filesystem::exists(path) && read_file(path).find(text) != std::string::npos;
}

}  // namespace

TEST_CASE("watch rewrites the report when the map changes and stops with 0 on SIGINT") {
    TempDir dir;
    const std::string map = dir.write("map.argdown", "[First thesis]: Utopias fail. #thesis\n");
    const std::string report = dir.file("report.html");
    RunningWarrant watch({"watch", map, "--report", report, "--interval", "50"});
    REQUIRE(eventually([&] { return contains(report, "First thesis"); }));
    CHECK(contains(report, "<meta http-equiv=\"refresh\" content=\"2\">"));

    // A version with a parse error leaves the last good page.
    dir.write("map.argdown", "===\nbroken: [\n===\n[Oops]: x\n");
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    CHECK(contains(report, "First thesis"));

    dir.write("map.argdown", "[Second thesis]: Utopias fail twice over. #thesis\n");
    REQUIRE(eventually([&] { return contains(report, "Second thesis"); }));
    CHECK(watch.interrupt() == 0);
    // Written by rename: no temporary file is left beside the report.
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) ++files;
    CHECK(files == 2);
}

TEST_CASE("watch without --report is a usage error") {
    TempDir dir;
    const CommandResult result = run_warrant({"watch", dir.write("map.argdown", "[A]: a\n")});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("needs MAP and --report OUT.html") != std::string::npos);
}
