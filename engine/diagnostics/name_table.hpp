// Enum <-> name tables (private to the engine; in the lowest stage because every stage names
// its values, findings included): one constexpr array of (value, name) pairs per
// enum, read both ways, so a name is spelled in exactly one place.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace warrant::names {

template <typename Value, std::size_t N>
using NameTable = std::array<std::pair<Value, std::string_view>, N>;

// The value's name, or "?" for a value missing from the table.
template <typename Value, std::size_t N>
std::string_view name_of(const NameTable<Value, N>& names, Value value) {
    for (const auto& [v, name] : names)
        if (v == value) return name;
    return "?";
}

template <typename Value, std::size_t N>
std::optional<Value> value_named(const NameTable<Value, N>& names, std::string_view wanted) {
    for (const auto& [v, name] : names)
        if (name == wanted) return v;
    return std::nullopt;
}

}  // namespace warrant::names
