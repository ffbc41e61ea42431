#include "util/token_matcher.hpp"

#include "util/text.hpp"

namespace newsclean::util {

namespace {

std::size_t pair_index(char a, char b) {
    return static_cast<std::size_t>(static_cast<unsigned char>(ascii_lower(a))) << 8 |
           static_cast<unsigned char>(ascii_lower(b));
}

}  // namespace

TokenMatcher::TokenMatcher(std::span<const std::string_view> tokens) {
    for (std::string_view t : tokens) {
        if (t.size() < 2) continue;
        buckets_[static_cast<unsigned char>(ascii_lower(t.front()))].push_back(t);
        pairs_.set(pair_index(t[0], t[1]));
    }
}

namespace {

bool matches_at(std::string_view s, std::size_t i, std::string_view token) {
    if (s.size() - i < token.size()) return false;
    for (std::size_t k = 0; k < token.size(); ++k)
        if (ascii_lower(s[i + k]) != token[k]) return false;
    return true;
}

}  // namespace

std::size_t TokenMatcher::find(std::string_view s, bool word_start, std::size_t from) const {
    for (std::size_t i = from; i + 1 < s.size(); ++i) {
        if (!pairs_.test(pair_index(s[i], s[i + 1]))) continue;
        const auto& bucket = buckets_[static_cast<unsigned char>(ascii_lower(s[i]))];
        if (bucket.empty()) continue;
        if (word_start && i > 0 && (is_ascii_alpha(s[i - 1]) || is_ascii_digit(s[i - 1]))) continue;
        for (std::string_view t : bucket)
            if (matches_at(s, i, t)) return i;
    }
    return std::string_view::npos;
}

}  // namespace newsclean::util
