#include "extract/metadata_page.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "extract/dates.hpp"
#include "lexicon/class_tokens.hpp"
#include "lexicon/metadata_words.hpp"
#include "util/text.hpp"
#include "util/token_matcher.hpp"

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

// White space between tags in HTML source (find_first_not_of(" \t\r\n")
// called memchr once per byte: most text nodes of a page are such runs).
bool is_source_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

bool is_skipped(Tag t) {
    return t == Tag::script || t == Tag::style || t == Tag::template_ || t == Tag::noscript || t == Tag::svg ||
           t == Tag::head || t == Tag::select || t == Tag::button || t == Tag::textarea;
}

// Words of two elements that touch ("3 min read" + "Source: X" in the
// social-square sample) get an invisible separator (U+2063) that byline
// segmenting splits on; whitespace-collapsing leaves it alone.
void append_text(std::string& raw, std::string_view t) {
    if (!raw.empty() && !t.empty() && (util::is_ascii_alpha(raw.back()) || util::is_ascii_digit(raw.back())) &&
        ((t.front() >= 'A' && t.front() <= 'Z') || t.front() == '@'))
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
        if (n.type == NodeType::text) {
            // A line break in the HTML source is white space; only block boundaries
            // split the text ("<span>Kathrin\n Führes</span>": trafilatura jagdleben).
            const std::size_t from = raw.size();
            append_text(raw, dom.text(id));
            std::replace(raw.begin() + static_cast<std::ptrdiff_t>(from), raw.end(), '\n', ' ');
        }
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
void add_hints(const Dom& dom, const ElementFlags& flags, NodeId text_node, PageLine& line) {
    NodeId id = dom[text_node].parent;
    for (int up = 0; up < 4 && id != reader::kNoNode && dom[id].type == NodeType::element; ++up) {
        const reader::Node& n = dom[id];
        const std::uint16_t f = flags[id];
        if (f & (kFlagBylineClass | kFlagAuthorLink | kFlagAuthorProp)) line.byline_hint = true;
        if (f & (kFlagSourceClass | kFlagSourceLink)) line.source_hint = true;
        if (f & kFlagUpdatedClass) line.updated_hint = true;
        if (up < 3 && (f & kFlagAfterImage)) line.avatar_hint = true;
        if (f & kFlagHeading) line.heading = true;
        if (is_block(n.tag) && up > 0) break;
        id = n.parent;
    }
}

// Only small enclosing elements are read: a <time> directly in a long list
// must not cost a walk of the whole list per element.
constexpr NodeId kMaxContextNodes = 64;
constexpr std::size_t kMaxContext = 300;

std::string small_text(const Dom& dom, NodeId id) {
    if (id == reader::kNoNode || dom[id].subtree_end - id > kMaxContextNodes) return {};
    return dom.text_content(id);
}

// Every reader of PageLine::text looks at short lines (bylines, datelines: at
// most a few hundred characters) or at the start of a line; a paragraph is only
// collapsed as far as needed to know it is long.
constexpr std::size_t kLineKeep = 304;  // every threshold on lines is <= 300

std::string line_text(std::string_view raw) {
    // A short line already collapsed (one text node of one word or phrase) is copied as it is.
    if (raw.size() <= kLineKeep && !raw.empty() && !util::is_ascii_space(raw.front()) && util::is_collapsed(raw))
        return std::string(raw);
    std::string text = util::collapse_whitespace(raw, kLineKeep);
    if (text.size() > kLineKeep) {
        std::size_t cut = kLineKeep;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
        text.resize(cut);
    }
    return text;
}

std::string time_context(const Dom& dom, NodeId time) {
    // A <time> wrapping a large subtree (broken or adversarial markup) is no date
    // label: small_text keeps nested wrappers from each copying the page.
    const std::string own = small_text(dom, time);
    const NodeId parent = dom[time].parent;
    std::string ctx = small_text(dom, parent);
    if (ctx.size() <= own.size() + 2 && parent != reader::kNoNode) {
        std::string up = small_text(dom, dom[parent].parent);
        if (!up.empty() && up.size() < kMaxContext) ctx = std::move(up);
    }
    return !ctx.empty() && ctx.size() < kMaxContext ? ctx : own;
}

// The time element or an inline ancestor (up to its block) says "updated": a
// sibling <time class="updated"> in the same line says nothing about this one
// (trafilatura hrjournal: "<time class=updated>29. Dez</time><time class=published>30. Dez</time>").
bool updated_time(const Dom& dom, const ElementFlags& flags, NodeId time) {
    NodeId id = time;
    for (int up = 0; up < 3 && id != reader::kNoNode && dom[id].type == NodeType::element; ++up) {
        if (flags[id] & kFlagUpdatedClass) return true;
        if (is_block(dom[id].tag)) break;
        id = dom[id].parent;
    }
    return false;
}

}  // namespace

namespace {

constexpr unsigned kPublishBit = kFlagPublishedClass;

// Token bits of a class/id string, cached per distinct string: utility-class
// pages repeat the same long class lists on hundreds of elements (the content
// stage caches its class facts the same way, content_facts.cpp).
class ClassCache {
public:
    unsigned operator()(std::string_view s) {
        static const util::TokenMatcher::Table kTables[] = {
            {lexicon::kNoiseClassTokens, kFlagNoiseClass}, {lexicon::kBylineClassTokens, kFlagBylineClass},
            {lexicon::kSourceClassTokens, kFlagSourceClass}, {lexicon::kUpdatedClassTokens, kFlagUpdatedClass},
            {lexicon::kPublishedClassTokens, kPublishBit}, {lexicon::kFooterClassTokens, kFlagFooterClass}};
        static const util::TokenMatcher classes(kTables);
        if (s.empty()) return 0;
        const auto [it, added] = seen_.try_emplace(s, 0u);
        if (added) {
            it->second = classes.flags(s);
            // The exception words hold a noise token: only then is the string blanked and matched again.
            if (it->second & kFlagNoiseClass) {
                std::string masked;
                it->second = classes.flags(without_noise_exceptions(s, masked));
            }
        }
        return it->second;
    }

private:
    // `s` with each lexicon::kNoiseClassExceptions word blanked out, in `buf`
    // when one occurs (rare: `s` itself otherwise).
    static std::string_view without_noise_exceptions(std::string_view s, std::string& buf) {
        for (std::string_view w : lexicon::kNoiseClassExceptions) {
            std::size_t p = util::ifind(s, w);
            if (p == std::string::npos) continue;
            if (buf.empty()) buf = s;
            for (; p != std::string::npos; p = util::ifind(buf, w, p + w.size()))
                std::fill_n(buf.begin() + static_cast<std::ptrdiff_t>(p), w.size(), ' ');
        }
        return buf.empty() ? s : std::string_view(buf);
    }

    std::unordered_map<std::string_view, unsigned> seen_;  // views into the Dom's attribute pool
};

// The attributes class_flags reads, found in one pass over the element's
// attributes (dispatched on the name's length) instead of a lookup each: every
// element of the page passes here (issue #3). The first of duplicate names
// wins, as Dom::attr does.
// Left uninitialised but for `seen`: zeroing eight views per element cost more
// than reading its attributes (issue #3).
struct FlagAttrs {
    enum Index { cls, id, itemprop, role, aria_level, href, rel, title, count };
    const char* data[count];
    std::size_t size[count];
    unsigned seen = 0;  // bit i: value i was read
    std::string_view operator[](Index i) const { return (seen >> i) & 1 ? std::string_view(data[i], size[i]) : std::string_view(); }
};

FlagAttrs::Index flag_attr_index(std::string_view name) {
    switch (name.size()) {
        case 2: return name == "id" ? FlagAttrs::id : FlagAttrs::count;
        case 3: return name == "rel" ? FlagAttrs::rel : FlagAttrs::count;
        case 4: return name == "href" ? FlagAttrs::href : name == "role" ? FlagAttrs::role : FlagAttrs::count;
        case 5: return name == "class" ? FlagAttrs::cls : name == "title" ? FlagAttrs::title : FlagAttrs::count;
        case 8: return name == "itemprop" ? FlagAttrs::itemprop : FlagAttrs::count;
        case 10: return name == "aria-level" ? FlagAttrs::aria_level : FlagAttrs::count;
        default: return FlagAttrs::count;
    }
}

FlagAttrs flag_attrs(const Dom& dom, NodeId id) {
    FlagAttrs a;
    for (std::uint32_t k = 0; k < dom[id].attr_count; ++k) {
        const auto [name, value] = dom.attribute(id, k);
        const FlagAttrs::Index i = flag_attr_index(name);
        if (i == FlagAttrs::count || ((a.seen >> i) & 1)) continue;
        a.seen |= 1u << i;
        a.data[i] = value.data();
        a.size[i] = value.size();
    }
    return a;
}

// "2013-04-04...": an ISO date opens the text.
bool opens_with_iso_date(std::string_view s) {
    return s.size() >= 10 && util::is_ascii_digit(s[0]) && util::is_ascii_digit(s[3]) && s[4] == '-' &&
           util::is_ascii_digit(s[5]) && s[7] == '-';
}

// A title attribute short enough to be a tooltip, with a year (19xx/20xx) in
// it: only those are given to parse_date (most titles are link or image text).
constexpr std::size_t kMaxDateTooltip = 100;

bool may_be_date_tooltip(std::string_view s) {
    if (s.size() > kMaxDateTooltip) return false;
    for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
        const bool century = (s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && s[i + 1] == '0');
        if (century && util::is_ascii_digit(s[i + 2]) && util::is_ascii_digit(s[i + 3]) &&
            (i == 0 || !util::is_ascii_digit(s[i - 1])) && (i + 4 == s.size() || !util::is_ascii_digit(s[i + 4])))
            return true;
    }
    return false;
}

// Whether the space-separated rel list holds `token` (case-insensitive).
bool has_rel_token(std::string_view rel, std::string_view token) {
    for (std::size_t p = 0; p < rel.size();) {
        while (p < rel.size() && util::is_ascii_space(rel[p])) ++p;
        std::size_t q = p;
        while (q < rel.size() && !util::is_ascii_space(rel[q])) ++q;
        if (q > p && util::iequals(rel.substr(p, q - p), token)) return true;
        p = q;
    }
    return false;
}

std::uint16_t class_flags(const Dom& dom, NodeId id, ClassCache& cache) {
    // Author and source link paths in one pass over each href.
    static const util::TokenMatcher::Table kPathTables[] = {{lexicon::kAuthorLinkPaths, kFlagAuthorLink},
                                                            {lexicon::kSourceLinkPaths, kFlagSourceLink}};
    static const util::TokenMatcher link_paths(kPathTables);
    const Tag tag = dom[id].tag;
    const auto by_tag = static_cast<std::uint16_t>((tag == Tag::h1 || tag == Tag::h2 || tag == Tag::h3 ? kFlagHeading : 0) |
                                                   (tag == Tag::h1 ? kFlagTitleCandidate : 0));
    if (dom[id].attr_count == 0) return by_tag;  // most elements: only the tag says anything
    const FlagAttrs at = flag_attrs(dom, id);
    unsigned found = cache(at[FlagAttrs::cls]) | cache(at[FlagAttrs::id]);
    // WordPress marks the one shown date "entry-date published updated": published wins.
    if (found & kPublishBit) found &= ~unsigned(kFlagUpdatedClass);
    std::uint16_t f = static_cast<std::uint16_t>(found & (0xFF | kPublishBit | kFlagFooterClass));
    if (at[FlagAttrs::itemprop] == "author") f |= kFlagAuthorProp;
    // MediaWiki's <ol class="references">: its citations' dates are not the page's (study-r round 15 B4).
    if (tag == Tag::ol && util::ifind(at[FlagAttrs::cls], "references") != std::string_view::npos) f |= kFlagNoiseClass;
    if (opens_with_iso_date(at[FlagAttrs::title])) f |= kFlagIsoTitle;
    else if (may_be_date_tooltip(at[FlagAttrs::title]) && parse_date(at[FlagAttrs::title])) f |= kFlagTextDateTitle;
    f |= by_tag;
    const bool role_heading = at[FlagAttrs::role] == "heading";
    if (role_heading) f |= kFlagHeading;
    if ((at[FlagAttrs::itemprop] == "headline" && tag != Tag::meta) || (role_heading && at[FlagAttrs::aria_level] == "1"))
        f |= kFlagTitleCandidate;
    if (tag == Tag::a) {
        f |= static_cast<std::uint16_t>(link_paths.flags(at[FlagAttrs::href]));
        if (util::ifind(at[FlagAttrs::rel], "author") != std::string_view::npos) f |= kFlagAuthorLink;
        // rel=tag names a topic, whatever its path ("/user/tags/…": readability pixnet).
        else if (has_rel_token(at[FlagAttrs::rel], "tag")) f &= ~kFlagAuthorLink;
    }
    return f;
}

}  // namespace

void element_flags(const Dom& dom, ElementFlags& flags) {
    flags.assign(dom.size(), 0);
    ClassCache cache;
    for (NodeId id = 0; id < dom.size(); ++id) {
        const reader::Node& n = dom[id];
        if (n.type != NodeType::element) continue;
        flags[id] |= class_flags(dom, id, cache);
        // An <img> among a child's earlier siblings: the avatar of an author row
        // (repost sqfeed: avatar, name, date, "Follow", then the headline). One
        // pass over the children, not one per child. A <figure>'s text is the
        // image's caption, not a name row: a hero photo captioned "Jerome Powell"
        // under the headline is no byline.
        bool seen_img = false;
        const bool caption = n.tag == Tag::figure;
        for (NodeId c = n.first_child; c != reader::kNoNode; c = dom[c].next_sibling) {
            if (seen_img && !caption && !dom.is_element(c, Tag::figcaption)) flags[c] |= kFlagAfterImage;
            if (dom.is_element(c, Tag::img)) seen_img = true;
        }
    }
}

namespace {

// An element whose title attribute holds its date:
// - the hAtom microformat's dates: <abbr class="published" title="2013-04-04T18:52:11+00:00">,
//   <span class="updated" title="..."> (WordPress themes; trafilatura peptalks has
//   only an empty span.updated carrying the article's date);
// - a relative time with the absolute one in its tooltip: <span class="pub-time"
//   title="2025-09-19 04:20">3 hours ago</span> (news apps' web views, forums):
//   any class, but the element holds one text node at most (not a whole card);
// - the same with the tooltip's date in another format, on a short age only:
//   Feedly's <span class="age" title="Published: Fri, 19 Sep 2025 04:20:00 GMT">3d</span>
//   (study-g feed-reader pages), not a link titled with its article's date.
constexpr NodeId kMaxTooltipDateNodes = 2;
constexpr std::size_t kMaxAgeText = 24;  // "3d", "3 hours ago", "vor 2 Stunden"

bool is_titled_date(const Dom& dom, const ElementFlags& flags, NodeId id) {
    const bool small = dom[id].subtree_end - id <= kMaxTooltipDateNodes;
    if (flags[id] & kFlagIsoTitle) return (flags[id] & (kFlagPublishedClass | kFlagUpdatedClass)) || small;
    if (!(flags[id] & kFlagTextDateTitle) || !small || dom[id].tag == Tag::a) return false;
    return dom.text_content(id).size() <= kMaxAgeText;
}

}  // namespace

void noise_mask(const Dom& dom, const ElementFlags& flags, NodeId keep, std::vector<std::uint8_t>& noise) {
    noise.assign(dom.size(), kNoNoise);
    // `keep`'s ancestors (and itself) are the elements whose pre-order range holds it.
    const bool has_keep = keep < dom.size();
    auto holds_keep = [&](NodeId id) { return has_keep && id <= keep && keep < dom[id].subtree_end; };
    // A <footer> (or a footer by class) inside an <article> is the story's own
    // footer ("von <a rel=author>Mathias</a>": trafilatura gormulus), not the page's.
    NodeId article_end = 0;  // the furthest end of an <article> opened so far
    for (NodeId id = 0; id < dom.size();) {
        const reader::Node& n = dom[id];
        std::uint8_t kind = kNoNoise;
        if (n.type == NodeType::element && n.tag == Tag::article) article_end = std::max(article_end, n.subtree_end);
        if (n.type == NodeType::element && !holds_keep(id)) {
            const bool outside_article = id >= article_end;
            if (n.tag != Tag::html && n.tag != Tag::body &&
                ((flags[id] & kFlagNoiseClass) || (outside_article && (flags[id] & kFlagFooterClass))))
                kind = kClassNoise;
            else if (n.tag == Tag::nav || n.tag == Tag::aside || (n.tag == Tag::footer && outside_article))
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
}

// An element whose class says it is an hCard ("author vcard": lexicon::kHCardTokens).
bool is_hcard(const Dom& dom, NodeId id) {
    return !lexicon::find_token(lexicon::kHCardTokens, util::to_lower_ascii(dom.attr(id, "class").value_or(""))).empty();
}

// Whether the class noise over `id` comes only from a footer class: Blogger's entry footer
// "div.post-footer > span.post-author.vcard" under every post (trafilatura bumsbutzener-gumpfen.blogspot.com),
// not a commenter's "comment-author vcard" or a sidebar's card. Asked of byline hCards in noise only.
bool only_footer_noise(const Dom& dom, const std::vector<std::uint8_t>& noise, const ElementFlags& flags, NodeId id) {
    for (NodeId a = id; a != reader::kNoNode && noise[a] != kNoNoise; a = dom[a].parent)
        if ((flags[a] & kFlagNoiseClass) || dom[a].tag == Tag::aside || dom[a].tag == Tag::nav) return false;
    return true;
}

// A class naming both a source and an author, "article-source__author": a provider row's person ("<div
// class=article-source><span class=article-source__name>The Block</span> · <span
// class=article-source__author>Danny Park</span>" on Bybit's feed, study-o round 12 B1; "source-author",
// "provider__author"). A class's last word says what the element is (BEM's element after "__", a compound's
// head noun): a person; "byline__source" is a source. Asked only of the few elements with both flags.
bool last_class_word_says_author(const Dom& dom, NodeId id) {
    static const util::TokenMatcher::Table kTables[] = {{lexicon::kBylineClassTokens, kFlagBylineClass},
                                                        {lexicon::kSourceClassTokens, kFlagSourceClass}};
    static const util::TokenMatcher classes(kTables);
    const std::string_view cls = dom.attr_or_empty(id, "class");
    unsigned last = 0;
    for (std::size_t at = 0; at < cls.size();) {
        const std::size_t end = std::min(cls.find(' ', at), cls.size());
        const std::string_view word = cls.substr(at, end - at);
        const std::size_t cut = word.find_last_of("-_");
        last |= classes.flags(cut == std::string_view::npos ? word : word.substr(cut + 1));
        at = end + 1;
    }
    return (last & kFlagBylineClass) && !(last & kFlagSourceClass);
}

std::vector<HintElement> byline_elements(const Dom& dom, const std::vector<std::uint8_t>& noise,
                                        const ElementFlags& flags) {
    std::vector<HintElement> out;
    // Every hint has one of these flags: a page without any (most small pages)
    // is told by one pass over the flags, not a walk of its elements.
    constexpr std::uint16_t kHintFlags =
        kFlagBylineClass | kFlagSourceClass | kFlagSourceLink | kFlagAuthorLink | kFlagAuthorProp;
    if (std::none_of(flags.begin(), flags.end(), [](std::uint16_t f) { return f & kHintFlags; })) return out;
    for (NodeId id = 0; id < dom.size(); ++id) {
        const reader::Node& n = dom[id];
        if (n.type != NodeType::element || is_skipped(n.tag) || n.tag == Tag::meta) continue;
        // The class is read again only for the few byline-classed elements, not in class_flags' pass.
        const bool hcard = (flags[id] & kFlagBylineClass) && is_hcard(dom, id);
        const bool footer_hcard = hcard && noise[id] == kClassNoise && only_footer_noise(dom, noise, flags, id);
        if (noise[id] == kClassNoise && !footer_hcard) continue;
        const std::uint16_t f = flags[id];  // ElementFlags are 16 bits wide
        const bool source = ((f & kFlagSourceLink) || (f & kFlagSourceClass)) &&
                            !((f & kFlagBylineClass) && !(f & kFlagSourceLink) && last_class_word_says_author(dom, id));
        const bool link = f & kFlagAuthorLink;
        const bool microdata = f & kFlagAuthorProp;
        // Inside an <aside>/<footer> only microdata counts (readability 001:
        // <aside><span itemprop="author">); a sidebar's "author" class does not.
        if (noise[id] == kStructuralNoise && !microdata) continue;
        if (!source && !link && !microdata && !(f & kFlagBylineClass)) continue;
        if (n.subtree_end - id > 60) continue;  // a whole author box or section, not a byline
        std::string text = segmented_text(dom, id);
        if (text.empty() || text.size() > 200) continue;
        // An hCard in the entry footer counts far from the headline, as an author link does.
        out.push_back({id, std::move(text), source, link, link || microdata || footer_hcard, hcard});
    }
    return out;
}

void page_lines(const Dom& dom, const std::vector<std::uint8_t>& noise, const ElementFlags& flags,
                PageBuffers& buffers) {
    std::vector<PageLine>& lines = buffers.lines;
    lines.clear();
    lines.emplace_back();
    std::string& raw = buffers.raw;
    raw.clear();
    bool started = false;  // the line has visible text or a <time>
    // A line is noise only when all its text is: a "trending" chip opening the
    // article's meta row must not hide the byline and date after it
    // (trafilatura chocolate.com: "yas! | By Cara Stiles | April 13, 2020").
    auto start = [&](NodeId id) {
        PageLine& line = lines.back();
        if (started) {
            if (noise[id] == kNoNoise) line.noise = line.structural_noise = false;
            return;
        }
        started = true;
        line.node = id;
        line.noise = noise[id] != kNoNoise;
        line.structural_noise = noise[id] == kStructuralNoise;
    };
    auto flush = [&]() {
        if (started) {
            lines.back().text = line_text(raw);
            lines.emplace_back();
        }
        raw.clear();
        started = false;
    };
    std::vector<NodeId>& block_ends = buffers.open_blocks;
    block_ends.clear();
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
        if (n.type == NodeType::element && (n.tag == Tag::time || is_titled_date(dom, flags, id))) {
            auto dt = dom.attr(id, n.tag == Tag::time ? "datetime" : "title");
            if (!dt) dt = dom.attr(id, "content");
            if (dt && !dt->empty()) {
                start(id);
                lines.back().times.push_back(
                    {std::string(*dt), small_text(dom, id), time_context(dom, id), updated_time(dom, flags, id)});
            }
        }
        if (n.type == NodeType::text) {
            const std::string_view t = dom.text(id);
            if (std::all_of(t.begin(), t.end(), is_source_space)) {
                // Source indentation between tags (most text nodes of a page) is one
                // space once collapsed: only that space is kept, not the run (issue #3).
                if (!t.empty() && !raw.empty() && raw.back() != ' ') raw += ' ';
                ++id;
                continue;
            }
            start(id);
            // Digits in two elements are two numbers: a date badge
            // "<span class=tag>18</span><span class=jahr>2009</span>"
            // (trafilatura colours-of-the-soul) shows "18 2009", not "182009".
            if (!raw.empty() && !t.empty() && util::is_ascii_digit(raw.back()) && util::is_ascii_digit(t.front()))
                raw += ' ';
            append_text(raw, t);
            // Only a started line takes hints: white space in an empty block would
            // leave them to the next line (trafilatura 5min.at: an overlay after a
            // cover image made the badge under it a name beside an avatar).
            if (started) add_hints(dom, flags, id, lines.back());
        }
        ++id;
    }
    flush();
    lines.pop_back();
}

void PageBuffers::release_large() {
    // Past these sizes (a page of ~100K nodes) a buffer is not kept for the
    // next page: a batch's one huge page must not hold its memory to the end.
    constexpr std::size_t kMaxKeptNodes = std::size_t{1} << 17, kMaxKeptLines = std::size_t{1} << 12;
    if (flags.capacity() > kMaxKeptNodes) ElementFlags().swap(flags);
    if (noise.capacity() > kMaxKeptNodes) std::vector<std::uint8_t>().swap(noise);
    if (lines.capacity() > kMaxKeptLines) std::vector<PageLine>().swap(lines);
    if (open_blocks.capacity() > kMaxKeptLines) std::vector<NodeId>().swap(open_blocks);
    if (raw.capacity() > kMaxKeptNodes) std::string().swap(raw);
}

}  // namespace newsclean::extract
