// Names and tokens the metadata extractor looks for: <meta> keys per field,
// JSON-LD types, class/id tokens of bylines, datelines and of page regions
// whose names and dates never belong to the article (related cards, comments,
// footers), title separators and labels of "original" dates on reposts.
// Entries are lower case. Used by extract/metadata*.cpp.
#pragma once

#include <span>
#include <string_view>

namespace newsclean::lexicon {

using KeyList = std::span<const std::string_view>;

// <meta name|property|itemprop=KEY>, in order of trust.
extern const KeyList kMetaTitleKeys;
extern const KeyList kMetaAuthorKeys;
// Yoast SEO's Twitter card pairs: twitter:labelN "Written by" / twitter:dataN the name.
extern const KeyList kTwitterAuthorLabels;
extern const KeyList kMetaPublishedKeys;
// Generic date keys that CMSs also fill with the last edit (TYPO3 "date",
// Dublin Core "dc.date"): a weaker vote than article:published_time.
extern const KeyList kMetaWeakPublishedKeys;
extern const KeyList kMetaModifiedKeys;
extern const KeyList kMetaDescriptionKeys;
extern const KeyList kMetaImageKeys;
extern const KeyList kMetaSiteNameKeys;
extern const KeyList kMetaTagKeys;
extern const KeyList kMetaLangKeys;

// JSON-LD @type values that describe the article itself.
extern const KeyList kJsonLdArticleTypes;

// class/id tokens (substrings of the lower-cased attribute) of byline elements.
extern const KeyList kBylineClassTokens;
// class/id tokens of the element naming a repost's original publisher ("syn-provider", "news-detail_source").
extern const KeyList kSourceClassTokens;
// class tokens of a blog post's own title heading (hAtom "entry-title", Blogger's "post-title").
extern const KeyList kPostTitleClassTokens;
// Class words (find_class_word) of a box setting a headline without a heading tag: "title", "headline".
extern const KeyList kHeadlineBoxClassWords;
// class/id tokens of regions whose names and dates are not the article's:
// related/recommended cards, comments, sidebars, footers, newsletter boxes.
extern const KeyList kNoiseClassTokens;
extern const KeyList kNoiseClassExceptions;
// class/id tokens of a footer: noise outside an <article>.
extern const KeyList kFooterClassTokens;  // class words that contain a noise token but mark none
// class/id tokens of an "updated" timestamp.
extern const KeyList kUpdatedClassTokens;


// Path parts of links to an author page ("/author/jane-doe", "/profile/x") and
// to a repost's source page ("/news/source/x"), lower case.
extern const KeyList kAuthorLinkPaths;
extern const KeyList kSourceLinkPaths;
// A class token that makes an "updated" class the published date ("entry-date published updated").
extern const KeyList kPublishedClassTokens;
// <link rel=canonical> (collected as "link:canonical") and og:url.
extern const KeyList kCanonicalKeys;
// Marks documentation generators append to headings ("Title¶"): ¶ § #.
extern const KeyList kHeadingPermalinkMarks;

// Marks of a copyright line, whose year or date is never the article's (issue #3).
extern const KeyList kCopyrightMarks;

// Titles that name a page, not a story ("Home"): a metadata title like this
// loses to the page's h1 (trafilatura prof-pc).
extern const KeyList kGenericTitles;

// Separators between a headline and a site name in <title>/og:title (" | Site", "Site - ").
extern const KeyList kTitleSeparators;

// The brackets around a repost's source credit closing a title, "Headline（CNET Japan）", "Headline (Reuters)".
struct BracketPair {
    std::string_view open, close;
};
extern const std::span<const BracketPair> kTitleCreditBrackets;

// Stop words for a cheap language guess when the page declares none.
struct LanguageStopwords {
    std::string_view lang;
    KeyList words;
};
extern const std::span<const LanguageStopwords> kLanguageStopwords;

}  // namespace newsclean::lexicon
