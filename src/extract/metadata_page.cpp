#include "extract/metadata_page.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "lexicon/metadata_words.hpp"
#include "util/text.hpp"

namespace newsclean::extract {

using reader::Dom;
using reader::NodeId;
using reader::NodeType;
using reader::Tag;

namespace {

bool is_block(Tag t) {
    switch (t) {
        case Tag::p: case Tag::div: case Tag::li: case Tag::h1: case Tag::h2: case Tag::h3: case Tag::h4:
        case Tag::h5: case Tag::h6: case Tag::header: case Tag::footer: case Tag::section: case Tag::article:
        case Tag::tr: case Tag::td: case Tag::th: case Tag::br: case Tag::blockquote: case Tag::figure:
        case Tag::figcaption: case Tag::dd: case Tag::dt: case Tag::ul: case Tag::ol: case Tag::table:
        case Tag::main: case Tag::aside: case Tag::nav: case Tag::form: case Tag::address: case Tag::hr:
        case Tag::body: case Tag::dl: case Tag::details: case Tag::summary: case Tag::center:
            return true;
        default:
            return false;
    }
}

bool is_skipped(Tag t) {
    return t == Tag::script || t == Tag::style || t == Tag::template_ || t == Tag::noscript || t == Tag::svg ||
           t == Tag::head || t == Tag::select || t == Tag::button || t == Tag::textarea;
}

// A link to an author page ("/author/jane-doe", "/profile/x", rel=author):
// the sqfeed author row has neither label nor class (samples/social-square-post.html).
bool is_author_link(const Dom& dom, NodeId id) {
    if (!dom.is_element(id, Tag::a)) return false;
    const std::string rel = util::to_lower_ascii(dom.attr_or_empty(id, "rel"));
    if (rel.find("author") != std::string::npos) return true;
    const std::string href = util::to_lower_ascii(dom.attr_or_empty(id, "href"));
    for (std::string_view p : {"/author/", "/authors/", "/autor/", "/autoren/", "/auteur/", "/profile/",
                               "/people/", "/writer/", "/journalist/", "/redaktion/", "/byline/", "/user/"})
        if (href.find(p) != std::string::npos) return true;
    return false;
}

bool is_source_link(const Dom& dom, NodeId id) {
    if (!dom.is_element(id, Tag::a)) return false;
    const std::string href = util::to_lower_ascii(dom.attr_or_empty(id, "href"));
    return href.find("/source/") != std::string::npos || href.find("provider") != std::string::npos;
}

// An <img> among the element's earlier siblings: the avatar of an author row
// (repost sqfeed template: avatar, name, date, "Follow", then the headline).
bool follows_image(const Dom& dom, NodeId id) {
    const NodeId parent = dom[id].parent;
    if (parent == reader::kNoNode) return false;
    for (NodeId c = dom[parent].first_child; c != reader::kNoNode && c != id; c = dom[c].next_sibling)
        if (dom.is_element(c, Tag::img)) return true;
    return false;
}

// Words of two elements that touch ("3 min read" + "Source: X" in the
// social-square sample) get an invisible separator (U+2063) that byline
// segmenting splits on; whitespace-collapsing leaves it alone.
void append_text(std::string& raw, std::string_view t) {
    if (!raw.empty() && !t.empty() && std::isalnum(static_cast<unsigned char>(raw.back())) &&
        (std::isupper(static_cast<unsigned char>(t.front())) || t.front() == '@'))
        raw.append("\u2063");
    raw.append(t);
}

// An element's text with a line break at each block boundary inside it
// ("<div>Mira Castellanos</div><div>@miraonchain · 2025-10-07</div>").
std::string segmented_text(const Dom& dom, NodeId root) {
    std::string raw;
    for (NodeId id = root; id < dom[root].subtree_end;) {
        const reader::Node& n = dom[id];
        if (n.type == NodeType::element && is_skipped(n.tag)) {
            id = n.subtree_end;
            continue;
        }
        if (n.type == NodeType::element && is_block(n.tag) && id != root) raw.push_back('\n');
        if (n.type == NodeType::text) append_text(raw, dom.text(id));
        ++id;
    }
    // Line breaks survive: parse_byline splits segments at them before collapsing.
    std::string out;
    for (std::size_t p = 0; p <= raw.size();) {
        const std::size_t q = std::min(raw.find('\n', p), raw.size());
        const std::string line = util::collapse_whitespace(std::string_view(raw).substr(p, q - p));
        if (!line.empty()) out += (out.empty() ? "" : "\n") + line;
        p = q + 1;
    }
    return out;
}

// Hints from the element holding a text node and its ancestors up to the line's block.
void add_hints(const Dom& dom, NodeId text_node, PageLine& line) {
    NodeId id = dom[text_node].parent;
    for (int up = 0; up < 4 && id != reader::kNoNode && dom[id].type == NodeType::element; ++up) {
        const reader::Node& n = dom[id];
        if (has_class_token(dom, id, lexicon::kBylineClassTokens) || is_author_link(dom, id) ||
            dom.attr_or_empty(id, "itemprop") == "author")
            line.byline_hint = true;
        if (is_source_link(dom, id) || has_class_token(dom, id, lexicon::kSourceClassTokens))
            line.source_hint = true;
        // WordPress marks the one shown date "entry-date published updated": published wins.
        if (has_class_token(dom, id, lexicon::kUpdatedClassTokens) &&
            !has_class_token(dom, id, std::array<std::string_view, 1>{"publish"}))
            line.updated_hint = true;
        if (up < 3 && follows_image(dom, id)) line.avatar_hint = true;
        if (n.tag == Tag::h1 || n.tag == Tag::h2 || n.tag == Tag::h3 || dom.attr_or_empty(id, "role") == "heading")
            line.heading = true;
        if (is_block(n.tag) && up > 0) break;
        id = n.parent;
    }
}

std::string time_context(const Dom& dom, NodeId time) {
    const std::string own = dom.text_content(time);
    NodeId id = dom[time].parent;
    std::string ctx = id == reader::kNoNode ? std::string() : dom.text_content(id);
    if (ctx.size() <= own.size() + 2 && id != reader::kNoNode && dom[id].parent != reader::kNoNode) {
        std::string up = dom.text_content(dom[id].parent);
        if (up.size() < 300) ctx = std::move(up);
    }
    return ctx.size() < 300 ? ctx : own;
}

}  // namespace

bool has_class_token(const Dom& dom, NodeId id, std::span<const std::string_view> tokens) {
    const auto cls = dom.attr(id, "class");
    const auto ident = dom.attr(id, "id");
    if (!cls && !ident) return false;
    std::string s = util::to_lower_ascii(cls.value_or(""));
    s += ' ';
    s += util::to_lower_ascii(ident.value_or(""));
    for (std::string_view t : tokens)
        if (s.find(t) != std::string::npos) return true;
    return false;
}

std::vector<std::uint8_t> noise_mask(const Dom& dom, NodeId keep) {
    std::vector<std::uint8_t> noise(dom.size(), kNoNoise);
    std::vector<bool> protect(dom.size(), false);
    for (NodeId k = keep; k != reader::kNoNode && k < dom.size(); k = dom[k].parent) protect[k] = true;
    for (NodeId id = 0; id < dom.size();) {
        const reader::Node& n = dom[id];
        std::uint8_t kind = kNoNoise;
        if (n.type == NodeType::element && !protect[id]) {
            if (n.tag != Tag::html && n.tag != Tag::body && has_class_token(dom, id, lexicon::kNoiseClassTokens))
                kind = kClassNoise;
            else if (n.tag == Tag::nav || n.tag == Tag::aside || n.tag == Tag::footer)
                kind = kStructuralNoise;
        }
        if (kind == kNoNoise || (kind == kStructuralNoise && noise[id] != kNoNoise)) {  // nested: already marked
            ++id;
            continue;
        }
        // A class-noise region inside a structural one keeps the stronger kind.
        for (NodeId k = id; k < n.subtree_end; ++k) noise[k] = std::max(noise[k], kind);
        id = kind == kClassNoise ? n.subtree_end : id + 1;
    }
    return noise;
}

std::vector<HintElement> byline_elements(const Dom& dom, const std::vector<std::uint8_t>& noise) {
    std::vector<HintElement> out;
    for (NodeId id = 0; id < dom.size(); ++id) {
        const reader::Node& n = dom[id];
        if (n.type != NodeType::element || noise[id] == kClassNoise || is_skipped(n.tag) || n.tag == Tag::meta) continue;
        const bool source = is_source_link(dom, id) || has_class_token(dom, id, lexicon::kSourceClassTokens);
        const bool link = is_author_link(dom, id);
        const bool microdata = dom.attr_or_empty(id, "itemprop") == "author";
        // Inside an <aside>/<footer> only microdata counts (readability 001:
        // <aside><span itemprop="author">); a sidebar's "author" class does not.
        if (noise[id] == kStructuralNoise && !microdata) continue;
        if (!source && !link && !microdata && !has_class_token(dom, id, lexicon::kBylineClassTokens)) continue;
        if (n.subtree_end - id > 60) continue;  // a whole author box or section, not a byline
        std::string text = segmented_text(dom, id);
        if (!text.empty() && text.size() <= 200) out.push_back({id, std::move(text), source, link, link || microdata});
    }
    return out;
}

std::vector<PageLine> page_lines(const Dom& dom, const std::vector<std::uint8_t>& noise) {
    std::vector<PageLine> lines(1);
    std::string raw;
    auto flush = [&]() {
        if (lines.back().times.empty() && raw.find_first_not_of(" \t\r\n") == std::string::npos) {
            raw.clear();
            return;
        }
        lines.back().text = util::collapse_whitespace(raw);
        raw.clear();
        lines.emplace_back();
    };
    std::vector<NodeId> block_ends;
    for (NodeId id = 0; id < dom.size();) {
        while (!block_ends.empty() && id >= block_ends.back()) {
            block_ends.pop_back();
            flush();
        }
        const reader::Node& n = dom[id];
        if (n.type == NodeType::element && is_skipped(n.tag)) {
            id = n.subtree_end;
            continue;
        }
        if (n.type == NodeType::element && is_block(n.tag)) {
            flush();
            block_ends.push_back(n.subtree_end);
        }
        if (n.type == NodeType::element && n.tag == Tag::time) {
            auto dt = dom.attr(id, "datetime");
            if (!dt) dt = dom.attr(id, "content");
            if (dt && !dt->empty()) {
                if (raw.empty()) lines.back().node = id;
                lines.back().noise = noise[id] != kNoNoise;
                lines.back().structural_noise = noise[id] == kStructuralNoise;
                lines.back().times.push_back({std::string(*dt), time_context(dom, id)});
            }
        }
        if (n.type == NodeType::text) {
            if (raw.find_first_not_of(" \t\r\n") == std::string::npos && lines.back().times.empty()) {
                lines.back().node = id;
                lines.back().noise = noise[id] != kNoNoise;
                lines.back().structural_noise = noise[id] == kStructuralNoise;
            }
            append_text(raw, dom.text(id));
            add_hints(dom, id, lines.back());
        }
        ++id;
    }
    flush();
    lines.pop_back();
    return lines;
}

}  // namespace newsclean::extract
