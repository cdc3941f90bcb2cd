#include "model/nearest_name.hpp"

#include <doctest/doctest.h>

using namespace warrant::model;

TEST_CASE("names fold to lowercase with the accents of Latin letters dropped") {
    CHECK(fold_name("Élan Vital") == "elan vital");
    CHECK(fold_name("Çà et là") == "ca et la");
    CHECK(fold_name("Straße") == "strase");
    CHECK(fold_name("«quoted»") == "«quoted»");
}

TEST_CASE("swapping two neighbouring letters is one edit") {
    CHECK(typo_distance("raods", "roads", 3) == 1);
    CHECK(typo_distance("edward", "edwards", 3) == 1);
    CHECK(typo_distance("page", "p", 2) == 3);  // beyond the limit: limit + 1
    CHECK(typo_distance("kitten", "sitting", 5) == 3);
}

TEST_CASE("the nearest defined name is suggested, with case and accents ignored") {
    CHECK(nearest_name("Safer raods", {"Cleaner air", "Safer roads"}) == "Safer roads");
    CHECK(nearest_name("edward", {"wahl", "edwards"}) == "edwards");
    CHECK(nearest_name("cafe", {"Café"}) == "Café");
    CHECK(nearest_name("safer ROADS", {"Safer roads"}) == "Safer roads");
}

TEST_CASE("nothing is suggested for names far apart, for short names that differ, or for the name itself") {
    CHECK(!nearest_name("Popular", {"Safer roads", "Cleaner air"}));
    CHECK(!nearest_name("A", {"B"}));
    CHECK(nearest_name("ab", {"AB"}) == "AB");
    CHECK(!nearest_name("Safer roads", {"Safer roads"}));
}
