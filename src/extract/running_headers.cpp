#include "extract/running_headers.hpp"

#include <string>
#include <unordered_map>

#include "extract/content.hpp"
#include "lexicon/page_furniture.hpp"
#include "util/fold.hpp"
#include "util/text.hpp"

namespace newsclean::extract {

namespace {

// The shapes of a page marker, one letter per token: P a page word, N a
// number, O "of" or a slash, D a dash. "Page 2", "Page 2 of 3", "2 | Page"
// (Word's accent-bar page field), "- 2 -" (Word's dashed page field).
constexpr std::string_view kMarkerShapes[] = {"PN", "PNON", "NP", "DND"};
constexpr std::size_t kMaxMarkerTokens = 4;
constexpr std::size_t kMaxPageDigits = 4;
// Longer text is never a marker ("Страница 1234 из 1234" is 37 bytes): paragraphs are not folded.
constexpr std::size_t kMaxMarkerBytes = 64;

// A running header is a title line: a company and a document type, a
// report's name, a confidentiality note.
constexpr std::size_t kMaxHeaderWords = 8;

// Frame punctuation a page marker may carry: "[Page 3]", "2 | Page", "Page 2:".
bool is_frame_mark(char32_t cp) {
    return cp == '[' || cp == ']' || cp == '(' || cp == ')' || cp == '|' || cp == '.' || cp == ':' || cp == ',';
}

bool is_digit_cp(char32_t cp) { return cp >= '0' && cp <= '9'; }

// The end of the run of code points from `i` that satisfy `keep`.
template <class Keep>
std::size_t run_end(std::string_view s, std::size_t i, Keep keep) {
    while (i < s.size()) {
        std::size_t next = i;
        if (!keep(util::next_code_point(s, next))) break;
        i = next;
    }
    return i;
}

// The token letter of a word (P or O), 0 for any other word.
char word_letter(std::string_view word) {
    if (lexicon::equals_any(lexicon::kPageWords, word)) return 'P';
    if (lexicon::equals_any(lexicon::kPageOfWords, word)) return 'O';
    return 0;
}

// The shape of a folded line (see kMarkerShapes); empty when a sign, a word
// or a number the markers never hold is met.
std::string marker_shape(std::string_view folded) {
    std::string shape;
    std::size_t i = 0;
    while (i < folded.size()) {
        const std::size_t start = i;
        const char32_t cp = util::next_code_point(folded, i);
        if (cp == ' ' || is_frame_mark(cp)) continue;
        if (shape.size() == kMaxMarkerTokens) return {};
        if (is_digit_cp(cp)) {
            i = run_end(folded, i, is_digit_cp);
            if (i - start > kMaxPageDigits) return {};
            shape.push_back('N');
        } else if (cp == '/' || cp == '-') {
            shape.push_back(cp == '/' ? 'O' : 'D');
        } else if (util::is_word_char(cp)) {
            i = run_end(folded, i, [](char32_t c) { return util::is_word_char(c) && !is_digit_cp(c); });
            const char letter = word_letter(folded.substr(start, i - start));
            if (letter == 0) return {};
            shape.push_back(letter);
        } else {
            return {};
        }
    }
    return shape;
}

// Ends like a sentence or an introduction (". ! ? … :"): prose, or a label
// opening what follows ("Q:", a speaker's name), never a running header.
bool ends_like_prose(std::string_view folded) {
    const std::string_view t = util::trim(folded);
    if (t.empty()) return false;
    const char last = t.back();
    return last == '.' || last == '!' || last == '?' || last == ':' || t.ends_with("…");
}

bool has_letter(std::string_view folded) {
    for (std::size_t i = 0; i < folded.size();) {
        const char32_t cp = util::next_code_point(folded, i);
        if (util::is_word_char(cp) && !is_digit_cp(cp)) return true;
    }
    return false;
}

// A line that may be a running header when it repeats (folded).
bool header_shaped(std::string_view folded) { return has_letter(folded) && !ends_like_prose(folded); }

// A folded text that is a page marker alone (kMarkerShapes).
bool folded_marker(std::string_view folded) {
    if (folded.size() > kMaxMarkerBytes) return false;
    const std::string shape = marker_shape(folded);
    for (std::string_view s : kMarkerShapes)
        if (shape == s) return true;
    return false;
}

}  // namespace

bool is_page_marker(std::string_view text) {
    return text.size() <= kMaxMarkerBytes && folded_marker(util::fold(text));
}

bool is_page_footer(std::string_view text) {
    if (util::count_tokens(text) > kMaxHeaderWords + kMaxMarkerTokens) return false;
    const std::string folded = util::fold(text);
    const std::string_view f = folded;
    for (std::string_view sep : lexicon::kFooterSeparators.phrases) {
        const std::size_t first = f.find(sep);
        if (first == std::string_view::npos) continue;
        const std::size_t last = f.rfind(sep);
        if (folded_marker(f.substr(0, first)) || folded_marker(f.substr(last + sep.size()))) return true;
    }
    return false;
}

std::vector<std::string_view> page_furniture(const std::vector<std::string_view>& texts) {
    std::vector<std::string_view> rules(texts.size());
    std::vector<std::string> keys(texts.size());  // fold_key of each header-shaped text, else empty
    std::unordered_map<std::string, int> seen;
    bool paged = false;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (texts[i].empty()) continue;
        if (is_page_marker(texts[i]) || is_page_footer(texts[i])) {
            rules[i] = "page-marker";
            paged = true;
            continue;
        }
        if (util::count_tokens(texts[i]) > kMaxHeaderWords) continue;  // prose: neither a mark nor a header
        const std::string key = util::fold_key(texts[i]);
        if (lexicon::equals_any(lexicon::kReleaseMarks, key)) {
            rules[i] = "release-mark";
        } else if (header_shaped(util::fold(texts[i]))) {
            keys[i] = key;
            ++seen[key];
        }
    }
    if (!paged) return rules;
    for (std::size_t i = 0; i < texts.size(); ++i)
        if (!keys[i].empty() && seen[keys[i]] >= 2) rules[i] = "running-header";
    return rules;
}

void drop_page_furniture(std::vector<Block>& blocks, std::vector<Removal>* removed) {
    std::vector<std::string_view> texts;
    texts.reserve(blocks.size());
    for (const Block& b : blocks) {
        const bool judged = b.kind == BlockKind::paragraph || b.kind == BlockKind::heading;
        texts.push_back(judged ? std::string_view(b.text) : std::string_view());
    }
    const std::vector<std::string_view> rules = page_furniture(texts);
    std::size_t out = 0;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (!rules[i].empty()) {
            record_removal(removed, rules[i], blocks[i].text);
            continue;
        }
        if (out != i) blocks[out] = std::move(blocks[i]);
        ++out;
    }
    blocks.resize(out);
}

}  // namespace newsclean::extract
