// `warrant watch MAP --serve`: the live report over HTTP on 127.0.0.1 (cpp-httplib). Routes:
//   GET /?token=T        the newest page (report.html plus report_live.js)
//   GET /events?token=T  server-sent events: `version` with the newest version's name, at once
//                        and after each change of the report's content; a comment now and then
// Everything else, and any request without the token or naming another host, is refused.
#include "preview/access_guard.hpp"
#include "preview/live_report_channel.hpp"
#include "preview/map_file_stamp.hpp"

#include <httplib.h>

#include <memory>
#include <thread>

namespace warrant {
namespace preview {
namespace {

// How long an event stream stays silent before it sends a comment (which also notices a reader
// who went away).
constexpr std::chrono::seconds kEventPatience{10};
// Readers at once (each event stream holds one worker while its page is open).
constexpr std::size_t kWorkers = 8;

// Shown until the map first loads without errors: it waits for a version and reloads. Its icon
// is inline, like the report's: otherwise the browser asks for /favicon.ico without the token.
constexpr const char* kWaitingPage =
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\"><title>warrant: waiting for the map</title>"
    "</head>\n"
    "<body><p>The map has errors or cannot be read (warrant's terminal says why); this page shows its report as soon as "
    "it loads.</p>\n<script>new EventSource('/events' + location.search).addEventListener('version', function () "
    "{ location.reload(); });</script>\n</body>\n</html>\n";

void refuse_strangers(httplib::Server& server, const AccessGuard& guard) {
    server.set_pre_routing_handler([&guard](const httplib::Request& request, httplib::Response& response) {
        if (guard.allows(request.get_header_value("Host"), request.get_param_value("token")))
            return httplib::Server::HandlerResponse::Unhandled;
        response.status = 403;
        response.set_content("Forbidden: open the address warrant printed.\n", "text/plain");
        return httplib::Server::HandlerResponse::Handled;
    });
}

void serve_page(httplib::Server& server, const LiveReportChannel& channel) {
    server.Get("/", [&channel](const httplib::Request&, httplib::Response& response) {
        LiveReportPage page = channel.newest();
        response.set_header("Cache-Control", "no-store");
        response.set_header("Referrer-Policy", "no-referrer");  // the token stays on this page
        // Sent as it is, through a provider of known length: cpp-httplib compresses a plain body,
        // choosing brotli at its slowest setting where the browser accepts it (4.7 s for the 0.9 MB
        // page of graphs/ustopia.argdown), and on the loopback compression only costs time.
        auto body = std::make_shared<const std::string>(page.html.empty() ? std::string(kWaitingPage) : std::move(page.html));
        response.set_content_provider(body->size(), "text/html; charset=utf-8",
                                      [body](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                                          return sink.write(body->data() + offset, length);
                                      });
    });
}

void serve_events(httplib::Server& server, LiveReportChannel& channel) {
    server.Get("/events", [&channel](const httplib::Request&, httplib::Response& response) {
        response.set_header("Cache-Control", "no-store");
        auto told = std::make_shared<std::string>();  // the version this stream's page last heard of
        response.set_chunked_content_provider("text/event-stream", [&channel, told](std::size_t, httplib::DataSink& sink) {
            const std::optional<std::string> newest = channel.wait_for_change(*told, kEventPatience);
            if (!newest) {
                sink.done();
                return true;
            }
            std::string event = ": still here\n\n";
            if (*newest != *told) event = "event: version\ndata: " + (*told = *newest) + "\n\n";
            return sink.write(event.data(), event.size());
        });
    });
}

// Binds 127.0.0.1 (never another interface); returns the port, or -1.
int bind_loopback(httplib::Server& server, int port) {
    if (port == 0) return server.bind_to_any_port("127.0.0.1");
    return server.bind_to_port("127.0.0.1", port) ? port : -1;
}

}  // namespace
}  // namespace preview

int serve_live_report(const WatchOptions& options, const StopRequested& stop_requested, std::ostream& url_out,
                      std::ostream& log) {
    using namespace preview;
    httplib::Server server;
    server.new_task_queue = [] { return new httplib::ThreadPool(kWorkers); };
    server.set_keep_alive_timeout(1);  // an idle connection holds up Ctrl-C at most this long
    const int port = bind_loopback(server, options.port);
    if (port < 0) {
        log << "warrant watch: cannot listen on 127.0.0.1:" << options.port << "\n";
        return 2;
    }
    LiveReportChannel channel;
    const AccessGuard guard(random_access_token(), port);
    refuse_strangers(server, guard);
    serve_page(server, channel);
    serve_events(server, channel);
    std::thread listener([&server] { server.listen_after_bind(); });

    url_out << "http://127.0.0.1:" << port << "/?token=" << guard.token() << std::endl;
    log << "warrant watch: serving the report of " << options.map_path << " (Ctrl-C stops)\n";
    FileChangeWatch map_file(options.map_path);
    const LiveUpdates live{LiveUpdates::Mode::ServerEvents};
    while (!stop_requested()) {
        if (map_file.written_again())
            if (std::optional<LiveReportPage> page = build_live_report_page(options, live, log)) {
                const bool first = channel.newest().version.empty();
                if (channel.publish(std::move(*page)))
                    log << (first ? "warrant watch: the report is ready\n" : "warrant watch: the report changed; open pages update\n");
            }
        std::this_thread::sleep_for(options.interval);
    }
    channel.close();
    server.stop();
    listener.join();
    log << "warrant watch: stopped\n";
    return 0;
}

}  // namespace warrant
