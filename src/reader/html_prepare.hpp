// A single linear pass over UTF-8 HTML before gumbo sees it:
//  * drops <script> (but keeps JSON-LD), <style>, <svg>, <template> and comments,
//    which are most of a page's bytes and none of its text (gumbo parses ~2.5x
//    faster without them, ../shared/DESIGN.md);
//  * caps element nesting: gumbo's tree construction is quadratic in depth
//    (1,000,000 nested <div>s would take ~20 minutes), so opening tags past
//    `max_depth` are dropped together with their end tags;
//  * stops at `max_elements` start tags, so a page of millions of tiny
//    elements fails clearly instead of taking gigabytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace newsclean::reader {

struct PreparedHtml {
    std::string html;
    std::size_t dropped_tags = 0;      // opening tags removed by the depth cap
    bool too_many_elements = false;    // stopped at max_elements start tags
};

PreparedHtml prepare_html(std::string_view html, int max_depth, std::size_t max_elements = SIZE_MAX);

}  // namespace newsclean::reader
