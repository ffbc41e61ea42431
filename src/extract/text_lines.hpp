// Line model of a plain-text scrape (issue #5): every line of a page saved as
// text gets a kind, from its own shape (length, sentence shape, ticker and
// phrase tables) and then from its neighbours (a name line above a ticker line,
// a short line between two paragraphs). The body, title, byline and date of a
// text scrape are all read off this model (text_scrape.cpp).
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/dates.hpp"

namespace newsclean::extract::text {

enum class LineKind {
    blank,
    prose,           // a paragraph: sentence-shaped or long
    short_text,      // a short line with no other role yet: heading, nav, title...
    list_item,       // a bulleted line: "• item", "- item", "+ Added Slime Block"
    ticker,          // price quote or quote fragment ("DEEPSEEK$0.000302+4.49%", "$SUI", "+6.88%")
    ticker_name,     // the name line of a ticker widget ("Global DePIN Chain" above a quote)
    related_opener,  // "You May Also Like", "Trending News", "Most read" ...
    inline_related,  // "Also read: <headline>", "Lesen Sie auch: <headline>"
    disclaimer,      // "Disclaimer: ...", risk warnings
    newsletter,      // newsletter / app plugs
    share,           // share bars and labels
    cookie,          // cookie banners
    comments,        // comment-section openers
    label,           // interstitial UI labels: "Advertisement", "Story continues", "Show more"
    caption,         // image/chart captions with a credit ("... Image: Shutterstock")
    log_record,      // a log-file record ("2025-01-02 10:00:01 INFO ...")
    byline,          // "By: Cryptopolitan", "Author: X | Editor: Y  19.09.2025", "X · 3 min read"
    dateline,        // a date alone: "2025/09/19 04:20", "Sat, Aug 15, 2026, 4:36 PM"
    source,          // an attribution: "Originally posted by X · date", "This story first appeared on X"
    teaser,          // a description repeating the body's opening above the headline
    author_box,      // "About the author" and the bio under it
    credit,          // a repost credit naming no source: "Editors' Note: This article was originally published to …"
    counter,         // a thread's post counter: "1/13", "(2/12)", "1/" (study-i round 6 B3)
    list_box,        // a list box inside a story between a11y markers, "list of 3 items" … "end of list"
    product_box,     // an affiliate product box inside a story: name, "$24.99 at Amazon", "Buy Now" (study-p round 13 H4)
};

std::string_view kind_name(LineKind kind);

struct Line {
    std::string text;    // whitespace collapsed, Markdown heading/emphasis marks removed
    std::string folded;  // util::fold(text)
    LineKind kind = LineKind::blank;
    std::size_t words = 0;    // CJK characters count as words
    bool sentence_end = false;  // ends in . ! ? … or a closing quote after one
    char32_t last_mark = 0;     // last code point, closing quotes and brackets skipped
    int markdown_heading = 0;   // 1..6 for "# Title" / "## Section" lines of a Markdown copy
};

// Words of a line: runs of letters/digits; each CJK character is a word.
std::size_t count_words(std::string_view text);

// "5–6 minutes", "3 min read", "Lesezeit: 4 Minuten": a read-time line of a header.
bool is_read_time(const Line& line);

// A folded text that is a date and little else: at most three words that are
// neither numbers, month names, date connectors nor time zones ("sat, aug 15,
// 2026, 4:36 pm", "sep 19"); the headline "LWN.net Weekly Edition for March 26,
// 2015" is not. A text with no date word at all passes too: check for a date.
bool is_mostly_date(std::string_view folded);

// "I cover crypto policy …", "Ich schreibe über …": a line opening in the
// first person (lexicon::kFirstPersonOpeners), as author cards describe the
// writer (study-j round 7 B24, forbes and coindesk shells).
bool opens_in_first_person(const Line& line);

// "3 hours ago", "3h", "vor 3 Stunden", "il y a 3 heures": a relative time (a
// folded text of nothing else), as app and social headers show the date.
bool is_relative_time(std::string_view folded);

// Where a ja/zh/ko relative time closing `text` starts ("3時間前", "2026/11/27 09:413時間前" → at "3": a count
// glued to a clock time keeps the time's two minute digits), npos when none does (lexicon kCjkRelativeTimeUnits).
std::size_t cjk_age_at_end(std::string_view text);

// The text of a line without a trailing separator: "Elena Varga ·" → "Elena
// Varga" (an author row whose "Follow" button was on the same line), also
// with the button kept: "Priya Raman · Follow" → "Priya Raman" (kFollowButtons).
std::string_view without_trailing_separator(std::string_view text);

// "Sep 19", "19 September": a day and a month with no year, as a blog platform
// or a forum shows a post of the current year. Only the month's words and a
// day number: "Sep 19 Update" is a headline.
bool is_day_month(std::string_view folded);

// [begin, end) of the first publication label (lexicon kPublishedDateMarkers:
// "published", "publié le", "公開") starting a word of the folded line at or
// after `from` (never at its start), {npos, npos} when none: where an
// update-first line ("Updated … | Published: Sep 19, 2025") names its
// publication date.
std::pair<std::size_t, std::size_t> published_label(std::string_view folded, std::size_t from = 1);

// A mostly-CJK line of up to 60 characters with no sentence end: a headline,
// though each character counts as a word (study-i round 6, coinpostjp shell).
bool is_cjk_headline(const Line& line);

// "Press Release", "Opinion": a section or content-type kicker, no name.
bool is_section_kicker(std::string_view name);

// Where a modification-date label ("updated", "mis à jour", kModifiedDateMarkers)
// starts a clause after the folded line's start, npos when none or when the
// line opens with one: "publié le 19/09/2025 à 06:20 mis à jour le 20/09/2025".
std::size_t modified_clause(std::string_view folded);

// "The Block 2d" → "The Block": without a trailing compact age ("2d", "3h").
std::string_view without_trailing_age(std::string_view text);

// The labelled segment after the date of a dateline: "19 Sep 2025, 04:20 ·
// Source: Reuters" → "Source: Reuters", "19 settembre 2025 · Fonte: Ansa",
// "19 Sep 2025, 04:20 via Herald Sun" → "via Herald Sun", "3h via WebMD"
// (study-d ru, romance, nlpl, aggcard shells). The label opening it
// (byline.hpp byline_label) says whether it names an author or a source.
std::optional<std::string_view> trailing_attribution(const Line& line);

// "Author: HashPost | Editor: Mia Hartmann 26.09.2026 19:04 Original: 23.09.2026 18:20" has 16
// words; a header line longer than 24 is a sentence.
inline constexpr std::size_t kMaxMetaWords = 24;

// A page was published on the web in or after the web's first year: "7 May 1856"
// alone on a line is a date in the story (an infobox, a timeline: repost-text
// finsyn-000's reposted Wikipedia article), not the story's dateline.
inline constexpr int kFirstWebYear = 1991;

// "Post by newsbot » Fri Sep 19, 2025 4:20 am" → "newsbot": the poster of a
// forum post row (phpBB; study-f forum shell), a name and a date on either
// side of "»", without its label (lexicon kForumPostLabels); nullopt for any
// other line.
std::optional<std::string_view> forum_poster(const Line& line);

// "decrypt.co by Liam O'Connor September 19, 2025": a card's publisher domain,
// then a dated byline (a Flipboard card as text: study-h round 5 B8). The
// length of the domain and its space when the line opens so, else 0.
std::size_t domain_before_by(std::string_view text);

// A blog theme's entry meta row with its date: "Posted in Bitcoin by Emma Walsh
// on September 19, 2025" (lexicon::kEntryMetaOpeners); the date, else nothing.
std::optional<ParsedDate> entry_meta_date(const Line& line);

// "Read more on CNN Money" → "CNN Money": an aggregator's button to the
// original story (lexicon kReadOnSourcePhrases; study-d cgnews shell). The
// story ends above it.
std::optional<std::string> read_on_source(const Line& line);

// An author card's name without the follower count glued to it: "Jonah
// Reyes3.2K Followers" → "Jonah Reyes", "1.2M Followers" → "" (study-d
// seekalpha and square shells). Other text is returned trimmed.
std::string_view without_follower_count(std::string_view text);

// True for the line kinds that are never article text (byline, dateline and
// source lines included: they are metadata, not body).
bool is_boilerplate(LineKind kind);
// Byline, dateline or source line.
bool is_meta(LineKind kind);

// The text of a bulleted line without its bullet, or empty when `text` has none.
std::string_view strip_bullet(std::string_view text);

// "by ", "author:", "quelle:" ... (one of `labels`, then a colon or a space) at the start of a folded line.
bool starts_with_label(std::string_view folded, std::span<const std::string_view> labels);

// Hard-wrapped text (a crawler dump or mail at ~72 columns): the lines of one
// paragraph are joined, so the classifier sees paragraphs. Other text is
// returned as it is.
std::vector<std::string> unwrap_lines(const std::vector<std::string>& raw_lines);

// First non-blank line at or after `i` (lines.size() when none).
std::size_t next_non_blank(const std::vector<Line>& lines, std::size_t i);

// Classifies every line (of unwrap_lines' output): first on its own, then in context.
std::vector<Line> classify_lines(const std::vector<std::string>& raw_lines);

}  // namespace newsclean::extract::text
