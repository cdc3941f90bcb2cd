// make eval-draft: components and relations of `warrant draft --format components` against
// the gold of AAE2's test essays, with the token-overlap criteria of Eger, Daxenberger &
// Gurevych (ACL 2017): a token is a run of word characters or one punctuation mark; two spans
// match at 50% when they share more than half of the longer span's tokens, at 100% when they
// have the same tokens. A component counts when its span matches and its type is the same; a
// relation when its type is the same and both endpoints' spans match (at 50%). Gold relations
// are the R lines (read by warrant's brat reader); the claims' stance is apart. Micro-averaged.
//   eval_draft GOLD_DIR PREDICTED_DIR [NAME]
#include "warrant/formats.hpp"
#include "warrant/line_index.hpp"
#include "eger_score.hpp"
#include "token_overlap.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

namespace {

struct Span {
    std::string id, type;
    std::size_t start = 0, end = 0;  // code points
    std::string stance;              // a claim's: "For" / "Against"
};
struct Relation {
    std::string from, to, type;
};
struct Essay {
    std::vector<Span> components;
    std::vector<Relation> relations;
};

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

using warrant::eval::spans_match;
using warrant::eval::tokens_of;

std::set<std::size_t> token_set(const warrant::eval::TokenSpans& tokens, const Span& span) {
    return warrant::eval::token_set(tokens, span.start, span.end);
}

Essay read_gold(const std::string& ann) {
    Essay essay;
    const warrant::LoadResult loaded = warrant::load_file(ann);
    const warrant::Graph& graph = loaded.map.graph;
    for (warrant::Vertex v : boost::make_iterator_range(boost::vertices(graph))) {
        const warrant::Node& node = graph[v];
        auto stance = node.metadata.find("stance");
        essay.components.push_back({node.title, node.metadata.at("brat"), std::stoul(node.metadata.at("start")),
                                    std::stoul(node.metadata.at("end")), stance == node.metadata.end() ? "" : stance->second});
    }
    const warrant::LineIndex lines(loaded.source_text);
    for (warrant::EdgeId e : boost::make_iterator_range(boost::edges(graph))) {
        if (!lines.line(graph[e].span.line).starts_with("R")) continue;  // stance joins are not relations
        essay.relations.push_back({graph[boost::source(e, graph)].title, graph[boost::target(e, graph)].title,
                                   graph[e].kind == warrant::EdgeKind::Attack ? "attacks" : "supports"});
    }
    return essay;
}

Essay read_predicted(const std::string& path) {
    Essay essay;
    const nlohmann::json json = nlohmann::json::parse(read_all(path));
    for (const auto& c : json.at("components"))
        essay.components.push_back({c.at("id").get<std::string>(), c.at("type").get<std::string>(), c.at("start").get<std::size_t>(),
                                    c.at("end").get<std::size_t>(), c.value("stance", std::string())});
    for (const auto& r : json.at("relations"))
        essay.relations.push_back({r.at("from").get<std::string>(), r.at("to").get<std::string>(), r.at("type").get<std::string>()});
    return essay;
}

std::vector<warrant::eval::EgerItem> eger_items_of(const Essay& essay) {
    std::vector<warrant::eval::EgerComponent> components;
    for (const Span& c : essay.components) components.push_back({c.id, c.type, c.stance, c.start, c.end});
    std::vector<warrant::eval::EgerRelation> relations;
    for (const Relation& r : essay.relations) relations.push_back({r.from, r.to, r.type});
    return warrant::eval::eger_items(components, relations);
}

struct Counts {
    std::map<std::string, double> tp, predicted, gold;
};

// Pairs each predicted span with at most one gold span (the first that matches, in order).
std::map<std::string, std::string> match(const Essay& gold, const Essay& predicted,
                                         const warrant::eval::TokenSpans& tokens, bool exact) {
    std::map<std::string, std::string> pairs;  // predicted id -> gold id
    std::set<std::string> used;
    for (const Span& p : predicted.components) {
        const auto p_tokens = token_set(tokens, p);
        for (const Span& g : gold.components) {
            if (used.count(g.id) || !spans_match(p_tokens, token_set(tokens, g), exact)) continue;
            pairs[p.id] = g.id;
            used.insert(g.id);
            break;
        }
    }
    return pairs;
}

void count_components(const Essay& gold, const Essay& predicted, const std::map<std::string, std::string>& pairs, Counts& counts) {
    std::map<std::string, std::string> gold_type;
    for (const Span& g : gold.components) {
        gold_type[g.id] = g.type;
        ++counts.gold[g.type];
    }
    for (const Span& p : predicted.components) {
        ++counts.predicted[p.type];
        auto pair = pairs.find(p.id);
        if (pair != pairs.end() && gold_type[pair->second] == p.type) ++counts.tp[p.type];
    }
}

void count_relations(const Essay& gold, const Essay& predicted, const std::map<std::string, std::string>& pairs, Counts& counts) {
    std::set<std::tuple<std::string, std::string, std::string>> gold_set;
    for (const Relation& r : gold.relations) {
        gold_set.insert({r.from, r.to, r.type});
        ++counts.gold[r.type];
    }
    for (const Relation& r : predicted.relations) {
        ++counts.predicted[r.type];
        auto from = pairs.find(r.from), to = pairs.find(r.to);
        if (from != pairs.end() && to != pairs.end() && gold_set.count({from->second, to->second, r.type})) ++counts.tp[r.type];
    }
}

void print(const char* title, const Counts& counts, const std::vector<std::string>& types) {
    std::printf("%s\n  %-12s %7s %7s %7s %6s %6s\n", title, "type", "P", "R", "F1", "gold", "pred");
    double tp = 0, predicted = 0, gold = 0;
    auto row = [](const std::string& name, double t, double p, double g) {
        const double precision = p ? t / p : 0, recall = g ? t / g : 0;
        const double f1 = precision + recall ? 2 * precision * recall / (precision + recall) : 0;
        std::printf("  %-12s %7.3f %7.3f %7.3f %6.0f %6.0f\n", name.c_str(), precision, recall, f1, g, p);
    };
    for (const std::string& type : types) {
        const double t = counts.tp.count(type) ? counts.tp.at(type) : 0, p = counts.predicted.count(type) ? counts.predicted.at(type) : 0,
                     g = counts.gold.count(type) ? counts.gold.at(type) : 0;
        row(type, t, p, g);
        tp += t;
        predicted += p;
        gold += g;
    }
    row("micro", tp, predicted, gold);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3 && argc != 4) {
        std::fprintf(stderr, "usage: eval_draft GOLD_DIR PREDICTED_DIR [NAME]\n");
        return 2;
    }
    std::vector<std::string> anns;
    for (const auto& entry : std::filesystem::directory_iterator(argv[1]))
        if (entry.path().extension() == ".ann") anns.push_back(entry.path().string());
    std::sort(anns.begin(), anns.end());
    Counts half, full, relations;
    warrant::eval::EgerCounts eger_half, eger_full;
    for (const std::string& ann : anns) {
        const std::filesystem::path path(ann);
        const std::string predicted_path = (std::filesystem::path(argv[2]) / path.stem()).string() + ".json";
        if (!std::filesystem::exists(predicted_path)) {
            std::fprintf(stderr, "eval_draft: no prediction %s\n", predicted_path.c_str());
            return 2;
        }
        const Essay gold = read_gold(ann), predicted = read_predicted(predicted_path);
        const auto tokens = tokens_of(read_all(std::filesystem::path(ann).replace_extension(".txt").string()));
        const auto half_pairs = match(gold, predicted, tokens, false);
        count_components(gold, predicted, half_pairs, half);
        count_components(gold, predicted, match(gold, predicted, tokens, true), full);
        count_relations(gold, predicted, half_pairs, relations);
        const auto gold_items = eger_items_of(gold), predicted_items = eger_items_of(predicted);
        warrant::eval::count_eger(tokens, gold_items, predicted_items, 0.5, eger_half);
        warrant::eval::count_eger(tokens, gold_items, predicted_items, 0.999, eger_full);
    }
    std::printf("%s: %zu essays\n", argc == 4 ? argv[3] : "AAE2 test", anns.size());
    const std::vector<std::string> types = {"MajorClaim", "Claim", "Premise"};
    print("components, 50% token overlap", half, types);
    print("components, 100% token overlap", full, types);
    print("relations, endpoints at 50%", relations, {"supports", "attacks"});
    const std::vector<std::string> eger_labels = {"MajorClaim", "For", "Against", "supports", "attacks"};
    print("Eger et al. 2017 relations (MajorClaims, claims' stance to the last MajorClaim, premises' links), overlap > 50%",
          {eger_half.tp, eger_half.predicted, eger_half.gold}, eger_labels);
    print("Eger et al. 2017 relations, overlap >= 99.9%", {eger_full.tp, eger_full.predicted, eger_full.gold}, eger_labels);
    return 0;
}
