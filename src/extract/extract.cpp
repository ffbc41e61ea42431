#include "extract/extract.hpp"

#include "extract/byline.hpp"
#include "extract/content.hpp"
#include "extract/metadata.hpp"
#include "extract/text_scrape.hpp"
#include "extract/url.hpp"
#include "util/fold.hpp"
#include "util/text.hpp"

namespace newsclean::extract {

using reader::Dom;
using reader::NodeId;
using reader::Tag;

namespace {

// The reporter's sign-off under wire copy (byline.hpp is_sign_off): among the last paragraphs, as notes
// and the wire's end mark may follow it. Only the body and the byline together tell it.
constexpr std::size_t kSignOffTail = 4;

void drop_sign_off(std::vector<Block>& blocks, const BylineParts& byline) {
    const std::size_t from = blocks.size() > kSignOffTail ? blocks.size() - kSignOffTail : 0;
    for (std::size_t i = blocks.size(); i-- > from;)
        if (blocks[i].kind == BlockKind::paragraph && is_sign_off(blocks[i].text, byline)) {
            blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(i));
            return;
        }
}

// The byline's own line left as the body's first block: a contributor card the content root took in
// ("Agence France-Presse" in the Guardian's <address>, study-l round 9 B12, guardian shell; a person's
// card goes by its rel=author link, an agency's plain <span> has none). Only the whole line equal to
// the byline: a first paragraph opening with the name is the story's.
void drop_byline_line(std::vector<Block>& blocks, std::string_view byline) {
    if (blocks.empty() || blocks.front().kind != BlockKind::paragraph) return;
    constexpr std::size_t kSlack = 8;  // bytes: punctuation fold_key drops ("Agence France-Presse.")
    if (blocks.front().text.size() > byline.size() + kSlack) return;  // cheap: most first paragraphs are longer
    if (util::fold_key(blocks.front().text) == util::fold_key(byline)) blocks.erase(blocks.begin());
}

// A byline row among the story's first blocks, under its deck ("Por Rafael Nogueira, g1 SP" on g1,
// study-n round 11 H3; "Von Georg Kasch", "Eine Kolumne von Nils Pickert" on trafilatura's German
// pages): the header's row, left in a container that also holds the standfirst, when the first author
// it names is the article's. Only a block about as short as the byline (a paragraph opening with "By …"
// is a sentence) and a "by"-worded row: a colon label ("Autorin: Alys Arden") is data the story gives.
void drop_byline_row(std::vector<Block>& blocks, const BylineParts& byline) {
    constexpr std::size_t kFirstBlocks = 3, kMaxRowExtra = 32;  // bytes past the byline: ", g1 SP", " am 14. Mai 2014"
    constexpr std::size_t kLabelBytes = 16;  // where a colon label stands ("Autorin:", "Reporter:"), not a time's colon
    for (std::size_t i = 0; i < std::min(blocks.size(), kFirstBlocks); ++i) {
        const Block& b = blocks[i];
        if (b.kind != BlockKind::paragraph || b.text.size() > byline.byline.size() + kMaxRowExtra ||
            b.text.substr(0, kLabelBytes).find(':') != std::string::npos || byline_label(b.text) != BylineLabel::author)
            continue;
        const auto row = parse_byline(b.text);
        if (row && !row->authors.empty() && names_author(row->authors.front(), byline)) {
            blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(i));
            return;
        }
    }
}

Result extract_html(const reader::Document& doc, const ExtractOptions& options) {
    const Dom& dom = doc.dom;
    Article a;
    extract_metadata(dom, options, a);
    ContentResult body = select_content(dom, {a.title, options.url, options.explain, a.byline});
    a.blocks = std::move(body.blocks);
    a.removed = std::move(body.removed);
    // A page naming no author anywhere may sign the story under its last paragraph (byline.hpp
    // signed_byline): only the body knows which paragraph is last.
    if (!a.byline)
        if (auto signature = signed_byline(a.blocks)) {
            a.byline = std::move(signature->byline);
            a.authors = std::move(signature->authors);
        }
    if (a.byline) {
        drop_sign_off(a.blocks, BylineParts{*a.byline, a.authors});
        drop_byline_line(a.blocks, *a.byline);
        drop_byline_row(a.blocks, BylineParts{*a.byline, a.authors});
    }
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
        // Text scrapes have no metadata: the page's address names the site (HTML: see metadata.cpp).
        if (!a->site_name && options.url) a->site_name = site_name_from_url(*options.url);
    }
    return result;
}

}  // namespace newsclean::extract
