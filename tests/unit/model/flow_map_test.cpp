#include "model/flow_map.hpp"
#include "model/metadata.hpp"

#include <doctest/doctest.h>

#include <map>
#include <string>

namespace {

using Flat = std::map<std::string, std::string>;

Flat with_yaml_cpp(const std::string& yaml) {
    Flat out;
    std::string error;
    int line = 0;
    REQUIRE(warrant::model::flatten_yaml_with_yaml_cpp(yaml, out, error, line));
    return out;
}

}  // namespace

TEST_CASE("flat flow maps of plain and quoted scalars take the fast path and match yaml-cpp") {
    const char* inputs[] = {
        "{k: v}",
        "{}",
        "{ }",
        " { k: v } ",
        "{kind: thesis}",
        "{source: atwood, page: \"3-4\"}",
        "{source: atwood, page: '66'}",
        "{author: Margaret Atwood, year: 2011}",
        "{a: b c  d, e: f}",
        "{a  :  b   ,c: d}",
        "{a: 1.5, c: x-y, d: a/b, e: x (y), f: 1+1}",
        "{a: true, b: no, c: 0x1F, d: 1e3}",
        "{k: v, k: w}",
        "{\"quoted key\": 'single', 'k2': \"\"}",
        "{a: '', b: \"a # not a comment\", c: 'x: y'}",
        "{_a: _b}",
        "{k: a -, l: b - c, m: x.y.z, n: 1/2}",
        "{a.b: c, d: e}",
        "{k: yes, l: off, m: 007, n: 1_000}",
    };
    for (const char* input : inputs) {
        CAPTURE(std::string(input));
        Flat fast;
        REQUIRE(warrant::model::read_flat_flow_map(input, fast));
        CHECK(fast == with_yaml_cpp(input));
    }
}

TEST_CASE("the fast path merges into existing metadata key by key, as yaml-cpp's path does") {
    Flat fast{{"a", "old"}, {"z", "kept"}};
    Flat slow = fast;
    REQUIRE(warrant::model::read_flat_flow_map("{a: new, b: c}", fast));
    std::string error;
    int line = 0;
    REQUIRE(warrant::model::flatten_yaml_with_yaml_cpp("{a: new, b: c}", slow, error, line));
    CHECK(fast == slow);
    CHECK(fast == Flat{{"a", "new"}, {"b", "c"}, {"z", "kept"}});
}

TEST_CASE("anything outside the simple subset is left to yaml-cpp") {
    const char* inputs[] = {
        "{k: null}", "{k: ~}", "{k: }", "{k:}", "{k:v}", "{null: v}", "{k: NULL}",
        "{k: [a, b]}", "{k: {a: b}}", "{k: v,}", "{k: \"a\\nb\"}", "{k: 'it''s'}",
        "{k: v # comment\n}", "{k:\tv}", "{k: \"3–4\"}", "{k: &a v}", "{k: *a}", "{k: !t v}",
        "{k: v\n, l: w}", "{k: a: b}", "{? k : v}", "{k: v} x", "k: v", "{-k: v}", "{k: %v}", "{k: @v}",
        "{k: `v`}", "{k: |}", "{k: >}", "{k: v}}", "{{k: v}", "{k: \"unclosed}", "",
    };
    for (const char* input : inputs) {
        CAPTURE(std::string(input));
        Flat out;
        CHECK_FALSE(warrant::model::read_flat_flow_map(input, out));
        CHECK(out.empty());
    }
}

TEST_CASE("flatten_yaml gives yaml-cpp's result on inputs the fast path declines") {
    Flat out;
    std::string error;
    int line = 0;
    REQUIRE(warrant::model::flatten_yaml("{k: null, l: [a, b], m: {n: o}}", out, error, line));
    CHECK(out == Flat{{"k", ""}, {"l.0", "a"}, {"l.1", "b"}, {"m.n", "o"}});
}
