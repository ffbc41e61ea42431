// A story's sentence that opens with a byline's word ("By the end of the trial, …", "Von der Leyen sagte …",
// "Text messages show …") is prose: the body keeps it and no byline is read from it, on the HTML and the
// text path. Next to each case, the byline rows the same words open, which stay bylines.
#include <catch2/catch.hpp>

#include <string>
#include <variant>

#include "extract/boilerplate_text.hpp"
#include "extract/byline.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;

const std::string kByTheEnd =
    "By the end of the trial, most of the children in the group that ate peanuts could eat them safely.";
const std::string kVonDerLeyen = "Von der Leyen sagte am Montag, die Kommission werde rasch handeln.";

// An article page: the headline, `first` as the first paragraph, then the study's paragraphs.
Article html_article(const std::string& first) {
    const std::string page = study_page("<article><h1>" + kStudyTitle + "</h1><p>" + first + "</p><p>" + kStudyP1 + "</p><p>" +
                                        kStudyP2 + "</p><p>" + kStudyP3 + "</p></article>");
    Result result = clean_bytes(page, "test.html", Options{});
    if (const auto* f = std::get_if<Failure>(&result)) FAIL(f->reason);
    return std::get<Article>(std::move(result));
}

// The same story as a text scrape.
Article text_story(const std::string& first) {
    return text_article({kStudyTitle, "", first, "", kStudyP1, "", kStudyP2, "", kStudyP3});
}

}  // namespace

TEST_CASE("a first paragraph opening with 'By the' or 'Von der' is the story's, not a byline", "[by-word-sentence]") {
    for (const std::string& first : {kByTheEnd, kVonDerLeyen}) {
        INFO(first);
        const Article html = html_article(first);
        CHECK(html.body().starts_with(first));
        CHECK_FALSE(html.byline);
        const Article text = text_story(first);
        CHECK(text.body().starts_with(first));
        CHECK_FALSE(text.byline);
    }
}

TEST_CASE("byline rows opening with the same words stay bylines", "[by-word-sentence]") {
    // A name after the word: the byline, and the row leaves the body.
    const Article html = html_article("By Jane Doe and John Roe, Reuters");
    CHECK(html.byline.value_or("") == "Jane Doe and John Roe, Reuters");
    CHECK(html.body().starts_with(kStudyP1));
    const Article text = text_story("Von Anna Schmidt");
    CHECK(text.byline.value_or("") == "Anna Schmidt");
    CHECK(text.body().starts_with(kStudyP1));
}

TEST_CASE("is_sentence_after_by_word: a label word, a lower-case word, a sentence", "[by-word-sentence]") {
    CHECK(extract::is_sentence_after_by_word(kByTheEnd));
    CHECK(extract::is_sentence_after_by_word(kVonDerLeyen));
    CHECK(extract::is_sentence_after_by_word("Text messages show that the minister knew about the deal."));
    // A name after the word, a short credit, no sentence end, a colon label, no label word at all.
    CHECK_FALSE(extract::is_sentence_after_by_word("By Jane Doe and John Roe of the Reuters desk in London."));
    CHECK_FALSE(extract::is_sentence_after_by_word("von dpa."));
    CHECK_FALSE(extract::is_sentence_after_by_word("By the staff of the Financial Times, London bureau"));
    CHECK_FALSE(extract::is_sentence_after_by_word("Autor: der Redaktion zufolge war es ein langer Tag."));
    CHECK_FALSE(extract::is_sentence_after_by_word("Posted by the editors of the site on a Monday."));
    // The body's header sweep asks the same: the sentence is no meta line, the credits are.
    CHECK_FALSE(extract::is_meta_line(kByTheEnd));
    CHECK(extract::is_meta_line("von dpa"));
    CHECK(extract::is_meta_line("By Jane Doe"));
    CHECK(extract::byline_label(kVonDerLeyen) == extract::BylineLabel::none);
    CHECK(extract::byline_label("Von Anna Schmidt") == extract::BylineLabel::author);
}
