// Small string helpers shared by reader, extractor and writers (ASCII case
// folding, whitespace, UTF-8 encode/decode). No locale, no allocation surprises.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace newsclean::util {

constexpr char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }
constexpr bool is_ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
constexpr bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
// Byte tests for cheap scans that do not decode UTF-8: any byte of a non-ASCII code point counts as a letter
// (most are, and the callers only ask whether a text holds words at all).
constexpr bool is_letter_byte(char c) { return is_ascii_alpha(c) || static_cast<unsigned char>(c) >= 0x80; }
constexpr bool is_word_byte(char c) { return is_letter_byte(c) || is_ascii_digit(c); }
// A non-empty run of ASCII digits and nothing else: "19", "2025".
constexpr bool is_ascii_number(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!is_ascii_digit(c)) return false;
    return true;
}

// A number as prices and counters print it, digits grouped or split by "," and ".": "97,412.10", "19,99", "412".
constexpr bool is_grouped_number(std::string_view s) {
    if (s.empty() || !is_ascii_digit(s.front()) || !is_ascii_digit(s.back())) return false;
    for (char c : s)
        if (!is_ascii_digit(c) && c != ',' && c != '.') return false;
    return true;
}

std::string to_lower_ascii(std::string_view s);
bool iequals(std::string_view a, std::string_view b);       // ASCII case-insensitive
bool istarts_with(std::string_view s, std::string_view prefix);
std::size_t ifind(std::string_view hay, std::string_view needle, std::size_t from = 0);
std::string_view trim(std::string_view s);                  // ASCII whitespace
// Runs of characters between ASCII white space: a cheap word count for short
// widget and meta lines (punctuation and numbers count as words).
std::size_t count_tokens(std::string_view s);

// Unicode whitespace-aware: collapses runs of white space (incl. NBSP and the
// U+2000 spaces) into one ASCII space and trims both ends.
std::string collapse_whitespace(std::string_view s);
// The first bytes of collapse_whitespace(s): stops once the output exceeds
// `max_out` bytes (callers that read only a line's start need not collapse a
// whole paragraph).
std::string collapse_whitespace(std::string_view s, std::size_t max_out);
// True when collapse_whitespace(s) == s: single ASCII spaces only, none at
// either end, no other white space or invisible code point. A cheap byte scan
// (non-ASCII text is decoded only at bytes that may start a space) that lets
// callers skip the copy for text already collapsed (page lines, folded lines).
bool is_collapsed(std::string_view s);
// collapse_whitespace(s) for a string the caller gives up: returned as it
// is when already collapsed (most titles), so it is not copied.
std::string collapsed(std::string s);

void append_utf8(std::string& out, char32_t cp);
inline constexpr std::string_view kReplacementChar = "\xEF\xBF\xBD";

// Decode one code point at s[i]; advances i. Invalid bytes yield U+FFFD and
// advance by the maximal invalid subpart (as the Encoding standard does).
char32_t next_code_point(std::string_view s, std::size_t& i);

// Runs of non-space bytes in text whose white space is single ASCII spaces
// (collapse_whitespace output): the words of a title or a byline. Counting
// stops at `enough` (callers comparing with a small number need not walk a
// whole paragraph: issue #3).
std::size_t count_spaced_words(std::string_view s, std::size_t enough = std::string_view::npos);

// Copy of `s` with invalid UTF-8 and NUL replaced by U+FFFD.
std::string repair_utf8(std::string_view s);

bool is_unicode_space(char32_t cp);

// Scripts written without spaces between words (kana, CJK ideographs): each
// character counts as a word (Article::word_count, the text extractor's lines).
// Hangul syllables and jamo (Korean): not is_cjk, whose users want Chinese and Japanese script.
bool is_hangul(char32_t cp);
bool is_cjk(char32_t cp);
// Thai, Lao, Tibetan, Myanmar and Khmer: alphabetic scripts written without
// spaces between words (a space ends a clause) and mostly without a sentence
// mark. Their code points are consonants, vowel signs and tone marks: two of
// them carry about what a CJK character does (a 40-50 code point Thai
// headline, 70-300 code point paragraphs), so count_words counts a word per
// kUnspacedCharsPerWord of them and Thai lines measure like Chinese ones.
bool is_unspaced_script(char32_t cp);
inline constexpr std::size_t kUnspacedCharsPerWord = 2;
// The run of CJK code points (is_cjk) of `s` from byte `at`: the byte where it
// ends (`at` when none) and how many code points it holds. Zh names, outlets
// and account names are measured in characters ("林靖": 2).
std::pair<std::size_t, std::size_t> cjk_run(std::string_view s, std::size_t at = 0);

// A code point that belongs to a word: a letter or digit, not white space,
// general punctuation, CJK or fullwidth punctuation, Latin-1 symbols or × ÷.
bool is_word_char(char32_t cp);

// Arabic-Indic (U+0660–0669) and Extended Arabic-Indic / Persian (U+06F0–06F9)
// digits: Arabic and Persian portals print dates with them ("١٩ سبتمبر ٢٠٢٥",
// study-f round 3 arabic shell). `has_arabic_digits` is a byte scan for their
// lead bytes 0xD9/0xDB; `fold_arabic_digits` writes `s` with them as ASCII digits
// into `out` and returns true, or returns false (and leaves `out` alone) when
// `s` has none, as most text has.
bool has_arabic_digits(std::string_view s);
// An ASCII digit or one of the above, eight bytes at a time (a dated-line gate run on every line near a headline).
bool has_digit(std::string_view s);
bool fold_arabic_digits(std::string_view s, std::string& out);

// The last code point of `s`, past closing quotes and brackets: "said.”" ends in '.'; 0 when none.
char32_t last_significant(std::string_view s);
// . ! ? … and their CJK / full-width forms.
bool is_sentence_end(char32_t cp);
// Whether `s` (trimmed) closes like a sentence, before closing quotes and brackets.
bool ends_sentence(std::string_view s);
// An e-mail address ("press@tudelft.example") or a phone number of eight digits or more, broken only by
// spaces, dashes, slashes, brackets and a '+' ("+31 15 278 0000", "029 415 0000"): the line of a contact box
// (text_lines mark_contact_boxes, content_clean is_contact_box). A date or an amount breaks at dots or commas.
bool has_contact_detail(std::string_view text);
// One word that is an e-mail address ("kimms@hankyeol.co.kr"): a local part, one "@", a domain with a dot inside,
// only the characters addresses are written with (a reporter's sign-off, an author line's address).
bool is_email_address(std::string_view word);

}  // namespace newsclean::util
