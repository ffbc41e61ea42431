// Page facts and text statistics for the content selector.
#include <algorithm>
#include <unordered_map>

#include "extract/blocks.hpp"
#include "extract/boilerplate_text.hpp"
#include "extract/dates.hpp"
#include "extract/text_lines.hpp"
#include "extract/content_internal.hpp"
#include "extract/visibility.hpp"
#include "lexicon/class_tokens.hpp"
#include "util/fold.hpp"
#include "util/text.hpp"

namespace newsclean::extract::content {

using reader::NodeType;
using reader::Tag;

namespace {

// Readability.js DIV_TO_P_ELEMS: a div holding none of these reads as a paragraph.
bool breaks_paragraph(Tag t) {
    switch (t) {
        case Tag::blockquote: case Tag::dl: case Tag::div: case Tag::img: case Tag::ol: case Tag::p:
        case Tag::pre: case Tag::table: case Tag::ul: case Tag::section: case Tag::article: case Tag::h1:
        case Tag::h2: case Tag::h3: case Tag::h4: case Tag::h5: case Tag::h6: case Tag::figure:
            return true;
        default:
            return false;
    }
}

int class_weight(std::string_view lower_class, std::string_view lower_id) {
    int w = 0;
    for (std::string_view s : {lower_class, lower_id}) {
        if (s.empty()) continue;
        if (!lexicon::find_token(lexicon::kNegativeWeight, s).empty()) w -= 25;
        if (!lexicon::find_token(lexicon::kPositiveWeight, s).empty()) w += 25;
    }
    return w;
}

// Page chrome by tag: never the story (Readability drops footer/aside too).
std::string_view boiler_tag(Tag t) {
    switch (t) {
        case Tag::nav: return "tag:nav";
        case Tag::aside: return "tag:aside";
        case Tag::footer: return "tag:footer";
        case Tag::dialog: return "tag:dialog";
        default: return {};
    }
}

std::string_view boiler_class(std::string_view class_id) {
    for (const lexicon::TokenTable& table : lexicon::boilerplate_class_tables())
        if (!lexicon::find_token(table, class_id).empty()) return table.name;
    for (const lexicon::TokenTable& table : lexicon::boilerplate_class_word_tables())
        if (!lexicon::find_class_word(table, class_id).empty()) return table.name;
    for (const lexicon::TokenTable& table : lexicon::boilerplate_class_name_tables())
        if (!lexicon::find_class_name(table, class_id).empty()) return table.name;
    return {};
}

// Containers that hold the story even when a class name says otherwise.
bool is_story_container(Tag t) { return t == Tag::body || t == Tag::html || t == Tag::main || t == Tag::article; }

// What the class and id say, whatever the tag: computed once per distinct
// class/id pair of the page (utility-class pages repeat the same long class
// strings on hundreds of elements).
struct NameFacts {
    std::int16_t weight = 0;
    bool share = false, unlikely = false, story = false;
    bool editor_heading = false;  // an editor's subhead class ("longform-header-two")
    bool screen_reader = false;  // text clipped off screen (sr-only, visually-hidden...)
    std::string_view boiler;
};

NameFacts classify_names(std::string_view raw_class, std::string_view raw_id) {
    NameFacts n;
    const std::string cls = util::to_lower_ascii(raw_class);
    const std::string idv = util::to_lower_ascii(raw_id);
    // An id slugged from a heading ("sharing-with-a-single-developer", Sphinx
    // and most static-site generators) names the section, not its role.
    const bool slug_id = std::count(idv.begin(), idv.end(), '-') >= 3;
    const std::string both = slug_id ? cls : cls + " " + idv;
    n.weight = static_cast<std::int16_t>(class_weight(cls, idv));
    n.share = both.find("share") != std::string::npos;
    n.unlikely = both.size() > 1 && !lexicon::find_token(lexicon::kUnlikelyCandidate, both).empty() &&
                 lexicon::find_token(lexicon::kMaybeCandidate, both).empty();
    n.story = !lexicon::find_token(lexicon::kStoryContainer, cls).empty();  // names the story: no chrome
    n.editor_heading = !lexicon::find_token(lexicon::kEditorHeadingTokens, cls).empty();
    n.screen_reader = !lexicon::find_token(lexicon::kScreenReaderOnly, cls).empty();
    if (!n.story && both.size() > 1) n.boiler = boiler_class(both);
    return n;
}

// What schema.org microdata says the element is: a comment or the counter under a post
// (lexicon::kCommentMicrodataNames), whatever its class names and its tag (WordPress themes set each comment in
// an <article itemprop="comment">). Read from the itemprop list and from the last path part of the itemtype.
std::string_view microdata_boiler(const Dom& dom, NodeId id) {
    const std::string_view prop = dom.attr_or_empty(id, "itemprop");
    std::string_view type = dom.attr_or_empty(id, "itemtype");
    if (prop.empty() && type.empty()) return {};
    type = type.substr(type.find_last_of('/') + 1);  // npos + 1: the whole value
    for (std::string_view names : {prop, type})
        if (!names.empty() &&
            !lexicon::find_class_name(lexicon::kCommentMicrodataNames, util::to_lower_ascii(names)).empty())
            return lexicon::kCommentMicrodataNames.name;
    return {};
}

// Whether the element's text holds a letter or digit (any non-ASCII byte counts).
bool has_letter(const Dom& dom, NodeId id) {
    for (NodeId k = id + 1; k < dom[id].subtree_end; ++k) {
        if (dom[k].type != NodeType::text) continue;
        for (char c : dom.text(k))
            if (util::is_word_byte(c)) return true;
    }
    return false;
}

class ElementClassifier {
public:
    void classify(const Dom& dom, NodeId id, PageFacts& f) {
        const Tag t = dom[id].tag;
        const NameFacts& n = names(dom.attr_or_empty(id, "class"), dom.attr_or_empty(id, "id"));
        f.weight[id] = n.weight;
        f.share_class[id] = n.share;
        // Read to screen-reader users only: "Continue reading the main story", "Photo"
        // (readability nytimes), a headline's site suffix (trafilatura interscenar.io).
        // Bare punctuation stays: it parts the words around it ("Zugverkehr<span
        // class=visually-hidden>: </span>Im ICE", zeit.de).
        if (n.screen_reader && has_letter(dom, id)) f.invisible[id] = true;
        // Editors name the story's own subheads "header" (Draft.js "longform-header-two" in X Articles,
        // study-j round 7 B21): such a heading is no unlikely candidate. In a sidebar or footer it
        // still goes with its container.
        const bool subhead = n.editor_heading && heading_level(t) > 0;
        if (n.unlikely && t != Tag::body && t != Tag::a && t != Tag::html && !subhead)
            f.unlikely[id] = lexicon::kUnlikelyCandidate.name;
        const std::string role = util::to_lower_ascii(dom.attr_or_empty(id, "role"));
        if (!role.empty() && !lexicon::find_token(lexicon::kUnlikelyRoles, role).empty() && role != "main")
            f.unlikely[id] = "role";
        f.boiler[id] = microdata_boiler(dom, id);
        if (!f.boiler[id].empty()) return;
        if (n.story || is_story_container(t)) return;
        f.boiler[id] = boiler_tag(t);
        if (f.boiler[id].empty()) f.boiler[id] = n.boiler;
    }

private:
    const NameFacts& names(std::string_view raw_class, std::string_view raw_id) {
        static const NameFacts kNone{};
        if (raw_class.empty() && raw_id.empty()) return kNone;
        std::string key(raw_class);
        key.push_back('\x1f');
        key.append(raw_id);
        auto it = cache_.find(key);
        if (it == cache_.end()) it = cache_.emplace(std::move(key), classify_names(raw_class, raw_id)).first;
        return it->second;
    }

    std::unordered_map<std::string, NameFacts> cache_;
};


// Readability.js _replaceBrs: two <br>s with only white space between them
// end a paragraph (repost README, `livewire` shell: no <p> at all).
bool has_double_br(const Dom& dom, NodeId parent) {
    bool last_br = false;
    for (NodeId c = dom[parent].first_child; c != reader::kNoNode; c = dom[c].next_sibling) {
        if (dom[c].type == NodeType::text) {
            if (!util::trim(dom.text(c)).empty()) last_br = false;
            continue;
        }
        const bool br = dom[c].tag == Tag::br;
        if (br && last_br) return true;
        last_br = br;
    }
    return false;
}

// A <form> is a newsletter box, a login, search or comment form: no text of
// the story, and hidden whole, except when it holds paragraphs of prose.
// Old reddit wraps every selftext in <form class="usertext"> (study-j round 7
// B19, reddit shell: the pasted article was lost and the comment thread became
// the body), and ASP.NET WebForms pages wrap the whole page in
// <form id="aspnetForm">. A comment form's one line of privacy text is no
// story: two paragraphs of prose at least.
bool holds_prose(const Dom& dom, NodeId form) {
    constexpr std::uint32_t kProseParagraph = 80;  // characters
    constexpr int kMinParagraphs = 2;
    int paragraphs = 0;
    for (NodeId k = form + 1; k < dom[form].subtree_end && paragraphs < kMinParagraphs; ++k) {
        if (!dom.is_element(k, Tag::p)) continue;
        if (visible_length(dom.text_content(k)) >= kProseParagraph) ++paragraphs;
        k = dom[k].subtree_end - 1;
    }
    return paragraphs >= kMinParagraphs;
}

}  // namespace

std::uint32_t visible_length(std::string_view text) {
    std::uint32_t n = 0;
    bool space = true;  // leading white space is not counted
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (util::is_ascii_space(ch)) {
            if (!space) ++n;
            space = true;
            continue;
        }
        space = false;
        if ((c & 0xC0) != 0x80) ++n;  // count code points, not bytes
    }
    return n;
}

std::uint32_t count_commas(std::string_view text) {
    // Readability.js REGEXPS.commas: ASCII, Arabic, small, vertical, fullwidth commas.
    std::uint32_t n = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == ',') ++n;
        else if (c >= 0xD8 && (text.substr(i, 3) == "\xEF\xBC\x8C" || text.substr(i, 2) == "\xD8\x8C" ||
                               text.substr(i, 3) == "\xE3\x80\x81"))
            ++n;
    }
    return n;
}

bool reads_as_date(std::string_view text) {
    // A date holds a digit, ASCII or another script's ("۶ آذر ۱۴۰۵"): most short paragraphs the scorer asks about
    // hold neither and cost no parse.
    const bool may_date = std::any_of(text.begin(), text.end(), [](char c) {
        return util::is_ascii_digit(c) || static_cast<unsigned char>(c) >= 0x80;
    });
    return may_date && parse_date(text).has_value() && text::is_mostly_date(util::fold(text));
}

bool is_meta_row_text(std::string_view text) { return is_meta_line(text) || reads_as_date(text); }

PageFacts compute_facts(const Dom& dom) {
    const std::size_t n = dom.size();
    PageFacts f;
    f.weight.assign(n, 0);
    f.unlikely.assign(n, {});
    f.boiler.assign(n, {});
    f.invisible.assign(n, false);
    f.block_inside.assign(n, false);
    f.transparent.assign(n, false);
    f.br_paragraphs.assign(n, false);
    f.share_class.assign(n, false);
    f.link_weight.assign(n, 0.f);
    f.body = dom.find_first(Tag::body);
    if (f.body == reader::kNoNode) f.body = dom.root();
    ElementClassifier classifier;
    for (NodeId id = 1; id < n; ++id) {  // forward: inherited marks
        const NodeId parent = dom[id].parent;
        f.invisible[id] = f.invisible[parent];
        f.link_weight[id] = f.link_weight[parent];
        if (dom[id].type != NodeType::element) continue;
        const Tag t = dom[id].tag;
        if (is_non_content_tag(t) || is_hidden(dom, id) || (t == Tag::form && !holds_prose(dom, id)))
            f.invisible[id] = true;
        if (t == Tag::a && dom.attr(id, "href"))
            f.link_weight[id] = util::trim(dom.attr_or_empty(id, "href")).substr(0, 1) == "#" ? 0.3f : 1.f;
        classifier.classify(dom, id, f);
    }
    for (NodeId id = static_cast<NodeId>(n); id-- > 1;) {  // backward: facts about descendants
        const NodeId parent = dom[id].parent;
        if (dom[id].type == NodeType::element && (f.block_inside[id] || breaks_paragraph(dom[id].tag)))
            f.block_inside[parent] = true;
    }
    for (NodeId id = 0; id < n; ++id) {
        if (dom[id].type != NodeType::text && dom[id].first_child != reader::kNoNode)
            f.br_paragraphs[id] = has_double_br(dom, id);
        if (!dom.is_element(id, Tag::div) && !dom.is_element(id, Tag::section)) continue;
        int elements = 0;
        bool only_p = true;
        for (NodeId c = dom[id].first_child; c != reader::kNoNode; c = dom[c].next_sibling) {
            if (dom[c].type == NodeType::text) {
                if (!util::trim(dom.text(c)).empty()) only_p = false;
                continue;
            }
            ++elements;
            if (dom[c].tag != Tag::p) only_p = false;
        }
        f.transparent[id] = only_p && elements == 1;
    }
    return f;
}

std::vector<bool> gone_mask(const Dom& dom, const Drops& drops) {
    std::vector<bool> gone(dom.size(), false);
    for (NodeId id = 0; id < dom.size(); ++id) {
        if (!drops[id].empty()) {
            for (NodeId k = id; k < dom[id].subtree_end; ++k) gone[k] = true;
            id = dom[id].subtree_end - 1;
        }
    }
    return gone;
}

TextStats compute_stats(const Dom& dom, const PageFacts& facts, const Drops& drops) {
    const std::size_t n = dom.size();
    TextStats s;
    s.text.assign(n, 0);
    s.link.assign(n, 0.f);
    s.commas.assign(n, 0);
    const std::vector<bool> gone = gone_mask(dom, drops);
    for (NodeId id = static_cast<NodeId>(n); id-- > 1;) {
        if (gone[id] || facts.invisible[id]) continue;
        if (dom[id].type == NodeType::text) {
            const std::string_view t = dom.text(id);
            s.text[id] = visible_length(t);
            s.commas[id] = count_commas(t);
            s.link[id] = facts.link_weight[id] * static_cast<float>(s.text[id]);
        }
        const NodeId p = dom[id].parent;
        s.text[p] += s.text[id];
        s.link[p] += s.link[id];
        s.commas[p] += s.commas[id];
    }
    return s;
}

}  // namespace newsclean::extract::content
