// Helpers of the metadata tests (metadata_repost_test.cpp, metadata_round3_test.cpp,
// byline_test.cpp, credits_round5_test.cpp, bylines_round6_test.cpp): a short story, an HTML page or a text scrape
// around a header under test, and the day of a date.
#pragma once

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <variant>

#include "extract/byline.hpp"
#include "extract/dates.hpp"
#include "newsclean/newsclean.hpp"

namespace newsclean::metatest {

inline Article clean(const std::string& bytes, const char* name) {
    auto r = clean_bytes(bytes, name, {});
    REQUIRE(std::holds_alternative<Article>(r));
    return std::get<Article>(std::move(r));
}

constexpr const char* kStory =
    "The central bank left its benchmark rate unchanged on Thursday, citing persistent inflation in services and a "
    "labour market that has cooled only gradually over the summer months.";
constexpr const char* kStoryEnd =
    "Markets had largely priced in the decision, and bond yields moved little after the announcement was published "
    "in the afternoon.";

// An HTML page: `head` inside <head>, `body`, then the short story.
inline Article page(const std::string& body, const std::string& head = "<title>Fed holds rates steady | Site</title>") {
    return clean("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">" + head + "</head><body>" + body +
                     "<div class=\"article-body\"><p>" + kStory + "</p><p>" + kStoryEnd + "</p></div></body></html>",
                 "test.html");
}

// A plain-text scrape: `header` (headline and meta lines), then the short story.
inline Article scrape(const std::string& header) {
    return clean(header + "\n\n" + kStory + "\n\n" + kStoryEnd + "\n", "post.txt");
}

// parse_date of `text` as ISO 8601, or "none".
inline std::string iso(std::string_view text, std::string_view lang = {}) {
    const auto d = extract::parse_date(text, lang);
    return d ? d->iso() : std::string("none");
}
inline std::string day(const std::optional<std::string>& iso) { return iso ? iso->substr(0, 10) : "none"; }

// The names parse_byline reads from one line, the source parse_source_line reads, an article's byline:
// "none" when there is none.
inline std::string byline(std::string_view text) {
    const auto b = extract::parse_byline(text);
    return b ? b->byline : std::string("none");
}
inline std::string source(std::string_view text) { return extract::parse_source_line(text).value_or("none"); }
inline std::string by(const Article& a) { return a.byline.value_or("none"); }

// A whole page: `head` inside <head>, `header` before the story, `tail` after it.
inline Article whole_page(const std::string& head, const std::string& header, const std::string& tail = "") {
    return clean("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">" + head + "</head><body><article>" +
                     header + "<div class=\"content\"><p>" + kStory + "</p><p>" + kStoryEnd + "</p>" + tail +
                     "</div></article></body></html>",
                 "test.html");
}

// A JSON-LD NewsArticle whose author is one `type` ("Person", "Organization") named `name`.
inline std::string ld_author(const std::string& type, const std::string& name) {
    return R"(<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", )"
           R"("headline": "Fed holds rates steady", "author": {"@type": ")" +
           type + R"(", "name": ")" + name + R"("}}</script>)";
}

inline std::string or_none(const std::optional<std::string>& s) { return s.value_or("none"); }

}  // namespace newsclean::metatest
