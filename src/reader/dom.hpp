// newsclean's own read-only DOM: a flat arena of nodes in document (pre)order,
// built once from gumbo's tree. Flat storage makes every walk an index loop
// (no recursion; descendants of n are the ids n+1 .. n.subtree_end-1) and
// keeps gumbo types inside src/reader.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsclean::reader {

// The HTML elements the extractor distinguishes; anything else is `other`.
#define NEWSCLEAN_TAGS(X)                                                                              \
    X(a) X(abbr) X(address) X(article) X(aside) X(audio) X(b) X(base) X(bdi) X(bdo) X(blockquote)      \
    X(body) X(br) X(button) X(canvas) X(caption) X(center) X(cite) X(code) X(col) X(colgroup) X(data)  \
    X(dd) X(del) X(details) X(dfn) X(dialog) X(div) X(dl) X(dt) X(em) X(embed) X(fieldset)             \
    X(figcaption) X(figure) X(font) X(footer) X(form) X(frame) X(h1) X(h2) X(h3) X(h4) X(h5) X(h6)     \
    X(head) X(header) X(hgroup) X(hr) X(html) X(i) X(iframe) X(img) X(input) X(ins) X(kbd) X(label)    \
    X(legend) X(li) X(link) X(main) X(mark) X(math) X(menu) X(meta) X(meter) X(nav) X(noscript)        \
    X(object) X(ol) X(optgroup) X(option) X(output) X(p) X(param) X(picture) X(pre) X(progress) X(q)   \
    X(rp) X(rt) X(ruby) X(s) X(samp) X(script) X(section) X(select) X(small) X(source) X(span)         \
    X(strike) X(strong) X(style) X(sub) X(summary) X(sup) X(svg) X(table) X(tbody) X(td) X(template_)   \
    X(textarea) X(tfoot) X(th) X(thead) X(time) X(title) X(tr) X(track) X(tt) X(u) X(ul) X(var)       \
    X(video) X(wbr)

enum class Tag : std::uint8_t {
#define NEWSCLEAN_TAG_ENUM(name) name,
    NEWSCLEAN_TAGS(NEWSCLEAN_TAG_ENUM)
#undef NEWSCLEAN_TAG_ENUM
    other,
    document,  // the root node
};

std::string_view tag_name(Tag tag);
Tag tag_from_name(std::string_view lower_case_name);

using NodeId = std::uint32_t;
inline constexpr NodeId kNoNode = 0xFFFFFFFFu;

enum class NodeType : std::uint8_t { document, element, text };

struct Node {
    NodeId parent = kNoNode;
    NodeId first_child = kNoNode;
    NodeId next_sibling = kNoNode;
    NodeId subtree_end = 0;   // one past the last descendant (pre-order ids)
    std::uint32_t text_begin = 0, text_size = 0;   // text nodes: into Dom::pool
    std::uint32_t attr_begin = 0, attr_count = 0;  // elements: into Dom::attrs
    std::uint16_t depth = 0;
    NodeType type = NodeType::element;
    Tag tag = Tag::other;
};

struct Attribute {
    std::uint32_t name_begin, name_size, value_begin, value_size;  // into Dom::pool
};

class Dom {
public:
    NodeId root() const { return 0; }
    std::size_t size() const { return nodes_.size(); }
    bool empty() const { return nodes_.empty(); }
    const Node& operator[](NodeId id) const { return nodes_[id]; }

    std::string_view text(NodeId id) const;  // a text node's text
    std::optional<std::string_view> attr(NodeId id, std::string_view name) const;
    std::string_view attr_or_empty(NodeId id, std::string_view name) const;

    struct AttrView {
        std::string_view name, value;
    };
    std::vector<AttrView> attributes(NodeId id) const;
    // The k-th attribute (k < attr_count), without building a vector: for
    // walks that read several attributes of every element in one pass.
    AttrView attribute(NodeId id, std::uint32_t k) const {
        const Attribute& a = attrs_[nodes_[id].attr_begin + k];
        const std::string_view pool(pool_);
        return {pool.substr(a.name_begin, a.name_size), pool.substr(a.value_begin, a.value_size)};
    }

    bool is_element(NodeId id, Tag tag) const {
        return nodes_[id].type == NodeType::element && nodes_[id].tag == tag;
    }
    // All text below `id`, in order, whitespace collapsed; skips script/style/template.
    std::string text_content(NodeId id) const;
    // text_content without the subtrees of the descendant elements `drop(k)`
    // picks; a space stands in for each, so the words around it stay apart.
    template <class Drop>
    std::string text_content_without(NodeId id, Drop&& drop) const;
    // First element with this tag in document order, or kNoNode.
    NodeId find_first(Tag tag, NodeId within = 0) const;
    // Whether the text nodes below `id` hold more than `limit` bytes (a headline
    // is a line, not a section); stops reading there.
    bool holds_more_text_than(NodeId id, std::size_t limit) const {
        std::size_t bytes = 0;
        for (NodeId k = id + 1; k < nodes_[id].subtree_end; ++k)
            if (nodes_[k].type == NodeType::text && (bytes += text(k).size()) > limit) return true;
        return false;
    }

    // Building (used by the HTML reader only).
    NodeId add_node(Node node);
    void set_text(Node& node, std::string_view text);
    void add_attribute(Node& node, std::string_view name, std::string_view value);
    void finish();  // links siblings/children and computes subtree_end
    Node& mutable_node(NodeId id) { return nodes_[id]; }

private:
    static std::string collapsed(std::string_view raw);  // util::collapse_whitespace
    std::uint32_t intern(std::string_view s);

    std::vector<Node> nodes_;
    std::vector<Attribute> attrs_;
    std::string pool_;
};

template <class Drop>
std::string Dom::text_content_without(NodeId id, Drop&& drop) const {
    // An element with one text child (a <title>, most headings and labels):
    // collapsed straight from the pool, without a raw copy first.
    if (const Node& e = nodes_[id]; e.type == NodeType::element && e.subtree_end == id + 2 &&
                                    nodes_[id + 1].type == NodeType::text && e.tag != Tag::script &&
                                    e.tag != Tag::style && e.tag != Tag::template_)
        return collapsed(text(id + 1));
    std::string raw;
    for (NodeId k = id; k < nodes_[id].subtree_end;) {
        const Node& n = nodes_[k];
        if (n.type == NodeType::element) {
            if (n.tag == Tag::script || n.tag == Tag::style || n.tag == Tag::template_) {
                k = n.subtree_end;
                continue;
            }
            if (k != id && drop(k)) {
                raw.push_back(' ');
                k = n.subtree_end;
                continue;
            }
            if (n.tag == Tag::br) raw.push_back(' ');
        } else if (n.type == NodeType::text) {
            raw.append(text(k));
        }
        ++k;
    }
    return collapsed(raw);
}

}  // namespace newsclean::reader
