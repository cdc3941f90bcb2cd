// The model options and the rejections of Argdown 1.7.5, each on a minimal input under
// tests/data/argdown/: NAME.argdown with what the reference (`argdown json`) made of it, either
// NAME.canon.json (its export reduced by canon.py) or NAME.rejected ("line:column<TAB>message"
// of its first error). The reference wrote those files; warrant must give the same.
#include "conformance/argdown_canon.hpp"
#include "support/source_tree.hpp"
#include "warrant/formats.hpp"
#include "warrant/parse.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using warrant::testing::first_error_line;

const fs::path kArgdownData = fs::path(warrant::testing::source_dir()) / "tests" / "data" / "argdown";

// Loads NAME.argdown and compares it with what the reference made of it.
void check_against_reference(const std::string& name) {
    INFO(name);
    const warrant::LoadResult result = warrant::load_file((kArgdownData / (name + ".argdown")).string());
    if (fs::exists(kArgdownData / (name + ".rejected"))) {
        const int line = std::stoi(warrant::testing::read(kArgdownData / (name + ".rejected")));
        CHECK(first_error_line(result) == line);
        return;
    }
    CHECK_FALSE(result.has_errors());
    const json mine = warrant::testing::canon(json::parse(warrant::export_argdown_json(result.map)));
    const json reference = json::parse(warrant::testing::read(kArgdownData / (name + ".canon.json")));
    CHECK_MESSAGE(mine == reference, "warrant:   " << mine.dump() << "\nreference: " << reference.dump());
}

}  // namespace

TEST_CASE("in strict mode an attack on an argument beside a contrary of its premise is dropped") {
    check_against_reference("strict_redundant_attack");
}

TEST_CASE("an attack on an argument is dropped where the attacker already attacks or contradicts a premise") {
    check_against_reference("loose_redundant_attack");
}

TEST_CASE("explodeArguments splits an argument into one argument per inferential step") {
    check_against_reference("explode_arguments");
}

TEST_CASE("explodeArguments reads a step's uses from its conclusion's metadata, as the syntax guide writes (7) {uses: [3,6]}") {
    check_against_reference("explode_conclusion_uses");
}

TEST_CASE("transformArgumentRelations false keeps relations on the arguments") {
    check_against_reference("transform_argument_relations_off");
}

TEST_CASE("removeTagsFromText removes tags from statements, descriptions and headings") {
    check_against_reference("remove_tags_from_text");
}

TEST_CASE("every shortcode of Argdown's table is expanded in both spellings") {
    check_against_reference("default_shortcodes");
}

TEST_CASE("the front matter's shortcodes are expanded in statements, descriptions and headings") {
    check_against_reference("custom_shortcodes");
}

TEST_CASE("regroup nests groups through children to any depth with Argdown's ids") {
    check_against_reference("nested_regroup");
}

TEST_CASE("headings nest sections by level") {
    check_against_reference("nested_headings");
}

TEST_CASE("an inference's rules may stand on the line after its opening dashes") {
    check_against_reference("inference_on_three_lines");
}

TEST_CASE("an inference line of three hyphens is rejected where its rules run onto the next line") {
    check_against_reference("inference_three_hyphens");
}

TEST_CASE("a heading on the line straight after another heading is rejected") {
    check_against_reference("heading_after_heading");
}

TEST_CASE("an italic range that is not closed is rejected where the text stops") {
    check_against_reference("italic_not_closed");
}

TEST_CASE("included files are spliced in once each, a cycle ending where a file comes round again") {
    const std::string main = (kArgdownData / "include" / "include_main.argdown").string();
    const warrant::LoadResult result = warrant::load_file(main);
    CHECK_FALSE(result.has_errors());
    const json mine = warrant::testing::canon(json::parse(warrant::export_argdown_json(result.map)));
    CHECK(mine == json::parse(warrant::testing::read(kArgdownData / "include" / "include_main.canon.json")));
    int not_expanded = 0;
    for (const warrant::Diagnostic& d : result.diagnostics) not_expanded += d.code == "W040";
    CHECK(not_expanded == 2);  // part_b's include of part_a, and main's second include of part_b
}
