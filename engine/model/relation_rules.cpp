// Relations as Argdown 1.7 resolves them: direction and type from the relation symbol,
// duplicates merged, relations of reconstructed arguments lifted to their main conclusion,
// undercuts of reconstructed arguments aimed at their last inference, and in strict mode
// statement-to-statement support read as entailment and attack as contrariety, and the kinds
// Argdown's symbols cannot tell apart declared in metadata (apply_declared_kinds()).
#include "model/graph_builder.hpp"

#include <algorithm>
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
            if (to.type == Member::Type::Statement && last_inference_) to = *last_inference_;
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
            relation.to.step = static_cast<std::int32_t>(node_of(arguments_[relation.to.index]).pcs.size()) - 1;
            relation.written_at_argument = true;
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

namespace {

// How often metadata `key` names `title`: once when it is the value, or each time a list holds
// it (flattened: key.0, key.1, ...).
std::size_t times_listed(const std::map<std::string, std::string>& metadata, const std::string& key,
                         const std::string& title) {
    std::size_t times = 0;
    for (auto it = metadata.lower_bound(key); it != metadata.end() && it->first.starts_with(key); ++it)
        if ((it->first == key || it->first[key.size()] == '.') && it->second == title) ++times;
    return times;
}
bool lists(const std::map<std::string, std::string>& metadata, const std::string& key, const std::string& title) {
    return times_listed(metadata, key, title) > 0;
}

void erase_key(std::map<std::string, std::string>& metadata, const std::string& key) {
    auto it = metadata.lower_bound(key);
    while (it != metadata.end() && it->first.starts_with(key) && (it->first == key || it->first[key.size()] == '.'))
        it = metadata.erase(it);
}

const std::string kEntails = "entails", kContrary = "contrary", kPremises = "premises";
const std::string kSupports = "supports", kAttacks = "attacks";

}  // namespace

// Between two statements Argdown's `+>` is support (or, in strict mode, entailment) and `->`
// attack (or contrariety), one reading for the whole map; an argument's premises come only
// from a premise-conclusion structure, which needs a conclusion. A map with both kinds, or an
// argument with premises and no conclusion (an AIF conflict), declares the rest in metadata,
// as export_argdown() writes it: `[A]: … {entails: [B]}` makes A's `+> [B]` an entailment,
// `{contrary: [B]}` its `-> [B]` a contrariety, `<C>: … {premises: [A]}` the `<+ [A]` of C a
// premise. The keys are syntax, not data: they are removed from the metadata.
//
// Argdown merges a relation written twice; a graph from AIF can hold one twice (two S-nodes
// between the same I-nodes) or a support beside an entailment of the same pair. Such a pair is
// declared in full: `{entails: [B, B]}` is two entailments of B, `{entails: [B], supports: [B]}`
// an entailment and a support, `{supports: [B, B]}` two supports (`attacks` and `contrary`
// likewise); the one written relation becomes them all.
void GraphBuilder::apply_declared_kinds() {
    std::size_t kept = 0;
    std::vector<PendingRelation> repeated;
    for (PendingRelation relation : relations_) {
        const bool from_statement = relation.from.type == Member::Type::Statement;
        const bool plain_kind = relation.kind == EdgeKind::Support || relation.kind == EdgeKind::Attack;
        if (from_statement && relation.to.type == Member::Type::Statement && plain_kind) {
            const auto& metadata = node_of(statements_[relation.from.index]).metadata;
            const std::string& to = node_of(statements_[relation.to.index]).title;
            // The written relation stands for `specials` entailments (contrarieties) and `plains`
            // supports (attacks); for itself alone when the metadata names neither.
            const EdgeKind plain = relation.kind;
            const EdgeKind special = plain == EdgeKind::Support ? EdgeKind::Entails : EdgeKind::Contrary;
            const std::size_t specials = times_listed(metadata, plain == EdgeKind::Support ? kEntails : kContrary, to);
            const std::size_t plains = times_listed(metadata, plain == EdgeKind::Support ? kSupports : kAttacks, to);
            if (specials > 0) relation.kind = special;
            for (std::size_t i = 1; i < specials + plains; ++i) {
                PendingRelation copy = relation;
                copy.kind = i < specials ? special : plain;
                repeated.push_back(copy);
            }
        }
        if (from_statement && relation.to.type == Member::Type::Argument && relation.kind == EdgeKind::Support) {
            Node& argument = node_of(arguments_[relation.to.index]);
            const std::string& premise = node_of(statements_[relation.from.index]).title;
            if (argument.pcs.empty() || argument.pcs.back().role == PcsMember::Role::Premise) {
                if (lists(argument.metadata, kPremises, premise)) {
                    argument.pcs.push_back({PcsMember::Role::Premise, premise});
                    continue;  // emit_graph() draws premise-of from the PCS
                }
            }
        }
        relations_[kept++] = relation;
    }
    relations_.resize(kept);
    relations_.insert(relations_.end(), repeated.begin(), repeated.end());
    for (Entry& entry : statements_)
        for (const std::string& key : {kEntails, kContrary, kSupports, kAttacks})
            erase_key(node_of(entry).metadata, key);
    for (Entry& entry : arguments_) erase_key(node_of(entry).metadata, kPremises);
}

}  // namespace warrant::model

namespace warrant::model {

// Argdown drops an attack of a statement on a reconstructed argument when the statement already
// attacks, contradicts or is contrary to one of the argument's premises: the attack on the
// premise is the same objection, said where it applies.
void GraphBuilder::remove_redundant_argument_attacks() {
    const auto is_candidate = [&](const PendingRelation& r) {
        return r.kind == EdgeKind::Attack && r.from.type == Member::Type::Statement && r.to.type == Member::Type::Argument &&
               !node_of(arguments_[r.to.index]).pcs.empty();
    };
    if (std::none_of(relations_.begin(), relations_.end(), is_candidate)) return;
    // (statement, statement) pairs where the first attacks, contradicts or is contrary to the second.
    std::set<std::pair<EntryIndex, EntryIndex>> objections;
    for (const PendingRelation& r : relations_) {
        if (r.from.type != Member::Type::Statement || r.to.type != Member::Type::Statement) continue;
        if (r.kind == EdgeKind::Attack) objections.insert({r.from.index, r.to.index});
        if (r.kind == EdgeKind::Contradictory || r.kind == EdgeKind::Contrary) {
            objections.insert({r.from.index, r.to.index});
            objections.insert({r.to.index, r.from.index});
        }
    }
    const auto redundant = [&](const PendingRelation& r) {
        if (!is_candidate(r)) return false;
        for (const PcsMember& member : node_of(arguments_[r.to.index]).pcs)
            if (member.role == PcsMember::Role::Premise && objections.count({r.from.index, statement_entry(member.title)}))
                return true;
        return false;
    };
    relations_.erase(std::remove_if(relations_.begin(), relations_.end(), redundant), relations_.end());
}

}  // namespace warrant::model
