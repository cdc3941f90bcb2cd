#include "support/run_warrant.hpp"
#include "warrant/formats.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <stdexcept>
#include <sys/stat.h>
#include <thread>

using warrant::testing::read_file;
using warrant::testing::TempDir;

namespace {

std::size_t files_in(const std::string& directory) {
    std::size_t count = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(directory)) ++count;
    return count;
}

}  // namespace

TEST_CASE("an atomic write replaces the previous file whole") {
    TempDir dir;
    const std::string path = dir.write("out.json", "old");
    warrant::write_file_atomically(path, "new contents");
    CHECK(read_file(path) == "new contents");
    CHECK(files_in(dir.path()) == 1);
}

TEST_CASE("a failed atomic write leaves the previous file untouched and no temporary behind") {
    TempDir dir;
    const std::string path = dir.write("out.json", "previous");
    std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
    bool threw = false;
    try {
        warrant::write_file_atomically(path, "never written");
    } catch (const std::runtime_error&) {
        threw = true;
    }
    std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_all);
    // Root ignores directory permissions; then the write simply succeeds and is whole.
    if (threw) {
        CHECK(read_file(path) == "previous");
    } else {
        CHECK(read_file(path) == "never written");
    }
    CHECK(files_in(dir.path()) == 1);
}

TEST_CASE("writing onto a directory is refused") {
    TempDir dir;
    CHECK_THROWS_AS(warrant::write_file_atomically(dir.path(), "x"), std::runtime_error);
}

TEST_CASE("a write into a missing directory fails without creating anything") {
    TempDir dir;
    CHECK_THROWS_AS(warrant::write_file_atomically(dir.file("missing/out.json"), "x"), std::runtime_error);
    CHECK(files_in(dir.path()) == 0);
}

TEST_CASE("a write to a pipe goes through it in place, and the pipe stays a pipe") {
    // -o /dev/null used to rename a temporary file over the device: run as root, /dev/null became
    // an ordinary file for every program after it. A FIFO stands for any such special file here.
    TempDir dir;
    const std::string fifo = dir.file("pipe");
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    std::string received;
    std::thread reader([&] { received = read_file(fifo); });
    warrant::write_file_atomically(fifo, "through the pipe");
    reader.join();
    CHECK(received == "through the pipe");
    CHECK(std::filesystem::is_fifo(fifo));
    CHECK(files_in(dir.path()) == 1);  // no temporary file left beside it
}

TEST_CASE("a write to /dev/null leaves it a device") {
    warrant::write_file_atomically("/dev/null", "nothing");
    CHECK(std::filesystem::is_character_file("/dev/null"));
}
