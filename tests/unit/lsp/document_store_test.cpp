#include "lsp/document_store.hpp"

#include <doctest/doctest.h>

using namespace warrant::lsp;

TEST_CASE("a file URI becomes its decoded path and other URIs stay as written") {
    CHECK(path_of_uri("file:///home/a/My%20Map.argdown") == "/home/a/My Map.argdown");
    CHECK(path_of_uri("untitled:Untitled-1") == "untitled:Untitled-1");
    CHECK(path_of_uri("file:///bad%zz") == "/bad%zz");
}

TEST_CASE("incremental changes replace ranges counted in UTF-16 units") {
    DocumentStore store;
    store.open("u", "[\xF0\x9F\x98\x80 Caf\xC3\xA9]: x\n", 1);  // [😀 Café]: x
    // Replace "Café" (UTF-16 columns 4..8) with "Tea".
    const nlohmann::json changes = nlohmann::json::array(
        {{{"range", {{"start", {{"line", 0}, {"character", 4}}}, {"end", {{"line", 0}, {"character", 8}}}}}, {"text", "Tea"}}});
    const Document* document = store.change("u", 2, changes, PositionEncoding::Utf16);
    REQUIRE(document != nullptr);
    CHECK(document->text == "[\xF0\x9F\x98\x80 Tea]: x\n");
    CHECK(document->version == 2);
}

TEST_CASE("a change without a range replaces the whole text") {
    DocumentStore store;
    store.open("u", "old", 1);
    const Document* document = store.change("u", 5, nlohmann::json::array({{{"text", "new"}}}), PositionEncoding::Utf8);
    CHECK(document->text == "new");
}

TEST_CASE("a change to a document that is not open changes nothing") {
    DocumentStore store;
    CHECK(store.change("u", 2, nlohmann::json::array({{{"text", "x"}}}), PositionEncoding::Utf16) == nullptr);
    CHECK(store.find("u") == nullptr);
}

TEST_CASE("a malformed change leaves the document as it was") {
    DocumentStore store;
    store.open("u", "abc", 1);
    const nlohmann::json changes = nlohmann::json::array({{{"text", "x"}}, {{"range", 3}, {"text", "y"}}});
    CHECK_THROWS(store.change("u", 2, changes, PositionEncoding::Utf16));
    CHECK(store.find("u")->text == "abc");
    CHECK(store.find("u")->version == 1);
}
