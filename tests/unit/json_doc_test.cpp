#include <catch2/catch.hpp>

#include <string>

#include "util/json_doc.hpp"

using newsclean::util::JsonDoc;

namespace {

// The value of a path of object keys from the last root, kNone when absent.
JsonDoc::Id at(const JsonDoc& doc, std::initializer_list<std::string_view> keys) {
    JsonDoc::Id v = doc.roots().back();
    for (std::string_view k : keys) v = doc.find(v, k);
    return v;
}

}  // namespace

TEST_CASE("JsonDoc reads a JSON-LD object: kinds, strings, arrays") {
    JsonDoc doc;
    REQUIRE(doc.parse(R"({"@type": "NewsArticle", "author": [{"name": "Ann Lee"}, {"name": "Bo Chen"}],
                          "wordCount": -12.5e+2, "isFree": true, "x": null})"));
    REQUIRE(doc.roots().size() == 1);
    CHECK(doc.string(at(doc, {"@type"})) == "NewsArticle");
    const JsonDoc::Id authors = at(doc, {"author"});
    REQUIRE(doc.is_array(authors));
    CHECK(doc.next_sibling(doc.next_sibling(doc.first_child(authors))) == JsonDoc::kNone);
    CHECK(doc.string(doc.find(doc.first_child(authors), "name")) == "Ann Lee");
    CHECK(doc.string(doc.find(doc.next_sibling(doc.first_child(authors)), "name")) == "Bo Chen");
    CHECK(doc.kind(at(doc, {"wordCount"})) == JsonDoc::Kind::number);
    CHECK(doc.kind(at(doc, {"isFree"})) == JsonDoc::Kind::boolean);
    CHECK(doc.kind(at(doc, {"x"})) == JsonDoc::Kind::null);
    CHECK(at(doc, {"headline"}) == JsonDoc::kNone);
    CHECK(doc.find(authors, "name") == JsonDoc::kNone);  // an array has no members
}

TEST_CASE("JsonDoc decodes escapes and surrogate pairs") {
    JsonDoc doc;
    REQUIRE(doc.parse(R"({"h": "I\u2019m \"in\" http:\/\/x.org\n\ud83d\ude00"})"));
    CHECK(doc.string(at(doc, {"h"})) == "I\xE2\x80\x99m \"in\" http://x.org\n\xF0\x9F\x98\x80");
    CHECK_FALSE(doc.parse(R"({"h": "\ud83d alone"})"));  // a lone surrogate is no text
    CHECK_FALSE(doc.parse(R"({"h": "\q"})"));
}

TEST_CASE("JsonDoc reads through the slips of hand-written JSON-LD") {
    JsonDoc doc;
    // A comma before } or ], and raw line breaks in strings (CMS templates).
    REQUIRE(doc.parse("{\"a\": [1, 2, ], \"h\": \"line one\nline\ttwo\", }"));
    const JsonDoc::Id a = at(doc, {"a"});
    CHECK(doc.next_sibling(doc.first_child(a)) != JsonDoc::kNone);
    CHECK(doc.next_sibling(doc.next_sibling(doc.first_child(a))) == JsonDoc::kNone);
    CHECK(doc.string(at(doc, {"h"})) == "line one line two");
    REQUIRE(doc.parse("\xEF\xBB\xBF  {\"b\": 1}  "));  // a byte-order mark and spaces around
    CHECK(doc.kind(at(doc, {"b"})) == JsonDoc::Kind::number);
}

TEST_CASE("JsonDoc rejects what is not JSON and keeps what it had") {
    JsonDoc doc;
    REQUIRE(doc.parse(R"({"keep": "me"})"));
    for (const char* bad : {"", "{", "{\"a\": 01}", "{\"a\" 1}", "[1 2]", "{\"a\": tru}", "{\"a\": \"open",
                            "{\"a\": 1} {\"b\": 2}", "<![CDATA[ {\"a\": 1} ]]>", "[1,,]", "{,}", "-", "1.", "1e"})
        CHECK_FALSE(doc.parse(bad));
    REQUIRE(doc.roots().size() == 1);
    CHECK(doc.string(at(doc, {"keep"})) == "me");
    REQUIRE(doc.parse(R"(["next"])"));
    CHECK(doc.string(doc.first_child(doc.roots().back())) == "next");
}

TEST_CASE("JsonDoc numbers values in document order and the last duplicate key wins") {
    JsonDoc doc;
    REQUIRE(doc.parse(R"({"name": "first", "author": {"@type": "Person"}, "name": "last"})"));
    REQUIRE(doc.parse(R"([{"@type": "NewsArticle"}])"));
    REQUIRE(doc.values() == 8);  // 5 in the first root, 3 in the second
    CHECK(doc.roots() == std::vector<JsonDoc::Id>{0, 5});
    CHECK(doc.string(doc.find(0, "name")) == "last");
    CHECK(doc.key(1) == "name");
    CHECK(doc.key(2) == "author");
    CHECK(doc.string(3) == "Person");  // the author's member comes before the next member of the root
    CHECK(doc.string(4) == "last");
    CHECK(doc.is_array(5));
    CHECK(doc.is_object(6));
}

TEST_CASE("JsonDoc nests a million levels deep without recursion") {
    const std::string deep = std::string(1000000, '[') + std::string(1000000, ']');
    JsonDoc doc;
    REQUIRE(doc.parse(deep));
    JsonDoc::Id v = doc.roots().back();
    std::size_t depth = 1;
    while (doc.first_child(v) != JsonDoc::kNone) v = doc.first_child(v), ++depth;
    CHECK(depth == 1000000);
    CHECK_FALSE(doc.parse(std::string(1000000, '[') + std::string(999999, ']')));
}
