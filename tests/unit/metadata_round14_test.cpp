// Metadata and ticker rules of the fourteenth round of unseen page shells (study-q): a ja portal's title credit
// "Headline（CNET Japan）" and the headline in an h2 under a logo h1 (B1), its provider label glued to the date row
// "2026年11月28日 14時05分提供：CNET Japan" (B1, B2), a stock's quote chip between paragraphs (H2) and a pair's trade
// card with its contract type "BTC/USDT Perpetual 97,398.2 +1.19%Trade now" (X5). Each positive case has its trap.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/ticker.hpp"
#include "metadata_test_support.hpp"
#include "repost_test_support.hpp"

namespace {

using newsclean::Article;
using newsclean::extract::is_asset_card;
using newsclean::metatest::by;
using newsclean::metatest::byline;
using newsclean::metatest::clean;
using newsclean::metatest::source;
using newsclean::test::has;
using newsclean::test::html_body;
using newsclean::test::story_page;
using newsclean::test::text_article;

const std::string kJaHeadline = "トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」";
const std::string kJaP1 = "トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化し保護するスマホ・タブレット向けのセキュリティアプリの"
                          "発売を開始すると発表した。1年版ライセンスは2900円（税込）で、2年版ライセンスは5000円（税込）。";
const std::string kJaP2 = "フリーWi-Fiプロテクションは、App Storeおよび、Google Playにて販売され、既に提供しているスマホ・タブレット"
                          "向け総合セキュリティ対策アプリと併用することで、通信の盗み見を防ぐことができる。";

// A BIGLOBE-like repost page: `head` in <head>, the logo as the only h1, the headline in an h2, `row` (the date
// row, classless spans) under it, then the story.
Article ja_page(const std::string& head, const std::string& row) {
    return clean("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\">" + head +
                     "</head><body><div id=\"header\"><h1 class=\"logo\"><img alt=\"BIGLOBEニュース\" src=\"/l.png\"></h1></div>"
                     "<div class=\"article\"><h2>" + kJaHeadline + "</h2><div class=\"info\">" + row +
                     "</div><div class=\"article-body\"><p>" + kJaP1 + "</p><p>" + kJaP2 + "</p></div></div></body></html>",
                 "test.html");
}

const std::string kCreditTitles = "<title>" + kJaHeadline + "（CNET Japan） - BIGLOBEニュース</title>";
const std::string kDateRow = "<span>2026年11月28日 14時05分</span>";

std::string title_of(const Article& a) { return a.title.value_or("none"); }

}  // namespace

TEST_CASE("round 14 B1: a repost's title credit is no part of the headline", "[metadata][title][round-14]") {
    // og:title and <title> carry the source in full-width parentheses; the h2 under the logo h1 lacks it.
    const Article a = ja_page("<meta property=\"og:title\" content=\"" + kJaHeadline + "（CNET Japan）\">" + kCreditTitles,
                              kDateRow + "<span>提供：CNET Japan</span>");
    CHECK(title_of(a) == kJaHeadline);
    CHECK(by(a) == "CNET Japan");
    // No source shown: the credit is what the heading lacks.
    CHECK(title_of(ja_page("<meta property=\"og:title\" content=\"" + kJaHeadline + "（CNET Japan）\">" + kCreditTitles,
                           kDateRow)) == kJaHeadline);
    // No og:title: the <title>'s credit and site part both go.
    CHECK(title_of(ja_page(kCreditTitles, kDateRow + "<span>出典：CNET Japan</span>")) == kJaHeadline);
    // No heading shows the headline: the credit goes when it names the source read from the page.
    const Article en = newsclean::metatest::page("<div class=\"meta\">Source: Reuters</div>",
                                                 "<title>Fed holds rates steady as inflation lingers (Reuters)</title>");
    CHECK(title_of(en) == "Fed holds rates steady as inflation lingers");
    // Traps: a bracketed part naming no source stays, with a byline or without one.
    CHECK(title_of(newsclean::metatest::page("<p class=\"byline\">By Jane Doe</p>",
                                             "<title>Ben-Hur (film) at sixty: a review</title>")) == "Ben-Hur (film) at sixty: a review");
    CHECK(title_of(newsclean::metatest::page("<div class=\"meta\">Source: Reuters</div>",
                                             "<title>Fed holds rates steady as inflation lingers (part 2)</title>")) ==
          "Fed holds rates steady as inflation lingers (part 2)");
    // A year in parentheses is no credit, and an h2 that is the title less its year is not taken for the headline.
    CHECK(title_of(newsclean::metatest::page("<h2>Fed holds rates steady as inflation lingers</h2><div class=\"meta\">Source: "
                                             "Reuters</div>",
                                             "<title>Fed holds rates steady as inflation lingers (2026)</title>")) ==
          "Fed holds rates steady as inflation lingers (2026)");
}

TEST_CASE("round 14 B1: a ja title's site tail goes as an English one does", "[metadata][title][round-14]") {
    // "<headline> - BIGLOBEニュース" over an h2 "<headline>", no og:title, no h1 but the logo.
    const std::string headline = "トレンドマイクロ、公衆無線LANを安全に使うためのアプリ";
    const Article a = clean("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>" + headline +
                                " - BIGLOBEニュース</title></head><body><h2>" + headline + "</h2><p>" + kJaP1 + "</p><p>" +
                                kJaP2 + "</p></body></html>",
                            "test.html");
    CHECK(title_of(a) == headline);
    // Trap: a part after the dash as long as the headline is a subtitle, not a site.
    const std::string two_part = "日銀、金利を据え置き - 物価見通しを上方修正へ";
    const Article b = clean("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>" + two_part +
                                "</title></head><body><p>" + kJaP1 + "</p><p>" + kJaP2 + "</p></body></html>",
                            "test.html");
    CHECK(title_of(b) == two_part);
}

TEST_CASE("round 14 B1/B2: a CJK label glued after a date opens a segment", "[metadata][byline][round-14]") {
    CHECK(source("2026年11月28日 14時05分出典：CNET Japan") == "CNET Japan");
    CHECK(source("2026年11月28日 14時05分提供：CNET Japan") == "CNET Japan");
    CHECK(source("2026/11/27 09:41提供：ITmedia NEWS") == "ITmedia NEWS");
    CHECK(byline("2026年11月28日 14時05分作者：山田太郎") == "山田太郎");
    // The page: the date span and the provider span touch.
    CHECK(by(ja_page(kCreditTitles, kDateRow + "<span>出典：CNET Japan</span>")) == "CNET Japan");
    CHECK(by(ja_page(kCreditTitles, kDateRow + "<span>提供：CNET Japan</span>")) == "CNET Japan");
    // B2: BIGLOBE's classed row and og:title give the source exactly.
    CHECK(by(ja_page("<meta property=\"og:title\" content=\"" + kJaHeadline + "（CNET Japan）\">" + kCreditTitles,
                     "<span class=\"date\">2026年11月28日 14時05分</span><span class=\"provider\">提供：CNET Japan</span>")) ==
          "CNET Japan");
    // Traps: a date then a word that is no label, a label word without its colon.
    CHECK(source("2026年11月28日 14時05分更新") == "none");
    CHECK(byline("2026年11月28日 14時05分更新") == "none");
    CHECK(source("2026年3月9日提供開始：新サービス") == "none");
}

TEST_CASE("round 14 H2: a stock's quote chip between paragraphs", "[body][ticker][round-14]") {
    const std::string body = html_body(story_page(
        "<div class=\"article-quote-inline\">Yahoo Japan Corporation -2.10% 512.3 JPY Real-time Tokyo</div>"));
    CHECK_FALSE(has(body, "Real-time"));
    CHECK(has(body, newsclean::test::kStudyP2));
    CHECK(is_asset_card("Yahoo Japan Corporation -2.10% 512.3 JPY Real-time Tokyo"));
    CHECK(is_asset_card("Apple Inc. 226.78 USD +1.20% Delayed Nasdaq"));
    CHECK(is_asset_card("BNP Paribas €61.32 -0.40% Euronext Paris"));
    // Traps: a headline with the change apart from the price, a sentence, a lower-case phrase.
    CHECK_FALSE(is_asset_card("Nikkei Drops -2.1% As Yen Hits 150 JPY"));
    CHECK_FALSE(is_asset_card("Yahoo Japan fell -2.10% to 512.3 JPY in Tokyo"));
    CHECK_FALSE(is_asset_card("Yahoo Japan Corporation -2.10% 512.3 JPY."));
    const std::string kept = html_body(story_page("<h2>Nikkei Drops -2.1% As Yen Hits 150 JPY</h2>"));
    CHECK(has(kept, "Nikkei Drops"));
}

TEST_CASE("round 14 X5: a pair's trade card with its contract type", "[body][ticker][round-14]") {
    using newsclean::test::kParagraph;
    using newsclean::test::kStudyLast;
    using newsclean::test::kStudyTitle;
    const Article a = text_article({kStudyTitle, "", "Written by Aoife Kelly", "", kParagraph, "",
                                    "BTC/USDT Perpetual 97,398.2 +1.19%Trade now", "", kStudyLast, ""});
    CHECK_FALSE(has(a.body(), "BTC/USDT"));
    CHECK(has(a.body(), kStudyLast));
    CHECK(is_asset_card("BTC/USDT 97,398.2 +1.19%Trade now"));
    CHECK(is_asset_card("ETH/USDT Futures 3,402.55 -0.80% Trade"));
    CHECK(is_asset_card("SOL/USDT Spot 182.4 +3.05% BUY NOW"));
    // Traps: the pair in a sentence, a contract type with no quote.
    CHECK_FALSE(is_asset_card("BTC/USDT Perpetual rose 1.2% on Friday"));
    CHECK_FALSE(is_asset_card("BTC/USDT Perpetual 97,398.2 gained"));
    CHECK(has(text_article({kStudyTitle, "", kParagraph, "", "BTC/USDT perpetual futures rose 1.19% to 97,398.2 on Friday.",
                            "", kStudyLast, ""})
                  .body(),
              "perpetual futures rose"));
}
