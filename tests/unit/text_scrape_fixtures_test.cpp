// Whole-page tests of the plain-text path (issue #5): every
// tests/fixtures/text/<name>.txt is cleaned and compared with <name>.json
// ({"no_article": true} or title/lang/byline/date/body paragraphs/headings/without),
// and the MEXC sample that started the project against samples/truth/.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "newsclean/newsclean.hpp"

namespace fs = std::filesystem;
using newsclean::Article;
using newsclean::BlockKind;
using nlohmann::json;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

newsclean::Result clean(const fs::path& p) { return newsclean::clean_file(p.string(), newsclean::Options{}); }

std::optional<std::string> field(const json& j, const char* key) {
    if (!j.contains(key) || j[key].is_null()) return std::nullopt;
    return j[key].get<std::string>();
}

std::vector<std::string> paragraphs(const Article& a) {
    std::vector<std::string> out;
    for (const auto& b : a.blocks) out.push_back(b.text);
    return out;
}

std::vector<std::string> headings(const Article& a) {
    std::vector<std::string> out;
    for (const auto& b : a.blocks)
        if (b.kind == BlockKind::heading) out.push_back(b.text);
    return out;
}

void check_article(const Article& a, const json& want) {
    CHECK(a.title == field(want, "title"));
    CHECK(a.byline == field(want, "byline"));
    CHECK(a.date == field(want, "date"));
    if (want.contains("lang")) CHECK(a.lang == field(want, "lang"));
    if (want["body"].is_array()) {
        CHECK(paragraphs(a) == want["body"].get<std::vector<std::string>>());
    } else {
        CHECK(a.body() == want["body"].get<std::string>());
    }
    CHECK(headings(a) == want.value("headings", std::vector<std::string>{}));
    const std::string body = a.body();
    for (const std::string& w : want.value("without", std::vector<std::string>{})) {
        INFO("boilerplate: " << w);
        CHECK(body.find(w) == std::string::npos);
    }
}

}  // namespace

TEST_CASE("text fixtures extract as expected", "[text][golden]") {
    const fs::path dir = fs::path(NEWSCLEAN_FIXTURES) / "text";
    std::vector<fs::path> pages;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().extension() == ".txt") pages.push_back(e.path());
    std::sort(pages.begin(), pages.end());
    REQUIRE(pages.size() >= 10);
    for (const fs::path& page : pages) {
        fs::path expected = page;
        expected.replace_extension(".json");
        const json want = json::parse(slurp(expected));
        const newsclean::Result r = clean(page);
        DYNAMIC_SECTION(page.filename().string()) {
            if (want.value("no_article", false)) {
                const auto* f = std::get_if<newsclean::Failure>(&r);
                REQUIRE(f != nullptr);
                CHECK(f->kind == newsclean::Failure::Kind::no_article);
                CHECK(f->reason == "no article found");
            } else {
                const auto* a = std::get_if<Article>(&r);
                REQUIRE(a != nullptr);
                CHECK(a->input.kind == "text");
                check_article(*a, want);
            }
        }
    }
}

TEST_CASE("the MEXC DeepSeek page extracts exactly as stated in issue 5", "[text][golden]") {
    const fs::path sample = fs::path(NEWSCLEAN_SAMPLES) / "mexc-deepseek-r1-cost.txt";
    const json want = json::parse(slurp(fs::path(NEWSCLEAN_SAMPLES) / "truth" / "mexc-deepseek-r1-cost.json"));
    const newsclean::Result r = clean(sample);
    const auto* a = std::get_if<Article>(&r);
    REQUIRE(a != nullptr);
    check_article(*a, want);
    CHECK(a->source == field(want, "source"));
    CHECK(a->authors == want["authors"].get<std::vector<std::string>>());
    CHECK(a->description == field(want, "description"));
    REQUIRE(!a->blocks.empty());
    CHECK(a->blocks.front().text.rfind("China\xE2\x80\x99s DeepSeek has claimed", 0) == 0);
    CHECK(a->blocks.back().text.find("best in terms of cost-to-performance.") != std::string::npos);
    for (const auto& b : a->blocks)
        if (b.kind == BlockKind::heading) CHECK(b.level == 2);
}

TEST_CASE("explain lists the dropped lines of a text scrape with their kinds", "[text]") {
    const std::string page =
        "Exchange cuts fees for market makers\n\nBy: Jane Doe\n2025/03/03 10:00\nBTC$61,234.50+1.20%\n\n"
        "The exchange said on Monday that it would cut trading fees for market makers by half from April, after "
        "volumes fell for a third month in a row.\n\nAlso read: Another story\n\n"
        "Rivals are expected to follow, analysts said, as competition for liquidity grows among the largest venues.\n";
    newsclean::Options options;
    options.extract.explain = true;
    const newsclean::Result r = newsclean::clean_bytes(page, "page.txt", options);
    const auto* a = std::get_if<Article>(&r);
    REQUIRE(a != nullptr);
    std::vector<std::string> rules;
    for (const auto& removal : a->removed) rules.push_back(removal.rule);
    CHECK(rules == std::vector<std::string>{"text:headline", "text:byline", "text:dateline", "text:ticker",
                                            "text:inline-related"});
    CHECK(a->blocks.size() == 2);
}
