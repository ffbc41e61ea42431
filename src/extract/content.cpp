#include "extract/content.hpp"

#include <algorithm>

#include "extract/blocks.hpp"
#include "extract/boilerplate_text.hpp"
#include "extract/content_internal.hpp"
#include "util/fold.hpp"
#include "util/text.hpp"

namespace newsclean::extract {

using reader::Dom;
using reader::NodeId;
using reader::NodeType;

namespace {

using content::AttemptFlags;
using content::Drops;
using content::PageFacts;

// Readability.js DEFAULT_CHAR_THRESHOLD: fewer characters than this and the
// next, more lenient attempt is tried.
constexpr std::size_t kEnoughText = 500;

// The retry ladder, strictest first (Readability.js's flag order). The
// boilerplate rules stay on: a short story is still a story without its
// share bar (tests/fixtures/content/comments-and-author-box.html).
constexpr AttemptFlags kLadder[] = {
    {true, true, true, true},
    {false, true, true, true},
    {false, false, true, true},
    {false, false, false, true},
};

// Unlinked text inside <p> elements below each node: where the prose is.
std::vector<float> paragraph_text(const Dom& dom, const content::TextStats& all) {
    std::vector<float> para(dom.size(), 0.f);
    for (NodeId id = static_cast<NodeId>(dom.size()); id-- > 1;) {
        if (dom.is_element(id, reader::Tag::p)) para[id] = static_cast<float>(all.text[id]) - all.link[id];
        para[dom[id].parent] += para[id];
    }
    return para;
}

// Class rules whose widgets can hold paragraphs of prose (cookie and consent
// texts, newsletter plugs, comment threads, disclaimers): never protected by
// the prose guard (trafilatura eval page kirche-und-leben.de: a cookie box
// with more <p> text than the <p>-less story).
bool is_strong_boilerplate(std::string_view rule) {
    for (std::string_view strong : {"class:cookie", "class:newsletter", "class:comments", "class:disclaimer",
                                    "class:ticker", "class:ad", "class:author-box"})
        if (rule == strong) return true;
    return false;
}

// A list is never the story's container, however much caption text its
// items hold (readability test page bug-1255978: a gallery's <ul class=legends>).
bool is_list(reader::Tag t) { return t == reader::Tag::ul || t == reader::Tag::ol || t == reader::Tag::dl; }

// Nodes left out before scoring: page chrome by tag/class/role. A node
// holding much of the page's prose is never chrome, whatever its class says
// (trafilatura eval pages: the story inside "documentContent__sharingContainer"
// or "WcmsPageWideBannerPlaceHolder").
Drops initial_drops(const Dom& dom, const PageFacts& f, const AttemptFlags& flags, const std::vector<float>& para) {
    constexpr float kProseShare = 0.5f;
    Drops drops(dom.size());
    const float prose = para[f.body];
    for (NodeId id = 0; id < dom.size(); ++id) {
        if (dom[id].type != NodeType::element) continue;
        std::string_view rule;
        if (flags.strip_boilerplate && !f.boiler[id].empty()) rule = f.boiler[id];
        else if (flags.strip_unlikely && !f.unlikely[id].empty()) rule = f.unlikely[id];
        const bool protectable = !is_strong_boilerplate(rule) && !is_list(dom[id].tag);
        if (rule.empty() || (protectable && prose > 0 && para[id] > kProseShare * prose)) continue;
        drops[id] = rule;
        id = dom[id].subtree_end - 1;
    }
    return drops;
}

struct Attempt {
    content::Selection selection;
    std::vector<Block> blocks;       // after the block sweep
    std::vector<Removal> swept;      // what the sweep dropped (explaining only)
    std::size_t chars = 0;           // text left: what the ladder judges
};

std::size_t text_chars(const std::vector<Block>& blocks) {
    std::size_t n = 0;
    for (const Block& b : blocks) n += b.text.size();
    return n;
}

Attempt run_attempt(const Dom& dom, const PageFacts& f, const AttemptFlags& flags, const std::vector<float>& para,
                    const ContentOptions& options) {
    Attempt a;
    a.selection = content::select_main(dom, f, flags, initial_drops(dom, f, flags, para));
    content::clean_selection(dom, f, flags, options.title.value_or(""), a.selection);
    std::vector<bool> excluded(dom.size(), false);
    // Hidden subtrees (display:none, hidden, aria-hidden) are never text: Readability.js _isProbablyVisible.
    for (NodeId id = 0; id < dom.size(); ++id) excluded[id] = !a.selection.drops[id].empty() || f.invisible[id];
    BlockOptions bo;
    bo.excluded = &excluded;
    bo.base_url = options.base_url;
    // Measured after the sweep: a box of disclaimers and consent text is not "enough text".
    a.blocks = sweep_blocks(build_blocks(dom, a.selection.root, bo), options, options.explain ? &a.swept : nullptr);
    a.chars = text_chars(a.blocks);
    return a;
}

// The text of a dropped subtree for --explain, its text nodes spaced apart
// so that table cells and spans read "BTC 115,373.16 -1.91%", not "BTC115,373.16-1.91%".
std::string excerpt_text(const Dom& dom, NodeId id) {
    constexpr std::size_t kEnough = 400;  // bytes gathered; the excerpt keeps fewer
    std::string raw;
    for (NodeId k = id; k < dom[id].subtree_end && raw.size() < kEnough; ++k) {
        if (dom[k].type == NodeType::element && is_non_content_tag(dom[k].tag)) {
            k = dom[k].subtree_end - 1;
            continue;
        }
        if (dom[k].type == NodeType::text) raw.append(dom.text(k)).push_back(' ');
    }
    return util::collapse_whitespace(raw);
}

// Every dropped subtree in document order: those inside the chosen root with
// their rule, and everything around the root (the page outside the story)
// with the rule that marked it, else "outside-content".
void explain_drops(const Dom& dom, const content::Selection& sel, NodeId body, std::vector<Removal>& out) {
    constexpr std::size_t kExcerpt = 80;
    std::vector<std::pair<NodeId, std::string_view>> dropped;
    for (NodeId id = sel.root; id < dom[sel.root].subtree_end; ++id) {
        if (sel.drops[id].empty()) continue;
        dropped.emplace_back(id, sel.drops[id]);
        id = dom[id].subtree_end - 1;
    }
    for (NodeId inner = sel.root; inner != body && dom[inner].parent != reader::kNoNode; inner = dom[inner].parent) {
        for (NodeId c = dom[dom[inner].parent].first_child; c != reader::kNoNode; c = dom[c].next_sibling)
            if (c != inner) dropped.emplace_back(c, sel.drops[c].empty() ? "outside-content" : sel.drops[c]);
    }
    std::sort(dropped.begin(), dropped.end());
    for (const auto& [id, rule] : dropped) {
        std::string text = excerpt_text(dom, id);
        if (text.empty()) continue;
        if (text.size() > kExcerpt) {
            std::size_t cut = kExcerpt;
            while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
            text = text.substr(0, cut) + "…";
        }
        out.push_back({std::string(rule), std::move(text)});
    }
}

}  // namespace

ContentResult select_content(const Dom& dom, const ContentOptions& options) {
    ContentResult result;
    if (dom.empty()) return result;
    const PageFacts facts = content::compute_facts(dom);
    const content::TextStats all = content::compute_stats(dom, facts, Drops(dom.size()));
    const std::vector<float> para = paragraph_text(dom, all);
    Attempt best;
    for (const AttemptFlags& flags : kLadder) {
        Attempt a = run_attempt(dom, facts, flags, para, options);
        const bool enough = a.chars >= kEnoughText;
        if (a.chars > best.chars || best.selection.drops.empty()) best = std::move(a);
        if (enough) break;
    }
    if (options.explain && !best.selection.drops.empty()) explain_drops(dom, best.selection, facts.body, result.removed);
    result.removed.insert(result.removed.end(), best.swept.begin(), best.swept.end());
    result.blocks = std::move(best.blocks);
    result.root = best.selection.root;
    return result;
}

}  // namespace newsclean::extract
