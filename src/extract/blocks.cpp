#include "extract/blocks.hpp"

#include <algorithm>
#include <utility>

#include "extract/url.hpp"
#include "util/text.hpp"

namespace newsclean::extract {

namespace {

// study-o round 12 H4 (faz shell: `<figcaption><span>Einmal-Codes … die neue Mac-Version</span><span>Bild:
// Hersteller</span></figcaption>` reads "…Mac-VersionBild: Hersteller"; every German site sets "Bild: dpa",
// "Foto: Imago" so, en sites "Photo: Reuters"): where a picture-credit label run into the caption's last word
// starts, npos when none. The caption stays (the dev truths keep captions); its credit goes, as the README
// says of caption credits. Only a glued label: "…, photo: X" after a space is the caption's own wording.
std::size_t glued_caption_credit(std::string_view text) {
    constexpr std::size_t kMaxCreditBytes = 40;
    for (std::string_view label : {"Bild:", "Foto:", "Photo:", "Image:", "Credit:", "Fotos:", "Bilder:"}) {
        const std::size_t at = text.rfind(label);
        if (at == std::string_view::npos || at == 0 || text.size() - at > kMaxCreditBytes) continue;
        const char before = text[at - 1];
        if ((before >= 'a' && before <= 'z') || (before >= '0' && before <= '9') || before == ')' || before == '.')
            return at;
    }
    return std::string_view::npos;
}

}  // namespace

using reader::Dom;
using reader::NodeId;
using reader::NodeType;
using reader::Tag;

bool is_non_content_tag(Tag t) {
    switch (t) {
        case Tag::script: case Tag::style: case Tag::noscript: case Tag::template_: case Tag::head:
        case Tag::title: case Tag::meta: case Tag::link: case Tag::base: case Tag::button:
        case Tag::select: case Tag::option: case Tag::optgroup: case Tag::input: case Tag::textarea:
        case Tag::iframe: case Tag::svg: case Tag::object: case Tag::embed: case Tag::canvas: case Tag::audio:
        case Tag::video: case Tag::dialog: case Tag::math: case Tag::param: case Tag::source: case Tag::track:
        case Tag::frame: case Tag::label: case Tag::output: case Tag::progress: case Tag::meter:
        case Tag::rt: case Tag::rp:  // ruby annotations (furigana) are reading aids, not text: nhk.or.jp eval page
            return true;
        default:
            return false;
    }
}

bool is_block_tag(Tag t) {
    switch (t) {
        case Tag::address: case Tag::article: case Tag::aside: case Tag::blockquote: case Tag::body:
        case Tag::caption: case Tag::center: case Tag::dd: case Tag::details: case Tag::div: case Tag::dl:
        case Tag::dt: case Tag::fieldset: case Tag::figcaption: case Tag::figure: case Tag::footer:
        case Tag::h1: case Tag::h2: case Tag::h3: case Tag::h4: case Tag::h5: case Tag::h6: case Tag::header:
        case Tag::hgroup: case Tag::hr: case Tag::html: case Tag::legend: case Tag::li: case Tag::main:
        case Tag::menu: case Tag::nav: case Tag::ol: case Tag::p: case Tag::pre: case Tag::section:
        case Tag::summary: case Tag::table: case Tag::tbody: case Tag::td: case Tag::tfoot: case Tag::th:
        case Tag::thead: case Tag::tr: case Tag::ul: case Tag::document:
            return true;
        default:
            return false;
    }
}

int heading_level(Tag t) {
    switch (t) {
        case Tag::h1: return 1;
        case Tag::h2: return 2;
        case Tag::h3: return 3;
        case Tag::h4: return 4;
        case Tag::h5: return 5;
        case Tag::h6: return 6;
        default: return 0;
    }
}

namespace {

// U+00AD marks where a word may break; it is not part of the word
// ("Ita&shy;li&shy;ens" is "Italiens": trafilatura eval page weinkenner.de).
std::string strip_soft_hyphens(std::string s) {
    constexpr std::string_view kSoftHyphen = "\xC2\xAD";
    std::size_t at = s.find(kSoftHyphen);
    if (at == std::string::npos) return s;
    std::string out;
    out.reserve(s.size());
    std::size_t from = 0;
    for (; at != std::string::npos; at = s.find(kSoftHyphen, from)) {
        out.append(s, from, at - from);
        from = at + kSoftHyphen.size();
    }
    out.append(s, from, std::string::npos);
    return out;
}

// Inline text accumulated for the block being built, whitespace collapsed as
// it is appended so that link offsets stay exact.
struct InlineText {
    std::string text;
    bool pending_space = false;
    bool after_br = false;  // nothing but white space since the last <br>

    void append(std::string_view raw) {
        const std::string collapsed = strip_soft_hyphens(util::collapse_whitespace(raw));
        if (!collapsed.empty()) after_br = false;
        const bool lead = !raw.empty() && (util::is_ascii_space(raw.front()) || collapsed.empty());
        const bool trail = !raw.empty() && util::is_ascii_space(raw.back());
        if (collapsed.empty()) {
            pending_space = pending_space || lead;
            return;
        }
        if ((pending_space || lead) && !text.empty() && text.back() != '\n') text.push_back(' ');
        text.append(collapsed);
        pending_space = trail;
    }
    void line_break() {
        if (!text.empty() && text.back() != '\n') text.push_back('\n');
        pending_space = false;
    }
    bool empty() const { return text.empty(); }
};

// A pending link: where its text starts in the block under construction.
struct OpenLink {
    NodeId node;
    std::size_t start;
    std::string href;
};

// Context of the enclosing kind-bearing elements, innermost last.
struct Context {
    BlockKind kind = BlockKind::paragraph;
    int level = 0;
    bool ordered = false;
    std::string lang;
    int item = -1;  // list items: index into Builder::item_emitted_ of the enclosing <li>
};

class Builder {
public:
    Builder(const Dom& dom, const BlockOptions& options) : dom_(dom), options_(options) {}

    std::vector<Block> run(NodeId root) {
        struct Frame {
            NodeId id;
            bool exiting;
        };
        std::vector<Frame> stack{{root, false}};
        while (!stack.empty()) {
            const Frame f = stack.back();
            stack.pop_back();
            if (f.exiting) {
                leave(f.id);
                continue;
            }
            if (!enter(f.id)) continue;
            stack.push_back({f.id, true});
            push_children(f.id, stack);
        }
        flush();
        return std::move(blocks_);
    }

private:
    template <class Stack>
    void push_children(NodeId id, Stack& stack) {
        const std::size_t mark = stack.size();
        for (NodeId c = dom_[id].first_child; c != reader::kNoNode; c = dom_[c].next_sibling) stack.push_back({c, false});
        std::reverse(stack.begin() + static_cast<std::ptrdiff_t>(mark), stack.end());
    }

    bool excluded(NodeId id) const { return options_.excluded && (*options_.excluded)[id]; }

    // Returns false when the node's subtree is done (text, skipped, or handled whole).
    bool enter(NodeId id) {
        const reader::Node& n = dom_[id];
        if (excluded(id)) return false;
        if (n.type == NodeType::text) {
            if (in_pre_ > 0) {
                text_.text.append(dom_.text(id));
            } else {
                text_.append(dom_.text(id));
            }
            return false;
        }
        if (n.type != NodeType::element) return true;
        if (is_non_content_tag(n.tag)) return false;
        if (n.tag != Tag::br && n.tag != Tag::font && n.tag != Tag::span) text_.after_br = false;
        switch (n.tag) {
            case Tag::br:  // <br><br> ends a paragraph (Readability.js _replaceBrs; repost `livewire` shell)
                if (text_.after_br) flush();
                else text_.line_break();
                text_.after_br = true;
                return false;
            case Tag::img: add_image(id); return false;
            case Tag::table:
                if (is_data_table(id)) {
                    add_table(id);
                    return false;
                }
                break;
            default: break;
        }
        if (is_block_tag(n.tag)) flush();
        open_context(id);
        if (n.tag == Tag::a) {
            if (auto href = dom_.attr(id, "href"))
                links_.push_back({id, text_.text.size() + (text_.pending_space && !text_.empty() ? 1 : 0),
                                  resolve_url(options_.base_url, *href)});
        }
        return true;
    }

    void leave(NodeId id) {
        const reader::Node& n = dom_[id];
        if (n.tag == Tag::a && !links_.empty() && links_.back().node == id) close_link();
        if (is_block_tag(n.tag)) flush();
        close_context(id);
    }

    void open_context(NodeId id) {
        const Tag t = dom_[id].tag;
        Context c = contexts_.empty() ? Context{} : contexts_.back();
        bool pushes = true;
        if (const int level = heading_level(t)) {
            c.kind = BlockKind::heading, c.level = level;
        } else if (t == Tag::ul || t == Tag::ol || t == Tag::menu) {
            c.ordered = t == Tag::ol;
            ++list_depth_;
            ++lists_opened_;
            list_has_items_.push_back(false);
        } else if (t == Tag::li) {
            c.kind = BlockKind::list_item, c.level = list_depth_ > 0 ? list_depth_ : 1;
            c.item = static_cast<int>(item_emitted_.size());
            item_emitted_.push_back(false);
        } else if (t == Tag::blockquote) {
            c.kind = BlockKind::quote;
        } else if (t == Tag::pre) {
            c.kind = BlockKind::code, c.lang = code_language(id);
            ++in_pre_;
        } else if (t == Tag::figcaption) {
            c.kind = BlockKind::caption;
        } else {
            pushes = false;
        }
        if (pushes) contexts_.push_back(std::move(c)), context_owner_.push_back(id);
    }

    void close_context(NodeId id) {
        if (context_owner_.empty() || context_owner_.back() != id) return;
        const Tag t = dom_[id].tag;
        if (t == Tag::ul || t == Tag::ol || t == Tag::menu) {
            --list_depth_;
            // A list that gave no item opened nothing the reader will see.
            if (!list_has_items_.back() && lists_opened_ > 0) --lists_opened_;
            list_has_items_.pop_back();
        }
        if (t == Tag::pre) --in_pre_;
        contexts_.pop_back();
        context_owner_.pop_back();
    }

    std::string code_language(NodeId pre) const {
        // <pre class="language-js"> or <pre><code class="lang-js">: the common highlighters' conventions.
        for (NodeId id = pre; id < dom_[pre].subtree_end; ++id) {
            if (dom_[id].type != NodeType::element) continue;
            const std::string cls = util::to_lower_ascii(dom_.attr_or_empty(id, "class"));
            for (std::string_view prefix : {"language-", "lang-"}) {
                const std::size_t at = cls.find(prefix);
                if (at == std::string::npos) continue;
                const std::size_t b = at + prefix.size();
                std::size_t e = b;
                while (e < cls.size() && !util::is_ascii_space(cls[e])) ++e;
                return cls.substr(b, e - b);
            }
        }
        return {};
    }

    void close_link() {
        OpenLink link = std::move(links_.back());
        links_.pop_back();
        if (link.start >= text_.text.size()) return;
        std::string text = text_.text.substr(link.start);
        if (!text.empty() && !link.href.empty()) done_links_.push_back({std::move(text), std::move(link.href)});
    }

    void add_image(NodeId id) {
        std::string src(dom_.attr_or_empty(id, "src"));
        for (std::string_view lazy : {"data-src", "data-lazy-src", "data-original"})  // lazy-loading conventions
            if (auto v = dom_.attr(id, lazy); v && !v->empty()) src = std::string(*v);
        if (src.empty() || src.rfind("data:", 0) == 0) return;
        flush();
        Block b;
        b.kind = BlockKind::image;
        b.src = resolve_url(options_.base_url, src);
        b.alt = util::collapse_whitespace(dom_.attr_or_empty(id, "alt"));
        blocks_.push_back(std::move(b));
    }

    // A table of data (not page layout): no nested tables and no block-level
    // paragraphs inside its cells.
    bool is_data_table(NodeId table) const {
        for (NodeId id = table + 1; id < dom_[table].subtree_end; ++id) {
            const Tag t = dom_[id].tag;
            if (dom_[id].type == NodeType::element &&
                (t == Tag::table || t == Tag::p || t == Tag::div || t == Tag::ul || t == Tag::ol || t == Tag::h1 ||
                 t == Tag::h2 || t == Tag::h3 || t == Tag::blockquote))
                return false;
        }
        return true;
    }

    void add_table(NodeId table) {
        flush();
        Block b;
        b.kind = BlockKind::table;
        std::string flat;
        for (NodeId id = table + 1; id < dom_[table].subtree_end; ++id) {
            if (!dom_.is_element(id, Tag::tr) || excluded(id)) continue;
            std::vector<std::string> row;
            bool header_row = true;
            for (NodeId c = dom_[id].first_child; c != reader::kNoNode; c = dom_[c].next_sibling) {
                if (!dom_.is_element(c, Tag::td) && !dom_.is_element(c, Tag::th)) continue;
                header_row = header_row && dom_.is_element(c, Tag::th);
                row.push_back(dom_.text_content(c));
            }
            if (row.empty()) continue;
            if (b.rows.empty()) b.has_header = header_row || dom_[dom_[id].parent].tag == Tag::thead;
            std::string line;
            for (const auto& cell : row) {
                if (cell.empty()) continue;
                if (!line.empty()) line.push_back(' ');
                line += cell;
            }
            if (!line.empty()) flat += (flat.empty() ? "" : "\n") + line;
            b.rows.push_back(std::move(row));
        }
        // The <caption> is a caption block of its own, so the Markdown writer can
        // render it next to the table rather than lose it (the rows hold cells only).
        if (const NodeId cap = dom_.find_first(Tag::caption, table); cap != reader::kNoNode && !excluded(cap)) {
            Block caption;
            caption.kind = BlockKind::caption;
            caption.text = dom_.text_content(cap);
            if (!caption.text.empty()) blocks_.push_back(std::move(caption));
        }
        if (flat.empty()) return;
        b.text = std::move(flat);
        blocks_.push_back(std::move(b));
    }

    void flush() {
        while (!links_.empty() && links_.back().start > text_.text.size()) links_.pop_back();
        std::string text = in_pre_ > 0 ? trim_code(text_.text) : std::string(util::trim(text_.text));
        if (!text.empty()) {
            const Context c = contexts_.empty() ? Context{} : contexts_.back();
            Block b;
            b.kind = c.kind;
            b.level = c.level;
            b.ordered = c.ordered;
            b.lang = c.lang;
            if (c.kind == BlockKind::list_item && c.item >= 0) {
                // <li><p>a</p><p>b</p></li>, or text after a nested list: one item, several
                // paragraphs. Without this mark every paragraph became an item of its own.
                b.continues = item_emitted_[static_cast<std::size_t>(c.item)];
                item_emitted_[static_cast<std::size_t>(c.item)] = true;
                // Two adjacent <ul>s, or <ul><ul><li>: lists the writer must keep apart.
                if (!b.continues) b.new_lists = std::exchange(lists_opened_, 0);
                if (!list_has_items_.empty()) list_has_items_.back() = true;
            }
            if (c.kind == BlockKind::caption)
                if (const std::size_t credit = glued_caption_credit(text); credit != std::string::npos)
                    text = std::string(util::trim(std::string_view(text).substr(0, credit)));
            b.text = std::move(text);
            b.links = std::move(done_links_);
            blocks_.push_back(std::move(b));
        }
        done_links_.clear();
        for (auto& l : links_) l.start = 0;  // a link spanning blocks continues in the next one
        text_ = InlineText{};
    }

    static std::string trim_code(const std::string& s) {
        std::size_t b = 0, e = s.size();
        while (b < e && (s[b] == '\n' || s[b] == '\r')) ++b;
        while (e > b && util::is_ascii_space(s[e - 1])) --e;
        return s.substr(b, e - b);
    }

    const Dom& dom_;
    const BlockOptions& options_;
    std::vector<Block> blocks_;
    InlineText text_;
    std::vector<Context> contexts_;
    std::vector<NodeId> context_owner_;
    std::vector<OpenLink> links_;
    std::vector<Link> done_links_;
    std::vector<bool> item_emitted_;    // per <li> opened: has it produced a block yet
    std::vector<bool> list_has_items_;  // per open <ul>/<ol>: has it produced an item yet
    int lists_opened_ = 0;              // lists opened since the last item block
    int list_depth_ = 0;
    int in_pre_ = 0;
};

}  // namespace

std::vector<Block> build_blocks(const Dom& dom, NodeId root, const BlockOptions& options) {
    if (dom.empty()) return {};
    return Builder(dom, options).run(root);
}

}  // namespace newsclean::extract
