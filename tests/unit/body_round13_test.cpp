// Body rules of the thirteenth round of unseen page shells (study-p: presseportal/ots press releases, ETtoday,
// Clarín, Handelsblatt, Les Echos, HTX, a Joomla club page), HTML and text scrapes. Each rule has a trap next to
// it: the nearest legitimate text stays.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/boilerplate_text.hpp"
#include "extract/ticker.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;
using newsclean::extract::text::LineKind;

const std::string kAbout = "Nordvik Robotics AB develops automation systems for ports and vessels. The company was "
                           "founded in 2019 and is headquartered in Gothenburg, Sweden.";
const std::string kFls = "This press release contains forward-looking statements that are based on current "
                         "expectations. Actual results may differ materially.";

// A scrape: nav, headline, byline, date, three paragraphs (the first given), then `tail`.
Article scrape(const std::string& first, std::vector<std::string> tail = {}) {
    std::vector<std::string> lines{"Home News Markets", "", kStudyTitle, "", "By Danny Park", "Nov 28, 2026", ""};
    for (const std::string& t : {std::string(), first, std::string(), kParagraph, std::string(), kStudyLast,
                                 std::string()})
        lines.push_back(t);
    for (std::string& t : tail) lines.push_back(std::move(t));
    return text_article(std::move(lines));
}

}  // namespace

TEST_CASE("round 13 body: a press release ends at its About/forward-looking sections (H3)", "[body-round-13]") {
    const std::string tail = "<p><strong>About Nordvik Robotics</strong></p><p>" + kAbout +
                             "</p><p><strong>Forward-looking statements</strong></p><p>" + kFls +
                             "</p><p>Media contact:<br>Erik Lund<br>press@nordvik.example</p>";
    const std::string body = html_body(story_page("", tail));
    CHECK_FALSE(has(body, "About Nordvik"));
    CHECK_FALSE(has(body, "develops automation"));
    CHECK_FALSE(has(body, "forward-looking"));
    CHECK(has(body, kStudyP3));
    const std::string de = html_body(story_page("", "<p><b>Über Brandtner Haustechnik</b></p><p>" + kAbout +
                                                        "</p><p>Original-Content von: Brandtner Haustechnik GmbH, "
                                                        "übermittelt durch news aktuell</p>"));
    CHECK_FALSE(has(de, "Brandtner"));
    CHECK_FALSE(has(de, "develops automation"));
    CHECK(extract::is_press_tail_heading("À propos de Danone"));
    CHECK(extract::is_press_tail_heading("Safe Harbor Statement"));
    CHECK(extract::marks_press_release("augsburg (ots) - die brandtner haustechnik gmbh"));
    // Traps: not a release, the review's "About the Pixel 9" section stays; "About the study" (lower case)
    // and "About the author" are no company headings; a sentence opening with "About" is prose.
    const std::string review = html_body(story_page("", "<p><strong>About Nordvik Robotics</strong></p><p>" + kAbout + "</p>"));
    CHECK(has(review, "About Nordvik Robotics"));
    CHECK(has(review, "develops automation"));
    CHECK_FALSE(extract::is_press_tail_heading("About the study"));
    CHECK_FALSE(extract::is_press_tail_heading("About the author"));
    CHECK_FALSE(extract::is_press_tail_heading("About 40 people came."));
    CHECK_FALSE(extract::is_press_tail_heading("Over 40 sites in Europe"));
}

TEST_CASE("round 13 body: a release scrape ends at its About heading (X6)", "[body-round-13]") {
    const Article a = scrape("Stockholm (ots/PRNewswire) - " + kStudyP1,
                             {"", "About Nordvik Robotics", "", kAbout, "", "Forward-looking statements", "", kFls, "",
                              "Media contact:", "Erik Lund, Head of Communications"});
    CHECK_FALSE(has(a.body(), "About Nordvik"));
    CHECK_FALSE(has(a.body(), "develops automation"));
    CHECK_FALSE(has(a.body(), "forward-looking"));
    CHECK(has(a.body(), kStudyLast));
    // Trap: no release mark anywhere, the section stays.
    const Article b = scrape(kStudyP1, {"", "About Nordvik Robotics", "", kAbout});
    CHECK(has(b.body(), "develops automation"));
}

TEST_CASE("round 13 body: zh-TW story furniture (H2/X5)", "[body-round-13]") {
    const std::string p1 = "谷歌在2014年收购的人工智能公司DeepMind开发出一款能够用自己的记忆学习新知识并利用这些知识来回答问题的计算机，"
                           "这款产品具有极其重要的意义。";
    const std::string p2 = "DNC建立在神经网络的概念之上，神经网络可以模拟人类思想活动的方式。这种AI技术很适合与机器习得配套使用，"
                           "DeepMind希望DNC可以推动计算行业实现更多突破。";
    const std::string p3 = "DeepMind已将其研究结果发表在科学刊物《自然》上。同样，它还可以理解和回答某个大家族中的成员之间的关系这样的复杂问题，"
                           "比如张三的大舅是谁。";
    const std::string html = "<!DOCTYPE html><html lang=\"zh-TW\"><head><meta charset=\"utf-8\"><title>DeepMind新電腦"
                             "</title></head><body><article><h1>DeepMind新電腦</h1><div class=\"story\"><p>記者陳家祥／綜合報導</p><p>" +
                             p1 + "</p><p>▲ 廣告 請繼續往下閱讀 ▼</p><p>" + p2 + "</p><p>" + p3 +
                             "</p><p>（中央社）</p><p>更新時間：2026年11月28日 16:40</p><p>►Google最新AI模型登場！3招教你立刻體驗</p>"
                             "</div></article></body></html>";
    const std::string body = html_body(html);
    CHECK(has(body, p1));
    CHECK(has(body, p3));
    CHECK_FALSE(has(body, "記者陳家祥"));
    CHECK_FALSE(has(body, "廣告"));
    CHECK_FALSE(has(body, "中央社"));
    CHECK_FALSE(has(body, "更新時間"));
    CHECK_FALSE(has(body, "Google最新"));
    // The scrape (ettoday-1-txt): the reporter line under the share row opens the body run.
    const Article a = text_article({"DeepMind新電腦", "", "2026年11月28日 14:05", "分享LINE分享字級", "",
                                    "記者陳家祥／綜合報導", "", p1, "", "▲ 廣告 請繼續往下閱讀 ▼", "", p2, "", p3});
    CHECK(has(a.body(), p3));
    CHECK_FALSE(has(a.body(), "記者陳家祥"));
    CHECK_FALSE(has(a.body(), "廣告"));
    CHECK(kind_of("記者陳家祥／綜合報導") == LineKind::label);
    CHECK(kind_of("分享LINE分享字級") == LineKind::share);  // the share row with its font-size button
    CHECK(kind_of("打印机销量上升") != LineKind::share);      // trap: "printer sales rise" names no button alone
    CHECK(boilerplate_rule("Advertisement - Scroll to continue") == "ad-label");
    // Traps: a bracketed note inside a sentence and a reporter quoted in prose stay; "►" before the last
    // paragraph is the story's list.
    CHECK_FALSE(extract::is_bracketed_agency("（編譯/林靖東）DeepMind表示"));
    CHECK_FALSE(extract::is_zh_reporter_line("記者陳家祥說，這款產品具有極其重要的意義，因為這意味著未來的人工智慧技術可能不需要人類來教它。"));
    CHECK(has(html_body(story_page("<p>►Step one: measure the cloche</p>")), "Step one"));
}

TEST_CASE("round 13 body: Mirá también / Leé también inline boxes (H1/X8)", "[body-round-13]") {
    const std::string body = html_body(story_page(
        "<div class=\"mira\"><span>Mirá también</span><a href=\"/x\">WhatsApp deja de funcionar en estos celulares</a></div>"));
    CHECK_FALSE(has(body, "WhatsApp deja"));
    CHECK(has(body, kStudyP2));
    CHECK(kind_of("Mirá tambiénWhatsApp deja de funcionar en estos celulares desde diciembre") == LineKind::inline_related);
    CHECK(kind_of("Leé también: Los nuevos valores de las prepagas") == LineKind::inline_related);
    // Trap: a sentence with the words stays prose.
    CHECK(kind_of("Mirá también lo que dijo el ministro sobre la inflación, que llegó al 3 por ciento en octubre.") ==
          LineKind::prose);
}

TEST_CASE("round 13 body: Joomla article-info rows and view counters (H5/X7)", "[body-round-13]") {
    const std::string html = study_page("<article><h2>" + kStudyTitle + "</h2><dl class=\"article-info\"><dt>Details</dt>"
                                        "<dd>Kategorie: Fußball</dd><dd>Zugriffe: 412</dd></dl><p>" + kStudyP1 + "</p><p>" +
                                        kStudyP2 + "</p><p>" + kStudyP3 + "</p></article>");
    const std::string body = html_body(html);
    CHECK_FALSE(has(body, "Details"));
    CHECK_FALSE(has(body, "Kategorie"));
    CHECK_FALSE(has(body, "Zugriffe"));
    CHECK(has(body, kStudyP1));
    CHECK(kind_of("Zugriffe: 412") == LineKind::label);
    CHECK(extract::is_view_counter("412 views"));
    CHECK(extract::is_view_counter("Hits: 1.204"));
    // Traps: a count in a sentence, a "Details" heading over story text.
    CHECK_FALSE(extract::is_view_counter("412 views of the harbour"));
    CHECK_FALSE(extract::is_view_counter("Hits: the best songs of 2026"));
    CHECK(has(html_body(story_page("<h3>Details</h3><p>" + kParagraph + "</p>")), "Details"));
}

TEST_CASE("round 13 body: pair widget, reprint statement, newsletter and trial plugs (X1, X3, X4)", "[body-round-13]") {
    const Article a = scrape(kStudyP1, {"", "BTC/USDT 97,412.10 +1.20%Trade Now", "", kStudyP3, "",
                                        "Statement: This article is reprinted with permission and represents only the "
                                        "author's personal views. HTX does not assume any responsibility for the accuracy."});
    CHECK_FALSE(has(a.body(), "BTC/USDT"));
    CHECK_FALSE(has(a.body(), "reprinted"));
    CHECK(has(a.body(), kStudyP3));
    CHECK(extract::is_asset_card("ETH/USDT 3,402.55 -0.80%"));
    CHECK(kind_of("Recevez chaque matin l'essentiel de l'actualité avec la newsletter Les Echos.") == LineKind::newsletter);
    CHECK(kind_of("Exklusive Analysen und Hintergründe: Testen Sie Handelsblatt Premium 4 Wochen für 1 €.") ==
          LineKind::newsletter);
    CHECK(boilerplate_rule("Testen Sie Handelsblatt Premium 4 Wochen für 1 €.") == "paywall");
    CHECK(kind_of("Jetzt testen") == LineKind::label);
    // Traps: a story's pair price in prose, a quiz call, a story about a trial.
    CHECK_FALSE(extract::is_asset_card("BTC/USDT rose 1.2% on Friday"));
    CHECK(boilerplate_rule("Testen Sie Ihr Wissen in unserem Quiz zur Bundestagswahl.").empty());
    CHECK(kind_of("Das Unternehmen will die neue Version vier Wochen lang mit ausgewählten Kunden testen, sagte ein Sprecher.") ==
          LineKind::prose);
}

TEST_CASE("round 13 body: affiliate product boxes between story paragraphs (H4)", "[body-round-13]") {
    const std::string body = html_body(story_page(
        "<div class=\"product-box\"><p class=\"product-name\">Glass Bell Cloche with Wood Base, 10-Inch</p>"
        "<p class=\"price\">$24.99 at Amazon</p><a href=\"https://amzn.example/x\">Buy Now</a></div>"));
    CHECK_FALSE(has(body, "Glass Bell"));
    CHECK_FALSE(has(body, "$24.99"));
    CHECK(has(body, kStudyP1));
    CHECK(has(body, kStudyP2));
    const Article a = scrape(kStudyP1, {"", "Party City Graduation Decorating Kit", "", "$19.99 at Walmart", "",
                                        "Check Price", "", kStudyP3});
    CHECK_FALSE(has(a.body(), "Party City"));
    CHECK_FALSE(has(a.body(), "$19.99"));
    CHECK_FALSE(has(a.body(), "Check Price"));
    CHECK(has(a.body(), kStudyP3));
    CHECK(extract::is_retail_price_line("€19,99 bei Amazon"));
    CHECK(extract::is_retail_price_line("29,99 € chez Fnac"));
    // Traps: prices in the story's sentences, and a price with no retailer.
    CHECK_FALSE(extract::is_retail_price_line("$24.99 at most stores."));
    CHECK_FALSE(extract::is_retail_price_line("Shares closed at $24.99 at Nasdaq on Friday after the report"));
    CHECK(has(html_body(story_page("<p>The kit costs $19.99 at Walmart, the company said on Tuesday in a statement.</p>")),
              "costs $19.99"));
}

TEST_CASE("round 13 body: a guide scrape's contents list, rating widget and sources (X2)", "[body-round-13]") {
    const Article a = text_article({"How to Build a Terrarium", "", "By Lucy Akins", "Nov 28, 2026", "",
                                    "Table of Contents", "", "What You'll Need", "Instructions", "FAQ", "", kStudyP1,
                                    "", kParagraph, "", kStudyLast, "", "Frequently Asked Questions", "",
                                    "How often should you water a closed terrarium?", "",
                                    "A closed terrarium rarely needs water; mist it lightly once a month if the moss looks dry.",
                                    "", "Was this page helpful?", "", "YesNo", "", "Article Sources", "",
                                    "University of Illinois Extension. Terrariums. 2024.", "", "Related Articles", "",
                                    "The 12 Best Terrarium Plants", "How to Care for Moss Indoors"});
    CHECK_FALSE(has(a.body(), "Instructions"));
    CHECK_FALSE(has(a.body(), "helpful"));
    CHECK_FALSE(has(a.body(), "YesNo"));
    CHECK_FALSE(has(a.body(), "Illinois"));
    CHECK(has(a.body(), kStudyLast));
    // Trap: short lines under a heading that is no contents label stay.
    const Article b = text_article({"How to Build a Terrarium", "", "By Lucy Akins", "Nov 28, 2026", "", kStudyP1, "",
                                    "What You'll Need", "", "Cloche", "Moss", "", kParagraph, "", kStudyLast});
    CHECK(has(b.body(), "Cloche"));
}
