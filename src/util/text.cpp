#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

namespace newsclean::util {

std::string to_lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = ascii_lower(c);
    return out;
}

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
    return true;
}

bool istarts_with(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

std::size_t ifind(std::string_view hay, std::string_view needle, std::size_t from) {
    if (needle.empty()) return from <= hay.size() ? from : std::string_view::npos;
    const char first = ascii_lower(needle[0]);
    for (std::size_t i = from; i + needle.size() <= hay.size(); ++i) {
        if (ascii_lower(hay[i]) == first && iequals(hay.substr(i, needle.size()), needle)) return i;
    }
    return std::string_view::npos;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
    return s;
}

std::size_t count_tokens(std::string_view s) {
    std::size_t n = 0;
    bool in = false;
    for (char c : s) {
        const bool space = is_ascii_space(c);
        if (!space && !in) ++n;
        in = !space;
    }
    return n;
}

bool is_unicode_space(char32_t cp) {
    if (cp < 0x80) return is_ascii_space(char(cp));
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

bool is_hangul(char32_t cp) { return (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x1100 && cp <= 0x11FF); }

bool is_cjk(char32_t cp) {
    return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFF);
}

bool is_unspaced_script(char32_t cp) {
    return (cp >= 0x0E01 && cp <= 0x0EFF) || (cp >= 0x0F00 && cp <= 0x0FFF) || (cp >= 0x1000 && cp <= 0x109F) ||
           (cp >= 0x1780 && cp <= 0x17FF);
}

std::pair<std::size_t, std::size_t> cjk_run(std::string_view s, std::size_t at) {
    std::size_t chars = 0;
    while (at < s.size()) {
        std::size_t next = at;
        if (!is_cjk(next_code_point(s, next))) break;
        at = next;
        ++chars;
    }
    return {at, chars};
}

bool is_word_char(char32_t cp) {
    if (cp < 0x80) return is_ascii_alpha(char(cp)) || is_ascii_digit(char(cp));
    if (is_unicode_space(cp)) return false;
    return !((cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
             cp == 0xFFFD || (cp >= 0xA0 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7);
}

std::string collapse_whitespace(std::string_view s) { return collapse_whitespace(s, std::string::npos); }

namespace {

// Visible ASCII: a byte below 0x80 that is not ASCII white space.
constexpr std::array<bool, 256> kVisibleAscii = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 0x80; ++c) t[static_cast<std::size_t>(c)] = !is_ascii_space(char(c));
    return t;
}();

bool visible_ascii(char c) { return kVisibleAscii[static_cast<unsigned char>(c)]; }

constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;

// 0x80 in each byte of `w` equal to `byte`, 0 elsewhere (exact: no carries).
std::uint64_t bytes_equal(std::uint64_t w, unsigned char byte) {
    const std::uint64_t t = w ^ (kOnes * byte);
    return ~(((t & ~kHighs) + ~kHighs) | t | ~kHighs);
}

// Whether a byte of `w` is a control byte (below ' ') or part of UTF-8.
bool has_control_or_utf8(std::uint64_t w) { return (((w - kOnes * 0x20) & ~w) | w) & kHighs; }

bool is_ascii(std::string_view s) {
    std::uint64_t high = 0;
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        high |= w;
    }
    for (; i < s.size(); ++i) high |= static_cast<unsigned char>(s[i]);
    return (high & kHighs) == 0;
}

// End of the stretch of visible ASCII runs joined by single spaces that starts
// at `i` (a visible byte): prose is copied in one piece, not word by word (page
// lines of every page pass here, issue #3). The stretch stops growing once
// `out_size` plus it exceeds `max_out`, where the word-by-word loop would stop.
std::size_t ascii_stretch_end(std::string_view s, std::size_t i, std::size_t out_size, std::size_t max_out) {
    std::size_t end = i + 1;
    // Eight bytes at once while they are printable ASCII with single spaces and
    // stay within max_out (the byte loop below would take them all); the byte
    // loop finds the exact end. It starts after a visible byte: a block ending
    // in a space is handed back without that space.
    if constexpr (std::endian::native == std::endian::little) {
        while (end + 8 <= s.size() && (max_out == std::string::npos || out_size + (end + 8 - i) <= max_out)) {
            std::uint64_t w;
            std::memcpy(&w, s.data() + end, 8);
            const std::uint64_t spaces = bytes_equal(w, ' ');
            if (has_control_or_utf8(w) || (spaces & (spaces >> 8)) || ((spaces & 0x80) && s[end - 1] == ' ')) break;
            end += 8;
        }
        if (s[end - 1] == ' ') --end;
    }
    for (;;) {
        while (end < s.size() && visible_ascii(s[end])) ++end;
        const bool single_space = end + 1 < s.size() && s[end] == ' ' && visible_ascii(s[end + 1]);
        if (!single_space || (max_out != std::string::npos && out_size + (end - i) > max_out)) return end;
        end += 2;
    }
}

// Lead bytes of the non-ASCII code points collapse_whitespace treats as space
// or invisible: U+0085/U+00A0 (C2), U+1680 (E1), U+2000-U+200B/U+2028/U+2029/
// U+202F/U+205F (E2), U+3000 (E3), U+FEFF (EF). A lead byte always starts a
// new decode (it is never a continuation byte).
constexpr std::array<bool, 256> kSpaceLead = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : {0xC2, 0xE1, 0xE2, 0xE3, 0xEF}) t[c] = true;
    return t;
}();

// End of the run of non-ASCII bytes from `i` holding no space or invisible
// code point: Cyrillic, CJK, accented Latin text is copied as it is, not code
// point by code point (issue #3). `i` itself when s[i] may start one.
std::size_t plain_run_end(std::string_view s, std::size_t i) {
    std::size_t end = i;
    while (end < s.size() && static_cast<unsigned char>(s[end]) >= 0x80 && !kSpaceLead[static_cast<unsigned char>(s[end])])
        ++end;
    return end;
}

}  // namespace

std::string collapse_whitespace(std::string_view s, std::size_t max_out) {
    std::string out;
    out.reserve(std::min(s.size(), max_out == std::string::npos ? s.size() : max_out + 8));
    bool pending_space = false;
    for (std::size_t i = 0; i < s.size() && (max_out == std::string::npos || out.size() <= max_out);) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if (is_ascii_space(char(c))) {  // a run of white space (source indentation) at once
                pending_space = true;
                do ++i;
                while (i < s.size() && is_ascii_space(s[i]));
                continue;
            }
            if (pending_space && !out.empty()) out.push_back(' ');
            pending_space = false;
            const std::size_t end = ascii_stretch_end(s, i, out.size(), max_out);
            out.append(s.data() + i, end - i);
            i = end;
            continue;
        }
        if (const std::size_t end = plain_run_end(s, i);
            end > i && (max_out == std::string::npos || out.size() + 1 + (end - i) <= max_out)) {
            if (pending_space && !out.empty()) out.push_back(' ');
            pending_space = false;
            out.append(s.data() + i, end - i);
            i = end;
            continue;
        }
        const std::size_t start = i;
        const char32_t cp = next_code_point(s, i);
        if (is_unicode_space(cp) || cp == 0x200B || cp == 0xFEFF) {  // zero-width space/BOM: invisible
            pending_space = pending_space || cp != 0x200B;
            continue;
        }
        if (pending_space && !out.empty()) out.push_back(' ');
        pending_space = false;
        out.append(s.substr(start, i - start));
    }
    return out;
}

namespace {

// Bytes is_collapsed must look at: ASCII white space and the lead bytes of
// kSpaceLead; every other byte (letters, digits, punctuation, the rest of
// UTF-8) is skipped with one table load.
constexpr std::array<bool, 256> kCollapseCheck = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 0x80; ++c) t[static_cast<std::size_t>(c)] = is_ascii_space(char(c));
    for (std::size_t c = 0x80; c < 256; ++c) t[c] = kSpaceLead[c];
    return t;
}();

}  // namespace

std::string collapsed(std::string s) {
    if (is_collapsed(s)) return s;  // moved out (a conditional expression would copy it)
    return collapse_whitespace(s);
}

bool is_collapsed(std::string_view s) {
    if (s.empty()) return true;
    if (s.front() == ' ' || s.back() == ' ') return false;
    // One byte: false when it breaks collapsed text; `i` moves past it (a code point).
    auto collapsed_at = [&s](std::size_t& i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (!kCollapseCheck[c]) {
            ++i;
            return true;
        }
        if (c < 0x80) {  // a space is never first (checked above)
            ++i;
            return c == ' ' && s[i - 2] != ' ';
        }
        // Decoded only where collapse_whitespace decodes: at a lead byte that may
        // start a space or an invisible code point.
        const char32_t cp = next_code_point(s, i);
        return !(is_unicode_space(cp) || cp == 0x200B || cp == 0xFEFF);
    };
    std::size_t i = 0;
    // Eight bytes at once where they are printable ASCII and spaces (most page
    // text: every line near the headline is asked, issue #3); a double space
    // inside them or across their start is all that can be wrong there.
    if constexpr (std::endian::native == std::endian::little) {
        while (i + 8 <= s.size()) {
            std::uint64_t w;
            std::memcpy(&w, s.data() + i, 8);
            if (has_control_or_utf8(w)) {
                for (const std::size_t end = i + 8; i < end;)
                    if (!collapsed_at(i)) return false;
                continue;
            }
            const std::uint64_t spaces = bytes_equal(w, ' ');
            if ((spaces & (spaces >> 8)) || ((spaces & 0x80) && s[i - 1] == ' ')) return false;
            i += 8;
        }
    }
    while (i < s.size())
        if (!collapsed_at(i)) return false;
    return true;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

char32_t next_code_point(std::string_view s, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    if (c < 0x80) {
        ++i;
        return c;
    }
    int need = 0;
    char32_t cp = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the first continuation byte
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1, cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2, cp = c & 0x0F;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3, cp = c & 0x07;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        ++i;
        return 0xFFFD;
    }
    std::size_t k = i + 1;
    for (int n = 0; n < need; ++n, ++k) {
        if (k >= s.size()) {
            i = k;
            return 0xFFFD;
        }
        const unsigned char b = byte(k);
        const unsigned char low = n == 0 ? lo : 0x80, high = n == 0 ? hi : 0xBF;
        if (b < low || b > high) {
            i = k;  // the maximal subpart ends before the offending byte
            return 0xFFFD;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    i = k;
    return cp;
}

std::size_t count_spaced_words(std::string_view s, std::size_t enough) {
    std::size_t n = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < s.size() && n < enough; ++i) {
        if (s[i] == ' ') in_word = false;
        else if (!in_word) in_word = true, ++n;
    }
    return n;
}

std::string repair_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        // Fast path: copy ASCII runs without decoding.
        std::size_t run = i;
        while (run < s.size() && static_cast<unsigned char>(s[run]) < 0x80 && s[run] != '\0') ++run;
        out.append(s.substr(i, run - i));
        i = run;
        if (i >= s.size()) break;
        const std::size_t start = i;
        const char32_t cp = next_code_point(s, i);
        if (cp == 0 || cp == 0xFFFD)
            out.append(kReplacementChar);
        else
            out.append(s.substr(start, i - start));
    }
    return out;
}

namespace {

// The ASCII digit of an Arabic-Indic (D9 A0..A9) or Persian (DB B0..B9) digit at s[i], or 0.
char arabic_digit_at(std::string_view s, std::size_t i) {
    if (i + 1 >= s.size()) return 0;
    const auto lead = static_cast<unsigned char>(s[i]), cont = static_cast<unsigned char>(s[i + 1]);
    if (lead == 0xD9 && cont >= 0xA0 && cont <= 0xA9) return char('0' + (cont - 0xA0));
    if (lead == 0xDB && cont >= 0xB0 && cont <= 0xB9) return char('0' + (cont - 0xB0));
    return 0;
}

}  // namespace

// Only the lead bytes D9/DB are looked at, found by memchr: parse_date runs this
// on every dated line, and a byte loop was 40% of parse_date's time on English
// pages (readability replace-brs, issue #3).
bool has_arabic_digits(std::string_view s) {
    if (is_ascii(s)) return false;  // most lines: no memchr calls
    for (const char lead : {'\xD9', '\xDB'})
        for (std::size_t i = s.find(lead); i != std::string_view::npos; i = s.find(lead, i + 1))
            if (arabic_digit_at(s, i) != 0) return true;
    return false;
}

namespace {

// 0x80 in each byte of `w` that is an ASCII digit, 0 elsewhere (exact: the low
// seven bits plus 0x50 or 0x46 carry into no other byte).
std::uint64_t ascii_digit_bytes(std::uint64_t w) {
    const std::uint64_t low = w & ~kHighs;
    const std::uint64_t from_zero = low + kOnes * (0x80 - '0'), past_nine = low + kOnes * (0x80 - ':');
    return from_zero & ~past_nine & ~w & kHighs;
}

}  // namespace

bool has_digit(std::string_view s) {
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        if (ascii_digit_bytes(w) != 0) return true;
        if ((w & kHighs) == 0) continue;
        for (std::size_t k = i; k < i + 8; ++k)
            if (arabic_digit_at(s, k) != 0) return true;
    }
    for (; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (is_ascii_digit(char(c)) || (c >= 0xD9 && arabic_digit_at(s, i) != 0)) return true;
    }
    return false;
}

bool fold_arabic_digits(std::string_view s, std::string& out) {
    if (!has_arabic_digits(s)) return false;
    out.clear();
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        if (const char d = arabic_digit_at(s, i); d != 0) {
            out.push_back(d);
            i += 2;
        } else {
            out.push_back(s[i++]);
        }
    }
    return true;
}

char32_t last_significant(std::string_view s) {
    std::size_t end = s.size();
    while (end > 0) {
        std::size_t start = end - 1;
        while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
        std::size_t k = start;
        const char32_t cp = next_code_point(s, k);
        const bool closer = cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 ||
                            cp == 0xBB || cp == 0x300D || cp == 0x300F;
        if (!closer) return cp;
        end = start;
    }
    return 0;
}

// The one place a sentence's closing mark is defined. Besides the Latin and CJK marks: the danda "।" and
// double danda "॥" (hi, mr, ne, bn, sa), the Arabic question mark "؟" (ar, fa, ur), the Urdu full stop
// "۔", the Ethiopic full stop "።" (am, ti) and the Myanmar section mark "။": without them no paragraph of
// those scripts ever ends a sentence, and a whole text scrape reads as a menu.
bool is_sentence_end(char32_t cp) {
    return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F ||
           cp == 0x0964 || cp == 0x0965 || cp == 0x061F || cp == 0x06D4 || cp == 0x1362 || cp == 0x104B;
}

bool ends_sentence(std::string_view s) { return is_sentence_end(last_significant(trim(s))); }

bool is_email_address(std::string_view w) {
    const std::size_t at = w.find('@');
    if (at == 0 || at == std::string_view::npos || w.find('@', at + 1) != std::string_view::npos) return false;
    const std::size_t dot = w.find('.', at + 2);
    if (dot == std::string_view::npos || dot + 1 >= w.size()) return false;
    return std::all_of(w.begin(), w.end(), [](char c) {
        return is_ascii_alpha(c) || is_ascii_digit(c) || c == '@' || c == '.' || c == '-' || c == '_' || c == '+';
    });
}

bool has_contact_detail(std::string_view text) {
    constexpr std::size_t kMinPhoneDigits = 8;
    const std::size_t at = text.find('@');
    if (at != std::string_view::npos && at > 0 && text.find('.', at) != std::string_view::npos && text[at - 1] != ' ')
        return true;
    std::size_t digits = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (is_ascii_digit(text[i])) ++digits;
        else if (text[i] != ' ' && text[i] != '-' && text[i] != '(' && text[i] != ')' && text[i] != '+' && text[i] != '/') digits = 0;
        if (digits >= kMinPhoneDigits) return true;
    }
    return false;
}

}  // namespace newsclean::util
