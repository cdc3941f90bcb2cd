// Discourse markers (private to the draft stage): the phrases by which a writer of any genre
// says what a sentence does in the argument, in classes a model can weigh across genres. An
// essay of AAE2 writes "In my opinion" and "In conclusion", a paper "I claim that" and "This
// paper argues"; the class "thesis" is learned from the one and carries to the other.
#pragma once

#include "draft/tokens.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace warrant::draft {

enum class Marker {
    Thesis,      // I claim, I argue, I believe, in my opinion, this paper argues
    Conclusion,  // in conclusion, to sum up, therefore, thus, hence
    Concession,  // although, admittedly, granted, it is true that, even though
    Report,      // some people think, many argue, critics claim, it is often said: a view reported
    Contrast,    // however, but, in contrast, on the other hand, nevertheless
    Reason,      // because, since, for example, firstly, moreover
    Modal,       // should, must, ought, need to
};
std::string_view to_string(Marker marker);

// The classes of the markers that stand in tokens [first, last) (lower-cased words).
std::vector<Marker> markers_in(const std::vector<Token>& tokens, std::size_t first, std::size_t last);

// Whether tokens [first, last) hold a phrase by which an author marks the thesis itself ("I
// claim", "I argue", "this paper argues", "my thesis"), stronger than an opinion ("I think").
bool marks_thesis(const std::vector<Token>& tokens, std::size_t first, std::size_t last);

// Whether a marker phrase of any class ends right at token `end`, starting at `from` or later
// ("To sum up" before the comma of "To sum up, although ...").
bool marker_ends_at(const std::vector<Token>& tokens, std::size_t from, std::size_t end);

// A verb of saying or thinking, in its present, third-person and past forms ("argue",
// "argues", "argued"): what makes a sentence report someone's view, and what a title's frame
// ("Critics argue that ...") is made of.
bool says_or_thinks(std::string_view word);

// Whether a phrase of `marker`'s class starts at token `at` and ends by `last` ("Therefore",
// "As a result" for Marker::Conclusion).
bool opens_with_marker(const std::vector<Token>& tokens, std::size_t at, std::size_t last, Marker marker);

// Whether tokens [first, last) report someone's view: a phrase that reports one ("some argue",
// "it is often said"), or a marker that names its holders ("some people", "critics", "those
// who") with a verb of saying or thinking among the six tokens after it, up to `sentence_end`
// ("Many thinkers have supported this viewpoint", "critics of zoology argue that"). "Many
// people keep pets" and "people who watch exhibitions on TV" name people, not a view.
bool reports_someones_view(const std::vector<Token>& tokens, std::size_t first, std::size_t last, std::size_t sentence_end);
// Bare "people" with a verb of opinion at once, or after one adverb ("People think it is hard",
// "People often say"): perhaps a view the writer answers, perhaps the writer's own witnesses
// ("Other people say that ..., and indeed ..."). "People need", "convince people to believe"
// are neither.
bool people_voice_an_opinion(const std::vector<Token>& tokens, std::size_t first, std::size_t last, std::size_t sentence_end);

// Whether the segment of tokens [first, last) is opened by a connective that only adds a
// reason, in its first words or right before it: of the relations of AAE2 train and dev from
// such a component, "because" 148 support and 2 attack, "for example" 152 and 3, "moreover" 57
// and 2, "and" 36 and 0, "in addition" 42 and 0 (one in fourteen of all relations attacks).
// Not the Reason marker class of the features, which also holds "besides" (3 attacks in 26)
// and "as", "also", "due to", whose relations were not counted one by one.
bool adds_a_reason(const std::vector<Token>& tokens, std::size_t first, std::size_t last);

// Whether the segment of tokens [first, last) gives an example, opened as adds_a_reason's are
// by "for example", "for instance", "to illustrate", "a good example" or "a case in point", or
// holding one among its first six words ("Take Thailand for example, ..."):
// the writer's own evidence ("For example, when the World Cup was organised in South Africa,
// its citizens filled up the stadiums").
bool gives_an_example(const std::vector<Token>& tokens, std::size_t first, std::size_t last);

// Whether the segment of tokens [first, last) is a concession, opened as adds_a_reason's are by
// "although", "though", "even though", "even if", "admittedly", "granted", "despite", "in spite
// of", "it is true that" or "of course": what the writer grants before the point, never the
// point itself (in microtexts part 1, none of the 35 units so opened is the central claim).
bool concedes(const std::vector<Token>& tokens, std::size_t first, std::size_t last);

// Whether tokens [first, last) voice an objection the writer imagines ("some may say", "one
// might argue"): a view to answer. Not a marker class: the model's features do not see it (its
// "some may" and "one might" are concessions), only the structure that finds counter-positions.
bool voices_an_objection(const std::vector<Token>& tokens, std::size_t first, std::size_t last);

// A reply inside the sentence that reports the view it answers: "Others argue that X, but Y",
// "Some may say that X; however, Y". The index of the connective ("but", "however", "yet")
// that follows a ',' or ';' with at least three tokens on either side in [first, last), if any.
std::optional<std::size_t> reply_connective(const std::vector<Token>& tokens, std::size_t first, std::size_t last);

// Where the clause that holds token `at` opens: the reply connective just before it (with the
// comma after "however"), so that "but the school office can ..." opens with a contrast rather
// than with its sentence's "Others argue"; else `sentence_first`.
std::size_t clause_opening(const std::vector<Token>& tokens, std::size_t sentence_first, std::size_t at);

// Whether tokens [first, last) hold a word of the first person (I, we, my, our, me, us).
bool first_person(const std::vector<Token>& tokens, std::size_t first, std::size_t last);

}  // namespace warrant::draft
