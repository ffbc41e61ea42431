// Metadata rules of the twenty-first round (study-w, round 20 shells): Solar Hijri dates with Persian month names
// and the fa/ar/hi published and updated labels (B1), the source labels closing a story in fa/bg/ro/hu/el/ca/...
// and no "Label: Name" line as a name (H1, H2), academic degrees around a name (B4). Each positive case has its trap.
#include <catch2/catch.hpp>

#include <string>

#include "metadata_test_support.hpp"
#include "repost_test_support.hpp"

namespace {

using newsclean::Article;
using newsclean::metatest::by;
using newsclean::metatest::byline;
using newsclean::metatest::clean;
using newsclean::metatest::day;
using newsclean::metatest::iso;
using newsclean::metatest::or_none;
using newsclean::metatest::scrape;
using newsclean::metatest::source;
using newsclean::metatest::whole_page;
using newsclean::test::has;

const std::string kFaP1 = "بانک مرکزی اعلام کرد نرخ تورم نقطه به نقطه در آبان‌ماه به ۳۲ درصد رسیده که نسبت به ماه قبل کاهش یافته است.";
const std::string kFaP2 = "بر اساس این گزارش، بیشترین افزایش قیمت در گروه خوراکی‌ها و آشامیدنی‌ها و همچنین هزینه مسکن ثبت شده است.";
const std::string kFaP3 = "کارشناسان اقتصادی معتقدند ثبات نسبی نرخ ارز در ماه‌های اخیر در کاهش انتظارات تورمی نقش داشته است.";

// A Hamshahri-like page: the headline, `meta` (date rows), the story and `tail` closing it.
Article fa_page(const std::string& meta, const std::string& tail = "") {
    return clean("<!DOCTYPE html><html lang=\"fa\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>تورم آبان به ۳۲ درصد "
                 "رسید | همشهری آنلاین</title></head><body><main><article><h1>تورم آبان به ۳۲ درصد رسید</h1>" +
                     meta + "<div class=\"item-text\"><p>" + kFaP1 + "</p><p>" + kFaP2 + "</p><p>" + kFaP3 + "</p>" + tail +
                     "</div></article></main></body></html>",
                 "test.html");
}

const std::string kSkP1 = "Študenti našej fakulty získali prvé miesto v stredoeurópskej programátorskej súťaži CERC, ktorá sa tento "
                          "rok konala v Prahe.";
const std::string kSkP2 = "Trojčlenný tím vyriešil deväť z jedenástich úloh a postúpil do svetového finále súťaže ICPC.";

// A faculty news page: the headline, a date row, the story, then `tail` (the author's line).
Article sk_page(const std::string& tail) {
    return clean("<!DOCTYPE html><html lang=\"sk\"><head><meta charset=\"utf-8\"><title>Naši študenti zvíťazili v súťaži "
                 "CERC 2026</title></head><body><article><h1>Naši študenti zvíťazili v súťaži CERC 2026</h1><p class=\"datum\">"
                 "Pridané: 28. 11. 2026</p><div class=\"text\"><p>" + kSkP1 + "</p><p>" + kSkP2 + "</p>" + tail +
                     "</div></article></body></html>",
                 "test.html");
}

}  // namespace

TEST_CASE("round 21 B1: Solar Hijri dates with a Persian month name are converted", "[metadata][dates][round21]") {
    // Known days: Nowruz 1405 and 1399, 22 Bahman 1357 (1979-02-11), the leap day 30 Esfand 1403.
    CHECK(iso("1 فروردین 1405") == "2026-03-21");
    CHECK(iso("1 فروردین 1399") == "2020-03-20");
    CHECK(iso("22 بهمن 1357") == "1979-02-11");
    // Hindi month names, both spellings of the nasal (round 21, amarujala shell).
    CHECK(iso("27 नवंबर 2026, 09:30 AM") == "2026-11-27T09:30:00");
    CHECK(iso("27 नवम्बर 2026") == "2026-11-27");
    CHECK(iso("1 फ़रवरी 2027") == "2027-02-01");
    CHECK(iso("30 اسفند 1403") == "2025-03-20");
    // Persian digits, the weekday before and the clock after.
    CHECK(iso("تاریخ انتشار: ۶ آذر ۱۴۰۵ - ۰۹:۳۰") == "2026-11-27T09:30:00");
    CHECK(iso("شنبه ۷ آذر ۱۴۰۵ - ۱۴:۰۵") == "2026-11-28T14:05:00");
    CHECK(iso("۱۲ اردیبهشت ۱۴۰۴") == "2025-05-02");  // a name holding the Persian yeh
    // Traps: no 30 Esfand in a common year, no Persian month read as a Gregorian one, the Arabic "آذار" stays March,
    // and a numeric Solar Hijri year on a page of no Persian language in ASCII digits keeps its (invalid) reading.
    CHECK(iso("30 اسفند 1404") == "none");
    CHECK(iso("6 آذار 2026") == "2026-03-06");
    CHECK(iso("6 آذر 2026") == "none");
    CHECK(iso("1405/09/06") == "none");
}

TEST_CASE("numeric Solar Hijri dates on Persian pages or in Persian digits are converted", "[metadata][dates]") {
    // Iranian and Afghan portals print "1405/09/06" or "۱۴۰۵/۰۹/۰۶" in their date rows.
    CHECK(iso("1405/09/06", "fa") == "2026-11-27");
    CHECK(iso("1405-09-06 09:30", "fa-IR") == "2026-11-27T09:30:00");
    CHECK(iso("1405/09/06", "ps-AF") == "2026-11-27");
    CHECK(iso("تاریخ انتشار: ۱۴۰۵/۰۹/۰۶ - ۰۹:۳۰") == "2026-11-27T09:30:00");  // Persian digits, no page language
    CHECK(iso("1403/12/30", "fa") == "2025-03-20");                              // the leap day
    // Traps: no 30 Esfand in a common year; a Gregorian date on a Persian page stays Gregorian; Arabic-Indic
    // digits are an Arabic page's (its numeric Hijri years are lunar: 1448/05/16 is 2026); a Gregorian year of
    // 1300-1500 on an English page is no date.
    CHECK(iso("1404/12/30", "fa") == "none");
    CHECK(iso("2026/11/27", "fa") == "2026-11-27");
    CHECK(iso("\xD9\xA1\xD9\xA4\xD9\xA4\xD9\xA8/\xD9\xA0\xD9\xA5/\xD9\xA1\xD9\xA6") == "none");  // ١٤٤٨/٠٥/١٦
    CHECK(iso("1448/05/16", "ar") == "none");
    CHECK(iso("1405/09/06", "en") == "none");
}

TEST_CASE("a Persian page's numeric Solar Hijri date row gives the date and leaves the body", "[metadata][dates]") {
    const Article a = fa_page("<div class=\"item-date\">تاریخ انتشار: ۱۴۰۵/۰۹/۰۶ - ۰۹:۳۰</div>");
    CHECK(or_none(a.date) == "2026-11-27T09:30:00");
    CHECK(a.body().find("۱۴۰۵/۰۹/۰۶") == std::string::npos);
}

TEST_CASE("round 21 B1: a Persian date row gives the date, its last-update row the modification", "[metadata][dates][round21]") {
    const Article a = fa_page("<div class=\"item-date\"><span>تاریخ انتشار: ۶ آذر ۱۴۰۵ - ۰۹:۳۰</span><span>آخرین "
                              "به‌روزرسانی: ۶ آذر ۱۴۰۵ - ۱۶:۴۵</span></div>");
    CHECK(or_none(a.date) == "2026-11-27T09:30:00");
    CHECK(or_none(a.date_modified) == "2026-11-27T16:45:00");
    // Trap: the update stamp alone is never the date (issue #3 policy).
    const Article updated = fa_page("<div class=\"item-date\"><span>آخرین به‌روزرسانی: ۶ آذر ۱۴۰۵ - ۱۶:۴۵</span></div>");
    CHECK(day(updated.date) == "none");
}

TEST_CASE("round 21 H1/H2: source labels closing a story in fa, bg, ro, hu, el, ca, tr, vi", "[metadata][byline][round21]") {
    CHECK(source("منبع: ایسنا") == "ایسنا");
    CHECK(source("Източник: БТА") == "БТА");
    CHECK(source("Sursa: Agerpres") == "Agerpres");
    CHECK(source("Forrás: MTI") == "MTI");
    CHECK(source("Πηγή: ΑΠΕ-ΜΠΕ") == "ΑΠΕ-ΜΠΕ");
    CHECK(source("Font: ACN") == "ACN");
    const Article a = fa_page("", "<p class=\"source\">منبع: ایسنا</p>");
    CHECK(or_none(a.source) == "ایسنا");
    CHECK_FALSE(has(a.body(), "منبع"));
    // Trap: the word in prose, with no colon, is no label.
    CHECK(source("Font size matters for readers") == "none");
}

TEST_CASE("round 21 H1: a 'Label: Name' line with a label the lexicon lacks is no name", "[metadata][byline][round21]") {
    // fi "Lähde:" (source) is in no table: the whole line was the byline and the source.
    const Article a = fa_page("", "<p class=\"source\">Lähde: STT</p>");
    CHECK(by(a) == "none");
    CHECK(or_none(a.source) == "none");
    CHECK(byline("Lage: Google Maps") == "none");
    // Traps: a name is still read without a colon, and a known label still gives its name.
    CHECK(byline("Jean-Pierre Martin") == "Jean-Pierre Martin");
    CHECK(byline("Autor: Jana Kováčová") == "Jana Kováčová");
}

TEST_CASE("round 21 B4: academic degrees are no part of a byline", "[metadata][byline][round21]") {
    CHECK(byline("Autor: Mgr. Jana Kováčová, PhD.") == "Jana Kováčová");
    CHECK(byline("Text: doc. RNDr. Peter Horváth, CSc.") == "Peter Horváth");
    CHECK(byline("By Grant Tinsley, PhD") == "Grant Tinsley");
    CHECK(byline("Dipl.-Ing. Karl Huber") == "Karl Huber");
    // Traps: a degree and one word stay as shown, "Bc" inside a word is none, English "Dr." is kept (dev truths keep it).
    CHECK(byline("Mgr. Novák") == "Mgr. Novák");
    CHECK(byline("By Bcharles Smith") == "Bcharles Smith");
    CHECK(byline("By Dr. Tim Loppe") == "Dr. Tim Loppe");
}

TEST_CASE("round 21 B4: an 'Autor:' line with degrees closing the story is the byline, not body", "[metadata][byline][round21]") {
    const Article a = sk_page("<p class=\"autor\"><em>Autor: Mgr. Jana Kováčová, PhD.</em></p>");
    CHECK(by(a) == "Jana Kováčová");
    CHECK_FALSE(has(a.body(), "Autor:"));
    // The text scrape reads it as its end credit.
    const Article t = newsclean::test::text_article({"Naši študenti zvíťazili v súťaži CERC 2026", "", "Pridané: 28. 11. 2026", "",
                                                     kSkP1, "", kSkP2, "", "Autor: Mgr. Jana Kováčová, PhD."});
    CHECK(by(t) == "Jana Kováčová");
    // Trap: a sentence ending in a degree is a sentence, kept in the body.
    const Article s = sk_page("<p>Dekan poďakoval všetkým, ktorí pomáhali, a najmä školiteľovi, ktorý práve získal titul PhD.</p>");
    CHECK(has(s.body(), "titul PhD."));
}

TEST_CASE("round 21 B3: a wire agency and its place credit the agency", "[metadata][byline][round21]") {
    CHECK(byline("PTI, New Delhi") == "PTI");
    CHECK(byline("पीटीआई, नई दिल्ली") == "पीटीआई");
    CHECK(byline("Reuters, London") == "Reuters");
    const Article a = whole_page("<title>RBI keeps repo rate unchanged</title>", "<h1>RBI keeps repo rate unchanged</h1><div "
                                 "class=\"author-sec\"><span class=\"author\">IANS, Mumbai</span></div>");
    CHECK(by(a) == "IANS");
    // Traps: two agencies both credit the story, a person's "Surname, Given name" names no agency.
    CHECK(byline("Reuters, AP") == "Reuters, AP");
    CHECK(byline("Smith, John Paul") != "Smith");
}

TEST_CASE("round 21 B5: 'Section - Site' title over a logo h1 gives the h2 headline", "[metadata][title][round21]") {
    const auto faculty = [](const std::string& title, const std::string& h1) {
        return clean("<!DOCTYPE html><html lang=\"sk\"><head><meta charset=\"utf-8\"><title>" + title +
                         "</title></head><body><div id=\"header\"><h1 class=\"logo\">" + h1 +
                         "</h1></div><div id=\"content\"><div class=\"news-single\"><h2>Naši študenti zvíťazili v súťaži "
                         "CERC 2026</h2><div class=\"news-text\"><p>" + kSkP1 + "</p><p>" + kSkP2 + "</p></div></div></div>"
                         "</body></html>",
                     "test.html");
    };
    const std::string logo = "<a href=\"/x\"><img alt=\"FMFI UK\" src=\"/fmfi.png\"></a>";
    CHECK(or_none(faculty("Aktuality - Fakulta matematiky, fyziky a informatiky UK", logo).title) ==
          "Naši študenti zvíťazili v súťaži CERC 2026");
    // Trap: a one-word headline part over a text h1 is the title as written (no logo h1).
    CHECK(or_none(faculty("Aktuality - Fakulta matematiky, fyziky a informatiky UK", "FMFI UK").title) != "Naši študenti zvíťazili v súťaži CERC 2026");
}
