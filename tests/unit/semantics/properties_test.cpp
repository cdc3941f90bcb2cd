// Thousands of random small frameworks (fixed seed) against a brute-force oracle that lives
// only here: every subset of at most 11 arguments, checked by the definitions.
#include "warrant/semantics.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>

using namespace warrant;

namespace {

using Mask = std::uint32_t;

struct Oracle {
    std::vector<Extension> complete, preferred, stable, semi_stable;
};

Extension members(Mask mask, std::size_t n) {
    Extension extension;
    for (ArgumentId a = 0; a < n; ++a)
        if (mask >> a & 1) extension.push_back(a);
    return extension;
}

Oracle brute_force(const Framework& framework) {
    const std::size_t n = framework.size();
    std::vector<Mask> attackers(n, 0);
    for (ArgumentId a = 0; a < n; ++a)
        for (ArgumentId b : framework.attackers(a)) attackers[a] |= Mask{1} << b;
    auto attacked_by = [&](Mask set) {
        Mask attacked = 0;
        for (ArgumentId a = 0; a < n; ++a)
            if (attackers[a] & set) attacked |= Mask{1} << a;
        return attacked;
    };
    auto defended_by = [&](Mask set) {
        Mask attacked = attacked_by(set), defended = 0;
        for (ArgumentId a = 0; a < n; ++a)
            if ((attackers[a] & ~attacked) == 0) defended |= Mask{1} << a;
        return defended;
    };
    const Mask all = n == 32 ? ~Mask{0} : (Mask{1} << n) - 1;
    std::vector<Mask> admissible, complete;
    for (Mask set = 0; set <= all; ++set) {
        if (attacked_by(set) & set) continue;
        Mask defended = defended_by(set);
        if ((set & ~defended) != 0) continue;
        admissible.push_back(set);
        if (defended == set) complete.push_back(set);
    }
    Oracle oracle;
    auto range = [&](Mask set) { return set | attacked_by(set); };
    for (Mask set : complete) {
        oracle.complete.push_back(members(set, n));
        if (range(set) == all) oracle.stable.push_back(members(set, n));
        bool has_larger_range = std::any_of(complete.begin(), complete.end(), [&](Mask other) {
            return (range(other) & range(set)) == range(set) && range(other) != range(set);
        });
        if (!has_larger_range) oracle.semi_stable.push_back(members(set, n));
    }
    for (Mask set : admissible) {  // preferred = maximal admissible (Dung 1995, Def. 7)
        bool has_superset = std::any_of(admissible.begin(), admissible.end(),
                                        [&](Mask other) { return (other & set) == set && other != set; });
        if (!has_superset) oracle.preferred.push_back(members(set, n));
    }
    for (auto* list : {&oracle.complete, &oracle.preferred, &oracle.stable, &oracle.semi_stable})
        std::sort(list->begin(), list->end());
    return oracle;
}

Framework random_framework(std::mt19937& random, std::size_t max_arguments) {
    const std::size_t n = std::uniform_int_distribution<std::size_t>(1, max_arguments)(random);
    const double density = std::uniform_real_distribution<double>(0.05, 0.45)(random);
    std::bernoulli_distribution attacks(density);
    std::vector<Attack> list;
    for (ArgumentId a = 0; a < n; ++a)
        for (ArgumentId b = 0; b < n; ++b)
            if (attacks(random)) list.push_back({a, b});
    return Framework::from_attacks(n, list);
}

bool contains(const std::vector<Extension>& extensions, ArgumentId a, bool every) {
    auto has = [a](const Extension& e) { return std::binary_search(e.begin(), e.end(), a); };
    return every ? std::all_of(extensions.begin(), extensions.end(), has)
                 : std::any_of(extensions.begin(), extensions.end(), has);
}

}  // namespace

TEST_CASE("on random frameworks every semantics enumerates exactly the brute-force extensions") {
    std::mt19937 random(20231);
    for (int round = 0; round < 1500; ++round) {
        Framework framework = random_framework(random, round < 1200 ? 7 : 11);
        Oracle oracle = brute_force(framework);
        CAPTURE(round);
        CHECK(enumerate_extensions(framework, Semantics::Complete) == oracle.complete);
        CHECK(enumerate_extensions(framework, Semantics::Preferred) == oracle.preferred);
        CHECK(enumerate_extensions(framework, Semantics::Stable) == oracle.stable);
        CHECK(enumerate_extensions(framework, Semantics::SemiStable) == oracle.semi_stable);
    }
}

TEST_CASE("on random frameworks the grounded extension is the least complete extension") {
    std::mt19937 random(7);
    for (int round = 0; round < 1500; ++round) {
        Framework framework = random_framework(random, 9);
        std::vector<Extension> complete = brute_force(framework).complete;
        Extension grounded = grounded_extension(framework);
        CAPTURE(round);
        REQUIRE(std::find(complete.begin(), complete.end(), grounded) != complete.end());
        for (const Extension& extension : complete) CHECK(std::includes(extension.begin(), extension.end(), grounded.begin(), grounded.end()));
    }
}

TEST_CASE("on random frameworks every stable extension is preferred and every found extension has its properties") {
    std::mt19937 random(99);
    for (int round = 0; round < 1000; ++round) {
        Framework framework = random_framework(random, 10);
        std::vector<Extension> preferred = enumerate_extensions(framework, Semantics::Preferred);
        CAPTURE(round);
        for (const Extension& stable : enumerate_extensions(framework, Semantics::Stable))
            CHECK(std::find(preferred.begin(), preferred.end(), stable) != preferred.end());
        for (Semantics semantics : {Semantics::Complete, Semantics::Preferred, Semantics::SemiStable}) {
            std::optional<Extension> one = find_extension(framework, semantics);
            REQUIRE(one.has_value());
            CHECK(is_admissible(framework, *one));
        }
        Extension one_preferred = *find_extension(framework, Semantics::Preferred);
        CHECK(std::find(preferred.begin(), preferred.end(), one_preferred) != preferred.end());
    }
}

TEST_CASE("on random frameworks credulous and sceptical acceptance agree with the brute-force extensions") {
    std::mt19937 random(4242);
    for (int round = 0; round < 800; ++round) {
        Framework framework = random_framework(random, 8);
        Oracle oracle = brute_force(framework);
        const ArgumentId a = std::uniform_int_distribution<ArgumentId>(0, static_cast<ArgumentId>(framework.size() - 1))(random);
        CAPTURE(round);
        const std::pair<Semantics, const std::vector<Extension>*> cases[] = {
            {Semantics::Complete, &oracle.complete}, {Semantics::Preferred, &oracle.preferred},
            {Semantics::Stable, &oracle.stable}, {Semantics::SemiStable, &oracle.semi_stable}};
        for (auto [semantics, extensions] : cases) {
            CAPTURE(to_string(semantics));
            CHECK(credulously_accepted(framework, semantics, a) == contains(*extensions, a, false));
            CHECK(sceptically_accepted(framework, semantics, a) == contains(*extensions, a, true));
        }
    }
}
