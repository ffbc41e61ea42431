#include "extract/text_lines.hpp"

#include <algorithm>

#include "extract/boilerplate_text.hpp"
#include "extract/byline.hpp"
#include "extract/dates.hpp"
#include "extract/ticker.hpp"
#include "extract/url.hpp"
#include "lexicon/byline_words.hpp"
#include "lexicon/date_words.hpp"
#include "lexicon/page_furniture.hpp"
#include "lexicon/phrases.hpp"
#include "lexicon/text_layout_words.hpp"
#include "util/fold.hpp"
#include "util/text.hpp"
#include "util/token_matcher.hpp"

namespace newsclean::extract::text {

namespace {

using lexicon::contains_any;
using lexicon::equals_any;

// "Sep 19, 2025 at 4:20 am UTC" (7), "13 de agosto de 2024, 11:18 UTC" (8), "Friday, 19 September 2025, 04:20 CEST" (8),
// "Publicado el 19 de septiembre de 2025 a las 10:05 hs" (12: count_words splits "10:05"; study-h round 5 B12,
// redaccion shell). is_mostly_date still allows only kMaxNonDateWords others.
constexpr std::size_t kMaxDateWords = 12;
// Hard wrapping: lines of a wrapped page stay under this width...
constexpr std::size_t kWrapMargin = 100;
// ... a line this close to the widest line was broken by the wrap, not by the author ...
constexpr std::size_t kWrapSlack = 20;
// ... and a page needs this many lines to tell.
constexpr std::size_t kMinWrappedLines = 8;
// Words of a dateline that are no part of the date: a weekday, "de", "Uhr" ("13 de agosto de 2024").
constexpr std::size_t kMaxNonDateWords = 3;
// "Lesezeit: 4 Minuten", "5–6 minutes", "3 min read": a read-time line has this many words at most.
constexpr std::size_t kMaxReadTimeWords = 4;
// "Post by newsbot »": a forum post row's poster part has this many words at most (label + name).
constexpr std::size_t kMaxPosterWords = 6;
// Newsletter/app plugs: at most this many words.
constexpr std::size_t kMaxPlugWords = 30;

// A paragraph closed by a short bracketed note after its last sentence: "…上。（编译/林靖东）", "… he
// said. (Reporting by Jane Doe)" (study-m round 10 X4, sina shell: the translator credit closing a
// zh story). The sentence ends before the note; the note is no line of its own.
bool ends_sentence_before_note(std::string_view s) {
    constexpr std::size_t kNoteMax = 90;  // bytes: "(Reporting by X; Editing by Y)", 30 CJK characters
    constexpr std::string_view kWideOpen = "\xEF\xBC\x88", kWideClose = "\xEF\xBC\x89";  // （ ）
    s = util::trim(s);
    std::size_t open = std::string_view::npos;
    if (s.ends_with(kWideClose)) open = s.rfind(kWideOpen);
    else if (s.ends_with(')')) open = s.rfind('(');
    if (open == std::string_view::npos || open == 0 || s.size() - open > kNoteMax) return false;
    return util::ends_sentence(s.substr(0, open));
}

// ". " after a lower-case (or non-ASCII) letter inside the line: a sentence ended there.
bool has_inner_sentence_end(std::string_view s) {
    for (std::size_t at = s.find(". "); at != std::string_view::npos; at = s.find(". ", at + 2))
        if (at > 0 && ((s[at - 1] >= 'a' && s[at - 1] <= 'z') || static_cast<unsigned char>(s[at - 1]) >= 0x80) &&
            !meridiem_ends_at(s, at))
            return true;
    return false;
}

// "$SUI", "$BTC": a cashtag alone on its line (a coin chip of a social feed).
bool is_cashtag(std::string_view s) {
    if (s.size() < 2 || s.size() > 12 || s[0] != '$') return false;
    for (std::size_t i = 1; i < s.size(); ++i)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || util::is_ascii_digit(s[i]))) return false;
    return !util::is_ascii_digit(s[1]);
}

// "4.1311", "0.00001879": a bare number, the price line of a split quote chip.
bool is_bare_number(std::string_view s) {
    if (s.empty()) return false;
    bool digit = false;
    for (char c : s) {
        if (util::is_ascii_digit(c)) digit = true;
        else if (c != '.' && c != ',') return false;
    }
    return digit;
}

// Ad slots, buttons, tag labels, press-release marks ("FOR IMMEDIATE
// RELEASE", study-f pdfpr shell: never the headline): the HTML path's tables.
bool is_label(std::string_view key) {
    return equals_any(lexicon::kAdLabels, key) || equals_any(lexicon::kUiLabels, key) ||
           equals_any(lexicon::kToolButtons, key) || equals_any(lexicon::kTagLabels, key) || equals_any(lexicon::kReleaseMarks, key);
}

// "Tags: bitcoin, etf", "Sponsored: …", "#Bitcoin #ETF": a tag row or an ad
// label. Not the buttons of kUiLabels: before a colon "By"/"Von" open a byline
// ("By: Cryptopolitan", samples/mexc-deepseek-r1-cost.txt) and "Contact:",
// "Email:" the contact lines of a press release.
bool is_labelled_row(std::string_view folded) {
    if (opens_with_label(lexicon::kTagLabels, folded) || opens_with_label(lexicon::kAdLabels, folded)) return true;
    // A press contact ("Media contact: press@example.com", study-b pressrel shell) is no story line.
    if (opens_with_label(lexicon::kContactLabels, folded)) return true;
    // A wiki's or CMS's category row ("Categories: Crops | Spring crops", "Kategorien: …"; study-r round 15 X3).
    if (opens_with_label(lexicon::kCategoryLabels, folded)) return true;
    if (folded.empty() || folded[0] != '#') return false;
    for (std::size_t at = folded.find(' '); at != std::string_view::npos; at = folded.find(' ', at + 1))
        if (at + 1 < folded.size() && folded[at + 1] != '#') return false;
    return true;
}

// "2025-01-02 10:00:01 INFO ...", "[ERROR] ...": a timestamp-like first token
// (digits with ':' or several '-'/'/') followed by a log level within three
// tokens, or a bracketed level first. (Other log lines have no sentence shape
// and fail the article test anyway.)
bool is_log_record(std::string_view text, std::string_view folded) {
    std::size_t digits = 0, separators = 0, i = 0;
    for (; i < text.size() && !util::is_ascii_space(text[i]); ++i) {
        digits += util::is_ascii_digit(text[i]) ? 1 : 0;
        separators += (text[i] == ':' || text[i] == '-' || text[i] == '/' || text[i] == 'T') ? 1 : 0;
    }
    const bool timestamp_first = digits >= 4 && separators >= 2 && digits + separators + 4 >= i;
    std::size_t pos = 0;
    for (int t = 0; t < 4 && pos < folded.size(); ++t) {
        const std::size_t end = std::min(folded.find(' ', pos), folded.size());
        const std::string token = util::fold_key(folded.substr(pos, end - pos));
        if (t > 0 && timestamp_first && equals_any(lexicon::kLogLevels, token)) return true;
        if (t == 0 && folded[pos] == '[' && equals_any(lexicon::kLogLevels, token)) return true;
        pos = end + 1;
    }
    return false;
}

// A phrase of `table` of more than one word at the start of `folded`, ending at
// a word boundary ("share on x telegram" yes; "shareholders vote" and "share
// prices tumble" no: a lone "share" is a label only as the whole line).
bool starts_with_word(const lexicon::PhraseTable& table, std::string_view folded, bool multi_word_only = true) {
    for (std::string_view p : table.phrases) {
        if (multi_word_only && p.find_first_of(" :") == std::string_view::npos) continue;
        if (folded.substr(0, p.size()) != p) continue;
        // "share on " ends a word itself
        if (folded.size() == p.size() || p.back() == ' ' || !util::is_ascii_alpha(folded[p.size()])) return true;
    }
    return false;
}

// A copy from a reader view or a Markdown export: "## Section" gives its level
// and loses its marks, "*By Jane Doe — March 4, 2025*" loses its emphasis.
// A bullet ("* item") is no emphasis.
int strip_markdown(std::string& text) {
    int level = 0;
    while (level < 6 && static_cast<std::size_t>(level) < text.size() && text[level] == '#') ++level;
    if (level > 0 && static_cast<std::size_t>(level) < text.size() && text[level] == ' ') {
        text.erase(0, level + 1);
    } else {
        level = 0;
    }
    for (std::string_view mark : {"**", "__", "*", "_"}) {
        const std::size_t n = mark.size();
        if (text.size() > 2 * n && text.compare(0, n, mark) == 0 && text.compare(text.size() - n, n, mark) == 0 &&
            text[n] != ' ' && text[n] != mark[0]) {  // "___" is a rule, not emphasis
            text = text.substr(n, text.size() - 2 * n);
            break;
        }
    }
    return level;
}

// A disclaimer or editorial note found by its wording, as the HTML path finds
// them (boilerplate_text.cpp): "Hinweis: Dieser Artikel stellt keine
// Anlageberatung dar." (study-b de shell), "Our Standards: The Thomson Reuters
// Trust Principles." (syndic), "Editorial integrity: …" (editedby). A quote
// ("“Disclaimer: …” the court wrote", repost README trap) is story text.
bool is_notice(const Line& line) {
    constexpr std::size_t kNoticeMax = 400;  // boilerplate_text.cpp kPlugMax: longer is the story talking
    if (line.folded.size() > kNoticeMax || line.folded[0] == '"' || line.folded[0] == '\'') return false;
    if (line.words <= kMaxPlugWords && starts_with_word(lexicon::kEditorialNotes, line.folded, false)) return true;
    return contains_any(lexicon::kDisclaimerPhrases, line.folded);
}

bool is_cjk_repost_credit(const Line& line);  // with the header's meta kinds, below

// study-j round 7 B26: rows of a social post's chrome, neither its headline
// nor its byline (they became the headline): the social context above the
// author ("Crypto Daily reposted", "Reposted by Crypto Daily"; xarticle shell)
// and a link aggregator's submission row ("submitted 5 hours ago by
// newsfeedbot"; reddit shell): an age and the account that posted the link,
// the aggregator's user, never the author (corpus/repost/README.md), and no
// date. The account is one token: "Posted 3 hours ago by Jane Doe" is a blog's
// author row.
bool is_social_row(const Line& line) {
    constexpr std::size_t kMaxRowWords = 8;  // "submitted 5 hours ago by u/name"
    if (line.words > kMaxRowWords || line.sentence_end) return false;
    const std::string_view f = line.folded;
    for (std::string_view end : lexicon::kSocialContextEnds.phrases)
        if (f.size() > end.size() + 1 && f.ends_with(end) && f[f.size() - end.size() - 1] == ' ') return true;
    if (starts_with_word(lexicon::kSocialContextOpeners, f, false)) return true;
    const std::size_t space = f.find(' ');
    if (space == std::string_view::npos || !equals_any(lexicon::kSubmissionVerbs, f.substr(0, space))) return false;
    const std::size_t by = f.rfind(" by ");
    if (by == std::string_view::npos || by <= space) return false;
    const std::string_view account = f.substr(by + 4);
    return !account.empty() && account.find(' ') == std::string_view::npos &&
           is_relative_time(f.substr(space + 1, by - space - 1));
}

// study-k round 8 B17 (newsbreak shell: "Read full story Original source"):
// two or more buttons of kUiLabels on one line and nothing else, as a scrape
// joins a button bar. Each label ends at a word boundary; the longest wins.
bool is_label_run(std::string_view key) {
    constexpr std::size_t kMaxRunBytes = 80;
    if (key.size() > kMaxRunBytes) return false;
    std::size_t labels = 0;
    for (std::size_t pos = 0; pos < key.size();) {
        std::size_t best = 0;
        for (const lexicon::PhraseTable* table : {&lexicon::kUiLabels, &lexicon::kToolButtons})
            for (std::string_view label : table->phrases)
                if (label.size() > best && key.compare(pos, label.size(), label) == 0 &&
                    (pos + label.size() == key.size() || key[pos + label.size()] == ' '))
                    best = label.size();
        if (best == 0) return false;
        ++labels;
        pos += best + 1;
    }
    return labels >= 2;
}

// A pictograph: the symbol blocks (❤ ★ → U+2000–U+2BFF), variation selectors, emoji (👍 💬).
bool is_pictograph(char32_t cp) {
    return (cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F000 && cp <= 0x1FAFF);
}

// "128", "1.2K", "12": a count of a reaction row.
bool is_count_token(std::string_view t) {
    if (t.empty() || !util::is_ascii_digit(t[0])) return false;
    return std::all_of(t.begin(), t.end(), [](char c) {
        return util::is_ascii_digit(c) || c == '.' || c == ',' || c == 'k' || c == 'm';
    });
}

// Where a symbol row's label (kSymbolRowLabels, the longest) and the colon or (`colon_only` false) space
// after it end at the start of `folded`; 0 when none opens it.
std::size_t symbol_label_end(std::string_view folded, bool colon_only) {
    std::size_t cut = 0;
    for (std::string_view label : lexicon::kSymbolRowLabels.phrases)
        if (folded.size() > label.size() && folded.starts_with(label) &&
            (folded[label.size()] == ':' || (!colon_only && folded[label.size()] == ' ')))
            cut = std::max(cut, label.size() + 1);
    return cut;
}

// "currencies: btc eth": a label of kSymbolRowLabels, then short tokens of
// letters and digits only (folded text: the case of a symbol is gone).
bool is_symbol_tail(std::string_view folded) {
    constexpr std::size_t kMaxSymbolBytes = 12;
    const std::size_t cut = symbol_label_end(folded, true);
    if (cut == 0) return false;
    std::size_t symbols = 0;
    for (std::size_t pos = cut; pos < folded.size();) {
        const std::size_t end = std::min(folded.find(' ', pos), folded.size());
        const std::string_view token = folded.substr(pos, end - pos);
        pos = end + 1;
        if (token.empty()) continue;
        if (token.size() > kMaxSymbolBytes || !std::all_of(token.begin(), token.end(), [](char c) {
                return (c >= 'a' && c <= 'z') || util::is_ascii_digit(c);
            }))
            return false;
        ++symbols;
    }
    return symbols > 0;
}

// study-k round 8 B17 (newsbreak shell: "👍 128 💬 12 Share"): a reaction bar,
// pictographs with their counts and share buttons (kShareLabels) and nothing
// else; at least one pictograph and one count. Folded text, short lines only.
bool is_reaction_row(std::string_view folded) {
    constexpr std::size_t kMaxRowBytes = 60;
    if (folded.size() > kMaxRowBytes) return false;
    std::size_t icons = 0, counts = 0;
    for (std::size_t pos = 0; pos < folded.size();) {
        const std::size_t end = std::min(folded.find(' ', pos), folded.size());
        const std::string_view token = folded.substr(pos, end - pos);
        pos = end + 1;
        if (token.empty()) continue;
        if (is_count_token(token)) {
            ++counts;
            continue;
        }
        if (equals_any(lexicon::kShareLabels, token)) continue;
        // study-l round 9 B13 (cryptopanic shell): the vote bar may end in its coin tags, "Currencies: BTC ETH".
        if (icons > 0 && counts > 0 && is_symbol_tail(folded.substr(pos - token.size() - 1))) return true;
        for (std::size_t i = 0; i < token.size();)
            if (!is_pictograph(util::next_code_point(token, i))) return false;
        ++icons;
    }
    return icons > 0 && counts > 0;
}

// study-k round 8 B18 (tradingview shell): "Related symbols BTCUSD COIN MSTR",
// a label of kSymbolRowLabels, then only ticker symbols: upper-case letters
// and digits (".", ":" and "-" inside: "BRK.B", "NASDAQ:AAPL"), one to twelve
// bytes. "In this article we look at …" has lower-case words.
bool is_symbol_row(const Line& line) {
    constexpr std::size_t kMaxSymbolBytes = 12;
    if (line.sentence_end || line.words > 16) return false;
    const std::size_t cut = symbol_label_end(line.folded, false);
    if (cut == 0 || line.folded.size() != line.text.size()) return false;
    std::size_t symbols = 0;
    const std::string_view rest = std::string_view(line.text).substr(cut);
    for (std::size_t pos = 0; pos < rest.size();) {
        const std::size_t end = std::min(rest.find(' ', pos), rest.size());
        const std::string_view token = rest.substr(pos, end - pos);
        pos = end + 1;
        if (token.empty()) continue;
        const bool symbol = token.size() <= kMaxSymbolBytes && ((token[0] >= 'A' && token[0] <= 'Z') || util::is_ascii_digit(token[0])) &&
                            std::all_of(token.begin(), token.end(), [](char c) {
                                return (c >= 'A' && c <= 'Z') || util::is_ascii_digit(c) || c == '.' || c == ':' || c == '-';
                            });
        if (!symbol) return false;
        ++symbols;
    }
    return symbols > 0;
}

// "コメント 128件" → "コメント 128": a count's CJK unit (kCountSuffixes) after
// its digits dropped, so the comment-label rule reads the count (study-k
// round 8 B9, yahoojp shell). Other keys are returned as they are.
std::string_view without_count_suffix(std::string_view key) {
    for (std::string_view unit : lexicon::kCountSuffixes.phrases)
        if (key.size() > unit.size() && key.ends_with(unit) && util::is_ascii_digit(key[key.size() - unit.size() - 1]))
            return key.substr(0, key.size() - unit.size());
    return key;
}

// "9/19(金) 4:20配信" (study-k round 8 B9, yahoojp shell): a year-less
// delivery stamp (kDeliveryStampEnds) on a date's digits; a dateline with no
// value, as a relative time is.
bool is_delivery_stamp(std::string_view folded) {
    constexpr std::size_t kMaxStampBytes = 40;
    if (folded.size() > kMaxStampBytes || folded.empty() || !util::is_ascii_digit(folded[0])) return false;
    for (std::string_view end : lexicon::kDeliveryStampEnds.phrases)
        if (folded.size() > end.size() && folded.ends_with(end))
            return is_mostly_date(util::trim(folded.substr(0, folded.size() - end.size())));
    return false;
}

// study-m round 10 T1 (cnbc, businessinsider, elpais, lemonde shells): a lead
// image's credit, alone under its caption ("David Paul Morris | Bloomberg |
// Getty Images") or run into it by the scrape ("… on a laptop screen.Getty
// Images", "… en Buenos Aires.Foto: Juan Mabromata (AFP)", "… à Paris.THOMAS
// SAMSON / AFP"). The credit closes the line: a picture agency
// (kPictureAgencies) after " | " or " / ", a wire agency (kWireAgencies) after
// " / " (the photographer's "NAME / AFP"), either right after a sentence's
// dot, or a credit label (kCreditMarkers) glued to that dot. A page title
// "Headline | Reuters" names the site after a bar, not a credit.
bool ends_with_picture_credit(const Line& line) {
    constexpr std::size_t kMaxCaptionWords = 40;
    if (line.words > kMaxCaptionWords || line.sentence_end) return false;
    const std::string_view f = line.folded;
    for (std::string_view marker : lexicon::kCreditMarkers.phrases)
        for (std::size_t at = f.find(marker, 1); at != std::string_view::npos; at = f.find(marker, at + 1))
            if (f[at - 1] == '.') return true;
    const auto ends_in = [&](const lexicon::PhraseTable& agencies, std::initializer_list<std::string_view> joins) {
        for (std::string_view agency : agencies.phrases) {
            if (f.size() <= agency.size() || !f.ends_with(agency)) continue;
            const std::string_view before = f.substr(0, f.size() - agency.size());
            for (std::string_view join : joins)
                if (before.ends_with(join) && before.size() > join.size()) return true;
        }
        return false;
    };
    return ends_in(lexicon::kPictureAgencies, {" | ", " / ", "."}) || ends_in(lexicon::kWireAgencies, {" / "});
}

// Where a label of `table` ends when the scrape ran it into the next item (boilerplate_text.hpp).
std::size_t glued_label_end(const Line& line, const lexicon::PhraseTable& table) {
    return extract::glued_label_end(line.text, line.folded, table);
}

// "2:31" somewhere in the text: a clip's duration (digits, a colon, two digits).
bool has_clip_duration(std::string_view text) {
    for (std::size_t at = text.find(':', 1); at != std::string_view::npos && at + 2 < text.size(); at = text.find(':', at + 1))
        if (util::is_ascii_digit(text[at - 1]) && util::is_ascii_digit(text[at + 1]) && util::is_ascii_digit(text[at + 2]))
            return true;
    return false;
}

// study-m round 10 text body (elpais, msn, businessinsider, cnbc shells): a box's label run into its
// first item by the scrape, "Más informaciónLa lucha mapuche por la tierra llega a los tribunales",
// "AdSeniors born 1940-1970: the new cash-back card …", "AnúncioComo ganhar renda extra …", "Read
// nextNew York CityInfrastructure", "watch nowVIDEO2:3102:31 Why Big Tech keeps buying its rivals". The
// item is a headline (no sentence end): the line is the box, an inline related line after a related
// label (kRelatedOpeners), a label after an ad label (kAdLabels: a sponsored headline of several words,
// so "PubMed Central" stays a name) or a video label before a clip's duration (a video card).
LineKind glued_label_kind(const Line& line) {
    constexpr std::size_t kMaxBoxLineWords = 30, kMinAdItemWords = 6;
    if (line.sentence_end || line.words > kMaxBoxLineWords) return LineKind::blank;
    // A tag row's label run into its first tag, "ThemenAppleDatenschutz" (study-n round 11 X2, tonline
    // shell): one glued word is a row too. Spaced or with a colon, is_label/is_labelled_row read it.
    if (glued_label_end(line, lexicon::kTagLabels) > 0) return LineKind::label;
    if (line.words < 2) return LineKind::blank;
    if (glued_label_end(line, lexicon::kRelatedOpeners) > 0) return LineKind::inline_related;
    if (glued_caps_label_end(line.text, lexicon::kBareRelatedLabels) > 0) return LineKind::inline_related;
    if (const std::size_t end = glued_label_end(line, lexicon::kAdLabels);
        end > 0 && count_words(std::string_view(line.text).substr(end)) >= kMinAdItemWords)
        return LineKind::label;
    if (glued_label_end(line, lexicon::kLinkPromoLabels) > 0 && has_clip_duration(line.text)) return LineKind::label;
    return LineKind::blank;
}

// study-m round 10 text body (medium shell: "Photo by Marissa Grootes on Unsplash", "Image by the
// author"; coindesk shell: "(Unsplash, modified by CoinDesk)", "(Getty Images/iStockphoto)"): a credit
// line with no caption in it, a credit wording (kCreditWordings) naming the author or a stock site after
// " on " (kPictureAgencies), or a bracketed line naming a picture agency. A photographer's name alone
// ("Photo by Joan Bardeletti") may be story text: repost-text livewire-054 keeps such lines.
bool is_stock_credit_line(const Line& line) {
    constexpr std::size_t kMaxCreditWords = 10;
    if (line.words == 0 || line.words > kMaxCreditWords || line.sentence_end) return false;
    const std::string_view f = util::trim(line.folded);
    if (f.size() > 2 && f.front() == '(' && f.back() == ')') {
        const std::string_view inner = f.substr(1, f.size() - 2);
        for (std::string_view agency : lexicon::kPictureAgencies.phrases)
            for (std::size_t at = inner.find(agency); at != std::string_view::npos; at = inner.find(agency, at + 1)) {
                const std::size_t end = at + agency.size();
                const bool starts = at == 0 || !util::is_ascii_alpha(inner[at - 1]);
                if (starts && (end == inner.size() || !util::is_ascii_alpha(inner[end]))) return true;
            }
        return false;
    }
    if (!lexicon::starts_with_any(lexicon::kCreditWordings, f)) return false;
    if (f.ends_with(" the author") || f.ends_with(" by author")) return true;
    const std::size_t on = f.rfind(" on ");
    return on != std::string_view::npos && equals_any(lexicon::kPictureAgencies, f.substr(on + 4));
}

// study-m round 10 text body (spiegel shell: "Artikel zum Hören • 3 Min", "Listen to Article • 4 min"
// under the dateline, which the byline parser read as a name and a read time): an audio or read-time row
// (boilerplate_text.hpp is_read_time_row) whose words before the number hold its reading label, and no
// date. "HashPost · 8 min read" is a byline: its label follows the number.
bool is_reading_row(const Line& line) {
    const std::size_t digit = line.folded.find_first_of("0123456789");
    if (digit == std::string::npos || !contains_any(lexicon::kReadingWords, std::string_view(line.folded).substr(0, digit)))
        return false;
    return is_read_time_row(line.text, line.folded) && !parse_date(line.text);
}

std::string_view first_segment(std::string_view folded);  // below, with the date rows

// "Text: Peter Horváth | Foto: archív FMFI", "By Jane Doe | Photo: Getty Images" (study-w round 21 T4, uniba
// shell; cs/sk/de/pl credit rows "Text: … / Foto: …"): the author's labelled credit first, the picture's after a
// separator. A byline row for meta_kind, no caption: the picture credit's marker stands only past the first segment.
bool credits_author_first(const Line& line) {
    return starts_with_label(line.folded, lexicon::kBylineLabels) && !is_sentence_after_by_word(line.text) &&
           !contains_any(lexicon::kCreditMarkers, first_segment(line.folded));
}

// Phrase-table kinds: the lexicon decides, sentence shape guards against traps
// ("Share prices rose ..." is prose, "Share" is a label).
LineKind phrase_kind(const Line& line) {
    const std::string key = util::fold_key(line.folded);
    const bool short_label = line.words <= 12 && !line.sentence_end;
    if (line.words <= 4 && is_view_counter(line.text)) return LineKind::label;  // "Zugriffe: 412" (study-p X7)
    // A rating widget, "Was this page helpful?" (study-p round 13 X2), as the HTML path drops it (kRatingPhrases).
    if (line.words <= 12 && contains_any(lexicon::kRatingPhrases, line.folded)) return LineKind::label;
    if (!line.sentence_end && is_rating_row(line.folded)) return LineKind::label;  // "★★★★★4.8 z 126 głosów" (study-q H4)
    if (is_related_opener(key)) return LineKind::related_opener;
    // "More on the economy": an opener, a label over headlines mid-story (text_layout mark_inline_boxes).
    if (short_label && is_topic_box_heading(line.text)) return LineKind::related_opener;
    if (const LineKind glued = glued_label_kind(line); glued != LineKind::blank) return glued;
    // Only comment labels carry counters; "12 Further reading" is a numbered section of a story.
    if (const std::string_view counted = without_count_suffix(key);
        is_comment_label(key) || (counted.size() < key.size() && is_comment_label(counted)))
        return LineKind::comments;
    // A comment section's notice is a sentence, so it read as the story's last paragraph (study-o X1).
    if (is_comment_notice(line.folded)) return LineKind::comments;
    // An action bar is labels and network names only, whatever its length (study-j round 7 B23: CNBC's
    // 16-word "Share Share Article via Facebook …" row became the headline).
    if (equals_any(lexicon::kShareLabels, key) ||
        (short_label && (starts_with_word(lexicon::kShareLabels, key) || starts_with_word(lexicon::kSharePrefixes, key))) ||
        (!line.sentence_end && is_action_bar(line.folded)))
        return LineKind::share;
    if (is_label(key) || is_labelled_row(line.folded) || is_social_row(line)) return LineKind::label;
    // A wiki footer line ("This page was last edited on …", "Retrieved from …"; study-r round 15 X3). Not all of
    // kPostMetaPrefixes: "Posted in X by Y on <date>" is read for byline and date (text_round5_test).
    if (line.words <= kMaxPlugWords && lexicon::starts_with_any(lexicon::kWikiFooterOpeners, line.folded)) return LineKind::label;
    // Button bars and reaction bars (study-k round 8 B17): short lines only, cheap tests first.
    // A reaction row's own byte cap bounds it (its pictographs count as words: study-l cryptopanic vote bar).
    if (short_label && ((line.words <= 8 && is_label_run(key)) || is_reaction_row(line.folded))) return LineKind::label;
    if (short_label && is_symbol_row(line)) return LineKind::ticker;  // "Related symbols BTCUSD COIN MSTR" (B18)
    // WeChat's source card (kSourceCardOpeners): a repost credit, its author read by read_attribution.
    if (lexicon::starts_with_any(lexicon::kSourceCardOpeners, line.folded)) return LineKind::credit;
    // "Flipped into Crypto Daily by Jane Doe", "Curated by X": an aggregator's curation line (the
    // HTML path drops the meta author naming its curator), neither headline nor byline.
    if (short_label && curator_name(line.text)) return LineKind::label;
    // "(END) Dow Jones Newswires": the HTML path's end mark of wire copy (boilerplate_text.hpp).
    if (line.words <= 8 && is_newswire_end(line.folded)) return LineKind::label;
    // "Risk warning: …" opens a disclaimer, "Risk warnings from regulators …" does not.
    if (starts_with_word(lexicon::kDisclaimerOpeners, line.folded, false)) return LineKind::disclaimer;
    // A zh repost note ends in the rights notice ("著作权归原作者所有") but opens with the
    // original's date: a credit, which the header reads before the body drops it.
    if (is_notice(line)) return is_cjk_repost_credit(line) ? LineKind::credit : LineKind::disclaimer;
    // Plugs are a sentence or three (13-22 words on the dev pages); a paragraph that
    // mentions a newsletter is longer.
    if (line.words <= kMaxPlugWords && contains_any(lexicon::kNewsletterPhrases, line.folded)) {
        // "This article originally appeared in Crypto Daybook Americas, CoinDesk's daily newsletter, on Sep
        // 19, 2025. Sign up here …" (study-j round 7 B11, coindesk shell): a repost credit first, its date
        // the original's (text_header.cpp read_attribution), as the HTML path reads it.
        if (is_repost_credit(line.folded))
            if (const auto d = parse_date(line.text); d && d->day > 0) return LineKind::credit;
        return LineKind::newsletter;
    }
    if (is_app_plug(line.folded)) return LineKind::newsletter;  // "海量资讯、精准解读，尽在新浪财经APP"
    if (line.words <= kMaxPlugWords && is_subscription_offer(line.folded)) return LineKind::newsletter;
    if (is_trial_offer(line.folded)) return LineKind::newsletter;  // "Testen Sie X Premium 4 Wochen für 1 €."
    // A footer's rights line ("… All rights reserved.", "Tous droits de reproduction … réservés."), and the
    // "sources used" note under a story ("Verwendete Quellen: dpa, Herstellerangaben"; study-n round 11 X2).
    // A bare "© 2002 Jamie Zawinski" under a headline is the story's own (repost-text livewire-040): a
    // rights phrase is needed.
    if (line.words <= kMaxPlugWords && contains_any(lexicon::kCopyrightPhrases, line.folded)) return LineKind::label;
    if (line.words <= kMaxPlugWords && opens_with_label(lexicon::kSourcesNoteLabels, line.folded)) return LineKind::label;
    if (line.words <= 60 && contains_any(lexicon::kCookiePhrases, line.folded)) return LineKind::cookie;
    // "h/t The Defiant for flagging this post" (study-f ghost shell): a tip credit under the story, no byline.
    if (line.words <= kMaxPlugWords && starts_with_word(lexicon::kHatTipOpeners, line.folded, false))
        return LineKind::credit;
    if (opens_with_related_label(line.folded)) return LineKind::inline_related;
    if (line.words <= 30 && contains_any(lexicon::kCreditMarkers, line.folded) && !credits_author_first(line))
        return LineKind::caption;
    if (is_stock_credit_line(line)) return LineKind::caption;
    return LineKind::blank;  // none
}

// "김민수 기자": a name and a role word written after it (lexicon kNameSuffixRoles; study-f naver shell).
bool ends_with_suffix_role(std::string_view folded) {
    const std::size_t space = folded.rfind(' ');
    if (space == std::string_view::npos || space == 0) return false;
    const std::string_view last = folded.substr(space + 1);
    return std::find(lexicon::kNameSuffixRoles.begin(), lexicon::kNameSuffixRoles.end(), last) != lexicon::kNameSuffixRoles.end();
}

// A byline line shows a label ("By:", "Author:", "Quelle:") or a name followed
// by a separator and a date or read time ("Zeynep Aydın · 2 min read", "X · 29 Jul
// 2026"): the parser also accepts bare name-like text, which in a text scrape is
// as likely a headline or a sub-heading.
bool is_marked_byline(const Line& line, std::string_view name) {
    // A genre label too: "Article By Maya Lindqvist · Published 09/19/2025".
    if (starts_with_label(line.folded, lexicon::kBylineLabels) || byline_label(line.text) == BylineLabel::author) return true;
    if (ends_with_suffix_role(line.folded)) return true;
    if (line.text.compare(0, name.size(), name) != 0 || name.size() == line.text.size()) return false;
    const std::string_view rest = util::trim(std::string_view(line.text).substr(name.size()));
    bool digit = false;
    for (char c : rest) digit |= util::is_ascii_digit(c);
    for (std::string_view sep : {"\xC2\xB7", "|", "\xE2\x80\xA2"})  // · | •
        if (rest.substr(0, sep.size()) == sep && digit) return true;
    return false;
}

}  // namespace

// A dateline is a date and little else: at most kMaxNonDateWords words that are
// neither numbers, month names, date connectors nor time zones ("Sat, Aug 15, 2026, 4:36 PM"
// passes; the headline "LWN.net Weekly Edition for March 26, 2015" does not).
bool is_mostly_date(std::string_view folded) {
    std::size_t other = 0;
    for (std::size_t pos = 0; pos < folded.size();) {
        const std::size_t end = std::min(folded.find(' ', pos), folded.size());
        const std::string word = util::fold_key(folded.substr(pos, end - pos));
        pos = end + 1;
        if (word.empty()) continue;
        bool digit = false;
        for (char c : word) digit |= util::is_ascii_digit(c);
        digit = digit || util::has_arabic_digits(word);  // "١٩ سبتمبر ٢٠٢٥" (study-f round 3)
        if (digit || lexicon::month_from_word(word) != 0 || word == "am" || word == "pm" || word == "a.m" || word == "p.m")
            continue;
        const auto& connectors = lexicon::kDateTimeConnectors;
        if (std::find(connectors.begin(), connectors.end(), word) != connectors.end()) continue;
        bool zone = false;
        for (const auto& z : lexicon::kZoneNames) zone |= z.word == word;
        if (!zone) ++other;
    }
    return other <= kMaxNonDateWords;
}

// "トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」"
// (study-i round 6 B2, coinpostjp shell): a CJK headline counts a word per
// character, so 25 "words" is a short line; with no sentence end and mostly
// CJK characters, a line of up to kMaxCjkHeadlineChars is no paragraph (ja/zh
// paragraphs end in 。！？).
bool is_cjk_headline(const Line& line) {
    constexpr std::size_t kMaxCjkHeadlineChars = 60;
    if (line.sentence_end || line.words > kMaxCjkHeadlineChars) return false;
    std::size_t cjk = 0;
    for (std::size_t i = 0; i < line.text.size();) cjk += util::is_cjk(util::next_code_point(line.text, i)) ? 1 : 0;
    return cjk * 2 >= line.words;
}

// "Press Release · September 20, 2025", "Opinion | Jane Doe": a section or
// content-type kicker is no name (study-b pressrel shell).
bool is_section_kicker(std::string_view name) {
    return equals_any(lexicon::kSectionKickers, util::fold_key(name));
}

// "Jakob Borg (calmh) November 12, 2026, 8:30am edited Nov 13, 2026 #1" (study-w round 21 T3: Discourse; GitHub,
// Reddit and forums print "edited <date>" after a post's date): "edited" right before a date opens an update
// clause. Not a kModifiedDateMarkers entry: "Edited by Jane Doe" beside a date is an editor's credit.
std::size_t edited_clause(std::string_view folded) {
    constexpr std::string_view kEdited = "edited ";
    for (std::size_t at = folded.find(kEdited, 1); at != std::string_view::npos; at = folded.find(kEdited, at + 1)) {
        if (folded[at - 1] != ' ') continue;
        // The date right after the word: a digit or a month ("edited nov 13, 2026", "edited 13.11.2026").
        const std::string_view rest = folded.substr(at + kEdited.size());
        const std::string_view first = rest.substr(0, rest.find(' '));
        if (!rest.empty() && (util::is_ascii_digit(rest[0]) || lexicon::month_from_word(util::fold_key(first)) != 0) &&
            parse_date(rest))
            return at;
    }
    return std::string_view::npos;
}

// Where a modification-date label starts a clause after the line's start:
// ", mis à jour le 20 …", " Updated 2 hours ago" (npos when none).
std::size_t modified_clause(std::string_view folded) {
    // "Last updated: Sep 21, 2025 Published: …" is an Updated line as a whole (text_header.cpp).
    if (lexicon::starts_with_any(lexicon::kModifiedDateMarkers, folded)) return std::string_view::npos;
    for (std::string_view marker : lexicon::kModifiedDateMarkers.phrases) {
        for (std::size_t at = folded.find(marker, 1); at != std::string_view::npos; at = folded.find(marker, at + 1)) {
            const std::size_t end = at + marker.size();
            const bool bounded = folded[at - 1] == ' ' && (end == folded.size() || !util::is_ascii_alpha(folded[end]));
            if (bounded) return at;
        }
    }
    return edited_clause(folded);
}

std::pair<std::size_t, std::size_t> published_label(std::string_view folded, std::size_t from) {
    std::size_t first = std::string_view::npos, first_end = std::string_view::npos;
    for (std::string_view marker : lexicon::kPublishedDateMarkers.phrases)
        for (std::size_t at = folded.find(marker, std::max<std::size_t>(from, 1)); at != std::string_view::npos && at < first;
             at = folded.find(marker, at + 1)) {
            const std::size_t end = at + marker.size();
            if (folded[at - 1] == ' ' && (end == folded.size() || !util::is_ascii_alpha(folded[end]))) first = at, first_end = end;
        }
    return {first, first_end};
}

namespace {

// The text before the first "|" or "·" of a folded line, or before an
// "updated" clause ("Publié le 19 septembre 2025 à 04h20, mis à jour le 20 …",
// "September 19, 2025 4:20 PM GMT+8 Updated 2 hours ago": study-b fr and
// syndic shells): the line's first date is the published one.
// Where a read-time clause (kReadTimeLabelList) starts a word after the folded line's start, npos when none:
// "publié le 14 novembre 2025 à 09h15 temps de lecture 3 min." (study-m round 10 T2, lemonde shell).
std::size_t read_time_clause(std::string_view folded) {
    for (std::string_view opener : lexicon::kReadTimeLabelList)
        for (std::size_t at = folded.find(opener, 1); at != std::string_view::npos; at = folded.find(opener, at + 1))
            if (folded[at - 1] == ' ') return at;
    return std::string_view::npos;
}

std::string_view first_segment(std::string_view folded) {
    // "更新：2025/09/20 10:05 公開：2025/09/19 04:20" (study-i round 6 B2, coinpostjp shell): a line opening
    // with the update reads from its publication label on (text_header.cpp published_after_update).
    if (lexicon::starts_with_any(lexicon::kModifiedDateMarkers, folded))
        if (const std::size_t at = published_label(folded).first; at != std::string_view::npos) folded = folded.substr(at);
    const std::size_t cut =
        std::min({folded.find('|'), folded.find("\xC2\xB7"), modified_clause(folded), read_time_clause(folded)});
    if (cut == std::string_view::npos) return folded;
    std::string_view first = util::trim(folded.substr(0, cut));
    while (!first.empty() && (first.back() == ',' || first.back() == ';')) first.remove_suffix(1);
    return first;
}

// "updated 2 hours ago" → "2 hours ago": the text after a leading modification label.
std::string_view without_modified_label(std::string_view folded) {
    for (std::string_view marker : lexicon::kModifiedDateMarkers.phrases)
        if (folded.size() > marker.size() && folded.substr(0, marker.size()) == marker && folded[marker.size()] == ' ')
            return util::trim(folded.substr(marker.size()));
    return folded;
}


// "2026-11-27", "2026/11/27", "27.11.2026": digits joined by one date separator, nothing else.
bool is_numeric_date_token(std::string_view token) {
    if (token.empty() || !util::is_ascii_digit(token.front()) || !util::is_ascii_digit(token.back())) return false;
    const std::size_t at = token.find_first_not_of("0123456789");
    if (at == std::string_view::npos) return false;
    const char sep = token[at];
    return (sep == '-' || sep == '/' || sep == '.') &&
           std::all_of(token.begin(), token.end(), [sep](char c) { return util::is_ascii_digit(c) || c == sep; });
}

// study-j round 7 B25 (wechat shell): a Chinese platform's meta row, "原创 李明
// 留学生观察 2025年9月19日 12:20 北京" / "科技前沿速递 2025年9月20日 10:05 上海":
// badge, author, account, a full date with 年/月/日, its time, and the IP
// location Chinese platforms print since 2022. count_words counts each CJK
// character, so the dateline rule (kMaxDateWords) never took it for a date
// and it became the headline. A few short space-separated tokens around a
// full date; a headline holding a date has longer runs or punctuation.
// Portals write the date in digits too, "中国青年网网易号 2026-11-27 09:41:07
// 北京" (study-o round 12, netease shell): a row opening with a CJK name may
// hold a numeric date token; "GPT-5 发布会 2026-11-27" opens with no CJK name
// and "GPT-5" is no date token.
bool is_cjk_dated_row(const Line& line) {
    constexpr std::size_t kMaxTokens = 7, kMaxTokenChars = 12;  // "2025年9月19日" has 11
    constexpr std::string_view kYear = "\xE5\xB9\xB4";  // 年
    if (line.sentence_end) return false;
    std::size_t first = 0;
    if (line.text.find(kYear) == std::string::npos && !util::is_cjk(util::next_code_point(line.text, first))) return false;
    std::size_t tokens = 0;
    for (std::size_t pos = 0; pos < line.text.size(); ++tokens) {
        const std::size_t end = std::min(line.text.find(' ', pos), line.text.size());
        const std::string_view token = std::string_view(line.text).substr(pos, end - pos);
        // "，", "：", quotes: a sentence or a label; "-" and "/" only inside a date's digits.
        const bool date_token = is_numeric_date_token(token);
        std::size_t chars = 0;
        for (std::size_t i = 0; i < token.size(); ++chars) {
            const char32_t cp = util::next_code_point(token, i);
            if (!date_token && !util::is_word_char(cp) && cp != ':') return false;
        }
        if (chars > kMaxTokenChars || tokens >= kMaxTokens) return false;
        pos = end + 1;
    }
    const auto d = parse_date(line.text);
    return d && d->day > 0 && d->year >= kFirstWebYear;
}

// "本文转载自公众号“TNW中文站”，原文发布于2025年9月19日，著作权归原作者所有。" (study-j
// round 7 B25, wechat shell): a CJK repost credit with a full date, longer
// than kMaxMetaWords as count_words counts a word per character; its date is
// the original's (text_header.cpp read_attribution). Within a notice's length
// (boilerplate kPlugMax), and only a CJK line: "First published on March 3,
// 2020, the report found …" is a story's paragraph.
bool is_cjk_repost_credit(const Line& line) {
    constexpr std::size_t kMaxCreditBytes = 400;
    std::size_t at = 0;
    if (line.folded.size() > kMaxCreditBytes || !util::is_cjk(util::next_code_point(line.text, at)) ||
        !is_repost_credit(line.folded))
        return false;
    const auto d = parse_date(line.text);
    return d && d->day > 0 && d->year >= kFirstWebYear;
}

// "PR Newswire Fri, Sep 19, 2025, 8:30 AM" (study-g prwire shell): a name
// right before the date of a dateline is a byline row, read as "PR Newswire ·
// Fri, …" is. Only a line that is one segment (`first`, first_segment's), an
// update clause after the date aside ("Jan Novák 19. 9. 2025 4:20
// Aktualizováno 20. 9. 2025 10:05": study-j round 7, czech shell); the name
// is read from the name-and-date part.
bool is_named_dateline(const Line& line, std::string_view first, const ParsedDate& date) {
    const bool one_segment = first.size() == line.folded.size() ||
                             (first.data() == line.folded.data() && line.folded.find('|') == std::string::npos &&
                              line.folded.find("\xC2\xB7") == std::string::npos);
    if (!one_segment) return false;
    // Folding kept the byte length: the shown text is cut where the folded part ends.
    const std::string_view part =
        line.folded.size() == line.text.size() ? std::string_view(line.text).substr(0, first.size()) : std::string_view(line.text);
    return name_before_date(part, date).has_value();
}

// A CJK date row whose words before the date label their author: "中国青年网网易号 2026-11-27 09:41:07 北京",
// a zh platform account (NetEase 网易号, Baidu 百家号...; study-o round 12, netease shell) is a byline row,
// as a named dateline is. Latin rows with a label before the date ("By Jane Doe, March 4") are read by the
// labelled rule above; "March 4, 2025 by Jane Doe" stays a dateline.
LineKind dated_row_kind(const Line& line) {
    std::size_t at = 0;
    const bool named = util::is_cjk(util::next_code_point(line.text, at)) && byline_label(line.text) == BylineLabel::author &&
                       parse_byline(line.text);
    return named ? LineKind::byline : LineKind::dateline;
}

// "28 พ.ย. 2569 - 14:05 น.": Thai writes its clock's "น." (นาฬิกา, o'clock) after the time, as en "a.m." (study-v
// round 19 X1, khaosod shell; every Thai portal's date row). After a time's digit it ends no sentence.
bool ends_with_thai_clock(std::string_view folded) {
    constexpr std::string_view kClock = "\xE0\xB8\x99.";  // "น."
    if (!folded.ends_with(kClock)) return false;
    std::string_view before = util::trim(folded.substr(0, folded.size() - kClock.size()));
    return !before.empty() && util::is_ascii_digit(before.back());
}

// Header and attribution lines, read with the shared date and byline parsers.
// Short lines only: a paragraph that mentions a date or starts "By the time"
// stays prose. A byline must carry a label or suffix the parser removed
// ("By: X", "X · 3 min read"): a bare name is only a byline next to a date
// (an author row, see text_header.cpp).
LineKind meta_kind(const Line& line) {
    if (line.words > kMaxMetaWords) return is_cjk_repost_credit(line) ? LineKind::credit : LineKind::blank;
    if (forum_poster(line)) return LineKind::dateline;  // "Post by newsbot » Fri Sep 19, 2025 4:20 am"
    if (entry_meta_date(line)) return LineKind::dateline;  // "Posted in Bitcoin by Emma Walsh on September 19, 2025"
    if (const std::size_t domain = domain_before_by(line.text); domain > 0) {  // "decrypt.co by Liam O'Connor Sep 19, 2025"
        // The name, then the date and nothing else.
        const std::string_view row = std::string_view(line.text).substr(domain);
        const auto name = parse_byline(row);
        const std::size_t at = name ? row.find(name->byline) : std::string_view::npos;
        const std::string_view rest = at == std::string_view::npos ? std::string_view() : row.substr(at + name->byline.size());
        if (const auto d = parse_date(rest); d && d->year >= kFirstWebYear && is_mostly_date(util::fold(rest)))
            return LineKind::byline;
    }
    // The parsers are thorough and slow; most lines show none of their labels.
    const bool labelled = (starts_with_label(line.folded, lexicon::kBylineLabels) && !is_sentence_after_by_word(line.text)) ||
                          starts_with_label(line.folded, lexicon::kSourceLabels);
    // A spaced slash too: feed readers join feed / author / age with it ("CoinDesk / by Ana Ruiz / 3d":
    // study-g feedreader shell; byline.cpp next_segment splits there, a slash inside a name has no spaces).
    const bool separated = line.text.find("\xC2\xB7") != std::string::npos || line.text.find('|') != std::string::npos ||
                           line.text.find("\xE2\x80\xA2") != std::string::npos || line.text.find(" / ") != std::string::npos;
    // One pass for every attribution phrase (51 finds per line before: issue #3).
    const bool attribution = source_phrase_matcher().in(line.folded);
    // "澎湃新闻记者 林靖": a zh reporter credit's label follows the outlet's name.
    const bool outlet_credit = !labelled && opens_with_outlet_credit(line.text);
    if ((labelled || separated || outlet_credit || ends_with_suffix_role(line.folded)) &&
        (line.words <= kMaxMetaWords / 2 || !line.sentence_end || ends_with_thai_clock(line.folded))) {
        if (const auto byline = parse_byline(line.text);
            byline && is_marked_byline(line, byline->byline) && !is_section_kicker(byline->byline))
            return parse_source_line(line.text) ? LineKind::source : LineKind::byline;
    }
    if ((labelled || attribution) && parse_source_line(line.text)) return LineKind::source;
    // "Published 3:15 p.m. ET March 4, 2025 | Updated 5:02 p.m. ET March 4, 2025": the first part decides.
    const std::string_view first = first_segment(line.folded);
    // With an "updated" clause the first part holds the published date itself: "Bitcoin update: prices
    // fall March 4, 2025" is a headline, not "bitcoin" and a date.
    const bool own_date = modified_clause(line.folded) == std::string_view::npos || parse_date(first);
    // "… 4:20 a.m." ends a date row, not a sentence; asked only of a date-shaped line: "… closed at
    // 4 p.m." in a paragraph still ends a sentence (study-j round 7 B11, coindesk shell).
    // "… à 09h15 Temps de Lecture 3 min." (study-m round 10 T2): a read time's abbreviation ends no sentence either.
    const bool unfinished = !line.sentence_end || ends_with_meridiem(line.folded) || ends_with_thai_clock(line.folded) ||
                            read_time_clause(line.folded) != std::string_view::npos;
    if (unfinished && own_date && count_words(first) <= kMaxDateWords && is_mostly_date(first))
        if (const auto d = parse_date(line.text); d && d->year >= kFirstWebYear)
            return is_named_dateline(line, first, *d) ? LineKind::byline : dated_row_kind(line);
    if (is_cjk_dated_row(line)) return dated_row_kind(line);
    if (is_delivery_stamp(line.folded)) return LineKind::dateline;
    // "3 hours ago · 12.4K reads", "Updated 2 hours ago": a date an app header shows, with no value. A
    // compact "3h" only before a separator: "24h" alone is a column label of a quote table.
    // "3h via WebMD" (study-d aggcard/msn shells): the age before an attribution clause.
    const std::size_t via = first.find(" via ");
    const std::string_view relative = without_modified_label(first.substr(0, via));
    const bool compact_alone =
        relative.find(' ') == std::string_view::npos && first.size() == line.folded.size() && via == std::string_view::npos;
    if (!compact_alone && is_relative_time(relative)) return LineKind::dateline;
    // "Opinion 5h" (study-k round 8 B17, newsbreak shell): a section kicker and the post's age, a date
    // with no value under the publisher's name.
    // "The Block 2d": a card's provider row, its name and age (study-h round 5 B8).
    if (const std::string_view name = without_trailing_age(line.text); name.size() < util::trim(line.text).size()) {
        if (is_section_kicker(name)) return LineKind::dateline;
        if (row_name(name)) return LineKind::byline;
    }
    // "March 4, 2025 by Jane Doe": a date, then a byline.
    if (const std::size_t by = line.folded.find(" by "); by != std::string::npos && line.words <= kMaxMetaWords / 2 &&
                                                        is_mostly_date(std::string_view(line.folded).substr(0, by)) &&
                                                        parse_date(line.folded.substr(0, by)))
        return LineKind::dateline;
    // "Editors' Note: This article was originally published to members of X on Sep. 17, 2025." (study-d
    // seekalpha shell): a credit the parsers find no name in, but its date is the original one. With a
    // full date only: "First published in 1998, the novel …" is a story line.
    if (read_on_source(line)) return LineKind::source;
    if (is_repost_credit(line.folded))
        if (const auto d = parse_date(line.text); d && d->day > 0) return LineKind::credit;
    return LineKind::blank;
}

// The kind a line has on its own, before its neighbours are looked at.
LineKind own_kind(const Line& line) {
    if (line.text.empty()) return LineKind::blank;
    if (is_ticker_text(line.text) || is_quote_line(line.text) || is_cashtag(line.text) || is_asset_card(line.text))
        return LineKind::ticker;
    if (line.text.size() <= 9 && is_thread_counter(line.text)) return LineKind::counter;
    if (is_zh_reporter_line(line.text)) return LineKind::label;  // "記者陳家祥／綜合報導" (study-p round 13 X5)
    if (const LineKind k = phrase_kind(line); k != LineKind::blank) return k;
    if (is_log_record(line.text, line.folded)) return LineKind::log_record;
    if (is_reading_row(line)) return LineKind::label;  // before meta: "Listen to Article • 4 min" is no byline
    if (const LineKind k = meta_kind(line); k != LineKind::blank) return k;
    if (is_read_time(line)) return LineKind::label;  // after meta: "HashPost · 8 min read" is a byline
    if (!strip_bullet(line.text).empty()) return LineKind::list_item;
    // A paragraph: a sentence of some length, or a long line whatever its end.
    if ((line.sentence_end && line.words >= 8) || (line.words >= 25 && !is_cjk_headline(line))) return LineKind::prose;
    // "... mindestens OS X 10.10 voraus. (bsc)": a finished sentence and a trailing note.
    if (line.words >= 12 && has_inner_sentence_end(line.text)) return LineKind::prose;
    return LineKind::short_text;
}

// A counter alone ("215", "1.2K") next to header UI lines (a dateline, a
// comments label, a share bar: study-b medium shell "6 min read · Sep 22,
// 2025" / "215" / "Responses (3)") is a clap or like count; a number alone
// elsewhere may open a chapter ("102"). "About the author" with a bio
// paragraph under it is an author box (the HTML path drops both,
// content_clean.cpp); above a name line it may be the reposted story's own
// closing credit, which the dev truth keeps (repost-text livewire-013: "About
// the author" / "Scott Cunningham" / "Senior Vice President …").
void mark_counters_and_bios(std::vector<Line>& lines) {
    constexpr std::size_t kBioMax = 1200;  // content_clean.cpp kAuthorBoxMax
    const auto ui = [](LineKind k) {
        return k == LineKind::dateline || k == LineKind::comments || k == LineKind::share || k == LineKind::byline;
    };
    std::size_t last_counter = lines.size();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Line& l = lines[i];
        if (l.kind == LineKind::short_text && is_author_heading(l.text)) {
            const std::size_t bio = next_non_blank(lines, i + 1);
            if (bio < lines.size() && lines[bio].kind == LineKind::prose && lines[bio].text.size() < kBioMax)
                l.kind = lines[bio].kind = LineKind::author_box;
            continue;
        }
        if (l.kind != LineKind::short_text || !is_ui_count(l.text)) continue;
        std::size_t before = i;
        while (before > 0 && lines[before - 1].kind == LineKind::blank) --before;
        const std::size_t after = next_non_blank(lines, i + 1);
        // A run of counters: "6 min read · Sep 22, 2025" / "👏 1.2K" / "💬 18" (study-g exblog shell).
        const bool run = before > 0 && before - 1 == last_counter;
        if (run || (before > 0 && ui(lines[before - 1].kind)) || (after < lines.size() && ui(lines[after].kind))) {
            l.kind = LineKind::label;
            last_counter = i;
        }
    }
}

// The non-blank line before `i` (lines.size() when none).
std::size_t prev_non_blank(const std::vector<Line>& lines, std::size_t i) {
    while (i > 0)
        if (lines[--i].kind != LineKind::blank) return i;
    return lines.size();
}

// A newsletter box as a page saved as text shows it (study-f ghost shell:
// "ChainDigest Weekly" / "One email a week with the best crypto essays …" /
// "Subscribe"): a short heading, one sentence, and the signup button alone on
// its line. The button anchors the rule: the pitch names no newsletter phrase
// of kNewsletterPhrases, and a story's last paragraph is no single sentence
// under a heading with a button below it. The box's form lines between pitch
// and button ("Enter your email address") are newsletter lines already.
void mark_newsletter_boxes(std::vector<Line>& lines) {
    constexpr std::size_t kMaxBoxHeadingWords = 6;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].kind != LineKind::label ||
            !equals_any(lexicon::kNewsletterButtons, util::fold_key(lines[i].folded)))
            continue;
        const auto titled = [&](const Line& h) {
            return h.kind == LineKind::short_text && h.words <= kMaxBoxHeadingWords && !h.sentence_end;
        };
        std::size_t pitch = prev_non_blank(lines, i);
        const std::size_t button_above = pitch;
        while (pitch < lines.size() && lines[pitch].kind == LineKind::newsletter) pitch = prev_non_blank(lines, pitch);
        // The pitch named a newsletter phrase itself (study-m round 10 text body, spiegel shell: "The SPIEGEL
        // International Newsletter" / "Our best stories, every Friday in your inbox." / "Sign up for free"):
        // the line above it is the box's heading.
        if (pitch != button_above && pitch < lines.size() && titled(lines[pitch])) {
            lines[pitch].kind = lines[i].kind = LineKind::newsletter;
            continue;
        }
        const std::size_t heading = pitch < lines.size() ? prev_non_blank(lines, pitch) : lines.size();
        if (heading >= lines.size()) continue;
        Line& p = lines[pitch];
        Line& h = lines[heading];
        const bool one_sentence = (p.kind == LineKind::prose || p.kind == LineKind::short_text) &&
                                  p.words <= kMaxPlugWords && !has_inner_sentence_end(p.text);
        if (one_sentence && titled(h)) h.kind = p.kind = lines[i].kind = LineKind::newsletter;
    }
}

// "11:02 Bitcoin reclaims …": a line opening with a clock time and a space.
bool opens_with_clock(std::string_view text) {
    std::size_t d = 0;
    while (d < text.size() && util::is_ascii_digit(text[d])) ++d;
    if (d < 1 || d > 2 || d + 3 >= text.size() || text[d] != ':') return false;
    return util::is_ascii_digit(text[d + 1]) && util::is_ascii_digit(text[d + 2]) && text[d + 3] == ' ';
}

// A liveblog's timeline widget (study-f liveblog shell: "Key events" / "11:02
// Bitcoin reclaims $116,000 …" / "09:45 …" / "Show key events only"): two or
// more short lines opening with a clock time, with a timeline heading or
// toggle (kTimelineHeadings) right above or below them. Without one, timed
// lines may be the story's own schedule.
void mark_timelines(std::vector<Line>& lines) {
    constexpr std::size_t kMaxEntryWords = 16;
    const auto entry = [&](std::size_t i) {
        const bool shape = lines[i].kind == LineKind::short_text || lines[i].kind == LineKind::prose;
        return shape && lines[i].words <= kMaxEntryWords && opens_with_clock(lines[i].text);
    };
    const auto heading = [&](std::size_t i) {
        return i < lines.size() && lines[i].words <= kMaxEntryWords &&
               contains_any(lexicon::kTimelineHeadings, lines[i].folded);
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!entry(i)) continue;
        std::size_t last = i;
        for (std::size_t n = next_non_blank(lines, i + 1); n < lines.size() && entry(n);
             n = next_non_blank(lines, n + 1))
            last = n;
        const std::size_t above = prev_non_blank(lines, i);
        const std::size_t below = next_non_blank(lines, last + 1);
        if (last > i && (heading(above) || heading(below))) {
            for (std::size_t k = i; k <= last; ++k)
                if (lines[k].kind != LineKind::blank) lines[k].kind = LineKind::label;
            for (std::size_t k : {above, below})
                if (heading(k)) lines[k].kind = LineKind::label;
        }
        i = last;
    }
}

}  // namespace

// study-g substack shell ("Sep 19" under a post), study-h discourse shell (a reply's day).
bool is_day_month(std::string_view folded) {
    constexpr std::size_t kMaxTokens = 3;  // "Sep 19", "Sept. 19", "19 Sep"
    std::size_t months = 0, days = 0, tokens = 0;
    for (std::size_t pos = 0; pos < folded.size(); ++tokens) {
        const std::size_t end = std::min(folded.find(' ', pos), folded.size());
        const std::string word = util::fold_key(folded.substr(pos, end - pos));
        pos = end + 1;
        const bool day = word.size() <= 2 && util::is_ascii_number(word);
        if (day) ++days;
        else if (lexicon::month_from_word(word) != 0) ++months;
        else return false;
    }
    return months == 1 && days == 1 && tokens <= kMaxTokens;
}

namespace {

// "member0 2h", "Jane Doe 3 hours ago", "Jane Doe · 2h" (a byline line by its
// shape): a name and a relative time, the author row of a reply in a thread.
bool is_reply_row(const Line& l) {
    constexpr std::size_t kMaxRowWords = 6;
    const bool shape = l.kind == LineKind::short_text || l.kind == LineKind::byline || l.kind == LineKind::dateline;
    if (!shape || l.words > kMaxRowWords || l.sentence_end) return false;
    for (std::size_t cut = l.folded.find(' '); cut != std::string::npos; cut = l.folded.find(' ', cut + 1))
        if (is_relative_time(std::string_view(l.folded).substr(cut + 1))) return true;
    return false;
}

// "Like", "Reply", "Like Reply": reaction buttons (kActionBarWords) and nothing else.
// Their counts too: "3 Likes", "12 Replies" (Discourse's post footer: study-h round 5 B13).
bool is_action_line(const Line& l) {
    constexpr std::size_t kMaxButtons = 3;
    if (l.words == 0 || l.words > kMaxButtons || l.kind == LineKind::prose) return false;
    bool button = false;
    for (std::size_t pos = 0; pos < l.folded.size();) {
        const std::size_t end = std::min(l.folded.find(' ', pos), l.folded.size());
        const std::string_view word = std::string_view(l.folded).substr(pos, end - pos);
        pos = end + 1;
        if (util::is_ascii_number(word)) continue;
        if (!is_bar_button(util::fold_key(word))) return false;
        button = true;
    }
    return button;
}

// A reply's author row split over two lines, as Discourse shows it: the
// poster's handle (one token) over the post's day ("hodl_queen" / "Sep 19") or
// age ("2h").
bool is_split_reply_row(const std::vector<Line>& lines, std::size_t i) {
    const Line& handle = lines[i];
    constexpr std::size_t kMaxHandle = 32;
    const std::string_view token = util::trim(handle.text);
    if (handle.kind != LineKind::short_text || token.empty() || token.size() > kMaxHandle ||
        token.find(' ') != std::string_view::npos || handle.sentence_end)
        return false;
    const std::size_t n = next_non_blank(lines, i + 1);
    if (n != i + 1) return false;  // on the very next line
    const Line& day = lines[n];
    return day.kind == LineKind::dateline || (day.kind == LineKind::short_text && (is_day_month(day.folded) || is_relative_time(day.folded)));
}

// A thread under a reposted first post (study-f forum shell, Discourse): the
// post's "Like" / "Reply" buttons, then a reply's row ("member0 2h", or split:
// "hodl_queen" / "Sep 19"). The
// buttons close the article: they become a comment-section opener, which the
// body run does not cross (text_layout.cpp is_barrier).
void mark_reply_actions(std::vector<Line>& lines) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!is_action_line(lines[i])) continue;
        std::size_t n = next_non_blank(lines, i + 1);
        while (n < lines.size() && is_action_line(lines[n])) n = next_non_blank(lines, n + 1);
        if (n >= lines.size() || !(is_reply_row(lines[n]) || is_split_reply_row(lines, n))) continue;
        for (std::size_t k = i; k < n; ++k)
            if (lines[k].kind != LineKind::blank) lines[k].kind = LineKind::comments;
        i = n;
    }
}

// "ドル円 147.62", "Gold 3,642.10": a short name and a price with a decimal mark
// or digit grouping, the row of a quote box without a change (study-i round 6
// B2, coinpostjp shell's 重要指標 box: "BTC ¥17,021,540 -1.91%" / "ドル円
// 147.62"). Only next to a quote line: "Chapter 2.5" alone is a heading.
bool is_price_row(const Line& l) {
    constexpr std::size_t kMaxPriceRowWords = 5;
    if (l.kind != LineKind::short_text || l.words > kMaxPriceRowWords || l.sentence_end) return false;
    const std::size_t space = l.text.rfind(' ');
    if (space == std::string::npos) return false;
    const std::string_view price = std::string_view(l.text).substr(space + 1);
    return is_bare_number(price) && price.find_first_of(".,") != std::string_view::npos;
}

// A quote box's heading: a short line over two or more quote lines, a blank
// line between ("重要指標" / "" / "BTC ¥17,021,540 -1.91%" / "ETH ¥661,320
// +0.84%", study-i round 6 B2 coinpostjp shell, where it became the headline).
// Up to four words: a headline over a coin strip is longer.
bool is_quote_box_heading(const std::vector<Line>& lines, std::size_t i) {
    constexpr std::size_t kMaxBoxHeadingWords = 4;
    const Line& l = lines[i];
    if (l.kind != LineKind::short_text || l.words > kMaxBoxHeadingWords || l.sentence_end) return false;
    const std::size_t first = next_non_blank(lines, i + 1);
    if (first == i + 1 || first >= lines.size() || lines[first].kind != LineKind::ticker) return false;
    const std::size_t second = next_non_blank(lines, first + 1);
    return second < lines.size() && lines[second].kind == LineKind::ticker;
}

// "Manhole Fires and Burst Pipes: How Winter Wreaks Havoc on What’s Underneath
// N.Y.C." (study-j round 7, xarticle shell: the X Article's headline was read
// as a paragraph): a line ending in an initialism ("N.Y.C.", "U.S.") whose
// words are capitalised (kMinTitleCaseShare of them) is a Title Case
// headline, its last dot the initialism's; "Prices rose in the U.S." is a
// sentence. No inner sentence end either.
bool is_title_case_initialism(std::string_view text) {
    constexpr std::size_t kMinTitleCasePercent = 75;
    const std::size_t space = text.rfind(' ');
    if (space == std::string_view::npos) return false;
    const std::string_view last = text.substr(space + 1);  // "N.Y.C.": capitals each followed by a dot
    if (last.size() < 4 || last.size() % 2 != 0) return false;
    for (std::size_t i = 0; i < last.size(); i += 2)
        if (last[i] < 'A' || last[i] > 'Z' || last[i + 1] != '.') return false;
    std::size_t words = 0, capitalised = 0;
    for (std::size_t pos = 0; pos < space;) {
        const std::size_t end = std::min(text.find(' ', pos), space);
        const char c = text[pos];
        if (util::is_ascii_alpha(c)) ++words, capitalised += (c >= 'A' && c <= 'Z') ? 1 : 0;
        pos = end + 1;
    }
    return words > 0 && capitalised * 100 >= words * kMinTitleCasePercent && !has_inner_sentence_end(text.substr(0, space));
}

// Context: the name line of a ticker widget sits right above its quote
// ("Global DePIN Chain" / "DEEPSEEK$0.000302+4.49%"; "WLDWorldcoin" / "$1.8162-8.54%"),
// and the bare price of a split chip sits between a cashtag and a change.
// study-k round 8 B16 (beincrypto shell: "Disclaimer" / "In adherence to the
// Trust Project guidelines, BeInCrypto is committed to unbiased, transparent
// reporting. …"): a disclaimer's heading alone on its line (a
// kDisclaimerOpeners label without its colon: "Disclaimer", "Risk warning")
// and the paragraph under it are the disclaimer, as the HTML path drops the
// box by its class; the paragraph names no opener itself.
void mark_disclaimer_boxes(std::vector<Line>& lines) {
    constexpr std::size_t kMaxHeadingWords = 3;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Line& l = lines[i];
        if (l.kind != LineKind::short_text || l.words > kMaxHeadingWords || l.sentence_end) continue;
        const std::string key = util::fold_key(l.folded);
        if (!equals_any(lexicon::kDisclaimerOpeners, key) && !equals_any(lexicon::kDisclaimerOpeners, key + ":")) continue;
        const std::size_t next = next_non_blank(lines, i + 1);
        if (next >= lines.size() || lines[next].kind != LineKind::prose) continue;
        l.kind = lines[next].kind = LineKind::disclaimer;
    }
}

// study-k round 8 B18 (morningstar shell: "Companies in this story" over
// "SymbolPriceChange" / "AAPL 228.15 +1.23%"): a symbol row's label alone on
// its line (kSymbolRowLabels) right over quote lines heads the quote table.
void mark_quote_table_labels(std::vector<Line>& lines) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].kind != LineKind::short_text || lines[i].words > 4 ||
            !equals_any(lexicon::kSymbolRowLabels, util::fold_key(lines[i].folded)))
            continue;
        const std::size_t next = next_non_blank(lines, i + 1);
        if (next < lines.size() && (lines[next].kind == LineKind::ticker || lines[next].kind == LineKind::ticker_name))
            lines[i].kind = LineKind::ticker_name;
    }
}

// study-k round 8 B16 (beincrypto shell: "In Brief" / three one-sentence
// bullets / story) and study-j round 7 B20 (cnbc "Key Points"): a summary
// box's heading (kSummaryBoxHeadings) above the page's first long paragraph,
// over one to kMaxBullets one-sentence lines of at most kMaxBulletWords, is the
// outlet's summary, not story text: heading and bullets become labels. A
// longer line ends the box (the story's first paragraph); lower in a story the
// same heading opens a section of it.
void mark_summary_boxes(std::vector<Line>& lines) {
    constexpr std::size_t kMaxBullets = 5, kMaxBulletWords = 18, kStoryWords = 25;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line& l = lines[i];
        if (l.kind == LineKind::prose && l.words > kStoryWords) return;  // the story has begun
        if (l.kind != LineKind::short_text || l.words > 3 || !equals_any(lexicon::kSummaryBoxHeadings, util::fold_key(l.folded)))
            continue;
        std::vector<std::size_t> bullets;
        std::size_t next = next_non_blank(lines, i + 1);
        for (; next < lines.size() && bullets.size() <= kMaxBullets; next = next_non_blank(lines, next + 1)) {
            const Line& b = lines[next];
            // One sentence each (or a bulleted line): "Jeff Cox @JeffCoxCNBCcom" under them ends the box.
            const bool bullet = b.words <= kMaxBulletWords && (b.kind == LineKind::list_item ||
                                                               ((b.kind == LineKind::prose || b.kind == LineKind::short_text) && b.sentence_end));
            if (!bullet) break;
            bullets.push_back(next);
        }
        if (bullets.empty() || bullets.size() > kMaxBullets || next >= lines.size()) continue;
        lines[i].kind = LineKind::label;
        for (std::size_t b : bullets) lines[b].kind = LineKind::label;
        return;
    }
}

// study-m round 10 T1 (cnbc shell: "Facebook CEO Mark Zuckerberg speaks at
// the company's annual developer conference." / "David Paul Morris | Bloomberg
// | Getty Images", the lead image under the header; elpais, businessinsider
// and lemonde shells: the caption and its credit run together): above the
// page's first paragraphs, a line ending in a credit (ends_with_picture_credit)
// is a caption, and so is the sentence right above a credit line alone (no
// blank between, no paragraph above that). Captions inside the story are left
// as they are: the dev truths keep them (repost-text finsyn-029). A zh caption says
// so in its first words ("图为马素湘在澳大利亚悉尼游玩时的近影。", kCaptionOpeners: sina shell).
bool is_credit_only(const Line& l) {
    constexpr std::size_t kMaxCreditWords = 12;
    return l.kind == LineKind::caption && l.words <= kMaxCreditWords && l.folded.find('.') == std::string::npos;
}

void mark_header_figures(std::vector<Line>& lines) {
    // A cookie banner's sentence may come first: the story has begun at the second paragraph.
    constexpr std::size_t kMaxCaptionWords = 40, kMaxParagraphsAbove = 2;
    std::size_t paragraphs = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Line& l = lines[i];
        if ((l.kind == LineKind::short_text || l.kind == LineKind::prose) &&
            (ends_with_picture_credit(l) || lexicon::starts_with_any(lexicon::kCaptionOpeners, l.folded)))
            l.kind = LineKind::caption;
        // "原标题：DeepMind新电脑能用记忆自学" (study-m round 10 X, sina shell): the wire's own title over a
        // portal's repost, as the HTML path drops it above the story (content_sweep.cpp); below it the dev
        // truth keeps it (readability gmw).
        if (l.kind == LineKind::short_text && lexicon::starts_with_any(lexicon::kLeadOriginalTitleLabels, l.folded))
            l.kind = LineKind::credit;
        if (i >= 1 && is_credit_only(l)) {
            Line& above = lines[i - 1];
            const bool alone = i < 2 || lines[i - 2].kind != LineKind::prose;
            if (alone && (above.kind == LineKind::prose || above.kind == LineKind::short_text) && above.words <= kMaxCaptionWords &&
                above.sentence_end)
                above.kind = LineKind::caption;
        }
        if (l.kind != LineKind::prose) continue;
        const bool credit_next = i + 1 < lines.size() && (is_credit_only(lines[i + 1]) || ends_with_picture_credit(lines[i + 1]));
        if (!credit_next && ++paragraphs == kMaxParagraphsAbove) return;  // the story has begun
    }
}

// study-o round 12 X2 (gate shell: "Share to" / "X" / "Telegram" / "Copy Link", one button a line as a
// share list's items come out of a scrape): a network or tool button alone on its line right under a
// share line is that bar's. Alone, "X" or "Telegram" may be a heading or a name.
// Above one too: "X" / "Facebook" / "はてブ" / "LINE" (mainichi shell), the list's own share button last.
bool is_lone_bar_button(const Line& l) {
    return l.kind == LineKind::short_text && l.words <= 3 && is_bar_button(util::fold_key(l.folded));
}

void mark_share_lists(std::vector<Line>& lines) {
    for (std::size_t i = 1; i < lines.size(); ++i)
        if (lines[i - 1].kind == LineKind::share && is_lone_bar_button(lines[i])) lines[i].kind = LineKind::share;
    for (std::size_t i = lines.size(); i-- > 1;)
        if (lines[i].kind == LineKind::share && is_lone_bar_button(lines[i - 1])) lines[i - 1].kind = LineKind::share;
}

// study-p round 13 X2 (howto shell; Dotdash, Verywell, guide sites): a table of contents under its label, "Table of
// Contents" / "What You'll Need" / "Instructions" / "FAQ": the short lines of the block right after the label, no
// sentence end, are its entries, not headings of the story (they repeat the story's later headings).
void mark_toc_entries(std::vector<Line>& lines) {
    constexpr std::size_t kLabelWords = 4, kEntryWords = 8, kMaxEntries = 15;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].words == 0 || lines[i].words > kLabelWords || !equals_any(lexicon::kTocLabels, util::fold_key(lines[i].folded)))
            continue;
        // The entries stand one per line with no blank between (a list): a contents heading over blank-separated
        // lines is a wiki's or manual's outline, which the dev truths keep (repost-text finsyn-000, bitwire-057).
        const std::size_t first = next_non_blank(lines, i + 1);
        std::size_t end = first;
        while (end < lines.size() && end - first < kMaxEntries && lines[end].kind == LineKind::short_text &&
               !lines[end].sentence_end && lines[end].words <= kEntryWords)
            ++end;
        if (end - first < 2) continue;
        for (std::size_t j = first; j < end; ++j) lines[j].kind = LineKind::label;
        i = end;
    }
}

// study-p round 13 H4 (howto shell; Dotdash, Wirecutter-likes, BuzzFeed shopping, German "Produktbox"): an affiliate
// product box between story paragraphs, "Glass Bell Cloche with Wood Base, 10-Inch" / "$24.99 at Amazon" / "Buy
// Now": the price line (boilerplate_text.hpp is_retail_price_line), the product's name above it (a short line, no
// sentence end) and a button of a few words under it.
void mark_product_boxes(std::vector<Line>& lines) {
    constexpr std::size_t kPriceWords = 8, kNameWords = 12, kButtonWords = 3;
    const auto part = [&lines](std::size_t at, std::size_t max_words, bool button) {
        if (at >= lines.size() || lines[at].sentence_end || lines[at].words > max_words) return;
        const LineKind k = lines[at].kind;  // a button may be a UI label ("Check Price") or a trade CTA ("Buy Now")
        if (k == LineKind::short_text || (button && (k == LineKind::label || k == LineKind::ticker)))
            lines[at].kind = LineKind::product_box;
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].kind != LineKind::short_text || lines[i].words > kPriceWords || !is_retail_price_line(lines[i].text))
            continue;
        lines[i].kind = LineKind::product_box;
        part(prev_non_blank(lines, i), kNameWords, false);
        part(next_non_blank(lines, i + 1), kButtonWords, true);
    }
}

// "229,99 €", "€19.99", "$24.99" somewhere in the text: a currency sign (€ $ £) right before or after a digit, a
// space between at most.
bool has_price(std::string_view text) {
    for (std::string_view sign : {"\xE2\x82\xAC", "$", "\xC2\xA3"}) {  // € $ £
        for (std::size_t at = text.find(sign); at != std::string_view::npos; at = text.find(sign, at + 1)) {
            std::size_t before = at, after = at + sign.size();
            if (before > 0 && text[before - 1] == ' ') --before;
            if (after < text.size() && text[after] == ' ') ++after;
            if ((before > 0 && util::is_ascii_digit(text[before - 1])) || (after < text.size() && util::is_ascii_digit(text[after])))
                return true;
        }
    }
    return false;
}

// study-q round 14 X3 (xataka shell: "Dónde comprar" / "Amazon229,99 €Ver oferta" / "MediaMarkt239 €Comprar"): a
// review's price widget after its verdict, a shop-box heading (kShopBoxHeadings) right over one or more price rows
// (a shop, a price and its button: a few words with a price, no sentence). The heading opens the block the story
// ends at (a related opener over non-prose is a barrier), the rows are labels. A heading over prose stays text.
void mark_shop_boxes(std::vector<Line>& lines) {
    constexpr std::size_t kHeadingWords = 4, kRowWords = 8;
    const auto price_row = [&lines](std::size_t at) {
        const Line& l = lines[at];
        return l.kind == LineKind::short_text && !l.sentence_end && l.words <= kRowWords && has_price(l.text);
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].kind != LineKind::short_text || lines[i].words > kHeadingWords ||
            !equals_any(lexicon::kShopBoxHeadings, util::fold_key(lines[i].folded)))
            continue;
        std::size_t row = next_non_blank(lines, i + 1);
        if (row >= lines.size() || !price_row(row)) continue;
        lines[i].kind = LineKind::related_opener;
        for (; row < lines.size() && price_row(row); row = next_non_blank(lines, row + 1)) lines[row].kind = LineKind::label;
    }
}

// "8,6", "9", "9,25", "86": a score at the end of `text` (its start there, npos when none): digits with one decimal
// mark, glued to the label or after a space ("La nota de Xataka8,6", "Diseño 9").
std::size_t score_start(std::string_view text) {
    constexpr std::size_t kMaxScoreBytes = 5;  // "9,25", "100"
    std::size_t at = text.size();
    while (at > 0 && (util::is_ascii_digit(text[at - 1]) || text[at - 1] == ',' || text[at - 1] == '.')) --at;
    const std::string_view score = text.substr(at);
    if (score.empty() || score.size() > kMaxScoreBytes || !util::is_ascii_digit(score.front()) ||
        !util::is_ascii_digit(score.back()) || std::count_if(score.begin(), score.end(), [](char c) { return c == ',' || c == '.'; }) > 1)
        return std::string_view::npos;
    return at;
}

// A score line of a review's score box: a label of a few words ending in a score, no sentence.
bool is_score_line(const Line& l, std::size_t max_words) {
    if (l.kind != LineKind::short_text || l.sentence_end || l.words > max_words) return false;
    const std::size_t at = score_start(l.text);
    return at != std::string_view::npos && at > 0 && count_words(std::string_view(l.text).substr(0, at)) > 0;
}

// study-q round 14 X3 (xataka shell: "La nota de Xataka8,6" / "Diseño 9" / "Autonomía 9,25" after the verdict): a
// review's score box as a scrape gives it, a heading with a score word (kScoreWords) ending in the overall score, and
// the sub-score lines right under it (a label and a score each, no blank between). All labels: below a story's last
// paragraph they are no closing lines of it. Only after a paragraph: a header's "Rating 4.5" is the header's.
void mark_score_boxes(std::vector<Line>& lines) {
    constexpr std::size_t kHeadingWords = 6, kSubScoreWords = 4;
    bool story = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        story = story || lines[i].kind == LineKind::prose;
        if (!story || !is_score_line(lines[i], kHeadingWords)) continue;
        const std::string_view label = std::string_view(lines[i].folded).substr(0, score_start(lines[i].folded));
        bool scored = false;
        for (std::size_t at = 0; at < label.size() && !scored;) {
            const std::size_t end = std::min(label.find(' ', at), label.size());
            scored = equals_any(lexicon::kScoreWords, label.substr(at, end - at));
            at = end + 1;
        }
        if (!scored) continue;
        lines[i].kind = LineKind::label;
        for (std::size_t j = i + 1; j < lines.size() && is_score_line(lines[j], kSubScoreWords); ++j) lines[j].kind = LineKind::label;
    }
}

// study-q round 14 X4 (tudelft shell: "More information" / "Dr. Pieter de Wit, Department of Applied Mathematics" /
// "Press officer: Ingrid Smit, +31 15 278 0000, press@tudelft.example"): the contact box under a university's,
// agency's or company's story, a heading (kContactBoxHeadings) right after a paragraph over a few short lines with no
// sentence end, one of them an e-mail address or a phone number. Heading and lines are labels, so the story's
// trailing lines stop above them. Without a contact detail the heading may open a section of the story.
void mark_contact_boxes(std::vector<Line>& lines) {
    constexpr std::size_t kHeadingWords = 4, kMaxBoxLines = 5, kLineWords = 25;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const Line& h = lines[i];
        if ((h.kind != LineKind::short_text && h.kind != LineKind::label) || h.words > kHeadingWords ||
            !equals_any(lexicon::kContactBoxHeadings, util::fold_key(h.folded)))
            continue;
        // Under a paragraph, or under a short closing sentence (study-u round 18 X3, helsinki shell: "Ilmoittautuminen
        // alkaa joulukuussa yliopiston verkkosivuilla." over "Lisätietoja": five long Finnish words, no prose line).
        const std::size_t above = prev_non_blank(lines, i);
        if (above >= lines.size() || (lines[above].kind != LineKind::prose &&
                                      (lines[above].kind != LineKind::short_text || !lines[above].sentence_end)))
            continue;
        std::size_t last = lines.size(), seen = 0;
        for (std::size_t j = next_non_blank(lines, i + 1); j < lines.size() && seen < kMaxBoxLines; j = next_non_blank(lines, j + 1), ++seen) {
            const Line& l = lines[j];
            if (l.sentence_end || l.words > kLineWords || (l.kind != LineKind::short_text && l.kind != LineKind::prose)) break;
            if (util::has_contact_detail(l.text)) last = j;
        }
        if (last == lines.size()) continue;
        for (std::size_t j = i; j <= last; ++j)
            if (lines[j].kind != LineKind::blank) lines[j].kind = LineKind::label;
    }
}

// study-q round 14 H1 (lidovky shell: "Reklama" / "Pojištění auta online se slevou až 35 %" between two paragraphs):
// an ad slot's text right under its label line (kAdLabels, whole line), no blank between, a short line with no
// sentence end, then a blank and the story going on. The label was dropped; its ad is no subheading of the story.
void mark_ad_texts(std::vector<Line>& lines) {
    constexpr std::size_t kMaxAdWords = 12;
    for (std::size_t i = 0; i + 2 < lines.size(); ++i) {
        if (lines[i].kind != LineKind::label || !equals_any(lexicon::kAdLabels, util::fold_key(lines[i].folded))) continue;
        Line& ad = lines[i + 1];
        if (ad.kind != LineKind::short_text || ad.sentence_end || ad.words > kMaxAdWords || lines[i + 2].kind != LineKind::blank)
            continue;
        const std::size_t next = next_non_blank(lines, i + 2);
        if (next < lines.size() && lines[next].kind == LineKind::prose) ad.kind = LineKind::label;
    }
}

void classify_in_context(std::vector<Line>& lines) {
    mark_toc_entries(lines);
    mark_shop_boxes(lines);
    mark_score_boxes(lines);
    mark_contact_boxes(lines);
    mark_ad_texts(lines);
    mark_product_boxes(lines);
    mark_header_figures(lines);
    mark_share_lists(lines);
    mark_disclaimer_boxes(lines);
    mark_summary_boxes(lines);
    mark_counters_and_bios(lines);
    mark_newsletter_boxes(lines);
    mark_timelines(lines);
    mark_reply_actions(lines);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].kind != LineKind::short_text || lines[i].words > 6) continue;
        const std::size_t next = i + 1 < lines.size() ? i + 1 : lines.size();
        const bool before_ticker = next < lines.size() && lines[next].kind == LineKind::ticker;
        const bool after_ticker = i > 0 && lines[i - 1].kind == LineKind::ticker;
        if ((is_bare_number(lines[i].text) || is_price_row(lines[i])) && (before_ticker || after_ticker))
            lines[i].kind = LineKind::ticker;
        else if (before_ticker && !lines[i].sentence_end) lines[i].kind = LineKind::ticker_name;
        else if (is_quote_box_heading(lines, i)) lines[i].kind = LineKind::label;
    }
    mark_quote_table_labels(lines);
}

}  // namespace

std::string_view kind_name(LineKind kind) {
    switch (kind) {
        case LineKind::blank: return "blank";
        case LineKind::prose: return "prose";
        case LineKind::short_text: return "short";
        case LineKind::list_item: return "list-item";
        case LineKind::ticker: return "ticker";
        case LineKind::ticker_name: return "ticker-name";
        case LineKind::related_opener: return "related-opener";
        case LineKind::inline_related: return "inline-related";
        case LineKind::disclaimer: return "disclaimer";
        case LineKind::newsletter: return "newsletter";
        case LineKind::share: return "share";
        case LineKind::cookie: return "cookie";
        case LineKind::comments: return "comments";
        case LineKind::label: return "label";
        case LineKind::caption: return "caption";
        case LineKind::log_record: return "log-record";
        case LineKind::byline: return "byline";
        case LineKind::dateline: return "dateline";
        case LineKind::source: return "source";
        case LineKind::teaser: return "teaser";
        case LineKind::author_box: return "author-box";
        case LineKind::credit: return "credit";
        case LineKind::counter: return "thread-counter";
        case LineKind::list_box: return "list-box";
        case LineKind::product_box: return "product-box";
    }
    return "?";
}

std::size_t count_words(std::string_view text) {
    std::size_t words = 0;
    std::size_t unspaced = 0;  // code points of the current Thai/Khmer/... run: a word per kUnspacedCharsPerWord
    bool in_word = false;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = util::next_code_point(text, i);
        if (util::is_unspaced_script(cp)) {
            if (unspaced++ % util::kUnspacedCharsPerWord == 0) ++words;
            in_word = false;
            continue;
        }
        unspaced = 0;
        if (util::is_cjk(cp)) {
            ++words;
            in_word = false;
        } else if (util::is_word_char(cp)) {
            if (!in_word) ++words;
            in_word = true;
        } else {
            in_word = in_word && (cp == '\'' || cp == 0x2019 || cp == '-' || cp == '.' || cp == ',');
        }
    }
    return words;
}

bool is_read_time(const Line& line) {
    if (line.words == 0 || line.words > kMaxReadTimeWords) return false;
    bool digit = false;
    for (char c : line.text) digit |= util::is_ascii_digit(c);
    return digit && contains_any(lexicon::kReadTimeWords, line.folded);
}

namespace {

// "3h", "12m": a number and a unit of kRelativeTimeUnits in one token.
bool is_compact_relative(std::string_view token) {
    std::size_t digits = 0;
    while (digits < token.size() && util::is_ascii_digit(token[digits])) ++digits;
    return digits > 0 && digits < token.size() && equals_any(lexicon::kRelativeTimeUnits, token.substr(digits));
}

}  // namespace

bool opens_in_first_person(const Line& line) {
    const std::string_view f = line.folded;
    return equals_any(lexicon::kFirstPersonOpeners, f.substr(0, f.find(' ')));
}

namespace {

// The count of a relative time: ASCII digits, or Arabic-Indic / Persian ones ("۲ ساعت پیش").
bool is_count(std::string_view token) {
    if (util::is_ascii_number(token)) return true;
    std::string ascii;
    return util::fold_arabic_digits(token, ascii) && util::is_ascii_number(ascii);
}

// `rest` without a closing relative-time word ("ago", "پیش", "yang lalu"); false when none closes it.
bool strip_relative_suffix(std::string_view& rest) {
    for (std::string_view suffix : lexicon::kRelativeTimeSuffixes.phrases)
        if (rest.size() > suffix.size() && rest.ends_with(suffix) && rest[rest.size() - suffix.size() - 1] == ' ') {
            rest = util::trim(rest.substr(0, rest.size() - suffix.size()));
            return true;
        }
    return false;
}

}  // namespace

bool is_relative_time(std::string_view folded) {
    std::string_view rest = util::trim(folded);
    // A bracketed age after the absolute date: "28 ноември 2026, 14:05 (преди 2 часа)", "… (3 घंटे पहले)".
    if (rest.size() > 2 && rest.front() == '(' && rest.back() == ')') rest = util::trim(rest.substr(1, rest.size() - 2));
    for (std::string_view prefix : lexicon::kRelativeTimePrefixes.phrases)  // "vor 3 stunden", "il y a 3 heures"
        if (rest.size() > prefix.size() && rest.substr(0, prefix.size()) == prefix && rest[prefix.size()] == ' ') {
            rest = util::trim(rest.substr(prefix.size()));
            const std::size_t space = rest.find(' ');
            if (space == std::string_view::npos) return is_compact_relative(rest);
            return is_count(rest.substr(0, space)) && equals_any(lexicon::kRelativeTimeUnits, rest.substr(space + 1));
        }
    const bool suffix = strip_relative_suffix(rest);
    const std::size_t space = rest.find(' ');
    if (space == std::string_view::npos) return !rest.empty() && is_compact_relative(rest);  // "3h", "3h ago"
    // "3 hours ago": the word after the number says it is no read time ("3 min read", "3 hours").
    const std::string_view unit = rest.substr(space + 1);
    return suffix && unit.find(' ') == std::string_view::npos && is_count(rest.substr(0, space)) &&
           equals_any(lexicon::kRelativeTimeUnits, unit);
}

// Where a ja/zh/ko relative time closing `text` starts ("2026/11/27 09:413時間前" → at "3"), or npos. A count glued
// to a clock time ("09:41" + "3") keeps the time's two minute digits: the count is the digits after them.
std::size_t cjk_age_at_end(std::string_view text) {
    constexpr std::string_view kAgo = "\xE5\x89\x8D", kKoAgo = "\xEC\xA0\x84";  // 前 전
    std::string_view t = util::trim(text);
    if (t.ends_with(kAgo)) t.remove_suffix(kAgo.size());
    else if (t.ends_with(kKoAgo)) t = util::trim(t.substr(0, t.size() - kKoAgo.size()));
    else return std::string_view::npos;
    std::size_t unit = 0;
    for (std::string_view u : lexicon::kCjkRelativeTimeUnits.phrases)
        if (t.ends_with(u)) unit = std::max(unit, u.size());
    if (unit == 0) return std::string_view::npos;
    t.remove_suffix(unit);
    std::size_t start = t.size();
    while (start > 0 && util::is_ascii_digit(t[start - 1])) --start;
    if (start == t.size()) return std::string_view::npos;
    if (start > 0 && t[start - 1] == ':') {  // "09:413": minutes, then the count
        constexpr std::size_t kMinuteDigits = 2;
        if (t.size() - start <= kMinuteDigits) return std::string_view::npos;
        start += kMinuteDigits;
    }
    return start;
}

std::string_view without_trailing_age(std::string_view text) {
    const std::string_view t = util::trim(text);
    const std::size_t space = t.rfind(' ');
    if (space == std::string_view::npos) return t;
    const std::string_view last = t.substr(space + 1);
    const std::string folded = util::fold(last);
    return is_compact_relative(folded) ? util::trim(t.substr(0, space)) : t;
}

namespace {

std::string_view without_separator_end(std::string_view t) {
    for (std::string_view sep : {"\xC2\xB7", "|", "\xE2\x80\xA2"})  // · | •
        if (t.size() > sep.size() && t.substr(t.size() - sep.size()) == sep) return util::trim(t.substr(0, t.size() - sep.size()));
    return t;
}

}  // namespace

std::string_view without_trailing_separator(std::string_view text) {
    std::string_view t = util::trim(text);
    // "Priya Raman · Follow" (study-m round 10, medium shell): the button after the separator goes too.
    if (const std::size_t space = t.rfind(' '); space != std::string_view::npos &&
                                                std::ranges::find(lexicon::kFollowButtons, util::fold_key(t.substr(space + 1))) !=
                                                    lexicon::kFollowButtons.end()) {
        const std::string_view rest = util::trim(t.substr(0, space));
        if (without_separator_end(rest).size() < rest.size()) return without_separator_end(rest);
    }
    return without_separator_end(t);
}

std::optional<std::string_view> trailing_attribution(const Line& line) {
    if (line.kind != LineKind::dateline) return std::nullopt;
    const std::string_view text = line.text;
    for (std::size_t at = 1; at < text.size(); ++at) {
        std::size_t skip = 0;  // a separator before the segment: "· Source: Reuters"
        for (std::string_view sep : {"\xC2\xB7", "|", "\xE2\x80\xA2"})  // · | •
            if (text.compare(at, sep.size(), sep) == 0) skip = sep.size();
        if (skip == 0) {
            // No separator: " via X", or a word with a colon, " Источник: ForkLog" (study-d ru and pl
            // shells). byline_label below says whether it is a label.
            if (text[at - 1] != ' ') continue;
            const std::size_t space = text.find(' ', at);
            const std::string_view word = text.substr(at, space == std::string_view::npos ? space : space - at);
            if (util::ifind(word, "via") != 0 && (word.empty() || word.back() != ':')) continue;
        }
        const std::string_view segment = util::trim(text.substr(at + skip));
        if (byline_label(segment) != BylineLabel::none) return segment;
    }
    return std::nullopt;
}

std::size_t domain_before_by(std::string_view text) {
    const std::size_t space = text.find(' ');
    if (space == std::string_view::npos || !util::istarts_with(text.substr(space + 1), "by ")) return 0;
    return is_domain_name(text.substr(0, space)) ? space + 1 : 0;
}

std::optional<std::string_view> forum_poster(const Line& line) {
    constexpr std::string_view kGuillemet = "\xC2\xBB";  // »
    const std::size_t at = line.text.find(kGuillemet);
    if (at == std::string::npos) return std::nullopt;
    std::string_view left = util::trim(std::string_view(line.text).substr(0, at));
    const std::string_view right = util::trim(std::string_view(line.text).substr(at + kGuillemet.size()));
    const std::size_t words = count_words(left);
    if (words == 0 || words > kMaxPosterWords || right.empty() || !is_mostly_date(util::fold(right)))
        return std::nullopt;
    const auto date = parse_date(right);
    if (!date || date->year < kFirstWebYear) return std::nullopt;
    const std::string folded = util::fold(left);
    for (std::string_view label : lexicon::kForumPostLabels.phrases)  // ASCII labels: same byte length folded
        if (folded.size() > label.size() && folded.compare(0, label.size(), label) == 0 && folded[label.size()] == ' ')
            return util::trim(left.substr(label.size()));
    return left;
}

std::optional<ParsedDate> entry_meta_date(const Line& line) {
    for (std::string_view opener : lexicon::kEntryMetaOpeners)
        if (line.folded.size() > opener.size() && line.folded.compare(0, opener.size(), opener) == 0 &&
            line.folded[opener.size()] == ' ')
            return parse_date(line.text);
    return std::nullopt;
}

std::optional<std::string> read_on_source(const Line& line) {
    constexpr std::size_t kMaxButtonWords = 10;  // "Read the full story on The Sydney Morning Herald"
    if (line.words > kMaxButtonWords || line.sentence_end) return std::nullopt;
    for (std::string_view phrase : lexicon::kReadOnSourcePhrases.phrases) {
        if (line.folded.compare(0, phrase.size(), phrase) != 0 || line.folded.size() <= phrase.size() ||
            line.folded[phrase.size()] != ' ')
            continue;
        // The name in its own case: the phrases keep their byte length when folded (ASCII, Latin accents).
        const std::string_view name = util::trim(std::string_view(line.text).substr(std::min(phrase.size(), line.text.size())));
        if (!name.empty()) return std::string(name);
    }
    return std::nullopt;
}

std::string_view without_follower_count(std::string_view text) {
    const std::string_view t = util::trim(text);
    const std::size_t space = t.rfind(' ');
    if (space == std::string_view::npos || !equals_any(lexicon::kFollowerWords, util::fold(t.substr(space + 1))))
        return t;
    // "3.2K", "1.2M", "845": digits with a decimal mark and one magnitude letter.
    std::size_t end = space;
    if (end > 0 && (t[end - 1] == 'K' || t[end - 1] == 'M' || t[end - 1] == 'k')) --end;
    while (end > 0 && (util::is_ascii_digit(t[end - 1]) || t[end - 1] == '.' || t[end - 1] == ',')) --end;
    bool digit = false;
    for (std::size_t i = end; i < space; ++i) digit |= util::is_ascii_digit(t[i]);
    return digit ? util::trim(t.substr(0, end)) : t;
}

bool is_boilerplate(LineKind kind) {
    return kind != LineKind::blank && kind != LineKind::prose && kind != LineKind::short_text &&
           kind != LineKind::list_item;
}

std::string_view strip_bullet(std::string_view text) {
    // • - * + – · followed by a space (changelogs use "+ Added ...", "* Tweaked ...").
    for (std::string_view bullet : {"\xE2\x80\xA2 ", "- ", "* ", "+ ", "\xE2\x80\x93 ", "\xC2\xB7 "})
        if (text.size() > bullet.size() + 1 && text.substr(0, bullet.size()) == bullet)
            return util::trim(text.substr(bullet.size()));
    return {};
}

bool is_meta(LineKind kind) {
    return kind == LineKind::byline || kind == LineKind::dateline || kind == LineKind::source;
}

std::size_t next_non_blank(const std::vector<Line>& lines, std::size_t i) {
    while (i < lines.size() && lines[i].kind == LineKind::blank) ++i;
    return i;
}

std::vector<std::string> unwrap_lines(const std::vector<std::string>& raw_lines) {
    std::vector<std::string> lines;
    std::vector<std::size_t> widths;
    std::size_t non_blank = 0, wide = 0, filled = 0, margin = 0;
    for (const std::string& raw : raw_lines) {
        lines.push_back(util::collapse_whitespace(raw));
        std::size_t width = 0;
        for (std::size_t i = 0; i < lines.back().size();) util::next_code_point(lines.back(), i), ++width;
        widths.push_back(width);
        if (width == 0) continue;
        ++non_blank;
        wide += width >= kWrapMargin ? 1 : 0;
        filled += width >= kWrapMargin / 2 && width < kWrapMargin ? 1 : 0;
        if (width < kWrapMargin) margin = std::max(margin, width);
    }
    // Wrapped: enough lines, hardly any past the margin, many filled towards it.
    if (non_blank < kMinWrappedLines || wide * 20 > non_blank || filled * 10 < non_blank * 3) return lines;
    std::vector<std::string> joined;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const bool continues = i > 0 && !lines[i].empty() && !joined.back().empty() &&
                               widths[i - 1] + kWrapSlack >= margin && strip_bullet(lines[i]).empty();
        if (continues) joined.back() += " " + lines[i];
        else joined.push_back(lines[i]);
    }
    return joined;
}

namespace {

// Whether a folded token ends a clock time or a date: a digit ("09h15",
// "2025"), a meridiem ("am", "p.m.") or a time zone ("est", "cet") after a
// time. A word ("program", "est" alone is a zone) needs the digit.
bool ends_clock(std::string_view token) {
    if (token.empty()) return false;
    if (util::is_ascii_digit(token.back())) return true;
    for (std::string_view m : {"am", "pm", "a.m.", "p.m."})
        if (token == m || (token.ends_with(m) && util::is_ascii_digit(token[token.size() - m.size() - 1]))) return true;
    // "09:41 (UTC)Updated: …" (study-o round 12 T6, bybit shell): a zone in brackets after the time.
    if (token.size() > 2 && token.front() == '(' && token.back() == ')') token = token.substr(1, token.size() - 2);
    for (const auto& z : lexicon::kZoneNames)
        if (token == z.word) return true;
    return false;
}

// A date label (published, modified: kPublishedDateMarkers, kModifiedDateMarkers) or a read-time label
// (kReadTimeLabelList) starting at folded[at] and ending a word.
bool header_label_at(std::string_view folded, std::size_t at) {
    for (const lexicon::WordList labels : {lexicon::kPublishedDateMarkers.phrases, lexicon::kModifiedDateMarkers.phrases, lexicon::WordList(lexicon::kReadTimeLabelList)})
        for (std::string_view label : labels) {
            const std::size_t end = at + label.size();
            if (folded.compare(at, label.size(), label) == 0 && (end == folded.size() || !util::is_ascii_alpha(folded[end])))
                return true;
        }
    return false;
}

// study-m round 10 T2 (investing, cnbc, coindesk, lemonde, elpais shells): a
// header row of spans that a scrape ran together, "Published 11/14/2025,
// 08:15 AMUpdated 11/14/2025, 10:41 AM", "… 8:15 AM ESTUpdated …", "… 2:32
// p.m.Published …", "… à 09h15Temps de Lecture 3 min.", "… 08:15
// CETActualizado: …": a capitalised date or read-time label glued to the
// time before it. A browser shows the spans apart (crawler dumps and
// innerText of inline spans do not): the lost space is put back, so the row
// reads as its spaced form. Header-sized lines with a digit only (a
// paragraph's text is left as written); a label glued to a word
// ("unpublished") is no row.
void unglue_header_labels(std::string& text) {
    constexpr std::size_t kMaxRowBytes = 240;
    if (text.size() > kMaxRowBytes || !may_hold_date(text) || count_words(text) > kMaxMetaWords) return;  // a paragraph keeps its text
    const std::string folded = util::fold(text);
    if (folded.size() != text.size()) return;  // byte offsets of folded and shown text must agree
    std::vector<std::size_t> glued;
    std::size_t token = 0;  // where the current space-separated token starts
    for (std::size_t i = 1; i < text.size(); ++i) {
        if (text[i - 1] == ' ') token = i;
        if (text[i - 1] == ' ' || text[i] < 'A' || text[i] > 'Z') continue;
        if (ends_clock(std::string_view(folded).substr(token, i - token)) && header_label_at(folded, i)) glued.push_back(i);
    }
    for (std::size_t k = glued.size(); k-- > 0;) text.insert(glued[k], 1, ' ');
}

}  // namespace

std::vector<Line> classify_lines(const std::vector<std::string>& raw_lines) {
    std::vector<Line> lines;
    lines.reserve(raw_lines.size());
    for (const std::string& raw : raw_lines) {
        Line line;
        line.text = util::collapse_whitespace(raw);
        line.markdown_heading = strip_markdown(line.text);
        unglue_header_labels(line.text);
        line.folded = fold_label_text(line.text);
        line.words = count_words(line.text);
        line.last_mark = util::last_significant(line.text);
        line.sentence_end = (util::is_sentence_end(line.last_mark) || ends_sentence_before_note(line.text)) &&
                            !is_title_case_initialism(line.text) && !ends_with_degree(line.text);
        line.kind = own_kind(line);
        lines.push_back(std::move(line));
    }
    classify_in_context(lines);
    return lines;
}

bool starts_with_label(std::string_view folded, lexicon::WordList labels) {
    for (std::string_view label : labels) {
        if (folded.compare(0, label.size(), label) != 0) continue;
        if (folded.size() > label.size() && (folded[label.size()] == ':' || folded[label.size()] == ' ')) return true;
    }
    return false;
}

}  // namespace newsclean::extract::text
