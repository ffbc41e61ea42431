#include "extract/metadata_visible.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "extract/boilerplate_text.hpp"
#include "extract/dates.hpp"
#include "lexicon/byline_words.hpp"
#include "lexicon/metadata_words.hpp"
#include "lexicon/phrases.hpp"
#include "util/fold.hpp"
#include "util/text.hpp"
#include "util/token_matcher.hpp"

namespace newsclean::extract {

namespace {

// The byline/dateline of a story sits within a few lines of its headline
// (repost templates put it above: sqfeed, finsyn; or below: bitwire, cmcfeed).
constexpr std::size_t kLinesBefore = 8;
constexpr std::size_t kLinesAfter = 15;
constexpr std::size_t kMaxMetaLine = 250;         // a byline or dateline is short; a paragraph is not
constexpr std::size_t kMaxAvatarName = 40;        // "Rahul Menon" next to an avatar; longer text is a caption
// One person's name beside an avatar; more words are several captions run
// together ("Cene Prevc Marius Lindvik Karl Geiger" under a gallery's photos:
// trafilatura berkutschi).
constexpr std::size_t kMaxAvatarNameWords = 4;
constexpr std::size_t kMaxUserName = 30;
constexpr std::size_t kMaxUnhintedByline = 80;  // a labelled byline without a byline class or link
constexpr std::size_t kDateOpening = 24;          // a line "opens with a date" when one fits in its first characters
constexpr std::size_t kLabelOpening = 32;         // longer than any lexicon::kBylineLabels entry ("geschrieben von")

enum class DateKind { published, updated, original };

// An "original" label counts only at the start of the text: "Original: 19.09.2025",
// "Originally posted by X · 2025-03-09" (repost README), not a word in a sentence
// (trafilatura autosprint: "erstmals" in the lead took its date for the original).
bool starts_with_label(const std::string& folded, lexicon::KeyList labels) {
    for (std::string_view l : labels)
        if (folded.compare(0, l.size(), l) == 0) return true;
    return false;
}

// Copyright lines carry a year, sometimes a full date: never the article's.
bool is_copyright(const std::string& text) {
    static const util::TokenMatcher marks(lexicon::kCopyrightMarks);
    return marks.in(text);
}

// What the scan of a line near the headline looks for, found in one pass over
// the line instead of one pass per table (five per line: issue #3). Byte
// positions of the first token of each table, or npos.
struct LineMarks {
    static constexpr std::size_t npos = std::string_view::npos;
    std::size_t source_label = npos, source_phrase = npos, original = npos, updated = npos;
    bool copyright = false;
};

// `may_date`: the line has digits and no <time>, so read_dates parses it; the
// copyright scan (its tokens may follow a letter: "2025©") is needed only then.
LineMarks line_marks(const std::string& text, bool may_date) {
    enum : unsigned { kSourceLabel = 1, kSourcePhrase = 2, kOriginal = 4, kUpdated = 8 };
    static const util::TokenMatcher::Table kTables[] = {
        {lexicon::kSourceLabels, kSourceLabel},
        {lexicon::kSourcePhrases, kSourcePhrase},
        {lexicon::kRepostCredits.phrases, kOriginal},  // "Originally published", "Original:"
        {lexicon::kModifiedDateMarkers.phrases, kUpdated}};
    static const util::TokenMatcher matcher(kTables);
    std::size_t first[4];
    // Labels count where they start a word (ASCII case-insensitive: the labels'
    // non-ASCII letters are lower case already). parse_source_line finds a
    // source label or phrase only at a word start too (a segment's start, a
    // word-bounded phrase), so the source gate loses nothing; only word starts
    // are visited.
    matcher.first_each(text, kSourceLabel | kSourcePhrase | kOriginal | kUpdated, first);
    return {first[0], first[1], first[2], first[3], may_date && is_copyright(text)};
}

// Whether the line has a digit parse_date could read (it reads none without
// one: a line of prose needs no date scan, issue #3). Arabic-Indic digits
// count: parse_date reads them as ASCII (study-f round 3).
bool may_date(const PageLine& line) {
    const std::string_view text = line.text;
    return line.times.empty() && util::has_digit(text);
}

// Whether read_visible needs line_marks of a short line: for the source gate
// (`source_wanted`) unless a colon opens it anyway, and for read_dates.
bool needs_marks(std::string_view text, bool source_wanted, bool dated) {
    if (source_wanted && text.find(':') == std::string_view::npos && text.find("\xEF\xBC\x9A") == std::string_view::npos)
        return true;
    return dated;
}

// Cheap gate before parse_source_line: a line naming a source has a colon
// ("Source: X", "Źródło: X") or one of the attribution words.
bool may_name_source(std::string_view text, const LineMarks& marks) {
    return text.find(':') != std::string_view::npos || text.find("\xEF\xBC\x9A") != std::string_view::npos ||
           marks.source_label != std::string_view::npos || marks.source_phrase != std::string_view::npos;
}

// Where the last of `labels` starts a word in `folded`, or npos.
std::size_t last_label(const std::string& folded, lexicon::KeyList labels) {
    std::size_t last = std::string::npos;
    // Forward find, not rfind: libstdc++'s rfind compares at every position (a
    // context of 300 bytes took 100K instructions, issue #3); find skips to the
    // label's first byte, and labels occur rarely.
    for (std::string_view l : labels)
        for (std::size_t p = folded.find(l); p != std::string::npos; p = folded.find(l, p + 1))
            if ((p == 0 || !std::isalnum(static_cast<unsigned char>(folded[p - 1]))) && (last == std::string::npos || p > last))
                last = p;
    return last;
}

// The text that says which date a <time> is: its context up to the end of its
// own text. A label after the time names the next date: "<time>Published Sep
// 19, 2025</time> · Updated Sep 20, 2025" (Yahoo's caas-attr-time), "<time>September
// 19, 2025 4:20 PM GMT+8</time> Updated 2 hours ago" (Reuters).
std::string_view time_label_text(const TimeRef& t) {
    const std::size_t at = t.text.empty() ? std::string::npos : t.context.find(t.text);
    if (at == std::string::npos) return t.context;
    return std::string_view(t.context).substr(0, at + t.text.size());
}

// The nearest label before the date decides: "Last updated: Sep 21 ·
// Published: <time>Sep 19</time>" is the published date.
// `updated_hint` (a class "updated") without a visible "Updated" label is the
// date the page shows as its only one: `shown` says so.
DateKind classify(std::string_view label_text, bool updated_hint, bool* shown = nullptr) {
    const std::string f = util::fold_key(label_text);
    if (starts_with_label(f, lexicon::kRepostCredits.phrases)) return DateKind::original;
    const std::size_t updated_at = last_label(f, lexicon::kModifiedDateMarkers.phrases);
    const std::size_t published_at = last_label(f, lexicon::kPublishedDateMarkers.phrases);
    const bool labelled = updated_at != std::string::npos && (published_at == std::string::npos || updated_at > published_at);
    if (shown) *shown = updated_hint && !labelled;
    if (updated_hint || labelled) return DateKind::updated;
    return DateKind::published;
}

// The published-date labels ("Published", "publié", "veröffentlicht"), looked for in a dated line only.
const util::TokenMatcher& published_markers() {
    static const util::TokenMatcher m(lexicon::kPublishedDateMarkers.phrases);
    return m;
}

struct Best {
    std::optional<std::string> value;
    std::size_t distance = static_cast<std::size_t>(-1);
    void offer(std::string v, std::size_t d) {
        if (d < distance) value = std::move(v), distance = d;
    }
};

struct Dates {
    Best published, updated, original;
    Best shown_updated;  // an "updated" date known only from a class: what the page displays
    Best labelled;       // a published date after a "Published"/"publié le" label
    void offer(DateKind k, const ParsedDate& d, std::size_t dist, bool shown = false) {
        (k == DateKind::original ? original : k == DateKind::updated ? updated : published).offer(d.iso(), dist);
        if (k == DateKind::updated && shown) shown_updated.offer(d.iso(), dist);
    }
};

// A date inside a sentence of the lead, "Das Bürgerbüro hat ab dem 1. Dezember 2026 neue Öffnungszeiten." under
// the headline (study-p round 13 B2, TYPO3 news shell: <time> above the headline), is what the story is about,
// no dateline: any dated line or <time> of the headline's window beats it (the window's distances stay below
// the penalty); alone it is still the page's date. Prose: a line of kMinProseWords words or more ending a
// sentence, whose opening holds no date ("Berlin, 12. März 2026. Die …" is a dateline).
constexpr std::size_t kProseDatePenalty = 1000, kMinProseWords = 8;

bool in_prose(std::string_view own, std::string_view lang) {
    own = util::trim(own);
    if (own.empty() || !(own.back() == '.' || own.back() == '!' || own.back() == '?')) return false;
    return util::count_spaced_words(own, kMinProseWords) >= kMinProseWords && !parse_date(own.substr(0, kDateOpening), lang);
}

// `marks`: line_marks(line.text), needed only when the line has no <time> and
// is at most kMaxMetaLine long. `dated`: may_date(line) of a short line (its
// text is not parsed otherwise: parse_date finds no date without a digit).
void read_dates(const PageLine& line, const LineMarks& marks, bool dated, std::size_t dist, std::string_view lang,
                Dates& out) {
    for (const TimeRef& t : line.times) {
        auto d = parse_date(t.datetime, lang);
        // The day written on the page beats a datetime attribute converted to UTC
        // across midnight (trafilatura beige.de: datetime 23:00Z, text "7. November").
        if (const auto shown = parse_date(t.text, lang); shown && d && !shown->has_time &&
            std::abs(day_number(*shown) - day_number(*d)) == 1)
            d = shown;
        if (!d) d = parse_date(t.context, lang);
        bool shown = false;
        const DateKind k = classify(time_label_text(t), t.updated_hint, &shown);
        if (d) out.offer(k, *d, dist, shown);
        if (d && k == DateKind::published && published_markers().find(time_label_text(t), true) != std::string_view::npos)
            out.labelled.offer(d->iso(), dist);
    }
    if (!dated || marks.copyright) return;
    // One line may carry several dates, each after its own label: "Jul 27, 2024 ·
    // Originally published: Jul 26, 2024" (repost bitwire-037), "26.09.2026 19:04
    // Original: 23.09.2026 18:20" (livewire-056). The text before the first
    // label is the page's own date.
    const std::string_view text = line.text;
    constexpr std::size_t npos = std::string_view::npos;
    const std::size_t orig = marks.original;
    const std::size_t upd = marks.updated;
    // A "Published" label after the "Updated" one: "Last updated: Sep 21, 2025 ·
    // Published: Sep 19, 2025" (WordPress post-dates rows). One before it is
    // part of the line's own text below.
    // Looked for only after an "Updated" label (rare): not in line_marks' pass over every line.
    const std::size_t pub = upd == npos ? npos : published_markers().find(text, true, upd + 1);
    if (orig != npos)
        if (const auto d = parse_date(text.substr(orig), lang)) out.offer(DateKind::original, *d, dist);
    if (upd != npos)
        if (const std::size_t end = std::min(orig > upd ? orig : npos, pub);
            const auto d = parse_date(text.substr(upd, end == npos ? npos : end - upd), lang))
            out.offer(DateKind::updated, *d, dist);
    if (pub != npos)
        if (const auto d = parse_date(text.substr(pub, orig > pub ? orig - pub : npos), lang)) {
            out.offer(DateKind::published, *d, dist);
            out.labelled.offer(d->iso(), dist);
        }
    const std::string_view own = text.substr(0, std::min(orig, upd));
    if (const auto d = parse_date(own, lang)) {
        if (in_prose(own, lang)) dist += kProseDatePenalty;
        out.offer(line.updated_hint ? DateKind::updated : DateKind::published, *d, dist, line.updated_hint);
        // A class says "updated" on a line whose own label says published: "publié le 18/09 … Mis à jour le 20/09".
        if (published_markers().find(own, true) != npos) out.labelled.offer(d->iso(), dist);
    }
}

// `inner` names only some of the authors `outer` names.
bool fewer_of_same(const BylineParts& inner, const BylineParts& outer) {
    if (inner.authors.size() >= outer.authors.size()) return false;
    for (const std::string& a : inner.authors)
        if (std::find(outer.authors.begin(), outer.authors.end(), a) == outer.authors.end()) return false;
    return true;
}

struct BylinePick {
    std::size_t score = 0;
    std::size_t distance = 0;      // of the winner
    std::string_view element;      // text of the outermost byline element naming the winner, if one does
    // `inner`: on a tie the later candidate wins (a byline element nested in another one).
    // True when the candidate won.
    bool offer(std::optional<BylineParts> parts, int strength, bool source, std::size_t dist, VisibleMeta& out,
               bool inner = false) {
        if (!parts) return false;
        const std::size_t s = static_cast<std::size_t>(strength) * 1000 + 999 - std::min<std::size_t>(dist, 999);
        if (s < score || (s == score && !inner)) return false;
        // One author link per co-author inside "div.byline" (trafilatura refinery29):
        // the first link alone must not drop the names beside it.
        if (s == score && out.byline && fewer_of_same(*parts, *out.byline)) return false;
        score = s;
        distance = dist;
        element = {};
        out.byline = std::move(parts);
        out.byline_strength = strength;
        out.byline_is_source = source;
        out.byline_labelled = false;  // the labelled readers set it
        out.byline_reporter = false;  // read_end_credit sets it
        return true;
    }
};

// A dateline that ends in a name after a separator, "25.10.2022 - Reiner
// Nagel", "04.02.2022 | 13:10 Uhr | Uta Helkenberg" (trafilatura urania.de,
// pferd-aktuell.de): the name is the author, as weak as an unlabelled byline
// element. A full name of two to four words of letters only: "25.10.2022 -
// Hamburg" is a place, "21.01.2022 Aktuelle Meldung" (no separator: bmfsfj.de)
// a section, "(Kauer/DJV) Berlin/Ratingen" a credit.
void read_dated_name(const PageLine& line, std::size_t dist, VisibleMeta& out, BylinePick& pick) {
    const std::string_view text = line.text;
    if (text.size() > kMaxAvatarName + kDateOpening || !parse_date(text.substr(0, kDateOpening), "")) return;
    auto parts = parse_byline(text);
    if (!parts || parts->authors.size() != 1 || !text.ends_with(parts->byline)) return;
    const std::string_view name = parts->byline;
    const std::string_view before = util::trim(text.substr(0, text.size() - name.size()));
    if (!(before.ends_with(" -") || before.ends_with("|") || before.ends_with("\xC2\xB7") || before.ends_with("\xE2\x80\x93")))
        return;
    const bool letters_only = std::all_of(name.begin(), name.end(), [](char c) {
        return util::is_letter_byte(c) || c == ' ' || c == '-' || c == '.' || c == '\'';
    });
    const std::size_t words = util::count_spaced_words(name);
    if (letters_only && words >= 2 && words <= kMaxAvatarNameWords) pick.offer(std::move(parts), 2, false, dist, out);
}

// A feed reader's row, "<a class="feed_title_link">The Block</a> <span
// class="article_date">Fri, Sep 19, 2025 04:20</span>" (study-g feedreader
// shell): the name right before the date (byline.hpp name_before_date, the
// text path's rule for "PR Newswire Fri, Sep 19, 2025, 8:30 AM"). The weakest
// byline (1): no class or label says it is one. Never the headline's own line
// (distance 0: "Fed Holds Rates Sep 19, 2025 10:00" in a title div).
void read_name_before_date(const PageLine& line, std::size_t dist, VisibleMeta& out, BylinePick& pick) {
    const std::string_view text = line.text;
    if (dist == 0 || text.empty() || text.size() > kMaxAvatarName + kDateOpening) return;
    // Cheap gate before the date parser (which tells a line without digits at once): a capital (or
    // non-ASCII) letter opens the line.
    const unsigned char c = static_cast<unsigned char>(text[0]);
    if ((c < 'A' || c > 'Z') && c < 0x80 && !is_ens_name(text.substr(0, text.find(' ')))) return;  // "alice.eth"
    if (const auto d = parse_date(text, "")) pick.offer(name_before_date(text, *d), 1, false, dist, out);
}

// The text before a meta row's first dot or bar separator (all of it when
// there is none). Not first_byline_segment: a spaced dash or slash also splits
// sentences, and the prose guard below must see the whole sentence.
std::string_view row_opening(std::string_view text) {
    std::size_t end = text.size();
    // · | • and the CJK comma between the fields of a zh credit line: "本文編譯自 The Block，原文作者：Anna Lee，…"
    // (study-h round 5 B1; byline.cpp next_segment splits there too).
    for (std::string_view sep : {" \xC2\xB7 ", " | ", " \xE2\x80\xA2 ", "\xEF\xBC\x8C"}) end = std::min(end, text.find(sep));
    return text.substr(0, end);
}

// The name beside an avatar or a logo: the whole line, or the line's first
// segment when a date follows it ("CNN Money · 19 Sep 2025", "Elena Varga ·
// Sep 22, 2025": provider and author rows). Empty when the line is no name row.
std::string_view avatar_name(std::string_view text) {
    const std::string_view name = util::trim(first_byline_segment(text));
    if (name.size() > kMaxAvatarName || util::count_spaced_words(name, kMaxAvatarNameWords + 1) > kMaxAvatarNameWords) return {};
    if (name.size() < text.size() && !parse_date(text.substr(name.size()), "")) return {};
    return name;
}

// The name before the <time> closing a logo or avatar row, "The Guardian Sep 19, 2025" (NewsBreak's
// logo, publisher name, Follow button, date: study-k round 8 B2): the <time> element marks where the
// date starts, which avatar_name cannot tell without a separator. Empty when the row is no such one.
std::string_view name_before_time(const PageLine& line) {
    if (line.times.size() != 1 || line.times.front().text.empty() || !line.text.ends_with(line.times.front().text)) return {};
    const std::string_view name = util::trim(std::string_view(line.text).substr(0, line.text.size() - line.times.front().text.size()));
    if (name.size() > kMaxAvatarName || util::count_spaced_words(name, kMaxAvatarNameWords + 1) > kMaxAvatarNameWords) return {};
    return name;
}

// may_have_label(line.text), made once per line by the first reader asking
// (read_byline_line and read_after_lone_label both look for a label).
bool may_label(const PageLine& line, std::optional<bool>& memo) {
    if (!memo) memo = may_have_label(line.text);
    return *memo;
}

// The rank of an author-labelled text: 3, but an editor's credit ("责任编辑：李明") ranks as an unlabelled
// byline element (2): a source link in the date row beats it (study-m round 10 B3, sina shell), a source
// label (1) does not (trafilatura xinhuanet: "来源： 半月谈" under the headline, the truth "责任编辑：焦鹏").
int author_strength(std::string_view text) { return opens_with_editor_credit(text) ? 2 : 3; }

// CNA's lead, "（中央社記者陳家祥台北28日電）行政院今天…" (byline.hpp zh_reporter_credit; Taiwanese and Hong Kong papers
// print CNA copy so): the reporter or the wire alone ("（中央社台北28日電）") opens the story's first paragraph, a line
// often too long for a meta row, and the wire's dateline holds no label. Cheap gate: the line opens with "（".
void read_lead_credit(const PageLine& line, std::size_t dist, VisibleMeta& out, BylinePick& pick) {
    if (line.noise || !line.text.starts_with("\xEF\xBC\x88")) return;
    auto credit = zh_reporter_credit(line.text);
    const bool wire = credit && std::ranges::find(lexicon::kCjkWireCredits, credit->byline) != lexicon::kCjkWireCredits.end();
    if (!pick.offer(std::move(credit), wire ? 1 : 3, wire, dist, out)) return;
    out.byline_labelled = true;
    out.byline_reporter = !wire;
}

// A Korean reporter's row under the headline, "이서연 기자" (byline.hpp ko_reporter_credit; study-x round 22
// hankyeol-1/2: every Korean news page credits its reporter so, with no label before the name): the role word
// labels the name as an author label does, and it names a person though it is one word. True when it was one.
bool read_ko_reporter(const PageLine& line, std::size_t dist, VisibleMeta& out, BylinePick& pick) {
    auto credit = ko_reporter_credit(line.text);
    if (!credit) return false;
    if (pick.offer(std::move(credit), 3, false, dist, out)) {
        out.byline_labelled = true;
        out.byline_reporter = true;
    }
    return true;
}

// A labelled line ("By X", "Von X", "Source: X") or a name beside an avatar.
// `label_memo`: see may_label. `thread`: the line is in the first post of a thread (replies_start): a
// labelled source there names the story's origin, above the forum user who
// posted it (study-f round 3 forum shell: "Post by X »" then "Source: Reuters").
void read_byline_line(const PageLine& line, std::optional<bool>& label_memo, std::size_t dist, VisibleMeta& out,
                      BylinePick& pick, bool thread) {
    if (line.heading) return;
    read_lead_credit(line, dist, out, pick);
    if (line.text.size() > kMaxMetaLine) return;
    // In a class-noise region only an author-labelled, byline-classed line, and only
    // as weak as an unlabelled byline element: a byline inside a share bar
    // ("ng-sharekit__contributors--author": trafilatura nationalgeographic.co.uk)
    // or an author box under the headline ("author-box-top": "Written by X |
    // Reviewed by Y", longer than a name alone).
    if (line.noise && !line.structural_noise) {
        if (line.byline_hint && may_label(line, label_memo) && byline_label(line.text) == BylineLabel::author)
            pick.offer(parse_byline(line.text), 2, false, dist, out);
        return;
    }
    const BylineLabel label = may_label(line, label_memo) ? byline_label(line.text) : BylineLabel::none;
    int strength = label == BylineLabel::author ? author_strength(line.text)
                   : label == BylineLabel::source ? (thread ? 4 : 1)
                                                  : 0;
    if (line.noise && strength != 3) return;
    if (strength == 0 && line.avatar_hint && !line.byline_hint) {
        std::string_view name = avatar_name(line.text);
        if (name.empty()) name = name_before_time(line);
        auto parts = name.empty() ? std::nullopt : parse_byline(name);
        if (parts && parts->byline == name) pick.offer(std::move(parts), 2, false, dist, out);  // the whole name
        // A user's name and the date with no separator between them beside the avatar, "MikeNils
        // 18.10.2019, 15:07 Uhr" (trafilatura dealdoktor.de), is still the dated row name_before_date reads.
        else read_name_before_date(line, dist, out, pick);
        return;
    }
    if (strength == 0 && read_ko_reporter(line, dist, out, pick)) return;
    if (strength == 0) {
        read_dated_name(line, dist, out, pick);
        read_name_before_date(line, dist, out, pick);
        return;
    }
    // A long labelled line is prose ("By the time ..."), unless a meta row's
    // separators make its labelled part short: "Article By Ravi Deshmukh ·
    // Published 09/08/2025, 04:20 AM · Updated 09/09/2025, 11:05 AM".
    if (strength == 3 && !line.byline_hint && row_opening(line.text).size() > kMaxUnhintedByline) return;
    if (pick.offer(parse_byline(line.text), strength, label == BylineLabel::source || line.source_hint, dist, out)) {
        out.byline_labelled = true;
        // "記者陳家祥／綜合報導" names a person, though one word of CJK characters, no outlet (study-p round 13 B6).
        out.byline_reporter = strength == 3 && zh_reporter_credit(line.text).has_value();
    }
}

// A label alone on its line names the author on the next one: "Von:<br><a>Moritz
// Pieczewski-Freimuth</a>" (trafilatura hpd.de), "<b>Von:</b><br><br>Götz Warnke"
// (sonnenernergie.de), "By :" then the name element (appen). `label_memo`: see may_label.
void read_after_lone_label(const PageLine& line, std::optional<bool>& label_memo, const PageLine& next,
                           std::size_t dist, VisibleMeta& out, BylinePick& pick, int strength = 3) {
    if (line.text.size() > kLabelOpening || (line.noise && !line.structural_noise)) return;
    if (next.heading || next.noise != line.noise || next.text.size() > kMaxAvatarName) return;
    if (!may_label(line, label_memo) || !is_lone_author_label(line.text)) return;
    strength = std::min(strength, author_strength(line.text));
    if (pick.offer(parse_byline(next.text), strength, false, dist, out)) out.byline_labelled = true;
}

// The text of an author link that is a user name ("uriebe", "delta201": blog and
// forum accounts in the trafilatura set): one token, letters first.
std::optional<BylineParts> user_name(const std::string& text) {
    if (text.size() < 2 || text.size() > kMaxUserName || text.find_first_of(" \n") != std::string::npos ||
        !std::isalpha(static_cast<unsigned char>(text.front())) || is_account_name(text))
        return std::nullopt;
    return BylineParts{text, {text}};
}

// An element whose class/rel/link says byline: its own text.
// `row_dist`: when the element sits inside a line that another element opened (row_line), that line's
// distance, else npos. A person's name there beats the row's provider, whose name won the row
// ("Cointelegraph Helen Partz Sep 19, 2025": study-k round 8 B4, tradingview shell); any other element
// counts from the line after, as line_index places it (the handle in "Jeff Cox @JeffCoxCNBCcom" never
// beats the name: study-j cnbc shell).
void read_byline_element(const HintElement& h, std::size_t dist, std::size_t row_dist, VisibleMeta& out,
                         BylinePick& pick) {
    const BylineLabel label = byline_label(h.text);
    const int strength = label == BylineLabel::author ? author_strength(h.text) : 2;
    auto parts = parse_byline(h.text);
    if (!parts && (h.link || h.hcard)) parts = user_name(h.text);
    // itemprop=author or an author link inside the element whose first name won names
    // the author among that element's lines: it ties with it and wins the tie
    // (readability msn: div.authorinfo-bsb "Tech Insider / Alex Perry / 1 day ago"
    // holds span[itemprop=author] "Alex Perry").
    if (h.strong && !pick.element.empty() && pick.element.find(h.text) != std::string_view::npos &&
        strength == out.byline_strength)
        dist = pick.distance;
    const std::string_view outer = pick.element;
    const std::string before = out.byline ? out.byline->byline : std::string();
    const bool source = h.source || label == BylineLabel::source;
    // The row's provider, which the person beside it beats: it stays the source. Not a winner that
    // already holds the person's name ("decrypt.co by Liam O'Connor": study-h flipboard shell).
    std::optional<std::string> provider;
    if (row_dist != std::string_view::npos && !source && out.byline_is_source && pick.distance == row_dist && parts) {
        dist = row_dist;
        if (out.byline->authors.size() == 1 && out.byline->byline.find(parts->byline) == std::string::npos)
            provider = out.byline->authors.front();
    }
    if (pick.offer(std::move(parts), strength, source, dist, out, true)) {
        pick.element = !outer.empty() && out.byline->byline == before ? outer : std::string_view(h.text);
        if (provider && !out.source) out.source = std::move(provider);
    }
}

// Line index of a node: the first line starting at or after it.
std::size_t line_index(const std::vector<PageLine>& lines, reader::NodeId node) {
    const auto it = std::lower_bound(lines.begin(), lines.end(), node,
                                     [](const PageLine& l, reader::NodeId n) { return l.node < n; });
    return static_cast<std::size_t>(it - lines.begin());
}

// The line holding a hint element's text. The element opens before its first text node, so one inside
// a line that began earlier comes before the next line's start: "<span class=author>Helen Partz</span>"
// after the provider's name in "Cointelegraph Helen Partz Sep 19, 2025" (study-k round 8 B4, tradingview
// shell) is on the provider's line, not on the story's first paragraph after it.
// `i`: line_index of the element.
std::size_t row_line(const std::vector<PageLine>& lines, const HintElement& h, std::size_t i) {
    if (i == 0 || (i < lines.size() && lines[i].node == h.node + 1)) return i;  // its own text opens line i
    const std::string& before = lines[i - 1].text;
    if (h.text.find('\n') != std::string::npos || before.find(h.text) == std::string::npos) return i;
    return i < lines.size() && lines[i].text.starts_with(h.text) ? i : i - 1;
}

// Far from the headline, only an explicit author label counts ("Text: Klausmartin
// Friedrich" closing the article: trafilatura bos-fahrzeuge), also alone on its
// line above a full name ("<b>Von:</b><br><br>Götz Warnke" after the last
// paragraph: trafilatura sonnenernergie.de; not "Von:" / "Mi" in a table of
// opening hours: ekiba, mueritzurlauber).
// Lines from `limit` on (a thread's replies) are not read.
void read_labelled_anywhere(const std::vector<PageLine>& lines, VisibleMeta& out, BylinePick& pick, std::size_t limit) {
    for (std::size_t i = 0; i < limit && !out.byline; ++i) {
        const PageLine& line = lines[i];
        if (line.noise || line.heading || line.text.size() > 100) continue;
        if (i + 1 < limit && util::count_spaced_words(lines[i + 1].text, 2) >= 2) {
            std::optional<bool> label_memo;
            read_after_lone_label(line, label_memo, lines[i + 1], 999, out, pick, 1);
        }
        static const util::TokenMatcher labels(lexicon::kBylineLabels);
        // Cheap gate: the line opens with a label word (only its start is scanned).
        if (labels.find_before(std::string_view(line.text).substr(0, kLabelOpening), 1) != 0) continue;
        if (byline_label(line.text) != BylineLabel::author) continue;
        if (pick.offer(parse_byline(line.text), 1, false, 999, out)) out.byline_labelled = true;
    }
}

// Far from the headline, a source- or byline-classed element with a source
// label names the repost's origin under the story: '<div class="news-source">
// Source: <a>The Block</a></div>' (exchange news pages), VnExpress's
// '<p class="author_mail"><strong>Nguồn: VnExpress' (study-f round 3 trvn
// shell). The last one: a chart's source comes earlier, inside the story.
void read_far_source_element(const std::vector<HintElement>& hints, VisibleMeta& out, BylinePick& pick) {
    for (auto h = hints.rbegin(); h != hints.rend(); ++h) {
        if (byline_label(h->text) != BylineLabel::source) continue;
        if (pick.offer(parse_byline(h->text), 1, true, 999, out)) {
            out.byline_labelled = true;
            return;
        }
    }
}

// A Japanese story's closing credit, "…と発表した。【佐藤健】" or "（共同）" alone under the last paragraph (byline.hpp
// ja_end_credit; study-o round 12 B2, mainichi shell): the byline of a page showing none, as weak as a label
// far from the headline (it beats a JSON-LD Organization). The last credit after the last long paragraph
// from the headline on: the story's end, not a paragraph's credit followed by more story. Asked only of
// pages without a byline; ja_end_credit tells most lines by their last bytes.
void read_end_credit(const std::vector<PageLine>& lines, std::size_t from, std::size_t limit, VisibleMeta& out,
                     BylinePick& pick) {
    constexpr std::size_t kMinParagraph = 150;  // bytes: 50 kanji, a story's paragraph, no footer line
    // Cheap gate, no call: the line (collapsed, trimmed) ends in "】" or "）".
    const auto may_credit = [](std::string_view t) { return t.ends_with("\xE3\x80\x91") || t.ends_with("\xEF\xBC\x89"); };
    std::size_t at = lines.size();  // the credit's line
    for (std::size_t i = from; i < limit; ++i) {
        const PageLine& line = lines[i];
        if (line.noise || line.heading) continue;
        if (may_credit(line.text) && ja_end_credit(line.text)) at = i;
        else if (at != lines.size() && line.text.size() >= kMinParagraph) at = lines.size();
    }
    if (at == lines.size()) return;
    auto credit = ja_end_credit(lines[at].text);
    const bool wire = std::ranges::find(lexicon::kCjkWireCredits, credit->byline) != lexicon::kCjkWireCredits.end();
    if (!pick.offer(std::move(credit), 1, wire, 999, out)) return;
    out.byline_labelled = true;
    out.byline_reporter = !wire;
}

}  // namespace

namespace {

// The source a line names, and the writer its credit names after the outlet, in a second sentence (study-l
// round 9 B3: "This article originally appeared on Bloomberg. Author: Jane Doe") or after "by" (study-n round
// 11 B1: "… originally published on The Defiant on Nov 24, 2026 by Owen Fernau."). Most lines naming a source
// are none of these (credited_writer's scans stop at once).
void read_source_line(const std::string& text, VisibleMeta& out) {
    out.source = parse_source_line(text);
    if (!out.source) return;
    if (auto writer = credited_writer(text); writer && writer->byline != *out.source) out.credit_author = std::move(writer);
}

}  // namespace

std::optional<std::string> last_source_line(const std::vector<PageLine>& lines) {
    constexpr std::size_t kMaxSourceLine = 120;  // "Source : Le Monde", not a sentence
    for (auto l = lines.rbegin(); l != lines.rend(); ++l) {
        if (l->noise || l->heading || l->text.size() > kMaxSourceLine || l->text.find(':') == std::string::npos) continue;
        if (byline_label(l->text) == BylineLabel::source)
            if (auto name = parse_source_line(l->text)) return name;
    }
    return std::nullopt;
}

std::optional<std::string> last_source_element(const std::vector<HintElement>& hints) {
    for (auto h = hints.rbegin(); h != hints.rend(); ++h)
        if (byline_label(h->text) == BylineLabel::source)
            if (auto name = parse_source_line(h->text)) return name;
    return std::nullopt;
}

namespace {

void read_fallback_dates(const std::vector<PageLine>& lines, std::size_t from, std::string_view lang, VisibleMeta& out) {
    std::optional<std::string> before_anchor;  // a dated line above the headline: used only when none follows it
    for (std::size_t i = 0; i < lines.size() && !(out.first_time && out.first_dated_line); ++i) {
        const PageLine& line = lines[i];
        if (line.noise) continue;
        // The copyright test scans the whole line: only when the line could give a date.
        if (!line.times.empty()) {
            if (out.first_time || is_copyright(line.text)) continue;
            for (const TimeRef& t : line.times) {
                if (out.first_time || classify(time_label_text(t), t.updated_hint) != DateKind::published) continue;
                if (const auto d = parse_date(t.datetime, lang)) out.first_time = d->iso();
            }
            continue;
        }
        if (out.first_dated_line || line.updated_hint || (i < from && before_anchor)) continue;
        const auto d = parse_date(std::string_view(line.text).substr(0, kDateOpening), lang);
        if (!d || is_copyright(line.text)) continue;
        // "Aktualisiert: 27.11.2026, 09:41 Uhr" opening the line is an update stamp, never the published date
        // (issue #3 policy; study-r round 15 B3). Tested only on a line whose opening held a date.
        if (line_marks(line.text, false).updated < kDateOpening) continue;
        if (i >= from) out.first_dated_line = d->iso();
        else if (!before_anchor) before_anchor = d->iso();
    }
    if (!out.first_dated_line) out.first_dated_line = before_anchor;
}

// The edit stamp a wiki or docs page closes with, below the headline, in a footer the window skips: MediaWiki's footer "This
// page was last edited on 28 November 2026, at 14:05." (Wikipedia, Fandom), MoinMoin's "(last edited
// 2019-11-10 13:28:18 by X)" (trafilatura wiki.python.org), Docusaurus' "Last updated on Nov 28, 2026"
// (study-r round 15 B4). A modified date (issue #3 policy), never the published one. Only the page's last
// lines, and only a short line with a digit and a modified label: a few lines per page (issue #3 budget).
constexpr std::size_t kFooterStampLines = 12;

// `window_end`: the lines before it outside noise regions were read by read_visible's window already.
void read_footer_stamp(const std::vector<PageLine>& lines, std::size_t from, std::size_t window_end, std::string_view lang,
                       Dates& out) {
    const std::size_t stop = lines.size() > kFooterStampLines ? std::max(from, lines.size() - kFooterStampLines) : from;
    for (std::size_t i = lines.size(); i-- > stop && !out.updated.value;) {
        const PageLine& line = lines[i];
        if ((i < window_end && !line.noise) || line.text.size() > kMaxMetaLine || !may_date(line)) continue;
        // The copyright scan only on a line with a modified label (most footer lines have none).
        const LineMarks marks = line_marks(line.text, false);
        if (marks.updated == LineMarks::npos || is_copyright(line.text)) continue;
        if (const auto d = parse_date(std::string_view(line.text).substr(marks.updated), lang))
            out.updated.offer(d->iso(), i);
    }
}

// A thread's post list (phpBB "Post by X » date" rows, forum reposts: study-f
// round 3 B10): the story is the first post, the posts below it are replies.
// The first author-labelled byline row (byline-classed, outside noise regions)
// from `from` on, then the next one naming someone else, starts the replies;
// lines.size() when there is none. The same name twice is a byline and an
// author box, no thread. Byline candidates stop there: a reply's author is not
// the story's.
// `first_row`: set to the first row's line when there is a thread.
std::size_t replies_start(const std::vector<PageLine>& lines, std::size_t from, std::size_t& first_row) {
    std::optional<std::string> first;  // the first row's name ("" when it names none: a bot account)
    for (std::size_t i = from; i < lines.size(); ++i) {
        const PageLine& l = lines[i];
        if (l.noise || !l.byline_hint || l.heading || l.text.size() > kMaxMetaLine) continue;
        if (byline_label(l.text) != BylineLabel::author) continue;
        const auto parts = parse_byline(l.text);
        std::string name = parts ? parts->byline : std::string();
        if (!first) first = std::move(name), first_row = i;
        else if (name != *first) return i;
    }
    return lines.size();
}

struct ThreadBounds {
    std::size_t replies;    // replies_start
    std::size_t far_limit;  // where read_labelled_anywhere stops
};

// Labelled byline rows naming different people that open below the headline's lines (`window_end`) are
// a list of teaser cards ("Von Jörn Mecher am 08.12.2022", "Von Petra Walther am 06.12.2022" under the
// story: trafilatura humanresourcesmanager), not a thread whose first post is the story: the far
// labelled-line reader stops at the first card. `window_end` is lines.size() when no headline is known:
// then the first row may open the story (readability nytimes-5).
ThreadBounds thread_bounds(const std::vector<PageLine>& lines, std::size_t from, std::size_t window_end) {
    std::size_t first_row = lines.size();
    const std::size_t replies = replies_start(lines, from, first_row);
    return {replies, replies < lines.size() && first_row >= window_end ? first_row : replies};
}

}  // namespace

VisibleMeta read_visible(const std::vector<PageLine>& lines, const std::vector<HintElement>& hints,
                         std::size_t anchor, std::string_view lang) {
    VisibleMeta out;
    Dates dates;
    BylinePick pick;
    const bool anchored = anchor < lines.size();
    const std::size_t begin = anchored ? (anchor > kLinesBefore ? anchor - kLinesBefore : 0) : 0;
    const std::size_t end = anchored ? std::min(lines.size(), anchor + kLinesAfter) : std::min(lines.size(), kLinesAfter);
    // Lines below the headline are slightly closer than the same count above.
    auto distance = [&](std::size_t i) { return !anchored ? i : i >= anchor ? (i - anchor) * 2 : (anchor - i) * 2 + 1; };
    const ThreadBounds bounds = thread_bounds(lines, begin, anchored ? end : lines.size());
    const std::size_t replies = bounds.replies;
    const bool thread = replies < lines.size();
    for (std::size_t i = begin; i < end; ++i) {
        const PageLine& line = lines[i];
        std::optional<bool> label_memo;
        if (i < replies) read_byline_line(line, label_memo, distance(i), out, pick, thread);
        if (i + 1 < replies) read_after_lone_label(line, label_memo, lines[i + 1], distance(i), out, pick);
        // A <time> in an <aside>/<nav>/<footer> next to the headline is still the
        // article's (trafilatura alpin.de: <article><aside class="meta"><time>);
        // class-noise regions (related, comments) stay out.
        if (line.noise && !(line.structural_noise && !line.times.empty())) continue;
        const bool short_line = line.text.size() <= kMaxMetaLine;
        const bool dated = short_line && may_date(line);  // read_dates reads no long line's text
        const LineMarks marks = short_line && needs_marks(line.text, !out.source, dated) ? line_marks(line.text, dated) : LineMarks{};
        if (!out.source && short_line && may_name_source(line.text, marks)) read_source_line(line.text, out);
        read_dates(line, marks, dated, distance(i), lang, dates);
    }
    for (const HintElement& h : hints) {
        const std::size_t i = line_index(lines, h.node);
        if (i < begin || i >= std::min(end, replies)) continue;
        const std::size_t row = row_line(lines, h, i);
        read_byline_element(h, distance(i), row == i || row < begin ? std::string_view::npos : distance(row), out, pick);
    }
    if (!out.byline) read_labelled_anywhere(lines, out, pick, bounds.far_limit);
    // Far from the headline, a rel=author / author-page link or itemprop=author
    // still names the author (trafilatura peptalks: the byline under the article).
    for (const HintElement& h : hints) {
        if (out.byline) break;
        if (!h.strong || line_index(lines, h.node) >= replies) continue;
        auto parts = parse_byline(h.text);
        if (!parts && h.link) parts = user_name(h.text);
        pick.offer(std::move(parts), 1, h.source, 999, out);
    }
    if (!out.byline) read_far_source_element(hints, out, pick);
    if (!out.byline) read_end_credit(lines, anchored ? anchor : 0, bounds.far_limit, out, pick);
    // "Originally published on X on <date>" closes many syndicated stories
    // (samples/finance-portal-syndicated.html), often in a provider footer.
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const PageLine& line = lines[i];
        if (line.text.size() > 300) continue;
        // The attribution opens the line ("This story first appeared on X on ..."); the
        // phrase deep in a body sentence is history, not the repost's origin
        // (readability wikipedia-2: "... was first published in 2001 ...").
        const std::size_t at = source_phrase_matcher().find_before(std::string_view(line.text).substr(0, kAttributionOpening + 40),
                                                            kAttributionOpening + 1, true);
        const auto feed_site = at == std::string_view::npos ? feed_footer_site(line.text) : std::nullopt;
        if (at == std::string_view::npos && !feed_site) continue;
        if (!out.source) {
            if (feed_site) out.source = *feed_site;
            else read_source_line(line.text, out);
        }
        if (dates.original.value) continue;
        std::optional<ParsedDate> d;
        for (const TimeRef& t : line.times)
            if (!d) d = parse_date(t.datetime, lang);
        if (!d) d = parse_date(line.text, lang);
        if (d) dates.original.offer(d->iso(), 1000 + i);
    }
    if (!dates.updated.value) read_footer_stamp(lines, anchored ? anchor + 1 : 0, end, lang, dates);
    if (!dates.published.value) read_fallback_dates(lines, anchored ? anchor : 0, lang, out);
    // The only date shown near the headline, even when a class calls it
    // "updated", is the one readers take for the date (trafilatura utopia.de).
    out.published = dates.published.value ? dates.published.value : dates.shown_updated.value;
    out.updated = dates.updated.value;
    out.published_labelled = out.published && dates.labelled.value && *dates.labelled.value == *out.published;
    out.original = dates.original.value;
    return out;
}

}  // namespace newsclean::extract
