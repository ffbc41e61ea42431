// Metadata rules of the twentieth round (study-v, round 19's unseen shells): id/ms/uk/bg/th published and updated
// labels (B1) that also end a byline and never are one (T2), the id source label "Sumber:" (H1), a name row whose
// date opens with such a label (T1), and a parenthesised handle before a co-author (B3). Each positive case has its
// trap.
#include <catch2/catch.hpp>

#include <string>

#include "metadata_test_support.hpp"
#include "repost_test_support.hpp"

namespace {

using newsclean::Article;
using newsclean::metatest::by;
using newsclean::metatest::byline;
using newsclean::metatest::clean;
using newsclean::metatest::iso;
using newsclean::metatest::or_none;
using newsclean::metatest::source;
using newsclean::test::has;
using newsclean::test::header_text_page;

const std::string kIdP1 =
    "Pemerintah Provinsi DKI Jakarta akan memperluas layanan bus listrik Transjakarta ke 12 rute baru mulai Januari "
    "mendatang, kata pejabat setempat kepada wartawan di Balai Kota pada Jumat siang.";
const std::string kIdP2 =
    "Kepala Dinas Perhubungan DKI Jakarta menyebut penambahan armada ini merupakan bagian dari target elektrifikasi "
    "separuh armada bus pada 2027 mendatang, sementara tarif layanan tidak berubah.";

// A kumparan-like page: the headline, `row` (the date row), the story, then `tail` (a closing line).
Article id_page(const std::string& row, const std::string& tail = "") {
    return clean("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Transjakarta Tambah 12 Rute"
                 "</title></head><body><article><h1>Transjakarta Tambah 12 Rute</h1><div class=\"Datetime\">" + row +
                     "</div><div class=\"content\"><p>" + kIdP1 + "</p><p>" + kIdP2 + "</p>" + tail +
                     "</div></article></body></html>",
                 "test.html");
}

}  // namespace

TEST_CASE("round 20 B1: id/ms updated stamps before the published one are date_modified", "[metadata][date][round-20]") {
    const Article id = id_page("<span>Diperbarui 27 November 2026 18:20 WIB</span> <span>Diterbitkan 26 November 2026 09:10 WIB</span>");
    CHECK(or_none(id.date) == "2026-11-26T09:10:00");
    CHECK(or_none(id.date_modified) == "2026-11-27T18:20:00");
    const Article ms = id_page("<span>Dikemas kini 27/11/2026 18:20</span> <span>Diterbitkan 26/11/2026 09:10</span>");
    CHECK(or_none(ms.date) == "2026-11-26T09:10:00");
    // Trap: one published stamp alone stays the date, and an update stamp alone is never `date`.
    CHECK(or_none(id_page("<span>Diterbitkan 26 November 2026 09:10 WIB</span>").date) == "2026-11-26T09:10:00");
    CHECK(or_none(id_page("<span>Diperbarui 27 November 2026 18:20 WIB</span>").date) != "2026-11-27T18:20:00");
}

TEST_CASE("a capitalised Cyrillic or Greek update label before the published one", "[metadata][date][round-20]") {
    // The row's labels open with a capital no ASCII case-folding lowers ("Оновлено", "Опубліковано").
    const Article uk = id_page("<span>Оновлено: 29.11.2026 16:40</span> <span>Опубліковано: 27.11.2026 14:05</span>");
    CHECK(or_none(uk.date) == "2026-11-27T14:05:00");
    CHECK(or_none(uk.date_modified) == "2026-11-29T16:40:00");
    const Article bg = id_page("<span>Обновено: 29.11.2026 16:40</span> <span>Публикувано: 27.11.2026 14:05</span>");
    CHECK(or_none(bg.date) == "2026-11-27T14:05:00");
    // Trap: the same row in lower case read as before, and one published stamp alone is the date.
    CHECK(or_none(id_page("<span>оновлено: 29.11.2026 16:40</span> <span>опубліковано: 27.11.2026 14:05</span>").date) ==
          "2026-11-27T14:05:00");
    CHECK(or_none(id_page("<span>Опубліковано: 27.11.2026 14:05</span>").date) == "2026-11-27T14:05:00");
}

TEST_CASE("round 20 T2: a published/updated label is no byline and ends one", "[metadata][byline][round-20]") {
    const Article a = header_text_page({"Transjakarta Tambah 12 Rute Bus Listrik Mulai Januari",
                                        "Diterbitkan 26 November 2026 09:10 WIB"});
    CHECK(or_none(a.byline) == "none");
    CHECK(or_none(a.source) == "none");
    CHECK(a.date.value_or("").substr(0, 10) == "2026-11-26");
    CHECK(byline("Rizky Ramadhan Diterbitkan 26 November 2026 09:10 WIB") == "Rizky Ramadhan");
    CHECK(byline("Олена Коваль Опубліковано 28 листопада 2026, 14:05") == "Олена Коваль");
    // Trap: a name alone stays whole.
    CHECK(byline("Rizky Ramadhan") == "Rizky Ramadhan");
}

TEST_CASE("round 20 T1: a name row whose date opens with a published label gives the name", "[metadata][byline][round-20]") {
    const Article a = header_text_page({"Інфляція в Україні сповільнилася до 9,1%",
                                        "Олена Коваль Опубліковано 28 листопада 2026, 14:05 Оновлено 28 листопада 2026, 16:40"});
    CHECK(by(a) == "Олена Коваль");
    CHECK(a.date.value_or("").substr(0, 10) == "2026-11-28");
    // Trap: a headline-like row of capitalised words before a bare label and no date is no byline.
    const Article b = header_text_page({"Інфляція в Україні сповільнилася до 9,1%", "Головні Новини Опубліковано"});
    CHECK(by(b) == "none");
}

TEST_CASE("round 20 H1: 'Sumber:' closing wire copy is a source line", "[metadata][source][round-20]") {
    CHECK(source("Sumber: ANTARA") == "ANTARA");
    const Article a = id_page("<span>Diterbitkan 26 November 2026 09:10 WIB</span>", "<p class=\"source\">Sumber: ANTARA</p>");
    CHECK(or_none(a.source) == "ANTARA");
    CHECK(!has(a.body(), "Sumber"));
    // Trap: "sumber" in prose ("sumber daya": resources) is no label.
    CHECK(source("Sumber daya alam Indonesia melimpah di banyak provinsi.") == "none");
}

TEST_CASE("round 20 B3: a parenthesised handle before a co-author keeps the co-author", "[metadata][byline][round-20]") {
    CHECK(byline("By Stephan Ango (@kepano) and Licat") == "Stephan Ango, Licat");
    CHECK(byline("By Jane Doe (@jdoe), John Roe (@jroe)") == "Jane Doe, John Roe");
    // Traps: a handle, an agency or an e-mail ending the run still ends or cleans it.
    CHECK(byline("By Jane Doe (@jdoe)") == "Jane Doe");
    CHECK(byline("By Jane Doe (Reuters)") == "Jane Doe");
    CHECK(byline("By Jane Doe jane@example.com") == "Jane Doe");
    CHECK(byline("By Jane Doe (@jdoe) and more") == "Jane Doe");
}

TEST_CASE("round 20: Thai Buddhist-era dates read as Gregorian", "[metadata][date][round-20]") {
    CHECK(iso("28 พ.ย. 2569 - 14:05 น.") == "2026-11-28T14:05:00");
    CHECK(iso("27 พฤศจิกายน 2569 เวลา 09:30 น.") == "2026-11-27T09:30:00");  // "เวลา" ("time") before the time
    // Trap: a Gregorian year with a Thai month is not shifted.
    CHECK(iso("28 พ.ย. 2026") == "2026-11-28");
}
