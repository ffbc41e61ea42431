// Text scrapes of the fourth round of unseen page shells (study-g: Substack
// posts, Medium copies on exchange blogs, Feedly/Inoreader entries, coin-data
// community posts). Every page is handwritten here, with a trap next to each
// rule: lines that merely look like the widget are story text or a headline.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/boilerplate_text.hpp"
#include "extract/text_scrape.hpp"
#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using extract::text::LineKind;
using namespace newsclean::test;


}  // namespace

TEST_CASE("round 4 text: a counter row under the author row is no headline", "[text-round-4]") {
    // Substack: like / comment / restack counts under name and date (study-g substack shell).
    const Article a = text_article({"Home News Markets", "", kStudyTitle, "", "Nadia Petrova", "Sep 19, 2025", "42 7 5",
                                    "Share", "", kParagraph, "", kStudyLast});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK(a.byline == std::optional<std::string>("Nadia Petrova"));
    // Trap: a headline with figures in it stays a headline.
    const Article b = text_article({"Home News Markets", "", "Bitcoin Tops 100000 Dollars For 3 Days", "",
                                    "By Nadia Petrova", "Sep 19, 2025", "", kParagraph, "", kStudyLast});
    CHECK(b.title == std::optional<std::string>("Bitcoin Tops 100000 Dollars For 3 Days"));
}

TEST_CASE("round 4 text: a row of counters led by pictographs is a UI label", "[text-round-4]") {
    CHECK(extract::is_ui_count("42 7 5"));
    CHECK(extract::is_ui_count("\xF0\x9F\x91\x8F 1.2K"));                   // 👏 1.2K
    CHECK(extract::is_ui_count("\xF0\x9F\x92\xAC 18"));                     // 💬 18
    CHECK(extract::is_ui_count("\xE2\x9D\xA4 214 \xC2\xB7 \xF0\x9F\x92\xAC 18"));  // ❤ 214 · 💬 18
    // Traps: a count with a word, an ordinal, a lone pictograph.
    CHECK_FALSE(extract::is_ui_count("12 reads"));
    CHECK_FALSE(extract::is_ui_count("3rd"));
    CHECK_FALSE(extract::is_ui_count("\xF0\x9F\x91\x8F"));
    CHECK_FALSE(extract::is_ui_count("\xF0\x9F\x91\x8F great"));
    // Medium copy: claps, responses, Listen and Share between the row and the story (study-g exblog shell).
    const Article a = text_article({"Home News Markets", "", kStudyTitle, "", "Kai Tanaka \xC2\xB7", "Follow",
                                    "6 min read \xC2\xB7 Sep 22, 2025", "\xF0\x9F\x91\x8F 1.2K", "\xF0\x9F\x92\xAC 18",
                                    "Listen", "Share", "", kParagraph, "", kStudyLast});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK(a.body().rfind(kParagraph, 0) == 0);
    // Trap: a number alone inside the story is no counter (no header UI next to it).
    const std::string body = text_article({kStudyTitle, "By Jane Doe \xC2\xB7 Sep 19, 2025", "", kParagraph, "", "1984",
                                           "", kStudyLast}).body();
    CHECK(has(body, "1984"));
}

TEST_CASE("round 4 text: feed-reader buttons are UI labels, never the headline", "[text-round-4]") {
    CHECK(kind_of("Read Later") == LineKind::label);
    CHECK(kind_of("Save to Board") == LineKind::label);
    CHECK(kind_of("Visit Website") == LineKind::label);
    const Article a = text_article({"Home News Markets", "", kStudyTitle, "", "CoinDesk \xC2\xB7 by Ana Ruiz \xC2\xB7 3d",
                                    "Mark as read", "Save to Board", "Read Later", "Share", "", kParagraph, "", kStudyLast});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    // Trap: "Listen" inside a sentence is story text.
    const std::string body = text_article({kStudyTitle, "By Jane Doe \xC2\xB7 Sep 19, 2025", "", kParagraph, "",
                                           "Listen to the markets, the governor told reporters after the meeting.", "",
                                           kStudyLast}).body();
    CHECK(has(body, "Listen to the markets"));
}

TEST_CASE("round 4 text: a feed reader's slashed row names the author", "[text-round-4]") {
    const Article a = text_article({"Home News Markets", "", kStudyTitle, "", "CoinDesk / by Ana Ruiz / 3d", "Mark as read",
                                    "Save to Board", "Read Later", "Share", "", kParagraph, "", kStudyLast});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK(a.byline == std::optional<std::string>("Ana Ruiz"));
    // Trap: a slash inside a headline without "by" is no byline ("Bitcoin / Ether ratio").
    const Article b = text_article({"Home News Markets", "", "Bitcoin / Ether Ratio Hits Two-Year Low", "",
                                    kParagraph, "", kStudyLast});
    CHECK(b.title == std::optional<std::string>("Bitcoin / Ether Ratio Hits Two-Year Low"));
    CHECK_FALSE(b.byline);
}

TEST_CASE("round 4 text: a year-less date under a name is the row's date, never the headline", "[text-round-4]") {
    const Article a = text_article({"Home News Markets", "", kStudyTitle, "", "Nadia Petrova", "Sep 19", "Share", "",
                                    kParagraph, "", kStudyLast});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK(a.byline == std::optional<std::string>("Nadia Petrova"));
    CHECK_FALSE(a.date);  // no year shown: no date guessed
    // Trap: a headline that opens with a month name is a headline.
    const Article b = text_article({"Home News Markets", "", "Sep 19 Update: Markets Rally", "", kParagraph, "", kStudyLast});
    CHECK(b.title == std::optional<std::string>("Sep 19 Update: Markets Rally"));
}

TEST_CASE("round 4 text: author rows with a handle, a compact age or two names", "[text-round-4]") {
    const Article handle = text_article({"Home News Markets", "", "Lucas Meyer @lucas_onchain", "Sep 19, 2025", "",
                                         kStudyTitle, "", kParagraph, "", kStudyLast});
    CHECK(handle.byline == std::optional<std::string>("Lucas Meyer"));
    CHECK(handle.title == std::optional<std::string>(kStudyTitle));
    const Article age = text_article({"Home News Markets", "", "Lucas Meyer", "@lucas_onchain", "1h", "", kStudyTitle, "",
                                      kParagraph, "", kStudyLast});
    CHECK(age.byline == std::optional<std::string>("Lucas Meyer"));
    CHECK(age.title == std::optional<std::string>(kStudyTitle));
    CHECK_FALSE(age.date);
    // Trap: a quote table's column labels ("Price" / "24h") are no author row: no handle.
    const Article table = text_article({"Home News Markets", "", "Price", "24h", "", kStudyTitle, "", kParagraph, "", kStudyLast});
    CHECK_FALSE(table.byline);
    const Article pair = text_article({"Home News Markets", "", kStudyTitle, "", "Nadia Petrova and Ian Cole",
                                       "Sep 19, 2025", "", kParagraph, "", kStudyLast});
    CHECK(pair.title == std::optional<std::string>(kStudyTitle));
    REQUIRE(pair.byline);
    CHECK(has(*pair.byline, "Nadia Petrova"));
    CHECK(has(*pair.byline, "Ian Cole"));
    // Trap: a section label joined by "&" over a date is no pair of names.
    const Article section = text_article({"Home News Markets", "", kStudyTitle, "", "Science & Tech", "Sep 19, 2025", "",
                                          kParagraph, "", kStudyLast});
    CHECK_FALSE(section.byline);
    // Trap: a Title Case headline with "and" over an age line stays the headline (study-d aggcard shell).
    const std::string headline = "Superbugs: What They Are and How You Get Them";
    const Article card = text_article({"CryptoRadar News Media Portfolio Alerts", "", headline, "", "3h via WebMD", "",
                                       kParagraph, "", kStudyLast});
    CHECK(card.title == std::optional<std::string>(headline));
    CHECK(card.byline == std::optional<std::string>("WebMD"));
}

TEST_CASE("round 4 text: a lone Author label between headline and name keeps the headline", "[text-round-4]") {
    const Article a = text_article({kStudyTitle, "Author", "Jane Doe", "Sep 19, 2025", "", kParagraph, "", kStudyLast});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK(a.byline == std::optional<std::string>("Jane Doe"));
}

TEST_CASE("round 4: The Conversation's disclosure statement ends the story in both paths", "[text-round-4]") {
    // The side card printed after the story (study-g conversation shell).
    const std::string disclosure =
        "Owen Gallagher does not work for, consult, own shares in or receive funding from any company or "
        "organisation that would benefit from this article.";
    const Article a = text_article({kStudyTitle, "Sep 19, 2025", "", kParagraph, "", kStudyLast, "", "Disclosure statement", "",
                                    disclosure, "", "Partners", "",
                                    "Trinity College Dublin provides funding as a member of The Conversation UK."});
    CHECK_FALSE(has(a.body(), "does not work for"));
    CHECK(has(a.body(), "traders said"));
    const std::string html = html_body("<html><head><title>" + kStudyTitle + "</title></head><body><article><h1>" + kStudyTitle +
                                       "</h1>" + kStory + "<h3>Disclosure statement</h3><p>" + disclosure +
                                       "</p></article></body></html>");
    CHECK_FALSE(has(html, "does not work for"));
    // Trap: a story sentence about a disclosure statement stays.
    const Article b = text_article({kStudyTitle, "Sep 19, 2025", "", kParagraph, "",
                                    "The bank's disclosure statement, filed on Monday, listed three new risks.", "",
                                    kStudyLast});
    CHECK(has(b.body(), "filed on Monday"));
}

TEST_CASE("round 4 text: a named origin beats the host's team credit", "[text-round-4]") {
    // An exchange blog's editorial row; the post ends with its Medium attribution (study-g exblog shell).
    const Article a = text_article({kStudyTitle, "By KrakenX Editorial Team", "Sep 22, 2025", "", kParagraph, "", kStudyLast, "",
                                    "Originally posted by Hanna Berg on Medium."});
    CHECK(a.byline == std::optional<std::string>("Hanna Berg"));
    // Trap: a person's byline stays beside the origin's name.
    const Article b = text_article({kStudyTitle, "By Jane Doe", "Sep 22, 2025", "", kParagraph, "", kStudyLast, "",
                                    "Originally posted by Hanna Berg on Medium."});
    CHECK(b.byline == std::optional<std::string>("Jane Doe"));
}
