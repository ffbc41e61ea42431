// Date forms of the fifth round of unseen page shells (study-h): the German
// two-digit-year dateline of finance portals (B6, dpa shell) and the time
// connectors of Romance and German datelines (B12, redaccion shell). Each
// positive case has its trap next to it: versions, scores and prices in prose
// keep their old reading.
#include <catch2/catch.hpp>

#include "metadata_test_support.hpp"

#include <string>
#include <variant>

#include "extract/dates.hpp"
#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using newsclean::metatest::iso;

using newsclean::test::kStudyLast;
using newsclean::test::kStudyTitle;

using newsclean::extract::parse_date;

const std::string kPara1 =
    "Life-threatening peanut allergies have mysteriously been on the rise in the past decade, with little hope "
    "for a cure, researchers said on Thursday.";
const std::string kPara2 =
    "But a groundbreaking new study may offer a way to stem that rise, while another may offer some hope for "
    "those who are already allergic to peanuts.";

}  // namespace

TEST_CASE("round 5: a two-digit-year dateline with a time and a source", "[dates][round-5]") {
    // finanzen.net / onvista / ariva / dpa-AFX (study-h dpa shell).
    CHECK(iso("19.09.25 06:20 Uhr") == "2025-09-19T06:20:00");
    CHECK(iso("19.09.25 06:20 Uhr | Quelle: dpa-AFX") == "2025-09-19T06:20:00");
    CHECK(iso("19.09.25 06:20") == "2025-09-19T06:20:00");
    CHECK(iso("19.09.25, 06:20 Uhr") == "2025-09-19T06:20:00");
    CHECK(iso("19.09.25 | Quelle: dpa-AFX") == "2025-09-19");
    CHECK(iso("19.09.25 · Redaktion") == "2025-09-19");
    CHECK(iso("19.09.25 - Quelle: Reuters") == "2025-09-19");
    CHECK(iso("19.09.25 06:20 Uhr – dpa-AFX") == "2025-09-19T06:20:00");
    CHECK(iso("  19.09.25 06:20:15 Uhr  ") == "2025-09-19T06:20:15");
    // The whole-text form keeps its one-digit parts (trafilatura couchstyle).
    CHECK(iso("6.11.22") == "2022-11-06");
}

TEST_CASE("round 5: a two-digit year in prose, versions, scores and prices stay no date", "[dates][round-5]") {
    CHECK(iso("Version 19.09.25 fixes the login bug") == "none");
    CHECK(iso("The team won 3.1.25 at home") == "none");
    CHECK(iso("Update to 1.2.10 now") == "none");
    CHECK(iso("1.2.10 - bug fixes") == "none");            // one-digit parts: a version, even as a line
    CHECK(iso("19.09.25 fixes the login bug") == "none");  // words after the date: prose
    CHECK(iso("19.09.25 06:20 Uhr begann der Handel") == "none");
    CHECK(iso("19.09.25.1 | stable") == "none");  // a four-part version
    CHECK(iso("19.09.25-beta") == "none");        // an unspaced dash tags a build
    CHECK(iso("Preis: 19.99 EUR") == "none");
    CHECK(iso("12.50 | 13.75 | 14.20") == "none");
    CHECK(iso("06:20 Uhr") == "none");  // a time without a date
    CHECK(iso("um 10:05 Uhr") == "none");
    CHECK(iso("19.09.25 25:20 Uhr") == "none");  // no valid time, and words follow
}

TEST_CASE("round 5: four-digit-year numeric forms are unchanged", "[dates][round-5]") {
    CHECK(iso("19.09.2025 06:20 Uhr | Quelle: dpa-AFX") == "2025-09-19T06:20:00");
    CHECK(iso("Datum: 20.09.2025 | Autor: Jana Schmidt") == "2025-09-20");
    CHECK(iso("Dieser Artikel erschien zuerst am 18.09.2025 bei heise online.") == "2025-09-18");
    CHECK(iso("19/09/2025 08h20 · Atualizado há 3 horas", "pt") == "2025-09-19T08:20:00");
    CHECK(iso("Version 1.2.10 released on 2025-09-19") == "2025-09-19");
}

TEST_CASE("round 5: a time after a date through a connector", "[dates][round-5]") {
    // es (study-h redaccion shell: "Actualizado el 20 de septiembre de 2025 a las 10:05").
    CHECK(iso("Actualizado el 20 de septiembre de 2025 a las 10:05") == "2025-09-20T10:05:00");
    CHECK(iso("20 de septiembre de 2025 a las 10:05 hs") == "2025-09-20T10:05:00");
    CHECK(iso("20 de septiembre de 2025 a la 1:05") == "2025-09-20T01:05:00");
    CHECK(iso("20 de septiembre de 2025, 10:05 h") == "2025-09-20T10:05:00");
    // pt
    CHECK(iso("20 de setembro de 2025 às 10h05") == "2025-09-20T10:05:00");
    CHECK(iso("20 de setembro de 2025 às 10:05") == "2025-09-20T10:05:00");
    CHECK(iso("20/09/2025 às 10h05", "pt") == "2025-09-20T10:05:00");
    // it
    CHECK(iso("20 settembre 2025 alle 10:05") == "2025-09-20T10:05:00");
    CHECK(iso("20 settembre 2025 alle ore 10:05") == "2025-09-20T10:05:00");
    // fr
    CHECK(iso("20 septembre 2025 à 10h05") == "2025-09-20T10:05:00");
    // de
    CHECK(iso("20. September 2025 um 10:05 Uhr") == "2025-09-20T10:05:00");
    CHECK(iso("20.09.2025 um 10:05 Uhr") == "2025-09-20T10:05:00");
    // The whole line: the first date is read, with its own time.
    CHECK(iso("Actualizado el 20 de septiembre de 2025 a las 10:05 · Publicado el 19 de septiembre de 2025") ==
          "2025-09-20T10:05:00");
}

TEST_CASE("round 5: a connector before a number that is no time adds none", "[dates][round-5]") {
    CHECK(iso("20 de septiembre de 2025 a las 25:05") == "2025-09-20");
    CHECK(iso("20 settembre 2025 alle 3 del pomeriggio") == "2025-09-20");
    CHECK(iso("20 septembre 2025 à 10 heures") == "2025-09-20");
    CHECK(iso("20. September 2025 um 10.000 Euro") == "2025-09-20");
}

TEST_CASE("round 5: a German short-year dateline is read in both paths", "[dates][round-5]") {
    using namespace newsclean;
    // HTML: the dateline sits in a span under the h1 (study-h dpa shell, repro html-de-short-year).
    const std::string html =
        "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>" + kStudyTitle +
        "</title></head><body><article><h1>" + kStudyTitle +
        "</h1><div class=\"news-meta\"><span class=\"date\">19.09.25 06:20 Uhr</span> | <span class=\"src\">"
        "Quelle: dpa-AFX</span></div><div class=\"content\"><p>" + kPara1 + "</p><p>" + kPara2 +
        "</p></div></article></body></html>";
    Result result = clean_bytes(html, "test.html", Options{});
    REQUIRE(std::holds_alternative<Article>(result));
    const Article& page = std::get<Article>(result);
    REQUIRE(page.date);
    CHECK(page.date->substr(0, 10) == "2025-09-19");

    // Text: the dateline line is a meta line, never the headline.
    const Article text = test::text_article({"Home News Markets", "", kStudyTitle, "", "19.09.25 06:20 Uhr | Quelle: dpa-AFX",
                                             "", kPara1, "", kPara2});
    REQUIRE(text.date);
    CHECK(text.date->substr(0, 10) == "2025-09-19");
    CHECK(text.title == kStudyTitle);
    CHECK_FALSE(test::has(text.body(), "19.09.25"));

    // Trap: a short-year version opening a prose paragraph stays body text.
    const std::string line = "19.09.25 fixes the login bug that kept some users from signing in on Thursday.";
    const Article prose = test::text_article({"Home News Markets", "", kStudyTitle, "", kPara1, "", line, "", kPara2});
    CHECK_FALSE(prose.date);
    CHECK(test::has(prose.body(), line));
}

TEST_CASE("round 5 text: an Updated line with a las time is a dateline", "[dates][round-5][text-b12]") {
    using namespace newsclean;
    // study-h redaccion shell: "a las 10:05" took the line past the dateline word bound.
    const std::string line =
        "Actualizado el 20 de septiembre de 2025 a las 10:05 · Publicado el 19 de septiembre de 2025";
    const Article a = test::text_article({"Home News Markets", "", kStudyTitle, "", "Por Redacción", "Fuente: EFE", line, "",
                                          kPara1, "", kPara2});
    REQUIRE(a.date);
    CHECK(a.date->substr(0, 10) == "2025-09-19");
    CHECK_FALSE(test::has(a.body(), "Actualizado"));
    CHECK(test::kind_of("Publicado el 19 de septiembre de 2025 a las 10:05 hs") == extract::text::LineKind::dateline);
    // Trap: a story sentence with a date and a time stays prose.
    CHECK(test::kind_of("Bitcoin fell to its lowest level since March 4, 2025 at 10:05 on Friday") !=
          extract::text::LineKind::dateline);
}
