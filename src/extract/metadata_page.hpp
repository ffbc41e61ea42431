// The visible page as the metadata extractor sees it: text lines (split at
// block boundaries), each knowing where it sits, whether it is inside a region
// whose names and dates are not the article's (related cards, comments,
// footers ...), and the byline/date hints of the elements around its text.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "reader/dom.hpp"

namespace newsclean::extract {

// A <time datetime=...> element and the text around it ("Original: 19.09.2025",
// "Updated Sat, September 20"), which says which date it is.
struct TimeRef {
    std::string datetime;
    std::string text;     // the element's own text ("7. November 2022")
    std::string context;  // text of the enclosing element (one more level up when that holds only the time)
    bool updated_hint = false;  // the time or an inline ancestor has an "updated" class (not just a sibling in its line)
};

struct PageLine {
    std::string text;             // whitespace collapsed; a long line is cut after 304 bytes
    reader::NodeId node = 0;      // first text node of the line
    bool noise = false;           // all its text inside a related/comment/footer/sidebar region
    bool structural_noise = false;  // ... only because of an <aside>/<footer>/<nav> tag (may still hold the byline: hpd.de "aside.meta")
    bool byline_hint = false;     // an enclosing element says byline/author/source, or rel=author / author link
    bool source_hint = false;     // an enclosing element says source/provider
    bool updated_hint = false;    // an enclosing element says updated/modified
    bool avatar_hint = false;     // an <img> right before the text's element (author row of a social post)
    bool heading = false;         // text of h1..h3 / role=heading
    std::vector<TimeRef> times;   // <time datetime> elements in the line
};

// Facts about each element read once from class/id/rel/href/itemprop
// (lexicon::k*ClassTokens), so the walks below test bits, not strings.
// kFlagHeading: h1-h3 or role=heading (its text is a heading line);
// kFlagTitleCandidate: h1, itemprop=headline or role=heading aria-level=1;
// kFlagPublishedClass: a class/id says "publish" (hAtom "published");
// kFlagFooterClass: a class/id says "footer" (noise outside an <article>);
// kFlagIsoTitle: the title attribute opens with an ISO date (a date tooltip);
// kFlagTextDateTitle: the title attribute is a short text holding a full date
// in another format ("Published: Fri, 19 Sep 2025 04:20:00 GMT").
using ElementFlags = std::vector<std::uint16_t>;
inline constexpr std::uint16_t kFlagNoiseClass = 1, kFlagBylineClass = 2, kFlagSourceClass = 4,
                               kFlagUpdatedClass = 8, kFlagAuthorLink = 16, kFlagSourceLink = 32,
                               kFlagAuthorProp = 64, kFlagAfterImage = 128, kFlagHeading = 256,
                               kFlagTitleCandidate = 512, kFlagPublishedClass = 1024, kFlagFooterClass = 2048,
                               kFlagIsoTitle = 4096, kFlagTextDateTitle = 8192;
void element_flags(const reader::Dom& dom, ElementFlags& flags);

// Noise kinds of noise_mask().
inline constexpr std::uint8_t kNoNoise = 0, kStructuralNoise = 1, kClassNoise = 2;

// Elements whose whole subtree is noise (class/id tokens of lexicon::kNoiseClassTokens,
// nav/aside/footer), except ancestors of `keep` (the headline: a body class
// "comments-open" must not hide the article).
void noise_mask(const reader::Dom& dom, const ElementFlags& flags, reader::NodeId keep, std::vector<std::uint8_t>& noise);

// The vectors the walks above fill for a page, kept by the calling thread from
// page to page: a batch extracts thousands of pages, and on a small page
// allocating them again cost about as much as filling them (issue #3 budget:
// metadata < 15% of gumbo's parse, readability's 200-byte test pages). Each
// walk overwrites what it fills; release_large() drops what a huge page grew.
struct PageBuffers {
    ElementFlags flags;
    std::vector<std::uint8_t> noise;
    std::vector<PageLine> lines;
    std::vector<reader::NodeId> open_blocks;  // page_lines' stack of block ends
    std::string raw;                          // page_lines' current line before collapsing
    void release_large();
};

// The page's visible text as lines, in document order, into buffers.lines.
void page_lines(const reader::Dom& dom, const std::vector<std::uint8_t>& noise, const ElementFlags& flags,
                PageBuffers& buffers);

// An element that says it holds a byline (class/id "author"/"byline"/...,
// rel=author, a link to an author page, itemprop=author) and its own text.
struct HintElement {
    reader::NodeId node;
    std::string text;
    bool source;  // class/link says source/provider
    bool link;    // rel=author or a link to an author page: its text is a name even in lower case
    bool strong;  // link or itemprop=author: counts even far from the headline
    bool hcard = false;  // a byline class that is an hCard too ("author vcard"): its text is a name even in lower case
};
std::vector<HintElement> byline_elements(const reader::Dom& dom, const std::vector<std::uint8_t>& noise,
                                        const ElementFlags& flags);


}  // namespace newsclean::extract
