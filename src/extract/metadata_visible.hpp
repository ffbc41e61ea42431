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
    std::optional<std::string> source;
    std::optional<std::string> published, updated, original;  // ISO 8601
};

// `anchor_line`: index of the headline's line (lines.size() when unknown).
// `hints`: elements that say they hold a byline (metadata_page byline_elements).
VisibleMeta read_visible(const std::vector<PageLine>& lines, const std::vector<HintElement>& hints,
                         std::size_t anchor_line, std::string_view lang);

}  // namespace newsclean::extract
