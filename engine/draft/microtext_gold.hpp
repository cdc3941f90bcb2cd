// The gold argument of an argumentative microtext (Peldszus & Stede 2015; part 2: Skeppstedt,
// Peldszus & Stede 2018) as byte ranges into its .txt (private to the draft stage): training
// reads it as a second genre beside AAE2's essays, and tests/eval scores drafts against it.
#pragma once

#include "draft/essay_layout.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warrant::draft {

struct GoldUnit {
    TextRange range;        // the unit's EDUs, first to last, in the text
    bool opponent = false;  // the ADU's role: the view the text answers
};

struct GoldLink {
    std::size_t from = 0, to = 0;  // unit indices
    bool attack = false;           // rebut or undercut (an undercut attacks the source of the relation it targets)
};

struct MicrotextGold {
    std::vector<GoldUnit> units;    // in text order; implicit units (no text) are left out
    std::vector<GoldLink> links;    // between units with text
    std::optional<std::size_t> central;  // the central claim, when it has text
};

// Reads an arggraph XML against the text it annotates; nullopt when the XML cannot be read or
// an EDU is not found in the text.
std::optional<MicrotextGold> read_microtext_gold(std::string_view xml, std::string_view text);

// The files of a microtext folder (the .txt with a .xml beside it), sorted; with `fold`, the
// fifth part of them (every fifth from the fifth on) that settings are chosen on ("dev") or
// the rest ("train"); "all" keeps all. "dev:K" and "train:K" hold out the K-th fifth instead
// (every fifth from the (K+1)-th on, K in 0-4): the folds of a cross-validation over part 1.
// Any other fold: none.
std::vector<std::string> microtext_files(const std::string& folder, std::string_view fold);

}  // namespace warrant::draft
