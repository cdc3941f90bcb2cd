// make eval-draft: components and relations of `warrant draft --format components` against
// the gold of AAE2's test essays, with the token-overlap criteria of Eger, Daxenberger &
// Gurevych (ACL 2017): a token is a run of word characters or one punctuation mark; two spans
// match at 50% when they share more than half of the longer span's tokens, at 100% when they
// have the same tokens. A component counts when its span matches and its type is the same; a
// relation when its type is the same and both endpoints' spans match (at 50%). Gold relations
// are the R lines (read by warrant's brat reader); the claims' stance is apart. Micro-averaged.
//   eval_draft GOLD_DIR PREDICTED_DIR
#include "warrant/formats.hpp"
#include "warrant/line_index.hpp"

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

// Token start/end code points of the text: runs of word characters, or one other non-space.
std::vector<std::pair<std::size_t, std::size_t>> tokens_of(const std::string& text) {
    std::vector<char32_t> points;
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = length == 1 ? c : c & (0xFF >> (length + 1));
        for (std::size_t k = 1; k < length && i + k < text.size(); ++k) cp = (cp << 6) | (text[i + k] & 0x3F);
        points.push_back(cp);
        i += length;
    }
    auto word = [](char32_t cp) {
        if (cp >= 0x2000 && cp <= 0x206F) return false;  // general punctuation: quotes, dashes
        return cp >= 0x80 || std::isalnum(static_cast<int>(cp)) || cp == '_';
    };
    std::vector<std::pair<std::size_t, std::size_t>> tokens;
    for (std::size_t i = 0; i < points.size();) {
        if (points[i] < 0x80 && std::isspace(static_cast<int>(points[i]))) { ++i; continue; }
        std::size_t end = i + 1;
        if (word(points[i]))
            while (end < points.size() && word(points[end])) ++end;
        tokens.push_back({i, end});
        i = end;
    }
    return tokens;
}

std::set<std::size_t> token_set(const std::vector<std::pair<std::size_t, std::size_t>>& tokens, const Span& span) {
    std::set<std::size_t> out;
    for (std::size_t t = 0; t < tokens.size(); ++t)
        if (tokens[t].first < span.end && tokens[t].second > span.start) out.insert(t);
    return out;
}

bool spans_match(const std::set<std::size_t>& a, const std::set<std::size_t>& b, bool exact) {
    if (exact) return a == b && !a.empty();
    std::size_t shared = 0;
    for (std::size_t t : a) shared += b.count(t);
    return 2 * shared > std::max(a.size(), b.size());
}

Essay read_gold(const std::string& ann) {
    Essay essay;
    const warrant::LoadResult loaded = warrant::load_file(ann);
    const warrant::Graph& graph = loaded.map.graph;
    for (warrant::Vertex v : boost::make_iterator_range(boost::vertices(graph))) {
        const warrant::Node& node = graph[v];
        essay.components.push_back({node.title, node.metadata.at("brat"), std::stoul(node.metadata.at("start")),
                                    std::stoul(node.metadata.at("end"))});
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
        essay.components.push_back({c.at("id").get<std::string>(), c.at("type").get<std::string>(), c.at("start").get<std::size_t>(), c.at("end").get<std::size_t>()});
    for (const auto& r : json.at("relations"))
        essay.relations.push_back({r.at("from").get<std::string>(), r.at("to").get<std::string>(), r.at("type").get<std::string>()});
    return essay;
}

struct Counts {
    std::map<std::string, double> tp, predicted, gold;
};

// Pairs each predicted span with at most one gold span (the first that matches, in order).
std::map<std::string, std::string> match(const Essay& gold, const Essay& predicted,
                                         const std::vector<std::pair<std::size_t, std::size_t>>& tokens, bool exact) {
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
    if (argc != 3) {
        std::fprintf(stderr, "usage: eval_draft GOLD_DIR PREDICTED_DIR\n");
        return 2;
    }
    std::vector<std::string> anns;
    for (const auto& entry : std::filesystem::directory_iterator(argv[1]))
        if (entry.path().extension() == ".ann") anns.push_back(entry.path().string());
    std::sort(anns.begin(), anns.end());
    Counts half, full, relations;
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
    }
    std::printf("AAE2 test: %zu essays\n", anns.size());
    const std::vector<std::string> types = {"MajorClaim", "Claim", "Premise"};
    print("components, 50% token overlap", half, types);
    print("components, 100% token overlap", full, types);
    print("relations, endpoints at 50%", relations, {"supports", "attacks"});
    return 0;
}
