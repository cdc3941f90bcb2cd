// Names of labels and semantics, and the two defining checks of Dung (1995), Def. 5-6.
#include "diagnostics/name_table.hpp"
#include "warrant/semantics.hpp"

#include <algorithm>

namespace warrant {
namespace {

constexpr names::NameTable<Label, 3> kLabelNames{{{Label::In, "IN"}, {Label::Out, "OUT"}, {Label::Undec, "UNDEC"}}};

constexpr names::NameTable<Semantics, 5> kSemanticsNames{{
    {Semantics::Grounded, "grounded"},
    {Semantics::Complete, "complete"},
    {Semantics::Preferred, "preferred"},
    {Semantics::Stable, "stable"},
    {Semantics::SemiStable, "semi-stable"},
}};

std::vector<bool> membership(const Framework& framework, const Extension& extension) {
    std::vector<bool> member(framework.size(), false);
    for (ArgumentId a : extension) member[a] = true;
    return member;
}

}  // namespace

std::string_view to_string(Label label) { return names::name_of(kLabelNames, label); }

std::string_view to_string(Semantics semantics) { return names::name_of(kSemanticsNames, semantics); }

std::optional<Semantics> semantics_from_string(std::string_view name) {
    return names::value_named(kSemanticsNames, name);
}

bool is_conflict_free(const Framework& framework, const Extension& extension) {
    std::vector<bool> member = membership(framework, extension);
    return std::none_of(extension.begin(), extension.end(), [&](ArgumentId a) {
        auto targets = framework.targets(a);
        return std::any_of(targets.begin(), targets.end(), [&](ArgumentId t) { return member[t]; });
    });
}

// Admissible: conflict-free, and every attacker of a member is attacked by some member.
bool is_admissible(const Framework& framework, const Extension& extension) {
    if (!is_conflict_free(framework, extension)) return false;
    std::vector<bool> member = membership(framework, extension);
    std::vector<bool> attacked_by_member(framework.size(), false);
    for (ArgumentId a : extension)
        for (ArgumentId t : framework.targets(a)) attacked_by_member[t] = true;
    return std::all_of(extension.begin(), extension.end(), [&](ArgumentId a) {
        auto attackers = framework.attackers(a);
        return std::all_of(attackers.begin(), attackers.end(), [&](ArgumentId b) { return attacked_by_member[b]; });
    });
}

}  // namespace warrant
