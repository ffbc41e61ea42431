#include "extract/extract.hpp"

#include "extract/blocks.hpp"
#include "extract/byline.hpp"
#include "extract/content.hpp"
#include "extract/metadata.hpp"
#include "extract/text_scrape.hpp"
#include "extract/url.hpp"
#include "extract/visibility.hpp"
#include "lexicon/class_tokens.hpp"
#include "lexicon/metadata_words.hpp"
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

// Round 20: a title that is only the site's or organisation's name or a section path (extract_metadata says
// so) gives way to the headline the story opens with, in this order: the body's first block of text when it
// is a heading, not all links (trafilatura ditb.de: <h4> over the story under the <title> "DITIB Türkisch-Islamische
// Union …"; wiki.python.org: <h2>Downloading Python</h2> under "BeginnersGuide/Download - Python Wiki"); else
// the h1-h4 or title-classed box closest above the body's first text inside the content root (iconmagazine:
// <div class="title"><div class="title-text"><p>…Davor und Danach</p>); else an h1-h4 right above the content
// root (dsv.de: the <h2> over the news item's date row). "Above" means little text between and the heading a
// sibling of the text's or root's ancestors; never inside a nav/aside/footer or a related, sidebar, comment or
// cookie block, never a home link or the site's name. Runs only on those pages (rare): no walk of the whole page.
constexpr std::size_t kMinHeadlineWords = 2, kMaxHeadlineWords = 20;
constexpr std::size_t kMaxGapBytes = 160;   // text between the heading above and the root: a date or kicker row
constexpr std::size_t kMaxBackNodes = 300;  // nodes walked back from the root

bool is_heading_tag(Tag t) {
    const int level = heading_level(t);
    return level >= 1 && level <= 4;
}

// A headline's length: a few words, not a sentence run on.
bool headline_words(std::string_view text) {
    const std::size_t words = util::count_spaced_words(text, kMaxHeadlineWords + 1);
    return words >= kMinHeadlineWords && words <= kMaxHeadlineWords;
}

// Inside page furniture or other stories: a nav, aside or footer, a related/sidebar/comment block, hidden.
bool in_furniture(const Dom& dom, NodeId id) {
    for (NodeId p = id; p != reader::kNoNode; p = dom[p].parent) {
        const reader::Node& n = dom[p];
        if (n.type != reader::NodeType::element) continue;
        if (n.tag == Tag::nav || n.tag == Tag::aside || n.tag == Tag::footer || is_hidden(dom, p)) return true;
        for (std::string_view name : {"class", "id"}) {
            const std::string_view c = dom.attr_or_empty(p, name);
            if (c.empty()) continue;
            const std::string lower = util::to_lower_ascii(c);
            if (!lexicon::find_token({"", lexicon::kNoiseClassTokens}, lower).empty() &&
                lexicon::find_token({"", lexicon::kNoiseClassExceptions}, lower).empty())
                return true;
        }
    }
    return false;
}

// A heading block that is all links is a listing's or a language switch's ("[spanish] [greek] [english]").
// Counted in word characters: the brackets around each link are no text of their own.
bool all_links(const Block& b) {
    const auto word_bytes = [](std::string_view s) {
        return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), util::is_word_byte));
    };
    std::size_t linked = 0;
    for (const Link& l : b.links) linked += word_bytes(l.text);
    return !b.links.empty() && linked * 10 >= word_bytes(b.text) * 8;
}

constexpr std::size_t kMaxHeadlineBytes = 300;

// A headline set by tag (h1-h4) or by a title-classed box ("title", "headline": whole class names or
// their first part, so not "subtitle").
bool headline_element(const Dom& dom, NodeId id) {
    if (dom[id].type != reader::NodeType::element) return false;
    if (is_heading_tag(dom[id].tag)) return true;
    const std::string_view c = dom.attr_or_empty(id, "class");
    const lexicon::TokenTable box{"", lexicon::kHeadlineBoxClassWords};
    return !c.empty() && !lexicon::find_class_word(box, util::to_lower_ascii(c)).empty();
}

// Whether `anc` is `id` or one of its ancestors.
bool holds(const Dom& dom, NodeId anc, NodeId id) { return anc != reader::kNoNode && anc <= id && id < dom[anc].subtree_end; }

// The headline element closest above the body's first text inside the root (the content stage may have dropped
// it as the story's header: a title box, a heading), with at most kMaxGapBytes of text between them, that
// holds that text or is a sibling of one of its ancestors: its text when it fits, else "".
template <class Fits>
std::string opening_headline(const Dom& dom, NodeId root, const std::string& first_text, const Fits& fits) {
    NodeId cand = reader::kNoNode;
    std::string cand_text;
    std::size_t gap = 0;
    for (NodeId k = root + 1, walked = 0; k < dom[root].subtree_end && walked < kMaxBackNodes; ++k, ++walked) {
        const reader::Node& n = dom[k];
        if (n.type == reader::NodeType::element && (n.tag == Tag::script || n.tag == Tag::style)) {
            k = n.subtree_end - 1;
            continue;
        }
        if (n.type == reader::NodeType::text) {
            const std::string_view t = util::trim(dom.text(k));
            if (t.empty()) continue;
            if (first_text.starts_with(t)) {  // the body's text
                const bool above = holds(dom, cand, k) || (cand != reader::kNoNode && holds(dom, dom[cand].parent, k));
                return above && gap <= kMaxGapBytes ? cand_text : std::string();
            }
            if (!holds(dom, cand, k)) gap += t.size();
            continue;
        }
        // A box inside the candidate (<div class="title"><div class="title-text">) is the same line.
        if (!headline_element(dom, k) || holds(dom, cand, k) || dom.holds_more_text_than(k, kMaxHeadlineBytes)) continue;
        if (std::string t = util::collapse_whitespace(dom.text_content(k)); fits(k, t) && !in_furniture(dom, k)) {
            cand = k, cand_text = std::move(t), gap = 0;
        }
    }
    return {};
}

// The last h1-h4 before the root in document order, with at most kMaxGapBytes of text between them, when it
// is a sibling of the root or of an ancestor of it.
NodeId heading_above(const Dom& dom, NodeId root) {
    std::size_t gap = 0;
    for (NodeId k = root, walked = 0; k-- > 0 && walked < kMaxBackNodes; ++walked) {
        const reader::Node& n = dom[k];
        if (n.subtree_end > root) continue;  // an ancestor of the root
        if (n.type == reader::NodeType::text) {
            const NodeId p = n.parent;
            if (p != reader::kNoNode && (dom.is_element(p, Tag::script) || dom.is_element(p, Tag::style))) continue;
            if ((gap += util::trim(dom.text(k)).size()) > kMaxGapBytes) return reader::kNoNode;
            continue;
        }
        if (n.type != reader::NodeType::element) continue;
        // A sibling of the root or of one of its ancestors, not a heading in a box of its own beside the story
        // (echte-demokratie-jetzt: an SEO <div><h1>…</h1><b>…</b></div> over the post listing).
        if (is_heading_tag(n.tag))
            return in_furniture(dom, k) || n.parent == reader::kNoNode || dom[n.parent].subtree_end <= root ? reader::kNoNode : k;
    }
    return reader::kNoNode;
}

void headline_over_site_title(const Dom& dom, NodeId root, std::vector<Block>& blocks, std::optional<std::string>& title,
                              const std::optional<std::string>& site_name) {
    if (root == reader::kNoNode || blocks.size() < 2) return;
    const std::string title_key = title ? util::fold_key(*title) : std::string();
    const std::string site_key = site_name ? util::fold_key(*site_name) : std::string();
    auto fits_text = [&](const std::string& t) {
        if (!headline_words(t)) return false;
        const std::string k = util::fold_key(t);
        return k != title_key && k != site_key;
    };
    // Never the site's logo: a heading that is all one link to the home page.
    const auto fits = [&](NodeId id, const std::string& t) { return fits_text(t) && !is_home_link_heading(dom, id, t); };
    // A lead image before the first text has none (echte-demokratie-jetzt: the post's photo, then
    // "[spanish] [greek] [english]").
    const auto first_it = std::find_if(blocks.begin(), blocks.end(), [](const Block& b) { return !b.text.empty(); });
    if (first_it == blocks.end()) return;
    const Block& first = *first_it;
    if (first.kind == BlockKind::heading && !all_links(first) && fits_text(first.text)) {
        title = std::move(first_it->text);
        blocks.erase(first_it);
        return;
    }
    if (std::string t = opening_headline(dom, root, first.text, fits); !t.empty()) {
        if (util::fold_key(t) == util::fold_key(first.text)) blocks.erase(first_it);
        title = std::move(t);
        return;
    }
    if (const NodeId h = heading_above(dom, root); h != reader::kNoNode && !dom.holds_more_text_than(h, kMaxHeadlineBytes))
        if (std::string t = util::collapse_whitespace(dom.text_content(h)); fits(h, t)) title = std::move(t);
}

Result extract_html(const reader::Document& doc, const ExtractOptions& options) {
    const Dom& dom = doc.dom;
    Article a;
    const bool site_title = extract_metadata(dom, options, a);
    ContentResult body = select_content(dom, {a.title, options.url, options.explain, a.byline, a.source});
    a.blocks = std::move(body.blocks);
    if (site_title) headline_over_site_title(dom, body.root, a.blocks, a.title, a.site_name);
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
