#include "draft/subordinate_clauses.hpp"

#include "draft/essay_layout.hpp"
#include "draft/essay_shape.hpp"
#include "draft/title_frames.hpp"

#include <doctest/doctest.h>

#include <string>

// In the stage's namespace (not a using-directive: the unity build puts other tests after this one).
namespace warrant::draft {
namespace {

// The text's one sentence cut as one segment: the words of each statement, joined by " | ".
std::string cut_whole(const std::string& text) {
    const EssayText essay = read_essay(text, read_layout(text));
    const ParagraphText& paragraph = essay.paragraphs.at(0);
    std::vector<Segment> whole = {
        {0, 0, paragraph.tokens.size() - 1, ComponentType::Premise}};  // without the full stop
    std::string out;
    for (const Segment& segment : cut_subordinate_clauses(essay, whole)) {
        if (!out.empty()) out += " | ";
        out += std::string(
            text.substr(paragraph.tokens[segment.first].range.begin,
                        paragraph.tokens[segment.last - 1].range.end - paragraph.tokens[segment.first].range.begin));
    }
    return out;
}

}  // namespace

TEST_CASE("an opening concession or reason is cut from the main clause at the comma before its subject") {
    CHECK(cut_whole(
              "Since, however, in Russia only propaganda and corruption rule, the EU should intervene right away.") ==
          "Since, however, in Russia only propaganda and corruption rule | the EU should intervene right away");
    // A relative clause goes on the phrase before; the main clause starts after it.
    CHECK(
        cut_whole("Despite the severe clashes in Kiev, which at times have threatened to escalate, the EU should not "
                  "intervene.") ==
        "Despite the severe clashes in Kiev, which at times have threatened to escalate | the EU should not intervene");
    // A list of single words is no clause break; a bare noun can be the main clause's subject.
    CHECK(
        cut_whole("Since skat, chess etc. are not accepted as Olympic events, computer games should not be either.") ==
        "Since skat, chess etc. are not accepted as Olympic events | computer games should not be either");
    // After a conjunction, the sentence's opening phrase, or a "that".
    CHECK(cut_whole("And since it is the duty of society to finance such areas, everyone should chip in.") ==
          "And since it is the duty of society to finance such areas | everyone should chip in");
    CHECK(cut_whole("To sum up, although phones bring convenience, they also cause problems.") ==
          "To sum up, although phones bring convenience | they also cause problems");
    CHECK(cut_whole("We can draw a conclusion that although phones bring convenience, they also cause problems.") ==
          "We can draw a conclusion that although phones bring convenience | they also cause problems");
    // Another subordinate clause after the comma goes on the first; the main clause follows it.
    CHECK(cut_whole("Since the publication of Utopia, whenever the term comes to mind, it is thought of as ideal.") ==
          "Since the publication of Utopia, whenever the term comes to mind | it is thought of as ideal");
    // A gerund is a subject too.
    CHECK(cut_whole("Although it is good to be lucky, depending on luck for everything is not good.") ==
          "Although it is good to be lucky | depending on luck for everything is not good");
}

TEST_CASE("a trailing concession or reason after a main clause is cut off, without its subordinator") {
    CHECK(cut_whole("Public museums will still be necessary, even though we can see the works online.") ==
          "Public museums will still be necessary | we can see the works online");
    CHECK(cut_whole("Dog owners should pay higher fines, although there are not enough bins.") ==
          "Dog owners should pay higher fines | there are not enough bins");
    // After an adverbial, not a main clause, the concession is an aside: kept.
    CHECK(cut_whole("During our childhood, though duties exist, we are much more free.") ==
          "During our childhood, though duties exist, we are much more free");
    CHECK(cut_whole("But during our childhood, though duties exist, we are much more free.") ==
          "But during our childhood, though duties exist, we are much more free");
    // "since then" tells a time.
    CHECK(cut_whole("The city has grown a great deal, since then it has changed.") ==
          "The city has grown a great deal, since then it has changed");
}

TEST_CASE("a reason clause after 'because' without a comma is cut off; 'because of' and quotations are not") {
    CHECK(cut_whole("Schools should start later because pupils sleep longer.") ==
          "Schools should start later | pupils sleep longer");
    // A phrase, not a clause; a main clause about the reason itself.
    CHECK(cut_whole("Many students fail their exams because of anxiety and stress.") ==
          "Many students fail their exams because of anxiety and stress");
    CHECK(cut_whole("He was punished just because he raised an issue.") ==
          "He was punished just because he raised an issue");
    CHECK(cut_whole("The reason for its success is because it is cheap.") ==
          "The reason for its success is because it is cheap");
    // An aside after "because" leaves the reason unclear: kept.
    CHECK(cut_whole("The rule matters a great deal because, for clones, smoking harms others.") ==
          "The rule matters a great deal because, for clones, smoking harms others");
    // A quotation is cited whole.
    CHECK(cut_whole(
              "Currie notes that the “rule is given an exaggerated importance because smoking harms organs” (102).") ==
          "Currie notes that the “rule is given an exaggerated importance because smoking harms organs” (102)");
}

TEST_CASE("sentences without a subordinate clause, or too short to part, stay whole") {
    CHECK(cut_whole("Although costly, it works.") == "Although costly, it works");
    CHECK(cut_whole("Tegel should be closed, and BER should open.") == "Tegel should be closed, and BER should open");
    // A relative clause after the comma goes on the clause before it.
    CHECK(cut_whole("Although there are many singers, few of whom rise to fame, fans love them.") ==
          "Although there are many singers, few of whom rise to fame | fans love them");
}

TEST_CASE("a concession is granted, not the point, and is the thesis only when nothing else is") {
    const std::string text = "Although the pill has benefits for many women, it should stay with the doctor.\n";
    const EssayText essay = read_essay(text, read_layout(text));
    // Although(0) the(1) pill(2) has(3) benefits(4) for(5) many(6) women(7) ,(8) it(9) should(10) stay(11) with(12)
    // the(13) doctor(14) .(15)
    std::vector<Segment> segments = {{0, 0, 8, ComponentType::Premise}, {0, 9, 15, ComponentType::Premise}};
    const std::vector<TypeProbabilities> probabilities = {{0.7, 0.2, 0.1}, {0.4, 0.4, 0.2}};
    CHECK(choose_thesis(essay, segments, probabilities) == 1u);
    CHECK(segments[1].type == ComponentType::MajorClaim);
    std::vector<Segment> alone = {segments[0]};
    CHECK(choose_thesis(essay, alone, {probabilities[0]}) == 0u);
}

}  // namespace warrant::draft

namespace warrant::draft {

TEST_CASE("the concession a sentence opens with, and what goes on it, are conceded; the point is not") {
    const std::string text =
        "Although IBM's numbers haven't been staggering, and the mood could be better, you should buy "
        "IBM shares. Admittedly, trash is what most people want to see. But public TV informs.\n";
    const EssayText essay = read_essay(text, read_layout(text));
    const auto& tokens = essay.paragraphs.at(0).tokens;
    auto at = [&](std::string_view word) {
        for (std::size_t i = 0; i < tokens.size(); ++i)
            if (tokens[i].lower == word) return i;
        return tokens.size();
    };
    // [Although ... staggering] [and the mood could be better] [you should buy IBM shares] [Admittedly, trash ...] [But
    // public TV informs]
    const std::vector<Segment> segments = {{0, 0, at("and") - 1, ComponentType::Claim},
                                           {0, at("and"), at("you") - 1, ComponentType::Claim},
                                           {0, at("you"), at("admittedly") - 1, ComponentType::MajorClaim},
                                           {0, at("admittedly"), at("but") - 1, ComponentType::Claim},
                                           {0, at("but"), tokens.size() - 1, ComponentType::Claim}};
    CHECK(conceded_segments(essay, segments) == std::vector<bool>{true, true, false, true, false});
    // "and" after a concession that ends its sentence goes on the sentence, not the concession.
    const std::vector<Segment> alone = {{0, 0, at("and") - 1, ComponentType::Claim},
                                        {0, at("and"), at("admittedly") - 1, ComponentType::Claim}};
    CHECK(conceded_segments(essay, alone) == std::vector<bool>{true, false});
}

TEST_CASE("a statement's point starts after the frame that ends at its 'that'") {
    auto point = [](const std::string& text) {
        const auto tokens = tokenize(text, {0, text.size()});
        const std::size_t at = after_frame(text, tokens, 0, tokens.size());
        return at < tokens.size() ? text.substr(tokens[at].range.begin) : std::string();
    };
    CHECK(point("It is a well-known fact that gamers sleep less.") == "gamers sleep less.");
    CHECK(point("critics of zoology argue that keeping animals is wrong") == "keeping animals is wrong");
    CHECK(point("it is obvious that, to survive, one has to work hard") == "to survive, one has to work hard");
    CHECK(point("some people claim that athletes deserve their salary") == "athletes deserve their salary");
    // The writer's frames AAE2's annotators leave out of a major claim.
    CHECK(point("I would like to say that art matters") == "art matters");
    CHECK(point("it is my belief that art matters") == "art matters");
    CHECK(point("I would conclude that art matters") == "art matters");
    CHECK(point("I totally agree with the view that art matters") == "art matters");
    CHECK(point("I agree with that art matters") == "art matters");
    CHECK(point("I hold the contention that art matters") == "art matters");
    CHECK(point("I am of the view that art matters") == "art matters");
    CHECK(point("I have always believed that art matters") == "art matters");
    CHECK(point("we can easily draw the conclusion that art matters") == "art matters");
    CHECK(point("I tend to think that art matters") == "art matters");
    CHECK(point("My view is that art matters") == "art matters");
    CHECK(point("It is evident for me that art matters") == "art matters");
    CHECK(point("it is needless to say that art matters") == "art matters");
    CHECK(point("there can be no doubt that art matters") == "art matters");
    // A frame that disagrees is the point.
    CHECK(point("I disagree with the view that art matters") == "I disagree with the view that art matters");
    CHECK(point("I do not agree that art matters") == "I do not agree that art matters");
    // A frame that does not end at "that" stays with the point.
    CHECK(point("it is well known and clinically proven that smoking harms") ==
          "it is well known and clinically proven that smoking harms");
    CHECK(point("it seems to be true that crime falls") == "it seems to be true that crime falls");
    // A holder who denies it is part of the point.
    CHECK(point("No one believes that zoos are cruel") == "No one believes that zoos are cruel");
    CHECK(point("Zoos are cruel") == "Zoos are cruel");
}

}  // namespace warrant::draft
