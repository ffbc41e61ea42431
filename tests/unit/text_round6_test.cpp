// Text scrapes of the sixth round of unseen page shells (study-i: Nasdaq
// partner stories, Indian agency feeds, dev.to, Boursorama, CoinPost). Every
// page is handwritten here, with a trap next to each rule.
#include <catch2/catch.hpp>

#include <string>

#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;
using newsclean::extract::text::LineKind;

}  // namespace

TEST_CASE("round 6 text: a name and its date on one row, joined by a dash", "[text-round-6]") {
    // Nasdaq's partner row (study-i nasdaqfool shell): name, outlet, em-dashed date and time.
    const Article a = study_text_page({"Rachel Warren, The Motley Fool \xE2\x80\x94 September 19, 2025 \xE2\x80\x94 04:20 am EDT",
                            "NDAQ +0.52% BTC -1.91% COIN +3.08%"});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK(a.byline == std::optional<std::string>("Rachel Warren"));
    CHECK(day_of(a) == "2025-09-19");
    const Article b = study_text_page({"Rachel Warren \xE2\x80\x94 September 19, 2025 04:20 am EDT"});
    CHECK(b.title == std::optional<std::string>(kStudyTitle));
    CHECK(b.byline == std::optional<std::string>("Rachel Warren"));
    CHECK(day_of(b) == "2025-09-19");
    // Trap: a headline holding a date is no row ("LWN.net Weekly Edition for March 26, 2015", dev corpus).
    const std::string weekly = "LWN.net Weekly Edition for March 26, 2015";
    const Article c = text_article({"Home News Markets", "", weekly, "", kParagraph, "", kStudyLast});
    CHECK(c.title == std::optional<std::string>(weekly));
    // Trap: a section kicker before the dash names no one (study-b pressrel shell).
    const Article d = study_text_page({"Press Release \xC2\xB7 September 20, 2025"});
    CHECK_FALSE(d.byline);
    CHECK(d.title == std::optional<std::string>(kStudyTitle));
    // Trap: a place before a comma is a dateline's, no byline.
    const Article e = study_text_page({"Berlin, September 19, 2025"});
    CHECK(e.byline != std::optional<std::string>("Berlin"));
}

TEST_CASE("round 6 text: 'Posted on' and 'publié le' join a name to its date", "[text-round-6]") {
    // dev.to's row (study-i devto shell), above the headline.
    const Article a = text_article({"DEV Community Log in Create account", "\xE2\x9D\xA4\xEF\xB8\x8F 12 \xF0\x9F\xA6\x84 3",
                                    "Nina Park Posted on Sep 19, 2025", "", kStudyTitle, "", "#crypto #bitcoin #webdev", "",
                                    kParagraph, "", kStudyLast});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK(a.byline == std::optional<std::string>("Nina Park"));
    CHECK(day_of(a) == "2025-09-19");
    // The current year omitted: the row still names the author, and gives no date.
    const Article b = study_text_page({"Nina Park Posted on Sep 19"});
    CHECK(b.byline == std::optional<std::string>("Nina Park"));
    CHECK(b.title == std::optional<std::string>(kStudyTitle));
    CHECK_FALSE(b.date);
    // Boursorama's agency row (boursorama shell): the date before "Mis à jour" is the published one.
    const Article c = study_text_page({"AFP publi\xC3\xA9 le 19/09/2025 \xC3\xA0 06:20 Mis \xC3\xA0 jour le 20/09/2025 \xC3\xA0 10:05"});
    CHECK(c.byline == std::optional<std::string>("AFP"));
    CHECK(day_of(c) == "2025-09-19");
    // Trap: a headline with "on" and a date keeps its words ("SEC to Rule on ETFs on May 23, 2024").
    const std::string rule = "SEC to Rule on Spot Ether ETFs on May 23, 2024";
    const Article d = text_article({"Home News Markets", "", rule, "", kParagraph, "", kStudyLast});
    CHECK(d.title == std::optional<std::string>(rule));
    CHECK_FALSE(d.byline);
}

TEST_CASE("round 6 text: a crossposted story keeps its author row's person", "[text-round-6]") {
    // dev.to (study-i round 6 B13): the crosspost line names the author's own blog.
    const Article a = text_article({"DEV Community Log in Create account",
                                    "Nina Park Posted on Sep 19, 2025 \xE2\x80\xA2 Edited on Sep 20, 2025", "", kStudyTitle, "",
                                    kParagraph, "", kStudyLast, "",
                                    "Originally published at ninapark.hashnode.dev on Sep 18, 2025."});
    CHECK(a.byline == std::optional<std::string>("Nina Park"));
    CHECK(day_of(a) == "2025-09-18");  // the original date still wins
    // Trap: with no author row, the crosspost names the origin as before.
    const Article b = study_text_page({"Sep 19, 2025", "", "", "Originally published at ninapark.hashnode.dev on Sep 18, 2025."});
    CHECK(b.byline == std::optional<std::string>("ninapark.hashnode.dev"));
}

TEST_CASE("round 6 text: an agency's row over the date line", "[text-round-6]") {
    // Business Standard's syndicated feed (study-i bsyndic shell).
    const Article a = study_text_page({"Press Trust of India | New Delhi", "Last Updated : Sep 20 2025 | 10:05 AM IST"});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK(a.byline == std::optional<std::string>("Press Trust of India"));
    CHECK(day_of(a) != "2025-09-20");  // an updated date is never the date
    CHECK(a.date_modified.value_or("").substr(0, 10) == "2025-09-20");  // but the modified one
    const Article b = study_text_page({"Press Trust of India", "Sep 19 2025 | 4:20 AM IST"});
    CHECK(b.title == std::optional<std::string>(kStudyTitle));
    CHECK(b.byline == std::optional<std::string>("Press Trust of India"));
    CHECK(day_of(b) == "2025-09-19");
    // Trap: a headline with an "of" over a date, no headline above it, stays the headline.
    const std::string future = "The Future of Money in Asia";
    const Article c = text_article({"Markets", "", future, "Sep 19, 2025", "", kParagraph, "", kStudyLast});
    CHECK(c.title == std::optional<std::string>(future));
    CHECK_FALSE(c.byline);
    // Trap: two people's names are an author row, their year-less date no body line (study-g substack).
    const Article d = study_text_page({"Nadia Petrova and Ian Cole", "Sep 19"});
    CHECK(d.byline == std::optional<std::string>("Nadia Petrova and Ian Cole"));
    CHECK_FALSE(has(d.body(), "Sep 19"));
}

TEST_CASE("round 6 text: an updated date first, the published one after it", "[text-round-6]") {
    // ET's agency row (study-i round 6 B7, bsyndic shell).
    const Article a = study_text_page({"IANS | Last Updated: Sep 20, 2025, 10:05:00 AM IST | Published: Sep 19, 2025, 04:20:00 AM IST"});
    CHECK(day_of(a) == "2025-09-19");
    CHECK(a.byline == std::optional<std::string>("IANS"));
    // ja CMS labels (coinpostjp shell): 更新 = updated, 公開 = published.
    const Article b = study_text_page({"\xE6\x9B\xB4\xE6\x96\xB0\xEF\xBC\x9A" "2025/09/20 10:05 \xE5\x85\xAC\xE9\x96\x8B\xEF\xBC\x9A" "2025/09/19 04:20"});
    CHECK(b.title == std::optional<std::string>(kStudyTitle));
    CHECK(day_of(b) == "2025-09-19");
    // Trap: an updated date alone is never the publication date.
    const Article c = study_text_page({"\xE6\x9B\xB4\xE6\x96\xB0\xEF\xBC\x9A" "2025/09/20 10:05"});
    CHECK(day_of(c) != "2025-09-20");
    // Trap: published first, updated second: the first date.
    const Article d = study_text_page({"IANS | Published: Sep 19, 2025, 04:20:00 AM IST | Updated: Sep 20, 2025, 10:05:00 AM IST"});
    CHECK(day_of(d) == "2025-09-19");
}

TEST_CASE("round 6 text: a yen quote box under the date is no headline", "[text-round-6]") {
    // CoinPost's 重要指標 box (study-i coinpostjp shell).
    const Article a = study_text_page({"2025/09/19 04:20", "", "\xE9\x87\x8D\xE8\xA6\x81\xE6\x8C\x87\xE6\xA8\x99", "",
                            "BTC \xC2\xA5" "17,021,540 -1.91%", "ETH \xC2\xA5" "661,320 +0.84%",
                            "\xE3\x83\x89\xE3\x83\xAB\xE5\x86\x86 147.62"});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK_FALSE(has(a.body(), "147.62"));
    CHECK_FALSE(has(a.body(), "\xE9\x87\x8D\xE8\xA6\x81\xE6\x8C\x87\xE6\xA8\x99"));
    // Trap: a heading over one quote and a paragraph is the story's own; a price row away from quotes stays.
    const Article b = text_article({"Home News Markets", "", kStudyTitle, "", "Sep 19, 2025", "", kParagraph, "",
                                    "Gold 3,642.10", "", kStudyLast});
    CHECK(has(b.body(), "Gold 3,642.10"));
}

TEST_CASE("round 6 text: a thread's post counters are never prose", "[text-round-6]") {
    for (const char* counter : {"1/13", "(2/12)", "1/", "12/12"})
        CHECK(kind_of(counter) == LineKind::counter);
    // Traps: "24/7" counts nothing (24 > 7), a ratio in a sentence is prose, a date keeps its kind.
    CHECK(kind_of("24/7") != LineKind::counter);
    CHECK(kind_of("0/5") != LineKind::counter);
    CHECK(kind_of("Prices rose 1/3 over the week, traders said on Friday afternoon.") == LineKind::prose);
    // Thread Reader App unroll (study-i threadreader shell): a counter above each post.
    const Article a = text_article({"Thread by @lisa_onchain", "", "Lisa Moreno @lisa_onchain", "Sep 19, 2025", "1/3",
                                    kParagraph, "2/3", kParagraph, "3/3", kStudyLast, "Read on X"});
    CHECK_FALSE(has(a.body(), "2/3"));
    CHECK_FALSE(has(a.body(), "3/3"));
    CHECK(has(a.body(), kStudyLast));
}

TEST_CASE("round 6 text: a long CJK headline is no paragraph", "[text-round-6]") {
    // CoinPost (study-i coinpostjp shell): 40 characters, each a "word", no sentence end.
    const std::string ja = "\xE3\x83\x88\xE3\x83\xAC\xE3\x83\xB3\xE3\x83\x89\xE3\x83\x9E\xE3\x82\xA4\xE3\x82\xAF\xE3\x83\xAD"
                           "\xE3\x80\x81\xE5\x85\xAC\xE8\xA1\x86\xE7\x84\xA1\xE7\xB7\x9A" "LAN"
                           "\xE3\x82\x92\xE5\xAE\x89\xE5\x85\xA8\xE3\x81\xAB\xE4\xBD\xBF\xE3\x81\x86\xE3\x81\x9F\xE3\x82\x81"
                           "\xE3\x81\xAE\xE3\x82\xA2\xE3\x83\x97\xE3\x83\xAA\xE3\x80\x8C\xE3\x83\x95\xE3\x83\xAA\xE3\x83\xBC"
                           "Wi-Fi\xE3\x83\x97\xE3\x83\xAD\xE3\x83\x86\xE3\x82\xAF\xE3\x82\xB7\xE3\x83\xA7\xE3\x83\xB3\xE3\x80\x8D";
    CHECK(kind_of(ja) == LineKind::short_text);
    const Article a = text_article({"CoinPost", "", ja, "", "2025/09/19 04:20", "", kParagraph, "", kStudyLast});
    CHECK(a.title == std::optional<std::string>(ja));
    // Trap: the same characters ending in 。 are a sentence, a paragraph.
    CHECK(kind_of(ja + "\xE3\x80\x82") == LineKind::prose);
}
