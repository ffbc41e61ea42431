// Date, byline and language rules of the seventeenth round of unseen page shells (study-t): the row labels that
// are common words (ro "de", da "Af", no/sv "Av") and a brand's digits in a byline ("Redacția Digi24, Agerpres",
// B1), Romanian, Bulgarian and da/no/sv month names (B2), and the ro/da/no/sv stop words of the language guess
// (T2). Each positive case has its trap.
#include <catch2/catch.hpp>

#include <string>

#include "extract/lang.hpp"
#include "metadata_test_support.hpp"

namespace {

using newsclean::Article;
using newsclean::extract::LanguageGuess;
using newsclean::metatest::by;
using newsclean::metatest::byline;
using newsclean::metatest::clean;
using newsclean::metatest::iso;

std::string guess(std::string_view text) {
    LanguageGuess g;
    g.add(text);
    g.add(text);  // a page's worth: a paragraph alone is below the guess's minimum of hits
    return g.result();
}

Article ro_page(const std::string& meta_row) {
    return clean("<!DOCTYPE html><html lang=\"ro\"><head><meta charset=\"utf-8\"><title>T</title></head><body><article>"
                 "<h1>Inflația a scăzut la 4,6% în octombrie</h1><div class=\"author-meta\">" + meta_row +
                     "</div><div class=\"entry\"><p>Rata anuală a inflației a coborât în octombrie la 4,6%, de "
                     "la 4,9% în septembrie, potrivit datelor publicate vineri de Institutul Național de Statistică.</p>"
                     "<p>Mărfurile alimentare s-au scumpit cu 5,1% față de aceeași lună a anului trecut, iar serviciile "
                     "cu 8,2%, potrivit aceleiași surse oficiale.</p></div></article></body></html>",
                 "test.html");
}

}  // namespace

TEST_CASE("round 17 B1: the Romanian, Danish and Norwegian byline labels", "[byline][round-17]") {
    CHECK(by(ro_page("<span class=\"author\">" "de <a href=\"/a\">Andreea Ionescu</a>" "</span>")) == "Andreea Ionescu");
    CHECK(byline("Af Kommunikationsafdelingen") == "Kommunikationsafdelingen");
    CHECK(byline("Af Ritzau") == "Ritzau");
    CHECK(byline("Av Kari Nordmann") == "Kari Nordmann");
    // Traps: the same words opening prose, a Dutch paper's own "de", a capitalised "De".
    CHECK(byline("Af de 100 adspurgte svarer flertallet ja") != "de 100 adspurgte svarer flertallet ja");
    CHECK(byline("Af Danmarks Statistik fremgår det at priserne steg") != "Danmarks Statistik fremgår det at priserne steg");
    CHECK(byline("de Volkskrant") != "Volkskrant");
    CHECK(byline("De Rossi") == "De Rossi");
}

TEST_CASE("round 17 B1: a desk with a brand's digits beside the wire", "[byline][round-17]") {
    CHECK(by(ro_page("<span class=\"author\">" "de Redacția Digi24, Agerpres" "</span>")) == "Agerpres");
    CHECK(byline("Von N24") == "N24");
    // Traps: a date glued to a name still ends it; a desk alone stays the byline.
    CHECK(byline("Lucas Nolan22 Dec 2016") == "Lucas Nolan");
    CHECK(byline("Jane Doe2026") == "Jane Doe");
    CHECK(byline("Redaktionen") == "Redaktionen");
}

TEST_CASE("round 17 B2: Romanian, Bulgarian and Nordic month names", "[dates][round-17]") {
    CHECK(iso("28 noiembrie 2026, 09:41") == "2026-11-28T09:41:00");
    CHECK(iso("3 martie 2026") == "2026-03-03");
    CHECK(iso("28 ноември 2026") == "2026-11-28");
    CHECK(iso("3. marts 2026") == "2026-03-03");
    CHECK(iso("28. desember 2026") == "2026-12-28");
    CHECK(iso("28 augusti 2026") == "2026-08-28");
    // HTML: the date row of a Romanian page without machine-readable dates.
    CHECK(newsclean::metatest::or_none(ro_page("<span class=\"date\">28 noiembrie 2026, 09:41</span>").date).substr(0, 10) ==
          "2026-11-28");
    // Trap: the name Ian is no month.
    CHECK(iso("Ian 28 2026") == "none");
}

TEST_CASE("round 17 T2: Romanian and Scandinavian text is told apart", "[lang][round-17]") {
    CHECK(guess("Rata anuală a inflației a coborât în octombrie la 4,6%, de la 4,9% în septembrie, potrivit datelor "
                "publicate vineri de Institutul Național de Statistică. Mărfurile alimentare s-au scumpit cu 5,1% "
                "față de aceeași lună, iar serviciile cu 8,2%, și prețurile la energie au fost în scădere.") == "ro");
    CHECK(guess("Forbrugerpriserne steg i november med 1,9 procent i forhold til samme måned sidste år. Det viser nye "
                "tal fra Danmarks Statistik. Stigningen er lidt lavere end i oktober, og det er især faldende priser "
                "på el og brændstof, der ikke blev dyrere efter sommeren, siger cheføkonomen.") == "da");
    CHECK(guess("Færre unge tar førerkort nå enn for ti år siden. Det viser nye tall fra Statens vegvesen. Nedgangen "
                "er størst i byene, og etter pandemien ble det ikke flere som tok lappen, sier seniorrådgiveren, som "
                "mener prisen er av stor betydning.") == "no");
    CHECK(guess("Nationalmuseum visar i vår en stor utställning om det svenska 1700-talet. Det är första gången "
                "på länge som verken visas tillsammans, och museet har lånat in föremål från hela landet för att "
                "ge en bred bild av tiden, säger överintendenten. Jag tror inte att publiken blir besviken.") == "sv");
    // Trap: Dutch keeps its guess.
    CHECK(guess("De minister heeft het voorstel niet gesteund omdat de kosten van het plan te hoog zijn. Volgens "
                "een woordvoerder is er nog geen besluit genomen over de toekomst van de regeling en dat zal ook "
                "niet snel gebeuren, zegt hij.") == "nl");
}
