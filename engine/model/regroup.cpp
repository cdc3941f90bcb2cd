// Argdown's `group: regroup:` front matter: the map's sections are replaced by the groups it
// lists, each holding the statements and arguments it names, nested through `children:` to any
// depth. Ids and levels are Argdown 1.7's: the i-th top group is s<i> at level 1, and the i-th
// child of a group numbered n is s<n + 1 + i> one level deeper (so ids can repeat, as there).
#include "model/graph_builder.hpp"

namespace warrant::model {

void GraphBuilder::apply_regroup() {
    const std::map<std::string, std::string>& front = map_.front_matter;
    const std::string prefix = "group.regroup.";
    if (front.lower_bound(prefix) == front.end() || !front.lower_bound(prefix)->first.starts_with(prefix)) return;
    map_.sections.clear();
    for (Entry& entry : statements_) node_of(entry).section.clear();
    for (Entry& entry : arguments_) node_of(entry).section.clear();
    struct Group {
        std::string key;     // flattened key prefix of the group's settings, with its '.'
        int number;          // the n of its id s<n>
        int level;
        std::string parent;  // the enclosing group's id, or ""
    };
    // Depth first, children in order (pushed in reverse), so a group precedes its children.
    std::vector<Group> pending;
    const auto push_list = [&](const std::string& list, int first_number, int level, const std::string& parent) {
        int count = 0;
        while (front.lower_bound(list + std::to_string(count) + ".") != front.end() &&
               front.lower_bound(list + std::to_string(count) + ".")->first.starts_with(list + std::to_string(count) + "."))
            ++count;
        for (int i = count; i-- > 0;) pending.push_back({list + std::to_string(i) + ".", first_number + i, level, parent});
    };
    push_list(prefix, 0, 1, "");
    while (!pending.empty()) {
        const Group group = std::move(pending.back());
        pending.pop_back();
        Section section;
        section.id = "s" + std::to_string(group.number);
        section.level = group.level;
        section.parent = group.parent;
        if (auto title = front.find(group.key + "title"); title != front.end()) section.title = title->second;
        for (const char* list : {"statements.", "arguments."}) {
            const bool statements = list[0] == 's';
            for (int i = 0;; ++i) {
                auto member = front.find(group.key + list + std::to_string(i));
                if (member == front.end()) break;
                if (auto found = find_entry(statements, member->second))
                    node_of((statements ? statements_ : arguments_)[*found]).section = section.id;
            }
        }
        push_list(group.key + "children.", group.number + 1, group.level + 1, section.id);
        map_.sections.push_back(std::move(section));
    }
}

}  // namespace warrant::model
