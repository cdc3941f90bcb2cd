#include "syntax/parser.hpp"

#include <doctest/doctest.h>

#include <ctime>
#include <string>
#include <vector>

namespace {

struct Parsed {
    warrant::syntax::SyntaxTree tree;
    std::vector<warrant::Diagnostic> diagnostics;
};

Parsed parse(std::string_view text, warrant::ParseLimits limits = {}) {
    Parsed parsed;
    parsed.tree = warrant::syntax::parse(text, "t.argdown", limits, parsed.diagnostics);
    return parsed;
}

std::string where(const warrant::Diagnostic& d) {
    return d.code + "@" + std::to_string(d.span.line) + ":" + std::to_string(d.span.column);
}

}  // namespace

using warrant::syntax::ElementKind;
using warrant::syntax::RelationSymbol;
using warrant::syntax::TitleForm;

TEST_CASE("a definition keeps title, text, tags and raw metadata") {
    Parsed p = parse("[Ustopia]: Every *utopia* hides a [dystopia](http://x). #core {page: 66}");
    REQUIRE(p.diagnostics.empty());
    REQUIRE(p.tree.elements.size() == 1);
    const auto& e = p.tree.elements[0];
    CHECK(e.form == TitleForm::Definition);
    CHECK(e.title == "Ustopia");
    CHECK(e.text == "Every utopia hides a dystopia. #core ");
    CHECK(e.markup().tags == std::vector<std::string>{"core"});
    CHECK(e.markup().metadata == "{page: 66}");
    CHECK(e.span.line == 1);
    CHECK(e.span.column == 1);
}

TEST_CASE("a relation tree records symbols, nesting and spans") {
    Parsed p = parse("[A]\n  + <B>: reason\n    -> [C]\n  >< [D]");
    REQUIRE(p.diagnostics.empty());
    const auto& root = p.tree.elements[0];
    REQUIRE(root.relations.size() == 2);
    const auto& first = p.tree.relations[root.relations[0]];
    CHECK(first.symbol == RelationSymbol::OutgoingSupport);
    CHECK(first.span.line == 2);
    CHECK(first.span.column == 3);
    const auto& b = p.tree.elements[first.target];
    CHECK(b.kind == ElementKind::Argument);
    REQUIRE(b.relations.size() == 1);
    CHECK(p.tree.relations[b.relations[0]].symbol == RelationSymbol::IncomingAttack);
    CHECK(p.tree.relations[root.relations[1]].symbol == RelationSymbol::Contradiction);
}

TEST_CASE("a premise-conclusion structure numbers members and keeps inference rules") {
    Parsed p = parse("(1) a\n(2) b\n-- modus ponens {uses: [1, 2]} --\n(3) c");
    REQUIRE(p.diagnostics.empty());
    REQUIRE(p.tree.pcs.size() == 1);
    const auto& pcs = p.tree.pcs[0];
    REQUIRE(pcs.members.size() == 3);
    CHECK(pcs.members[2].number == 3);
    CHECK(pcs.members[2].inference == 0);
    CHECK(pcs.inferences[0].rules == std::vector<std::string>{"modus ponens"});
    CHECK(pcs.inferences[0].metadata == "{uses: [1, 2]}");
}

TEST_CASE("headings and front matter are kept raw") {
    Parsed p = parse("===\nmodel:\n  mode: strict\n===\n\n## Part two #(big idea)\n\n[A]: a");
    REQUIRE(p.diagnostics.empty());
    CHECK(p.tree.front_matter == "\nmodel:\n  mode: strict\n");
    REQUIRE(p.tree.headings.size() == 1);
    CHECK(p.tree.headings[0].level == 2);
    CHECK(p.tree.headings[0].tags == std::vector<std::string>{"big idea"});
}

TEST_CASE("front matter closes at the first === after its opening, as Argdown's pattern does") {
    // QT30's nodeset23515 keeps an AIF text "they = government?" in its front matter.
    Parsed p = parse("===\nnote: they = government? a == b\n===\n\n[A]: a");
    REQUIRE(p.diagnostics.empty());
    CHECK(p.tree.front_matter == "\nnote: they = government? a == b\n");
    Parsed empty = parse("======\n\n[A]: a");
    REQUIRE(empty.diagnostics.empty());
    CHECK(empty.tree.front_matter.empty());
    REQUIRE(empty.tree.elements.size() == 1);
}

TEST_CASE("a heading's last tag range ends inside its trimmed text") {
    // "#H3 " keeps its blank in the tag's image; the heading drops trailing blanks.
    Parsed p = parse("## Hypothesis #H3 \n\n[A]: a");
    REQUIRE(p.diagnostics.empty());
    REQUIRE(p.tree.headings.size() == 1);
    const warrant::syntax::Heading& heading = p.tree.headings[0];
    CHECK(heading.text == "Hypothesis #H3");
    REQUIRE(heading.tag_ranges.size() == 1);
    CHECK(heading.tag_ranges[0].begin == 11);
    CHECK(heading.tag_ranges[0].end == 14);
    CHECK(heading.text.substr(11, 3) == "#H3");
}

TEST_CASE("every broken paragraph is reported at its file:line:col") {
    Parsed p = parse("[A]\n[B]: b\n\n    + c\n\n<X>(1)\n\n[Fine]: ok");
    REQUIRE(p.diagnostics.size() == 3);
    CHECK(where(p.diagnostics[0]) == "E010@2:1");
    CHECK(where(p.diagnostics[1]) == "E011@4:1");
    CHECK(where(p.diagnostics[2]) == "E021@6:1");  // "<X>(1)": a title without its colon
    CHECK(p.diagnostics[0].span.file == "t.argdown");
    REQUIRE(p.tree.blocks.size() == 3);  // what parsed before each error is kept, <X> as meant
    CHECK(p.tree.elements[p.tree.blocks[1].index].text == "(1)");
    CHECK(p.tree.elements[p.tree.blocks[2].index].title == "Fine");
}

TEST_CASE("a contradiction with an argument is an error at the argument") {
    Parsed p = parse("[A]\n    >< <B>: b");
    REQUIRE(p.diagnostics.size() == 1);
    CHECK(where(p.diagnostics[0]) == "E013@2:8");
}

TEST_CASE("an inference line without a conclusion is an error") {
    Parsed p = parse("(1) a\n----");
    REQUIRE(p.diagnostics.size() == 1);
    CHECK(p.diagnostics[0].code == "E016");
}

// Each level needs one more column of indentation, so depth d costs d^2/2 bytes: 10^4 levels
// are 50 MB, far deeper than any stack frame per level would survive.
TEST_CASE("a relation tree 10000 levels deep parses without recursion") {
    std::string text = "[Root]\n";
    for (int depth = 1; depth <= 10000; ++depth) text += std::string(depth, ' ') + "+ [S" + std::to_string(depth) + "]\n";
    warrant::ParseLimits limits;
    limits.max_depth = 200000;
    Parsed p = parse(text, limits);
    REQUIRE(p.diagnostics.empty());
    CHECK(p.tree.elements.size() == 10001);
    CHECK(p.tree.relations.size() == 10000);
}

TEST_CASE("nesting deeper than max_depth is reported once") {
    warrant::ParseLimits limits;
    limits.max_depth = 3;
    Parsed p = parse("[A]\n + [B]\n  + [C]\n   + [D]\n    + [E]", limits);
    REQUIRE(p.diagnostics.size() == 1);
    CHECK(where(p.diagnostics[0]) == "E012@5:1");
}

TEST_CASE("a line longer than max_line_bytes is an error") {
    warrant::ParseLimits limits;
    limits.max_line_bytes = 10;
    Parsed p = parse("[A]: short\n[B]: this line is too long", limits);
    REQUIRE(p.diagnostics.size() == 1);
    CHECK(where(p.diagnostics[0]) == "E003@2:1");
}

TEST_CASE("CRLF input gives the same tree as LF input") {
    Parsed crlf = parse("[A]: a\r\n  + [B]: b\r\n\r\n[C]: c");
    REQUIRE(crlf.diagnostics.empty());
    REQUIRE(crlf.tree.blocks.size() == 2);
    CHECK(crlf.tree.elements[2].title == "C");
    CHECK(crlf.tree.elements[2].span.line == 4);
}

TEST_CASE("escapes, shortcodes and multi-line text become plain text") {
    Parsed p = parse("[A]: a \\[not a title\\] and .~.p\n  continued");
    REQUIRE(p.diagnostics.empty());
    CHECK(p.tree.elements[0].text == "a [not a title] and ¬p continued");
}

// Speed is measured by `make bench` (tests/bench/parse_bench.cpp), never timed in a test.
TEST_CASE("a 20 MB map is lexed and parsed without errors") {
    std::string text;
    for (int i = 0; text.size() < (std::size_t{20} << 20); ++i) {
        const std::string n = std::to_string(i);
        text += "[S" + n + "]: Statement " + n + " has **some** text #t {k: v}\n  + [S" + n + "x]: support\n    - <A" + n +
                ">: an argument\n\n";
    }
    Parsed p = parse(text);
    CHECK(p.diagnostics.empty());
    CHECK(p.tree.relations.size() == 2 * p.tree.blocks.size());
}

TEST_CASE("a bad line in a relation tree costs only itself: its parent's other lines and its own children are kept") {
    Parsed p = parse("[T]: t\n  + [A]: a\n  >< <Arg>: an argument\n    + [B]: b\n      + [D]: d\n  + [C]: c\n\n[After]: after");
    REQUIRE(p.diagnostics.size() == 1);
    CHECK(where(p.diagnostics[0]) == "E013@3:6");
    REQUIRE(p.tree.blocks.size() == 3);  // [T]'s tree, then [B] (its parent line was lost), then [After]
    const auto& root = p.tree.elements[p.tree.blocks[0].index];
    CHECK(root.title == "T");
    REQUIRE(root.relations.size() == 2);
    CHECK(p.tree.elements[p.tree.relations[root.relations[0]].target].title == "A");
    CHECK(p.tree.elements[p.tree.relations[root.relations[1]].target].title == "C");
    const auto& orphan = p.tree.elements[p.tree.blocks[1].index];
    CHECK(orphan.title == "B");
    REQUIRE(orphan.relations.size() == 1);  // [B]'s own tree survives
    CHECK(p.tree.elements[p.tree.relations[orphan.relations[0]].target].title == "D");
    CHECK(p.tree.elements[p.tree.blocks[2].index].title == "After");
}

TEST_CASE("a title without its colon in a list of supports is read as the definition meant") {
    Parsed p = parse("[T]: t\n  + [A]: a\n  + [C] c without colon\n  + [D]: d");
    REQUIRE(p.diagnostics.size() == 1);
    CHECK(where(p.diagnostics[0]) == "E021@3:5");
    CHECK(p.diagnostics[0].message == "missing colon after the title [C]: did you mean `[C]: c without colon`?");
    REQUIRE(p.diagnostics[0].fixes.size() == 1);
    CHECK(p.diagnostics[0].fixes[0].span.column == 8);
    CHECK(p.diagnostics[0].fixes[0].replacement == ":");
    const auto& root = p.tree.elements[p.tree.blocks[0].index];
    REQUIRE(root.relations.size() == 3);
    const auto& c = p.tree.elements[p.tree.relations[root.relations[1]].target];
    CHECK(c.title == "C");
    CHECK(c.form == TitleForm::Definition);
    CHECK(c.text == "c without colon");
}

TEST_CASE("stray text after an element on a relation line is reported and the tree goes on") {
    Parsed p = parse("[T]: t\n  + [A]: a {k: v} trailing\n  + [B]: b");
    REQUIRE(p.diagnostics.size() == 1);
    CHECK(p.diagnostics[0].code == "E010");
    CHECK(p.diagnostics[0].span.line == 2);
    REQUIRE(p.tree.blocks.size() == 1);
    CHECK(p.tree.elements[p.tree.blocks[0].index].relations.size() == 2);
}

TEST_CASE("metadata never closed on its line ends there instead of swallowing the next line") {
    Parsed p = parse("[T]: t\n  + [A]: a {source: wahl, page: 40\n  + [B]: b {page: 2}");
    REQUIRE(p.diagnostics.size() == 1);
    CHECK(where(p.diagnostics[0]) == "E022@2:12");
    REQUIRE(p.diagnostics[0].fixes.size() == 1);
    CHECK(p.diagnostics[0].fixes[0].span.column == 35);
    const auto& root = p.tree.elements[p.tree.blocks[0].index];
    REQUIRE(root.relations.size() == 2);
    CHECK(p.tree.elements[p.tree.relations[root.relations[0]].target].markup().metadata == "{source: wahl, page: 40}");
    CHECK(p.tree.elements[p.tree.relations[root.relations[1]].target].markup().metadata == "{page: 2}");
}

TEST_CASE("metadata spread over lines as YAML allows is still one block") {
    Parsed p = parse("[A]: a {source: wahl,\n  page: 40}\n");
    REQUIRE(p.diagnostics.empty());
    CHECK(p.tree.elements[0].markup().metadata == "{source: wahl,\n  page: 40}");
}
