// The header of a text scrape: headline, byline, date and teaser, read from the
// lines above the body, plus attribution lines inside and below it (two-date
// reposts). Layouts covered (samples/mexc-deepseek-r1-cost.txt and the page
// shells of corpus/repost/README.md):
//   headline / byline / date               (MEXC, bitwire, livewire, finsyn)
//   byline / headline / date               (cmcfeed "By X" kicker, finsyn provider line)
//   name / [@handle] / date / headline     (social feed author row)
//   nav / date / headline                  (no byline)
#include <algorithm>
#include <tuple>

#include "extract/boilerplate_text.hpp"
#include "extract/text_scrape.hpp"
#include "extract/url.hpp"
#include "lexicon/byline_words.hpp"
#include "lexicon/date_words.hpp"
#include "lexicon/phrases.hpp"
#include "lexicon/text_layout_words.hpp"
#include "util/fold.hpp"
#include "util/text.hpp"

namespace newsclean::extract::text {

namespace {

using lexicon::starts_with_any;

// A headline has at least two words (or four CJK characters) and at most this many.
constexpr std::size_t kMaxTitleWords = 30;
// A name in an author row: "Rahul Menon", "Satoshi Street Journal".
constexpr std::size_t kMaxNameWords = 4;
// "Crypto News" above a bare date, the headline below it: a section label has this many words.
constexpr std::size_t kMaxNavWords = 2;
// Meta lines of one header are at most this many lines apart ("By X" / blank / headline / blank / date).
constexpr std::size_t kMaxClusterGap = 5;
// Attribution lines ("Originally posted by X · date") are looked for this many lines below the body.
constexpr std::size_t kTailReach = 24;

// A letter, not a digit, mark or pictograph: the symbol blocks (❤ ★ ♥ →,
// U+2000–U+2BFF), variation selectors and emoji (👏 💬) are word characters for
// count_words but carry no letter.
bool is_letter(char32_t cp) {
    if (cp < 0x80) return util::is_ascii_alpha(char(cp));
    const bool symbol = (cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F000 && cp <= 0x1FAFF);
    return !symbol && util::is_word_char(cp);
}

// Words whose first letter-or-digit is a letter ("Sep 19" has one; "42 7 5",
// "👏 1.2K" none), each CJK character counting as a word like count_words does.
std::size_t letter_words(std::string_view text) {
    std::size_t words = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = util::next_code_point(text, i);
        if (util::is_cjk(cp)) {
            ++words;
            in_word = false;
        } else if (cp == ' ') {
            in_word = false;
        } else if (!in_word && (is_letter(cp) || (cp < 0x80 && util::is_ascii_digit(char(cp))))) {
            words += is_letter(cp) ? 1 : 0;
            in_word = true;
        }
    }
    return words;
}

// Capitals glued to a lower-case letter inside a word, past its second letter ("FacebookWhatsApp", "PostLean";
// not "iPhone", "eBay"): a scrape runs the links of a share bar, a topic bar or a source card together so
// (study-n round 11 T5: "Israel-GazaDonald TrumpArtificial Intelligence"). One is a name's spelling
// ("McDonald"). Headlines are not judged so: a user's handle runs capitals together on purpose
// ("… - AMournfulHowlInTheNight - …", repost-text livewire-056).
std::size_t glued_capitals(std::string_view text) {
    std::size_t glued = 0, in_word = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
        if (upper && in_word >= 2 && text[i - 1] >= 'a' && text[i - 1] <= 'z') ++glued;
        in_word = upper || lower ? in_word + 1 : 0;
    }
    return glued;
}

enum class LetterCase { none, lower, upper };

// The case of a letter of a cased script (Latin, Greek, Cyrillic, Vietnamese's Latin Extended Additional);
// `none` for digits, marks and letters of scripts without case.
LetterCase letter_case(char32_t cp) {
    if (!is_letter(cp)) return LetterCase::none;
    if (util::is_capital(cp)) return LetterCase::upper;
    const bool cased = cp < 0x80 || (cp >= 0xDF && cp <= 0x24F) || (cp >= 0x370 && cp <= 0x52F) || (cp >= 0x1E00 && cp <= 0x1EFF);
    return cased ? LetterCase::lower : LetterCase::none;
}

// The pieces of a line: its spaced words cut again where a lower-case letter meets a capital, in any cased
// script ("FacebookTwitterEmailΑποθήκευση" → Facebook, Twitter, Email, Αποθήκευση; "MásolásMegosztásMentés").
// `f(piece, word, first)` for each piece, `first` when it opens its spaced word.
template <class F>
void for_each_piece(std::string_view text, F f) {
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t end = std::min(text.find(' ', pos), text.size());
        const std::string_view word = text.substr(pos, end - pos);
        pos = end + 1;
        std::size_t start = 0;
        LetterCase prev = LetterCase::none;
        for (std::size_t i = 0; i < word.size();) {
            const std::size_t at = i;
            const LetterCase c = letter_case(util::next_code_point(word, i));
            if (prev == LetterCase::lower && c == LetterCase::upper) {
                f(word.substr(start, at - start), word, start == 0);
                start = at;
            }
            prev = c;
        }
        if (start < word.size()) f(word.substr(start), word, start == 0);
    }
}

std::size_t letter_count(std::string_view text) {
    std::size_t letters = 0;
    for (std::size_t i = 0; i < text.size();) letters += is_letter(util::next_code_point(text, i)) ? 1 : 0;
    return letters;
}

// study-s round 16 T1 (kathimerini, telex, iltalehti shells: "FacebookTwitterEmailΑποθήκευση",
// "MásolásMegosztásMentés", "Jaa FacebookissaJaa X:ssäJaa WhatsAppissaKopioi linkki"): a tool row of
// buttons whose labels the scrape runs together, in whatever language: at least half its spaced words are
// glued runs of word-sized pieces (kMinGluedPieceLetters letters each), one of them three buttons or more.
// A brand's own capitals stay: "DevSecOps" in a nine-word headline, "YouTube vs TikTok" (no run of three),
// "OpenAI" (a two-letter piece), a handle in a headline ("AMournfulHowlInTheNight").
bool is_glued_button_row(std::string_view text) {
    constexpr std::size_t kMinGluedPieceLetters = 3, kMinButtonsInRun = 3;
    std::size_t words = 0, glued_words = 0, pieces = 0, longest_run = 0;
    bool word_sized = true;
    std::string_view current;
    const auto close_word = [&] {
        if (current.empty()) return;
        ++words;
        if (pieces >= 2 && word_sized) {
            ++glued_words;
            longest_run = std::max(longest_run, pieces);
        }
    };
    for_each_piece(text, [&](std::string_view piece, std::string_view word, bool first) {
        if (first) {
            close_word();
            current = word;
            pieces = 0;
            word_sized = true;
        }
        ++pieces;
        word_sized = word_sized && letter_count(piece) >= kMinGluedPieceLetters;
    });
    close_word();
    return longest_run >= kMinButtonsInRun && 2 * glued_words >= words;
}

// A piece naming a share target (lexicon kActionBarWords: "Facebook", "WhatsApp", "Email"), alone or
// inflected as a button's label writes it in a language with case endings ("Facebookissa", "Facebookon",
// "X:ssä", "X'te"). A target of one or two letters ("X") takes a suffix after a colon or apostrophe only.
bool names_share_target(std::string_view piece) {
    constexpr std::size_t kMinStemBytes = 5;
    const std::string folded = util::fold_key(piece);
    if (lexicon::equals_any(lexicon::kActionBarWords, folded)) return true;
    for (std::string_view target : lexicon::kActionBarWords.phrases) {
        if (folded.size() <= target.size() || !folded.starts_with(target) || target.find(' ') != std::string_view::npos) continue;
        const char next = folded[target.size()];
        if (next == ':' || next == '\'') return true;
        if (target.size() >= kMinStemBytes && letter_case(static_cast<unsigned char>(next)) == LetterCase::lower) return true;
    }
    return false;
}

// study-s round 16 T1, spaced or glued: a row of share buttons named by their targets, "Jaa Facebookissa Jaa
// X:ssä Jaa WhatsAppissa Kopioi linkki", "Facebook Twitter Email Αποθήκευση". Two targets or more, each
// after the same verb ("Jaa", "Share on"), or three or more with at most one other word (a "Save" button in
// a language no table lists). No comma: "Facebook, Twitter and WhatsApp" is a headline's list.
bool is_share_target_row(std::string_view text) {
    constexpr std::size_t kMaxOtherWords = 1, kMinBareTargets = 3;
    if (text.find(',') != std::string_view::npos) return false;
    std::size_t targets = 0, others = 0;
    std::vector<std::string> words;
    for_each_piece(text, [&](std::string_view piece, std::string_view, bool) {
        if (names_share_target(piece)) {
            ++targets;
        } else {
            ++others;
            words.push_back(util::fold_key(piece));
        }
    });
    if (targets >= kMinBareTargets && others <= kMaxOtherWords) return true;
    std::size_t verb = 0;
    for (const std::string& w : words) verb = std::max(verb, static_cast<std::size_t>(std::ranges::count(words, w)));
    return targets >= 2 && verb >= targets;
}

// study-p round 13 T3 (gemeinde shell, Joomla's article info: "Details" / "Geschrieben von X" / "Kategorie:
// Fußball" / "Veröffentlicht: …" / "Zugriffe: 412"; WordPress, TYPO3 and Drupal themes print the same rows):
// "Kategorie: Fußball", "Hits: 412": a category or hit-counter label (lexicon::kCategoryLabels,
// kViewCounterLabels, which the body's rules drop), a colon and a short value: a CMS's info row, never the
// headline. A colon after another word opens a headline ("Bitcoin: What Traders Need").
bool is_meta_row(const Line& l) {
    constexpr std::size_t kMaxValueWords = 3;
    return l.words <= kMaxValueWords + 1 && l.folded.find(':') != std::string::npos &&
           (opens_with_label(lexicon::kCategoryLabels, l.folded) || opens_with_label(lexicon::kViewCounterLabels, l.folded));
}

// Characters (code points) of a text, at most `enough`: a word's length in any script (a Hebrew or Cyrillic
// letter takes two bytes).
std::size_t code_points(std::string_view text, std::size_t enough) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size() && n < enough; ++n) util::next_code_point(text, i);
    return n;
}

bool is_title_candidate(const Line& l) {
    constexpr std::size_t kMinOneWordTitle = 12;  // characters: "Bundestagswahl" passes, "Follow", "רויטרס" do not
    if (is_read_time(l) || is_meta_row(l)) return false;
    // A headline has words: not a counter row ("42 7 5", "👏 1.2K") nor a year-less date ("Sep 19")
    // under an author row (study-g substack and exblog shells).
    // One long word still passes, as before ("Bundestagswahl"; the `words < 2` rule below). Its length is
    // counted in characters (study-u round 18 T-leftover, ynet shell: the wire's name "רויטרס", six letters in
    // twelve bytes, over an unread date row was taken for the headline).
    const std::size_t lettered = letter_words(l.text);
    const bool short_word = code_points(l.text, kMinOneWordTitle) < kMinOneWordTitle;
    if (lettered == 0 || (lettered < 2 && short_word)) return false;
    if (is_mostly_date(l.folded) && parse_date(l.text)) return false;
    const bool question = l.kind == LineKind::prose && (l.last_mark == '?' || l.last_mark == '!');
    if ((l.kind != LineKind::short_text && !question) || (l.words > kMaxTitleWords && !is_cjk_headline(l))) return false;
    if (l.words < 2 && short_word) return false;  // "Learn", "Follow"; 4+ CJK characters pass (a word each)
    if (l.text[0] == '@') return false;
    // "Elena Varga ·": an author row cut before its "Follow" button, never a headline (study-b medium shell).
    if (without_trailing_separator(l.text).size() < util::trim(l.text).size()) return false;
    // "Jonah Reyes3.2K Followers": an author card, never a headline (study-d seekalpha shell).
    if (without_follower_count(l.text).size() < util::trim(l.text).size()) return false;
    // A dot ends no headline, but an initialism's does ("… Underneath N.Y.C.": no sentence end, text_lines.cpp).
    return (l.last_mark != '.' || !l.sentence_end) && l.last_mark != ',' && l.last_mark != ':' && l.last_mark != ';';
}

bool starts_upper(std::string_view word) {
    std::size_t i = 0;
    const char32_t cp = util::next_code_point(word, i);
    std::string one;
    util::append_utf8(one, cp);
    return util::fold(one) != one;
}

// Every word capitalised, no digits: "Rahul Menon", and nav bars ("Log In Sign Up").
bool is_capitalised_words(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t end = std::min(text.find(' ', pos), text.size());
        const std::string_view word = text.substr(pos, end - pos);
        if (!starts_upper(word)) return false;
        for (char c : word)
            if (util::is_ascii_digit(c)) return false;
        pos = end + 1;
    }
    return true;
}

// Social-feed author rows: a bare name above an optional @handle and a date
// (or a reader view's read time: "Jane Doe" / "5–6 minutes"; an app's
// relative time: "Marcus Feldman" / "3 hours ago · 12.4K reads"). A "Follow"
// button may sit between them, or end the name's line ("Elena Varga ·" /
// "Follow" / "6 min read · Sep 22, 2025": study-b appview and medium shells).
// Only when no labelled byline is in the window ("By X" + headline + date is a
// cmcfeed header, not an author row).
// A profile line of an author card between the name and the date: "Follow", a
// follower count ("1.2M Followers") or a job headline ("Head of Growth at
// Vidyard", "Analyst | Macro"): study-d linkedin and seekalpha shells.
bool is_role_line(const Line& l);

bool is_profile_line(const Line& l) {
    constexpr std::size_t kMaxHeadlineWords = 8;
    // "Guest contributor, ACLU" between the name and the date (study-m round 10 T1, businessinsider shell).
    if (is_role_line(l)) return true;
    if (l.kind == LineKind::label) return !is_read_time(l);
    // "Opinions expressed by Forbes Contributors are their own." (study-j round 7 B24, forbes shell).
    if (l.kind == LineKind::disclaimer) return true;
    if (l.kind != LineKind::short_text) return false;
    if (without_follower_count(l.text).empty()) return true;
    if (l.words > kMaxHeadlineWords || l.sentence_end) return false;
    // The employer after " at " is a name: "Zuckerberg offers peek at Facebook's acquisition strategies"
    // under a section label is a headline (study-m round 10 T1, cnbc shell).
    const std::size_t at = l.text.find(" at ");
    return (at != std::string::npos && is_capitalised_words(util::trim(std::string_view(l.text).substr(at + 4)))) ||
           l.text.find(" | ") != std::string::npos;
}

// "Lucas Meyer @lucas_onchain" → "Lucas Meyer": a community post's row shows
// the handle on the name's line (study-g cmccomm shell). An author box's e-mail
// address stands there the same way (study-x round 22 N1, nordposten shell:
// "Karin Lindqvist karin.lindqvist@nordposten.example" over the dateline; sv, no,
// da, de and ko papers print the address beside the name): no part of the name.
std::string_view without_trailing_handle(std::string_view text) {
    const std::string_view t = util::trim(text);
    const std::size_t space = t.rfind(' ');
    if (space == std::string_view::npos || t.size() <= space + 2) return t;
    if (t[space + 1] != '@' && !util::is_email_address(t.substr(space + 1))) return t;
    return util::trim(t.substr(0, space));
}

// One name of a pair or list: two or three capitalised words of letters (and . - ').
bool is_listed_name(std::string_view part) {
    constexpr std::size_t kMaxPairNameWords = 3;
    const std::size_t words = count_words(part);
    const bool marks = std::any_of(part.begin(), part.end(), [](char c) {
        return c != ' ' && c != '.' && c != '-' && c != '\'' && (c & 0x80) == 0 && !util::is_ascii_alpha(c);
    });
    return !marks && words >= 2 && words <= kMaxPairNameWords && is_capitalised_words(part);
}

// "Nadia Petrova and Ian Cole": two names joined by a word the byline parser
// splits authors at (lexicon::kAuthorSeparators: "and", "&", "und", "et"…), on
// a Substack row (study-g substack shell). Each side is a name's shape: two or
// three capitalised words of letters (and the . - ' of "J.R." and "Anne-Marie").
// A section label "Science & Tech" and a Title Case headline "Superbugs: What
// They Are and How You Get Them" over a date are no pair of names (study-d
// aggcard shell).
bool is_name_pair(std::string_view name) {
    for (std::string_view sep : lexicon::kAuthorSeparators) {
        const bool word = sep.size() > 2 && sep.front() == ' ' && sep.back() == ' ' && sep.find('(') == sep.npos;
        const std::size_t at = word ? name.find(sep) : std::string_view::npos;
        if (at != std::string_view::npos) return is_listed_name(name.substr(0, at)) && is_listed_name(name.substr(at + sep.size()));
    }
    return false;
}

// study-j round 7 B24 (forbes shell): an author card's one-line description
// between the name and the date ("Sarah Hansen Contributor" / "I cover crypto
// policy and digital-asset markets." / "Follow" / date) cost title and byline.
// A short sentence (under 8 words: a longer one is prose and ends the header
// window), under a name with a role tag or in the first person
// (kFirstPersonOpeners): a Title Case headline over a one-sentence standfirst
// and the date ("Bitcoin Hits New High" / "Prices rose 5%." / date) is no row.
bool is_bio_line(const Line& l, bool role_tag) {
    if (l.kind != LineKind::short_text || !l.sentence_end) return false;
    if (role_tag) return true;
    return opens_in_first_person(l);
}

// The name of an author row: a bare short name, also with a follower count
// glued to it ("Jonah Reyes3.2K Followers"), an @handle after it, or two names.
bool is_row_name(const Line& l) {
    if (l.kind != LineKind::short_text || l.sentence_end) return false;
    const std::string_view name = without_trailing_handle(without_follower_count(without_trailing_separator(l.text)));
    // "Israel-GazaDonald TrumpArtificial Intelligence": topic chips run together; a name has one at most ("McDonald").
    if (name.empty() || glued_capitals(name) > 1) return false;
    // "Aktuelles" / "28.11.2026": a section's name over the date is no author row (study-p round 13 T6).
    if (is_section_kicker(name)) return false;
    return (count_words(name) <= kMaxNameWords && is_capitalised_words(name)) || is_name_pair(name);
}

// The date of an author row: a dateline, a read time, a day and month
// (is_day_month), or, under a name with an @handle, an app's age alone ("1h",
// "3d": no dateline on its own line, "24h" is a column of a quote table, see
// meta_kind; study-g cmccomm shell "Lucas Meyer @lucas_onchain" / "1h").
bool is_row_date(const Line& l, bool handle) {
    if (l.kind == LineKind::dateline || is_read_time(l)) return true;
    return l.kind == LineKind::short_text && ((handle && is_relative_time(l.folded)) || is_day_month(l.folded));
}

// Social-feed author rows: a bare name above an optional @handle and a date
// (or a reader view's read time: "Jane Doe" / "5–6 minutes"; an app's
// relative time: "Marcus Feldman" / "3 hours ago · 12.4K reads"). Up to two
// profile lines may sit between them ("Follow", a job headline, a follower
// count), or end the name's line ("Elena Varga ·" / "Follow" / "6 min read ·
// Sep 22, 2025": study-b appview and medium shells, study-d linkedin). They
// become labels: no headline. Only when no labelled byline is in the window
// ("By X" + headline + date is a cmcfeed header, not an author row).
// "Politik" / "Bundestagswahl" / "28.11.2026, 14:05 Uhr" / story: a one-word line of headline length over the date
// with no headline candidate above it in the window is the headline, no author row (a wire's or a handle's row has
// the headline above it).
bool is_lone_headline_word(const std::vector<Line>& lines, std::size_t first, std::size_t i) {
    if (count_words(lines[i].text) != 1 || !is_title_candidate(lines[i])) return false;
    for (std::size_t k = first; k < i; ++k)
        if (lines[k].kind != LineKind::blank && is_title_candidate(lines[k])) return false;
    return true;
}

// "Pricing" / "Sync" / "Community" / "Changelog" / "Get Obsidian" / date row (study-v obsidian-1-txt): a
// capitalised row right under a run of one- or two-word lines (whatever kind they were given: nav, label)
// closes the site's menu; an author's name stands under a blank line or the headline.
bool closes_menu_run(const std::vector<Line>& lines, std::size_t i) {
    constexpr std::size_t kMinMenuItems = 4;  // fewer may be section chips over a short headline
    if (i < kMinMenuItems) return false;
    for (std::size_t k = i - kMinMenuItems; k < i; ++k)
        if (lines[k].kind == LineKind::blank || lines[k].kind == LineKind::prose || lines[k].sentence_end || lines[k].words > 2) return false;
    return true;
}

void mark_author_rows(std::vector<Line>& lines, std::size_t first, std::size_t end) {
    constexpr std::size_t kMaxProfileLines = 3;  // description, "Follow", contributor note (forbes shell)
    for (std::size_t i = first; i < end; ++i)
        if (lines[i].kind == LineKind::byline || lines[i].kind == LineKind::source) return;
    for (std::size_t i = first; i < end; ++i) {
        if (!is_row_name(lines[i]) || is_lone_headline_word(lines, first, i) || closes_menu_run(lines, i)) continue;
        std::size_t next = next_non_blank(lines, i + 1);
        bool handle = without_trailing_handle(lines[i].text).size() < util::trim(lines[i].text).size();
        std::size_t handle_line = end;
        if (next < end && lines[next].text[0] == '@' && lines[next].words <= 2) {
            handle = true;
            handle_line = next;
            next = next_non_blank(lines, next + 1);
        }
        std::vector<std::size_t> profile;
        if (next < end && is_bio_line(lines[next], ends_in_job_title(without_trailing_handle(lines[i].text)))) {
            profile.push_back(next);
            next = next_non_blank(lines, next + 1);
        }
        while (next < end && profile.size() < kMaxProfileLines && is_profile_line(lines[next])) {
            profile.push_back(next);
            next = next_non_blank(lines, next + 1);
        }
        // "Marcus Webb @mwebb_macro" / "Follow" / headline (study-j round 7 B26, xarticle shell): an
        // author card with its handle and button, the post's date printed under the story (date_under_body).
        const bool card = handle && !profile.empty() && next < lines.size() && !is_meta(lines[next].kind);
        // "Jonathan Vanian" / "@JONATHANVANIAN" / story (study-m round 10 T3, cnbc shell, under the date row
        // and the lead image): a name over its handle right above the story is the author's slot.
        const bool slot = handle && profile.empty() && next == end && lines[i].text[0] != '@';
        if (card || slot || (next < lines.size() && is_row_date(lines[next], handle))) {
            lines[i].kind = LineKind::byline;
            if (slot && handle_line < end) lines[handle_line].kind = LineKind::label;  // above the story: no story text
            for (std::size_t p : profile) lines[p].kind = LineKind::label;
            if (!card && lines[next].kind == LineKind::short_text) lines[next].kind = LineKind::label;  // "1h", "Sep 19"
            return;
        }
    }
}

// A person's name as a role row prints it: capitalised words, at most kMaxNameWords.
bool is_short_name(std::string_view name) { return count_words(name) <= kMaxNameWords && is_capitalised_words(name); }

// study-k round 8 B7 (beincrypto shell, WordPress news themes): "Kamina Bashir
// Updated by Harsh Notariya", "Jane Doe Edited by John Roe": the author, then
// another role's "… by" label (lexicon kOtherRoleLabels: "updated by", "reviewed
// by", "fact checked by") and the second person. The author's name as shown,
// else empty. Both sides are names (capitalised words, at most kMaxNameWords):
// "Prices Pushed Higher by Fed" is a headline.
std::string_view role_row_author(const Line& l) {
    if (l.sentence_end || l.words > 2 * kMaxNameWords + 3 || l.folded.size() != l.text.size()) return {};
    for (std::string_view role : lexicon::kOtherRoleLabels) {
        if (!role.ends_with(" by")) continue;
        for (std::size_t at = l.folded.find(role); at != std::string::npos; at = l.folded.find(role, at + 1)) {
            const std::size_t end = at + role.size();
            if (at < 2 || l.folded[at - 1] != ' ' || end >= l.folded.size() || l.folded[end] != ' ') continue;
            const std::string_view author = util::trim(std::string_view(l.text).substr(0, at));
            const std::string_view other = util::trim(std::string_view(l.text).substr(end));
            if (is_short_name(author) && is_short_name(other)) return author;
        }
    }
    return {};
}

// study-k round 8 B9 (beincrypto shell: "Author Lockridge Okoth" / "Editor Harsh
// Notariya" / date): a line opening with another role's label ("Editor",
// "Reviewed by": kOtherRoleLabels) and then a name, next to a byline line, is
// the byline's second row; it was taken for the headline between the byline
// and the date. Without a byline beside it, "Editor Harsh Notariya Steps Down"
// over a date is a headline.
bool is_role_label_row(const Line& l) {
    if (l.kind != LineKind::short_text || l.sentence_end || l.words > kMaxNameWords + 3) return false;
    for (std::string_view role : lexicon::kOtherRoleLabels) {
        if (l.folded.size() <= role.size() + 1 || l.folded.compare(0, role.size(), role) != 0) continue;
        const char next = l.folded[role.size()];
        if (next != ' ' && next != ':') continue;
        const std::string_view name = util::trim(std::string_view(l.text).substr(role.size() + 1));
        if (!name.empty() && is_short_name(name)) return true;
    }
    return false;
}

// Role rows of the header window: "Name Updated by Name" becomes a byline line,
// an "Editor Name" row beside a byline line a label.
void mark_role_rows(std::vector<Line>& lines, std::size_t first, std::size_t end) {
    for (std::size_t i = first; i < end; ++i)
        if (lines[i].kind == LineKind::short_text && !role_row_author(lines[i]).empty()) lines[i].kind = LineKind::byline;
    const auto byline_at = [&](std::size_t k) { return k < end && k >= first && lines[k].kind == LineKind::byline; };
    for (std::size_t i = first; i < end; ++i) {
        if (!is_role_label_row(lines[i])) continue;
        std::size_t before = i;
        while (before > first && lines[before - 1].kind == LineKind::blank) --before;
        if ((before > first && byline_at(before - 1)) || byline_at(next_non_blank(lines, i + 1))) lines[i].kind = LineKind::label;
    }
}

// study-q round 14 T6 (xataka shell: "Jorge Lamas" / "Editor senior" / date; El País, Le Monde, Spiegel,
// Folha print the role so): a role in a language that puts the noun first, "Editor senior", "Redactora
// jefe", "Rédactrice en chef", or the noun alone, "Periodista", "Redakteurin": the first word a job title
// (lexicon kJobTitleWords, no qualifier: "Senior editor" is ends_in_job_title's), the others in lower
// case, no digits, at most kMaxRoleWords words: a headline is longer or capitalises its names.
bool opens_with_job_title(std::string_view text) {
    constexpr std::size_t kMaxRoleWords = 3;
    const std::string_view t = util::trim(text);
    const std::size_t space = t.find(' ');
    const std::string noun = util::fold(t.substr(0, space));
    if (count_words(t) > kMaxRoleWords || !starts_upper(t) || std::ranges::find(lexicon::kJobTitleWords, noun) == lexicon::kJobTitleWords.end() ||
        std::ranges::find(lexicon::kJobTitleQualifiers, noun) != lexicon::kJobTitleQualifiers.end())
        return false;
    for (std::size_t pos = space; pos != std::string_view::npos && pos + 1 < t.size(); pos = t.find(' ', pos + 1))
        if (starts_upper(t.substr(pos + 1))) return false;
    return std::none_of(t.begin(), t.end(), [](char c) { return util::is_ascii_digit(c); });
}

// study-k round 8 B5 (bbc shell; also the Guardian and Reuters): the line
// under an author's bare name giving the role or desk: "North America editor"
// (a job title word ends it, byline.hpp ends_in_job_title), "BBC News, White
// House" (an outlet and a place, both capitalised, around a comma), "Guest
// contributor, ACLU" (a role and the organisation).
bool is_role_line(const Line& l) {
    constexpr std::size_t kMaxRoleWords = 6;
    if (l.kind != LineKind::short_text || l.sentence_end || l.words == 0 || l.words > kMaxRoleWords) return false;
    if (ends_in_job_title(l.text) || opens_with_job_title(l.text)) return true;
    const std::size_t comma = l.text.find(", ");
    if (comma == std::string::npos) return false;
    const std::string_view outlet = util::trim(std::string_view(l.text).substr(0, comma));
    const std::string_view place = util::trim(std::string_view(l.text).substr(comma + 2));
    if (outlet.empty() || place.empty() || !is_capitalised_words(place)) return false;
    // "Guest contributor, ACLU", "Staff writer, The Atlantic" (study-m round 10 T1, businessinsider shell):
    // a role, then the organisation.
    return is_capitalised_words(outlet) || ends_in_job_title(outlet);
}

// study-k round 8 B5 (bbc shell): "19 September 2025" / "Share" / "Save" /
// "Jon Sopel" / "North America editor" / "Getty Images" / caption / story.
// Under the header's date (share and UI lines between), a bare name over a
// role line is the byline block: the name a byline line, the role a label.
// A picture agency's credit right under it (lexicon kPictureAgencies) and the
// short caption after the credit are the lead image's, never story text.
void mark_name_role_block(std::vector<Line>& lines, std::size_t first, std::size_t end) {
    const auto ui = [](const Line& l) {
        return l.kind == LineKind::share || l.kind == LineKind::label ||
               lexicon::equals_any(lexicon::kBookmarkButtons, util::fold_key(l.folded));
    };
    for (std::size_t i = first; i < end; ++i) {
        if (lines[i].kind != LineKind::dateline) continue;
        std::size_t name = next_non_blank(lines, i + 1);
        while (name < end && ui(lines[name])) name = next_non_blank(lines, name + 1);
        if (name >= end || !is_row_name(lines[name])) continue;
        const std::size_t role = next_non_blank(lines, name + 1);
        if (role >= end || !is_role_line(lines[role])) continue;
        for (std::size_t k = i + 1; k < name; ++k)  // "Save": a button, now the block is known
            if (lines[k].kind == LineKind::short_text) lines[k].kind = LineKind::share;
        lines[name].kind = LineKind::byline;
        lines[role].kind = LineKind::label;
        const std::size_t credit = next_non_blank(lines, role + 1);
        if (credit >= end || !lexicon::equals_any(lexicon::kPictureAgencies, util::fold_key(lines[credit].folded))) return;
        lines[credit].kind = LineKind::caption;
        const std::size_t caption = next_non_blank(lines, credit + 1);
        if (caption < end && lines[caption].kind == LineKind::short_text) lines[caption].kind = LineKind::caption;
        return;
    }
}

// study-i round 6 B2: a header row holding a name and its date on one line,
// joined by a dash or separator or by a publication phrase
// (kDatedRowConnectors): "Rachel Warren, The Motley Fool — September 19, 2025
// — 04:20 am EDT" (Nasdaq's partner row, nasdaqfool shell), "Nina Park Posted
// on Sep 19, 2025" (devto), "AFP publié le 19/09/2025 à 06:20 Mis à jour le …"
// (boursorama). Unread, such a row passed as the headline and cost title,
// byline and date together. The date is a full one, or a day and month alone
// (dev.to's "Posted on Sep 19" omits the current year: the row still names the
// author). The name is a person's or an agency's (row_person): a headline
// with a date ("LWN.net Weekly Edition for March 26, 2015", "SEC to Rule on
// ETFs on May 23, 2024") is no row.
struct DatedRow {
    std::size_t line = 0;
    std::optional<BylineParts> name;
    std::optional<ParsedDate> date;  // none for a year-less "Sep 19"
    bool under_headline = false;     // read only under a headline: no author row heading its post
    std::optional<ParsedDate> updated = std::nullopt;  // the row shows only an update's date (update_row)
};

const DatedRow* row_at(const std::vector<DatedRow>& rows, std::size_t line) {
    for (const DatedRow& r : rows)
        if (r.line == line) return &r;
    return nullptr;
}

// The date part of a row, from the date's first word to an "updated" clause:
// a full date, or a day and month alone (an empty optional inside).
std::optional<std::optional<ParsedDate>> row_date_part(std::string_view tail) {
    const std::string folded = util::fold(tail);
    const std::string_view part = util::trim(std::string_view(folded).substr(0, modified_clause(folded)));
    if (part.empty() || !is_mostly_date(part)) return std::nullopt;
    if (auto d = parse_date(part); d && d->day > 0 && d->year >= kFirstWebYear) return std::optional<ParsedDate>(d);
    if (is_day_month(part)) return std::optional<ParsedDate>();
    return std::nullopt;
}

// The name part of a row without its joiner: trailing dashes and separators
// (— – · | •, not a comma: "Berlin, 19. September" is a place) and a
// connector phrase. Empty when no joiner was there.
std::string_view row_lead(std::string_view lead) {
    static constexpr std::string_view kJoiners[] = {"\xE2\x80\x94", "\xE2\x80\x93", "-", "\xC2\xB7", "|", "\xE2\x80\xA2"};
    bool joined = false;
    const auto strip = [&] {
        for (bool again = true; again;) {
            again = false;
            lead = util::trim(lead);
            for (std::string_view j : kJoiners)
                if (lead.size() > j.size() && lead.ends_with(j)) lead.remove_suffix(j.size()), joined = again = true;
        }
    };
    strip();
    const std::string folded = util::fold(lead);
    std::size_t cut = 0;  // the longest connector ending the lead after a space
    for (std::string_view c : lexicon::kDatedRowConnectors.phrases)
        if (folded.size() > c.size() && folded.ends_with(c) && folded[folded.size() - c.size() - 1] == ' ')
            cut = std::max(cut, c.size());
    if (cut > 0 && folded.size() == lead.size()) {  // folding kept the byte length: cut the shown text there
        lead.remove_suffix(cut);
        joined = true;
        strip();
    }
    return joined ? lead : std::string_view();
}

// "Rachel Warren", "Rachel Warren, The Motley Fool", "AFP": a person or an
// agency, with the outlet after a comma dropped (the byline is the person).
// One word only in capitals: "Markets — Sep 19, 2025" is a section's row.
std::optional<BylineParts> row_person(std::string_view lead) {
    constexpr std::size_t kMaxOutletWords = 4;
    std::string_view name = lead;
    if (const std::size_t comma = lead.find(", "); comma != std::string_view::npos) {
        const std::string_view outlet = util::trim(lead.substr(comma + 2));
        if (outlet.empty() || count_words(outlet) > kMaxOutletWords || !is_capitalised_words(outlet)) return std::nullopt;
        name = util::trim(lead.substr(0, comma));
    }
    const std::size_t words = count_words(name);
    if (words == 0 || words > kMaxNameWords || !is_capitalised_words(name) || is_section_kicker(name)) return std::nullopt;
    const bool caps = std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (words == 1 && (!caps || name.size() < 2)) return std::nullopt;
    auto parts = parse_byline(name);
    if (!parts || parts->byline != name) return std::nullopt;
    return parts;
}

// study-n round 11 T2 (excite shell: "CNET Japan 2026年11月26日 10時30分（最終更新
// 2026年11月27日 18時12分）"; also "Sep 19, 2025 4:20 AM (Updated 6:10 AM)"): a
// bracketed update clause closing a dated row, a modification label
// (kModifiedDateMarkers) among its first words. Where the bracket opens, or
// npos. Only a line ending in a closing bracket is looked at.
std::size_t update_bracket(std::string_view text) {
    constexpr std::size_t kMaxLabelLead = 8;  // "最終" (last) or "last " before the label
    constexpr std::string_view kOpen = "\xEF\xBC\x88", kClose = "\xEF\xBC\x89";  // （ ）
    const bool wide = text.ends_with(kClose);
    if (!wide && !text.ends_with(')')) return std::string_view::npos;
    const std::size_t at = wide ? text.rfind(kOpen) : text.rfind('(');
    if (at == std::string_view::npos || at == 0) return std::string_view::npos;
    const std::string inner = util::fold(text.substr(at + (wide ? kOpen.size() : 1)));
    for (std::string_view marker : lexicon::kModifiedDateMarkers.phrases)
        if (const std::size_t m = inner.find(marker); m != std::string::npos && m <= kMaxLabelLead) return at;
    return std::string_view::npos;
}

// A date written with CJK date marks ("2026年11月26日"): a Japanese portal's row
// prints the source right before it with no joiner ("CNET Japan 2026年11月26日
// 10時30分"; Yahoo!ニュース, livedoor and goo print "<媒体名> <日時>").
bool has_cjk_date_mark(std::string_view date) {
    return date.find("\xE5\xB9\xB4") != std::string_view::npos || date.find("\xE6\x9C\x88") != std::string_view::npos;  // 年 月
}

// study-s round 16 T5 (kathimerini shell: "ΑΠΕ-ΜΠΕ 28.11.2026 • 14:05 Ενημερώθηκε: …"; ANSA, EFE, STT and
// the Greek, Italian and Nordic sites print the agency so): one word in capitals of any cased script (no
// lower-case letter, two letters or more, a hyphen between parts allowed) right before the date, with no
// joiner: a wire agency's initials, read as a joined row's name is (row_person: no section's badge).
bool is_initials_word(std::string_view word) {
    constexpr std::size_t kMinLetters = 2;
    if (word.empty() || word.find(' ') != std::string_view::npos) return false;
    std::size_t letters = 0;
    for (std::size_t i = 0; i < word.size();) {
        const char32_t cp = util::next_code_point(word, i);
        const LetterCase c = letter_case(cp);
        if (c == LetterCase::lower || (c == LetterCase::none && cp != '-')) return false;
        letters += c == LetterCase::upper ? 1 : 0;
    }
    return letters >= kMinLetters;
}

std::optional<DatedRow> dated_row(const Line& l, std::size_t index) {
    if ((l.kind != LineKind::short_text && l.kind != LineKind::dateline) || !may_hold_date(l.text)) return std::nullopt;
    std::string_view text = l.text;
    if (const std::size_t bracket = update_bracket(text); bracket != std::string_view::npos)
        text = util::trim(text.substr(0, bracket));  // the update's date is no publication date
    if (count_words(text) > kMaxMetaWords) return std::nullopt;
    for (std::size_t space = text.find(' '); space != std::string_view::npos; space = text.find(' ', space + 1)) {
        const std::size_t at = space + 1;
        const std::string word = util::fold_key(text.substr(at, std::min(text.find(' ', at), text.size()) - at));
        const bool opens = !word.empty() && (util::is_ascii_digit(word[0]) || lexicon::month_from_word(word) != 0);
        if (!opens) continue;
        auto date = row_date_part(text.substr(at));
        if (!date) continue;
        // "Nina May — Sep 19, 2025": a month word inside the name is no date's start.
        std::string_view lead = row_lead(text.substr(0, space));
        if (lead.empty() && (has_cjk_date_mark(word) || is_initials_word(util::trim(text.substr(0, space)))))
            lead = util::trim(text.substr(0, space));
        if (auto name = row_person(lead)) return DatedRow{index, std::move(name), *date};
    }
    return std::nullopt;
}

// study-o round 12 T3 (mainichi shell: "毎日新聞 2026/11/28 14:05（最終更新 11/28
// 16:40）", "2026年11月26日 10時30分（最終更新 …）"; Mainichi, Asahi, Nikkei and
// the portals print the update so): a date row closing with an update bracket
// (update_bracket) holds two dates, which the line model reads as no date.
// When the text before the bracket alone is a date or byline line, the row
// is that line: the update's date is no publication date. Only a line ending
// in a bracket is classified again.
void mark_update_bracket_rows(std::vector<Line>& lines, std::size_t first, std::size_t end, const std::vector<DatedRow>& rows) {
    for (std::size_t i = first; i < end; ++i) {
        Line& l = lines[i];
        if (l.kind == LineKind::prose || is_meta(l.kind) || row_at(rows, i) || !may_hold_date(l.text)) continue;
        const std::size_t bracket = update_bracket(l.text);
        if (bracket == std::string_view::npos) continue;
        std::vector<Line> row = classify_lines({std::string(util::trim(std::string_view(l.text).substr(0, bracket)))});
        if (row.size() == 1 && (row[0].kind == LineKind::dateline || row[0].kind == LineKind::byline)) l = std::move(row[0]);
    }
}

// The line above `i` (blank lines aside) is a longer headline candidate, or a
// one-sentence deck under one ("Tite diz que errou …" / "Antigo seleccionador
// reconheceu … ex-presidente." / the row: publico shell). The deck may be the
// prose line that closed the header window (headline_over_sentence_deck), and
// the row the window's first line: both are looked for across the window's start.
bool under_headline(const std::vector<Line>& lines, std::size_t i, std::size_t row_words) {
    const auto above = [&](std::size_t k) {
        while (k > 0 && lines[k - 1].kind == LineKind::blank) --k;
        return k == 0 ? std::optional<std::size_t>() : std::optional<std::size_t>(k - 1);
    };
    const auto a = above(i);
    if (!a) return false;
    const Line& l = lines[*a];
    if (is_title_candidate(l)) return l.words > row_words;
    const bool deck = (l.kind == LineKind::prose || l.kind == LineKind::short_text) && l.sentence_end && l.last_mark == '.';
    const auto h = deck ? above(*a) : std::nullopt;
    return h && is_title_candidate(lines[*h]) && lines[*h].words > row_words;
}

// study-o round 12 T2 (economictimes shell: "PTI Last Updated: Nov 28, 2026,
// 01:15:00 AM IST"; the byline span and the update stamp of ET, Times of India,
// NDTV): a person's or agency's name (row_person, kWireAgencies), then an update
// label (modified_clause) and its date, under a headline (under_headline: the
// headline "Bitcoin Price Updated: Nov 28, 2026" is none). The name, and the
// update's date (the modified date: never the publication date).
std::optional<DatedRow> update_row(const std::vector<Line>& lines, std::size_t index) {
    const Line& l = lines[index];
    if (l.kind != LineKind::short_text || l.sentence_end || l.folded.size() != l.text.size() || !may_hold_date(l.text))
        return std::nullopt;
    std::size_t at = modified_clause(l.folded);
    if (at == std::string_view::npos) return std::nullopt;
    for (std::string_view marker : lexicon::kModifiedDateMarkers.phrases)  // the longest label: "last updated", not "updated"
        if (const std::size_t m = l.folded.rfind(marker, at); m != std::string::npos && m > 0 && m < at && m + marker.size() >= at &&
                                                              l.folded[m - 1] == ' ')
            at = m;
    const std::string_view lead = util::trim(std::string_view(l.text).substr(0, at));
    const auto date = parse_date(std::string_view(l.folded).substr(at));
    if (!date || date->day == 0 || date->year < kFirstWebYear) return std::nullopt;
    auto name = lexicon::equals_any(lexicon::kWireAgencies, util::fold_key(lead)) ? parse_byline(lead) : row_person(lead);
    if (!name || !under_headline(lines, index, count_words(lead))) return std::nullopt;
    DatedRow row{index, std::move(name), std::nullopt};
    row.updated = date;
    return row;
}

// The dated rows of the header window; a row the line model left as text becomes a byline line.
std::vector<DatedRow> mark_dated_rows(std::vector<Line>& lines, std::size_t first, std::size_t end) {
    std::vector<DatedRow> rows;
    for (std::size_t i = first; i < end; ++i)
        if (auto row = dated_row(lines[i], i); row || (row = update_row(lines, i))) {
            if (lines[i].kind == LineKind::short_text) lines[i].kind = LineKind::byline;
            rows.push_back(std::move(*row));
        }
    return rows;
}

// study-i round 6 B2 (bsyndic shell): an agency's row over the header's
// date, "Press Trust of India | New Delhi" / "Last Updated : Sep 20 2025 | …",
// "Press Trust of India" / "Sep 19 2025 | 4:20 AM IST". An organisation's name
// holds lower-case particles (kOrgNameParticles) that a person's row name
// (is_row_name) has not; a place may follow after "|". The name, or empty.
std::string_view org_row_name(const Line& l) {
    constexpr std::size_t kMaxOrgWords = 6, kMaxPlaceWords = 3;
    if (l.kind != LineKind::short_text || l.sentence_end) return {};
    std::string_view name = util::trim(l.text);
    if (const std::size_t bar = name.find(" | "); bar != std::string_view::npos) {
        const std::string_view place = util::trim(name.substr(bar + 3));
        if (place.empty() || count_words(place) > kMaxPlaceWords || !is_capitalised_words(place)) return {};
        name = util::trim(name.substr(0, bar));
    }
    const std::size_t words = count_words(name);
    if (words < 3 || words > kMaxOrgWords || !starts_upper(name)) return {};
    bool particle = false;
    for (std::size_t pos = 0; pos < name.size();) {
        const std::size_t end = std::min(name.find(' ', pos), name.size());
        const std::string_view word = name.substr(pos, end - pos);
        pos = end + 1;
        if (std::any_of(word.begin(), word.end(), [](char c) { return util::is_ascii_digit(c); })) return {};
        if (starts_upper(word)) continue;
        if (!lexicon::equals_any(lexicon::kOrgNameParticles, word)) return {};
        particle = true;
    }
    return particle ? name : std::string_view();
}

// Agency rows right above a date line and right under a longer headline
// candidate: a headline with an "of" over a date ("The Future of Money" /
// "Sep 19, 2025") reads the same, and has no headline above it.
void mark_agency_rows(std::vector<Line>& lines, std::size_t first, std::size_t end, std::vector<DatedRow>& rows) {
    for (std::size_t i = first; i < end; ++i) {
        // A person's row ("Nadia Petrova and Ian Cole" / "Sep 19") is mark_author_rows' (study-g substack).
        const std::string_view name = is_row_name(lines[i]) ? std::string_view() : org_row_name(lines[i]);
        if (name.empty()) continue;
        const std::size_t next = next_non_blank(lines, i + 1);
        if (next >= end || !is_row_date(lines[next], false)) continue;
        std::size_t above = i;
        while (above > first && lines[above - 1].kind == LineKind::blank) --above;
        if (above == first || !is_title_candidate(lines[above - 1]) || lines[above - 1].words <= count_words(name))
            continue;
        if (auto parts = parse_byline(name); parts && parts->byline == name) {
            lines[i].kind = LineKind::byline;
            rows.push_back(DatedRow{i, std::move(parts), std::nullopt});
        }
    }
}

// study-l round 9 B5 (guardian shell: "Damian Carrington Environment editor"
// over "Fri 19 Sep 2025 04.20 BST"): a contributor row, a name and then its
// role in sentence case, capitalised on its first word only ("Environment
// editor", "UK technology editor", "Political correspondent"), the role's last
// word a job title (lexicon kJobTitleWords). The name is the capitalised words
// before the role. Empty when the line is no such row.
std::string_view contributor_row_name(const Line& l) {
    constexpr std::size_t kMaxRowWords = 7, kMinNameWords = 2, kMaxNameWords = 3;
    if (l.kind != LineKind::short_text || l.sentence_end || l.words > kMaxRowWords) return {};
    const std::string_view text = util::trim(l.text);
    const std::size_t last_space = text.rfind(' ');
    if (last_space == std::string_view::npos) return {};
    const std::string_view last = text.substr(last_space + 1);
    if (starts_upper(last) || std::find(lexicon::kJobTitleWords.begin(), lexicon::kJobTitleWords.end(), util::fold(last)) == lexicon::kJobTitleWords.end()) return {};
    // The role opens at the last capitalised word: every word before it is capitalised (the name).
    std::size_t role = std::string_view::npos, words = 0;
    for (std::size_t pos = 0; pos < last_space;) {
        const std::size_t end = std::min(text.find(' ', pos), text.size());
        if (!starts_upper(text.substr(pos, end - pos))) break;
        role = pos;
        ++words;
        pos = end + 1;
    }
    // study-u round 18 leftover (jutarnji shell: "Ivana Marić novinarka"; hr, sl, lt, fi, nb print the role in
    // lower case): two capitalised words right before a lower-case job title are the whole name.
    if (words == kMinNameWords && text.find(' ', role) == last_space) return util::trim(text.substr(0, last_space));
    if (role == std::string_view::npos || words - 1 < kMinNameWords || words - 1 > kMaxNameWords) return {};
    return util::trim(text.substr(0, role));
}

// study-u round 18 leftover (ynet shell: headline / deck / "עמית כהן וטל לוי" / "26.11.26 | 19:45"): in a script
// without case (Hebrew, Arabic, Thai, Georgian...) no capital tells a name from a headline's word, so a names row
// is known by the byline parser reading it as two or more authors of two or three words each (a joining word or
// prefix between them), under a longer headline candidate. One name alone reads like a short headline: not taken.
std::optional<BylineParts> caseless_names_row(const std::vector<Line>& lines, std::size_t first, std::size_t i) {
    constexpr std::size_t kMaxRowWords = 8, kMaxNameWords = 3;
    const Line& l = lines[i];
    if (l.sentence_end || l.words > kMaxRowWords || static_cast<unsigned char>(l.text[0]) < 0x80) return std::nullopt;
    for (std::size_t k = 0; k < l.text.size();)
        if (letter_case(util::next_code_point(l.text, k)) != LetterCase::none) return std::nullopt;  // a cased letter
    std::size_t above = i;
    while (above > first && lines[above - 1].kind == LineKind::blank) --above;
    if (above == first || !is_title_candidate(lines[above - 1]) || lines[above - 1].words <= l.words) return std::nullopt;
    auto parts = parse_byline(l.text);
    if (!parts || parts->authors.size() < 2) return std::nullopt;
    for (const std::string& a : parts->authors)
        if (const std::size_t w = util::count_spaced_words(a); w < 2 || w > kMaxNameWords) return std::nullopt;
    return parts;
}

// Contributor rows (contributor_row_name, caseless_names_row) right above a date line.
void mark_contributor_rows(std::vector<Line>& lines, std::size_t first, std::size_t end, std::vector<DatedRow>& rows) {
    for (std::size_t i = first; i < end; ++i) {
        if (lines[i].kind != LineKind::short_text) continue;
        const std::size_t next = next_non_blank(lines, i + 1);
        if (next >= end || !is_row_date(lines[next], false)) continue;
        const std::string_view name = contributor_row_name(lines[i]);
        auto parts = name.empty() ? caseless_names_row(lines, first, i) : parse_byline(name);
        if (parts && (name.empty() || parts->byline == name)) {
            lines[i].kind = LineKind::byline;
            rows.push_back(DatedRow{i, std::move(parts), std::nullopt});
        }
    }
}

bool opens_with_source_phrase(std::string_view folded) {
    for (std::string_view phrase : lexicon::kSourcePhrases)
        if (folded.substr(0, phrase.size()) == phrase) return true;
    return false;
}

bool skippable(LineKind k) {
    return k == LineKind::blank || k == LineKind::ticker || k == LineKind::ticker_name || k == LineKind::label ||
           k == LineKind::caption || k == LineKind::related_opener || k == LineKind::share || k == LineKind::teaser ||
           k == LineKind::credit;
}

// A category label between the headline and the header ("Stack Overflow Jobs
// Data Shows …" / "Crypto News" / "news-bot Sep 19, 2025": study-f forum shell,
// Discourse's category badge): a short Title Case line right under a longer
// candidate that is not all capitalised words (that would be a nav bar) gives
// way to it.
std::size_t above_category_label(const std::vector<Line>& lines, std::size_t first, std::size_t title) {
    const Line& label = lines[title];
    if (label.words > kMaxNavWords || !is_capitalised_words(label.text)) return title;
    std::size_t above = title;
    while (above > first && lines[above - 1].kind == LineKind::blank) --above;
    if (above == first || !is_title_candidate(lines[above - 1])) return title;
    const Line& headline = lines[above - 1];
    const bool longer = headline.words > label.words + kMaxNavWords;
    return longer && !is_capitalised_words(headline.text) ? above - 1 : title;
}

// The headline among the window's lines, given its header (meta) lines; see the file comment.
// A publisher chip or a user handle between the headline and the author row
// or body: "Reuters" over "Nadia Petrova · Sep 19, 2025" (an aggregator's
// provider row), "nadia_p" over "Sep 19" (study-h round 5 B4: the headline was
// lost). A short line that is no headline itself; at most kMaxChips of them
// are passed over on the way up to the headline, which must then look like
// one: kMinHeadlineWordsOverChips words, more than a forum user row
// ("crypto_mike Mike Harlow Regular" over "Sep 19": five words) has.
constexpr std::size_t kMaxChipWords = 3;
constexpr std::size_t kMaxChips = 2;
constexpr std::size_t kMinHeadlineWordsOverChips = 6;

bool is_chip(const Line& l) {
    return l.kind == LineKind::short_text && l.words <= kMaxChipWords && !is_title_candidate(l);
}

// The headline candidate right above line `i` (skipping what `skip` passes
// over), or above up to kMaxChips chips there.
template <class Skip, class Candidate>
std::optional<std::size_t> candidate_above(const std::vector<Line>& lines, std::size_t first, std::size_t i, Skip skip,
                                           Candidate candidate) {
    for (std::size_t chips = 0;; ++chips) {
        while (i > first && skip(lines[i - 1])) --i;
        if (i == first) return std::nullopt;
        if (auto c = candidate(i - 1); c && (chips == 0 || lines[*c].words >= kMinHeadlineWordsOverChips)) return c;
        if (chips == kMaxChips || !is_chip(lines[i - 1])) return std::nullopt;
        --i;
    }
}

// A word without the quotation marks around it: "2029" of "2029"" or of «2029».
std::string_view without_quote_marks(std::string_view word) {
    constexpr std::string_view kMarks[] = {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB", "\xC2\xBB"};  // " ' “ ” « »
    for (bool cut = true; cut && !word.empty();) {
        cut = false;
        for (std::string_view m : kMarks) {
            if (word.starts_with(m)) word.remove_prefix(m.size()), cut = true;
            if (word.ends_with(m)) word.remove_suffix(m.size()), cut = true;
        }
    }
    return word;
}

bool holds_letter(std::string_view word) {
    for (std::size_t i = 0; i < word.size();)
        if (is_letter(util::next_code_point(word, i))) return true;
    return false;
}

// Every spaced word of a headline is a word of letters, a year or an amount ("em 2012", "3.5%", "1,000"): a nav
// or app bar holds symbols ("News + Insights"), and counts ("Post reply 4 posts and page 1 of 1"), which a
// headline over a deck seldom has. One count is a headline's ("Twitter Lite llega a 24 nuevos países",
// "5 things to know", "3 killed in …": study-p round 13 T2, clarin shell, whose headline over its deck and
// date was lost so); a bar's counts come two or more ("4 posts", "page 1 of 1").
bool has_headline_words(std::string_view text) {
    constexpr int kFirstYear = 1900, kLastYear = 2099;
    std::size_t words = 0, counts = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t end = std::min(text.find(' ', pos), text.size());
        // A quote around the number is the headline's quotation ("…: "הפתיחה לא לפני 2029"", study-y round 22 H2,
        // haaretzon shell), no symbol of a bar.
        const std::string_view word = without_quote_marks(text.substr(pos, end - pos));
        pos = end + 1;
        if (word.empty()) continue;
        ++words;
        const bool dash = word == "-" || word == "\xE2\x80\x93" || word == "\xE2\x80\x94";  // - – —
        if (dash || holds_letter(word)) continue;  // a word with a letter: "em", "1Password", "5G"
        const bool number = std::all_of(word.begin(), word.end(), [](char c) {
            return util::is_ascii_digit(c) || c == '.' || c == ',' || c == '%';
        });
        const bool amount = word.find_first_of(".,%") != std::string_view::npos && util::is_ascii_digit(word[0]);
        int year = 0;
        for (char c : word) year = word.size() == 4 && util::is_ascii_digit(c) ? year * 10 + (c - '0') : 0;
        if (!number) return false;
        if (!amount && (year < kFirstYear || year > kLastYear) && ++counts > 1) return false;
    }
    return words > 0;
}

// Whether, after its first word, at most one word in `one_in` is capitalised (and there is a word after it).
bool capitalises_at_most_one_in(std::string_view text, std::size_t one_in) {
    std::size_t words = 0, capitalised = 0;
    for (std::size_t pos = text.find(' '); pos != std::string_view::npos && pos + 1 < text.size(); pos = text.find(' ', pos + 1)) {
        ++words;
        capitalised += starts_upper(text.substr(pos + 1)) ? 1 : 0;
    }
    return words > 0 && one_in * capitalised <= words;
}

// A sentence-case line: after its first word, at most one word in three capitalised (a deck, not a Title Case
// headline: "'Star Wars' Original Cuts Might Get Released for 40th Anniversary").
bool is_sentence_case(std::string_view text) { return capitalises_at_most_one_in(text, 3); }

// After its first word, at most half the words capitalised: running text in any
// language, German nouns included ("Die neue Version des Passwort-Managers erzeugt
// Einmal-Codes …", 5 of 14), where is_sentence_case is too strict; a Title Case
// line or a nav bar capitalises most of its words.
bool is_running_case(std::string_view text) { return capitalises_at_most_one_in(text, 2); }

// study-l round 9 B5 (guardian shell: headline / standfirst / contributor /
// date, the most common news header: Guardian, Atlantic, NYT, Le Monde): the
// candidate right above the header may be the deck under the headline. A deck
// is a sentence-case line longer than the headline-sized candidate right above
// it, itself of a headline's size (kMinHeadlineWordsOverChips words or more).
std::size_t headline_over_deck(const std::vector<Line>& lines, std::size_t first, std::size_t deck) {
    // Spaced words only: a CJK line's characters count as words (ja section label over a headline).
    const Line& d = lines[deck];
    const auto spaced_words = [](std::string_view t) { return std::size_t(std::count(t.begin(), t.end(), ' ')) + 1; };
    const std::size_t deck_words = spaced_words(util::trim(d.text));
    if (deck_words <= kMinHeadlineWordsOverChips || !is_sentence_case(d.text)) return deck;
    std::size_t above = deck;
    while (above > first && lines[above - 1].kind == LineKind::blank) --above;
    if (above == first || above == deck || !is_title_candidate(lines[above - 1])) return deck;
    // Headline-sized (a breadcrumb "Noticias/Noticias cripto" over the headline is no headline: bitwire
    // repost-text pages) and clearly shorter than the deck.
    const Line& h = lines[above - 1];
    // Nor a nav or app bar: those are capitalised words ("Folha de S.Paulo Assine Entrar Menu", "NewsHub Home
    // For you Following Business Crypto"), hold counts and symbols ("Post Reply 4 posts • Page 1 of 1",
    // "Nasdaq Market Activity News + Insights Solutions") or open the page ("Read this story in the Newsly
    // appOpen"): the headline is in sentence case, words of letters only, under the site's own lines
    // (study-b/f/h/i/k text shells).
    const std::size_t headline_words = spaced_words(util::trim(h.text));
    if (headline_words < kMinHeadlineWordsOverChips || deck_words <= headline_words + kMaxNavWords ||
        !is_sentence_case(h.text) || !has_headline_words(h.text) || next_non_blank(lines, 0) == above - 1)
        return deck;
    return above - 1;
}

// study-u round 18 leftover (15min shell: "Verslas" / "Infliacija lapkritį sulėtėjo iki 2,4 proc." / date row): a
// headline may end in an abbreviation's dot ("proc.", "mln.", "Inc.", "tys. zł.") that reads as a sentence end.
// A dotted line right above the header with a section's chip (is_chip) over it, no candidate, is the headline when
// it has a headline's shape: one sentence of headline size (kMinHeadlineWords to kMaxTitleWords words of letters
// and plain numbers, short_text: no paragraph). A deck has the headline above it instead (headline_over_sentence_deck).
std::optional<std::size_t> dotted_headline(const std::vector<Line>& lines, std::size_t line, std::size_t above) {
    constexpr std::size_t kMinHeadlineWords = 3;
    const Line& d = lines[line];
    const std::string_view text = util::trim(d.text);
    const std::size_t inner_end = text.substr(0, text.size() - 1).find_first_of(".!?");
    const bool one_sentence = inner_end == std::string_view::npos || text.find(". ", inner_end) == std::string_view::npos;
    if (d.kind != LineKind::short_text || d.words < kMinHeadlineWords || d.words > kMaxTitleWords || !one_sentence ||
        !has_headline_words(d.text) || !is_chip(lines[above]))
        return std::nullopt;
    return line;
}

// study-y round 22 H2 (haaretzon shells: headline / "משרד התחבורה הודה … לא יעמוד ביעד. בעיריות לאורך התוואי זועמים:
// "התושבים סובלים מעבודות כבר חמש שנים"" or "נתוני הלשכה … מאז יולי. הירידה החדה ביותר נרשמה בתל אביב" / "מאת …" / date
// row; ynet, Walla and Globes print the deck so): a deck of two sentences whose last one is left without its full
// stop, or closed by a quote. A full stop inside it after a word of two letters or more ("יולי. ", "ביעד. "), not an
// initialism's ("U.S. stocks"). Only asked of a line no headline candidate: a headline is one.
bool holds_inner_sentence_end(std::string_view text) {
    const std::string_view t = util::trim(text);
    for (std::size_t at = t.find(". "); at != std::string_view::npos; at = t.find(". ", at + 1)) {
        std::size_t back = at, letters = 0;
        while (back > 0 && letters < 2) {
            std::size_t start = back - 1;
            while (start > 0 && (static_cast<unsigned char>(t[start]) & 0xC0) == 0x80) --start;
            std::size_t next = start;
            if (!is_letter(util::next_code_point(t, next))) break;
            back = start, ++letters;
        }
        if (letters == 2) return true;
    }
    return false;
}

// study-n round 11 T1 (g1 shell; Folha, Estadão, Guardian, Spiegel, Le Monde):
// headline / standfirst / byline / date, the standfirst a finished sentence
// ending in a period. A dot ends no headline, so the deck is no candidate, and
// the search for one stopped there. A deck is a sentence of prose size
// or two (at most kMaxDeckWords, in sentence case) right above the header, UI lines
// aside; the headline is the candidate right above it, a sentence-case line of
// words and plain numbers (has_headline_words) below the page's first line (a
// nav bar). The headline, or nothing.
std::optional<std::size_t> headline_over_sentence_deck(const std::vector<Line>& lines, std::size_t first, std::size_t header) {
    constexpr std::size_t kMaxDeckWords = 60, kMinHeadlineWords = 3;
    // The deck may be the prose line that closed the header window (text_layout.cpp header_window): look across
    // the window's first line, over UI lines only.
    std::size_t i = header;
    while (i > 0 && (skippable(lines[i - 1].kind) || is_lone_author_label(lines[i - 1].text))) --i;
    if (i == 0 || i < first) return std::nullopt;
    const Line& d = lines[i - 1];
    const bool closed = (d.last_mark == '.' && d.sentence_end) || holds_inner_sentence_end(d.text);
    const bool deck = (d.kind == LineKind::prose || d.kind == LineKind::short_text) && closed &&
                      d.words <= kMaxDeckWords && is_running_case(d.text);
    if (!deck) return std::nullopt;
    std::size_t above = i - 1;
    while (above > 0 && lines[above - 1].kind == LineKind::blank) --above;
    if (above == 0) return std::nullopt;
    if (!is_title_candidate(lines[above - 1])) return dotted_headline(lines, i - 1, above - 1);
    const Line& h = lines[above - 1];
    if (count_words(h.text) < kMinHeadlineWords || !is_running_case(h.text) || !has_headline_words(h.text)) return std::nullopt;
    return above - 1;
}

// study-q round 14 T4 (metropoles shell, Folha's header: "Futebol" / "Tite diz que errou ao levar taça da
// Libertadores a Lula em 2012" / "Técnico da seleção fala sobre visita ao Instituto Lula com o Corinthians" /
// "Por X e Y — Folhapress" / date; Folha, g1, UOL and Estadão print the deck without a period, as long as
// the headline or shorter): two headline-sized lines in running case (kMinHeadlineWordsOverChips words or
// more, words of letters and plain numbers) right above the header are the headline and its deck; the
// headline is the upper one. headline_over_deck's page's-first-line check (a nav bar) holds here too.
std::size_t headline_over_unpunctuated_deck(const std::vector<Line>& lines, std::size_t first, std::size_t deck) {
    const auto headline_sized = [](const Line& l) {
        return count_words(l.text) >= kMinHeadlineWordsOverChips && is_running_case(l.text) && has_headline_words(l.text) &&
               !is_cjk_headline(l);
    };
    if (!headline_sized(lines[deck])) return deck;
    std::size_t above = deck;
    while (above > first && lines[above - 1].kind == LineKind::blank) --above;
    if (above == first || above == deck || !is_title_candidate(lines[above - 1]) || !headline_sized(lines[above - 1]))
        return deck;
    // The page's first line is a nav bar, or the headline of a scrape that starts at it (study-u round 18
    // leftover, ynet shell): a headline at least as long as the deck, as headline_over_subheading takes it.
    if (next_non_blank(lines, 0) == above - 1 && count_words(lines[above - 1].text) < count_words(lines[deck].text)) return deck;
    return above - 1;
}

// study-q round 14 T5 (buttondown shell, a reader's scrape that starts at the headline: "Breaking the
// “Literally” Habit" / "Hard Habit to Break?" / story; newsletters and blogs open with a subheading): with
// no header line, a candidate right under the scrape's first line, itself a candidate at least as long, is
// the story's first subheading; the first line is the headline. A site's name over the headline is shorter
// than it ("The Verge" / headline).
std::size_t headline_over_subheading(const std::vector<Line>& lines, std::size_t first, std::size_t sub) {
    std::size_t above = sub;
    while (above > first && lines[above - 1].kind == LineKind::blank) --above;
    if (above == first || above == sub || next_non_blank(lines, 0) != above - 1) return sub;
    const Line& h = lines[above - 1];
    return is_title_candidate(h) && count_words(h.text) >= count_words(lines[sub].text) ? above - 1 : sub;
}

// Every letter a capital, two letters at least: "KEY POINTS", "L’ESSENTIEL" (util::is_capital; a script without
// case has no capitals, so no CJK line is one).
bool is_all_caps(std::string_view text) {
    std::size_t letters = 0;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = util::next_code_point(text, i);
        if (!is_letter(cp)) continue;
        if (!util::is_capital(cp)) return false;
        ++letters;
    }
    return letters >= 2;
}

// The heading of an outlet's summary box over the story: a known summary heading (kSummaryBoxHeadings: "Key
// points", "Das Wichtigste in Kürze", "En bref").
bool is_summary_heading(const Line& l) {
    constexpr std::size_t kMaxLabelWords = 4;  // "Das Wichtigste in Kürze"
    return l.words <= kMaxLabelWords && !l.sentence_end &&
           lexicon::equals_any(lexicon::kSummaryBoxHeadings, util::fold_key(l.folded));
}

// With no header line, the headline sits right above the body, unless a summary box's heading does (its bullets
// are the box's, or it heads the story's first paragraph: CNBC "KEY POINTS", Spiegel/Tagesschau "Das Wichtigste in
// Kürze", Le Parisien "L’essentiel", BFM "En bref"): the candidate above it is the headline. A heading no table
// knows is a short all-caps label ("HIGHLIGHTS", "LO ESENCIAL"); a headline may be one too ("STOCKS SLUMP"), so
// the line above must then be longer by more than a nav bar's words. Either way the line above must look like a
// headline: three words or more (longer than an all-caps label), not a bar of capitalised words ("World News
// Sport"), no label itself.
std::size_t headline_over_box_label(const std::vector<Line>& lines, std::size_t first, std::size_t label) {
    constexpr std::size_t kMaxCapsLabelWords = 3;
    const Line& l = lines[label];
    const bool known = is_summary_heading(l);
    if (!known && (l.words > kMaxCapsLabelWords || l.sentence_end || !is_all_caps(l.text))) return label;
    std::size_t above = label;
    while (above > first && lines[above - 1].kind == LineKind::blank) --above;
    if (above == first || !is_title_candidate(lines[above - 1])) return label;
    const Line& h = lines[above - 1];
    constexpr std::size_t kMinHeadlineWords = 3;
    const bool longer = known ? h.words >= kMinHeadlineWords : h.words > l.words + kMaxNavWords;
    return longer && !is_capitalised_words(h.text) && !is_all_caps(h.text) && !is_summary_heading(h) ? above - 1 : label;
}

// One "Name role" credit: two or three capitalised words, then one or two lower-case words of letters
// ("Kari Nordmann journalist", "Ola Berg fotograf").
bool is_name_role(std::string_view part) {
    constexpr std::size_t kMaxNameWords = 3, kMaxRoleWords = 2;
    std::size_t names = 0, roles = 0;
    for (std::size_t pos = 0; pos < part.size();) {
        const std::size_t end = std::min(part.find(' ', pos), part.size());
        const std::string_view word = part.substr(pos, end - pos);
        pos = end + 1;
        if (word.empty()) continue;
        if (std::any_of(word.begin(), word.end(), [](char c) { return util::is_ascii_digit(c); }) || !holds_letter(word))
            return false;
        if (starts_upper(word)) {
            if (roles > 0 || ++names > kMaxNameWords) return false;
        } else if (names < 2 || ++roles > kMaxRoleWords) {
            return false;
        }
    }
    return names >= 2 && roles > 0;
}

// How many "Name role" credits a line holds, alone or glued (a lower-case letter then a capital: "Kari Nordmann
// journalistOla Berg fotograf", a scrape of two spans), or 0 when it is anything else.
std::size_t credit_parts(std::string_view text) {
    std::size_t parts = 0, start = 0;
    char32_t prev = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t at = i;
        const char32_t cp = util::next_code_point(text, i);
        if (is_letter(prev) && !util::is_capital(prev) && util::is_capital(cp)) {
            if (!is_name_role(util::trim(text.substr(start, at - start)))) return 0;
            ++parts;
            start = at;
        }
        prev = cp;
    }
    return is_name_role(util::trim(text.substr(start))) ? parts + 1 : 0;
}

// study-t round 17 T1 (aftenposten shell: headline / "Kari Nordmann journalist" / "Ola Berg fotograf" / date, or the
// two credits glued on one line; Aftenposten, VG, DR and SVT credit co-authors with their role so): two or more
// "Name role" credits right above the header's first line are its byline rows, no headline; the headline search
// starts above them. One such line alone may be a headline ("Taylor Swift performs"), so it stays a candidate.
std::size_t above_credit_rows(const std::vector<Line>& lines, std::size_t first, std::size_t at) {
    std::size_t i = at, parts = 0, top = at;
    while (i > first) {
        const Line& l = lines[i - 1];
        if (l.kind != LineKind::blank) {
            const std::size_t n = l.kind == LineKind::short_text ? credit_parts(util::trim(l.text)) : 0;
            if (n == 0) break;
            parts += n;
            top = i - 1;
        }
        --i;
    }
    return parts >= 2 ? top : at;
}

// A word holding a clock time ("14:05", "14:05Atnaujinta") or a numeric date of three digit groups ("28.11.2026.",
// "2026-11-28", "26.11.26"): the shape of a date row's date part whatever language labels it.
bool has_date_shape(std::string_view word) {
    std::size_t groups = 0, prev_run = 0;
    char sep = 0;
    for (std::size_t i = 0; i < word.size();) {
        std::size_t run = 0;
        while (i < word.size() && util::is_ascii_digit(word[i])) ++i, ++run;
        if (run == 0) {
            groups = 0;
            ++i;
            continue;
        }
        const bool joined = groups > 0;  // this group follows a separator right after a group
        if (joined && sep == ':' && prev_run <= 2 && run == 2) return true;               // "14:05"
        groups = joined ? groups + 1 : 1;
        if (groups >= 3 && sep != ':') return true;                                        // "28.11.2026"
        const char next = i < word.size() ? word[i] : ' ';
        const bool continues = (next == '.' || next == '-' || next == '/' || next == ':') && (!joined || next == sep) &&
                               i + 1 < word.size() && util::is_ascii_digit(word[i + 1]);
        if (!continues) groups = 0;
        sep = next;
        prev_run = run;
        ++i;
    }
    return false;
}

// study-u round 18 T1 (jutarnji, 15min, ynet shells: "Objavljeno: 28.11.2026. u 14:05 Ažurirano: …", "2026 m.
// lapkričio 27 d. 10:15", "לפני 3 שעות עודכן: 13:02"): a date row whose label or month words no table knows
// (dates.cpp then finds no date there). It holds a clock time or a numeric date, and its words carrying digits
// or month names are at least half its other words: a headline holding a year or a figure has more words
// ("Inflation hits 4.2% in 2026": no date shape; "Live: markets at 14:30": three words to one).
bool is_date_shaped_row(const Line& l) {
    if (l.kind != LineKind::short_text && l.kind != LineKind::dateline) return false;
    std::size_t dated = 0, other = 0;
    bool shape = false;
    for (std::size_t pos = 0; pos < l.text.size();) {
        const std::size_t end = std::min(l.text.find(' ', pos), l.text.size());
        const std::string_view word = std::string_view(l.text).substr(pos, end - pos);
        pos = end + 1;
        if (word.empty() || !(holds_letter(word) || std::ranges::any_of(word, util::is_ascii_digit))) continue;
        const bool digit = std::ranges::any_of(word, util::is_ascii_digit);
        shape = shape || has_date_shape(word);
        if (digit || lexicon::month_from_word(util::fold_key(word)) != 0) ++dated; else ++other;
    }
    return shape && dated >= 2 && 2 * dated >= other;
}

// study-u round 18 T1 (jutarnji shell: "Ivana Marić novinarka" over an unread date): one "Name role" credit whose
// role is a job title (byline.hpp ends_in_job_title: "Kari Nordmann journalist"), an author row; "Taylor Swift
// performs" stays a headline.
bool is_job_credit_row(const Line& l) {
    return l.kind == LineKind::short_text && credit_parts(util::trim(l.text)) == 1 && ends_in_job_title(util::trim(l.text));
}

// study-w round 21 T2 (hamshahri shell: headline / date / "کد خبر ۸۹۱۲۳۴" / share row / story): a label of one or
// two words and a long number, a CMS's story id ("News ID: 891234", "کد خبر ۸۹۱۲۳۴", "Código 1048576"), in any
// script and digits. Never a headline: a headline's number is a year or a short count, or comes with a sentence's
// words ("Lottery jackpot hits 250000").
bool is_story_id_row(const Line& l) {
    constexpr std::size_t kMinIdDigits = 6, kMaxWords = 3;
    if (l.kind != LineKind::short_text || l.sentence_end || l.words > kMaxWords) return false;
    const std::string_view t = util::trim(l.text);
    const std::size_t space = t.rfind(' ');
    if (space == std::string_view::npos) return false;
    std::string ascii;
    std::string_view number = t.substr(space + 1);
    if (util::fold_arabic_digits(number, ascii)) number = ascii;
    return number.size() >= kMinIdDigits && util::is_ascii_number(number) && !util::has_digit(t.substr(0, space));
}

// With no header line read, the rows between the headline and the body that are clearly none: a date row no
// table reads, a one-credit author row, a glued share row (is_glued_button_row, is_share_target_row), a story id.
bool is_unread_header_row(const Line& l) {
    return l.kind == LineKind::short_text ? is_date_shaped_row(l) || is_job_credit_row(l) || is_glued_button_row(l.text) ||
                                                is_share_target_row(l.text) || is_story_id_row(l)
                                          : is_date_shaped_row(l);
}

// The headline found above unread header rows (is_unread_header_row), the rows and the chips passed over on the
// way ("Hina", "Dalintis") are the header's, never story text (text_layout keeps what sits under a headline).
void drop_unread_header_rows(std::vector<Line>& lines, std::size_t from, std::size_t end) {
    if (std::none_of(lines.begin() + static_cast<std::ptrdiff_t>(from), lines.begin() + static_cast<std::ptrdiff_t>(end),
                     [](const Line& l) { return is_unread_header_row(l); }))
        return;
    // The deck the headline was found over (headline_over_unpunctuated_deck) is the header's too.
    const std::size_t deck = next_non_blank(lines, from);
    const bool over_deck = deck < end && headline_over_unpunctuated_deck(lines, 0, deck) + 1 == from;
    for (std::size_t i = from; i < end; ++i)
        if (is_unread_header_row(lines[i]) || is_chip(lines[i]) || (over_deck && i == deck)) lines[i].kind = LineKind::label;
}

// The line right above line `i` (blank lines aside) is a section's name ("Aktuelles", "News": kSectionKickers).
bool section_kicker_above(const std::vector<Line>& lines, std::size_t first, std::size_t i) {
    while (i > first && lines[i - 1].kind == LineKind::blank) --i;
    return i > first && lines[i - 1].kind == LineKind::short_text && is_section_kicker(lines[i - 1].text);
}

std::optional<std::size_t> pick_title(const std::vector<Line>& lines, std::size_t first, std::size_t end,
                                      const std::vector<std::size_t>& meta, const std::vector<DatedRow>& rows) {
    auto candidate = [&](std::size_t i) -> std::optional<std::size_t> {
        if (i >= first && i < end && is_title_candidate(lines[i])) return i;
        return std::nullopt;
    };
    if (meta.empty()) {  // no byline, no date: the headline sits right above the body
        const auto near = candidate_above(
            lines, first, end, [](const Line& l) { return skippable(l.kind) || is_unread_header_row(l); }, candidate);
        if (!near) return near;
        // A deck under the headline, over unread header rows (study-u round 18 leftover, ynet shell: headline /
        // deck / wire / "לפני 3 שעות עודכן: 13:02" / share row).
        const std::size_t headline = headline_over_unpunctuated_deck(lines, first, *near);
        return headline != *near ? headline : headline_over_subheading(lines, first, headline_over_box_label(lines, first, *near));
    }
    for (std::size_t i = meta.front() + 1; i < meta.back(); ++i)  // "By X" / headline / date
        if (candidate(i)) return i;
    // A share bar between headline and byline, or a lone "Author" label over the name.
    std::optional<std::size_t> before = candidate_above(
        lines, first, above_credit_rows(lines, first, meta.front()),
        [](const Line& l) { return skippable(l.kind) || is_lone_author_label(l.text); }, candidate);
    if (before) {
        const std::size_t deck = *before;
        before = headline_over_deck(lines, first, deck);
        if (*before == deck) before = headline_over_unpunctuated_deck(lines, first, deck);
    } else before = headline_over_sentence_deck(lines, first, meta.front());
    std::optional<std::size_t> after;
    std::size_t i = meta.back() + 1;
    bool tool_bar = false;  // a share bar between the header and the line after it
    for (; i < end && (skippable(lines[i].kind) || is_meta(lines[i].kind) || lines[i].text[0] == '@'); ++i)
        tool_bar = tool_bar || lines[i].kind == LineKind::share;
    after = candidate(i);
    // An author row (a bare name above the date) comes before the headline; a
    // nav bar above a bare date looks like a headline in Title Case. A labelled
    // byline ("Author: X | Editor: Y") follows its headline.
    const Line& m0 = lines[meta.front()];
    const std::string_view m0_text = without_trailing_age(without_trailing_handle(without_trailing_separator(m0.text)));
    const auto m0_name = parse_byline(m0_text);
    // A card's "decrypt.co by Liam O'Connor Sep 19, 2025" row heads its card, as an author row does.
    // A dated row ("Nina Park Posted on Sep 19, 2025") is an author row too.
    const bool row = (m0.kind == LineKind::byline && ((m0_name && m0_name->byline == m0_text) || domain_before_by(m0.text) > 0)) ||
                     (row_at(rows, meta.front()) != nullptr && !row_at(rows, meta.front())->under_headline);
    const bool bare_date = m0.kind == LineKind::dateline;
    // "Forwarded from CoinDesk" over a Telegram post (study-b tgmirror shell): an attribution phrase
    // opening the header's first line introduces the post below it; the line above is the channel's.
    const bool forwarded = m0.kind == LineKind::source && opens_with_source_phrase(m0.folded);
    if (before && after) {
        const Line& b = lines[*before];
        const Line& a = lines[*after];
        // A CJK headline opening with a Latin name ("DeepMind推出可微神经计算机DNC") is no run of capitalised
        // words when the line under the date is shorter (study-p round 13 T1, ettoday shell: a chip row under
        // the date won so); a brand over the date ("ETtoday新聞雲") is shorter than the headline under it.
        const bool cjk_headline = is_cjk_headline(b) && a.words < b.words;
        const bool nav_like = (is_capitalised_words(b.text) && !is_capitalised_words(a.text) && !cjk_headline) ||
                              (b.words <= kMaxNavWords && a.words > b.words + kMaxNavWords);
        // "The Telegraph" / "Story by Rachel Pannett • 3h" / headline (study-d msn shell): a provider's
        // name above a labelled byline is the provider row, the headline comes after it.
        const bool provider = m0.kind == LineKind::byline && byline_label(m0.text) == BylineLabel::author &&
                              is_row_name(b) && a.words > b.words;
        // study-k round 8 B9 (hurriyet, folha shells: "Takip Et", "Ouvir o texto" right above the body): a
        // button no table knows, under an author row; a headline is longer than a chip-sized line under it.
        const bool button = a.words <= kMaxChipWords && b.words > a.words + kMaxNavWords;
        // study-k round 8 B9 (blogger shell: blog name / "L'actualité du monde, chaque jour" / date header /
        // post title / story; Blogger prints the date ABOVE the post's title): under a bare date, a
        // headline-sized line longer than the line above the date is the headline; the shorter line above
        // is a tagline or a nav bar. A long deck under the date (over kMaxHeadlineWordsUnderDate) is none.
        constexpr std::size_t kMaxHeadlineWordsUnderDate = 16;
        const bool longer = a.words > b.words && a.words <= kMaxHeadlineWordsUnderDate;
        // study-o round 12 X2 (elconfidencial shell: headline / deck / author / date / share row / a second
        // deck of 21 words): under an author row, a deck-length line after a headline-sized one is no headline.
        const bool deck = a.words > kMaxHeadlineWordsUnderDate && b.words <= kMaxHeadlineWordsUnderDate;
        // study-p round 13 T6 (gemeinde shell, TYPO3's news view: "Aktuelles" / "28.11.2026" / headline): a
        // section's name right above a bare date heads the story below; the line above it is the page's.
        const bool kicker = bare_date && *before < meta.front() && section_kicker_above(lines, first, meta.front());
        // study-q round 14 T5 (buttondown shell: headline / "Courtney Kirchoff @ckirchoff 3 days ago" / "♥ 214
        // 💬 37 Share" / "Hard Habit to Break?" / story; Substack, Medium and Ghost print the counts and share
        // bar under the author row): a share bar under the author row closes the header, the short line after
        // it is the story's first subheading; the row's headline is the line above it.
        const bool subheading = tool_bar && *before < meta.front();
        return !button && ((row && !deck && !subheading) || forwarded || provider || (bare_date && (nav_like || longer || kicker))) ? after : before;
    }
    if (before) return above_category_label(lines, first, *before);
    return after;
}

// The date after a publication label on a line that opens with the update:
// "Updated Sep 20, 2025 9:02 am EDT · Published Sep 19, 2025 4:20 am EDT",
// "Last updated: Sep 21, 2025 Published: Sep 19, 2025" (study-b finportal and
// editedby shells: the label right before a date says what it is).
std::optional<ParsedDate> published_after_update(const Line& l) {
    for (auto [at, end] = published_label(l.folded); at != std::string_view::npos; std::tie(at, end) = published_label(l.folded, at + 1))
        if (auto d = parse_date(std::string_view(l.folded).substr(end))) return d;
    return std::nullopt;
}

// The date after an "original" marker: "… · Originally published: Jul 26, 2024 at 9:51 am UTC".
std::optional<ParsedDate> original_date(const Line& l) {
    for (std::string_view marker : lexicon::kRepostCredits.phrases) {
        const std::size_t at = l.folded.find(marker);
        if (at != std::string::npos)
            if (auto d = parse_date(std::string_view(l.folded).substr(at + marker.size()))) return d;
    }
    return std::nullopt;
}

// "以下文章来源于TNW中文站 ，作者林靖东" (study-j round 7 B25, wechat shell): the
// author a WeChat source card names after its last comma, after a zh byline
// label (lexicon kBylineLabels: "作者").
std::optional<BylineParts> source_card_author(const Line& l) {
    constexpr std::string_view kFullwidthComma = "\xEF\xBC\x8C";  // ，
    if (!starts_with_any(lexicon::kSourceCardOpeners, l.folded)) return std::nullopt;
    const std::size_t comma = l.text.rfind(kFullwidthComma);
    if (comma == std::string::npos) return std::nullopt;
    const std::string_view part = util::trim(std::string_view(l.text).substr(comma + kFullwidthComma.size()));
    for (std::string_view label : lexicon::kBylineLabels)  // zh writes the label glued to the name: "作者林靖东"
        if (static_cast<unsigned char>(label[0]) >= 0x80 && part.size() > label.size() && part.starts_with(label))
            return parse_byline(util::trim(part.substr(label.size())));
    return std::nullopt;
}

void read_attribution(const std::vector<Line>& lines, std::size_t first, std::size_t end, Layout& layout) {
    for (std::size_t i = first; i < end && i < lines.size(); ++i) {
        const Line& l = lines[i];
        if (l.kind == LineKind::credit) {
            if (auto d = original_date(l)) layout.date = d;
            // A credit's author-labelled part names the original author when the header named
            // no one: "本文編譯自 The Block，原文作者：Anna Lee，原文發佈於 …" (study-h round 5 B1,
            // zh translated reposts).
            if (!layout.byline && byline_label(l.text) == BylineLabel::author) layout.byline = parse_byline(l.text);
            if (!layout.byline) layout.byline = source_card_author(l);
        }
        if (!is_meta(l.kind)) continue;
        if (auto d = original_date(l)) layout.date = d;  // the original date wins over the repost's
        if (!layout.source && l.kind == LineKind::source) layout.source = parse_source_line(l.text);
        if (!layout.source && l.kind == LineKind::source) layout.source = read_on_source(l);  // weakest: a button
        // A feed footer ("The post <title> appeared first on X.") holds the story's title, no
        // name: "The post Just-released …" gave the byline "The post Just" (study-h round 5 B7).
        if (!layout.byline && l.kind == LineKind::source && !read_on_source(l) && !feed_footer_site(l.text))
            layout.byline = parse_byline(l.text);
    }
    // No name the byline parser accepts, but an attribution names the origin ("The post X appeared first
    // on Bitcoinist.", study-b autoblog under "Posted on … by admin"): the repost README's rule, the
    // byline is the source as shown.
    if (!layout.byline && layout.source) layout.byline = origin_as_byline(*layout.source);
}

// The name after " by " in a dateline: "March 4, 2025 by Jane Doe", "Posted in
// Bitcoin by Emma Walsh on September 19, 2025".
std::optional<BylineParts> name_after_by(std::string_view text) {
    const std::size_t by = util::ifind(text, " by ");
    return by == std::string_view::npos ? std::nullopt : parse_byline(text.substr(by + 1));
}

// A blog theme's entry meta row under the story, "Posted in Bitcoin by Emma
// Walsh on September 19, 2025" (study-h round 5 B7, WordPress): its author and
// date, when the header gave none. A CMS account ("admin") names no one.
void read_entry_meta_row(const std::vector<Line>& lines, std::size_t first, std::size_t end, Layout& layout) {
    for (std::size_t i = first; i < end && i < lines.size(); ++i) {
        const Line& l = lines[i];
        if (l.kind != LineKind::dateline) continue;
        const auto date = entry_meta_date(l);
        if (!date) continue;
        if (auto name = layout.byline ? std::nullopt : name_after_by(l.text); name && !is_account_name(name->byline))
            layout.byline = std::move(name);
        if (!layout.date) layout.date = date;
        return;
    }
}

// An author card under the body (study-d square shell: "Cointelegraph" /
// "@cointelegraph" / "1.2M Followers" / "Follow"): a bare name right above an
// @handle or a follower count. Read only when the header
// named nobody: a name under the story is weaker evidence than one above it.
std::optional<BylineParts> tail_author_card(const std::vector<Line>& lines, std::size_t first, std::size_t end) {
    for (std::size_t i = first; i < end && i < lines.size(); ++i) {
        if (!is_row_name(lines[i])) continue;
        const std::size_t next = next_non_blank(lines, i + 1);
        if (next >= lines.size()) break;
        const Line& n = lines[next];
        const bool handle = n.text[0] == '@' && n.words <= 2;
        // Not a "Follow"-like label alone: a Title Case related headline above "Read more" is no card.
        if (handle || without_follower_count(n.text).empty()) return parse_byline(without_follower_count(lines[i].text));
    }
    return std::nullopt;
}

// study-j round 7 B12 (xarticle shell: "4:20 AM · Sep 19, 2025 · 1.2M Views"
// under an X Article; WordPress entry footers, study-h wpfooter): the post's
// date printed right under the story, read when the header shows none. Only
// the few lines right below the last paragraph, across UI lines (counts, share
// bars) and an edited date ("Last edited 10:05 AM · Sep 20, 2025"): a related
// card's, a comment's or a footer's date sits below an opener or other text,
// which ends the look.
std::optional<ParsedDate> date_under_body(const std::vector<Line>& lines, std::size_t body_last) {
    constexpr std::size_t kMaxLinesUnder = 3;
    std::size_t seen = 0;
    for (std::size_t i = next_non_blank(lines, body_last + 1); i < lines.size() && seen < kMaxLinesUnder;
         i = next_non_blank(lines, i + 1), ++seen) {
        const Line& l = lines[i];
        if (l.kind == LineKind::share || l.kind == LineKind::label) continue;
        if (l.kind != LineKind::dateline) return std::nullopt;
        if (starts_with_any(lexicon::kModifiedDateMarkers, l.folded)) continue;
        const auto d = parse_date(l.text);
        return d && d->day > 0 && d->year >= kFirstWebYear ? d : std::nullopt;
    }
    return std::nullopt;
}

// study-p round 13 T7 (htx shell: story / "Written by: Lucy Liu" / "Statement: …"; PANews, Odaily and blogs
// sign off so, de "Autor: X", "Text: X"): an author-labelled line alone at the story's end names the writer
// when the header named no one: the text path's end credit, as the HTML path reads a closing credit
// (metadata_visible read_end_credit). A short line of a label and a name only, right under the body's last
// line (UI lines aside) or one of the body span's last two lines (a closing note the line model took for
// prose may end the span under it), and the span's only byline line: a digest prints one per item. The
// credit's line index, or nothing.
std::optional<std::size_t> labelled_end_credit(const std::vector<Line>& lines, const Layout& layout) {
    constexpr std::size_t kMaxCreditWords = kMaxNameWords + 3;  // "Written by: Anna Maria de la Cruz"
    const auto credit = [&](std::size_t i) {
        const Line& l = lines[i];
        if (l.kind != LineKind::byline || l.sentence_end || l.words > kMaxCreditWords || byline_label(l.text) != BylineLabel::author)
            return false;
        const auto name = parse_byline(l.text);
        return name && is_short_name(name->byline);
    };
    std::size_t under = next_non_blank(lines, layout.body_last + 1);
    while (under < lines.size() && (lines[under].kind == LineKind::share || lines[under].kind == LineKind::label))
        under = next_non_blank(lines, under + 1);
    if (under < lines.size() && credit(under)) return under;
    std::optional<std::size_t> found;
    std::size_t seen = 0;  // non-blank lines from the span's end up
    for (std::size_t i = layout.body_last + 1; i-- > layout.body_first;) {
        if (lines[i].kind == LineKind::blank) continue;
        ++seen;
        if (lines[i].kind != LineKind::byline) continue;
        if (found || seen > 2 || !credit(i)) return std::nullopt;
        found = i;
    }
    return found;
}

// An initialism of two letters or more among the words: "AFPBB News", "ITmedia NEWS", "Forbes JAPAN".
bool has_initialism(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t end = std::min(text.find(' ', pos), text.size());
        const std::string_view word = text.substr(pos, end - pos);
        pos = end + 1;
        if (word.size() >= 2 && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return true;
    }
    return false;
}

// study-k round 8 B9 (yahoojp shell: "9/19(金) 4:20配信" / "コメント 128件" /
// "AFPBB News" / story): an aggregator prints the provider's name under the
// date, right above the story. A brand's name there (a domain: "CNN.co.jp";
// or two to four capitalised words with an initialism: "AFPBB News"), right
// under the header's dateline with only UI lines between, is the provider,
// read as an agency's line is; a section label ("World News") or a picture
// credit ("Getty Images") is none.
bool is_provider_under_date(const std::vector<Line>& lines, std::size_t first, std::size_t at) {
    const Line& l = lines[at];
    const std::string_view name = util::trim(l.text);
    const bool named = (l.words >= 2 && is_row_name(l) && has_initialism(name)) ||
                       (name.find(' ') == std::string_view::npos && is_domain_name(name));
    if (!named || is_section_kicker(name) || lexicon::equals_any(lexicon::kPictureAgencies, util::fold_key(l.folded))) return false;
    std::size_t i = at;
    while (i > first && (lines[i - 1].kind == LineKind::blank || lines[i - 1].kind == LineKind::comments ||
                         lines[i - 1].kind == LineKind::label || lines[i - 1].kind == LineKind::share))
        --i;
    return i > first && lines[i - 1].kind == LineKind::dateline;
}

// study-s round 16 T6 (tuoitre shell: date / headline / share row / "NGỌC AN" / story; Tuổi Trẻ, Thanh Niên
// and VnExpress print the reporter so, as do bylines set in capitals elsewhere): a name in capitals (two to
// kMaxNameWords words, each is_initials_word, no section's badge) alone right above the story, under the
// headline with only UI lines and unread short lines between (at most kMaxLinesUnderHeadline).
bool is_caps_name_under_headline(const std::vector<Line>& lines, std::size_t first, std::size_t at, const Layout& layout) {
    constexpr std::size_t kMaxLinesUnderHeadline = 2;
    const Line& l = lines[at];
    if (!layout.title || *layout.title >= at || *layout.title < first || l.words < 2 || l.words > kMaxNameWords ||
        is_section_kicker(l.text))
        return false;
    for (std::size_t pos = 0; pos < l.text.size();) {
        const std::size_t end = std::min(l.text.find(' ', pos), l.text.size());
        if (!is_initials_word(std::string_view(l.text).substr(pos, end - pos))) return false;
        pos = end + 1;
    }
    std::size_t between = 0;
    for (std::size_t k = *layout.title + 1; k < at; ++k)
        if (lines[k].kind != LineKind::blank && !skippable(lines[k].kind) && ++between > kMaxLinesUnderHeadline) return false;
    return true;
}

// study-j round 7 B2 (cnbc shell, Reuters copy: "Share … via Email" /
// "Reuters" / story): a wire agency's name (lexicon kWireAgencies) alone on
// the line right above the story, share and UI lines aside, is the author
// slot of wire copy; read when the header named no one, and a header line
// from then on, not story text. A section label there ("Economy") is no agency.
void read_agency_line(std::vector<Line>& lines, std::size_t first, Layout& layout) {
    std::size_t i = layout.body_first;
    while (i > first && (lines[i - 1].kind == LineKind::blank || lines[i - 1].kind == LineKind::share ||
                         lines[i - 1].kind == LineKind::label))
        --i;
    if (i == first || lines[i - 1].kind != LineKind::short_text || (layout.title && *layout.title == i - 1)) return;
    Line& l = lines[i - 1];
    const bool agency = l.words <= 3 && lexicon::equals_any(lexicon::kWireAgencies, util::fold_key(l.folded));
    if (!agency && !is_provider_under_date(lines, first, i - 1) && !is_caps_name_under_headline(lines, first, i - 1, layout)) return;
    layout.byline = parse_byline(l.text);
    if (!layout.byline) return;
    l.kind = LineKind::byline;
    layout.meta.push_back(i - 1);
}

// study-r round 15 T5 (transistor shell: headline / "Nov 21, 2026 · 52:07" / "Hosted by Dana Whitfield and Omar
// Reyes" / player; Transistor, Buzzsprout, Simplecast and webinar/event pages credit the hosts so): the label that
// opens a podcast's or a show's credit row, in the languages of the hosting platforms. The row is the header's
// byline row, never the headline.
constexpr std::string_view kHostLabels[] = {
    "hosted by ", "presented by ", "moderated by ", "moderiert von ", "präsentiert von ", "présenté par ",
    "animé par ", "presentado por ", "conducido por ", "apresentado por ", "condotto da ", "presentato da ",
};

void mark_host_rows(std::vector<Line>& lines, std::size_t first, std::size_t end, std::vector<DatedRow>& rows) {
    constexpr std::size_t kMaxHostRowWords = 10;
    for (std::size_t i = first; i < end; ++i) {
        Line& l = lines[i];
        if (l.kind != LineKind::short_text || l.sentence_end || l.words > kMaxHostRowWords || row_at(rows, i)) continue;
        for (std::string_view label : kHostLabels) {
            // The shown text's bytes match the label's (folding kept its length): the names follow it.
            const std::string_view word = label.substr(0, label.size() - 1);
            if (!l.folded.starts_with(label) || l.text.size() <= label.size() || l.text[word.size()] != ' ' ||
                util::fold(l.text.substr(0, word.size())) != word)
                continue;
            auto names = parse_byline(util::trim(std::string_view(l.text).substr(label.size())));
            if (!names) break;
            l.kind = LineKind::byline;
            rows.push_back(DatedRow{i, std::move(names), std::nullopt});
            break;
        }
    }
}

// study-r round 15 T4 (fandom shell: "Blueberry" / "Sign in to editHistoryTalk (0)" / "Blueberry" / infobox /
// story; MediaWiki, Fandom and wiki-like docs print the page's name as the heading and again as the infobox's
// caption): when no line reads as a headline (a one-word name is too short for one), a short line of letters
// shown twice a few lines apart above the body is the page's name. The first copy is the title.
std::optional<std::size_t> repeated_heading(const std::vector<Line>& lines, std::size_t first, std::size_t end) {
    constexpr std::size_t kMaxNameWords = 3, kMaxGap = 4;  // non-blank lines between the two copies
    for (std::size_t i = first; i < end; ++i) {
        const Line& l = lines[i];
        if (l.kind != LineKind::short_text || l.words > kMaxNameWords || letter_words(l.text) != l.words) continue;
        std::size_t seen = 0;
        for (std::size_t k = next_non_blank(lines, i + 1); k < end && seen < kMaxGap; k = next_non_blank(lines, k + 1), ++seen)
            if (lines[k].folded == l.folded) return i;
    }
    return std::nullopt;
}

// study-r round 15 T3 (hankyoreh shell: "등록 …" / "수정 …" / "연합뉴스" / share row / story; Korean, uk and tr
// portals credit a wire story so): a wire agency's name (kWireAgencies) alone on the line right under the
// header's last row names the story's source when the header named no one. No story text.
void read_agency_under_header(std::vector<Line>& lines, Layout& layout) {
    if (layout.byline || layout.meta.empty()) return;
    const std::size_t i = next_non_blank(lines, layout.meta.back() + 1);
    if (i >= lines.size() || lines[i].kind != LineKind::short_text || lines[i].words > 3) return;
    Line& l = lines[i];
    if (!lexicon::equals_any(lexicon::kWireAgencies, util::fold_key(l.folded))) return;
    layout.byline = parse_byline(l.text);
    if (layout.byline) l.kind = LineKind::credit;
}

// "Dan De Luce, Abigail Williams, NBC News", "Ana Ruiz, Luis Gómez y Marta
// Gil": two names or more (is_listed_name, a pair joined by an author
// separator counting two), with the outlet after the last comma (capitalised
// words with an initialism) dropped. The names' part of the text, else empty.
std::string_view name_list(std::string_view text) {
    constexpr std::size_t kMaxListParts = 6;
    std::size_t names = 0, parts = 0, end = 0;
    for (std::size_t pos = 0; pos < text.size() && parts < kMaxListParts; ++parts) {
        const std::size_t comma = std::min(text.find(", ", pos), text.size());
        const std::string_view part = util::trim(text.substr(pos, comma - pos));
        const bool last = comma == text.size();
        if (last && names >= 2 && has_initialism(part) && is_capitalised_words(part)) break;  // the outlet
        if (is_name_pair(part)) names += 2;
        else if (is_listed_name(part)) ++names;
        else return {};
        end = comma;
        pos = last ? comma : comma + 2;
    }
    return names >= 2 && parts < kMaxListParts ? util::trim(text.substr(0, end)) : std::string_view();
}

// study-m round 10 T1/T3 (cnbc shell, NBC News copy: date row / share bar /
// "Dan De Luce, Abigail Williams, NBC News" / story): a list of names alone
// right above the story, UI lines aside, under the header's dateline, is the
// author slot, as an agency's name there is (read_agency_line): a byline
// line, never the headline.
void read_name_list_slot(std::vector<Line>& lines, std::size_t first, std::size_t end, Layout& layout) {
    std::size_t i = end;
    while (i > first && (lines[i - 1].kind == LineKind::blank || lines[i - 1].kind == LineKind::share ||
                         lines[i - 1].kind == LineKind::label || lines[i - 1].kind == LineKind::caption))
        --i;
    if (i == first || lines[i - 1].kind != LineKind::short_text) return;
    const std::string_view names = name_list(lines[i - 1].text);
    if (names.empty()) return;
    const bool dated = std::any_of(lines.begin() + static_cast<std::ptrdiff_t>(first), lines.begin() + static_cast<std::ptrdiff_t>(i - 1),
                                   [](const Line& l) { return l.kind == LineKind::dateline; });
    if (!dated) return;
    lines[i - 1].kind = LineKind::byline;
    layout.byline = parse_byline(names);
}

// "Le Monde avec AFP", "The Guardian with AP": an outlet (one to four
// capitalised words), a joiner (kWireConnectors) and a wire agency
// (kWireAgencies) closing the line: the credit of a story written from wire copy.
bool is_agency_credit(const Line& l) {
    constexpr std::size_t kMaxCreditWords = 6;
    if (l.kind != LineKind::short_text || l.sentence_end || l.words < 3 || l.words > kMaxCreditWords) return false;
    const std::string_view text = util::trim(l.text);
    const std::size_t last = text.rfind(' ');
    const std::size_t joiner = last == std::string_view::npos || last == 0 ? std::string_view::npos : text.rfind(' ', last - 1);
    if (joiner == std::string_view::npos) return false;
    const std::string_view outlet = util::trim(text.substr(0, joiner));
    return lexicon::equals_any(lexicon::kWireAgencies, util::fold_key(text.substr(last + 1))) &&
           std::ranges::find(lexicon::kWireConnectors, util::fold_key(text.substr(joiner + 1, last - joiner - 1))) !=
               lexicon::kWireConnectors.end() &&
           !outlet.empty() && is_capitalised_words(outlet);
}

// The wire of an agency credit (is_agency_credit): "AFP" of "Le Figaro avec AFP".
// The story's origin and its byline (repost README), as the HTML path reads
// the host's credit (metadata.cpp wire_of_host_credit).
std::optional<BylineParts> agency_credit_wire(const Line& l) {
    const std::string_view text = util::trim(l.text);
    return parse_byline(text.substr(text.rfind(' ') + 1));
}

// study-m round 10 T3 (lemonde shell: date row / "Le Monde avec AFP" / share
// bar / story): an agency credit (is_agency_credit) right under the header's
// dateline is its byline line, the wire its name.
void mark_agency_credits(std::vector<Line>& lines, std::size_t first, std::size_t end, std::vector<DatedRow>& rows) {
    for (std::size_t i = first; i < end; ++i) {
        if (lines[i].kind != LineKind::dateline) continue;
        const std::size_t next = next_non_blank(lines, i + 1);
        if (next >= end || !is_agency_credit(lines[next])) continue;
        lines[next].kind = LineKind::byline;
        if (auto wire = agency_credit_wire(lines[next])) rows.push_back(DatedRow{next, std::move(wire), std::nullopt, true});
    }
}

// study-p round 13 T4 (presseportal shell: date / "Brandtner Haustechnik GmbHFolgen" / headline; the
// publisher rows of LinkedIn, X, YouTube and the news portals): an account's name closing with its Follow or
// Subscribe button (kFollowButtons, the one-word kNewsletterButtons), glued to the name or after a space or
// separator. The name (capitalised words, no section's) and whether the button was glued; an empty name
// when the line is no such row.
struct FollowRow {
    std::string_view name;
    bool glued = false;
};

FollowRow follow_row(const Line& l) {
    if (l.kind != LineKind::short_text || l.sentence_end || l.words > kMaxNameWords + 1) return {};
    const std::string_view text = util::trim(l.text);
    const auto with_button = [&](std::string_view button) -> FollowRow {
        if (button.find(' ') != std::string_view::npos || text.size() <= button.size() + 1 ||
            util::fold(text.substr(text.size() - button.size())) != button)
            return {};
        const std::size_t at = text.size() - button.size();
        // Glued: a capital opens the button right after a letter ("GmbHFolgen"; "Unfollow" is a word).
        const bool glued = util::is_ascii_alpha(text[at - 1]) && text[at] >= 'A' && text[at] <= 'Z';
        if (!glued && text[at - 1] != ' ') return {};
        const std::string_view name = without_trailing_separator(text.substr(0, at));
        const std::size_t words = count_words(name);
        if (words == 0 || words > kMaxNameWords || !is_capitalised_words(name) || glued_capitals(name) > 1 ||
            is_section_kicker(name))
            return {};
        return {name, glued};
    };
    for (std::string_view button : lexicon::kFollowButtons)
        if (FollowRow row = with_button(button); !row.name.empty()) return row;
    for (std::string_view button : lexicon::kNewsletterButtons.phrases)
        if (FollowRow row = with_button(button); !row.name.empty()) return row;
    return {};
}

// Account rows of the header window become byline lines, their name the row's. A spaced button only
// over a longer headline candidate: "Markets Rally As Others Follow" over the date is a headline; a
// button glued to a name is no headline's word. Only when the window holds no byline or source line: a
// provider's row over "Story by X" names the publisher, the labelled line the author (study-m msn shell:
// "The Seattle TimesFollow" / headline / "Story by Hal Bernton • Nov 14, 2025").
void mark_follow_rows(std::vector<Line>& lines, std::size_t first, std::size_t end, std::vector<DatedRow>& rows) {
    for (std::size_t i = first; i < end; ++i)
        if (lines[i].kind == LineKind::byline || lines[i].kind == LineKind::source) return;
    for (std::size_t i = first; i < end; ++i) {
        const FollowRow row = follow_row(lines[i]);
        if (row.name.empty()) continue;
        const std::size_t next = next_non_blank(lines, i + 1);
        const bool over_headline = next < end && is_title_candidate(lines[next]) && lines[next].words > count_words(row.name);
        if (!row.glued && !over_headline) continue;
        auto name = parse_byline(row.name);
        if (!name || name->byline != row.name) continue;
        lines[i].kind = LineKind::byline;
        rows.push_back(DatedRow{i, std::move(name), std::nullopt});
    }
}

// An outlet's name as a source row prints it, no section's: "The Block", an
// initialism ("CNBC", "BBC News"), a domain, a desk or outlet word ("Cryptoverse
// Daily"), a wire agency. "World" or "Markets" alone is a section.
bool is_outlet_name(std::string_view name) {
    return util::istarts_with(name, "the ") || has_initialism(name) || is_domain_name(name) || is_desk_name(name) ||
           lexicon::equals_any(lexicon::kWireAgencies, util::fold_key(name));
}

// "The Block · Danny Park", "Danny Park · The Block": an outlet and a person,
// one on either side of a separator (· • |). The person, when one side is an
// outlet's name (is_outlet_name) and the other a person's (is_listed_name, no
// outlet: byline.hpp names_outlet). "World · Middle East" names no one.
std::optional<BylineParts> person_beside_outlet(std::string_view text) {
    for (std::string_view sep : {" \xC2\xB7 ", " \xE2\x80\xA2 ", " | "}) {
        const std::size_t at = text.find(sep);
        if (at == std::string_view::npos) continue;
        const std::string_view a = util::trim(text.substr(0, at)), b = util::trim(text.substr(at + sep.size()));
        const bool outlet_first = is_outlet_name(a) && is_short_name(a);
        if (!outlet_first && !(is_outlet_name(b) && is_short_name(b))) return std::nullopt;
        const std::string_view person = outlet_first ? b : a;
        auto parts = parse_byline(person);
        if (!parts || parts->byline != person || !is_listed_name(person) || names_outlet(*parts) || is_section_kicker(person))
            return std::nullopt;
        return parts;
    }
    return std::nullopt;
}

// "Sofia Neves (no Rio de Janeiro)", "Jane Doe (London)": a person's name and
// the place the story was written, in brackets (Público, El País, the BBC's
// "(em Lisboa)"). The name.
std::optional<BylineParts> person_before_place(std::string_view text) {
    constexpr std::size_t kMaxPlaceWords = 5;
    if (!text.ends_with(')')) return std::nullopt;
    const std::size_t open = text.rfind(" (");
    if (open == std::string_view::npos) return std::nullopt;
    const std::string_view name = util::trim(text.substr(0, open)), place = text.substr(open + 2, text.size() - open - 3);
    if (!is_listed_name(name) || is_section_kicker(name) || count_words(place) == 0 || count_words(place) > kMaxPlaceWords ||
        place.find_first_of("0123456789()") != std::string_view::npos)
        return std::nullopt;
    auto parts = parse_byline(name);
    return parts && parts->byline == name ? parts : std::nullopt;
}

// study-o round 12 T1 (bybit, lefigaro, publico shells): headline / a byline
// row with one piece more than a name / date: "The Block · Danny Park", "Le
// Figaro avec AFP", "Sofia Neves (no Rio de Janeiro)". Unread, the row passed as
// the headline, which was lost with the byline. The name the row credits:
// the person beside an outlet, the wire of an agency credit, the person
// before a bracketed place.
std::optional<BylineParts> credit_row_name(const Line& l) {
    constexpr std::size_t kMaxRowWords = 8;
    if (l.kind != LineKind::short_text || l.sentence_end || l.words > kMaxRowWords) return std::nullopt;
    if (is_agency_credit(l)) return agency_credit_wire(l);
    const std::string_view text = util::trim(l.text);
    if (auto person = person_beside_outlet(text)) return person;
    return person_before_place(text);
}

// Credit rows (credit_row_name) right above a date line and under a headline
// (under_headline), as agency rows are read (mark_agency_rows).
void mark_credit_rows(std::vector<Line>& lines, std::size_t first, std::size_t end, std::vector<DatedRow>& rows) {
    for (std::size_t i = first; i < end; ++i) {
        if (lines[i].kind != LineKind::short_text || row_at(rows, i)) continue;
        const std::size_t next = next_non_blank(lines, i + 1);
        if (next >= end || !is_row_date(lines[next], false) || !under_headline(lines, i, lines[i].words)) continue;
        if (auto name = credit_row_name(lines[i])) {
            lines[i].kind = LineKind::byline;
            rows.push_back(DatedRow{i, std::move(name), std::nullopt, true});
        }
    }
}

// "LIVE Tomás Ferreira 19 September 2025 Updated 11:02" (study-f liveblog
// shell): after an all-caps status badge (kHeaderBadges), the words before the
// date are a bare name, read as an author row. Without a badge the words
// before a date are as often a label ("Last Updated") or a place.
// Where the text after an all-caps badge of kHeaderBadges starts ("LIVE …"), or 0 when none opens the line.
std::size_t after_badge(const Line& l) {
    const auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
    for (std::string_view badge : lexicon::kHeaderBadges.phrases) {
        const bool opens = l.folded.size() > badge.size() && l.folded.compare(0, badge.size(), badge) == 0 &&
                           l.folded[badge.size()] == ' ';
        if (!opens || l.text.size() <= badge.size() + 1) continue;
        const std::string_view shown = std::string_view(l.text).substr(0, badge.size());
        if (util::fold(shown) == badge && std::none_of(shown.begin(), shown.end(), lower)) return badge.size() + 1;
    }
    return 0;
}

// "原创 李明 留学生观察 2025年9月19日 …" (study-j round 7 B25, wechat shell): a
// CJK name has no capitals, and the account's name follows the author's: the
// first token after the badge, a personal name of two to four characters.
std::optional<BylineParts> cjk_badge_name(std::string_view rest) {
    constexpr std::size_t kMinChars = 2, kMaxChars = 4;
    const std::string_view token = rest.substr(0, rest.find(' '));
    std::size_t chars = 0;
    for (std::size_t i = 0; i < token.size(); ++chars)
        if (!util::is_cjk(util::next_code_point(token, i))) return std::nullopt;
    if (chars < kMinChars || chars > kMaxChars) return std::nullopt;
    return parse_byline(token);
}

// The outlet named after the time of a Chinese date row (cjk_row_source), the
// text from the line's last digit on; nothing when it is no outlet's name.
std::optional<BylineParts> cjk_source_after_time(std::string_view text) {
    constexpr std::size_t kMinChars = 2, kMaxChars = 10;
    constexpr std::string_view kDay = "\xE6\x97\xA5";  // 日
    std::size_t last_digit = text.size();
    for (std::size_t i = text.size(); i-- > 0;)
        if (util::is_ascii_digit(text[i])) { last_digit = i; break; }
    std::string_view tail = last_digit < text.size() ? text.substr(last_digit + 1) : std::string_view();
    if (tail.starts_with(kDay)) tail.remove_prefix(kDay.size());
    tail = util::trim(tail);
    for (std::string_view label : lexicon::kSourceLabels)
        if (static_cast<unsigned char>(label[0]) >= 0x80 && tail.starts_with(label)) {
            tail = util::trim(tail.substr(label.size()));
            for (std::string_view colon : {"\xEF\xBC\x9A", ":"})  // ： :
                if (tail.starts_with(colon)) tail = util::trim(tail.substr(colon.size()));
            break;
        }
    std::size_t chars = 0;
    for (std::size_t i = 0; i < tail.size(); ++chars)
        if (!util::is_cjk(util::next_code_point(tail, i))) return std::nullopt;
    if (chars < kMinChars || chars > kMaxChars) return std::nullopt;
    // Words of the date itself: a ja stamp's "配信" (delivered), a "公開"/"更新" label after the time.
    if (lexicon::equals_any(lexicon::kDeliveryStampEnds, tail) || starts_with_any(lexicon::kPublishedDateMarkers, tail) ||
        starts_with_any(lexicon::kModifiedDateMarkers, tail) ||
        opens_with_place_label(tail))  // "来自北京": the poster's IP location, never the source
        return std::nullopt;
    return parse_byline(tail);
}

// study-m round 10 T3 (sina shell: "2025年11月14日 08:15腾讯科技"; Sina, Sohu,
// NetEase and ifeng print the same row, also as "… 08:15 来源：新华网"): a
// Chinese portal's date row, opening with the date, names the outlet the
// story came from after the time, with or without a source label
// (kSourceLabels). A name before the date is the account's and the place
// after it an IP location (cjk_badge_name's WeChat row): not read here.
std::optional<BylineParts> cjk_row_source(const Line& l) {
    if (l.kind != LineKind::dateline || l.text.empty() || !util::is_ascii_digit(l.text[0])) return std::nullopt;
    return cjk_source_after_time(l.text);
}

// study-n round 11 T4 (thepaper shell: "澎湃新闻记者 林靖", also glued to its
// row "澎湃新闻记者 林靖2026-11-27 09:12来源：澎湃新闻"): a Chinese reporter
// credit, an outlet before the reporter label (新华社记者, 本报记者, 央视新闻记者,
// 中新网记者) and the reporter's name of two to four characters, the row's date
// and source after it or nothing. The line is the header's byline, never the
// headline under which it sits. The name and the date, or nothing.
std::optional<DatedRow> cjk_reporter_row(const Line& l, std::size_t index) {
    if (l.kind != LineKind::short_text && l.kind != LineKind::dateline) return std::nullopt;
    const std::string_view text = util::trim(l.text);
    // byline.cpp's reading of the credit: "新华社记者 X", and the label alone before a colon, "記者：森下彩花" (study-y
    // round 22 asahinet shell).
    const std::size_t start = outlet_credit_name_at(text);
    if (start == std::string_view::npos) return std::nullopt;
    const std::size_t name_end = util::cjk_run(text, start).first;  // a zh name of 2-4 characters there
    const std::string_view rest = util::trim(text.substr(name_end));
    auto name = name_end > start ? parse_byline(text.substr(start, name_end - start)) : std::nullopt;
    if (!name) return std::nullopt;
    if (rest.empty()) return DatedRow{index, std::move(name), std::nullopt};
    if (!util::is_ascii_digit(rest[0])) return std::nullopt;
    const auto date = parse_date(rest);
    if (date && date->day > 0) return DatedRow{index, std::move(name), date};
    return std::nullopt;
}

// "光明网澎湃号·媒体" (study-n round 11 T4, thepaper shell): a platform
// account's name and the account-type chip after it, the platform's "<X>号"
// (lexicon::kAccountTypeLabels) and a type ("·媒体", "·湃客"). Run together
// even in a browser (inline), over the post's date. The account's name, or empty.
std::string_view account_row_name(const Line& l) {
    constexpr std::size_t kMaxTypeChars = 4, kMaxNameChars = 12;
    constexpr std::string_view kDot = "\xC2\xB7";  // ·
    if (l.kind != LineKind::short_text) return {};
    std::string_view text = util::trim(l.text);
    if (const std::size_t dot = text.rfind(kDot); dot != std::string_view::npos) {
        const auto [end, chars] = util::cjk_run(text, dot + kDot.size());
        if (end != text.size() || chars == 0 || chars > kMaxTypeChars) return {};
        text = util::trim(text.substr(0, dot));
    }
    const std::string_view name = without_account_type(text);
    if (name.size() == text.size() || name.empty()) return {};
    return count_words(name) <= kMaxNameChars ? name : std::string_view();
}

// study-r round 15 T3 (hankyoreh shell: "등록 2026-11-27 09:41" / "김민정 기자 다른 기사 보기" / share row; Hankyoreh,
// Kyunghyang, Yonhap and JoongAng print the reporter so, with the "other stories" link or the e-mail after the
// role): a Korean name, then a role written after it (lexicon kNameSuffixRoles: 기자, 특파원; "선임기자", senior
// reporter, ends in one), then at most a link's few words or an e-mail address. The name, a row without a date.
std::optional<DatedRow> ko_reporter_row(const Line& l, std::size_t index) {
    if (l.kind != LineKind::short_text || l.sentence_end) return std::nullopt;
    auto credit = ko_reporter_credit(l.text);  // byline.cpp: one reader for HTML rows and text lines
    if (!credit) return std::nullopt;
    return DatedRow{index, std::move(credit), std::nullopt};
}

// Chinese credit rows of the header window (cjk_reporter_row; an account row,
// account_row_name, right above a date line): byline lines, read as dated rows.
void mark_cjk_credit_rows(std::vector<Line>& lines, std::size_t first, std::size_t end, std::vector<DatedRow>& rows) {
    for (std::size_t i = first; i < end; ++i) {
        if (row_at(rows, i) || lines[i].text.empty() || static_cast<unsigned char>(lines[i].text[0]) < 0x80) continue;
        auto row = cjk_reporter_row(lines[i], i);
        if (!row) row = ko_reporter_row(lines[i], i);
        if (!row) {
            const std::string_view name = account_row_name(lines[i]);
            const std::size_t next = next_non_blank(lines, i + 1);
            if (name.empty() || next >= end || lines[next].kind != LineKind::dateline) continue;
            auto parts = parse_byline(name);
            if (!parts) continue;
            row = DatedRow{i, std::move(parts), std::nullopt};
        }
        if (lines[i].kind == LineKind::short_text) lines[i].kind = LineKind::byline;
        rows.push_back(std::move(*row));
    }
}

std::optional<BylineParts> badge_row_name(const Line& l) {
    const std::size_t start = after_badge(l);
    if (start == 0) return std::nullopt;
    const std::string_view text = l.text;
    std::size_t first = start;
    if (util::is_cjk(util::next_code_point(text, first))) return cjk_badge_name(text.substr(start));
    std::size_t end = start;  // the name ends before the date's first word: a number or a month name
    while (end < text.size()) {
        const std::size_t next = std::min(text.find(' ', end), text.size());
        const std::string_view word = text.substr(end, next - end);
        const bool digit = std::any_of(word.begin(), word.end(), [](char c) { return util::is_ascii_digit(c); });
        if (digit || lexicon::month_from_word(util::fold_key(word)) != 0) break;
        end = next + 1;
    }
    const std::string_view name = util::trim(text.substr(start, std::min(end, text.size()) - start));
    const std::size_t words = count_words(name);
    if (words < 2 || words > kMaxNameWords || !is_capitalised_words(name)) return std::nullopt;
    return parse_byline(name);
}

// A word of a date's tail rather than of a name: a month, a connector or time suffix ("Uhr"), a time zone ("EDT").
bool is_date_tail_word(std::string_view word) {
    const std::string key = util::fold_key(word);
    if (lexicon::month_from_word(key) != 0 || std::ranges::find(lexicon::kDateTimeConnectors, key) != lexicon::kDateTimeConnectors.end() ||
        std::ranges::find(lexicon::kTimeSuffixes, key) != lexicon::kTimeSuffixes.end())
        return true;
    return std::any_of(lexicon::kZoneNames.begin(), lexicon::kZoneNames.end(), [&](const auto& z) { return z.word == key; });
}

// study-n round 11 T3 (zonebourse shell: "28/11/2026 | 14:05 Claire Morvan",
// "27/11/2026 | 09:12 Source : AFP"; Boursorama, Il Sole 24 Ore and
// Moneycontrol print the same row): the author or the agency after the date
// and time of the header's dateline, with no label or separator before it.
// The tail after the line's last number is a person's name (is_listed_name,
// not all capitals: "AM EDT" is the time's), a wire agency (kWireAgencies), or
// a labelled credit ("Source : AFP", French spacing before the colon).
std::optional<BylineParts> name_after_date(const Line& l) {
    if (l.kind != LineKind::dateline) return std::nullopt;
    const std::string_view text = util::trim(l.text);
    const std::size_t last_digit = text.find_last_of("0123456789");
    const std::size_t space = last_digit == std::string_view::npos ? last_digit : text.find(' ', last_digit);
    if (space == std::string_view::npos) return std::nullopt;
    const std::string_view tail = util::trim(text.substr(space));
    const std::string_view head = text.substr(0, space);
    if (tail.empty() || !parse_date(head)) return std::nullopt;
    if (byline_label(tail) != BylineLabel::none) return parse_byline(tail);
    if (lexicon::equals_any(lexicon::kWireAgencies, util::fold_key(tail))) return parse_byline(tail);
    // study-q round 14 T7 (marketscreener shell: "Published on 11/28/2026 at 09:05 am EST Updated 11/28/2026
    // at 11:40 am EST Reuters"): the agency after the time's own words (meridiem, zone), a wire agency only.
    const auto time_word = [](std::string_view w) {
        const std::string f = util::fold(w);
        return f == "am" || f == "pm" || f == "a.m." || f == "p.m." || is_date_tail_word(w);
    };
    std::string_view agency = tail;
    for (std::size_t space = agency.find(' '); space != std::string_view::npos && time_word(agency.substr(0, space));
         space = agency.find(' '))
        agency = util::trim(agency.substr(space + 1));
    if (agency.size() < tail.size() && lexicon::equals_any(lexicon::kWireAgencies, util::fold_key(agency))) return parse_byline(agency);
    const bool caps = std::none_of(tail.begin(), tail.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    for (std::size_t pos = 0; pos < tail.size();) {
        const std::size_t end = std::min(tail.find(' ', pos), tail.size());
        if (is_date_tail_word(tail.substr(pos, end - pos))) return std::nullopt;
        pos = end + 1;
    }
    if (caps || !is_listed_name(tail) || is_section_kicker(tail)) return std::nullopt;
    return parse_byline(tail);
}

// "Provided by Dow Jones Sep 19, 2025 4:20 AM" (lexicon kProviderLabels): the provider of syndicated copy,
// a byline or source line (byline_label reads the provider label as a source label).
bool is_provider_line(const Line& l) {
    return (l.kind == LineKind::byline || l.kind == LineKind::source) && starts_with_label(l.folded, lexicon::kProviderLabels);
}

// study-k round 8 B19 (morningstar shell, Dow Jones copy): "Provided by Dow
// Jones Sep 19, 2025 4:20 AM" over the story's "By Joy Wiltermuth": the
// provider is the source, the reporter's line the byline. Read before the
// header's other lines, which then keep them.
void read_provider_and_reporter(const std::vector<Line>& lines, Layout& layout) {
    const auto provider = std::find_if(layout.meta.begin(), layout.meta.end(), [&](std::size_t m) { return is_provider_line(lines[m]); });
    if (provider == layout.meta.end()) return;
    const auto reporter = std::find_if(provider + 1, layout.meta.end(), [&](std::size_t m) {
        return lines[m].kind == LineKind::byline && byline_label(lines[m].text) == BylineLabel::author;
    });
    if (reporter == layout.meta.end()) return;
    auto name = parse_byline(lines[*reporter].text);
    auto wire = parse_byline(lines[*provider].text);
    if (!name || !wire) return;
    layout.byline = std::move(name);
    layout.source = wire->byline;
}

// study-q round 14 T6 (xataka shell: "Jorge LamasEditor senior28 Noviembre 2026, 14:05Actualizado …", the
// author's name, role and date in inline elements that innerText runs together): a date row opening with a
// name glued to a role. The words before the date's first digit split where a lower-case letter meets a
// capital; the right part is a role (opens_with_job_title, ends_in_job_title), the left one a short name.
std::optional<BylineParts> name_glued_to_role(const Line& l) {
    if (l.kind != LineKind::dateline) return std::nullopt;
    const std::string_view text = util::trim(l.text);
    const std::string_view lead = util::trim(text.substr(0, text.find_first_of("0123456789")));
    std::size_t cut = 0;
    for (std::size_t i = 1; i < lead.size(); ++i)
        if (lead[i] >= 'A' && lead[i] <= 'Z' && lead[i - 1] >= 'a' && lead[i - 1] <= 'z') {
            if (cut != 0) return std::nullopt;  // one glue point: a name and a role
            cut = i;
        }
    if (cut == 0) return std::nullopt;
    const std::string_view name = lead.substr(0, cut), role = lead.substr(cut);
    if (count_words(name) < 2 || !is_short_name(name) || (!opens_with_job_title(role) && !ends_in_job_title(role))) return std::nullopt;
    return parse_byline(name);
}

// Where a relative time closing `text` starts: a CJK one (cjk_age_at_end) or a spaced Latin one of up to
// four words ("Courtney Kirchoff @ckirchoff 3 days ago", "… vor 3 Stunden"); npos when none does.
std::size_t age_at_end(std::string_view text) {
    constexpr std::size_t kMaxAgeWords = 4;
    if (const std::size_t cjk = cjk_age_at_end(text); cjk != std::string_view::npos) return cjk;
    const std::string_view t = util::trim(text);
    constexpr std::size_t kMaxAgeBytes = 32;  // "vor 12 Minuten", "il y a 3 heures": a count near the end
    if (t.substr(t.size() - std::min(t.size(), kMaxAgeBytes)).find_first_of("0123456789") == std::string_view::npos)
        return std::string_view::npos;
    std::size_t at = t.size();
    for (std::size_t words = 0; words < kMaxAgeWords; ++words) {
        at = t.rfind(' ', at == 0 ? 0 : at - 1);
        if (at == std::string_view::npos || at == 0) return std::string_view::npos;
        const std::string_view tail = t.substr(at + 1);
        // A compact age alone ("The Block 2d") is text_lines.cpp's (without_trailing_age): spaced forms only.
        if (tail.find(' ') != std::string_view::npos && is_relative_time(util::fold(tail))) return at + 1;
    }
    return std::string_view::npos;
}

// Where a relative time opening `text` and glued to what follows ends ("3 hours agoNov 28, 2026" → at "Nov":
// an app prints the age next to the absolute date, innerText runs them together), or npos. The age is a
// few words; it ends at a space or where a lower-case letter meets a capital or a digit.
std::size_t age_at_start(std::string_view text) {
    constexpr std::size_t kMaxAgeBytes = 24;
    if (text.substr(0, kMaxAgeBytes).find_first_of("0123456789") == std::string_view::npos) return std::string_view::npos;
    for (std::size_t p = 1; p < text.size() && p <= kMaxAgeBytes; ++p) {
        const char a = text[p - 1], b = text[p];
        const bool glued = a >= 'a' && a <= 'z' && ((b >= 'A' && b <= 'Z') || util::is_ascii_digit(b));
        if ((b == ' ' || glued) && is_relative_time(util::fold(text.substr(0, p)))) return p;
    }
    return std::string_view::npos;
}

// A value-less age alone on its line: "3 hours ago", "3時間前".
bool is_age_line(const Line& l) {
    if (l.kind != LineKind::short_text && l.kind != LineKind::dateline) return false;
    if (!may_hold_date(l.text)) return false;
    const std::size_t cjk = cjk_age_at_end(l.text);
    return cjk == 0 || (cjk == std::string_view::npos && is_relative_time(l.folded) && !parse_date(l.text));
}

// The line `text` read alone, when it is a header line (a date or byline line), else nothing.
std::optional<Line> header_line(std::string_view text) {
    std::vector<Line> row = classify_lines({std::string(util::trim(text))});
    if (row.size() == 1 && (row[0].kind == LineKind::dateline || row[0].kind == LineKind::byline)) return std::move(row[0]);
    return std::nullopt;
}

// Whether a date or its label opens `text`: a month's name ("November 20, 2026"), a modification or publication
// label (kModifiedDateMarkers, kPublishedDateMarkers: "Last updated on …", "Published …").
bool opens_date_part(std::string_view text) {
    std::size_t end = 0;
    while (end < text.size() && util::is_letter_byte(text[end])) ++end;
    if (lexicon::month_from_word(util::fold_key(text.substr(0, end))) != 0) return true;
    const std::string folded = util::fold(text.substr(0, std::min(text.size(), std::size_t{24})));
    return starts_with_any(lexicon::kModifiedDateMarkers, folded) || starts_with_any(lexicon::kPublishedDateMarkers, folded);
}

// study-v round 19 T1 (suspilne shell: "Олена КовальОпубліковано 28 листопада 2026, 14:05"; kumparan: "…18:20
// WIBDiterbitkan 26 November 2026"): a long word, its capital and then lower-case letters only, before a colon or a
// space and a date's digit, is a date label of any language, known or not. kMinLabelLetters: no short given name
// ("Ann 28.11.2026").
bool opens_labelled_date(std::string_view text) {
    constexpr std::size_t kMinLabelLetters = 6;
    std::size_t i = 0, letters = 0;
    for (LetterCase want = LetterCase::upper; i < text.size(); want = LetterCase::lower, ++letters) {
        std::size_t next = i;
        if (letter_case(util::next_code_point(text, next)) != want) break;
        i = next;
    }
    if (letters < kMinLabelLetters) return false;
    if (i < text.size() && text[i] == ':') ++i;
    return i + 1 < text.size() && text[i] == ' ' && util::is_ascii_digit(text[i + 1]);
}

// The lower-case letters that end `text` before byte `i` (at most kEnough): a name's inner capital follows one or two
// ("McDonald", "MacArthur", "DeShawn"), a word glued to the next span's word more.
std::size_t lower_run_before(std::string_view text, std::size_t i) {
    constexpr std::size_t kEnough = 3;
    std::size_t run = 0;
    while (i > 0 && run < kEnough) {
        std::size_t start = i - 1;
        while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
        std::size_t at = start;
        if (letter_case(util::next_code_point(text, at)) != LetterCase::lower) break;
        ++run;
        i = start;
    }
    return run;
}

// study-s round 16 T4/X7 (kadence shell: "ByRachel OkaforNovember 20, 2026November 28, 20263 Comments",
// "ByRachel Okafor and Tom LindqvistLast updated on November 28, 2026"; Kadence, Astra, GeneratePress and
// Blocksy print the label, the name and the dates as adjacent inline spans, which innerText runs together):
// a byline label (kBylineLabels) glued to a capital, the row read again with a space after the label and
// before each date part glued to the name or to the date before it (opens_date_part). Both glues must be
// there: a headline "DoorDash Buys …" (nl "door") has no date run into a name. A name's own capitals stay
// ("McDonald"). The spaced row, or empty when the line is no such row.
// Whether a date part opens at `i`, glued to the letter before it: a month or update label after a lower-case
// letter or digit ("RyabukhaNovember 24, 2026", "14.05Updated"), or a date's first digit after a letter
// ("Ritzau28.11.2026", "Holm27. november 2026": the rest of the row is a date).
// In any cased script (round 19 T1: "Бондар27.11.2026", "КовальОпубліковано 28 …"), and after an acronym's capitals
// when a capital and lower case open the part ("WIBDiterbitkan", a time zone then the next label; glued_stop's
// "ELTAPaskelbta"). A label no table lists opens a part after a word's three lower-case letters (opens_labelled_date).
bool date_glued_at(std::string_view text, std::size_t i) {
    const unsigned char prev = static_cast<unsigned char>(text[i - 1]);
    const bool lower = (prev >= 'a' && prev <= 'z') || prev >= 0x80;
    const bool upper_prev = prev >= 'A' && prev <= 'Z';
    if (util::is_ascii_digit(text[i])) return (lower || upper_prev) && row_date_part(text.substr(i)).has_value();
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c >= 0x80 && c < 0xC0) || (c < 0x80 && (c < 'A' || c > 'Z'))) return false;  // a capital's first byte only
    std::size_t at = i;
    if (letter_case(util::next_code_point(text, at)) != LetterCase::upper) return false;
    const bool acronym = upper_prev && i >= 2 && text[i - 2] >= 'A' && text[i - 2] <= 'Z' && at < text.size() &&
                         letter_case(static_cast<unsigned char>(text[at])) == LetterCase::lower;
    if (!lower && !acronym && !util::is_ascii_digit(static_cast<char>(prev))) return false;
    const std::string_view rest = text.substr(i);
    return opens_date_part(rest) || ((acronym || lower_run_before(text, i) >= 3) && opens_labelled_date(rest));
}

// study-t round 17 T3 (berlingske, jetbrains shells: "Ritzau28.11.2026 kl. 14.05", "Mette HolmØkonomisk
// redaktør27. november 2026", "Maria Kosukhina @mkosukhina and Dmitry JemerovNovember 18, 2026"): the name of
// an unlabelled row glued to its date, the author's and the date's inline elements run together. A person's
// row name (is_row_name: handles aside), or one word that is a wire agency or initials ("NTB"); a role glued
// after the name ("Økonomisk redaktør": a capital, then lower-case words) stays apart. "Name · role · ", or
// empty: "Førsteholdet28. nov. 2026" is a section's row.
std::string glued_row_name(std::string_view lead) {
    constexpr std::size_t kMaxRoleWords = 3;
    std::string name;
    for (std::size_t pos = 0; pos < lead.size();) {  // "@mkosukhina" is no part of the name
        const std::size_t end = std::min(lead.find(' ', pos), lead.size());
        if (lead[pos] == '@' || end == pos) {
            pos = end + 1;
            continue;
        }
        if (!name.empty()) name += ' ';
        name.append(lead.substr(pos, end - pos));
        pos = end + 1;
    }
    std::string role;
    LetterCase prev = LetterCase::none;
    for (std::size_t i = 0; i < name.size();) {  // where a lower-case letter meets a capital
        const std::size_t at = i;
        const LetterCase c = letter_case(util::next_code_point(name, i));
        if (c == LetterCase::upper && prev == LetterCase::lower) {
            role = name.substr(at);
            name.resize(at);
            break;
        }
        prev = c;
    }
    if (!role.empty() && (count_words(role) > kMaxRoleWords || !is_capitalised_words(role.substr(0, role.find(' '))) ||
                          std::ranges::any_of(role.substr(std::min(role.find(' '), role.size())), [](char ch) { return ch >= 'A' && ch <= 'Z'; })))
        return {};
    bool named = false;
    if (count_words(name) == 1) {
        named = lexicon::equals_any(lexicon::kWireAgencies, util::fold_key(name)) || is_initials_word(name);
    } else if (std::vector<Line> row = classify_lines({name}); row.size() == 1) {
        named = is_row_name(row[0]);
    }
    if (!named) return {};
    constexpr std::string_view kJoin = " \xC2\xB7 ";
    name.append(kJoin);
    if (!role.empty()) name.append(role).append(kJoin);
    return name;
}

// Where the name after a row's opening byline label and its space begins ("By Jane Doe": 3, "Text by Jane Doe": 8,
// the longest label), or 0. A row opening with an ASCII letter is compared only with labels opening with it.
std::size_t spaced_byline_label_end(std::string_view row) {
    std::size_t end = 0;
    for (std::string_view l : lexicon::kBylineLabels) {
        if (l.size() + 1 >= row.size() || l.size() + 1 <= end || row[l.size()] != ' ' ||
            (static_cast<unsigned char>(row[0]) < 0x80 && l[0] != util::ascii_lower(row[0])))
            continue;
        if (util::fold(row.substr(0, l.size())) == l) end = l.size() + 1;
    }
    return end;
}

// study-s round 16 T4/X7 (kadence shell: "ByRachel OkaforNovember 20, 2026November 28, 20263 Comments",
// "ByRachel Okafor and Tom LindqvistLast updated on November 28, 2026"; Kadence, Astra, GeneratePress and
// Blocksy print the label, the name and the dates as adjacent inline spans, which innerText runs together):
// a byline label (kBylineLabels) glued to a capital, the row read again with a space after the label and
// before each date part glued to the name or to the date before it (date_glued_at). Both glues must be
// there: a headline "DoorDash Buys …" (nl "door") has no date run into a name. A name's own capitals stay
// ("McDonald"). Without a label (round 17 T3), a name glued to the row's first date part (glued_row_name)
// is joined to it by a separator, as "Name · date" reads. The spaced row, or empty when the line is no such row.
std::string respaced_byline_row(std::string_view text) {
    std::size_t second = 0;  // a capital of any cased script opens the row ("Андрій Мельник, Ірина Бондар27.11.2026")
    if (text.empty() || letter_case(util::next_code_point(text, second)) != LetterCase::upper) return {};
    std::size_t label = 0;
    for (std::string_view l : lexicon::kBylineLabels) {
        // The folded label opens with the capital's lower case: one byte compare before folding (~100 labels a line).
        if (l.size() < 2 || l.size() >= text.size() || l[0] != util::ascii_lower(text[0]) || !util::is_ascii_alpha(l.back()) ||
            util::fold(text.substr(0, l.size())) != l)
            continue;
        std::size_t at = l.size();
        if (letter_case(util::next_code_point(text, at)) == LetterCase::upper && letter_case(static_cast<unsigned char>(text[l.size() - 1])) == LetterCase::lower)
            label = std::max(label, l.size());
    }
    std::string out;
    std::size_t from = label;
    if (label > 0) {
        out = std::string(text.substr(0, label)) + ' ';
    } else {
        std::size_t glue = 1;
        while (glue < text.size() && !date_glued_at(text, glue)) ++glue;
        if (glue >= text.size()) return {};
        const std::string_view lead = util::trim(text.substr(0, glue));
        // "By Jane DoeNovember 28, 2026": the label is spaced, only the name runs into the date; the label stays.
        const std::size_t label_end = spaced_byline_label_end(lead);
        out = glued_row_name(lead.substr(label_end));
        if (!out.empty()) out.insert(0, lead.substr(0, label_end));
        from = glue;
        // study-v round 19 T1: no name before the glue. A row that opens with its first date ("Diperbarui 27 November
        // 2026 18:20 WIBDiterbitkan 26 November …") is spaced whole; chips run together with no space ("DesktopPublic",
        // obsidian shell's release channel) are no byline: the row is its date. Else ("Førsteholdet28. nov.") none.
        if (out.empty() && (opens_date_part(text) || opens_labelled_date(text)))
            from = 0;
        else if (out.empty() && (lead.find(' ') != std::string_view::npos || glued_capitals(lead) == 0))
            return {};
    }
    bool date_glued = label == 0;  // the name runs into a date part too: no headline opening with "Door…" or "Von…"
    for (std::size_t i = from; i < text.size(); ++i) {
        if (i > from && date_glued_at(text, i) && !util::is_ascii_digit(text[i])) out += ' ', date_glued = true;
        out += text[i];
    }
    return date_glued ? out : std::string();
}

// study-q round 14 T1, T2, T3, T5: header rows holding the absolute date or a name beside a second
// element the line model does not read there:
//   "3 hours agoNov 28, 2026" (bingx shell; exchanges, Medium, Substack, MSN and Yahoo print the age beside
//   the date), "2026/11/27 09:413時間前" (biglobe shell, ja portals), "Courtney Kirchoff @ckirchoff 3 days
//   ago" (an author row and its age): the relative time is no date and no name. Without it the row is a
//   date or byline line; the name and handle alone are an author row, its date the age just dropped.
//   "2026年11月28日 14時05分提供：CNET Japan" (biglobe shell): a CJK source label (kSourceLabels, "提供",
//   "出典", "来源") glued to the date's time, read as the spaced row is.
// The line becomes the row without the age (or with a space before the label). Only short lines of the
// header window holding a digit are asked.
void mark_glued_header_rows(std::vector<Line>& lines, std::size_t first, std::size_t end) {
    for (std::size_t i = first; i < end; ++i) {
        Line& l = lines[i];
        if ((l.kind == LineKind::short_text || l.kind == LineKind::dateline || l.kind == LineKind::byline) && l.words <= kMaxMetaWords)
            if (const std::string spaced = respaced_byline_row(util::trim(l.text)); !spaced.empty())
                if (auto row = header_line(spaced)) {
                    l = std::move(*row);
                    continue;
                }
        if ((l.kind != LineKind::short_text && l.kind != LineKind::dateline) || l.words > kMaxMetaWords || !may_hold_date(l.text))
            continue;
        const std::string_view text = util::trim(l.text);
        if (const std::size_t start = age_at_start(text); start != std::string_view::npos) {
            if (auto row = header_line(text.substr(start))) l = std::move(*row);
            continue;
        }
        if (const std::size_t age = age_at_end(text); age != std::string_view::npos && age > 0) {
            const std::string_view rest = util::trim(text.substr(0, age));
            if (auto row = header_line(rest)) {
                l = std::move(*row);
            } else if (l.kind == LineKind::short_text) {
                std::vector<Line> name = classify_lines({std::string(rest)});
                if (name.size() == 1 && is_row_name(name[0])) l = std::move(name[0]), l.kind = LineKind::byline;
            }
            continue;
        }
        if (l.kind != LineKind::short_text || !util::is_ascii_digit(text[0])) continue;
        for (std::string_view label : lexicon::kSourceLabels) {
            const std::size_t at = static_cast<unsigned char>(label[0]) >= 0x80 ? text.find(label) : std::string_view::npos;
            if (at == std::string_view::npos || at == 0 || text[at - 1] == ' ') continue;
            if (auto row = header_line(std::string(text.substr(0, at)) + " " + std::string(text.substr(at)))) l = std::move(*row);
            break;
        }
    }
}

// Ages alone on a line under the header ("3時間前" under "2026/11/27 09:41", the story's first line): no story
// text (a label). An absolute date right under an age line of the header ("3 hours ago" / "Nov 28, 2026",
// the story's first line) is the header's date: a meta line. Looked at down to the body's first line.
void take_dates_under_header(std::vector<Line>& lines, std::size_t end, Layout& layout) {
    if (layout.meta.empty()) return;
    bool age = is_age_line(lines[layout.meta.back()]);
    for (std::size_t i = next_non_blank(lines, layout.meta.back() + 1); i <= end && i < lines.size(); i = next_non_blank(lines, i + 1)) {
        Line& l = lines[i];
        if (is_age_line(l)) {
            l.kind = LineKind::label;
            age = true;
        } else if (age && l.kind == LineKind::dateline && parse_date(l.text)) {
            if (std::ranges::find(layout.meta, i) == layout.meta.end()) layout.meta.push_back(i);
            return;
        } else if (!skippable(l.kind)) {
            return;
        }
    }
}

// study-m round 10 T3 (cnbc shell: date row / share bar / the lead image's
// caption and credit / the author's name and handle / story): only UI and
// caption lines (skippable) between two meta lines, up to kMaxUiGap lines:
// one header, however far apart.
bool ui_between(const std::vector<Line>& lines, std::size_t a, std::size_t b) {
    constexpr std::size_t kMaxUiGap = 12;
    if (b - a > kMaxUiGap) return false;
    for (std::size_t i = a + 1; i < b; ++i)
        if (!skippable(lines[i].kind)) return false;
    return true;
}

// The header is the cluster of meta lines nearest the body: a nav bar that
// parses as a byline further up is not part of it.
std::vector<std::size_t> header_cluster(const std::vector<Line>& lines, const std::vector<std::size_t>& meta) {
    std::vector<std::size_t> cluster;
    for (std::size_t k = meta.size(); k-- > 0;) {
        if (!cluster.empty() && cluster.back() - meta[k] > kMaxClusterGap && !ui_between(lines, meta[k], cluster.back())) break;
        cluster.push_back(meta[k]);
    }
    std::reverse(cluster.begin(), cluster.end());
    // A second line of a kind the header already has is the story's own
    // ("Tuesday 15 October 2019 by Bradley M. Kuhn" under a full header,
    // repost-text finsyn-041). An "Updated:" line is a kind of its own.
    // A provider's line ("Provided by Dow Jones …") is a kind of its own too: the "By" line under it is the
    // reporter's (study-k round 8 B19).
    std::vector<std::pair<LineKind, int>> kinds;
    for (std::size_t k = 0; k < cluster.size(); ++k) {
        const Line& l = lines[cluster[k]];
        // An age ("3 hours ago") is a kind of its own as well: the absolute date beside it is the header's
        // (study-q round 14 T3).
        // A publication-labelled line too: an event's run ("13 februari t/m 31 mei 2027 · Philipsvleugel") may stand
        // above "Gepubliceerd op 20 november 2026" (study-v round 19 T3, rijks shell).
        const int tag = starts_with_any(lexicon::kModifiedDateMarkers, l.folded) ? 1 : is_provider_line(l) ? 2 : is_age_line(l) ? 3
                        : starts_with_any(lexicon::kPublishedDateMarkers, l.folded) ? 4 : 0;
        const std::pair<LineKind, int> kind{l.kind, tag};
        if (std::find(kinds.begin(), kinds.end(), kind) != kinds.end()) {
            cluster.resize(k);
            break;
        }
        kinds.push_back(kind);
    }
    return cluster;
}

// "The Value Ledger4.83K FollowersFollow", "Jonah Reyes 3.2K Followers · Follow",
// "1.2M Followers": an author card's line, a follower count closing it (a
// follow button after the count, glued or not, aside). The name before the
// count (maybe empty), or nothing when the line holds no count.
std::optional<std::string_view> follower_card_name(std::string_view text) {
    std::string_view t = without_trailing_separator(text);
    for (std::string_view button : lexicon::kFollowButtons)
        if (t.size() > button.size() && util::fold(t.substr(t.size() - button.size())) == button) {
            t = util::trim(t.substr(0, t.size() - button.size()));
            break;
        }
    const std::string_view name = without_follower_count(t);
    if (name.size() == t.size()) return std::nullopt;
    return name;
}

// study-n round 11 X3 (seekingalpha shell: date row / "The Value
// Ledger4.83K FollowersFollow" / share bar / story; Seeking Alpha, Medium,
// Substack and LinkedIn print the author card under the header): between
// the header and the story's first paragraph, an author card's line (its name
// on it or on the line above, the count, a "Follow" button on it or under
// it) is no story text. Its name is the byline when the header named no one.
void mark_card_under_header(std::vector<Line>& lines, std::size_t end, Layout& layout) {
    if (layout.meta.empty()) return;
    const std::size_t from = std::max(layout.meta.back(), layout.title.value_or(0)) + 1;
    for (std::size_t i = from; i < end && lines[i].kind != LineKind::prose; ++i) {
        if (lines[i].kind != LineKind::short_text && lines[i].kind != LineKind::label) continue;
        auto name = follower_card_name(lines[i].text);
        if (!name) continue;
        lines[i].kind = LineKind::label;
        std::size_t above = i;
        while (above > from && lines[above - 1].kind == LineKind::blank) --above;
        if (name->empty() && above > from && is_row_name(lines[above - 1])) {  // "Jonah Reyes" / "3.2K Followers"
            name = util::trim(lines[above - 1].text);
            lines[above - 1].kind = LineKind::label;
        }
        const std::size_t next = next_non_blank(lines, i + 1);
        if (next < end && std::ranges::find(lexicon::kFollowButtons, util::fold_key(lines[next].folded)) != lexicon::kFollowButtons.end())
            lines[next].kind = LineKind::label;
        if (!layout.byline && !name->empty() && is_short_name(*name)) layout.byline = parse_byline(*name);
        return;
    }
}

// study-s round 16 T1 (kathimerini, telex shells: "27 Νοεμβρίου 2026, 09:41", "2026. november 27. – 09:41"):
// a date row in a language the month tables lack, left unread, was taken for the headline once the tool row
// under it was none. A year (1990-2099) and a clock time ("09:41") with at most kMaxDateWords words of
// letters around them: a header's stamp, no headline and no story text.
bool is_unread_date_row(std::string_view text) {
    constexpr std::size_t kMaxDateWords = 2;
    bool year = false, clock = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!util::is_ascii_digit(text[i]) || (i > 0 && util::is_ascii_digit(text[i - 1]))) continue;
        std::size_t e = i;
        while (e < text.size() && util::is_ascii_digit(text[e])) ++e;
        const std::string_view run = text.substr(i, e - i);
        year = year || (run.size() == 4 && (run.starts_with("19") || run.starts_with("20")) && (run[2] >= '9' || run[0] == '2'));
        clock = clock || (run.size() <= 2 && e + 2 < text.size() && text[e] == ':' && util::is_ascii_digit(text[e + 1]) &&
                          util::is_ascii_digit(text[e + 2]));
    }
    return year && clock && letter_words(text) <= kMaxDateWords;
}

// study-s round 16 T1 (iltalehti, kathimerini, telex shells: headline / "STT" / date / "Jaa FacebookissaJaa
// X:ssäJaa WhatsAppissaKopioi linkki" / story): a tool row no share table knows (its buttons run together, or
// in a language the tables lack) sat right above the story, where the headline is looked for under an author
// row or a header the line model could not read, and won it. Such a row of the header window
// (is_glued_button_row, is_share_target_row) is a share bar: no headline, no story text; a story id row
// (is_story_id_row) is the header's too.
void mark_button_rows(std::vector<Line>& lines, std::size_t first, std::size_t end) {
    constexpr std::size_t kMaxRowWords = 12;
    for (std::size_t i = first; i < end; ++i) {
        Line& l = lines[i];
        if (l.kind != LineKind::short_text || l.sentence_end || l.words > kMaxRowWords) continue;
        if (is_glued_button_row(l.text) || is_share_target_row(l.text)) l.kind = LineKind::share;
        else if (is_unread_date_row(l.text) || is_story_id_row(l)) l.kind = LineKind::label;
    }
}

// study-o round 12 T4 (faz, economictimes shells: date / "Lesezeit: 3 Min." /
// "Artikel teilen" / "Merken" / "Artikel anhören" / story; "Share" / "Font Size"
// / "Save" / "Print"; "X" / "Facebook" / "はてブ" / "LINE"): the tool bar under
// the header, one button a line. The tables know most buttons; one they do not know, chip-sized (kMaxChipWords,
// no sentence end) between two known ones, is a button too: no headline, no
// story text. Only in the run of UI lines right under the header, and only
// when the headline sits above the header. A chip after the last known button
// stays: "Partager" / "Les « boîtes noires »" / story opens with a subheading
// (study-n zonebourse shell).
void mark_tool_bar_chips(std::vector<Line>& lines, std::size_t end, const Layout& layout) {
    if (layout.meta.empty() || !layout.title || *layout.title > layout.meta.front()) return;
    const auto chip = [&](std::size_t k) {
        const Line& l = lines[k];
        return l.kind == LineKind::short_text && l.words <= kMaxChipWords && !l.sentence_end && l.text[0] != '@';
    };
    // A known button: a share or UI line, or a share bar's button alone ("X", "LINE": boilerplate_text.hpp is_bar_button).
    const auto ui = [&](std::size_t k) {
        return k < end && (lines[k].kind == LineKind::share || lines[k].kind == LineKind::label ||
                           (chip(k) && is_bar_button(util::fold_key(lines[k].folded))));
    };
    std::size_t prev = layout.meta.back();
    for (std::size_t i = next_non_blank(lines, prev + 1); i < end; prev = i, i = next_non_blank(lines, i + 1)) {
        if (is_meta(lines[i].kind) || lines[i].kind == LineKind::share || lines[i].kind == LineKind::label) continue;
        if (!ui(i) && (!chip(i) || !ui(prev) || !ui(next_non_blank(lines, i + 1)))) return;
        lines[i].kind = LineKind::label;
    }
}

// study-p round 13 T8 (ettoday shell: date / share row / "記者陳家祥／綜合報導" / story; ETtoday, UDN, Liberty
// Times, NOWnews, CNA): a zh-TW/HK reporter credit (byline.hpp zh_reporter_credit) alone on the line under the
// header, UI lines aside, or opening the story's first paragraph in brackets (CNA's "（中央社記者X台北28日電）…"),
// names the reporters when the header named no one, as the HTML path reads it. Alone on its line it is no
// story text. Only a line opening with a non-ASCII byte is asked.
void read_reporter_credit(std::vector<Line>& lines, std::size_t first, std::size_t end, Layout& layout) {
    for (std::size_t i = std::max({first, layout.meta.empty() ? 0 : layout.meta.back() + 1, layout.title ? *layout.title + 1 : 0});
         i < lines.size() && i <= end; ++i) {
        Line& l = lines[i];
        const bool skip = i < end && (skippable(l.kind) || is_meta(l.kind));
        // The body's rules label a reporter line alone on its line (text_lines.cpp): asked too.
        if ((!skip || l.kind == LineKind::label) && !l.text.empty() && static_cast<unsigned char>(l.text[0]) >= 0x80)
            if ((layout.byline = zh_reporter_credit(l.text))) {
                if (l.kind == LineKind::short_text) l.kind = LineKind::credit;
                return;
            }
        if (!skip) return;
    }
}

}  // namespace

// study-v round 19 T3 (rijks shell: "13 februari t/m 31 mei 2027 · Philipsvleugel" / "Gepubliceerd op 20 november
// 2026"; exhibition, event, course and offer pages print their run above the stamp): a header line opening with a
// publication label (kPublishedDateMarkers) names the page's date, whatever dated line stands above it.
std::optional<ParsedDate> labelled_published(const std::vector<Line>& lines, const std::vector<std::size_t>& meta) {
    for (std::size_t m : meta)
        if (lines[m].kind == LineKind::dateline && starts_with_any(lexicon::kPublishedDateMarkers, lines[m].folded))
            if (auto d = parse_date(lines[m].text); d && d->day > 0) return d;
    return std::nullopt;
}

void read_header(std::vector<Line>& lines, std::size_t window_first, Layout& layout) {
    const std::size_t end = layout.body_first;
    mark_button_rows(lines, window_first, end);
    mark_glued_header_rows(lines, window_first, end);
    mark_role_rows(lines, window_first, end);
    mark_name_role_block(lines, window_first, end);
    std::vector<DatedRow> rows = mark_dated_rows(lines, window_first, end);
    mark_cjk_credit_rows(lines, window_first, end, rows);
    mark_host_rows(lines, window_first, end, rows);
    mark_update_bracket_rows(lines, window_first, end, rows);
    mark_agency_rows(lines, window_first, end, rows);
    mark_contributor_rows(lines, window_first, end, rows);
    mark_credit_rows(lines, window_first, end, rows);
    mark_author_rows(lines, window_first, end);
    mark_follow_rows(lines, window_first, end, rows);
    read_name_list_slot(lines, window_first, end, layout);
    mark_agency_credits(lines, window_first, end, rows);
    for (std::size_t i = window_first; i < end; ++i) {
        if (is_meta(lines[i].kind)) layout.meta.push_back(i);
        if (lines[i].kind == LineKind::teaser && !layout.teaser) layout.teaser = i;
    }
    layout.meta = header_cluster(lines, layout.meta);
    take_dates_under_header(lines, end, layout);
    layout.title = pick_title(lines, window_first, end, layout.meta, rows);
    if (!layout.title && (layout.title = repeated_heading(lines, window_first, end))) {
        // The lines under the page's name were no story before it was found (page actions, the infobox, the
        // TOC); found, it must not pull them into the body (text_layout keeps what sits under a headline).
        for (std::size_t i = *layout.title + 1; i < end; ++i)
            if (lines[i].kind != LineKind::blank) lines[i].kind = LineKind::label;
    }
    if (layout.meta.empty() && layout.title) drop_unread_header_rows(lines, *layout.title + 1, end);
    mark_tool_bar_chips(lines, end, layout);
    read_provider_and_reporter(lines, layout);
    std::optional<ParsedDate> shown;
    // The update stamp ("Last Updated: Nov 28, 2026, 01:15:00 AM IST", "Aktualisiert am 27.11.2026, 09:41"):
    // the modified date, never the publication date (issue #3's trap), also where the page shows no other
    // date (study-o round 12 T2: the Economic Times, Times of India, NDTV, Spiegel print only the stamp).
    std::optional<ParsedDate> updated;
    bool source_named = false;  // the byline is a "Source:" line's outlet
    shown = labelled_published(lines, layout.meta);
    for (std::size_t m : layout.meta) {
        const Line& l = lines[m];
        // study-o round 12 T5 (gate shell: "Source: Odaily Planet Daily" / "Author: Wenser" / date; Odaily,
        // PANews, 163's "来源：… 作者：…"): a source line's outlet is the byline only until an author-labelled
        // line names the writer (the repost README: the original author when named, else the outlet).
        if (source_named && l.kind == LineKind::byline && byline_label(l.text) == BylineLabel::author) layout.byline.reset();
        const bool unnamed = !layout.byline;
        if (const DatedRow* row = row_at(rows, m)) {
            if (!layout.byline) layout.byline = row->name;
            if (!shown) shown = row->date;
            if (!updated) updated = row->updated;
            continue;
        }
        // A card's publisher domain before its dated byline is the story's origin.
        const std::size_t domain = l.kind == LineKind::byline ? domain_before_by(l.text) : 0;
        if (domain > 0 && !layout.source) layout.source = std::string(util::trim(l.text.substr(0, domain)));
        if (const std::string_view author = l.kind == LineKind::byline ? role_row_author(l) : std::string_view();
            !layout.byline && !author.empty())
            layout.byline = parse_byline(author);  // "Kamina Bashir Updated by Harsh Notariya"
        if (!layout.byline && l.kind != LineKind::dateline)
            layout.byline = parse_byline(
                without_trailing_handle(without_follower_count(without_trailing_separator(std::string_view(l.text).substr(domain)))));
        if (!layout.byline && l.kind == LineKind::dateline) layout.byline = badge_row_name(l);
        if (const auto outlet = layout.byline ? std::nullopt : cjk_row_source(l)) {  // "2025年11月14日 08:15腾讯科技"
            layout.byline = outlet;
            if (!layout.source) layout.source = outlet->byline;
        }
        // A forum row's poster ("Post by X » date") is read last, after the header's and attribution's names.
        const bool forum_row = forum_poster(l).has_value();
        if (!layout.byline && !forum_row) layout.byline = name_after_by(l.text);  // "March 4, 2025 by Jane Doe"
        if (!layout.source && l.kind == LineKind::source) layout.source = parse_source_line(l.text);
        if (const auto segment = trailing_attribution(l)) {  // "19 Sep 2025, 04:20 · Source: Reuters"
            if (byline_label(*segment) == BylineLabel::source) {
                if (!layout.source) layout.source = parse_source_line(*segment);
            } else if (!layout.byline) {
                layout.byline = parse_byline(*segment);
            }
        }
        if (!layout.byline) layout.byline = name_after_date(l);  // "28/11/2026 | 14:05 Claire Morvan"
        if (!layout.byline) layout.byline = name_glued_to_role(l);  // "Jorge LamasEditor senior28 Noviembre 2026"
        if (unnamed && layout.byline) source_named = byline_label(l.text) == BylineLabel::source;
        if (starts_with_any(lexicon::kModifiedDateMarkers, l.folded)) {  // "Updated: …" is no publication date
            if (!shown) shown = published_after_update(l);
            if (!updated) updated = parse_date(l.text);
            continue;
        }
        // "IANS | Last Updated: Sep 20, … | Published: Sep 19, …" (study-i round 6 B7, bsyndic shell): an
        // update before the publication label in the line; its first date is the update's.
        if (const std::size_t clause = modified_clause(l.folded); clause != std::string_view::npos) {
            if (!shown) shown = published_after_update(l);
            // "By Megan Torres Updated on Nov 26, 2026" (study-p round 13, howto shell): no date before the
            // update clause, none published after it: the line's date is the update's, as on an "Updated: …"
            // line (issue #3: an updated date is never reported as published).
            if (!shown && !parse_date(l.folded.substr(0, clause))) {
                if (!updated) updated = parse_date(l.text);
                continue;
            }
            if (!updated) updated = parse_date(l.folded.substr(clause));  // "Published Nov 25 | Updated Nov 26, 2026"
        }
        if (!shown) shown = parse_date(l.text);
    }
    if (!layout.byline) read_reporter_credit(lines, window_first, end, layout);
    read_agency_under_header(lines, layout);
    mark_card_under_header(lines, end, layout);
    const std::size_t tail_end = std::min(lines.size(), layout.body_last + 1 + kTailReach);
    if (const auto credit = layout.byline ? std::nullopt : labelled_end_credit(lines, layout)) {
        layout.byline = parse_byline(lines[*credit].text);
        lines[*credit].kind = LineKind::credit;  // no story text (the HTML path drops the credit's element)
    }
    read_attribution(lines, window_first, tail_end, layout);
    if (!layout.byline) layout.byline = tail_author_card(lines, layout.body_last + 1, tail_end);
    // A Japanese story's closing credit ending its last line or alone under it, "【佐藤健】", "（共同）" (byline.hpp
    // ja_end_credit, as the HTML path reads it: study-o round 12 B2).
    for (std::size_t i = layout.body_last; !layout.byline && i < tail_end && i <= next_non_blank(lines, layout.body_last + 1);
         ++i) {
        layout.byline = ja_end_credit(lines[i].text);
        // The credit alone on its line is no story text (the HTML path drops its element: "p.credit").
        const std::string_view credit = util::trim(lines[i].text);
        if (layout.byline && (credit.starts_with("\xE3\x80\x90") || credit.starts_with("\xEF\xBC\x88")))  // "【", "（"
            lines[i].kind = LineKind::credit;
    }
    // "Post by newsbot » …" (phpBB): the poster, when neither the header nor an attribution names anyone.
    for (std::size_t m : layout.meta)
        if (const auto poster = forum_poster(lines[m]); !layout.byline && poster) layout.byline = parse_byline(*poster);
    if (!layout.date) layout.date = shown;
    read_entry_meta_row(lines, layout.body_first, tail_end, layout);
    if (!layout.date) layout.date = date_under_body(lines, layout.body_last);
    layout.date_modified = updated;
    if (!layout.byline) read_agency_line(lines, window_first, layout);
}

}  // namespace newsclean::extract::text
