// Text scrapes of the eighteenth round of unseen page shells (study-u: jutarnji, ynet, min15, helsinki, okusno): the
// read-also rows, ad labels, photo credits, closing boxes and share rows of a plain-text page's body in hr/lt/he/fi/sl.
// Every page is handwritten here, with a trap next to each rule.
#include <catch2/catch.hpp>

#include <string>

#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;

// A hr story of three paragraphs under its headline and date row.
const std::string kHrTitle = "Inflacija u studenome usporila na 3,6 posto";
const std::string kHrP1 =
    "Godišnja stopa inflacije u Hrvatskoj u studenome je usporila na 3,6 posto, s 3,9 posto u listopadu, objavio je "
    "u petak Državni zavod za statistiku.";
const std::string kHrP2 =
    "Najviše su porasle cijene usluga, za 6,8 posto, dok su cijene hrane, pića i duhana bile više za 4,1 posto nego "
    "prije godinu dana.";
const std::string kHrP3 =
    "Cijene energije na godišnjoj su razini pale za 0,7 posto, ponajviše zbog nižih cijena goriva na benzinskim "
    "postajama.";

// The hr story with `middle` lines between its second and third paragraphs and `tail` under it.
Article hr_page(std::vector<std::string> middle, std::vector<std::string> tail = {}) {
    std::vector<std::string> lines{"Vijesti", "", kHrTitle, "", "28.11.2026. 14:05", "", kHrP1, "", kHrP2, ""};
    for (std::string& m : middle) lines.push_back(std::move(m)), lines.emplace_back();
    lines.push_back(kHrP3);
    lines.emplace_back();
    for (std::string& t : tail) lines.push_back(std::move(t)), lines.emplace_back();
    return text_article(std::move(lines));
}

// A fi university news item: three paragraphs, then `after` lines (each followed by a blank line).
const std::string kFiP1 =
    "Helsingin yliopisto avaa keväällä uuden avoimen verkkokurssin tekoälyn etiikasta. Kurssi on maksuton ja kaikille "
    "avoin.";
const std::string kFiP2 =
    "Kurssilla käsitellään muun muassa algoritmien vinoumia, yksityisyyttä ja tekoälyn vaikutuksia työelämään.";
const std::string kFiP3 = "Kurssin suorittaminen kestää noin kuusi viikkoa, ja siitä voi saada kaksi opintopistettä.";
const std::string kFiLast = "Ilmoittautuminen alkaa joulukuussa yliopiston verkkosivuilla.";

Article fi_page(std::vector<std::string> after) {
    std::vector<std::string> lines{"Uusi avoin verkkokurssi tekoälyn etiikasta", "", "Julkaistu 25.11.2026", "",
                                   kFiP1, "", kFiP2, "", kFiP3, ""};
    for (std::string& a : after) lines.push_back(std::move(a)), lines.emplace_back();
    return text_article(std::move(lines));
}

}  // namespace

TEST_CASE("round 18 text: hr/lt/he read-also rows and ad labels between paragraphs (X1)", "[text-round-18]") {
    // Jutarnji: the capitals label and its headline on one line, then the ad slot's label.
    const Article a = hr_page({"PROČITAJTE VIŠE HNB: Inflacija u eurozoni usporava", "Oglas"});
    CHECK_FALSE(has(a.body(), "PROČITAJTE"));
    CHECK_FALSE(has(a.body(), "Oglas"));
    CHECK(has(a.body(), kHrP3));
    // Index.hr's "Pročitajte i:" with a colon; 15min's "Taip pat skaitykite:"; ynet's label glued to its headline.
    CHECK(kind_of("Pročitajte i: Vlada najavila nove mjere za kućanstva") == extract::text::LineKind::inline_related);
    CHECK(kind_of("Taip pat skaitykite: Lietuvos bankas: kainų augimas lėtės") ==
          extract::text::LineKind::inline_related);
    CHECK(kind_of("Skaitykite taip pat: Vilniuje brangs atliekų surinkimas") == extract::text::LineKind::inline_related);
    CHECK(kind_of("עוד באותו נושא:בנק ישראל הותיר את הריבית ללא שינוי") == extract::text::LineKind::inline_related);
    CHECK(kind_of("קראו עוד: המדד עלה ב-0.4%") == extract::text::LineKind::inline_related);
    CHECK(kind_of("Preberite tudi: Cene elektrike se bodo znižale") == extract::text::LineKind::inline_related);
    CHECK(kind_of("פרסומת") == extract::text::LineKind::label);
    CHECK(kind_of("Reklaam") == extract::text::LineKind::label);
    // Traps: a sentence opening with the same words, and a paragraph naming an ad ("oglas") stay story text.
    const std::string sentence = "Pročitajte i upute proizvođača prije nego što uređaj priključite na mrežu.";
    const std::string ad_word = "Oglas za radno mjesto objavljen je u ponedjeljak na stranicama ministarstva.";
    const Article b = hr_page({sentence, ad_word});
    CHECK(has(b.body(), sentence));
    CHECK(has(b.body(), ad_word));
}

TEST_CASE("round 18 text: a photo credit over a short last paragraph does not end the story (X2)", "[text-round-18]") {
    // helsinki shell: the figure's credit between the third paragraph and a short closing sentence; the release's
    // contact box under it.
    const Article a = fi_page({"Kuva: Veikko Somerpuro", kFiLast, "Lisätietoja",
                               "Professori Mikko Lehtonen, mikko.lehtonen@helsinki.fi, puh. 029 415 0000",
                               "JaaFacebookLinkedInBluesky", "Lue myös", "Uusi rahoitus ilmastotutkimukselle",
                               "Yliopisto avaa hakuajan kevääksi"});
    CHECK(has(a.body(), kFiLast));
    CHECK_FALSE(has(a.body(), "Kuva:"));
    CHECK_FALSE(has(a.body(), "Lisätietoja"));
    CHECK_FALSE(has(a.body(), "helsinki.fi"));
    // Other languages' picture labels are credits too.
    CHECK(kind_of("Slika: Pixsell") == extract::text::LineKind::caption);
    CHECK(kind_of("צילום: רויטרס") == extract::text::LineKind::caption);
    // Trap: a page footer's short lines after a credit at the very end are no story (nothing closes them).
    const Article b = fi_page({"Kuva: Veikko Somerpuro", "Opiskelu", "Tutkimus", "Yhteistyö", "Ajankohtaista",
                               "Tietoa meistä", "Saavutettavuusseloste"});
    CHECK_FALSE(has(b.body(), "Opiskelu"));
    CHECK(has(b.body(), kFiP3));
}

TEST_CASE("round 18 text: reprint bans, newsletter boxes and contact boxes after the story (X3)", "[text-round-18]") {
    const Article a = hr_page({}, {"Zabranjeno je preuzimanje sadržaja bez pisanog dopuštenja redakcije.",
                                   "Sva prava pridržana.", "Vijesti", "Sport"});
    CHECK(has(a.body(), kHrP3));
    CHECK_FALSE(has(a.body(), "Zabranjeno"));
    CHECK_FALSE(has(a.body(), "Sva prava"));
    CHECK(kind_of("Griežtai draudžiama 15min.lt paskelbtą informaciją panaudoti kitose žiniasklaidos priemonėse be "
                  "raštiško sutikimo.") == extract::text::LineKind::label);
    CHECK(kind_of("Prijavite se na e-novice Okusno.je in prejmite najboljše recepte.") ==
          extract::text::LineKind::newsletter);
    CHECK(kind_of("Prijava na e-novice") == extract::text::LineKind::newsletter);
    // The contact box right under a paragraph.
    const Article c = fi_page({"Lisätietoja", "Professori Mikko Lehtonen, mikko.lehtonen@helsinki.fi, puh. 029 415 0000",
                               "Lue myös", "Uusi rahoitus ilmastotutkimukselle", "Yliopisto avaa hakuajan kevääksi"});
    CHECK(has(c.body(), kFiP3));
    CHECK_FALSE(has(c.body(), "Lisätietoja"));
    CHECK_FALSE(has(c.body(), "Mikko Lehtonen"));
    // Traps: a story's sentence about a ban, and a sub-heading over story paragraphs, stay.
    const std::string ban = "Zabranjeno je preuzimanje pošiljaka izvan radnog vremena, upozorili su iz pošte.";
    const Article d = hr_page({ban});
    CHECK(has(d.body(), ban));
    const Article e = fi_page({"Lisätietoja", kFiP1 + " " + kFiP2, kFiP3 + " " + kFiP2});
    CHECK(has(e.body(), "Lisätietoja"));
}

TEST_CASE("round 18 text: glued share rows in fi/sl/he are no story text (X4)", "[text-round-18]") {
    CHECK(kind_of("JaaFacebookLinkedInBluesky") == extract::text::LineKind::share);
    CHECK(kind_of("DeliPin itShrani recept") == extract::text::LineKind::share);
    CHECK(kind_of("שתפווואטסאפפייסבוקהוספת תגובה") == extract::text::LineKind::share);
    CHECK(kind_of("Podijeli") == extract::text::LineKind::share);
    // Traps: a headline opening with "Jaa" or "Deli", and a sentence naming the networks.
    CHECK(kind_of("Deli counters reopen in Ljubljana markets") != extract::text::LineKind::share);
    CHECK(kind_of("Jaa, mutta kuka maksaa uuden sillan rakentamisen") != extract::text::LineKind::share);
}
