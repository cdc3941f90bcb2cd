// Small frameworks written by argument names, and extensions read back as names.
#pragma once

#include "warrant/semantics.hpp"

#include <string>
#include <utility>
#include <vector>

namespace warrant::test {

using Names = std::vector<std::string>;

// Arguments are the single letters a, b, c, ... up to `count`.
inline Framework letters(std::size_t count, const std::vector<std::pair<char, char>>& attacks) {
    Names names;
    for (std::size_t i = 0; i < count; ++i) names.push_back(std::string(1, static_cast<char>('a' + i)));
    std::vector<Attack> list;
    for (auto [from, to] : attacks) list.push_back({static_cast<ArgumentId>(from - 'a'), static_cast<ArgumentId>(to - 'a')});
    return Framework::from_attacks(count, list, names);
}

inline Names names_of(const Framework& framework, const Extension& extension) {
    Names names;
    for (ArgumentId a : extension) names.push_back(framework.name(a));
    return names;
}

inline std::vector<Names> names_of(const Framework& framework, const std::vector<Extension>& extensions) {
    std::vector<Names> all;
    for (const Extension& extension : extensions) all.push_back(names_of(framework, extension));
    return all;
}

inline std::vector<Names> all_extensions(const Framework& framework, Semantics semantics) {
    return names_of(framework, enumerate_extensions(framework, semantics));
}

}  // namespace warrant::test
