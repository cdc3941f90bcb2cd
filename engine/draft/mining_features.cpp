#include "draft/mining_features.hpp"

#include "draft/discourse_markers.hpp"

#include <algorithm>
#include <set>

namespace warrant::draft {
namespace {

// First, middle or last; a text of one paragraph (a microtext, a short answer) is "only", so
// that it does not look like an essay's introduction.
std::string position(std::size_t index, std::size_t count) {
    if (count == 1) return "only";
    if (index == 0) return "first";
    return index + 1 == count ? "last" : "mid";
}

std::string cap(long value, long low, long high) { return std::to_string(std::clamp(value, low, high)); }

const char* label(Boundary boundary) {
    switch (boundary) {
        case Boundary::Begin: return "B";
        case Boundary::Inside: return "I";
        case Boundary::Outside: break;
    }
    return "O";
}

// The sentence (token range) that holds token `index`.
std::pair<std::size_t, std::size_t> sentence_of(const ParagraphText& paragraph, std::size_t index, std::size_t* number = nullptr) {
    for (std::size_t s = 0; s < paragraph.sentences.size(); ++s)
        if (index < paragraph.sentences[s].second) {
            if (number) *number = s;
            return paragraph.sentences[s];
        }
    if (number) *number = paragraph.sentences.size() - 1;
    return paragraph.sentences.back();
}

// The words of the segment's sentence before the segment: where discourse indicators stand.
std::vector<std::string> preceding(const ParagraphText& paragraph, const Segment& segment) {
    const auto sentence = sentence_of(paragraph, segment.first);
    std::vector<std::string> words;
    const std::size_t from = segment.first > sentence.first + 6 ? segment.first - 6 : sentence.first;
    for (std::size_t i = from; i < segment.first; ++i) words.push_back(paragraph.tokens[i].lower);
    return words;
}

bool is_content_word(const std::string& word) {
    static const std::set<std::string> stop = {"the", "a", "an", "of", "to", "in", "and", "is", "are", "that", "it", "for",
                                               "be", "can", "this", "they", "their", "as", "on", "with", "more", "not"};
    return word.size() > 2 && !stop.count(word);
}

// Where a segment stands in the whole text, in fifths: relative, so that it carries from a
// five-sentence microtext to a forty-page paper.
std::string fifth(std::size_t index, std::size_t count) { return std::to_string(count ? index * 5 / count : 0); }

std::set<std::string> content_words(const ParagraphText& paragraph, const Segment& segment) {
    std::set<std::string> words;
    for (std::size_t i = segment.first; i < segment.last; ++i)
        if (is_content_word(paragraph.tokens[i].lower)) words.insert(paragraph.tokens[i].lower);
    return words;
}

std::size_t overlap(const std::set<std::string>& words, const std::vector<std::string>& others) {
    std::size_t count = 0;
    for (const std::string& word : others) count += words.count(word);
    return count;
}

// The genre-free cues of a segment: the discourse markers before it in its sentence and in
// its first words, first person, whether a citation or quotation closes its sentence, and how
// many words it shares with the title and with the segments beside it.
void add_cues(const EssayText& essay, const std::vector<Segment>& segments, std::size_t index, std::vector<std::string>& features) {
    const Segment& segment = segments[index];
    const ParagraphText& paragraph = essay.paragraphs[segment.paragraph];
    const auto sentence = sentence_of(paragraph, segment.first);
    for (Marker marker : markers_in(paragraph.tokens, sentence.first, std::min(segment.first + 4, segment.last)))
        features.push_back("mark=" + std::string(to_string(marker)));
    if (first_person(paragraph.tokens, segment.first, segment.last)) features.push_back("first_person");
    std::size_t end = sentence.second;
    while (end > sentence.first && !paragraph.tokens[end - 1].word && paragraph.tokens[end - 1].lower != ")" &&
           paragraph.tokens[end - 1].lower != "\"" && paragraph.tokens[end - 1].lower != "\u201d")
        --end;
    if (end > sentence.first && !paragraph.tokens[end - 1].word) features.push_back("closes=" + paragraph.tokens[end - 1].lower);
    const std::set<std::string> words = content_words(paragraph, segment);
    features.push_back("title=" + cap(static_cast<long>(overlap(words, essay.title_words)), 0, 3));
    for (long side : {-1L, 1L}) {
        const long other = static_cast<long>(index) + side;
        if (other < 0 || other >= static_cast<long>(segments.size())) continue;
        const Segment& neighbour = segments[static_cast<std::size_t>(other)];
        const std::set<std::string> theirs = content_words(essay.paragraphs[neighbour.paragraph], neighbour);
        features.push_back((side < 0 ? "prev_shared=" : "next_shared=") +
                           cap(static_cast<long>(overlap(words, {theirs.begin(), theirs.end()})), 0, 3));
    }
}

}  // namespace

std::vector<std::string> boundary_features(const EssayText& essay, std::size_t paragraph_index, std::size_t index,
                                           Boundary previous, bool sentence_start) {
    const ParagraphText& paragraph = essay.paragraphs[paragraph_index];
    std::size_t sentence_number = 0;
    const auto sentence = sentence_of(paragraph, index, &sentence_number);
    auto word = [&](long offset) -> std::string {
        const long at = static_cast<long>(index) + offset;
        if (at < static_cast<long>(sentence.first)) return "<s>";
        if (at >= static_cast<long>(sentence.second)) return "</s>";
        return paragraph.tokens[static_cast<std::size_t>(at)].lower;
    };
    std::size_t commas = 0;
    for (std::size_t i = sentence.first; i < index; ++i) commas += paragraph.tokens[i].lower == ",";
    const std::string prev = sentence_start ? "start" : label(previous);
    const std::string w = word(0);
    return {"w=" + w, "w-1=" + word(-1), "w+1=" + word(1), "w-2=" + word(-2), "w+2=" + word(2),
            "w-1w=" + word(-1) + "|" + w, "ww+1=" + w + "|" + word(1),
            "pos=" + cap(static_cast<long>(index - sentence.first), 0, 6),
            "rpos=" + cap(static_cast<long>(sentence.second - index), 0, 4),
            "prev=" + prev, "prevw=" + prev + "|" + w, "prevw-1=" + prev + "|" + word(-1),
            "commas=" + cap(static_cast<long>(commas), 0, 2),
            "para=" + position(paragraph_index, essay.paragraphs.size()),
            "sent=" + position(sentence_number, paragraph.sentences.size()),
            // Where a component starts differs by genre: a one-paragraph text splits at "since".
            "para_w=" + position(paragraph_index, essay.paragraphs.size()) + "|" + w,
            "para_prev=" + position(paragraph_index, essay.paragraphs.size()) + "|" + prev};
}

std::vector<std::string> type_features(const EssayText& essay, const std::vector<Segment>& segments, std::size_t index) {
    const Segment& segment = segments[index];
    const ParagraphText& paragraph = essay.paragraphs[segment.paragraph];
    std::size_t sentence_number = 0, rank = 0, in_paragraph = 0;
    sentence_of(paragraph, segment.first, &sentence_number);
    // Segments come in paragraph order: its paragraph's are the run around it, so counting them
    // costs that paragraph's length, not the essay's.
    std::size_t begin = index, end = index + 1;
    while (begin > 0 && segments[begin - 1].paragraph == segment.paragraph) --begin;
    while (end < segments.size() && segments[end].paragraph == segment.paragraph) ++end;
    rank = index - begin;
    in_paragraph = end - begin;
    const std::string para = position(segment.paragraph, essay.paragraphs.size());
    std::vector<std::string> features = {
        "para=" + para, "sent=" + position(sentence_number, paragraph.sentences.size()),
        "rank=" + position(rank, in_paragraph), "n=" + cap(static_cast<long>(in_paragraph), 1, 6),
        "len=" + cap(static_cast<long>((segment.last - segment.first) / 5), 0, 8),
        "first=" + paragraph.tokens[segment.first].lower,
        "para_rank=" + para + "|" + position(rank, in_paragraph),
        "text_fifth=" + fifth(index, segments.size()),
        "para_fifth=" + fifth(segment.paragraph, essay.paragraphs.size())};
    add_cues(essay, segments, index, features);
    for (const std::string& word : preceding(paragraph, segment)) {
        features.push_back("pre=" + word);
        features.push_back("para_pre=" + para + "|" + word);
    }
    for (std::size_t i = segment.last; i < std::min(segment.last + 3, paragraph.tokens.size()); ++i)
        features.push_back("post=" + paragraph.tokens[i].lower);
    for (std::size_t i = segment.first; i < segment.last; ++i) {
        features.push_back("u=" + paragraph.tokens[i].lower);
        if (i + 1 < segment.last) features.push_back("b=" + paragraph.tokens[i].lower + "|" + paragraph.tokens[i + 1].lower);
    }
    return features;
}

struct LinkFeatures::SegmentPart {
    std::vector<Marker> markers;       // in its sentence, up to its third word
    std::vector<std::string> before;   // the words of its sentence before it
    std::set<std::string> content_words;
};

LinkFeatures::LinkFeatures(const EssayText& essay, const std::vector<Segment>& segments)
    : essay_(essay), segments_(segments), parts_(segments.size()) {
    for (std::size_t i = 0; i < segments.size(); ++i) {
        auto [it, fresh] = paragraphs_.try_emplace(segments[i].paragraph, std::array<std::size_t, 3>{i, i, 0});
        it->second[0] = std::min(it->second[0], i);
        it->second[1] = std::max(it->second[1], i);
        ++it->second[2];
    }
}

LinkFeatures::~LinkFeatures() = default;

const LinkFeatures::SegmentPart& LinkFeatures::part(std::size_t index) const {
    if (!parts_[index]) {
        const Segment& segment = segments_[index];
        const ParagraphText& paragraph = essay_.paragraphs[segment.paragraph];
        auto made = std::make_unique<SegmentPart>();
        made->markers = markers_in(paragraph.tokens, sentence_of(paragraph, segment.first).first, segment.first + 3);
        made->before = preceding(paragraph, segment);
        for (std::size_t i = segment.first; i < segment.last; ++i)
            if (is_content_word(paragraph.tokens[i].lower)) made->content_words.insert(paragraph.tokens[i].lower);
        parts_[index] = std::move(made);
    }
    return *parts_[index];
}

std::vector<std::string> LinkFeatures::operator()(std::size_t from, std::size_t to) const {
    const Segment& source = segments_[from];
    const Segment& target = segments_[to];
    const ParagraphText& paragraph = essay_.paragraphs[source.paragraph];
    const auto [first, last, count] = paragraphs_.at(source.paragraph);
    const std::string target_type(to_string(target.type)), source_type(to_string(source.type));
    const long distance = static_cast<long>(to) - static_cast<long>(from);
    const SegmentPart& source_part = part(from);
    std::set<std::string> shared;
    for (std::size_t i = target.first; i < target.last; ++i)
        if (source_part.content_words.count(paragraph.tokens[i].lower)) shared.insert(paragraph.tokens[i].lower);
    std::vector<std::string> features = {
        "d=" + cap(distance, -4, 4), "types=" + source_type + "|" + target_type, "ttype=" + target_type,
        "t_first=" + std::to_string(to == first), "t_last=" + std::to_string(to == last),
        "n=" + cap(static_cast<long>(count), 1, 8), "shared=" + cap(static_cast<long>(shared.size()), 0, 3),
        "d_type=" + cap(distance, -4, 4) + "|" + target_type,
        "para=" + position(source.paragraph, essay_.paragraphs.size())};
    for (Marker marker : source_part.markers) features.push_back("smark=" + std::string(to_string(marker)) + "|" + cap(distance, -2, 2));
    for (const std::string& word : source_part.before) features.push_back("spre=" + word + "|" + target_type);
    for (const std::string& word : part(to).before) features.push_back("tpre=" + word);
    return features;
}

std::vector<std::string> polarity_features(const EssayText& essay, const std::vector<Segment>& segments, std::size_t index) {
    const Segment& segment = segments[index];
    const ParagraphText& paragraph = essay.paragraphs[segment.paragraph];
    std::vector<std::string> features = {"type=" + std::string(to_string(segment.type)),
                                         "para=" + position(segment.paragraph, essay.paragraphs.size())};
    for (const std::string& word : preceding(paragraph, segment)) features.push_back("pre=" + word);
    for (std::size_t i = segment.first; i < segment.last; ++i) features.push_back("u=" + paragraph.tokens[i].lower);
    for (Marker marker : markers_in(paragraph.tokens, sentence_of(paragraph, segment.first).first, segment.first + 4))
        features.push_back("mark=" + std::string(to_string(marker)));
    // The paragraph's opening words often announce the other side ("Some people argue ...").
    for (std::size_t i = 0; i < std::min<std::size_t>(4, paragraph.tokens.size()); ++i)
        features.push_back("open=" + paragraph.tokens[i].lower);
    return features;
}

}  // namespace warrant::draft
