// The served report's newest version: published once per content, waited for by event streams.
#include "preview/live_report_channel.hpp"

#include <doctest/doctest.h>

#include <thread>

using warrant::preview::LiveReportChannel;
using warrant::preview::LiveReportPage;
using namespace std::chrono_literals;

TEST_CASE("the channel publishes a version once and tells a waiter of a version it has not heard of") {
    LiveReportChannel channel;
    CHECK(channel.newest().version.empty());
    CHECK(channel.publish(LiveReportPage{"<p>one</p>", "v1"}));
    CHECK_FALSE(channel.publish(LiveReportPage{"<p>one</p>", "v1"}));  // the same content: nothing new
    CHECK(channel.newest().html == "<p>one</p>");
    CHECK(channel.wait_for_change("", 10ms) == "v1");     // a new stream hears of the newest at once
    CHECK(channel.wait_for_change("v1", 10ms) == "v1");   // nothing new: after its patience, the same

    std::thread later([&] {
        std::this_thread::sleep_for(20ms);
        channel.publish(LiveReportPage{"<p>two</p>", "v2"});
    });
    CHECK(channel.wait_for_change("v1", 60s) == "v2");
    later.join();
}

TEST_CASE("closing the channel wakes its waiters with nothing") {
    LiveReportChannel channel;
    channel.publish(LiveReportPage{"<p>one</p>", "v1"});
    std::thread closer([&] {
        std::this_thread::sleep_for(20ms);
        channel.close();
    });
    CHECK_FALSE(channel.wait_for_change("v1", 60s).has_value());
    closer.join();
}
