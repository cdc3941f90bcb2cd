// warrant watch end to end (file mode): the report appears, follows the map's changes but not a
// save without change, and Ctrl-C ends it. The served mode: tests/browser/live_report_in_browser.mjs.
#include "support/run_warrant.hpp"
#include "support/running_warrant.hpp"
#include "support/source_tree.hpp"

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
    const std::string version_script = report + ".version.js";
    RunningWarrant watch({"watch", map, "--report", report, "--interval", "50", "--reload", "3"});
    REQUIRE(eventually([&] { return contains(report, "First thesis") && std::filesystem::exists(version_script); }));
    // The page reloads only when the version beside it is not its own: no blind refresh.
    CHECK_FALSE(contains(report, "http-equiv=\"refresh\""));
    const std::string first_script = read_file(version_script);
    REQUIRE(first_script.size() == std::string("warrantLiveVersion(\"0123456789abcdef\");\n").size());
    const std::string first_version = first_script.substr(20, 16);
    CHECK(contains(report, "\"mode\": \"poll\", \"version\": \"" + first_version + "\", \"poll\": \"report.html.version.js\", \"seconds\": 3}"));

    // Saved again with the same text: a new file time, the same report, nothing rewritten.
    const auto written = std::filesystem::last_write_time(report);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    dir.write("map.argdown", "[First thesis]: Utopias fail. #thesis\n");
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    CHECK(std::filesystem::last_write_time(report) == written);
    CHECK(read_file(version_script) == first_script);

    // A version with a parse error leaves the last good page.
    dir.write("map.argdown", "===\nbroken: [\n===\n[Oops]: x\n");
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    CHECK(contains(report, "First thesis"));

    dir.write("map.argdown", "[Second thesis]: Utopias fail twice over. #thesis\n");
    REQUIRE(eventually([&] { return contains(report, "Second thesis") && read_file(version_script) != first_script; }));
    CHECK(watch.interrupt() == 0);
    // Written by rename: no temporary file is left beside the report and its version.
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) ++files;
    CHECK(files == 3);
}

TEST_CASE("watch needs either --report or --serve, not both") {
    TempDir dir;
    const std::string map = dir.write("map.argdown", "[A]: a\n");
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"watch", map}, std::vector<std::string>{"watch", map, "--serve", "--report", dir.file("r.html")}}) {
        const CommandResult result = run_warrant(args);
        CHECK(result.exit_code == 2);
        CHECK(result.err.find("needs MAP and either --report OUT.html or --serve") != std::string::npos);
    }
}

TEST_CASE("watching an essay's prose reports the map drafted from it") {
    TempDir dir;
    const std::string essay = warrant::testing::seed_essay_path();
    const std::string report = dir.file("essay.html");
    RunningWarrant watch({"watch", essay, "--report", report, "--interval", "50"});
    REQUIRE(eventually([&] { return std::filesystem::exists(report + ".version.js"); }));
    CHECK(watch.interrupt() == 0);

    // The same nodes as the report of `warrant draft`'s map.
    const std::string drafted = dir.file("drafted.argdown");
    REQUIRE(run_warrant({"draft", essay, "-o", drafted}).exit_code == 0);
    REQUIRE(run_warrant({"report", drafted, "-o", dir.file("drafted.html")}).exit_code == 0);
    auto node_count = [](const std::string& page) {
        const std::size_t at = page.find("<summary>All ");
        return at == std::string::npos ? std::string() : page.substr(at, page.find(" nodes", at) - at);
    };
    const std::string watched = node_count(read_file(report));
    CHECK(watched.size() > std::string("<summary>All ").size());
    CHECK(watched == node_count(read_file(dir.file("drafted.html"))));
    CHECK(contains(report, "Ishiguro"));
}
