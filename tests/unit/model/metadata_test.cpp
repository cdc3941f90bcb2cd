#include "model/metadata.hpp"

#include <doctest/doctest.h>

#include <map>
#include <string>

TEST_CASE("nested YAML flattens to dotted keys with sequence indexes") {
    std::map<std::string, std::string> out;
    std::string error;
    int line = -1;
    REQUIRE(warrant::model::flatten_yaml("{a: {b: 1, c: [x, y]}, d: ~}", out, error, line));
    CHECK(out == std::map<std::string, std::string>{{"a.b", "1"}, {"a.c.0", "x"}, {"a.c.1", "y"}, {"d", ""}});
}

TEST_CASE("a later value for the same key replaces the earlier one") {
    std::map<std::string, std::string> out{{"a.b", "old"}, {"keep", "yes"}};
    std::string error;
    int line = -1;
    REQUIRE(warrant::model::flatten_yaml("a:\n  b: new\n", out, error, line));
    CHECK(out == std::map<std::string, std::string>{{"a.b", "new"}, {"keep", "yes"}});
}

TEST_CASE("invalid YAML reports the parser's message and line") {
    std::map<std::string, std::string> out;
    std::string error;
    int line = -1;
    CHECK_FALSE(warrant::model::flatten_yaml("a: 1\nb: [2, 3\n", out, error, line));
    CHECK_FALSE(error.empty());
    CHECK(line >= 1);
}

TEST_CASE("deeply nested YAML is either flattened or rejected, never a crash") {
    std::string yaml(5000, '[');
    yaml += std::string(5000, ']');
    std::map<std::string, std::string> out;
    std::string error;
    int line = -1;
    bool parsed = warrant::model::flatten_yaml(yaml, out, error, line);
    CHECK((parsed ? error.empty() : !error.empty()));
}
