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

std::size_t Article::word_count() const {
    std::size_t words = 0;
    for (const Block& b : blocks) {
        bool in_word = false;
        const std::string& s = b.text;
        for (std::size_t i = 0; i < s.size();) {
            const char32_t cp = util::next_code_point(s, i);
            if (util::is_cjk(cp)) {
                ++words;
                in_word = false;
            } else if (util::is_word_char(cp) || (in_word && (cp == '\'' || cp == 0x2019 || cp == '-'))) {
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
