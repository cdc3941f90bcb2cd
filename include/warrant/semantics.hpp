// Formal semantics: which arguments of a map stand, by the standard definitions.
//
// A Framework is an abstract argumentation framework in the sense of Dung (1995): arguments
// 0..n-1 and an attack relation, nothing else. It is stored as two compressed sparse rows
// (attackers of each argument, targets of each argument) so that 5M arguments and 25M attacks
// fit in about 10 bytes per attack. derive_framework() makes one from the typed graph; the
// ICCMA readers (warrant/iccma.hpp) make one from a file.
//
// Semantics (Dung 1995; Baroni, Caminada & Giacomin 2011 for semi-stable and the labelling view):
//   grounded     the least complete extension, by linear-time queue labelling
//   complete     admissible and containing every argument it defends
//   preferred    maximal (by inclusion) complete / admissible extensions
//   stable       conflict-free and attacking every argument outside it
//   semi-stable  complete extensions with maximal range (extension plus what it attacks)
// The last four go through CaDiCaL with the labelling encoding of the ICCMA SAT solvers
// (Cerutti et al., ArgSemSAT; Niskanen & Järvisalo, mu-toksia), restricted to the arguments
// the grounded labelling leaves undecided.
//
// Bipolar mode (Cayrol & Lagasquie-Schiex 2005, 2013) turns supports into attacks:
//   supported attack:  a supports* b, b attacks c  =>  a attacks c
//   secondary attack:  c attacks a, a supports* b  =>  c attacks b
// Gradual semantics: the h-categoriser (Besnard & Hunter 2001) and DF-QuAD (Rago, Toni,
// Aurisicchio & Baroni 2016) on the quantitative bipolar graph.
//
// Threads: frameworks are values and the solvers keep no state between calls: safe from several
// threads at once, on one framework or many.
#pragma once

#include "warrant/model.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace warrant {

using ArgumentId = std::uint32_t;

struct Attack {
    ArgumentId from = 0;
    ArgumentId to = 0;
};

class Framework {
public:
    Framework() = default;

    // Builds the two adjacency arrays by counting sort. Attacks keep the order given within
    // each row; duplicates are kept (they change no semantics). `names` is either empty
    // (argument i is called "i+1", as in i23 files) or has one entry per argument.
    // Requires every id < argument_count and fewer than 2^32 attacks.
    static Framework from_attacks(std::size_t argument_count, const std::vector<Attack>& attacks,
                                  std::vector<std::string> names = {});

    std::size_t size() const { return argument_count_; }
    std::size_t attack_count() const { return targets_.size(); }

    // Arguments that attack `a`, and arguments `a` attacks.
    std::span<const ArgumentId> attackers(ArgumentId a) const {
        return {attackers_.data() + attacker_offsets_[a], attackers_.data() + attacker_offsets_[a + 1]};
    }
    std::span<const ArgumentId> targets(ArgumentId a) const {
        return {targets_.data() + target_offsets_[a], targets_.data() + target_offsets_[a + 1]};
    }

    std::string name(ArgumentId a) const;
    bool has_names() const { return !names_.empty(); }
    // By name; without names, by the 1-based number an i23 file uses. Linear in size().
    std::optional<ArgumentId> find(std::string_view name) const;

    // For frameworks derived from a map: the graph vertex of each argument.
    std::vector<Vertex> vertices;

private:
    std::size_t argument_count_ = 0;
    std::vector<std::uint32_t> attacker_offsets_{0};
    std::vector<ArgumentId> attackers_;
    std::vector<std::uint32_t> target_offsets_{0};
    std::vector<ArgumentId> targets_;
    std::vector<std::string> names_;
};

// ---- From the typed graph ---------------------------------------------------------------

enum class FrameworkMode {
    Dung,     // attacks only: Attack, Undercut, Contrary (one way), Contradictory (both ways)
    Bipolar,  // plus supported and secondary attacks through Support/Entails and pcs chains
};

// Arguments are the statement and argument nodes (sources are not arguments), in vertex
// order, named by title; an argument whose title a statement also has is named "<T>".
// Attacks are deduplicated and sorted.
Framework derive_framework(const ArgumentMap& map, FrameworkMode mode = FrameworkMode::Dung);

// ---- Dung semantics ---------------------------------------------------------------------

enum class Label : std::uint8_t { In, Out, Undec };
std::string_view to_string(Label label);  // "IN", "OUT", "UNDEC"

enum class Semantics { Grounded, Complete, Preferred, Stable, SemiStable };
std::string_view to_string(Semantics semantics);  // "grounded", ..., "semi-stable"
std::optional<Semantics> semantics_from_string(std::string_view name);

// A set of arguments, sorted ascending.
using Extension = std::vector<ArgumentId>;

bool is_conflict_free(const Framework& framework, const Extension& extension);
bool is_admissible(const Framework& framework, const Extension& extension);

// The grounded labelling in O(n + m): an argument is IN once all its attackers are OUT,
// OUT once one attacker is IN, UNDEC if neither ever happens.
std::vector<Label> grounded_labelling(const Framework& framework);
Extension grounded_extension(const Framework& framework);

// One extension, or nullopt when there is none (only stable semantics can have none).
std::optional<Extension> find_extension(const Framework& framework, Semantics semantics);

// Every extension, in a deterministic order, at most `limit` of them.
std::vector<Extension> enumerate_extensions(const Framework& framework, Semantics semantics,
                                            std::size_t limit = SIZE_MAX);

// Credulous: in some extension. Sceptical: in every extension (vacuously true when stable
// semantics has none, as ICCMA decides it).
bool credulously_accepted(const Framework& framework, Semantics semantics, ArgumentId argument);
bool sceptically_accepted(const Framework& framework, Semantics semantics, ArgumentId argument);

// ---- Explanations ------------------------------------------------------------------------

// Why `argument` has its grounded label, as sentences of a short dialogue:
//   "A is OUT because B attacks it and B is IN."  "B is IN because nothing attacks B."
// Follows the attacker that decided each label first (so IN chains are well founded) and stops
// after `max_depth` steps or at an argument already explained.
std::vector<std::string> explain_grounded(const Framework& framework, ArgumentId argument,
                                          int max_depth = 4);

// ---- Gradual semantics -------------------------------------------------------------------

struct GradualOptions {
    double tolerance = 1e-9;      // stop when no value moves more than this in one sweep
    int max_iterations = 10000;   // cyclic graphs may converge slowly; stop here regardless
};

struct GradualResult {
    std::vector<double> strength;  // per argument, in [0, 1]
    int iterations = 0;
    bool converged = false;
};

// h-categoriser: s(a) = 1 / (1 + sum of s(b) over attackers b); always converges
// (Pu et al. 2014). Iterated from s = 1 with Jacobi sweeps.
GradualResult h_categoriser(const Framework& framework, const GradualOptions& options = {});

// A quantitative bipolar framework: the arguments of derive_framework() with base scores,
// attacks and supports (Support/Entails edges, premise->argument, argument->conclusion).
struct BipolarFramework {
    Framework attacks;                         // Dung mode
    std::vector<double> base_score;            // Node::metadata["weight"], default 0.5
    std::vector<std::vector<ArgumentId>> supporters;  // per argument, sorted
};

// Base score: the node's metadata "weight" parsed as a number and clamped to [0, 1];
// missing or unparsable weights give 0.5.
BipolarFramework derive_bipolar_framework(const ArgumentMap& map);

// DF-QuAD (Rago et al. 2016): aggregate attackers and supporters by probabilistic sum
// F(v1..vn) = 1 - prod(1 - vi), then combine with the base score v0:
// va >= vs: v0 - v0 (va - vs);  va < vs: v0 + (1 - v0)(vs - va). Jacobi sweeps from the base
// scores: exact on acyclic graphs after as many sweeps as the longest path; on cycles DF-QuAD
// need not converge, so `converged` says whether the tolerance was reached.
GradualResult df_quad(const BipolarFramework& framework, const GradualOptions& options = {});

}  // namespace warrant
