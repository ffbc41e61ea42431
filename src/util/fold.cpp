#include "util/fold.hpp"

#include <algorithm>

#include "util/text.hpp"

namespace newsclean::util {

char32_t fold_code_point(char32_t cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)) return cp + 32;                  // Latin-1 capitals
    if (cp >= 0x100 && cp <= 0x17F && cp != 0x130 && cp != 0x138 && cp != 0x149) {  // Latin Extended-A pairs
        const bool odd_lower = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
        if (odd_lower) return (cp % 2 == 1) ? cp + 1 : cp;
        return (cp % 2 == 0) ? cp + 1 : cp;
    }
    if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) return cp + 32;  // Greek
    if (cp >= 0x410 && cp <= 0x42F) return cp + 32;                  // Cyrillic
    if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
    switch (cp) {
        case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: return '\'';
        case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0xAB: case 0xBB: return '"';
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: return '-';
        default: return cp;
    }
}

bool is_capital(char32_t cp) {
    if (cp >= 0x1E00 && cp <= 0x1EFF) return cp % 2 == 0;
    const char32_t folded = fold_code_point(cp);
    return folded != cp && is_word_char(folded);  // not a quote or dash folded to ASCII
}

char32_t capital_of(char32_t cp) {
    if (cp < 0xE0) return cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
    // The inverse of fold_code_point's offsets: Latin-1, Greek and Cyrillic capitals lie 32 (Cyrillic Ѐ-Џ: 80)
    // below their lower case, Latin Extended-A pairs one apart.
    for (const char32_t offset : {32, 80})
        if (cp > offset && fold_code_point(cp - offset) == cp) return cp - offset;
    for (const char32_t c : {cp - 1, cp + 1})
        if (fold_code_point(c) == cp && c != cp) return c;
    return cp;
}

namespace {

bool is_edge_junk(char32_t cp) {
    if (cp < 0x80) return !(is_ascii_alpha(char(cp)) || is_ascii_digit(char(cp)));
    return is_unicode_space(cp) || (cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0xA0 && cp <= 0xBF) ||
           (cp >= 0x3000 && cp <= 0x303F) || cp == 0xFFFD;
}

}  // namespace

std::string fold(std::string_view text) {
    std::string folded;
    folded.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            // A run of ASCII is appended at once and lower-cased in place.
            std::size_t end = i + 1;
            while (end < text.size() && static_cast<unsigned char>(text[end]) < 0x80) ++end;
            const std::size_t from = folded.size();
            folded.append(text.substr(i, end - i));
            for (std::size_t k = from; k < folded.size(); ++k) folded[k] = ascii_lower(folded[k]);
            i = end;
            continue;
        }
        append_utf8(folded, fold_code_point(next_code_point(text, i)));
    }
    // Most text comes here collapsed already (page lines): no second copy. (Not
    // a conditional expression: its lvalue arm would copy `folded`.)
    if (is_collapsed(folded)) return folded;
    return collapse_whitespace(folded);
}

std::string fold_key(std::string_view text) {
    std::string f = fold(text);
    std::size_t b = 0, e = f.size();
    while (b < e) {
        std::size_t k = b;
        if (!is_edge_junk(next_code_point(f, k))) break;
        b = k;
    }
    while (e > b) {
        std::size_t start = e - 1;
        while (start > b && (static_cast<unsigned char>(f[start]) & 0xC0) == 0x80) --start;
        std::size_t k = start;
        if (!is_edge_junk(next_code_point(f, k))) break;
        e = start;
    }
    // Trimmed in place: most keys have no edge junk, and substr would copy them.
    f.erase(e);
    f.erase(0, b);
    return f;
}

// ASCII text (most site names and many titles) is squashed without fold()'s
// copies: ~10 squashes per page, fold ~8K instructions per call on repost
// cmcfeed-025 (issue #3).
std::string squash(std::string_view s) {
    std::string out;
    if (std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        for (char c : s)
            if (is_ascii_alpha(c) || is_ascii_digit(c)) out.push_back(ascii_lower(c));
        return out;
    }
    for (char c : fold(s))
        if (!is_ascii_space(c) && !(static_cast<unsigned char>(c) < 0x80 && !is_ascii_alpha(c) && !is_ascii_digit(c)))
            out.push_back(c);
    return out;
}

}  // namespace newsclean::util
