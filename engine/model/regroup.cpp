// Argdown's `group: regroup:` front matter: the map's sections are replaced by the groups it
// lists (ids s0, s1, ... as Argdown numbers them), each holding the statements and arguments
// it names. Nested groups are not supported.
#include "model/graph_builder.hpp"

namespace warrant::model {

void GraphBuilder::apply_regroup() {
    const std::map<std::string, std::string>& front = map_.front_matter;
    const std::string prefix = "group.regroup.";
    if (front.lower_bound(prefix) == front.end() || !front.lower_bound(prefix)->first.starts_with(prefix)) return;
    map_.sections.clear();
    for (Entry& entry : statements_) entry.node.section.clear();
    for (Entry& entry : arguments_) entry.node.section.clear();
    for (int group = 0;; ++group) {
        const std::string key = prefix + std::to_string(group) + ".";
        auto title = front.find(key + "title");
        if (title == front.end()) break;
        Section section;
        section.id = "s" + std::to_string(group);
        section.title = title->second;
        for (const char* list : {"statements.", "arguments."}) {
            const bool statements = list[0] == 's';
            for (int i = 0;; ++i) {
                auto member = front.find(key + list + std::to_string(i));
                if (member == front.end()) break;
                auto& index = statements ? statement_index_ : argument_index_;
                auto found = index.find(member->second);
                if (found != index.end()) (statements ? statements_ : arguments_)[found->second].node.section = section.id;
            }
        }
        map_.sections.push_back(std::move(section));
    }
}

}  // namespace warrant::model
