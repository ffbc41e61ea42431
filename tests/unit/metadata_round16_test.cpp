// Date and byline rules of the sixteenth round of unseen page shells (study-s): the Hungarian year-first date
// "2026. november 28. – 14:05" and its "frissítve" update label (T2/B4), Greek, Finnish and Hungarian month names
// (T3), the Nordic clock word "klo 14.05" / "kl. 14.05", a zone in brackets "(GMT+7)", and the Vietnamese source
// credit "Theo TTXVN" (B1). Each positive case has its trap.
#include <catch2/catch.hpp>

#include <optional>
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
using newsclean::metatest::or_none;
using newsclean::metatest::scrape;

}  // namespace

TEST_CASE("round 16 B4: Hungarian and Korean year-first dates with a dot after the year", "[dates][round-16]") {
    CHECK(iso("2026. november 28. – 14:05") == "2026-11-28T14:05:00");
    CHECK(iso("2026. nov. 28. 14:05") == "2026-11-28T14:05:00");
    CHECK(iso("2026. március 3.") == "2026-03-03");
    CHECK(iso("2026. 11. 28. 14:05") == "2026-11-28T14:05:00");  // Naver, Yonhap
    // Traps: a year ending a sentence before a month and day is prose, not a date (no dot after the day).
    CHECK(iso("The plant opened in 2025. May 5 saw its first shipment.") == "none");
    CHECK(iso("Sales rose in 2025. 11 stores closed.") == "none");
}

TEST_CASE("round 16 T3: Greek, Finnish and Hungarian month names", "[dates][round-16]") {
    CHECK(iso("27 Νοεμβρίου 2026, 09:41") == "2026-11-27T09:41:00");
    CHECK(iso("27 ΝΟΕΜΒΡΙΟΥ 2026") == "2026-11-27");  // capitals fold without accents
    CHECK(iso("3 Μαΐου 2026") == "2026-05-03");
    CHECK(iso("28. marraskuuta 2026") == "2026-11-28");
    CHECK(iso("2026. szeptember 9.") == "2026-09-09");
}

TEST_CASE("round 16 T3: a clock written with a dot after the Nordic clock word", "[dates][round-16]") {
    CHECK(iso("28.11.2026 klo 14.05") == "2026-11-28T14:05:00");
    CHECK(iso("28. november 2026 kl. 14.05") == "2026-11-28T14:05:00");
    // Trap: a dotted number after a date without the clock word is no time.
    CHECK(iso("28.11.2026 14.05") == "2026-11-28");
}

TEST_CASE("round 16: a zone in brackets after the time", "[dates][round-16]") {
    CHECK(iso("Thứ bảy, 28/11/2026 09:41 (GMT+7)") == "2026-11-28T09:41:00+07:00");
    // Trap: a bracket holding no zone leaves the time zone-less.
    CHECK(iso("28/11/2026 09:41 (ảnh)") == "2026-11-28T09:41:00");
}

TEST_CASE("round 16 T2: the Hungarian header rows of a text scrape", "[dates][text][round-16]") {
    const Article a = scrape("Novemberben 4,1 százalék volt az infláció\n2026. november 28. – 14:05\n"
                             "frissítve: 2026. november 28. – 16:40");
    CHECK(or_none(a.title) == "Novemberben 4,1 százalék volt az infláció");
    CHECK(or_none(a.date).substr(0, 16) == "2026-11-28T14:05");
    CHECK(or_none(a.date_modified).substr(0, 16) == "2026-11-28T16:40");
}

TEST_CASE("round 16 B1: the Vietnamese source credit \"Theo X\"", "[byline][round-16]") {
    CHECK(byline("Theo TTXVN") == "TTXVN");
    CHECK(byline("Theo Tuổi Trẻ") == "Tuổi Trẻ");
    // HTML: the credit closing a repost in an author-classed paragraph.
    const Article a = clean("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Ngân hàng Nhà nước "
                            "giảm lãi suất</title></head><body><article><h1>Ngân hàng Nhà nước giảm lãi suất</h1>"
                            "<div class=\"detail-time\">28/11/2026 14:05 GMT+7</div><div class=\"article-body\"><p>Ngân "
                            "hàng Nhà nước vừa quyết định giảm lãi suất điều hành 0,5 điểm phần trăm, áp dụng từ ngày "
                            "1/12, nhằm hỗ trợ doanh nghiệp và người dân tiếp cận vốn vay.</p><p>Theo quyết định mới, "
                            "lãi suất tái cấp vốn giảm từ 4,5% xuống 4%/năm, lãi suất tái chiết khấu giảm từ 3% xuống "
                            "2,5%/năm.</p><p class=\"author\">Theo TTXVN</p></div></article></body></html>",
                            "test.html");
    CHECK(by(a) == "TTXVN");
    // Traps: the first name Theo, in any case, and a sentence opening with "Theo".
    CHECK(byline("Theo Leggett") == "Theo Leggett");
    CHECK(byline("By Theo Leggett") == "Theo Leggett");
    CHECK(byline("Theo quyết định mới, lãi suất giảm") != "quyết định mới, lãi suất giảm");
}

TEST_CASE("round 16 B2: a co-author in a second element of the byline row", "[byline][round-16]") {
    using newsclean::metatest::whole_page;
    const Article a = whole_page("<title>Fed holds rates steady</title>",
                                 "<h1>Fed holds rates steady</h1><div class=\"authors\"><a class=\"author__name\" "
                                 "href=\"/author/anna-kovacs\">Anna Kovacs</a><span class=\"author__name\">Peter Szabo</span></div>");
    CHECK(by(a) == "Anna Kovacs, Peter Szabo");
    // Trap: the role beside the name in an element of another class is no co-author.
    const Article b = whole_page("<title>Fed holds rates steady</title>",
                                 "<h1>Fed holds rates steady</h1><div class=\"authors\"><a class=\"author-name\" "
                                 "href=\"/author/anna-kovacs\">Anna Kovacs</a><span class=\"author-title\">Senior Reporter</span></div>");
    CHECK(by(b) == "Anna Kovacs");
}
