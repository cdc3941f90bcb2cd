#include "draft/spanning_arborescence.hpp"

#include <algorithm>

namespace warrant::draft {
namespace {

// The nodes of a cycle among the parents, or none.
std::vector<std::size_t> find_cycle(const std::vector<long>& parent) {
    const std::size_t n = parent.size();
    std::vector<int> state(n, 0);  // 0 unseen, 1 on the current path, 2 done
    for (std::size_t start = 0; start < n; ++start) {
        std::vector<std::size_t> path;
        long at = static_cast<long>(start);
        while (at >= 0 && state[static_cast<std::size_t>(at)] == 0) {
            state[static_cast<std::size_t>(at)] = 1;
            path.push_back(static_cast<std::size_t>(at));
            at = parent[static_cast<std::size_t>(at)];
        }
        if (at >= 0 && state[static_cast<std::size_t>(at)] == 1) {
            const auto from = std::find(path.begin(), path.end(), static_cast<std::size_t>(at));
            return {from, path.end()};
        }
        for (std::size_t node : path) state[node] = 2;
    }
    return {};
}

}  // namespace

std::vector<long> maximum_arborescence(const std::vector<std::vector<double>>& score, std::size_t root) {
    const std::size_t n = score.size();
    std::vector<long> parent(n, -1);
    for (std::size_t v = 0; v < n; ++v) {
        if (v == root) continue;
        double best = kNoArc;
        for (std::size_t u = 0; u < n; ++u)
            if (u != v && score[u][v] > best) {
                best = score[u][v];
                parent[v] = static_cast<long>(u);
            }
    }
    const std::vector<std::size_t> cycle = find_cycle(parent);
    if (cycle.empty()) return parent;

    // Contract the cycle into one node c: an arc into the cycle at v is worth its score minus
    // the cycle arc it replaces (v's parent in the cycle); an arc out of the cycle is the best
    // of its members'. Solve the smaller graph, then open the cycle where the tree enters it.
    std::vector<bool> in_cycle(n, false);
    for (std::size_t v : cycle) in_cycle[v] = true;
    std::vector<long> renamed(n, -1);
    std::vector<std::size_t> original;  // contracted index -> node (c is last)
    for (std::size_t v = 0; v < n; ++v)
        if (!in_cycle[v]) {
            renamed[v] = static_cast<long>(original.size());
            original.push_back(v);
        }
    const std::size_t c = original.size(), m = c + 1;
    std::vector<std::vector<double>> contracted(m, std::vector<double>(m, kNoArc));
    std::vector<std::size_t> enters(m, 0), leaves(m, 0);  // best cycle node entered from u; best cycle node leaving to v
    for (std::size_t u = 0; u < n; ++u)
        for (std::size_t v = 0; v < n; ++v) {
            if (u == v || score[u][v] == kNoArc) continue;
            if (!in_cycle[u] && !in_cycle[v]) {
                contracted[static_cast<std::size_t>(renamed[u])][static_cast<std::size_t>(renamed[v])] = score[u][v];
            } else if (!in_cycle[u]) {
                const double gain = score[u][v] - score[static_cast<std::size_t>(parent[v])][v];
                const auto cu = static_cast<std::size_t>(renamed[u]);
                if (gain > contracted[cu][c]) {
                    contracted[cu][c] = gain;
                    enters[cu] = v;
                }
            } else if (!in_cycle[v]) {
                const auto cv = static_cast<std::size_t>(renamed[v]);
                if (score[u][v] > contracted[c][cv]) {
                    contracted[c][cv] = score[u][v];
                    leaves[cv] = u;
                }
            }
        }
    const std::vector<long> solved = maximum_arborescence(contracted, static_cast<std::size_t>(renamed[root]));
    std::vector<long> result = parent;  // the cycle's own arcs, but for the one opened below
    for (std::size_t cv = 0; cv < c; ++cv) {
        if (solved[cv] < 0) {
            result[original[cv]] = -1;
            continue;
        }
        const auto head = static_cast<std::size_t>(solved[cv]);
        result[original[cv]] = static_cast<long>(head == c ? leaves[cv] : original[head]);
    }
    if (solved[c] >= 0) {
        const auto head = static_cast<std::size_t>(solved[c]);
        result[enters[head]] = static_cast<long>(original[head]);
    } else {
        for (std::size_t v : cycle) result[v] = -1;  // unreachable from the root
    }
    return result;
}

}  // namespace warrant::draft
