// Text scrapes of study-u's leftovers (round 19: jutarnji, ynet, 15min text twins): a "Name job-title" row with the
// role in lower case, co-authors in a script without case, a wire's short name in a two-byte script, a deck under
// the headline over unread header rows, and a headline ending in an abbreviation's dot. A trap next to each rule.
#include <catch2/catch.hpp>

#include <string>

#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;

// Nav lines, then `header` (blank lines between), then the story.
Article page(std::vector<std::string> nav, std::vector<std::string> header) {
    std::vector<std::string> lines = std::move(nav);
    lines.emplace_back();
    for (std::string& h : header) {
        lines.push_back(std::move(h));
        lines.emplace_back();
    }
    for (const std::string& t : {kParagraph, std::string(), kStudyLast}) lines.push_back(t);
    return text_article(std::move(lines));
}

const std::vector<std::string> kNav{"Vijesti", "Sport", "Biznis"};
const std::vector<std::string> kHebrewNav{"חדשות", "כלכלה", "ספורט"};

}  // namespace

TEST_CASE("round 19 text: a name and a lower-case job title over the date is the byline row", "[text-round-19]") {
    const std::string hr = "Od siječnja poskupljuje odvoz otpada u Zagrebu";
    const Article a = page(kNav, {hr, "Ivana Marić novinarka", "27.11.2026 08:30"});
    CHECK(a.title == opt(hr));
    CHECK(a.byline == opt("Ivana Marić"));
    const std::string nb = "Bompengene øker fra nyttår i hele Oslo";
    const Article b = page(kNav, {nb, "Kari Nordmann journalist", "27.11.2026 08:30"});
    CHECK(b.title == opt(nb));
    CHECK(b.byline == opt("Kari Nordmann"));
}

TEST_CASE("round 19 text: a name and a verb over the date stays the headline (trap)", "[text-round-19]") {
    const Article a = page(kNav, {"Taylor Swift performs", "27.11.2026 08:30"});
    CHECK(a.title == opt("Taylor Swift performs"));
    CHECK(a.byline != opt("Taylor Swift"));
}

TEST_CASE("round 19 text: caseless co-authors over the date are the byline row, the headline is over the deck",
          "[text-round-19]") {
    const std::string headline = "הרכבת הקלה הסגולה תיפתח רק בסוף 2028";
    const std::string deck = "הנתונים החדשים מצביעים על שינוי מגמה";
    // The scrape opens at the headline (no nav above it).
    const Article a = page({headline}, {deck, "דנה לוי ויוסי מזרחי", "26.11.26 | 19:45"});
    CHECK(a.title == opt(headline));
    CHECK(a.byline == opt("דנה לוי, יוסי מזרחי"));
    CHECK(a.body().find(deck) == std::string::npos);
    // Under a nav.
    const Article b = page(kHebrewNav, {headline, deck, "עמית כהן וטל לוי", "26.11.26 | 19:45"});
    CHECK(b.title == opt(headline));
    CHECK(b.byline == opt("עמית כהן, טל לוי"));
}

TEST_CASE("round 19 text: a short caseless headline over the date stays the headline (trap)", "[text-round-19]") {
    // Two two-word halves joined by a prefix vav, but no longer headline above: the headline itself.
    const std::string headline = "הממשלה אישרה והכנסת תצביע";
    const Article a = page(kHebrewNav, {headline, "26.11.26 | 19:45"});
    CHECK(a.title == opt(headline));
    // Halves of four words each are no names: a long caseless line over the date stays a candidate.
    const std::string headline2 = "הממשלה החדשה אישרה היום והכנסת תצביע מחר בערב";
    const Article b = page(kHebrewNav, {"עיריית תל אביב הודיעה הערב על שינוי גדול בתוכנית התחבורה", headline2, "26.11.26 | 19:45"});
    CHECK_FALSE(b.byline);
}

TEST_CASE("round 19 text: a wire's short name in a two-byte script is no one-word headline, the deck gives way",
          "[text-round-19]") {
    const std::string headline = "מדד המחירים לצרכן עלה ב-0.4% באוקטובר";
    const std::string deck = "הנתונים החדשים מצביעים על שינוי מגמה";
    const Article a = page(kHebrewNav, {headline, deck, "רויטרס", "לפני 3 שעות עודכן: 13:02", "שתפווואטסאפפייסבוקהוספת תגובה"});
    CHECK(a.title == opt(headline));
    CHECK(a.body().find(deck) == std::string::npos);
    const std::string ru = "Инфляция в ноябре замедлилась до четырёх процентов";
    // Right above the story, no date row read: passed over as a chip.
    const Article b = page({"Новости", "Экономика"}, {ru, "Интерфакс"});
    CHECK(b.title == opt(ru));
}

TEST_CASE("round 19 text: a long one-word headline in a two-byte script stays a headline (trap)", "[text-round-19]") {
    const Article a = page({"Новости", "Экономика"}, {"Импортозамещение"});
    CHECK(a.title == opt("Импортозамещение"));
}

TEST_CASE("round 19 text: a headline ending in an abbreviation's dot under a section chip", "[text-round-19]") {
    const std::string lt = "Infliacija lapkritį sulėtėjo iki 2,4 proc.";
    const Article a = page({"Naujienos", "Sportas", "", "Verslas"}, {lt, "ELTAPaskelbta 2026-11-28 14:05Atnaujinta 2026-11-28 16:40"});
    CHECK(a.title == opt(lt));
    const std::string pl = "Inflacja w listopadzie spadła do 2,4 proc.";
    const Article b = page({"Wiadomości", "Sport", "", "Biznes"}, {pl, "28.11.2026 14:05"});
    CHECK(b.title == opt(pl));
}

TEST_CASE("round 19 text: two sentences, or a deck under a headline, are no dotted headline (trap)", "[text-round-19]") {
    const Article a = page({"Wiadomości", "Sport", "", "Biznes"}, {"Ceny wzrosły. Płace spadły.", "28.11.2026 14:05"});
    CHECK(a.title != opt("Ceny wzrosły. Płace spadły."));
    const std::string headline = "Inflacja w listopadzie spadła najmocniej od lat";
    const Article b = page({"Wiadomości", "Sport", "", "Biznes"}, {headline, "Ceny rosły wolniej niż w październiku.", "28.11.2026 14:05"});
    CHECK(b.title == opt(headline));
}

TEST_CASE("round 19 text: a one-word headline over a read date is the title, no author row", "[text-round-19]") {
    const Article a = page({"Startseite", "Politik", "Wirtschaft"}, {"Bundestagswahl", "28.11.2026, 14:05 Uhr"});
    CHECK(a.title == opt("Bundestagswahl"));
    CHECK_FALSE(a.byline);
}

TEST_CASE("round 19 text: a one-word outlet over the date under a headline stays the byline (trap)", "[text-round-19]") {
    const std::string headline = "Die Union stellt ihre Landeslisten für die Wahl vor";
    const Article a = page({"Startseite", "Politik", "Wirtschaft"}, {headline, "Handelsblatt", "28.11.2026, 14:05 Uhr"});
    CHECK(a.title == opt(headline));
    CHECK(a.byline == opt("Handelsblatt"));
}
