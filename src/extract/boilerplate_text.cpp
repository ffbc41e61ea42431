#include "extract/boilerplate_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

#include "extract/byline.hpp"
#include "extract/dates.hpp"
#include "extract/ticker.hpp"
#include "extract/url.hpp"
#include "lexicon/byline_words.hpp"
#include "lexicon/date_words.hpp"
#include "lexicon/metadata_words.hpp"
#include "lexicon/phrases.hpp"
#include "util/fold.hpp"
#include "util/text.hpp"

namespace newsclean::extract {

namespace {

using namespace lexicon;

// "Quelle: dpa", "Źródło: ISBnews" under a story: the repost source labels that open a line
// (byline_words), as a phrase table for opens_with_label.
const PhraseTable kSourceLineLabelTable{"source-line", kSourceLineLabels};

// Length limits (characters of folded text) beyond which a phrase hit is
// more likely the story talking about the thing than the widget itself.
constexpr std::size_t kLabelMax = 60;        // share/ad/UI labels, comment teasers
constexpr std::size_t kPlugMax = 400;        // newsletter / app plug
constexpr std::size_t kBannerMax = 800;      // cookie banner, disclaimer found by phrase
constexpr std::size_t kCreditLineMax = 300;  // "Originally published on X on ..."
constexpr std::size_t kInlineRelatedMax = 250;
constexpr std::size_t kCaptionMax = 300;
constexpr std::size_t kSourceLineMax = 120;      // "Quelle: Deutscher Jagdverband (DJV), 02. Februar 2022, Berlin"

bool is_feed_footer(std::string_view folded, std::size_t length) {
    return length <= kCreditLineMax && feed_footer_site(folded);
}

// "Media contact: press@example.com", "Pressekontakt: …": a press-release contact line.
bool is_contact_line(std::string_view folded, std::size_t length) {
    return length <= kSourceLineMax && opens_with_label(kContactLabels, folded);
}

bool opens_with_quote(std::string_view folded) {
    return !folded.empty() && (folded.front() == '"' || folded.front() == '\'');
}

// `key` without its counters ("Comments (12)", "1.2k comments" → "comments").
std::string without_counts(std::string_view key) {
    std::string out;
    for (std::size_t pos = 0; pos < key.size();) {
        const std::size_t end = std::min(key.find(' ', pos), key.size());
        const std::string_view token = key.substr(pos, end - pos);
        pos = end + 1;
        if (token.find_first_not_of("0123456789()[].,+k") == std::string_view::npos) continue;
        if (!out.empty()) out.push_back(' ');
        out.append(token);
    }
    return util::fold_key(out);
}

// "Related: <headline>", "Lesen Sie auch: <headline>", "Also read » ...".
bool is_inline_related(std::string_view folded, std::size_t link_chars, std::size_t length) {
    if (length > kInlineRelatedMax) return false;
    return opens_with_related_label(folded) && (link_chars > 0 || length < 200);
}

// The promo label before a line's colon (kLinkPromoLabels: "WATCH: …", "Se video: …"), or "" when the line
// opens with none.
std::string_view promo_label(std::string_view folded) {
    constexpr std::size_t kLabelEnd = 20;  // "sehen sie das video:"
    const std::size_t colon = folded.find(':');
    if (colon == std::string_view::npos || colon > kLabelEnd || util::trim(folded.substr(colon + 1)).empty()) return {};
    const std::string key = util::fold_key(folded.substr(0, colon));
    for (std::string_view label : kLinkPromoLabels.phrases)
        if (key == label) return label;
    return {};
}

// "WATCH: <video title>", "Magazine: <headline>": a promo label (kLinkPromoLabels) and a colon, the
// rest of the line one link (study-j round 7 B14, cnbc and cointelegraph shells). Without the link
// it is the story's own line ("Watch: the vote is at noon"), so plain text never matches a one-word
// label (is_video_embed_label reads the longer ones).
bool is_link_promo(std::string_view folded, std::size_t link_chars) {
    if (link_chars == 0) return false;
    const std::size_t colon = folded.find(':');
    if (colon == std::string_view::npos) return false;
    const std::string_view rest = util::trim(folded.substr(colon + 1));
    // Link text is counted in the block's own bytes, the rest in folded ones: nearly all of it.
    return link_chars * 10 >= rest.size() * 9 && !promo_label(folded).empty();
}

// The label line of an embedded video, linked or not: a promo label of several words, a colon and the clip's
// title ("Se video: Træneren før kampen", study-t round 17 H3; "Watch the video: …", "Video ansehen: …"). A label
// of more words names the clip, where "Watch:" or "Listen:" also opens a line of the story; a line that ends like
// a sentence is the story's. Both paths read it (wrapper_chrome_rule): the text scrape has no links.
bool is_video_embed_label(std::string_view text, std::string_view folded) {
    constexpr std::size_t kLabelLineMax = 160;  // bytes: a label and a clip's title
    if (folded.size() > kLabelLineMax || util::ends_sentence(text)) return false;
    return promo_label(folded).find(' ') != std::string_view::npos;
}

}  // namespace

// "海量资讯、精准解读，尽在新浪财经APP", "下载腾讯新闻客户端": a short zh line with an app call
// (kAppPlugCalls) that ends with the app (kAppPlugTargets). Story text names an app mid-sentence and
// closes with a full stop.
namespace {

// Whether `word` stands as a whole word in the folded text.
bool has_word(std::string_view folded, std::string_view word) {
    for (std::size_t at = folded.find(word); at != std::string_view::npos; at = folded.find(word, at + 1)) {
        const std::size_t end = at + word.size();
        if ((at == 0 || !util::is_ascii_alpha(folded[at - 1])) && (end == folded.size() || !util::is_ascii_alpha(folded[end])))
            return true;
    }
    return false;
}

// "(Catch all the Business News … on The Economic Times.)", "Download The Mint News App to get …": a
// plug-sized line opening with kPortalPlugOpeners, in brackets or not, that names the news or the app it
// sells. "Download the full report here." names neither.
bool is_portal_plug(std::string_view folded) {
    constexpr std::size_t kPortalPlugMax = 300;
    if (folded.size() > kPortalPlugMax) return false;
    const std::string_view f = folded.starts_with('(') ? folded.substr(1) : folded;
    return starts_with_any(kPortalPlugOpeners, f) && (has_word(f, "news") || has_word(f, "app"));
}

}  // namespace

// "Ακολουθήστε την Καθημερινή στο Google News", "Theo dõi Tuổi Trẻ trên Google News", "Seguici su Google News" (study-s
// round 16 X1/X5, kathimerini and tuoitre shells): the follow button every portal puts under or over its stories, in
// any language a verb, the outlet and the feed's name closing the line, no sentence stop.
bool is_news_feed_follow(std::string_view folded) {
    constexpr std::size_t kFollowMax = 100, kMinWords = 3;
    const std::string_view t = util::trim(folded);
    return t.size() <= kFollowMax && t.ends_with(" google news") && util::count_tokens(t) >= kMinWords;
}

bool is_app_plug(std::string_view folded) {
    constexpr std::size_t kAppPlugMax = 120;  // bytes: some 40 CJK characters
    if (is_portal_plug(folded) || is_news_feed_follow(folded)) return true;
    if (folded.size() > kAppPlugMax || !contains_any(kAppPlugCalls, folded)) return false;
    const std::string_view t = util::trim(folded);
    for (std::string_view target : kAppPlugTargets.phrases)
        if (t.ends_with(target)) return true;
    return false;
}

namespace {

// The credit tables of the HTML path: labels ("Photo: X") and unlabelled wordings ("Photo by X").
constexpr const PhraseTable* kCreditTables[] = {&kCreditMarkers, &kCreditWordings};

bool starts_with_credit(std::string_view folded) {
    for (const PhraseTable* table : kCreditTables)
        if (starts_with_any(*table, folded)) return true;
    return false;
}

// Whether a credit phrase at folded[at] closes the text as a clause of its own.
bool credit_clause_at(std::string_view folded, std::size_t at, std::size_t clause_max) {
    for (const PhraseTable* table : kCreditTables) {
        for (std::string_view m : table->phrases) {
            if (m[0] != folded[at] || folded.compare(at, m.size(), m) != 0) continue;
            const std::string_view before = util::trim(folded.substr(0, at));
            const std::string_view after = folded.substr(at + m.size());
            if (!before.empty() && before.back() == '.' && after.find(". ") == std::string_view::npos &&
                after.size() <= clause_max)
                return true;
        }
    }
    return false;
}

// "<caption sentence>. Photo: Getty Images": a credit clause of a few words closing the text.
bool ends_with_credit(std::string_view folded) {
    constexpr std::size_t kClauseMax = 60;  // "Illustration: newsroom graphics desk"
    if (folded.size() > kCaptionMax) return false;
    // The marker sits in the last characters: search only there, first byte first.
    const std::size_t from = folded.size() > kClauseMax + 24 ? folded.size() - kClauseMax - 24 : 2;
    for (std::size_t at = from; at < folded.size(); ++at)
        if (folded[at - 1] == ' ' && credit_clause_at(folded, at, kClauseMax)) return true;
    return false;
}

// "Foto: Sascha Klahn", "(Credit: Clayton Aldern / Grist)", "© Thinkstock":
// a short line that is nothing but a credit.
bool is_credit_line(std::string_view folded) {
    constexpr std::size_t kCreditLineMax = 80;
    if (folded.size() > kCreditLineMax) return false;
    std::string_view s = folded;
    if (!s.empty() && (s.front() == '(' || s.front() == '[')) s.remove_prefix(1);
    // "（图片来源：视觉中国）" under a zh story's picture (study-o round 12 H5, netease shell; Sina and Sohu bracket
    // it the same): the full-width bracket, which folding keeps.
    if (s.starts_with("\xEF\xBC\x88")) s.remove_prefix(3);
    if (s.substr(0, 2) == "\xC2\xA9" || s.substr(0, 3) == "(c)") return true;  // ©
    if (s.find(". ") != std::string_view::npos) return false;
    if (starts_with_credit(s)) return true;
    // "Roman Prymula, photo: Archives du Gouvernement" (trafilatura eval page
    // radio.cz): a name or label, then the credit after a comma or a bar.
    for (std::string_view sep : {", ", " | "}) {  // not " - ": "Raspberry Pi in education - Image: ..." is a story line (repost livewire-031)
        const std::size_t at = s.find(sep);
        if (at != std::string_view::npos && starts_with_credit(s.substr(at + sep.size()))) return true;
    }
    return false;
}

}  // namespace

// "Copyright (c) 2025 Dow Jones & Company, Inc.", "© 2025 X": a copyright mark
// (metadata_words.hpp kCopyrightMarks, the one table of them) opening a short
// line, a year within the next few words (study-d djsyn shell: the line opens
// with the word, which is_credit_line's "©"/"(c)" test misses). Marks may
// repeat, the agency's name may come first: "Copyright © ANTARA 2025", "© Le
// Monde 2025" (study-i round 6 B1, the bare line closing agency copy).
// "Copyright law protects …" has no year.
bool is_copyright_line(std::string_view folded, std::size_t length) {
    constexpr std::size_t kYearReach = 16;  // an agency's name before the year: "le monde 2025"
    if (length > kSourceLineMax) return false;
    std::string_view rest = folded;
    for (bool marked = true; marked;) {
        marked = false;
        for (std::string_view mark : kCopyrightMarks)
            if (rest.substr(0, mark.size()) == mark) rest = util::trim(rest.substr(mark.size())), marked = true;
    }
    if (rest.size() == folded.size()) return false;
    const std::string_view head = rest.substr(0, std::min(rest.size(), kYearReach + 4));
    for (std::size_t i = 0; i + 4 <= head.size(); ++i) {
        const bool four = std::all_of(head.begin() + i, head.begin() + i + 4, [](char c) { return util::is_ascii_digit(c); });
        const bool bounded = (i == 0 || !util::is_ascii_digit(head[i - 1])) &&
                             (i + 4 == head.size() || !util::is_ascii_digit(head[i + 4]));
        if (four && bounded) return true;
    }
    return false;
}

// "Profitez de -50% sur votre abonnement Zonebourse …", "Save 40% off your subscription": a plug-sized line
// with a percentage and the words of a subscription offer (kSubscriptionOffers) after it.
bool is_subscription_offer(std::string_view folded) {
    const std::size_t percent = folded.find('%');
    return folded.size() <= kPlugMax && percent != std::string_view::npos &&
           contains_any(kSubscriptionOffers, folded.substr(percent));
}

// "Testen Sie Handelsblatt Premium 4 Wochen für 1 €.", "Start your free trial": a subscription trial offer, a
// short line with a trial call (kTrialCalls) and a price or "free" word (kTrialTerms) after it. "Testen Sie Ihr
// Wissen im Quiz" names no price.
bool is_trial_offer(std::string_view folded) {
    constexpr std::size_t kOfferMax = 200;
    if (folded.size() > kOfferMax) return false;
    for (std::string_view call : kTrialCalls.phrases)
        if (const std::size_t at = folded.find(call); at != std::string_view::npos && contains_any(kTrialTerms, folded.substr(at + call.size())))
            return true;
    // The German word order puts the verb last: "Jetzt 1 Monat für 0,99 € testen.", "30 Tage kostenlos testen" (study-r
    // round 15 H4, schwaebische shell; Funke, IPPEN, Madsack). A short line, price before the closing verb.
    constexpr std::size_t kVerbLastMax = 80;
    std::string_view t = util::trim(folded.substr(0, folded.find(". ")));
    while (!t.empty() && (t.back() == '.' || t.back() == '!')) t.remove_suffix(1);
    return t.size() <= kVerbLastMax && t.ends_with(" testen") && contains_any(kTrialTerms, t);
}

namespace {

std::string_view phrase_rule(std::string_view folded, std::string_view key, std::size_t length,
                             std::size_t link_chars) {
    if (length <= kLabelMax) {
        if (equals_any(kShareLabels, key) || starts_with_any(kSharePrefixes, folded)) return "share";
        if (equals_any(kAdLabels, key)) return "ad-label";
        if (equals_any(kUiLabels, key) || equals_any(kToolButtons, key) || equals_any(kTagLabels, key)) return "ui-label";
        if (is_comment_label(key)) return "comments";
        if (is_related_opener(key)) return "related-heading";
    }
    // A bar of long button labels runs past kLabelMax ("Zur Merkliste hinzufügenLink kopierenWeitere Optionen
    // zum Teilen", study-m round 10 X2); is_action_bar bounds its own length.
    if (is_action_bar(folded)) return "share";
    if (is_inline_related(folded, link_chars, length) || (length <= kInlineRelatedMax && is_link_promo(folded, link_chars)))
        return "related-inline";
    if (length <= kPlugMax && contains_any(kRatingPhrases, folded)) return "rating";
    if (is_rating_row(folded)) return "rating";  // "★★★★★4.8 z 126 głosów" (study-q round 14 H4)
    if (length <= kLabelMax * 2 && contains_any(kCommentPhrases, folded) && folded.find('|') != std::string_view::npos)
        return "comments";  // "Kommentarfeed | Kommentare geschlossen | Trackback-URL"
    if (is_comment_notice(folded)) return "comments";
    if (length <= kSourceLineMax && (starts_with_any(kPostMetaPrefixes, folded) || opens_with_label(kSourceLineLabelTable, folded) ||
                                     opens_with_label(kSourcesNoteLabels, folded) || opens_with_label(kTagLabels, folded)))
        return "source-line";
    if (length <= kSourceLineMax && contains_any(kCopyrightPhrases, folded)) return "copyright";
    if (is_copyright_line(folded, length)) return "copyright";
    if (length <= kLabelMax && is_newswire_end(folded)) return "newswire-end";
    if (length <= kPlugMax && starts_with_any(kNewswireTails, folded)) return "newswire-end";
    if (is_contact_line(folded, length)) return "contact-line";
    if (length <= kPlugMax && starts_with_any(kEditorialNotes, folded)) return "editorial-note";
    if (starts_with_any(kDisclaimerOpeners, folded)) return "disclaimer";
    // A disclaimer phrase inside a longer paragraph is the story's advice: "Keep your mind open, do
    // your own research, and …" (745 characters, repost finsyn-051 and readability lifehacker-*).
    if (length <= kPlugMax && contains_any(kDisclaimerPhrases, folded)) return "disclaimer";
    if (length <= kBannerMax && contains_any(kCookiePhrases, folded)) return "cookie";
    if (length <= kPlugMax && contains_any(kNewsletterPhrases, folded)) return "newsletter";
    if (is_app_plug(folded) || is_subscription_offer(folded)) return "newsletter";
    if (is_trial_offer(folded)) return "paywall";
    if (length <= kCreditLineMax && is_repost_credit(folded)) return "repost-credit";
    if (is_feed_footer(folded, length)) return "repost-credit";
    if (ends_with_credit(folded) || is_credit_line(folded)) return "photo-credit";
    return {};
}

// Separators between the buttons of an action bar: white space, "|", "/", ",", "·", "•", the colon after its share
// label ("Udostępnij:FacebookPinterest") and the brackets of a counter ("diskuse (48)"; study-q round 14 X2).
std::size_t separator_length(std::string_view s, std::size_t i) {
    const char c = s[i];
    if (c == ' ' || c == '|' || c == '/' || c == ',' || c == ':' || c == '(' || c == ')') return 1;
    if (s.compare(i, 2, "\xC2\xB7") == 0) return 2;
    if (s.compare(i, 3, "\xE2\x80\xA2") == 0) return 3;
    return 0;
}

// Length of a counter at s[i] ("215", "1.2k", "12,4k", "3m"), 0 when none.
std::size_t count_length(std::string_view s, std::size_t i) {
    std::size_t k = i;
    while (k < s.size() && util::is_ascii_digit(s[k])) ++k;
    if (k == i) return 0;
    if (k + 1 < s.size() && (s[k] == '.' || s[k] == ',') && util::is_ascii_digit(s[k + 1])) {
        k += 1;
        while (k < s.size() && util::is_ascii_digit(s[k])) ++k;
    }
    if (k < s.size() && (s[k] == 'k' || s[k] == 'm')) ++k;
    return k - i;
}

// Length of the longest phrase of `table` at s[i], 0 when none.
std::size_t longest_phrase_at(const PhraseTable& table, std::string_view s, std::size_t i) {
    std::size_t best = 0;
    for (std::string_view p : table.phrases)
        if (p.size() > best && s.compare(i, p.size(), p) == 0) best = p.size();
    return best;
}

constexpr std::size_t kMetaLineMax = 160;
constexpr std::size_t kMetaLineWords = 18;

// Thai script (U+0E00–U+0E7F: UTF-8 E0 B8 xx / E0 B9 xx).
bool has_thai_letters(std::string_view s) {
    for (std::size_t i = 0; i + 1 < s.size(); ++i)
        if (static_cast<unsigned char>(s[i]) == 0xE0 && (static_cast<unsigned char>(s[i + 1]) & 0xFE) == 0xB8) return true;
    return false;
}

bool has_year(std::string_view s) {
    for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
        const bool digits = util::is_ascii_digit(s[i]) && util::is_ascii_digit(s[i + 1]) &&
                            util::is_ascii_digit(s[i + 2]) && util::is_ascii_digit(s[i + 3]);
        const bool bounded = (i == 0 || !util::is_ascii_digit(s[i - 1])) &&
                             (i + 4 == s.size() || !util::is_ascii_digit(s[i + 4]));
        if (digits && bounded && (s.substr(i, 2) == "19" || s.substr(i, 2) == "20")) return true;
        // A Buddhist-era year in Thai text: "19 ก.ย. 2568 04:20 น." (study-j round 7 B10, thai shell).
        if (digits && bounded && s.substr(i, 2) == "25" && has_thai_letters(s)) return true;
    }
    return false;
}

// "4:20", "04:20", "19.09." / "2025-09-19": a time or numeric date.
bool has_clock_or_numeric_date(std::string_view s) {
    for (std::size_t i = 1; i + 2 < s.size(); ++i) {
        if (!util::is_ascii_digit(s[i - 1]) || !util::is_ascii_digit(s[i + 1]) || !util::is_ascii_digit(s[i + 2]))
            continue;
        if (s[i] == ':' || s[i] == '.' || s[i] == '-' || s[i] == '/') return true;
    }
    return false;
}

bool has_month_word(std::string_view folded) {
    std::size_t i = 0;
    while (i < folded.size()) {
        while (i < folded.size() && !util::is_letter_byte(folded[i])) ++i;
        std::size_t e = i;
        while (e < folded.size() && util::is_letter_byte(folded[e])) ++e;
        std::string_view word = folded.substr(i, e - i);
        if (!word.empty() && word.back() == '.') word.remove_suffix(1);
        if (lexicon::month_from_word(word) != 0) return true;  // the date parser's month table
        i = e;
    }
    return false;
}

// Whole short lines only: a longer line is the story talking about the thing.
constexpr std::size_t kChromeLineMax = 300;  // "You received this email because … Unsubscribe | Update preferences"
constexpr std::size_t kReferralLineMax = 200;

// `folded` without a leading link pictograph ("🔗 read more" → "read more"), with its variation selector.
std::string_view without_link_icon(std::string_view folded) {
    constexpr std::string_view kVariationSelector = "\xEF\xB8\x8F";  // U+FE0F
    for (std::string_view icon : kLinkIcons.phrases) {
        if (folded.substr(0, icon.size()) != icon) continue;
        std::string_view rest = folded.substr(icon.size());
        if (rest.substr(0, kVariationSelector.size()) == kVariationSelector) rest.remove_prefix(kVariationSelector.size());
        return util::trim(rest);
    }
    return folded;
}

// The target of "Read on <target>": a domain ("decrypt.co") or a few Title-Case words ("The Block",
// "X"). Not "Read on to find out more", which is the story's own line.
bool is_button_target(std::string_view target) {
    constexpr std::size_t kMaxTargetWords = 3;
    if (target.empty() || util::count_tokens(target) > kMaxTargetWords) return false;
    if (is_domain_name(target)) return true;  // "decrypt.co", "theblock.co"
    for (std::size_t at = 0;;) {  // every word capitalised
        if (!(target[at] >= 'A' && target[at] <= 'Z') && !util::is_ascii_digit(target[at])) return false;
        const std::size_t space = target.find(' ', at);
        if (space == std::string_view::npos) return true;
        at = space + 1;
    }
}

// "Read the full story →", "🔗 Read more", "Read on decrypt.co", "View on X" (kStoryEndButtons).
bool is_story_end_button(std::string_view text, std::string_view folded) {
    const std::string_view rest = without_link_icon(folded);
    if (equals_any(kStoryEndButtons, util::fold_key(rest))) return true;
    // "Read the full story on CryptoSlate" (kReadOnSourcePhrases, study-o round 12 H3, cryptocom shell): the
    // aggregator's button the text path reads as the source line closing the story (text_lines read_on_source).
    for (const PhraseTable* table : {&kStoryEndButtonPrefixes, &kReadOnSourcePhrases})
        for (std::string_view prefix : table->phrases) {
            const bool spaced = prefix.back() == ' ' || (rest.size() > prefix.size() && rest[prefix.size()] == ' ');
            if (rest.substr(0, prefix.size()) != prefix || !spaced) continue;
            // The target in its own case: the prefixes are ASCII, the text before them the same length folded.
            const std::size_t skip = folded.size() - rest.size() + prefix.size();
            return text.size() == folded.size() && is_button_target(util::trim(text.substr(skip)));
        }
    return false;
}

// "PRESENTED BY", "Presented by Ledger", "Together with Ledger: …" (kSponsorLabels): the label alone,
// before a short name, or before a colon closing a short name.
bool is_sponsor_line(std::string_view folded) {
    constexpr std::size_t kMaxNameBytes = 40;
    constexpr std::size_t kMaxLineWords = 5;
    if (folded.size() <= kLabelMax && equals_any(kSponsorLabels, util::fold_key(folded))) return true;
    for (std::string_view label : kSponsorLabels.phrases) {
        if (folded.size() <= label.size() + 1 || folded.compare(0, label.size(), label) != 0 || folded[label.size()] != ' ')
            continue;
        const std::size_t colon = folded.find(':', label.size());
        if (colon != std::string_view::npos && colon - label.size() <= kMaxNameBytes) return true;
        return colon == std::string_view::npos && util::count_tokens(folded) <= kMaxLineWords &&
               folded.find('.') == std::string_view::npos;
    }
    return false;
}

// "Like 24", "Comment 3": a reaction button with its counter (kActionBarWords; study-h flipboard shell).
bool is_reaction_counter(std::string_view folded) {
    const std::size_t space = folded.find(' ');
    if (space == std::string_view::npos || space + 1 >= folded.size()) return false;
    const std::size_t count = count_length(folded, space + 1);
    const std::string_view button = folded.substr(0, space);
    return count > 0 && space + 1 + count == folded.size() &&
           is_bar_button(button);
}

// "（前情提要：比特幣站上11.5萬美元…）": a related-story line in parentheses, as a whole line.
bool is_bracketed_related(std::string_view folded) {
    constexpr std::string_view kOpen = "\xEF\xBC\x88", kClose = "\xEF\xBC\x89";  // （ ）
    std::string_view s = folded;
    if (s.substr(0, kOpen.size()) == kOpen) s.remove_prefix(kOpen.size());
    else if (!s.empty() && s.front() == '(') s.remove_prefix(1);
    else return false;
    const bool closed = (s.size() >= kClose.size() && s.substr(s.size() - kClose.size()) == kClose) ||
                        (!s.empty() && s.back() == ')');
    return closed && starts_with_any(kBracketedRelatedLabels, util::trim(s));
}

// "3:12", "03:12", "1:02:41": a player's duration.
bool is_duration(std::string_view token) {
    std::size_t groups = 0;
    for (std::size_t at = 0;; ++groups) {
        const std::size_t colon = std::min(token.find(':', at), token.size());
        const std::string_view part = token.substr(at, colon - at);
        if (part.empty() || part.size() > 2 || !util::is_ascii_number(part) || (groups > 0 && part.size() != 2))
            return false;
        if (colon == token.size()) return groups >= 1 && groups <= 2;
        at = colon + 1;
    }
}

// The label line of an inline video card: a video label (kVideoCardLabels) and the clip's duration
// ("VIDEO 3:12 03:12", CNBC), or the label alone before a colon ("Video:", the czech shell's
// Aktuálně.cz box; study-j round 7 B15). The card's title line after it is a headline, which no
// line rule can tell from a subhead.
bool is_video_card_line(std::string_view folded) {
    const std::size_t space = std::min(folded.find(' '), folded.size());
    std::string_view label = folded.substr(0, space);
    const bool colon = !label.empty() && label.back() == ':';
    if (colon) label.remove_suffix(1);
    if (!equals_any(kVideoCardLabels, label)) return false;
    if (space == folded.size()) return colon;
    std::size_t durations = 0;
    for (std::size_t at = space + 1; at < folded.size();) {
        const std::size_t end = std::min(folded.find(' ', at), folded.size());
        if (!is_duration(folded.substr(at, end - at))) return false;
        ++durations;
        at = end + 1;
    }
    return durations > 0;
}

// A word of a name as printed: a capital first ("Ana", "O'Brien", "J."), or a lower-case
// particle (lexicon::kNameParticles) between the name's words ("Maria da Silva", "López y Pérez").
bool is_name_word(std::string_view word, bool last) {
    if (word.empty()) return false;
    if (word[0] >= 'A' && word[0] <= 'Z') return true;
    if (static_cast<unsigned char>(word[0]) >= 0x80) {  // "Ángel", "Émile": a capital the folder lowers
        std::size_t i = 0;
        const char32_t cp = util::next_code_point(word, i);
        return util::fold_code_point(cp) != cp;
    }
    return !last && std::find(kNameParticles.begin(), kNameParticles.end(), word) != kNameParticles.end();
}

// The words of `text` from word `skip` on form a name of 1 to kMaxNameWords words, without digits.
bool name_follows(std::string_view text, std::size_t skip) {
    constexpr std::size_t kMaxNameWords = 6;  // "María López y Juan Pérez"
    std::vector<std::string_view> words;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t end = std::min(text.find(' ', at), text.size());
        if (end > at) words.push_back(text.substr(at, end - at));
        at = end + 1;
    }
    if (words.size() <= skip || words.size() - skip > kMaxNameWords) return false;
    for (std::size_t i = skip; i < words.size(); ++i) {
        if (std::any_of(words[i].begin(), words[i].end(), [](char c) { return util::is_ascii_digit(c); })) return false;
        if (!is_name_word(words[i], i + 1 == words.size())) return false;
    }
    return true;
}

// "Tradução de Ana Souza", "Traduit par Marie Dubois", "Übersetzung: Jan Kurz": a translator's
// credit line (kTranslatorCredits) under a story, the label and a name only (study-k round 8
// B13). "Tradução de documentos é cara." is a sentence: its words after the label are no name.
bool is_translator_credit(std::string_view text, std::string_view folded) {
    constexpr std::size_t kCreditMax = 80;
    if (folded.size() > kCreditMax || !starts_with_any(kTranslatorCredits, folded)) return false;
    for (std::string_view label : kTranslatorCredits.phrases)
        if (folded.substr(0, label.size()) == label) {
            std::string_view t = text;
            if (!t.empty() && t.back() == '.') t.remove_suffix(1);
            std::size_t skip = util::count_tokens(label);
            if (t.find(" : ") != std::string_view::npos) ++skip;  // "Traduction : Marie Dubois"
            return name_follows(t, skip);
        }
    return false;
}

}  // namespace

std::string_view wrapper_chrome_rule(std::string_view text, std::string_view folded) {
    if (folded.empty() || folded.size() > kChromeLineMax) return {};
    if (starts_with_any(kEmailChromeOpeners, folded)) return "email-chrome";
    if (folded.size() <= kReferralLineMax && contains_any(kReferralPhrases, folded)) return "email-chrome";
    if (starts_with_any(kPaywallPhrases, folded)) return "paywall";
    if (starts_with_any(kOriginalTitleLabels, folded)) return "repost-credit";
    if (is_bracketed_related(folded)) return "related-inline";
    if (is_sponsor_line(folded)) return "sponsor";
    if (is_translator_credit(text, folded)) return "translator-credit";
    if (is_video_embed_label(text, folded)) return "video-card";
    if (folded.size() > kLabelMax) return {};
    if (is_story_end_button(text, folded)) return "story-end";
    if (is_reaction_counter(folded)) return "share";
    if (is_video_card_line(folded)) return "video-card";
    return {};
}

bool opens_with_label(const lexicon::PhraseTable& labels, std::string_view folded) {
    constexpr std::size_t kLabelEnd = 20;  // "Schlagwörter:", "Advertisement:"
    const std::size_t colon = folded.find(':');
    return colon != std::string_view::npos && colon < kLabelEnd &&
           equals_any(labels, util::fold_key(folded.substr(0, colon)));
}

namespace {

// "İlgili Haber <headline>", "Lire aussi <headline>", "Lees ook <headline>": a label that takes its
// headline without a separator (kBareRelatedLabels; study-k round 8 B10, study-l round 9 B10). A sentence
// opening with the words ends in a stop ("Lees ook het rapport.", "… zei hij.\""), a headline does not;
// a paragraph is longer than a headline.
bool opens_with_bare_related_label(std::string_view folded) {
    constexpr std::size_t kHeadlineMax = 240;  // folded bytes: a long headline in a non-Latin script
    if (folded.size() > kHeadlineMax || !starts_with_any(kBareRelatedLabels, folded)) return false;
    std::string_view end = util::trim(folded);
    while (!end.empty() && (end.back() == '"' || end.back() == '\'' || end.back() == ')')) end.remove_suffix(1);
    if (end.empty() || end.back() == '.' || end.back() == '!' || end.back() == '?' || end.back() == ':') return false;
    for (std::string_view p : kBareRelatedLabels.phrases)
        if (folded.size() > p.size() + 1 && folded.substr(0, p.size()) == p && folded[p.size()] == ' ' &&
            !util::trim(folded.substr(p.size())).empty())
            return true;
    return false;
}
}  // namespace

// "Read more from NBC News", "More from Reuters": a related opener naming the outlet the links go to,
// as a label before a colon (study-m round 10 H2, cnbc shell: "Read more from NBC News: <headline>").
bool names_outlet_after_opener(std::string_view label) {
    constexpr std::string_view kFrom = " from ";
    const std::size_t at = label.find(kFrom);
    return at != std::string_view::npos && at + kFrom.size() < label.size() &&
           equals_any(kRelatedOpeners, label.substr(0, at));
}

bool opens_with_related_label(std::string_view folded) {
    for (std::string_view p : kRelatedOpeners.phrases) {
        if (folded.substr(0, p.size()) != p) continue;
        std::size_t k = p.size();
        while (k < folded.size() && folded[k] == ' ') ++k;
        if (k == folded.size()) continue;
        // A dash only after a space: "Related-party transactions rose" is a sentence.
        const bool dash = folded[k] == '-' && k > p.size();
        // util::fold turns the guillemet of "Lesen Sie auch » Titel" into '"'.
        const std::size_t sep = folded[k] == ':' || folded[k] == '"' || dash ? 1 : 0;
        if (sep > 0 && !util::trim(folded.substr(k + sep)).empty()) return true;
    }
    if (opens_with_bare_related_label(folded)) return true;
    // A label with marks around it before a colon ("**Also read**: ...", "[Read also: ...").
    constexpr std::size_t kLabelEnd = 40;
    const std::size_t colon = folded.find(':');
    if (colon == std::string_view::npos || colon > kLabelEnd || colon + 2 >= folded.size()) return false;
    const std::string label = util::fold_key(folded.substr(0, colon));
    if (equals_any(kRelatedOpeners, label)) return true;
    // After "Read more from X:" a headline, no sentence: "Read more from the statement: it will cost $2bn."
    const std::string_view rest = util::trim(folded.substr(colon + 1));
    return names_outlet_after_opener(label) && !rest.empty() && rest.back() != '.';
}

bool is_comment_label(std::string_view key) {
    if (equals_any(kCommentPhrases, key)) return true;
    const std::string label = without_counts(key);
    return label.size() < key.size() && (equals_any(kCommentPhrases, label) || label == "comment");
}

// "İLGİLİ HABERAsgari ücrete ara zam …": an all-capitals label run into a headline's capitalised first word
// (study-r round 15 X1, sozcu shell; innerText glues the label span to the link), which glued_label_end cannot
// split (the label's last letter is a capital too, and folding may change its bytes). The boundary is the
// capital before the first lower-case letter; the text before it must fold to a label of the table.
std::size_t glued_caps_label_end(std::string_view text, const lexicon::PhraseTable& table) {
    constexpr std::size_t kLabelBytes = 40;
    std::size_t prev = 0;  // where the previous code point starts
    for (std::size_t i = 0; i < text.size() && i <= kLabelBytes;) {
        const std::size_t at = i;
        util::next_code_point(text, i);
        if (i >= text.size() || text[i] < 'a' || text[i] > 'z') {
            prev = at;
            continue;
        }
        // text[at] is the capital opening the headline; the label ends before it, in a capital (ASCII or not).
        const unsigned char c = static_cast<unsigned char>(text[at]);
        const unsigned char before = static_cast<unsigned char>(text[prev]);
        const bool caps = at > 0 && ((before >= 'A' && before <= 'Z') || before >= 0x80);
        if (!caps || !((c >= 'A' && c <= 'Z') || c >= 0x80)) return 0;
        return equals_any(table, util::fold_key(text.substr(0, at))) ? at : 0;
    }
    return 0;
}

namespace {

// A letter of the spaced scripts with no letter case: Hebrew, Arabic (ar/fa/ur) and the Indic scripts up to Sinhala.
bool is_uncased_spaced_letter(char32_t cp) { return cp >= 0x05D0 && cp < 0x0E00 && util::is_word_char(cp); }

// study-w round 21 X2 (hamshahri shell: "کلمات کلیدیبانک مرکزیتورم", the keywords label run into the tags): an
// uncased script shows no capital at the seam, but its words are spaced, so a label of several words run straight
// into a letter is glued. Labels of one word only: "टैग" opens "टैगलाइन" ("tagline").
bool glued_in_uncased_script(std::string_view text, std::string_view label) {
    if (label.find(' ') == std::string_view::npos) return false;
    std::size_t last = label.size() - 1;
    while (last > 0 && (static_cast<unsigned char>(label[last]) & 0xC0) == 0x80) --last;
    std::size_t at = last, next = label.size();
    return is_uncased_spaced_letter(util::next_code_point(label, at)) &&
           is_uncased_spaced_letter(util::next_code_point(text, next));
}

// study-y round 22 A7 (asahinet shell: "この記事のキーワード社会地方", the keywords label run into its tags; Asahi, Mainichi
// and Nikkei print the row so): CJK shows no seam at all, so only a long label is told from a word that opens a
// heading: seven CJK characters or more ("この記事のキーワード", "関連キーワード", "アクセスランキング"), not
// "キーワード" or "関連記事", which open story headings ("キーワードで読み解く…").
bool glued_in_cjk(std::string_view text, std::string_view label) {
    constexpr std::size_t kMinLabelChars = 7;
    const auto [end, chars] = util::cjk_run(label);
    std::size_t next = label.size();
    return end == label.size() && chars >= kMinLabelChars && util::is_cjk(util::next_code_point(text, next));
}

}  // namespace

std::size_t glued_label_end(std::string_view text, std::string_view folded, const lexicon::PhraseTable& table) {
    if (folded.size() != text.size()) return 0;  // folding changed the bytes: offsets differ
    std::size_t best = 0;
    for (std::string_view p : table.phrases) {
        if (p.size() <= best || p.size() >= text.size() || !folded.starts_with(p)) continue;
        const unsigned char last = static_cast<unsigned char>(text[p.size() - 1]);
        const bool lower = (last >= 'a' && last <= 'z') || last >= 0x80;
        // The headline's capital may be accented ("AjánlottÚjabb rekordot …", study-s round 16 X6, telex shell).
        std::size_t next = p.size();
        if ((lower && util::is_capital(util::next_code_point(text, next))) || glued_in_uncased_script(text, p) ||
            glued_in_cjk(text, p))
            best = p.size();
    }
    return best;
}

bool is_comment_notice(std::string_view folded) {
    constexpr std::size_t kNoticeMax = 200;  // a sentence or two: "… exclusivos para assinantes do PÚBLICO."
    return folded.size() <= kNoticeMax && starts_with_any(kCommentNotices, folded);
}

bool is_quote_table(std::string_view text) {
    constexpr std::size_t kHeaderChars = 100;
    if (!is_quote_strip(text) && count_price_changes(text) < 3) return false;
    return contains_any(kQuoteTableLabels, util::fold(text.substr(0, kHeaderChars)));
}

bool is_author_heading(std::string_view text) {
    const std::string_view t = util::trim(text);
    if (t.empty() || t.size() > 2 * kLabelMax) return false;
    return equals_any(kAuthorHeadings, util::fold_key(t));
}

// A date row closed by an AP-style time: a publication or update label, then a date ("Published Sep 19,
// 2025, 4:20 a.m.", "Updated 09/20/2025 10:05 p.m."), and a clock time with its dotted meridiem at the end.
// "The vote on Sep 19, 2025 closed at 4:20 a.m." and "Published in 2025, … at 4:20 a.m." are prose.
bool is_meridiem_date_row(std::string_view folded) {
    if (!ends_with_meridiem(folded)) return false;
    const std::string_view clock = folded.substr(0, folded.size() - 5);  // without " a.m."
    if (clock.size() < 4 || clock[clock.size() - 3] != ':') return false;
    std::size_t label = 0;
    for (const PhraseTable* t : {&lexicon::kPublishedDateMarkers, &lexicon::kModifiedDateMarkers})
        for (std::string_view p : t->phrases)
            if (p.size() > label && folded.starts_with(p)) label = p.size();
    std::size_t at = label;
    while (at < folded.size() && (folded[at] == ' ' || folded[at] == ':')) ++at;
    if (label == 0 || at == label || at >= folded.size()) return false;
    const std::string_view word = folded.substr(at, folded.find_first_of(" .,", at) - at);
    return util::is_ascii_digit(word.front()) || lexicon::month_from_word(word) != 0;
}

// "Temps de Lecture 3 min.", "Artikel zum Hören • 3 Min", "Publié le … à 09h15Temps de Lecture 3 min.":
// a header's read-time or audio-length row (kReadTimeWords), alone or after the date it sits beside
// (study-m round 10 H6, lemonde and spiegel shells). A few words with a number; a sentence about
// minutes is longer.
bool is_read_time_row(std::string_view text, std::string_view folded) {
    constexpr std::size_t kReadTimeRowWords = 12;
    if (util::count_tokens(text) > kReadTimeRowWords || !contains_any(kReadTimeWords, folded) ||
        !contains_any(kReadingWords, folded))
        return false;
    return std::any_of(text.begin(), text.end(), [](char c) { return util::is_ascii_digit(c); });
}

bool is_meta_line(std::string_view text) {
    const std::string_view t = util::trim(text);
    if (t.empty() || t.size() > kMetaLineMax) return false;
    const std::string folded = fold_label_text(t);
    if (starts_with_any(kMetaLinePrefixes, folded)) return !is_sentence_after_by_word(t);
    if (is_read_time_row(t, folded)) return true;
    // "In March 2020, the plant closed." is the story's first sentence, not a dateline.
    // An AP-style time closes a dateline with a dot: "Updated Sep 20, 2025, 10:05 a.m. Published Sep 19, 2025,
    // 4:20 a.m." (study-j round 7 B11, CoinDesk; WSJ, AP and NYT write times so).
    if (t.back() == '.' && util::count_tokens(t) >= 6 && !is_meridiem_date_row(folded)) return false;
    return util::count_tokens(t) <= kMetaLineWords && has_year(folded) && (has_clock_or_numeric_date(folded) || has_month_word(folded));
}

std::optional<std::string_view> feed_footer_site(std::string_view text) {
    constexpr std::size_t kMaxSiteWords = 6;  // "appeared first on The Daily Hodl Crypto News."
    // The openings' first bytes (either case): most lines are told apart by one load.
    static const std::array<bool, 256> opening_bytes = [] {
        std::array<bool, 256> bytes{};
        for (const lexicon::FeedFooter& f : lexicon::kFeedFooters) {
            const auto c = static_cast<unsigned char>(f.opening.front());
            bytes[c] = bytes[static_cast<unsigned char>(std::toupper(c))] = true;
        }
        return bytes;
    }();
    if (text.empty() || !opening_bytes[static_cast<unsigned char>(text.front())]) return std::nullopt;
    for (const lexicon::FeedFooter& f : lexicon::kFeedFooters) {
        if (!util::istarts_with(text, f.opening)) continue;
        const std::size_t at = util::ifind(text, f.marker, f.opening.size());
        if (at == std::string_view::npos) continue;
        // The site name closes the line: "… appeared first on Reddit, where users shared it" is a sentence.
        std::string_view site = util::trim(text.substr(at + f.marker.size()));
        while (!site.empty() && (site.back() == '.' || site.back() == ' ')) site.remove_suffix(1);
        if (!site.empty() && site.find(',') == std::string_view::npos && util::count_tokens(site) <= kMaxSiteWords)
            return site;
    }
    return std::nullopt;
}

namespace {

// "New Delhi, Sep 19 (IANS)": an Indian wire's dateline set apart above the
// story (PTI, IANS, ANI copy; study-i round 6 B8, bsyndic shell): a place, a
// comma, a day number and the agency's capitals in brackets, alone in a block.
// "Tesla, Inc. (TSLA)" has no day.
bool is_wire_dateline(std::string_view t) {
    constexpr std::size_t kMaxDateline = 48, kMaxAgency = 6;
    if (t.size() > kMaxDateline || t.back() != ')') return false;
    const std::size_t open = t.rfind('('), comma = t.find(", ");
    if (open == std::string_view::npos || comma == std::string_view::npos || comma > open) return false;
    const std::string_view agency = t.substr(open + 1, t.size() - open - 2);
    if (agency.size() < 2 || agency.size() > kMaxAgency ||
        !std::all_of(agency.begin(), agency.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        return false;
    const std::string_view when = t.substr(comma + 2, open - comma - 2);
    for (std::size_t p = 0; p < when.size();) {
        const std::size_t end = std::min(when.find(' ', p), when.size());
        const std::string_view word = when.substr(p, end - p);
        if (word.size() <= 2 && util::is_ascii_number(word)) return true;
        p = end + 1;
    }
    return false;
}

}  // namespace

bool is_thread_counter(std::string_view s) {
    constexpr std::size_t kMaxDigits = 3;
    if (s.size() >= 2 && ((s.front() == '(' && s.back() == ')') || (s.front() == '[' && s.back() == ']')))
        s = s.substr(1, s.size() - 2);
    const std::size_t slash = s.find('/');
    if (slash == std::string_view::npos || slash == 0 || slash > kMaxDigits || s.size() - slash - 1 > kMaxDigits) return false;
    const std::string_view k = s.substr(0, slash), n = s.substr(slash + 1);  // "1/": no total
    if (!util::is_ascii_number(k) || !(n.empty() || util::is_ascii_number(n)) || k.front() == '0') return false;
    return n.empty() || std::stoi(std::string(k)) <= std::stoi(std::string(n));
}

namespace {

// study-o round 12 H2 (economictimes shell: `<div class="alsoRead"><strong>Also Read</strong><a>Sensex jumps
// 900 points; Nifty tops 24,300</a></div>` reads "Also ReadSensex jumps …"; Mint, NDTV and Business Standard
// set the label the same way): a related label run into its headline, no sentence end. The text path reads
// the same glue per line (text_lines.cpp glued_label_kind).
bool is_glued_related_line(std::string_view text, std::string_view folded) {
    constexpr std::size_t kMaxWords = 30;
    const char last = text.back();
    if (last == '.' || last == '!' || last == '?' || util::count_tokens(text) > kMaxWords) return false;
    return glued_label_end(text, folded, kRelatedOpeners) > 0 || glued_caps_label_end(text, kBareRelatedLabels) > 0;
}

}  // namespace

std::string_view boilerplate_text_rule(std::string_view text, std::size_t link_chars) {
    const std::string_view t = util::trim(text);
    if (t.empty()) return {};
    if (is_thread_counter(t)) return "ui-label";
    if (is_view_counter(t)) return "counter";
    if (is_wire_dateline(t)) return "dateline";
    if (is_ticker_text(t) || is_quote_strip(t) || is_market_stats(t) || is_quote_fields(t) || is_asset_card(t)) return "ticker";
    if (t.size() > 2 * kBannerMax + 400) return starts_with_any(kDisclaimerOpeners, util::fold(t.substr(0, 64)))
                                              ? "disclaimer" : std::string_view{};
    const std::string folded = fold_label_text(t);
    if (opens_with_quote(folded)) return {};
    const std::string key = folded.size() <= 2 * kLabelMax ? util::fold_key(t) : std::string();
    const std::string_view rule = phrase_rule(folded, key, folded.size(), link_chars);
    if (!rule.empty()) return rule;
    if (is_glued_related_line(t, folded)) return "related-inline";
    return wrapper_chrome_rule(t, folded);
}

bool is_repost_credit(std::string_view folded) {
    std::string_view rest = folded;
    for (std::string_view label : kEditorNoteLabels.phrases)
        if (rest.substr(0, label.size()) == label) rest = util::trim(rest.substr(label.size()));
    // Not "This post originally appeared on Grist.": the trafilatura truth keeps that closing line
    // (salon.com.emissions), so only the table's own "this article/story …" forms go.
    return starts_with_any(kRepostCredits, rest);
}

bool is_newswire_end(std::string_view folded) {
    for (std::string_view mark : kNewswireEnds.phrases)
        if (folded.substr(0, mark.size()) == mark && (folded.size() == mark.size() || folded[mark.size()] == ' '))
            return true;
    return false;
}

bool is_related_heading(std::string_view text) {
    const std::string_view t = util::trim(text);
    if (t.empty() || t.size() > 2 * kLabelMax) return false;
    return is_related_opener(util::fold_key(t));
}

bool is_topic_box_heading(std::string_view text) {
    constexpr std::size_t kMaxHeadingWords = 6;  // "More on the Federal Reserve's rate path"
    const std::string_view t = util::trim(text);
    if (t.empty() || t.size() > kLabelMax || t.back() == '.' || t.back() == ':' || util::count_tokens(t) > kMaxHeadingWords)
        return false;
    return starts_with_any(kTopicBoxOpeners, util::fold_key(t));
}

bool is_box_heading(std::string_view text) {
    const std::string_view t = util::trim(text);
    if (t.empty() || t.size() > kLabelMax) return false;
    const std::string key = util::fold_key(t);
    // "Don't miss these insights from CNBC PRO": an opening and a few words; "Don't miss it." is a sentence.
    return equals_any(kBoxHeadings, key) || (starts_with_any(kBoxHeadingOpeners, key) && t.back() != '.');
}

// "Related investing news", "Related tech stories" (study-m round 10 text body, cnbc shell: CNBC's box of
// two headlines inside its stories): "related", one or two topic words, and the kind of item linked.
bool is_topic_related_opener(std::string_view key) {
    constexpr std::size_t kMaxWords = 4;
    if (!key.starts_with("related ") || std::count(key.begin(), key.end(), ' ') + 1 > static_cast<long>(kMaxWords))
        return false;
    for (std::string_view item : {" news", " stories", " articles"})
        if (key.ends_with(item) && key.size() > item.size() + 8) return true;
    return false;
}

bool is_related_opener(std::string_view key) {
    if (equals_any(kRelatedOpeners, key) || is_topic_related_opener(key)) return true;
    for (std::string_view suffix : kRelatedOpenerSuffixes.phrases) {
        if (key.size() <= suffix.size() + 1 || key.substr(key.size() - suffix.size()) != suffix) continue;
        const std::size_t cut = key.size() - suffix.size() - 1;
        if (key[cut] == ' ' && equals_any(kRelatedOpeners, key.substr(0, cut))) return true;
    }
    return false;
}

// "x icon a stylized letter x.", "lightning bolt icon an icon in the shape of a lightning bolt.": an
// SVG icon's title and description, which a scrape keeps between the buttons of a row (study-m round 10
// text body, businessinsider shell). Up to two words and "icon", then "a"/"an" and a description closed by
// a dot. Its length at s[i], 0 when none.
std::size_t icon_text_length(std::string_view s, std::size_t i) {
    constexpr std::size_t kNameMax = 24, kDescriptionMax = 64;
    const std::size_t icon = s.find("icon ", i);
    if (icon == std::string_view::npos || icon - i > kNameMax || (icon > i && s[icon - 1] != ' ') ||
        std::count(s.begin() + i, s.begin() + icon, ' ') > 2)
        return 0;
    const std::size_t after = icon + 5;
    if (s.compare(after, 2, "a ") != 0 && s.compare(after, 3, "an ") != 0) return 0;
    const std::size_t dot = s.find('.', after);
    return dot == std::string_view::npos || dot - after > kDescriptionMax ? 0 : dot + 1 - i;
}

bool is_bar_button(std::string_view key) { return equals_any(kActionBarWords, key) || equals_any(kToolButtons, key); }

bool is_action_bar(std::string_view folded) {
    // "Share Facebook X Telegram WhatsApp LinkedIn Email Copy link"; CNBC's row spells each button out:
    // "Share Share Article via Facebook Share Article via Twitter … via Email" (study-j round 7 B23).
    constexpr std::size_t kMaxBar = 160;
    constexpr std::size_t kMinNetworks = 3;
    if (folded.empty() || folded.size() > 2 * kMaxBar) return false;
    std::size_t items = 0, labels = 0, networks = 0, fillers = 0, icon_bytes = 0;
    for (std::size_t i = 0; i < folded.size();) {
        if (const std::size_t sep = separator_length(folded, i)) {
            i += sep;
            continue;
        }
        if (const std::size_t icon = icon_text_length(folded, i)) {  // the icon's text is no button
            i += icon;
            icon_bytes += icon;
            continue;
        }
        // A counter's pictograph ("♥ 214💬 37Share", Substack's and Medium's reaction rows; study-q round 14 X2).
        if (const std::size_t icon = longest_phrase_at(kCounterIcons, folded, i)) {
            i += icon;
            continue;
        }
        const std::size_t count = count_length(folded, i);
        const std::size_t label = longest_phrase_at(kShareLabels, folded, i);
        // Print/save/listen buttons (kToolButtons) stand in the bar as its networks do.
        const std::size_t network =
            std::max(longest_phrase_at(kActionBarWords, folded, i), longest_phrase_at(kToolButtons, folded, i));
        const std::size_t filler = longest_phrase_at(kShareFillers, folded, i);
        const std::size_t step = std::max({count, label, network, filler});
        if (step == 0) return false;
        labels += step == label ? 1 : 0;
        networks += step != label && step == network ? 1 : 0;
        fillers += step != label && step != network && step == filler ? 1 : 0;
        ++items;
        i += step;
    }
    // "Artikel teilen", "Auf WhatsApp teilen": a filler word names what a share verb shares or where, so it
    // needs a verb per filler; "Auf Facebook" or "Artikel" alone is no button.
    if (fillers > labels) return false;
    // The buttons bound the bar, not the icons' texts between them.
    return items >= 2 && (labels >= 1 || networks >= kMinNetworks) && folded.size() - icon_bytes <= kMaxBar;
}

// A counter ("215", "1.2K") or a row of them, each may be led by one pictograph
// of kCounterIcons: Substack's like/comment/restack row "42 7 5", Medium's
// "👏 1.2K" and "💬 18", "❤ 214 · 💬 18" (study-g substack, exblog, cmccomm shells).
bool is_ui_count(std::string_view text) {
    const std::string folded = util::fold(util::trim(text));
    const auto separator = [&](std::size_t i) -> std::size_t {
        if (folded[i] == ' ') return 1;
        if (folded.compare(i, 2, "\xC2\xB7") == 0) return 2;                                    // ·
        return folded.compare(i, 3, "\xE2\x88\x99") == 0 || folded.compare(i, 3, "\xE2\x80\xA2") == 0 ? 3 : 0;  // ∙ •
    };
    std::size_t counters = 0;
    // Medium's logged-out copy shows "--" for the clap count before the response count ("-- 3", study-h
    // round 5 B10, paywall shell); a lone "--" is a signature separator, not a counter.
    const std::size_t start = folded.size() > 3 && folded.compare(0, 3, "-- ") == 0 ? 3 : 0;
    for (std::size_t i = start; i < folded.size();) {
        if (const std::size_t sep = counters > 0 ? separator(i) : 0) {
            i += sep;
            continue;
        }
        if (const std::size_t icon = longest_phrase_at(kCounterIcons, folded, i)) {
            i += icon;
            while (i < folded.size() && folded[i] == ' ') ++i;  // "👏 1.2K"
        }
        const std::size_t count = i < folded.size() ? count_length(folded, i) : 0;
        if (count == 0) return false;
        i += count;
        ++counters;
        if (i < folded.size() && separator(i) == 0) return false;  // "12 reads", "3rd"
    }
    return counters > 0;
}

std::string fold_label_text(std::string_view text) {
    std::string folded = util::fold(text);
    // The full-width colon of CJK labels ("出典：CoinPost", "来源：金色财经"; study-d cjk shell) is a colon.
    constexpr std::string_view kFullWidthColon = "\xEF\xBC\x9A";
    if (folded.find(kFullWidthColon) != std::string::npos) {
        std::string narrow;
        for (std::size_t i = 0; i < folded.size(); ++i) {
            const bool wide = folded.compare(i, kFullWidthColon.size(), kFullWidthColon) == 0;
            narrow.push_back(wide ? ':' : folded[i]);
            if (wide) i += kFullWidthColon.size() - 1;
        }
        folded = std::move(narrow);
    }
    if (folded.find(" :") == std::string::npos) return folded;
    std::string out;
    out.reserve(folded.size());
    for (std::size_t i = 0; i < folded.size(); ++i)
        if (!(folded[i] == ' ' && i > 0 && i + 1 < folded.size() && folded[i + 1] == ':')) out.push_back(folded[i]);
    return out;
}

bool marks_press_release(std::string_view folded) {
    constexpr std::size_t kDatelineMax = 160;  // the wire's mark stands in the dateline, at the paragraph's start
    // The contact label heads its block alone too ("Rückfragehinweis" over name and phone; study-s round 16 X2).
    const bool contact_heading = folded.size() <= kLabelMax && equals_any(kContactLabels, util::fold_key(folded));
    return contact_heading || opens_with_label(kContactLabels, folded) || starts_with_any(kPressCredits, folded) ||
           contains_any(kPressWireMarks, folded.substr(0, kDatelineMax));
}

bool is_press_tail_heading(std::string_view text) {
    constexpr std::size_t kHeadingMax = 90, kNameWordsMax = 6;
    const std::string_view t = util::trim(text);
    if (t.empty() || t.size() > kHeadingMax) return false;
    const char last = t.back();
    if (last == '.' || last == '!' || last == '?' || last == ',' || last == ';') return false;
    const std::string key = util::fold_key(t);
    // The release's contact block closes it as its boilerplate does (study-s round 16 X2: "Rückfragehinweis" before
    // "Über die TU Wien" and the publication reference).
    if (equals_any(kPressTailHeadings, key) || equals_any(kContactLabels, key)) return true;
    if (key.size() != t.size()) return false;  // the name's case is read in `t` at the key's offsets
    for (std::string_view label : kCompanyAboutLabels.phrases) {
        const bool apostrophe = label.back() == '\'';
        if (!key.starts_with(label) || key.size() <= label.size() + 1) continue;
        const std::size_t at = label.size() + (apostrophe ? 0 : 1);
        if (!apostrophe && key[label.size()] != ' ') continue;
        // A company's name opens with a capital: "About the study" is a section of the release, and "Over 40
        // sites" (a count after nl "Over") a heading of the story.
        const auto c = static_cast<unsigned char>(t[at]);
        const bool name = (c >= 'A' && c <= 'Z') || c >= 0x80;
        return name && util::count_tokens(t.substr(at)) <= kNameWordsMax && !is_author_heading(t);
    }
    return false;
}

bool is_view_counter(std::string_view text) {
    constexpr std::size_t kCounterMax = 32;
    const std::string_view t = util::trim(text);
    if (t.empty() || t.size() > kCounterMax || std::none_of(t.begin(), t.end(), [](char c) { return util::is_ascii_digit(c); }))
        return false;
    const std::string key = util::fold_key(t);
    const auto number = [](std::string_view n) { return util::is_grouped_number(util::trim(n)); };
    for (std::string_view label : kViewCounterLabels.phrases) {
        if (key.starts_with(label) && key.size() > label.size() && (key[label.size()] == ':' || key[label.size()] == ' ')) {
            std::string_view rest = std::string_view(key).substr(label.size());
            if (rest.front() == ':') rest.remove_prefix(1);
            if (number(rest)) return true;
        }
        if (key.ends_with(label) && key.size() > label.size() + 1 && key[key.size() - label.size() - 1] == ' ' &&
            number(std::string_view(key).substr(0, key.size() - label.size() - 1)))
            return true;
    }
    return false;
}

bool is_bracketed_agency(std::string_view text) {
    constexpr std::size_t kMinName = 2, kMaxName = 6;
    const std::string_view t = util::trim(text);
    std::string_view inner;
    if (t.starts_with("\xEF\xBC\x88") && t.ends_with("\xEF\xBC\x89") && t.size() > 6) inner = t.substr(3, t.size() - 6);
    else if (t.starts_with('(') && t.ends_with(')') && t.size() > 2) inner = t.substr(1, t.size() - 2);
    const auto [end, n] = util::cjk_run(inner);
    return end == inner.size() && n >= kMinName && n <= kMaxName;
}

bool is_zh_reporter_line(std::string_view text) {
    constexpr std::size_t kLineMax = 60;  // bytes: "記者" + a name + "／" + a place + "報導", 20 characters
    const std::string_view t = util::trim(text);
    return t.size() <= kLineMax && !t.empty() && static_cast<unsigned char>(t[0]) >= 0x80 && zh_reporter_credit(t).has_value();
}

bool opens_with_arrow(std::string_view text) {
    const std::string_view t = util::trim(text);
    for (std::string_view arrow : {"\xE2\x96\xBA", "\xE2\x96\xB6", "\xE2\x9E\xA4", "\xE2\x96\xB8"})  // ► ▶ ➤ ▸
        if (t.starts_with(arrow) && t.size() > arrow.size()) return true;
    return false;
}

bool is_zh_update_row(std::string_view text) {
    constexpr std::size_t kRowMax = 80;
    const std::string_view t = util::trim(text);
    if (t.size() > kRowMax || std::none_of(t.begin(), t.end(), [](char c) { return util::is_ascii_digit(c); }))
        return false;
    // A CJK label of the modification-date labels (kModifiedDateMarkers), the longest the row opens with.
    if (static_cast<unsigned char>(t.front()) < 0x80) return false;
    std::size_t label = 0;
    for (std::string_view marker : kModifiedDateMarkers.phrases)
        if (marker.size() > label && t.starts_with(marker)) label = marker.size();
    const std::string_view rest = t.substr(label);
    return label > 0 && (rest.starts_with("\xEF\xBC\x9A") || rest.starts_with(':'));  // "：" or ":"
}

namespace {

// "$24.99", "€19,99", "19,99 €", "£5": a price with its currency sign before or after the number.
bool is_price(std::string_view p) {
    bool sign = false;
    for (std::string_view c : {"$", "\xE2\x82\xAC", "\xC2\xA3"}) {  // $ € £
        if (p.starts_with(c)) { p.remove_prefix(c.size()); sign = true; break; }
        if (p.ends_with(c)) { p = util::trim(p.substr(0, p.size() - c.size())); sign = true; break; }
    }
    return sign && util::is_grouped_number(p);
}

}  // namespace

namespace {

// "4.8", "4,8", "4.8/5", "9/10": a star rating's score.
bool is_rating_score(std::string_view t) {
    const std::size_t slash = t.find('/');
    if (slash != std::string_view::npos) {
        if (!util::is_ascii_number(t.substr(slash + 1))) return false;
        t = t.substr(0, slash);
    }
    return t.size() <= 4 && util::is_grouped_number(t);
}

// The words of `s` (folded, brackets as spaces): "(126 ratings)" → "126", "ratings".
std::vector<std::string_view> rating_tokens(std::string& s) {
    std::replace_if(s.begin(), s.end(), [](char c) { return c == '(' || c == ')'; }, ' ');
    std::vector<std::string_view> out;
    const std::string_view v = s;
    for (std::size_t at = 0; at < v.size();) {
        const std::size_t end = std::min(v.find(' ', at), v.size());
        if (end > at) out.push_back(v.substr(at, end - at));
        at = end + 1;
    }
    return out;
}

}  // namespace

bool is_rating_row(std::string_view folded) {
    constexpr std::size_t kRowMax = 80, kMinStars = 3;
    std::string_view t = util::trim(folded);
    if (t.empty() || t.size() > kRowMax) return false;
    std::size_t stars = 0;
    for (bool more = true; more;) {
        more = false;
        for (std::string_view star : {"\xE2\x98\x85", "\xE2\x98\x86", "\xE2\xAD\x90", "\xEF\xB8\x8F"})  // ★ ☆ ⭐ VS16
            if (t.starts_with(star)) t = util::trim(t.substr(star.size())), more = true, ++stars;
    }
    if (t.empty()) return stars >= kMinStars;  // "★★★★★"
    if (!util::is_ascii_digit(t.front()) && t.front() != '(') return false;
    std::string rest(t);
    const bool bracketed = t.front() == '(';
    const std::vector<std::string_view> words = rating_tokens(rest);
    std::size_t at = 0;
    if (words.size() >= 3 && is_rating_score(words[0])) {
        at = 1;
        // "4.8 from 126 votes", "4.8 out of 126 ratings": the longest connector of one or two words.
        if (at + 1 < words.size() && (equals_any(kRatingConnectors, std::string(words[at]) + " " + std::string(words[at + 1]))))
            at += 2;
        else if (equals_any(kRatingConnectors, words[at])) at += 1;
        else if (!bracketed && !(words.size() == 3 && stars > 0)) return false;  // "★★★★★ 4.8 (126 votes)"
    } else if (stars == 0 && !bracketed) {
        return false;  // "126 votes" alone may be a story's line
    }
    return at + 2 == words.size() && util::is_grouped_number(words[at]) && equals_any(kRatingCountWords, words[at + 1]);
}

bool is_retail_price_line(std::string_view text) {
    constexpr std::size_t kLineMax = 48, kRetailerWordsMax = 3;
    const std::string_view t = util::trim(text);
    if (t.size() > kLineMax || t.size() < 6) return false;
    for (std::string_view connector : kRetailerConnectors.phrases) {
        const std::size_t at = t.find(connector);
        if (at == std::string_view::npos || !is_price(util::trim(t.substr(0, at)))) continue;
        const std::string_view shop = t.substr(at + connector.size());
        const char last = shop.empty() ? '.' : shop.back();
        return !shop.empty() && shop.front() >= 'A' && shop.front() <= 'Z' && last != '.' && last != '!' &&
               last != '?' && util::count_tokens(shop) <= kRetailerWordsMax;
    }
    return false;
}

}  // namespace newsclean::extract
