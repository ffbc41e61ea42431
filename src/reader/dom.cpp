#include "reader/dom.hpp"

#include <algorithm>
#include <array>

#include "util/text.hpp"

namespace newsclean::reader {

namespace {

struct TagEntry {
    std::string_view name;
    Tag tag;
};

// `template` is a C++ keyword, so its enumerator carries a trailing underscore.
constexpr std::string_view html_name(std::string_view identifier) {
    return identifier.back() == '_' ? identifier.substr(0, identifier.size() - 1) : identifier;
}

constexpr std::array kTagNames = {
#define NEWSCLEAN_TAG_ENTRY(name) TagEntry{html_name(#name), Tag::name},
    NEWSCLEAN_TAGS(NEWSCLEAN_TAG_ENTRY)
#undef NEWSCLEAN_TAG_ENTRY
};

}  // namespace

std::string_view tag_name(Tag tag) {
    const auto index = static_cast<std::size_t>(tag);
    if (index < kTagNames.size()) return kTagNames[index].name;
    return tag == Tag::document ? "#document" : "";
}

Tag tag_from_name(std::string_view name) {
    // kTagNames is alphabetical (the X-macro list is kept sorted), so binary search.
    const auto it = std::lower_bound(kTagNames.begin(), kTagNames.end(), name,
                                     [](const TagEntry& e, std::string_view n) { return e.name < n; });
    return it != kTagNames.end() && it->name == name ? it->tag : Tag::other;
}

std::string_view Dom::text(NodeId id) const {
    const Node& n = nodes_[id];
    return std::string_view(pool_).substr(n.text_begin, n.text_size);
}

std::optional<std::string_view> Dom::attr(NodeId id, std::string_view name) const {
    const Node& n = nodes_[id];
    const std::string_view pool(pool_);
    for (std::uint32_t k = 0; k < n.attr_count; ++k) {
        const Attribute& a = attrs_[n.attr_begin + k];
        if (pool.substr(a.name_begin, a.name_size) == name) return pool.substr(a.value_begin, a.value_size);
    }
    return std::nullopt;
}

std::string_view Dom::attr_or_empty(NodeId id, std::string_view name) const {
    return attr(id, name).value_or(std::string_view());
}

std::vector<Dom::AttrView> Dom::attributes(NodeId id) const {
    const Node& n = nodes_[id];
    const std::string_view pool(pool_);
    std::vector<AttrView> out;
    out.reserve(n.attr_count);
    for (std::uint32_t k = 0; k < n.attr_count; ++k) {
        const Attribute& a = attrs_[n.attr_begin + k];
        out.push_back({pool.substr(a.name_begin, a.name_size), pool.substr(a.value_begin, a.value_size)});
    }
    return out;
}

std::string Dom::text_content(NodeId id) const {
    return text_content_without(id, [](NodeId) { return false; });
}

std::string Dom::collapsed(std::string_view raw) { return util::collapse_whitespace(raw); }

NodeId Dom::find_first(Tag tag, NodeId within) const {
    if (nodes_.empty()) return kNoNode;
    const NodeId end = nodes_[within].subtree_end;
    for (NodeId k = within; k < end; ++k)
        if (is_element(k, tag)) return k;
    return kNoNode;
}

std::uint32_t Dom::intern(std::string_view s) {
    const auto at = static_cast<std::uint32_t>(pool_.size());
    pool_.append(s);
    return at;
}

NodeId Dom::add_node(Node node) {
    nodes_.push_back(node);
    return static_cast<NodeId>(nodes_.size() - 1);
}

void Dom::set_text(Node& node, std::string_view text) {
    node.text_begin = intern(text);
    node.text_size = static_cast<std::uint32_t>(text.size());
}

void Dom::add_attribute(Node& node, std::string_view name, std::string_view value) {
    if (node.attr_count == 0) node.attr_begin = static_cast<std::uint32_t>(attrs_.size());
    const std::uint32_t nb = intern(name);
    const std::uint32_t vb = intern(value);
    attrs_.push_back({nb, static_cast<std::uint32_t>(name.size()), vb, static_cast<std::uint32_t>(value.size())});
    ++node.attr_count;
}

void Dom::finish() {
    // Nodes were added in pre-order with `parent` set: link children and
    // siblings in one forward pass, then sizes in one backward pass.
    std::vector<NodeId> last_child(nodes_.size(), kNoNode);
    for (NodeId id = 1; id < nodes_.size(); ++id) {
        const NodeId p = nodes_[id].parent;
        if (last_child[p] == kNoNode)
            nodes_[p].first_child = id;
        else
            nodes_[last_child[p]].next_sibling = id;
        last_child[p] = id;
    }
    std::vector<std::uint32_t> size(nodes_.size(), 1);
    for (NodeId id = static_cast<NodeId>(nodes_.size()); id-- > 1;) size[nodes_[id].parent] += size[id];
    for (NodeId id = 0; id < nodes_.size(); ++id) nodes_[id].subtree_end = id + size[id];
}

}  // namespace newsclean::reader
