#include "extract/lang.hpp"

#include <algorithm>

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
bool is_hangul(char32_t c) { return (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF); }
bool is_han(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

}  // namespace

LanguageGuess::LanguageGuess() : hits_(lexicon::kLanguageStopwords.size(), 0) {}

void LanguageGuess::add(std::string_view text) {
    if (cjk_ < kMaxCjk)
        for (std::size_t i = 0; i < text.size() && cjk_ < kMaxCjk;) {
            if (static_cast<unsigned char>(text[i]) < 0xE0) {  // CJK code points take three bytes
                ++i;
                continue;
            }
            const char32_t c = util::next_code_point(text, i);
            if (is_kana(c)) ++kana_, ++cjk_;
            else if (is_hangul(c)) ++hangul_, ++cjk_;
            else if (is_han(c)) ++cjk_;
        }
    if (words_ >= kMaxWords) return;
    const std::string f = util::fold(text);
    for (std::size_t p = 0; p < f.size() && words_ < kMaxWords;) {
        const std::size_t q = std::min(f.find(' ', p), f.size());
        const std::string_view w = std::string_view(f).substr(p, q - p);
        ++words_;
        for (std::size_t l = 0; l < hits_.size(); ++l)
            for (std::string_view s : lexicon::kLanguageStopwords[l].words)
                if (w == s) ++hits_[l];
        p = q + 1;
    }
}

std::string LanguageGuess::result() const {
    // CJK text has few spaces: its characters outnumber its space-separated
    // words, where an English page quoting a Chinese name does not.
    if (cjk_ >= kMinCjkChars && cjk_ >= words_) {
        if (kana_ * 100 >= cjk_ * kKanaShare) return "ja";
        return hangul_ * 2 > cjk_ ? "ko" : "zh";
    }
    const auto best = std::max_element(hits_.begin(), hits_.end());
    if (best == hits_.end()) return {};
    int second = 0;
    for (auto it = hits_.begin(); it != hits_.end(); ++it)
        if (it != best) second = std::max(second, *it);
    // Enough hits, or fewer in a short text where no other language comes close.
    const bool sure = *best >= kMinStopwordHits || (*best >= kMinClearHits && *best >= 3 * second);
    if (!sure) return {};
    return std::string(lexicon::kLanguageStopwords[static_cast<std::size_t>(best - hits_.begin())].lang);
}

}  // namespace newsclean::extract
