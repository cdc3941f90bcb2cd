// Inputs the fuzzers crashed on (tests/fuzz/regressions/), replayed through the same calls as
// the fuzz targets, plus a minimal form of each bug.
#include "../../fuzz/fuzz_calls.hpp"
#include "support/source_tree.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

std::string bytes_of(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("a premise number too large for an int is a label, not a crash") {
    auto loaded = warrant::parse_argdown("<A>\n\n(99999999999) p\n----\n(2) c\n", "big_number.argdown");
    CHECK_FALSE(loaded.has_errors());
    auto argument = loaded.map.find_argument("A");
    REQUIRE(argument);
    CHECK(loaded.map.node(*argument).pcs.size() == 2);
}

TEST_CASE("AIF with a number too large for a double is an E031 error, not a crash") {
    auto loaded = warrant::read_aif("{\"nodes\": [], \"edges\": [], \"n\": 333e33333333}", "huge.json");
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics[0].code == "E031");
    CHECK(loaded.has_errors());
}

TEST_CASE("an i23 header declaring 3 * 10^8 arguments is an E050 error, not 2.4 GB of framework") {
    auto loaded = warrant::read_framework("p af 299999990\n", warrant::IccmaFormat::I23, "huge.i23");
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics[0].code == "E050");
    CHECK(loaded.diagnostics[0].message == "expected the number of arguments after 'p af' (at most 16777216)");
    CHECK(loaded.has_errors());
}

TEST_CASE("every input a fuzzer crashed on now loads to a result") {
    const std::filesystem::path folder = warrant::testing::source_dir() + "/tests/fuzz/regressions";
    int replayed = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        const std::string bytes = bytes_of(entry.path());
        INFO(entry.path().filename().string());
        const std::string name = entry.path().filename().string();
        if (name.starts_with("argdown_"))
            CHECK_NOTHROW(warrant::fuzz::run_argdown(bytes));
        else if (name.starts_with("draft_"))
            CHECK_NOTHROW(warrant::fuzz::run_draft(bytes));
        else if (name.starts_with("lsp_"))
            CHECK_NOTHROW(warrant::fuzz::run_lsp(bytes));
        else
            CHECK_NOTHROW(warrant::fuzz::run_readers(bytes));
        ++replayed;
    }
    CHECK(replayed == 4);
}
