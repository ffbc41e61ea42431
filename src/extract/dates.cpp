// Date expressions → ParsedDate. A small tokenizer (numbers, words, symbols)
// followed by a handful of hand-written patterns; no std::regex (DESIGN.md:
// hot path). Month names, zones and connectors live in lexicon/date_words.
#include "extract/dates.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <span>
#include <vector>

#include "lexicon/date_words.hpp"
#include "lexicon/phrases.hpp"
#include "util/fold.hpp"
#include "util/text.hpp"

namespace newsclean::extract {

namespace {

// `text` views the input (symbols, lower-case ASCII words) or the arena of
// its Tokens (words that had to be lower-cased or folded): no string per
// token (tokenize was two thirds of parse_date, ~4.2K instructions for
// "2024-05-17T16:59:00Z", issue #3).
struct Tok {
    enum Kind : unsigned char { num, word, sym } kind;
    bool space_before;
    bool in_arena = false;  // while tokenizing: text is digits, value: its place in the arena
    int digits;             // num: number of digits
    int value;              // num: value (capped)
    std::string_view text;  // word: folded; sym: the code point's UTF-8; num: empty
};

// The tokens of a text and the words they had to rewrite. Filled in place
// (tokenize's views into `arena` must not move with it).
struct Tokens {
    std::vector<Tok> toks;
    std::string arena;
    Tokens() = default;
    Tokens(const Tokens&) = delete;
    Tokens& operator=(const Tokens&) = delete;
};

// Thai consonants, vowels and tone marks (U+0E01–U+0E4E, not the Thai digits): "19 กันยายน 2568"
// (study-j round 7 B10, thai shell).
bool is_thai(char32_t cp) { return cp >= 0xE01 && cp <= 0xE4E; }

// Latin, Greek, Cyrillic and Arabic letters (U+0621–U+065F with the harakat;
// not the Arabic digits and punctuation: study-f round 3, "19 سبتمبر 2025"), the
// Persian/Urdu ones past them (U+0670–U+06D3: ی, پ, گ in "اردیبهشت", study-w
// round 20 B1), Devanagari's letters and vowel signs (U+0900–U+0963: not the danda, not the digits: "27 नवंबर
// 2026", round 21) and Thai ones.
// Hebrew letters (U+05D0-U+05F2) are words too: "פורסם: 27.11.26" has its label as one token (study-y round 22
// haaretzon-1), not five symbols.
bool is_letter(char32_t cp) {
    if (cp < 0x80) return util::is_ascii_alpha(char(cp));
    return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x370 && cp <= 0x52F) || (cp >= 0x5D0 && cp <= 0x5F2) ||
           (cp >= 0x621 && cp <= 0x65F) || (cp >= 0x670 && cp <= 0x6D3) || (cp >= 0x900 && cp <= 0x963) || is_thai(cp);
}

// End of the ASCII letters from `start` when the word ends there (at the end
// or before an ASCII non-letter), else `start`: a word going on in non-ASCII
// letters ("März") takes the folding path.
std::size_t ascii_word_end(std::string_view text, std::size_t start) {
    std::size_t end = start;
    while (end < text.size() && util::is_ascii_alpha(text[end])) ++end;
    return end < text.size() && static_cast<unsigned char>(text[end]) >= 0x80 ? start : end;
}

// A date is looked for in at most the first kMaxDateTokens tokens of a text.
constexpr std::size_t kMaxDateTokens = 4096;

// A word of the text as a token: viewed in place when already folded (a
// lower-case ASCII word), else rewritten into the arena, its place kept in
// digits/value (the arena may grow: views into it are made once tokenizing is over).
void push_word(Tokens& out, std::string_view word, bool space, bool ascii) {
    if (ascii && std::none_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
        out.toks.push_back({Tok::word, space, false, 0, 0, word});
        return;
    }
    const std::size_t from = out.arena.size();
    if (ascii) {
        out.arena.append(word);
        for (std::size_t k = from; k < out.arena.size(); ++k) out.arena[k] = util::ascii_lower(out.arena[k]);
    } else {
        out.arena += util::fold(word);
    }
    out.toks.push_back({Tok::word, space, true, static_cast<int>(from), static_cast<int>(out.arena.size() - from), {}});
}

// The code point at `i` (advanced past it): ASCII inline, as most of a date is.
char32_t next_cp(std::string_view text, std::size_t& i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
        ++i;
        return b;
    }
    return util::next_code_point(text, i);
}

// The code point at `i` without moving past it.
char32_t cp_at(std::string_view text, std::size_t i) { return next_cp(text, i); }

// Splits `text` into number / word / symbol tokens; spaces only set space_before.
// Bounded: a date is looked for in at most the first `limit` tokens.
void tokenize(std::string_view text, Tokens& out, std::size_t limit = kMaxDateTokens) {
    std::vector<Tok>& toks = out.toks;
    toks.reserve(std::min(limit, text.size() / 2 + 1));  // usually one allocation (more tokens just grow it)
    bool space = true;
    for (std::size_t i = 0; i < text.size() && toks.size() < limit;) {
        const std::size_t start = i;
        const char32_t cp = next_cp(text, i);
        if (cp < 0x80 ? util::is_ascii_space(char(cp)) : util::is_unicode_space(cp)) { space = true; continue; }
        const bool before = space;
        space = false;
        if (cp < 0x80 && util::is_ascii_digit(char(cp))) {
            Tok t{Tok::num, before, false, 0, 0, {}};
            for (i = start; i < text.size() && util::is_ascii_digit(text[i]); ++i, ++t.digits)
                if (t.value < 100000000) t.value = t.value * 10 + (text[i] - '0');
            toks.push_back(t);
        } else if (std::size_t end = ascii_word_end(text, start); end != start) {
            push_word(out, text.substr(start, end - start), before, true);
            i = end;
        } else if (is_letter(cp)) {
            std::size_t end = i;
            for (std::size_t j = i; j < text.size();) {
                const char32_t c = next_cp(text, j);
                // A Thai abbreviation runs across its inner dots: "ก.ย." is one month word (B10).
                const bool thai_dot = c == '.' && is_thai(cp) && j < text.size() && is_thai(cp_at(text, j));
                if (!is_letter(c) && !thai_dot) break;
                end = j;
            }
            push_word(out, text.substr(start, end - start), before, false);
            i = end;
        } else {
            toks.push_back({Tok::sym, before, false, 0, 0, text.substr(start, i - start)});
        }
    }
    for (Tok& t : toks)
        if (t.in_arena) {
            t.text = std::string_view(out.arena).substr(static_cast<std::size_t>(t.digits), static_cast<std::size_t>(t.value));
            t.digits = t.value = 0;
            t.in_arena = false;
        }
}

bool is_sym(const std::vector<Tok>& t, std::size_t i, std::string_view s) {
    return i < t.size() && t[i].kind == Tok::sym && t[i].text == s;
}
bool is_num(const std::vector<Tok>& t, std::size_t i, int min_digits, int max_digits) {
    return i < t.size() && t[i].kind == Tok::num && t[i].digits >= min_digits && t[i].digits <= max_digits;
}
bool is_word(const std::vector<Tok>& t, std::size_t i, std::string_view w) {
    return i < t.size() && t[i].kind == Tok::word && t[i].text == w;
}

int days_in_month(int y, int m) {
    static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return kDays[static_cast<std::size_t>(m - 1)];
}

constexpr int kLatestGregorianYear = 2100;  // the latest year a date is read with

bool valid_ymd(int y, int m, int d) {
    return y >= 1900 && y <= kLatestGregorianYear && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

bool month_first(std::string_view lang) {
    const std::string l = util::to_lower_ascii(lang);
    if (l.empty()) return true;  // no language: the US order is the most common writer of "09/19/2025"
    for (std::string_view m : lexicon::kMonthFirstLocales)
        if (l == m || (l.size() > m.size() && l.compare(0, m.size(), m) == 0 && l[m.size()] == '_')) return true;
    return false;
}

// A month name at token i ("Sep", "Sept.", "września", "تشرين الأول"); advances
// past a trailing ".".
int month_at(const std::vector<Tok>& t, std::size_t& i) {
    if (i >= t.size() || t[i].kind != Tok::word) return 0;
    if (i + 1 < t.size() && t[i + 1].kind == Tok::word)
        if (const int pair = lexicon::month_from_words(t[i].text, t[i + 1].text); pair != 0) {
            i += 2;
            return pair;
        }
    const int m = lexicon::month_from_word(t[i].text);
    if (m == 0) return 0;
    ++i;
    if (is_sym(t, i, ".") && !t[i].space_before) ++i;
    return m;
}

// An ordinal day: "19", "19.", "19th", "1er", "1º".
bool day_at(const std::vector<Tok>& t, std::size_t& i, int& day) {
    if (!is_num(t, i, 1, 2)) return false;
    day = t[i].value;
    ++i;
    if (i < t.size() && !t[i].space_before &&
        (is_word(t, i, "st") || is_word(t, i, "nd") || is_word(t, i, "rd") || is_word(t, i, "th") ||
         is_word(t, i, "er") || is_sym(t, i, "º") || is_sym(t, i, ".")))
        ++i;
    return true;
}

void skip_words(const std::vector<Tok>& t, std::size_t& i, std::initializer_list<std::string_view> words) {
    for (bool again = true; again && i < t.size();) {
        again = false;
        for (std::string_view w : words)
            if ((t[i].kind == Tok::word || t[i].kind == Tok::sym) && t[i].text == w) { ++i; again = true; break; }
    }
}

using Match = std::optional<std::pair<ParsedDate, std::size_t>>;  // date and the token after it
constexpr int kShortYearPivot = 70;  // "23.09.22" → 2022, "15.03.98" → 1998

Match make(int y, int m, int d, std::size_t next) {
    if (!valid_ymd(y, m, d)) return std::nullopt;
    ParsedDate p;
    p.year = y, p.month = m, p.day = d;
    return std::make_pair(p, next);
}

// 2025-09-19, 2025/09/19, 2025.09.19 (contiguous): whether the tokens at `i` have that shape.
bool ymd_shape(const std::vector<Tok>& t, std::size_t i) {
    if (!is_num(t, i, 4, 4) || i + 4 >= t.size()) return false;
    const std::string_view sep = t[i + 1].text;
    if (t[i + 1].kind != Tok::sym || (sep != "-" && sep != "/" && sep != ".")) return false;
    if (!is_num(t, i + 2, 1, 2) || !is_sym(t, i + 3, sep) || !is_num(t, i + 4, 1, 2)) return false;
    for (std::size_t k = i + 1; k <= i + 4; ++k)
        if (t[k].space_before) return false;
    return true;
}

Match numeric_ymd(const std::vector<Tok>& t, std::size_t i) {
    return ymd_shape(t, i) ? make(t[i].value, t[i + 2].value, t[i + 4].value, i + 5) : std::nullopt;
}

// Whether `text` holds a run of exactly four ASCII digits: a year token.
bool has_year_digits(std::string_view text) {
    std::size_t run = 0;
    for (char c : text) {
        if (util::is_ascii_digit(c)) {
            ++run;
            continue;
        }
        if (run == 4) return true;
        run = 0;
    }
    return run == 4;
}

// Whether `text` holds "d/d/dd" or "d.d.dd" (labelled_short_year's forms): a separator between digits, the same
// one again after them.
bool has_labelled_short_year_shape(std::string_view text) {
    constexpr std::size_t npos = std::string_view::npos;
    for (char sep : {'/', '.'})
        for (std::size_t p = text.find(sep); p != npos; p = text.find(sep, p + 1)) {
            if (p == 0 || p + 1 >= text.size() || !util::is_ascii_digit(text[p - 1]) || !util::is_ascii_digit(text[p + 1]))
                continue;
            const std::size_t q = text.find(sep, p + 1);
            if (q != npos && q <= p + 3 && q + 1 < text.size() && util::is_ascii_digit(text[q + 1])) return true;
        }
    return false;
}

// Whether `text` may open with a digit once spaces are skipped: an ASCII
// digit, or a non-ASCII byte (a Unicode space the tokenizer skips).
bool may_open_with_digit(std::string_view text) {
    for (char c : text) {
        if (util::is_ascii_space(c)) continue;
        return util::is_ascii_digit(c) || static_cast<unsigned char>(c) >= 0x80;
    }
    return false;
}

// Tokens of the one form without a four-digit year (short_year_dmy).
constexpr std::size_t kShortYearTokens = 5;
// Tokens read of a text without a four-digit year: a short-year dateline is at
// most 15 ("19.09.25, 06:20:15.000 Uhr |"), one more tells a truncated text from its end.
constexpr std::size_t kShortYearDatelineTokens = 16;

bool is_time_suffix(const Tok& tok) {
    if (tok.kind != Tok::word) return false;
    const auto& suffixes = lexicon::kTimeSuffixes;
    return std::find(suffixes.begin(), suffixes.end(), tok.text) != suffixes.end();
}

// A symbol token of `marks` at t[i].
bool is_mark(const std::vector<Tok>& t, std::size_t i, std::span<const std::string_view> marks) {
    return i < t.size() && t[i].kind == Tok::sym && std::find(marks.begin(), marks.end(), t[i].text) != marks.end();
}

// "14時05分", "14时05分", "14点05分", "14시 05분", with seconds "14時05分30秒" (lexicon::kCjkHourMarks ...): the
// CJK clock after a CJK date (study-n round 11 T2, excite shell). As clock_at.
bool cjk_clock_at(const std::vector<Tok>& t, std::size_t& i, ParsedDate& p) {
    if (!is_num(t, i, 1, 2) || t[i].value > 23 || !is_mark(t, i + 1, lexicon::kCjkHourMarks) || !is_num(t, i + 2, 1, 2) ||
        t[i + 2].value > 59 || !is_mark(t, i + 3, lexicon::kCjkMinuteMarks))
        return false;
    p.hour = t[i].value;
    p.minute = t[i + 2].value;
    i += 4;
    if (is_num(t, i, 1, 2) && t[i].value <= 60 && is_mark(t, i + 1, lexicon::kCjkSecondMarks)) {
        p.second = std::min(t[i].value, 59);
        i += 2;
    }
    return true;
}

// A clock time at t[i]: "04:20", "04:20:00", "04:20:00.000", "04h20", "04時20分". Sets the
// hour, minutes and seconds of `p` and moves i past them; false (i kept) when none.
bool clock_at(const std::vector<Tok>& t, std::size_t& i, ParsedDate& p) {
    if (!is_num(t, i, 1, 2) || t[i].value > 23 || !(is_sym(t, i + 1, ":") || is_word(t, i + 1, "h")) ||
        !is_num(t, i + 2, 2, 2) || t[i + 2].value > 59)
        return cjk_clock_at(t, i, p);
    p.hour = t[i].value;
    p.minute = t[i + 2].value;
    i += 3;
    if (is_sym(t, i, ":") && is_num(t, i + 1, 2, 2) && t[i + 1].value <= 60) {
        p.second = std::min(t[i + 1].value, 59);
        i += 2;
        if ((is_sym(t, i, ".") || is_sym(t, i, ",")) && is_num(t, i + 1, 1, 9)) i += 2;  // fraction
    }
    return true;
}

// What may follow a short-year date for it to be a dateline (study-h round 5
// B6, dpa shell: "19.09.25 06:20 Uhr | Quelle: dpa-AFX"): an optional time
// (", 06:20", "06:20 Uhr"), then the end of the text or a spaced separator
// (lexicon kDatelineSeparators). Prose goes on in words: "1.2.10 fixes the bug".
bool dateline_rest(const std::vector<Tok>& t, std::size_t i) {
    ParsedDate clock;
    std::size_t j = i + (is_sym(t, i, ",") && !t[i].space_before ? 1 : 0);
    if (j < t.size() && t[j].space_before && clock_at(t, j, clock)) {
        if (j < t.size() && is_time_suffix(t[j])) ++j;
        i = j;
    }
    if (i == t.size()) return true;
    if (t[i].kind != Tok::sym || !t[i].space_before) return false;
    const auto& seps = lexicon::kDatelineSeparators;
    return std::find(seps.begin(), seps.end(), t[i].text) != seps.end();
}

// "23.09.22": a two-digit year only where the date opens the text, day first
// with dots, and is either the whole text (trafilatura couchstyle: <div
// class="uploaded-date"> 23.09.22 </div> under the h1) or a dateline with
// two-digit day and month ("19.09.25 06:20 Uhr | Quelle: dpa-AFX", the
// finanzen.net / onvista / ariva / dpa-AFX form: study-h round 5 B6). In
// running text "1.2.10" is more likely a version and "won 3.1.25" a score.
Match short_year_dmy(const std::vector<Tok>& t, std::size_t i) {
    if (i != 0 || t.size() < kShortYearTokens || !is_num(t, 0, 1, 2) || !is_sym(t, 1, ".") || !is_num(t, 2, 1, 2) ||
        !is_sym(t, 3, ".") || !is_num(t, 4, 2, 2))
        return std::nullopt;
    for (std::size_t k = 1; k <= 4; ++k)
        if (t[k].space_before) return std::nullopt;
    const bool padded = t[0].digits == 2 && t[2].digits == 2;  // "19.09.25", not "1.2.10"
    if (t.size() != kShortYearTokens && !(padded && dateline_rest(t, kShortYearTokens))) return std::nullopt;
    const int yy = t[4].value;
    return make(yy < kShortYearPivot ? 2000 + yy : 1900 + yy, t[2].value, t[0].value, kShortYearTokens);
}

// Thai pages count years in the Buddhist era: 2568 BE = 2025 CE (study-j round 7 B10, thai shell; every
// Thai portal). Only a year no Gregorian date here has (valid_ymd stops at 2100) is converted, and only
// next to a Thai month or on a Thai page: a plain four-digit year elsewhere keeps its reading.
constexpr int kBuddhistEraOffset = 543;

int gregorian_year(int year, bool thai) {
    return thai && year > kLatestGregorianYear ? year - kBuddhistEraOffset : year;
}

// Iranian and Afghan pages count years in the Solar Hijri calendar: "۶ آذر ۱۴۰۵" is 2026-11-27 (study-w round 20
// B1, hamshahri shell; Hamshahri, ISNA, IRNA, Tasnim). Read with a Persian month name (lexicon numbers them
// past kSolarHijriMonthBase), or numeric on a Persian page (solar_hijri_ymd). The year starts at the March equinox;
// the leap years follow the 33-year cycles between the breaks of Borkowski's arithmetic (the jalaali
// algorithm, exact for Solar Hijri years -61..3177).
constexpr std::array<int, 20> kSolarHijriBreaks{-61,  9,    38,   199,  426,  686,  756,  818,  1111, 1181,
                                                1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178};

// The day of March (of year jy + 621) on which Solar Hijri year `jy` (>= 1) opens.
int solar_hijri_new_year(int jy) {
    int leap_j = -14, jp = kSolarHijriBreaks[0], jump = 0;
    for (std::size_t k = 1; k < kSolarHijriBreaks.size(); ++k) {
        jump = kSolarHijriBreaks[k] - jp;
        if (jy < kSolarHijriBreaks[k]) break;
        leap_j += jump / 33 * 8 + jump % 33 / 4;
        jp = kSolarHijriBreaks[k];
    }
    const int n = jy - jp;
    leap_j += n / 33 * 8 + (n % 33 + 3) / 4;
    if (jump % 33 == 4 && jump - n == 4) ++leap_j;
    const int gy = jy + 621;
    const int leap_g = gy / 4 - (gy / 100 + 1) * 3 / 4 - 150;
    return 20 + leap_j - leap_g;
}

// The Gregorian date of Solar Hijri day `jd` of month `jm` (1..12) of year `jy`, when that day exists. Months
// 1-6 have 31 days, 7-11 have 30, Esfand 29 or 30: a day past the next year's start is none.
std::optional<ParsedDate> solar_hijri_date(int jy, int jm, int jd) {
    constexpr int kFirstYear = 1300, kLastYear = 1500;  // 1921..2121: the years a dated page has
    if (jy < kFirstYear || jy > kLastYear || jm < 1 || jm > 12 || jd < 1 || jd > (jm <= 6 ? 31 : 30)) return std::nullopt;
    const long start = day_number(jy + 621, 3, solar_hijri_new_year(jy));
    const long day = start + (jm - 1) * 31 - jm / 7 * (jm - 7) + jd - 1;
    if (day >= day_number(jy + 622, 3, solar_hijri_new_year(jy + 1))) return std::nullopt;
    // H. Hinnant's civil_from_days (day_number's inverse).
    const long z = day + 719468, era = z / 146097;
    const long doe = z - era * 146097, yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
    ParsedDate p;
    p.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    p.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    p.year = static_cast<int>(yoe + era * 400 + (p.month <= 2));
    return p;
}

// Whether BCP 47 tag `lang` is of the two-letter language `code` ("th", "th-TH", "fa_IR").
bool lang_is(std::string_view lang, std::string_view code) {
    return lang.size() >= 2 && util::ascii_lower(lang[0]) == code[0] && util::ascii_lower(lang[1]) == code[1] &&
           (lang.size() == 2 || lang[2] == '-' || lang[2] == '_');
}

bool is_thai_lang(std::string_view lang) { return lang_is(lang, "th"); }

// Whether numeric dates may count Solar Hijri years: a Persian or Pashto page (Iran, Afghanistan), or a text
// written in Persian digits (U+06F0-U+06F9: "۱۴۰۵/۰۹/۰۶"; Arabic pages, whose numeric Hijri years are lunar,
// write U+0660-U+0669).
bool solar_hijri_numbers(std::string_view text, std::string_view lang) {
    if (lang_is(lang, "fa") || lang_is(lang, "ps")) return true;
    for (std::size_t i = text.find('\xDB'); i != std::string_view::npos && i + 1 < text.size(); i = text.find('\xDB', i + 1))
        if (const auto c = static_cast<unsigned char>(text[i + 1]); c >= 0xB0 && c <= 0xB9) return true;
    return false;
}

// "1405/09/06" where numeric dates may count Solar Hijri years (solar_hijri_numbers): Iranian and Afghan
// pages print their dates so (study-w round 20 hamshahri shell). A Gregorian year 1300-1500 never dates a page,
// so only a year in solar_hijri_date's range is read, after numeric_ymd found no Gregorian date.
Match solar_hijri_ymd(const std::vector<Tok>& t, std::size_t i, bool solar_years, bool& lang_used) {
    if (!solar_years || !ymd_shape(t, i)) return std::nullopt;
    const auto g = solar_hijri_date(t[i].value, t[i + 2].value, t[i + 4].value);
    if (!g) return std::nullopt;
    lang_used = true;
    return make(g->year, g->month, g->day, i + 5);
}

// Whether a word token ends in the last word of a published or updated label (lexicon kPublishedDateMarkers,
// kModifiedDateMarkers: "published", "last updated"). A word glued before it counts: "By Lucy AkinsPublished on
// 11/28/26" (an inline byline span and date span run together by innerText).
constexpr std::size_t kMinLabelWord = 5;  // bytes: not the "le" of "modifié le"

bool ends_in_date_label(const Tok& tok) {
    if (tok.kind != Tok::word) return false;
    for (const lexicon::PhraseTable* table : {&lexicon::kPublishedDateMarkers, &lexicon::kModifiedDateMarkers})
        for (std::string_view phrase : table->phrases) {
            const std::size_t sp = phrase.rfind(' ');
            const std::string_view last = sp == std::string_view::npos ? phrase : phrase.substr(sp + 1);
            if (last.size() >= kMinLabelWord && tok.text.ends_with(last)) return true;
        }
    return false;
}

// Whether a label word is written in a script whose pages put a dotted two-digit year last, day first: Latin,
// Greek, Cyrillic, Hebrew (UTF-8 lead bytes below U+0600). Korean and Japanese labels ("수정 26.11.28") put the year
// first, and Thai ones count Buddhist-era years, so a dotted short year after them is not read day first.
bool day_first_script(std::string_view word) { return !word.empty() && static_cast<unsigned char>(word[0]) < 0xD8; }

// "Published on 11/28/26", "Updated on 11/26/26" (Dotdash Meredith and many US CMSs: study-p round 13 B3): a
// two-digit year after slashes, read only right after a published or updated label (a connector between: "on",
// "am", "le", ":"):
// elsewhere "3/4/25" is a fraction, a score or a version. Month first unless `lang` writes days first, as in
// numeric_dmy. The dotted form is always day first: "פורסם: 27.11.26, 10:30" (study-y round 22 haaretzon-1; ynet,
// Walla, Maariv; de "Veröffentlicht: 27.11.26"), and never "Version 1.2.10", which no date label precedes.
Match labelled_short_year(const std::vector<Tok>& t, std::size_t i, std::string_view lang, bool& lang_used) {
    if (i == 0 || !is_num(t, i, 1, 2) || !(is_sym(t, i + 1, "/") || is_sym(t, i + 1, ".")))
        return std::nullopt;
    const std::string_view sep = t[i + 1].text;
    if (!is_num(t, i + 2, 1, 2) || !is_sym(t, i + 3, sep) || !is_num(t, i + 4, 2, 2)) return std::nullopt;
    for (std::size_t k = i + 1; k <= i + 4; ++k)
        if (t[k].space_before) return std::nullopt;
    if (i + 5 < t.size() && !t[i + 5].space_before &&
        (t[i + 5].kind == Tok::num || (is_sym(t, i + 5, sep) && (sep == "/" || is_num(t, i + 6, 1, 9)))))
        return std::nullopt;  // "1/2/345", "27.11.26.3": a longer number run
    std::size_t label = i - 1;
    constexpr std::string_view kConnectors[] = {"on", "am", "le", "el", "em", "il", "op", ":"};
    if (label > 0 && std::ranges::find(kConnectors, t[label].text) != std::end(kConnectors)) --label;
    if (!ends_in_date_label(t[label])) return std::nullopt;
    int a = t[i].value, b = t[i + 2].value;
    const int yy = t[i + 4].value;
    const int year = yy < kShortYearPivot ? 2000 + yy : 1900 + yy;
    if (sep == ".") return day_first_script(t[label].text) ? make(year, b, a, i + 5) : std::nullopt;
    if (a <= 12 && b <= 12) lang_used = true;
    if (b <= 12 && (a > 12 || !month_first(lang))) std::swap(a, b);  // day first
    return make(year, a, b, i + 5);
}

// 19.09.2025 (always day first), 09/19/2025 and 19-09-2025 (order by language).
// `lang_used` is set when the order was ambiguous and `lang` decided it.
Match numeric_dmy(const std::vector<Tok>& t, std::size_t i, std::string_view lang, bool& lang_used) {
    if (auto m = short_year_dmy(t, i)) return m;
    if (!is_num(t, i, 1, 2) || i + 4 >= t.size()) return std::nullopt;
    const std::string_view sep = t[i + 1].text;
    if (t[i + 1].kind != Tok::sym || (sep != "-" && sep != "/" && sep != ".")) return std::nullopt;
    if (!is_num(t, i + 2, 1, 2) || !is_sym(t, i + 3, sep) || !is_num(t, i + 4, 4, 4)) return std::nullopt;
    for (std::size_t k = i + 1; k <= i + 4; ++k)
        if (t[k].space_before) return std::nullopt;
    int a = t[i].value, b = t[i + 2].value;
    if (sep != "." && b <= 12 && a <= 12) lang_used = true;
    const bool swap = sep != "." && b <= 12 ? (a <= 12 && month_first(lang)) : a <= 12 && b > 12;
    if (swap) std::swap(a, b);
    int year = t[i + 4].value;
    if (year > kLatestGregorianYear) {
        lang_used = true;
        year = gregorian_year(year, is_thai_lang(lang));
    }
    return make(year, b, a, i + 5);
}

// "19. 9. 2025": day and month each closed by a dot and followed by a space, the Czech and Slovak
// norm (study-j round 7 B9, czech shell: "19. 9. 2025 4:20 Aktualizováno 20. 9. 2025 10:05"), also
// German print style. Always day first; the dots touch their numbers ("3 . 4 . 2025" is no date).
Match spaced_dmy(const std::vector<Tok>& t, std::size_t i) {
    if (!is_num(t, i, 1, 2) || !is_sym(t, i + 1, ".") || t[i + 1].space_before || !is_num(t, i + 2, 1, 2) ||
        !t[i + 2].space_before || !is_sym(t, i + 3, ".") || t[i + 3].space_before || !is_num(t, i + 4, 4, 4) ||
        !t[i + 4].space_before)
        return std::nullopt;
    return make(t[i + 4].value, t[i + 2].value, t[i].value, i + 5);
}

// "19 September 2025", "19. Sept. 2025", "19 de septiembre de 2025", "Fri, 19 Sep 2025". A month name another
// language reads as another month ("27. listopada 2026": October in hr, November in pl) asks `lang`.
Match day_month_year(const std::vector<Tok>& t, std::size_t i, std::string_view lang, bool& lang_used) {
    int day = 0;
    std::size_t j = i;
    if (!day_at(t, j, day)) return std::nullopt;
    skip_words(t, j, {"de", "del"});
    const std::size_t month_tok = j;
    int month = month_at(t, j);
    if (month == 0) return std::nullopt;
    if (const int local = lexicon::month_in_lang(lang, t[month_tok].text); local != 0) {
        month = local;
        lang_used = true;
    }
    skip_words(t, j, {"de", "del", ","});
    // Thai "19 กันยายน พ.ศ. 2568": the era's name before the year.
    const bool thai = is_thai(cp_at(t[month_tok].text, 0));
    if (thai && j < t.size() && t[j].kind == Tok::word && lexicon::is_era_word(t[j].text)) j += is_sym(t, j + 1, ".") ? 2 : 1;
    if (!is_num(t, j, 4, 4)) return std::nullopt;
    if (month > lexicon::kSolarHijriMonthBase) {  // "۶ آذر ۱۴۰۵"
        const auto g = solar_hijri_date(t[j].value, month - lexicon::kSolarHijriMonthBase, day);
        return g ? make(g->year, g->month, g->day, j + 1) : std::nullopt;
    }
    return make(gregorian_year(t[j].value, thai), month, day, j + 1);
}

// "Sep 19, 2025", "September 19th 2025".
Match month_day_year(const std::vector<Tok>& t, std::size_t i) {
    std::size_t j = i;
    const int month = month_at(t, j);
    int day = 0;
    if (month == 0 || !day_at(t, j, day)) return std::nullopt;
    skip_words(t, j, {","});
    if (!is_num(t, j, 4, 4)) return std::nullopt;
    return make(t[j].value, month, day, j + 1);
}

// "2025年9月19日" (zh/ja) and "2025년 9월 19일" (ko).
Match cjk(const std::vector<Tok>& t, std::size_t i) {
    if (!is_num(t, i, 4, 4) || !is_num(t, i + 2, 1, 2) || !is_num(t, i + 4, 1, 2) || i + 5 >= t.size())
        return std::nullopt;
    const bool zh = is_sym(t, i + 1, "年") && is_sym(t, i + 3, "月") && is_sym(t, i + 5, "日");
    const bool ko = is_sym(t, i + 1, "년") && is_sym(t, i + 3, "월") && is_sym(t, i + 5, "일");
    if (!zh && !ko) return std::nullopt;
    return make(t[i].value, t[i + 2].value, t[i + 4].value, i + 6);
}

// Year-first dates with a dot after the year: Hungarian "2026. november 28." / "2026. nov. 28." (Telex, Index,
// HVG, 444, MTI copy: study-s round 16 B4) and the numeric "2026. 11. 28." Hungarian and Korean portals print
// (Naver, Yonhap, Daum). The day's own dot is required (it touches the day): "in 2025. May 5 saw" is prose.
Match dotted_ymd(const std::vector<Tok>& t, std::size_t i) {
    if (!is_num(t, i, 4, 4) || !is_sym(t, i + 1, ".") || t[i + 1].space_before || i + 2 >= t.size() ||
        !t[i + 2].space_before)
        return std::nullopt;
    std::size_t j = i + 2;
    int month = month_at(t, j);
    if (month == 0) {  // numeric: "2026. 11. 28."
        if (!is_num(t, j, 1, 2) || !is_sym(t, j + 1, ".") || t[j + 1].space_before) return std::nullopt;
        month = t[j].value;
        j += 2;
    }
    if (!is_num(t, j, 1, 2) || !t[j].space_before || !is_sym(t, j + 1, ".") || t[j + 1].space_before) return std::nullopt;
    return make(t[i].value, month, t[j].value, j + 2);
}

// Lithuanian "2026 m. lapkričio 27 d." (year, "m." for metai, the month in the genitive, the day, "d." for diena:
// 15min, Delfi, LRT, ELTA; study-u round 18 T2, min15 shell). Both abbreviations and their dots are required.
Match lithuanian_ymd(const std::vector<Tok>& t, std::size_t i) {
    if (!is_num(t, i, 4, 4) || !is_word(t, i + 1, "m") || !is_sym(t, i + 2, ".") || t[i + 2].space_before) return std::nullopt;
    std::size_t j = i + 3;
    const int month = month_at(t, j);
    if (month == 0 || !is_num(t, j, 1, 2) || !is_word(t, j + 1, "d") || !is_sym(t, j + 2, ".") || t[j + 2].space_before)
        return std::nullopt;
    return make(t[i].value, month, t[j].value, j + 3);
}

// "+08:00", "+0800", "-05", after a zone word "+8"; sign must touch the digits.
bool offset_at(const std::vector<Tok>& t, std::size_t& i, bool after_zone, int& minutes) {
    if (!(is_sym(t, i, "+") || is_sym(t, i, "-") || is_sym(t, i, "−")) || i + 1 >= t.size()) return false;
    const int sign = t[i].text == "+" ? 1 : -1;
    const Tok& n = t[i + 1];
    if (n.kind != Tok::num || n.space_before) return false;
    if (n.digits == 4) {
        minutes = sign * ((n.value / 100) * 60 + n.value % 100);
        i += 2;
        return true;
    }
    if (n.digits > 2 || n.value > 14) return false;
    if (is_sym(t, i + 2, ":") && is_num(t, i + 3, 2, 2)) {
        minutes = sign * (n.value * 60 + t[i + 3].value);
        i += 4;
        return true;
    }
    if (!after_zone && n.digits != 2) return false;
    minutes = sign * n.value * 60;
    i += 2;
    return true;
}

// The zone after a time: "UTC", "GMT+8", "Z", "+08:00", "EDT". Returns the index after it (i when none).
std::size_t zone_at(const std::vector<Tok>& t, std::size_t i, ParsedDate& p) {
    int minutes = 0;
    if (i < t.size() && t[i].kind == Tok::word) {
        for (const lexicon::ZoneName& z : lexicon::kZoneNames) {
            if (t[i].text != z.word) continue;
            p.has_offset = true;
            p.offset_minutes = z.offset_minutes;
            std::size_t j = i + 1;
            if (offset_at(t, j, true, minutes)) p.offset_minutes += minutes;
            return j;
        }
        return i;
    }
    if (offset_at(t, i, false, minutes)) {
        p.has_offset = true;
        p.offset_minutes = minutes;
    }
    return i;
}

bool is_connector(const Tok& tok) {
    if (tok.kind == Tok::num) return false;
    for (std::string_view c : lexicon::kDateTimeConnectors)
        if (tok.text == c) return true;
    return tok.kind == Tok::word && tok.text == "t";  // ISO 8601 "T"
}

// "a.m." / "pm" after the minutes.
int meridiem_at(const std::vector<Tok>& t, std::size_t& i) {
    if (is_word(t, i, "am") || is_word(t, i, "pm")) return t[i++].text == "am" ? 1 : 2;
    if ((is_word(t, i, "a") || is_word(t, i, "p")) && is_sym(t, i + 1, ".") && is_word(t, i + 2, "m")) {
        const int r = t[i].text == "a" ? 1 : 2;
        i += 3;
        if (is_sym(t, i, ".")) ++i;
        return r;
    }
    return 0;
}

// Whether a day falls in US daylight time: from the second Sunday of March to the first Sunday of
// November (the rule since 2007; the hours around the switch are taken as the day's).
bool us_daylight_time(int year, int month, int day) {
    if (month < 3 || month > 11) return false;
    if (month > 3 && month < 11) return true;
    const long first = day_number(year, month, 1);
    const int weekday_of_first = static_cast<int>(((first + 4) % 7 + 7) % 7);  // 0 = Sunday; 1970-01-01 was a Thursday
    const int first_sunday = 1 + (7 - weekday_of_first) % 7;
    return month == 3 ? day >= first_sunday + 7 : day < first_sunday;
}

// "ET", "CT", "MT", "PT" after a US-style time (one with a meridiem: "et" after a French "14h05" is "and"):
// the zone's standard or daylight offset on the date's day. Returns the index after it (i when none).
std::size_t us_zone_at(const std::vector<Tok>& t, std::size_t i, ParsedDate& p) {
    if (i >= t.size() || t[i].kind != Tok::word || p.year == 0) return i;
    for (const lexicon::ZoneName& z : lexicon::kUsGenericZones) {
        if (t[i].text != z.word) continue;
        p.has_offset = true;
        p.offset_minutes = z.offset_minutes + (us_daylight_time(p.year, p.month, p.day) ? 60 : 0);
        return i + 1;
    }
    return i;
}

// A clock time at t[i] with its meridiem, suffix and zone ("4:20 am UTC", "04:20 Uhr", "3:15 p.m. ET"), set
// on `p` (whose date is read). Returns the index after it, or npos (p kept) when there is none.
std::size_t clock_time_at(const std::vector<Tok>& t, std::size_t i, ParsedDate& p) {
    ParsedDate clock;
    if (!clock_at(t, i, clock)) return std::string_view::npos;
    const int meridiem = meridiem_at(t, i);
    if (meridiem != 0) {
        if (clock.hour > 12) return std::string_view::npos;
        clock.hour = (clock.hour % 12) + (meridiem == 2 ? 12 : 0);
    }
    p.hour = clock.hour, p.minute = clock.minute, p.second = clock.second;
    p.has_time = true;
    if (i < t.size() && is_time_suffix(t[i])) ++i;
    if (const std::size_t after_us_zone = meridiem != 0 ? us_zone_at(t, i, p) : i; after_us_zone != i) return after_us_zone;
    // The zone in brackets: "Thứ bảy, 28/11/2026 09:41 (GMT+7)" (Tuổi Trẻ, VnExpress, Dân trí: study-s round 16).
    if (is_sym(t, i, "(") && i + 1 < t.size() && t[i + 1].kind == Tok::word)
        if (const std::size_t inner = zone_at(t, i + 1, p); inner != i + 1) return is_sym(t, inner, ")") ? inner + 1 : inner;
    return zone_at(t, i, p);
}

// A clock written with a dot after the Nordic clock word: fi "28.11.2026 klo 14.05" (Iltalehti, Ilta-Sanomat,
// Yle, HS: study-s round 16 T3), da/no/sv "28. november 2026 kl. 14.05". Only after that word: elsewhere
// "14.05" is a number or a date. The connectors ("," "-" "|") may stand before the word.
bool dotted_clock_at(const std::vector<Tok>& t, std::size_t i, ParsedDate& p) {
    for (int skipped = 0; skipped < 2 && i < t.size() && t[i].kind == Tok::sym && is_connector(t[i]); ++skipped) ++i;
    if (!is_word(t, i, "klo") && !is_word(t, i, "kl")) return false;
    i += is_sym(t, i + 1, ".") ? 2 : 1;
    if (!is_num(t, i, 1, 2) || t[i].value > 23 || !is_sym(t, i + 1, ".") || t[i + 1].space_before ||
        !is_num(t, i + 2, 2, 2) || t[i + 2].space_before || t[i + 2].value > 59)
        return false;
    p.hour = t[i].value, p.minute = t[i + 2].value, p.second = 0;
    p.has_time = true;
    return true;
}

// A time right after a date: "04:20", "4:20 am UTC", "T04:20:00.000+08:00", "04h20",
// after a connector ("a las 10:05", "às 10h05", "alle ore 10:05", "um 10:05 Uhr").
// Else a time right before it, then a comma or nothing: "Updated 3:15 PM EST, November 28, 2026" (AP),
// "Published 3:15 p.m. ET Nov. 28, 2026" (USA Today and the other Gannett papers).
void time_at(const std::vector<Tok>& t, std::size_t i, std::size_t date, ParsedDate& p) {
    // The ordinal dot hr/sr/bs write after the year, touching it: "28.11.2026. u 14:05" (study-u round 18 T2).
    if (i > 0 && i < t.size() && t[i - 1].kind == Tok::num && t[i - 1].digits == 4 && is_sym(t, i, ".") && !t[i].space_before)
        ++i;
    if (dotted_clock_at(t, i, p)) return;
    for (int skipped = 0; skipped < 3 && i < t.size() && is_connector(t[i]); ++skipped) ++i;
    if (clock_time_at(t, i, p) != std::string_view::npos) return;
    constexpr std::size_t kMaxTimeTokens = 10;  // "10 : 05 : 00 p . m . EST ,"
    for (std::size_t k = date > kMaxTimeTokens ? date - kMaxTimeTokens : 0; k < date; ++k) {
        ParsedDate timed = p;
        std::size_t end = clock_time_at(t, k, timed);
        if (end != std::string_view::npos && end < date && is_sym(t, end, ",")) ++end;
        if (end == date) {
            p = timed;
            return;
        }
    }
}

Match date_at(const std::vector<Tok>& t, std::size_t i, std::string_view lang, bool solar_years, bool& lang_used) {
    if (t[i].kind == Tok::word) return month_day_year(t, i);
    if (t[i].kind != Tok::num) return std::nullopt;
    if (i > 0 && !t[i].space_before) {  // the tail of a longer number run ("1.234.2025", "10:19 2025")
        if (t[i - 1].kind == Tok::num) return std::nullopt;
        if (t[i - 1].kind == Tok::sym && i > 1 && t[i - 2].kind == Tok::num && !t[i - 1].space_before &&
            t[i - 1].text != "(" && t[i - 1].text != "[")
            return std::nullopt;
    }
    if (t[i].digits == 4) {
        if (auto m = numeric_ymd(t, i)) return m;
        if (auto m = solar_hijri_ymd(t, i, solar_years, lang_used)) return m;
        if (auto m = dotted_ymd(t, i)) return m;
        if (auto m = lithuanian_ymd(t, i)) return m;
        return cjk(t, i);
    }
    if (auto m = numeric_dmy(t, i, lang, lang_used)) return m;
    if (auto m = spaced_dmy(t, i)) return m;
    if (auto m = labelled_short_year(t, i, lang, lang_used)) return m;
    return day_month_year(t, i, lang, lang_used);
}

}  // namespace

namespace {

std::string iso_printf(const ParsedDate& d) {
    char buf[40];
    int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    if (d.has_time) {
        n += std::snprintf(buf + n, sizeof buf - std::size_t(n), "T%02d:%02d:%02d", d.hour, d.minute, d.second);
        if (d.has_offset && d.offset_minutes == 0) {
            std::snprintf(buf + n, sizeof buf - std::size_t(n), "Z");
        } else if (d.has_offset) {
            const int a = d.offset_minutes < 0 ? -d.offset_minutes : d.offset_minutes;
            std::snprintf(buf + n, sizeof buf - std::size_t(n), "%c%02d:%02d", d.offset_minutes < 0 ? '-' : '+',
                          a / 60, a % 60);
        }
    }
    return buf;
}

// `sep` (if any) then `v` zero-padded to `width` (2 or 4) digits, as "%c%02d" would.
void put_field(std::string& out, char sep, int v, int width = 2) {
    if (sep) out.push_back(sep);
    for (int div = width == 4 ? 1000 : 10; div > 0; div /= 10) out.push_back(char('0' + v / div % 10));
}

bool two_digits(int v) { return v >= 0 && v <= 99; }

}  // namespace

// snprintf was a tenth of the metadata time of repost pages (iso() runs for
// every date candidate): fields in their usual ranges are written directly,
// anything else keeps the printf form.
std::string ParsedDate::iso() const {
    const int offset = offset_minutes < 0 ? -offset_minutes : offset_minutes;
    if (year < 0 || year > 9999 || !two_digits(month) || !two_digits(day) || !two_digits(hour) ||
        !two_digits(minute) || !two_digits(second) || offset < 0 || offset / 60 > 99)
        return iso_printf(*this);
    std::string out;
    out.reserve(25);
    put_field(out, 0, year, 4);
    put_field(out, '-', month);
    put_field(out, '-', day);
    if (!has_time) return out;
    put_field(out, 'T', hour);
    put_field(out, ':', minute);
    put_field(out, ':', second);
    if (has_offset && offset_minutes == 0) {
        out.push_back('Z');
    } else if (has_offset) {
        put_field(out, offset_minutes < 0 ? '-' : '+', offset / 60);
        put_field(out, ':', offset % 60);
    }
    return out;
}

std::optional<ParsedDate> parse_date(std::string_view text, std::string_view lang, bool& lang_used) {
    lang_used = false;
    // Arabic-Indic and Persian digits read as ASCII ("١٩ سبتمبر ٢٠٢٥", study-f round 3).
    std::string ascii_digits;
    const bool solar_years = solar_hijri_numbers(text, lang);  // before the digits are folded
    if (util::fold_arabic_digits(text, ascii_digits)) text = ascii_digits;
    // Every supported form has ASCII digits; most lines of a page have none.
    // (A byte loop: find_first_of calls memchr on the digit set once per byte.)
    if (std::none_of(text.begin(), text.end(), [](char c) { return util::is_ascii_digit(c); })) return std::nullopt;
    // Every form but short_year_dmy has a four-digit year; short_year_dmy opens
    // the text and is a dateline of at most 15 tokens. Without a year a text not
    // opening with a digit has no date, and only a few tokens of the others are
    // read: a line of prices and figures is not tokenized to its end (issue #3).
    const bool year = has_year_digits(text);
    if (!year && !may_open_with_digit(text) && !has_labelled_short_year_shape(text)) return std::nullopt;
    Tokens tokens;
    tokenize(text, tokens, year ? kMaxDateTokens : kShortYearDatelineTokens);
    const std::vector<Tok>& toks = tokens.toks;
    for (std::size_t i = 0; i < toks.size(); ++i) {
        if (auto m = date_at(toks, i, lang, solar_years, lang_used)) {
            time_at(toks, m->second, i, m->first);
            return m->first;
        }
    }
    return std::nullopt;
}

// The dotted meridiem of an AP-style time ends at s[end]: "4:20 a.m.", "10 p.m." (study-j round 7 B11:
// CoinDesk's "Published Sep 19, 2025, 4:20 a.m."; the WSJ, AP and NYT write times so). Its dot ends no sentence.
bool meridiem_ends_at(std::string_view s, std::size_t end) {
    constexpr std::size_t kMeridiem = 5;  // " a.m."
    if (end >= s.size() || end < kMeridiem) return false;
    const std::string_view m = s.substr(end + 1 - kMeridiem, kMeridiem);
    return (m == " a.m." || m == " p.m." || m == " A.M." || m == " P.M.") && util::is_ascii_digit(s[end - kMeridiem]);
}

// H. Hinnant's days_from_civil.
long day_number(int year, int month, int day) {
    const unsigned m = static_cast<unsigned>(month), d = static_cast<unsigned>(day);
    const int y = year - (m <= 2);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return long(era) * 146097 + long(doe) - 719468;
}

std::optional<ParsedDate> date_from_url(std::string_view url) {
    std::size_t path = url.find("://");
    path = url.find('/', path == std::string_view::npos ? 0 : path + 3);
    if (path == std::string_view::npos) return std::nullopt;
    Tokens tokens;
    tokenize(url.substr(path), tokens);
    const std::vector<Tok>& t = tokens.toks;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!is_num(t, i, 4, 8) || (i > 0 && t[i - 1].kind == Tok::word)) continue;
        Match m;
        if (t[i].digits == 8) {
            const int v = t[i].value;
            if (!(i + 1 < t.size() && t[i + 1].kind == Tok::num)) m = make(v / 10000, v / 100 % 100, v % 100, i + 1);
        } else if (t[i].digits == 4 && is_num(t, i + 2, 1, 2) && is_num(t, i + 4, 1, 2) &&
                   t[i + 1].kind == Tok::sym && is_sym(t, i + 3, t[i + 1].text) &&
                   (t[i + 1].text == "/" || t[i + 1].text == "-" || t[i + 1].text == "_")) {
            m = make(t[i].value, t[i + 2].value, t[i + 4].value, i + 5);
        }
        if (m && m->first.year >= 1995) return m->first;
    }
    return std::nullopt;
}

}  // namespace newsclean::extract
