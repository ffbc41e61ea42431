// Boilerplate recognised by its wording: one decision for a whole block of
// text (a paragraph, a list item, a line). Shared by the HTML content
// selector (DOM elements and output blocks) and usable by the plain-text
// extractor. Rules are data in src/lexicon/phrases.*; this file only says how
// each table is matched.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "lexicon/phrases.hpp"

namespace newsclean::extract {

// The rule that marks `text` as boilerplate ("ticker", "disclaimer",
// "newsletter", "cookie", "share", "ad-label", "ui-label", "comments",
// "repost-credit", "related-inline", "photo-credit"), or empty when it is
// (or may be) story text. `link_chars`: how much of the text sits inside
// links (0 when unknown). Texts that open with a quotation mark are quotes
// of the story ("“Disclaimer: …” the court wrote") and never match.
std::string_view boilerplate_text_rule(std::string_view text, std::size_t link_chars);

// The site a feed footer credits, in `text`'s own spelling: "The post <title>
// appeared first on NewsBTC." → "NewsBTC" (lexicon::kFeedFooters: Yoast's RSS
// footer, republished by autoblogs); nullopt for any other line.
std::optional<std::string_view> feed_footer_site(std::string_view text);

// A label of `labels` before a colon near the start of `folded` (util::fold of
// the text): a tag row "Tags: bitcoin, etf", an ad label "Sponsored: X".
bool opens_with_label(const lexicon::PhraseTable& labels, std::string_view folded);

// A related-opener label, a separator (':', '-', '»') and something after it:
// an inline link to another story ("Also read: <headline>", "Lesen Sie auch »
// <headline>"). `folded`: util::fold of the text.
bool opens_with_related_label(std::string_view folded);

// A comment-section label, with or without its counter ("Comments", "141
// comments", "Comments (12)", "1 comment"). `key`: util::fold_key of the text.
// Only comment labels lose counters: "12 Further reading" is a numbered section.
bool is_comment_label(std::string_view key);
// Where a label of `table` ends when a page or scrape ran it into the next item with no break: `folded`
// (util::fold of `text`, same bytes) opens with the label, a lower-case letter closes it and an upper-case
// one opens the item ("Más informaciónLa lucha …", "Also ReadSensex jumps …"); 0 when none. The longest wins.
std::size_t glued_label_end(std::string_view text, std::string_view folded, const lexicon::PhraseTable& table);
// The end of an all-capitals label of `table` run into a capitalised word ("İLGİLİ HABERAsgari …"), else 0.
std::size_t glued_caps_label_end(std::string_view text, const lexicon::PhraseTable& table);
// The notice of a closed or paywalled comment section, a short line opening with lexicon::kCommentNotices
// ("Comments are closed.", "Os comentários deste site são exclusivos para assinantes …"). `folded`: util::fold.
bool is_comment_notice(std::string_view folded);

// A table of quotes: dense price changes under quote-table column labels
// ("Symbol Price Chg%"). `text` is the table's text, header row first.
bool is_quote_table(std::string_view text);

// A heading or label that opens a block of links to other stories
// ("You May Also Like", "Lesen Sie auch", "Trending News »").
bool is_related_heading(std::string_view text);
// The heading of a box of links set inside a story ("MORE FOR YOU", kBoxHeadings):
// a related heading on a DOM box only, never a line of a text scrape.
bool is_box_heading(std::string_view text);

// "More on the economy", "More from Markets": a short heading opening with kTopicBoxOpeners, no sentence
// end. A box heading only over a list of links (HTML) or of headlines (text): alone it may head a section.
bool is_topic_box_heading(std::string_view text);

// A repost credit opening a folded line: "Originally published on X", also
// after an editor's-note label: "Editors' Note: This article was originally
// published to …" (lexicon kRepostCredits, kEditorNoteLabels).
bool is_repost_credit(std::string_view folded);

// "(END) Dow Jones Newswires", "-- END --", "###": the end mark of wire copy
// (lexicon kNewswireEnds) opening a folded line; what follows it is the wire's tail.
bool is_newswire_end(std::string_view folded);

// "1/13", "(2/13)", "[3/13]", "1/": a thread's post counter alone on its line,
// as every thread unroller and social thread shows it (study-i round 6 B3,
// Thread Reader App shell; Typefully, Mastodon and Bluesky number posts the
// same way). Never prose. The first number is at most the second: "24/7" and a
// date "9/11" read as a counter only when they could be one.
bool is_thread_counter(std::string_view text);

// A short line that is a copyright notice with its year: "© 2025 AFP",
// "Copyright © ANTARA 2025", "Copyright (c) 2025 Dow Jones & Company, Inc."
// (`folded`: util::fold of the text; `length`: its length in characters).
bool is_copyright_line(std::string_view folded, std::size_t length);

// A related-opener key (util::fold_key): a kRelatedOpeners entry alone or
// with a time word after it ("Trending now", "Most read today").
bool is_related_opener(std::string_view key);

// A share or action bar whose buttons may run together without spaces, as a
// page saved as text shows them ("ShareXFacebookTelegramCopy link",
// "1.2KLike84CommentsShare"): nothing but share labels, network names,
// reaction buttons and counters, with a share label or three networks.
// `folded`: util::fold of the text.
bool is_action_bar(std::string_view folded);
// A button of such a bar, folded key: a network's name (lexicon::kActionBarWords) or a print/save/listen
// tool button (lexicon::kToolButtons).
bool is_bar_button(std::string_view key);

// A counter alone ("215", "1.2K", "12,4k"): the clap, view or like count of a
// header or action bar. Never story text before the story's first paragraph.
bool is_ui_count(std::string_view text);

// Furniture of the wrapper a story was delivered in, as a whole short line
// (study-h round 5): an email newsletter's web-version lines ("View in
// browser | Forwarded this email?", "You received this email because …",
// referral blocks) → "email-chrome"; its sponsor labels ("PRESENTED BY",
// "Together with Ledger: …") → "sponsor"; Medium's paywall → "paywall"; a
// button to the original or the app ("Read the full story →", "🔗 Read
// more", "Read on decrypt.co") → "story-end"; a reaction counter ("Like
// 24") → "share"; zh crypto media's "（前情提要：…）" line → "related-inline"
// and "原文标题：《…》" → "repost-credit". Empty for anything else. `text`:
// the trimmed line, `folded`: fold_label_text of it. Both paths use it.
std::string_view wrapper_chrome_rule(std::string_view text, std::string_view folded);

// util::fold with a space before a colon removed: French typography puts one
// there ("Source : AFP", "Par : X"), the label tables have none.
std::string fold_label_text(std::string_view text);

// A heading that opens an author box ("About the author", "Über den Autor").
bool is_author_heading(std::string_view text);

// "海量资讯、精准解读，尽在新浪财经APP": a short zh line with an app call (kAppPlugCalls) ending with
// the app (kAppPlugTargets). `folded`: util::fold of the text.
bool is_app_plug(std::string_view folded);

// "Profitez de -50% sur votre abonnement …": a subscription discount (a percentage, then lexicon::kSubscriptionOffers).
bool is_subscription_offer(std::string_view folded);
// "Testen Sie X Premium 4 Wochen für 1 €.": a trial offer (lexicon::kTrialCalls, then kTrialTerms). `folded`: util::fold.
bool is_trial_offer(std::string_view folded);

// Press releases end with the issuer's furniture (study-p round 13 H3/X6, presseportal shell; PR Newswire,
// Business Wire, GlobeNewswire, ots, Cision): "About <Company>" and its boilerplate paragraph, "Forward-looking
// statements" and the safe-harbor note, the press contact, the distributor's credit. A block or line (folded)
// that shows the page is a release: a press-contact label, the distributor's credit, or a wire mark in the
// dateline ("Augsburg (ots) -", "/PRNewswire/") (lexicon kContactLabels, kPressCredits, kPressWireMarks).
bool marks_press_release(std::string_view folded);
// The heading of a release's closing section: a short line "About <Name>"/"Über <Name>"/"À propos de <Name>"
// (lexicon kCompanyAboutLabels, the name capitalised, at most six words; not an author heading) or a safe-harbor
// heading (kPressTailHeadings). Only on a release and after its story: callers gate it, as "About Face" heads a
// review's section elsewhere.
bool is_press_tail_heading(std::string_view text);

// "Zugriffe: 412", "Hits: 412", "412 views": a page-view counter row (lexicon kViewCounterLabels and a number,
// either order, nothing else) (study-p round 13 H5/X7: Joomla's article-info, WordPress view counters).
bool is_view_counter(std::string_view text);
// "（中央社）", "（共同）": a line that is only an agency's or paper's name in full-width (or ASCII) brackets,
// 2-6 CJK characters, the credit zh/ja wire copy closes with (study-p round 13 H2, ettoday shell). Callers ask it
// after the story's last paragraph: mid-story such a line is a heading.
bool is_bracketed_agency(std::string_view text);
// "記者陳家祥／綜合報導", "记者王小明/台北报导": a Taiwanese or Hong Kong reporter credit alone on its line (ETtoday,
// UDN, Liberty Times, NOWnews, TVBS; byline.hpp zh_reporter_credit reads it). The byline's, not the story's.
bool is_zh_reporter_line(std::string_view text);
// "►Google最新AI模型登場！3招教你立刻體驗", "▶ Read: X": a line led by an arrow pictograph, a recirculation link
// after the story (study-p round 13 H2). Callers gate it on the story's end.
bool opens_with_arrow(std::string_view text);
// "更新時間：2026年11月28日 16:40", "最後更新：…": a zh/ja update row (a CJK label of lexicon
// kModifiedDateMarkers, a colon, a digit).
// Elsewhere an update row under the story ("Stand: 25.01.2022", "Updated …") is kept by the dev truths.
bool is_zh_update_row(std::string_view text);
// "$24.99 at Amazon", "€19,99 bei Amazon", "29,99 € chez Fnac": the price line of an affiliate product box (a price
// in a currency, lexicon kRetailerConnectors, one to three capitalised words, nothing else) (study-p round 13 H4).
bool is_retail_price_line(std::string_view text);
// "★★★★★", "★★★★★4.8 z 126 głosów", "4.8 from 126 votes", "(126 ratings)": a star rating's row on a recipe or product
// card (study-q round 14 H4; WP Recipe Maker, Tasty Recipes), star glyphs, a score, a connector (lexicon
// kRatingConnectors) and a vote count with its unit (kRatingCountWords), nothing else. `folded`: util::fold.
bool is_rating_row(std::string_view folded);

// "Artikel zum Hören • 3 Min", "Temps de Lecture 3 min.": a header's read-time or audio-length row
// (kReadTimeWords and kReadingWords, a number, a few words). `folded`: fold_label_text of `text`.
bool is_read_time_row(std::string_view text, std::string_view folded);

// A short byline, source or date line of the kind shown between headline
// and story ("Source: X · Sep 19, 2025 at 4:20 am UTC", "By Jane Doe",
// "19.09.2025 04:20"). Only meaningful before the story's first paragraph.
bool is_meta_line(std::string_view text);


}  // namespace newsclean::extract
