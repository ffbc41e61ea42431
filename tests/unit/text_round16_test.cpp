// Text scrapes of the sixteenth round of unseen page shells (study-s: iltalehti, kathimerini, telex, tuoitre,
// kadence, rijksoverheid): the header of a plain-text page, its headline, byline and date, when a tool row,
// a glued meta row or a label in a language the tables lack stands in it. Every page is handwritten here,
// with a trap next to each rule.
#include <catch2/catch.hpp>

#include <string>

#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;

const std::string kFi = "Ennätyspakkaset Lapissa – lämpötila laski -38 asteeseen";
const std::string kEl = "Κακοκαιρία: έκτακτα μέτρα στην Αττική";
const std::string kHu = "Kilenc százalékkal emelkedik a minimálbér januártól";

}  // namespace

TEST_CASE("round 16 text: a glued or foreign share row right above the story is no headline (T1)", "[text-round-16]") {
    // Iltalehti: the wire's name and the date, then the share buttons run together.
    const std::string fi_row = "Jaa FacebookissaJaa X:ssäJaa WhatsAppissaKopioi linkki";
    const Article a = header_text_page({kFi, "STT", "28.11.2026 klo 14.05", fi_row});
    CHECK(a.title == opt(kFi));
    CHECK(a.byline == opt(std::string("STT")));  // context: read before the rule too
    CHECK_FALSE(has(a.body(), "Facebookissa"));
    // The same buttons spaced (one inline element each, with spaces between).
    const Article b = header_text_page({kFi, "STT", "28.11.2026 klo 14.05", "Jaa Facebookissa Jaa X:ssä Jaa WhatsAppissa Kopioi linkki"});
    CHECK(b.title == opt(kFi));
    // Kathimerini: networks and a Greek "Save" button, glued and spaced, under a bare date.
    const Article c = header_text_page({"ΚΟΙΝΩΝΙΑ", kEl, "27.11.2026, 09:41", "FacebookTwitterEmailΑποθήκευση"});
    CHECK_FALSE(has(c.body(), "Facebook"));
    const Article d = header_text_page({"ΚΟΙΝΩΝΙΑ", kEl, "27.11.2026, 09:41", "Facebook Twitter Email Αποθήκευση"});
    CHECK_FALSE(has(d.body(), "Αποθήκευση"));
    // With no date the header could read (a month name no table lists), the row right above the story.
    const Article h = header_text_page({"ΚΟΙΝΩΝΙΑ", kEl, "FacebookTwitterEmailΑποθήκευση"});
    CHECK(h.title == opt(kEl));
    // Telex: three Hungarian buttons (copy, share, save) glued, no network named.
    const Article e = header_text_page({kHu, "MTI", "27.11.2026 09:41", "MásolásMegosztásMentés"});
    CHECK_FALSE(has(e.body(), "Másolás"));
    // Traps: under an author row, a headline naming two networks or glued brand names stays the headline.
    const std::string deal = "Facebook buys WhatsApp in a record deal";
    const Article f = header_text_page({"Home News Markets", "Nadia Petrova", "Sep 19, 2025", deal});
    CHECK(f.title == opt(deal));
    const std::string brands = "BlackRock and YouTube back a DevSecOps startup";
    const Article g = header_text_page({"Home News Markets", "Nadia Petrova", "Sep 19, 2025", brands});
    CHECK(g.title == opt(brands));
}

TEST_CASE("round 16 text: a WordPress meta row glued to its label and dates (T4, X7)", "[text-round-16]") {
    const std::string en = "What a survey of 5,000 engineers says about AI and toolchains";
    const Article a = header_text_page({"DEVOPS", en, "ByRachel OkaforNovember 20, 2026November 28, 20263 Comments"});
    CHECK(a.title == opt(en));
    CHECK(a.byline == opt(std::string("Rachel Okafor")));
    CHECK(day_of(a) == "2026-11-20");
    CHECK_FALSE(has(a.body(), "Okafor"));
    // Two authors and only the update stamp: the headline stays over a numbered first section.
    const std::string two = "AI onboarding and the cloud: two more survey findings";
    const std::string section = "2. AI speeds up developer onboarding — but organizations still have concerns";
    const Article b = header_text_page({"DEVOPS", two, "ByRachel Okafor and Tom LindqvistLast updated on November 28, 2026", section});
    CHECK(b.title == opt(two));
    CHECK(b.byline == opt(std::string("Rachel Okafor and Tom Lindqvist")));
    CHECK(b.date_modified.value_or("").substr(0, 10) == "2026-11-28");
    CHECK(day_of(b).empty());  // an update stamp is never the date
    CHECK(has(b.body(), section));
    // Trap: a headline whose first word reads like a label glued to a capital ("DoorDash": nl "door").
    const std::string trap = "DoorDash Buys Deliveroo November 2026 Deal Closes";
    const Article c = header_text_page({"Home News Markets", trap, "Nov 28, 2026"});
    CHECK(c.title == opt(trap));
    CHECK_FALSE(c.byline.has_value());
}

TEST_CASE("round 16 text: an agency's initials right before the date name the source (T5)", "[text-round-16]") {
    const std::string el = "Αύξηση 6,2% στα τουριστικά έσοδα το εννεάμηνο";
    const Article a = header_text_page({el, "ΑΠΕ-ΜΠΕ 28.11.2026 • 14:05 Ενημερώθηκε: 28.11.2026 • 16:40"});
    CHECK(a.byline == opt(std::string("ΑΠΕ-ΜΠΕ")));
    CHECK(day_of(a) == "2026-11-28");  // context: the date and headline were read before the rule too
    CHECK(a.title == opt(el));
    // Trap: a badge in capitals before the date is no agency.
    const Article b = header_text_page({el, "BREAKING 28.11.2026 • 14:05 Ενημερώθηκε: 28.11.2026 • 16:40"});
    CHECK_FALSE(b.byline.has_value());
}

TEST_CASE("round 16 text: a reporter's name in capitals above the story (T6)", "[text-round-16]") {
    const std::string vi = "Giá vàng miếng lập đỉnh mới, người dân xếp hàng từ sáng sớm";
    const Article a = header_text_page({"Thứ bảy, 28/11/2026 09:41 (GMT+7)", vi, "Theo dõi Tuổi Trẻ trên Google NewsChia sẻLưuTặng sao", "NGỌC AN"});
    CHECK(a.byline == opt(std::string("NGỌC AN")));
    CHECK(a.title == opt(vi));  // context: held before the rule too
    CHECK_FALSE(has(a.body(), "NGỌC AN"));
    // Trap: a section's badge in capitals there is no reporter.
    const Article b = header_text_page({"Thứ bảy, 28/11/2026 09:41 (GMT+7)", vi, "BREAKING NEWS"});
    CHECK_FALSE(b.byline.has_value());
}

TEST_CASE("round 16 text: a content-type label before the date is no byline (T7)", "[text-round-16]") {
    const std::string nl = "Extra geld voor huisartsen om kwetsbare ouderen thuis te begeleiden";
    const Article a = header_text_page({nl, "Nieuwsbericht | 28-11-2026 | 14:05"});
    CHECK_FALSE(a.byline.has_value());
    CHECK(day_of(a) == "2026-11-28");  // context: held before the rule too
    const Article b = header_text_page({nl, "Persbericht | 28-11-2026 | 14:05"});
    CHECK_FALSE(b.byline.has_value());
    // Trap: an agency's name there is the byline.
    const Article c = header_text_page({nl, "ANP | 28-11-2026 | 14:05"});
    CHECK(c.byline == opt(std::string("ANP")));
}

TEST_CASE("round 16 text: a date row in a language the month tables lack is no headline (T1)", "[text-round-16]") {
    // Icelandic: the month name no table lists; the glued share row under it is no headline either.
    const std::string is = "Stjórnvöld kynna nýjar aðgerðir vegna verðbólgu";
    const Article a = header_text_page({is, "27. nóvember 2026 kl. 09:41", "FacebookTwitterEmailVista"});
    CHECK(a.title == opt(is));  // context: the headline over a subheading-sized line held before too
    CHECK_FALSE(has(a.body(), "nóvember"));
    // Trap: a headline holding a year and a time has words around them; it stays the headline.
    const std::string trap = "Apple sets its 2026 keynote for 10:00 in Cupertino";
    const Article b = header_text_page({trap, "Sep 19, 2025"});
    CHECK(b.title == opt(trap));
}
