// util::collapse_whitespace: whole strings and the bounded prefix the
// metadata page lines use.
#include <catch2/catch.hpp>

#include "util/text.hpp"

using newsclean::util::collapse_whitespace;

TEST_CASE("collapse_whitespace joins runs of ASCII and Unicode spaces", "[text]") {
    CHECK(collapse_whitespace("  a\t\n b  ") == "a b");
    CHECK(collapse_whitespace("x\xC2\xA0\xC2\xA0y") == "x y");          // NBSP
    CHECK(collapse_whitespace("zero\xE2\x80\x8Bwidth") == "zerowidth");  // U+200B is invisible
    CHECK(collapse_whitespace("Über  straße") == "Über straße");
    CHECK(collapse_whitespace("") == "");
}

TEST_CASE("bounded collapse_whitespace is a prefix of the whole result", "[text]") {
    const std::string para = "  Lorem   ipsum\n\n dolor sit amet,   consectetur adipiscing elit  ";
    const std::string whole = collapse_whitespace(para);
    for (std::size_t cap : {0u, 5u, 11u, 30u, 200u}) {
        const std::string part = collapse_whitespace(para, cap);
        CHECK(whole.compare(0, part.size(), part) == 0);
        CHECK(part.size() >= std::min(whole.size(), cap));
    }
    CHECK(collapse_whitespace(para, 1000) == whole);
}

// Prose is copied in stretches, but a bounded collapse still stops after the
// first word that takes the output past the cap, as word-by-word copying did
// (page lines are cut from this prefix).
TEST_CASE("bounded collapse_whitespace stops after the word crossing the cap", "[text]") {
    CHECK(collapse_whitespace("aa bb cc dd", 4) == "aa bb");
    CHECK(collapse_whitespace("aa bb cc dd", 5) == "aa bb cc");
    CHECK(collapse_whitespace("aa  bb\ncc dd", 2) == "aa bb");
    CHECK(collapse_whitespace("aa bb \xC3\xA9t\xC3\xA9 cc", 6) == "aa bb \xC3\xA9");
}

// Non-ASCII text without spaces is copied in runs; the Unicode spaces inside
// such text (U+3000, NBSP, U+200B) still collapse, and a cap still applies.
TEST_CASE("collapse_whitespace on non-ASCII runs", "[text]") {
    CHECK(collapse_whitespace("\xE6\x96\xB0\xE5\x8D\x8E\xE7\xA4\xBE\xE3\x80\x80\xE5\x8C\x97\xE4\xBA\xAC") ==
          "\xE6\x96\xB0\xE5\x8D\x8E\xE7\xA4\xBE \xE5\x8C\x97\xE4\xBA\xAC");  // 新华社　北京: ideographic space
    CHECK(collapse_whitespace("\xD0\x9F\xD1\x80\xD0\xB8\xC2\xA0\xD0\xB2\xD0\xB5\xD1\x82") ==
          "\xD0\x9F\xD1\x80\xD0\xB8 \xD0\xB2\xD0\xB5\xD1\x82");  // При\u00A0вет
    CHECK(collapse_whitespace("\xD0\xB0\xE2\x80\x8B\xD0\xB1") == "\xD0\xB0\xD0\xB1");  // U+200B is invisible
    CHECK(collapse_whitespace("\xD0\xB0\xD0\xB1\xD0\xB2 \xD0\xB3", 2) == "\xD0\xB0\xD0\xB1");  // stops after the cap
}
