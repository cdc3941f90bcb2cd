// Node matching for compare: pair weights from words, citations and kinds, reinforced by
// neighbouring pairs, then one maximum-weight assignment (include/warrant/compare.hpp).
#include "compare/compare_matching.hpp"

#include "analysis/assignment.hpp"
#include "compare/node_roles.hpp"
#include "warrant/analysis.hpp"

#include <algorithm>
#include <cctype>

namespace warrant::grading {
namespace {

// Weights of the signals, on the scale of a cosine (0..1). Structure comes first: the role a
// node plays (thesis, reason, objection, answer, evidence) and its place (whether the nodes
// around it are matched to the nodes around its counterpart) together outweigh the words, and
// a citation to the same page identifies a quotation about as well as its words do.
constexpr double same_source_bonus = 0.25;
constexpr double same_page_bonus = 0.35;
constexpr double role_bonus = 0.3;
constexpr double place_bonus = 0.6;
constexpr double other_category_factor = 0.8;  // a quotation drawn as a bare claim, or back
constexpr int flooding_rounds = 4;
// Below this cosine two nodes share a word or two by chance (one common stem in short texts).
// Such a pair is only made when role and place agree.
constexpr double least_text = 0.1;
// Role and place agree when the roles are the same and more than half (this share) of the pair's
// neighbours are matched to each other.
constexpr double placed_share = 0.6;
// A faithful paraphrase in other words shares about half of the weighted stems (and
// synonyms) of what it restates: a cosine of 0.5 counts as the same wording.
constexpr double paraphrase_scale = 2.0;
// A text that says the same point in other words shares at least this much with it; a vague
// text ("It is safer.") shares next to nothing. Twice as much says it plainly.
constexpr double says_the_point = 0.2;
constexpr double plainly_says = 2 * says_the_point;
// A thesis matched to the thesis is the same position when the two share its topic at all: an
// essay's thesis restated in its conclusion reaches this cosine in 63% of AAE2's training
// essays, another essay's thesis in 2.8% (QT30's rephrased propositions: 71% and 4.2%;
// make eval-paraphrase). An essay, drafted from prose, has no citation to anchor it from.
constexpr double thesis_on_topic = 0.1;
// A pair is anchored by its place when at least this share of its neighbour slots hold
// anchored pairs: a reason with its one quotation cited, under a thesis not yet anchored.
constexpr double anchoring_share = 0.5;

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
          s_roles_(node_roles(student)), r_roles_(node_roles(reference)), sn_(neighbours_of(student)),
          rn_(neighbours_of(reference)), columns_(reference.node_count()), cells_(student.node_count() * columns_) {}

    void weigh_pairs() {
        for (Vertex s = 0; s < student_.node_count(); ++s) {
            if (!gradable(student_.node(s))) continue;
            for (Vertex r = 0; r < reference_.node_count(); ++r)
                if (gradable(reference_.node(r))) cells_[s * columns_ + r] = first_signals(s, r);
        }
    }

    // Similarity flooding (after Melnik et al.), additive: a pair gains up to place_bonus by
    // the share of its neighbours (supporters, attackers, targets) that are matched to each
    // other, whatever the polarity drawn. A few rounds carry it from the citations and the
    // thesis to the claims between them.
    void flood() {
        for (int round = 0; round < flooding_rounds; ++round) {
            std::vector<double> share(cells_.size(), 0.0);
            for (std::size_t cell = 0; cell < cells_.size(); ++cell)
                if (cells_[cell].factor > 0) share[cell] = neighbour_share(cell / columns_, cell % columns_);
            for (std::size_t cell = 0; cell < cells_.size(); ++cell) cells_[cell].place = share[cell];
        }
    }

    NodeMatching assign() const {
        NodeMatching result;
        result.student_of.assign(reference_.node_count(), std::nullopt);
        result.reference_of.assign(student_.node_count(), std::nullopt);
        result.fidelity.assign(reference_.node_count(), 0.0);
        result.confidence.assign(reference_.node_count(), 0.0);
        result.says.assign(reference_.node_count(), 0.0);
        std::vector<double> weights(cells_.size(), 0.0);
        for (std::size_t cell = 0; cell < cells_.size(); ++cell)
            if (allowed(cells_[cell])) weights[cell] = weight(cells_[cell]);
        const auto column_of = analysis::max_weight_assignment(weights, student_.node_count(), columns_);
        for (Vertex s = 0; s < column_of.size(); ++s)
            if (column_of[s]) {
                result.reference_of[s] = *column_of[s];
                result.student_of[*column_of[s]] = s;
            }
        result.anchored = anchored(result);
        for (Vertex r = 0; r < reference_.node_count(); ++r) {
            if (!result.student_of[r]) continue;
            const Vertex s = *result.student_of[r];
            const Cell& cell = cells_[s * columns_ + r];
            // A reference point without words to compare is worded as well as it is said.
            result.fidelity[r] = words_.content(r_map_, r).empty() ? says(s, r, cell) : std::min(1.0, paraphrase_scale * cell.content);
            result.says[r] = says(s, r, cell);
            result.confidence[r] = result.anchored[r] ? 1.0 : result.says[r];
            result.matches.push_back(describe(s, r, cell, result.anchored[r]));
        }
        return result;
    }

private:
    struct Cell {
        double factor = 0;    // what the kinds allow (0: never a pair)
        double text = 0;      // cosine of title and texts, with synonyms (1 for equal titles)
        double content = 0;   // cosine of the texts alone
        double citation = 0;  // same source, near page
        double role = 0;      // role agreement
        double place = 0;     // share of neighbours matched to each other
        bool theses = false;
        bool cited = false;   // a citation to the same or near pages
    };

    static double weight(const Cell& c) {
        return c.factor * (c.text + c.citation + role_bonus * c.role + place_bonus * c.role * c.place);
    }
    // Structure reinforces a pair, and makes one only where role and place both agree; it never
    // makes one out of a shared word or two alone.
    static bool placed(const Cell& c) { return c.role >= 1 && c.place >= placed_share; }
    static bool allowed(const Cell& c) {
        return c.factor > 0 && (c.text >= least_text || c.cited || c.theses || placed(c));
    }

    Cell first_signals(Vertex s, Vertex r) const {
        const Node& a = student_.node(s);
        const Node& b = reference_.node(r);
        Cell c;
        c.factor = kind_factor(a, b);
        if (c.factor == 0) return c;
        c.content = cosine(words_.content(s_map_, s), words_.content(r_map_, r));
        c.text = equal_titles(a.title, b.title) ? 1.0 : cosine(words_.whole(s_map_, s), words_.whole(r_map_, r));
        c.cited = near_citation(a, b);
        if (!a.source.empty() && a.source == b.source) c.citation = same_source_bonus + (c.cited ? same_page_bonus : 0.0);
        c.role = role_agreement(s_roles_[s], r_roles_[r]);
        c.theses = s_roles_[s] == Role::Thesis && r_roles_[r] == Role::Thesis;
        return c;
    }

    // Of the pair's neighbour slots (in and out apart), the share filled by neighbours that
    // are themselves a likely pair: each student neighbour counts by its best reference
    // neighbour, a pair as strong as a shared text (weight 1) counting fully.
    double neighbour_share(Vertex s, Vertex r) const {
        const double slots = static_cast<double>(std::max(sn_.in[s].size(), rn_.in[r].size()) +
                                                 std::max(sn_.out[s].size(), rn_.out[r].size()));
        if (slots == 0) return 0;
        return (side_support(sn_.in[s], rn_.in[r]) + side_support(sn_.out[s], rn_.out[r])) / slots;
    }

    double side_support(const std::vector<Vertex>& s_side, const std::vector<Vertex>& r_side) const {
        double sum = 0;
        for (Vertex s : s_side) {
            double best = 0;
            for (Vertex r : r_side) {
                const Cell& c = cells_[s * columns_ + r];
                if (allowed(c)) best = std::max(best, std::min(1.0, weight(c)));
            }
            sum += best;
        }
        return sum;
    }

    // Whether the student's text says the reference's point at all, in whatever words: a
    // paraphrase does (1), a vague text hardly.
    double says(Vertex s, Vertex r, const Cell& c) const {
        // A node of the reference with no word to compare (a bare title like "A") is said in
        // full by the same title.
        if (words_.content(r_map_, r).empty()) return equal_titles(student_.node(s).title, reference_.node(r).title) ? 1.0 : 0.0;
        return std::min(1.0, c.content / says_the_point);
    }

    // Which matched pairs are surely the same point. A citation to the same pages, or a text
    // that plainly says it, anchors a pair; a pair of the same role is anchored in turn when
    // at least half of its neighbour slots hold anchored pairs (its place agrees), until
    // nothing changes. An essay's structure is known from its citations inwards: the thesis of
    // a map on another essay, or a copied title over a vague text, anchors nothing. A thesis on
    // the thesis's topic is anchored last and places nothing: every reason of an essay stands
    // under its thesis, so that one link would anchor whatever reason a student gives.
    std::vector<bool> anchored(const NodeMatching& m) const {
        std::vector<bool> out(reference_.node_count(), false);
        for (Vertex r = 0; r < reference_.node_count(); ++r)
            if (m.student_of[r]) {
                const Cell& c = cells_[*m.student_of[r] * columns_ + r];
                out[r] = c.cited || c.content >= plainly_says;
            }
        for (bool changed = true; changed;) {
            changed = false;
            for (Vertex r = 0; r < reference_.node_count(); ++r) {
                if (out[r] || !m.student_of[r]) continue;
                const Vertex s = *m.student_of[r];
                if (cells_[s * columns_ + r].role < 1 || anchored_share(s, r, m, out) < anchoring_share) continue;
                out[r] = true;
                changed = true;
            }
        }
        for (Vertex r = 0; r < reference_.node_count(); ++r)
            if (m.student_of[r]) {
                const Cell& c = cells_[*m.student_of[r] * columns_ + r];
                out[r] = out[r] || (c.theses && c.content >= thesis_on_topic);
            }
        return out;
    }

    double anchored_share(Vertex s, Vertex r, const NodeMatching& m, const std::vector<bool>& anchors) const {
        const double slots = static_cast<double>(std::max(sn_.in[s].size(), rn_.in[r].size()) +
                                                 std::max(sn_.out[s].size(), rn_.out[r].size()));
        if (slots == 0) return 0;
        auto count = [&](const std::vector<Vertex>& s_side, const std::vector<Vertex>& r_side) {
            double n = 0;
            for (Vertex neighbour : s_side) {
                const std::optional<Vertex> image = m.reference_of[neighbour];
                n += image && anchors[*image] && std::find(r_side.begin(), r_side.end(), *image) != r_side.end();
            }
            return n;
        };
        return (count(sn_.in[s], rn_.in[r]) + count(sn_.out[s], rn_.out[r])) / slots;
    }

    NodeMatch describe(Vertex s, Vertex r, const Cell& c, bool anchored) const {
        const Node& a = student_.node(s);
        const Node& b = reference_.node(r);
        MatchMethod method = MatchMethod::Text;
        if (equal_titles(a.title, b.title)) method = MatchMethod::Title;
        else if (c.cited && c.text < same_page_bonus + same_source_bonus) method = MatchMethod::Citation;
        else if (anchored && c.text < least_text) method = MatchMethod::Place;
        return NodeMatch{a.title, b.title, a.kind, b.kind, method, c.text, std::min(1.0, paraphrase_scale * c.content),
                         plain_text(b)};
    }

    const ArgumentMap& student_;
    const ArgumentMap& reference_;
    const ClassVocabulary& words_;
    std::size_t s_map_, r_map_;
    std::vector<Role> s_roles_, r_roles_;
    Neighbours sn_, rn_;
    std::size_t columns_;
    std::vector<Cell> cells_;  // student-major: cells_[s * columns_ + r]
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
    matcher.flood();
    return matcher.assign();
}

}  // namespace warrant::grading
