#include "draft/linear_model.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

using warrant::draft::FeatureRow;
using warrant::draft::LinearModel;

TEST_CASE("renumbering a classifier's features without the unweighted ones keeps its probabilities") {
    // Feature 1 decides the label, 2 is noise seen everywhere, 3 is never seen: L1 leaves 3 at zero.
    std::vector<FeatureRow> rows;
    std::vector<int> labels;
    for (int i = 0; i < 40; ++i) {
        rows.push_back(i % 2 ? FeatureRow{1, 2} : FeatureRow{2});
        labels.push_back(i % 2);
    }
    LinearModel model = LinearModel::train(rows, labels, 3, 1.0);
    REQUIRE(model.uses(1));
    REQUIRE_FALSE(model.uses(3));
    const std::vector<double> before_on = model.probabilities({1, 2}, 2), before_off = model.probabilities({2}, 2);
    std::vector<int> renumbered = {0, 1, 0, 0};  // old index -> new; 2 and 3 dropped when unweighted
    if (model.uses(2)) renumbered[2] = 2;
    const int kept = model.uses(2) ? 2 : 1;
    model.renumber(renumbered, kept);
    FeatureRow on{1}, off{};
    if (kept == 2) {
        on.push_back(2);
        off.push_back(2);
    }
    CHECK(model.probabilities(on, 2) == before_on);
    CHECK(model.probabilities(off, 2) == before_off);
    CHECK(before_on[1] > 0.5);
    CHECK(before_off[0] > 0.5);
}

TEST_CASE("a classifier with nothing to tell apart weighs nothing, and its file reads back") {
    // The thesis classifier trained without microtexts has no examples; one label alone is as bare.
    for (const std::vector<int>& labels : {std::vector<int>{}, std::vector<int>{0, 0, 0}}) {
        const std::vector<FeatureRow> rows(labels.size(), FeatureRow{1});
        const LinearModel model = LinearModel::train(rows, labels, 3, 1.0);
        CHECK_FALSE(model.uses(1));
        CHECK(model.probabilities({1, 2}, 2) == std::vector<double>{0.5, 0.5});
        std::stringstream file;
        model.write(file);
        LinearModel read;
        std::string error;
        REQUIRE_MESSAGE(read.read(file, error), error);
        CHECK(read.probabilities({1}, 2) == std::vector<double>{0.5, 0.5});
    }
}
