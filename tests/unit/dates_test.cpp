#include <catch2/catch.hpp>

#include "metadata_test_support.hpp"

#include "extract/dates.hpp"
#include "lexicon/date_words.hpp"

using newsclean::extract::date_from_url;
using newsclean::extract::parse_date;

namespace {

using newsclean::metatest::iso;
}  // namespace

TEST_CASE("date lexicon tables are not empty", "[dates]") {
    CHECK(!newsclean::lexicon::kMonthNames.empty());
    CHECK(!newsclean::lexicon::kZoneNames.empty());
    CHECK(!newsclean::lexicon::kDateTimeConnectors.empty());
    CHECK(!newsclean::lexicon::kMonthFirstLocales.empty());
}

TEST_CASE("ISO 8601 keeps time and offset", "[dates]") {
    CHECK(iso("2025-09-19") == "2025-09-19");
    CHECK(iso("2025-09-19T04:20:00+08:00") == "2025-09-19T04:20:00+08:00");
    CHECK(iso("2025-09-19T04:20:00.000Z") == "2025-09-19T04:20:00Z");
    CHECK(iso("2025-09-19T04:20:00-0500") == "2025-09-19T04:20:00-05:00");
    CHECK(iso("2025-09-19 04:20") == "2025-09-19T04:20:00");
}

TEST_CASE("RFC 2822", "[dates]") {
    CHECK(iso("Fri, 19 Sep 2025 04:20:00 +0000") == "2025-09-19T04:20:00Z");
    CHECK(iso("Fri, 19 Sep 2025 04:20:00 GMT") == "2025-09-19T04:20:00Z");
}

TEST_CASE("numeric dates with slashes and dots", "[dates]") {
    CHECK(iso("2025/09/19 04:20") == "2025-09-19T04:20:00");
    CHECK(iso("19.09.2025") == "2025-09-19");
    CHECK(iso("Original: 19.09.2025 04:20") == "2025-09-19T04:20:00");
    CHECK(iso("2025.09.19") == "2025-09-19");
}

TEST_CASE("day/month order of numeric dates follows the page language", "[dates]") {
    CHECK(iso("03/04/2025", "en-US") == "2025-03-04");
    CHECK(iso("03/04/2025", "en-GB") == "2025-04-03");
    CHECK(iso("03/04/2025", "fr") == "2025-04-03");
    CHECK(iso("09/19/2025", "fr") == "2025-09-19");  // 19 cannot be a month
    CHECK(iso("19/09/2025", "en") == "2025-09-19");
    CHECK(iso("03.04.2025", "en-US") == "2025-04-03");  // dots are always day first
}

TEST_CASE("English month names with times and zones", "[dates]") {
    CHECK(iso("Sep 19, 2025 at 4:20 am UTC") == "2025-09-19T04:20:00Z");
    CHECK(iso("Friday, September 19, 2025") == "2025-09-19");
    CHECK(iso("Fri, Sep 19, 2025, 4:20 PM") == "2025-09-19T16:20:00");
    CHECK(iso("Fri, September 19, 2025 at 2:34 PM GMT+8") == "2025-09-19T14:34:00+08:00");
    CHECK(iso("19 September 2025, 04:20") == "2025-09-19T04:20:00");
    CHECK(iso("Sept. 19th, 2025") == "2025-09-19");
    CHECK(iso("12:30 p.m. Jan. 5 2024") == "2024-01-05T12:30:00");  // the time before the date is its time
    CHECK(iso("Updated 12:00 a.m. ET, Jan 1, 2024") == "2024-01-01T00:00:00-05:00");
}

TEST_CASE("month names in de fr es it pt nl pl ru", "[dates]") {
    CHECK(iso("19. September 2025 um 04:20 Uhr") == "2025-09-19T04:20:00");
    CHECK(iso("3. März 2024") == "2024-03-03");
    CHECK(iso("le 1er août 2024 à 10h30") == "2024-08-01T10:30:00");
    CHECK(iso("19 de septiembre de 2025") == "2025-09-19");
    CHECK(iso("19 settembre 2025") == "2025-09-19");
    CHECK(iso("19 de setembro de 2025") == "2025-09-19");
    CHECK(iso("19 maart 2025") == "2025-03-19");
    CHECK(iso("19 września 2025") == "2025-09-19");
    CHECK(iso("19 сентября 2025 г.") == "2025-09-19");
    CHECK(iso("19 Сентября 2025") == "2025-09-19");
}

TEST_CASE("CJK dates", "[dates]") {
    CHECK(iso("2025年9月19日") == "2025-09-19");
    CHECK(iso("发布时间：2025年9月19日 04:20") == "2025-09-19T04:20:00");
    CHECK(iso("2025년 9월 19일") == "2025-09-19");
}

TEST_CASE("not dates", "[dates]") {
    CHECK(iso("") == "none");
    CHECK(iso("3 min read") == "none");
    CHECK(iso("BTC $115,373.16 -1.91%") == "none");
    CHECK(iso("31.02.2025") == "none");
    CHECK(iso("version 1.2.3.2025") == "none");
    CHECK(iso("1.2.2025") == "2025-02-01");
    CHECK(iso("You may 19 things") == "none");
}

TEST_CASE("the first date wins", "[dates]") {
    CHECK(iso("Original: 19.09.2025 04:20 Veröffentlicht am 21.09.2025") == "2025-09-19T04:20:00");
}

TEST_CASE("dates in URL paths", "[dates]") {
    auto iso_url = [](std::string_view u) {
        const auto d = date_from_url(u);
        return d ? d->iso() : std::string("none");
    };
    CHECK(iso_url("https://example.com/2025/09/19/story-slug/") == "2025-09-19");
    CHECK(iso_url("https://example.com/news/2025-09-19-story") == "2025-09-19");
    CHECK(iso_url("https://example.com/a/20250919/story.html") == "2025-09-19");
    CHECK(iso_url("https://example.com/news/detail/318204") == "none");
    CHECK(iso_url("https://example.com/2025/09/story") == "none");
    CHECK(iso_url("https://2025.example.com/") == "none");
}

TEST_CASE("day numbers", "[dates]") {
    using newsclean::extract::day_number;
    CHECK(day_number(1970, 1, 1) == 0);
    CHECK(day_number(2024, 3, 1) - day_number(2024, 2, 28) == 2);  // leap year
    CHECK(day_number(2025, 1, 1) - day_number(2024, 12, 31) == 1);
}

TEST_CASE("a two-digit year only when the dotted date is the whole text", "[dates]") {
    // trafilatura couchstyle: <div class="uploaded-date"> 23.09.22 </div>.
    CHECK(iso("23.09.22") == "2022-09-23");
    CHECK(iso("6.11.22") == "2022-11-06");
    CHECK(iso("15.03.98") == "1998-03-15");
    CHECK(iso("Version 1.2.10 released") == "none");
    CHECK(iso("23/09/22") == "none");
    CHECK(iso("23.09.22 und mehr") == "none");
}

// Text without a four-digit year is read only a few tokens far (issue #3):
// a line of prices has no date, a year after many figures is still found.
TEST_CASE("only the short dotted form has no four-digit year", "[dates]") {
    CHECK(iso("BTC $115,373.16 -1.91% ETH $4,120.55 +0.42% SOL $231.10 +2.5%") == "none");
    CHECK(iso("19 Sep 25") == "none");
    CHECK(iso("BTC $115,373.16 -1.91% ETH $4,120.55 +0.42% updated 19 Sep 2025") == "2025-09-19");
    CHECK(iso(" 23.09.22 ") == "2022-09-23");
}

// iso() writes the usual field ranges directly (issue #3: snprintf was a
// tenth of the metadata time); the result must match the printf form.
TEST_CASE("ParsedDate::iso pads every field and writes the offset", "[dates]") {
    newsclean::extract::ParsedDate d;
    d.year = 987, d.month = 3, d.day = 7;
    CHECK(d.iso() == "0987-03-07");
    d.has_time = true, d.hour = 4, d.minute = 5, d.second = 9;
    CHECK(d.iso() == "0987-03-07T04:05:09");
    d.has_offset = true;
    CHECK(d.iso() == "0987-03-07T04:05:09Z");
    d.offset_minutes = -330;
    CHECK(d.iso() == "0987-03-07T04:05:09-05:30");
    d.offset_minutes = 60;
    CHECK(d.iso() == "0987-03-07T04:05:09+01:00");
    d.year = 12345;  // out of the usual range: the printf form
    CHECK(d.iso() == "12345-03-07T04:05:09+01:00");
}

TEST_CASE("words in capitals and non-ASCII words are folded before matching", "[dates]") {
    // Lower-case ASCII words are read in place, others rewritten (lower-cased
    // or folded) into the tokenizer's buffer: both must match alike, however
    // many words the text has before the date.
    CHECK(iso("SEPTEMBER 19, 2025 AT 4:20 PM UTC") == "2025-09-19T16:20:00Z");
    CHECK(iso("Veröffentlicht am 3. MÄRZ 2024 um 10:15 Uhr") == "2024-03-03T10:15:00");
    CHECK(iso("Aktualisiert Über Élysée Ärger Ökonomie Übersicht: 19. Dezember 2023") == "2023-12-19");
    CHECK(iso("2025-09-19T04:20:00Z") == iso("2025-09-19t04:20:00z"));
    CHECK(iso("le 1er AOÛT 2022") == "2022-08-01");
}

TEST_CASE("parse_date tells when the language decided the day/month order", "[dates]") {
    bool used = true;
    CHECK(parse_date("2025-09-19T04:20:00Z", "fr", used));
    CHECK_FALSE(used);
    CHECK(parse_date("19.09.2025", "en-US", used));  // dots: always day first
    CHECK_FALSE(used);
    CHECK(parse_date("09/25/2025", "fr", used));  // 25 is no month: unambiguous
    CHECK_FALSE(used);
    CHECK(parse_date("10/05/2022 05:22 pm", "es", used)->month == 5);
    CHECK(used);
    CHECK(parse_date("10/05/2022 05:22 pm", "en-US", used)->month == 10);
    CHECK(used);
}

// may_hold_date is the gate parse_date's two-argument form opens with: it may
// say "maybe" of text without a date, never "no" of text with one.
TEST_CASE("may_hold_date: only text without any digit is told dateless", "[dates]") {
    using newsclean::extract::may_hold_date;
    CHECK_FALSE(may_hold_date(""));
    CHECK_FALSE(may_hold_date("abc"));
    CHECK_FALSE(may_hold_date("Friday, September the nineteenth"));
    CHECK(may_hold_date("Sep 19, 2025"));
    CHECK(may_hold_date("9"));
    // Arabic-Indic and Persian digits (lead bytes D9, DB) count: the gate must
    // not drop the dates parse_date reads in them.
    CHECK(may_hold_date("\xD9\xA1\xD9\xA9"));  // ١٩
    CHECK(may_hold_date("\xDB\xB1\xDB\xB9"));  // ۱۹
    CHECK(iso("\xD9\xA1\xD9\xA9/\xD9\xA0\xD9\xA9/\xD9\xA2\xD9\xA0\xD9\xA2\xD9\xA5", "ar") == "2025-09-19");
    CHECK(iso("\xDB\xB2\xDB\xB0\xDB\xB2\xDB\xB5-\xDB\xB0\xDB\xB9-\xDB\xB1\xDB\xB9") == "2025-09-19");
}
