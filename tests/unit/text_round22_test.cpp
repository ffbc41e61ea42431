// Text scrapes of the twenty-second round of unseen page shells (study-x: hankyeol, nordposten; study-y: asahinet,
// baomoi, haaretzon): ja/ko/vi/he/sv share rows, keyword and related headings closing the story, a "記者：" credit
// row and an author row with an e-mail address in the header, a bracketed wire credit under the story.
// Every page is handwritten here, with a trap next to each rule.
#include <catch2/catch.hpp>

#include <string>

#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"
#include "extract/text_lines.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;
using extract::text::LineKind;

// A ja story of three paragraphs.
const std::string kJaTitle = "北信濃の路線バス、来春で全面廃止へ 住民「通院の足がなくなる」";
const std::string kJaP1 = "長野県北部の山あいを走る路線バス3系統が、来年3月末で全面廃止されることが27日、分かった。"
                          "運転手不足と利用者の減少が重なり、同社は路線を維持できないと説明している。";
const std::string kJaP2 = "廃止されるのは、市の中心部と周辺の集落を結ぶ3系統。1日あたりの利用者はこの10年で約4割減り、"
                          "昨年度は3系統合わせて平均180人ほどだった。";
const std::string kJaP3 = "市は代替策として、予約制の乗り合いタクシーを来年4月から運行する方針を示した。"
                          "運行費は年間およそ4千万円と見込まれ、国の補助金を活用するという。";

// A vi story.
const std::string kViTitle = "Mưa lũ ở Quảng Ngãi: Hàng nghìn hộ dân phải sơ tán trong đêm";
const std::string kViP1 = "Mưa lớn kéo dài từ chiều 25/11 khiến nước sông Trà Khúc dâng cao, hơn 3.200 hộ dân ở các huyện "
                          "ven sông của tỉnh Quảng Ngãi phải sơ tán khẩn cấp trong đêm.";
const std::string kViP2 = "Ngành điện lực đã tạm ngắt điện tại hơn 40 trạm biến áp ở vùng ngập để bảo đảm an toàn cho người "
                          "dân, trong khi các trường học cho học sinh nghỉ đến khi nước rút.";
const std::string kViP3 = "Chủ tịch UBND tỉnh đã yêu cầu các địa phương không để người dân ở lại những khu vực có nguy cơ sạt "
                          "lở, chuẩn bị sẵn lương thực và nước uống cho các điểm sơ tán.";

// A he story.
const std::string kHeTitle = "הקו הסגול של הרכבת הקלה נדחה שוב: \"הפתיחה לא לפני 2029\"";
const std::string kHeP1 = "משרד התחבורה הודה היום לראשונה כי הקו הסגול של הרכבת הקלה בגוש דן לא ייפתח לנוסעים לפני אמצע "
                          "2029, כשנה וחצי אחרי המועד שנקבע בתוכנית העבודה האחרונה.";
const std::string kHeP2 = "הקו הסגול אמור לחבר בין יהוד ואור יהודה לתל אביב, רמת גן וגבעתיים, באורך של כ־27 קילומטרים ועם "
                          "45 תחנות לאורך התוואי כולו.";
const std::string kHeP3 = "יו\"ר ועדת הכלכלה הודיע כי יזמן דיון דחוף בנושא בשבוע הבא, בהשתתפות מנכ\"לית משרד התחבורה "
                          "ונציגי הרשויות המקומיות.";

// A sv story.
const std::string kSvTitle = "Nya bron över Ljusnan försenas – öppnar tidigast i maj";
const std::string kSvP1 = "Den nya gång- och cykelbron över Ljusnan i centrala Bollnäs blir inte klar till årsskiftet som "
                          "utlovat. Enligt kommunen kan bron öppna för trafik tidigast i maj nästa år.";
const std::string kSvP2 = "Förseningen beror på att de stålbalkar som ska bära brodäcket har levererats med fel mått, "
                          "uppger projektledaren på kommunens tekniska förvaltning.";
const std::string kSvP3 = "Oppositionen i kommunfullmäktige vill nu att tekniska nämnden redovisar hela tidsplanen på "
                          "nästa sammanträde i december.";

}  // namespace

TEST_CASE("round 22: ja, ko, vi, he and sv share buttons are share lines (study-y A6/B3/H2, study-x H6/N2)",
          "[text-round-22]") {
    for (const char* share : {"Xでシェア", "Facebookでシェア", "LINEで送る", "はてなブックマーク", "リンクをコピー",
                              "카카오톡페이스북XURL복사글씨크기인쇄", "URL복사", "Chia sẻ FacebookChia sẻ ZaloSao chép liên kết",
                              "Sao chép liên kết", "שתפו בוואטסאפ", "שתפו ב־X", "שתפו בוואטסאפשתפו בפייסבוקשתפו ב־Xשלחו במיילתגובות (23)",
                              "Dela på Facebook", "Dela på X"})
        CHECK(kind_of(share) == LineKind::share);
    // Traps: a vi headline opening with the share verb, a ja line naming a network in a sentence, a sv phrase with
    // "dela på" and no network, a he line with a ב-word that names no network.
    CHECK(kind_of("Chia sẻ bí quyết giữ ấm cho trẻ trong mùa đông") != LineKind::share);
    CHECK(kind_of("Xでシェアされた動画が波紋") != LineKind::share);
    CHECK(kind_of("Dela på ansvaret") != LineKind::share);
    CHECK(kind_of("שתפו בדיקה") != LineKind::share);
}

TEST_CASE("round 22: share rows under the header are neither headline nor story (study-y A6, H2)", "[text-round-22]") {
    const Article a = text_article({"社会", "", kJaTitle, "", "2026年11月27日 10時30分", "", "Xでシェア", "Facebookでシェア",
                                    "LINEで送る", "はてなブックマーク", "リンクをコピー", "", kJaP1, "", kJaP2, "", kJaP3});
    CHECK(a.title == opt(kJaTitle));
    CHECK_FALSE(has(a.body(), "シェア"));
    CHECK_FALSE(has(a.body(), "はてなブックマーク"));
    CHECK(has(a.body(), kJaP1));
    // The he share lines, one button a line, under a byline row and an undated header: no headline.
    const Article b = text_article({kHeTitle, "", "שתפו בוואטסאפ", "שתפו בפייסבוק", "שתפו ב־X", "", kHeP1, "", kHeP2, "", kHeP3});
    CHECK(b.title == opt(kHeTitle));
    CHECK_FALSE(has(b.body(), "שתפו"));
    // Trap: a story sentence naming the networks with the prefix stays.
    const std::string net = "המשטרה ביקשה מהציבור לא לשתף בוואטסאפ ובפייסבוק את הסרטון שהופץ אמש.";
    const Article c = text_article({kHeTitle, "", kHeP1, "", net, "", kHeP2, "", kHeP3});
    CHECK(has(c.body(), net));
}

TEST_CASE("round 22: keyword rows and related headings end the story (study-y A7/B2, study-x H2/N2)", "[text-round-22]") {
    const Article a = text_article({kJaTitle, "", "2026年11月27日 10時30分", "", kJaP1, "", kJaP2, "", kJaP3, "",
                                    "この記事のキーワード社会地方", "", "有料会員になると全ての記事が読み放題", "今すぐ登録", "",
                                    "関連記事", "円安進む ドル円151円台、輸入物価に影響"});
    CHECK(has(a.body(), kJaP3));
    CHECK_FALSE(has(a.body(), "キーワード"));
    CHECK_FALSE(has(a.body(), "読み放題"));
    const Article b = text_article({kViTitle, "", "Thứ Sáu, 27/11/2026 10:30 (GMT+7)", "", kViP1, "", kViP2, "", kViP3, "",
                                    "Từ khóa: Xã hội thời sự", "", "Tin liên quan", "Giá xăng dầu đồng loạt giảm từ 15h chiều nay"});
    CHECK(has(b.body(), kViP3));
    CHECK_FALSE(has(b.body(), "Từ khóa"));
    const std::string ko = "부산 도시철도 2호선 연장 구간 내년 3월 개통…정거장 4곳 신설";
    const std::string k1 = "부산 도시철도 2호선 양산 방면 연장 구간이 내년 3월 개통한다. 부산시는 27일 시청에서 브리핑을 열고 "
                           "연장 구간 7.2㎞에 대한 종합 시험운행을 다음 달부터 시작한다고 밝혔다.";
    const std::string k2 = "연장 구간에는 정거장 4곳이 새로 들어선다. 시는 개통 이후 양산 신도시에서 서면까지 이동 시간이 "
                           "현재 버스 기준 70분에서 45분 안팎으로 줄어들 것으로 내다봤다.";
    const std::string k3 = "시는 개통 후 첫 한 달 동안 연장 구간 이용객에게 환승 할인을 추가로 적용하는 방안도 검토하고 있다.";
    const Article c = text_article({ko, "", "입력 2026.11.27 10:30", "", k1, "", k2, "", "관련기사",
                                    "양산시, 도시철도 연계 버스 노선 전면 개편 착수", "부산시 내년 교통 예산 1조2천억…도시철도 안전 투자 확대",
                                    "", k3, "", "다만 일부 정거장 주변의 주차 공간 부족과 환승 버스 노선 조정 문제는 과제로 남았다."});
    CHECK(has(c.body(), k1));
    CHECK(has(c.body(), k3));  // the story's last paragraphs under the box stay (hankyeol-1-txt lost them so)
    CHECK_FALSE(has(c.body(), "관련기사"));
    CHECK_FALSE(has(c.body(), "노선 전면 개편"));
    CHECK(kind_of("관련기사") == LineKind::related_opener);
    CHECK(kind_of("Fler nyheter") == LineKind::related_opener);
    CHECK(kind_of("Har du ett tips? Mejla oss på tips@nordposten.example eller ring 0278-123 45.") != LineKind::prose);
    CHECK(kind_of("עוד באתר: מחקר: ישראלים ישנים פחות משש שעות בלילה") == LineKind::inline_related);
    // Traps: a story sentence with the word "keyword", a sv sentence with "fler nyheter" inside it, a sv "tips"
    // sentence.
    CHECK(kind_of("この記事のキーワードは「地域交通」だと市の担当者は話した。") == LineKind::prose);
    CHECK(kind_of("Redaktionen lovar fler nyheter från kommunen under nästa år, säger chefredaktören.") == LineKind::prose);
    CHECK(kind_of("Hon fick ett tips av en granne och ringde polisen samma kväll, berättar hon.") == LineKind::prose);
}

TEST_CASE("round 22: a sv paywall teaser inside the story is dropped (study-x N2)", "[text-round-22]") {
    const Article a = text_article({kSvTitle, "", "Publicerad 27 november 2026 kl 10.30", "", kSvP1, "", kSvP2, "",
                                    "Läs vidare med Nordposten Plus", "Bli prenumerant Redan prenumerant? Logga in", "", kSvP3});
    CHECK(has(a.body(), kSvP3));
    CHECK_FALSE(has(a.body(), "Läs vidare med"));
    CHECK_FALSE(has(a.body(), "Bli prenumerant"));
    // Trap: a sentence about subscribers stays.
    const std::string subs = "Tidningen fick över tusen nya prenumeranter under hösten, enligt den årliga mätningen.";
    const Article b = text_article({kSvTitle, "", kSvP1, "", subs, "", kSvP2, "", kSvP3});
    CHECK(has(b.body(), subs));
}

TEST_CASE("round 22: a \"記者：\" credit row is the byline, never the headline (study-y A4)", "[text-round-22]") {
    const Article a = text_article({"社会", "", kJaTitle, "", "記者：森下彩花", "", "2026年11月27日 10時30分", "", kJaP1, "",
                                    kJaP2, "", kJaP3});
    CHECK(a.title == opt(kJaTitle));
    CHECK(a.byline == opt("森下彩花"));
    CHECK_FALSE(has(a.body(), "記者："));
    // Traps: a headline opening with "記者会見" (a press conference) over the date stays the headline, and a quote
    // after "記者：" is no name.
    const std::string press = "首相が記者会見、来年度予算の編成方針を説明";
    const Article b = text_article({"政治", "", press, "", "2026年11月27日 10時30分", "", kJaP1, "", kJaP2, "", kJaP3});
    CHECK(b.title == opt(press));
    const Article c = text_article({kJaTitle, "", "記者：政府の対応は遅すぎると住民が批判", "", "2026年11月27日 10時30分", "",
                                    kJaP1, "", kJaP2, "", kJaP3});
    CHECK(c.byline != opt("政府の対応は遅すぎると住民が批判"));
}

TEST_CASE("round 22: an author row with its e-mail address reads as one with a handle (study-x N1)", "[text-round-22]") {
    const Article a = text_article({"Bollnäs", "", kSvTitle, "", "Karin Lindqvist karin.lindqvist@nordposten.example", "",
                                    "Publicerad 27 november 2026 kl 10.30", "", kSvP1, "", kSvP2, "", kSvP3});
    CHECK(a.title == opt(kSvTitle));
    CHECK(a.byline == opt("Karin Lindqvist"));
    CHECK(day_of(a) == "2026-11-27");
    CHECK_FALSE(has(a.body(), "nordposten.example"));
    // Trap: a headline ending with an e-mail-like word is no name row ("Write to tips@x.se" is words, not a name).
    const std::string headline = "Polisen vill ha tips om rånet i Söderhamn – mejla tips@polisen.example";
    const Article b = text_article({"Bollnäs", "", headline, "", "Publicerad 27 november 2026 kl 10.30", "", kSvP1, "",
                                    kSvP2, "", kSvP3});
    CHECK(b.title == opt(headline));
}

TEST_CASE("round 22: a bracketed wire credit closing a ja story is dropped (study-y A8)", "[text-round-22]") {
    // As the scrape prints it, no blank line between the story's end and the page's widgets.
    // The provider's row in the header names the agency (asahinet-2-txt): the closing credit is no byline to read.
    const Article a = text_article({kJaTitle, "", "提供：共同通信", "2026年11月26日 18時05分", "", kJaP1, "", kJaP2, "", kJaP3, "（共同通信）",
                                    "この記事のキーワード科学地方", "Xでシェア", "関連記事", "円安進む ドル円151円台、輸入物価に影響", "冬の電力需給、「厳しい見通し」と経産省"});
    CHECK(has(a.body(), kJaP3));
    CHECK_FALSE(has(a.body(), "共同通信"));
    CHECK_FALSE(has(a.body(), "円安進む"));
    // Trap: a bracketed aside between paragraphs is no closing credit, and the story under it goes on.
    const Article b = text_article({kJaTitle, "", "2026年11月26日 18時05分", "", kJaP1, "", "（写真は資料）", "", kJaP2, "", kJaP3});
    CHECK(has(b.body(), kJaP3));
}
