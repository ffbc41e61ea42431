// A clock time printed before its date ("Updated 3:15 PM EST, November 28, 2026": AP; the Wayback
// Machine's "21:30:01 Feb 28, 2007") is the date's time, as one printed after it is. Only a time that runs
// into the date, a comma at most between them: a time in the words before a date is not its time.
// The US zones named without standard or daylight ("3:15 p.m. ET") take the offset of the date's day.
#include <catch2/catch.hpp>

#include "metadata_test_support.hpp"

#include <string>

#include "extract/dates.hpp"

namespace {

using newsclean::metatest::iso;

}  // namespace

TEST_CASE("a time right before the date is the date's time", "[dates][time-before-date]") {
    CHECK(iso("Updated 3:15 PM EST, November 28, 2026") == "2026-11-28T15:15:00-05:00");
    CHECK(iso("Published 10:05 a.m. UTC Nov 28, 2026") == "2026-11-28T10:05:00Z");
    CHECK(iso("You are here: 21:30:01 Feb 28, 2007") == "2007-02-28T21:30:01");
    CHECK(iso("14:05 28.11.2026", "de") == "2026-11-28T14:05:00");
    // A time after the date still wins: it is read first.
    CHECK(iso("09:00, November 28, 2026, 3:15 PM EST") == "2026-11-28T15:15:00-05:00");
}

TEST_CASE("a time apart from the date is not its time", "[dates][time-before-date]") {
    CHECK(iso("Posted at 10:05 on May 3, 2026") == "2026-05-03");
    CHECK(iso("Doors open 19:30 | November 28, 2026") == "2026-11-28");
    CHECK(iso("The 3:15 train left; November 28, 2026") == "2026-11-28");
    // An hour past 12 with a meridiem is no clock.
    CHECK(iso("13:15 PM November 28, 2026") == "2026-11-28");
}

TEST_CASE("ET, CT, MT and PT after a US-style time take the date's standard or daylight offset", "[dates][time-before-date]") {
    CHECK(iso("Published 3:15 p.m. ET Nov. 28, 2026") == "2026-11-28T15:15:00-05:00");
    CHECK(iso("July 4, 2026, 9:00 AM PT") == "2026-07-04T09:00:00-07:00");
    // 2026: daylight time from Sunday March 8 to Sunday November 1.
    CHECK(iso("March 7, 2026 1:00 PM ET") == "2026-03-07T13:00:00-05:00");
    CHECK(iso("March 8, 2026 1:00 PM ET") == "2026-03-08T13:00:00-04:00");
    CHECK(iso("October 31, 2026 1:00 PM CT") == "2026-10-31T13:00:00-05:00");
    CHECK(iso("November 1, 2026 1:00 PM MT") == "2026-11-01T13:00:00-07:00");
    // Trap: "et" after a French time without a meridiem is "and".
    CHECK(iso("le 28/11/2026 à 14h05 et mis à jour à 16h40", "fr") == "2026-11-28T14:05:00");
}
