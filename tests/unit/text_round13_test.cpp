// Text scrapes of the thirteenth round of unseen page shells (study-p: clarin,
// gemeinde, presseportal, ettoday, howto, htx): the header of a plain-text page,
// its headline, byline and date. Every page is handwritten here, with a trap
// next to each rule.
#include <catch2/catch.hpp>

#include <string>

#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;

}  // namespace

TEST_CASE("round 13 text: a headline with one count over a deck and a date (T2)", "[text-round-13]") {
    // clarin: kicker / headline with a count / deck sentence / date / share row, no author row.
    const std::string es = "Twitter Lite llega a 24 nuevos países de América Latina y África";
    const Article a = text_article({"SeccionesSuscribiteIngresar", "", "Tecnología", "", es, "",
                                    "La aplicación apunta a usuarios con conexiones lentas y teléfonos de gama baja.", "",
                                    "27 de noviembre de 2026 - 09:41", "", "Compartir en FacebookCompartir en WhatsAppCopiar link",
                                    "", kParagraph, "", kStudyLast});
    CHECK(a.title == opt(es));
    CHECK(day_of(a) == "2026-11-27");
    CHECK_FALSE(has(a.body(), "La aplicación apunta"));
    // The same in English: "5 things …" over a standfirst and the date.
    const std::string en = "Regulators name 5 exchanges that must publish their reserves";
    const Article b = text_article({"Home News Markets", "", en, "", "The list follows months of talks with the industry.",
                                    "", "Nov 27, 2026", "", kParagraph, "", kStudyLast});
    CHECK(b.title == opt(en));
    // Trap: a forum bar's counts over a sentence and the date are no headline.
    const std::string bar = "Topics 12 and replies 48 in this forum";
    const Article c = text_article({"Board index", "", bar, "", "Welcome to the forum, please read the rules first.", "",
                                    "Nov 27, 2026", "", kParagraph, "", kStudyLast});
    CHECK(c.title != opt(bar));
}

TEST_CASE("round 13 text: a CMS's category and hit rows are no headline (T3)", "[text-round-13]") {
    // Joomla's article info under the headline: "Details" / author / category / date / hits.
    const std::string de = "Blau-Weiß verabschiedet sich mit Heimsieg in die Winterpause";
    const Article a = text_article({"SV Blau-Weiß Oberweiler e.V.", "Tennis", "Gymnastik", "", de, "", "Details",
                                    "Geschrieben von Thomas Krämer", "Kategorie: Fußball", "Veröffentlicht: 28. November 2026",
                                    "Zugriffe: 412", "", kParagraph, "", kStudyLast});
    CHECK(a.title == opt(de));
    CHECK(a.byline == opt("Thomas Krämer"));
    CHECK(day_of(a) == "2026-11-28");
    // English: a WordPress theme's rows, the category between the byline and the date.
    const std::string en = "Library extends weekend opening hours from January";
    const Article b = text_article({"Town News", "", en, "", "By Karen Mills", "Category: Community", "November 28, 2026",
                                    "Views: 1203", "", kParagraph, "", kStudyLast});
    CHECK(b.title == opt(en));
    CHECK(b.byline == opt("Karen Mills"));
    // Trap: an opinion headline opening with "Views:" and a headline's words stays the headline.
    const std::string views = "Views: Why the Fed should cut rates before spring";
    const Article c = text_article({"Home News Markets", "", views, "", "By Karen Mills", "November 28, 2026", "", kParagraph,
                                    "", kStudyLast});
    CHECK(c.title == opt(views));
}

TEST_CASE("round 13 text: a section's name over the date is no byline (T6)", "[text-round-13]") {
    // TYPO3 news view: the section heading over the date, the headline under it, a contact line above.
    const std::string de = "Neue Öffnungszeiten im Bürgerbüro ab Dezember";
    const Article a = text_article({"Rathaus & Bürgerservice", "Leben & Wohnen", "", "Kontakt", "",
                                    "Gemeinde Oberweiler, Rathausplatz 1, 83123 Oberweiler, Telefon 08034 9087-0", "",
                                    "Aktuelles", "", "28.11.2026", "", de, "", kParagraph, "", kStudyLast});
    CHECK_FALSE(a.byline.has_value());
    CHECK(a.title == opt(de));
    CHECK(day_of(a) == "2026-11-28");
    CHECK_FALSE(has(a.body(), de));
    // fr: "Actualités" / date / headline.
    const std::string fr = "La médiathèque ouvre le dimanche à partir de janvier";
    const Article b = text_article({"Mairie de Saint-Aubin", "", "Actualités", "", "28/11/2026", "", fr, "", kParagraph, "",
                                    kStudyLast});
    CHECK_FALSE(b.byline.has_value());
    CHECK(b.title == opt(fr));
    // Trap: a one-word name over the date is still a social author row.
    const Article c = text_article({"Feed", "", "Vitalik", "Sep 19, 2025", "", "Ethereum upgrade ships to mainnet next week", "",
                                    kParagraph, "", kStudyLast});
    CHECK(c.byline == opt("Vitalik"));
}

TEST_CASE("round 13 text: an account row with a Follow button, and a Login button (T4)", "[text-round-13]") {
    // presseportal: menu / "Login" / date / the company's name glued to its Follow button / headline.
    const std::string de = "Brandtner Haustechnik wächst kräftig und schafft 120 neue Stellen";
    const Article a = text_article({"presseportal", "WirtschaftFinanzenBlaulichtPolitikThemen", "Login", "",
                                    "28.11.2026 – 10:00", "", "Brandtner Haustechnik GmbHFolgen", "", de, "", "TeilenDrucken",
                                    "", kParagraph, "", kStudyLast});
    CHECK(a.title == opt(de));
    CHECK(a.byline == opt("Brandtner Haustechnik GmbH"));
    CHECK(day_of(a) == "2026-11-28");
    // The button after a space, over the headline; "Anmelden" in the top bar.
    const std::string en = "Nordvik Robotics launches autonomous mooring system for ferry terminals";
    const Article b = text_article({"Anmelden", "", "Nov 28, 2026", "", "Nordvik Robotics AB Follow", "", en, "", kParagraph,
                                    "", kStudyLast});
    CHECK(b.title == opt(en));
    CHECK(b.byline == opt("Nordvik Robotics AB"));
    // "Login" alone over the date names no one.
    const Article c = text_article({"Login", "", "Nov 28, 2026", "", en, "", kParagraph, "", kStudyLast});
    CHECK_FALSE(c.byline.has_value());
    CHECK(c.title == opt(en));
    // Trap: a Title Case headline ending in "Follow" over the date stays the headline.
    const std::string follow = "Bitcoin Miners Sell As Others Follow";
    const Article d = text_article({"Home News Markets", "", follow, "", "Nov 28, 2026", "", kParagraph, "", kStudyLast});
    CHECK(d.title == opt(follow));
    CHECK_FALSE(d.byline.has_value());
}

TEST_CASE("round 13 text: a zh share and tool row under the date is no headline (T1)", "[text-round-13]") {
    const std::string zh = "DeepMind推出可微神经计算机DNC";
    const auto page = [&](const std::string& row) {
        return text_article({zh, "", "2026年11月27日 09:41", row, "", kParagraph, "", kStudyLast});
    };
    // ETtoday's row run together (share, LINE, share, font size), and UDN's spaced (share, print, font size).
    for (const std::string row : {"分享LINE分享字級", "分享 列印 字體"}) {
        const Article a = page(row);
        CHECK(a.title == opt(zh));
        CHECK_FALSE(has(a.body(), row));
    }
    // A row no table knows, shorter than the headline above the date.
    CHECK(page("收藏本文").title == opt(zh));
    // Trap: a brand over the date, the headline under it (a Blogger-like header).
    const std::string under = "台積電公布第三季財報 營收創下歷史新高 外資持續看好後市";
    const Article b = text_article({"ETtoday新聞雲", "", "2026年11月27日 09:41", "", under, "", kParagraph, "", kStudyLast});
    CHECK(b.title == opt(under));
}

TEST_CASE("round 13 text: a byline glued to a date label (T5)", "[text-round-13]") {
    const Article a = study_text_page({"By Lucy AkinsPublished on Nov 28, 2026"});
    CHECK(a.byline == opt("Lucy Akins"));
    CHECK(day_of(a) == "2026-11-28");
    const Article b = study_text_page({"Von Anna SchmidtAktualisiert am 27.11.2026"});
    CHECK(b.byline == opt("Anna Schmidt"));
    // Trap: a name's own capital inside a word stays ("McDonald").
    const Article c = study_text_page({"By Jane McDonald", "Nov 28, 2026"});
    CHECK(c.byline == opt("Jane McDonald"));
}

TEST_CASE("round 13 text: an author-labelled line at the story's end (T7)", "[text-round-13]") {
    // htx: header with a date and a glued "From:" only; "Written by: X" under the story.
    const Article a = text_article({"News > Deep Insights", "", kStudyTitle, "", "2026/11/28 14:05", "", kParagraph, "",
                                    kStudyLast, "", "Written by: Lucy Liu", "", "Hot News", "", "Stablecoin supply tops $210 billion"});
    CHECK(a.byline == opt("Lucy Liu"));
    CHECK_FALSE(has(a.body(), "Written by"));
    // A closing note the line model reads as prose under the credit: the credit is inside the body's span.
    const Article b = text_article({"News", "", kStudyTitle, "", "2026/11/28 14:05", "", kParagraph, "", kStudyLast, "",
                                    "Autor: Hans Meier", "",
                                    "Statement: This article is reprinted with permission and represents only the author's "
                                    "personal views. The exchange does not assume any responsibility for the accuracy of the content."});
    CHECK(b.byline == opt("Hans Meier"));
    CHECK_FALSE(has(b.body(), "Autor: Hans Meier"));
    // Trap: the header's name wins over a credit under the story.
    const Article c = text_article({"News", "", kStudyTitle, "", "By Jane Roe", "2026/11/28 14:05", "", kParagraph, "",
                                    kStudyLast, "", "Written by: Lucy Liu"});
    CHECK(c.byline == opt("Jane Roe"));
    // Trap: a digest's item bylines are no end credit.
    const Article d = text_article({"News", "", kStudyTitle, "", "2026/11/28 14:05", "", kParagraph, "", "By Nathan Willis", "",
                                    kStudyP1, "", "By Jake Edge", "", kStudyLast});
    CHECK(d.byline != opt("Jake Edge"));
}

TEST_CASE("round 13 text: a zh-TW reporter line under the header (T8)", "[text-round-13]") {
    // ETtoday: headline / date / share row / the reporter line / story.
    const std::string zh = "台積電公布第三季財報 營收創下歷史新高";
    const auto page = [&](const std::string& credit) {
        return text_article({"ETtoday新聞雲", "", zh, "", "2026年11月28日 14:05", "分享LINE分享字級", "", credit, "", kParagraph,
                             "", kStudyLast});
    };
    const Article a = page("記者王小明／台北報導");
    CHECK(a.byline == opt("王小明"));
    CHECK_FALSE(has(a.body(), "記者王小明"));
    CHECK(a.title == opt(zh));
    // Trap: a desk's credit names no one.
    CHECK_FALSE(page("生活中心／綜合報導").byline.has_value());
}
