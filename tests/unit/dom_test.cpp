// The flat DOM built from gumbo: pre-order ids, subtree ranges, attributes, tags.
#include <catch2/catch.hpp>

#include <algorithm>

#include "extract/url.hpp"
#include "reader/html_parse.hpp"

using namespace newsclean;
using namespace newsclean::reader;

TEST_CASE("tag names round-trip and the tag table is sorted") {
    CHECK(tag_from_name("article") == Tag::article);
    CHECK(tag_from_name("template") == Tag::template_);
    CHECK(tag_name(Tag::template_) == "template");
    CHECK(tag_from_name("amp-img") == Tag::other);
    for (int t = 1; t < static_cast<int>(Tag::other); ++t)
        CHECK(tag_name(static_cast<Tag>(t - 1)) < tag_name(static_cast<Tag>(t)));
}

TEST_CASE("nodes are in document order with subtree ranges") {
    const Dom dom = parse_html("<div id=a><p class='x y'>one <b>two</b></p><p>three</p></div><span>four</span>");
    const NodeId div = dom.find_first(Tag::div);
    REQUIRE(div != kNoNode);
    CHECK(dom.attr_or_empty(div, "id") == "a");
    CHECK(dom.text_content(div) == "one twothree");
    const NodeId span = dom.find_first(Tag::span);
    CHECK(span >= dom[div].subtree_end);  // outside the div's range
    const NodeId p = dom.find_first(Tag::p);
    CHECK(dom[p].parent == div);
    CHECK(dom.attr(p, "class") == std::optional<std::string_view>("x y"));
    CHECK_FALSE(dom.attr(p, "id").has_value());
    const NodeId second_p = dom[p].next_sibling;
    REQUIRE(second_p != kNoNode);
    CHECK(dom.text_content(second_p) == "three");
    CHECK(dom[second_p].depth == dom[p].depth);
}

TEST_CASE("entities are decoded and scripts are not text") {
    const Dom dom = parse_html("<p>Caf&eacute; &amp; &#8220;bar&#8221;&nbsp;x</p><script>var x=1</script>");
    CHECK(dom.text_content(dom.root()) == "Café & “bar” x");
}

TEST_CASE("an element with one text child gives it collapsed, a script gives no text") {
    const Dom dom = parse_html("<title>  Fed holds\n rates  </title><h1>Fed</h1><script>var x = 1</script>"
                               "<style>p { color: red }</style>");
    CHECK(dom.text_content(dom.find_first(Tag::title)) == "Fed holds rates");
    CHECK(dom.text_content(dom.find_first(Tag::h1)) == "Fed");
    CHECK(dom.text_content(dom.find_first(Tag::script)).empty());
    CHECK(dom.text_content(dom.find_first(Tag::style)).empty());
}

TEST_CASE("URLs resolve against a base (RFC 3986 examples)") {
    const std::optional<std::string> base = "http://a/b/c/d;p?q";
    CHECK(extract::resolve_url(base, "g") == "http://a/b/c/g");
    CHECK(extract::resolve_url(base, "./g") == "http://a/b/c/g");
    CHECK(extract::resolve_url(base, "g/") == "http://a/b/c/g/");
    CHECK(extract::resolve_url(base, "/g") == "http://a/g");
    CHECK(extract::resolve_url(base, "//g") == "http://g");
    CHECK(extract::resolve_url(base, "?y") == "http://a/b/c/d;p?y");
    CHECK(extract::resolve_url(base, "#s") == "http://a/b/c/d;p?q#s");
    CHECK(extract::resolve_url(base, "../g") == "http://a/b/g");
    CHECK(extract::resolve_url(base, "../../g") == "http://a/g");
    CHECK(extract::resolve_url(base, "https://x.org/y") == "https://x.org/y");
    CHECK(extract::resolve_url(std::nullopt, "/g") == "/g");
    CHECK(extract::url_host("https://User@News.Example.com:8080/a") == "news.example.com");
    CHECK(extract::site_name_from_url("https://www.example.com/news/1") == std::optional<std::string>("example.com"));
    CHECK(extract::site_name_from_url("https://news.example.com/") == std::optional<std::string>("news.example.com"));
    CHECK_FALSE(extract::site_name_from_url("/relative/path").has_value());
}
