// Metadata of the twelfth round of unseen page shells (study-o): an "Outlet · Author" provider row whose person
// sits in a BEM "__author" element of a "source" block (B1), Japanese closing credits "【佐藤健】" / "（共同）" (B2),
// a portal's own brand in <meta name="author"> over its repost's source row (B3), and the zh "report" link
// after a source (T7). Each positive case has its trap beside it: the nearest legitimate page that must keep
// its old reading.
#include <catch2/catch.hpp>

#include <string>

#include "extract/byline.hpp"
#include "metadata_test_support.hpp"

namespace {

using namespace newsclean::metatest;
using newsclean::Article;
using newsclean::extract::ja_end_credit;

// ja_end_credit's reading of one line: the byline, or "none".
std::string credit(std::string_view line) {
    const auto c = ja_end_credit(line);
    return c ? c->byline : std::string("none");
}

const std::string kJaLead =
    "トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化し保護するスマホ・タブレット向けのセキュリティアプリ「フリーWi-Fiプロテクショ"
    "ン」の発売を開始すると発表した。";
const std::string kJaMiddle =
    "同社がスマートフォン保持者でフリーWi-Fiの利用経験がある人に実施した調査では、回答者の約85％が安全なフリーWi-Fiと危険なフリー"
    "Wi-Fiは「見分けられない」と回答した。";
const std::string kJaLast =
    "こうした環境の変化やユーザの状況を鑑み、フリーWi-Fiプロテクションの提供を開始する。同アプリを使えば、安全性の低いアクセスポイントに"
    "接続しても通信は暗号化される。";

// A Mainichi-like story page: the site's JSON-LD Organization as author, `paragraphs` in the body, `after` under it.
Article ja_page(const std::string& paragraphs, const std::string& after = "") {
    return clean("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>公衆無線LANを安全に使うアプリ</title>"
                 "<meta property=\"og:site_name\" content=\"毎日新聞\"><script type=\"application/ld+json\">{\"@type\":"
                 "\"NewsArticle\",\"author\":{\"@type\":\"Organization\",\"name\":\"毎日新聞\"}}</script></head><body><main><article>"
                 "<h1>公衆無線LANを安全に使うアプリ</h1><p class=\"date\">毎日新聞 2026/11/28 14:05</p><div class=\"content\">" +
                     paragraphs + "</div>" + after + "</article></main></body></html>",
                 "test.html");
}

std::string p(const std::string& text) { return "<p>" + text + "</p>"; }

// A Japanese text scrape: headline, date row, the story, `tail` lines after it.
Article ja_scrape(const std::string& last, const std::string& tail = "") {
    return clean("公衆無線LANを安全に使うアプリ\n\n2026年11月28日 14時05分\n\n" + kJaLead + "\n\n" + kJaMiddle + "\n\n" + last + "\n\n" + tail,
                 "post.txt");
}

const std::string kZhStory =
    "<div class=\"post_body\"><p>在采访中，我们了解到不少学子在出国前就每年守在电脑前观看两会直播。但是，随着年龄和阅历的增长，学子对两会的关注点在出国前后发生"
    "了很大的变化。</p><p>在法国里昂国立应用科学院留学的卢宇表示，他还是个中学生时，就开始关注两会了。当我还在国内读高中时，对两会的主要关注点落在民生和教育问题上。"
    "</p><p>无独有偶，英国剑桥大学的李博灏也有着类似的经历。他表示，在国内读本科时，虽然关注过两会，但并不像现在这样关注国家社会经济迫切需要解决的难题。</p></div>";

// A 163.com-like page: `meta` in <head> under the glued "…_网易新闻" title, `row` under the headline.
Article netease_page(const std::string& meta, const std::string& row, const std::string& title_site = "_网易新闻") {
    return clean("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>海外留学生看两会：出国前后关注点大不同" +
                     title_site + "</title>" + meta + "</head><body><main><article><h1>海外留学生看两会：出国前后关注点大不同</h1>" + row +
                     kZhStory + "</article></main></body></html>",
                 "test.html");
}

}  // namespace

TEST_CASE("round 12 B1: the person of an 'Outlet · Author' provider row beats the outlet", "[metadata][byline][round-12]") {
    // Bybit's row: a "source" block whose BEM elements are the outlet's name and the author.
    const std::string row = "<div class=\"article-source\"><span class=\"article-source__name\">The Block</span><span> · </span>"
                            "<span class=\"article-source__author\">Danny Park</span></div>";
    const std::string head = "<title>Angry media won't buckle</title><meta property=\"og:site_name\" content=\"Bybit\">"
                             "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"author\":{\"@type\":\"Organization\","
                             "\"name\":\"Bybit\"}}</script>";
    const Article a = whole_page(head, "<h1>Angry media won't buckle</h1>" + row + "<div class=\"article-date\">Nov 28, 2026 · 14:05</div>");
    CHECK(by(a) == "Danny Park");
    CHECK(a.source == std::optional<std::string>("The Block"));
    // Other compounds whose last word says author: "source-author".
    CHECK(by(whole_page(head, "<h1>Angry media won't buckle</h1><div class=\"source\"><span class=\"source-name\">The Block</span>"
                              " · <span class=\"source-author\">Danny Park</span></div>")) == "Danny Park");
    // Traps: the row without its person keeps the outlet; a byline block's "__source" element stays a source (the
    // person before it is the byline).
    CHECK(by(whole_page(head, "<h1>Angry media won't buckle</h1><div class=\"article-source\"><span class=\"article-source__name\">"
                              "The Block</span></div><div class=\"article-date\">Nov 28, 2026 · 14:05</div>")) == "The Block");
    CHECK(by(whole_page(head, "<h1>Angry media won't buckle</h1><div class=\"byline\"><span class=\"byline__author\">Jane Doe</span>"
                              " · <span class=\"byline__source\">Reuters</span></div>")) == "Jane Doe");
}

TEST_CASE("round 12 B2: Japanese closing credits, the reporter and the wire", "[metadata][byline][round-12]") {
    CHECK(credit("【佐藤健】") == "佐藤健");
    CHECK(credit("…と発表した。【佐藤健】") == "佐藤健");
    CHECK(credit("（共同）") == "共同");
    CHECK(credit("…と述べた。（時事）") == "時事");
    CHECK(credit("（ロイター）") == "ロイター");
    const auto two = ja_end_credit("【佐藤健、山田花子】");
    REQUIRE(two);
    CHECK(two->authors.size() == 2);
    // Traps: bracket labels (breaking, explainer, related articles), a price, a label glued to a word, a wire dateline
    // opening the story, a name of five characters or more, parentheses around anything but a wire.
    CHECK(credit("【速報】") == "none");
    CHECK(credit("【関連記事】") == "none");
    CHECK(credit("【図解・詳報】") == "none");
    CHECK(credit("価格は【1980円】") == "none");
    CHECK(credit("詳しくはこちら【動画】") == "none");
    CHECK(credit("詳しくはこちら【佐藤健】") == "none");
    CHECK(credit("【ワシントン共同】米政府は19日、新たな制裁を発表した。") == "none");
    CHECK(credit("【ワシントン共同】") == "none");
    CHECK(credit("新施設は来年開業する（仮称）") == "none");
    CHECK(credit("…と話した。（東京都）") == "none");
    CHECK(credit("【环球时报综合报道】") == "none");
    CHECK(credit("【延伸阅读】") == "none");
}

TEST_CASE("round 12 B2: the closing credit is the byline of an HTML page showing none", "[metadata][byline][round-12]") {
    CHECK(by(ja_page(p(kJaLead) + p(kJaMiddle) + p(kJaLast) + "<p class=\"credit\">【佐藤健】</p>")) == "佐藤健");
    CHECK(by(ja_page(p(kJaLead) + p(kJaMiddle) + p(kJaLast + "【佐藤健】"))) == "佐藤健");
    const Article wire = ja_page(p(kJaLead) + p(kJaMiddle) + p(kJaLast) + "<p class=\"credit\">（共同）</p>");
    CHECK(by(wire) == "共同");
    CHECK(wire.source == std::optional<std::string>("共同"));
    // The reporter is a person, no outlet: no source.
    CHECK_FALSE(ja_page(p(kJaLead) + p(kJaMiddle) + p(kJaLast) + p("【佐藤健】")).source);
    // Traps: a related-articles heading in brackets after the story, a credit-shaped label closing a middle paragraph.
    CHECK(by(ja_page(p(kJaLead) + p(kJaMiddle) + p(kJaLast), "<h3>【関連記事】</h3><ul><li>公衆無線LAN、３割が暗号化なし</li></ul>")) ==
          "none");
    CHECK(by(ja_page(p(kJaLead + "【佐藤健】") + p(kJaMiddle) + p(kJaLast))) == "none");
}

TEST_CASE("round 12 B2: the closing credit is the byline of a Japanese text scrape", "[metadata][byline][round-12]") {
    CHECK(by(ja_scrape(kJaLast, "【佐藤健】\n\n関連記事\n")) == "佐藤健");
    CHECK(by(ja_scrape(kJaLast + "（共同）")) == "共同");
    // The credit alone on its line leaves the body (as the HTML path drops its element); the story stays.
    for (const std::string credit : {"【佐藤健】", "（共同）"}) {
        const Article a = ja_scrape(kJaLast, credit + "\n\n関連記事\n公衆無線LAN、３割が暗号化なし\n\nCopyright THE MAINICHI NEWSPAPERS.\n");
        CHECK(a.body().find(credit) == std::string::npos);
        CHECK(a.body().find(kJaLast) != std::string::npos);
    }
    // Trap: a bracketed label under the story.
    CHECK(by(ja_scrape(kJaLast, "【関連記事】\n公衆無線LAN、３割が暗号化なし\n")) == "none");
}

TEST_CASE("round 12 B3: a portal's brand in meta author loses to the repost's source row", "[metadata][byline][round-12]") {
    const std::string brand = "<meta name=\"author\" content=\"网易\">";
    const std::string row = "<div class=\"post_info\">2026-11-28 14:05:31　来源: <a href=\"https://www.gmw.cn/\">光明网</a> "
                            "<span class=\"post_report\">举报</span></div>";
    CHECK(by(netease_page(brand, row)) == "光明网");
    // The same brand after a spaced separator: "… - Yahoo News" over <meta name=author content=Yahoo>.
    CHECK(by(netease_page("<meta name=\"author\" content=\"Yahoo\">", row, " - Yahoo News")) == "光明网");
    // The 网易号 account row with its date and no source label.
    CHECK(by(netease_page(brand, "<div class=\"post_info\"><a class=\"post_wemedia_name\">中国青年网</a>网易号<span> 2026-11-27 "
                                 "09:41:07 </span></div>")) == "中国青年网");
    // "本文来源：" (this story's source) closing the story names its origin.
    CHECK(source("本文来源：光明网 责任编辑：王晓_NBJ11279") == "光明网");
    // Traps: a person in meta author over the same title; a blog's owner named as the title's site part.
    CHECK(by(netease_page("<meta name=\"author\" content=\"李明\">", "<div class=\"post_info\">2026-11-28 14:05:31</div>")) == "李明");
    CHECK(by(netease_page("<meta name=\"author\" content=\"张小明\">", "<div class=\"post_info\">2026-11-28 14:05:31</div>",
                          "_张小明的博客")) == "张小明");
    CHECK(by(netease_page("<meta name=\"author\" content=\"Jane Doe\">", "", " | Jane Doe")) == "Jane Doe");
}

TEST_CASE("round 12 T7: a zh report link after the source is no part of its name", "[metadata][byline][round-12]") {
    CHECK(source("来源: 光明网 举报") == "光明网");
    CHECK(source("来源：中国青年网 投诉") == "中国青年网");
    CHECK(by(scrape("海外留学生看两会：出国前后关注点大不同\n\n2026-11-28 14:05:31　来源: 光明网 举报")) == "光明网");
    // Trap: a source with no link after it keeps its whole name.
    CHECK(source("来源: 光明网") == "光明网");
}
