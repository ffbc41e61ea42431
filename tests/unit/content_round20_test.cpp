// HTML body rules of the twentieth round, from the nineteenth round's unseen page shells (study-v: khaosod's Thai
// date rows, obsidian's chip row glued to the date, vigo's two-stamp date row widening the content, kumparan's
// closing source line). Each rule has a trap next to it: the nearest legitimate text stays.
#include <catch2/catch.hpp>

#include <string>

#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;

Article html_article(const std::string& html) {
    Result result = clean_bytes(html, "test.html", Options{});
    if (const auto* f = std::get_if<Failure>(&result)) FAIL(f->reason);
    return std::get<Article>(std::move(result));
}

const std::string kThaiTitle = "กทม.ขยายเรือไฟฟ้าคลองผดุงฯ เพิ่ม 5 ท่าเรือ";
const std::string kThaiP1 = "กรุงเทพมหานครเตรียมเปิดให้บริการเรือโดยสารไฟฟ้าในคลองผดุงกรุงเกษมเพิ่มอีก 5 ท่าเรือ "
                            "ตั้งแต่วันที่ 1 ธันวาคมเป็นต้นไป";
const std::string kThaiP2 = "ผู้ว่าราชการกรุงเทพมหานครกล่าวว่า การขยายเส้นทางครั้งนี้จะช่วยลดปัญหาการจราจรในย่านใจกลางเมือง";
const std::string kThaiP3 = "เรือโดยสารจะให้บริการทุก 15 นาที ตั้งแต่เวลา 06.00 ถึง 19.00 น. "
                            "โดยไม่เก็บค่าโดยสารในช่วงทดลองสามเดือนแรก";

// khaosod's layout: the headline, the header's `row`, then the story's box.
std::string thai_page(const std::string& row) {
    return "<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>" + kThaiTitle +
           " - ข่าวสด</title></head><body><main><article class=\"udsg\"><h1 class=\"udsg__main-title\">" + kThaiTitle +
           "</h1>" + row + "<div class=\"udsg__content\"><p>" + kThaiP1 + "</p><p>" + kThaiP2 + "</p><p>" + kThaiP3 +
           "</p></div></article></main></body></html>";
}

// A changelog's release post: `row` above the h1, the notes under it.
std::string release_page(const std::string& row) {
    return study_page("<main class=\"changelog\"><article>" + row + "<h1>" + kStudyTitle + "</h1><p>" + kStudyP1 +
                      "</p><p>" + kStudyP2 + "</p><p>" + kStudyP3 + "</p></article></main>");
}

// A municipal news item (vigo's Liferay-like shell): headline h2, the date row `row`, the text box, then the
// attachments box and share row, all in one wrapper.
const std::string kGlP1 = "Abriuse o prazo para solicitar as axudas municipais ao aluguer da vivenda para persoas "
                          "menores de 35 anos empadroadas en Vigo.";
const std::string kGlP2 = "As solicitudes poderán presentarse a través da sede electrónica do Concello ata o 31 de "
                          "decembro.";
std::string municipal_page(const std::string& row) {
    return "<!DOCTYPE html><html lang=\"gl\"><head><meta charset=\"utf-8\"><title>Concello de Vigo</title></head><body>"
           "<div id=\"contido\"><div class=\"nova\"><h2 class=\"titulo\">Axudas ao aluguer para a mocidade: aberto o "
           "prazo</h2>" + row + "<div class=\"texto\"><p>" + kGlP1 + "</p><h3>Requisitos</h3><ul><li>Ter entre 18 e "
           "35 anos na data da solicitude.</li><li>Estar empadroado no municipio cunha antigüidade mínima de seis "
           "meses.</li><li>Non superar uns ingresos anuais de 2,5 veces o IPREM.</li></ul><p>" + kGlP2 + "</p></div>"
           "<div class=\"adxuntos\"><h3>Documentos adxuntos</h3><ul class=\"list\"><li><a href=\"/x\">Bando da "
           "Alcaldía (PDF, 214 KB)</a></li><li><a href=\"/x\">Plano de cortes de tráfico (PDF, 1,2 MB)</a></li></ul>"
           "</div><div class=\"compartir\"><span>Compartir:</span><a href=\"/x\">Facebook</a><a href=\"/x\">X</a><a "
           "href=\"/x\">Correo electrónico</a></div></div></div></body></html>";
}

}  // namespace

TEST_CASE("round 20 body: a header row whose date the date reader reads goes (H2)", "[content-round-20]") {
    // The Thai clock's "น." ends the row with a dot: the sweep's meta-line test took it for a sentence.
    const std::string short_month = html_body(
        thai_page("<div class=\"udsg__meta\"><span class=\"udsg__meta-date\">28 พ.ย. 2569 - 14:05 น.</span></div>"));
    CHECK_FALSE(has(short_month, "2569"));
    CHECK(has(short_month, kThaiP1));
    const Article signed_row = html_article(thai_page(
        "<div class=\"udsg__meta\"><span class=\"udsg__author\">ผู้เขียน: สมชาย ใจดี</span> <span "
        "class=\"udsg__meta-date\">27 พฤศจิกายน 2569 เวลา 09:30 น.</span></div>"));
    CHECK_FALSE(has(signed_row.body(), "พฤศจิกายน 2569"));
    CHECK_FALSE(has(signed_row.body(), "ผู้เขียน"));
    CHECK(signed_row.byline.value_or("") == "สมชาย ใจดี");  // the metadata still reads the row
    CHECK(signed_row.date.value_or("").substr(0, 10) == "2026-11-27");
    // Trap: a line mentioning a date in its words stays although the date sits in an element of its own.
    const std::string mention = html_body(
        thai_page("<p>เริ่มให้บริการตั้งแต่วันที่ <strong>1 ธันวาคม 2569</strong> เป็นต้นไป</p>"));
    CHECK(has(mention, "เป็นต้นไป"));
}

TEST_CASE("round 20 body: chips glued to a date above the headline go (H3)", "[content-round-20]") {
    const std::string glued = html_body(release_page(
        "<div class=\"changelog-meta\"><span class=\"tag\">Desktop</span><span class=\"tag\">Public</span><span "
        "class=\"date\">November 20, 2026</span></div>"));
    CHECK_FALSE(has(glued, "Desktop"));
    CHECK_FALSE(has(glued, "November 20, 2026"));
    CHECK(has(glued, kStudyP1));
    const std::string pills = html_body(release_page(
        "<p class=\"meta\"><span class=\"pill\">Mobile</span><span class=\"pill\">Beta</span><time>December 3, "
        "2026</time></p>"));
    CHECK_FALSE(has(pills, "MobileBeta"));
    // Traps: a first paragraph opening with a date, set in an element or not, stays; so does a table row of data
    // (an infobox's "Founded" over its date, readability wikipedia).
    const std::string opening = html_body(release_page("<p><b>November 20, 2026</b> — The council voted 5-2 to close the road.</p>"));
    CHECK(has(opening, "The council voted 5-2"));
    const std::string lede = html_body(release_page(
        "<p>November 20, 2026 — The council voted to close the road for the winter, ending a debate that has split "
        "the town.</p>"));
    CHECK(has(lede, "The council voted to close the road"));
    const std::string infobox = html_body(release_page(
        "<table class=\"infobox\"><tr><th>Founded</th><td>February 28, 1998</td></tr><tr><th>Founder</th><td>Netscape "
        "Communications</td></tr></table>"));
    CHECK(has(infobox, "Founded"));
}

TEST_CASE("round 20 body: a two-stamp date row does not widen the content to its wrapper (H4)", "[content-round-20]") {
    const std::string two = html_body(municipal_page("<p class=\"data\">Actualizado: 29/11/2026 · Publicado: 20/11/2026</p>"));
    CHECK_FALSE(has(two, "Documentos adxuntos"));
    CHECK_FALSE(has(two, "Compartir"));
    CHECK_FALSE(has(two, "aberto o prazo"));
    CHECK(has(two, kGlP1));
    CHECK(has(two, kGlP2));
    CHECK(has(two, "Requisitos"));
    // Trap: the one-stamp twin (too short to score) chose the text box before this round and still does.
    const std::string one = html_body(municipal_page("<p class=\"data\">Publicado: 20/11/2026</p>"));
    CHECK_FALSE(has(one, "Compartir"));
    CHECK(has(one, kGlP2));
}

TEST_CASE("round 20 body: a closing source line in a language the label table knows goes (H1)", "[content-round-20]") {
    // kumparan's tail: the source line, then the tag links and the reactions box. The reporter signs the story,
    // so the round-18 "<label>: <byline>" drop cannot help: the label tells.
    const std::string tail = "<div class=\"Tags\"><a href=\"/x\">Bank Indonesia</a><a href=\"/x\">Suku Bunga BI</a></div>";
    for (const std::string line : {"Fuente: EFE", "Izvor: Hina", "Джерело: Укрінформ", "Fonte: ANSA"}) {
        const Article a = html_article(study_page("<main><div class=\"StoryDetail\"><h1>" + kStudyTitle +
                                                  "</h1><div class=\"Byline\">Rizky Ramadhan</div><div "
                                                  "class=\"StoryRenderer\"><p>" + kStudyP1 + "</p><p>" + kStudyP2 +
                                                  "</p><p>" + kStudyP3 + "</p><p class=\"source\">" + line + "</p></div>" +
                                                  tail + "</div></main>"));
        CHECK_FALSE(has(a.body(), line));
        CHECK(has(a.body(), kStudyP3));
    }
}

// No label table knows id "Sumber" here: a wire's name in capitals after a one-word label closes the story
// whatever the label's language (is_wire_acronym); M's round-20 words add "sumber" to the label table too.
TEST_CASE("round 20 body: '<label>: <WIRE>' closes the story in any language (H1)", "[content-round-20]") {
    const auto page = [](const std::string& line) {
        return html_article(study_page("<main><div class=\"StoryDetail\"><h1>" + kStudyTitle + "</h1><div "
                                       "class=\"Byline\">Rizky Ramadhan</div><div class=\"StoryRenderer\"><p>" +
                                       kStudyP1 + "</p><p>" + kStudyP2 + "</p><p>" + kStudyP3 + "</p><p class=\"source\">" +
                                       line + "</p></div></div></main>"));
    };
    CHECK_FALSE(has(page("Sumber: ANTARA").body(), "Sumber"));
    CHECK_FALSE(has(page("Chanzo: KBC").body(), "Chanzo"));
    CHECK(has(page("Sumber: ANTARA").body(), kStudyP3));
    // Traps: a closing note whose word after the colon is no wire's capitals stays, and so does a line of a
    // label no table knows and an acronym inside the story (a known source label, "Source:" or M's "Sumber:",
    // is a credit wherever it stands).
    CHECK(has(page("Catatan: Penting").body(), "Catatan: Penting"));
    const Article mid = html_article(study_page("<article><h1>" + kStudyTitle + "</h1><div class=\"author\">Rizky "
                                                "Ramadhan</div><div class=\"text\"><p>" + kStudyP1 + "</p><p>Chanzo: "
                                                "KBC</p><p>" + kStudyP2 + "</p><p>" + kStudyP3 + "</p></div></article>"));
    CHECK(has(mid.body(), "Chanzo: KBC"));
}
