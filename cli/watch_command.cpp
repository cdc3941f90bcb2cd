// warrant watch MAP (--report OUT.html | --serve [--port N]) [--interval MS] [--reload SECONDS] [--title TEXT]
//
// The writing loop without an editor: the class report follows the map as it is saved, as a
// file whose page reloads keeping the reader's place, or served on 127.0.0.1 where the page
// updates in place (preview.hpp). Ctrl-C stops it with exit code 0.
#include "command_line.hpp"
#include "commands.hpp"

#include "warrant/preview.hpp"

#include <algorithm>
#include <csignal>
#include <cxxopts.hpp>
#include <iostream>

namespace warrant::cli {
namespace {

volatile std::sig_atomic_t stop_requested = 0;

extern "C" void request_stop(int) { stop_requested = 1; }

}  // namespace

int run_watch(int argc, char** argv) {
    cxxopts::Options options(argv[0], "Keep a map's HTML report up to date as the map is saved: as a file (--report) or "
                                      "served to the browser on 127.0.0.1 (--serve).");
    options.add_options()
        ("report", "the report file to keep up to date", cxxopts::value<std::string>())
        ("serve", "serve the report on 127.0.0.1 at a printed address; the page updates in place")
        ("port", "with --serve: the port (default: a free one)", cxxopts::value<int>()->default_value("0"))
        ("interval", "milliseconds between looks at the map", cxxopts::value<int>()->default_value("300"))
        ("reload", "with --report: seconds between the page's looks for a new version", cxxopts::value<int>()->default_value("2"))
        ("title", "page heading (default: the front matter's title, else the file name)",
         cxxopts::value<std::string>()->default_value(""));
    const ParsedCommandLine parsed = parse_command_line(options, argc, argv);
    if (parsed.exit_code) return *parsed.exit_code;
    const cxxopts::ParseResult& args = parsed.args;
    const bool serve = args.count("serve") > 0;
    if (serve == (args.count("report") > 0)) {
        std::cerr << "warrant watch: needs MAP and either --report OUT.html or --serve\n" << options.help();
        return 2;
    }
    WatchOptions watch;
    watch.map_path = args["input"].as<std::string>();
    watch.title = args["title"].as<std::string>();
    watch.interval = std::chrono::milliseconds(std::max(10, args["interval"].as<int>()));
    watch.poll_seconds = std::max(1, args["reload"].as<int>());
    watch.port = std::clamp(args["port"].as<int>(), 0, 65535);

    std::signal(SIGINT, request_stop);
    std::signal(SIGTERM, request_stop);
    const StopRequested stop = [] { return stop_requested != 0; };
    if (serve) return serve_live_report(watch, stop, std::cout, std::cerr);
    return watch_report_file(watch, args["report"].as<std::string>(), stop, std::cerr);
}

}  // namespace warrant::cli
