// Shared internals of the content selector (content*.cpp). Not a public API.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "reader/dom.hpp"

namespace newsclean::extract::content {

using reader::Dom;
using reader::NodeId;

// Facts about each node that do not depend on the attempt: computed once.
struct PageFacts {
    std::vector<std::int16_t> weight;        // class/id weight (Readability: ±25 each)
    std::vector<std::string_view> unlikely;  // rule name when an unlikely candidate (class/id/role)
    std::vector<std::string_view> boiler;    // rule name when strong boilerplate (class/id/tag)
    std::vector<bool> invisible;             // hidden or non-content tag: never text
    std::vector<bool> block_inside;          // has a descendant that makes a div not a paragraph
    std::vector<bool> transparent;           // wrapper of exactly one <p>: scores pass through it
    std::vector<bool> br_paragraphs;         // has <br><br> among its children: paragraphs without <p>
    std::vector<bool> share_class;           // class/id mentions "share"
    std::vector<float> link_weight;          // 1 inside <a href>, 0.3 for "#..." links, else 0
    NodeId body = 0;
};

PageFacts compute_facts(const Dom& dom);

// Why a node (with its subtree) is out; empty = kept.
using Drops = std::vector<std::string_view>;

// Text statistics of the nodes still in (subtrees of dropped nodes count nothing).
struct TextStats {
    std::vector<std::uint32_t> text;   // visible characters (code points, white space collapsed)
    std::vector<float> link;           // characters inside links (weighted)
    std::vector<std::uint32_t> commas;
};

TextStats compute_stats(const Dom& dom, const PageFacts& facts, const Drops& drops);

// Marks every node whose subtree root (or an ancestor) is dropped.
std::vector<bool> gone_mask(const Dom& dom, const Drops& drops);

// Visible length of a text: code points with white space runs counted once.
std::uint32_t visible_length(std::string_view text);
std::uint32_t count_commas(std::string_view text);

// Whether a short text is a date the date reader (the metadata's parse_date) reads, with few other words
// ("November 20, 2026", "Pridané: 28. 11. 2026"): the one date test of the body's header-row rules, so they drop
// what the metadata reads as the date.
bool reads_as_date(std::string_view text);
// A header's byline or date row by its text: the meta-line test (boilerplate_text is_meta_line) or a date
// reads_as_date reads. The spaced numeric day-month-year of cs/sk/de/hr/sl ("28. 11. 2026", "28. 11. 2026 14:05")
// is three numbers to the meta-line test (study-w round 21 H3, uniba shell).
bool is_meta_row_text(std::string_view text);

inline float link_density(const TextStats& s, NodeId id) {
    return s.text[id] == 0 ? 0.f : s.link[id] / static_cast<float>(s.text[id]);
}

// What an attempt may use; the ladder switches these off one by one.
struct AttemptFlags {
    bool strip_unlikely = true;
    bool weight_classes = true;
    bool clean_conditionally = true;
    bool strip_boilerplate = true;
};

// The chosen content: a root and the drops that shape it (non-selected
// siblings, cleaned subtrees).
struct Selection {
    NodeId root = 0;
    Drops drops;
};

Selection select_main(const Dom& dom, const PageFacts& facts, const AttemptFlags& flags, Drops drops);

// Boilerplate inside the selection: conditional cleaning, headers, phrases,
// tickers, title/byline lines.
void clean_selection(const Dom& dom, const PageFacts& facts, const AttemptFlags& flags, std::string_view title,
                     Selection& selection);

}  // namespace newsclean::extract::content
