// Text scrapes of the twelfth round of unseen page shells (study-o: bybit,
// lefigaro, publico, economictimes, faz, mainichi, gate): byline rows with one
// piece more than a name, update-only stamps, update brackets, decks in German
// and source lines above author lines. Every page is handwritten here, with a
// trap next to each rule.
#include <catch2/catch.hpp>

#include <string>

#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;

const std::string kHeadline = "Angry media won’t buckle over new surveillance laws";

// headline / `row` / `date` / story.
Article row_page(const std::string& headline, const std::string& row, const std::string& date) {
    return text_article({headline, "", row, date, "", kParagraph, "", kStudyLast});
}

}  // namespace

TEST_CASE("round 12 text: a byline row with an outlet, a wire or a place is no headline (T1)", "[text-round-12]") {
    // bybit: the aggregator's source row, outlet then author; MSN-style cards print the author first.
    const Article a = row_page(kHeadline, "The Block · Danny Park", "Nov 28, 2026 · 14:05");
    CHECK(a.title == std::optional<std::string>(kHeadline));
    CHECK(a.byline == std::optional<std::string>("Danny Park"));
    CHECK(row_page(kHeadline, "Danny Park · The Block", "Nov 28, 2026 · 14:05").byline == std::optional<std::string>("Danny Park"));
    // lefigaro: the host's credit of wire copy above the date; the wire is the byline.
    const std::string fr = "Un troisième Français mort dans le séisme au Népal";
    const Article b = row_page(fr, "Le Figaro avec AFP", "Publié le 27/11/2026 à 09:41");
    CHECK(b.title == std::optional<std::string>(fr));
    CHECK(b.byline == std::optional<std::string>("AFP"));
    // publico: headline / deck / a name with the place it was written / date.
    const std::string pt = "Tite diz que errou ao levar taça da Libertadores a Lula em 2012";
    const Article c = text_article({"PÚBLICO", "", pt, "",
                                    "Antigo seleccionador reconheceu em Cuiabá que não devia ter entregado o troféu ao então ex-presidente.",
                                    "", "Sofia Neves (no Rio de Janeiro)", "", "28 de Novembro de 2026, 14:05", "", kParagraph, "",
                                    kStudyLast});
    CHECK(c.title == std::optional<std::string>(pt));
    CHECK(c.byline == std::optional<std::string>("Sofia Neves"));
    // Traps: a section pair names no one; a headline with a bracket over a date stays the headline.
    const Article d = row_page(kHeadline, "World · Middle East", "Nov 28, 2026 · 14:05");
    CHECK(d.byline != std::optional<std::string>("Middle East"));
    const Article e = text_article({"Markets", "", "Bitcoin Price Today (Live)", "", "Nov 28, 2026 · 14:05", "", kParagraph,
                                    "", kStudyLast});
    CHECK(e.title == std::optional<std::string>("Bitcoin Price Today (Live)"));
    CHECK_FALSE(e.byline.has_value());
}

namespace {

// The modified date of an article, "" when it has none.
std::string modified_day(const Article& a) { return a.date_modified.value_or("").substr(0, 10); }

}  // namespace

TEST_CASE("round 12 text: an update stamp is the modified date, never the date (T2)", "[text-round-12]") {
    // economictimes: the agency, then only "Last Updated"; faz: "Aktualisiert am" over the read time. The
    // issue's trap: an update is never reported as the publication date, also when it is the only date shown.
    const Article a = row_page(kHeadline, "PTI", "Last Updated: Nov 28, 2026, 01:15:00 AM IST");
    CHECK_FALSE(a.date);
    CHECK(a.date_modified == std::optional<std::string>("2026-11-28T01:15:00+05:30"));
    CHECK(a.byline == std::optional<std::string>("PTI"));
    const Article b = text_article({"1Password erzeugt Einmal-Passwörter jetzt auch am Mac", "",
                                    "Aktualisiert am 27.11.2026, 09:41", "Lesezeit: 2 Min.", "", kParagraph, "", kStudyLast});
    CHECK_FALSE(b.date);
    CHECK(modified_day(b) == "2026-11-27");
    // A published date shown anywhere in the header is the date, the update the modified date.
    const Article c = text_article({kHeadline, "", "By Liz Moyer", "Updated: Nov 29, 2026, 08:12 AM", "Nov 27, 2026, 09:41 AM",
                                    "", kParagraph, "", kStudyLast});
    CHECK(day_of(c) == "2026-11-27");
    CHECK(modified_day(c) == "2026-11-29");
    const Article d = text_article({kHeadline, "", "Updated Nov 29, 2026 · Published Nov 27, 2026", "", kParagraph, "",
                                    kStudyLast});
    CHECK(day_of(d) == "2026-11-27");
    // economictimes un-glued: the agency and the update stamp on one row under the headline.
    const Article e = text_article({kHeadline, "", "PTI Last Updated: Nov 28, 2026, 01:15:00 AM IST", "", kParagraph, "", kStudyLast});
    CHECK(e.title == std::optional<std::string>(kHeadline));
    CHECK(e.byline == std::optional<std::string>("PTI"));
    CHECK(modified_day(e) == "2026-11-28");
    // Trap: such a row with no headline above it names no one.
    const Article f = text_article({"Markets", "", "Bitcoin Price Updated: Nov 28, 2026", "", kParagraph, "", kStudyLast});
    CHECK(f.byline != std::optional<std::string>("Bitcoin Price"));
}

TEST_CASE("round 12 text: a date row closing with an update bracket (T3)", "[text-round-12]") {
    const std::string ja = "公衆無線LANを安全に使うアプリ「フリーWi-Fiプロテクション」";
    // mainichi: the paper's name, the date and the bracketed update; also the date alone before the bracket.
    for (const std::string row : {"毎日新聞 2026/11/28 14:05（最終更新 11/28 16:40）", "2026/11/28 14:05（最終更新 11/28 16:40）"}) {
        const Article a = row_page(ja, row, "");
        CHECK(a.title == std::optional<std::string>(ja));
        CHECK(a.date == std::optional<std::string>("2026-11-28T14:05:00"));  // not the update's 16:40
    }
    const Article b = row_page(ja, "2026年11月26日 10時30分（最終更新 2026年11月27日 18時12分）", "");
    CHECK(day_of(b) == "2026-11-26");
    // Trap: a headline closing with an update bracket but no date before it keeps its line.
    const Article c = text_article({"速報", "", "iPhoneの新機能を解説（更新あり）", "", "2026/11/28 14:05", "", kParagraph, "",
                                    kStudyLast});
    CHECK(c.title == std::optional<std::string>("iPhoneの新機能を解説（更新あり）"));
}

TEST_CASE("round 12 text: a German headline over a teaser, and the tool bar under the header (T4)", "[text-round-12]") {
    // faz: headline (a brand with a digit) / teaser with capitalised nouns / "Von X" / date / tool bar / story.
    const std::string de = "1Password für Mac generiert Einmal-Passwörter";
    const Article a = text_article({"Frankfurter Allgemeine", "", "Passwort-Manager", "", de, "",
                                    "Die neue Version des Passwort-Managers erzeugt Einmal-Codes jetzt direkt in der Mac-App. Wer davon profitiert.",
                                    "", "Von Anna Schiller", "", "28.11.2026, 14:05", "Lesezeit: 3 Min.", "", "Artikel teilen",
                                    "Merken", "Artikel anhören", "", kParagraph, "", kStudyLast});
    CHECK(a.title == std::optional<std::string>(de));
    CHECK(a.byline == std::optional<std::string>("Anna Schiller"));
    // economictimes: an unknown button between two known ones is no story text.
    const Article b = text_article({kHeadline, "",
                                    "Synopsis Foreign investors turned net buyers for the third straight session as the rupee firmed against the dollar.",
                                    "", "By Rajesh Mascarenhas, ET Bureau", "Last Updated: Nov 28, 2026, 02:05:00 PM IST", "",
                                    "Share", "Font Size", "Save", "Print", "", kParagraph, "", kStudyLast});
    CHECK(b.title == std::optional<std::string>(kHeadline));
    CHECK_FALSE(has(b.body(), "Font Size"));
    // Trap: a subheading opening the story after the share bar stays story text.
    const Article c = text_article({kHeadline, "", "28/11/2026 | 14:05 Claire Morvan", "Partager", "", "Les « boîtes noires »",
                                    "", kParagraph, "", kStudyLast});
    CHECK(has(c.body(), "Les « boîtes noires »"));
}

TEST_CASE("round 12 text: an author line under a source line names the byline (T5)", "[text-round-12]") {
    // gate: the origin, then its writer, each on its own line.
    const Article a = text_article({kHeadline, "", "Source: Odaily Planet Daily", "Author: Wenser", "2026-11-28 14:05", "",
                                    kParagraph, "", kStudyLast});
    CHECK(a.byline == std::optional<std::string>("Wenser"));
    // Trap: a source line alone is still the byline.
    const Article b = text_article({kHeadline, "", "Source: Odaily Planet Daily", "2026-11-28 14:05", "", kParagraph, "",
                                    kStudyLast});
    CHECK(b.byline == std::optional<std::string>("Odaily Planet Daily"));
}

TEST_CASE("round 12 text: a national agency after the date (T8)", "[text-round-12]") {
    const std::string pt = "Tite diz que errou ao levar taça da Libertadores a Lula";
    CHECK(row_page(pt, "27 de Novembro de 2026, 9:41 Lusa", "").byline == std::optional<std::string>("Lusa"));
    CHECK(row_page(pt, "27 de Novembro de 2026, 9:41 Europa Press", "").byline == std::optional<std::string>("Europa Press"));
    // Trap: a city after the time is no byline.
    CHECK_FALSE(row_page(pt, "27 de Novembro de 2026, 9:41 Lisboa", "").byline.has_value());
}

TEST_CASE("round 12 text: an update label glued to a bracketed time zone (T6)", "[text-round-12]") {
    // bybit: "<time> (UTC)" and "Updated: …" spans run together; the spaced form reads the same.
    for (const std::string row : {"28 Nov 2026, 09:41 (UTC)Updated: 29 Nov 2026, 08:12 (UTC)",
                                  "28 Nov 2026, 09:41 (UTC) Updated: 29 Nov 2026, 08:12 (UTC)"}) {
        const Article a = text_article({kHeadline, "", row, "", kParagraph, "", kStudyLast});
        CHECK(a.title == std::optional<std::string>(kHeadline));
        CHECK(day_of(a) == "2026-11-28");
    }
    // Trap: a bracket that is no time zone keeps its text as written.
    const Article b = text_article({kHeadline, "", "Nov 28, 2026", "", kParagraph, "",
                                    "The vote passed at 09:41 (Reuters)Published figures showed the deficit had widened again.", "",
                                    kStudyLast});
    CHECK(has(b.body(), "(Reuters)Published figures"));
}

TEST_CASE("round 12 text: a long deck under the author row and share bar is no headline", "[text-round-12]") {
    // elconfidencial: kicker / headline / deck / author / date / share row / a second deck of 21 words / story.
    const std::string headline = "Una solución no violenta para la cuestión mapuche";
    const Article a = text_article(
        {"Conflicto en la Patagonia", "", headline, "",
         "Las provincias patagónicas buscan una salida negociada tras meses de tensión en el sur del país", "",
         "Marta García Aller", "", "28/11/2026 - 14:05", "", "FacebookTwitterWhatsAppComentarios", "",
         "Los pueblos indígenas reclaman por derechos que permanecen incumplidos, por eso es más eficiente canalizar la "
         "protesta que reprimirla",
         "", kParagraph, "", kStudyLast});
    CHECK(a.title == std::optional<std::string>(headline));
    // Trap: a headline-sized line under the author row still wins over one above (an author row heads its post).
    const Article b = text_article({"Markets", "", "Marta García Aller", "", "28/11/2026 - 14:05", "",
                                    "Bolsas europeas cierran al alza tras el dato de inflación", "", kParagraph, "", kStudyLast});
    CHECK(b.title == std::optional<std::string>("Bolsas europeas cierran al alza tras el dato de inflación"));
}
