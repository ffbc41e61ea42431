#include "extract/lang.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <span>
#include <stdexcept>
#include <utility>
#include <vector>

#include "lexicon/metadata_words.hpp"
#include "util/fold.hpp"
#include "util/text.hpp"

namespace newsclean::extract {

namespace {

constexpr int kMinStopwordHits = 8;        // fewer: too little text to tell...
constexpr int kMinClearHits = 4;           // ...unless one language has them all
constexpr std::size_t kMinCjkChars = 20;   // a few CJK characters are a name or a quote
constexpr std::size_t kKanaShare = 10;     // percent of CJK characters: Japanese mixes kana into kanji

bool is_kana(char32_t c) { return c >= 0x3040 && c <= 0x30FF; }
bool is_han(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

// Every stop word of lexicon::kLanguageStopwords with its language, as a
// number (its bytes packed: stop words are short), sorted: a word is looked up
// in a few integer comparisons, not compared with all of them (the guess was
// a quarter of the metadata time of small pages, issue #3). A stop word longer
// than 8 bytes (none today) is compared as a string.
//
// `keys` sort by length first (a shorter word packs to a smaller number), then
// by bytes: `ranges` holds the run of keys of each length and first byte, so a
// lookup searches a handful of keys.
constexpr std::size_t kMaxPacked = 8;

struct StopwordIndex {
    std::vector<std::pair<std::uint64_t, std::size_t>> keys;  // packed stop word, language index
    std::array<std::pair<std::size_t, std::size_t>, (kMaxPacked + 1) * 256> ranges{};  // [begin, end) in keys
    std::vector<std::pair<std::string_view, std::size_t>> long_words;
    std::size_t longest = 0;
};

// The bytes of a word of at most kMaxPacked bytes as one number (no word has a NUL byte).
std::uint64_t pack_word(std::string_view w) {
    std::uint64_t key = 0;
    for (char c : w) key = key << 8 | static_cast<unsigned char>(c);
    return key;
}

const StopwordIndex& stopword_index() {
    static const StopwordIndex index = [] {
        StopwordIndex out;
        if (lexicon::kLanguageStopwords.size() > LanguageGuess::kMaxLanguages)
            throw std::logic_error("lexicon::kLanguageStopwords: more languages than LanguageGuess::kMaxLanguages");
        for (std::size_t l = 0; l < lexicon::kLanguageStopwords.size(); ++l)
            for (std::string_view s : lexicon::kLanguageStopwords[l].words) {
                if (s.size() <= kMaxPacked) out.keys.emplace_back(pack_word(s), l);
                else out.long_words.emplace_back(s, l);
                out.longest = std::max(out.longest, s.size());
            }
        std::sort(out.keys.begin(), out.keys.end());
        for (auto& r : out.ranges) r = {out.keys.size(), out.keys.size()};
        for (std::size_t k = out.keys.size(); k-- > 0;) {
            // A packed word's length is its count of significant bytes; its first byte is the top one.
            const std::uint64_t key = out.keys[k].first;
            const std::size_t len = (static_cast<std::size_t>(std::bit_width(key)) + 7) / 8;
            auto& r = out.ranges[len * 256 + static_cast<std::size_t>(key >> (8 * (len - 1)))];
            if (r.second == out.keys.size()) r.second = k + 1;
            r.first = k;
        }
        return out;
    }();
    return index;
}

// Adds one hit per language listing the word of `len` bytes (1..kMaxPacked) packed as `key`.
void count_packed(const StopwordIndex& index, std::uint64_t key, std::size_t len, std::span<int> hits) {
    const auto [begin, end] = index.ranges[len * 256 + static_cast<std::size_t>(key >> (8 * (len - 1)))];
    const auto last = index.keys.begin() + static_cast<std::ptrdiff_t>(end);
    auto it = std::lower_bound(index.keys.begin() + static_cast<std::ptrdiff_t>(begin), last, std::make_pair(key, std::size_t{0}));
    for (; it != last && it->first == key; ++it) ++hits[it->second];
}

// Adds one hit per language listing the folded word `w`.
void count_stopword(const StopwordIndex& index, std::string_view w, std::span<int> hits) {
    if (w.size() > kMaxPacked) {
        for (const auto& [s, l] : index.long_words)
            if (s == w) ++hits[l];
        return;
    }
    if (!w.empty()) count_packed(index, pack_word(w), w.size(), hits);
}

// One word of the text: folded alone (the same as a word of fold(text)).
// Folding shortens a word at most threefold (a typographic quote becomes
// "'"), so a longer word cannot be a stop word; an ASCII word folds to its
// own length and is lower-cased on the stack.
void count_word(const StopwordIndex& index, std::string_view raw, std::span<int> hits) {
    if (raw.size() > 3 * index.longest) return;
    const bool ascii = std::all_of(raw.begin(), raw.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii && raw.size() > index.longest) return;
    if (ascii && raw.size() <= kMaxPacked) {
        char lower[kMaxPacked];
        for (std::size_t k = 0; k < raw.size(); ++k) lower[k] = util::ascii_lower(raw[k]);
        count_stopword(index, std::string_view(lower, raw.size()), hits);
    } else {
        count_stopword(index, util::fold(raw), hits);
    }
}

// The first byte at or after `i` that may open a CJK code point (0xE0 and
// up), or text.size(): eight bytes at a time while all are ASCII.
std::size_t next_cjk_lead(std::string_view text, std::size_t i) {
    constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
    while (i < text.size() && static_cast<unsigned char>(text[i]) < 0xE0) {
        std::uint64_t chunk;
        if (i + 8 <= text.size() && (std::memcpy(&chunk, text.data() + i, 8), (chunk & kHighBits) == 0)) i += 8;
        else ++i;
    }
    return std::min(i, text.size());
}

// util::next_code_point, with the three-byte sequences of kana, hangul and
// han (leads 0xE1-0xEC, 0xEE, 0xEF: no narrowed continuation range) decoded
// inline: the call was ~70 instructions per character, 142K per call on
// trafilatura xinhuanet.com (issue #3).
char32_t next_three_byte(std::string_view text, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    const bool plain = lead >= 0xE1 && lead <= 0xEF && lead != 0xED;
    if (!plain || i + 2 >= text.size() || (byte(i + 1) & 0xC0) != 0x80 || (byte(i + 2) & 0xC0) != 0x80)
        return util::next_code_point(text, i);
    const char32_t c = static_cast<char32_t>(lead & 0x0F) << 12 | static_cast<char32_t>(byte(i + 1) & 0x3F) << 6 |
                       static_cast<char32_t>(byte(i + 2) & 0x3F);
    i += 3;
    return c;
}

}  // namespace

// CJK code points take three bytes: only their lead bytes are decoded, and
// enough() can change only when one is counted (issue #3: this byte loop was
// a third of the guess on pages without a lang attribute; ASCII text is
// skipped eight bytes at a time).
void LanguageGuess::count_cjk(std::string_view text) {
    for (std::size_t i = 0; i < text.size() && !enough();) {
        i = next_cjk_lead(text, i);
        if (i == text.size()) break;
        const char32_t c = next_three_byte(text, i);
        if (is_kana(c)) ++kana_, ++cjk_;
        else if (util::is_hangul(c)) ++hangul_, ++cjk_;
        else if (is_han(c)) ++cjk_;
    }
}

// Words are split at spaces. A plain ASCII word of at most kMaxPacked bytes
// (most words) is lower-cased and packed in one pass over its bytes (issue #3:
// ~200 instructions per word on readability ol.html before); any other is
// trimmed and looked up by count_word.
void LanguageGuess::add(std::string_view text) {
    count_cjk(text);
    const StopwordIndex& index = stopword_index();
    const std::span<int> hits(hits_.data(), lexicon::kLanguageStopwords.size());
    const std::size_t fast_max = std::min(index.longest, kMaxPacked);
    for (std::size_t p = 0; p < text.size() && !enough();) {
        const std::size_t q = std::min(text.find(' ', p), text.size());
        std::string_view raw = text.substr(p, q - p);
        p = q + 1;
        if (raw.empty()) continue;
        const bool spaced = util::is_ascii_space(raw.front()) || util::is_ascii_space(raw.back());
        if (!spaced && raw.size() <= fast_max) {
            std::uint64_t key = 0;
            unsigned char bits = 0;
            for (char c : raw) {
                bits |= static_cast<unsigned char>(c);
                key = key << 8 | static_cast<unsigned char>(util::ascii_lower(c));
            }
            if (bits < 0x80) {
                ++words_;
                count_packed(index, key, raw.size(), hits);
                continue;
            }
        }
        if (spaced) raw = util::trim(raw);
        if (raw.empty()) continue;
        ++words_;
        count_word(index, raw, hits);
    }
}

std::string LanguageGuess::result() const {
    // CJK text has few spaces: its characters outnumber its space-separated
    // words, where an English page quoting a Chinese name does not.
    if (cjk_ >= kMinCjkChars && cjk_ >= words_) {
        if (kana_ * 100 >= cjk_ * kKanaShare) return "ja";
        return hangul_ * 2 > cjk_ ? "ko" : "zh";
    }
    // A language scores at most one hit per word: too few words, no guess.
    if (words_ < static_cast<std::size_t>(kMinClearHits)) return {};
    const std::span<const int> hits(hits_.data(), lexicon::kLanguageStopwords.size());
    const auto best = std::max_element(hits.begin(), hits.end());
    if (best == hits.end()) return {};
    int second = 0;
    for (auto it = hits.begin(); it != hits.end(); ++it)
        if (it != best) second = std::max(second, *it);
    const bool sure = *best >= kMinStopwordHits || (*best >= kMinClearHits && *best >= 3 * second);
    if (!sure) return {};
    return std::string(lexicon::kLanguageStopwords[static_cast<std::size_t>(best - hits.begin())].lang);
}

}  // namespace newsclean::extract
