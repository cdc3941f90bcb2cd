#include "formats/argdown_include.hpp"
#include "warrant/parse.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

namespace {

namespace fs = std::filesystem;

// A fresh folder in the temporary directory, removed at the end of the test.
struct Folder {
    fs::path path;
    Folder() : path(fs::temp_directory_path() / ("warrant_include_" + std::to_string(::getpid()) + "_" + std::to_string(next()))) {
        fs::create_directories(path);
    }
    static int next() {
        static int count = 0;
        return ++count;
    }
    ~Folder() { fs::remove_all(path); }
    std::string write(const std::string& name, const std::string& text) const {
        std::ofstream(path / name) << text;
        return (path / name).string();
    }
};

int count_code(const warrant::LoadResult& result, const std::string& code) {
    int count = 0;
    for (const warrant::Diagnostic& d : result.diagnostics) count += d.code == code;
    return count;
}

}  // namespace

TEST_CASE("a file that includes itself is read once and the directive is reported") {
    Folder folder;
    const std::string main = folder.write("main.argdown", "[A]: a\n\n@include(main.argdown)\n");
    const warrant::LoadResult result = warrant::load_file(main);
    CHECK_FALSE(result.has_errors());
    CHECK(result.map.node_count() == 1);
    CHECK(count_code(result, "W040") == 1);
}

TEST_CASE("an include of a missing file is reported at its line and the rest is read") {
    Folder folder;
    const std::string main = folder.write("main.argdown", "[A]: a\n\n@include(nowhere.argdown)\n\n[B]: b\n");
    const warrant::LoadResult result = warrant::load_file(main);
    CHECK_FALSE(result.has_errors());
    CHECK(result.map.node_count() == 2);
    REQUIRE(count_code(result, "W040") == 1);
    CHECK(result.diagnostics.front().span.line == 3);
}

TEST_CASE("includes nested deeper than the limit stop there") {
    Folder folder;
    const int files = warrant::kMaxIncludeDepth + 5;
    for (int i = 0; i < files; ++i)
        folder.write("f" + std::to_string(i) + ".argdown",
                     "[S" + std::to_string(i) + "]: s\n\n@include(f" + std::to_string(i + 1) + ".argdown)\n");
    folder.write("f" + std::to_string(files) + ".argdown", "[Last]: l\n");
    const warrant::LoadResult result = warrant::load_file((folder.path / "f0.argdown").string());
    CHECK(result.map.node_count() == static_cast<std::size_t>(warrant::kMaxIncludeDepth));
    CHECK(count_code(result, "W040") == 1);
}
