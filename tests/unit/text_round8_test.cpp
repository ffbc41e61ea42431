// Text scrapes of the eighth round of unseen page shells (study-k: Hürriyet,
// Folha, BeInCrypto). Every page is handwritten here, with a trap next to each
// rule.
#include <catch2/catch.hpp>

#include <string>

#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;
using newsclean::extract::text::LineKind;

}  // namespace

TEST_CASE("round 8 text: localised buttons are labels (B9, B20)", "[text-round-8]") {
    CHECK(kind_of("Takip Et") == LineKind::label);
    CHECK(kind_of("Haberin Devamı") == LineKind::label);
    CHECK(kind_of("Ouvir o texto") == LineKind::label);
    // Trap: a sentence holding the words stays text.
    CHECK(kind_of("Takip et dedi ve gitti, ama kimse onu dinlemedi o gece sokakta.") != LineKind::label);
}

TEST_CASE("round 8 text: a button under an author row is no headline (B9)", "[text-round-8]") {
    // Hürriyet: name, Turkish date labels, the Google News "Follow" button, then the story.
    const Article a = study_text_page({"Ayşe Yılmaz", "Giriş Tarihi: 19.09.2025 04:20 Güncelleme Tarihi: 20.09.2025 10:05",
                                       "Takip Et"});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK(a.byline == std::optional<std::string>("Ayşe Yılmaz"));
    CHECK(day_of(a) == "2025-09-19");
    // A button no table knows ("Listen Now" stands for one), under a name and a date.
    const Article b = study_text_page({"Marina Dias", "19 September 2025 04:20", "Hear It Now"});
    CHECK(b.title == std::optional<std::string>(kStudyTitle));
    CHECK(b.byline == std::optional<std::string>("Marina Dias"));
    // Trap: a social author row over a long headline: the headline under the row still wins over the nav bar.
    const Article c = text_article({"Log In Sign Up", "", "Priya Raman", "Sep 19, 2025", "",
                                    "These are the 8 coolest PlayStation VR games", "", kParagraph, "", kStudyLast});
    CHECK(c.title == std::optional<std::string>("These are the 8 coolest PlayStation VR games"));
}

TEST_CASE("round 8 text: Turkish date labels (B8)", "[text-round-8]") {
    const Article a = study_text_page({"Giriş Tarihi: 19.09.2025 04:20 Güncelleme Tarihi: 20.09.2025 10:05"});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK(day_of(a) == "2025-09-19");
    CHECK(kind_of("Giriş Tarihi: 19.09.2025 04:20 Güncelleme Tarihi: 20.09.2025 10:05") == LineKind::dateline);
}

TEST_CASE("round 8 text: an editor row under the author row (B9)", "[text-round-8]") {
    const Article a = study_text_page({"Author Lockridge Okoth", "Editor Harsh Notariya", "19 September 2025 04:20 GMT"});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK(a.byline == std::optional<std::string>("Lockridge Okoth"));
    CHECK(day_of(a) == "2025-09-19");
    // Trap: without a byline beside it, a headline opening with a role word and capitalised words stays.
    const Article b = text_article({"Home News Markets", "", "Editor Harsh Notariya Steps Down", "Sep 19, 2025", "",
                                    kParagraph, "", kStudyLast});
    CHECK(b.title == std::optional<std::string>("Editor Harsh Notariya Steps Down"));
}

TEST_CASE("round 8 text: a name updated by an editor (B7)", "[text-round-8]") {
    const Article a = study_text_page({"Kamina Bashir Updated by Harsh Notariya",
                                       "Published 19 September 2025 04:20 GMT Updated 20 September 2025 10:05 GMT"});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK(a.byline == std::optional<std::string>("Kamina Bashir"));
    CHECK(day_of(a) == "2025-09-19");
    const Article b = study_text_page({"Jane Doe Edited by John Roe", "Sep 19, 2025"});
    CHECK(b.byline == std::optional<std::string>("Jane Doe"));
    CHECK(b.title == std::optional<std::string>(kStudyTitle));
    // Trap: a headline with "by" between Title Case words is no role row.
    const Article c = text_article({"Home News Markets", "", "Bitcoin Pushed Higher by Strong ETF Inflows This Week",
                                    "Sep 19, 2025", "", kParagraph, "", kStudyLast});
    CHECK(c.title == std::optional<std::string>("Bitcoin Pushed Higher by Strong ETF Inflows This Week"));
    CHECK_FALSE(c.byline);
}

TEST_CASE("round 8 text: a provider's line over the reporter's By line (B19)", "[text-round-8]") {
    // Morningstar with Dow Jones copy: the wire is the source, the reporter the byline, and the "By" line
    // is no story text.
    const Article a = study_text_page({"Provided by Dow Jones Sep 19, 2025 4:20 AM", "", "By Joy Wiltermuth"});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK(a.byline == std::optional<std::string>("Joy Wiltermuth"));
    CHECK(a.source == std::optional<std::string>("Dow Jones"));
    CHECK(day_of(a) == "2025-09-19");
    CHECK_FALSE(has(a.body(), "By Joy Wiltermuth"));
    // Trap: two plain "By" lines: the second is the story's own (a digest's item), as before.
    const Article b = study_text_page({"By Blockwire", "Sep 19, 2025", "", "By Nathan Willis"});
    CHECK(b.byline == std::optional<std::string>("Blockwire"));
    CHECK(has(b.body(), "By Nathan Willis"));
}

TEST_CASE("round 8 text: a name over a role line under the date (B5)", "[text-round-8]") {
    // BBC: date, Share / Save, the byline block, the lead image's credit and caption, then the story.
    const Article a = study_text_page({"19 September 2025", "Share", "Save", "Jon Sopel", "North America editor", "Getty Images",
                                       "The announcement came after weeks of speculation"});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK(a.byline == std::optional<std::string>("Jon Sopel"));
    CHECK(day_of(a) == "2025-09-19");
    for (const char* gone : {"Save", "North America editor", "Getty Images", "The announcement came"})
        CHECK_FALSE(has(a.body(), gone));
    // A desk and place line: "BBC News, White House", under a relative date.
    const Article b = study_text_page({"2 hours ago", "Share", "Bernd Debusmann Jr", "BBC News, White House"});
    CHECK(b.byline == std::optional<std::string>("Bernd Debusmann Jr"));
    CHECK_FALSE(has(b.body(), "BBC News, White House"));
    // Trap: a sub-heading and a short line under the date are no byline block (no role line).
    const Article c = study_text_page({"19 September 2025", "Share", "Market Reaction", "Prices Rose Sharply Today"});
    CHECK_FALSE(c.byline);
    CHECK(kind_of("Save") != LineKind::share);  // only between a date and a byline block
}

TEST_CASE("round 8 text: an aggregator's button and reaction bars (B17)", "[text-round-8]") {
    CHECK(kind_of("Read full story Original source") == LineKind::label);
    CHECK(kind_of("\xF0\x9F\x91\x8D 128 \xF0\x9F\x92\xAC 12 Share") == LineKind::label);  // 👍 128 💬 12 Share
    const Article a = study_text_page({"The Guardian Follow Sep 19, 2025"},
                                      {"Read full story Original source", "\xF0\x9F\x91\x8D 128 \xF0\x9F\x92\xAC 12 Share"});
    CHECK_FALSE(has(a.body(), "Read full story"));
    CHECK_FALSE(has(a.body(), " 128 "));
    // A publisher's name, Follow, and a kicker with the post's age: the name is the byline, no date.
    const Article b = study_text_page({"Salon", "Follow", "Opinion 5h"});
    CHECK(b.title == std::optional<std::string>(kStudyTitle));
    CHECK(b.byline == std::optional<std::string>("Salon"));
    CHECK_FALSE(b.date);
    CHECK_FALSE(has(b.body(), "Opinion"));
    // Traps: a headline made of words that are also buttons, a line with a count in a sentence.
    CHECK(kind_of("Read full story of the Original source code leak") != LineKind::label);
    CHECK(kind_of("128 people were hurt \xF0\x9F\x98\xA2") != LineKind::label);
}

TEST_CASE("round 8 text: a symbol chip row (B18)", "[text-round-8]") {
    CHECK(kind_of("Related symbols BTCUSD COIN MSTR") == LineKind::ticker);
    CHECK(kind_of("Stocks mentioned: AAPL BRK.B NASDAQ:TSLA") == LineKind::ticker);
    const Article a = study_text_page({"Reuters Sep 19, 2025, 04:20 GMT+0", "Related symbols BTCUSD COIN MSTR"});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK_FALSE(has(a.body(), "Related symbols"));
    // Traps: the label opening a sentence or a heading with ordinary words.
    CHECK(kind_of("In this article we look at the SEC and the ETF flows") != LineKind::ticker);
    CHECK(kind_of("Related symbols of the crisis") != LineKind::ticker);
}

TEST_CASE("round 8 text: a ja aggregator's stamp, comment counter and provider (B9)", "[text-round-8]") {
    // Yahoo! JAPAN News: a year-less delivery stamp, the comment counter, the provider, then the story.
    CHECK(kind_of("9/19(\xE9\x87\x91) 4:20\xE9\x85\x8D\xE4\xBF\xA1") == LineKind::dateline);          // 9/19(金) 4:20配信
    CHECK(kind_of("\xE3\x82\xB3\xE3\x83\xA1\xE3\x83\xB3\xE3\x83\x88 128\xE4\xBB\xB6") == LineKind::comments);  // コメント 128件
    const Article a = study_text_page({"9/19(\xE9\x87\x91) 4:20\xE9\x85\x8D\xE4\xBF\xA1",
                                       "\xE3\x82\xB3\xE3\x83\xA1\xE3\x83\xB3\xE3\x83\x88 128\xE4\xBB\xB6", "AFPBB News"});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK(a.byline == std::optional<std::string>("AFPBB News"));
    CHECK_FALSE(a.date);  // no year shown
    CHECK_FALSE(has(a.body(), "AFPBB"));
    const Article b = study_text_page({"9/19(\xE9\x87\x91) 4:20\xE9\x85\x8D\xE4\xBF\xA1", "CNN.co.jp"});
    CHECK(b.byline == std::optional<std::string>("CNN.co.jp"));
    // Traps: a section label or a picture credit under the date names no provider; a count of other things
    // is no comment counter.
    CHECK_FALSE(study_text_page({"Sep 19, 2025", "World News"}).byline);
    CHECK_FALSE(study_text_page({"Sep 19, 2025", "Getty Images"}).byline);
    CHECK(kind_of("\xE6\x96\xB0\xE7\x9D\x80 128\xE4\xBB\xB6") != LineKind::comments);  // 新着 128件
}

TEST_CASE("round 8 text: a blog's date header above the post title (B9)", "[text-round-8]") {
    // Blogger: blog name, its tagline, the date header, then the post's title and the story.
    const Article a = text_article({"Actu Monde Express", "", "The world news, every day", "", "Friday, September 19, 2025", "",
                                    kStudyTitle, "", kParagraph, "", kStudyLast});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK(day_of(a) == "2025-09-19");
    CHECK_FALSE(has(a.body(), kStudyTitle));
    // Trap: a shorter box heading under the date ("Key Points") stays under the headline above the date.
    const Article b = text_article({"Home News Markets", "", kStudyTitle, "", "Sep 19, 2025", "", "Key Points", "", kParagraph, "",
                                    kStudyLast});
    CHECK(b.title == std::optional<std::string>(kStudyTitle));
}

TEST_CASE("round 8 text: a disclaimer heading over its paragraph (B16)", "[text-round-8]") {
    const std::string trust = "In adherence to the Trust Project guidelines, BeInCrypto is committed to unbiased, transparent "
                              "reporting. This news article aims to provide accurate, timely information.";
    const Article a = study_text_page({"By Jane Doe", "Sep 19, 2025"}, {"Disclaimer", "", trust});
    CHECK_FALSE(has(a.body(), "Trust Project"));
    CHECK_FALSE(has(a.body(), "Disclaimer"));
    CHECK(has(a.body(), kStudyLast));
    // Trap: a heading of other words over a paragraph is a sub-heading of the story.
    const Article b = study_text_page({"By Jane Doe", "Sep 19, 2025"}, {"Regulatory Outlook", "", trust});
    CHECK(has(b.body(), "Trust Project"));
}

TEST_CASE("round 8 text: a wire reporter's sign-off and a quote table's label (B11, B18)", "[text-round-8]") {
    const Article a = study_text_page({"By Joy Wiltermuth", "Sep 19, 2025"},
                                      {"-Joy Wiltermuth", "",
                                       "This content was created by MarketWatch, which is operated by Dow Jones & Co. MarketWatch "
                                       "is published independently from Dow Jones Newswires and The Wall Street Journal."});
    CHECK(a.byline == std::optional<std::string>("Joy Wiltermuth"));
    CHECK_FALSE(has(a.body(), "-Joy"));
    // Trap: a dash line naming someone else is story text (a quote's attribution).
    const Article b = text_article({"Home News Markets", "", kStudyTitle, "", "By Joy Wiltermuth", "Sep 19, 2025", "", kParagraph, "",
                                    "-Mark Twain", "", kStudyLast});
    CHECK(has(b.body(), "-Mark Twain"));
    // "Companies in this story" over the quote rows heads the table; alone it is text.
    const auto lines = newsclean::extract::text::classify_lines({"Companies in this story", "", "AAPL 228.15 +1.23%"});
    CHECK(lines[0].kind == LineKind::ticker_name);
    CHECK(kind_of("Companies in this story") == LineKind::short_text);
}

TEST_CASE("round 8 text: the host's desk gives way to the source line (B3)", "[text-round-8]") {
    // moomoo: the brand opens the page's first line; its desk heads the story, "Source: Reuters" ends it.
    const std::vector<std::string> page{"moomoo Markets Quotes News Community", "", kStudyTitle, "",
                                        "Moomoo News \xC2\xB7 09/19/2025 04:20 ET", "", kParagraph, "", kStudyLast, "",
                                        "Source: Reuters"};
    const Article a = text_article(page);
    CHECK(a.byline == std::optional<std::string>("Reuters"));
    CHECK(a.source == std::optional<std::string>("Reuters"));
    // Trap: a reporter's byline over the same source line stays the reporter's.
    std::vector<std::string> reporter = page;
    reporter[4] = "Jane Doe \xC2\xB7 09/19/2025 04:20 ET";
    CHECK(text_article(reporter).byline == std::optional<std::string>("Jane Doe"));
}

TEST_CASE("round 8 text: a publisher row with its Follow button (newsbreak)", "[text-round-8]") {
    const Article a = study_text_page({"The Guardian Follow Sep 19, 2025"});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK(a.byline == std::optional<std::string>("The Guardian"));
    CHECK(day_of(a) == "2025-09-19");
    // Trap: the button and a date with no name before them name no one.
    const Article b = study_text_page({"Follow Sep 19, 2025"});
    CHECK_FALSE(b.byline);
}

TEST_CASE("round 8 text: a summary box above the story (B16, T3)", "[text-round-8]") {
    const Article a = study_text_page({"By Jane Doe", "Sep 19, 2025", "", "In Brief", "",
                                       "Regulators signal a shift in tone as market volumes recover.",
                                       "Analysts expect volatility to persist into the fourth quarter."});
    CHECK_FALSE(has(a.body(), "In Brief"));
    CHECK_FALSE(has(a.body(), "Regulators signal"));
    CHECK(has(a.body(), kParagraph));
    // Traps: the story's own short first paragraph after a bullet-less heading stays; the heading lower
    // in a story opens a section of it.
    const Article b = study_text_page({"By Jane Doe", "Sep 19, 2025", "", "Key Points", "",
                                       "Tax cuts, spending increases and higher interest rates could make it harder to "
                                       "respond to future recessions, economists said."});
    CHECK(has(b.body(), "Tax cuts"));
    const Article c = text_article({"Home News Markets", "", kStudyTitle, "", "By Jane Doe", "Sep 19, 2025", "", kParagraph, "",
                                    "Key Points", "", "The vote is due on Friday.", "", kStudyLast});
    CHECK(has(c.body(), "The vote is due on Friday."));
}
