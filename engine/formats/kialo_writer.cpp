// A map as Kialo's plain-text discussion export (`convert --to kialo`; docs/formats.md,
// "Kialo"): the format kialo_reader.cpp reads, so that a Kialo file reads and writes back
// unchanged.
//
// The theses are the top-level claims (a map without one starts from the claims that support
// or attack nothing). Below a claim come, in the order they were written, the nodes that give
// reasons for it (support, entails, premise, conclusion: `Pro:`) or against it (every attack:
// `Con:`). A node reached a second time is written as a link, `-> See N.`, to its number; a node
// that was itself read from a link keeps its place (its own line is its first). Nodes that
// hang on no thesis follow as further top-level claims, so nothing is lost but the sources,
// which Kialo does not have.
#include "warrant/formats.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <tuple>

namespace warrant {
namespace {

// +1 for a reason, -1 for an objection, 0 for what Kialo cannot say (a citation).
int stance(EdgeKind kind) {
    if (is_attacking(kind)) return -1;
    if (kind == EdgeKind::Cites) return 0;
    return 1;
}

bool written(const Node& node) { return node.kind != NodeKind::Source; }

struct Entry {
    std::string number;
    int stance = 0;                   // 0 for a top-level claim
    Vertex node = 0;
    std::optional<Vertex> link;       // a link to this node's number instead of its text
};

class KialoWriter {
public:
    explicit KialoWriter(const ArgumentMap& map) : map_(map), number_(map.node_count()), tree_edge_(map.node_count()) {}

    std::string write() {
        find_tree_edges();
        std::size_t top = 0;
        for (Vertex v : roots()) place(v, std::to_string(++top), 0);
        // Whatever no thesis reaches, as claims of their own.
        for (Vertex v = 0; v < map_.node_count(); ++v)
            if (written(map_.node(v)) && number_[v].empty()) place(v, std::to_string(++top), 0);
        std::string out = "Discussion Title: " + discussion_title() + "\n\n";
        for (const Entry& e : entries_) {
            out += e.number + ". ";
            if (e.stance != 0) out += e.stance > 0 ? "Pro: " : "Con: ";
            out += e.link ? "-> See " + number_[*e.link] + "." : escaped(text_of(map_.node(e.node)));
            out += "\n";
        }
        return out;
    }

private:
    // A node's own line is where it was first written: the relation written on that line (as
    // the Kialo reader makes one for every numbered claim) is the one it hangs from.
    void find_tree_edges() {
        for (EdgeId e : boost::make_iterator_range(boost::edges(map_.graph))) {
            const Vertex from = boost::source(e, map_.graph);
            const SourceSpan& at = map_.graph[e].span;
            const SourceSpan& own = map_.node(from).span;
            if (at.known() && at.line == own.line && at.file == own.file && !tree_edge_[from]) tree_edge_[from] = e;
        }
    }

    std::vector<Vertex> roots() const {
        std::vector<Vertex> out;
        for (Vertex v = 0; v < map_.node_count(); ++v)
            if (map_.node(v).kind == NodeKind::Thesis) out.push_back(v);
        if (!out.empty()) return out;
        for (Vertex v = 0; v < map_.node_count(); ++v) {
            if (!written(map_.node(v))) continue;
            bool gives = false;
            for (EdgeId e : boost::make_iterator_range(boost::out_edges(v, map_.graph))) gives = gives || stance(map_.graph[e].kind) != 0;
            if (!gives) out.push_back(v);
        }
        return out;
    }

    // The relations into `v` that Kialo can write, in the order they were written.
    std::vector<EdgeId> children(Vertex v) const {
        std::vector<EdgeId> out;
        for (EdgeId e : boost::make_iterator_range(boost::in_edges(v, map_.graph)))
            if (stance(map_.graph[e].kind) != 0 && written(map_.node(boost::source(e, map_.graph)))) out.push_back(e);
        std::stable_sort(out.begin(), out.end(), [&](EdgeId a, EdgeId b) {
            const SourceSpan& x = map_.graph[a].span;
            const SourceSpan& y = map_.graph[b].span;
            return std::tie(x.line, x.column) < std::tie(y.line, y.column);
        });
        return out;
    }

    void place(Vertex v, const std::string& number, int side) {
        number_[v] = number;
        entries_.push_back({number, side, v, std::nullopt});
        std::size_t child = 0;
        for (EdgeId e : children(v)) {
            const Vertex from = boost::source(e, map_.graph);
            const std::string below = number + "." + std::to_string(++child);
            const int s = stance(map_.graph[e].kind);
            // Its own place is here when this is the relation it was first written with, or
            // when it has none and nothing placed it yet.
            const bool here = number_[from].empty() && (tree_edge_[from] ? *tree_edge_[from] == e : true);
            if (here) place(from, below, s);
            else entries_.push_back({below, s, from, from});
        }
    }

    std::string discussion_title() const {
        if (auto it = map_.front_matter.find("title"); it != map_.front_matter.end()) return it->second;
        return std::filesystem::path(map_.file.str()).stem().string();
    }

    // The node's text without the #tags written in it (an Argdown map's #thesis, #counter):
    // Kialo says with numbers and Pro/Con what those tags say.
    static std::string text_of(const Node& node) {
        if (node.texts.empty()) return node.title;
        std::string text = node.texts.front();
        for (const std::string& tag : node.tags)
            for (std::size_t at = text.find(" #" + tag); at != std::string::npos; at = text.find(" #" + tag, at)) {
                const std::size_t end = at + 2 + tag.size();
                if (end < text.size() && text[end] != ' ') {
                    at = end;
                    continue;
                }
                text.erase(at, end - at);
            }
        return text;
    }

    // Literal parentheses escaped as Kialo escapes them; a Markdown link's "](url)" left as is.
    static std::string escaped(const std::string& text) {
        std::string out;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == ']' && i + 1 < text.size() && text[i + 1] == '(') {
                const std::size_t close = text.find(')', i + 2);
                if (close != std::string::npos) {
                    out += text.substr(i, close - i + 1);
                    i = close;
                    continue;
                }
            }
            if (text[i] == '(' || text[i] == ')') out += '\\';
            out += text[i];
        }
        return out;
    }

    const ArgumentMap& map_;
    std::vector<std::string> number_;
    std::vector<std::optional<EdgeId>> tree_edge_;
    std::vector<Entry> entries_;
};

}  // namespace

std::string export_kialo(const ArgumentMap& map) { return KialoWriter(map).write(); }

}  // namespace warrant
