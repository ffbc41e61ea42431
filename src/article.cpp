#include "newsclean/article.hpp"

#include "util/text.hpp"

namespace newsclean {

std::string Article::body() const {
    std::string out;
    for (const Block& b : blocks) {
        if (b.text.empty()) continue;
        if (!out.empty()) out.append("\n\n");
        out.append(b.text);
    }
    return out;
}

namespace {

// Scripts written without spaces between words: each character counts as a word.
bool is_cjk(char32_t cp) {
    return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFF);
}

bool is_word_char(char32_t cp) {
    if (cp < 0x80) return util::is_ascii_alpha(char(cp)) || util::is_ascii_digit(char(cp));
    if (util::is_unicode_space(cp)) return false;
    // General punctuation, CJK symbols/punctuation, fullwidth forms' punctuation: not words.
    if ((cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
        cp == 0xFFFD || (cp >= 0xA0 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7)
        return false;
    return true;
}

}  // namespace

std::size_t Article::word_count() const {
    std::size_t words = 0;
    for (const Block& b : blocks) {
        bool in_word = false;
        const std::string& s = b.text;
        for (std::size_t i = 0; i < s.size();) {
            const char32_t cp = util::next_code_point(s, i);
            if (is_cjk(cp)) {
                ++words;
                in_word = false;
            } else if (is_word_char(cp) || (in_word && (cp == '\'' || cp == 0x2019 || cp == '-'))) {
                if (!in_word) ++words;
                in_word = true;
            } else {
                in_word = false;
            }
        }
    }
    return words;
}

}  // namespace newsclean
