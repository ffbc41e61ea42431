#include <catch2/catch.hpp>

#include "util/token_matcher.hpp"

using namespace std::string_view_literals;

TEST_CASE("TokenMatcher finds the first of many tokens, case-insensitively", "[util]") {
    static constexpr std::string_view kTokens[] = {"related"sv, "comment"sv, "share"sv};
    const newsclean::util::TokenMatcher m(kTokens);
    CHECK(m.in("post-Related-links"));
    CHECK(m.find("x comments-open share") == 2);
    CHECK_FALSE(m.in("article-body"));
    CHECK(m.find("reshare share", true) == 8);  // word start only
    CHECK(m.find("") == std::string_view::npos);
}

TEST_CASE("TokenMatcher tables: one pass, one bit per table", "[util]") {
    static constexpr std::string_view kNoise[] = {"related"sv, "comment"sv};
    static constexpr std::string_view kByline[] = {"author"sv, "byline"sv};
    static const newsclean::util::TokenMatcher::Table kTables[] = {{kNoise, 1}, {kByline, 2}};
    const newsclean::util::TokenMatcher m(kTables);
    CHECK(m.flags("comment-author") == 3);
    CHECK(m.flags("entry-Byline") == 2);
    CHECK(m.flags("x") == 0);
}
