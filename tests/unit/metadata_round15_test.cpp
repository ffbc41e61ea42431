// Metadata rules of the fifteenth round of unseen page shells (study-r): Ukrainian month names (T1), the uk source
// label "Джерело:" (B1), a Korean reporter's link buttons after "<name> 기자" (B2), a wiki's citation dates and its
// closing edit stamp (B4), an "Aktualisiert:" <time> without datetime (B3).
// Each positive case has its trap.
#include <catch2/catch.hpp>

#include <string>

#include "extract/dates.hpp"
#include "metadata_test_support.hpp"

namespace {

using newsclean::metatest::iso;

using newsclean::Article;
using newsclean::extract::parse_date;
using newsclean::metatest::by;
using newsclean::metatest::byline;
using newsclean::metatest::clean;
using newsclean::metatest::day;
using newsclean::metatest::page;
using newsclean::metatest::source;

const std::string kUkP1 = "Кабінет міністрів ухвалив постанову про підвищення мінімальної заробітної плати з першого "
                          "січня наступного року, повідомили в уряді.";
const std::string kUkP2 = "За словами прем'єр-міністра, рішення дозволить частково компенсувати зростання цін на "
                          "продукти та комунальні послуги.";

// A pravda-like page: headline, `meta` (the date row and source), then the story.
Article uk_page(const std::string& meta) {
    return clean("<!DOCTYPE html><html lang=\"uk\"><head><meta charset=\"utf-8\"><title>Уряд підвищив мінімальну "
                 "зарплату</title></head><body><div class=\"post\"><h1 class=\"post_title\">Уряд підвищив мінімальну "
                 "зарплату</h1>" + meta + "<div class=\"post_text\"><p>" + kUkP1 + "</p><p>" + kUkP2 +
                     "</p></div></div></body></html>",
                 "test.html");
}

const std::string kWikiP1 = "Blueberries are a fruit crop that grow from Blueberry Seeds after 13 days. After the initial "
                            "harvest, the plant continues to produce new blueberries every 4 days.";
const std::string kWikiP2 = "Blueberry Seeds can be purchased at the General Store for 80g during the Summer season. Each "
                            "harvest yields three blueberries, with a chance for more.";

// A MediaWiki page: h1#firstHeading, the text, `refs` (a references list), then `footer`.
Article wiki_page(const std::string& refs, const std::string& footer) {
    return clean("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Blueberry</title></head><body>"
                 "<main><h1 id=\"firstHeading\">Blueberry</h1><div id=\"mw-content-text\"><div class=\"mw-parser-output\">"
                 "<p>" + kWikiP1 + "</p><p>" + kWikiP2 + "</p>" + refs + "</div></div>" + footer + "</main></body></html>",
                 "test.html");
}

}  // namespace

TEST_CASE("round 15 T1: Ukrainian month names are read as ru ones are", "[metadata][dates][round-15]") {
    CHECK(iso("28 листопада 2026, 14:05", "uk") == "2026-11-28T14:05:00");
    CHECK(iso("28 листопада 2026, 14:05", "ru") == "2026-11-28T14:05:00");
    CHECK(iso("Субота, 28 листопада 2026, 14:05", "uk") == "2026-11-28T14:05:00");
    CHECK(iso("3 березня 2025", "uk") == "2025-03-03");
    CHECK(iso("1 січня 2026", "uk") == "2026-01-01");
    CHECK(iso("15 серпня 2024", "uk") == "2024-08-15");
    CHECK(iso("листопад 2026", "uk") == iso("ноябрь 2026", "ru"));  // the nominative as the ru one reads
    // The page's date row under the headline.
    const Article a = uk_page("<div class=\"post_time\">Олена Коваль — Субота, 28 листопада 2026, 14:05</div>");
    CHECK(day(a.date) == "2026-11-28");
    // Trap: a month word in a sentence without a day or year is no date.
    CHECK(iso("Уряд ухвалив рішення у листопаді минулого року", "uk") == "none");
}

TEST_CASE("round 15 B1: the uk source label Джерело: names the repost's source", "[metadata][byline][round-15]") {
    CHECK(source("Джерело: Укрінформ") == "Укрінформ");
    CHECK(byline("Джерело: Укрінформ") == "Укрінформ");
    const Article a = uk_page("<div class=\"post_time\">Пʼятниця, 27 листопада 2026, 09:41</div>"
                              "<div class=\"post_source\">Джерело: Укрінформ</div>");
    CHECK(by(a) == "Укрінформ");
    CHECK(day(a.date) == "2026-11-27");
    // Trap: "джерело" in a sentence ("a source in the government said") is no label.
    CHECK(byline("Джерело в уряді повідомило про нові правила") == "none");
}

TEST_CASE("round 15 B2: a Korean reporter's link buttons are no part of the name", "[metadata][byline][round-15]") {
    CHECK(byline("김민정 기자 다른 기사 보기") == "김민정");
    CHECK(byline("김민정 기자의 다른 기사") == "김민정");
    CHECK(byline("김민정 기자 기사 더보기") == "김민정");
    CHECK(byline("김민정 기자 구독") == "김민정");
    CHECK(byline("김민정 기자 mjkim@hani.co.kr") == "김민정");
    const Article a = clean("<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>서울 올겨울 첫 "
                            "한파주의보</title></head><body><h3 class=\"article-title\">서울 올겨울 첫 한파주의보</h3>"
                            "<ul class=\"article-date\"><li>등록 2026-11-27 09:41</li></ul><div class=\"byline\"><a "
                            "href=\"/a\">김민정 기자</a> <span>다른 기사 보기</span></div><div class=\"article-text\"><p>"
                            "서울 지역에 올겨울 첫 한파주의보가 내려졌다. 기상청은 27일 오후 9시를 기해 서울 전역에 "
                            "한파주의보를 발령한다고 밝혔다.</p><p>28일 아침 최저기온은 영하 10도까지 떨어지겠고, 바람이 "
                            "강하게 불어 체감온도는 영하 15도 안팎을 기록할 것으로 보인다.</p></div></body></html>",
                            "test.html");
    CHECK(by(a) == "김민정");
    // Trap: the link-button stops cut no second reporter.
    CHECK(byline("김민정 기자, 이수진 기자").find("이수진") != std::string::npos);
}

TEST_CASE("round 15 B4: a wiki citation date is not the page date, its edit stamp is the modified one",
          "[metadata][dates][round-15]") {
    const std::string refs = "<h2>References</h2><ol class=\"references\"><li>↑ ConcernedApe, Version 1.6 patch notes, "
                             "19 March 2024.</li></ol>";
    const std::string lastmod = "<div id=\"footer\"><p id=\"footer-info-lastmod\">This page was last edited on 28 November "
                                "2026, at 14:05.</p></div>";
    const Article a = wiki_page(refs, lastmod);
    CHECK(day(a.date) == "none");
    CHECK(day(a.date_modified) == "2026-11-28");
    // A citation of Wikipedia's own markup, <cite class="citation web">.
    const Article c = wiki_page("<div class=\"reflist\"><ol><li><cite class=\"citation web\">\"Patch notes\". 19 March "
                                "2024.</cite></li></ol></div>", "");
    CHECK(day(c.date) == "none");
    // Trap: a date block whose class merely holds "references" (hausinfo.ch "mdl-ghi-article-references") is read.
    const Article h = page("<h1>Fed holds rates steady</h1><div class=\"mdl-ghi-article-references\"><time "
                           "datetime=\"2021-12-15\">15.12.2021</time></div>");
    CHECK(day(h.date) == "2021-12-15");
    // MoinMoin's stamp far below the headline, after many lines of page furniture.
    std::string furniture;
    for (int i = 0; i < 20; ++i) furniture += "<li><a href=\"/p" + std::to_string(i) + "\">Page " + std::to_string(i) + "</a></li>";
    const Article m = wiki_page("<ul class=\"links\">" + furniture + "</ul>",
                                "<p id=\"pageinfo\" class=\"info\">BeginnersGuide/Download (last edited 2019-11-10 "
                                "13:28:18 by <a href=\"/moin/MatsWichmann\">MatsWichmann</a>)</p>");
    CHECK(day(m.date_modified) == "2019-11-10");
    CHECK(day(m.date) == "none");
    // Trap: a long closing paragraph that mentions an update is prose, no stamp.
    const Article p = wiki_page("<ul class=\"links\">" + furniture + "</ul>",
                                "<p>" + kWikiP1 + " The guide was updated on 3 March 2024 after the growers' survey, "
                                "and the tables below were revised to match the new harvest counts for every season of "
                                "the year, including the greenhouse and the island farm where the plant grows all year "
                                "round without a break.</p>");
    CHECK(day(p.date_modified) == "none");
}

TEST_CASE("round 15 B3: an Aktualisiert stamp in a <time> without datetime is the modified date",
          "[metadata][dates][round-15]") {
    const Article a = page("<h1>Fed holds rates steady</h1><p class=\"meta\"><time>Aktualisiert: 27.11.2026, 09:41 "
                           "Uhr</time></p>");
    CHECK(day(a.date_modified) == "2026-11-27");
    CHECK(day(a.date) == "none");  // issue #3 policy: never the published date
}
