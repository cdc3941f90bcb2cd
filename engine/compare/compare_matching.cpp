// Node matching for compare: pair weights from words, citations and kinds, reinforced by
// neighbouring pairs, then one maximum-weight assignment (include/warrant/compare.hpp).
#include "compare/compare_matching.hpp"

#include "analysis/assignment.hpp"
#include "warrant/analysis.hpp"

#include <algorithm>
#include <cctype>

namespace warrant::grading {
namespace {

// Weights of the signals besides text, on the scale of a cosine (0..1). A citation to the same
// page identifies a quotation about as well as its words do; the thesis with the thesis is the
// one position every map of an essay shares.
constexpr double same_source_bonus = 0.25;
constexpr double same_page_bonus = 0.35;
constexpr double thesis_bonus = 0.3;
constexpr double other_category_factor = 0.8;  // a quotation drawn as a bare claim, or back
constexpr int flooding_rounds = 3;
// Below this cosine two nodes share a word or two by chance (one common stem in short texts).
// Such a pair would earn almost nothing if matched (its credit follows its fidelity), so the
// floor changes the lists of missing and extra points, not the score.
constexpr double least_text = 0.1;
// A faithful paraphrase in other words shares about half of the weighted stems of what it
// restates: a cosine of 0.5 counts as saying all of it.
constexpr double paraphrase_scale = 2.0;

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

// The first and last number of a page field ("12", "12-14", "pp. 12f"); nullopt without digits.
std::optional<std::pair<long, long>> page_range(std::string_view page) {
    std::vector<long> numbers;
    long value = -1;
    for (char c : page) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            value = (value < 0 ? 0 : value * 10) + (c - '0');
            if (value > 1000000) return std::nullopt;
        } else if (value >= 0) {
            numbers.push_back(value);
            value = -1;
        }
    }
    if (value >= 0) numbers.push_back(value);
    if (numbers.empty()) return std::nullopt;
    return std::pair{numbers.front(), numbers.back()};
}

bool gradable(const Node& node) { return category_of(node.kind) != NodeCategory::Source; }

// How far the kinds allow a pair: 1 for the same category, less for claim and evidence
// crossed, 0 otherwise (arguments only with arguments).
double kind_factor(const Node& s, const Node& r) {
    const NodeCategory a = category_of(s.kind), b = category_of(r.kind);
    if (a == b) return 1.0;
    if (a != NodeCategory::Argument && b != NodeCategory::Argument) return other_category_factor;
    return 0.0;
}

bool equal_titles(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

struct Neighbours {
    std::vector<std::vector<Vertex>> in, out;
};

Neighbours neighbours_of(const ArgumentMap& map) {
    Neighbours n{std::vector<std::vector<Vertex>>(map.node_count()), std::vector<std::vector<Vertex>>(map.node_count())};
    for (EdgeId e : boost::make_iterator_range(boost::edges(map.graph))) {
        if (map.graph[e].kind == EdgeKind::Cites) continue;
        const Vertex from = boost::source(e, map.graph), to = boost::target(e, map.graph);
        n.out[from].push_back(to);
        n.in[to].push_back(from);
    }
    return n;
}

class Matcher {
public:
    Matcher(const ArgumentMap& student, const ArgumentMap& reference, const ClassVocabulary& words, std::size_t s_map,
            std::size_t r_map)
        : student_(student), reference_(reference), words_(words), s_map_(s_map), r_map_(r_map),
          columns_(reference.node_count()), base_(student.node_count() * columns_, 0.0), text_(base_) {}

    void weigh_pairs() {
        for (Vertex s = 0; s < student_.node_count(); ++s) {
            if (!gradable(student_.node(s))) continue;
            for (Vertex r = 0; r < reference_.node_count(); ++r)
                if (gradable(reference_.node(r))) base_[s * columns_ + r] = pair_weight(s, r);
        }
    }

    // Similarity flooding, in the fixpoint form of Melnik et al.: a pair keeps its own weight
    // and gains up to as much again from how well its in- and out-neighbours match.
    std::vector<double> flood() const {
        const Neighbours sn = neighbours_of(student_), rn = neighbours_of(reference_);
        std::vector<double> current = base_;
        for (int round = 0; round < flooding_rounds && !current.empty(); ++round) {
            const double top = *std::max_element(current.begin(), current.end());
            if (top <= 0) break;
            std::vector<double> next(current.size(), 0.0);
            for (std::size_t cell = 0; cell < base_.size(); ++cell) {
                if (base_[cell] <= 0) continue;
                const Vertex s = cell / columns_, r = cell % columns_;
                const double support = neighbour_support(current, sn.in[s], rn.in[r]) +
                                       neighbour_support(current, sn.out[s], rn.out[r]);
                const double slots = static_cast<double>(std::max(sn.in[s].size(), rn.in[r].size()) +
                                                         std::max(sn.out[s].size(), rn.out[r].size()));
                next[cell] = base_[cell] * (1 + (slots > 0 ? support / (top * slots) : 0));
            }
            current = std::move(next);
        }
        return current;
    }

    NodeMatching assign(const std::vector<double>& weights) const {
        // The flooded weights: base_ times 1..2 for each pair.
        NodeMatching result;
        result.student_of.assign(reference_.node_count(), std::nullopt);
        result.reference_of.assign(student_.node_count(), std::nullopt);
        result.fidelity.assign(reference_.node_count(), 0.0);
        result.confidence.assign(reference_.node_count(), 0.0);
        const auto column_of = analysis::max_weight_assignment(weights, student_.node_count(), columns_);
        for (Vertex s = 0; s < column_of.size(); ++s)
            if (column_of[s]) {
                result.reference_of[s] = *column_of[s];
                result.student_of[*column_of[s]] = s;
            }
        for (Vertex r = 0; r < reference_.node_count(); ++r) {
            if (!result.student_of[r]) continue;
            const Vertex s = *result.student_of[r];
            result.fidelity[r] = fidelity(s, r);
            result.confidence[r] = confidence(s, r, weights[s * columns_ + r]);
            result.matches.push_back(describe(s, r));
        }
        return result;
    }

private:
    double pair_weight(Vertex s, Vertex r) {
        const Node& a = student_.node(s);
        const Node& b = reference_.node(r);
        const double factor = kind_factor(a, b);
        if (factor == 0) return 0;
        const double text = equal_titles(a.title, b.title) ? 1.0 : cosine(words_.whole(s_map_, s), words_.whole(r_map_, r));
        text_[s * columns_ + r] = text;
        double citation = 0;
        if (!a.source.empty() && a.source == b.source)
            citation = same_source_bonus + (near_citation(a, b) ? same_page_bonus : 0.0);
        // Structure reinforces a pair; it never makes one out of next to nothing in common.
        const bool theses = a.kind == NodeKind::Thesis && b.kind == NodeKind::Thesis;
        if (text < least_text && citation < same_source_bonus + same_page_bonus && !theses) return 0;
        return factor * (text + citation + (theses ? thesis_bonus : 0.0));
    }

    // For each student neighbour, its best-matching reference neighbour.
    double neighbour_support(const std::vector<double>& weights, const std::vector<Vertex>& s_side,
                             const std::vector<Vertex>& r_side) const {
        double sum = 0;
        for (Vertex s : s_side) {
            double best = 0;
            for (Vertex r : r_side) best = std::max(best, weights[s * columns_ + r]);
            sum += best;
        }
        return sum;
    }

    // How much of the reference node's content the student's says: the cosine of the texts
    // (titles left out), on the paraphrase scale. A copied title with a vague text scores low.
    double fidelity(Vertex s, Vertex r) const {
        // A node of the reference with no word to compare (a bare title like "A") is said in
        // full by the same title.
        if (words_.content(r_map_, r).empty()) return equal_titles(student_.node(s).title, reference_.node(r).title) ? 1.0 : 0.0;
        return std::min(1.0, paraphrase_scale * cosine(words_.content(s_map_, s), words_.content(r_map_, r)));
    }

    // Sure when the citation or the position (thesis with thesis) says so; else by what the
    // texts share (titles left out: a copied title proves nothing), times what the neighbours
    // added in flooding (up to twice).
    double confidence(Vertex s, Vertex r, double flooded) const {
        const Node& a = student_.node(s);
        const Node& b = reference_.node(r);
        if (near_citation(a, b) || (a.kind == NodeKind::Thesis && b.kind == NodeKind::Thesis)) return 1.0;
        const double cell = base_[s * columns_ + r];
        const double reinforced = cell > 0 ? flooded / cell : 1.0;
        return std::min(1.0, fidelity(s, r) * reinforced);
    }

    NodeMatch describe(Vertex s, Vertex r) const {
        const Node& a = student_.node(s);
        const Node& b = reference_.node(r);
        const double text = text_[s * columns_ + r];
        MatchMethod method = MatchMethod::Text;
        if (equal_titles(a.title, b.title)) method = MatchMethod::Title;
        else if (near_citation(a, b) && text < same_page_bonus + same_source_bonus) method = MatchMethod::Citation;
        return NodeMatch{a.title, b.title, a.kind, b.kind, method, text, fidelity(s, r), plain_text(b)};
    }

    const ArgumentMap& student_;
    const ArgumentMap& reference_;
    const ClassVocabulary& words_;
    std::size_t s_map_, r_map_;
    std::size_t columns_;
    std::vector<double> base_;  // student-major: base_[s * columns_ + r]
    std::vector<double> text_;
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

bool near_citation(const Node& a, const Node& b) {
    if (a.source.empty() || a.source != b.source) return false;
    if (same_citation(a, b)) return true;
    const auto x = page_range(a.page), y = page_range(b.page);
    return x && y && x->first <= y->second + 2 && y->first <= x->second + 2;
}

NodeMatching match_nodes(const ArgumentMap& student, const ArgumentMap& reference, const ClassVocabulary& words,
                         std::size_t student_map, std::size_t reference_map) {
    Matcher matcher(student, reference, words, student_map, reference_map);
    matcher.weigh_pairs();
    return matcher.assign(matcher.flood());
}

}  // namespace warrant::grading
