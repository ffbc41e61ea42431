// What the visible page says near the headline: byline, source line and
// datelines (published / updated / the original date of a repost).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/byline.hpp"
#include "extract/metadata_page.hpp"

namespace newsclean::extract {

struct VisibleMeta {
    std::optional<BylineParts> byline;
    int byline_strength = 0;         // 3 = "By"/"Von" label, 2 = byline class/author link, 1 = source label
    bool byline_is_source = false;   // the byline names a publisher ("Source: X", a /source/ link)
    // An author or source label names it ("Pewarta: Ahmad Fauzi" under the story, "Source: X"), not a bare
    // name, a dated row or a link: even a weak one beats a JSON-LD Organization or the host's team.
    bool byline_labelled = false;
    // A reporter's closing credit gave it, "【佐藤健】" (byline.hpp ja_end_credit), or a zh-TW reporter credit,
    // "記者陳家祥／綜合報導" (byline.hpp zh_reporter_credit): a person, never an outlet.
    bool byline_reporter = false;
    std::optional<std::string> source;
    // The writer a credit line names after its outlet: "This article originally appeared on Bloomberg.
    // Author: Jane Doe" (study-l round 9 B3, wpjetpack shell), when that line gave `source`.
    std::optional<BylineParts> credit_author;
    std::optional<std::string> published, updated, original;  // ISO 8601, near the headline
    bool published_labelled = false;  // `published` follows a "Published"/"publié le" label
    // Last resorts, anywhere outside noise: the first <time datetime> that is not
    // an updated/original one, and the first line that opens with a date
    // ("01.02.2022 „Der Arbeitsmarkt ...": trafilatura arbeitsagentur).
    std::optional<std::string> first_time, first_dated_line;
};

// The outlet named by the last source- or byline-classed element with a source label ("<p
// class=origin>Source: Reuters</p>" closing a repost), as read_visible's far source reading takes it.
std::optional<std::string> last_source_element(const std::vector<HintElement>& hints);

// The outlet named by the last short line outside noise regions that opens with a source label and a
// colon ("Source : Le Monde" closing a blog's repost). Asked only of pages whose byline is the host's.
std::optional<std::string> last_source_line(const std::vector<PageLine>& lines);

// `anchor_line`: index of the headline's line (lines.size() when unknown).
// `hints`: elements that say they hold a byline (metadata_page byline_elements).
VisibleMeta read_visible(const std::vector<PageLine>& lines, const std::vector<HintElement>& hints,
                         std::size_t anchor_line, std::string_view lang);

}  // namespace newsclean::extract
