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
const std::string& kLast = newsclean::test::kStudyLast;

std::string body_of(const std::vector<std::string>& lines) { return text_article(lines).body(); }

}  // namespace

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

TEST_CASE("round 3 text: a newsletter box closed by its button goes", "[text-round-3]") {
    const std::string body = body_of({kTitle, "By Jane Doe \xC2\xB7 Sep 19, 2025", "", kParagraph, "", kLast, "",
                                      "ChainDigest Weekly", "",
                                      "One email a week with the best crypto essays from around the web.", "",
                                      "Subscribe", "", "\xC2\xA9 2025 ChainDigest. All rights reserved."});
    CHECK(has(body, kLast));
    CHECK_FALSE(has(body, "One email a week"));
    CHECK_FALSE(has(body, "ChainDigest Weekly"));
    // The box's email field between the pitch and the button.
    const std::string form = body_of({kTitle, "By Jane Doe", "Sep 19, 2025", "", kParagraph, "", kLast, "",
                                      "The Morning Brief", "", "Markets, explained in five minutes before the open.",
                                      "", "Enter your email address", "Sign up"});
    CHECK(has(form, kLast));
    CHECK_FALSE(has(form, "five minutes before the open"));
    // Trap: the story's own closing section, with a share bar (no signup button) under it, stays.
    const std::string own = body_of({kTitle, "By Jane Doe", "Sep 19, 2025", "", kParagraph, "", kLast, "",
                                     "What comes next", "", "The committee meets again in six weeks.", "", "Share"});
    CHECK(has(own, "The committee meets again in six weeks."));
}

TEST_CASE("round 3 text: a hat-tip credit after the story goes", "[text-round-3]") {
    CHECK(kind_of("h/t The Defiant for flagging this post") == LineKind::credit);
    CHECK(kind_of("Hat tip to Jane Smith") == LineKind::credit);
    const Article a = text_article({kTitle, "By Jane Doe \xC2\xB7 Sep 19, 2025", "", kParagraph, "", kLast, "",
                                    "h/t The Defiant for flagging this post", "", "Keep reading", "",
                                    "Stablecoin Supply Hits Record $290 Billion"});
    CHECK_FALSE(has(a.body(), "h/t"));
    CHECK(a.byline == std::optional<std::string>("Jane Doe"));
    // Trap: "hat tips" opening a sentence of the story.
    CHECK(kind_of("Hat tips and thank-you notes piled up on the desk") != LineKind::credit);
}

TEST_CASE("round 3 text: a liveblog's key-events timeline goes, a story's schedule stays", "[text-round-3]") {
    const std::string body =
        body_of({"MarketPulse Live Markets", "", kTitle, "", "By Priya Natarajan", "Published 19 Sep 2025 04:20 BST",
                 "", "Key events", "", "11:02 Bitcoin reclaims $116,000 after US jobs data",
                 "09:45 Ether ETF inflows top $300m for the week", "Show key events only", "", kParagraph, "", kLast});
    CHECK(body.rfind(kParagraph.substr(0, 30), 0) == 0);
    CHECK_FALSE(has(body, "Bitcoin reclaims"));
    CHECK_FALSE(has(body, "key events"));
    // Trap: timed lines inside the story, with no timeline heading, are its schedule.
    const std::string own = body_of({kTitle, "By Priya Natarajan", "Sep 19, 2025", "", kParagraph, "",
                                     "09:00 Opening remarks by the chair", "10:30 Panel on market structure", "",
                                     kLast});
    CHECK(has(own, "09:00 Opening remarks by the chair"));
}

TEST_CASE("round 3 text: a thread's Like/Reply buttons and reply rows end the first post", "[text-round-3]") {
    const std::string body =
        body_of({kTitle, "", "news-bot Sep 19, 2025", "", "Source: CoinDesk", "", kParagraph, "", kLast, "", "Like",
                 "Reply", "member0 2h", "", "Great find, thanks for posting this, it is a really useful summary.", "",
                 "member1 3h", "", "Not sure I agree with the second half of this article at all, to be honest.", "",
                 "3 replies 412 views"});
    CHECK(has(body, kLast));
    CHECK_FALSE(has(body, "Great find"));
    CHECK_FALSE(has(body, "member0"));
    // A row with a separator ("Jane Doe · 2h") reads as a byline line; a long reply does not join the post.
    const std::string reply =
        "I wonder how many of these rules will survive the next meeting, given that the committee has changed its "
        "mind twice already this year and the markets have learned to ignore the guidance entirely.";
    const std::string dotted = body_of({kTitle, "", "Source: CoinDesk", "", kParagraph, "", kLast, "", "Like", "Reply",
                                        "Jane Doe \xC2\xB7 2h", "", reply});
    CHECK(has(dotted, kLast));
    CHECK_FALSE(has(dotted, "I wonder how many"));
}

TEST_CASE("round 3 text: a name after a LIVE badge on the dateline is the byline", "[text-round-3]") {
    const Article a = text_article({"MarketPulse Live Markets", "", kTitle,
                                    "LIVE Tom\xC3\xA1s Ferreira 19 September 2025 Updated 11:02", "", kParagraph, "",
                                    kLast});
    CHECK(a.byline == std::optional<std::string>("Tom\xC3\xA1s Ferreira"));
    REQUIRE(a.date);
    CHECK(a.date->substr(0, 10) == "2025-09-19");
    CHECK(a.title == std::optional<std::string>(kTitle));
    // Trap: without the all-caps badge, words before a date are no name ("Live Markets" is a section).
    const Article plain = text_article({kTitle, "Live Markets Desk 19 September 2025", "", kParagraph, "", kLast});
    CHECK_FALSE(plain.byline);
    // Trap: a month name ends the name ("LIVE Updates Sep 19, 2025": one word, no name).
    const Article updates = text_article({kTitle, "LIVE Updates Sep 19, 2025", "", kParagraph, "", kLast});
    CHECK_FALSE(updates.byline);
}

TEST_CASE("round 3 text: a name with a Korean role word after it is the byline", "[text-round-3]") {
    // study-f naver shell: "김민수 기자" ("reporter Kim Min-su") under the headline.
    const Article a = text_article({kTitle, "\xEA\xB9\x80\xEB\xAF\xBC\xEC\x88\x98 \xEA\xB8\xB0\xEC\x9E\x90",
                                    "2025.09.19 04:20", "", kParagraph, "", kLast});
    CHECK(a.title == std::optional<std::string>(kTitle));
    CHECK(a.byline == std::optional<std::string>("\xEA\xB9\x80\xEB\xAF\xBC\xEC\x88\x98"));
    // Trap: a sentence ending in the role word stays prose.
    CHECK(kind_of("The agency said on Tuesday that it had hired a new \xEA\xB8\xB0\xEC\x9E\x90.") == LineKind::prose);
}
