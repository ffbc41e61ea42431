// Metadata of the ninth round of unseen page shells (study-l): a repost's "Original source: X" label (B1) and
// an aggregator desk stamped as a JSON-LD Person (B2, Binance Square) never beat the outlet the page names.
// Each positive case has its trap beside it: the nearest legitimate page that must keep its old reading.
#include <catch2/catch.hpp>

#include <string>

#include "extract/byline.hpp"
#include "metadata_test_support.hpp"

namespace {

using namespace newsclean::metatest;
using newsclean::Article;

const std::string kPlainTitle = "<title>Fed holds rates steady</title>";
// Binance Square's <title>: the desk's name in the site part ("… | Binance News on Binance Square").
const std::string kDeskTitle = "<title>Fed holds rates steady | Binance News</title>";
const std::string kHeadline = "<h1>Fed holds rates steady</h1>";
const std::string kOriginalSource = R"(<h1>Fed holds rates steady</h1><div class="source-line">Original source: <a>Cointelegraph</a></div>)";
const std::string kSourceTail = "<p>Source: CoinDesk</p>";

}  // namespace

TEST_CASE("round 9 B1: \"Original source:\" is a two-word source label", "[metadata][byline][round-9]") {
    using newsclean::extract::parse_byline;
    using newsclean::extract::parse_source_line;
    CHECK(parse_source_line("Original source: Cointelegraph").value_or("none") == "Cointelegraph");
    CHECK(parse_source_line("Original Source: CoinDesk").value_or("none") == "CoinDesk");
    const auto b = parse_byline("Original source: Cointelegraph");
    REQUIRE(b);
    CHECK(b->byline == "Cointelegraph");
    // Traps: prose about an original source, and "Original: <date>" (a repost credit naming nobody).
    CHECK_FALSE(parse_source_line("The original source of the leak was a contractor, officials said.").has_value());
    CHECK_FALSE(parse_byline("Original: 2025-09-19 08:05").has_value());
}

TEST_CASE("round 9 B1: \"Original source: X\" under the headline names the origin over a desk Person",
          "[metadata][byline][round-9]") {
    const Article a = whole_page(kPlainTitle + ld_author("Person", "Binance News"), kOriginalSource);
    CHECK(or_none(a.byline) == "Cointelegraph");
    CHECK(or_none(a.source) == "Cointelegraph");
    // Trap: a person named by the metadata is the author; the label still gives the source.
    const Article p = whole_page(kPlainTitle + ld_author("Person", "Jane Doe"), kOriginalSource);
    CHECK(or_none(p.byline) == "Jane Doe");
    CHECK(or_none(p.source) == "Cointelegraph");
}

TEST_CASE("round 9 B2: a desk Person the <title> names is the host", "[metadata][byline][round-9]") {
    // "… | Binance News on Binance Square" over author Person "Binance News", the story closing "Source: CoinDesk".
    CHECK(or_none(whole_page(kDeskTitle + ld_author("Person", "Binance News"), kHeadline, kSourceTail).byline) == "CoinDesk");
    // No outlet named anywhere: no byline (never the aggregator).
    CHECK_FALSE(whole_page(kDeskTitle + ld_author("Person", "Binance News"), kHeadline).byline.has_value());
    // Trap: a person's name in the <title> (a personal blog) stays the author.
    CHECK(or_none(whole_page("<title>Fed holds rates steady | Jane Doe</title>" + ld_author("Person", "Jane Doe"), kHeadline)
                      .byline) == "Jane Doe");
}

TEST_CASE("round 9 B2: a closing source line beats a desk-named metadata Person", "[metadata][byline][round-9]") {
    // Saved without a title naming the site: the two outlets, the labelled one is the origin.
    CHECK(or_none(whole_page(kPlainTitle + ld_author("Person", "Binance News"), kHeadline, kSourceTail).byline) == "CoinDesk");
    // Trap: a person stays the author under a closing source line.
    CHECK(or_none(whole_page(kPlainTitle + ld_author("Person", "Jane Doe"), kHeadline, kSourceTail).byline) == "Jane Doe");
    // Trap: the same outlet keeps its full name.
    CHECK(or_none(whole_page(kPlainTitle + ld_author("Person", "Bloomberg News"), kHeadline, "<p>Source: Bloomberg</p>").byline) ==
          "Bloomberg News");
    // Trap: the desk the page prints as its byline is the page's own credit.
    CHECK(or_none(whole_page(kPlainTitle + ld_author("Person", "Crypto Daily"),
                             kHeadline + R"(<div class="byline">By Crypto Daily</div>)", kSourceTail)
                      .byline) == "Crypto Daily");
}

TEST_CASE("round 9 B3: a credit line's labelled author after the outlet is the byline", "[metadata][byline][round-9]") {
    using newsclean::extract::parse_byline;
    const auto b = parse_byline("This article originally appeared on Bloomberg. Author: Jane Doe");
    REQUIRE(b);
    CHECK(b->byline == "Jane Doe");
    const std::string credit = "<p><em>This article originally appeared on Bloomberg. Author: Jane Doe</em></p>";
    const Article a = whole_page(kPlainTitle, kHeadline, credit);
    CHECK(or_none(a.byline) == "Jane Doe");
    CHECK(or_none(a.source) == "Bloomberg");
    // Traps: the credit alone, and a second sentence that is prose, name the outlet.
    CHECK(or_none(whole_page(kPlainTitle, kHeadline, "<p>This article originally appeared on Bloomberg.</p>").byline) == "Bloomberg");
    CHECK(or_none(whole_page(kPlainTitle, kHeadline,
                             "<p>This article originally appeared on Bloomberg. The company declined to comment.</p>")
                      .byline) == "Bloomberg");
    // Trap: an initial is no sentence end.
    CHECK(parse_byline("By J. Doe")->byline == "J. Doe");
}
