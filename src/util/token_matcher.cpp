#include "util/token_matcher.hpp"

#include "util/text.hpp"

namespace newsclean::util {

namespace {

bool matches_at(std::string_view s, std::size_t i, std::string_view token) {
    if (s.size() - i < token.size()) return false;
    for (std::size_t k = 0; k < token.size(); ++k)
        if (ascii_lower(s[i + k]) != token[k]) return false;
    return true;
}

std::size_t pair_index(char a, char b) {
    return static_cast<std::size_t>(static_cast<unsigned char>(ascii_lower(a))) << 8 |
           static_cast<unsigned char>(ascii_lower(b));
}

}  // namespace

void TokenMatcher::add(std::string_view t, unsigned bit) {
    if (t.size() < 2) return;
    buckets_[static_cast<unsigned char>(ascii_lower(t.front()))].push_back({t, bit});
    pairs_.set(pair_index(t[0], t[1]));
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
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        if (!pairs_.test(pair_index(s[i], s[i + 1]))) continue;
        for (const Entry& e : buckets_[static_cast<unsigned char>(ascii_lower(s[i]))])
            if ((found & e.bit) == 0 && matches_at(s, i, e.token)) found |= e.bit;
    }
    return found;
}


std::size_t TokenMatcher::find(std::string_view s, bool word_start, std::size_t from) const {
    for (std::size_t i = from; i + 1 < s.size(); ++i) {
        if (!pairs_.test(pair_index(s[i], s[i + 1]))) continue;
        const auto& bucket = buckets_[static_cast<unsigned char>(ascii_lower(s[i]))];
        if (bucket.empty()) continue;
        if (word_start && i > 0 && (is_ascii_alpha(s[i - 1]) || is_ascii_digit(s[i - 1]))) continue;
        for (const Entry& e : bucket)
            if (matches_at(s, i, e.token)) return i;
    }
    return std::string_view::npos;
}

}  // namespace newsclean::util
