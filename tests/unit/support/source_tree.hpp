// Where the test inputs live: the source tree, and the shared data beside it.
//
// The path is compiled into one file only (source_tree.cpp), so that the other test files do
// not carry it on their command lines and a checkout in another folder reuses their objects.
#pragma once

#include <string>

namespace warrant::testing {

// The project's root folder, without a trailing slash.
const std::string& source_dir();

// A file under tests/data/: test_data("kialo/climate.txt").
std::string test_data(const std::string& relative);

// ../shared beside the project: the corpora and the seed essay, without a trailing slash.
std::string shared_dir();

// The seed essay, "Purity in a Malevolent Harvest" (../shared/seeds/).
std::string seed_essay_path();

}  // namespace warrant::testing
