// HTML body rules of the eighth round of unseen page shells (study-k: BBC,
// Folha de S.Paulo, Hürriyet-style Turkish portals, Morningstar carrying Dow
// Jones and MT Newswires copy). Each rule has a trap next to it: the nearest
// legitimate text stays.
#include <catch2/catch.hpp>

#include <string>

#include "extract/boilerplate_text.hpp"
#include "extract/byline.hpp"
#include "extract/ticker.hpp"
#include "lexicon/phrases.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;
using newsclean::extract::text::LineKind;

// BBC's 2024+ article: <main id="main-content"> around one <article> whose
// children are the headline block, the byline block (name + role line), an
// image block, the text block(s) and the "Related topics" chips.
// `header_extra` goes between the byline block and the image block.
std::string bbc_page(const std::string& header_extra, const std::string& caption, const std::string& text_blocks) {
    return study_page(
        "<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav></header>"
        "<main id=\"main-content\"><article><div data-component=\"headline-block\"><h1>" + kStudyTitle +
        "</h1></div><div data-component=\"byline-block\"><div data-testid=\"byline-new\"><div><span>Bernd "
        "Debusmann Jr</span></div><div>BBC News, White House</div></div></div>" + header_extra +
        "<figure data-component=\"image-block\"><img alt=\"\" src=\"x.jpg\"><figcaption>" + caption +
        "</figcaption></figure>" + text_blocks +
        "<div data-component=\"tags\"><h2>Related topics</h2><ul><li><a href=\"/t/us\">United States</a></li>"
        "<li><a href=\"/t/pol\">Politics</a></li></ul></div></article></main>");
}

std::string text_block(const std::string& paragraphs) {
    return "<div data-component=\"text-block\">" + paragraphs + "</div>";
}

}  // namespace

TEST_CASE("round 8 body: a short story's <main> wrapper does not pull the BBC article's furniture in",
          "[body-round-8][article-column]") {
    const std::string body = html_body(bbc_page(
        "", "The announcement came after weeks of speculation",
        text_block("<p>" + kStudyP1 + "</p><p>" + kStudyP2 + "</p><p>" + kStudyP3 + "</p><p>" + kStudyLast + "</p>")));
    CHECK(has(body, kStudyP1));
    CHECK(has(body, kStudyLast));
    CHECK_FALSE(has(body, "BBC News, White House"));
    CHECK_FALSE(has(body, "The announcement came after weeks"));
    CHECK_FALSE(has(body, "Related topics"));
    CHECK_FALSE(has(body, "Politics"));
}

TEST_CASE("round 8 body: a lede sentence beside the text block keeps the article whole",
          "[body-round-8][article-column]") {
    // Trap (trafilatura zdh.de-foerderungsstopp): a standfirst under the headline is story text.
    const std::string body = html_body(bbc_page(
        "<div class=\"standfirst\">Doctors now advise parents to give peanut foods early.</div>",
        "The announcement came after weeks of speculation",
        text_block("<p>" + kStudyP1 + "</p><p>" + kStudyP2 + "</p><p>" + kStudyP3 + "</p><p>" + kStudyLast + "</p>")));
    CHECK(has(body, "Doctors now advise parents to give peanut foods early."));
    CHECK(has(body, kStudyP1));
    CHECK(has(body, kStudyLast));
}

TEST_CASE("round 8 body: a story split over sibling text blocks stays whole", "[body-round-8][article-column]") {
    // Trap (trafilatura tierwelt.ch-plez): the best box holds only part of the story.
    const std::string body = html_body(bbc_page(
        "", "The announcement came after weeks of speculation",
        text_block("<p>" + kStudyP1 + "</p>") + text_block("<p>" + kStudyP2 + "</p>") + text_block("<p>" + kStudyP3 + "</p>") +
            text_block("<p>" + kStudyLast + "</p>")));
    CHECK(has(body, kStudyP1));
    CHECK(has(body, kStudyP2));
    CHECK(has(body, kStudyP3));
    CHECK(has(body, kStudyLast));
}

// A Folha story: headline, byline, `middle` between the first and the last two paragraphs, `tail` after.
std::string folha_page(const std::string& middle, const std::string& tail) {
    return study_page("<article><h1>" + kStudyTitle + "</h1><div class=\"c-news__body\"><p>" + kStudyP1 + "</p>" + middle +
                "<p>" + kStudyP2 + "</p><p>" + kStudyP3 + "</p>" + tail + "</div></article>");
}

TEST_CASE("round 8 body: pt and tr inline related labels", "[body-round-8][related]") {
    const std::string headline = "Ether ETFs Record Fourth Straight Day of Inflows";
    CHECK(boilerplate_rule("LEIA MAIS: " + headline, headline.size()) == "related-inline");
    const std::string body = html_body(folha_page(
        "<p><strong>LEIA MAIS:</strong> <a href=\"/n/1\">" + headline + "</a></p>", ""));
    CHECK_FALSE(has(body, "LEIA MAIS"));
    CHECK(has(body, kStudyP2));
    // Trap: "leia mais" in a sentence, no label separator after it.
    CHECK(boilerplate_rule("Leia mais sobre a pesquisa no site da revista, disse o autor do estudo nesta quinta-feira.").empty());
    // Hürriyet's "İlgili Haber <headline>", no separator (text scrape), and its "İlgili Haberler" box heading.
    CHECK(kind_of("\xC4\xB0lgili Haber Stablecoin Supply Hits Record $290 Billion") == LineKind::inline_related);
    CHECK(kind_of("\xC4\xB0lgili Haberler") == LineKind::related_opener);
    // Trap: a sentence opening with the words ends in a stop.
    CHECK(kind_of("\xC4\xB0lgili haber sitesi konuyla ilgili bir a\xC3\xA7\xC4\xB1klama yapt\xC4\xB1.") !=
          LineKind::inline_related);
}

TEST_CASE("round 8 body: a translator's credit line is no story text", "[body-round-8][credits]") {
    CHECK(boilerplate_rule("Tradu\xC3\xA7\xC3\xA3o de Ana Souza") == "translator-credit");
    CHECK(boilerplate_rule("Traducci\xC3\xB3n de Mar\xC3\xAD" "a L\xC3\xB3pez y Juan P\xC3\xA9" "rez") == "translator-credit");
    CHECK(boilerplate_rule("Traduit par Marie Dubois") == "translator-credit");
    CHECK(boilerplate_rule("\xC3\x9C" "bersetzung: Jan Kurz") == "translator-credit");
    CHECK(boilerplate_rule("Translated by Ana Souza.") == "translator-credit");
    const std::string body = html_body(folha_page("", "<p>Tradu\xC3\xA7\xC3\xA3o de Ana Souza</p>"));
    CHECK_FALSE(has(body, "Ana Souza"));
    CHECK(has(body, kStudyP3));
    // Under the story and over a comment section: the trailing short lines would be kept.
    const Article text = study_text_page({}, {"Tradu\xC3\xA7\xC3\xA3o de Ana Souza", "", "Comments", ""});
    CHECK_FALSE(has(text.body(), "Ana Souza"));
    CHECK(has(text.body(), kStudyLast));
    // Traps: the words in a sentence, and a label before a lower-case phrase.
    CHECK(boilerplate_rule("Tradu\xC3\xA7\xC3\xA3o de documentos \xC3\xA9 cara.").empty());
    CHECK(boilerplate_rule("Translated by Google, the message read: we are coming.").empty());
}

TEST_CASE("round 8 body: the Dow Jones sign-off and MarketWatch note close wire copy", "[body-round-8][newswire]") {
    const std::string note =
        "This content was created by MarketWatch, which is operated by Dow Jones & Co. MarketWatch is published "
        "independently from Dow Jones Newswires and The Wall Street Journal.";
    CHECK(boilerplate_rule(note) == "disclaimer");
    // The sign-off is the byline's name after a dash: only the byline tells it from a quote's attribution.
    const extract::BylineParts joy{"Joy Wiltermuth", {"Joy Wiltermuth"}};
    CHECK(extract::is_sign_off("-Joy Wiltermuth", joy));
    CHECK(extract::is_sign_off("\xE2\x80\x94 Joy Wiltermuth", joy));
    CHECK_FALSE(extract::is_sign_off("-Mark Twain", joy));
    CHECK_FALSE(extract::is_sign_off("- Apples and pears", joy));
    CHECK_FALSE(extract::is_sign_off("Joy Wiltermuth", joy));
    auto wire_page = [&](const std::string& sign_off) {
        return study_page("<article><h1>" + kStudyTitle + "</h1><p class=\"byline\">By Joy Wiltermuth</p><div><p>" + kStudyP1 +
                    "</p><p>" + kStudyP2 + "</p><p>" + kStudyP3 + "</p><p>" + sign_off + "</p><p>" + note +
                    "</p><p>(END) Dow Jones Newswires</p></div></article>");
    };
    const std::string body = html_body(wire_page("-Joy Wiltermuth"));
    CHECK_FALSE(has(body, "-Joy"));
    CHECK_FALSE(has(body, "operated by Dow Jones"));
    CHECK(has(body, kStudyP3));
    const Article text = study_text_page({"By Joy Wiltermuth", "Sep 19, 2025"},
                                         {"-Joy Wiltermuth", "", note, "", "(END) Dow Jones Newswires", ""});
    CHECK_FALSE(has(text.body(), "-Joy"));
    CHECK_FALSE(has(text.body(), "operated by Dow Jones"));
    CHECK(has(text.body(), kStudyLast));
    // Traps: another name after a dash (a quote's attribution), a page naming no author, an index run by
    // S&P Dow Jones Indices.
    CHECK(has(html_body(wire_page("-Mark Twain")), "-Mark Twain"));
    CHECK(has(html_body(folha_page("", "<p>-Joy Wiltermuth</p>")), "-Joy Wiltermuth"));
    CHECK(boilerplate_rule("The index, which is operated by S&P Dow Jones Indices, rose 2% on Thursday after the data.").empty());
}

TEST_CASE("round 8 body: MT Newswires' quote line is a ticker", "[body-round-8][ticker]") {
    const std::string quote = "Price: 228.15, Change: +2.77, Percent Change: +1.23";
    CHECK(extract::is_quote_fields(quote));
    CHECK(extract::is_quote_fields("Price: 12.40; Volume: 1,204,300"));
    CHECK(boilerplate_rule(quote) == "ticker");
    CHECK(kind_of(quote) == LineKind::ticker);
    const std::string body = html_body(folha_page("", "<p>" + quote + "</p>"));
    CHECK_FALSE(has(body, "Percent Change"));
    CHECK(has(body, kStudyP3));
    // Traps: a label before words, one field alone, a field label no quote line uses.
    CHECK_FALSE(extract::is_quote_fields("Price: the company did not disclose the terms, sources said"));
    CHECK_FALSE(extract::is_quote_fields("Price: 228.15"));
    CHECK_FALSE(extract::is_quote_fields("Score: 3, Change: +2"));
    CHECK(boilerplate_rule("Price: the company did not disclose the terms of the deal, which values it at $2 billion.").empty());
}

TEST_CASE("round 8 body: Folha's gift box and Portuguese tail in a text scrape", "[body-round-8][pt-tail]") {
    std::vector<std::string> lines{"Folha de S.Paulo Assine Entrar Menu", "", kStudyTitle, "", "Marina Dias",
                                   "19.set.2025 \xC3\xA0s 4h20", "",
                                   "Assinantes podem liberar 7 acessos por dia para conte\xC3\xBA" "dos da Folha.", "",
                                   kParagraph, "", kStudyLast, "", "Receba not\xC3\xAD" "cias da Folha", "",
                                   "Cadastre-se e escolha quais newsletters gostaria de receber", "Cadastrar",
                                   "Relacionadas", "", "Bitcoin Holds Above $115K as Traders Eye Fed Decision",
                                   "Gold Retreats From Record High as Dollar Firms", "Coment\xC3\xA1rios", "",
                                   "Os coment\xC3\xA1rios n\xC3\xA3o representam a opini\xC3\xA3o do jornal; a "
                                   "responsabilidade \xC3\xA9 do autor da mensagem.", "",
                                   "\xC2\xA9 2025 Folha de S.Paulo. Todos os direitos reservados."};
    const std::string body = text_article(lines).body();
    CHECK(has(body, kParagraph));
    CHECK(has(body, kStudyLast));
    for (const char* leak : {"Assinantes", "Receba", "Cadastr", "Relacionadas", "Bitcoin Holds", "Coment", "Folha de S.Paulo"})
        CHECK_FALSE(has(body, leak));
    CHECK(boilerplate_rule("\xC2\xA9 2025 Folha de S.Paulo. Todos os direitos reservados.") == "copyright");
    CHECK(boilerplate_rule("Coment\xC3\xA1rios") == "comments");
    CHECK(boilerplate_rule("Assinantes podem liberar 7 acessos por dia para conte\xC3\xBA" "dos da Folha.") == "paywall");
    // Traps: the phrases inside story sentences.
    CHECK(boilerplate_rule("Assinantes podem ler a edi\xC3\xA7\xC3\xA3o digital completa a partir das 5h, informou o jornal.").empty());
    CHECK(boilerplate_rule("O tribunal decidiu que todos os direitos reservados ao autor da obra foram respeitados na "
               "reprodu\xC3\xA7\xC3\xA3o feita pela editora, segundo a senten\xC3\xA7" "a publicada nesta quinta.")
              .empty());
}

TEST_CASE("round 8 body: the new lexicon tables are non-empty", "[body-round-8][lexicon]") {
    using namespace newsclean::lexicon;
    for (const PhraseTable* t : {&kTranslatorCredits, &kBareRelatedLabels, &kQuoteFieldLabels}) {
        INFO(t->name);
        CHECK_FALSE(t->phrases.empty());
    }
}

TEST_CASE("round 8 body: BBC's Related topics chips after the story are a related box", "[body-round-8][related]") {
    // The chips as a saved page may hold them: links without their targets.
    const std::string body = html_body(study_page(
        "<main id=\"main-content\"><article><div data-component=\"headline-block\"><h1>" + kStudyTitle +
        "</h1></div><div data-component=\"text-block\"><p>" + kStudyP1 + "</p><p>" + kStudyP2 + "</p><p>" + kStudyP3 +
        "</p></div><div data-component=\"tags\"><h2>Related topics</h2><ul><li><a>United States</a></li>"
        "<li><a>Politics</a></li></ul></div></article></main>"));
    CHECK(has(body, kStudyP3));
    CHECK_FALSE(has(body, "Related topics"));
    CHECK_FALSE(has(body, "Politics"));
    // Trap: the words in a sentence of the story.
    CHECK(boilerplate_rule("Related topics such as food safety were also discussed at the meeting, the agency said.").empty());
}
