// A cheap guess of the language of a page that does not declare one.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsclean::extract {

// Fed the page's text piece by piece: Japanese, Korean and Chinese by their
// scripts (kana, hangul, han), other languages by which one's most frequent
// function words occur most often (lexicon::kLanguageStopwords). Counting
// stops after a few hundred words: the guess does not need more.
class LanguageGuess {
public:
    void add(std::string_view text);
    bool enough() const { return words_ >= kMaxWords || cjk_ >= kMaxCjk; }
    // BCP 47 primary language subtag, or empty when unsure.
    std::string result() const;

    // Room for this many kLanguageStopwords entries (checked once, when the
    // stop word index is built): an array, not a heap vector, since a guess is
    // made for every page without a lang attribute (issue #3).
    static constexpr std::size_t kMaxLanguages = 16;

private:
    static constexpr std::size_t kMaxWords = 600, kMaxCjk = 2000;
    void count_cjk(std::string_view text);
    std::array<int, kMaxLanguages> hits_{};  // per kLanguageStopwords entry
    std::size_t words_ = 0;
    std::size_t cjk_ = 0, kana_ = 0, hangul_ = 0;
};

}  // namespace newsclean::extract
