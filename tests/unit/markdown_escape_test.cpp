// Issue 6: "Markdown metacharacters in text are escaped only where they would
// change the meaning" — what stays as typed, and what gets a backslash.
#include <catch2/catch.hpp>

#include "write/markdown_escape.hpp"

using newsclean::write::md::Context;
using newsclean::write::md::escape_inline;
using newsclean::write::md::link_destination;

TEST_CASE("Harmless metacharacters stay as typed", "[markdown][escape]") {
    for (const char* text : {"2 * 3 = 6", "snake_case_name", "see [1] and [2]", "C# and F#", "#hashtag", "-5%",
                             "a ` lone backtick", "AT&T", "a < b > c", "News>Crypto>Detail", "Q&A: 100% sure!",
                             "C:\\path\\to\\file", "ends with a backslash \\ here", "email a_b@example.com",
                             "+1 555", "2024 was a year", "x = y - z"}) {
        CHECK(escape_inline(text, Context::block) == text);
    }
}

TEST_CASE("Metacharacters that would change the meaning are escaped", "[markdown][escape]") {
    CHECK(escape_inline("a *word* here", Context::block) == "a \\*word\\* here");
    CHECK(escape_inline("_under_", Context::block) == "\\_under\\_");
    CHECK(escape_inline("`code` span", Context::block) == "\\`code\\` span");
    CHECK(escape_inline("[text](url)", Context::block) == "[text\\](url)");
    CHECK(escape_inline("&amp; &#35;", Context::block) == "\\&amp; \\&#35;");
    CHECK(escape_inline("<b>x</b>", Context::block) == "\\<b>x\\</b>");
    CHECK(escape_inline("- item\n1. item\n# head\n> quote\n===", Context::block) ==
          "\\- item\\\n1\\. item\\\n\\# head\\\n\\> quote\\\n\\===");
    CHECK(escape_inline("a\\*b", Context::block) == "a\\\\\\*b");
    CHECK(escape_inline("~strike~", Context::block) == "\\~strike\\~");
}

TEST_CASE("Each context has its own rules", "[markdown][escape]") {
    CHECK(escape_inline("- not a list", Context::heading) == "- not a list");
    CHECK(escape_inline("C #", Context::heading) == "C \\#");
    CHECK(escape_inline("a|b\nc", Context::cell) == "a\\|b<br>c");
    CHECK(escape_inline("a|b", Context::block) == "a|b");
    CHECK(escape_inline("[x] y", Context::link_text) == "\\[x\\] y");
}

TEST_CASE("Links are wrapped, their destinations escaped", "[markdown][escape]") {
    const newsclean::write::md::LinkSpan span{4, 8, "https://e.com/a(b)"};
    CHECK(escape_inline("see this!", Context::block, {&span, 1}) == "see [this](https://e.com/a\\(b\\))!");
    CHECK(link_destination("https://e.com/a b") == "<https://e.com/a b>");
    CHECK(link_destination("https://e.com/?a=1&amp;b=2&c") == "https://e.com/?a=1&amp;amp;b=2&c");
    CHECK(link_destination("") == "<>");
}
