#include "draft/essay_shape.hpp"

#include "draft/discourse_markers.hpp"
#include "draft/essay_layout.hpp"

#include <doctest/doctest.h>

// In the stage's namespace (not a using-directive: the unity build puts other tests after this one).
namespace warrant::draft {
namespace {

constexpr auto kMajor = static_cast<std::size_t>(ComponentType::MajorClaim);
constexpr auto kClaimType = static_cast<std::size_t>(ComponentType::Claim);
constexpr auto kPremise = static_cast<std::size_t>(ComponentType::Premise);

bool opens_with_conclusion(const std::string& text) {
    const auto tokens = tokenize(text, {0, text.size()});
    return opens_with_marker(tokens, 0, tokens.size(), Marker::Conclusion);
}

}  // namespace

TEST_CASE("a conclusion marker is found where it opens the tokens, not further in") {
    CHECK(opens_with_conclusion("Therefore, schools should start later"));
    CHECK(opens_with_conclusion("As a result, grades rose"));
    CHECK_FALSE(opens_with_conclusion("Schools therefore should start later"));
    CHECK_FALSE(opens_with_conclusion("As the result shows"));
}

TEST_CASE("a body paragraph's conclusion in its last sentence is the paragraph's claim") {
    // Paragraph 1's tokens: Body(0) one(1) .(2) Body(3) two(4) .(5) Therefore(6) ,(7) body(8) three(9) .(10)
    const std::string text = "A title\n\nIntro one. Therefore, intro two.\n\nBody one. Body two. Therefore, body three.\n\nEnd one. End two.\n";
    const EssayText essay = read_essay(text, read_layout(text));
    REQUIRE(essay.paragraphs.size() == 3);
    std::vector<Segment> segments = {{0, 0, 2, ComponentType::MajorClaim}, {0, 6, 9, ComponentType::Premise},
                                     {1, 0, 2, ComponentType::Claim},      {1, 3, 5, ComponentType::Premise},
                                     {1, 8, 10, ComponentType::Premise},   {2, 0, 2, ComponentType::MajorClaim}};
    const std::vector<TypeProbabilities> before = {{0.6, 0.2, 0.2},   {0.1, 0.2, 0.7},  {0.05, 0.6, 0.35},
                                                   {0.05, 0.2, 0.75}, {0.05, 0.3, 0.65}, {0.6, 0.3, 0.1}};
    std::vector<TypeProbabilities> after = before;
    mark_paragraph_conclusions(essay, segments, after);
    CHECK(after[4][kClaimType] == doctest::Approx(0.9));
    CHECK(after[4][kMajor] / after[4][kPremise] == doctest::Approx(0.05 / 0.65));  // the others keep their proportions
    CHECK(after[4][kMajor] + after[4][kClaimType] + after[4][kPremise] == doctest::Approx(1.0));
    CHECK(segments[4].type == ComponentType::Claim);
    // The introduction states the position; its "Therefore" makes no claim. The body's other segments stay.
    for (std::size_t i : {0, 1, 2, 3, 5}) CHECK(after[i] == before[i]);
    CHECK(segments[1].type == ComponentType::Premise);

    // A one-paragraph argument is no such essay: its types stay.
    const std::string one = "Body one. Body two. Therefore, body three.\n";
    const EssayText short_text = read_essay(one, read_layout(one));
    std::vector<Segment> short_segments = {{0, 8, 10, ComponentType::Premise}};
    std::vector<TypeProbabilities> short_probabilities = {{0.05, 0.3, 0.65}};
    mark_paragraph_conclusions(short_text, short_segments, short_probabilities);
    CHECK(short_probabilities[0][kClaimType] == doctest::Approx(0.3));
}

}  // namespace warrant::draft
