// Leftovers of the seventeenth round of unseen page shells (study-t: berlingske, aftenposten, digi24,
// nationalmuseum, brondby), fixed in round 18: the da/no/sv/ro/fi published and updated date labels (an update
// stamp is date_modified, never the date), the video-embed label line in a text scrape ("Se video: …", one rule
// with the link promo "WATCH: <link>"), and a summary box's heading over a scrape's story taken as its title.
// Each positive case has its trap next to it.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;

const std::string kHeadline = "Regeringen vil sænke skatten på arbejde";
const std::string kP1 =
    "Regeringen fremlagde torsdag et nyt forslag om at sænke skatten på arbejde for lavtlønnede, og partierne skal nu "
    "forhandle om detaljerne i de kommende uger.";
const std::string kP2 =
    "Finansministeren sagde, at forslaget vil koste omkring fire milliarder kroner om året, og at pengene skal findes "
    "ved at hæve afgifterne på tobak og sukker.";

// An HTML story whose only dates are the visible rows given (no meta tag, no JSON-LD, no <time>).
Article dated_page(const std::vector<std::string>& rows) {
    std::string meta;
    for (const std::string& r : rows) meta += "<div>" + r + "</div>";
    const std::string html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + kHeadline +
                             "</title></head><body><article><h1>" + kHeadline + "</h1><div class=\"meta\">" + meta +
                             "</div><div class=\"content\"><p>" + kP1 + "</p><p>" + kP2 + "</p></div></article></body></html>";
    Result result = clean_bytes(html, "test.html", Options{});
    if (const auto* f = std::get_if<Failure>(&result)) FAIL(f->reason);
    return std::get<Article>(std::move(result));
}

// The text scrape of the same page: nav, headline, the rows, the story.
Article dated_scrape(const std::vector<std::string>& rows) {
    std::vector<std::string> lines{"Forside", "Nyheder", "", kHeadline, ""};
    for (const std::string& r : rows) lines.push_back(r);
    for (const std::string& t : {std::string(), kP1, std::string(), kP2}) lines.push_back(t);
    return text_article(std::move(lines));
}

std::string modified_day(const Article& a) { return a.date_modified.value_or("").substr(0, 10); }

struct Labels {
    const char* published;
    const char* updated;
};

}  // namespace

TEST_CASE("round 18 L: Nordic and Romanian published/updated labels (study-t leftovers 1)", "[leftovers-round-17]") {
    // da Berlingske/DR, no Aftenposten/NRK, sv SVT/DN, ro Digi24/HotNews, fi Yle, and the longer forms.
    const Labels labels[] = {{"Publiceret", "Opdateret"},          {"Udgivet", "Senest opdateret"},
                             {"Publisert:", "Oppdatert:"},         {"Publisert", "Sist oppdatert"},
                             {"Publicerad", "Uppdaterad"},         {"Publicerad", "Senast uppdaterad"},
                             {"Data publicării:", "Data actualizării:"}, {"Publicat", "Actualizat la"}};
    for (const Labels& l : labels) {
        INFO(l.published << " / " << l.updated);
        const std::string published = std::string(l.published) + " 27.11.2026 kl. 14.05";
        const std::string updated = std::string(l.updated) + " 28.11.2026 kl. 16.40";
        for (const Article& a : {dated_page({published, updated}), dated_scrape({published, updated})}) {
            CHECK(day_of(a) == "2026-11-27");
            CHECK(modified_day(a) == "2026-11-28");
        }
        // The update row above the published one: the label says which is which, not the order.
        const Article b = dated_page({updated, published});
        CHECK(day_of(b) == "2026-11-27");
        CHECK(modified_day(b) == "2026-11-28");
        // Trap: an update stamp alone is never the published date.
        for (const Article& c : {dated_page({updated}), dated_scrape({updated})}) {
            CHECK_FALSE(c.date.has_value());
            CHECK(modified_day(c) == "2026-11-28");
        }
    }
    // One row, the update first: the published label after it names the date (fi Yle "Päivitetty … Julkaistu …").
    for (const char* row : {"Päivitetty 28.11.2026 16.40 · Julkaistu 27.11.2026 14.05",
                            "Opdateret 28.11.2026 kl. 16.40 · Publiceret 27.11.2026 kl. 14.05",
                            "Uppdaterad 28.11.2026 16:40 · Publicerad 27.11.2026 14:05"}) {
        INFO(row);
        const Article d = dated_scrape({row});
        CHECK(day_of(d) == "2026-11-27");
        CHECK(modified_day(d) == "2026-11-28");
    }
    // Trap: a published row alone stays the date.
    CHECK(day_of(dated_page({"Publiceret 27.11.2026 kl. 14.05"})) == "2026-11-27");
    CHECK(day_of(dated_scrape({"Publisert 27.11.2026 kl. 14.05"})) == "2026-11-27");
}

TEST_CASE("round 18 L: a video embed's label line goes in a text scrape too (study-t leftovers 2, H3)", "[leftovers-round-17]") {
    const Article a = text_article({kHeadline, "", kP1, "", "Se video: Træneren før kampen", "", kP2});
    CHECK_FALSE(has(a.body(), "Se video"));
    CHECK(has(a.body(), kP2));
    CHECK_FALSE(has(text_article({kHeadline, "", kP1, "", "Watch the video: The vote in the Senate", "", kP2}).body(),
                    "Watch the video"));
    // The HTML path still drops it, and the link promo "WATCH: <link>" with it.
    CHECK_FALSE(has(html_body(story_page("<div class=\"embed-video\"><span>Se video: Træneren før kampen</span></div>")),
                    "Se video"));
    CHECK_FALSE(has(html_body(story_page("<p>WATCH: <a href=\"/v/1\">The vote in the Senate</a></p>")), "WATCH"));
    // Traps: a one-word label without its link is the story's line; a label line that ends like a sentence too.
    CHECK(has(text_article({kHeadline, "", kP1, "", "Watch: the committee votes at noon", "", kP2}).body(),
              "Watch: the committee votes at noon"));
    CHECK(has(text_article({kHeadline, "", kP1, "", "Se video: den viser, hvordan træneren forbereder holdet.", "", kP2}).body(),
              "den viser, hvordan"));
}

TEST_CASE("round 18 L: a summary box's heading over the story is no title (study-t leftovers 3)", "[leftovers-round-17]") {
    const std::string en = "Fed holds rates steady as inflation lingers";
    // CNBC's all-caps box heading over its bullets, no header line.
    const Article a = text_article({"Home", "News", "", en, "", "KEY POINTS", "", "- The Fed kept its rate unchanged.",
                                    "- Two more cuts remain possible.", "", kParagraph, "", kStudyLast});
    CHECK(a.title == opt(en));  // (the box's known heading over bullets was a label already: a guard)
    // The same heading straight over the story's first paragraph.
    CHECK(text_article({"Home", "News", "", en, "", "KEY POINTS", "", kParagraph, "", kStudyLast}).title == opt(en));
    // Spiegel's "Das Wichtigste in Kürze" (four words) over its bullets.
    const std::string de = "Bundesbank erwartet nur schwaches Wachstum";
    const Article b = text_article({"Startseite", "Wirtschaft", "", de, "", "Das Wichtigste in Kürze", "",
                                    "• Die Prognose für 2027 wurde gesenkt.", "• Die Energiepreise belasten die Industrie.",
                                    "", kParagraph, "", kStudyLast});
    CHECK(b.title == opt(de));
    // An all-caps heading no table knows, right over the story's first paragraph (fr "L’ESSENTIEL"), and Danish.
    const std::string fr = "La BCE maintient ses taux malgré l’inflation";
    CHECK(text_article({"Accueil", "", fr, "", "L’ESSENTIEL", "", kParagraph, "", kStudyLast}).title == opt(fr));
    CHECK(text_article({"Forside", "", kHeadline, "", "KORT FORTALT", "", kP1, "", kP2}).title == opt(kHeadline));
    // Traps: a short all-caps headline stays the title with nothing above it, or only nav lines; a nav bar of
    // capitalised words above it is no headline.
    CHECK(text_article({"STOCKS SLUMP", "", kParagraph, "", kStudyLast}).title == opt("STOCKS SLUMP"));
    CHECK(text_article({"Home", "News", "", "STOCKS SLUMP", "", kParagraph, "", kStudyLast}).title == opt("STOCKS SLUMP"));
    CHECK(text_article({"Menu", "World News Business Sport", "", "STOCKS SLUMP", "", kParagraph, "", kStudyLast}).title ==
          opt("STOCKS SLUMP"));
}

TEST_CASE("round 18 L: co-author credits with roles over the date are no headline (study-t leftovers 4, T1)", "[leftovers-round-17]") {
    const std::string no = "Færre unge tar førerkort";
    const std::string p1 = "Stadig flere unge i Norge velger bort førerkortet. Tall fra Statens vegvesen viser at andelen "
                           "18-åringer med førerkort har falt med nesten en tredjedel på ti år.";
    const std::string p2 = "Mange peker på høye kostnader som den viktigste grunnen. Et førerkort for personbil koster i dag "
                           "gjerne mellom 30.000 og 40.000 kroner.";
    // Aftenposten's two credit spans, glued by the scrape or on two lines.
    const Article a = text_article({"Forsiden", "", no, "", "Kari Nordmann journalistOla Berg fotograf",
                                    "Publisert: 26. nov. 2026", "", p1, "", p2});
    CHECK(a.title == opt(no));
    CHECK_FALSE(has(a.body(), "fotograf"));
    const Article b = text_article({"Forsiden", "", no, "", "Kari Nordmann journalist", "Ola Berg fotograf",
                                    "Publisert: 26. nov. 2026", "", p1, "", p2});
    CHECK(b.title == opt(no));
    // Traps: one "Name verb" line over the date is the headline; a brand glued in a headline ("iPhone") makes no
    // credit row.
    CHECK(text_article({"Forsiden", "", "Taylor Swift performs", "Publisert: 26. nov. 2026", "", p1, "", p2}).title ==
          opt("Taylor Swift performs"));
    CHECK(text_article({"Forsiden", "", "Apple lanserer ny iPhone i Norge", "Publisert: 26. nov. 2026", "", p1, "", p2}).title ==
          opt("Apple lanserer ny iPhone i Norge"));
}
