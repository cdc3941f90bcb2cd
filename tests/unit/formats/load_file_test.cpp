#include "support/run_warrant.hpp"
#include "warrant/parse.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>

using warrant::testing::TempDir;

TEST_CASE("a missing file is an I/O failure with E000") {
    warrant::LoadResult loaded = warrant::load_file("/nonexistent/map.argdown");
    CHECK(loaded.io_failed);
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics[0].code == "E000");
    CHECK(loaded.diagnostics[0].message == "cannot open '/nonexistent/map.argdown': no such file");
}

TEST_CASE("a directory is an I/O failure, not a crash") {
    TempDir dir;
    warrant::LoadResult loaded = warrant::load_file(dir.path());
    CHECK(loaded.io_failed);
    CHECK(loaded.diagnostics.at(0).message.find("is a directory") != std::string::npos);
}

TEST_CASE("a file over the size limit is refused before it is read") {
    TempDir dir;
    const std::string path = dir.file("huge.argdown");
    { std::ofstream(path) << "[A]: a\n"; }
    std::filesystem::resize_file(path, std::uintmax_t{1} << 30);  // 1 GiB, sparse: no disk used
    warrant::LoadResult loaded = warrant::load_file(path);
    CHECK(loaded.io_failed);
    CHECK(loaded.diagnostics.at(0).message == "'" + path + "' is larger than the input limit of 512 MiB");
    CHECK(loaded.source_text.empty());
}

TEST_CASE("a lower size limit applies to text given directly") {
    warrant::ParseLimits limits;
    limits.max_bytes = 4;
    warrant::LoadResult loaded = warrant::parse_argdown("[A]: more than four bytes", "small.argdown", limits);
    CHECK(loaded.has_errors());
    CHECK(loaded.diagnostics.at(0).code == "E002");
}
