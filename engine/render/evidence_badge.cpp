// evidence_badge(): a folded claim's evidence in one line, grouped by whom it cites.
#include "render/folded_view.hpp"

#include <algorithm>
#include <cstdlib>

namespace warrant::render {
namespace {

// "Kazuo Ishiguro" -> "Ishiguro"; "Leona Toker and Daniel Chertoff" -> "Toker & Chertoff".
std::string surnames(const std::string& author) {
    std::string out;
    std::size_t start = 0;
    while (start <= author.size()) {
        std::size_t end = author.find(" and ", start);
        if (end == std::string::npos) end = author.size();
        const std::string one = author.substr(start, end - start);
        const std::size_t space = one.rfind(' ');
        out += (out.empty() ? "" : " & ") + (space == std::string::npos ? one : one.substr(space + 1));
        start = end + 5;
    }
    return out;
}

// Whom the evidence names: the source's author; "Proclus Lycaeus via Wear" where the
// bibliography's `reports:` says the source reports someone else's words.
std::string cited_name(const ArgumentMap& map, const Node& evidence) {
    if (evidence.source.empty()) return "uncited";
    const SourceEntry* entry = map.find_source(evidence.source);
    const std::string author = entry != nullptr && !entry->author.empty() ? surnames(entry->author) : evidence.source;
    const auto reports = map.front_matter.find("sources." + evidence.source + ".reports");
    if (reports == map.front_matter.end()) return author;
    return reports->second.substr(0, reports->second.find(',')) + " via " + author;
}

bool quotes(const Node& evidence) {
    for (const std::string& text : evidence.texts)
        if (text.find("\xE2\x80\x9C") != std::string::npos || text.find('"') != std::string::npos) return true;
    return false;
}

long first_number(const std::string& page) { return std::strtol(page.c_str(), nullptr, 10); }

std::string cited_badge(const ArgumentMap& map, const std::vector<Vertex>& evidence) {
    std::vector<std::pair<std::string, std::vector<std::string>>> by_name;  // in order of first citation
    bool all_quotations = true;
    for (Vertex v : evidence) {
        const Node& node = map.graph[v];
        all_quotations = all_quotations && quotes(node);
        const std::string name = cited_name(map, node);
        auto group = std::find_if(by_name.begin(), by_name.end(), [&](const auto& g) { return g.first == name; });
        if (group == by_name.end()) group = by_name.insert(by_name.end(), {name, {}});
        if (!node.page.empty() && std::find(group->second.begin(), group->second.end(), node.page) == group->second.end())
            group->second.push_back(node.page);
    }
    const std::string noun = all_quotations ? "quotation" : "citation";
    std::string badge = std::to_string(evidence.size()) + " " + noun + (evidence.size() == 1 ? "" : "s") + ":";
    // A slide has room for the three names cited most and four pages each; the tooltip and
    // --evidence show have the rest.
    std::stable_sort(by_name.begin(), by_name.end(),
                     [](const auto& a, const auto& b) { return a.second.size() > b.second.size(); });
    constexpr std::size_t kNames = 3, kPages = 4;
    for (std::size_t i = 0; i < by_name.size(); ++i) {
        if (i == kNames) {
            badge += "; \xE2\x80\xA6";
            break;
        }
        auto& [name, pages] = by_name[i];
        std::stable_sort(pages.begin(), pages.end(),
                         [](const std::string& a, const std::string& b) { return first_number(a) < first_number(b); });
        badge += (i == 0 ? " " : "; ") + name;
        for (std::size_t p = 0; p < pages.size() && p < kPages; ++p) badge += (p == 0 ? " " : ", ") + pages[p];
        if (pages.size() > kPages) badge += " \xE2\x80\xA6";
    }
    return badge;
}

}  // namespace

std::string evidence_badge(const ArgumentMap& map, const std::vector<Vertex>& evidence) {
    // The writer's own examples cite nobody: counted apart, never "uncited".
    std::vector<Vertex> cited;
    std::size_t examples = 0;
    for (Vertex v : evidence) {
        if (map.graph[v].example) ++examples;
        else cited.push_back(v);
    }
    std::string badge = cited.empty() ? "" : cited_badge(map, cited);
    if (examples > 0) badge += (badge.empty() ? "" : "; ") + std::to_string(examples) + (examples == 1 ? " example" : " examples");
    return badge;
}

}  // namespace warrant::render
