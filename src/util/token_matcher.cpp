#include "util/token_matcher.hpp"

#include <algorithm>
#include <bit>

#include "util/fold.hpp"
#include "util/text.hpp"

namespace newsclean::util {

namespace {

bool matches_at(std::string_view s, std::size_t i, std::string_view token) {
    if (s.size() - i < token.size()) return false;
    for (std::size_t k = 0; k < token.size(); ++k)
        if (ascii_lower(s[i + k]) != token[k]) return false;
    return true;
}

char ascii_upper(char c) { return (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c; }

}  // namespace

void TokenMatcher::add(std::string_view t, unsigned bit) {
    if (t.size() < 2) return;
    add_one(t, bit);
    // A label opening a line or sentence is capitalised, and a label set in capitals ("ОНОВЛЕНО:", a CSS
    // upper-case label copied into a text scrape) is all capitals. ASCII letters are matched in any case byte by
    // byte; non-ASCII ones ("Оновлено:", study-v round 19's Cyrillic date rows) need an entry per form.
    if (std::none_of(t.begin(), t.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) return;
    std::string capitalised, upper;  // ASCII bytes stay lower case: matches_at lowers the text's
    bool first = true;
    for (std::size_t i = 0; i < t.size();) {
        const std::size_t start = i;
        const char32_t cp = next_code_point(t, i);
        const char32_t capital = cp < 0x80 ? cp : capital_of(cp);
        if (first) append_utf8(capitalised, capital);
        else capitalised.append(t.substr(start, i - start));
        append_utf8(upper, capital);
        first = false;
    }
    auto add_form = [&](std::string form) {
        capitalised_.push_back(std::make_unique<const std::string>(std::move(form)));
        add_one(*capitalised_.back(), bit);
    };
    if (upper != capitalised && upper != t) add_form(std::move(upper));
    if (capitalised != t) add_form(std::move(capitalised));
}

void TokenMatcher::add_one(std::string_view t, unsigned bit) {
    min_size_ = std::min(min_size_, t.size());
    buckets_[static_cast<unsigned char>(ascii_lower(t.front()))].push_back({t, bit});
    set_pair(pairs_, t[0], t[1]);
    if (t.size() == 2) set_pair(short_pairs_, t[0], t[1]);
    else set_pair(second_pairs_, t[1], t[2]);
}

// Raw bytes, not folded: every ASCII case variant of the pair is set.
void TokenMatcher::set_pair(PairBits& bits, char first, char second) {
    for (char a : {first, ascii_upper(first)})
        for (char b : {second, ascii_upper(second)}) {
            const unsigned k = unsigned(static_cast<unsigned char>(a)) << 8 | static_cast<unsigned char>(b);
            bits[k >> 6] |= std::uint64_t{1} << (k & 63);
        }
}

TokenMatcher::TokenMatcher(std::span<const std::string_view> tokens) {
    for (std::string_view t : tokens) add(t, 1);
}

TokenMatcher::TokenMatcher(std::span<const Table> tables) {
    for (const Table& table : tables)
        for (std::string_view t : table.tokens) add(t, table.bit);
}

unsigned TokenMatcher::flags(std::string_view s) const {
    unsigned found = 0;
    if (s.size() < min_size_) return found;
    const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        if (!has_pair(bytes + i) || !may_start(bytes, s.size(), i)) continue;
        for (const Entry& e : buckets_[static_cast<unsigned char>(ascii_lower(s[i]))])
            if ((found & e.bit) == 0 && matches_at(s, i, e.token)) found |= e.bit;
    }
    return found;
}

namespace {

// A byte of an ASCII word: a token found "at a word start" follows none.
constexpr std::array<bool, 256> kWordByte = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 0x80; ++c) t[static_cast<std::size_t>(c)] = is_ascii_alpha(char(c)) || is_ascii_digit(char(c));
    return t;
}();

}  // namespace

// The first word start after `i` (a position after a non-word byte). A word's
// bytes cost one table load each: prose is mostly word bytes (issue #3: a pair
// test at every position was a quarter of extract_metadata on prose pages).
std::size_t TokenMatcher::next_word_start(const unsigned char* s, std::size_t size, std::size_t i) {
    if (kWordByte[s[i]])
        for (++i; i < size && kWordByte[s[i]];) ++i;
    return i + 1;
}

void TokenMatcher::first_each(std::string_view s, unsigned word_start_bits, std::span<std::size_t> first) const {
    for (std::size_t& f : first) f = std::string_view::npos;
    if (s.size() < min_size_) return;
    const unsigned all = first.size() >= 32 ? ~0u : (1u << first.size()) - 1;
    unsigned found = 0;
    auto try_at = [&](std::size_t i, bool word_start) {
        for (const Entry& e : buckets_[static_cast<unsigned char>(ascii_lower(s[i]))]) {
            if ((found & e.bit) || (!word_start && (word_start_bits & e.bit)) || !matches_at(s, i, e.token)) continue;
            found |= e.bit;
            first[static_cast<std::size_t>(std::countr_zero(e.bit))] = i;
        }
    };
    const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
    if ((word_start_bits & all) == all) {  // only word starts can match: skip the other positions
        for (std::size_t i = 0; i + 1 < s.size() && found != all; i = next_word_start(bytes, s.size(), i))
            if (has_pair(bytes + i) && may_start(bytes, s.size(), i)) try_at(i, true);
        return;
    }
    for (std::size_t i = 0; i + 1 < s.size() && found != all; ++i) {
        if (!has_pair(bytes + i) || !may_start(bytes, s.size(), i)) continue;
        try_at(i, i == 0 || !(is_ascii_alpha(s[i - 1]) || is_ascii_digit(s[i - 1])));
    }
}

std::size_t TokenMatcher::find_in(std::string_view s, bool word_start, std::size_t from, std::size_t until) const {
    if (from >= s.size() || s.size() - from < min_size_) return std::string_view::npos;
    if (word_start) return find_at_word_starts(s, from, until);
    const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
    for (std::size_t i = from; i + 1 < s.size() && i < until; ++i) {
        if (!has_pair(bytes + i) || !may_start(bytes, s.size(), i)) continue;
        const auto& bucket = buckets_[static_cast<unsigned char>(ascii_lower(s[i]))];
        for (const Entry& e : bucket)
            if (matches_at(s, i, e.token)) return i;
    }
    return std::string_view::npos;
}

// find_in with `word_start`: only word starts are tested.
std::size_t TokenMatcher::find_at_word_starts(std::string_view s, std::size_t from, std::size_t until) const {
    const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
    std::size_t i = from;
    if (i > 0 && i < s.size() && kWordByte[bytes[i - 1]]) i = next_word_start(bytes, s.size(), i);
    for (; i + 1 < s.size() && i < until; i = next_word_start(bytes, s.size(), i))
        if (has_pair(bytes + i) && may_start(bytes, s.size(), i))
            for (const Entry& e : buckets_[static_cast<unsigned char>(ascii_lower(s[i]))])
                if (matches_at(s, i, e.token)) return i;
    return std::string_view::npos;
}

}  // namespace newsclean::util
