// Body rules of the seventeenth round of unseen page shells (study-t: berlingske, aftenposten, digi24), text
// scrapes: da/no/sv share rows, ro related and ad labels, da/no newsletter boxes and tip lines. Each rule has a
// trap next to it: the nearest legitimate text stays.
#include <catch2/catch.hpp>

#include <string>

#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;

}  // namespace

TEST_CASE("round 17 body: da/no/sv share and tool rows, glued or spaced (X1)", "[body-round-17]") {
    for (const std::string row : {"Del artikelGemLyt til artiklen", "DelKopier lenkeLagre", "Del Kopier lenke Lagre",
                                  "DelaSparaLyssna"})
        CHECK(boilerplate_rule(row) == "share");
    const Article da = study_text_page({"Af Mette Holm", "27. november 2026", "", "Del artikelGemLyt til artiklen"});
    CHECK_FALSE(has(da.body(), "Lyt til artiklen"));
    CHECK(has(da.body(), kParagraph));
    const Article no = study_text_page({"Kari Nordmann", "26. nov. 2026", "", "DelKopier lenkeLagre"});
    CHECK_FALSE(has(no.body(), "Kopier lenke"));
    // Traps: es/it headings opening with "Del", and a sentence on sharing, stay.
    CHECK(boilerplate_rule("Del dicho al hecho hay mucho trecho") == "");
    CHECK(boilerplate_rule("Del artikel 12 i grundloven følger det, at regeringen skal høres.") == "");
}

TEST_CASE("round 17 body: ro read-also and ad labels between paragraphs (X2)", "[body-round-17]") {
    const Article a = text_article({"Home News Markets", "", kStudyTitle, "", "Andreea Ionescu", "Nov 28, 2026", "",
                                    kParagraph, "", "Citește și: BNR menține dobânda de politică monetară la 6,5%", "",
                                    "Publicitate", "", kStudyLast, ""});
    CHECK(has(a.body(), kParagraph));
    CHECK_FALSE(has(a.body(), "Citește și"));
    CHECK_FALSE(has(a.body(), "Publicitate"));
    CHECK(boilerplate_rule("Publicitate") != "");
    // Trap: a sentence naming advertising stays.
    CHECK(boilerplate_rule("Publicitate online a crescut cu 12% în 2026, potrivit datelor publicate joi.") == "");
}

TEST_CASE("round 17 body: da/no newsletter box and tip line after the story (X3)", "[body-round-17]") {
    CHECK(boilerplate_rule("Tilmeld dig vores nyhedsbrev og få dagens vigtigste erhvervsnyheder.") == "newsletter");
    CHECK(boilerplate_rule("Få Berlingske Business i din indbakke") == "newsletter");
    CHECK(boilerplate_rule("Har du tips om denne saken? Kontakt oss.") == "newsletter");
    CHECK(boilerplate_rule("Have a tip? Send it to our newsroom.") == "newsletter");
    const Article a = study_text_page({"Kari Nordmann", "26. nov. 2026"}, {"Har du tips om denne saken? Kontakt oss."});
    CHECK_FALSE(has(a.body(), "Har du tips"));
    // Trap: a story's own tips stay.
    CHECK(boilerplate_rule("Ekspertene har fem tips om hvordan du sparer strøm i vinter.") == "");
}
