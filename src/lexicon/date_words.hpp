// Words of date expressions: month names, time-zone abbreviations, the
// connectors between a date and its time, and the day/month order of
// languages. Entries are folded (util::fold: lower case). Used by
// extract/dates.cpp; each table says where its entries came from.
#pragma once

#include <span>
#include <string_view>

namespace newsclean::lexicon {

struct MonthName {
    std::string_view word;  // folded, without a trailing "."
    int month;              // 1..12; a Solar Hijri month m is kSolarHijriMonthBase + m
};
// Month names and abbreviations in en, de, fr, es, it, pt, nl, pl, ru, uk, tr, ar, cs, sk, hu, fi, el, th, ro, bg
// (nominative and genitive forms where they differ), and the Persian (Solar Hijri) months. Those are numbered
// past 12 so that a caller asking "is this a month word" needs no second table, while a Gregorian date read
// with one is invalid (extract/dates.cpp converts them in one place).
constexpr int kSolarHijriMonthBase = 12;
extern const std::span<const MonthName> kMonthNames;

struct MonthPair {
    std::string_view first, second;  // folded words, in text order
    int month;                       // 1..12
};
// Month names written as two words (Levantine Arabic "تشرين الأول").
extern const std::span<const MonthPair> kMonthPairs;

struct ZoneName {
    std::string_view word;  // folded
    int offset_minutes;     // east of UTC
};
// Time-zone abbreviations seen after times on news pages ("4:20 am UTC", "9:05 AM EDT", "04:20 MESZ").
extern const std::span<const ZoneName> kZoneNames;
// The US zones named without standard or daylight time ("3:15 p.m. ET": AP, USA Today, CNBC), with their
// standard offset; daylight time adds an hour.
extern const std::span<const ZoneName> kUsGenericZones;

// Words that may stand between a date and its time ("Sep 19, 2025 at 4:20", "19. September 2025 um 04:20").
extern const std::span<const std::string_view> kDateTimeConnectors;

// Words that label a date rather than name anyone ("Date Sep 19, 2025 10:00",
// "Today 19.09.2025 14:00"), and the first words of two-word date labels ("First
// Published: …", study-i round 6 B12): never the name of a one-line "Name date" row
// (extract/byline.hpp name_before_date, study-g round 4 B5).
extern const std::span<const std::string_view> kDateRowLabels;

// Words after a time that carry no information ("04:20 Uhr", "04h20").
extern const std::span<const std::string_view> kTimeSuffixes;

// The marks after the numbers of a CJK clock time: hour ("時", "时", "点", "시"), minute ("分", "분"), second.
extern const std::span<const std::string_view> kCjkHourMarks;
extern const std::span<const std::string_view> kCjkMinuteMarks;
extern const std::span<const std::string_view> kCjkSecondMarks;

// Symbols that may end a dateline and open its next field ("19.09.25 06:20 Uhr | Quelle: dpa-AFX").
extern const std::span<const std::string_view> kDatelineSeparators;

// Language subtags (BCP 47, lower case) whose numeric dates put the month first
// ("09/19/2025"): US English and a few regions; every other language reads day first.
extern const std::span<const std::string_view> kMonthFirstLocales;

// The month matching a folded word (a trailing "." already stripped), or 0.
int month_from_word(std::string_view folded_word);

// For the few month names that languages read as different months (hr "listopada" = October, pl/cs = November):
// the month the folded word names on a page in `lang` (BCP 47, may be empty). 0 for every other word.
int month_in_lang(std::string_view lang, std::string_view folded_word);

// Whether a folded word (its final "." stripped) names an era written before the year ("พ.ศ"): study-j round 7 B10.
bool is_era_word(std::string_view folded_word);

// The month named by two consecutive folded words ("كانون", "الثاني"), or 0.
int month_from_words(std::string_view first, std::string_view second);

}  // namespace newsclean::lexicon
