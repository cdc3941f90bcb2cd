// What a DraftModel holds (private to the draft stage): the feature vocabulary and the seven
// classifiers of the pipeline, and how a list of feature strings becomes a row.
#pragma once

#include "draft/linear_model.hpp"
#include "draft/mining_features.hpp"
#include "warrant/draft.hpp"

#include <absl/container/flat_hash_map.h>

#include <string>
#include <vector>

namespace warrant {

struct DraftModel::Impl {
    absl::flat_hash_map<std::string, int> vocabulary;  // feature -> index (1-based)
    std::vector<std::string> provenance;               // the model file's '#' lines
    draft::LinearModel boundary;   // token: Outside / Begin / Inside
    draft::LinearModel type;       // segment: MajorClaim / Claim / Premise
    draft::LinearModel link;       // pair in a paragraph: related or not
    draft::LinearModel attack;     // relation: supports / attacks
    draft::LinearModel stance;     // claim: for / against the major claims
    draft::LinearModel thesis;     // segment of a text not shaped as an essay: its thesis or not
    draft::LinearModel position;   // sentence of an essay's introduction or conclusion: states its position or not

    draft::FeatureRow row(const std::vector<std::string>& features) const;
};

namespace draft {

struct NamedClassifier {
    const char* name;
    LinearModel DraftModel::Impl::*member;
};
// Every classifier, by its name in the model file, in the file's order.
inline constexpr NamedClassifier kClassifiers[] = {
    {"boundary", &DraftModel::Impl::boundary}, {"type", &DraftModel::Impl::type},
    {"link", &DraftModel::Impl::link},         {"attack", &DraftModel::Impl::attack},
    {"stance", &DraftModel::Impl::stance},     {"thesis", &DraftModel::Impl::thesis},
    {"position", &DraftModel::Impl::position}};

// Features straight to a row of the vocabulary's indexes (see FeatureSink): each is put
// together in one buffer that lives as long as the builder, and looked up there.
class RowBuilder final : public FeatureSink {
public:
    explicit RowBuilder(const DraftModel::Impl& model) : vocabulary_(model.vocabulary) {}
    void add(std::initializer_list<std::string_view> parts) override;
    // Indexes looked up before (a row kept from an earlier take()).
    void add_row(const FeatureRow& row) { row_.insert(row_.end(), row.begin(), row.end()); }
    // The row of the features added since the last take(), sorted and each once.
    FeatureRow take();

private:
    const absl::flat_hash_map<std::string, int>& vocabulary_;
    std::string buffer_;
    FeatureRow row_;
};

// The model file's text from its parts; what `make train-draft` writes.
std::string write_model(const DraftModel::Impl& impl);

}  // namespace draft
}  // namespace warrant
