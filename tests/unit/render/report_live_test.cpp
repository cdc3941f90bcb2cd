// The live report's settings on the page: only where `warrant watch` asks for them.
#include "warrant/report.hpp"

#include <doctest/doctest.h>

using namespace warrant;

namespace {

const LoadResult& live_map() {
    static const LoadResult loaded = parse_argdown("[Utopias fail]: Utopias fail. #thesis\n\n[Why]: Because.\n  +> [Utopias fail]\n", "m.argdown");
    return loaded;
}

}  // namespace

TEST_CASE("a static report has no live script; a live one carries its mode, version and the script") {
    ReportInputs inputs = report_inputs(live_map());
    const std::string plain = render_html_report(inputs);
    CHECK(plain.find("warrant-live") == std::string::npos);
    CHECK(plain.find("http-equiv") == std::string::npos);

    inputs.live = LiveUpdates{LiveUpdates::Mode::ServerEvents, report_version(plain)};
    const std::string served = render_html_report(inputs);
    CHECK(served.find("<script type=\"application/json\" id=\"warrant-live\">{\"mode\": \"events\", \"version\": \"" +
                      report_version(plain) + "\", \"poll\": \"\", \"seconds\": 2}</script>") != std::string::npos);
    CHECK(served.find("window.warrantLive") != std::string::npos);

    // A file name that could end the script is written so that it cannot.
    inputs.live = LiveUpdates{LiveUpdates::Mode::PollFile, "v", "a</script>\"b.js", 5};
    const std::string polled = render_html_report(inputs);
    CHECK(polled.find("{\"mode\": \"poll\", \"version\": \"v\", \"poll\": \"a\\u003c/script>\\\"b.js\", \"seconds\": 5}") != std::string::npos);
}

TEST_CASE("a report's version is a 16-digit name that changes with the content") {
    CHECK(report_version("") == "cbf29ce484222325");
    CHECK(report_version("<p>a</p>") == report_version("<p>a</p>"));
    CHECK(report_version("<p>a</p>") != report_version("<p>b</p>"));
}

TEST_CASE("the report's picture is the one render_report_map draws, nodes titled n<vertex>") {
    const RenderResult drawn = render_report_map(live_map().map);
    REQUIRE(drawn.ok());
    CHECK(drawn.bytes.find("<title>n0</title>") != std::string::npos);
    CHECK(drawn.bytes.find("<title>n1</title>") != std::string::npos);
    CHECK(report_inputs(live_map()).svg == drawn.bytes);
}
