// Bylines of the eleventh round of unseen page shells (study-n): a writer named after the outlet in a repost's
// credit (B1), a site's desk after a co-author comma (B2), a lower-case outlet after "Por"/"Von" (B3), a zh
// platform's account type glued to the account (B4), zh picture captions and "<outlet>记者 <name>" reporter
// credits (B5, T4), the "来自<place>" IP-location label (T4) and the CJK clock "14時05分" (T2, the date's part).
// Each positive case has its trap beside it.
#include <catch2/catch.hpp>

#include <string>

#include "extract/byline.hpp"
#include "extract/dates.hpp"
#include "metadata_test_support.hpp"

namespace {

using namespace newsclean::metatest;
using newsclean::Article;
using newsclean::extract::BylineLabel;
using newsclean::extract::byline_label;

// A zh story long enough to be one; `figure` sits between its second and third paragraphs.
Article zh_page(const std::string& header, const std::string& figure = "") {
    return clean("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>DeepMind新电脑已可利用记忆自学_澎湃新闻</title>"
                 "<meta name=\"author\" content=\"澎湃新闻\"><meta property=\"og:site_name\" content=\"澎湃新闻\"></head><body>"
                 "<div class=\"index_left\"><h1 class=\"index_title\">DeepMind新电脑已可利用记忆自学</h1>" +
                     header +
                     "<div class=\"index_cententWrap\"><p>谷歌在2014年收购的人工智能公司DeepMind开发出一款能够用自己的记忆学习新知识"
                     "并利用这些知识来回答问题的计算机。</p><p>这款产品具有极其重要的意义，因为这意味着未来的人工智能技术可能不需要人类"
                     "来教它就能回答人类提出的问题。</p>" +
                     figure + "<p>DeepMind称，DNC还可以帮你规划从沼泽门到皮卡迪利广场的最佳路线，也可以回答复杂的家谱问题。</p>"
                              "</div></div></body></html>",
                 "test.html");
}

const std::string kCaption = "<div class=\"imageBox\"><img src=\"x.jpg\"><p class=\"image_desc\">资料图：DeepMind总部</p></div>";

// A text scrape: headline, `rows`, then the story.
Article zh_scrape(const std::string& rows) {
    return clean("DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶\n" + rows +
                     "\n谷歌在2014年收购的人工智能公司DeepMind开发出一款能够用自己的记忆学习新知识并利用这些知识来回答问题的计算机。\n"
                     "这款产品具有极其重要的意义，因为这意味着未来的人工智能技术可能不需要人类来教它就能回答人类提出的问题。\n"
                     "DeepMind称，DNC还可以帮你规划从沼泽门到皮卡迪利广场的最佳路线，也可以回答复杂的家谱问题。\n",
                 "post.txt");
}

}  // namespace

TEST_CASE("round 11 B5: a zh caption label names no one, the reporter credit after the outlet does",
          "[metadata][byline][round-11]") {
    CHECK(byline("资料图：DeepMind总部") == "none");
    CHECK(byline("图片来源：新华社") == "none");
    CHECK(byline("摄影：李明") == "none");
    CHECK(byline("作者：张三 图：李四") == "张三");  // the photo credit ends the author's names
    CHECK(byline("澎湃新闻记者 林靖") == "林靖");
    CHECK(byline("新华社记者：张三") == "张三");
    CHECK(byline_label("澎湃新闻记者 林靖") == BylineLabel::author);
    // The header row's spans run together: the name ends where the date starts.
    const std::string row = "<div class=\"index_headerContent\"><div class=\"ant-space\"><span>澎湃新闻记者 林靖</span>"
                            "<span>2026-11-27 09:12</span><span>来源：澎湃新闻</span></div></div>";
    CHECK(by(zh_page(row, kCaption)) == "林靖");
    // Without a credit the caption beside its image is still no name beside an avatar.
    CHECK(by(zh_page("<div class=\"index_headerContent\"><span>2026-11-27 09:12</span></div>", kCaption)) == "none");
    // Traps: the role word glued to the next word is prose ("the reporter learned"), and a name opening with
    // the character 图 (Tuya) is a name.
    CHECK(byline_label("本报记者了解到，这是一个新的开始") == BylineLabel::none);
    CHECK(byline("图雅") == "图雅");
}

TEST_CASE("round 11 T4: a zh reporter credit in a text scrape is its byline, not its title, and 来自 is a place",
          "[metadata][byline][text][round-11]") {
    const Article split = zh_scrape("澎湃新闻记者 林靖\n2026-11-27 09:12\n来源：澎湃新闻");
    CHECK(split.title.value_or("none") == "DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶");
    CHECK(by(split) == "林靖");
    const Article glued = zh_scrape("澎湃新闻记者 林靖2026-11-27 09:12来源：澎湃新闻");
    CHECK(by(glued) == "林靖");
    CHECK(day(glued.date) == "2026-11-27");
    CHECK(byline("来自北京") == "none");
    CHECK(byline("IP属地：广东") == "none");
    // Trap: a dated row without a credit keeps its source line as the byline.
    CHECK(by(zh_scrape("2026-11-27 09:12\n来源：澎湃新闻")) != "林靖");
}

TEST_CASE("round 11 B4: a zh platform's account type glued after the account's name", "[metadata][byline][round-11]") {
    CHECK(byline("光明网澎湃号·媒体") == "光明网");
    CHECK(byline("新京报百家号") == "新京报");
    const std::string row = "<div class=\"index_headerContent\"><div class=\"index_left_author\"><img src=\"/a.png\" alt=\"\">"
                            "<a class=\"index_name\">光明网</a><span>澎湃号·媒体</span></div><div class=\"ant-space\">"
                            "<span>2026-11-28 14:05</span><span>来自北京</span></div></div>";
    CHECK(by(zh_page(row)) == "光明网");
    // A text scrape: the account row under the headline is the byline row, not the title.
    const Article scraped = zh_scrape("光明网澎湃号·媒体\n2026-11-28 14:05来自北京");
    CHECK(scraped.title.value_or("none") == "DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶");
    CHECK(by(scraped) == "光明网");
    // Traps: an account named without its type keeps its whole name; the type alone (a site menu's item) or a
    // headline ending in it labels no one.
    CHECK(byline("号外新闻") == "号外新闻");
    CHECK(byline_label("澎湃号") == BylineLabel::none);
    CHECK(byline_label("宇航员在太空中喝酒会怎么样？后果很严重_澎湃号") == BylineLabel::none);
}

TEST_CASE("round 11 B3: a lower-case outlet after an author label, a place after the dash", "[metadata][byline][round-11]") {
    CHECK(byline("Por ge — São Paulo") == "ge");
    CHECK(byline("Por g1 — Rio de Janeiro") == "g1");
    CHECK(byline("Von dpa — Berlin") == "dpa");
    const Article g = whole_page("<title>Tite diz que errou | Futebol | ge</title><meta property=\"og:site_name\" content=\"g1\">",
                                 "<h1>Tite diz que errou ao levar taça a Lula</h1><p class=\"content-publication-data__from\">"
                                 "Por ge — São Paulo</p>");
    CHECK(by(g) == "ge");
    // Traps: a capitalised name keeps the dash's place out; the newsroom's abbreviation and a team word name no
    // outlet (trafilatura nnz-online.de: "Autor: red | 06.11.2023").
    CHECK(byline("Por Ana Souza — São Paulo") == "Ana Souza");
    CHECK(byline("Autor: red | 06.11.2023") == "none");
    CHECK(byline("By staff — London") == "none");
    // Trap: alone, a lower-case word after "by" is a user's name, read only from an hCard (signed_story_test).
    CHECK(byline("by oz") == "none");
}

TEST_CASE("round 11 B2: the site's desk after a co-author comma", "[metadata][byline][round-11]") {
    const std::string header = "<h1>Tite diz que errou ao levar taça a Lula</h1><p class=\"content-publication-data__from\">";
    const std::string g1 = "<title>Tite diz que errou | São Paulo | g1</title><meta property=\"og:site_name\" content=\"g1\">";
    CHECK(by(whole_page(g1, header + "Por Rafael Nogueira, g1 SP</p>")) == "Rafael Nogueira");
    // Traps: a co-author is no desk, and a page naming no such site keeps the second part.
    CHECK(by(whole_page(g1, header + "Por Rafael Nogueira, Ana Souza</p>")) == "Rafael Nogueira, Ana Souza");
    CHECK(by(whole_page("<title>Tite diz que errou</title>", header + "Por Rafael Nogueira, g1 SP</p>")) ==
          "Rafael Nogueira, g1 SP");
}

TEST_CASE("round 11 B1: the writer a repost's credit names after the outlet", "[metadata][byline][round-11]") {
    const std::string credit = "This article was originally published on The Defiant on Nov 24, 2026 by Owen Fernau.";
    CHECK(byline(credit) == "Owen Fernau");
    CHECK(source(credit) == "The Defiant");
    CHECK(source("Originally published on Medium by Jane Doe") == "Medium");
    const std::string head = "<title>Vision Pro hands-on | CoinMarketCap</title><meta property=\"og:site_name\" content=\"CoinMarketCap\">";
    const std::string row = "<h1>Vision Pro hands-on</h1><div class=\"meta\"><span class=\"source-name\">The Defiant</span>"
                            "<span>·</span><span class=\"date\">Nov 28, 2026, 6:02 AM</span></div>";
    const Article a = whole_page(head, row + "<p><em>" + credit + "</em></p>");
    CHECK(by(a) == "Owen Fernau");
    CHECK(a.source.value_or("none") == "The Defiant");
    // Traps: an outlet whose name opens with a label word is no writer, and a credit naming none keeps the outlet.
    CHECK_FALSE(newsclean::extract::credited_writer("This article originally appeared on Text Magazine").has_value());
    CHECK(source("This article originally appeared on Text Magazine") == "Text Magazine");
    CHECK(by(whole_page(head, row + "<p><em>This article was originally published on The Defiant.</em></p>")) == "The Defiant");
}

TEST_CASE("round 11 T2: a CJK clock time after a CJK date, and the source named before it", "[metadata][dates][round-11]") {
    using newsclean::extract::parse_date;
    CHECK(parse_date("2026年11月26日 10時30分")->iso() == "2026-11-26T10:30:00");
    CHECK(parse_date("2025年11月14日 08点15分")->iso() == "2025-11-14T08:15:00");
    CHECK(parse_date("2025년 9월 19일 14시 05분")->iso() == "2025-09-19T14:05:00");
    // A ja portal's row names its source before the date and time (excite, Yahoo!ニュース, livedoor).
    const Article a = clean("トレンドマイクロ、フリーWi-Fi利用時の通信を暗号化するアプリを提供開始\nCNET Japan 2026年11月28日 14時05分\n"
                            "トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化し保護するスマホ・タブレット向けのセキュリティアプリの発売を開始すると発表した。\n"
                            "フリーWi-Fiプロテクションは、App Storeおよび、Google Playにて販売され、既に提供している総合セキュリティ対策アプリと併用できる。\n",
                            "post.txt");
    CHECK(by(a) == "CNET Japan");
    // Traps: a duration ("3時間", three hours) and an hour without minutes are no clock.
    CHECK(parse_date("2026年11月26日 3時間前")->iso() == "2026-11-26");
    CHECK(parse_date("2025年11月14日 下午3点")->iso() == "2025-11-14");
}
