#include "extract/extract.hpp"

#include "extract/blocks.hpp"
#include "extract/text_scrape.hpp"
#include "extract/url.hpp"
#include "util/text.hpp"

namespace newsclean::extract {

using reader::Dom;
using reader::NodeId;
using reader::Tag;

namespace {

std::optional<std::string> non_empty(std::string s) {
    if (s.empty()) return std::nullopt;
    return s;
}

// <meta property|name=key content=...>, first match.
std::optional<std::string> meta_content(const Dom& dom, std::string_view key) {
    for (NodeId id = 0; id < dom.size(); ++id) {
        if (!dom.is_element(id, Tag::meta)) continue;
        const auto name = dom.attr(id, "property") ? dom.attr(id, "property") : dom.attr(id, "name");
        if (name && util::iequals(*name, key)) return non_empty(util::collapse_whitespace(dom.attr_or_empty(id, "content")));
    }
    return std::nullopt;
}

// The first of <article>, <main>, <body> present: the baseline's guess of
// where the story is. The content-selection stage replaces this.
NodeId baseline_container(const Dom& dom) {
    for (Tag t : {Tag::article, Tag::main, Tag::body})
        if (const NodeId id = dom.find_first(t); id != reader::kNoNode) return id;
    return dom.root();
}

// Page chrome the baseline leaves out whole.
std::vector<bool> baseline_exclusions(const Dom& dom) {
    std::vector<bool> excluded(dom.size(), false);
    for (NodeId id = 0; id < dom.size(); ++id) {
        const Tag t = dom[id].tag;
        if (dom[id].type == reader::NodeType::element &&
            (t == Tag::nav || t == Tag::header || t == Tag::footer || t == Tag::aside))
            excluded[id] = true;
    }
    return excluded;
}

Result extract_html(const reader::Document& doc, const ExtractOptions& options) {
    const Dom& dom = doc.dom;
    Article a;
    a.title = meta_content(dom, "og:title");
    if (!a.title) {
        if (const NodeId t = dom.find_first(Tag::title); t != reader::kNoNode) a.title = non_empty(dom.text_content(t));
    }
    a.description = meta_content(dom, "og:description");
    if (!a.description) a.description = meta_content(dom, "description");
    a.site_name = meta_content(dom, "og:site_name");
    a.image = meta_content(dom, "og:image");
    if (a.image) a.image = resolve_url(options.url, *a.image);
    if (const NodeId html = dom.find_first(Tag::html); html != reader::kNoNode)
        a.lang = non_empty(std::string(util::trim(dom.attr_or_empty(html, "lang"))));
    const std::vector<bool> excluded = baseline_exclusions(dom);
    BlockOptions bo;
    bo.excluded = &excluded;
    bo.base_url = options.url;
    a.blocks = build_blocks(dom, baseline_container(dom), bo);
    return a;
}

Result extract_text(const reader::Document& doc) { return text::extract_text_scrape(doc.lines); }

}  // namespace

Result extract(const reader::Document& document, const ExtractOptions& options) {
    Result result = document.kind == reader::DocumentKind::html ? extract_html(document, options)
                                                               : extract_text(document);
    if (auto* a = std::get_if<Article>(&result)) {
        if (a->body().empty()) return Failure{Failure::Kind::no_article, "no article found"};
        a->input = document.input;
        a->url = options.url;
        if (!a->site_name && options.url) a->site_name = non_empty(url_host(*options.url));
    }
    return result;
}

}  // namespace newsclean::extract
