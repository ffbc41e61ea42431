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
