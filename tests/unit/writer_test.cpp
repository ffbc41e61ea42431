// Issue 6: the writers' options (text, JSON fields, --with-markdown, jsonl)
// and the YAML quoting of the front matter.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "write/json.hpp"
#include "write/markdown.hpp"
#include "write/writer.hpp"
#include "write/yaml.hpp"

using namespace newsclean;

namespace {

Article sample_article() {
    Article a;
    a.title = "Miners pivot to AI";
    a.byline = "By Jane Doe";
    a.authors = {"Jane Doe"};
    a.date = "2025-10-02";
    a.tags = {"bitcoin", "ai"};
    Block h;
    h.kind = BlockKind::heading, h.level = 1, h.text = "Miners pivot to AI";
    Block p;
    p.text = "Hashprice fell.";
    Block li;
    li.kind = BlockKind::list_item, li.level = 1, li.text = "One point";
    a.blocks = {h, p, li};
    a.input = {"page.html", "html", "UTF-8", 1234};
    return a;
}

}  // namespace

TEST_CASE("Text: the title, a blank line, the body paragraphs, the repeated <h1> once", "[writer][text]") {
    write::WriterOptions o;
    o.format = write::Format::text;
    CHECK(write::render(sample_article(), o) == "Miners pivot to AI\n\nHashprice fell.\n\nOne point\n");
    Article untitled = sample_article();
    untitled.title.reset();
    CHECK(write::render(untitled, o) == "Miners pivot to AI\n\nHashprice fell.\n\nOne point\n");
}

TEST_CASE("JSON: pretty or compact, jsonl one line, every key present", "[writer][json]") {
    write::WriterOptions o;
    const std::string pretty = write::render(sample_article(), o);
    CHECK(pretty.find("\n  \"title\": \"Miners pivot to AI\"") != std::string::npos);
    o.pretty = false;
    const std::string compact = write::render(sample_article(), o);
    CHECK(std::count(compact.begin(), compact.end(), '\n') == 1);
    CHECK(nlohmann::json::parse(compact) == nlohmann::json::parse(pretty));
    o.format = write::Format::jsonl;
    o.pretty = true;  // ignored: jsonl is one line per record
    CHECK(write::render(sample_article(), o) == compact);
    const auto j = nlohmann::json::parse(compact);
    for (std::string_view key : write::kJsonKeys)
        if (key != "removed" && key != "markdown") CHECK(j.contains(std::string(key)));
    CHECK_FALSE(j.contains("markdown"));
}

TEST_CASE("JSON: --fields keeps the keys asked for, in that order", "[writer][json]") {
    write::WriterOptions o;
    o.pretty = false;
    o.fields = {"title", "url", "date", "markdown"};
    const std::string out = write::render(sample_article(), o);
    CHECK(out.rfind("{\"title\":\"Miners pivot to AI\",\"url\":null,\"date\":\"2025-10-02\",\"markdown\":", 0) == 0);
    CHECK(nlohmann::json::parse(out).size() == 4);
    o.fields = {"removed"};  // not carried without --explain: left out
    CHECK(write::render(sample_article(), o) == "{}\n");
    CHECK(write::is_json_key("word_count"));
    CHECK_FALSE(write::is_json_key("nonsense"));
}

TEST_CASE("JSON: --with-markdown adds the body as Markdown, without front matter", "[writer][json]") {
    write::WriterOptions o;
    o.with_markdown = true;
    const auto j = nlohmann::json::parse(write::render(sample_article(), o));
    CHECK(j.at("markdown") == "# Miners pivot to AI\n\nHashprice fell.\n\n- One point\n");
}

TEST_CASE("Markdown: front matter holds only the known keys, quoted", "[writer][markdown]") {
    write::WriterOptions o;
    o.format = write::Format::markdown;
    CHECK(write::render(sample_article(), o) ==
          "---\ntitle: \"Miners pivot to AI\"\nbyline: \"By Jane Doe\"\nauthors:\n  - \"Jane Doe\"\n"
          "date: \"2025-10-02\"\ntags:\n  - \"bitcoin\"\n  - \"ai\"\n---\n\n"
          "# Miners pivot to AI\n\nHashprice fell.\n\n- One point\n");
    CHECK(write::file_extension(write::Format::markdown) == ".md");
    CHECK(write::render_error("x.html", "no article found", o).empty());
}

TEST_CASE("YAML quoting escapes what a YAML parser would read differently", "[writer][yaml]") {
    CHECK(write::yaml_quote("plain") == "\"plain\"");
    CHECK(write::yaml_quote("say \"hi\" \\ bye") == "\"say \\\"hi\\\" \\\\ bye\"");
    CHECK(write::yaml_quote("a\nb\tc") == "\"a\\nb\\tc\"");
    CHECK(write::yaml_quote("bell\x07" "del\x7F") == "\"bell\\u0007del\\u007F\"");
    CHECK(write::yaml_quote("nel\xC2\x85 ls\xE2\x80\xA8 bom\xEF\xBB\xBF") == "\"nel\\u0085 ls\\u2028 bom\\uFEFF\"");
    CHECK(write::yaml_quote("caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x9A\x80") == "\"caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x9A\x80\"");
    CHECK(write::yaml_quote("bad\xFF") == "\"bad\xEF\xBF\xBD\"");
}

#include "lexicon/url_schemes.hpp"
#include "newsclean/newsclean.hpp"

TEST_CASE("Lexicon: unsafe link schemes are listed, lower case", "[writer][lexicon]") {
    REQUIRE_FALSE(lexicon::kUnsafeLinkSchemes.empty());
    for (std::string_view s : lexicon::kUnsafeLinkSchemes) CHECK(s.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ:") == std::string_view::npos);
}

TEST_CASE("Blocks: list items know their paragraphs and where lists start", "[blocks][lists]") {
    const Result r = clean_bytes(
        "<html><body><article><ul><li><p>a1</p><p>a2</p></li><li>b<ol><li>b.1</li></ol>b tail</li></ul>"
        "<ul><li>c</li></ul><ul><ul><li>d</li></ul></ul>"
        "<table><caption>Cap</caption><tr><th>h</th></tr><tr><td>v</td></tr></table></article></body></html>",
        "inline.html", Options{});
    REQUIRE(std::holds_alternative<Article>(r));
    const auto& blocks = std::get<Article>(r).blocks;
    REQUIRE(blocks.size() == 9);
    struct Want {
        std::string text;
        int level;
        bool continues;
        int new_lists;
    };
    const std::vector<Want> want = {{"a1", 1, false, 1}, {"a2", 1, true, 0},       {"b", 1, false, 0},
                                    {"b.1", 2, false, 1}, {"b tail", 1, true, 0},  {"c", 1, false, 1},
                                    {"d", 2, false, 2}};
    for (std::size_t i = 0; i < want.size(); ++i) {
        INFO(want[i].text);
        CHECK(blocks[i].kind == BlockKind::list_item);
        CHECK(blocks[i].text == want[i].text);
        CHECK(blocks[i].level == want[i].level);
        CHECK(blocks[i].continues == want[i].continues);
        CHECK(blocks[i].new_lists == want[i].new_lists);
    }
    CHECK(blocks[3].ordered);
    CHECK(blocks[7].kind == BlockKind::caption);
    CHECK(blocks[7].text == "Cap");
    CHECK(blocks[8].kind == BlockKind::table);
    CHECK(blocks[8].text == "h\nv");
}
