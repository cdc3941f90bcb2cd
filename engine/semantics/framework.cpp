// The framework's compressed adjacency: built once by counting sort, read-only afterwards.
#include "warrant/semantics.hpp"

#include <charconv>
#include <stdexcept>

namespace warrant {
namespace {

// Fills `offsets` (size n+1) and `column` so that row r lists column values in input order.
template <typename RowOf, typename ColumnOf>
void build_rows(std::size_t n, const std::vector<Attack>& attacks, RowOf row_of, ColumnOf column_of,
                std::vector<std::uint32_t>& offsets, std::vector<ArgumentId>& column) {
    offsets.assign(n + 1, 0);
    bool sorted = true;
    for (std::size_t i = 0; i < attacks.size(); ++i) {
        ++offsets[row_of(attacks[i]) + 1];
        sorted = sorted && (i == 0 || row_of(attacks[i - 1]) <= row_of(attacks[i]));
    }
    for (std::size_t i = 0; i < n; ++i) offsets[i + 1] += offsets[i];
    column.resize(attacks.size());
    if (sorted) {  // files list attacks by attacker: the rows are already in place
        for (std::size_t i = 0; i < attacks.size(); ++i) column[i] = column_of(attacks[i]);
        return;
    }
    std::vector<std::uint32_t> next(offsets.begin(), offsets.end() - 1);
    for (const Attack& attack : attacks) column[next[row_of(attack)]++] = column_of(attack);
}

}  // namespace

Framework Framework::from_attacks(std::size_t argument_count, const std::vector<Attack>& attacks,
                                  std::vector<std::string> names) {
    if (attacks.size() >= (std::size_t{1} << 32)) throw std::length_error("more than 2^32 attacks");
    if (!names.empty() && names.size() != argument_count) throw std::invalid_argument("one name per argument");
    Framework framework;
    framework.argument_count_ = argument_count;
    build_rows(argument_count, attacks, [](const Attack& a) { return a.to; }, [](const Attack& a) { return a.from; },
               framework.attacker_offsets_, framework.attackers_);
    build_rows(argument_count, attacks, [](const Attack& a) { return a.from; }, [](const Attack& a) { return a.to; },
               framework.target_offsets_, framework.targets_);
    framework.names_ = std::move(names);
    return framework;
}

std::string Framework::name(ArgumentId a) const {
    return names_.empty() ? std::to_string(std::uint64_t{a} + 1) : names_[a];
}

std::optional<ArgumentId> Framework::find(std::string_view wanted) const {
    if (names_.empty()) {
        std::uint64_t number = 0;
        auto [end, error] = std::from_chars(wanted.data(), wanted.data() + wanted.size(), number);
        if (error != std::errc() || end != wanted.data() + wanted.size() || number == 0 || number > argument_count_)
            return std::nullopt;
        return static_cast<ArgumentId>(number - 1);
    }
    for (std::size_t i = 0; i < names_.size(); ++i)
        if (names_[i] == wanted) return static_cast<ArgumentId>(i);
    return std::nullopt;
}

}  // namespace warrant
