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
};

// Repost/aggregator and finance-site disclaimers (MEXC sample: "Disclaimer: The
// articles reposted on this site are sourced from public platforms ...").
constexpr std::string_view kDisclaimer[] = {
    "disclaimer:"sv, "disclaimer -"sv, "risk warning"sv, "risk disclosure"sv,
    "the articles reposted on this site"sv, "this content is for informational purposes only"sv,
    "this article is for informational purposes only"sv, "the information provided in this article"sv,
    "not financial advice"sv, "haftungsausschluss"sv, "aviso legal"sv, "avertissement"sv,
    "descargo de responsabilidad"sv, "esclusione di responsabilità"sv,
};

// Newsletter / app plugs (MEXC sample: "Subscribe to our newsletter. It's free.").
constexpr std::string_view kNewsletter[] = {
    "subscribe to our newsletter"sv, "sign up for our newsletter"sv, "sign up for the"sv,
    "subscribe to the newsletter"sv, "get the latest news in your inbox"sv, "download our app"sv,
    "newsletter abonnieren"sv, "abonnez-vous à notre newsletter"sv, "suscríbete a nuestro boletín"sv,
    "iscriviti alla newsletter"sv, "follow us on"sv,
};

// Share bars (MEXC sample: "Share Insights", "Share").
constexpr std::string_view kShare[] = {
    "share"sv, "share insights"sv, "share this article"sv, "share this"sv, "share on"sv, "tweet"sv,
    "copy link"sv, "teilen"sv, "partager"sv, "compartir"sv, "condividi"sv, "compartilhar"sv, "udostępnij"sv,
    "поделиться"sv,
};

// Cookie/consent banners (GDPR consent-manager wording).
constexpr std::string_view kCookie[] = {
    "we use cookies"sv, "this site uses cookies"sv, "this website uses cookies"sv, "accept all cookies"sv,
    "cookie settings"sv, "cookie policy"sv, "manage consent"sv, "wir verwenden cookies"sv,
    "diese website verwendet cookies"sv, "nous utilisons des cookies"sv, "utilizamos cookies"sv,
};

// Comment sections.
constexpr std::string_view kComments[] = {
    "comments"sv, "leave a comment"sv, "leave a reply"sv, "join the discussion"sv, "post a comment"sv,
    "kommentare"sv, "commentaires"sv, "comentarios"sv, "commenti"sv, "komentarze"sv,
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
