#include "extract/extract.hpp"

#include "extract/blocks.hpp"
#include "extract/metadata.hpp"
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
    extract_metadata(dom, options, a);
    const std::vector<bool> excluded = baseline_exclusions(dom);
    BlockOptions bo;
    bo.excluded = &excluded;
    bo.base_url = options.url;
    a.blocks = build_blocks(dom, baseline_container(dom), bo);
    return a;
}

Result extract_text(const reader::Document& doc, const ExtractOptions& options) {
    return text::extract_text_scrape(doc.lines, options.explain);
}

}  // namespace

Result extract(const reader::Document& document, const ExtractOptions& options) {
    Result result = document.kind == reader::DocumentKind::html ? extract_html(document, options)
                                                               : extract_text(document, options);
    if (auto* a = std::get_if<Article>(&result)) {
        if (a->body().empty()) return Failure{Failure::Kind::no_article, "no article found"};
        a->input = document.input;
        a->url = options.url;
        if (!a->site_name && options.url) a->site_name = non_empty(url_host(*options.url));
    }
    return result;
}

}  // namespace newsclean::extract
