#include "render/label_text.hpp"

#include <doctest/doctest.h>

using namespace warrant::render;

TEST_CASE("wrapping breaks lines at word boundaries within the width") {
    CHECK(wrap_text("every utopia contains a latent dystopia", 16, 0) ==
          std::vector<std::string>{"every utopia", "contains a", "latent dystopia"});
}

TEST_CASE("wrapping counts code points, so Arabic words are never split inside a character") {
    const std::string arabic = "كل يوتوبيا تحمل في داخلها ديستوبيا كامنة";
    const auto lines = wrap_text(arabic, 12, 0);
    CHECK(lines == std::vector<std::string>{"كل يوتوبيا", "تحمل في", "داخلها", "ديستوبيا", "كامنة"});
    for (const std::string& line : lines) CHECK(sanitize_utf8(line) == line);
}

TEST_CASE("a word longer than the width is cut between code points") {
    CHECK(wrap_text("ééééé", 2, 0) == std::vector<std::string>{"éé", "éé", "é"});
}

TEST_CASE("newlines in a text end a line and runs of spaces collapse") {
    CHECK(wrap_text("one   two\nthree", 40, 0) == std::vector<std::string>{"one two", "three"});
}

TEST_CASE("text beyond the line limit is cut and marked with an ellipsis") {
    CHECK(wrap_text("a b c d", 1, 2) == std::vector<std::string>{"a", "b…"});
}

TEST_CASE("invalid UTF-8 becomes the replacement character and control characters are dropped") {
    CHECK(sanitize_utf8("ok\xC3(\x01\tend\x7F") == "ok\xEF\xBF\xBD( end");
    CHECK(sanitize_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate is invalid
}

TEST_CASE("HTML escaping turns markup characters into entities") {
    CHECK(escape_html("<b>\"Tom\" & 'Jerry'</b>") == "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;");
}

TEST_CASE("escString escaping doubles backslashes and writes newlines as \\n") {
    CHECK(escape_esc_string("a\\N\nb") == "a\\\\N\\nb");
}

TEST_CASE("tags are removed from display text, with the spaces they leave") {
    CHECK(warrant::render::without_tags("Evil is mixed. #ustopia #(with space) end", {"ustopia", "with space"}) ==
          "Evil is mixed. end");
    CHECK(warrant::render::without_tags("#counter Absolute evil #dystopia", {"counter", "dystopia"}) == "Absolute evil");
    CHECK(warrant::render::without_tags("a #ustopian word stays", {"ustopia"}) == "a #ustopian word stays");
}
