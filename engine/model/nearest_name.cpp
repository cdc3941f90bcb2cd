// Folded edit distance for "did you mean" suggestions (see nearest_name.hpp).
#include "model/nearest_name.hpp"

#include <algorithm>

namespace warrant::model {
namespace {

// U+00C0..U+00FF as base letters; '\0' where the character has none (×, ÷).
constexpr char kLatin1Base[] =
    "aaaaaaaceeeeiiii"  // ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ
    "dnooooo\0ouuuuyts"  // ÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß
    "aaaaaaaceeeeiiii"  // àáâãäåæçèéêëìíîï
    "dnooooo\0ouuuuyty";  // ðñòóôõö÷øùúûüýþÿ

std::size_t allowed_edits(std::size_t length) {
    if (length <= 3) return 0;
    if (length <= 6) return 1;
    if (length <= 12) return 2;
    return 3;
}

}  // namespace

std::string fold_name(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto byte = static_cast<unsigned char>(name[i]);
        if (byte >= 'A' && byte <= 'Z') {
            out += static_cast<char>(byte - 'A' + 'a');
        } else if ((byte == 0xC3) && i + 1 < name.size()) {
            // U+00C0..U+00FF is 0xC3 0x80..0xBF in UTF-8.
            const auto next = static_cast<unsigned char>(name[i + 1]);
            const char base = next >= 0x80 && next <= 0xBF ? kLatin1Base[next - 0x80] : '\0';
            if (base != '\0') {
                out += base;
                ++i;
            } else {
                out += name[i];
            }
        } else {
            out += name[i];
        }
    }
    return out;
}

std::size_t typo_distance(std::string_view a, std::string_view b, std::size_t limit) {
    const std::size_t gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    if (gap > limit) return limit + 1;
    // Three rows of the optimal-string-alignment table.
    std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        std::size_t row_best = current[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
            row_best = std::min(row_best, current[j]);
        }
        if (row_best > limit) return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[b.size()], limit + 1);
}

std::optional<std::string> nearest_name(std::string_view written, const std::vector<std::string>& candidates) {
    const std::string wanted = fold_name(written);
    std::optional<std::string> best;
    std::size_t best_distance = 0;
    for (const std::string& candidate : candidates) {
        if (candidate == written) continue;
        const std::size_t limit = allowed_edits(std::max(wanted.size(), candidate.size()));
        const std::size_t distance = typo_distance(wanted, fold_name(candidate), limit);
        if (distance > limit || (best && distance >= best_distance)) continue;
        best = candidate;
        best_distance = distance;
    }
    return best;
}

}  // namespace warrant::model
