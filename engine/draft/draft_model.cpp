// The model file: a header line, '#' provenance lines, the vocabulary (one feature a line, in
// index order), then the seven classifiers by name. See engine/data/draft/PROVENANCE.
#include "draft/draft_model_impl.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace warrant {
namespace embedded {
extern const std::string_view draft_model;
}

namespace {

// Version 2 added the thesis classifier, version 3 the position classifier.
constexpr std::string_view kHeader = "warrant-draft-model 3";

}  // namespace

draft::FeatureRow DraftModel::Impl::row(const std::vector<std::string>& features) const {
    draft::RowBuilder row(*this);
    for (const std::string& feature : features) row.add({feature});
    return row.take();
}

namespace draft {

void RowBuilder::add(std::initializer_list<std::string_view> parts) {
    buffer_.clear();
    for (std::string_view part : parts) buffer_ += part;
    if (auto it = vocabulary_.find(buffer_); it != vocabulary_.end()) row_.push_back(it->second);
}

FeatureRow RowBuilder::take() {
    std::sort(row_.begin(), row_.end());
    row_.erase(std::unique(row_.begin(), row_.end()), row_.end());
    FeatureRow out = std::move(row_);
    row_.clear();
    return out;
}

}  // namespace draft

DraftModel::DraftModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
DraftModel::~DraftModel() = default;

std::unique_ptr<DraftModel> DraftModel::parse(std::string_view text, std::string& error) {
    auto impl = std::make_unique<Impl>();
    std::istringstream in{std::string(text)};
    std::string line;
    if (!std::getline(in, line) || line != kHeader) {
        constexpr std::string_view kName = "warrant-draft-model ";
        error = line.starts_with(kName) ? "a draft model of another version ('" + line + "', this warrant reads '" + std::string(kHeader) +
                                              "'): train it again (make train-draft, or train_draft)"
                                        : "not a warrant draft model (its first line is not '" + std::string(kHeader) + "')";
        return nullptr;
    }
    while (in.peek() == '#' && std::getline(in, line)) impl->provenance.push_back(line);
    std::size_t size = 0;
    if (!(in >> line) || line != "vocabulary" || !(in >> size) || size > 10'000'000) {
        error = "draft model: malformed vocabulary header";
        return nullptr;
    }
    std::getline(in, line);
    impl->vocabulary.reserve(size);
    for (std::size_t i = 0; i < size; ++i) {
        if (!std::getline(in, line)) {
            error = "draft model: the vocabulary ends after " + std::to_string(i) + " of " + std::to_string(size) + " features";
            return nullptr;
        }
        impl->vocabulary.emplace(line, static_cast<int>(i + 1));
    }
    for (const draft::NamedClassifier& classifier : draft::kClassifiers) {
        if (!(in >> line) || line != classifier.name) {
            error = std::string("draft model: expected the '") + classifier.name + "' classifier";
            return nullptr;
        }
        std::string why;
        if (!((*impl).*classifier.member).read(in, why)) {
            error = std::string("draft model, '") + classifier.name + "' classifier: " + why;
            return nullptr;
        }
    }
    return std::unique_ptr<DraftModel>(new DraftModel(std::move(impl)));
}

std::unique_ptr<DraftModel> DraftModel::load(const std::string& path, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot open the draft model '" + path + "'";
        return nullptr;
    }
    std::ostringstream text;
    text << in.rdbuf();
    std::unique_ptr<DraftModel> model = parse(text.str(), error);
    if (!model) error = path + ": " + error;
    return model;
}

const DraftModel& DraftModel::built_in() {
    static const std::unique_ptr<DraftModel> model = [] {
        std::string error;
        std::unique_ptr<DraftModel> parsed = parse(embedded::draft_model, error);
        // The built-in model is part of the program: corrupt means a broken build, not bad input.
        if (!parsed) throw std::runtime_error("the built-in draft model is corrupt: " + error);
        return parsed;
    }();
    return *model;
}

namespace draft {

std::string write_model(const DraftModel::Impl& impl) {
    std::ostringstream out;
    out << kHeader << '\n';
    for (const std::string& line : impl.provenance) out << line << '\n';
    std::vector<const std::string*> features(impl.vocabulary.size());
    for (const auto& [feature, index] : impl.vocabulary) features[static_cast<std::size_t>(index - 1)] = &feature;
    out << "vocabulary " << features.size() << '\n';
    for (const std::string* feature : features) out << *feature << '\n';
    for (const draft::NamedClassifier& classifier : draft::kClassifiers) {
        out << classifier.name << '\n';
        (impl.*classifier.member).write(out);
    }
    return out.str();
}

}  // namespace draft
}  // namespace warrant
