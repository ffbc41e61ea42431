// Metadata rules of the twenty-second round of unseen page shells (study-x: hankyeol's Korean reporter rows;
// study-y: haaretzon's dotted two-digit years, asahinet's "記者：" credit row, baomoi's "Theo VnExpress"). Each
// positive case has its trap next to it.
#include <catch2/catch.hpp>

#include <string>

#include "extract/byline.hpp"
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
using newsclean::test::has;

const std::string kKoP1 = "지난달 수출이 반도체 호조에 힘입어 1년 전보다 8.1% 늘며 14개월 연속 증가세를 이어갔다.";
const std::string kKoP2 = "산업통상자원부는 반도체와 자동차 수출이 크게 늘어 무역수지도 여섯 달 연속 흑자를 기록했다고 밝혔다.";
const std::string kKoP3 = "정부는 내년에도 수출 증가세가 이어질 것으로 보고 중소기업 수출 지원을 늘리기로 했다.";

// A Korean regional paper's page: the headline, the info row `row` (reporter, then the date), the story;
// `head` inside <head> (a <meta name=author> naming the wire).
Article ko_page(const std::string& row, const std::string& head = "") {
    return clean("<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>11월 수출 8.1% 증가 - 한결일보"
                 "</title>" + head + "</head><body><section><header class=\"view-head\"><h3>11월 수출 8.1% 증가…14개월 "
                 "연속 늘어</h3><ul class=\"infomation\"><li><i class=\"icon-user-o\"></i> " + row + "</li><li>입력 "
                 "2026.11.01 09:42</li></ul></header><article class=\"body\"><p>" + kKoP1 + "</p><p>" + kKoP2 +
                     "</p><p>" + kKoP3 + "</p></article></section></body></html>",
                 "test.html");
}

}  // namespace

TEST_CASE("round 22 haaretzon H1: a dotted two-digit year after a published or updated label", "[metadata][dates][round22]") {
    CHECK(iso("פורסם: 27.11.26, 10:30") == "2026-11-27T10:30:00");
    CHECK(iso("עודכן: 28.11.26") == "2026-11-28");
    CHECK(iso("Veröffentlicht: 07.11.26") == "2026-11-07");
    CHECK(iso("Опубликовано 27.11.26") == "2026-11-27");
    // The slash form keeps its order rules.
    CHECK(iso("Published on 11/28/26") == "2026-11-28");
    // Traps: a version or a score after no date label, a longer dotted run, a Korean label (its pages write the
    // year first: "26.11.28").
    CHECK(iso("Version 1.2.10 fixes the bug") == "none");
    CHECK(iso("The team won 3.1.25 in the final") == "none");
    CHECK(iso("Updated: 27.11.26.4") == "none");
    CHECK(iso("수정 26.11.28") == "none");
}

TEST_CASE("round 22 haaretzon H1: the dotted date row of a text scrape dates it", "[metadata][dates][round22]") {
    const Article a = scrape("הקו הסגול של הרכבת הקלה נדחה שוב: \"הפתיחה לא לפני 2029\"\n\nמאת נועה ברקוביץ\n\n"
                             "פורסם: 27.11.26, 10:30 עודכן: 27.11.26, 14:12");
    CHECK(day(a.date) == "2026-11-27");
    // Trap: an unlabelled dotted triple in the header is no date.
    const Article b = scrape("Release notes for the new client\n\nVersion 1.2.10 brings faster sync");
    CHECK(day(b.date) == "none");
}

TEST_CASE("round 22 hankyeol H7/H8: a Korean reporter credit names the reporter, not the outlet before it", "[metadata][byline][round22]") {
    CHECK(byline("이서연 기자") == "이서연");
    CHECK(byline("누리통신 이서연 기자") == "이서연");
    CHECK(byline("연합뉴스 홍길동 선임기자") == "홍길동");
    CHECK(byline("김민수 기자 kimms@hankyeol.co.kr") == "김민수");
    const auto two = newsclean::extract::ko_reporter_credit("김민수·이서연 기자");
    REQUIRE(two);
    CHECK(two->authors == std::vector<std::string>{"김민수", "이서연"});
    // Traps: a co-reporter before the name is no outlet (Yonhap's "(서울=연합뉴스) 홍국기 고상민 기자 ="), and a
    // sentence about a reporter is no credit.
    CHECK(byline("홍국기 고상민 기자") == "홍국기 고상민");
    CHECK_FALSE(newsclean::extract::ko_reporter_credit("김민수 기자가 현장을 찾았다고 전했다"));
    CHECK_FALSE(newsclean::extract::ko_reporter_credit("기자 간담회에서 밝혔다"));
}

TEST_CASE("round 22 hankyeol H7: the reporter row of a Korean HTML page is the byline", "[metadata][byline][round22]") {
    CHECK(by(ko_page("김민수 기자")) == "김민수");
    // The wire before the name and as <meta name=author>: the page's reporter wins.
    const Article wire = ko_page("<span class=\"wire\">누리통신</span> 이서연 기자", "<meta name=\"author\" content=\"누리통신\">");
    CHECK(by(wire) == "이서연");
    // Trap: a row without the role names no one.
    CHECK(by(ko_page("한결일보")) == "none");
}

TEST_CASE("round 22 asahinet A2/A4: a \"記者：\" credit row gives the name", "[metadata][byline][round22]") {
    CHECK(byline("記者：森下彩花") == "森下彩花");
    CHECK(byline("记者: 张三") == "张三");
    CHECK(newsclean::extract::byline_label("記者：森下彩花") == newsclean::extract::BylineLabel::author);
    // The outlet form still reads.
    CHECK(byline("澎湃新闻记者 林靖") == "林靖");
    // Traps: the role word with no colon opens headlines and sentences ("記者会見で…").
    CHECK(newsclean::extract::byline_label("記者会見で首相が発言") == newsclean::extract::BylineLabel::none);
    CHECK(newsclean::extract::byline_label("記者 森下彩花") == newsclean::extract::BylineLabel::none);
    // Text scrape: the credit row is the byline, the headline above it the title.
    const Article a = scrape("北信濃の路線バス、来春で全面廃止へ　住民「通院の足がなくなる」\n\n記者：森下彩花\n\n2026年11月27日 10時30分");
    CHECK(by(a) == "森下彩花");
    CHECK(has(or_none(a.title), "住民「通院の足がなくなる」"));
}

TEST_CASE("round 22 baomoi B1: \"Theo\" before a camel-case brand credits the source", "[metadata][byline][round22]") {
    CHECK(byline("Theo VnExpress") == "VnExpress");
    CHECK(byline("Theo VietNamNet") == "VietNamNet");
    CHECK(byline("Theo ZingNews") == "ZingNews");
    // Traps: the first name Theo before a surname with a capitalised prefix.
    CHECK(byline("Theo McDonald") == "Theo McDonald");
    CHECK(byline("Theo DeLuca") == "Theo DeLuca");
    CHECK(byline("Theo MacArthur") == "Theo MacArthur");
}
