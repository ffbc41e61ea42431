// Date expressions in page text and metadata → ISO 8601.
// Implemented with the metadata issue (#3); shared by the HTML metadata
// extractor and the plain-text extractor.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace newsclean::extract {

struct ParsedDate {
    int year = 0, month = 0, day = 0;
    bool has_time = false;
    int hour = 0, minute = 0, second = 0;
    bool has_offset = false;
    int offset_minutes = 0;  // east of UTC

    // "2025-09-19", "2025-09-19T04:20:00" or "2025-09-19T04:20:00+08:00" / "...Z".
    std::string iso() const;
};

// The first date in `text` (ISO 8601, RFC 2822, "2025/09/19 04:20",
// "19.09.2025", "Sep 19, 2025 at 4:20 am UTC", "Friday, September 19, 2025",
// month names in en/de/fr/es/it/pt/nl/pl/ru/tr/ar/cs/sk/th, "2025年9月19日", Arabic-Indic digits). `lang` (BCP 47,
// may be empty) decides day/month order for ambiguous numeric dates.
// The three-argument form also tells whether `lang` was asked (an ambiguous
// numeric date was met): when not, the result holds for any language, and a
// caller reading one value in several languages parses it once (issue #3).
std::optional<ParsedDate> parse_date(std::string_view text, std::string_view lang, bool& lang_used);

// False when `text` holds no date: every form parse_date reads has a digit,
// ASCII or Arabic-Indic/Persian (UTF-8 lead bytes D9, DB). One table load per
// byte, inline: most lines asked have none, and the call cost more than the
// scan on short ones (issue #3).
inline bool may_hold_date(std::string_view text) {
    static constexpr auto kDigitBytes = [] {
        std::array<bool, 256> t{};
        for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = true;
        t[0xD9] = t[0xDB] = true;
        return t;
    }();
    for (const char c : text)
        if (kDigitBytes[static_cast<unsigned char>(c)]) return true;
    return false;
}

inline std::optional<ParsedDate> parse_date(std::string_view text, std::string_view lang = {}) {
    if (!may_hold_date(text)) return std::nullopt;
    bool lang_used = false;
    return parse_date(text, lang, lang_used);
}

// Whether the dotted meridiem of a clock time ends at s[end] ("4:20 a.m.", "10 p.m."): that dot
// ends no sentence. ends_with_meridiem: at the end of `s`.
bool meridiem_ends_at(std::string_view s, std::size_t end);
inline bool ends_with_meridiem(std::string_view s) { return !s.empty() && meridiem_ends_at(s, s.size() - 1); }

// Days since 1970-01-01 of a calendar day (time and offset ignored), to tell
// how far apart two dates are.
long day_number(int year, int month, int day);
inline long day_number(const ParsedDate& d) { return day_number(d.year, d.month, d.day); }

// A date in a URL path: /2025/09/19/ or /2025-09-19/ or /20250919/.
std::optional<ParsedDate> date_from_url(std::string_view url);

}  // namespace newsclean::extract
