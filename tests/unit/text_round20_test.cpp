// Text scrapes of the nineteenth round of unseen page shells (study-v: khaosod, suspilne, kumparan, obsidian,
// rijks): scripts without word spaces, header rows an innerText scrape glued together, and tail rows. Every page
// is handwritten here, with a trap next to each rule.
#include <catch2/catch.hpp>

#include <string>

#include "extract/text_lines.hpp"
#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;

// A Thai story (invented): a headline, four paragraphs without a sentence mark.
const std::string kThTitle = "เงินบาทเปิดเช้านี้แข็งค่าที่ 34.25 บาทต่อดอลลาร์";
const std::string kThP1 =
    "ธนาคารแห่งประเทศไทยเปิดเผยว่า ค่าเงินบาทเช้าวันนี้เปิดตลาดที่ระดับ 34.25 บาทต่อดอลลาร์สหรัฐ "
    "แข็งค่าขึ้นจากช่วงปิดตลาดวันก่อนหน้า";
const std::string kThP2 = "นักวิเคราะห์ระบุว่า ปัจจัยหลักมาจากแรงซื้อสินทรัพย์ไทยของนักลงทุนต่างชาติ และการอ่อนค่าของเงินดอลลาร์ในตลาดโลก";
const std::string kThP3 = "ตลาดยังคงจับตาการประชุมคณะกรรมการนโยบายการเงินในเดือนธันวาคม ซึ่งอาจมีการปรับลดอัตราดอกเบี้ยนโยบาย";

Article th_page(std::vector<std::string> top) {
    std::vector<std::string> lines = std::move(top);
    for (const std::string& t : {std::string(), kThP1, std::string(), kThP2, std::string(), kThP3}) lines.push_back(t);
    return text_article(std::move(lines));
}

// A Ukrainian story under a headline and one header row.
const std::string kUkTitle = "Інфляція в Україні сповільнилася до 9,1% у листопаді";
const std::string kUkP1 =
    "Споживча інфляція в Україні в листопаді сповільнилася до 9,1% у річному вимірі, повідомила Державна служба "
    "статистики.";
const std::string kUkP2 =
    "У Національному банку очікують, що до кінця року інфляція продовжить поступово сповільнюватися, а наступне "
    "засідання відбудеться 11 грудня.";

Article uk_page(const std::string& row) { return text_article({kUkTitle, "", row, "", kUkP1, "", kUkP2}); }

}  // namespace

TEST_CASE("round 20 text: a Thai scrape is an article, its lines measured per character (X1)", "[text-round-20]") {
    // A Thai paragraph has no word spaces and no sentence mark: it is prose by its length.
    CHECK(kind_of(kThP2) == extract::text::LineKind::prose);
    const Article a = th_page({"หน้าแรก", "ข่าวเด่น", "เศรษฐกิจ", "", kThTitle, "", "28 พ.ย. 2569 - 14:05 น."});
    CHECK(a.title == opt(kThTitle));
    CHECK(has(a.body(), "นักวิเคราะห์ระบุว่า"));
    CHECK(has(a.body(), "ตลาดยังคงจับตา"));
    // The date row ending in the clock's "น." is the header's date, no story text.
    CHECK(day_of(a) == "2026-11-28");
    CHECK_FALSE(has(a.body(), "14:05"));
    // A Thai consent banner is no paragraph opening the story.
    const Article b = th_page({"เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์", "", kThTitle});
    CHECK_FALSE(has(b.body(), "คุกกี้"));
    CHECK(b.title == opt(kThTitle));
    // Traps: a Latin menu line and a short Thai menu line stay short lines.
    CHECK(kind_of("Home News Politics Business Sport Culture Tech Opinion") == extract::text::LineKind::short_text);
    CHECK(kind_of("หน้าแรก ข่าวเด่น การเมือง เศรษฐกิจ") == extract::text::LineKind::short_text);
    CHECK(extract::text::count_words("Home News Politics") == 3);
}

TEST_CASE("round 20 text: a labelled Thai byline row ending in the clock mark (X1)", "[text-round-20]") {
    const Article a = th_page({kThTitle, "", "ผู้เขียน: สมชาย ใจดี 27 พฤศจิกายน 2569 เวลา 09:30 น."});
    CHECK(a.byline == opt("สมชาย ใจดี"));
    CHECK(day_of(a) == "2026-11-27");
    CHECK_FALSE(has(a.body(), "ผู้เขียน"));
    // The label alone with the name: the byline, no date.
    const Article b = th_page({kThTitle, "", "ผู้เขียน: สมชาย ใจดี"});
    CHECK(b.byline == opt("สมชาย ใจดี"));
    CHECK_FALSE(b.date.has_value());
}

TEST_CASE("round 20 text: a header row glued by the scrape, any cased script (T1)", "[text-round-20]") {
    // A name glued to a date label no table lists: the label is no part of the name.
    const Article a = uk_page("Олена КовальОпубліковано 28 листопада 2026, 14:05");
    CHECK(a.byline == opt("Олена Коваль"));
    CHECK(day_of(a) == "2026-11-28");
    // Co-authors glued to the date's digits.
    const Article b = uk_page("Андрій Мельник, Ірина Бондар27.11.2026 09:30");
    CHECK(b.byline == opt("Андрій Мельник, Ірина Бондар"));
    CHECK(day_of(b) == "2026-11-27");
    // A wire's acronym glued to the update label: the wire is the byline, the stamp the modified date.
    const Article c = text_article({kStudyTitle, "", "PTILast Updated: Nov 28, 2026, 01:15:00 AM IST", "", kParagraph, "",
                                    kStudyLast});
    CHECK(c.byline == opt("PTI"));
    CHECK(c.date_modified.value_or("").substr(0, 10) == "2026-11-28");
    // Two stamps glued after a time zone's capitals: the published one is the date.
    const Article d = text_article({kStudyTitle, "", "Updated 27 November 2026 18:20 WIBPublished 26 November 2026 09:10 WIB",
                                    "", kParagraph, "", kStudyLast});
    CHECK(day_of(d) == "2026-11-26");
    CHECK(d.date_modified.value_or("").substr(0, 10) == "2026-11-27");
    // Chips glued to the date above the headline: the date, no byline.
    const Article e = text_article({"DesktopPublicNovember 20, 2026", "", "Obsidian 1.12.3 Desktop", "", kParagraph, "",
                                    kStudyLast});
    CHECK(day_of(e) == "2026-11-20");
    CHECK_FALSE(e.byline.has_value());
}

TEST_CASE("round 20 text: a name's own capitals are no glue (T1 traps)", "[text-round-20]") {
    // "MacArthur", "McDonald": the inner capital follows one or two lower-case letters, no label opens there.
    const Article a = study_text_page({"Douglas MacArthur 28.11.2026"});
    CHECK_FALSE(a.byline == opt("Douglas Mac"));
    CHECK(day_of(a) == "2026-11-28");
    const Article b = study_text_page({"Ronald McDonald · November 28, 2026"});
    CHECK(b.byline == opt("Ronald McDonald"));
}

TEST_CASE("round 20 text: the reaction prompt and a glued tag pair end the story (X2)", "[text-round-20]") {
    const Article a = study_text_page({"November 28, 2026"}, {"Bank IndonesiaSuku Bunga BI", "Berikan reaksimu", "",
                                                              "Trending Now", "", "Jadwal Libur Nataru 2026 Diumumkan"});
    CHECK_FALSE(has(a.body(), "Suku Bunga"));
    CHECK_FALSE(has(a.body(), "reaksimu"));
    CHECK(has(a.body(), kStudyLast));
    const Article b = study_text_page({"November 28, 2026"}, {"What's your reaction?", "", "Related stories"});
    CHECK_FALSE(has(b.body(), "reaction"));
    // Trap: a short closing line with a brand's inner capital, over no widget, stays.
    const Article c = study_text_page({"November 28, 2026"}, {"Additional reporting by the LinkedIn news team", "",
                                                              "Related stories", "", "Jadwal Libur Nataru 2026 Diumumkan"});
    CHECK(has(c.body(), "LinkedIn news team"));
    // Trap: a sentence with the words stays prose.
    CHECK(kind_of("Berikan reaksimu kepada pemerintah, kata dia, karena kebijakan ini menyangkut jutaan warga Jakarta.") ==
          extract::text::LineKind::prose);
}

TEST_CASE("round 20 text: related headings of nl, id, th and gl end the story (X3)", "[text-round-20]") {
    const Article a = study_text_page(
        {"28 november 2026"},
        {"Ook interessant", "", "De Nachtwacht in 3D", "Operatie Nachtwacht: de laatste fase", "",
         "Schrijf je in voor de nieuwsbrief en blijf op de hoogte.", "", "Inschrijven", "", "Museumstraat 1, 1071 XJ Amsterdam",
         "", "Het Rijksmuseum wordt mede mogelijk gemaakt door de BankGiro Loterij."});
    CHECK_FALSE(has(a.body(), "Nachtwacht"));
    CHECK_FALSE(has(a.body(), "Museumstraat"));
    CHECK(has(a.body(), kStudyLast));
    for (const char* heading : {"Artikel terkait", "ข่าวที่เกี่ยวข้อง", "Tamén che pode interesar"})
        CHECK(kind_of(heading) == extract::text::LineKind::related_opener);
    // Trap: a sentence opening with the words is story text.
    const Article b = study_text_page({"28 november 2026"}, {"Ook interessant is dat het museum het werk al in 1920 wilde kopen, "
                                                             "maar de familie toen weigerde te verkopen."});
    CHECK(has(b.body(), "Ook interessant is dat"));
}

TEST_CASE("round 20 text: a labelled publication date beats an event's run above it (T3)", "[text-round-20]") {
    const std::string nl = "IJskunst: de winter in de Nederlandse kunst";
    const Article a = header_text_page({nl, "13 februari t/m 31 mei 2027 · Philipsvleugel", "Gepubliceerd op 20 november 2026"});
    CHECK(a.title == opt(nl));
    CHECK(day_of(a) == "2026-11-20");
    CHECK_FALSE(has(a.body(), "Gepubliceerd"));
    const Article b = header_text_page({kStudyTitle, "Feb 13 - May 31, 2027 · West Wing", "Published November 20, 2026"});
    CHECK(day_of(b) == "2026-11-20");
    // Trap: with no labelled line the header's dated line is read as before.
    const Article c = header_text_page({kStudyTitle, "November 28, 2026 · West Wing"});
    CHECK(day_of(c) == "2026-11-28");
}

TEST_CASE("round 20 text: the last item of a site menu over the date row is no author row", "[text-round-20]") {
    const std::string para1 =
        "This release brings a faster search index, several fixes for the canvas and a new option for the daily "
        "notes plugin that many of you asked for.";
    const std::string para2 =
        "The search index is now rebuilt in the background, so opening a large vault no longer blocks the editor "
        "for several seconds.";
    const Article a = text_article({"Obsidian", "Pricing", "Sync", "Publish", "Community", "Changelog", "Get Obsidian", "",
                                    "November 20, 2026", "", "Obsidian 1.12.3 Desktop", "", para1, "", para2});
    CHECK(a.byline == std::nullopt);
    CHECK(day_of(a) == "2026-11-20");
    // Traps: a name under the headline over the date, and under three section chips, is the author's row.
    const Article b = text_article({"Obsidian 1.12.3 Desktop", "Jane Holloway", "November 20, 2026", "", para1, "", para2});
    CHECK(b.byline == opt("Jane Holloway"));
    const Article c = text_article({"News", "Apps", "Release Notes", "Jane Holloway", "November 20, 2026", "",
                                    "Obsidian 1.12.3 Desktop ships a faster search index", "", para1, "", para2});
    CHECK(c.byline == opt("Jane Holloway"));
}

TEST_CASE("text: a spaced byline label before a name glued to its date", "[text-round-20]") {
    // "By Jane DoeNovember 28, 2026": the label and its space, then the name's and the date's spans run together.
    const Article a = study_text_page({"By Jane DoeNovember 28, 2026"});
    CHECK(a.byline == opt("Jane Doe"));
    CHECK(day_of(a) == "2026-11-28");
    const Article b = study_text_page({"Von Max Mustermann28.11.2026, 14:05 Uhr"});
    CHECK(b.byline == opt("Max Mustermann"));
    CHECK(day_of(b) == "2026-11-28");
    // Co-authors keep their joiner; an update stamp stays the modified date, never the date.
    const Article c = study_text_page({"By Jane Doe and John RoeUpdated on Nov 28, 2026"});
    CHECK(c.byline == opt("Jane Doe and John Roe"));
    CHECK(c.date_modified.value_or("").substr(0, 10) == "2026-11-28");
    CHECK(day_of(c).empty());
    // Trap: a sentence opening with "By" glued to nothing is no byline row.
    const Article d = study_text_page({"By the end of the week the index had recovered."});
    CHECK_FALSE(d.byline.has_value());
}

TEST_CASE("text: the id/ms byline label 'Oleh' is no part of the name", "[text-round-20]") {
    const Article a = study_text_page({"Oleh Budi Santoso", "28 November 2026 14:05 WIB"});
    CHECK(a.byline == opt("Budi Santoso"));
    const Article b = study_text_page({"Oleh: Budi Santoso · 28 November 2026"});
    CHECK(b.byline == opt("Budi Santoso"));
    // Trap: "Oleh karena itu, …" ("therefore") opens a sentence, no byline.
    const Article c = study_text_page({"28 November 2026", "Oleh karena itu, para pelaku pasar menilai keputusan tersebut wajar."});
    CHECK_FALSE(c.byline.has_value());
}
