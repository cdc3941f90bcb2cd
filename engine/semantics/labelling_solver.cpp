// Builds the complete-labelling clauses for the grounded core and reads models back.
#include "semantics/labelling_solver.hpp"

#include "semantics/grounded_labelling.hpp"

#include <cadical.hpp>

namespace warrant::semantics {

LabellingSolver::LabellingSolver(const Framework& framework)
    : framework_(framework), grounded_(label_grounded(framework, nullptr)), solver_(std::make_unique<CaDiCaL::Solver>()) {
    solver_->set("quiet", 1);  // CaDiCaL reports root-level conflicts on stdout otherwise
    core_position_.assign(framework.size(), 0);
    for (ArgumentId a = 0; a < framework.size(); ++a) {
        if (grounded_[a] != Label::Undec) continue;
        core_.push_back(a);
        core_position_[a] = static_cast<std::uint32_t>(core_.size());
    }
    variable_count_ = static_cast<int>(2 * core_.size());
    std::vector<int> clause;
    for (ArgumentId a : core_) {
        const int in = in_literal(a), out = out_literal(a);
        add_clause({-in, -out});
        std::vector<int> all_out_implies_in{in};
        std::vector<int> out_needs_in_attacker{-out};
        for (ArgumentId b : framework.attackers(a)) {
            if (grounded_[b] != Label::Undec) continue;  // OUT in every complete labelling
            add_clause({-in, out_literal(b)});
            add_clause({out, -in_literal(b)});
            all_out_implies_in.push_back(-out_literal(b));
            out_needs_in_attacker.push_back(in_literal(b));
        }
        add_clause(all_out_implies_in);
        add_clause(out_needs_in_attacker);
        solver_->phase(in);
        solver_->phase(-out);
    }
}

LabellingSolver::~LabellingSolver() = default;

int LabellingSolver::in_literal(ArgumentId a) const {
    return core_position_[a] == 0 ? 0 : static_cast<int>(2 * core_position_[a] - 1);
}

int LabellingSolver::out_literal(ArgumentId a) const {
    return core_position_[a] == 0 ? 0 : static_cast<int>(2 * core_position_[a]);
}

int LabellingSolver::range_literal(ArgumentId a) const {
    return core_position_[a] == 0 || range_base_ == 0 ? 0 : range_base_ + static_cast<int>(core_position_[a]);
}

void LabellingSolver::require_stable() {
    for (ArgumentId a : core_) add_clause({in_literal(a), out_literal(a)});
}

void LabellingSolver::require_range_variables() {
    if (range_base_ != 0) return;
    range_base_ = variable_count_;
    variable_count_ += static_cast<int>(core_.size());
    for (ArgumentId a : core_) {
        const int range = range_literal(a);
        add_clause({-range, in_literal(a), out_literal(a)});
        add_clause({range, -in_literal(a)});
        add_clause({range, -out_literal(a)});
    }
}

void LabellingSolver::add_clause(const std::vector<int>& literals) {
    for (int literal : literals) solver_->add(literal);
    solver_->add(0);
}

bool LabellingSolver::solve(const std::vector<int>& assumptions) {
    for (int literal : assumptions) solver_->assume(literal);
    return solver_->solve() == 10;
}

std::vector<Label> LabellingSolver::labelling() const {
    std::vector<Label> labels = grounded_;
    for (ArgumentId a : core_) {
        if (solver_->val(in_literal(a)) > 0) labels[a] = Label::In;
        else if (solver_->val(out_literal(a)) > 0) labels[a] = Label::Out;
    }
    return labels;
}

Extension LabellingSolver::extension() const {
    std::vector<Label> labels = labelling();
    Extension extension;
    for (ArgumentId a = 0; a < labels.size(); ++a)
        if (labels[a] == Label::In) extension.push_back(a);
    return extension;
}

}  // namespace warrant::semantics
