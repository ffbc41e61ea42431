// Finding any of many short tokens in a string in one pass: tokens are
// bucketed by their first byte (ASCII case-folded), so each position tries
// only the few tokens that can start there. Used where a table of class/id
// tokens or labels is tested against every element or line of a page.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace newsclean::util {

class TokenMatcher {
public:
    // `tokens` must be lower case and at least two bytes long (ASCII letters are
    // compared case-insensitively; other bytes exactly, but a token with non-ASCII
    // letters is also found capitalised and in capitals: "Опубліковано", "ŹRÓDŁO",
    // "PUBLIÉ"). The views must outlive the matcher (lexicon tables do).
    explicit TokenMatcher(std::span<const std::string_view> tokens);

    // Tokens of several tables at once, each table with its own bit: `flags(s)`
    // ORs the bits of every table with a token in `s` (one pass instead of one per table).
    struct Table {
        std::span<const std::string_view> tokens;
        unsigned bit;
    };
    explicit TokenMatcher(std::span<const Table> tables);
    unsigned flags(std::string_view s) const;
    // For each table k (bit 1 << k), the position of its first token in `s`, or
    // npos: what find(s, word_start) of a matcher of that table alone returns,
    // for several tables in one pass. Tables whose bit is in `word_start_bits`
    // count only occurrences at a word start. `first.size()` = number of tables.
    void first_each(std::string_view s, unsigned word_start_bits, std::span<std::size_t> first) const;

    // Position of the first occurrence of any token at or after `from`, or npos.
    // With `word_start`, only occurrences not preceded by an ASCII letter or digit count.
    std::size_t find(std::string_view s, bool word_start = false, std::size_t from = 0) const {
        return find_in(s, word_start, from, std::string_view::npos);
    }
    // find() looking only at positions before `until` (tokens may still extend past it):
    // callers that want a token near the start need not scan a whole line.
    std::size_t find_before(std::string_view s, std::size_t until, bool word_start = false) const {
        return find_in(s, word_start, 0, until);
    }
    bool in(std::string_view s) const { return find(s) != std::string_view::npos; }

private:
    std::size_t find_in(std::string_view s, bool word_start, std::size_t from, std::size_t until) const;
    std::size_t find_at_word_starts(std::string_view s, std::size_t from, std::size_t until) const;
    static std::size_t next_word_start(const unsigned char* s, std::size_t size, std::size_t i);
    struct Entry {
        std::string_view token;
        unsigned bit;
    };
    void add(std::string_view token, unsigned bit);
    void add_one(std::string_view token, unsigned bit);
    using PairBits = std::array<std::uint64_t, 1024>;
    static void set_pair(PairBits& bits, char first, char second);
    std::array<std::vector<Entry>, 256> buckets_;
    std::vector<std::unique_ptr<const std::string>> capitalised_;  // the tokens' capitalised and upper-case forms the entries view
    // Byte pairs (each ASCII case), one bit per pair. pairs_: the first two
    // bytes of some token; most positions are rejected by one load and one bit
    // test. second_pairs_: bytes 2-3 of a token of 3+ bytes; short_pairs_: a
    // whole 2-byte token. A position that passes pairs_ is tried against its
    // bucket only if one of the other two can match too (issue #3: buckets of
    // common letters were tried at most positions of a line).
    static bool test(const PairBits& bits, const unsigned char* p) {
        const unsigned k = unsigned(p[0]) << 8 | p[1];
        return (bits[k >> 6] >> (k & 63)) & 1;
    }
    bool has_pair(const unsigned char* p) const { return test(pairs_, p); }
    // Position `i` of `s` (with s[i], s[i+1] passing has_pair) may start a token.
    bool may_start(const unsigned char* s, std::size_t size, std::size_t i) const {
        return test(short_pairs_, s + i) || (i + 2 < size && test(second_pairs_, s + i + 1));
    }
    PairBits pairs_{}, second_pairs_{}, short_pairs_{};
    // The shortest token's size: a shorter text (a menu word, a page's one-word
    // line) holds none and costs no scan (issue #3: tiny pages).
    std::size_t min_size_ = SIZE_MAX;
};

}  // namespace newsclean::util
