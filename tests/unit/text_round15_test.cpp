// Text scrapes of the fifteenth round of unseen page shells (study-r: sozcu, hankyoreh, fandom, transistor): the
// header of a plain-text page, its headline, byline and date. Every page is handwritten here, with a trap next to
// each rule.
#include <catch2/catch.hpp>

#include <string>

#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;

const std::string kTrTitle = "İstanbul'da sağanak hayatı felç etti";
const std::string kTrP1 =
    "İstanbul'da sabah saatlerinde başlayan sağanak, birçok ilçede trafiği felç etti. Kadıköy ve Beşiktaş'ta bazı "
    "cadde ve sokakları su bastı.";
const std::string kTrP2 =
    "Meteoroloji Genel Müdürlüğü, yağışların akşam saatlerine kadar etkili olmasının beklendiğini duyurdu. "
    "Vatandaşlara su baskını ve yıldırım riskine karşı dikkatli olmaları çağrısı yapıldı.";

const std::string kKoTitle = "서울 올겨울 첫 한파주의보…내일 아침 영하 10도";
const std::string kKoP1 = "서울 지역에 올겨울 첫 한파주의보가 내려졌다. 기상청은 27일 오후 9시를 기해 서울 전역에 한파주의보를 발령한다고 밝혔다.";
const std::string kKoP2 = "28일 아침 최저기온은 영하 10도까지 떨어지겠고, 바람이 강하게 불어 체감온도는 영하 15도 안팎을 기록할 것으로 보인다.";

Article page(const std::string& title, std::vector<std::string> header, const std::string& p1, const std::string& p2) {
    std::vector<std::string> lines{title, ""};
    for (std::string& h : header) lines.push_back(std::move(h));
    for (const std::string& t : {std::string(), p1, std::string(), p2, std::string()}) lines.push_back(t);
    return text_article(std::move(lines));
}

}  // namespace

TEST_CASE("round 15 text: a tr age beside the date, a tr share row under it (T2)", "[text-round-15]") {
    const Article a = page(kTrTitle,
                           {"Ayşe Demirtaş 28 Kasım 2026 09:41 3 saat önce", "",
                            "Facebook'ta PaylaşX'te PaylaşWhatsApp'ta PaylaşGoogle News'te Takip Et"},
                           kTrP1, kTrP2);
    CHECK(a.title == opt(kTrTitle));
    CHECK(a.byline == opt("Ayşe Demirtaş"));
    CHECK(day_of(a) == "2026-11-28");
    CHECK_FALSE(has(a.body(), "Paylaş"));
    // uk and ru ages the same way.
    const Article b = page("Уряд підвищив мінімальну зарплату до 8 500 гривень", {"Олена Коваль 27.11.2026 09:41 3 години тому"},
                           kParagraph, kStudyLast);
    CHECK(b.byline == opt("Олена Коваль"));
    CHECK(day_of(b) == "2026-11-27");
    // Trap: a sentence naming the share button is story text.
    const std::string trap = "Valilik, vatandaşlardan uyarıyı Facebook'ta paylaşmalarını ve evden çıkmamalarını istedi.";
    const Article c = page(kTrTitle, {"28.11.2026 09:41"}, trap, kTrP2);
    CHECK(has(c.body(), trap));
}

TEST_CASE("round 15 text: Korean reporter and agency rows under the date rows (T3)", "[text-round-15]") {
    const Article a = page(kKoTitle, {"등록 2026-11-27 09:41", "김민정 기자 다른 기사 보기"}, kKoP1, kKoP2);
    CHECK(a.byline == opt("김민정"));
    CHECK(day_of(a) == "2026-11-27");
    CHECK_FALSE(has(a.body(), "다른 기사 보기"));
    // A wire story: the agency alone under the posted and modified rows; the modified row is no story text.
    const Article b = page(kKoTitle, {"등록 2026-11-28 14:05", "수정 2026-11-28 16:40", "연합뉴스"}, kKoP1, kKoP2);
    CHECK(b.byline == opt("연합뉴스"));
    CHECK(day_of(b) == "2026-11-28");
    CHECK(b.date_modified.value_or("").substr(0, 10) == "2026-11-28");
    CHECK_FALSE(has(b.body(), "연합뉴스"));
    CHECK_FALSE(has(b.body(), "수정 2026"));
    // Trap: a name before a word that only starts with the role ("기자회견", a press conference) is no reporter row.
    const Article c = page(kKoTitle, {"등록 2026-11-27 09:41", "김민정 기자회견 열어"}, kKoP1, kKoP2);
    CHECK(c.byline != opt("김민정"));
}

TEST_CASE("round 15 text: a wiki page's name shown twice is its title (T4)", "[text-round-15]") {
    const std::string p1 =
        "Blueberries are a fruit crop that grow from Blueberry Seeds after 13 days. After the initial harvest, the plant "
        "continues to produce new blueberries every 4 days.";
    const std::string p2 =
        "Blueberry Seeds can be purchased at Pierre's General Store for 80g during the Summer season. Each harvest yields "
        "three blueberries, with a chance for more.";
    const Article a = text_article({"Stardew Valley WikiExploreMain PageDiscussAll Pages", "", "Blueberry", "",
                                    "Sign in to editHistoryTalk (0)", "", "Blueberry", "", "Season", "", "Spring · Summer",
                                    "", "Sell Price", "", "75g · 93g · 112g · 150g", "", "Contents", "", "1 Growth",
                                    "2 Uses", "", p1, "", p2, "", kStudyLast});
    CHECK(a.title == opt("Blueberry"));
    CHECK_FALSE(has(a.body(), "Sign in to edit"));
    CHECK_FALSE(has(a.body(), "Spring · Summer"));
    // Trap: a headline found the usual way is kept; a repeated nav word does not replace it.
    const std::string en = "Deficit Soars as Economy Booms, and the Stimulus Is Pro-Cyclical";
    const Article b = text_article({"Markets", "", "Markets", "", en, "", "Nov 28, 2026", "", kParagraph, "", kStudyLast});
    CHECK(b.title == opt(en));
}

TEST_CASE("round 15 text: a 'Hosted by' row is the byline, never the title (T5)", "[text-round-15]") {
    const Article a = text_article({"Postgres is enough", "", "Nov 21, 2026 · 52:07", "",
                                    "Hosted by Dana Whitfield and Omar Reyes", "", kParagraph, "", kStudyLast});
    CHECK(a.title == opt("Postgres is enough"));
    CHECK(a.byline.value_or("").find("Omar Reyes") != std::string::npos);
    CHECK_FALSE(has(a.body(), "Hosted by"));
    // Trap: a headline opening with the words is no host row.
    const std::string trap = "Hosted by the Fed, a summit on rates ends without a deal";
    const Article b = text_article({trap, "", "Nov 21, 2026", "", kParagraph, "", kStudyLast});
    CHECK(b.title == opt(trap));
}
