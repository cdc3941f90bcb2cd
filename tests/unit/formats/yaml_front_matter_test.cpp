#include "formats/yaml_front_matter.hpp"

#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

#include <map>
#include <string>

namespace {

// What yaml-cpp itself writes for a flat mapping: the answer flow_metadata() must give.
std::string emitted_by_yaml_cpp(const std::map<std::string, std::string>& flat) {
    YAML::Node node;
    for (const auto& [key, value] : flat) node[key] = value;
    YAML::Emitter out;
    out << YAML::Flow << node;
    return out.c_str();
}

}  // namespace

TEST_CASE("inline metadata is written byte for byte as yaml-cpp writes it, words, numbers and citations without the emitter") {
    const std::string values[] = {"Premise", "1550", "0", "atwood", "ustopia", "a-b", "a_b", "x1", "1e5", "0x1F", "007",
                                  "true", "False", "yes", "NO", "on", "Off", "y", "N", "null", "Null", "~", "",
                                  "two words", "a: b", "#tag", "-dash", "it's", "\"quoted\"", "caf\u00e9", "[x]", "{y}",
                                  "a,b", "end.", "3.14", "-1", "a\nb", " lead", "trail ", "&anchor", "*alias", "!tag",
                                  // a citation as evidence carries it, and its neighbours
                                  "(Carskadon 12)", "(Atwood, Oryx 12)", "(Sargent 3\u20134)", "p. 12", "(36).", "a  b",
                                  "a (b) c", "a - b", "a -b", "a -", "Null (x)", "true false", "a.", "(x", "x)", "(", ")",
                                  ". a", "1 2", "a #b", "a: b c", "a ? b", "(- x)", "(yes)", "(null)", "a b."};
    for (const std::string& value : values) {
        CAPTURE(value);
        const std::map<std::string, std::string> flat{{"component", "Claim"}, {"page", value}, {"start", "12"}};
        CHECK(warrant::formats::flow_metadata(flat) == emitted_by_yaml_cpp(flat));
    }
    CHECK(warrant::formats::flow_metadata({{"component", "Premise"}, {"end", "1550"}, {"start", "1432"}}) ==
          "{component: Premise, end: 1550, start: 1432}");
    // Keys: a dotted key is a path into nested metadata, whatever its words.
    CHECK(warrant::formats::flow_metadata({{"premises.0", "a1"}, {"premises.1", "(a b)"}}) == "{premises: [a1, (a b)]}");
    CHECK(warrant::formats::flow_metadata({{"sources.atwood.page", "12"}}) == "{sources: {atwood: {page: 12}}}");
    for (const std::string key : {"(x)", "a b", "Null (x)", "cited"}) {
        CAPTURE(key);
        const std::map<std::string, std::string> flat{{key, "(Carskadon 12)"}};
        CHECK(warrant::formats::flow_metadata(flat) == emitted_by_yaml_cpp(flat));
    }
}
