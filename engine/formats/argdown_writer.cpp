// Any map as Argdown text, so an imported corpus can be edited like a hand-written map.
//
// Layout: YAML front matter (poles, bibliography, everything else the map kept), then every
// statement with its texts, tags and {metadata}, then every argument with its description and
// premise-conclusion structure, then the remaining relations as outgoing relation trees
// (`+>`, `->`, `_>`, `><`) grouped by the node they leave. A kind that tags or metadata do not
// already declare is written as {kind: …} (a tag would also land in the text, where Argdown
// keeps tags), #assumption as a tag, so that typing reads the same kinds back. Relations
// Argdown draws itself (premise-of, conclusion-of from a PCS; cites from {source: …}) are not
// repeated. What Argdown's symbols cannot say is declared in metadata that the model builder
// reads (relation_rules.cpp): in a loose map an entailment between statements is `+>` with
// {entails: [B]} on its source, a contrariety `->` with {contrary: [B]}; a pair joined by
// several edges of one symbol lists each of them ({entails: [B], supports: [B]}); an argument
// with premises but no conclusion (an AIF conflict, a microtext rebuttal) cannot be a PCS: its
// premises are written as supports of the argument with {premises: [A]} on it. Spaces that
// Argdown would collapse or trim (leading, trailing, a second one in a row) are escaped as `\ `.
#include "formats/yaml_front_matter.hpp"
#include "warrant/formats.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>
#include <unordered_map>

namespace warrant {
namespace {

// Characters that start Argdown syntax inside a text: tags, mentions, emphasis, metadata,
// comments, escapes. Escaped with a backslash, which Argdown drops again.
bool needs_escape(char c) {
    return c == '\\' || c == '[' || c == ']' || c == '<' || c == '>' || c == '#' || c == '{' || c == '}' ||
           c == '*' || c == '_' || c == '@' || c == '/';
}

// Titles end at the closing bracket and cannot span lines.
std::string clean_title(std::string_view title, char open, char close) {
    std::string out(title);
    for (char& c : out) {
        if (c == open) c = '(';
        if (c == close) c = ')';
        if (c == '\n' || c == '\r') c = ' ';
    }
    return out;
}

std::string statement_ref(const Node& node) { return "[" + clean_title(node.title, '[', ']') + "]"; }
std::string argument_ref(const Node& node) { return "<" + clean_title(node.title, '<', '>') + ">"; }
std::string reference(const Node& node) {
    return node.kind == NodeKind::Argument ? argument_ref(node) : statement_ref(node);
}

std::string tag_text(std::string_view tag) {
    const bool plain = std::all_of(tag.begin(), tag.end(), [](unsigned char c) {
        return std::isalnum(c) || c == '-' || c >= 0x80;
    });
    return plain && !tag.empty() ? "#" + std::string(tag) : "#(" + std::string(tag) + ")";
}

// Argdown keeps a tag inside the text it was written in ("… #pro"), so a tag of the node that
// appears in its text is written there as a tag, not escaped into plain text.
std::string escape_text(std::string_view text, const std::vector<std::string>& tags = {}) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '#') {
            auto tag = std::find_if(tags.begin(), tags.end(), [&](const std::string& t) {
                return text.substr(i).starts_with(tag_text(t));
            });
            if (tag != tags.end()) {
                out += tag_text(*tag);
                i += tag_text(*tag).size() - 1;
                continue;
            }
        }
        char c = text[i];
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
        const bool collapsed = c == ' ' && (i == 0 || i + 1 == text.size() || text[i - 1] == ' ');
        if (needs_escape(c) || collapsed) out += '\\';
        out += c;
    }
    return out;
}

// Inference rules are read verbatim up to the closing `--`: only line breaks need care.
std::string inference_text(std::string_view text) {
    std::string out(text);
    std::replace_if(out.begin(), out.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
    return out;
}

bool has_tag(const Node& node, std::string_view wanted) {
    return std::any_of(node.tags.begin(), node.tags.end(), [wanted](const std::string& tag) {
        return std::equal(tag.begin(), tag.end(), wanted.begin(), wanted.end(),
                          [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
    });
}

// True when one of the node's tags already names its kind (typing's names, docs/argdown.md "Typing").
bool declared_by_tag(const Node& node) {
    switch (node.kind) {
        case NodeKind::Thesis: return has_tag(node, "thesis");
        case NodeKind::CounterPosition:
            return has_tag(node, "counter") || has_tag(node, "counter-position") || has_tag(node, "objection");
        case NodeKind::Evidence:
            return has_tag(node, "evidence") || has_tag(node, "quote") || has_tag(node, "quotation") || has_tag(node, "fact");
        case NodeKind::Source: return has_tag(node, "source");
        case NodeKind::Claim: case NodeKind::Argument: break;
    }
    return false;
}

// The tags and metadata that make typing read this node's kind, pole, source and page back.
std::pair<std::vector<std::string>, std::map<std::string, std::string>> typed_annotations(const Node& node) {
    std::vector<std::string> tags = node.tags;
    std::map<std::string, std::string> metadata = node.metadata;
    if (!node.source.empty() && node.kind == NodeKind::Evidence) metadata.emplace("source", node.source);
    if (!node.page.empty()) metadata.emplace("page", node.page);
    if (!node.pole.empty() && !has_tag(node, node.pole)) metadata.emplace("pole", node.pole);
    if (node.assumption && !has_tag(node, "assumption")) tags.push_back("assumption");
    if (node.conceded && !has_tag(node, "concession") && !has_tag(node, "conceded")) tags.push_back("concession");
    if (node.example && !has_tag(node, "example") && !metadata.count("kind")) metadata["kind"] = "example";
    const bool evidence_implied = metadata.count("source") || metadata.count("page");
    if (node.kind != NodeKind::Claim && node.kind != NodeKind::Argument && !metadata.count("kind") &&
        !declared_by_tag(node) && !(node.kind == NodeKind::Evidence && evidence_implied))
        metadata["kind"] = std::string(to_string(node.kind));
    if (node.kind == NodeKind::Source && !node.source.empty() && node.source != node.title)
        metadata.emplace("source", node.source);
    return {tags, metadata};
}

// The tags a text does not already carry, then the metadata.
std::string annotations(const Node& node, const std::vector<std::string>& tags,
                        const std::map<std::string, std::string>& metadata) {
    std::string out;
    for (const std::string& tag : tags) {
        const bool in_text = std::any_of(node.texts.begin(), node.texts.end(), [&](const std::string& text) {
            return text.find(tag_text(tag)) != std::string::npos;
        });
        if (!in_text) out += " " + tag_text(tag);
    }
    if (!metadata.empty()) out += " " + formats::flow_metadata(metadata);
    return out;
}

const char* outgoing_symbol(EdgeKind kind) {
    switch (kind) {
        case EdgeKind::Support:
        case EdgeKind::Entails:
            return "+>";
        case EdgeKind::Attack:
        case EdgeKind::Contrary:
            return "->";
        case EdgeKind::Contradictory:
            return "><";
        case EdgeKind::Undercut:
            return "_>";
        case EdgeKind::PremiseOf:
        case EdgeKind::ConclusionOf:
        case EdgeKind::Cites:
            break;
    }
    return nullptr;
}

// The metadata that tells the model builder what a relation symbol alone cannot (see top).
void declare_kinds(const ArgumentMap& map, Vertex v, std::map<std::string, std::string>& metadata) {
    const bool strict = [&] {
        auto mode = map.front_matter.find("model.mode");
        return mode != map.front_matter.end() && mode->second == "strict";
    }();
    std::map<std::string, std::size_t> count;
    auto declare = [&](const std::string& key, const std::string& title) {
        metadata[key + "." + std::to_string(count[key]++)] = title;
    };
    const Node& node = map.graph[v];
    if (is_statement(node.kind) && !strict) {
        // A pair joined more than once by `+>` (or `->`) edges: each of them is declared, plain
        // supports (attacks) too, since Argdown writes the pair's relation once. Counted in one
        // pass, so a statement with many relations costs no pass per relation.
        std::map<std::pair<Vertex, std::string_view>, std::size_t> joined;
        for (EdgeId e : boost::make_iterator_range(boost::out_edges(v, map.graph)))
            if (const char* symbol = outgoing_symbol(map.graph[e].kind))
                ++joined[{boost::target(e, map.graph), symbol}];
        const auto joined_again = [&](Vertex to, EdgeKind kind) { return joined[{to, outgoing_symbol(kind)}] > 1; };
        for (EdgeId e : boost::make_iterator_range(boost::out_edges(v, map.graph))) {
            const Vertex target = boost::target(e, map.graph);
            const Node& to = map.graph[target];
            if (!is_statement(to.kind)) continue;
            switch (map.graph[e].kind) {
                case EdgeKind::Entails:
                    declare("entails", to.title);
                    break;
                case EdgeKind::Contrary:
                    declare("contrary", to.title);
                    break;
                case EdgeKind::Support:
                    if (joined_again(target, EdgeKind::Support)) declare("supports", to.title);
                    break;
                case EdgeKind::Attack:
                    if (joined_again(target, EdgeKind::Attack)) declare("attacks", to.title);
                    break;
                default:
                    break;
            }
        }
    }
    if (node.kind == NodeKind::Argument && !node.pcs.empty() && node.pcs.back().role == PcsMember::Role::Premise)
        for (const PcsMember& member : node.pcs) declare("premises", member.title);
}

void write_statement(std::ostream& out, const ArgumentMap& map, Vertex v) {
    const Node& node = map.graph[v];
    auto [tags, metadata] = typed_annotations(node);
    declare_kinds(map, v, metadata);
    const std::string extra = annotations(node, tags, metadata);
    if (node.texts.empty()) {
        out << statement_ref(node) << extra << "\n\n";
        return;
    }
    // One definition per text: Argdown gathers them into one equivalence class again.
    for (std::size_t i = 0; i < node.texts.size(); ++i)
        out << statement_ref(node) << ": " << escape_text(node.texts[i], tags) << (i == 0 ? extra : "") << "\n\n";
}

bool has_conclusion(const Node& argument) {
    return std::any_of(argument.pcs.begin(), argument.pcs.end(),
                       [](const PcsMember& m) { return m.role != PcsMember::Role::Premise; });
}

// The inference line above a conclusion: its rules and metadata, or the bare line.
std::string inference_line(const PcsMember& member) {
    if (member.inference_rules.empty() && member.inference_metadata.empty()) return "----\n";
    std::string text;
    for (const std::string& rule : member.inference_rules) text += (text.empty() ? "" : ", ") + rule;
    if (!member.inference_metadata.empty())
        text += (text.empty() ? "" : " ") + formats::flow_metadata(member.inference_metadata);
    return "--\n" + inference_text(text) + "\n--\n";
}

// An undercut of an inference other than the last is written under that inference line (a
// relation of the argument would hit the last one); write_relations() leaves it out.
bool undercuts_inner_inference(const ArgumentMap& map, EdgeId e) {
    const Edge& edge = map.graph[e];
    const Node& target = map.graph[boost::target(e, map.graph)];
    return edge.kind == EdgeKind::Undercut && edge.inference >= 0 &&
           static_cast<std::size_t>(edge.inference) + 1 < target.pcs.size();
}

void write_pcs(std::ostream& out, const ArgumentMap& map, Vertex v) {
    const Node& argument = map.graph[v];
    int number = 1;
    for (std::size_t i = 0; i < argument.pcs.size(); ++i) {
        const PcsMember& member = argument.pcs[i];
        if (member.role != PcsMember::Role::Premise) {
            out << inference_line(member);
            for (EdgeId e : boost::make_iterator_range(boost::in_edges(v, map.graph)))
                if (undercuts_inner_inference(map, e) && static_cast<std::size_t>(map.graph[e].inference) == i)
                    out << "    <_ " << reference(map.graph[boost::source(e, map.graph)]) << "\n";
        }
        out << "(" << number++ << ") [" << clean_title(member.title, '[', ']') << "]\n";
    }
    out << "\n";
}

void write_argument(std::ostream& out, const ArgumentMap& map, Vertex v) {
    const Node& node = map.graph[v];
    auto [tags, metadata] = typed_annotations(node);
    declare_kinds(map, v, metadata);
    const std::string extra = annotations(node, tags, metadata);
    out << argument_ref(node);
    if (!node.texts.empty()) out << ": " << escape_text(node.texts.front(), tags);
    out << extra << "\n\n";
    for (std::size_t i = 1; i < node.texts.size(); ++i) out << argument_ref(node) << ": " << escape_text(node.texts[i], tags) << "\n\n";
    if (has_conclusion(node)) {
        write_pcs(out, map, v);
        return;
    }
    if (node.pcs.empty()) return;
    out << argument_ref(node) << "\n";
    for (const PcsMember& member : node.pcs) out << "  + [" << clean_title(member.title, '[', ']') << "]\n";
    out << "\n";
}

// Relations a PCS already states: a premise supporting its own argument, the argument
// supporting its own conclusion.
bool stated_by_pcs(const ArgumentMap& map, Vertex from, Vertex to, EdgeKind kind) {
    if (kind != EdgeKind::Support) return false;
    const Node& a = map.graph[from];
    const Node& b = map.graph[to];
    auto in_pcs = [](const Node& argument, const std::string& title, bool premise) {
        return std::any_of(argument.pcs.begin(), argument.pcs.end(), [&](const PcsMember& m) {
            return m.title == title && (m.role == PcsMember::Role::Premise) == premise;
        });
    };
    if (b.kind == NodeKind::Argument && is_statement(a.kind)) return in_pcs(b, a.title, true);
    if (a.kind == NodeKind::Argument && is_statement(b.kind)) return in_pcs(a, b.title, false);
    return false;
}

// Each pair's relation once: Argdown would merge a second one, and declare_kinds() says how
// many edges it stands for.
void write_relations(std::ostream& out, const ArgumentMap& map) {
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph))) {
        std::string lines;
        std::set<std::pair<std::string_view, Vertex>> written;
        for (EdgeId e : boost::make_iterator_range(boost::out_edges(v, map.graph))) {
            const Vertex to = boost::target(e, map.graph);
            const EdgeKind kind = map.graph[e].kind;
            const char* symbol = outgoing_symbol(kind);
            if (!symbol || stated_by_pcs(map, v, to, kind) || undercuts_inner_inference(map, e)) continue;
            if (!written.insert({symbol, to}).second) continue;
            lines += std::string("  ") + symbol + " " + reference(map.graph[to]) + "\n";
        }
        if (!lines.empty()) out << reference(map.graph[v]) << "\n" << lines << "\n";
    }
}

bool written_as_statement(const Node& node) {
    return is_statement(node.kind) && !(node.kind == NodeKind::Source && node.implicit);
}

// The statements, then the arguments, first defined in one section ("" for none).
// Each section's vertices in the map's order, found in one pass: an essay drafted one paragraph
// a line has as many sections as lines, and a scan of every vertex per section was quadratic
// (a 2 MB text: 10^10 comparisons).
using VerticesBySection = std::unordered_map<std::string, std::vector<Vertex>>;

VerticesBySection vertices_by_section(const ArgumentMap& map) {
    VerticesBySection out;
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph))) out[map.graph[v].section].push_back(v);
    return out;
}

void write_definitions(std::ostream& out, const ArgumentMap& map, const VerticesBySection& sections, const std::string& section) {
    const auto it = sections.find(section);
    if (it == sections.end()) return;
    for (Vertex v : it->second)
        if (written_as_statement(map.graph[v])) write_statement(out, map, v);
    for (Vertex v : it->second)
        if (map.graph[v].kind == NodeKind::Argument) write_argument(out, map, v);
}

// Front matter `group: regroup:` makes the sections itself; headings would add a second set.
bool sections_from_front_matter(const ArgumentMap& map) {
    auto it = map.front_matter.lower_bound("group.regroup");
    return it != map.front_matter.end() && it->first.starts_with("group.regroup");
}

}  // namespace

std::string export_argdown(const ArgumentMap& map) {
    std::ostringstream out;
    const std::string front_matter = formats::front_matter_yaml(map);
    if (!front_matter.empty()) out << "===\n" << front_matter << "\n===\n\n";
    const bool headings = !sections_from_front_matter(map);
    const VerticesBySection by_section = vertices_by_section(map);
    write_definitions(out, map, by_section, "");
    for (const Section& section : map.sections) {
        if (!headings) {
            write_definitions(out, map, by_section, section.id);
            continue;
        }
        out << std::string(static_cast<std::size_t>(std::max(section.level, 1)), '#') << " " << escape_text(section.title)
            << "\n\n";
        write_definitions(out, map, by_section, section.id);
    }
    write_relations(out, map);
    std::string text = out.str();
    while (text.size() >= 2 && text[text.size() - 1] == '\n' && text[text.size() - 2] == '\n') text.pop_back();
    return text;
}

}  // namespace warrant
