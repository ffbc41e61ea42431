// Boilerplate phrase tables shared by the HTML and the plain-text extractors
// (one table, not two). Entries are folded (util::fold: lower case, ASCII
// quotes/dashes, single spaces). Each table says where its entries came from.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <span>
#include <string_view>

namespace newsclean::lexicon {

struct PhraseTable {
    std::string_view name;  // used in --explain output: "related-opener", "disclaimer", ...
    std::span<const std::string_view> phrases;
};

// Word lists joined at compile time: a table made of others (byline stops with
// the read-time labels, read-time words with them) keeps each entry in one place.
template <std::size_t... N>
constexpr std::array<std::string_view, (N + ...)> joined(const std::string_view (&... parts)[N]) {
    std::array<std::string_view, (N + ...)> out{};
    std::size_t at = 0;
    ((std::copy(parts, parts + N, out.begin() + static_cast<std::ptrdiff_t>(at)), at += N), ...);
    return out;
}

// The label of a read-time row beside the date, folded, which ends a byline
// name (byline_words kBylineStops), a text header's date row (text_lines) and
// makes a short line a read-time line (kReadTimeWords): "Temps de Lecture 3
// min." (study-m round 10 B2/T2, lemonde shell: Le Monde, Libération),
// "Lesezeit" / "Lesedauer" (Spiegel, Zeit), "Tiempo de lectura: 4 min" (El
// Mundo), "Tempo de leitura" / "Leitura de 3 min" (MSN pt), "Tempo di
// lettura", "Leestijd", "Czas czytania", "Время чтения".
inline constexpr std::string_view kReadTimeLabelList[] = {
    "reading time", "read time", "temps de lecture", "durée de lecture", "lesezeit", "lesedauer",
    "tiempo de lectura", "tempo de leitura", "leitura de", "tempo di lettura", "leestijd",
    "czas czytania", "время чтения",
};

// Whole headings/lines that open a block of links to other stories.
extern const PhraseTable kRelatedOpeners;
// Prefixes of disclaimer / risk-warning paragraphs.
extern const PhraseTable kDisclaimerOpeners;
// Phrases marking a newsletter / app / social-follow plug (matched anywhere in a short paragraph).
extern const PhraseTable kNewsletterPhrases;
// Whole lines that are share-bar or reaction labels.
extern const PhraseTable kShareLabels;
// Phrases of cookie and consent banners (matched anywhere).
extern const PhraseTable kCookiePhrases;
// Print/save/listen buttons of an article's tool row ("Drucken", "Vorlesen", "Save"): whole lines or bar items.
extern const PhraseTable kToolButtons;
// Words beside a share verb in a share button ("Artikel teilen", "Auf WhatsApp teilen"): bar items only.
extern const PhraseTable kShareFillers;
// Labels of a story's closing "sources used" note ("Verwendete Quellen:", "Sources :"), before a colon.
extern const PhraseTable kSourcesNoteLabels;
// Words of a subscription discount after its percentage ("-50% sur votre abonnement"), matched anywhere.
extern const PhraseTable kSubscriptionOffers;
// Openings of a topic box's heading ("More on the economy", "More from Markets"): prefixes.
extern const PhraseTable kTopicBoxOpeners;
// Comment-section teasers and openers.
extern const PhraseTable kCommentPhrases;
// Openings of a closed or paywalled comment section's notice ("Comments are closed.", "Os comentários deste site …").
extern const PhraseTable kCommentNotices;

// Labels of an inline video card's line ("VIDEO 3:12 03:12", "Video:").
extern const PhraseTable kVideoCardLabels;
// Headings of a box of links inside a story ("MORE FOR YOU"): HTML only.
extern const PhraseTable kBoxHeadings;
// Openings of such a box's heading ("Don't miss these insights from X"): HTML only.
extern const PhraseTable kBoxHeadingOpeners;
// Labels of a promo line that is one link after a colon ("WATCH: <video title>", "Magazine: <headline>").
extern const PhraseTable kLinkPromoLabels;
// Prefixes of short share-bar lines ("Share on X", "Teilen auf").
extern const PhraseTable kSharePrefixes;
// Whole lines that are advertising labels (Readability.js REGEXPS.adWords and
// loadingWords, plus the repost README's "Advertisement" slots).
extern const PhraseTable kAdLabels;
// Whole lines that are buttons or UI labels left in the text ("Story continues").
extern const PhraseTable kUiLabels;
extern const PhraseTable kCounterIcons;  // "👏" "💬" "❤": pictographs leading a reaction counter
// Labels of a tag row ("Tags", "Schlagworte"), whole lines or before a colon.
extern const PhraseTable kTagLabels;
// Repost credits ("Originally published on X ...", "Original: 23.09.2026 18:20"):
// prefixes of credit lines (HTML) and markers of the ORIGINAL publication date
// on a repost, followed by that date (text scrapes, issue #5).
extern const PhraseTable kRepostCredits;
// Phrases that mark a disclaimer wherever they occur in a short paragraph.
extern const PhraseTable kDisclaimerPhrases;
// Labels of a photo credit ("Photo: Getty Images", "Chart via TradingView"):
// a caption wherever they stand in a short line.
extern const PhraseTable kCreditMarkers;
// Unlabelled credit wordings ("Photo by X", "Courtesy of X"): a credit only
// closing a caption or opening a short credit line.
extern const PhraseTable kCreditWordings;

// Prefixes of byline/source/date lines shown above the story.
extern const PhraseTable kMetaLinePrefixes;
// Footer copyright wording, matched anywhere in a short line.
extern const PhraseTable kCopyrightPhrases;
// End marks of wire copy: "(END) Dow Jones Newswires", "-- END --", "###", "-30-".
extern const PhraseTable kNewswireEnds;
// Openings of the link line closing a wire release ("View original content to
// download multimedia: https://www.prnewswire.com/…"): dropped up to kPlugMax.
extern const PhraseTable kNewswireTails;
// "Followers" of an author card's follower count ("Jonah Reyes3.2K Followers").
extern const PhraseTable kFollowerWords;
// "Editor's note:" opening a repost credit ("Editors' Note: This article was originally published …").
extern const PhraseTable kEditorNoteLabels;
// "Read more on X", "Continue reading on X": an aggregator's button to the original story.
extern const PhraseTable kReadOnSourcePhrases;
// Column labels of a quote table (matched in its header row).
extern const PhraseTable kQuoteTableLabels;
// Whole headings that open an author box.
extern const PhraseTable kAuthorHeadings;
// Rating widgets ("Was this article helpful?"), matched anywhere in a short line.
extern const PhraseTable kRatingPhrases;
// Prefixes of post-meta lines under an article ("Filed under ..."); the source
// lines beside them open with lexicon::kSourceLineLabels ("Quelle: dpa").
extern const PhraseTable kPostMetaPrefixes;

// Matching on folded text (see util::fold / util::fold_key).
bool equals_any(const PhraseTable& table, std::string_view folded_key);
bool starts_with_any(const PhraseTable& table, std::string_view folded);
bool contains_any(const PhraseTable& table, std::string_view folded);

}  // namespace newsclean::lexicon

namespace newsclean::lexicon {

// Severity words that mark a line of a log file, not prose (issue #5).
extern const PhraseTable kLogLevels;
// Words of a read-time line ("3 min read", "5–6 minutes", "Lesezeit: 4 Minuten") (issue #5), with kReadTimeLabelList.
extern const PhraseTable kReadTimeWords;
// Words that name the reading or listening ("read", "Lesezeit", "lecture", "zum Hören"), not only the unit.
extern const PhraseTable kReadingWords;
// Labels of a modification date at the start of a dateline ("Updated: 20.09.2025") (issue #5).
extern const PhraseTable kModifiedDateMarkers;
// Labels of the publication date after a modification date on one line
// ("Updated Sep 20, 2025 · Published Sep 19, 2025").
extern const PhraseTable kPublishedDateMarkers;

}  // namespace newsclean::lexicon

namespace newsclean::lexicon {

// The footer a feed plugin appends to every post it republishes: an opening,
// the post's title, a marker, the site ("The post <title> appeared first on
// <site>."). Both parts are folded.
struct FeedFooter {
    std::string_view opening;  // "the post "
    std::string_view marker;   // "appeared first on"
};
extern const std::span<const FeedFooter> kFeedFooters;

// Editorial-policy notes closing or opening a story ("Our Standards: The
// Thomson Reuters Trust Principles.", "Editorial integrity: …"): prefixes.
extern const PhraseTable kEditorialNotes;
// Social networks and reaction buttons of share/action bars ("Facebook",
// "Telegram", "Like"), matched run together ("ShareXFacebookTelegramCopy link").
extern const PhraseTable kActionBarWords;
// Words that may follow a related-block heading ("Trending now", "Most read today").
extern const PhraseTable kRelatedOpenerSuffixes;
// Labels of a press contact line before a colon ("Media contact: press@example.com").
extern const PhraseTable kContactLabels;
// Section or content-type kickers shown where a byline could stand ("Press
// Release · Sep 20, 2025", "Opinion | …"): never a name.
extern const PhraseTable kSectionKickers;
// Relative times of app and social headers ("3 hours ago", "3h", "vor 3
// Stunden", "il y a 3 heures", "hace 3 horas"): the units...
extern const PhraseTable kRelativeTimeUnits;
// ... the words after the number and unit ("ago") ...
extern const PhraseTable kRelativeTimeSuffixes;
// ... and the words before them ("vor", "il y a", "hace").
extern const PhraseTable kRelativeTimePrefixes;
// The units of ja/zh/ko relative times, between the count and 前 / 전 ("3時間前", "2小时前", "3시간 전").
extern const PhraseTable kCjkRelativeTimeUnits;

}  // namespace newsclean::lexicon

namespace newsclean::lexicon {

// The furniture of the wrapper a story was delivered in, recognised only as
// whole short lines (boilerplate_text.hpp wrapper_chrome_rule; study-h round 5
// B2, B3, B5, B10, B14).
// Prefixes of an email newsletter's web-version lines ("View in browser",
// "You received this email because …").
extern const PhraseTable kEmailChromeOpeners;
// A referral block of a newsletter ("… only 3 away from receiving a free sticker pack.").
extern const PhraseTable kReferralPhrases;
// Sponsor labels of a newsletter ("PRESENTED BY", "Together with Ledger: …"), alone or before a colon.
extern const PhraseTable kSponsorLabels;
// Medium's paywall sentences and sign-up buttons, prefixes of a line.
extern const PhraseTable kPaywallPhrases;
// Buttons to the original story or app that end the story ("Read the full story →", "🔗 Read more").
extern const PhraseTable kStoryEndButtons;
// Buttons followed by their target ("Read on decrypt.co", "View on X").
extern const PhraseTable kStoryEndButtonPrefixes;
// Pictographs leading a link button ("🔗 Read more", "👉 Read more").
extern const PhraseTable kLinkIcons;
// Labels of a parenthesised related-story line of zh crypto media ("（前情提要：…）").
extern const PhraseTable kBracketedRelatedLabels;
// Labels of the original title of a translated repost ("原文标题：《…》").
extern const PhraseTable kOriginalTitleLabels;
// The wire's original title over a portal's repost ("原标题：…"): prefixes of a line above the story.
extern const PhraseTable kLeadOriginalTitleLabels;
// A zh portal's app plug: a call ("尽在", "下载") in a short line ending with the app ("APP", "客户端").
extern const PhraseTable kAppPlugCalls;
extern const PhraseTable kAppPlugTargets;
// Openings of a portal's closing plug ("Catch all the Business News … on X", "Download The X News App …").
extern const PhraseTable kPortalPlugOpeners;
// Translator credits opening a short line under a story ("Tradução de Ana Souza", "Traduit par X").
extern const PhraseTable kTranslatorCredits;
// Related labels followed by the linked headline with no separator ("İlgili Haber <headline>").
extern const PhraseTable kBareRelatedLabels;
// Field labels of a newswire's quote line ("Price: 228.15, Change: +2.77, Percent Change: +1.23").
extern const PhraseTable kQuoteFieldLabels;

// Press-release tails (study-p round 13 H3/X6; content_sweep / text_layout via boilerplate_text.hpp):
// newswire marks of a release's dateline ("Augsburg (ots) -", "/PRNewswire/", "(BUSINESS WIRE)"), matched in a
// paragraph's opening ...
extern const PhraseTable kPressWireMarks;
// ... the distributor's closing credit ("Original-Content von: X, übermittelt durch news aktuell"), prefixes ...
extern const PhraseTable kPressCredits;
// ... the headings of a release's closing sections ("Forward-Looking Statements", "Safe Harbor Statement"), whole ...
extern const PhraseTable kPressTailHeadings;
// ... and the label of its company boilerplate heading ("About X", "Über X", "À propos de X"), before the name.
extern const PhraseTable kCompanyAboutLabels;
// A subscription trial offer: its call ("Testen Sie", "start your free trial") and its price or "free" word,
// both in one short line ("Testen Sie Handelsblatt Premium 4 Wochen für 1 €.").
extern const PhraseTable kTrialCalls;
extern const PhraseTable kTrialTerms;
// Labels of a view counter ("Zugriffe: 412", "412 views") and of a category row ("Kategorie: Fußball").
extern const PhraseTable kViewCounterLabels;
extern const PhraseTable kCategoryLabels;
// zh labels of an update row ("更新時間：…", "最後更新：…").
// A table of contents' label ("Table of Contents"), whole line, and the words between a price and the
// retailer of an affiliate box's price line ("$24.99 at Amazon").
extern const PhraseTable kTocLabels;
// A wiki page's footer lines ("This page was last edited on …", "Retrieved from …"), prefixes: text path.
extern const PhraseTable kWikiFooterOpeners;
// A star rating's vote count: the unit after the number ("126 votes", "126 głosów") and the words between the score
// and the number ("4.8 from 126 votes").
extern const PhraseTable kRatingCountWords;
extern const PhraseTable kRatingConnectors;
extern const PhraseTable kRetailerConnectors;

}  // namespace newsclean::lexicon
