#include "draft/discourse_markers.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

namespace {

std::vector<std::string> marker_names(const std::string& text) {
    const auto tokens = warrant::draft::tokenize(text, {0, text.size()});
    std::vector<std::string> out;
    for (auto marker : warrant::draft::markers_in(tokens, 0, tokens.size())) out.emplace_back(warrant::draft::to_string(marker));
    return out;
}

bool thesis_marked(const std::string& text) {
    const auto tokens = warrant::draft::tokenize(text, {0, text.size()});
    return warrant::draft::marks_thesis(tokens, 0, tokens.size());
}

// As the structure asks it: the opening's first six tokens, a verb up to the sentence's end.
bool reports_view(const std::string& text) {
    const auto tokens = warrant::draft::tokenize(text, {0, text.size()});
    return warrant::draft::reports_someones_view(tokens, 0, std::min<std::size_t>(6, tokens.size()), tokens.size());
}

bool people_opine(const std::string& text) {
    const auto tokens = warrant::draft::tokenize(text, {0, text.size()});
    return warrant::draft::people_voice_an_opinion(tokens, 0, std::min<std::size_t>(6, tokens.size()), tokens.size());
}

}  // namespace

TEST_CASE("markers are found as phrases, each class once, in the order they stand") {
    CHECK(marker_names("I claim that this paper argues") == std::vector<std::string>{"thesis"});
    CHECK(marker_names("In conclusion, we should act") == std::vector<std::string>{"conclusion", "modal"});
    CHECK(marker_names("Many thinkers have supported this viewpoint") == std::vector<std::string>{"report"});
    CHECK(marker_names("In contrast, some critics have asserted") == std::vector<std::string>{"contrast", "report"});
    CHECK(marker_names("Although it rains") == std::vector<std::string>{"concession"});
    CHECK(marker_names("The cat sat on the mat").empty());
}

TEST_CASE("the author's own thesis markers are told from opinions") {
    CHECK(thesis_marked("I claim that the novel gives hope"));
    CHECK(thesis_marked("In this paper I argue that"));
    CHECK(thesis_marked("This paper argues that"));
    CHECK_FALSE(thesis_marked("I think that it is fine"));
    CHECK_FALSE(thesis_marked("Some claim that it is fine"));
}

TEST_CASE("first person") {
    const std::string text = "We should go but they stay";
    const auto tokens = warrant::draft::tokenize(text, {0, text.size()});
    CHECK(warrant::draft::first_person(tokens, 0, 2));
    CHECK_FALSE(warrant::draft::first_person(tokens, 3, tokens.size()));
}

TEST_CASE("a view is reported when its holders are named with a verb of saying or thinking, not when people are only named") {
    CHECK(reports_view("Many thinkers have supported this viewpoint, claiming that dystopia is utopia's opposite"));
    CHECK(reports_view("critics of zoology argue that keeping animals in captivity is wrong"));
    CHECK(reports_view("some people claim that athletes and singers deserve their current salary"));
    CHECK(reports_view("It is often said that money buys happiness"));
    CHECK(reports_view("Some argue that cities are safer"));
    // AAE2 dev drew these as counter-positions: they say what people do, not what they hold.
    CHECK_FALSE(reports_view("Many people keep pets like dogs and cats, trained them as service dogs"));
    CHECK_FALSE(reports_view("people who watch exhibitions on TV or internet at home save the time"));
    CHECK_FALSE(reports_view("Finally, even people who are not interested in online game can still be negatively affected"));
    CHECK_FALSE(reports_view("Many people are afraid to take risks and fail"));
}

TEST_CASE("bare people voice an opinion with a verb of opinion at once or after one adverb") {
    CHECK(people_opine("People think it is difficult to compost"));
    CHECK(people_opine("People often say that cities are safer"));
    CHECK(people_opine("Other people say that singers contribute little"));
    CHECK_FALSE(people_opine("People need more green spaces"));
    CHECK_FALSE(people_opine("People feel lonely in big cities"));
    CHECK_FALSE(people_opine("A good advertisement can convince people to believe that it is what they want"));
}

TEST_CASE("a connective that only adds a reason opens the segment or stands right before it") {
    const std::string text = "Compost is easy, since a bin is enough. For example, a bin works.";
    const auto tokens = warrant::draft::tokenize(text, {0, text.size()});
    // Tokens: Compost(0) is(1) easy(2) ,(3) since(4) a(5) bin(6) is(7) enough(8) .(9) For(10) example(11) ,(12) a(13) bin(14) works(15) .(16)
    CHECK(warrant::draft::adds_a_reason(tokens, 4, 9));    // "since a bin is enough": opened by it
    CHECK(warrant::draft::adds_a_reason(tokens, 5, 9));    // "a bin is enough": right after it
    CHECK(warrant::draft::adds_a_reason(tokens, 13, 16));  // "a bin works": after "For example,"
    CHECK_FALSE(warrant::draft::adds_a_reason(tokens, 0, 3));
}

TEST_CASE("an example is opened by 'for example' or 'for instance', or holds one among its first words") {
    const std::string text = "For example, a bin works. Take Japan for instance, where bins work. This example shows it.";
    const auto tokens = warrant::draft::tokenize(text, {0, text.size()});
    // For(0) example(1) ,(2) a(3) bin(4) works(5) .(6) Take(7) Japan(8) for(9) instance(10) ,(11) where(12) bins(13)
    // work(14) .(15) This(16) example(17) shows(18) it(19) .(20)
    CHECK(warrant::draft::gives_an_example(tokens, 3, 6));    // right after "For example,"
    CHECK(warrant::draft::gives_an_example(tokens, 0, 6));    // opened by it
    CHECK(warrant::draft::gives_an_example(tokens, 7, 15));   // "Take Japan for instance, ..."
    CHECK_FALSE(warrant::draft::gives_an_example(tokens, 16, 20));  // speaks of an example, gives none
}
