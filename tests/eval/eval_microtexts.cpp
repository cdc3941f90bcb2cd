// make eval-draft: drafts of the argumentative microtexts against their gold argument graphs.
// Each drafted statement (a node with a component) stands for the gold unit it shares the most
// tokens with; the thesis is right when it stands for the central claim; a drafted relation is
// right when the units its ends stand for are related in the gold with the same type (support:
// sup, exa, and an added premise of a support; attack: reb, und, and an added premise of an
// attack; an undercut lands on the source of the relation it targets).
//   eval_microtexts [--model FILE] [--misses] NAME FOLDER all|train|dev|train:K|dev:K
// (dev: the fifth of part 1 settings are chosen on; train: the rest; K: a fold of a
// cross-validation; see microtext_files).
#include "draft/microtext_gold.hpp"
#include "formats/code_points.hpp"
#include "token_overlap.hpp"
#include "warrant/draft.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

namespace {

using namespace warrant;

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

struct Tally {
    std::size_t texts = 0, empty = 0, with_central = 0, central_right = 0;
    double tp[2] = {0, 0}, predicted[2] = {0, 0}, gold[2] = {0, 0};  // [support, attack]
};

// Returns the gold unit the drafted thesis stands for, or -1; `central_drafted`: whether some
// drafted statement stands for the central claim (a miss is then the thesis's choice, not the
// segmentation's).
long score_text(const std::string& text, const draft::MicrotextGold& gold, const DraftResult& draft, Tally& tally,
                bool& central_drafted) {
    const formats::CodePointIndex index(text);
    const eval::TokenSpans tokens = eval::tokens_of(text);
    std::vector<std::set<std::size_t>> unit_tokens;
    for (const draft::GoldUnit& unit : gold.units)
        unit_tokens.push_back(eval::token_set(tokens, index.code_point_at(unit.range.begin), index.code_point_at(unit.range.end)));
    const Graph& graph = draft.loaded.map.graph;
    // The gold unit each drafted statement stands for, or -1.
    std::vector<long> unit_of(boost::num_vertices(graph), -1);
    long thesis_unit = -1;
    bool any = false;
    for (Vertex v : boost::make_iterator_range(boost::vertices(graph))) {
        const Node& node = graph[v];
        if (!node.metadata.count("component")) continue;
        any = true;
        const auto mine = eval::token_set(tokens, std::stoul(node.metadata.at("start")), std::stoul(node.metadata.at("end")));
        std::size_t best = 0;
        for (std::size_t u = 0; u < unit_tokens.size(); ++u)
            if (const std::size_t n = eval::shared(mine, unit_tokens[u]); n > best) {
                best = n;
                unit_of[v] = static_cast<long>(u);
            }
        if (node.kind == NodeKind::Thesis) thesis_unit = unit_of[v];
        central_drafted = central_drafted || (gold.central && unit_of[v] == static_cast<long>(*gold.central));
    }
    ++tally.texts;
    tally.empty += !any;
    if (gold.central) {
        ++tally.with_central;
        tally.central_right += thesis_unit == static_cast<long>(*gold.central);
    }
    std::set<std::tuple<long, long, int>> gold_links, found;
    for (const draft::GoldLink& link : gold.links) {
        gold_links.insert({static_cast<long>(link.from), static_cast<long>(link.to), link.attack});
        ++tally.gold[link.attack];
    }
    for (EdgeId e : boost::make_iterator_range(boost::edges(graph))) {
        const Vertex from = boost::source(e, graph), to = boost::target(e, graph);
        if (!graph[from].metadata.count("component") || !graph[to].metadata.count("component")) continue;
        const int attack = graph[e].kind == EdgeKind::Attack || graph[e].kind == EdgeKind::Undercut;
        ++tally.predicted[attack];
        const std::tuple<long, long, int> key{unit_of[from], unit_of[to], attack};
        if (gold_links.count(key) && found.insert(key).second) ++tally.tp[attack];
    }
    return thesis_unit;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    std::unique_ptr<DraftModel> loaded;
    // --misses: name each text whose thesis is not its central claim, for reading them.
    const auto misses_flag = std::find(args.begin(), args.end(), "--misses");
    const bool list_misses = misses_flag != args.end();
    if (list_misses) args.erase(misses_flag);
    if (args.size() >= 2 && args[0] == "--model") {
        std::string error;
        loaded = DraftModel::load(args[1], error);
        if (!loaded) {
            std::fprintf(stderr, "eval_microtexts: %s\n", error.c_str());
            return 2;
        }
        args.erase(args.begin(), args.begin() + 2);
    }
    const std::vector<std::string> files = args.size() == 3 ? draft::microtext_files(args[1], args[2]) : std::vector<std::string>{};
    if (args.size() != 3 || (args[2] != "all" && files.empty())) {
        std::fprintf(stderr, "usage: eval_microtexts [--model FILE] [--misses] NAME FOLDER all|train|dev|train:K|dev:K\n");
        return 2;
    }
    const DraftModel& model = loaded ? *loaded : DraftModel::built_in();
    Tally tally;
    std::size_t unreadable = 0;
    for (const std::string& path : files) {
        const std::string text = read_all(path);
        const auto gold = draft::read_microtext_gold(read_all(std::filesystem::path(path).replace_extension(".xml").string()), text);
        if (!gold) {
            ++unreadable;
            continue;
        }
        bool central_drafted = false;
        const long thesis = score_text(text, *gold, draft_essay(text, path, model), tally, central_drafted);
        if (list_misses && gold->central && thesis != static_cast<long>(*gold->central))
            std::printf("  miss %s: central claim is unit %zu of %zu, the thesis unit %ld%s\n",
                        std::filesystem::path(path).filename().c_str(), *gold->central + 1, gold->units.size(), thesis + 1,
                        central_drafted ? "" : " (no statement stands for the central claim)");
    }
    std::printf("%s (%s): %zu texts%s\n", args[0].c_str(), args[2].c_str(), tally.texts,
                unreadable ? (", " + std::to_string(unreadable) + " unreadable").c_str() : "");
    std::printf("  empty drafts                %zu\n", tally.empty);
    std::printf("  thesis = central claim      %.3f of %zu texts whose central claim is written (%zu of %zu texts)\n",
                tally.with_central ? double(tally.central_right) / tally.with_central : 0.0, tally.with_central, tally.central_right,
                tally.texts);
    std::printf("  relations     %7s %7s %7s %6s %6s\n", "P", "R", "F1", "gold", "pred");
    const char* names[] = {"supports", "attacks"};
    for (int k = 0; k < 2; ++k) {
        const eval::Score s = eval::score(tally.tp[k], tally.predicted[k], tally.gold[k]);
        std::printf("  %-13s %7.3f %7.3f %7.3f %6.0f %6.0f\n", names[k], s.precision, s.recall, s.f1, tally.gold[k], tally.predicted[k]);
    }
    const eval::Score s = eval::score(tally.tp[0] + tally.tp[1], tally.predicted[0] + tally.predicted[1], tally.gold[0] + tally.gold[1]);
    std::printf("  %-13s %7.3f %7.3f %7.3f %6.0f %6.0f\n", "micro", s.precision, s.recall, s.f1, tally.gold[0] + tally.gold[1],
                tally.predicted[0] + tally.predicted[1]);
    return 0;
}
