// Files that are not UTF-8, read through load_file() and draft_files() as a user's would be.
#include "formats/input_encoding.hpp"
#include "support/run_warrant.hpp"
#include "warrant/draft.hpp"
#include "warrant/parse.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using warrant::testing::TempDir;

namespace {

// A map saved by a Windows word processor: curly quotes are the bytes 0x93 and 0x94, the
// apostrophe 0x92, and everything else ASCII.
const std::string kWindowsMap =
    "[Thesis]: Schools should start later. #thesis\n"
    "  + [Sleep]: Teenagers sleep late.\n"
    "    + [Quote]: \x93Teens\x92 clocks shift by two hours.\x94 {source: carskadon, page: 12}\n";

std::string text_of(const warrant::LoadResult& loaded, const std::string& title) {
    const auto vertex = loaded.map.find_statement(title);
    REQUIRE(vertex);
    return loaded.map.node(*vertex).texts.at(0);
}

// `units` as Notepad saves "Unicode": a byte order mark, then two bytes a unit.
std::string utf16(const std::u16string& units, bool big_endian) {
    std::string out = big_endian ? "\xFE\xFF" : "\xFF\xFE";
    for (const char16_t unit : units) {
        const char high = static_cast<char>(unit >> 8), low = static_cast<char>(unit & 0xFF);
        out += big_endian ? high : low;
        out += big_endian ? low : high;
    }
    return out;
}

}  // namespace

TEST_CASE("a Windows-1252 map is read with its curly quotes and one W025 warning at the first such byte") {
    TempDir dir;
    const warrant::LoadResult loaded = warrant::load_file(dir.write("essay.argdown", kWindowsMap));
    REQUIRE(loaded.diagnostics.size() >= 1);
    const warrant::Diagnostic& warning = loaded.diagnostics.front();
    CHECK(warning.code == "W025");
    CHECK(warning.severity == warrant::Severity::Warning);
    CHECK(warning.span.line == 3);
    CHECK(warning.span.column == 16);
    CHECK(warning.message ==
          "the file is not UTF-8: the byte 0x93 here, and any like it, was read as Windows-1252 ('\u201c'); save the file as UTF-8");
    CHECK(std::count_if(loaded.diagnostics.begin(), loaded.diagnostics.end(),
                        [](const warrant::Diagnostic& d) { return d.code == "W025"; }) == 1);
    // The rest of the map survives: the three statements and the source they cite, both supports
    // and the citation, the quotation's marks.
    CHECK_FALSE(loaded.has_errors());
    CHECK(loaded.map.node_count() == 4);
    CHECK(loaded.map.edge_count() == 3);
    CHECK(text_of(loaded, "Quote") == "\u201cTeens\u2019 clocks shift by two hours.\u201d");
    CHECK(text_of(loaded, "Thesis") == "Schools should start later. #thesis");
}

TEST_CASE("valid UTF-8 is read as it is, without its byte order mark, and without a warning") {
    std::string text = "\xEF\xBB\xBF[A]: caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D\n";
    CHECK_FALSE(warrant::decode_input_text(text, "a.argdown"));
    CHECK(text == "[A]: caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D\n");
}

TEST_CASE("one stray byte in a UTF-8 file is read as Windows-1252 and the file's other accents survive") {
    std::string text = "[A]: caf\xC3\xA9\n[B]: 5 \x80 only\n";
    const auto warning = warrant::decode_input_text(text, "a.argdown");
    REQUIRE(warning);
    CHECK(warning->span.line == 2);
    CHECK(warning->span.column == 8);
    CHECK(text == "[A]: caf\xC3\xA9\n[B]: 5 \xE2\x82\xAC only\n");  // the euro sign
}

TEST_CASE("UTF-16 with a byte order mark is read, little- and big-endian, with characters beyond the BMP") {
    const std::u16string units = u"[Th\u00e8se]: \u201cA\u201d \U0001F600\n";
    const std::string expected = "[Th\xC3\xA8se]: \xE2\x80\x9C" "A\xE2\x80\x9D \xF0\x9F\x98\x80\n";
    std::string little = utf16(units, false), big = utf16(units, true);
    CHECK_FALSE(warrant::decode_input_text(little, "a.argdown"));
    CHECK(little == expected);
    CHECK_FALSE(warrant::decode_input_text(big, "a.argdown"));
    CHECK(big == expected);
    TempDir dir;
    const warrant::LoadResult loaded = warrant::load_file(dir.write("utf16.argdown", utf16(u"[A]: \u201cx\u201d\n", false)));
    CHECK(loaded.diagnostics.empty());
    CHECK(text_of(loaded, "A") == "\u201cx\u201d");
}

TEST_CASE("a broken UTF-16 unit becomes U+FFFD with a W025 warning where it was") {
    std::string text("\xFF\xFE" "A\0\n\0B\0\x00\xD8" "C\0", 12);
    const auto warning = warrant::decode_input_text(text, "a.argdown");
    REQUIRE(warning);
    CHECK(warning->code == "W025");
    CHECK(warning->span.line == 2);
    CHECK(warning->span.column == 2);
    CHECK(warning->message == "the file is not valid UTF-16: an unpaired UTF-16 surrogate here became U+FFFD");
    CHECK(text == "A\nB\xEF\xBF\xBD" "C");
}

TEST_CASE("an essay saved as Windows-1252 is drafted with its curly quotes and the W025 warning") {
    TempDir dir;
    const std::string path = dir.write("essay.txt",
                                       "Sleep and School\n\n"
                                       "Schools should start later. As Carskadon writes, \x93teens\x92 clocks shift by two hours\x94 "
                                       "(Carskadon 12). Therefore the district should change its timetable.\n");
    std::vector<warrant::DraftResult> drafts;
    warrant::draft_files({path}, warrant::DraftModel::built_in(), 1,
                         [&](std::size_t, warrant::DraftResult& draft) { drafts.push_back(std::move(draft)); });
    REQUIRE(drafts.size() == 1);
    const warrant::Diagnostic& warning = drafts[0].loaded.diagnostics.at(0);
    CHECK(warning.code == "W025");
    CHECK(warning.span.line == 3);
    CHECK(warning.span.column == 50);
    const auto evidence = drafts[0].loaded.map.find_statement("Carskadon 12");
    REQUIRE(evidence);
    CHECK(drafts[0].loaded.map.node(*evidence).texts.at(0) == "teens\u2019 clocks shift by two hours");
    CHECK(drafts[0].loaded.source_text.find("\u201cteens\u2019") != std::string::npos);
}
