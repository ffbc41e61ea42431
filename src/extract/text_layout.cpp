// Where the story sits in a text scrape: the body is the best-scoring run of
// lines (paragraphs count for their words, everything else against), cut at
// related/comment blocks; the header (headline, byline, date) is read from the
// lines just above it. Rules follow samples/mexc-deepseek-r1-cost.txt and the
// page shells of corpus/repost-text (see corpus/repost/README.md).
#include <algorithm>
#include <limits>

#include "extract/boilerplate_text.hpp"
#include "extract/dates.hpp"
#include "extract/text_scrape.hpp"
#include "lexicon/text_layout_words.hpp"
#include "util/fold.hpp"
#include "util/text.hpp"

namespace newsclean::extract::text {

namespace {

// Scores of the body run. A paragraph is worth its words; a short line costs
// a little (headings and list items inside a story are crossed, a run of nav
// links is not); a widget line costs as much as a short paragraph, so one
// ticker or "Also read:" inside a story does not split it but a block of them
// does.
constexpr long kShortLineCost = 2;
constexpr long kWidgetCost = 15;
constexpr long kBarrier = std::numeric_limits<int>::min() / 2;
// Header lines are looked for this many non-blank lines above the body.
constexpr std::size_t kHeaderWindow = 14;
// ... or, with no header line there, this many non-blank lines above the window.
constexpr std::size_t kFarHeaderReach = 120;
// Short lines after the last paragraph that may still belong to the story.
constexpr std::size_t kTrailingLines = 5;
// A run is an article when its paragraphs hold this many words (a news brief
// of two sentences has ~40; a link list, price table or log has none).
constexpr std::size_t kMinArticleWords = 30;
// A question headline: at most this many words.
constexpr std::size_t kMaxQuestionTitleWords = 20;
// A teaser repeats the body's opening: this many leading bytes must match.
constexpr std::size_t kTeaserPrefix = 60;
// ... within this many lines below it.
constexpr std::size_t kTeaserReach = 40;

// A card of a related block shows its headline twice, as link and as heading
// ("VanEck Targets Stablecoins & Next-Gen ICOs" in the MEXC sample): a
// related block even where the page has no "You May Also Like" opener.
bool is_card_title(const std::vector<Line>& lines, std::size_t i) {
    const std::size_t next = next_non_blank(lines, i + 1);
    return lines[i].words >= 2 && next < lines.size() && lines[next].folded == lines[i].folded;
}

// A related or comments opener followed by a list (not by a paragraph) starts
// a block that runs to the end of the page's article part: "You May Also Like"
// + cards, "Most read" + headlines. Followed by a paragraph it is a label
// ("Read more" expanders before the rest of the story). A coin block ("Related
// coins" + quotes, inside the story on some pages) is a widget, not a barrier.
bool is_barrier(const std::vector<Line>& lines, std::size_t i) {
    const LineKind k = lines[i].kind;
    if (k == LineKind::short_text) return is_card_title(lines, i);
    // "Read more on CNN Money": the aggregator's note and widgets follow (study-d cgnews shell).
    if (k == LineKind::source && read_on_source(lines[i])) return true;
    // "(END) Dow Jones Newswires": the wire's time line, copyright and licence follow (study-d djsyn).
    if (k == LineKind::label && is_newswire_end(lines[i].folded)) return true;
    if (k != LineKind::related_opener && k != LineKind::comments) return false;
    const std::size_t next = next_non_blank(lines, i + 1);
    if (next >= lines.size()) return true;
    const LineKind n = lines[next].kind;
    return n != LineKind::prose && n != LineKind::ticker && n != LineKind::ticker_name;
}

// A headline that is a question or exclamation scores as a paragraph
// ("Where do strained U.S.-Israeli relations go after Netanyahu’s victory?").
bool is_question_headline(const Line& l) {
    if (l.kind != LineKind::prose || l.words > kMaxQuestionTitleWords) return false;
    return l.last_mark == '?' || l.last_mark == '!';
}

// An ad slot's label alone between two paragraphs ("Mainos", "Quảng cáo", "Advertisement"; study-s round 16 X4,
// iltalehti shell: the slot before the story's last paragraph) sits inside the story: it costs a short line, so a
// short last paragraph under it is not cut off as a widget's would be. A read-also row beside it (study-u round 18
// X1, jutarnji shell: "PROČITAJTE VIŠE <headline>" / "Oglas" between two paragraphs) is the story's widget too, and so
// is a newsletter box's pitch and button there (okusno shell: "Prijavite se na e-novice …" / "Prijava na e-novice"
// before the story's last two short paragraphs).
bool is_ad_slot_in_story(const std::vector<Line>& lines, std::size_t i) {
    const bool ad = lines[i].kind == LineKind::label && lexicon::equals_any(lexicon::kAdLabels, util::fold_key(lines[i].folded));
    if (i == 0 || (!ad && lines[i].kind != LineKind::newsletter)) return false;
    const auto beside = [&](std::size_t j) {
        return lines[j].kind == LineKind::inline_related || lines[j].kind == LineKind::newsletter;
    };
    std::size_t above = i - 1;
    while (above > 0 && (lines[above].kind == LineKind::blank || beside(above))) --above;
    std::size_t below = next_non_blank(lines, i + 1);
    while (below < lines.size() && beside(below)) below = next_non_blank(lines, below + 1);
    return lines[above].kind == LineKind::prose && below < lines.size() && lines[below].kind == LineKind::prose;
}

// study-x round 22 H2 (hankyeol shell: "관련기사" over three headlines between two paragraphs, the story's last two
// paragraphs under it; the ndsoft CMS, Hankyoreh and Chosun set the box so): a related box mark_inline_boxes found
// inside the story, its heading (made a label) over its headlines (inline related lines), with a paragraph right
// above and right below. It is dropped, but crossed as short lines are: at a widget's cost each, a box of four lines
// outweighs a short story's last two paragraphs, which were lost.
bool is_inline_box_in_story(const std::vector<Line>& lines, std::size_t i) {
    const LineKind k = lines[i].kind;
    if (k != LineKind::label && k != LineKind::inline_related) return false;
    constexpr std::size_t kMaxBoxLines = 12;  // the heading's reach, blanks included: mark_inline_boxes' cards and gaps
    std::size_t top = i;  // the box's heading
    while (top > 0 && i - top < kMaxBoxLines &&
           (lines[top].kind == LineKind::inline_related || lines[top].kind == LineKind::blank))
        --top;
    if (lines[top].kind != LineKind::label || next_non_blank(lines, top + 1) >= lines.size() ||
        lines[next_non_blank(lines, top + 1)].kind != LineKind::inline_related)
        return false;
    std::size_t above = top;
    while (above > 0 && lines[above - 1].kind == LineKind::blank) --above;
    std::size_t below = next_non_blank(lines, top + 1);
    while (below < lines.size() && lines[below].kind == LineKind::inline_related) below = next_non_blank(lines, below + 1);
    return above > 0 && lines[above - 1].kind == LineKind::prose && below < lines.size() && lines[below].kind == LineKind::prose;
}

long line_score(const std::vector<Line>& lines, std::size_t i) {
    const Line& l = lines[i];
    switch (l.kind) {
        case LineKind::blank: return 0;
        case LineKind::prose: return static_cast<long>(l.words);
        case LineKind::short_text: return is_card_title(lines, i) ? kBarrier : -kShortLineCost;
        case LineKind::list_item: return static_cast<long>(l.words / 2);
        case LineKind::counter: return -kShortLineCost;  // between a thread's posts: crossed like a short line
        case LineKind::list_box: return 0;  // a box the markers prove to be inside the story: crossed for free
        case LineKind::product_box: return 0;  // so is a product box, which its price line proves
        // A picture's credit stands in the story as a heading does (study-u round 18 X2, helsinki shell: "Kuva: …"
        // between two sections): crossed like a short line, dropped from the text.
        case LineKind::caption: return -kShortLineCost;
        default:
            if (is_ad_slot_in_story(lines, i) || is_inline_box_in_story(lines, i)) return -kShortLineCost;
            return is_barrier(lines, i) ? kBarrier : -kWidgetCost;
    }
}

// Maximum-sum run of line scores (Kadane); {first, last} of the run, first > last when none.
std::pair<std::size_t, std::size_t> best_run(const std::vector<Line>& lines) {
    long best = 0, current = 0;
    std::size_t start = 0, best_first = 1, best_last = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (current <= 0) {
            current = 0;
            start = i;
        }
        current += line_score(lines, i);
        if (current > best && (lines[i].kind == LineKind::prose || lines[i].kind == LineKind::list_item)) {
            best = current;
            best_first = start;
            best_last = i;
        }
    }
    while (best_first <= best_last && lines[best_first].kind != LineKind::prose &&
           lines[best_first].kind != LineKind::list_item)
        ++best_first;
    return {best_first, best_last};
}

bool ends_truncated(std::string_view s) {
    for (std::string_view tail : {"\xE2\x80\xA6", "...", "[\xE2\x80\xA6]", "[...]"})
        if (s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail) return true;
    return false;
}

// Teasers: a truncated paragraph whose opening recurs as a later paragraph
// (the MEXC sample repeats the description, ending in "[…]", above the headline).
// A truncated copy of nothing on the page is a card summary, not a teaser.
void mark_teasers(std::vector<Line>& lines) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].kind != LineKind::prose || !ends_truncated(lines[i].text)) continue;
        for (std::size_t j = i + 1; j < lines.size() && j < i + kTeaserReach; ++j) {
            const std::string& later = lines[j].folded;
            if (lines[j].kind != LineKind::prose || later.size() < kTeaserPrefix) continue;
            const std::size_t at = lines[i].folded.find(std::string_view(later).substr(0, kTeaserPrefix));
            if (at != std::string::npos && at < kTeaserPrefix) {
                lines[i].kind = LineKind::teaser;
                break;
            }
        }
    }
}

// The header window: up to kHeaderWindow non-blank lines above the run, not
// past a paragraph (a question headline is no paragraph).
std::size_t header_window(const std::vector<Line>& lines, std::size_t first) {
    std::size_t window = first, seen = 0;
    while (window > 0 && seen < kHeaderWindow) {
        --window;
        if (lines[window].kind == LineKind::blank) continue;
        if (lines[window].kind == LineKind::prose && !is_question_headline(lines[window])) return window + 1;
        ++seen;
    }
    return window;
}

// When no byline/date line is just above the run, the header may sit above a
// long stretch of short lines that belong to the story (a table of contents,
// an infobox, a list of apps: corpus repost-text bitwire-057, finsyn-000,
// bitwire-036). Looks further up, across anything but a related/comment block,
// for the nearest header line and returns the window start for it.
std::size_t far_header(const std::vector<Line>& lines, std::size_t window, std::size_t first) {
    for (std::size_t i = window; i < first; ++i)
        if (is_meta(lines[i].kind)) return window;
    std::size_t seen = 0;
    for (std::size_t i = window; i-- > 0 && seen < kFarHeaderReach;) {
        if (lines[i].kind == LineKind::blank) continue;
        if (is_barrier(lines, i)) break;
        ++seen;
        if (!is_meta(lines[i].kind)) continue;
        std::size_t start = i, before = 0;  // a few lines above it for a headline
        while (start > 0 && before < kHeaderWindow / 2) {
            --start;
            if (lines[start].kind != LineKind::blank) ++before;
        }
        return start;
    }
    return window;
}

// study-q round 14 X6 (metropoles shell: "TiteSeleção BrasileiraCorinthians" under the story): a row of tag chips a
// scrape ran together, two or more joins where a lower-case letter runs into a capital with no space, a few words,
// no digit and no sentence. Right after the story's last paragraph it is the tag row; a name or brand has one join
// at most ("McKinsey", "iPhone").
bool is_glued_chip_row(const Line& l) {
    constexpr std::size_t kMaxChipWords = 8, kMinJoins = 2;
    if (l.sentence_end || l.words > kMaxChipWords) return false;
    std::size_t joins = 0;
    for (std::size_t i = 1; i < l.text.size(); ++i) {
        const auto before = static_cast<unsigned char>(l.text[i - 1]);
        const char c = l.text[i];
        if (util::is_ascii_digit(c)) return false;
        // A lower-case letter before: ASCII, or the last byte of an accented letter ("Seleção" ends in ASCII 'o').
        if (c >= 'A' && c <= 'Z' && ((before >= 'a' && before <= 'z') || (before >= 0x80 && before <= 0xBF))) ++joins;
    }
    return joins >= kMinJoins;
}

// study-v round 19 X2 (kumparan shell: "Bank IndonesiaSuku Bunga BI" over "Berikan reaksimu"): two tag chips run
// together make one join, which a brand's spelling has too ("LinkedIn"). Right under the story and over a widget line
// (a reaction prompt, a share row: boilerplate, no source or meta line) the row is the tag row all the same; a
// name's inner capital after one or two lower-case letters ("McDonald", "YouTube") is no chip's end.
bool is_glued_tag_pair(const std::vector<Line>& lines, std::size_t i) {
    constexpr std::size_t kMaxChipWords = 8, kMinChipTail = 3;
    const Line& l = lines[i];
    if (l.sentence_end || l.words > kMaxChipWords) return false;
    const std::size_t next = next_non_blank(lines, i + 1);
    if (next >= lines.size() || !is_boilerplate(lines[next].kind) || is_meta(lines[next].kind) || lines[next].kind == LineKind::source)
        return false;
    std::size_t lower_run = 0;
    for (std::size_t k = 0; k < l.text.size(); ++k) {
        const char c = l.text[k];
        if (util::is_ascii_digit(c)) return false;
        // Tags are capitalised names: a lower-case word ("Additional reporting by the LinkedIn team") is a sentence.
        if ((k == 0 || l.text[k - 1] == ' ') && c >= 'a' && c <= 'z') return false;
        if (c >= 'A' && c <= 'Z' && lower_run >= kMinChipTail) return true;
        lower_run = c >= 'a' && c <= 'z' ? lower_run + 1 : 0;
    }
    return false;
}

// Short lines right after the last paragraph and before the page's widgets
// end the story ("Heba Habib contributed to this report." before "Read more:",
// corpus repost-text finsyn-021). Not at the end of the page: there they are as
// likely a footer.
// A picture's credit line among them ("Kuva: Veikko Somerpuro" over a short last paragraph; study-u round 18 X2,
// helsinki shell) is the story's picture, no widget: it is crossed (and dropped) without counting as one of them.
std::size_t trailing_lines(const std::vector<Line>& lines, std::size_t last) {
    std::size_t end = last, seen = 0;
    for (std::size_t i = next_non_blank(lines, last + 1); i < lines.size() && seen < kTrailingLines;
         i = next_non_blank(lines, i + 1)) {
        const LineKind k = lines[i].kind;
        if (k == LineKind::caption) continue;
        const bool first = seen++ == 0;
        // A tag row right under the last paragraph ends the story; lower down it may be a footer's menu run together
        // ("ImprintData ProtectionTerms of Use"), which says nothing of the short lines above it.
        if (first && k == LineKind::short_text && (is_glued_chip_row(lines[i]) || is_glued_tag_pair(lines, i))) return last;
        // A wire agency's bracketed credit closes the story it ends ("（共同通信）", "（中央社）"; study-y round 22 A8,
        // asahinet shell): no story text, as the HTML path's after_story_rule drops it, and nothing under it is.
        if (k == LineKind::short_text && is_bracketed_agency(lines[i].text)) return end;
        if (k == LineKind::short_text || k == LineKind::list_item) {
            if (lines[i].words > 0) end = i;  // a "--" signature separator is no text
            continue;
        }
        // The page footer's rights line ("© 2026 Hanza Media. Sva prava pridržana."; study-u round 18) closes the page,
        // not the story: the short lines above it are the footer's menus and lists.
        if (k == LineKind::label && (contains_any(lexicon::kCopyrightPhrases, lines[i].folded) ||
                                     is_copyright_line(lines[i].folded, lines[i].text.size())))
            return last;
        // A source line closes the story ("… POLITICAL EDITOR" / "Source: Decrypt", study-b exnews shell).
        return (is_boilerplate(k) && !is_meta(k)) || k == LineKind::source ? end : last;
    }
    return last;
}

// The wrapper's furniture the line classifier leaves as text: an email
// newsletter's header, sponsor and footer lines, Medium's paywall, a "Read the
// full story →" / "🔗 Read more" / "Read on decrypt.co" button, zh media's
// "（前情提要：…）" and "原文标题：" lines (boilerplate_text.hpp
// wrapper_chrome_rule, shared with the HTML path; study-h round 5 B2, B3, B5,
// B10, B14). A button is a label, so the story's trailing lines stop there.
// Whether the page is an email newsletter (an "email-chrome" line was found).
bool mark_wrapper_chrome(std::vector<Line>& lines) {
    bool email = false;
    for (Line& l : lines) {
        if (l.kind != LineKind::short_text && l.kind != LineKind::prose && l.kind != LineKind::list_item) continue;
        const std::string_view rule = wrapper_chrome_rule(l.text, l.folded);
        if (rule.empty()) continue;
        email = email || rule == "email-chrome";
        if (rule == "related-inline") l.kind = LineKind::inline_related;
        else if (rule == "repost-credit") l.kind = LineKind::credit;
        else if (rule == "email-chrome" || rule == "paywall") l.kind = LineKind::newsletter;
        else l.kind = LineKind::label;  // sponsor label, story-end button, reaction counter
    }
    return email;
}

// An email newsletter dates its issue in the masthead, above the intro that
// precedes the story ("The Daily Block · Friday, September 19, 2025 · Issue
// #412", study-h newsletter shell): with no date in the story's own header,
// the nearest full date above the header window is the story's.
std::optional<ParsedDate> issue_date(const std::vector<Line>& lines, std::size_t window) {
    std::size_t seen = 0;
    for (std::size_t i = window; i-- > 0 && seen < kHeaderWindow;) {
        if (lines[i].kind == LineKind::blank) continue;
        ++seen;
        if (lines[i].kind == LineKind::prose || lines[i].words > kMaxMetaWords) continue;  // a sentence
        if (const auto d = parse_date(lines[i].text); d && d->day > 0 && d->year >= kFirstWebYear) return d;
    }
    return std::nullopt;
}

// The end of an inline box's headline lines from `first`, and how many there are: short lines with
// no sentence end, or a run of two or more headline-long lines with no blank between them (a list of
// links in a scrape whose paragraphs are blank-separated: "I quit social media for a year. Here's what
// happened to my data." ends in a stop), the groups one blank line apart (study-m round 10 X1,
// businessinsider shell: "Related stories" / tagline / blank / two headlines, as a scrape gives it).
std::pair<std::size_t, std::size_t> box_cards(const std::vector<Line>& lines, std::size_t first) {
    constexpr std::size_t kMinCardWords = 3, kMaxHeadlineWords = 20;
    const auto card = [&](std::size_t j) {
        return j < lines.size() && lines[j].kind == LineKind::short_text && lines[j].words >= kMinCardWords &&
               !lines[j].sentence_end;
    };
    const auto headline = [&](std::size_t j) {
        return j < lines.size() && lines[j].kind != LineKind::blank && lines[j].words >= kMinCardWords &&
               lines[j].words <= kMaxHeadlineWords;
    };
    const auto group_end = [&](std::size_t j) {
        if (card(j)) return j + 1;
        std::size_t k = j;
        while (headline(k)) ++k;
        return k - j >= 2 ? k : j;
    };
    std::size_t end = first, cards = 0;
    for (std::size_t next = group_end(end); next > end; next = group_end(end)) {
        cards += next - end;
        end = next;
        if (end + 1 < lines.size() && lines[end].kind == LineKind::blank && group_end(end + 1) > end + 1) ++end;
    }
    return {end, cards};
}

// Whether a paragraph stands right above line `i`, or above the sub-heading right above it (study-m
// round 10 X1: Business Insider's box comes after the sub-heading "Information from other Facebook
// users", before that section's paragraphs).
bool story_above(const std::vector<Line>& lines, std::size_t i) {
    const auto previous = [&](std::size_t j) {
        while (j > 0 && lines[j - 1].kind == LineKind::blank) --j;
        return j;  // 0: none; else the line above is j - 1
    };
    std::size_t above = previous(i);
    if (above > 0 && lines[above - 1].kind == LineKind::short_text) above = previous(above - 1);
    return above > 0 && lines[above - 1].kind == LineKind::prose;
}

// Whether the story goes on after an inline box ending at `end`: two paragraphs of kMinArticleWords
// or more among the next few lines, past sub-headings and captions (study-m round 10 X1: a caption
// line and a sub-heading between the paragraphs after Business Insider's box). A block of links
// ending the page has no paragraphs after it, or widgets.
bool story_goes_on(const std::vector<Line>& lines, std::size_t end) {
    constexpr std::size_t kLookahead = 4;  // non-blank lines
    std::size_t words = 0, paragraphs = 0, seen = 0;
    for (std::size_t next = next_non_blank(lines, end); next < lines.size() && seen < kLookahead && paragraphs < 2;
         next = next_non_blank(lines, next + 1), ++seen) {
        const LineKind k = lines[next].kind;
        if (k == LineKind::prose) words += lines[next].words, ++paragraphs;
        else if (k != LineKind::short_text && k != LineKind::caption) break;
    }
    return paragraphs >= 2 && words >= kMinArticleWords;
}

// study-j round 7 (forbes shell: "MORE FOR YOU" / three linked headlines, in
// the middle of the story): a related box inside the story, an opener between
// two paragraphs over one to kMaxBoxCards headline lines (short, no sentence
// end; box_cards), after which the story goes on (story_goes_on). The box is a
// widget, not the related block that ends the article (is_barrier): the opener
// becomes a label and the headlines inline related lines. An end-of-page block
// ("You May Also Like" / cards with summaries, a footer) has no story after it.
void mark_inline_boxes(std::vector<Line>& lines) {
    constexpr std::size_t kMaxBoxCards = 4;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        if (lines[i].kind != LineKind::related_opener) continue;
        if (!story_above(lines, i)) continue;
        const std::size_t first = next_non_blank(lines, i + 1);
        const auto [end, cards] = box_cards(lines, first);
        if (cards == 0 || cards > kMaxBoxCards) continue;
        if (!story_goes_on(lines, end)) continue;
        lines[i].kind = LineKind::label;
        for (std::size_t j = first; j < end; ++j)
            if (lines[j].kind != LineKind::blank) lines[j].kind = LineKind::inline_related;
    }
}

// A paragraph of the story among the next few lines from `end`, past widgets and labels (an ad slot may
// split a story): a sentence-ended line of kMinArticleWords / 2 words or more.
bool paragraph_soon(const std::vector<Line>& lines, std::size_t end) {
    constexpr std::size_t kLookahead = 6;  // non-blank lines
    std::size_t seen = 0;
    for (std::size_t next = next_non_blank(lines, end); next < lines.size() && seen < kLookahead;
         next = next_non_blank(lines, next + 1), ++seen)
        if (lines[next].kind == LineKind::prose && lines[next].sentence_end && 2 * lines[next].words >= kMinArticleWords)
            return true;
    return false;
}

// study-m round 10 text body (coindesk shell: "More For You" over headlines a scrape ran into one line,
// then the outlet's disclosure; cnbc shell: "Don't miss these insights from CNBC PRO" over two headlines
// and a sign-up box): a box heading of the HTML path (boilerplate_text.hpp is_box_heading) over a run of
// lines with no sentence end, after which no story goes on, is the related block ending the story: an
// opener (a barrier) over inline related lines. Mid-story the story goes on after the box (the forbes
// shell's "MORE FOR YOU" between paragraphs), and the heading stays a short line: kBoxHeadings' note.
void mark_end_boxes(std::vector<Line>& lines) {
    constexpr std::size_t kMaxBoxLines = 8, kMaxHeadingWords = 12;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].kind != LineKind::short_text || lines[i].words > kMaxHeadingWords || !is_box_heading(lines[i].text))
            continue;
        const std::size_t first = next_non_blank(lines, i + 1);
        std::size_t end = first, items = 0;
        while (end < lines.size() && items < kMaxBoxLines && !lines[end].sentence_end &&
               (lines[end].kind == LineKind::short_text || lines[end].kind == LineKind::prose))
            end = next_non_blank(lines, end + 1), ++items;
        if (items == 0 || story_goes_on(lines, end) || paragraph_soon(lines, end)) continue;
        lines[i].kind = LineKind::related_opener;
        for (std::size_t j = first; j < end; ++j)
            if (lines[j].kind != LineKind::blank) lines[j].kind = LineKind::inline_related;
    }
}

// "list of 3 items": an opener of kListBoxOpeners, a count, a unit of kListBoxUnits.
bool is_list_box_open(std::string_view folded) {
    for (std::string_view opener : lexicon::kListBoxOpeners.phrases) {
        if (folded.size() <= opener.size() + 1 || !folded.starts_with(opener) || folded[opener.size()] != ' ') continue;
        std::size_t i = opener.size() + 1;
        const std::size_t digits = i;
        while (i < folded.size() && util::is_ascii_digit(folded[i])) ++i;
        if (i == digits || i + 1 >= folded.size() || folded[i] != ' ') continue;
        if (lexicon::equals_any(lexicon::kListBoxUnits, folded.substr(i + 1))) return true;
    }
    return false;
}

// study-l round 9 B8 (aljazeera shell: paragraph 1 / "Recommended Stories" /
// "list of 3 items" / headlines / "end of list" / the rest of the story): a
// box between a screen-reader list's markers, with the opener right above it,
// sits inside the story: its lines become list_box, crossed by the body run
// at no cost and never text. Only short lines may stand between the markers
// (a paragraph there is story, whatever the markers say).
void mark_list_boxes(std::vector<Line>& lines) {
    constexpr std::size_t kMaxBoxLines = 12, kMaxMarkerWords = 4;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].kind == LineKind::blank || lines[i].words > kMaxMarkerWords || !is_list_box_open(lines[i].folded)) continue;
        std::size_t end = next_non_blank(lines, i + 1), seen = 0;
        while (end < lines.size() && seen < kMaxBoxLines && lines[end].kind != LineKind::prose &&
               !lexicon::equals_any(lexicon::kListBoxEnds, lines[end].folded))
            end = next_non_blank(lines, end + 1), ++seen;
        if (end >= lines.size() || !lexicon::equals_any(lexicon::kListBoxEnds, lines[end].folded)) continue;
        std::size_t from = i;
        while (from > 0 && lines[from - 1].kind == LineKind::blank) --from;
        if (from > 0 && lines[from - 1].kind == LineKind::related_opener) from = from - 1;
        for (std::size_t j = from; j <= end; ++j)
            if (lines[j].kind != LineKind::blank) lines[j].kind = LineKind::list_box;
        i = end;
    }
}

// study-j round 7 (coindesk, forbes, cointelegraph shells): the author card
// under the story as a scrape gives it, the byline's name alone on its line
// and a bio under it, a "Follow" button between them at most ("Omkar Godbole"
// / "Omkar Godbole is a reporter on CoinDesk's Markets team. …", "Sarah
// Hansen" / "I am a journalist and former bond trader …"). The HTML path
// drops it by class; here the header's name finds it: the bio opens with the
// name or in the first person (lexicon kFirstPersonOpeners). Both lines are
// an author box, never story text.
void mark_author_card(std::vector<Line>& lines, const Layout& layout, std::size_t end) {
    if (!layout.byline) return;
    for (std::size_t i = layout.body_first; i < end && i < lines.size(); ++i) {
        if (lines[i].kind != LineKind::short_text || !names_author(util::trim(lines[i].text), *layout.byline)) continue;
        std::size_t bio = next_non_blank(lines, i + 1);
        if (bio < lines.size() && lines[bio].kind == LineKind::label) bio = next_non_blank(lines, bio + 1);  // "Follow"
        if (bio >= lines.size() || !lines[bio].sentence_end ||
            (lines[bio].kind != LineKind::prose && lines[bio].kind != LineKind::short_text))
            continue;
        const std::string_view text = lines[bio].text, name = util::trim(lines[i].text);
        const bool about = (text.starts_with(name) && text.size() > name.size() && text[name.size()] == ' ') ||
                           opens_in_first_person(lines[bio]);
        if (about) lines[i].kind = lines[bio].kind = LineKind::author_box;
    }
}

// A wire reporter's sign-off under the story ("-Joy Wiltermuth": byline.hpp is_sign_off) is no story text.
void mark_sign_off(std::vector<Line>& lines, const Layout& layout, std::size_t end) {
    if (!layout.byline) return;
    for (std::size_t i = layout.body_first; i < end && i < lines.size(); ++i) {
        Line& l = lines[i];
        if ((l.kind == LineKind::short_text || l.kind == LineKind::list_item) && is_sign_off(l.text, *layout.byline))
            l.kind = LineKind::label;
    }
}

// study-p round 13 X6 (presseportal shell; PR Newswire, Business Wire, ots, Cision): a press release's story ends
// at its first closing section's heading ("About Nordvik Robotics", "Forward-looking statements":
// boilerplate_text.hpp is_press_tail_heading) after a paragraph of the story; the boilerplate, safe-harbor note
// and contact under it are the issuer's. Only on a release (a contact label, the distributor's credit or a wire
// mark anywhere in the scrape): elsewhere "About X" may head a section of the story.
void end_at_press_tail(const std::vector<Line>& lines, Layout& layout) {
    if (std::none_of(lines.begin(), lines.end(), [](const Line& l) {
            return l.kind != LineKind::blank && marks_press_release(l.folded);
        }))
        return;
    bool story = false;
    for (std::size_t i = layout.body_first; i <= layout.body_last && i < lines.size(); ++i) {
        story = story || lines[i].kind == LineKind::prose;
        if (!story || lines[i].kind != LineKind::short_text || !is_press_tail_heading(lines[i].text)) continue;
        while (i > layout.body_first && lines[i - 1].kind == LineKind::blank) --i;
        layout.body_last = i - 1;
        return;
    }
}

}  // namespace

Layout find_layout(std::vector<Line>& lines) {
    Layout layout;
    mark_teasers(lines);
    const bool email = mark_wrapper_chrome(lines);
    mark_inline_boxes(lines);
    mark_end_boxes(lines);
    mark_list_boxes(lines);
    auto [first, last] = best_run(lines);
    if (first > last) return layout;
    std::size_t words = 0, paragraphs = 0;
    for (std::size_t i = first; i <= last; ++i) {
        if (lines[i].kind == LineKind::prose) ++paragraphs;
        if (lines[i].kind == LineKind::prose || lines[i].kind == LineKind::list_item) words += lines[i].words;
    }
    if (words < kMinArticleWords) return layout;
    layout.body_first = first;
    layout.body_last = last;
    const std::size_t window = far_header(lines, header_window(lines, first), first);
    read_header(lines, window, layout);
    if (email && !layout.date) layout.date = issue_date(lines, window);
    // "Title?\n\nStory..." with no header line between: the run starts at the headline.
    if (!layout.title && layout.meta.empty() && is_question_headline(lines[first]) && first < last) {
        layout.title = first;
        first = next_non_blank(lines, first + 1);
        layout.body_first = first;
    }
    // Short lines between the header and the first paragraph belong to the story
    // ("Words need defenders.", an infobox, "Chapter Text").
    if (layout.title || !layout.meta.empty()) {
        std::size_t after = layout.title.value_or(0);
        for (std::size_t m : layout.meta) after = std::max(after, m);
        if (after + 1 < first) layout.body_first = after + 1;
    }
    for (std::size_t i = layout.body_first; i <= first; ++i)
        if (is_barrier(lines, i)) layout.body_first = i + 1;
    layout.body_first = next_non_blank(lines, layout.body_first);
    // study-s round 16 X3 (tuwien shell; Yoast, Kadence and most CMS breadcrumbs end with the page's title): the
    // headline read off the breadcrumb's end shows again as the h1 under the dateline; that copy is no paragraph. With
    // no header line between the two, the copy is the post's own first line (a feed post opening with its title,
    // repost-text sqfeed-019, whose truth keeps it).
    if (layout.title && layout.body_first < lines.size() && layout.body_first > *layout.title &&
        lines[layout.body_first].folded == lines[*layout.title].folded &&
        std::any_of(layout.meta.begin(), layout.meta.end(),
                    [&](std::size_t m) { return m > *layout.title && m < layout.body_first; }))
        layout.body_first = next_non_blank(lines, layout.body_first + 1);
    mark_author_card(lines, layout, std::min(lines.size(), last + 1 + 2 * kTrailingLines));
    mark_sign_off(lines, layout, std::min(lines.size(), last + 1 + 2 * kTrailingLines));
    layout.body_last = trailing_lines(lines, last);
    end_at_press_tail(lines, layout);
    // A run of list items without one paragraph is an article only under a
    // dated/bylined headline (a changelog post, corpus repost-text sqfeed-019);
    // otherwise it is a link list.
    layout.found = paragraphs > 0 || (layout.title && !layout.meta.empty() && words >= 2 * kMinArticleWords);
    return layout;
}

}  // namespace newsclean::extract::text
