#include "lexicon/metadata_words.hpp"

namespace newsclean::lexicon {

using namespace std::string_view_literals;

namespace {

// OpenGraph (ogp.me), Twitter cards, Dublin Core, Parse.ly, Sailthru, the
// NYT-style "byl", and the ad-hoc names htmldate/trafilatura look for.
// Dublin Core first, as Readability.js does (readability 003-metadata-preferred).
constexpr std::string_view kTitle[] = {"dc:title"sv, "dcterm:title"sv, "og:title"sv, "twitter:title"sv, "dc.title"sv, "parsely-title"sv,
                                       "sailthru.title"sv, "headline"sv};
constexpr std::string_view kAuthor[] = {
    "dc:creator"sv, "dcterm:creator"sv, "author"sv, "article:author"sv, "byl"sv, "parsely-author"sv, "sailthru.author"sv, "dc.creator"sv,
    "dcterms.creator"sv, "dc.creator.aut"sv, "citation_author"sv, "book:author"sv,
};
// The "Written by" label Yoast SEO writes in twitter:label1 (trafilatura corpus:
// "Verfasst von" 24 pages, "Written by" 6, "Geschrieben von" 3, "Escrito por" 1;
// frolleinherr.com names its author only there). Folded, lower case.
constexpr std::string_view kTwitterAuthor[] = {"written by"sv, "verfasst von"sv, "geschrieben von"sv,
                                               "escrito por"sv, "écrit par"sv, "scritto da"sv, "geschreven door"sv};
constexpr std::string_view kPublished[] = {
    "article:published_time"sv, "datepublished"sv, "og:published_time"sv, "article:published"sv,
    "publish-date"sv, "publish_date"sv, "publishdate"sv, "pubdate"sv, "date"sv, "dc.date.issued"sv,
    "dc.date"sv, "dc:date"sv, "dc:created"sv, "dcterms:created"sv, "dcterms:issued"sv, "dcterms.date"sv, "dcterms.issued"sv, "dcterms.created"sv, "parsely-pub-date"sv,
    "sailthru.date"sv, "citation_publication_date"sv, "citation_date"sv, "article.published"sv,
    "published_time"sv, "published-date"sv, "release_date"sv, "original-publish-date"sv, "datecreated"sv,
    "created"sv, "date.created"sv, "displaydate"sv, "cxenseparse:recs:publishtime"sv, "og:article:published_time"sv,
};
// trafilatura ejwue.de (TYPO3 meta "date" a week after the dateline) and alpin.de
// (meta "Date" five days after the <time> under the headline), martinruetter
// ("date" and "DCTERMS.date" of the last edit, itemprop=datePublished the day).
constexpr std::string_view kWeakPublished[] = {"date"sv, "dc.date"sv, "dc:date"sv, "dcterms.date"sv, "created"sv, "date.created"sv};
constexpr std::string_view kModified[] = {
    "article:modified_time"sv, "datemodified"sv, "og:updated_time"sv, "article:modified"sv,
    "last-modified"sv, "dcterms.modified"sv, "dcterms:modified"sv, "dc:modified"sv, "dc.date.modified"sv, "lastmod"sv, "modified"sv,
};
constexpr std::string_view kDescription[] = {"og:description"sv, "description"sv, "twitter:description"sv,
                                             "dc.description"sv};
constexpr std::string_view kImage[] = {"og:image"sv, "og:image:url"sv, "og:image:secure_url"sv,
                                       "twitter:image"sv, "twitter:image:src"sv};
constexpr std::string_view kSiteName[] = {"og:site_name"sv, "application-name"sv, "twitter:site"sv,
                                          "dc.publisher"sv, "publisher"sv};
constexpr std::string_view kTags[] = {"article:tag"sv, "keywords"sv, "news_keywords"sv,
                                      "parsely-tags"sv, "sailthru.tags"sv};
constexpr std::string_view kLang[] = {"content-language"sv, "og:locale"sv, "dc.language"sv, "language"sv,
                                      "inlanguage"sv};

// schema.org CreativeWork subtypes used for articles and posts, best first. A guide's own types, HowTo and
// Recipe (Dotdash Meredith, wikiHow-likes, recipe blogs: study-p round 13 B3, howto shell), rank below every
// article type (a recipe blog's Yoast Article block wins) and above the page wrappers. FAQPage is a WebPage: an
// extra block beside the Article, ranked with the wrappers. Not Review: the reviews of a product page's
// Product block are its buyers'.
constexpr std::string_view kArticleTypes[] = {
    "newsarticle"sv, "article"sv, "blogposting"sv, "reportagenewsarticle"sv, "analysisnewsarticle"sv,
    "opinionnewsarticle"sv, "reviewnewsarticle"sv, "backgroundnewsarticle"sv, "socialmediaposting"sv,
    "liveblogposting"sv, "techarticle"sv, "scholarlyarticle"sv, "medicalscholarlyarticle"sv, "satiricalarticle"sv,
    "advertisercontentarticle"sv, "report"sv, "posting"sv, "discussionforumposting"sv, "howto"sv, "recipe"sv,
    "creativework"sv, "webpage"sv, "itempage"sv, "medicalwebpage"sv, "faqpage"sv,
};

// Byline containers on news CMSs (WordPress "author vcard", NYT "byline",
// repost corpus "news-detail_author", "syn-author", "caas-author-byline",
// "kb-meta__author", provider/source chips of aggregators, Firefox Reader
// View's "credits reader-credits" line in every page saved from it: study-g).
// "publisher": an aggregator's publisher row, logo + "a.publisher-name" + Follow + date (study-k round 8
// B2, NewsBreak shell; Flipboard's and SmartNews's publisher chips): the original outlet.
constexpr std::string_view kBylineClass[] = {
    "byline"sv, "by-line"sv, "author"sv, "byl"sv, "writer"sv, "creator"sv, "reporter"sv, "contributor"sv,
    "autor"sv, "auteur"sv, "source"sv, "provider"sv, "attribution"sv, "origin"sv, "posted-by"sv,
    "reader-credits"sv, "publisher"sv,
};
constexpr std::string_view kSourceClass[] = {"source"sv, "provider"sv, "attribution"sv, "origin"sv, "publisher"sv};
// The post's own title heading on blogs whose h1 is the blog's name: Blogger's "h3.post-title.entry-title"
// under "h1.title", WordPress themes' "h2.entry-title" under "h1.site-title" (hAtom microformat; study-k
// round 8 B1, blogger shell).
constexpr std::string_view kPostTitleClass[] = {"entry-title"sv, "post-title"sv};
// A box that sets a story's headline without a heading tag (round 20: iconmagazine's
// <div class="title layout--b"><div class="title-text"><p>…</p>): whole class names or their first part.
constexpr std::string_view kHeadlineBoxClass[] = {"title"sv, "headline"sv};
// Regions that hold other stories' names and dates (issue #3: "dates taken
// from related-article cards, comments or the copyright line").
constexpr std::string_view kNoiseClass[] = {
    "related"sv, "recommend"sv, "comment"sv, "sidebar"sv, "trending"sv, "popular"sv,
    "widget"sv, "newsletter"sv, "promo"sv, "more-"sv, "also"sv, "share"sv, "social"sv,
    "disqus"sv, "reply"sv, "replies"sv, "copyright"sv, "breadcrumb"sv, "menu"sv, "ticker"sv,
    "marquee"sv, "live-news"sv, "hot-"sv, "latest"sv, "most-read"sv, "meistgelesen"sv, "next-"sv,
    "prev-"sv, "recirc"sv, "outbrain"sv, "taboola"sv, "cookie"sv, "consent"sv, "author-bio"sv,
    "about-author"sv, "author-box"sv, "authorbox"sv, "profile-card"sv,
    // A wiki's references list and its citations (MediaWiki div.reflist, div.mw-references-wrap, cite.citation;
    // Fandom, Wikipedia, every MediaWiki install): a cited source's date ("Version 1.6 patch notes, 19 March
    // 2024") is not the page's (study-r round 15 B4, fandom shell). Not "references" alone: a substring of
    // other classes ("mdl-ghi-article-references" holds hausinfo.ch's date); ol.references is metadata_page.cpp's.
    "reflist"sv, "mw-references"sv, "citation"sv,
};
// A footer by class: page chrome, except inside an <article>, where it is the
// story's own footer with its author and date (trafilatura gay.ch: Plone's
// "mosaic-grid-row footerRow" holds "erstellt von Dominique — veröffentlicht …").
constexpr std::string_view kFooterClass[] = {"footer"sv};
// Class words holding a noise token that mark no noise: Drupal's
// "node-promoted" is a story promoted to the front page, its full view included
// (trafilatura ethify: <article class="node node-blog node-promoted ... node-full">).
// The Elementor page builder (WordPress) wraps every block in a "widget" class,
// the story's own title, meta row and text included ("elementor-widget-post-info",
// "elementor-widget-container").
// CNBC's author row "Author-authorNameAndSocial" holds the byline link (a bare name, often "Reuters" over a
// JSON-LD Organization "CNBC": study-j round 7 B2, cnbc shell); its "social" marks the handle beside the name.
constexpr std::string_view kNoiseClassExceptions_[] = {"promoted"sv, "elementor-widget"sv, "nameandsocial"sv};
constexpr std::string_view kUpdatedClass[] = {"updated"sv, "modified"sv, "update"sv};

// WordPress/Drupal/news CMS author archives; the sqfeed author row links to
// /profile/ (samples/social-square-post.html); bitwire/Kestrex to /news/source/.
constexpr std::string_view kAuthorPaths[] = {"/author/"sv, "/authors/"sv, "/autor/"sv, "/autoren/"sv,
                                             "/auteur/"sv, "/profile/"sv, "/people/"sv, "/writer/"sv,
                                             "/journalist/"sv, "/redaktion/"sv, "/byline/"sv, "/user/"sv};
constexpr std::string_view kSourcePaths[] = {"/source/"sv, "provider"sv};
constexpr std::string_view kPublishedClass[] = {"publish"sv};
constexpr std::string_view kCanonical[] = {"link:canonical"sv, "og:url"sv};
constexpr std::string_view kPermalinkMarks[] = {"\xC2\xB6"sv, "\xC2\xA7"sv, "#"sv};

constexpr std::string_view kCopyright[] = {"\xC2\xA9"sv, "copyright"sv, "(c) "sv};

// Not "Blog"/"News": a section title marks a listing page whose h1 is the site's
// header, not a story (trafilatura echte-demokratie-jetzt lost its byline and date).
constexpr std::string_view kGeneric[] = {"home"sv, "homepage"sv, "startseite"sv, "index"sv, "accueil"sv,
                                         "inicio"sv, "welcome"sv, "willkommen"sv};

// Between a headline and its site/section part. " [" opens a bracketed site
// name ("LWN.net Weekly Edition [LWN.net]", "… [Archive of Our Own]").
constexpr std::string_view kSeparators[] = {" | "sv, " - "sv, " – "sv, " — "sv, " :: "sv, " » "sv,
                                            " · "sv, " • "sv, " ｜ "sv, " / "sv, " : "sv, " ["sv};

// Around a source credit closing a title: ja portals reposting a story (Yahoo!ニュース, goo, excite,
// livedoor, BIGLOBE) print "Headline（CNET Japan）", full-width; "Headline (Reuters)", "【共同】" elsewhere.
constexpr BracketPair kCreditBrackets[] = {{"\xEF\xBC\x88"sv, "\xEF\xBC\x89"sv},  // （ ）
                                           {"("sv, ")"sv},
                                           {"\xE3\x80\x90"sv, "\xE3\x80\x91"sv}};  // 【 】

// The most frequent function words of each language (short, unambiguous ones).
constexpr std::string_view kEn[] = {"the"sv, "and"sv, "of"sv, "to"sv, "is"sv, "that"sv, "with"sv, "for"sv};
constexpr std::string_view kDe[] = {"der"sv, "die"sv, "und"sv, "das"sv, "ist"sv, "nicht"sv, "mit"sv, "auch"sv};
constexpr std::string_view kFr[] = {"le"sv, "les"sv, "et"sv, "des"sv, "est"sv, "une"sv, "dans"sv, "pour"sv};
constexpr std::string_view kEs[] = {"el"sv, "los"sv, "las"sv, "y"sv, "que"sv, "del"sv, "una"sv, "por"sv};
constexpr std::string_view kIt[] = {"il"sv, "che"sv, "della"sv, "e"sv, "non"sv, "per"sv, "sono"sv, "gli"sv};
constexpr std::string_view kPt[] = {"o"sv, "que"sv, "não"sv, "uma"sv, "os"sv, "do"sv, "da"sv, "com"sv};
constexpr std::string_view kNl[] = {"de"sv, "het"sv, "een"sv, "en"sv, "van"sv, "niet"sv, "dat"sv, "zijn"sv};
constexpr std::string_view kPl[] = {"i"sv, "w"sv, "nie"sv, "się"sv, "na"sv, "że"sv, "jest"sv, "do"sv};
constexpr std::string_view kRu[] = {"и"sv, "в"sv, "не"sv, "на"sv, "что"sv, "с"sv, "по"sv, "это"sv};
// ro, da, no, sv (study-t round 17 T2: a Romanian text scrape was guessed "nl" on its "de", Scandinavian ones got
// no guess). Words no other list holds tell the languages apart: da "af"/"efter"/"blev", no "av"/"etter"/"ble",
// sv "och"/"att"/"inte"; "og"/"ikke" are shared by da and no, whose own words then decide. Not ro "din"
// (da/no "your"), "este" (es), "care" (en).
constexpr std::string_view kRo[] = {"și"sv, "şi"sv, "în"sv, "că"sv, "cu"sv, "pentru"sv, "sunt"sv, "fost"sv};
constexpr std::string_view kDa[] = {"og"sv, "ikke"sv, "af"sv, "efter"sv, "blev"sv, "havde"sv, "mig"sv, "siger"sv};
constexpr std::string_view kNo[] = {"og"sv, "ikke"sv, "av"sv, "etter"sv, "ble"sv, "hadde"sv, "meg"sv, "sier"sv};
constexpr std::string_view kSv[] = {"och"sv, "att"sv, "är"sv, "inte"sv, "för"sv, "till"sv, "jag"sv, "från"sv};
constexpr LanguageStopwords kStopwords[] = {
    {"en"sv, kEn}, {"de"sv, kDe}, {"fr"sv, kFr}, {"es"sv, kEs}, {"it"sv, kIt},
    {"pt"sv, kPt}, {"nl"sv, kNl}, {"pl"sv, kPl}, {"ru"sv, kRu},
    {"ro"sv, kRo}, {"da"sv, kDa}, {"no"sv, kNo}, {"sv"sv, kSv},
};

}  // namespace

const KeyList kMetaTitleKeys{kTitle};
const KeyList kMetaAuthorKeys{kAuthor};
const KeyList kTwitterAuthorLabels{kTwitterAuthor};
const KeyList kMetaPublishedKeys{kPublished};
const KeyList kMetaWeakPublishedKeys{kWeakPublished};
const KeyList kMetaModifiedKeys{kModified};
const KeyList kMetaDescriptionKeys{kDescription};
const KeyList kMetaImageKeys{kImage};
const KeyList kMetaSiteNameKeys{kSiteName};
const KeyList kMetaTagKeys{kTags};
const KeyList kMetaLangKeys{kLang};
const KeyList kJsonLdArticleTypes{kArticleTypes};
const KeyList kBylineClassTokens{kBylineClass};
const KeyList kSourceClassTokens{kSourceClass};
const KeyList kNoiseClassTokens{kNoiseClass};
const KeyList kPostTitleClassTokens{kPostTitleClass};
const KeyList kHeadlineBoxClassWords{kHeadlineBoxClass};
const KeyList kFooterClassTokens{kFooterClass};
const KeyList kNoiseClassExceptions{kNoiseClassExceptions_};
const KeyList kUpdatedClassTokens{kUpdatedClass};
const KeyList kTitleSeparators{kSeparators};
const std::span<const BracketPair> kTitleCreditBrackets{kCreditBrackets};
const KeyList kCopyrightMarks{kCopyright};
const KeyList kGenericTitles{kGeneric};
const KeyList kAuthorLinkPaths{kAuthorPaths};
const KeyList kSourceLinkPaths{kSourcePaths};
const KeyList kPublishedClassTokens{kPublishedClass};
const KeyList kCanonicalKeys{kCanonical};
const KeyList kHeadingPermalinkMarks{kPermalinkMarks};
const std::span<const LanguageStopwords> kLanguageStopwords{kStopwords};

}  // namespace newsclean::lexicon
