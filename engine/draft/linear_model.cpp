#include "draft/linear_model.hpp"

#include <linear.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <istream>
#include <ostream>

namespace warrant::draft {
namespace {

void quiet(const char*) {}

// liblinear's input for `row`, in `nodes` (a buffer the caller keeps: a draft asks for some
// three predictions a token).
void nodes_of(const FeatureRow& row, const ::model& m, std::vector<feature_node>& nodes) {
    nodes.clear();
    for (int index : row)
        if (index >= 1 && index <= m.nr_feature) nodes.push_back({index, 1.0});
    if (m.bias >= 0) nodes.push_back({m.nr_feature + 1, m.bias});
    nodes.push_back({-1, 0.0});
}

int weight_columns(const ::model& m) { return m.nr_class == 2 && m.param.solver_type != MCSVM_CS ? 1 : m.nr_class; }
long weight_rows(const ::model& m) { return m.nr_feature + (m.bias >= 0 ? 1 : 0); }

// A liblinear model of L1R_LR with its labels and weights all zero, allocated as liblinear frees
// it (free_and_destroy_model): what read() fills, and what train() gives when there is nothing
// to learn.
::model* blank_model(int classes, int features, double bias) {
    auto* m = static_cast<::model*>(std::calloc(1, sizeof(::model)));
    m->param.solver_type = L1R_LR;
    m->nr_class = classes;
    m->nr_feature = features;
    m->bias = bias;
    m->label = static_cast<int*>(std::calloc(static_cast<std::size_t>(classes), sizeof(int)));
    m->w = static_cast<double*>(std::calloc(static_cast<std::size_t>(weight_rows(*m) * weight_columns(*m)), sizeof(double)));
    return m;
}

}  // namespace

void LinearModel::ModelDeleter::operator()(::model* m) const {
    if (m) free_and_destroy_model(&m);
}

LinearModel::LinearModel() = default;
LinearModel::~LinearModel() = default;
LinearModel::LinearModel(LinearModel&& other) noexcept = default;
LinearModel& LinearModel::operator=(LinearModel&& other) noexcept = default;

LinearModel LinearModel::train(const std::vector<FeatureRow>& rows, const std::vector<int>& labels, int features, double cost) {
    // Nothing to tell apart (no rows, or one label: the thesis classifier trained without
    // microtexts): two labels, 0 and 1, and no weight, so every row gets one half each and the
    // model file reads back. liblinear would keep fewer than two classes.
    if (std::adjacent_find(labels.begin(), labels.end(), std::not_equal_to<>()) == labels.end()) {
        LinearModel uninformed;
        uninformed.model_.reset(blank_model(2, features, 1.0));
        uninformed.model_->label[1] = 1;
        return uninformed;
    }
    std::vector<std::vector<feature_node>> storage(rows.size());
    std::vector<feature_node*> x(rows.size());
    std::vector<double> y(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        for (int index : rows[i]) storage[i].push_back({index, 1.0});
        storage[i].push_back({features + 1, 1.0});  // the bias feature
        storage[i].push_back({-1, 0.0});
        x[i] = storage[i].data();
        y[i] = labels[i];
    }
    problem prob{};
    prob.l = static_cast<int>(rows.size());
    prob.n = features + 1;
    prob.y = y.data();
    prob.x = x.data();
    prob.bias = 1.0;
    parameter param{};
    param.solver_type = L1R_LR;
    param.eps = 0.01;
    param.C = cost;
    set_print_string_function(quiet);
    std::srand(1);  // liblinear shuffles with rand(): a fixed seed makes training repeatable
    LinearModel trained;
    trained.model_.reset(::train(&prob, &param));
    trained.model_->nr_feature = features;  // the bias column is the model's bias, as liblinear counts it
    trained.model_->bias = 1.0;
    return trained;
}

std::vector<double> LinearModel::probabilities(const FeatureRow& row, int classes) const {
    std::vector<double> by_label(static_cast<std::size_t>(classes), 0.0);
    if (!model_) return by_label;
    thread_local std::vector<feature_node> nodes;
    thread_local std::vector<double> estimates;
    nodes_of(row, *model_, nodes);
    estimates.assign(static_cast<std::size_t>(model_->nr_class), 0.0);
    predict_probability(model_.get(), nodes.data(), estimates.data());
    for (int k = 0; k < model_->nr_class; ++k)
        if (model_->label[k] >= 0 && model_->label[k] < classes) by_label[static_cast<std::size_t>(model_->label[k])] = estimates[static_cast<std::size_t>(k)];
    return by_label;
}

bool LinearModel::uses(int index) const {
    const int columns = weight_columns(*model_);
    for (int column = 0; column < columns; ++column)
        if (model_->w[static_cast<long>(index - 1) * columns + column] != 0.0) return true;
    return false;
}

void LinearModel::renumber(const std::vector<int>& renumbered, int features) {
    ::model& m = *model_;
    const int columns = weight_columns(m);
    const long old_rows = weight_rows(m);
    auto* w = static_cast<double*>(std::calloc(static_cast<std::size_t>(features + 1) * static_cast<std::size_t>(columns), sizeof(double)));
    for (long row = 0; row < old_rows; ++row) {
        const bool bias = row == m.nr_feature;
        const long to = bias ? features : renumbered[static_cast<std::size_t>(row + 1)] - 1;
        if (to < 0) continue;
        for (int column = 0; column < columns; ++column) w[to * columns + column] = m.w[row * columns + column];
    }
    std::free(m.w);
    m.w = w;
    m.nr_feature = features;
}

void LinearModel::write(std::ostream& out) const {
    const ::model& m = *model_;
    const int columns = weight_columns(m);
    out << "classes " << m.nr_class << " features " << m.nr_feature << " bias " << m.bias << "\nlabels";
    for (int k = 0; k < m.nr_class; ++k) out << ' ' << m.label[k];
    long nonzero = 0;
    for (long i = 0; i < weight_rows(m) * columns; ++i) nonzero += m.w[i] != 0.0;
    out << "\nweights " << nonzero << '\n';
    char number[32];
    for (long row = 0; row < weight_rows(m); ++row)
        for (int column = 0; column < columns; ++column)
            if (const double w = m.w[row * columns + column]; w != 0.0) {
                std::snprintf(number, sizeof number, "%.6g", w);
                out << row + 1 << ' ' << column << ' ' << number << '\n';
            }
}

bool LinearModel::read(std::istream& in, std::string& error) {
    auto fail = [&](const std::string& why) {
        error = why;
        return false;
    };
    std::string word;
    int classes = 0, features = 0;
    double bias = -1;
    if (!(in >> word) || word != "classes" || !(in >> classes) || !(in >> word) || word != "features" || !(in >> features) ||
        !(in >> word) || word != "bias" || !(in >> bias) || classes < 2 || classes > 16 || features < 0 || features > 10'000'000)
        return fail("malformed classifier header");
    ::model* m = blank_model(classes, features, bias);
    model_.reset(m);
    const long size = weight_rows(*m) * weight_columns(*m);
    if (!(in >> word) || word != "labels") return fail("missing labels");
    for (int k = 0; k < classes; ++k)
        if (!(in >> m->label[k])) return fail("malformed labels");
    long count = 0;
    if (!(in >> word) || word != "weights" || !(in >> count) || count < 0 || count > size) return fail("malformed weights header");
    for (long i = 0; i < count; ++i) {
        long row = 0;
        int column = 0;
        double w = 0;
        if (!(in >> row >> column >> w) || row < 1 || row > weight_rows(*m) || column < 0 || column >= weight_columns(*m))
            return fail("malformed weight " + std::to_string(i + 1));
        m->w[(row - 1) * weight_columns(*m) + column] = w;
    }
    return true;
}

}  // namespace warrant::draft
