// The evaluation format of a draft (docs/drafting.md): components with code-point offsets,
// relations by component id.
#include "warrant/draft.hpp"

#include <nlohmann/json.hpp>

namespace warrant {

std::string draft_components_json(const DraftResult& draft) {
    nlohmann::ordered_json components = nlohmann::ordered_json::array(), relations = nlohmann::ordered_json::array();
    for (const DraftComponent& c : draft.components) {
        components.push_back({{"id", c.id}, {"type", to_string(c.type)}, {"start", c.start}, {"end", c.end}});
        if (c.type == ComponentType::Claim) components.back()["stance"] = c.against ? "Against" : "For";
    }
    for (const DraftRelation& r : draft.relations)
        relations.push_back({{"from", r.from}, {"to", r.to}, {"type", r.attack ? "attacks" : "supports"}});
    return nlohmann::ordered_json{{"components", components}, {"relations", relations}}.dump(1) + "\n";
}

}  // namespace warrant
