// warrant watch MAP --report OUT.html [--interval MS] [--reload SECONDS] [--title TEXT]
//
// The writing loop without an editor: the report is rewritten (atomically) each time the map
// is saved, and the page reloads itself. Ctrl-C stops it with exit code 0.
#include "command_line.hpp"
#include "commands.hpp"
#include "input_output.hpp"

#include "warrant/report.hpp"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cxxopts.hpp>
#include <filesystem>
#include <iostream>
#include <optional>
#include <thread>

namespace warrant::cli {
namespace {

volatile std::sig_atomic_t stop_requested = 0;

extern "C" void request_stop(int) { stop_requested = 1; }

// What tells one saved version of the map from the next.
struct FileStamp {
    std::filesystem::file_time_type written;
    std::uintmax_t size = 0;
    friend bool operator==(const FileStamp&, const FileStamp&) = default;
};

std::optional<FileStamp> stamp_of(const std::string& path) {
    std::error_code error;
    const auto written = std::filesystem::last_write_time(path, error);
    if (error) return std::nullopt;
    const auto size = std::filesystem::file_size(path, error);
    if (error) return std::nullopt;
    return FileStamp{written, size};
}

// One rewrite: a map with errors keeps the last good page, its errors go to stderr.
void rewrite_report(const std::string& map_path, const std::string& report_path, const std::string& title, int reload) {
    const LoadResult loaded = load_and_report(map_path);
    if (loaded.has_errors()) {
        std::cerr << "warrant watch: " << map_path << " has errors; " << report_path << " is left as it was\n";
        return;
    }
    const ReportInputs inputs = report_inputs(loaded, ReportOptions{title, reload});
    for (const std::string& note : inputs.notes) std::cerr << "warrant watch: " << note << "\n";
    write_output(report_path, render_html_report(inputs));
    std::cerr << "warrant watch: wrote " << report_path << "\n";
}

}  // namespace

int run_watch(int argc, char** argv) {
    cxxopts::Options options(argv[0], "Rewrite a map's HTML report whenever the map changes; the page reloads itself.");
    options.add_options()
        ("report", "the report to keep up to date", cxxopts::value<std::string>())
        ("interval", "milliseconds between looks at the map", cxxopts::value<int>()->default_value("300"))
        ("reload", "seconds between the page's reloads", cxxopts::value<int>()->default_value("2"))
        ("title", "page heading (default: the front matter's title, else the file name)",
         cxxopts::value<std::string>()->default_value(""));
    const ParsedCommandLine parsed = parse_command_line(options, argc, argv);
    if (parsed.exit_code) return *parsed.exit_code;
    const cxxopts::ParseResult& args = parsed.args;
    if (!args.count("report")) {
        std::cerr << "warrant watch: needs MAP and --report OUT.html\n" << options.help();
        return 2;
    }
    const std::string map_path = args["input"].as<std::string>();
    const std::string report_path = args["report"].as<std::string>();
    const std::chrono::milliseconds interval(std::max(10, args["interval"].as<int>()));
    const int reload = std::max(1, args["reload"].as<int>());

    std::signal(SIGINT, request_stop);
    std::signal(SIGTERM, request_stop);
    std::optional<FileStamp> seen;
    std::cerr << "warrant watch: watching " << map_path << " (Ctrl-C stops)\n";
    while (!stop_requested) {
        const std::optional<FileStamp> now = stamp_of(map_path);
        if (now && now != seen) {
            seen = now;
            rewrite_report(map_path, report_path, args["title"].as<std::string>(), reload);
        }
        std::this_thread::sleep_for(interval);
    }
    std::cerr << "warrant watch: stopped\n";
    return 0;
}

}  // namespace warrant::cli
