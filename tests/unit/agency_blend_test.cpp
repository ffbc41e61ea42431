// A newsroom credit that names the wires it blended in ("Source: Al Jazeera and news agencies", "By Staff
// with agencies", "mit Agenturen"): the agencies name nobody, so the source and byline are the newsroom's.
#include <catch2/catch.hpp>

#include <string>

#include "metadata_test_support.hpp"
#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;
using namespace newsclean::metatest;

}  // namespace

TEST_CASE("a source line's blended agencies are not part of the outlet", "[byline][source][agencies]") {
    CHECK(source("Source: Al Jazeera and news agencies") == "Al Jazeera");
    CHECK(source("Source: AFP and agencies") == "AFP");
    CHECK(source("Quelle: Deutsche Welle mit Agenturen") == "Deutsche Welle");
    CHECK(source("Fuente: El País con agencias") == "El País");
}

TEST_CASE("a text scrape's closing source line names the newsroom alone", "[text][source][agencies]") {
    const Article a = study_text_page({"Floods kill dozens in Kenya", "Published On 28 Nov 2026"},
                                      {"Source: Al Jazeera and news agencies"});
    CHECK(a.source == std::optional<std::string>("Al Jazeera"));
    CHECK(a.byline == std::optional<std::string>("Al Jazeera"));
}

TEST_CASE("'and' joining two named outlets still names both", "[byline][source][agencies][trap]") {
    CHECK(byline("By Jane Doe and Agence France-Presse") == "Jane Doe and Agence France-Presse");
    CHECK(source("Source: Reuters and AP") == "Reuters and AP");
}
