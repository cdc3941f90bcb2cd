#include "draft/microtext_gold.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>

namespace warrant::draft {
namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

struct Relation {
    std::string source, target, type;
};

}  // namespace

std::optional<MicrotextGold> read_microtext_gold(std::string_view xml, std::string_view text) {
    pugi::xml_document document;
    if (!document.load_buffer(xml.data(), xml.size())) return std::nullopt;
    const pugi::xml_node root = document.child("arggraph");
    // EDUs are found in the text in order; part 2's reconstructed (implicit) central claims are
    // often appended in capitals (the prompt), and are found case-insensitively or left out.
    const std::string lower_text = lower(text);
    std::map<std::string, TextRange> edu_range;
    std::map<std::string, std::string> edu_of_adu_first;
    std::map<std::string, bool> opponent;
    std::vector<std::string> adu_order;
    std::vector<Relation> relations;
    std::size_t at = 0;
    for (pugi::xml_node element : root.children()) {
        const std::string name = element.name(), id = element.attribute("id").value();
        if (name == "edu") {
            const std::string edu = element.text().get();
            if (element.attribute("implicit").as_bool()) {
                if (const std::size_t found = lower_text.find(lower(edu)); found != std::string::npos && !edu.empty())
                    edu_range[id] = {found, found + edu.size()};
                continue;
            }
            const std::size_t found = text.find(edu, at);
            if (found == std::string_view::npos || edu.empty()) return std::nullopt;
            edu_range[id] = {found, found + edu.size()};
            at = found + edu.size();
        } else if (name == "adu") {
            adu_order.push_back(id);
            opponent[id] = std::string_view(element.attribute("type").value()) == "opp";
        } else if (name == "edge") {
            relations.push_back({element.attribute("src").value(), element.attribute("trg").value(), element.attribute("type").value()});
        }
    }
    // An ADU's range spans its EDUs.
    std::map<std::string, TextRange> adu_range;
    for (const Relation& seg : relations) {
        if (seg.type != "seg" || !edu_range.count(seg.source)) continue;
        const TextRange edu = edu_range[seg.source];
        auto [it, fresh] = adu_range.emplace(seg.target, edu);
        if (!fresh) it->second = {std::min(it->second.begin, edu.begin), std::max(it->second.end, edu.end)};
    }
    std::vector<std::string> ids;
    for (const std::string& id : adu_order)
        if (adu_range.count(id)) ids.push_back(id);
    std::sort(ids.begin(), ids.end(), [&](const std::string& a, const std::string& b) { return adu_range[a].begin < adu_range[b].begin; });
    MicrotextGold gold;
    std::map<std::string, std::size_t> unit_of;
    for (const std::string& id : ids) {
        unit_of[id] = gold.units.size();
        gold.units.push_back({adu_range[id], opponent[id]});
    }
    // A relation's id -> the relation; an undercut or an added premise points at a relation.
    std::map<std::string, const Relation*> by_id;
    std::size_t r = 0;
    for (pugi::xml_node element : root.children())
        if (std::string_view(element.name()) == "edge") by_id[element.attribute("id").value()] = &relations[r++];
    std::map<std::string, bool> is_source;
    for (const Relation& relation : relations) {
        if (relation.type == "seg") continue;
        is_source[relation.source] = true;
        // The unit the relation lands on, and whether it attacks it: an undercut attacks the
        // source of the relation it targets; an added premise lands where its relation does.
        const Relation* at_relation = &relation;
        std::string target = relation.target;
        bool attack = relation.type == "reb" || relation.type == "und";
        for (int hops = 0; hops < 8 && !adu_range.count(target) && by_id.count(target); ++hops) {
            const Relation* targeted = by_id[target];
            if (at_relation->type == "und") {
                target = targeted->source;
                attack = true;
            } else {
                at_relation = targeted;
                target = targeted->target;
                attack = targeted->type == "reb" || targeted->type == "und";
            }
        }
        if (unit_of.count(relation.source) && unit_of.count(target))
            gold.links.push_back({unit_of[relation.source], unit_of[target], attack});
    }
    for (const std::string& id : adu_order)
        if (!is_source[id] && unit_of.count(id)) gold.central = unit_of[id];
    return gold;
}

std::vector<std::string> microtext_files(const std::string& folder, std::string_view fold) {
    std::vector<std::string> paths;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        std::filesystem::path xml = entry.path();
        if (entry.path().extension() == ".txt" && std::filesystem::exists(xml.replace_extension(".xml")))
            paths.push_back(entry.path().string());
    }
    std::sort(paths.begin(), paths.end());
    if (fold == "all") return paths;
    // "dev" and "train" hold out the fifth fifth; "dev:K" and "train:K" the K-th (0-4), for
    // cross-validation over part 1.
    std::size_t held_out = 4;
    if ((fold.size() == 5 && fold[3] == ':') || (fold.size() == 7 && fold[5] == ':')) {
        const char k = fold.back();
        if (k < '0' || k > '4') return {};
        held_out = static_cast<std::size_t>(k - '0');
        fold = fold.substr(0, fold.size() - 2);
    }
    if (fold != "dev" && fold != "train") return {};
    std::vector<std::string> kept;
    for (std::size_t i = 0; i < paths.size(); ++i)
        if ((i % 5 == held_out) == (fold == "dev")) kept.push_back(paths[i]);
    return kept;
}

}  // namespace warrant::draft
