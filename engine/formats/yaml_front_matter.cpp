// Unflattening: "sources.atwood.year" -> sources: {atwood: {year: …}}; "poles.0", "poles.1" ->
// a sequence. A map whose keys are exactly 0..n-1 was a sequence when it was flattened.
#include "formats/yaml_front_matter.hpp"
#include "text/ascii_case.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>

namespace warrant::formats {
namespace {

struct Tree {
    std::string value;
    std::map<std::string, Tree> children;
};

void insert(Tree& root, std::string_view key, const std::string& value) {
    Tree* node = &root;
    while (true) {
        const std::size_t dot = key.find('.');
        node = &node->children[std::string(key.substr(0, dot))];
        if (dot == std::string_view::npos) break;
        key.remove_prefix(dot + 1);
    }
    node->value = value;
}

bool is_number(const std::string& text) {
    return !text.empty() && text.size() < 9 &&
           std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

bool is_sequence(const Tree& tree) {
    for (std::size_t i = 0; i < tree.children.size(); ++i)
        if (!tree.children.count(std::to_string(i))) return false;
    return std::all_of(tree.children.begin(), tree.children.end(), [](const auto& child) { return is_number(child.first); });
}

YAML::Node to_yaml(const Tree& tree) {
    if (tree.children.empty()) return YAML::Node(tree.value);
    YAML::Node node;
    if (is_sequence(tree)) {
        for (std::size_t i = 0; i < tree.children.size(); ++i) node.push_back(to_yaml(tree.children.at(std::to_string(i))));
        return node;
    }
    for (const auto& [key, child] : tree.children) node[key] = to_yaml(child);
    return node;
}

Tree tree_of(const std::map<std::string, std::string>& flat) {
    Tree root;
    for (const auto& [key, value] : flat) insert(root, key, value);
    return root;
}

bool has_prefix(const std::map<std::string, std::string>& flat, const std::string& key) {
    auto it = flat.lower_bound(key);
    return it != flat.end() && (it->first == key || it->first.starts_with(key + "."));
}

// A scalar yaml-cpp writes plain, as it is: ASCII letters, digits, '_', '-', '.', parentheses and
// single spaces inside, starting with a letter, a digit or '(' ("Premise", "1550", "(Atwood
// 23)"), never one of the words YAML reads as a null or a boolean. The emitter decides this
// with regular expressions for each scalar, which was a third of drafting an essay (every
// drafted node carries {component, start, end}, every piece of evidence {cited: (Atwood 23)});
// metadata of these words skips it, anything else goes through it.
bool plain_scalar(std::string_view text) {
    if (text.empty() || text.size() > 64 || text.back() == ' ') return false;
    if (!std::isalnum(static_cast<unsigned char>(text[0])) && text[0] != '(') return false;
    auto allowed = [](unsigned char c) { return std::isalnum(c) || c == '_' || c == '-' || c == '.' || c == '(' || c == ')' || c == ' '; };
    if (!std::all_of(text.begin(), text.end(), allowed) || text.find("  ") != std::string_view::npos) return false;
    const std::string lower = text::lowercase(text);
    static constexpr std::string_view special[] = {"null", "true", "false", "yes", "no", "on", "off", "y", "n"};
    return std::find(std::begin(special), std::end(special), lower) == std::end(special);
}

// A key of one word: a dotted key ("premises.0") is a path into nested metadata, which the
// emitter writes as a nested mapping or list.
bool plain_key(std::string_view key) {
    return plain_scalar(key) && std::all_of(key.begin(), key.end(), [](unsigned char c) { return std::isalnum(c) || c == '_' || c == '-'; });
}

}  // namespace

std::string front_matter_yaml(const ArgumentMap& map) {
    std::map<std::string, std::string> flat = map.front_matter;
    if (!has_prefix(flat, "poles"))
        for (std::size_t i = 0; i < map.poles.size(); ++i) flat["poles." + std::to_string(i)] = map.poles[i];
    if (!has_prefix(flat, "sources"))
        for (const SourceEntry& source : map.sources) {
            const std::string prefix = "sources." + source.key + ".";
            if (!source.author.empty()) flat[prefix + "author"] = source.author;
            if (!source.work.empty()) flat[prefix + "work"] = source.work;
            if (!source.year.empty()) flat[prefix + "year"] = source.year;
            if (source.author.empty() && source.work.empty() && source.year.empty()) flat["sources." + source.key] = "";
        }
    if (flat.empty()) return {};
    YAML::Emitter out;
    out << to_yaml(tree_of(flat));
    return out.c_str();
}

std::string flow_metadata(const std::map<std::string, std::string>& flat) {
    if (std::all_of(flat.begin(), flat.end(), [](const auto& entry) { return plain_key(entry.first) && plain_scalar(entry.second); })) {
        std::string out = "{";
        for (const auto& [key, value] : flat) out += (out.size() > 1 ? ", " : "") + key + ": " + value;
        return out + "}";
    }
    YAML::Emitter out;
    out << YAML::Flow << to_yaml(tree_of(flat));
    return out.c_str();
}

}  // namespace warrant::formats
