// Reader: gzip, size limits, HTML vs text, bad input, deep nesting.
#include <catch2/catch.hpp>


#include "reader/html_prepare.hpp"
#include "test_support.hpp"

using namespace newsclean;
using newsclean::reader::Tag;

namespace {

Failure load_failure(std::string_view bytes, const ReadOptions& options = {}) {
    auto result = reader::load_document(bytes, "test", options);
    REQUIRE(std::holds_alternative<Failure>(result));
    return std::get<Failure>(result);
}

}  // namespace

TEST_CASE("gzip input is decompressed transparently") {
    const auto doc = test::load(test::fixture("charset/gzipped.html.gz"));
    CHECK(test::first_text(doc, Tag::p) == "Compressed article body text.");
    CHECK(doc.input.bytes == test::fixture("charset/gzipped.html.gz").size());
}

TEST_CASE("truncated gzip is an error, not a partial page") {
    const Failure f = load_failure(test::fixture("charset/truncated.html.gz"));
    CHECK(f.reason == "truncated gzip data");
}

TEST_CASE("decompressed size is limited too (gzip bombs)") {
    const std::string gz = test::fixture("charset/gzipped.html.gz");
    ReadOptions options;
    options.max_bytes = 1000;
    CHECK(test::first_text(test::load(gz, options), Tag::p) == "Compressed article body text.");
    options.max_bytes = 140;  // larger than the compressed bytes, smaller than the page
    const Failure small = load_failure(gz, options);
    CHECK(small.kind == Failure::Kind::too_large);
    CHECK(small.reason == "decompressed input exceeds the size limit of 140 bytes (see --max-bytes)");
}

TEST_CASE("empty, blank and binary inputs are rejected with a reason") {
    CHECK(load_failure("").reason == "empty input");
    CHECK(load_failure(" \n\t\r\n").reason == "empty input");
    CHECK(load_failure(std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)).reason == "PNG image, not a page");
    CHECK(load_failure("%PDF-1.7\n...").reason == "PDF document, not a page");
    std::string noise(4096, '\0');
    for (std::size_t i = 0; i < noise.size(); ++i) noise[i] = char((i * 7919) % 256);
    CHECK(load_failure(noise).reason == "binary data, not a page");
}

TEST_CASE("HTML and text scrapes are told apart") {
    using reader::looks_like_html;
    CHECK(looks_like_html("<!doctype html><p>x"));
    CHECK(looks_like_html("\n\n   <!-- saved page --><!DOCTYPE html><html>"));
    CHECK(looks_like_html("\xEF\xBB\xBF<html>"));
    CHECK(looks_like_html("<div class=x>text</div>"));
    CHECK_FALSE(looks_like_html("Chinese AI firm says its model cost just $294,000 to train\n\nBy: Cryptopolitan\n"));
    CHECK_FALSE(looks_like_html("A story that mentions the <div> tag once.\nAnd goes on."));
    const std::string sample = test::read_file(std::string(NEWSCLEAN_SAMPLES) + "/mexc-deepseek-r1-cost.txt");
    CHECK_FALSE(looks_like_html(sample));
    CHECK(test::load(sample).kind == reader::DocumentKind::text);
}

TEST_CASE("an input-format override (--input-format) beats sniffing") {
    ReadOptions options;
    options.format = InputFormat::text;
    const auto doc = test::load("<p>markup kept as text</p>", options);
    REQUIRE(doc.kind == reader::DocumentKind::text);
    CHECK(doc.lines == std::vector<std::string>{"<p>markup kept as text</p>"});
}

TEST_CASE("text input becomes lines, CRLF handled, charset sniffed") {
    const auto doc = test::load(test::fixture("charset/scrape-1252.txt"));
    CHECK(doc.input.charset == "windows-1252");
    CHECK(doc.input.kind == "text");
    REQUIRE(doc.lines.size() == 5);
    CHECK(doc.lines[0] == "Café owners say “prices” rose");
    CHECK(doc.lines[4] == "The café’s owner said prices rose by 5 €.");
    const auto crlf = test::load("line one\r\nline two\r\n");
    CHECK(crlf.lines == std::vector<std::string>{"line one", "line two"});
}

TEST_CASE("a million nested divs parse quickly with the text kept") {
    std::string page = "<html><body>";
    for (int i = 0; i < 1000000; ++i) page += "<div>";
    page += "deep text";
    for (int i = 0; i < 1000000; ++i) page += "</div>";
    page += "<p>after</p></body></html>";
    // Speed is bounded by the ctest TIMEOUT of every unit test (tests/CMakeLists.txt), not by
    // a clock here: gumbo alone would need ~20 minutes on this page.
    const auto doc = test::load(page);
    CHECK(doc.dropped_tags > 900000);
    CHECK(doc.dom.text_content(doc.dom.root()).find("deep text") != std::string::npos);
    CHECK(test::first_text(doc, Tag::p) == "after");  // the structure after the deep part survives
}

TEST_CASE("pages of millions of elements fail clearly instead of exhausting memory") {
    ReadOptions options;
    options.max_elements = 1000;
    std::string page = "<ul>";
    for (int i = 0; i < 1001; ++i) page += "<li>x";
    const Failure f = load_failure(page, options);
    CHECK(f.kind == Failure::Kind::too_large);
    CHECK(f.reason == "page has more than 1000 elements");
}

TEST_CASE("nesting past the depth cap keeps text and later structure") {
    ReadOptions options;
    options.max_depth = 8;
    std::string page = "<body>";
    for (int i = 0; i < 20; ++i) page += "<div>";
    page += "<span>inner</span>";
    for (int i = 0; i < 20; ++i) page += "</div>";
    page += "<p>after</p>";
    const auto doc = test::load(page, options);
    CHECK(doc.dropped_tags == 12 + 1);  // 20 divs + the span, past 8 open elements
    CHECK(test::first_text(doc, Tag::p) == "after");
    CHECK(doc.dom[doc.dom.find_first(Tag::p)].depth <= 4);  // </div>s of dropped tags were dropped too
}

TEST_CASE("prepare_html drops scripts, styles, svg and comments but keeps JSON-LD") {
    const auto out = reader::prepare_html(
        "<head><script>var a = '<p>no</p>';</script><style>p{}</style>"
        "<script type=\"application/ld+json\">{\"headline\":\"kept\"}</script></head>"
        "<body><!-- <p>hidden</p> --><svg><text>chart</text></svg><p title='a>b'>yes</p>"
        "<textarea><!-- raw --></textarea></body>",
        1024);
    CHECK(out.html.find("var a") == std::string::npos);
    CHECK(out.html.find("p{}") == std::string::npos);
    CHECK(out.html.find("hidden") == std::string::npos);
    CHECK(out.html.find("chart") == std::string::npos);
    CHECK(out.html.find("{\"headline\":\"kept\"}") != std::string::npos);
    CHECK(out.html.find("<p title='a>b'>yes</p>") != std::string::npos);
    CHECK(out.html.find("<textarea><!-- raw --></textarea>") != std::string::npos);
}

TEST_CASE("prepare_html shortens white space runs except inside <pre>") {
    const auto out = reader::prepare_html("<div>\n    <p>a  \t b</p>\n\n  <pre>  x\n\n    y</pre>  </div>", 1024);
    CHECK(out.html == "<div>\n<p>a b</p>\n<pre>  x\n\n    y</pre> </div>");
}

TEST_CASE("truncated HTML still yields its text") {
    const auto doc = test::load("<html><body><article><p>First paragraph.</p><p>Second, cut off mid-sen");
    CHECK(doc.dom.text_content(doc.dom.root()) == "First paragraph.Second, cut off mid-sen");
}
