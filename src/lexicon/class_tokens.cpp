#include "lexicon/class_tokens.hpp"

namespace newsclean::lexicon {

using namespace std::string_view_literals;

namespace {

// Mozilla Readability.js 0.6.0, REGEXPS.unlikelyCandidates.
constexpr std::string_view kUnlikely[] = {
    "-ad-"sv, "ai2html"sv, "banner"sv, "breadcrumbs"sv, "combx"sv, "comment"sv, "community"sv, "cover-wrap"sv,
    "disqus"sv, "extra"sv, "footer"sv, "gdpr"sv, "header"sv, "legends"sv, "menu"sv, "related"sv, "remark"sv,
    "replies"sv, "rss"sv, "shoutbox"sv, "sidebar"sv, "skyscraper"sv, "social"sv, "sponsor"sv, "supplemental"sv,
    "ad-break"sv, "agegate"sv, "pagination"sv, "pager"sv, "popup"sv, "yom-remote"sv,
};
// Readability.js REGEXPS.okMaybeItsACandidate.
constexpr std::string_view kMaybe[] = {
    "and"sv, "article"sv, "body"sv, "column"sv, "content"sv, "main"sv, "mathjax"sv, "shadow"sv,
};
// Readability.js REGEXPS.positive.
constexpr std::string_view kPositive[] = {
    "article"sv, "body"sv, "content"sv, "entry"sv, "hentry"sv, "h-entry"sv, "main"sv, "page"sv,
    "pagination"sv, "post"sv, "text"sv, "blog"sv, "story"sv,
};
// Readability.js REGEXPS.negative ("hidden" as a whole word: Tailwind's
// "overflow-hidden" is layout, not hiding).
constexpr std::string_view kNegative[] = {
    "-ad-"sv, "banner"sv, "combx"sv, "comment"sv, "com-"sv, "contact"sv, "footer"sv, "gdpr"sv,
    "masthead"sv, "media"sv, "meta"sv, "outbrain"sv, "promo"sv, "related"sv, "scroll"sv, "share"sv,
    "shoutbox"sv, "sidebar"sv, "skyscraper"sv, "sponsor"sv, "shopping"sv, "tags"sv, "widget"sv,
};
// Readability.js UNLIKELY_ROLES.
constexpr std::string_view kRoles[] = {
    "menu"sv, "menubar"sv, "complementary"sv, "navigation"sv, "alert"sv, "alertdialog"sv, "dialog"sv,
};

// Story containers of common CMSs (WordPress "entry-content", Drupal
// "field-name-body", news sites' "article-body"/"story-body"), seen in the
// readability and trafilatura evaluation pages.
constexpr std::string_view kStory[] = {
    "article-body"sv, "articlebody"sv, "article-text"sv, "articletext"sv, "article-content"sv,
    "article__body"sv, "article__content"sv, "post-content"sv, "post-body"sv, "entry-content"sv,
    "story-body"sv, "story-content"sv, "storycontent"sv, "content-body"sv, "body-text"sv,
    "field-name-body"sv, "main-content"sv, "single-content"sv,
};

// The class names rich-text editors give the story's own subheads: Draft.js
// block types "header-one".."header-six" (X Articles' "longform-header-two",
// study-j round 7 B21) and Notion's "notion-header-block". Their "header"
// makes them unlikely candidates (kUnlikely); a heading with one of these is
// not. Not every heading with "header" in its class: the Readability truth
// drops Google's "subheaders" (readability google-sre-book-1) and Engadget's
// "t-list-header" (readability engadget), as Readability.js does.
constexpr std::string_view kEditorHeading[] = {
    "header-one"sv, "header-two"sv, "header-three"sv, "header-four"sv, "header-five"sv, "header-six"sv,
    "header-block"sv,
};

// Readability.js REGEXPS.byline.
constexpr std::string_view kByline[] = {"byline"sv, "author"sv, "dateline"sv, "writtenby"sv, "p-author"sv};

// microformats.org hCard, which hAtom entries use for their author: WordPress themes' "author vcard"
// (Twenty Ten to Twenty Seventeen, Thesis "author vcard fn"), Blogger's "post-author vcard" > "fn"
// (trafilatura hearya.com "by <span class=\"author vcard fn\">oz</span>", bumsbutzener-gumpfen.blogspot.com).
constexpr std::string_view kHCard[] = {"vcard"sv};

// Text for screen readers only, clipped off screen (Bootstrap "sr-only" /
// "visually-hidden", WordPress "screen-reader-text", HTML5 Boilerplate
// "visuallyhidden", Drupal "element-invisible", the German federal sites'
// "aural": trafilatura bmbf.de "<span class=aural>, Thema:</span>"), and
// Bootstrap 3's "text-hide", which makes text transparent and zero-sized
// (trafilatura slf.ch, wsl.ch: "<h2 class=text-hide>Hauptinhalt</h2>").
constexpr std::string_view kScreenReader[] = {"sr-only"sv,       "screen-reader"sv, "visually-hidden"sv, "visuallyhidden"sv,
                                              "element-invisible"sv, "aural"sv,     "text-hide"sv};

// The label line set above or inside a headline: its section or topic, not
// part of the headline (trafilatura cicero.de "<h1><span class=teaser-small__kicker>
// Corona-Pandemie</span> …", bmbf.de "<small class=c-topline>Forschung</small>";
// German newsrooms call it "Dachzeile", US ones "kicker", "eyebrow", "overline").
constexpr std::string_view kKicker[] = {"kicker"sv, "topline"sv, "dachzeile"sv, "eyebrow"sv, "overline"sv};

// Boilerplate class/id tokens. Sources: the repost README's page shells
// (share bars, tickers/marquees, related/trending/recommended blocks,
// newsletter plugs, cookie banners, disclaimers/risk warnings, comment
// teasers) and common CMS conventions seen in the trafilatura evaluation
// pages (WordPress "sharedaddy", "jp-relatedposts", "wp-block-tag-cloud",
// "author-box", "post-tags", Disqus, OneTrust/Cookiebot consent managers).
constexpr std::string_view kShare[] = {
    "share-bar"sv, "sharebar"sv, "share-buttons"sv, "sharing"sv, "sharedaddy"sv, "social-share"sv,
    "socialshare"sv, "share-tools"sv, "shareline"sv, "article-share"sv, "post-share"sv, "share-links"sv,
    "social-links"sv, "social-icons"sv, "social-media"sv, "addthis"sv, "shariff"sv, "a2a_kit"sv,
};
constexpr std::string_view kTicker[] = {
    "ticker"sv, "marquee"sv, "price-strip"sv, "quote-strip"sv, "market-stats"sv, "coin-chip"sv,
    "coin-card"sv, "price-card"sv,
};
constexpr std::string_view kRelatedBlock[] = {
    "related"sv, "trending"sv, "recommend"sv, "most-read"sv, "mostread"sv, "most-popular"sv,
    "popular-posts"sv, "read-more-links"sv, "readmore-links"sv, "also-read"sv, "more-stories"sv,
    "more-news"sv, "hot-topics"sv, "jp-relatedposts"sv, "yarpp"sv, "outbrain"sv, "taboola"sv,
};
constexpr std::string_view kNewsletter[] = {
    "newsletter"sv, "subscribe"sv, "subscription"sv, "signup"sv, "sign-up"sv, "app-promo"sv, "app-download"sv,
};
constexpr std::string_view kCookie[] = {
    "cookie"sv, "consent"sv, "gdpr"sv, "onetrust"sv, "cookiebot"sv, "cmp-"sv,
};
constexpr std::string_view kCommentsBlock[] = {
    "comments"sv, "comment-list"sv, "commentlist"sv, "comment-form"sv, "comment-respond"sv, "disqus"sv,
    "respond"sv,
};
constexpr std::string_view kDisclaimerBlock[] = {
    "disclaimer"sv, "risk-warning"sv, "riskwarning"sv, "risk-disclosure"sv,
};
constexpr std::string_view kAuthorBox[] = {
    "author-box"sv, "authorbox"sv, "author-bio"sv, "author-info"sv, "about-author"sv, "about-the-author"sv,
    "author-card"sv,
};
constexpr std::string_view kTagCloud[] = {
    "tag-cloud"sv, "tagcloud"sv, "post-tags"sv, "article-tags"sv, "entry-tags"sv, "tags-list"sv,
    "taglist"sv, "tag-list"sv,
};
constexpr std::string_view kNavigation[] = {
    "breadcrumb"sv, "pagination"sv, "post-navigation"sv, "nav-links"sv, "skip-link"sv, "skiplink"sv,
};
constexpr std::string_view kAds[] = {
    "advert"sv, "ad-slot"sv, "adslot"sv, "ad-container"sv, "ad-wrapper"sv, "adsbygoogle"sv, "dfp-"sv,
    "sponsored"sv,
    // Native-ad slots among a story's paragraphs (study-m round 10 H4, msn shell: "native-ad" around an
    // "Ad" label and one sponsored link), the usual name of in-feed ad units.
    "native-ad"sv, "nativead"sv,
};

// "Advertising" in the languages of the study and dev pages, as sites name their ad slots: cs/sk/pl/hr
// "reklama" (lidovky.cz "reklama", aktualne.cz "reklama-leader"), sv/tr "reklam", da/no "reklame", nl "reclame",
// de "werbung"/"anzeige" (kirche-und-leben.de "anzeige"), fr "publicite", es "publicidad" (elmostrador.cl
// "publicidad laterales"), pt "publicidade", it "pubblicita" (study-q round 14 H1). nl "advertentie" is kAds'
// "advert". Matched as a whole class or its first part only (find_class_word): as a substring they name other
// things: "kleinanzeigen" (classifieds), "bilderanzeigen" (an image viewer), and WordPress's taxonomy classes
// on the post's own wrapper ("custom_tags-werbung", reset.org; "category-marketing-werbung", basicthinking.de).
constexpr std::string_view kAdWords[] = {
    "reklama"sv, "reklam"sv, "reklame"sv, "reclame"sv, "werbung"sv, "anzeige"sv, "publicite"sv, "publicidad"sv,
    "publicidade"sv, "pubblicita"sv,
};

// The English short names of ad slots and their labels, as a whole class or id name only (find_class_name): "ad",
// "ads", "ad-label" (Iltalehti's "ad" around "Mainos", Tuổi Trẻ's "ad-label" over "Quảng cáo", study-s round 16 H2;
// hpd.de's "ad ad-graphic"). As a substring "ad" is in "header", "read", "shadow"; as a first part it names page
// wrappers: hpd.de's "ads-helper" and Libération's "ad-portal" hold the whole page (trafilatura, readability truths).
constexpr std::string_view kAdNames[] = {
    "ad"sv, "ads"sv, "ad-label"sv, "ad_label"sv, "adlabel"sv, "ad-unit"sv, "ad-box"sv, "adbox"sv,
};

// The one-word labels docs generators set above a code block or a callout: the file name of Docusaurus's
// "codeBlockTitle_x1y2" and the "tip"/"note" of its "admonitionHeading_x1y2" (study-r round 15 H5): a label
// of the box, not a line of the text. Not Sphinx/MkDocs "admonition-title": the Readability truth keeps
// those titles (readability toc-missing, "Interactive Editor").
constexpr std::string_view kDocLabelWords[] = {
    "codeblocktitle"sv, "code-block-title"sv, "admonitionheading"sv,
};

// Recipe-card furniture of the WordPress recipe plugins (WP Recipe Maker "wprm-recipe-rating",
// "wprm-nutrition-label", "wprm-recipe-jump"/"-print"/"-pin"; Tasty Recipes "tasty-recipes-rating",
// "tasty-recipes-nutrition", "tasty-recipes-buttons"; Mediavine Create "mv-create-reviews",
// "mv-create-nutrition"; WPZoom "wpzoom-recipe-card-buttons" with "...-jump-to-recipe"/"...-print-recipe",
// trafilatura eatwhattonight.com, whose truth drops "Print Recipe"): the star rating and its vote count, the
// nutrition facts and the jump/print/pin buttons (study-q round 14 H4). The card's ingredients, steps, headings
// and times stay. Not "nutrition" alone: the trafilatura truth keeps Nestlé's "nutrition-tab" table
// (nestle-family-com-chicken), and a post's "category-nutrition" names its topic.
constexpr std::string_view kRecipeCard[] = {
    "recipe-rating"sv, "recipes-rating"sv, "wprm-rating"sv, "mv-create-rating"sv, "mv-create-reviews"sv,
    "mv-create-stars"sv,
    "wprm-nutrition"sv, "recipes-nutrition"sv, "recipe-nutrition"sv, "nutrition-label"sv, "mv-create-nutrition"sv,
    "recipe-jump"sv, "recipes-jump"sv, "jump-to-recipe"sv, "recipe-print"sv, "recipes-print"sv, "print-recipe"sv,
    "recipe-card-print"sv, "mv-create-print"sv, "recipe-pin"sv, "recipes-pin"sv, "recipe-card-pinit"sv,
    "mv-create-pin"sv, "recipe-buttons"sv, "recipes-buttons"sv, "recipe-card-buttons"sv,
};

// Inline video player cards in a story: a label, a duration and another
// story's video title, never the story's text (study-j round 7 B15: CNBC
// "InlineVideo-container", the czech shell's Aktuálně.cz "video-box"; the
// common player wrappers of JW Player and Brightcove-based CMSs). Not
// "inline-video": the Readability truth keeps the Washington Post's
// "inline-video-caption" (readability wapo-1, wapo-2). Not "video-container": the Readability truth
// keeps CNET's "videoContainer" card (readability cnet-svg-classes); MSN's card (study-m round 10 H4)
// goes by its wording ("Related video:", "Duration 1:48").
constexpr std::string_view kVideoPlayer[] = {
    "inlinevideo"sv, "video-box"sv, "videobox"sv, "video-player"sv, "videoplayer"sv,
    "jwplayer"sv, "jw-player"sv,
};

// Photo credits and copyright notes under images (trafilatura evaluation
// pages: "c-picture__source", "copyright-note", WordPress "credit").
constexpr std::string_view kCredit[] = {
    "copyright"sv, "credit"sv, "picture__source"sv, "image-source"sv, "photo-source"sv, "img-source"sv,
    "bildnachweis"sv, "bildquelle"sv, "fotocredit"sv,
};

// Image descriptions of Chinese portals set in a <span> beside the picture (study-m round 10 H1,
// sina shell: "img_wrapper" > img + "img_descr"): the class names the picture's description. Not every
// "caption": the dev truths keep captions, even beside a separate credit (readability nytimes-1,
// wapo-1, medium-1, cnet).
constexpr std::string_view kCaption[] = {
    "img_descr"sv, "img-descr"sv, "img_desc"sv, "img-desc"sv,
};

// MediaWiki's page furniture inside its content container, the same class/id names on Wikipedia, Fandom and
// every MediaWiki install (study-r round 15 H1): the category box ("catlinks"), "Retrieved from"
// ("printfooter"), the skin footer's last-edited and licence lines ("footer-info-lastmod",
// "footer-info-copyright"; Fandom's "license-description"; "lastmod" is also the sitemap name other wikis
// and CMSs give the stamp). Not the navigation boxes ("navbox": the Readability truth of wikipedia-2 keeps
// them), not the TOC (boilerplate_class_word_tables says why), not the "[edit]" links,
// the reference marks or the references list: the Readability truths of Wikipedia pages keep them
// (readability wikipedia, wikipedia-3, wikipedia-4); not the infobox (readability wikipedia, wikipedia-2).
constexpr std::string_view kWikiChrome[] = {
    "catlinks"sv, "printfooter"sv, "footer-info"sv, "license-description"sv, "lastmod"sv,
};

// Docs-generator chrome around the page's text (study-r round 15 H5): the copy button of code blocks
// (sphinx-copybutton "copybtn", MkDocs Material "md-clipboard", Docusaurus "clean-btn" is too generic),
// "Edit this page" (Docusaurus "theme-edit-this-page", MkDocs "md-content__button", GitBook/Hugo
// "edit-this-page"), the "last updated" line ("theme-last-updated"), breadcrumbs and the "On this page"
// box ("theme-doc-breadcrumbs", "theme-doc-toc", MkDocs "md-sidebar--secondary"), and prev/next paging
// ("pagination-nav", MkDocs "md-footer__link", ReadTheDocs "rst-footer-buttons"). Code blocks stay.
constexpr std::string_view kDocsChrome[] = {
    "copybtn"sv, "md-clipboard"sv, "theme-edit-this-page"sv, "edit-this-page"sv, "md-content__button"sv,
    "theme-last-updated"sv, "theme-doc-breadcrumbs"sv, "theme-doc-toc"sv, "md-sidebar--secondary"sv,
    "pagination-nav"sv, "md-footer__link"sv, "rst-footer-buttons"sv,
};

// The class names of a link set as a button (Bootstrap "btn", "btn-primary"; WordPress "wp-element-button",
// "button"; "cta", "cta-button"), matched by find_class_word: a whole class name or its first part. A paragraph
// that is only such a link is a call to action ("Download IntelliJ IDEA 2026.3" between the paragraphs of a
// release post, study-t round 17 H1), not a line of the text.
constexpr std::string_view kButtonWords[] = {"btn"sv, "button"sv, "cta"sv, "wp-element-button"sv};

// schema.org microdata of the comments under a post (study-w round 21 H4): a reply marked itemprop="comment" or
// itemtype ".../Comment" (Discourse's crawler view of every forum topic, Drupal "field-name-comment-body",
// WordPress and phpBB themes), ".../UserComments", and the likes/replies counter under a post
// (itemprop="interactionStatistic", itemtype ".../InteractionCounter": "12 Likes"). Whole names of the
// lower-cased itemprop list or of the itemtype's last path part; the class names of these elements say
// nothing ("topic-body crawler-post").
constexpr std::string_view kCommentMicrodata[] = {
    "comment"sv, "usercomments"sv, "interactionstatistic"sv, "interactioncounter"sv,
};

constexpr TokenTable kBoilerplate[] = {
    {"class:credit"sv, kCredit},         {"class:caption"sv, kCaption},
    {"class:share"sv, kShare},           {"class:ticker"sv, kTicker},
    {"class:related"sv, kRelatedBlock},  {"class:newsletter"sv, kNewsletter},
    {"class:cookie"sv, kCookie},         {"class:comments"sv, kCommentsBlock},
    {"class:disclaimer"sv, kDisclaimerBlock}, {"class:author-box"sv, kAuthorBox},
    {"class:tags"sv, kTagCloud},         {"class:navigation"sv, kNavigation},
    {"class:ad"sv, kAds},                {"class:video"sv, kVideoPlayer},
    {"class:recipe-card"sv, kRecipeCard}, {"class:wiki-chrome"sv, kWikiChrome},
    {"class:docs-chrome"sv, kDocsChrome},
};

}  // namespace

const TokenTable kUnlikelyCandidate{"unlikely-candidate"sv, kUnlikely};
const TokenTable kMaybeCandidate{"maybe-candidate"sv, kMaybe};
const TokenTable kPositiveWeight{"positive"sv, kPositive};
const TokenTable kNegativeWeight{"negative"sv, kNegative};
const TokenTable kUnlikelyRoles{"role"sv, kRoles};
const TokenTable kBylineTokens{"byline"sv, kByline};
const TokenTable kHCardTokens{"class:vcard"sv, kHCard};
const TokenTable kScreenReaderOnly{"class:screen-reader"sv, kScreenReader};
const TokenTable kHeadingKicker{"class:kicker"sv, kKicker};
const TokenTable kStoryContainer{"story-container"sv, kStory};
const TokenTable kEditorHeadingTokens{"editor-heading"sv, kEditorHeading};
const TokenTable kAdClassWords{"class:ad"sv, kAdWords};
const TokenTable kAdClassNames{"class:ad"sv, kAdNames};
const TokenTable kDocLabelClassWords{"class:doc-label"sv, kDocLabelWords};
const TokenTable kButtonClassWords{"class:button"sv, kButtonWords};
const TokenTable kCommentMicrodataNames{"microdata:comment"sv, kCommentMicrodata};

std::span<const TokenTable> boilerplate_class_word_tables() {
    // No table-of-contents names ("toc", "ez-toc", "table-of-contents"): the dev truths keep tables of contents
    // (readability wikipedia, mercurial; trafilatura healthline.com.fat, impulse.de.eltern). No "paywall" /
    // "tp-container": badische-zeitung.de wraps its story text in a "paywall" element smaller than half the
    // content (study-r round 15 H1, H4: both tried and measured).
    static const TokenTable kWordTables[] = {kAdClassWords, kDocLabelClassWords};
    return kWordTables;
}

std::span<const TokenTable> boilerplate_class_name_tables() {
    static const TokenTable kNameTables[] = {kAdClassNames};
    return kNameTables;
}

std::span<const TokenTable> boilerplate_class_tables() { return kBoilerplate; }

std::string_view find_token(const TokenTable& table, std::string_view s) {
    for (std::string_view t : table.tokens)
        if (s.find(t) != std::string_view::npos) return t;
    return {};
}

namespace {

std::string_view find_name(const TokenTable& table, std::string_view s, bool first_part) {
    const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
    for (std::size_t i = 0; i < s.size();) {
        while (i < s.size() && is_space(s[i])) ++i;
        std::size_t end = i;
        while (end < s.size() && !is_space(s[end])) ++end;
        const std::string_view name = s.substr(i, end - i);
        for (std::string_view w : table.tokens)
            if (name.starts_with(w) &&
                (name.size() == w.size() || (first_part && (name[w.size()] == '-' || name[w.size()] == '_'))))
                return w;
        i = end;
    }
    return {};
}

}  // namespace

std::string_view find_class_word(const TokenTable& table, std::string_view s) { return find_name(table, s, true); }

std::string_view find_class_name(const TokenTable& table, std::string_view s) { return find_name(table, s, false); }

}  // namespace newsclean::lexicon
