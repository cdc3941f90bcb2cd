// Relations as Argdown 1.7 resolves them: direction and type from the relation symbol,
// duplicates merged, relations of reconstructed arguments lifted to their main conclusion,
// undercuts of reconstructed arguments aimed at their last inference, and in strict mode
// statement-to-statement support read as entailment and attack as contrariety.
#include "model/graph_builder.hpp"

#include <utility>

namespace warrant::model {

void GraphBuilder::add_relation(Member parent, Member child, const syntax::Relation& line) {
    using syntax::RelationSymbol;
    Member from = child;
    Member to = parent;
    EdgeKind kind = EdgeKind::Support;
    switch (line.symbol) {
        case RelationSymbol::OutgoingSupport: break;
        case RelationSymbol::OutgoingAttack: kind = EdgeKind::Attack; break;
        case RelationSymbol::IncomingSupport: std::swap(from, to); break;
        case RelationSymbol::IncomingAttack: std::swap(from, to), kind = EdgeKind::Attack; break;
        case RelationSymbol::Contradiction: std::swap(from, to), kind = EdgeKind::Contradictory; break;
        case RelationSymbol::IncomingUndercut: std::swap(from, to), kind = EdgeKind::Undercut; break;
        case RelationSymbol::OutgoingUndercut:
            kind = EdgeKind::Undercut;
            // Argdown aims an undercut written below a statement at the last inference line
            // read so far, wherever it was.
            if (to.type == Member::Type::Statement && last_inference_) to = {Member::Type::Inference, *last_inference_};
            break;
    }
    if (kind == EdgeKind::Contradictory && relation_keys_.count({to, from, kind})) return;
    if (!relation_keys_.insert({from, to, kind}).second) return;
    relations_.push_back({from, to, kind, line.span});
}

void GraphBuilder::lift_argument_relations() {
    // Kept relations are compacted in place: a copy of every relation was a large map's
    // second-largest allocation, and most maps lift nothing.
    std::size_t kept = 0;
    // Relations are only added while the tree is walked, before this: the keys can be extended in place.
    auto& keys = relation_keys_;
    const auto reconstructed = [&](const Member& member) {
        return member.type == Member::Type::Argument && !node_of(arguments_[member.index]).pcs.empty();
    };
    for (PendingRelation relation : relations_) {
        if (reconstructed(relation.from)) {
            const std::string& conclusion = node_of(arguments_[relation.from.index]).pcs.back().title;
            relation.from = {Member::Type::Statement, statement_entry(conclusion)};
            // Argdown finds the relation itself among its conclusion's relations and drops it.
            if (relation.from == relation.to) continue;
            if (!keys.insert({relation.from, relation.to, relation.kind}).second) continue;
        }
        if (reconstructed(relation.to) && relation.kind == EdgeKind::Undercut) {
            relation.to.type = Member::Type::Inference;
            if (!keys.insert({relation.from, relation.to, relation.kind}).second) continue;
        }
        relations_[kept++] = relation;
    }
    relations_.resize(kept);
}

void GraphBuilder::apply_strict_mode() {
    std::vector<PendingRelation> kept;
    std::set<std::pair<Member, Member>> contraries;
    for (PendingRelation relation : relations_) {
        const bool between_statements =
            relation.from.type == Member::Type::Statement && relation.to.type == Member::Type::Statement;
        if (between_statements && relation.kind == EdgeKind::Support) relation.kind = EdgeKind::Entails;
        if (between_statements && relation.kind == EdgeKind::Attack) {
            // [A] - [B] and [B] - [A] are one contrariety.
            if (contraries.count({relation.to, relation.from}) || contraries.count({relation.from, relation.to})) continue;
            contraries.insert({relation.from, relation.to});
            relation.kind = EdgeKind::Contrary;
        }
        kept.push_back(relation);
    }
    relations_ = std::move(kept);
}

}  // namespace warrant::model
