// Phrase tables of the plain-text scrape's layout rules (extract/text_lines.cpp,
// text_header.cpp): widget buttons and headings around the story, forum row
// labels, header badges. Entries are folded (util::fold). Each table says
// where its entries came from.
#pragma once

#include "lexicon/phrases.hpp"

namespace newsclean::lexicon {

// The button closing a newsletter box ("ChainDigest Weekly" / "One email a
// week with …" / "Subscribe"), alone on its line.
extern const PhraseTable kNewsletterButtons;
// Openers of a tip credit after the body ("h/t The Defiant for flagging this
// post", "Hat tip to X"): a thank-you to whoever pointed at the story.
extern const PhraseTable kHatTipOpeners;
// Heading or toggle of a liveblog's timeline widget ("Key events", "Show key
// events only"), matched anywhere in the line.
extern const PhraseTable kTimelineHeadings;
// Labels before the poster's name on a forum post row ("Post by newsbot » Fri
// Sep 19, 2025 4:20 am").
extern const PhraseTable kForumPostLabels;
// All-caps status badges opening a header line ("LIVE Tomás Ferreira 19
// September 2025 Updated 11:02"): never part of a name.
extern const PhraseTable kHeaderBadges;
// The screen-reader markers around a list box set inside a story: its opening
// words before the item count and the unit after it ("list of 3 items"), and
// its closing line ("end of list").
extern const PhraseTable kListBoxOpeners;
extern const PhraseTable kListBoxUnits;
extern const PhraseTable kListBoxEnds;

// The words joining a name to its date on one header row ("Nina Park Posted
// on Sep 19, 2025", "AFP publié le 19/09/2025"), matched at the end of the
// name part, each ending a word.
extern const PhraseTable kDatedRowConnectors;
// Lower-case words an organisation's name holds ("Press Trust of India"),
// where a person's name on an author row has none.
extern const PhraseTable kOrgNameParticles;
// First words of an author's one-line description in the first person ("I
// cover crypto policy and digital-asset markets."), matched as the line's
// first word.
extern const PhraseTable kFirstPersonOpeners;
// A social post's context row above its author ("Crypto Daily reposted",
// "Reposted by Crypto Daily"): the words ending it, and the words opening it.
extern const PhraseTable kSocialContextEnds;
extern const PhraseTable kSocialContextOpeners;
// The verbs opening a link aggregator's submission row ("submitted 5 hours ago
// by newsfeedbot"), matched as the line's first word.
extern const PhraseTable kSubmissionVerbs;
// The fixed opening of a repost's source card naming the original account
// and its author ("以下文章来源于TNW中文站 ，作者林靖东"), matched as a prefix.
extern const PhraseTable kSourceCardOpeners;
// News agencies whose name alone on a line credits wire copy ("Reuters" right
// above the story), folded.
extern const PhraseTable kWireAgencies;
// Labels of a finance portal's symbol chip row ("Related symbols BTCUSD COIN
// MSTR"), matched as the line's opening words.
extern const PhraseTable kSymbolRowLabels;
// Bookmark buttons beside a share button ("Share" / "Save"), whole line. Read
// only between a header's date and its byline block: a lone "Save" elsewhere
// may be truth text (readability ehow-2) or end a vote row (study-d aggcard).
extern const PhraseTable kBookmarkButtons;
// CJK counter words after a count ("コメント 128件"): a count's unit, not a word.
extern const PhraseTable kCountSuffixes;
// Headings of an editorial summary box above the story ("In Brief", "Key
// Points"), whole line.
extern const PhraseTable kSummaryBoxHeadings;
// The word closing a year-less delivery stamp of a ja news aggregator
// ("9/19(金) 4:20配信"): a header's date with no year.
extern const PhraseTable kDeliveryStampEnds;
// Picture agencies whose credit stands alone on the line above a lead image's
// caption ("Getty Images" / "The announcement came …"), folded, whole line.
extern const PhraseTable kPictureAgencies;
// The words opening a zh caption ("图为…", "pictured is").
extern const PhraseTable kCaptionOpeners;
// The heading of a review's price widget ("Dónde comprar", "Where to buy"), whole line, over price rows.
extern const PhraseTable kShopBoxHeadings;
// Words of a review score box's heading ("La nota de Xataka 8,6", "Our score 9"), a word of the line.
extern const PhraseTable kScoreWords;
// Headings of a contact box after a story ("More information", "Press contact"), whole line.
extern const PhraseTable kContactBoxHeadings;

}  // namespace newsclean::lexicon
