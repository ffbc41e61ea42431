// Helpers of the repost-shell tests (repost_body_test.cpp, repost_text2_test.cpp):
// a short story, and one call each for an HTML page's body, a text scrape's
// article and one line's kind.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <variant>
#include <vector>

#include "extract/boilerplate_text.hpp"
#include "extract/text_scrape.hpp"
#include "newsclean/newsclean.hpp"

namespace newsclean::test {

inline const std::string kStory =
    "<p>The central bank left its benchmark rate unchanged on Thursday, citing persistent inflation in services "
    "and a labour market that has cooled only gradually over the summer months.</p>"
    "<p>Officials signalled that two further cuts remain possible before the end of the year, although several "
    "members of the committee argued for a more cautious path given the recent rise in energy prices.</p>";

inline const std::string kParagraph =
    "The regulator said on Tuesday that it would review the rules for listed exchanges before the end of the "
    "year, after a string of outages left customers unable to trade for hours.";

// The headline and closing paragraph of the study shells' handwritten pages
// (study-g and study-h rounds: the peanut-allergy story).
inline const std::string kStudyTitle = "Babies Who Eat Peanuts Early May Avoid Allergy";
inline const std::string kStudyLast =
    "Markets barely moved on the decision, and traders said they would now watch the jobs report due next week "
    "for signs that the labour market is cooling faster than expected.";

// The opening paragraphs of the readability source every study shell wraps (peanut-allergy story).
inline const std::string kStudyP1 =
    "Life-threatening peanut allergies have mysteriously been on the rise in the past decade, with little hope for "
    "a cure, researchers said on Thursday.";
inline const std::string kStudyP2 =
    "But a groundbreaking new study may offer a way to stem that rise, while another may offer some hope for those "
    "who are already allergic to peanuts.";
inline const std::string kStudyP3 =
    "Overall, about 3% of kids who ate peanut butter or peanut snacks before their first birthday got an allergy by "
    "age 5, compared with 17% of kids who avoided it.";

// An HTML page titled kStudyTitle around `body`.
inline std::string study_page(const std::string& body) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + kStudyTitle +
           "</title></head><body>" + body + "</body></html>";
}

// A study story page: kStudyTitle as the h1, kStudyP1, `middle`, kStudyP2 and kStudyP3, then `tail`, in the
// article's content div (the body-round tests put the element under test in `middle` or `tail`).
inline std::string story_page(const std::string& middle, const std::string& tail = "") {
    return study_page("<article><h1>" + kStudyTitle + "</h1><div class=\"content\"><p>" + kStudyP1 + "</p>" + middle +
                      "<p>" + kStudyP2 + "</p><p>" + kStudyP3 + "</p>" + tail + "</div></article>");
}

// The boilerplate rule a line of text matches ("" when none).
inline std::string boilerplate_rule(const std::string& text, std::size_t link_chars = 0) {
    return std::string(extract::boilerplate_text_rule(text, link_chars));
}

inline std::string html_body(const std::string& html) {
    Result result = clean_bytes(html, "test.html", Options{});
    if (const auto* f = std::get_if<Failure>(&result)) FAIL(f->reason);
    return std::get<Article>(result).body();
}

inline Article text_article(std::vector<std::string> lines) {
    Result result = extract::text::extract_text_scrape(lines);
    if (const auto* f = std::get_if<Failure>(&result)) FAIL(f->reason);
    return std::get<Article>(std::move(result));
}

// The calendar day of an article's date, "" when it has none.
inline std::string day_of(const Article& a) { return a.date.value_or("").substr(0, 10); }

// A study page's text scrape: the nav bar, kStudyTitle, the header rows given,
// the story (kParagraph, kStudyLast), then `tail` (lines under the story).
inline Article study_text_page(std::vector<std::string> header, std::vector<std::string> tail = {}) {
    std::vector<std::string> lines{"Home News Markets", "", kStudyTitle, ""};
    for (std::string& h : header) lines.push_back(std::move(h));
    for (const std::string& t : {std::string(), kParagraph, std::string(), kStudyLast, std::string()}) lines.push_back(t);
    for (std::string& t : tail) lines.push_back(std::move(t));
    return text_article(std::move(lines));
}

// A story of two paragraphs under `header` (the headline, then its rows, each followed by a blank line), the
// way the held-out studies' text twins print it.
inline Article header_text_page(std::vector<std::string> header) {
    std::vector<std::string> lines;
    for (std::string& h : header) lines.push_back(std::move(h)), lines.emplace_back();
    for (const std::string& t : {kParagraph, std::string(), kStudyLast}) lines.push_back(t);
    return text_article(std::move(lines));
}

// An expected optional field, for CHECK(a.byline == opt("…")).
inline std::optional<std::string> opt(const std::string& s) { return s; }

inline extract::text::LineKind kind_of(std::string line) {
    return extract::text::classify_lines({std::move(line)}).front().kind;
}

inline bool has(const std::string& body, const std::string& part) { return body.find(part) != std::string::npos; }

}  // namespace newsclean::test
