// make eval-paraphrase: does compare's text similarity recognise a point said again in other
// words? Two kinds of real restatement, each scored against wrong candidates on the same topic:
//   - AAE2's essays state their position twice: the major claim of the introduction and that of
//     the conclusion say the same in different words ("this industry has affected the cultural
//     attributes" / "tourism has reduced the cultural values"). Candidates: every component
//     outside the introduction.
//   - QT30 and DialAM-2024 (AIF) mark a speaker's reformulation of a proposition with a rephrase
//     node (MA): "the economy and the environment is not an either/or" / "you have to have one and
//     the other". Candidates: every other proposition of the nodeset. QT30's nodesets whose number
//     is a multiple of 5 are its test part, the others its dev part (`--part dev|test`).
// Printed for compare's cosine (Snowball stems and WordNet synonyms, IDF over the group): how
// often the best candidate is a right one (accuracy at 1), the mean reciprocal rank, the chance
// that a restatement ranks above a wrong candidate of its group, and how often restatements,
// wrong candidates and another group's restatements (off topic) reach each cosine.
//   eval_paraphrase DIR [NAME] [--part dev|test]
#include "compare/compare_text.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Component {
    std::string type, text;
    std::size_t paragraph = 0;
};

std::string read_all(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// The paragraph (a run between newlines) each byte offset is in, counting non-empty ones.
std::vector<std::size_t> paragraph_of_offsets(const std::string& text) {
    std::vector<std::size_t> out(text.size() + 1, 0);
    std::size_t paragraph = 0;
    bool in_paragraph = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') in_paragraph = false;
        else if (!in_paragraph) {
            in_paragraph = true;
            ++paragraph;
        }
        out[i] = paragraph;
    }
    out[text.size()] = paragraph;
    return out;
}

// The T lines of a brat file: type, start offset and text (AAE2's offsets are in bytes of
// its ASCII texts). Paragraph 1 is the title, 2 the introduction.
std::vector<Component> read_components(const std::filesystem::path& ann, std::size_t& paragraphs) {
    const std::string text = read_all(std::filesystem::path(ann).replace_extension(".txt"));
    const std::vector<std::size_t> paragraph = paragraph_of_offsets(text);
    paragraphs = paragraph.back();
    std::vector<Component> out;
    std::istringstream lines(read_all(ann));
    for (std::string line; std::getline(lines, line);) {
        if (line.empty() || line[0] != 'T') continue;
        std::istringstream fields(line.substr(line.find('\t') + 1));
        Component c;
        std::size_t start = 0, end = 0;
        fields >> c.type >> start >> end;
        c.text = line.substr(line.rfind('\t') + 1);
        c.paragraph = paragraph[std::min(start, text.size())];
        out.push_back(std::move(c));
    }
    return out;
}

// One essay or nodeset: its texts, and for each query text its candidates and right answers.
struct Group {
    std::vector<std::string> texts;
    struct Query {
        std::size_t text;
        std::vector<std::size_t> candidates;
        std::vector<bool> right;  // by candidate
    };
    std::vector<Query> queries;
};

std::optional<Group> essay_group(const std::filesystem::path& ann) {
    std::size_t paragraphs = 0;
    const std::vector<Component> components = read_components(ann, paragraphs);
    const std::size_t introduction = 2, conclusion = paragraphs;
    if (conclusion <= introduction) return std::nullopt;
    Group group;
    std::vector<std::size_t> candidates;
    std::vector<bool> right;
    for (std::size_t i = 0; i < components.size(); ++i) {
        group.texts.push_back(components[i].text);
        if (components[i].paragraph == introduction) continue;
        candidates.push_back(i);
        right.push_back(components[i].paragraph == conclusion && components[i].type == "MajorClaim");
    }
    if (std::find(right.begin(), right.end(), true) == right.end()) return std::nullopt;
    for (std::size_t i = 0; i < components.size(); ++i)
        if (components[i].paragraph == introduction && components[i].type == "MajorClaim")
            group.queries.push_back({i, candidates, right});
    if (group.queries.empty()) return std::nullopt;
    return group;
}

std::optional<Group> nodeset_group(const std::filesystem::path& json) {
    const nlohmann::json aif = nlohmann::json::parse(read_all(json), nullptr, false);
    if (aif.is_discarded() || !aif.contains("nodes") || !aif.contains("edges")) return std::nullopt;
    Group group;
    std::map<std::string, std::size_t> text_of;  // I-node id -> text index
    std::map<std::string, std::string> type_of;
    for (const auto& node : aif["nodes"]) {
        const std::string id = node.value("nodeID", ""), type = node.value("type", "");
        type_of[id] = type;
        if (type == "I") {
            text_of[id] = group.texts.size();
            group.texts.push_back(node.value("text", ""));
        }
    }
    std::map<std::string, std::vector<std::string>> into, out_of;
    for (const auto& edge : aif["edges"]) {
        const std::string from = edge.value("fromID", ""), to = edge.value("toID", "");
        out_of[from].push_back(to);
        into[to].push_back(from);
    }
    std::map<std::size_t, std::set<std::size_t>> rephrased;
    for (const auto& [id, type] : type_of) {
        if (type != "MA") continue;
        for (const std::string& a : into[id])
            for (const std::string& b : out_of[id])
                if (text_of.count(a) && text_of.count(b) && text_of[a] != text_of[b]) {
                    rephrased[text_of[a]].insert(text_of[b]);
                    rephrased[text_of[b]].insert(text_of[a]);
                }
    }
    for (const auto& [query, answers] : rephrased) {
        Group::Query q{query, {}, {}};
        for (std::size_t c = 0; c < group.texts.size(); ++c)
            if (c != query) {
                q.candidates.push_back(c);
                q.right.push_back(answers.count(c) > 0);
            }
        group.queries.push_back(std::move(q));
    }
    if (group.queries.empty()) return std::nullopt;
    return group;
}

// QT30's nodesets are named nodesetNNNNN.json: their number chooses the part.
bool in_part(const std::filesystem::path& file, const std::string& part) {
    if (part.empty()) return true;
    const std::string stem = file.stem().string();
    const std::size_t digits = stem.find_first_of("0123456789");
    if (digits == std::string::npos) return true;
    const bool test = std::stol(stem.substr(digits)) % 5 == 0;
    return test == (part == "test");
}

struct Pair {
    double cosine;
    bool restatement;
};

struct Tally {
    double queries = 0, top = 0, reciprocal = 0, ordered = 0, compared = 0;
};

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: eval_paraphrase DIR [NAME] [--part dev|test]\n");
        return 2;
    }
    std::string name = argv[1], part;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--part" && i + 1 < argc) part = argv[++i];
        else name = arg;
    }
    std::vector<Group> groups;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(argv[1])) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        std::optional<Group> group;
        if (file.extension() == ".ann") group = essay_group(file);
        else if (file.extension() == ".json" && in_part(file, part)) group = nodeset_group(file);
        if (group) groups.push_back(std::move(*group));
    }

    std::vector<Pair> pairs;
    Tally tally;
    std::vector<warrant::ArgumentMap> maps(groups.size());
    for (std::size_t g = 0; g < groups.size(); ++g)
        for (std::size_t i = 0; i < groups[g].texts.size(); ++i)
            maps[g].add_node(warrant::Node{warrant::NodeKind::Claim, "T" + std::to_string(i), {groups[g].texts[i]}});
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const warrant::grading::ClassVocabulary words({&maps[g]});
        auto cosine = [&](std::size_t a, std::size_t b) {
            return warrant::grading::cosine(words.content(0, a), words.content(0, b));
        };
        for (const Group::Query& q : groups[g].queries) {
            std::vector<std::pair<double, bool>> ranked;
            for (std::size_t k = 0; k < q.candidates.size(); ++k) {
                ranked.emplace_back(cosine(q.text, q.candidates[k]), q.right[k]);
                pairs.push_back({ranked.back().first, q.right[k]});
            }
            std::stable_sort(ranked.begin(), ranked.end(), [](auto& a, auto& b) { return a.first > b.first; });
            tally.queries += 1;
            for (auto& [x, right] : ranked)
                for (auto& [y, wrong] : ranked)
                    if (right && !wrong) {
                        tally.compared += 1;
                        tally.ordered += x > y ? 1.0 : x == y ? 0.5 : 0.0;
                    }
            for (std::size_t k = 0; k < ranked.size(); ++k)
                if (ranked[k].second) {
                    tally.top += k == 0;
                    tally.reciprocal += 1.0 / static_cast<double>(k + 1);
                    break;
                }
        }
    }
    // Off topic: each query against the right answers of the next group (another essay or
    // debate), the two groups' words weighed together, as a class of two maps is.
    std::vector<double> off_topic;
    for (std::size_t g = 0; g + 1 < groups.size(); ++g) {
        const warrant::grading::ClassVocabulary words({&maps[g], &maps[g + 1]});
        const Group& next = groups[g + 1];
        for (const Group::Query& q : groups[g].queries)
            for (const Group::Query& other : next.queries)
                for (std::size_t k = 0; k < other.candidates.size(); ++k)
                    if (other.right[k])
                        off_topic.push_back(warrant::grading::cosine(words.content(0, q.text), words.content(1, other.candidates[k])));
    }
    std::printf("%s: %zu groups, %.0f queries\n", name.c_str(), groups.size(), tally.queries);
    std::printf("  cosine: accuracy at 1 %.3f, MRR %.3f, a restatement above a wrong candidate %.3f\n",
                tally.top / tally.queries, tally.reciprocal / tally.queries, tally.ordered / tally.compared);
    std::printf("  cosine at least   restatements   wrong, same topic   another group's restatement\n");
    for (double t : {0.05, 0.1, 0.15, 0.2, 0.3, 0.4}) {
        double right = 0, wrong = 0, passed_right = 0, passed_wrong = 0;
        for (const Pair& p : pairs) {
            (p.restatement ? right : wrong) += 1;
            (p.restatement ? passed_right : passed_wrong) += p.cosine >= t;
        }
        const double off = static_cast<double>(std::count_if(off_topic.begin(), off_topic.end(), [&](double c) { return c >= t; }));
        std::printf("  %-16.2f  %-13.3f  %-18.3f  %.3f\n", t, passed_right / right, passed_wrong / wrong,
                    off / static_cast<double>(std::max<std::size_t>(1, off_topic.size())));
    }
    return 0;
}
