// Byline and source lines → names. Works on the line as shown: labels are
// matched case-insensitively code point by code point (util::fold of each code
// point), so cut positions stay valid in the original text (folding can change
// byte lengths: "“" → "\""). Word lists live in lexicon/byline_words.
#include "extract/byline.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <functional>
#include <span>
#include <vector>

#include "extract/dates.hpp"
#include "extract/url.hpp"
#include "lexicon/byline_words.hpp"
#include "lexicon/date_words.hpp"
#include "lexicon/phrases.hpp"
#include "lexicon/text_layout_words.hpp"
#include "newsclean/article.hpp"
#include "util/fold.hpp"
#include "util/text.hpp"
#include "util/token_matcher.hpp"

namespace newsclean::extract {

namespace {

constexpr std::size_t npos = std::string_view::npos;
constexpr std::size_t kMaxNameWords = 6;    // "Jean-Claude van der Berg Junior" fits; a sentence does not
constexpr std::size_t kMaxSourceWords = 8;  // "The Hashrate Herald", "Agence France-Presse"
constexpr std::size_t kMaxFieldNoun = 16;   // longer than any lexicon::kLabelFieldNouns entry

bool is_word_cp(char32_t cp) {
    if (cp < 0x80) return util::is_ascii_alpha(char(cp)) || util::is_ascii_digit(char(cp));
    return !util::is_unicode_space(cp) && !(cp >= 0x2000 && cp <= 0x2BFF) && cp != 0xB7 &&
           !(cp >= 0x3000 && cp <= 0x303F) && !(cp >= 0xFF00 && cp <= 0xFF20) && cp != 0xFF5C;  // CJK punctuation
}

char32_t cp_at(std::string_view s, std::size_t pos) {
    if (pos >= s.size()) return 0;
    return util::next_code_point(s, pos);
}

char32_t cp_before(std::string_view s, std::size_t pos) {
    if (pos == 0) return 0;
    std::size_t b = pos - 1;
    while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
    return cp_at(s, b);
}

// End of `folded_label` matched at text[pos] (per code point folding, any run
// of white space matching one space), or npos. The match must end at a word boundary.
std::size_t match_at(std::string_view text, std::size_t pos, std::string_view folded_label) {
    std::size_t i = pos, j = 0;
    while (j < folded_label.size()) {
        if (i >= text.size()) return npos;
        // ASCII on both sides (most labels, most text): one byte compare, no folding.
        if (const unsigned char c = static_cast<unsigned char>(text[i]), l = static_cast<unsigned char>(folded_label[j]);
            c < 0x80 && l < 0x80 && !util::is_ascii_space(char(c))) {
            if (util::ascii_lower(char(c)) != char(l)) return npos;
            ++i, ++j;
            continue;
        }
        const std::size_t start = i;
        const char32_t cp = util::next_code_point(text, i);
        if (util::is_unicode_space(cp)) {
            if (folded_label[j] != ' ') return npos;
            ++j;
            while (i < text.size() && util::is_unicode_space(cp_at(text, i))) util::next_code_point(text, i);
            continue;
        }
        const std::string f = cp < 0x80 ? std::string(1, util::ascii_lower(char(cp))) : util::fold(text.substr(start, i - start));
        if (folded_label.compare(j, f.size(), f) != 0) return npos;
        j += f.size();
    }
    if (is_word_cp(cp_at(text, i)) && is_word_cp(cp_before(text, i))) return npos;
    return i;
}

// The labels of a word list that can match text opening with a given ASCII
// byte, in list order: label_end() and find_any() try a handful, not the
// whole list, on every segment / word of the lines near the headline (issue
// #3, metadata time).
// A label opening with a non-ASCII letter never matches text opening with an
// ASCII byte (match_at folds that byte to ASCII): it is a candidate only for
// text opening with a non-ASCII byte, which tries the whole list.
class LabelIndex {
public:
    explicit LabelIndex(lexicon::WordList list) : all_(list) {
        for (std::size_t b = 0; b < by_byte_.size(); ++b)
            for (std::string_view w : list)
                if (util::ascii_lower(char(b)) == w[0]) by_byte_[b].push_back(w);
    }
    std::span<const std::string_view> candidates(char c0) const {
        const auto c = static_cast<unsigned char>(c0);
        return c < 0x80 ? std::span<const std::string_view>(by_byte_[c]) : all_;
    }

private:
    lexicon::WordList all_;
    std::array<std::vector<std::string_view>, 128> by_byte_;
};

// One index per lexicon table, built on first use.
template <const lexicon::WordList& kList>
const LabelIndex& index_of() {
    static const LabelIndex index(kList);
    return index;
}
const LabelIndex& source_labels() { return index_of<lexicon::kSourceLabels>(); }
const LabelIndex& byline_labels() { return index_of<lexicon::kBylineLabels>(); }
const LabelIndex& provider_labels() { return index_of<lexicon::kProviderLabels>(); }
const LabelIndex& other_role_labels() { return index_of<lexicon::kOtherRoleLabels>(); }
const LabelIndex& team_labels() { return index_of<lexicon::kTeamLabels>(); }
const LabelIndex& byline_stops() { return index_of<lexicon::kBylineStops>(); }
const LabelIndex& source_phrase_index() { return index_of<lexicon::kSourcePhrases>(); }

// The folded first code point of `s` when it is non-ASCII and not a space
// (match_at compares it with the label's start), else "".
std::string folded_first(std::string_view s) {
    std::size_t k = 0;
    const char32_t cp = util::next_code_point(s, k);
    if (util::is_unicode_space(cp)) return {};
    return cp < 0x80 ? std::string(1, util::ascii_lower(char(cp))) : util::fold(s.substr(0, k));
}

// First occurrence of a word-bounded phrase of `words` at or after `from`:
// [begin, end). Each position tries only the phrases that can start there.
std::pair<std::size_t, std::size_t> find_any(std::string_view text, const LabelIndex& words, std::size_t from = 0) {
    // Inside a word of ASCII letters and digits (most positions) nothing starts:
    // two byte tests, no decoding (byline segments are searched for stop words
    // at every position: issue #3).
    auto ascii_word = [](char c) { return util::is_ascii_alpha(c) || util::is_ascii_digit(c); };
    for (std::size_t pos = from; pos < text.size();) {
        if (pos > 0 && ascii_word(text[pos]) && ascii_word(text[pos - 1])) {
            ++pos;
            continue;
        }
        if (!is_word_cp(cp_before(text, pos)) || !is_word_cp(cp_at(text, pos))) {
            const std::string_view rest = text.substr(pos);
            const std::string first = static_cast<unsigned char>(rest[0]) >= 0x80 ? folded_first(rest) : std::string();
            for (std::string_view w : words.candidates(rest[0])) {
                if (!first.empty() && w.compare(0, first.size(), first) != 0) continue;
                if (const std::size_t end = match_at(text, pos, w); end != npos) return {pos, end};
            }
        }
        util::next_code_point(text, pos);
    }
    return {npos, npos};
}

// The word at s[at] names another field of the label's ("Author Address", "Author Bio": a cell's heading,
// lexicon::kLabelFieldNouns; study-j round 7 B5, Mirror's verification box), so the label word with no
// colon labels nothing.
bool is_field_noun_at(std::string_view s, std::size_t at) {
    std::size_t end = at;
    while (end < s.size() && util::is_ascii_alpha(s[end])) ++end;
    if (end == at || end - at > kMaxFieldNoun) return false;
    char lower[kMaxFieldNoun];
    for (std::size_t k = at; k < end; ++k) lower[k - at] = util::ascii_lower(s[k]);
    const lexicon::WordList nouns = lexicon::kLabelFieldNouns;
    return std::find(nouns.begin(), nouns.end(), std::string_view(lower, end - at)) != nouns.end();
}

// A label of `labels` at the start of `s`, followed by ":" or (unless `need_colon`) a space.
std::size_t label_end(std::string_view s, const LabelIndex& labels, bool need_colon) {
    if (s.empty()) return npos;
    // Text opening with a non-ASCII letter (Chinese, Cyrillic pages) tries every
    // label: fold that letter once, not once per label inside match_at.
    const std::string first = static_cast<unsigned char>(s[0]) >= 0x80 ? folded_first(s) : std::string();
    for (std::string_view w : labels.candidates(s[0])) {
        if (!first.empty() && w.compare(0, first.size(), first) != 0) continue;
        std::size_t end = match_at(s, 0, w);
        if (end == npos) continue;
        while (end < s.size() && s[end] == ' ') ++end;
        if (end < s.size() && (s[end] == ':' || cp_at(s, end) == 0xFF1A)) return end + (s[end] == ':' ? 1 : 3);
        if (!need_colon && end < s.size() && cp_at(s, end - 1) == ' ' && !is_field_noun_at(s, end)) return end;
    }
    return npos;
}

bool is_edge_junk(char32_t cp) {
    if (cp < 0x80) return !util::is_ascii_alpha(char(cp)) && !util::is_ascii_digit(char(cp)) && cp != ')';
    return util::is_unicode_space(cp) || (cp >= 0x2000 && cp <= 0x2BFF) || cp == 0xB7 || cp == 0xA0 ||
           cp == 0xFF1A || cp == 0xFF5C;
}

std::string_view trim_junk(std::string_view s) {
    std::size_t b = 0;
    while (b < s.size()) {
        std::size_t i = b;
        if (!is_edge_junk(util::next_code_point(s, i))) break;
        b = i;
    }
    s.remove_prefix(b);
    while (!s.empty()) {
        std::size_t b2 = s.size() - 1;
        while (b2 > 0 && (static_cast<unsigned char>(s[b2]) & 0xC0) == 0x80) --b2;
        if (!is_edge_junk(cp_at(s, b2))) break;
        s.remove_suffix(s.size() - b2);
    }
    return s;
}

bool in_list(std::string_view folded, lexicon::WordList list) {
    return std::find(list.begin(), list.end(), folded) != list.end();
}

// A row label that is a common word too (lexicon::kParticleLabels: ro "de", da "Af", no/sv "Av") labels only a
// run of capitalised names up to the segment's end, a digit or punctuation: "de Andreea Ionescu", "de Redacția
// Digi24, Agerpres", "Af Ritzau 28.11.2026"; never prose ("Af de 100 adspurgte", "de la Madrid", "Af Danmarks
// Statistik fremgår det"). A lower-case label before one word is none: "de Volkskrant" is a Dutch paper's name.
// Where the names start, or npos. One table load on most text (every line near the headline is asked).
std::size_t particle_label_end(std::string_view s) {
    static const std::array<bool, 256> kFirstBytes = [] {
        std::array<bool, 256> t{};
        for (std::string_view w : lexicon::kParticleLabels) t[static_cast<unsigned char>(w.front())] = true;
        return t;
    }();
    if (s.empty() || !kFirstBytes[static_cast<unsigned char>(s.front())]) return npos;  // most lines: one load
    for (std::string_view w : lexicon::kParticleLabels) {
        if (s.size() <= w.size() + 1 || s[0] != w[0] || s[w.size()] != ' ' || s.compare(0, w.size(), w) != 0) continue;
        std::size_t names = 0;
        for (std::size_t p = w.size() + 1; p < s.size() && names <= kMaxNameWords;) {
            const std::size_t q = std::min(s.find(' ', p), s.size());
            std::string_view word = s.substr(p, q - p);
            p = q + 1;
            while (!word.empty() && (word.back() == ',' || word.back() == ';')) word.remove_suffix(1);
            if (word.empty()) continue;
            std::size_t i = 0;
            const char32_t cp = util::next_code_point(word, i);
            if (util::is_capital(cp)) ++names;
            else if (!(cp >= 'a' && cp <= 'z' && in_list(word, lexicon::kNameParticles))) {
                if (cp < 0x80 ? util::is_ascii_alpha(char(cp)) : is_word_cp(cp)) return npos;  // a lower-case word: prose
                break;  // a digit or punctuation ends the names
            }
        }
        const bool lower = w[0] >= 'a' && w[0] <= 'z';
        return names > 0 && names <= kMaxNameWords && (names > 1 || !lower) ? w.size() + 1 : npos;
    }
    return npos;
}

// `name` (a view into `context`) with the "." that follows it in `context` when
// its last word is a legal form written with one: trim_junk drops every final
// "." ("Source: Nimbus Labs Inc." gave "Nimbus Labs Inc": study-f round 3 B6).
std::string_view with_legal_form_dot(std::string_view name, std::string_view context) {
    const std::less_equal<const char*> le;
    const char* end = name.data() + name.size();
    if (name.empty() || !le(context.data(), end) || !le(end + 1, context.data() + context.size()) || *end != '.')
        return name;
    const std::size_t sp = name.rfind(' ');
    if (!in_list(util::fold(name.substr(sp == npos ? 0 : sp + 1)), lexicon::kLegalForms)) return name;
    return {name.data(), name.size() + 1};
}

bool starts_lower(std::string_view word) {
    std::size_t i = 0;
    const char32_t cp = util::next_code_point(word, i);
    return (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) || (cp >= 0x430 && cp <= 0x45F);
}

// Drops words left dangling at the end once a date was cut (`cut`: "Jane Doe, Sep",
// "by X on"). With nothing cut, a capitalised month or short weekday word
// after a space ends a name ("Theresa May", "Brian March", "The Sun", "Herald
// Sun"); a connector ("on", "the") or a full weekday name does not ("Jane Doe
// on Tuesday"). A role word after the name always goes ("김민수 기자").
constexpr std::size_t kShortestWeekday = 6;  // "monday", "montag"; "Mon", "Sun" may be names

std::string_view strip_trailing_words(std::string_view s, bool cut) {
    for (s = trim_junk(s); !s.empty(); s = trim_junk(s)) {
        const std::size_t sp = s.find_last_of(" ,/");  // "Cat Lafuente/June 9, 2023" (trafilatura thelist)
        const std::string_view word = trim_junk(s.substr(sp == npos ? 0 : sp + 1));
        const std::string last = util::fold(word);
        const bool trailing = in_list(last, lexicon::kBylineTrailingWords);
        const bool role = in_list(last, lexicon::kNameSuffixRoles);  // "김민수 기자"
        if (!trailing && !role && lexicon::month_from_word(last) == 0) break;
        const bool dangling = role || cut || (sp != npos && s[sp] != ' ') || starts_lower(word) ||
                              (trailing && last.size() >= kShortestWeekday);
        if (!dangling) break;
        s = sp == npos ? std::string_view{} : s.substr(0, sp);
    }
    return s;
}

// The size of a social handle in parentheses opening `s`, "(@kepano)", or 0.
std::size_t handle_paren_size(std::string_view s) {
    if (!s.starts_with("(@")) return 0;
    std::size_t i = 2;
    while (i < s.size() && (util::is_ascii_alpha(s[i]) || util::is_ascii_digit(s[i]) || s[i] == '_' || s[i] == '.')) ++i;
    return i > 2 && i < s.size() && s[i] == ')' ? i + 1 : 0;
}

// The size of an account name in parentheses opening `s`: a handle "(@kepano)" or a lower-case username "(calmh)",
// "(jane_doe)", which forums and code hosts print after the display name (Discourse, GitHub, phpBB); 0 for
// "(Reuters)", "(Berlin)".
std::size_t username_paren_size(std::string_view s) {
    if (const std::size_t n = handle_paren_size(s); n > 0) return n;
    if (!s.starts_with('(')) return 0;
    std::size_t i = 1;
    while (i < s.size() && ((s[i] >= 'a' && s[i] <= 'z') || util::is_ascii_digit(s[i]) || s[i] == '_' || s[i] == '.' || s[i] == '-'))
        ++i;
    return i > 1 && i < s.size() && s[i] == ')' ? i + 1 : 0;
}

// "Stephan Ango (@kepano) and Licat" (study-v round 19 B3, obsidian shell; company and OSS blogs, Substack credit
// each writer so): the handle's size when an author separator and a capitalised name follow it, else 0. A handle
// ending the run still ends it, as "(Reuters)" and an e-mail do.
std::size_t handle_before_co_author(std::string_view s) {
    const std::size_t n = handle_paren_size(s);
    if (n == 0) return 0;
    const std::string_view rest = s.substr(n);
    for (std::string_view sep : lexicon::kAuthorSeparators)
        if (sep.size() < rest.size() && rest.starts_with(sep) && util::is_capital(cp_at(rest, sep.size()))) return n;
    return 0;
}

// "(avec " / "(with " at the start of `s`: one of lexicon::kAuthorSeparators after a space.
bool co_author_paren(std::string_view s) {
    for (std::string_view sep : lexicon::kAuthorSeparators)
        if (sep.size() > 2 && sep[1] == '(' && s.substr(0, sep.size() - 1) == sep.substr(1)) return true;
    return false;
}

// "(Henrique Zecchin) Rodrigues": capitalised words or initials in parentheses
// with the surname after them are part of the name (readability folha, JSON-LD
// author "Bruno (Henrique Zecchin) Rodrigues"; salon-1 "Richard (R.J.) Eskow");
// "(Reuters)" at the end is not.
bool middle_name_paren(std::string_view s) {
    const std::size_t close = s.find(')');
    if (close == npos || close < 2) return false;
    const std::string_view inner = s.substr(1, close - 1), after = s.substr(close + 1);
    if (after.size() < 3 || after[0] != ' ' || !(after[1] >= 'A' && after[1] <= 'Z')) return false;
    if (find_any(after, byline_stops()).first == 1) return false;  // "(Reuters) Updated ..."
    for (std::size_t i = 0; i < inner.size(); ++i) {
        const bool word_start = i == 0 || inner[i - 1] == ' ';
        if (word_start && !(inner[i] >= 'A' && inner[i] <= 'Z')) return false;
        if (inner[i] != ' ' && inner[i] != '-' && inner[i] != '.' && !util::is_ascii_alpha(inner[i]) &&
            static_cast<unsigned char>(inner[i]) < 0x80)
            return false;
    }
    return true;
}

// Where a later word of `s` ending in ": " (or ":" at the end) opens another
// field, npos when none does: "Nimbus Labs Inc. Released: 19 September 2025",
// "Anna Schmidt Fecha: …" (study-f round 3 B6: a label in any language, not
// only those in kBylineStops). Letters only: "4:20", "https://x" open nothing.
bool all_letters(std::string_view word);

// zh/ja write the next field's label right after the names, often without a
// space: "Jack Lin，CoinDesk 编译：Odaily星球日报 Azuma", "张三编辑：李四" (study-h round 5
// B14, Odaily zhcrypto shell). A CJK byline or other-role label (translator,
// editor) ending at a full-width colon opens the next field: its start, or npos.
constexpr std::string_view kFullWidthColon = "\xEF\xBC\x9A";  // "："

std::size_t cjk_label_before(std::string_view s, std::size_t colon) {
    std::size_t at = npos;
    for (const lexicon::WordList list : {lexicon::kBylineLabels, lexicon::kOtherRoleLabels})
        for (std::string_view w : list)
            if (static_cast<unsigned char>(w[0]) >= 0x80 && w.size() < colon && s.compare(colon - w.size(), w.size(), w) == 0)
                at = std::min(at, colon - w.size());
    return at;
}

std::size_t next_label_at(std::string_view s) {
    std::size_t at = npos;
    for (std::size_t c = s.find(kFullWidthColon); c != npos && at == npos; c = s.find(kFullWidthColon, c + 1))
        at = cjk_label_before(s, c);
    for (std::size_t c = s.find(':'); c != npos && c < at; c = s.find(':', c + 1)) {
        if (c + 1 < s.size() && s[c + 1] != ' ') continue;
        const std::size_t sp = s.rfind(' ', c);
        if (sp == npos || sp + 1 == c || !all_letters(s.substr(sp + 1, c - sp - 1))) continue;
        return sp;
    }
    return at;
}

// A stop word glued to the name's last letter, "Lucy AkinsPublished on 11/28/26" (study-p round 13 T5, howto shell:
// an inline byline span and date span run together by innerText): a capital after a lower-case ASCII letter
// opening a stop of four letters or more ("Published", "Updated", "Follow"). Where it starts, or npos. A name's
// inner capital opens no stop: "McDonald", "DeShawn".
constexpr std::size_t kMinGluedStop = 4;

// An acronym's last capital before the stop's capital and its lower case counts too: the wire's name glued to
// the date label, "ELTAPaskelbta 2026-11-28 14:05" (study-u round 18 T3, min15 text twin; inline spans run
// together in a copied page).
std::size_t glued_stop(std::string_view s) {
    auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    for (std::size_t k = 1; k < s.size(); ++k) {
        if (!upper(s[k])) continue;
        const bool after_lower = s[k - 1] >= 'a' && s[k - 1] <= 'z';
        const bool after_acronym = upper(s[k - 1]) && k + 1 < s.size() && s[k + 1] >= 'a' && s[k + 1] <= 'z';
        if (!after_lower && !after_acronym) continue;
        for (std::string_view w : byline_stops().candidates(s[k]))
            if (w.size() >= kMinGluedStop && match_at(s, k, w) != npos) return k;
    }
    return npos;
}

// The digits at s[d], glued after letters, end a word that opens with a capital, at most kMaxBrandDigits of them,
// followed by the end of `s` or a comma: "Digi24", "N24", "RTL2" in "Redacția Digi24, Agerpres".
constexpr std::size_t kMaxBrandDigits = 3;  // a year glued to a name ("Nolan2016") is a date

bool is_brand_digits(std::string_view s, std::size_t d) {
    std::size_t e = d;
    while (e < s.size() && util::is_ascii_digit(s[e])) ++e;
    if (e - d > kMaxBrandDigits || (e < s.size() && s[e] != ',')) return false;
    std::size_t w = d;
    while (w > 0 && s[w - 1] != ' ') --w;
    return s[w] >= 'A' && s[w] <= 'Z';
}

// Cuts a name run at the first digit, "@", "(", stop phrase ("Updated", "Follow", "min read") or new "Label:".
std::string_view cut_at_stops(std::string_view s) {
    std::size_t cut = std::min(s.find_first_of("@(<["), s.find("\xC2\xA9"));  // "©" starts a credit line
    // "(avec X et Y)" names co-authors (readability lemonde-1): split_authors splits there. A handle before a
    // co-author is skipped whole (split_authors drops it).
    while (cut != npos && s[cut] == '(') {
        const std::size_t handle = handle_before_co_author(s.substr(cut));
        if (handle == 0 && !co_author_paren(s.substr(cut)) && !middle_name_paren(s.substr(cut))) break;
        cut = std::min(s.find_first_of("@(<[", cut + std::max<std::size_t>(handle, 1)), s.find("\xC2\xA9"));
    }
    // A digit ends the names where it starts a token or runs on ("Lucas Nolan22 Dec
    // 2016": readability breitbart); one digit inside a word is part of a name ("Web3 Gazette").
    // A short run closing a capitalised word before a comma or the end is a brand's ("Redacția Digi24,
    // Agerpres", "N24", "RTL2": study-t round 17 B1), no date's: a date goes on with "." / ":" / a month.
    for (std::size_t d = s.find_first_of("0123456789"); d < cut; d = s.find_first_of("0123456789", d + 1)) {
        const bool starts = d == 0 || !util::is_ascii_alpha(s[d - 1]);
        const bool runs = d + 1 < s.size() && util::is_ascii_digit(s[d + 1]);
        if (!starts && runs && is_brand_digits(s, d)) {
            while (d + 1 < s.size() && util::is_ascii_digit(s[d + 1])) ++d;
            continue;
        }
        if (starts || runs) {
            cut = d;
            break;
        }
    }
    if (cut != npos && s[cut] == '@') {  // an e-mail address or @handle: drop the whole word
        const std::size_t sp = s.rfind(' ', cut);
        cut = sp == npos ? 0 : sp;
    }
    if (const auto [b, e] = find_any(s, byline_stops()); b < cut) cut = b;
    // The whole run: "ET BureauLast Updated:" glues the stop's first word, and the spaced "Updated" is found first.
    if (const std::size_t glued = glued_stop(s); glued < cut) cut = glued;
    if (const std::size_t label = next_label_at(s); label < cut) cut = label;
    if (cut != npos) s = s.substr(0, cut);
    return strip_trailing_words(s, cut != npos);
}

// Byline text is split into segments at "|", "·", "•", line breaks, spaced dashes and "»".
// Bytes that may start a separator below: '|', '\n', '\t', '-', '/' and every
// non-ASCII byte (the separators U+00B7, U+2022, U+FF5C, U+2014, U+2013, U+2063, U+00BB).
constexpr std::array<bool, 256> kMaySeparate = [] {
    std::array<bool, 256> t{};
    for (std::size_t c = 0x80; c < 256; ++c) t[c] = true;
    for (unsigned char c : {'|', '\n', '\t', '-', '/'}) t[c] = true;
    return t;
}();

// Whether `s` before byte `end` closes a date or a clock time: a digit ("09:41") or a ja/zh date unit
// ("28日", "14時05分", "30秒").
bool ends_date_or_time(std::string_view s, std::size_t end) {
    constexpr std::size_t kUnitBytes = 3;  // every unit below is a 3-byte ideograph
    if (end > 0 && util::is_ascii_digit(s[end - 1])) return true;
    if (end < kUnitBytes) return false;
    const std::string_view unit = s.substr(end - kUnitBytes, kUnitBytes);
    return unit == "\xE6\x97\xA5" || unit == "\xE5\x88\x86" || unit == "\xE7\xA7\x92" || unit == "\xE6\x99\x82";  // 日 分 秒 時
}

// A CJK source or byline label with its colon glued after a date or time, "2026年11月28日 14時05分出典：CNET
// Japan", "2026/11/27 09:41提供：ITmedia": the date span and the credit span of a ja/zh portal's date row touch,
// with no space, in the page's text (study-q round 14 B1, biglobe shell; goo, excite and livedoor print the
// row so) as "Nov 28, 2026Source: X" does in English. The label opens a segment as a separator would.
// `at`: the byte of the CJK code point `cp`, after the segment's first byte.
bool glued_cjk_label(std::string_view s, std::size_t at, char32_t cp) {
    if (!util::is_cjk(cp) || !ends_date_or_time(s, at)) return false;
    const std::string_view rest = s.substr(at);
    return label_end(rest, source_labels(), true) != npos || label_end(rest, byline_labels(), true) != npos;
}

// The segment of `s` starting at `begin`; `begin` moves to the start of the
// next one, or to npos after the last. Callers that stop at the first segment
// with a label (byline_label, on every line near the headline) neither scan
// the rest of the line nor allocate.
std::string_view next_segment(std::string_view s, std::size_t& begin) {
    for (std::size_t i = begin; i < s.size();) {
        // Plain ASCII (most bytes) separates nothing: skip it without decoding.
        if (!kMaySeparate[static_cast<unsigned char>(s[i])]) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        const char32_t cp = util::next_code_point(s, i);
        bool sep = cp == '|' || cp == 0xB7 || cp == 0x2022 || cp == 0xFF5C || cp == '\n' || cp == '\t' || cp == 0x2014 ||
                   cp == 0x2063 ||  // U+2063: metadata_page marks touching elements
                   // CJK clause marks "，" "；" "。" end a field of a zh credit line: "本文編譯自 The Block，原文作者：
                   // Anna Lee，原文發佈於 …" (study-h round 5 B1); co-authors are listed with "、".
                   cp == 0xFF0C || cp == 0xFF1B || cp == 0x3002;
        // "»" spaced: phpBB's "Post by X » date" (study-f round 3 forum shell).
        if (!sep && (cp == '-' || cp == 0x2013 || cp == '/' || cp == 0xBB))
            sep = start > 0 && util::is_ascii_space(s[start - 1]) && i < s.size() && util::is_ascii_space(s[i]);
        if (!sep && start > begin && cp >= 0x3000 && glued_cjk_label(s, start, cp)) {  // the label stays in the next segment
            const std::string_view seg = s.substr(begin, start - begin);
            begin = start;
            return seg;
        }
        if (!sep) continue;
        const std::string_view seg = s.substr(begin, start - begin);
        begin = i;
        return seg;
    }
    const std::string_view last = s.substr(begin);
    begin = npos;
    return last;
}

std::vector<std::string_view> segments(std::string_view s) {
    std::vector<std::string_view> out;
    for (std::size_t pos = 0; pos != npos;) out.push_back(next_segment(s, pos));
    return out;
}

// A name holds no colon: "Lähde: STT", "منبع: ایسنا" in a source-classed element is a label the lexicon lacks
// (study-w round 20 H1), then the name. A colon closing the first word with more words after it; the known
// labels were cut before (clean_segment), so what is left is a label of another language or role.
bool opens_with_unknown_label(std::string_view part) {
    const std::size_t sp = part.find(' ');
    if (sp == npos || sp + 1 >= part.size()) return false;
    const std::string_view first = part.substr(0, sp);
    return first.ends_with(':') || first.ends_with(kFullWidthColon);
}

bool looks_like_name(std::string_view part) {
    if (opens_with_unknown_label(part)) return false;
    if (is_ens_name(part)) return true;  // "alice.eth": the author as web3 sites show it (round 7 B5)
    std::size_t words = 0;
    bool capital = false;
    for (std::size_t i = 0; i < part.size();) {
        const bool word_start = i == 0 || part[i - 1] == ' ';
        const char32_t cp = util::next_code_point(part, i);
        if (cp == ' ') continue;
        if (word_start) {
            ++words;
            capital = capital || (cp >= 'A' && cp <= 'Z') || cp >= 0x80;
        }
    }
    return words > 0 && words <= kMaxNameWords && capital;
}

bool all_letters(std::string_view word) {
    for (std::size_t i = 0; i < word.size();) {
        const char32_t cp = util::next_code_point(word, i);
        if (cp < 0x80 ? !util::is_ascii_alpha(char(cp)) : !is_word_cp(cp)) return false;
    }
    return true;
}

// A part opening with a lower-case word that is no particle is no name (meta
// author "deinen Hochzeitsbloggern": trafilatura rent-a-pastor; a profile line
// "hab Laune": wolfsrebellen-netz); a styled brand keeps its mark ("revamp-it
// Webteam": talent.ch). A name ends before "in" ("Posted by DT in
// Tagebuch": trafilatura 1hundetagebuch). A single word is left to looks_like_name.
std::string_view cut_at_lower_word(std::string_view part) {
    if (part.find(' ') == npos) return part;
    for (std::size_t pos = 0; pos < part.size();) {
        const std::size_t sp = std::min(part.find(' ', pos), part.size());
        const std::string_view word = part.substr(pos, sp - pos);
        if (pos == 0 && starts_lower(word) && all_letters(word) && !in_list(util::fold(word), lexicon::kNameParticles))
            return {};
        if (pos > 0 && in_list(word, lexicon::kNameEndWords)) return trim_junk(part.substr(0, pos));
        pos = sp + 1;
    }
    return part;
}

// A lone label or time word is no name: "By :" with the name in the next
// element (trafilatura appen d44c5ef), "Stand: 20. April 2020, 14:57 Uhr" in a
// byline-classed element (trafilatura mdr.de).
constexpr std::size_t kMaxPrepositionLabel = 5;

bool is_label_or_time_word(std::string_view part) {
    if (part.find(' ') != std::string_view::npos) return false;
    const std::string f = util::fold(part);
    // Short labels are prepositions or "Autor"/"Text"; "Redaktion" alone is a
    // real byline (trafilatura autosprint, lacrux).
    return (f.size() <= kMaxPrepositionLabel && in_list(f, lexicon::kBylineLabels)) ||
           std::find(lexicon::kTimeSuffixes.begin(), lexicon::kTimeSuffixes.end(), f) != lexicon::kTimeSuffixes.end();
}

// "Sarah Hansen Contributor", "Nina Bambysheva Forbes Staff" → the name (study-j round 7 B4, forbes shell):
// a type tag of lexicon::kTrailingRoleTags ends the part after a space, and "<Outlet> Staff" takes the
// outlet's one word with it. At least two words of name stay: "Jane Staff", "Jennifer Senior" are names.
constexpr std::size_t kMinTaggedNameWords = 2;

std::string_view strip_role_tag(std::string_view part) {
    if (util::count_spaced_words(part, kMinTaggedNameWords + 1) <= kMinTaggedNameWords) return part;
    // A job noun in lower case after the name, in its own span: "Ivana Marić novinarka" (study-u round 18 B2,
    // jutarnji shell; hr/sl/lt portals print the role so). Lower case only: "Jane Editor Smith" keeps its words.
    // The capital test first: most names end in one, and ends_in_job_title folds the word.
    const std::size_t sp = part.rfind(' ');
    if (std::size_t at = sp + 1; !util::is_capital(util::next_code_point(part, at)) && ends_in_job_title(part))
        return util::trim(part.substr(0, sp));
    for (std::string_view tag : lexicon::kTrailingRoleTags) {
        if (part.size() <= tag.size() + 1 || part[part.size() - tag.size() - 1] != ' ' ||
            !util::iequals(part.substr(part.size() - tag.size()), tag))
            continue;
        std::string_view name = util::trim(part.substr(0, part.size() - tag.size()));
        // "The Daily Ledger Staff" is the outlet's team credit, no person's tag (study-i singlefile shell).
        if (tag == "staff" && util::istarts_with(part, "the ")) return part;
        if (tag == "staff" && util::count_spaced_words(name) > kMinTaggedNameWords) name = name.substr(0, name.rfind(' '));
        if (util::count_spaced_words(name) >= kMinTaggedNameWords) return name;
    }
    return part;
}

// Hebrew joins a co-author with the one-letter prefix "ו" (and) glued to the next name: "עמית כהן וטל לוי"
// (study-u round 18 B3, ynet shell; every Israeli portal credits two writers so). The cut before such a word,
// or npos: only where at least two words of a name stand before it and the ו-word opens a run of two or more
// Hebrew words, so a surname that starts with ו stays whole ("אבי וייס", "משה כהן וייס"); "וו" opens a
// transliterated W ("וולף"), never "and".
constexpr char32_t kHebrewVav = 0x5D5;

bool is_hebrew_letter(char32_t cp) { return cp >= 0x5D0 && cp <= 0x5EA; }

std::size_t hebrew_vav_cut(std::string_view names) {
    if (names.find('\xD7') == npos) return npos;  // no Hebrew letter: most bylines
    for (std::size_t sp = names.find(' '); sp != npos; sp = names.find(' ', sp + 1)) {
        std::size_t at = sp + 1;
        if (cp_at(names, at) != kHebrewVav) continue;
        util::next_code_point(names, at);
        if (!is_hebrew_letter(cp_at(names, at)) || cp_at(names, at) == kHebrewVav) continue;
        if (util::count_spaced_words(names.substr(0, sp), 2) < 2) continue;
        const std::size_t next = names.find(' ', at);
        if (next == npos || !is_hebrew_letter(cp_at(names, next + 1))) continue;
        return sp;
    }
    return npos;
}

// Academic degrees are no part of a name (lexicon::kDegreesBeforeName, kDegreesAfterName): "Mgr. Jana
// Kováčová PhD" → "Jana Kováčová", "doc. RNDr. Peter Horváth" → "Peter Horváth" (study-w round 20 B4, uniba
// shell). A part that is degrees only ("PhD" after a comma) becomes empty: no co-author. Leading degrees go
// only when two words of name stay: "Mgr. Novák" is kept as shown.
bool is_degree_before(std::string_view word) {
    return std::ranges::find(lexicon::kDegreesBeforeName, word) != lexicon::kDegreesBeforeName.end() ||
           (word.starts_with("Dipl.-") && word.ends_with('.'));  // "Dipl.-Ing.", "Dipl.-Kfm."
}

bool is_degree_after(std::string_view word) {
    while (!word.empty() && (word.back() == '.' || word.back() == ',')) word.remove_suffix(1);
    return std::ranges::find(lexicon::kDegreesAfterName, word) != lexicon::kDegreesAfterName.end();
}

std::string_view without_degrees(std::string_view part) {
    for (std::size_t sp = part.rfind(' '); sp != npos && is_degree_after(part.substr(sp + 1)); sp = part.rfind(' '))
        part = trim_junk(part.substr(0, sp));
    if (part.find(' ') == npos && is_degree_after(part)) return {};
    std::string_view rest = part;
    for (std::size_t sp = rest.find(' '); sp != npos && is_degree_before(rest.substr(0, sp)); sp = rest.find(' '))
        rest = rest.substr(sp + 1);
    return util::count_spaced_words(rest, 2) >= 2 ? rest : part;
}

// "PTI, New Delhi", "पीटीआई, नई दिल्ली", "Reuters, London": a wire agency (lexicon::kWireAgencies) and the place
// its copy was filed from, the byline row of Indian papers and many wires (study-w round 20 B3, amarujala shell).
// The agency is the byline, the place no co-author. Where the place's comma is, or npos: two parts only, the
// place of one to three words and no agency itself ("Reuters, AP" credits both); "Smith, John" names no agency.
std::size_t agency_place_comma(std::string_view names) {
    constexpr std::size_t kMaxPlaceWords = 3, kMaxAgency = 24;  // bytes: "the associated press", "आईएएनएस"
    const std::size_t comma = names.find(", ");
    // Cheap gates first: the folding below copies, and most names hold no such comma.
    if (comma == npos || comma > kMaxAgency || names.find(", ", comma + 2) != npos) return npos;
    const std::string_view place = trim_junk(names.substr(comma + 2));
    const std::size_t words = util::count_spaced_words(place, kMaxPlaceWords + 1);
    if (words == 0 || words > kMaxPlaceWords) return npos;
    if (!lexicon::equals_any(lexicon::kWireAgencies, util::fold_key(trim_junk(names.substr(0, comma))))) return npos;
    return lexicon::equals_any(lexicon::kWireAgencies, util::fold_key(place)) ? npos : comma;
}

// Splits "Jane Doe and John Roe" / "A, B & C" into names, dropping job titles.
// After a job title, the parts up to the next separator other than a comma
// are its organisation: "Sarah Hinger, Staff Attorney, ACLU Racial Justice
// Program & Sylvia Torres-Guillén, ..." (trafilatura aclu.org).
std::vector<std::string> split_authors(std::string_view names, bool& dropped) {
    std::vector<std::string> out;
    bool affiliation = false;  // a job title came before, separated by commas only
    std::string_view before;   // the separator in front of the current part
    if (const std::size_t comma = agency_place_comma(names); comma != npos) names = names.substr(0, comma), dropped = true;
    while (!names.empty()) {
        std::size_t cut = names.size(), skip = 0;
        std::string_view used;
        for (std::string_view sep : lexicon::kAuthorSeparators)
            if (const std::size_t p = names.find(sep); p < cut) cut = p, skip = sep.size(), used = sep;
        // The shown form glues "and" to a name ("וטל"): the byline lists the names instead (`dropped`).
        if (const std::size_t p = hebrew_vav_cut(names.substr(0, cut)); p != npos)
            cut = p, skip = 3, used = " \xD7\x95", dropped = true;
        std::string_view raw = with_legal_form_dot(trim_junk(names.substr(0, cut)), names);
        // "Written by Lena Hartmann, Edited by Omar Haddad": the names after
        // another role's label are not authors (nor is the rest of the list).
        if (label_end(raw, other_role_labels(), false) != npos) {
            dropped = true;
            break;
        }
        if (raw.ends_with(')') && raw.find('(') == npos) raw = trim_junk(raw.substr(0, raw.size() - 1));  // "(avec X et Y)"
        // "Stephan Ango (@kepano)": the handle cut_at_stops kept before a co-author is no part of the name.
        if (const std::size_t open = raw.rfind(" (@"); open != npos && handle_paren_size(raw.substr(open + 1)) == raw.size() - open - 1)
            raw = trim_junk(raw.substr(0, open)), dropped = true;
        const std::string whole = util::collapse_whitespace(raw);
        const std::string part(strip_role_tag(cut_at_lower_word(without_degrees(whole))));
        names = cut == names.size() ? std::string_view{} : names.substr(cut + skip);
        const bool in_affiliation = affiliation;
        const bool after_comma = before == ", ";
        before = used;
        affiliation = affiliation && used == ", ";
        if (part.size() < whole.size()) dropped = true;
        if (part.empty()) continue;
        const std::string first = util::fold(part.substr(0, part.find(' ')));
        const bool job = in_list(first, lexicon::kJobTitleWords) || (!out.empty() && after_comma && ends_in_job_title(part));
        if (job) affiliation = used == ", ";
        if (job || in_affiliation || !looks_like_name(part) || is_label_or_time_word(part) || is_account_name(part)) {
            dropped = true;
            continue;
        }
        if (std::find(out.begin(), out.end(), part) == out.end()) out.push_back(part);
    }
    // "Redacția Digi24, Agerpres": the host's desk listed beside a wire or a person credits them, as "Redaktion,
    // mit dpa" does (lexicon::kSourcePhrases): the desk goes (study-t round 17 B1).
    if (out.size() > 1 && std::any_of(out.begin(), out.end(), [](const std::string& a) { return !is_team_credit(a); })) {
        const auto team = std::remove_if(out.begin(), out.end(), [](const std::string& a) { return is_team_credit(a); });
        dropped = dropped || team != out.end();
        out.erase(team, out.end());
    }
    return out;
}

// A date, time or duration in front of a label ("06.11.2023 13:30 von Olga": trafilatura vipflash).
// A month name alone is not enough: "Mai Nguyen", "August Diehl" are names.
// `word` names a month (lexicon::month_from_word of its fold). Asked of the first
// word of every byline segment: an ASCII word is lower-cased on the stack, and
// one longer than any month name is none (issue #3).
bool is_month_word(std::string_view word) {
    static const std::size_t longest = [] {
        std::size_t n = 0;
        for (const lexicon::MonthName& m : lexicon::kMonthNames) n = std::max(n, m.word.size());
        return n;
    }();
    constexpr std::size_t kStack = 32;
    // Plain ASCII without white space folds to its lower case.
    const bool plain = std::all_of(word.begin(), word.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x80 && !util::is_ascii_space(c);
    });
    if (!plain || longest > kStack) return lexicon::month_from_word(util::fold(word)) != 0;
    if (word.size() > longest) return false;
    char lower[kStack];
    for (std::size_t k = 0; k < word.size(); ++k) lower[k] = util::ascii_lower(word[k]);
    return lexicon::month_from_word(std::string_view(lower, word.size())) != 0;
}

std::string_view skip_leading_date(std::string_view s) {
    std::string_view rest = s;
    bool digits = false;
    while (!rest.empty()) {
        const std::size_t sp = rest.find(' ');
        const std::string_view word = rest.substr(0, sp);
        const bool has_digit = !word.empty() && util::is_ascii_digit(word.front());  // "06.11.2023", not "Web3"
        const std::string_view bare = trim_junk(word);
        // "01:30 Min.": a duration's unit after its number is part of the date run.
        const bool unit = digits && !has_digit && in_list(util::fold(bare), lexicon::kDurationUnits);
        if (!has_digit && !unit && !is_month_word(bare)) break;
        digits = digits || has_digit;
        rest = sp == npos ? std::string_view{} : trim_junk(rest.substr(sp + 1));
    }
    return digits ? rest : s;
}

// End of a genre label "Eine Kolumne von" / "A column by" at the start of `s`:
// an indefinite article, one word, then a byline label; npos when none.
constexpr int kMaxGenreWords = 1;  // not "A post shared by X", "Ein Beitrag geteilt von X" (Instagram embeds)

std::size_t genre_label_end(std::string_view s) {
    // The articles and nouns are short ASCII words: anything else is compared without folding.
    constexpr std::size_t kMaxArticle = 12;
    std::size_t sp = s.find(' ');
    if (sp == npos || sp > kMaxArticle) return npos;
    char lower[kMaxArticle];
    for (std::size_t k = 0; k < sp; ++k) lower[k] = util::ascii_lower(s[k]);
    if (in_list(std::string_view(lower, sp), lexicon::kGenreNouns)) {  // "Article By X"
        const std::size_t end = label_end(s.substr(sp + 1), byline_labels(), false);
        return end != npos && end > 0 ? sp + 1 + end : npos;
    }
    if (!in_list(std::string_view(lower, sp), lexicon::kGenreArticles)) return npos;
    for (int words = 0; words < kMaxGenreWords && sp != npos; ++words) {
        sp = s.find(' ', sp + 1);
        if (sp == npos) return npos;
        const std::string_view rest = s.substr(sp + 1);
        if (const std::size_t end = label_end(rest, byline_labels(), false); end != npos && end > 0)
            return sp + 1 + end;
    }
    return npos;
}

// "Cointelegraph By Helen Partz" (study-j round 7 B4, cointelegraph shell): the outlet's one word before a
// Title Case "By", then a capitalised name. Where the name starts, or npos. Only a segment already read as
// a byline is cut so: segment_label does not call it a label.
constexpr std::size_t kMaxOutletWord = 24;

std::size_t outlet_by_end(std::string_view s) {
    const std::size_t sp = s.find(" By ");
    if (sp == npos || sp == 0 || sp > kMaxOutletWord || !(s[0] >= 'A' && s[0] <= 'Z')) return npos;
    const bool one_word = std::all_of(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(sp), [](char c) {
        return util::is_ascii_alpha(c) || util::is_ascii_digit(c) || c == '.' || c == '-';
    });
    // A full name: two words or more, the first capitalised ("Stand By Me" is no byline).
    const std::size_t name = sp + 4;
    const bool full = name < s.size() && s[name] >= 'A' && s[name] <= 'Z' && s.find(' ', name) != npos;
    return one_word && full ? name : npos;
}

// The longest outlet name before a reporter label or account type, in bytes.
constexpr std::size_t kMaxOutletPrefix = 8 * 3;  // eight CJK characters: "央视新闻客户端", "中国新闻网"

// A zh personal name of two to four characters opens `s` (a space, a digit, punctuation or the end after
// it): "林靖", "欧阳明月"; not the headline after a label, "央视记者 探访抗洪一线救援现场" (a report's
// title naming its reporter). A name in Latin letters ("新华社记者 John Smith") is left to the parser.
bool opens_with_cjk_name(std::string_view s) {
    constexpr std::size_t kMinChars = 2, kMaxChars = 4;
    if (s.empty() || static_cast<unsigned char>(s[0]) < 0x80) return !s.empty();
    const std::size_t chars = util::cjk_run(s.substr(0, (kMaxChars + 1) * 4)).second;
    return chars >= kMinChars && chars <= kMaxChars;
}

// "澎湃新闻记者 林靖", "新华社记者 张三", "本报通讯员：李四" (study-n round 11 B5/T4, thepaper shell): a zh outlet's name
// of CJK characters, then a role label of lexicon::kOutletRoleLabels before a space or a colon. Where the
// name starts, or npos. As label_end asks of a leading label, the label glued to the next word is prose
// ("本报记者了解到": "the reporter learned"). The role label alone, with no outlet before it, labels the name only
// with a colon after it: "記者：森下彩花" (study-y round 22 asahinet-1; ja and zh credit rows, "记者：张三"), not
// "記者 森下彩花", which opens sentences and headlines too ("記者 会見で…").
std::size_t outlet_role_end(std::string_view s) {
    if (s.empty() || static_cast<unsigned char>(s[0]) < 0x80) return npos;  // cheap: most segments open in ASCII
    for (std::string_view w : lexicon::kOutletRoleLabels) {
        const std::size_t at = s.substr(0, kMaxOutletPrefix + w.size()).find(w);
        if (at == npos) continue;
        if (util::cjk_run(s.substr(0, at)).first != at) continue;  // the outlet's name: CJK characters only
        std::size_t end = at + w.size();
        const std::size_t word_end = end;
        while (end < s.size() && s[end] == ' ') ++end;
        if (end < s.size() && s[end] == ':') ++end;
        else if (cp_at(s, end) == 0xFF1A) end += kFullWidthColon.size();
        else if (at == 0 || end == word_end || end == s.size()) continue;
        while (end < s.size() && s[end] == ' ') ++end;
        if (opens_with_cjk_name(s.substr(end))) return end;
    }
    return npos;
}

// zh-TW/HK reporter credits (study-p round 13 B6, ettoday shell; ETtoday, UDN, Liberty Times, NOWnews, TVBS,
// CNA): the role label glued to the names, then a slash and the place with a report word, "記者陳家祥／台北報導",
// or, on CNA copy, the place, the day and "電" (wire) glued after the names, "中央社記者陳家祥台北28日電".
constexpr std::string_view kFullWidthSlash = "\xEF\xBC\x8F";    // "／"
constexpr std::string_view kIdeographicComma = "\xE3\x80\x81";  // "、" between co-reporters
constexpr std::size_t kMaxCreditPlace = 8;  // characters of place and report word: "華盛頓綜合報導"
constexpr std::size_t kMaxWireWord = 4;     // characters after the day: "電", "專電", "綜合外電"

// `s` ends in a report word of lexicon::kReportCreditEnds after at most kMaxCreditPlace CJK characters in all.
bool is_report_tail(std::string_view s, std::size_t max_chars) {
    const auto [end, chars] = util::cjk_run(s);
    return end == s.size() && chars > 0 && chars <= max_chars &&
           std::any_of(lexicon::kReportCreditEnds.begin(), lexicon::kReportCreditEnds.end(),
                       [&](std::string_view w) { return s.ends_with(w); });
}

// "28日電", "27日專電" opening `s`: the day, "日" and a wire word, nothing after it.
bool is_wire_day(std::string_view s) {
    std::size_t d = 0;
    while (d < s.size() && util::is_ascii_digit(s[d])) ++d;
    constexpr std::string_view kDay = "\xE6\x97\xA5";  // "日"
    return d > 0 && d <= 2 && s.substr(d).starts_with(kDay) && is_report_tail(s.substr(d + kDay.size()), kMaxWireWord);
}

// Co-reporters joined by "、", each of 2-4 characters.
bool cjk_names(std::string_view s) {
    for (std::size_t from = 0; from <= s.size();) {
        const std::size_t comma = std::min(s.find(kIdeographicComma, from), s.size());
        const std::string_view name = s.substr(from, comma - from);
        if (const auto [end, chars] = util::cjk_run(name); end != name.size() || chars < 2 || chars > 4) return false;
        from = comma + kIdeographicComma.size();
    }
    return true;
}

// The names of a CNA dateline, "陳家祥台北" of "陳家祥台北28日電": the last name is glued to the place, which no
// mark sets apart. Taiwanese names have three characters; a place has two or more ("台北", "華盛頓"): a run
// of four is a two-character name and a place. The names' bytes, or 0.
std::size_t dateline_names_end(std::string_view glued) {
    const std::size_t last = glued.rfind(kIdeographicComma);
    const std::size_t start = last == npos ? 0 : last + kIdeographicComma.size();
    const std::size_t chars = util::cjk_run(glued, start).second;
    if (util::cjk_run(glued, start).first != glued.size() || chars < 4) return 0;
    std::size_t end = start;
    for (std::size_t k = 0; k < (chars >= 5 ? 3 : 2); ++k) util::next_code_point(glued, end);
    return cjk_names(glued.substr(0, end)) ? end : 0;
}

// The reporters' names of a credit opening `s` after its role label (`body`: what follows the label), or
// empty: "陳家祥" of "陳家祥／綜合報導" and of "陳家祥台北28日電".
std::string_view credited_names(std::string_view body) {
    for (std::string_view slash : {kFullWidthSlash, std::string_view("/")})
        if (const std::size_t at = body.find(slash); at != npos) {
            const std::string_view names = util::trim(body.substr(0, at));
            return cjk_names(names) && is_report_tail(util::trim(body.substr(at + slash.size())), kMaxCreditPlace)
                       ? names
                       : std::string_view();
        }
    const std::size_t digit = body.find_first_of("0123456789");
    if (digit == npos || !is_wire_day(body.substr(digit))) return {};
    return body.substr(0, dateline_names_end(body.substr(0, digit)));
}

// The credit of `s` without its brackets: "中央社記者X台北28日電" of "（中央社記者X台北28日電）行政院今天…" (CNA opens its
// lead so), of "〔記者X／台北報導〕" (Liberty Times); `s` itself when it opens with no bracket. Empty when a
// bracket opens and none closes it.
std::string_view unbracketed_credit(std::string_view s) {
    constexpr std::pair<std::string_view, std::string_view> kBrackets[] = {
        {"\xEF\xBC\x88", "\xEF\xBC\x89"}, {"\xE3\x80\x94", "\xE3\x80\x95"}, {"\xE3\x80\x90", "\xE3\x80\x91"},
        {"(", ")"}, {"[", "]"}};  // （）〔〕【】()[]
    for (const auto& [open, close] : kBrackets) {
        if (!s.starts_with(open)) continue;
        const std::size_t end = s.find(close, open.size());
        return end == npos ? std::string_view() : util::trim(s.substr(open.size(), end - open.size()));
    }
    return s;
}

// A zh-TW/HK reporter credit opening `s`: its names, or the wire of one naming no reporter ("中央社" of
// "（中央社台北28日電）"); empty when `s` opens with none. `wire_only`: set for the latter.
std::string_view reporter_credit_names(std::string_view s, bool& wire_only) {
    wire_only = false;
    // Cheap gate: most segments open in ASCII; of the ASCII brackets only "(" and "[" open a credit.
    if (s.empty() || (static_cast<unsigned char>(s[0]) < 0x80 && s[0] != '(' && s[0] != '[')) return {};
    const std::string_view credit = unbracketed_credit(s);
    if (credit.size() != s.size() && credit.empty()) return {};
    for (std::string_view w : lexicon::kOutletRoleLabels) {
        const std::size_t at = credit.substr(0, kMaxOutletPrefix + w.size()).find(w);
        if (at == npos || util::cjk_run(credit.substr(0, at)).first != at) continue;  // the outlet: CJK only, or none
        if (const std::string_view names = credited_names(util::trim(credit.substr(at + w.size()))); !names.empty()) return names;
    }
    // Only a bracketed dateline names the wire alone: "中央社台北28日電" is no paragraph's opening otherwise.
    if (credit.size() == s.size()) return {};
    for (std::string_view wire : lexicon::kCjkWireCredits) {
        if (!credit.starts_with(wire) || wire.size() == credit.size()) continue;
        const std::string_view rest = credit.substr(wire.size());
        const std::size_t digit = rest.find_first_of("0123456789");
        if (digit != npos && digit > 0 && util::cjk_run(rest).first == digit && is_wire_day(rest.substr(digit))) {
            wire_only = true;
            return credit.substr(0, wire.size());
        }
    }
    return {};
}

}  // namespace

std::optional<BylineParts> zh_reporter_credit(std::string_view line) {
    bool wire_only = false;
    const std::string_view names = reporter_credit_names(util::trim(line), wire_only);
    if (names.empty()) return std::nullopt;
    BylineParts parts{std::string(names), {}};
    for (std::size_t from = 0; from <= names.size();) {  // "陳家祥、王小明": two reporters
        const std::size_t comma = std::min(names.find(kIdeographicComma, from), names.size());
        parts.authors.emplace_back(names.substr(from, comma - from));
        from = comma + kIdeographicComma.size();
    }
    return parts;
}

// "来自北京", "IP属地：广东" (lexicon::kPlaceLabels): the place a post was sent from, printed in zh author rows.
bool opens_with_place_label(std::string_view s) {
    if (s.empty() || !(static_cast<unsigned char>(s[0]) >= 0x80 || s[0] == 'I' || s[0] == 'i')) return false;
    return std::any_of(lexicon::kPlaceLabels.begin(), lexicon::kPlaceLabels.end(),
                       [&](std::string_view w) { return util::istarts_with(s, w); });
}

// "光明网澎湃号" → "光明网": a zh platform's account type glued after the account's name (lexicon::kAccountTypeLabels).
std::string_view without_account_type(std::string_view name) {
    if (name.empty() || static_cast<unsigned char>(name.back()) < 0x80) return name;
    for (std::string_view w : lexicon::kAccountTypeLabels)
        if (name.ends_with(w)) return trim_junk(name.substr(0, name.size() - w.size()));
    return name;
}

namespace {

// Vietnamese credits a story's source with "Theo" ("according to"), no colon: "Theo TTXVN", "Theo Tuổi Trẻ"
// closing a repost (Tuổi Trẻ, VnExpress, Thanh Niên, Dân trí: study-s round 16 B1). "Theo" is also a first name
// ("Theo Leggett") and opens ordinary sentences ("Theo quyết định mới, …"): only a short segment counts, whose
// next word is an agency's acronym (two or more capitals, "TTXVN", "AFP", "TTXVN/VNA") or that holds a letter
// only Vietnamese writes (ư, ơ, đ, the U+1EA0 block). Where the source's name starts, or npos.
constexpr std::size_t kTheo = 5;         // "Theo "
constexpr std::size_t kMaxTheoCredit = 40;  // bytes after it: an outlet's name, not a clause

bool is_vietnamese_letter(char32_t cp) {
    return (cp >= 0x1EA0 && cp <= 0x1EF9) || cp == 0x1B0 || cp == 0x1AF || cp == 0x1A1 || cp == 0x1A0 || cp == 0x111 ||
           cp == 0x110;
}

// A one-word brand written in camel case, "VnExpress", "VietNamNet", "ZingNews" (study-y round 22 baomoi-1: "Theo
// VnExpress" closing a repost): ASCII letters, a capital first and another one after a lower-case letter. Not a
// surname whose prefix is capitalised ("McDonald", "MacArthur", "DeLuca", "LeBlanc", "DiMaggio", "VanDyke"): "Theo
// McDonald" is a person.
bool is_camel_brand(std::string_view w) {
    constexpr std::string_view kSurnamePrefixes[] = {"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz"};
    if (w.size() < 4 || w[0] < 'A' || w[0] > 'Z') return false;
    std::size_t inner = 0;
    for (std::size_t i = 1; i < w.size(); ++i) {
        if (!util::is_ascii_alpha(w[i])) return false;
        if (inner == 0 && w[i] >= 'A' && w[i] <= 'Z' && w[i - 1] >= 'a' && w[i - 1] <= 'z') inner = i;
    }
    return inner != 0 && std::ranges::find(kSurnamePrefixes, w.substr(0, inner)) == std::end(kSurnamePrefixes);
}

std::size_t theo_credit_end(std::string_view s) {
    if (s.size() <= kTheo || s.size() > kTheo + kMaxTheoCredit || s.compare(0, kTheo, "Theo ") != 0) return npos;
    const std::string_view rest = s.substr(kTheo);
    if (rest.find_first_of(",.;:") != npos || util::count_spaced_words(rest, 5) > 4) return npos;
    std::size_t caps = 0;
    while (caps < rest.size() && ((rest[caps] >= 'A' && rest[caps] <= 'Z') || rest[caps] == '/' || rest[caps] == '-')) ++caps;
    if (caps >= 2 && (caps == rest.size() || rest[caps] == ' ')) return kTheo;  // "Theo TTXVN"
    if (is_camel_brand(rest)) return kTheo;                                      // "Theo VnExpress"
    for (std::size_t i = 0; i < rest.size();)
        if (is_vietnamese_letter(util::next_code_point(rest, i))) return kTheo;  // "Theo Tuổi Trẻ"
    return npos;
}

// The character every lexicon::kAccountTypeLabels entry ends in, "号" (traditional "號"): "account".
constexpr std::string_view kAccountMark = "\xE5\x8F\xB7", kAccountMarkTraditional = "\xE8\x99\x9F";

// A segment that is an account's name of CJK characters and its type, "光明网澎湃号" of "光明网澎湃号·媒体" (the
// author row of a zh self-media post, study-n round 11 B4): the type labels the account as the author, as
// a role after a name does. Not the type alone ("澎湃号" in the site's menu) nor a headline ending in it.
// The row may go on with the post's date after a space, "中国青年网网易号 2026-11-27 09:41:07" (study-o round 12 B3,
// netease shell: the 网易号 account row under the headline).
bool is_account_row(std::string_view s) {
    if (const std::size_t sp = s.find(' '); sp != npos && sp + 1 < s.size() && util::is_ascii_digit(s[sp + 1])) s = s.substr(0, sp);
    const std::string_view name = without_account_type(s);
    if (name.size() == s.size() || name.empty() || name.size() > kMaxOutletPrefix) return false;
    return util::cjk_run(name).first == name.size();
}

BylineLabel segment_label(std::string_view s) {
    s = skip_leading_date(s);
    bool wire_only = false;
    if (!reporter_credit_names(s, wire_only).empty()) return wire_only ? BylineLabel::source : BylineLabel::author;
    if (genre_label_end(s) != npos || outlet_role_end(s) != npos || is_account_row(s)) return BylineLabel::author;
    if (label_end(s, source_labels(), true) != npos || theo_credit_end(s) != npos) return BylineLabel::source;
    if (label_end(s, source_labels(), false) != npos)  // "via X"; "Sources said" is no label
        return util::istarts_with(s, "via ") ? BylineLabel::source : BylineLabel::none;
    if (label_end(s, other_role_labels(), false) != npos) return BylineLabel::none;
    if (label_end(s, provider_labels(), false) != npos) return BylineLabel::source;  // "Provided by X"
    const std::size_t end = label_end(s, byline_labels(), false);
    if (end == npos) return particle_label_end(s) != npos ? BylineLabel::author : BylineLabel::none;
    if (s.substr(0, 3) == "Di ") return BylineLabel::none;
    return BylineLabel::author;
}

// After a label, "und Interview:" / "and photos:": a separator word, at most two
// words and a colon. Returns the position after the colon, or npos.
constexpr std::size_t kMaxJoinedRole = 24;

std::size_t joined_role_end(std::string_view rest) {
    rest = rest.substr(0, kMaxJoinedRole);
    const std::size_t colon = rest.find(':');
    if (colon == npos) return npos;
    for (std::string_view sep : lexicon::kAuthorSeparators) {
        const std::string_view word = sep.substr(1);  // "und ", "and ", "& "
        if (sep.front() == ' ' && word.size() > 1 && rest.substr(0, word.size()) == word &&
            std::count(rest.begin() + long(word.size()), rest.begin() + long(colon), ' ') <= 1)
            return colon + 1;
    }
    return npos;
}

// The text after a label or attribution that ends at `label_end`. After one
// ending in "by" (fr "par", es/pt "por") a person follows, then maybe the venue
// it was posted on or the place it was written in: "Originally posted by Hanna
// Berg| on Medium", "By Jane Doe| in Berlin" (lexicon::kVenueWords).
std::string_view after_label(std::string_view s, std::size_t label_end) {
    const std::string_view label = util::trim(s.substr(0, label_end));
    std::string_view rest = trim_junk(s.substr(label_end));
    const std::size_t sp = label.rfind(' ');
    const std::string_view last = sp == npos ? label : label.substr(sp + 1);
    if (!util::iequals(last, "by") && !util::iequals(last, "par") && !util::iequals(last, "por")) return rest;
    std::size_t venue = rest.size();
    for (std::string_view w : lexicon::kVenueWords) venue = std::min(venue, util::ifind(rest, w));
    return rest.substr(0, venue);
}

// Whether an attribution phrase opens `seg` ("This article originally appeared on X"), by the cheap byte
// scan (source_phrase_matcher): clean_segment's gate, and parse_byline's before a credit's writer.
bool is_attribution(std::string_view seg) {
    return source_phrase_matcher().find_before(seg, kAttributionOpening + 1) != npos;
}

// "Original-Content von: Brandtner Haustechnik GmbH, übermittelt durch news aktuell" (the last line of every ots
// release on presseportal.de, "Original content of: X" in English: study-p round 13 B1), "Ein Artikel von: X": one
// or two words naming what is credited, then a lower-case author preposition (lexicon::kCreditPrepositions: "von",
// "of", "by", "par") and a colon. The words are no name: the name follows the colon. Where it starts, or npos.
constexpr std::size_t kMaxCreditHeadWords = 2, kMaxCreditHead = 32;

std::size_t headed_label_end(std::string_view s) {
    const std::size_t colon = s.substr(0, kMaxCreditHead).find(':');
    if (colon == npos) return npos;  // cheap: most segments have no colon in their opening
    const std::size_t sp = s.rfind(' ', colon);
    if (sp == npos || sp == 0 || util::count_spaced_words(s.substr(0, sp), kMaxCreditHeadWords + 1) > kMaxCreditHeadWords)
        return npos;
    return in_list(s.substr(sp + 1, colon - sp - 1), lexicon::kCreditPrepositions) ? colon + 1 : npos;
}

// One segment of a byline → the names in it ("" when it holds none or another role).
// `attributed`: set when a source label or an attribution phrase opened the segment.
std::string_view clean_segment(std::string_view seg, bool* attributed = nullptr) {
    seg = skip_leading_date(trim_junk(seg));
    if (label_end(seg, other_role_labels(), false) != npos || opens_with_place_label(seg)) return {};
    if (const std::size_t end = genre_label_end(seg); end != npos) seg = trim_junk(seg.substr(end));
    else if (const std::size_t name = outlet_by_end(seg); name != npos) seg = seg.substr(name);
    else if (const std::size_t role = outlet_role_end(seg); role != npos) seg = trim_junk(seg.substr(role));
    // "Original: 2025-09-19 08:05", "Provider: X": a source label that is no byline
    // label names nobody by itself (the label word was taken for a name).
    std::size_t attribution_end = label_end(seg, source_labels(), true);
    if (attribution_end == npos && !seg.empty() && seg[0] == 'T') attribution_end = theo_credit_end(seg);
    // "This article originally appeared on X", "Originally published at X on <date>":
    // the attribution's words are no name either.
    // The code-point-folding search only when a cheap byte scan sees a phrase
    // opening the segment (every byline segment passes here, issue #3).
    if (attribution_end == npos && is_attribution(seg))
        if (const auto [b, e] = find_any(seg.substr(0, kAttributionOpening + 40), source_phrase_index());
            b <= kAttributionOpening)
            attribution_end = e;
    if (attribution_end != npos) {
        seg = after_label(seg, attribution_end);
        if (attributed) *attributed = true;
    }
    for (int round = 0; round < 2; ++round) {
        std::size_t end = label_end(seg, byline_labels(), false);
        // "Bron: de Volkskrant": after a source label "de" is the name's own.
        if (end == npos && attribution_end == npos) end = particle_label_end(seg);
        if (end == npos) break;
        // "Text und Interview: Harald Willenbrock" (trafilatura brandeins), "Text and
        // photos: X": a second role joined to the label; the names follow its colon.
        if (const std::size_t colon = joined_role_end(seg.substr(end)); colon != npos) {
            seg = trim_junk(seg.substr(end + colon));
            break;
        }
        if (seg.substr(0, 3) == "Di ") break;  // Italian "di" label is lower case; "Di Maio" is a name
        // "Redaktion Polizeiticker Schweiz" names the newsroom (trafilatura polizeiticker.ch);
        // only "Redaktion: X" labels a person.
        if (label_end(seg, team_labels(), true) == npos && label_end(seg, team_labels(), false) != npos) break;
        seg = after_label(seg, end);
    }
    if (const std::size_t end = headed_label_end(seg); end != npos) seg = trim_junk(seg.substr(end));
    return without_account_type(cut_at_stops(seg));
}

// util::collapse_whitespace(seg), copied into `buf` only when it differs from
// `seg` without its end spaces: page lines are collapsed already, so their
// segments need no copy.
std::string_view collapsed_segment(std::string_view seg, std::string& buf) {
    std::string_view part = seg;
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (util::is_collapsed(part)) return part;
    buf = util::collapse_whitespace(seg);
    return buf;
}

// After a source label an agency or a site keeps its own lower-case spelling:
// "Quelle: dpa-AFX", "Source: finanzen.net", "Quelle: dpa" (German finance and
// news portals). One token of ASCII letters, digits, '-', '.', '&' that has a
// capital, ends in a domain, or (`acronym_ok`: after an explicit label, not an
// attribution phrase: "Originally published on my blog") is a short agency
// acronym; "Quelle: eigene Recherche" is two words and "Source: unknown" too
// long for an acronym.
constexpr std::size_t kMaxBrand = 40, kMaxAcronym = 4;

bool is_source_brand(std::string_view t, bool acronym_ok) {
    if (t.empty() || t.size() > kMaxBrand || !util::is_ascii_alpha(t.front())) return false;
    bool capital = false;
    for (char c : t) {
        if (!util::is_ascii_alpha(c) && !util::is_ascii_digit(c) && c != '-' && c != '.' && c != '&') return false;
        capital = capital || (c >= 'A' && c <= 'Z');
    }
    const bool domain = is_domain_name(t);
    const bool acronym = acronym_ok && t.size() <= kMaxAcronym &&
                         std::all_of(t.begin(), t.end(), [](char c) { return util::is_ascii_alpha(c); });
    return capital || domain || acronym;
}

// An agency or outlet that writes its name in lower case, alone after an author label at the head of a meta
// row: "Por ge — São Paulo", "Por g1 — Rio" (study-n round 11 B3, g1 shell: the place after the dash was
// taken), "Von dpa | 12.03.2025" (and epd, kna, sid on German portals). One short token of lower-case letters
// and digits opening with a letter, no name particle ("Door de") or newsroom abbreviation ("Autor: red"). A
// longer word is prose or a team ("By staff"); alone in an author element it is a user's name, no byline
// without an hCard ("by oz": signed_story_test).
bool is_lowercase_outlet(std::string_view t) {
    if (t.size() < 2 || t.size() > kMaxAcronym || !(t[0] >= 'a' && t[0] <= 'z')) return false;
    return std::all_of(t.begin(), t.end(), [](char c) { return (c >= 'a' && c <= 'z') || util::is_ascii_digit(c); }) &&
           !in_list(t, lexicon::kNameParticles) && !in_list(t, lexicon::kBylineTrailingWords) &&
           !in_list(t, lexicon::kNewsroomAbbreviations);
}

// `row`: more segments follow `seg` in its line (is_lowercase_outlet).
std::optional<BylineParts> parse_segment(std::string_view seg, bool row = false) {
    if (auto credit = zh_reporter_credit(trim_junk(seg))) return credit;
    bool attributed = false;
    const std::string_view names = with_legal_form_dot(clean_segment(seg, &attributed), seg);
    if (names.empty()) return std::nullopt;
    bool dropped = false;
    std::vector<std::string> authors = split_authors(names, dropped);
    if (authors.empty()) {
        std::string buf;
        // The brand is the first word: "elenavarga.dev on Sep 19" (the date cut already).
        const std::string_view brand = trim_junk(names.substr(0, names.find(' ')));
        const BylineLabel label = segment_label(trim_junk(collapsed_segment(seg, buf)));
        const bool labelled = label == BylineLabel::source;
        const bool outlet = row && label == BylineLabel::author && brand == names && is_lowercase_outlet(brand);
        if (!outlet && (!(attributed || labelled) || !is_source_brand(brand, labelled))) return std::nullopt;
        return BylineParts{std::string(brand), {std::string(brand)}};
    }
    BylineParts parts;
    if (!dropped) {
        parts.byline = util::collapse_whitespace(with_legal_form_dot(trim_junk(names), seg));
    } else {
        for (const std::string& a : authors) parts.byline += (parts.byline.empty() ? "" : ", ") + a;
    }
    parts.authors = std::move(authors);
    return parts;
}

// Whether a label can occur in `text` only where its bytes do: every code
// point folds to itself or to ASCII punctuation (typographic quotes and dashes,
// which no label holds: lexicon test). Then match_at's code-point folding
// compares ASCII letters case-insensitively and everything else exactly, as
// TokenMatcher does. `ascii`: set to whether every byte is ASCII.
bool folds_bytewise(std::string_view text, bool& ascii) {
    ascii = true;
    for (std::size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        ascii = false;
        const char32_t cp = util::next_code_point(text, i);
        const char32_t f = util::fold_code_point(cp);
        if (f != cp && !(f < 0x80 && !util::is_ascii_alpha(char(f)) && !util::is_ascii_digit(char(f)) && f != ' '))
            return false;
    }
    return true;
}

// Cheap gate before the segment-by-segment label search (every line near the
// headline passes here, issue #3): collapsed text that folds byte-wise, as
// most page lines are, holds a label only where a label word is a whole word.
// Labels are tried only at a segment's start or after a space or junk, never
// after an ASCII letter or digit. The one-pass TokenMatcher finds the
// candidate positions; match_at checks the word's end there ("par" is no
// label in "pariatur"). Other text (capital Cyrillic, accented capitals) is
// not gated.
bool may_hold_label_collapsed(std::string_view text) {
    static const util::TokenMatcher::Table kTables[] = {{lexicon::kBylineLabels, 1}, {lexicon::kSourceLabels, 1}};
    static const util::TokenMatcher labels(kTables);
    bool ascii = true;
    if (!folds_bytewise(text, ascii) || particle_label_end(text) != npos) return true;
    // The Vietnamese credit "Theo X" has no label word in the tables (theo_credit_end reads it; study-y round 22
    // baomoi: a closing "Theo Tuổi Trẻ" line stayed in the body).
    if (text.starts_with("Theo ")) return true;
    for (std::size_t p = labels.find(text, true); p != npos; p = labels.find(text, true, p + 1))
        for (const LabelIndex* index : {&byline_labels(), &source_labels()})
            for (std::string_view w : index->candidates(text[p]))
                if (match_at(text, p, w) != npos) return true;
    // An account row's type ends in 号 / 號 (lexicon::kAccountTypeLabels, is_account_row): searched in non-ASCII text
    // only. A zh-TW reporter credit glues its role label to the names (reporter_credit_names) near the opening of a
    // line that opens with an ideograph (UTF-8 lead bytes E4-E9), a full-width bracket or a date's digit: "記者陳家祥／
    // 綜合報導", "中央社記者X台北28日電", "（中央社記者X台北電）"; searched there only (a search of every line with a curly
    // quote was 3% of readability ol's metadata time).
    constexpr std::size_t kMaxRoleOffset = 64;
    if (ascii) return false;
    if (text.find(kAccountMark) != npos || text.find(kAccountMarkTraditional) != npos) return true;
    const auto lead = static_cast<unsigned char>(text.front());
    if (!((lead >= 0xE4 && lead <= 0xE9) || lead == 0xEF || util::is_ascii_digit(text.front()))) return false;
    const std::string_view opening = text.substr(0, kMaxRoleOffset);
    return std::any_of(lexicon::kOutletRoleLabels.begin(), lexicon::kOutletRoleLabels.end(),
                       [&](std::string_view w) { return opening.find(w) != npos; });
}

bool may_hold_label(std::string_view text) { return !util::is_collapsed(text) || may_hold_label_collapsed(text); }

// The date and venue word between an attribution phrase and the publisher:
// "Dieser Artikel erschien zuerst| am 18.09.2025 bei |heise online.", "Dieser
// Artikel wurde zuerst| auf |X veröffentlicht" (study-h round 5 B1, dpa shell):
// a connector ("am", "on": lexicon::kBylineTrailingWords) and a date, then a
// venue word (lexicon::kVenueWords) written in lower case: "In These Times"
// after "first published in" is a name.
std::string_view after_credit_date(std::string_view rest) {
    std::string_view r = rest;
    if (const std::size_t sp = r.find(' '); sp != npos && in_list(util::fold(r.substr(0, sp)), lexicon::kBylineTrailingWords)) {
        const std::string_view dated = trim_junk(r.substr(sp + 1));
        if (const std::string_view after = skip_leading_date(dated); after.size() < dated.size()) r = after;
    }
    for (std::string_view w : lexicon::kVenueWords)
        if (const std::string_view word = w.substr(1); r.substr(0, word.size()) == word) return trim_junk(r.substr(word.size()));
    return rest;
}

}  // namespace

const util::TokenMatcher& source_phrase_matcher() {
    static const util::TokenMatcher m(lexicon::kSourcePhrases);
    return m;
}

namespace {

// A writer named after the outlet in the attribution's own sentence: "This article was originally published
// on The Defiant on Nov 24, 2026 by Owen Fernau." (study-n round 11 B1, coinmarketcap shell), "Originally
// published on Medium by Jane Doe", "publié initialement sur X par Y": a word after the attribution phrase
// that opens an author label ("by", "par", "von"), before the sentence ends. Where that label opens in
// `seg`, or npos (parse_source_line ends the outlet there).
std::size_t writer_label_at(std::string_view seg) {
    if (!is_attribution(seg)) return npos;
    const auto [b, e] = find_any(seg.substr(0, kAttributionOpening + 40), source_phrase_index());
    if (b > kAttributionOpening) return npos;
    const std::string_view sentence = seg.substr(0, seg.find(". ", e));
    for (std::size_t p = sentence.find(' ', e + 1); p != npos; p = sentence.find(' ', p + 1)) {
        // Inside the sentence the label is a lower-case word ("by", "par", "von"): "Text Magazine" is a name.
        const std::string_view rest = sentence.substr(p + 1);
        if (rest.empty() || !(rest[0] >= 'a' && rest[0] <= 'z') || label_end(rest, byline_labels(), false) == npos) continue;
        std::string buf;
        if (segment_label(trim_junk(collapsed_segment(rest, buf))) == BylineLabel::author) return p + 1;
    }
    return npos;
}

// The writer that label names (writer_label_at).
std::optional<BylineParts> writer_after_outlet(std::string_view seg) {
    const std::size_t at = writer_label_at(seg);
    return at == npos ? std::nullopt : parse_segment(seg.substr(at));
}

}  // namespace

// The first segment with names, unless a later one carries an author label:
// "Le Monde | 04.05.2015 à 13h36 | Par Martin Untersinger" (readability lemonde-1).
std::optional<BylineParts> credited_writer(std::string_view seg) {
    for (std::size_t p = seg.find(". "); p != npos; p = seg.find(". ", p + 2)) {
        const std::string_view rest = trim_junk(seg.substr(p + 2));
        std::string buf;
        if (segment_label(trim_junk(collapsed_segment(rest, buf))) == BylineLabel::author) return parse_segment(rest);
    }
    return writer_after_outlet(seg);
}

namespace {

// Whether a segment of `head` (the segments before a name) is an author label followed by words that name
// nobody: "By staff", "Por the Associated Press". The row's author is then unnamed, and a later unlabelled
// segment is its place or date: "By staff — London" (study-n round 11 B3). Not a lone label ("By: | Jane Doe").
bool labels_no_name(std::string_view head) {
    for (std::size_t pos = 0; pos != npos;) {
        const std::string_view seg = next_segment(head, pos);
        std::string buf;
        const std::string_view s = trim_junk(collapsed_segment(seg, buf));
        if (segment_label(s) == BylineLabel::author && !is_lone_author_label(s)) return true;
    }
    return false;
}

}  // namespace

std::optional<BylineParts> parse_byline(std::string_view text) {
    // "누리통신 이서연 기자": the reporter alone, not the outlet credited before the name (study-x round 22 hankyeol-2).
    if (auto ko = ko_reporter_credit(text)) return ko;
    std::optional<BylineParts> first;
    std::optional<bool> unnamed;  // labels_no_name of the segments before the current one, asked once
    for (std::size_t pos = 0; pos != npos;) {
        const std::string_view seg = next_segment(text, pos);
        auto parts = parse_segment(seg, pos != npos);
        if (!parts) continue;
        std::string buf;
        const BylineLabel label = segment_label(trim_junk(collapsed_segment(seg, buf)));
        if (label == BylineLabel::author) return parts;
        // Only after an attribution, which named an outlet: a name's initial ("J. Doe") is no sentence.
        if (label == BylineLabel::source || is_attribution(seg))
            if (auto author = credited_writer(seg)) return author;
        if (first) continue;
        // Asked only of a name after other segments (the first segment names someone on most lines).
        if (seg.data() != text.data() && !unnamed) unnamed = labels_no_name(text.substr(0, seg.data() - text.data()));
        if (!unnamed.value_or(false)) first = std::move(parts);
    }
    return first;
}

// Labels are looked for in a line's opening only.
constexpr std::size_t kLabelScan = 200;

// Page lines are collapsed (line_text) but may end in a space where they
// were cut, here or at kLineKeep; an end of text matches a label's end as a
// space does, so the gate drops that space and skips is_collapsed (issue #3:
// that check was ~4% of the metadata time of small pages).
bool may_have_label(std::string_view text) {
    text = text.substr(0, kLabelScan);
    if (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    assert(util::is_collapsed(text));
    return may_hold_label_collapsed(text);
}

bool is_sentence_after_by_word(std::string_view text) {
    constexpr std::size_t kMinSentenceWords = 6;
    const std::size_t space = text.find(' ');
    if (space == npos || space + 1 >= text.size() || text[space + 1] < 'a' || text[space + 1] > 'z') return false;
    const char end = text.back();
    return (end == '.' || end == '!' || end == '?') && util::count_tokens(text) >= kMinSentenceWords &&
           in_list(util::fold(text.substr(0, space)), lexicon::kBylineLabels);
}

// The label of the first segment that has one ("05.02.2020 - Redaktion: X": trafilatura ejwue).
BylineLabel byline_label(std::string_view text) {
    if (!may_hold_label(text.substr(0, kLabelScan)) || is_sentence_after_by_word(util::trim(text))) return BylineLabel::none;
    text = text.substr(0, kLabelScan);
    for (std::size_t pos = 0; pos != npos;) {
        const std::string_view seg = next_segment(text, pos);
        std::string buf;
        if (const BylineLabel l = segment_label(trim_junk(collapsed_segment(seg, buf))); l != BylineLabel::none) return l;
    }
    return BylineLabel::none;
}

bool opens_with_editor_credit(std::string_view text) {
    // The labels are CJK: a line opening with ASCII letters (most) is none. "[" / "【" / spaces may lead.
    text = trim_junk(text.substr(0, kLabelScan));
    if (text.empty() || static_cast<unsigned char>(text[0]) < 0x80) return false;
    for (std::string_view l : lexicon::kEditorCreditLabels)
        if (text.starts_with(l)) return true;
    return false;
}

std::size_t outlet_credit_name_at(std::string_view text) { return outlet_role_end(text.substr(0, kLabelScan)); }

bool opens_with_outlet_credit(std::string_view text) { return outlet_credit_name_at(text) != npos; }

std::optional<BylineParts> origin_as_byline(std::string_view source) {
    if (auto parts = parse_byline(source); parts && parts->byline == source) return parts;
    if (is_source_brand(source, false)) return BylineParts{std::string(source), {std::string(source)}};
    return std::nullopt;
}

std::string_view first_byline_segment(std::string_view text) {
    std::size_t pos = 0;
    return next_segment(text, pos);
}

namespace {

// Whether a space-separated word of `name`, folded, is in the table `kList`. Asked of every byline candidate
// against the outlet, team, account and role tables (issue #3: a fold and a scan of the whole table per word
// were a third of the metadata time of readability 003): a word is compared only with the entries opening with
// its first byte (LabelIndex), and an ASCII word is lowered in place, with no string made.
template <const lexicon::WordList& kList>
bool has_word_in(std::string_view name) {
    const LabelIndex& index = index_of<kList>();
    std::array<char, 32> lowered;
    for (std::size_t p = 0; p < name.size();) {
        const std::size_t q = std::min(name.find(' ', p), name.size());
        const std::string_view word = name.substr(p, q - p);
        p = q + 1;
        if (word.empty()) continue;
        const auto candidates = index.candidates(word[0]);
        if (candidates.empty()) continue;
        const bool ascii = word.size() <= lowered.size() &&
                           std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        if (ascii) {
            std::transform(word.begin(), word.end(), lowered.begin(), util::ascii_lower);
            const std::string_view key(lowered.data(), word.size());
            if (std::find(candidates.begin(), candidates.end(), key) != candidates.end()) return true;
        } else if (const std::string key = util::fold(word); std::find(candidates.begin(), candidates.end(), key) != candidates.end()) {
            return true;
        }
    }
    return false;
}

}  // namespace

// "u/coinwatcher": a platform account (lexicon::kAccountPrefixes), the aggregator's user who posted the
// story, never its author (study-j round 7 B6, reddit shell: the post's "Source: TMZ" names the origin).
bool is_platform_account(std::string_view name) {
    if (name.find(' ') != npos) return false;
    for (std::string_view prefix : lexicon::kAccountPrefixes)
        if (name.size() > prefix.size() && name.starts_with(prefix)) return true;
    return false;
}

bool is_account_name(std::string_view name) {
    return is_platform_account(name) || has_word_in<lexicon::kAccountNames>(name);
}

// Two words or more whose last is a job noun; a qualifier alone is a surname ("Jennifer Senior").
bool ends_in_job_title(std::string_view name) {
    const std::size_t sp = name.rfind(' ');
    if (sp == npos) return false;
    const std::string last = util::fold(name.substr(sp + 1));
    return in_list(last, lexicon::kJobTitleWords) && !in_list(last, lexicon::kJobTitleQualifiers);
}

bool is_ens_name(std::string_view w) {
    constexpr std::size_t kMinEns = 7, kMaxEns = 64;  // ENS names have 3+ characters before ".eth"
    constexpr std::string_view kEnsRoot = ".eth";
    if (w.size() < kMinEns || w.size() > kMaxEns || !w.ends_with(kEnsRoot) || !util::is_ascii_alpha(w[0]) ||
        w.find("..") != npos)
        return false;
    return std::all_of(w.begin(), w.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || util::is_ascii_digit(c) || c == '-' || c == '.';
    });
}

namespace {

// A word made of a generic word (lexicon::kTeamAccountPrefixes) and a capitalised team word: the CamelCase
// account a blog or an aggregator posts under, "NewsDesk", "WebTeam", "EditorialStaff" (study-k round 8,
// blogger shell: "Posted by NewsDesk" over a post closing "Source : Le Monde"); "CoinDesk" is a brand.
// ASCII team words only.
bool has_camel_team_word(std::string_view byline) {
    for (std::size_t p = 0; p < byline.size();) {
        const std::size_t q = std::min(byline.find(' ', p), byline.size());
        const std::string_view word = byline.substr(p, q - p);
        for (std::string_view t : lexicon::kTeamCreditWords) {
            if (static_cast<unsigned char>(t[0]) >= 0x80 || word.size() <= t.size()) continue;
            const std::size_t at = word.size() - t.size();
            if (word[at] == static_cast<char>(t[0] - 'a' + 'A') && word.substr(at + 1) == t.substr(1) &&
                word[at - 1] >= 'a' && word[at - 1] <= 'z' && in_list(util::fold(word.substr(0, at)), lexicon::kTeamAccountPrefixes))
                return true;
        }
        p = q + 1;
    }
    return false;
}

}  // namespace

bool is_team_credit(std::string_view byline) {
    if (has_word_in<lexicon::kTeamCreditWords>(byline) || has_camel_team_word(byline)) return true;
    // CJK writes the team word glued to the site's name ("動區編輯部"): a non-ASCII entry ending the byline.
    for (std::string_view w : lexicon::kTeamCreditWords)
        if (static_cast<unsigned char>(w[0]) >= 0x80 && byline.size() > w.size() && byline.ends_with(w)) return true;
    return false;
}

bool is_company_name(std::string_view name) {
    name = util::trim(name);
    while (!name.empty() && (name.back() == '.' || name.back() == ',')) name.remove_suffix(1);
    const std::size_t sp = name.rfind(' ');
    if (sp == npos) return false;  // "AG" or "Inc" alone names nothing
    const std::string last = util::fold(name.substr(sp + 1));
    return in_list(last, lexicon::kLegalForms) || in_list(last, lexicon::kUndottedLegalForms);
}

bool is_desk_name(std::string_view name) {
    if (has_word_in<lexicon::kOutletWords>(name) || is_team_credit(name)) return true;
    // CJK glues the outlet word to the brand ("新浪科技", "中国青年网"): a non-ASCII entry ending the name.
    for (std::string_view w : lexicon::kOutletWords)
        if (static_cast<unsigned char>(w[0]) >= 0x80 && name.size() > w.size() && name.ends_with(w)) return true;
    return false;
}

bool is_brand_byline(const BylineParts& b) {
    return b.authors.size() == 1 && b.authors.front() == b.byline && is_source_brand(b.byline, false) &&
           !is_account_name(b.byline) && !is_team_credit(b.byline) && !is_ens_name(b.byline);  // a person's handle
}

bool names_outlet(const BylineParts& b) {
    if (b.authors.size() != 1 || b.authors.front() != b.byline) return false;
    const std::string_view name = b.byline;
    return is_brand_byline(b) || name.find(' ') == npos || util::istarts_with(name, "the ") ||
           has_word_in<lexicon::kOutletWords>(name);
}

bool ends_with_degree(std::string_view text) {
    const std::size_t sp = text.rfind(' ');
    return sp != npos && sp > 0 && text[sp - 1] == ',' && is_degree_after(text.substr(sp + 1));
}

bool is_credit_block(std::string_view text) {
    constexpr std::size_t kMaxCreditBlock = 80, kMaxCreditWords = 8;
    const std::string_view t = util::trim(text);
    if (t.empty() || t.size() > kMaxCreditBlock || util::count_tokens(t) > kMaxCreditWords) return false;
    // A final "." ends a sentence, unless it is a degree's: "Autor: Mgr. Jana Kováčová, PhD." (study-w round 20 B4).
    if (t.back() == '.' && !ends_with_degree(t)) return false;
    return label_end(t, byline_labels(), true) != npos || label_end(t, other_role_labels(), true) != npos;
}

bool is_lone_author_label(std::string_view text) {
    // Every short line near the headline is asked (issue #3: the collapse and fold
    // cost a quarter of extract_metadata on readability js-link-replacement).
    if (!may_hold_label(text)) return false;
    const std::string line = util::collapse_whitespace(text);
    const std::string f = util::fold(trim_junk(line));
    return in_list(f, lexicon::kBylineLabels) && !in_list(f, lexicon::kSourceLabels);
}

namespace {

// "The Block", "PR Newswire": a short run of capitalised words without digits,
// not ending in a date word (a weekday or "updated" of kBylineTrailingWords, a month).
bool is_dated_row_name(std::string_view name) {
    constexpr std::size_t kMaxRowNameWords = 4;  // text_header.cpp kMaxNameWords: "Satoshi Street Journal"
    std::size_t words = 0;
    for (std::size_t p = 0; p < name.size(); ++words) {
        const std::size_t q = std::min(name.find(' ', p), name.size());
        const std::string_view word = name.substr(p, q - p);
        if (std::any_of(word.begin(), word.end(), [](char c) { return util::is_ascii_digit(c); })) return false;
        std::string initial;  // a lower-case first letter (or a caseless script) opens no name here
        util::append_utf8(initial, cp_at(word, 0));
        if (util::fold(initial) == initial) return false;
        p = q + 1;
    }
    // Title Case is what tells a name here: a caseless script has none ("TNW中文站2016年10月14日07:17", a
    // source credit beside the date: readability qq, whose truth names no author).
    for (std::size_t i = 0; i < name.size();)
        if (util::is_cjk(util::next_code_point(name, i))) return false;
    const std::string first = util::fold_key(name.substr(0, name.find(' ')));
    if (in_list(first, lexicon::kDateRowLabels)) return false;
    // The last word only: "The Block" opens with a word of the list, "PR Newswire Fri" ends with one.
    const std::string last = util::fold_key(name.substr(name.rfind(' ') == npos ? 0 : name.rfind(' ') + 1));
    if (in_list(last, lexicon::kBylineTrailingWords) || lexicon::month_from_word(last) != 0) return false;
    if (words == 0 || words > kMaxRowNameWords) return false;
    const std::string folded = util::fold_key(name);
    return !lexicon::starts_with_any(lexicon::kPublishedDateMarkers, folded) &&
           !lexicon::starts_with_any(lexicon::kModifiedDateMarkers, folded) &&
           !lexicon::starts_with_any(lexicon::kHeaderBadges, folded) &&  // "LIVE …": text_header.cpp badge_row_name
           !lexicon::equals_any(lexicon::kSectionKickers, folded) && !lexicon::equals_any(lexicon::kUiLabels, folded) &&
           !in_list(folded, lexicon::kBylineLabels);
}

}  // namespace

std::optional<std::string_view> curator_name(std::string_view line) {
    line = util::trim(line);
    const bool opens = std::any_of(lexicon::kCuratorOpeners.begin(), lexicon::kCuratorOpeners.end(), [&](std::string_view o) {
        return line.size() > o.size() && util::istarts_with(line, o) && (line[o.size()] == ' ' || line[o.size()] == ':');
    });
    if (!opens) return std::nullopt;
    std::size_t by = npos;
    for (std::size_t p = util::ifind(line, " by "); p != npos; p = util::ifind(line, " by ", p + 1)) by = p;
    return by == npos ? std::string_view() : util::trim(line.substr(by + 4));
}

bool names_other_role(std::string_view line, std::string_view name) {
    if (name.empty()) return false;
    for (std::size_t pos = 0; pos != npos;) {
        const std::string_view seg = trim_junk(next_segment(line, pos));
        const std::size_t end = label_end(seg, other_role_labels(), false);
        if (end == npos) continue;
        const std::string_view rest = trim_junk(seg.substr(end));
        if (rest.starts_with(name) && !is_word_cp(cp_at(rest, name.size()))) return true;
    }
    return false;
}

bool names_generator(std::string_view line, std::string_view name) {
    static const util::TokenMatcher phrases(lexicon::kGeneratorPhrases);
    if (name.empty()) return false;
    for (std::size_t p = phrases.find(line, true); p != npos; p = phrases.find(line, true, p + 1)) {
        for (std::string_view w : lexicon::kGeneratorPhrases) {
            if (!util::istarts_with(line.substr(p), w)) continue;
            const std::string_view rest = util::trim(line.substr(p + w.size()));
            if (util::istarts_with(rest, name) && !is_word_cp(cp_at(rest, name.size()))) return true;
        }
    }
    return false;
}

std::optional<BylineParts> row_name(std::string_view text) {
    text = util::trim(text);
    auto parts = parse_byline(text);
    if (!parts || parts->authors.size() != 1 || parts->byline != text || !is_dated_row_name(parts->byline)) return std::nullopt;
    return parts;
}

// The length of a row's date part without an update clause after it: "19. 9. 2025 4:20 Aktualizováno 20. 9.
// 2025 10:05" (study-j round 7 B9, czech shell; "… Updated Sep 20, 2025 10:05"). Folded bytes: a bound only.
std::size_t dated_part_size(std::string_view rest) {
    constexpr std::size_t kShortRow = 48;  // name_before_date's kMaxDatePart: a shorter row is never cut
    if (rest.size() <= kShortRow) return rest.size();
    const std::string f = util::fold(rest);
    std::size_t end = f.size();
    for (std::string_view marker : lexicon::kModifiedDateMarkers.phrases)
        for (std::size_t p = f.find(marker); p != npos && p < end; p = f.find(marker, p + 1))
            if (p > 0 && f[p - 1] == ' ') end = p - 1;
    return end;
}

std::optional<BylineParts> name_before_date(std::string_view line, const ParsedDate& date) {
    constexpr std::size_t kMaxDatePart = 48;  // "Friday, 19 September 2025, 04:20 CEST" (37)
    const std::string_view text = util::trim(line);
    // An ENS name is no headline's word: "alice.eth September 19th, 2025" (Mirror's author row, study-j
    // round 7 B5) needs no clock time to be a name row.
    const bool ens = is_ens_name(text.substr(0, text.find(' ')));
    if (!date.has_time && !ens) return std::nullopt;
    auto parts = parse_byline(text);
    if (!parts || parts->authors.size() != 1 || !text.starts_with(parts->byline)) return std::nullopt;
    std::string_view rest = util::trim(text.substr(parts->byline.size()));
    // "Jakob Borg (calmh) November 12, 2026, 8:30am #1" (study-w round 21 T3, a Discourse topic's scrape): the
    // account name after the display name is no part of the row's shape.
    if (const std::size_t account = username_paren_size(rest); account > 0) rest = util::trim(rest.substr(account));
    // Right after the name the date's first word: no separator, comma ("Berlin, …") or colon ("Stand: …").
    const char32_t next = cp_at(rest, 0);
    // Letters, not bytes: "Опубліковано 28 листопада 2026, 14:05" is as long a date as "Published 28 November …".
    const std::string_view dated = rest.substr(0, dated_part_size(rest));
    const auto letters = std::count_if(dated.begin(), dated.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
    if (rest.empty() || std::size_t(letters) > kMaxDatePart || !is_word_cp(next) || !(ens || is_dated_row_name(parts->byline)))
        return std::nullopt;
    // The date starts right there: a number, a month or a weekday ("Zuletzt aktualisiert 19.09.2025": the
    // parser's name ends before a label it stops at, the date comes later).
    const std::string opening = util::fold_key(rest.substr(0, rest.find(' ')));
    // Or a published label of any language the lexicon knows ("Олена Коваль Опубліковано 28 листопада 2026, 14:05":
    // study-v round 19 T1, suspilne text twin), not only kBylineTrailingWords' "Published". No update label: in
    // "Zuletzt aktualisiert 19.09.2025" the label's first word is no name.
    const bool opens_date = std::any_of(opening.begin(), opening.end(), [](char c) { return util::is_ascii_digit(c); }) ||
                       lexicon::month_from_word(opening) != 0 || in_list(opening, lexicon::kBylineTrailingWords) ||
                       lexicon::starts_with_any(lexicon::kPublishedDateMarkers, opening);
    const auto own = opens_date ? parse_date(rest) : std::nullopt;
    if (!own || own->year != date.year || own->month != date.month || own->day != date.day) return std::nullopt;
    return parts;
}

namespace {

// The name on a signature's first line (signed_byline), nullopt when `line` is none. `dated`: a date
// line follows, which lets one word sign ("Benni").
std::optional<BylineParts> signature_line(std::string_view line, bool dated) {
    constexpr std::size_t kMaxSignature = 40;  // metadata_visible kMaxAvatarName: a name, no caption
    line = util::trim(line);
    if (line.empty() || line.size() > kMaxSignature) return std::nullopt;
    auto parts = row_name(line);
    if (!parts || !std::all_of(line.begin(), line.end(), [](char c) {
            return util::is_letter_byte(c) || c == ' ' || c == '-' || c == '.';
        }))
        return std::nullopt;
    const std::size_t words = util::count_spaced_words(line);
    if (words > 4 || (words < 2 && !dated)) return std::nullopt;
    if (has_word_in<lexicon::kSignOffWords>(line) || has_word_in<lexicon::kOtherRoleLabels>(line) ||
        has_word_in<lexicon::kJobTitleWords>(line) || is_account_name(line) || is_team_credit(line))
        return std::nullopt;
    return parts;
}

// The line under a signature's name: a date, or a role of one to three words without digits
// ("DITIB-Bundesvorsitzender", "Chefredakteur"). `dated` says it is a date.
bool signature_tail(std::string_view line, bool& dated) {
    constexpr std::size_t kMaxRole = 48, kMaxRoleWords = 3;
    line = util::trim(line);
    dated = !line.empty() && line.size() <= kMaxRole && parse_date(line).has_value();
    if (dated) return true;
    return !line.empty() && line.size() <= kMaxRole && util::count_spaced_words(line, kMaxRoleWords + 1) <= kMaxRoleWords &&
           std::none_of(line.begin(), line.end(), [](char c) { return util::is_ascii_digit(c) || c == ':'; }) &&
           !has_word_in<lexicon::kSignOffWords>(line);
}

// A signature paragraph's name (see signed_byline): one line, or two with signature_tail under it.
std::optional<BylineParts> signature_of(std::string_view text) {
    const std::size_t nl = text.find('\n');
    if (nl == npos) return signature_line(text, false);
    const std::string_view tail = text.substr(nl + 1);
    bool dated = false;
    if (tail.find('\n') != npos || !signature_tail(tail, dated)) return std::nullopt;
    return signature_line(text.substr(0, nl), dated);
}

// Whether a word of `name` occurs in lower case as a word of the story's text: then it is a common word
// ("Weitere Informationen", "Mehr Infos", "The Associated Press", "New York" closing a story), no part
// of a person's name ("Marina", "Mucha"). The blocks before the last are searched, only for a candidate.
bool has_common_word(std::string_view name, std::span<const Block> story) {
    for (std::size_t p = 0; p < name.size();) {
        const std::size_t q = std::min(name.find(' ', p), name.size());
        const std::string lower = util::fold(name.substr(p, q - p));
        p = q + 1;
        for (const Block& b : story)
            for (std::size_t at = b.text.find(lower); at != npos; at = b.text.find(lower, at + 1)) {
                const std::size_t end = at + lower.size();
                if ((at == 0 || !util::is_letter_byte(b.text[at - 1])) && (end == b.text.size() || !util::is_letter_byte(b.text[end])))
                    return true;
            }
    }
    return false;
}

}  // namespace

std::optional<BylineParts> signed_byline(std::span<const Block> body) {
    constexpr std::size_t kMinBlocks = 3;  // a story, then its signature
    if (body.size() < kMinBlocks || body.back().kind != BlockKind::paragraph) return std::nullopt;
    auto name = signature_of(body.back().text);
    if (!name) return std::nullopt;
    // A link is no signature: "Palais Epstein" to the venue's page, "Zur Übersicht" back to the list
    // (trafilatura harddecor.at, bund.net).
    for (const Link& l : body.back().links)
        if (const std::string_view t = util::trim(l.text);
            !t.empty() && (name->byline.find(t) != npos || t.find(name->byline) != npos))
            return std::nullopt;
    // "Anna Schmidt" under "Peter Müller": a list of people (a team or a cast), no signed story.
    const Block& before = body[body.size() - 2];
    if (before.kind != BlockKind::paragraph || signature_of(before.text)) return std::nullopt;
    if (has_common_word(name->byline, body.first(body.size() - 1))) return std::nullopt;
    return name;
}

bool names_author(std::string_view name, const BylineParts& byline) {
    if (name.empty()) return false;
    if (name == byline.byline || std::find(byline.authors.begin(), byline.authors.end(), name) != byline.authors.end())
        return true;
    const std::string_view b = byline.byline;
    if (b.size() <= name.size()) return false;
    return (b.starts_with(name) && b[name.size()] == ' ') || (b.ends_with(name) && b[b.size() - name.size() - 1] == ' ');
}

bool is_sign_off(std::string_view line, const BylineParts& byline) {
    static constexpr std::string_view kDashes[] = {"-", "\xE2\x80\x94", "\xE2\x80\x93"};  // - — –
    const std::string_view t = util::trim(line);
    for (std::string_view dash : kDashes)
        if (t.size() > dash.size() && t.starts_with(dash) && names_author(util::trim(t.substr(dash.size())), byline))
            return true;
    return false;
}

std::optional<std::string> parse_source_line(std::string_view text) {
    const std::string line = util::collapse_whitespace(text);
    std::string_view s = trim_junk(line);
    // A label at the start of any segment: "Von Anna Schmidt · Quelle: Wirtschaftsbote Nord".
    std::size_t start = npos;
    for (std::string_view seg : segments(s)) {
        seg = trim_junk(seg);
        if (const std::size_t e = label_end(seg, source_labels(), true); e != npos) {
            s = seg, start = e;
            break;
        }
        if (util::istarts_with(seg, "via ")) {
            s = seg, start = 4;
            break;
        }
        if (const std::size_t e = label_end(seg, provider_labels(), false); e != npos) {  // "Provided by X"
            s = seg, start = e;
            break;
        }
    }
    // The exact, code-point-folding search only when a cheap byte scan saw a phrase.
    std::string_view phrase;  // the attribution phrase found, when no label opened a segment
    if (start == npos && source_phrase_matcher().in(s))
        if (const auto [b, e] = find_any(s, source_phrase_index()); b != npos) start = e, phrase = s.substr(b, e - b);
    if (start == npos) return std::nullopt;
    // "Originally published on Medium by Jane Doe": the outlet ends where its writer's label opens.
    if (!phrase.empty())
        if (const std::size_t writer = writer_label_at(s); writer != npos && writer > start) s = s.substr(0, writer);
    std::string_view rest = after_label(s, start);
    if (!phrase.empty()) rest = after_credit_date(rest);
    if (rest.find("://") != npos) {
        std::string host = url_host(rest.substr(0, rest.find(' ')));
        if (util::istarts_with(host, "www.")) host.erase(0, 4);
        return host.empty() ? std::nullopt : std::optional<std::string>(host);
    }
    for (std::string_view seg : segments(rest)) {
        rest = seg;
        break;
    }
    if (const std::size_t p = rest.find_first_of(",;"); p != npos) rest = rest.substr(0, p);
    for (std::size_t p = rest.find(". "); p != npos; p = rest.find(". ", p + 1))
        if (p > 0 && util::ascii_lower(rest[p - 1]) == rest[p - 1] && util::is_ascii_alpha(rest[p - 1])) {
            rest = rest.substr(0, p);
            break;
        }
    rest = cut_at_stops(rest);
    const std::string name = util::collapse_whitespace(with_legal_form_dot(trim_junk(rest), line));
    if (name.empty() || std::count(name.begin(), name.end(), ' ') + 1 > long(kMaxSourceWords)) return std::nullopt;
    // A newsroom credit (the phrases holding a comma: "Da Redação, com Reuters") names a wire, a
    // capitalised name or an agency's acronym ("Redaktion, mit dpa"): "Segundo a redação, com sede em
    // São Paulo, …" is prose.
    if (phrase.find(',') != npos && starts_lower(name) && !is_source_brand(name, true)) return std::nullopt;
    return name;
}

namespace {

constexpr std::string_view kLenticularOpen = "\xE3\x80\x90", kLenticularClose = "\xE3\x80\x91";  // "【" "】"
constexpr std::string_view kWideParenOpen = "\xEF\xBC\x88", kWideParenClose = "\xEF\xBC\x89";    // "（" "）"

// A kanji or kana of a Japanese name: not "・" (U+30FB), which joins labels ("【図解・詳報】").
bool name_code_point(char32_t cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || cp == 0x3005 /* 々 */ ||
           (cp >= 0x3041 && cp <= 0x309F) || (cp >= 0x30A0 && cp <= 0x30FF && cp != 0x30FB);
}

// 2-4 such code points: "佐藤健", "山田花子".
bool ja_name(std::string_view s) {
    std::size_t i = 0, count = 0;
    while (i < s.size())
        if (!name_code_point(util::next_code_point(s, i)) || ++count > 4) return false;
    return count >= 2;
}

// What may stand right before a closing credit: the line's start, a space or a sentence's end ("。", "」",
// "』", "！", "？", "）"): "…と発表した。【佐藤健】". A label glued to a word ("詳しくはこちら【PR】") is none.
bool credit_may_follow(std::string_view before) {
    before = util::trim(before);
    if (before.empty()) return true;
    for (std::string_view end : {"\xE3\x80\x82", "\xE3\x80\x8D", "\xE3\x80\x8F", "\xEF\xBC\x81", "\xEF\xBC\x9F",
                                 "\xEF\xBC\x89", ".", "!", "?"})
        if (before.ends_with(end)) return true;
    return false;
}

}  // namespace

std::optional<BylineParts> ja_end_credit(std::string_view line) {
    line = util::trim(line);
    // Cheap gate, asked of every line: it ends in "】" or "）".
    const bool lenticular = line.ends_with(kLenticularClose);
    if (!lenticular && !line.ends_with(kWideParenClose)) return std::nullopt;
    const std::string_view open = lenticular ? kLenticularOpen : kWideParenOpen;
    const std::size_t at = line.rfind(open);
    if (at == npos || !credit_may_follow(line.substr(0, at))) return std::nullopt;
    const std::string_view inner = util::trim(line.substr(at + open.size(), line.size() - at - open.size() - 3));
    if (std::ranges::find(lexicon::kCjkWireCredits, inner) != lexicon::kCjkWireCredits.end())
        return BylineParts{std::string(inner), {std::string(inner)}};
    // Only an agency in parentheses: "（東京都）", "（仮称）", "（税込み）" close sentences too.
    if (!lenticular || std::ranges::find(lexicon::kBracketLabels, inner) != lexicon::kBracketLabels.end()) return std::nullopt;
    BylineParts parts;
    for (std::size_t from = 0; from <= inner.size();) {  // "【佐藤健、鈴木一郎】": two reporters
        const std::size_t comma = std::min(inner.find("\xE3\x80\x81", from), inner.size());  // "、"
        const std::string_view name = inner.substr(from, comma - from);
        if (!ja_name(name) || std::ranges::find(lexicon::kBracketLabels, name) != lexicon::kBracketLabels.end())
            return std::nullopt;
        parts.authors.emplace_back(name);
        from = comma + 3;
    }
    for (const std::string& a : parts.authors) parts.byline += (parts.byline.empty() ? "" : "\xE3\x80\x81") + a;
    return parts;
}

namespace {

constexpr std::size_t kMaxKoNames = 3;      // co-reporters in one credit: "홍국기 고상민 기자" (Yonhap)
constexpr std::size_t kMaxKoTailWords = 4;  // after the role: an e-mail or "다른기사 보기"
constexpr std::size_t kMaxKoCredit = 160;   // bytes: a meta row, not a sentence

// A Korean personal name: two to four Hangul syllables.
bool is_ko_name(std::string_view word) {
    constexpr std::size_t kMinSyllables = 2, kMaxSyllables = 4;
    std::size_t syllables = 0;
    for (std::size_t i = 0; i < word.size(); ++syllables)
        if (!util::is_hangul(util::next_code_point(word, i))) return false;
    return syllables >= kMinSyllables && syllables <= kMaxSyllables;
}

// A name that opens with a family name (lexicon::kKoreanSurnames) and has a one- or two-syllable given name after
// it: "이서연", "남궁민수"; not "연합뉴스" (four syllables after a one-syllable family name: an outlet).
bool is_ko_surname_name(std::string_view word) {
    constexpr std::size_t kSyllable = 3;  // UTF-8 bytes of a Hangul syllable
    if (!is_ko_name(word)) return false;
    return std::ranges::any_of(lexicon::kKoreanSurnames, [&](std::string_view s) {
        return word.starts_with(s) && word.size() > s.size() && word.size() - s.size() <= 2 * kSyllable;
    });
}

// A role word of lexicon::kNameSuffixRoles, alone or with a rank glued before it ("선임기자", senior reporter).
bool is_ko_role(std::string_view word) {
    return std::ranges::any_of(lexicon::kNameSuffixRoles, [&](std::string_view r) { return word.ends_with(r); });
}

// Splits `names` ("김민수·이서연") at the middle dots and commas Korean bylines join co-reporters with; false
// when a part is no name.
bool add_ko_names(std::string_view names, std::vector<std::string>& out) {
    constexpr std::string_view kMiddleDot = "\xC2\xB7";
    for (std::size_t from = 0; from <= names.size();) {
        std::size_t end = std::min(names.find(kMiddleDot, from), names.find(',', from));
        end = std::min(end, names.size());
        const std::string_view name = names.substr(from, end - from);
        if (!is_ko_name(name)) return false;
        out.emplace_back(name);
        from = end + (end < names.size() && names[end] == ',' ? 1 : kMiddleDot.size());
    }
    return true;
}

}  // namespace

std::optional<BylineParts> ko_reporter_credit(std::string_view line) {
    line = util::trim(line);
    // Cheap gate: the line opens with a Hangul syllable (lead bytes 0xEA-0xED) and is short.
    const auto lead = line.empty() ? 0u : static_cast<unsigned char>(line[0]);
    if (lead < 0xEA || lead > 0xED || line.size() > kMaxKoCredit) return std::nullopt;
    std::vector<std::string_view> words;
    for (std::size_t pos = 0; pos < line.size();) {
        const std::size_t end = std::min(line.find(' ', pos), line.size());
        if (end > pos) words.push_back(line.substr(pos, end - pos));
        pos = end + 1;
    }
    const auto role = std::ranges::find_if(words, is_ko_role);
    const std::size_t r = static_cast<std::size_t>(role - words.begin());
    if (r == 0 || r == words.size() || words.size() - r - 1 > kMaxKoTailWords || r > kMaxKoNames + 1) return std::nullopt;
    // Before several words, the first one that is no family-name-first name is the outlet: "누리통신 이서연 기자".
    const std::size_t first = r > 1 && !is_ko_surname_name(words[0]) ? 1 : 0;
    if (r - first > kMaxKoNames) return std::nullopt;
    BylineParts parts;
    for (std::size_t k = first; k < r; ++k)
        if (!add_ko_names(words[k], parts.authors)) return std::nullopt;
    parts.byline = std::string(line.substr(words[first].data() - line.data(), words[r - 1].data() + words[r - 1].size() - words[first].data()));
    return parts;
}

}  // namespace newsclean::extract
