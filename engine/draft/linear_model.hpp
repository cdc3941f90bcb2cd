// One liblinear classifier (private to the draft stage), held with its weights in our own
// text form so that the model ships inside warrant and loads without a file: only the
// non-zero weights are written (L1-regularised logistic regression keeps few).
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

struct model;  // liblinear's

namespace warrant::draft {

// Binary features: each row is a sorted list of distinct feature indices (1-based).
using FeatureRow = std::vector<int>;

class LinearModel {
public:
    LinearModel();
    ~LinearModel();
    LinearModel(LinearModel&& other) noexcept;
    LinearModel& operator=(LinearModel&& other) noexcept;

    // Trains L1-regularised logistic regression (liblinear's L1R_LR) with cost `cost`; the row
    // order and a fixed seed make it deterministic. With no rows, or one label only, the model
    // has labels 0 and 1 and no weight: every row gets one half each.
    static LinearModel train(const std::vector<FeatureRow>& rows, const std::vector<int>& labels, int features, double cost);

    // Probabilities by label, for labels 0..classes-1 (a label never seen in training gets 0).
    std::vector<double> probabilities(const FeatureRow& row, int classes) const;

    // Whether feature `index` (1-based) has a non-zero weight for some class.
    bool uses(int index) const;
    // Renumbers the features: old index i becomes `renumbered[i]` (0: dropped, its weights must
    // be zero), of `features` in all; the bias stays the bias. Predictions do not change.
    void renumber(const std::vector<int>& renumbered, int features);

    void write(std::ostream& out) const;
    // Reads what write() wrote; false with `error` set on a malformed model.
    bool read(std::istream& in, std::string& error);

private:
    struct ModelDeleter { void operator()(::model* m) const; };
    std::unique_ptr<::model, ModelDeleter> model_;
};

}  // namespace warrant::draft
