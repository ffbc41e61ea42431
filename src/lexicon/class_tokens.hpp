// class/id/role token tables for content selection and boilerplate removal.
// Matched as substrings of the lower-cased "class id" string of an element
// (Readability's convention: "comment" also hits "comments", "post-comment").
// Each table says where its entries came from.
#pragma once

#include <span>
#include <string_view>

namespace newsclean::lexicon {

struct TokenTable {
    std::string_view name;  // --explain rule name, e.g. "class:share"
    std::span<const std::string_view> tokens;
};

// Containers that are almost never the article (Readability.js 0.6
// REGEXPS.unlikelyCandidates) unless they also match kMaybeCandidate.
extern const TokenTable kUnlikelyCandidate;
extern const TokenTable kMaybeCandidate;
// Score +25 / -25 for the class and for the id (Readability.js REGEXPS.positive / negative).
extern const TokenTable kPositiveWeight;
extern const TokenTable kNegativeWeight;
// ARIA roles of page chrome (Readability.js UNLIKELY_ROLES).
extern const TokenTable kUnlikelyRoles;

// Classes that name the story's own container ("article-body",
// "entry-content"): they veto the boilerplate and unlikely tables on the
// same element (trafilatura eval page freitag.de: "s-article-text
// js-dynamic-advertorial" holds the article).
extern const TokenTable kStoryContainer;
// Classes rich-text editors give the story's subheads (Draft.js "header-two"):
// they veto the unlikely table on a heading.
extern const TokenTable kEditorHeadingTokens;

// Byline elements (Readability.js REGEXPS.byline).
extern const TokenTable kBylineTokens;
// hCard microformat: a byline element that is also a "vcard" holds the author's formatted name as the
// author writes it, lower case included (hAtom's "author vcard").
extern const TokenTable kHCardTokens;

// Text clipped off screen for screen readers: not part of what a reader sees.
extern const TokenTable kScreenReaderOnly;
// A headline's kicker (section/topic label set in or above it).
extern const TokenTable kHeadingKicker;

// Strong boilerplate: an element whose class/id holds one of these tokens is
// dropped even inside the chosen content (share bars, tickers, related blocks...).
// One table per concern so --explain names the rule.
std::span<const TokenTable> boilerplate_class_tables();

// First table entry found in `lower_class_id`, or empty.
std::string_view find_token(const TokenTable& table, std::string_view lower_class_id);

// Ad slots named by the word for advertising in a language other than English ("reklama",
// "werbung", "publicidad"): strong boilerplate like kAds, but matched by find_class_word.
extern const TokenTable kAdClassWords;
// Docs generators' code-block and callout labels (class_tokens.cpp says which names).
extern const TokenTable kDocLabelClassWords;
// A link set as a button ("btn", "btn-primary", "button", "cta"), matched by find_class_word.
extern const TokenTable kButtonClassWords;
// schema.org microdata names of comments and their counters ("comment", "interactionstatistic"), matched by
// find_class_name on an element's lower-cased itemprop list and on its itemtype's last path part.
extern const TokenTable kCommentMicrodataNames;
// Strong boilerplate matched by find_class_word: kAdClassWords and docs generators' code-block/callout labels
// (kDocLabelClassWords, "codeBlockTitle").
std::span<const TokenTable> boilerplate_class_word_tables();
// First table entry that is a whole class/id name of `lower_class_id` (names are split on white
// space) or its first part before a '-' or '_' ("reklama-leader", "publicidad_top"), or empty.
std::string_view find_class_word(const TokenTable& table, std::string_view lower_class_id);
// English short names of ad slots and labels ("ad", "ads", "ad-label"): strong boilerplate matched by find_class_name.
extern const TokenTable kAdClassNames;
// Strong boilerplate matched by find_class_name: kAdClassNames.
std::span<const TokenTable> boilerplate_class_name_tables();
// First table entry that is a whole class/id name of `lower_class_id` (names split on white space), or empty.
std::string_view find_class_name(const TokenTable& table, std::string_view lower_class_id);

}  // namespace newsclean::lexicon
