#include "lexicon/phrases.hpp"

#include <string_view>

namespace newsclean::lexicon {

using namespace std::string_view_literals;

namespace {

// Related/trending block headings seen on aggregator and news pages
// (samples/mexc-deepseek-r1-cost.txt: "You May Also Like", "Trending News";
// common CMS templates in en, de, fr, es, it, pt, nl, pl, ru).
constexpr std::string_view kRelated[] = {
    "you may also like"sv, "you might also like"sv, "trending news"sv, "trending"sv, "related articles"sv,
    "related news"sv, "related stories"sv, "related posts"sv, "related"sv, "read also"sv, "read more"sv,
    "more news"sv, "more stories"sv, "recommended"sv, "recommended for you"sv, "most read"sv, "most popular"sv,
    "popular posts"sv, "hot topics"sv, "latest news"sv, "more from this creator"sv, "editor's picks"sv,
    "das könnte sie auch interessieren"sv, "lesen sie auch"sv, "auch interessant"sv, "meistgelesen"sv,
    "à lire aussi"sv, "lire aussi"sv, "sur le même sujet"sv, "te puede interesar"sv, "noticias relacionadas"sv,
    "leggi anche"sv, "potrebbe interessarti anche"sv, "veja também"sv, "leia também"sv, "lees ook"sv,
    "zobacz też"sv, "czytaj także"sv, "читайте также"sv, "по теме"sv,
    // Plain-text scrapes (issue #5; repost-text dev pages, their live-site models): headings of
    // coin/related/popular blocks and inline "Also read:" labels in en, de, es.
    "also read"sv, "further reading"sv, "related coins"sv, "popular now"sv, "recommended stories"sv, "trending tickers"sv, "live news"sv, "assets in this article"sv, "verwandte coins"sv, "ähnliche artikel"sv, "weitere artikel"sv, "lee también"sv, "lo más leído"sv, "artículos relacionados"sv, "monedas relacionadas"sv, "à lire également"sv, "articles similaires"sv, "похожие статьи"sv, "関連記事"sv,
};

// Repost/aggregator and finance-site disclaimers (MEXC sample: "Disclaimer: The
// articles reposted on this site are sourced from public platforms ...").
constexpr std::string_view kDisclaimer[] = {
    "disclaimer:"sv, "disclaimer -"sv, "risk warning"sv, "risk disclosure"sv,
    "the articles reposted on this site"sv, "this content is for informational purposes only"sv,
    "this article is for informational purposes only"sv, "the information provided in this article"sv,
    "not financial advice"sv, "haftungsausschluss"sv, "aviso legal"sv, "avertissement"sv,
    "descargo de responsabilidad"sv, "esclusione di responsabilità"sv,
    // Risk warnings of exchanges and CFD brokers (issue #5: repost-text dev pages).
    "past performance is not"sv, "trading cfds carries"sv, "trading leveraged products carries"sv, "risikohinweis"sv, "advertencia de riesgo"sv, "avertissement sur les risques"sv, "includes third-party opinions"sv,
};

// Newsletter / app plugs (MEXC sample: "Subscribe to our newsletter. It's free.").
constexpr std::string_view kNewsletter[] = {
    "subscribe to our newsletter"sv, "sign up for our newsletter"sv, "sign up for the"sv,
    "subscribe to the newsletter"sv, "get the latest news in your inbox"sv, "download our app"sv,
    "newsletter abonnieren"sv, "abonnez-vous à notre newsletter"sv, "suscríbete a nuestro boletín"sv,
    "iscriviti alla newsletter"sv, "follow us on"sv,
    // Plugs of aggregator pages (issue #5: repost-text dev pages, MEXC sample).
    "in your inbox"sv, "enter your email"sv, "like what you read"sv, "readers of our"sv, "download the app"sv,
};

// Share bars (MEXC sample: "Share Insights", "Share").
constexpr std::string_view kShare[] = {
    "share"sv, "share insights"sv, "share this article"sv, "share this"sv, "share on"sv, "tweet"sv,
    "copy link"sv, "teilen"sv, "partager"sv, "compartir"sv, "condividi"sv, "compartilhar"sv, "udostępnij"sv,
    "поделиться"sv,
    // Share bars as saved text (issue #5: repost-text dev pages).
    "share:"sv, "share this article"sv, "share on x"sv, "teilen auf"sv, "compartir en"sv, "partager sur"sv,
};

// Cookie/consent banners (GDPR consent-manager wording).
constexpr std::string_view kCookie[] = {
    "we use cookies"sv, "this site uses cookies"sv, "this website uses cookies"sv, "accept all cookies"sv,
    "cookie settings"sv, "cookie policy"sv, "manage consent"sv, "wir verwenden cookies"sv,
    "diese website verwendet cookies"sv, "nous utilisons des cookies"sv, "utilizamos cookies"sv,
    // Consent banners as saved text (issue #5: repost-text dev pages).
    "uses cookies"sv, "cookie-richtlinie"sv, "allow cookies"sv, "accept all"sv, "alle akzeptieren"sv, "reject non-essential"sv, "manage preferences"sv,
};

// Comment sections.
constexpr std::string_view kComments[] = {
    "comments"sv, "leave a comment"sv, "leave a reply"sv, "join the discussion"sv, "post a comment"sv,
    "kommentare"sv, "commentaires"sv, "comentarios"sv, "commenti"sv, "komentarze"sv,
    // Comment-section openers as saved text (issue #5: repost-text dev pages).
    "view comments"sv, "join the conversation"sv, "sign in to comment"sv, "replies"sv, "show comments"sv,
};

}  // namespace

const PhraseTable kRelatedOpeners{"related-opener", kRelated};
const PhraseTable kDisclaimerOpeners{"disclaimer", kDisclaimer};
const PhraseTable kNewsletterPhrases{"newsletter", kNewsletter};
const PhraseTable kShareLabels{"share", kShare};
const PhraseTable kCookiePhrases{"cookie", kCookie};
const PhraseTable kCommentPhrases{"comments", kComments};

bool equals_any(const PhraseTable& table, std::string_view key) {
    for (std::string_view p : table.phrases)
        if (key == p) return true;
    return false;
}

bool starts_with_any(const PhraseTable& table, std::string_view folded) {
    for (std::string_view p : table.phrases)
        if (folded.substr(0, p.size()) == p) return true;
    return false;
}

bool contains_any(const PhraseTable& table, std::string_view folded) {
    for (std::string_view p : table.phrases)
        if (folded.find(p) != std::string_view::npos) return true;
    return false;
}

}  // namespace newsclean::lexicon

namespace newsclean::lexicon {

using namespace std::string_view_literals;

namespace {

// Interstitial labels seen in text scrapes of reposted pages (repost-text dev
// pages: "Advertisement", "Story continues", "Show more", the "Follow" button of
// an author row, "Sign up"/"Subscribe" buttons; localised forms of the same).
constexpr std::string_view kInterstitial[] = {
    "advertisement"sv, "advertisements"sv, "sponsored"sv, "ad"sv, "anzeige"sv, "werbung"sv, "publicidad"sv,
    "publicité"sv, "pubblicità"sv, "реклама"sv, "story continues"sv, "story continues below"sv,
    "show more"sv, "see more"sv, "load more"sv, "continue reading"sv, "weiterlesen"sv, "mehr anzeigen"sv,
    "leer más"sv, "lire la suite"sv, "follow"sv, "following"sv, "sign up"sv, "subscribe"sv, "log in"sv,
    "sign in"sv, "print"sv, "copy link"sv,
    // Tag rows ("Tags: bitcoin, etf") of news CMSs.
    "tags"sv, "topics"sv, "schlagwörter"sv, "themen"sv, "étiquettes"sv, "sujets"sv, "etiquetas"sv, "temas"sv,
    "теги"sv,
};

// Caption credits (repost-text dev pages: "… Image: Shutterstock", "Chart via
// TradingView", "Photo: Getty Images", "Illustration: newsroom graphics desk";
// the common agency forms in de/fr/es).
constexpr std::string_view kCaptions[] = {
    "image:"sv, "photo:"sv, "picture:"sv, "illustration:"sv, "photograph:"sv, "credit:"sv, "chart via"sv,
    "image via"sv, "photo via"sv, "bild:"sv, "foto:"sv, "imagen:"sv, "crédit photo"sv,
};

// Log levels of common logging libraries (syslog, log4j, Python logging).
constexpr std::string_view kLogLevelWords[] = {
    "trace"sv, "debug"sv, "info"sv, "notice"sv, "warn"sv, "warning"sv, "error"sv, "err"sv, "fatal"sv,
    "critical"sv, "crit"sv, "alert"sv, "emerg"sv, "severe"sv,
};

// Two-date reposts (corpus/repost/README.md, tag two-dates: "Originally posted by X · 2025-03-09",
// "Originally published: …", "First published on X on …", "This story first appeared on X on …",
// "Original: 19.09.2025 04:20"; de/fr/es equivalents).
constexpr std::string_view kOriginalDate[] = {
    "originally published"sv, "originally posted"sv, "originally appeared"sv, "first published"sv,
    "first appeared"sv, "first posted"sv, "original:"sv, "ursprünglich veröffentlicht"sv,
    "erstveröffentlichung"sv, "zuerst erschienen"sv, "publié initialement"sv, "publicado originalmente"sv,
};

// Read-time lines of CMS headers and reader views (Firefox Reader View "5–6 minutes",
// Medium "3 min read", de "Lesezeit", fr "min de lecture", es "min de lectura").
constexpr std::string_view kReadTime[] = {
    "min read"sv, "minute read"sv, "minutes read"sv, "minutes"sv, "mins"sv, "lesezeit"sv, "minuten"sv,
    "min de lecture"sv, "de lecture"sv, "min de lectura"sv, "minutos"sv, "мин"sv,
};

// Modification dates, never the publication date (corpus/repost/README.md:
// "Never an Updated/modified date"); en, de, fr, es, it, pt, nl, ru.
constexpr std::string_view kModified[] = {
    "updated"sv, "last updated"sv, "modified"sv, "last modified"sv, "aktualisiert"sv, "zuletzt aktualisiert"sv,
    "mis à jour"sv, "actualizado"sv, "aggiornato"sv, "atualizado"sv, "bijgewerkt"sv, "обновлено"sv,
};

}  // namespace

const PhraseTable kInterstitialLabels{"interstitial", kInterstitial};
const PhraseTable kCaptionCredits{"caption", kCaptions};
const PhraseTable kLogLevels{"log-level", kLogLevelWords};
const PhraseTable kOriginalDateMarkers{"original-date", kOriginalDate};
const PhraseTable kModifiedDateMarkers{"modified-date", kModified};
const PhraseTable kReadTimeWords{"read-time", kReadTime};

}  // namespace newsclean::lexicon
