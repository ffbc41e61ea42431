// Body rules of the sixteenth round of unseen page shells (study-s: tuoitre, telex, kathimerini, iltalehti), text
// scrapes: the vi/fi/el/hu words of the tail, read-also, ad-slot, comment and plug tables, and the ad slot between the
// story's last two paragraphs. Each rule has a trap next to it: the nearest legitimate text stays.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;
using newsclean::extract::text::LineKind;

const std::string kViTitle = "Ngân hàng Nhà nước giảm lãi suất điều hành 0,5 điểm phần trăm";
const std::string kVi1 = "Ngân hàng Nhà nước vừa quyết định giảm lãi suất điều hành 0,5 điểm phần trăm, áp dụng từ ngày 1/12, "
                         "nhằm hỗ trợ doanh nghiệp và người dân tiếp cận vốn vay với chi phí thấp hơn.";
const std::string kVi2 = "Đại diện Ngân hàng Nhà nước cho biết việc giảm lãi suất được thực hiện trong bối cảnh lạm phát được "
                         "kiểm soát ở mức dưới 4% và tỉ giá tương đối ổn định trong những tháng gần đây.";
const std::string kVi3 = "Các chuyên gia nhận định động thái này sẽ tạo dư địa để các ngân hàng thương mại tiếp tục hạ lãi suất "
                         "cho vay, đặc biệt với các lĩnh vực ưu tiên như nông nghiệp, xuất khẩu và doanh nghiệp nhỏ.";

const std::string kFiTitle = "Ennätyspakkaset Lapissa – lämpötila laski -38 asteeseen";
const std::string kFi1 = "Lapissa mitattiin yöllä tämän talven kylmin lukema, kun lämpötila laski Enontekiöllä 38,4 "
                         "pakkasasteeseen. Ilmatieteen laitoksen mukaan pakkanen jatkuu ankarana koko viikonlopun.";
const std::string kFi2 = "Kylmyys on aiheuttanut ongelmia liikenteelle. VR:n mukaan useita junavuoroja Rovaniemen ja Kolarin "
                         "välillä on jouduttu perumaan vaihdevikojen vuoksi.";
const std::string kFiLast = "Ilmatieteen laitos muistuttaa, että kovalla pakkasella paleltumia voi syntyä nopeasti, ja "
                            "suosittelee pukeutumaan kerroksittain.";

}  // namespace

TEST_CASE("round 16 body: vi read-also, comment section and related block end the text story (X1)", "[body-round-16]") {
    const Article a = text_article({kViTitle, "", "28/11/2026 14:05 GMT+7", "", kVi1, "",
                                    "Xem thêm: Giá vàng hôm nay lập đỉnh mới, người dân xếp hàng từ sáng sớm", "", kVi2, "",
                                    kVi3, "", "Bình luận (0)", "", "Gửi bình luận", "",
                                    "Chưa có bình luận nào. Hãy là người đầu tiên bình luận.", "", "Tin liên quan", "",
                                    "Ngân hàng đồng loạt giảm lãi suất huy động kỳ hạn 12 tháng"});
    CHECK_FALSE(has(a.body(), "Xem thêm"));
    CHECK_FALSE(has(a.body(), "Bình luận"));
    CHECK_FALSE(has(a.body(), "Chưa có bình luận"));
    CHECK(has(a.body(), kVi1));
    CHECK(has(a.body(), kVi3));
    CHECK(kind_of("Bình luận (0)") == LineKind::comments);
    CHECK(kind_of("Tin liên quan") == LineKind::related_opener);
    // Traps: a sentence of the story using the same words stays a paragraph.
    CHECK(kind_of("Xem thêm các quy định mới của Ngân hàng Nhà nước về lãi suất trong thông báo chính thức.") ==
          LineKind::prose);
    CHECK(kind_of("Bình luận viên kinh tế cho rằng lãi suất sẽ còn giảm trong năm tới.") == LineKind::prose);
}

TEST_CASE("round 16 body: fi read-also, ad slot, comments, most-read and newsletter (X4)", "[body-round-16]") {
    const Article a = text_article({kFiTitle, "", "STT", "28.11.2026 klo 14.05", "", kFi1, "",
                                    "Lue myös: Sähkön hinta nousi ennätykseen perjantaiaamuna", "", kFi2, "", "Mainos", "",
                                    kFiLast, "", "Kommentoi (12)", "", "Luetuimmat", "", "Kelan tuet nousevat vuodenvaihteessa",
                                    "Tässä ovat joulun aukioloajat", "",
                                    "Tilaa Iltalehden uutiskirje ja saat päivän tärkeimmät uutiset sähköpostiisi."});
    CHECK_FALSE(has(a.body(), "Lue myös"));
    CHECK_FALSE(has(a.body(), "Mainos"));
    CHECK_FALSE(has(a.body(), "Kommentoi"));
    CHECK_FALSE(has(a.body(), "Kelan tuet"));
    CHECK_FALSE(has(a.body(), "uutiskirje"));
    // The ad slot sits between the story's last two paragraphs: the short last paragraph stays.
    CHECK(has(a.body(), kFiLast));
    CHECK(has(a.body(), kFi2));
    // Trap: a long paragraph mentioning the newsletter is the story's.
    CHECK(kind_of("Yhtiön mukaan uutiskirje lähetettiin vahingossa yli kahdellesadalletuhannelle vastaanottajalle, "
                  "ja siinä oli mukana asiakkaiden nimiä, osoitteita, puhelinnumeroita sekä tietoja heidän tilauksistaan, "
                  "laskuistaan ja maksutavoistaan viime vuoden ajalta.") == LineKind::prose);
}

TEST_CASE("round 16 body: el read-also and newsletter, hu ad label and support plug (X5, X6)", "[body-round-16]") {
    CHECK(kind_of("ΔΙΑΒΑΣΤΕ ΑΚΟΜΗ Ρεκόρ τουριστικών εσόδων το εννεάμηνο") == LineKind::inline_related);
    CHECK(kind_of("Διαβάστε επίσης: Ρεκόρ τουριστικών εσόδων το εννεάμηνο") == LineKind::inline_related);
    CHECK(kind_of("Τα σημαντικότερα νέα της ημέρας στο email σας.") == LineKind::newsletter);
    CHECK(kind_of("A Telex független szerkesztőség. Támogass minket, hogy így is maradjon!") == LineKind::newsletter);
    CHECK(boilerplate_rule("hirdetés") == "ad-label");
    CHECK(boilerplate_rule("Quảng cáo") == "ad-label");
    CHECK(boilerplate_rule("Mainos") == "ad-label");
    // Traps: story sentences opening with the same words.
    CHECK(kind_of("Διαβάστε ακόμη μια φορά τους όρους της σύμβασης, είπε ο υπουργός στους δημοσιογράφους.") ==
          LineKind::prose);
    CHECK(boilerplate_rule("A hirdetés szerint a lakás ára 85 millió forint.") == "");
}

TEST_CASE("round 16 body: a follow-us-on-Google-News line in any language is a plug (X5)", "[body-round-16]") {
    CHECK(boilerplate_rule("Ακολουθήστε την Καθημερινή στο Google News") == "newsletter");
    CHECK(boilerplate_rule("Theo dõi Tuổi Trẻ trên Google News") == "newsletter");
    CHECK(kind_of("Seguici su Google News") == LineKind::newsletter);
    // Traps: a sentence of the story about the service, and a headline naming it first.
    CHECK(boilerplate_rule("Publishers say they lost much of their traffic from Google News.") == "");
    CHECK(boilerplate_rule("Google News adds a follow button for local outlets") == "");
}

TEST_CASE("round 16 body: the headline repeated under the breadcrumb's copy is no paragraph (X3)", "[body-round-16]") {
    const std::string title = "Riesiger Magnetwiderstand bei Raumtemperatur";
    const std::string p1 = "Forschende der TU Wien haben ein Material entdeckt, das seinen elektrischen Widerstand bei "
                           "Raumtemperatur durch ein schwaches Magnetfeld um mehr als das Hundertfache ändert.";
    const std::string p2 = "Der Effekt tritt in einer dünnen Schicht aus einer Eisen-Germanium-Verbindung auf. Bisher kannte "
                           "man vergleichbare Werte nur bei Temperaturen nahe dem absoluten Nullpunkt.";
    const Article a = text_article({"TU Wien > Aktuelles > News >", title, "", "Presseaussendung 42/2026 28.11.2026", "",
                                    title, "", p1, "", p2});
    CHECK(a.title == title);
    CHECK(a.body().rfind(p1, 0) == 0);
    // Trap: a sub-heading of the story that differs from the headline stays.
    const Article b = text_article({"TU Wien > Aktuelles > News >", title, "", "Presseaussendung 42/2026 28.11.2026", "",
                                    "Neue Möglichkeiten für Sensoren", "", p1, "", p2});
    CHECK(has(b.body(), "Neue Möglichkeiten für Sensoren"));
    // Trap: with no header line between them, the copy is a feed post's own first line (repost-text sqfeed-019).
    const Article c = text_article({title, "", title, "", p1, "", p2});
    CHECK(has(c.body(), title));
}

TEST_CASE("round 16 body: a press release's contact block alone under its label ends the text story (X2)",
          "[body-round-16]") {
    const std::string p1 = "Forschende der TU Wien haben ein Material entdeckt, das seinen elektrischen Widerstand bei "
                           "Raumtemperatur durch ein schwaches Magnetfeld um mehr als das Hundertfache ändert.";
    const std::string p2 = "Der Effekt tritt in einer dünnen Schicht aus einer Eisen-Germanium-Verbindung auf. Bisher kannte "
                           "man vergleichbare Werte nur bei Temperaturen nahe dem absoluten Nullpunkt.";
    const Article a = text_article({"Presseaussendung 42/2026 28.11.2026", "", "Riesiger Magnetwiderstand bei Raumtemperatur",
                                    "", p1, "", p2, "", "Rückfragehinweis", "", "Prof. Dr. Martina Hofer",
                                    "Institut für Festkörperphysik, TU Wien", "+43 1 58801 13710",
                                    "martina.hofer@tuwien.ac.at", "", "Über die TU Wien", "",
                                    "Die TU Wien ist Österreichs größte naturwissenschaftlich-technische Forschungs- und "
                                    "Bildungseinrichtung mit rund 26.000 Studierenden."});
    CHECK(has(a.body(), p2));
    CHECK_FALSE(has(a.body(), "Rückfragehinweis"));
    CHECK_FALSE(has(a.body(), "58801"));
    CHECK_FALSE(has(a.body(), "26.000 Studierenden"));
    // Trap: a story that is no release keeps a short line after its paragraphs.
    const Article b = text_article({"Riesiger Magnetwiderstand bei Raumtemperatur", "", p1, "", p2, "",
                                    "Mitarbeit: Florian Berger", "", "Über die TU Wien", "",
                                    "Die TU Wien ist Österreichs größte naturwissenschaftlich-technische Forschungs- und "
                                    "Bildungseinrichtung mit rund 26.000 Studierenden."});
    CHECK(has(b.body(), p2));
}

TEST_CASE("round 16 body: a related label glued to a headline opening with an accented capital (X6)", "[body-round-16]") {
    CHECK(kind_of("AjánlottÚjabb rekordot döntött a forint: 385 fölé ment az euró") == LineKind::inline_related);
    CHECK(kind_of("Xem thêmĐiều chỉnh lãi suất tiền gửi tại các ngân hàng thương mại") == LineKind::inline_related);
    // Trap: a label word glued to a lower-case accented letter is one word, no box.
    CHECK(kind_of("Ajánlottá teszik a minimálbér emelését a szakszervezetek szerint") != LineKind::inline_related);
}
