// Metadata rules of the eighteenth round of unseen page shells (study-u): byline labels of fi/sl/hr/lt/he (B1), a
// lower-case role noun after the name (B2), Hebrew co-authors joined by the prefix "ו" (B3), hr/sl/lt date forms
// (T2) and the hr/sl/lt/he source labels (H1). Each positive case has its trap.
#include <catch2/catch.hpp>

#include <string>

#include "metadata_test_support.hpp"

namespace {

using newsclean::Article;
using newsclean::metatest::by;
using newsclean::metatest::byline;
using newsclean::metatest::clean;
using newsclean::metatest::iso;
using newsclean::metatest::or_none;
using newsclean::metatest::page;
using newsclean::metatest::scrape;
using newsclean::metatest::source;

}  // namespace

TEST_CASE("round 18 B1: fi/sl/hr/lt/he byline labels are no part of the name", "[metadata][byline][round-18]") {
    CHECK(by(page("<h1>Itämeren happikato laajenee odotettua nopeammin</h1>"
                  "<span class=\"author\">Teksti: Laura Virtanen</span>")) == "Laura Virtanen");
    CHECK(by(page("<h1>Kako shraniti piškote</h1>"
                  "<span class=\"author\">Avtor: <a href=\"/avtor/maja\">Maja Kovač</a>, urednica</span>")) == "Maja Kovač");
    CHECK(byline("Piše: Ivan Horvat") == "Ivan Horvat");
    CHECK(byline("Kirjoittanut Laura Virtanen") == "Laura Virtanen");
    CHECK(byline("Autorius: Rūta Jankauskienė") == "Rūta Jankauskienė");
    CHECK(byline("Autorica: Ana Kovačević") == "Ana Kovačević");
    CHECK(byline("מאת עמית כהן") == "עמית כהן");
    // Traps: the label words in prose are followed by lower-case words, no name.
    CHECK(byline("Teksti on kirjoitettu selkokielellä") == "none");
    CHECK(byline("Avtor knjige je priznani zgodovinar") == "none");
}

TEST_CASE("round 18 B2: a lower-case role noun after the name is no part of it", "[metadata][byline][round-18]") {
    CHECK(by(page("<h1>Od siječnja poskupljuje odvoz otpada u Zagrebu</h1><div class=\"item__author\"><a href=\"/a\">"
                  "Ivana Marić</a> <span class=\"item__author-role\">novinarka</span></div>")) == "Ivana Marić");
    CHECK(byline("Tomas Petrauskas žurnalistas") == "Tomas Petrauskas");
    CHECK(byline("Ivana Marić, novinarka") == "Ivana Marić");
    // Traps: a capitalised last word is a surname ("Jennifer Senior"); two words stay a name.
    CHECK(byline("Ana Novinar") == "Ana Novinar");
    CHECK(byline("Marko Ivan Urednik") == "Marko Ivan Urednik");
}

TEST_CASE("round 18 B3: Hebrew co-authors joined by the prefix vav", "[metadata][byline][round-18]") {
    CHECK(byline("עמית כהן וטל לוי") == "עמית כהן, טל לוי");
    CHECK(by(page("<h1>הרכבת הקלה הסגולה תיפתח רק בסוף 2028</h1><div class=\"authors\">עמית כהן וטל לוי</div>")) ==
          "עמית כהן, טל לוי");
    // Traps: a surname opening with ו stays whole, after one name word or after a full name.
    CHECK(byline("אבי וייס") == "אבי וייס");
    CHECK(byline("משה כהן וייס") == "משה כהן וייס");
    CHECK(byline("דני כהן וולף") == "דני כהן וולף");
}

TEST_CASE("round 18 T2: hr, sl and lt date forms", "[metadata][dates][round-18]") {
    // hr: the ordinal dot after the year and "u" before the time.
    CHECK(iso("Objavljeno: 28.11.2026. u 14:05") == "2026-11-28T14:05:00");
    CHECK(iso("27. studenoga 2026. 08:30") == "2026-11-27T08:30:00");
    CHECK(iso("27. studenog 2026.") == "2026-11-27");
    // lt: year "m.", the month in the genitive, day "d.".
    CHECK(iso("2026 m. lapkričio 27 d. 10:15") == "2026-11-27T10:15:00");
    CHECK(iso("Paskelbta 2026 m. sausio 5 d.") == "2026-01-05");
    // hr "listopad" is October; pl/cs read it as November.
    CHECK(iso("27. listopada 2026.", "hr") == "2026-10-27");
    CHECK(iso("27 listopada 2026", "pl") == "2026-11-27");
    // Every month, hr and sl genitives.
    const char* hr[] = {"siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja",
                        "srpnja",   "kolovoza", "rujna", "listopada", "studenoga", "prosinca"};
    const char* sl[] = {"januarja", "februarja", "marca", "aprila", "maja", "junija",
                        "julija",   "avgusta",   "septembra", "oktobra", "novembra", "decembra"};
    const char* lt[] = {"sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio",
                        "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"};
    const char* want[] = {"2026-01-03", "2026-02-03", "2026-03-03", "2026-04-03", "2026-05-03", "2026-06-03",
                          "2026-07-03", "2026-08-03", "2026-09-03", "2026-10-03", "2026-11-03", "2026-12-03"};
    for (int m = 0; m < 12; ++m) {
        CHECK(iso(std::string("3. ").append(hr[m]).append(" 2026."), "hr") == want[m]);
        CHECK(iso(std::string("3. ").append(sl[m]).append(" 2026"), "sl") == want[m]);
        CHECK(iso(std::string("2026 m. ").append(lt[m]).append(" 3 d."), "lt") == want[m]);
    }
    // Traps: a year in prose, "m." without its day mark, a year's dot before a count.
    CHECK(iso("U 2026. godini u 14 gradova") == "none");
    CHECK(iso("2026 m. planas patvirtintas") == "none");
    CHECK(iso("28.11.2026. 14 ljudi") == "2026-11-28");
}

TEST_CASE("round 18 H1: hr/sl/lt/he source labels name the source", "[metadata][source][round-18]") {
    CHECK(source("Izvor: Hina") == "Hina");
    CHECK(source("Šaltinis: ELTA") == "ELTA");
    CHECK(source("Vir: STA") == "STA");
    CHECK(source("מקור: רויטרס") == "רויטרס");
    const Article a = page("<h1>Inflacija u studenome usporila na 3,6 posto</h1><div class=\"item__author\">Hina</div>"
                           "<div class=\"article-body\"><p>Godišnja stopa inflacije u Hrvatskoj u studenome je usporila "
                           "na 3,6 posto, objavio je u petak Državni zavod za statistiku.</p>"
                           "<p class=\"item__source\"><strong>Izvor: Hina</strong></p></div>");
    CHECK(or_none(a.source) == "Hina");
    // Traps: a single-word label only before a colon ("Vir Sanghvi" is a name), a source in prose.
    CHECK(byline("Vir Sanghvi") == "Vir Sanghvi");
    CHECK(source("Izvor energije je sunce") == "none");
    // A story line opening with the label word ("a government source:") stays story, names no source.
    const Article he = clean("הממשלה תדון מחר בתקציב המדינה לשנה הבאה\n\nמקור בממשלה: ההחלטה תתקבל רק בשבוע הבא\n\n"
                             "שרי הממשלה צפויים לדון מחר בהצעת התקציב לשנה הבאה, כך נמסר היום מלשכת ראש הממשלה בירושלים.\n\n"
                             "לפי ההערכות, הדיון יימשך שעות ארוכות ועשוי להסתיים רק בשעות הלילה המאוחרות של יום רביעי.\n",
                             "post.txt");
    CHECK(or_none(he.source) == "none");
    CHECK(by(he) == "none");
    CHECK(he.body().find("מקור בממשלה") != std::string::npos);
    const Article sl = clean("Sončna energija v Sloveniji raste hitreje od pričakovanj\n\nVir energije je sonce, pravi "
                             "strokovnjak Janez Novak iz Ljubljane.\n\nProizvodnja električne energije iz sončnih elektrarn "
                             "se je lani povečala za tretjino, kažejo podatki agencije.\n\nStrokovnjaki pričakujejo, da se bo rast "
                             "nadaljevala tudi v prihodnjih letih, ko bodo gradili nove elektrarne.\n",
                             "post.txt");
    CHECK(or_none(sl.source) == "none");
    CHECK(sl.body().find("Vir energije je sonce") != std::string::npos);
}

TEST_CASE("round 18 T3: a wire's name glued to a date label", "[metadata][byline][round-18]") {
    CHECK(byline("ELTAPaskelbta 2026-11-28 14:05") == "ELTA");
    CHECK(byline("ELTA Paskelbta 2026-11-28 14:05") == "ELTA");
    CHECK(byline("Hina Objavljeno: 28.11.2026. u 14:05") == "Hina");
    // Traps: an acronym's capital before a name's lower case opens no stop.
    CHECK(byline("JPMorgan Chase") == "JPMorgan Chase");
    CHECK(byline("Anna McPherson") == "Anna McPherson");
}

TEST_CASE("round 18: hr/sl/lt/lv/et/he published and updated labels on one date row", "[metadata][dates][round-18]") {
    // jutarnji's row "Objavljeno: 28.11.2026. u 14:05 Ažurirano: 28.11.2026. u 16:40": the update is date_modified,
    // never date (issue #3 policy), in the HTML dateline and in the text header alike.
    struct Row {
        const char* published;
        const char* updated;
    };
    for (const Row& r : {Row{"Objavljeno:", "Ažurirano:"}, Row{"Objavljeno:", "Posodobljeno:"},
                         Row{"Paskelbta", "Atnaujinta"}, Row{"Publicēts:", "Atjaunināts:"},
                         Row{"Avaldatud:", "Uuendatud:"}, Row{"פורסם:", "עודכן:"}}) {
        const std::string row = std::string(r.published) + " 28.11.2026. 14:05 " + r.updated + " 28.11.2026. 16:40";
        const Article html = page("<h1>Inflacija u studenome usporila na 3,6 posto</h1><div class=\"meta\">" + row + "</div>");
        INFO(row);
        CHECK(or_none(html.date) == "2026-11-28T14:05:00");
        CHECK(or_none(html.date_modified) == "2026-11-28T16:40:00");
        const Article text = scrape("Inflacija u studenome usporila na 3,6 posto\n\n" + row);
        CHECK(or_none(text.date) == "2026-11-28T14:05:00");
        CHECK(or_none(text.date_modified) == "2026-11-28T16:40:00");
        // Trap: the update stamp alone is no publication date.
        const Article alone = page("<h1>Inflacija u studenome usporila na 3,6 posto</h1><div class=\"meta\">" +
                                   std::string(r.updated) + " 28.11.2026. 16:40</div>");
        CHECK(or_none(alone.date) == "none");
        CHECK(or_none(alone.date_modified) == "2026-11-28T16:40:00");
    }
}
