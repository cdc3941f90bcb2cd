// Node matching for compare: exact title, then text similarity, then citation.
#include "analysis/compare_matching.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>

namespace warrant {
namespace analysis {
namespace {

// Lowercase words; ASCII punctuation separates words, bytes of multi-byte UTF-8 characters
// stay inside them so "Zukunftsängste" is one word.
std::set<std::string> words_of(std::string_view text) {
    std::set<std::string> words;
    std::string word;
    for (unsigned char c : text) {
        if (c >= 0x80 || std::isalnum(c)) {
            word += static_cast<char>(std::tolower(c));
        } else if (!word.empty()) {
            words.insert(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.insert(std::move(word));
    return words;
}

double jaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
    if (a.empty() && b.empty()) return 0;
    std::size_t common = 0;
    for (const std::string& word : a) common += b.count(word);
    return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

std::string joined_texts(const Node& node) {
    std::string text;
    for (const std::string& t : node.texts) text += t + " ";
    return text;
}

double node_similarity(const Node& a, const Node& b) {
    double by_title = text_similarity(a.title, b.title);
    if (a.texts.empty() || b.texts.empty()) return by_title;
    return std::max(by_title, text_similarity(joined_texts(a), joined_texts(b)));
}

// "3 – 4" and "3-4" cite the same pages.
std::string normalized_page(std::string_view page) {
    std::string out;
    for (std::size_t i = 0; i < page.size(); ++i) {
        if (page[i] == ' ') continue;
        if (page.substr(i, 3) == "\xE2\x80\x93" || page.substr(i, 3) == "\xE2\x80\x94") {
            out += '-';
            i += 2;
            continue;
        }
        out += page[i];
    }
    return out;
}

class Matcher {
public:
    Matcher(const ArgumentMap& student, const ArgumentMap& reference)
        : student_(student), reference_(reference) {
        result_.student_of.assign(reference.node_count(), std::nullopt);
        result_.reference_of.assign(student.node_count(), std::nullopt);
        match_of_reference_.assign(reference.node_count(), std::nullopt);
    }

    void by_title() {
        for (Vertex r = 0; r < reference_.node_count(); ++r) {
            const Node& node = reference_.node(r);
            if (category_of(node.kind) == NodeCategory::Source) continue;
            std::optional<Vertex> s = node.kind == NodeKind::Argument ? student_.find_argument(node.title)
                                                                      : student_.find_statement(node.title);
            if (s && gradable(student_.node(*s)) && !result_.reference_of[*s]) accept(*s, r, MatchMethod::Title, 1.0);
        }
    }

    void by_text(double threshold) {
        std::vector<std::tuple<double, Vertex, Vertex>> candidates;  // similarity, student, reference
        for (Vertex s = 0; s < student_.node_count(); ++s) {
            if (!open_student(s)) continue;
            for (Vertex r = 0; r < reference_.node_count(); ++r) {
                if (!open_reference(r) || !same_category(s, r)) continue;
                double similarity = node_similarity(student_.node(s), reference_.node(r));
                if (similarity >= threshold) candidates.emplace_back(similarity, s, r);
            }
        }
        std::stable_sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
            if (std::get<0>(a) != std::get<0>(b)) return std::get<0>(a) > std::get<0>(b);
            return std::tie(std::get<1>(a), std::get<2>(a)) < std::tie(std::get<1>(b), std::get<2>(b));
        });
        for (const auto& [similarity, s, r] : candidates)
            if (open_student(s) && open_reference(r)) accept(s, r, MatchMethod::Text, similarity);
    }

    void by_citation() {
        for (Vertex r = 0; r < reference_.node_count(); ++r) {
            const Node& ref = reference_.node(r);
            if (!open_reference(r) || ref.kind != NodeKind::Evidence || ref.source.empty()) continue;
            for (Vertex s = 0; s < student_.node_count(); ++s) {
                const Node& node = student_.node(s);
                if (!open_student(s) || node.kind != NodeKind::Evidence) continue;
                if (same_citation(node, ref)) {
                    accept(s, r, MatchMethod::Citation, 1.0);
                    break;
                }
            }
        }
    }

    NodeMatching finish() {
        for (std::optional<NodeMatch>& match : match_of_reference_)
            if (match) result_.matches.push_back(std::move(*match));
        return std::move(result_);
    }

private:
    static bool gradable(const Node& node) { return category_of(node.kind) != NodeCategory::Source; }
    bool open_student(Vertex s) const { return !result_.reference_of[s] && gradable(student_.node(s)); }
    bool open_reference(Vertex r) const { return !result_.student_of[r] && gradable(reference_.node(r)); }
    bool same_category(Vertex s, Vertex r) const {
        return category_of(student_.node(s).kind) == category_of(reference_.node(r).kind);
    }
    void accept(Vertex s, Vertex r, MatchMethod method, double similarity) {
        result_.student_of[r] = s;
        result_.reference_of[s] = r;
        const Node& student = student_.node(s);
        const Node& reference = reference_.node(r);
        match_of_reference_[r] = NodeMatch{student.title, reference.title, student.kind, reference.kind, method, similarity};
    }

    const ArgumentMap& student_;
    const ArgumentMap& reference_;
    NodeMatching result_;
    std::vector<std::optional<NodeMatch>> match_of_reference_;  // so matches come out in reference order
};

}  // namespace

NodeCategory category_of(NodeKind kind) {
    switch (kind) {
        case NodeKind::Evidence: return NodeCategory::Evidence;
        case NodeKind::Argument: return NodeCategory::Argument;
        case NodeKind::Source: return NodeCategory::Source;
        default: return NodeCategory::Claim;
    }
}

bool same_citation(const Node& a, const Node& b) {
    return a.source == b.source && normalized_page(a.page) == normalized_page(b.page);
}

NodeMatching match_nodes(const ArgumentMap& student, const ArgumentMap& reference, double text_threshold) {
    Matcher matcher(student, reference);
    matcher.by_title();
    matcher.by_text(text_threshold);
    matcher.by_citation();
    return matcher.finish();
}

}  // namespace analysis

double text_similarity(std::string_view a, std::string_view b) {
    return analysis::jaccard(analysis::words_of(a), analysis::words_of(b));
}

}  // namespace warrant
