#include "reader/html_parse.hpp"

#include <gumbo.h>

#include <array>
#include <cstddef>
#include <cstdlib>
#include <memory>
#include <new>
#include <vector>

namespace newsclean::reader {

namespace {

// Bump allocator handed to gumbo. Freeing the whole parse is then dropping a
// few big blocks: gumbo_destroy_output (which recurses over the tree and
// overflows the stack on deep pages) is never called, and the thousands of
// small malloc/free pairs of a parse disappear.
class Arena {
public:
    Arena() = default;
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;

    void* allocate(std::size_t size) {
        size = (size + kAlign - 1) & ~(kAlign - 1);
        if (size > kBlockSize / 4) {  // big requests get their own block
            blocks_.emplace_back(new (std::align_val_t(kAlign)) std::byte[size]);
            return blocks_.back().get();
        }
        if (used_ + size > kBlockSize || blocks_.empty()) {
            blocks_.emplace_back(new (std::align_val_t(kAlign)) std::byte[kBlockSize]);
            current_ = blocks_.back().get();
            used_ = 0;
        }
        void* p = current_ + used_;
        used_ += size;
        return p;
    }

    static void* gumbo_allocate(void* self, std::size_t size) { return static_cast<Arena*>(self)->allocate(size); }
    static void gumbo_free(void*, void*) {}  // released with the arena

private:
    static constexpr std::size_t kAlign = alignof(std::max_align_t);
    static constexpr std::size_t kBlockSize = 256 * 1024;

    struct AlignedDelete {
        void operator()(std::byte* p) const { ::operator delete[](p, std::align_val_t(kAlign)); }
    };
    std::vector<std::unique_ptr<std::byte[], AlignedDelete>> blocks_;
    std::byte* current_ = nullptr;
    std::size_t used_ = kBlockSize;
};

// RAII owner of one gumbo parse: the arena owns every byte gumbo allocated.
class GumboParse {
public:
    explicit GumboParse(std::string_view html) {
        GumboOptions options = kGumboDefaultOptions;
        options.allocator = &Arena::gumbo_allocate;
        options.deallocator = &Arena::gumbo_free;
        options.userdata = &arena_;
        options.max_errors = 0;  // error records copy the open-element stack: quadratic memory
        output_ = gumbo_parse_with_options(&options, html.data(), html.size());
    }
    GumboParse(const GumboParse&) = delete;
    GumboParse& operator=(const GumboParse&) = delete;
    const GumboNode* document() const { return output_ ? output_->document : nullptr; }

private:
    Arena arena_;  // declared first: outlives output_, which lives inside it
    GumboOutput* output_ = nullptr;
};

// GumboTag → Tag, built once from gumbo's own tag names.
const std::array<Tag, GUMBO_TAG_LAST + 1>& tag_table() {
    static const auto table = [] {
        std::array<Tag, GUMBO_TAG_LAST + 1> t{};
        for (int k = 0; k <= GUMBO_TAG_LAST; ++k) {
            const char* name = k == GUMBO_TAG_UNKNOWN || k == GUMBO_TAG_LAST
                                   ? ""
                                   : gumbo_normalized_tagname(static_cast<GumboTag>(k));
            t[static_cast<std::size_t>(k)] = tag_from_name(name ? name : "");
        }
        return t;
    }();
    return table;
}

struct Pending {
    const GumboNode* node;
    NodeId parent;
    std::uint16_t depth;
};

void add_element(Dom& dom, const GumboNode* g, NodeId parent, std::uint16_t depth, std::vector<Pending>& stack) {
    const GumboElement& el = g->v.element;
    Node n;
    n.type = NodeType::element;
    n.parent = parent;
    n.depth = depth;
    n.tag = tag_table()[el.tag];
    if (g->type == GUMBO_NODE_TEMPLATE) n.tag = Tag::template_;
    for (unsigned k = 0; k < el.attributes.length; ++k) {
        const auto* a = static_cast<const GumboAttribute*>(el.attributes.data[k]);
        dom.add_attribute(n, a->name, a->value);
    }
    const NodeId id = dom.add_node(n);
    const std::uint16_t child_depth = depth < 0xFFFF ? std::uint16_t(depth + 1) : depth;
    for (unsigned k = el.children.length; k-- > 0;)  // reversed: the stack pops them in order
        stack.push_back({static_cast<const GumboNode*>(el.children.data[k]), id, child_depth});
}

}  // namespace

Dom parse_html(std::string_view utf8_html) {
    const GumboParse parse(utf8_html);
    Dom dom;
    Node root;
    root.type = NodeType::document;
    root.tag = Tag::document;
    dom.add_node(root);
    const GumboNode* doc = parse.document();
    if (!doc) {
        dom.finish();
        return dom;
    }
    std::vector<Pending> stack;
    for (unsigned k = doc->v.document.children.length; k-- > 0;)
        stack.push_back({static_cast<const GumboNode*>(doc->v.document.children.data[k]), 0, 1});
    while (!stack.empty()) {
        const Pending p = stack.back();
        stack.pop_back();
        switch (p.node->type) {
            case GUMBO_NODE_ELEMENT:
            case GUMBO_NODE_TEMPLATE:
                add_element(dom, p.node, p.parent, p.depth, stack);
                break;
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_WHITESPACE:
            case GUMBO_NODE_CDATA: {
                Node n;
                n.type = NodeType::text;
                n.parent = p.parent;
                n.depth = p.depth;
                dom.set_text(n, p.node->v.text.text);
                dom.add_node(n);
                break;
            }
            default:  // comments and the document itself carry no content
                break;
        }
    }
    dom.finish();
    return dom;
}

}  // namespace newsclean::reader
