// The Hungarian method for maximum-weight assignment (engine/analysis/assignment.hpp).
#include "analysis/assignment.hpp"

#include <algorithm>
#include <limits>

namespace warrant::analysis {
namespace {

// Minimum-cost assignment of every one of n rows to distinct columns of m >= n, by shortest
// augmenting paths with row and column potentials. cost(i, j) for 0-based i, j. Returns the
// row of each column (or n when free).
template <typename Cost>
std::vector<std::size_t> assign_rows(std::size_t n, std::size_t m, Cost cost) {
    const double infinity = std::numeric_limits<double>::infinity();
    std::vector<double> u(n + 1, 0), v(m + 1, 0);
    std::vector<std::size_t> row_of(m + 1, 0), way(m + 1, 0);  // 1-based rows, 0 = free
    for (std::size_t i = 1; i <= n; ++i) {
        row_of[0] = i;
        std::size_t j0 = 0;
        std::vector<double> least(m + 1, infinity);
        std::vector<bool> used(m + 1, false);
        do {
            used[j0] = true;
            const std::size_t i0 = row_of[j0];
            double delta = infinity;
            std::size_t j1 = 0;
            for (std::size_t j = 1; j <= m; ++j) {
                if (used[j]) continue;
                const double reduced = cost(i0 - 1, j - 1) - u[i0] - v[j];
                if (reduced < least[j]) {
                    least[j] = reduced;
                    way[j] = j0;
                }
                if (least[j] < delta) {
                    delta = least[j];
                    j1 = j;
                }
            }
            for (std::size_t j = 0; j <= m; ++j) {
                if (used[j]) {
                    u[row_of[j]] += delta;
                    v[j] -= delta;
                } else {
                    least[j] -= delta;
                }
            }
            j0 = j1;
        } while (row_of[j0] != 0);
        do {
            const std::size_t j1 = way[j0];
            row_of[j0] = row_of[j1];
            j0 = j1;
        } while (j0 != 0);
    }
    std::vector<std::size_t> result(m, n);
    for (std::size_t j = 1; j <= m; ++j)
        if (row_of[j] != 0) result[j - 1] = row_of[j] - 1;
    return result;
}

}  // namespace

std::vector<std::optional<std::size_t>> max_weight_assignment(const std::vector<double>& weights, std::size_t rows,
                                                              std::size_t columns) {
    std::vector<std::optional<std::size_t>> column_of(rows);
    if (rows == 0 || columns == 0) return column_of;
    double top = 0;
    for (double w : weights) top = std::max(top, w);
    // Minimizing (top - weight) maximizes the weight; the smaller side is the one assigned in full.
    if (rows <= columns) {
        auto rows_of = assign_rows(rows, columns, [&](std::size_t i, std::size_t j) { return top - weights[i * columns + j]; });
        for (std::size_t j = 0; j < columns; ++j)
            if (rows_of[j] < rows && weights[rows_of[j] * columns + j] > 0) column_of[rows_of[j]] = j;
    } else {
        auto columns_of = assign_rows(columns, rows, [&](std::size_t i, std::size_t j) { return top - weights[j * columns + i]; });
        for (std::size_t r = 0; r < rows; ++r)
            if (columns_of[r] < columns && weights[r * columns + columns_of[r]] > 0) column_of[r] = columns_of[r];
    }
    return column_of;
}

}  // namespace warrant::analysis
