// Text scrapes of the third round of unseen repost shells (study-f: Ghost
// newsletter boxes, liveblog timelines, phpBB and Discourse threads, PDF press
// releases on a wire page). Every page is handwritten here, with a trap next to
// each rule where one exists: lines that merely look like the widget are story text.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/text_scrape.hpp"
#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using extract::text::LineKind;
using namespace newsclean::test;

const std::string kTitle = "Fed holds rates steady after two-day meeting";
const std::string kLast =
    "Markets barely moved on the decision, and traders said they would now watch the jobs report due next week "
    "for signs that the labour market is cooling faster than expected.";

}  // namespace

TEST_CASE("round 3 text: a PDF button and a release marker between source and dateline are no headline",
          "[text-round-3]") {
    CHECK(kind_of("Download PDF") == LineKind::label);
    CHECK(kind_of("FOR IMMEDIATE RELEASE") == LineKind::label);
    const Article a = text_article({"WireDesk Releases Submit a release", "", kTitle, "", "Source: Helix Payments AG",
                                    "Download PDF", "FOR IMMEDIATE RELEASE", "ZURICH, September 19, 2025", kParagraph,
                                    kLast});
    CHECK(a.title == std::optional<std::string>(kTitle));
    CHECK(a.byline == std::optional<std::string>("Helix Payments AG"));
    CHECK_FALSE(has(a.body(), "IMMEDIATE"));
}

TEST_CASE("round 3 text: a category label under the headline gives way to it", "[text-round-3]") {
    const std::string headline = "Stack Overflow Jobs Data Shows ReactJS Skills in High Demand";
    const Article a = text_article({"CryptoTalk Latest Categories", "", headline, "", "Crypto News",
                                    "news-bot Sep 19, 2025", "", "Source: CoinDesk", "", kParagraph, "", kLast});
    CHECK(a.title == std::optional<std::string>(headline));
    // Trap: a Title Case nav bar above a short headline is no headline.
    const Article nav = text_article({"Home Markets Crypto Business Opinion", "", "Rate Cuts", "Source: Reuters", "",
                                      kParagraph, "", kLast});
    CHECK(nav.title == std::optional<std::string>("Rate Cuts"));
}

TEST_CASE("round 3 text: a phpBB post row is a poster and a date", "[text-round-3]") {
    const std::string row = "Post by newsbot \xC2\xBB Fri Sep 19, 2025 4:20 am";
    CHECK(kind_of(row) == LineKind::dateline);
    const Article a = text_article({"Board index News FAQ Login", "", kTitle, "", "Post Reply 4 posts", "", kTitle, "",
                                    row, "", "Source: Reuters", "", kParagraph, "", kLast});
    CHECK(a.title == std::optional<std::string>(kTitle));
    CHECK(a.byline == std::optional<std::string>("Reuters"));  // the story's source beats the forum account
    REQUIRE(a.date);
    CHECK(a.date->substr(0, 10) == "2025-09-19");
    const Article poster = text_article(
        {kTitle, "", "Post by Jane Smith \xC2\xBB Fri Sep 19, 2025 4:20 am", "", kParagraph, "", kLast});
    CHECK(poster.byline == std::optional<std::string>("Jane Smith"));
    // Trap: a guillemet in a headline with no date after it.
    CHECK(kind_of("Markets \xC2\xBB Crypto") != LineKind::dateline);
}
