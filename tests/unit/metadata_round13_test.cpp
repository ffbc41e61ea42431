// Metadata of the thirteenth round of unseen page shells (study-p): zh-TW/HK reporter credits "記者陳家祥／綜合報導"
// and the wire's closing "（中央社）" (B6), the ots attribution "Original-Content von: X" (B1), the JSON-LD of guides
// (HowTo, Recipe) and the US "Published on 11/28/26" date (B3). Each positive case has its trap beside it.
#include <catch2/catch.hpp>

#include <string>

#include "extract/byline.hpp"
#include "extract/dates.hpp"
#include "metadata_test_support.hpp"

namespace {

using namespace newsclean::metatest;
using newsclean::Article;
using newsclean::extract::parse_date;
using newsclean::extract::zh_reporter_credit;

std::string credit(std::string_view line) {
    const auto c = zh_reporter_credit(line);
    return c ? c->byline : std::string("none");
}

std::string date_of(std::string_view text, std::string_view lang = {}) {
    const auto d = parse_date(text, lang);
    return d ? d->iso() : std::string("none");
}

const std::string kZhLead = "谷歌在2014年收购的人工智能公司DeepMind开发出一款能够用自己的记忆学习新知识并利用这些知识来回答问题的计算机。";
const std::string kZhMiddle = "这款产品具有极其重要的意义，因为这意味着未来的人工智能技术可能不需要人类来教它就能回答人类提出的问题。";
const std::string kZhLast = "DeepMind表示，这款名为DNC的AI模型可以接受家谱和伦敦地铁网络地图这样的信息，还可以回答与那些数据结构中的不同项有关的问题。";

// An ETtoday-like story page: `first` opens the story, `after` closes it; the JSON-LD author is the site as a Person.
Article tw_page(const std::string& first, const std::string& after = "") {
    return clean("<!DOCTYPE html><html lang=\"zh-Hant-TW\"><head><meta charset=\"utf-8\"><title>DeepMind新电脑已可利用记忆自学 | "
                 "ETtoday新聞雲</title><meta property=\"og:site_name\" content=\"ETtoday新聞雲\"></head><body><article>"
                 "<h1>DeepMind新电脑已可利用记忆自学</h1><time datetime=\"2026-11-28T14:05\">2026年11月28日 14:05</time>"
                 "<div class=\"story\">" +
                     first + "<p>" + kZhLead + "</p><p>" + kZhMiddle + "</p><p>" + kZhLast + "</p>" + after +
                     "</div></article></body></html>",
                 "test.html");
}

}  // namespace

TEST_CASE("round 13 B6: a zh-TW reporter credit names the reporter", "[metadata][byline][round-13]") {
    CHECK(credit("記者陳家祥／綜合報導") == "陳家祥");
    CHECK(credit("記者陳家祥/台北報導") == "陳家祥");
    CHECK(credit("記者 林靖／台北報導") == "林靖");
    CHECK(credit("〔記者陳家祥、王小明／台北報導〕") == "陳家祥、王小明");
    const auto two = zh_reporter_credit("〔記者陳家祥、王小明／台北報導〕");
    CHECK((two && two->authors.size() == 2));
    CHECK(credit("實習記者陳家祥／編譯") == "陳家祥");
    // CNA's dateline, alone or opening its lead; the wire alone when it names no reporter.
    CHECK(credit("中央社記者陳家祥台北28日電") == "陳家祥");
    CHECK(credit("（中央社記者陳家祥台北28日電）行政院今天宣布，將提高育兒津貼。") == "陳家祥");
    CHECK(credit("中央社記者林靖台北28日電") == "林靖");
    CHECK(credit("（中央社台北28日電）行政院今天宣布，將提高育兒津貼。") == "中央社");
    // parse_byline reads the segment so, and byline_label calls it author-labelled.
    CHECK(byline("記者陳家祥／綜合報導") == "陳家祥");
    CHECK(newsclean::extract::byline_label("記者陳家祥／綜合報導") == newsclean::extract::BylineLabel::author);

    // The page: the credit as the story's first paragraph is the byline, a person (no source), and leaves the body.
    const Article a = tw_page("<p>記者陳家祥／綜合報導</p>");
    CHECK(by(a) == "陳家祥");
    CHECK(or_none(a.source) == "none");
    CHECK(a.body().find("綜合報導") == std::string::npos);
    // CNA copy: the reporter in the lead's opening bracket.
    CHECK(by(tw_page("<p>（中央社記者陳家祥台北28日電）" + kZhLead + kZhMiddle + "</p>")) == "陳家祥");
}

TEST_CASE("round 13 B6: traps: no reporter credit", "[metadata][byline][round-13]") {
    CHECK(credit("生活中心／綜合報導") == "none");           // a desk's credit names nobody
    CHECK(credit("本报记者了解到，今年的情况") == "none");   // prose after the role label
    CHECK(credit("記者陳家祥／台北報導後來說明了原因") == "none");  // no report word closes it
    CHECK(credit("中央社台北28日電") == "none");             // the wire's dateline unbracketed: a headline's words
    CHECK(credit("記者會／台北") == "none");
    // The mainland form keeps its reading.
    CHECK(byline("新华社记者 张三") == "张三");
    CHECK(by(tw_page("<p>" + kZhLead + "</p>")) == "none");
}

TEST_CASE("round 13 B6: the zh wire's closing credit '（中央社）'", "[metadata][byline][round-13]") {
    const Article a = tw_page("", "<p>（中央社）</p>");
    CHECK(by(a) == "中央社");
    // A reporter's credit above beats it.
    CHECK(by(tw_page("<p>記者陳家祥／綜合報導</p>", "<p>（中央社）</p>")) == "陳家祥");
    // A place in parentheses closing a paragraph is no wire.
    CHECK(by(tw_page("", "<p>（台北）</p>")) == "none");
    // The text scrape reads the same closing credit.
    const Article t = clean("DeepMind新电脑已可利用记忆自学\n\n2026年11月28日 14:05\n\n" + kZhLead + "\n\n" + kZhMiddle + "\n\n" + kZhLast +
                                "\n\n（中央社）\n",
                            "post.txt");
    CHECK(by(t) == "中央社");
}

TEST_CASE("round 13 B1: an ots attribution names the issuer, never 'Original-Content'", "[metadata][byline][round-13]") {
    CHECK(byline("Original-Content von: Brandtner Haustechnik GmbH, übermittelt durch news aktuell") ==
          "Brandtner Haustechnik GmbH");
    CHECK(byline("Original content of: Nordvik Robotics AB, transmitted by news aktuell") == "Nordvik Robotics AB");
    CHECK(byline("Ein Artikel von: Anna Schmidt") == "Anna Schmidt");  // a label already: unchanged
    const Article a = whole_page("<title>Firma wächst | Presseportal</title>", "<h1>Firma wächst</h1>",
                                 "<p class=\"originator\">Original-Content von: Brandtner Haustechnik GmbH, übermittelt durch "
                                 "news aktuell</p>");
    CHECK(by(a) == "Brandtner Haustechnik GmbH");
    // Traps: another role's credit, a name "of" an outlet without a colon, a clause with a colon too far on.
    CHECK(byline("Fotos von: Anna Schmidt") == "none");
    CHECK(byline("Photos by: Anna Schmidt") == "none");
    CHECK(byline("Jane Doe of Reuters") == "Jane Doe of Reuters");
}

TEST_CASE("round 13 B3: a guide's JSON-LD (HowTo, Recipe) gives its date and author", "[metadata][date][round-13]") {
    const auto guide = [](const std::string& type) {
        return whole_page("<title>How to Build a Terrarium</title><script type=\"application/ld+json\">{\"@context\":"
                          "\"https://schema.org\",\"@type\":\"" +
                              type + "\",\"name\":\"How to Build a Terrarium\",\"datePublished\":\"2026-11-28T08:00:00-05:00\","
                                     "\"author\":{\"@type\":\"Person\",\"name\":\"Lucy Akins\"}}</script>",
                          "<h1>How to Build a Terrarium</h1>");
    };
    for (const char* type : {"HowTo", "Recipe"}) {
        const Article a = guide(type);
        CHECK(day(a.date) == "2026-11-28");
        CHECK(by(a) == "Lucy Akins");
    }
    // Trap: a type that is no creative work (a Product's block) still gives nothing.
    CHECK(day(guide("Product").date) == "none");
}

TEST_CASE("round 13 B3: a labelled US date with a two-digit year", "[metadata][date][round-13]") {
    CHECK(date_of("Published on 11/28/26") == "2026-11-28");
    CHECK(date_of("Updated on 11/26/26") == "2026-11-26");
    CHECK(date_of("By Lucy AkinsPublished on 11/28/26") == "2026-11-28");  // inline spans run together
    CHECK(date_of("Posted 3/4/25") == "2025-03-04");
    CHECK(date_of("Publié le 05/06/26", "fr") == "2026-06-05");  // a day-first language keeps its order
    const Article a = page("<h1>Fed holds rates steady</h1><p class=\"date\">Published on 11/28/26</p>");
    CHECK(day(a.date) == "2026-11-28");
    // Traps: an unlabelled short date is a fraction, a score or a version.
    CHECK(date_of("won 3/4/25") == "none");
    CHECK(date_of("1/2/25 cup of sugar") == "none");
    CHECK(date_of("le 05/06/26") == "none");
    CHECK(date_of("Published on 11/28/26/3") == "none");
}
