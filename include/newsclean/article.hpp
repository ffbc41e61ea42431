// The one contract between the extractor and the writers: a plain value.
// Writers never see the DOM; everything they render is in here.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace newsclean {

// Structural role of a body block, so the Markdown writer can render it
// without looking at HTML.
enum class BlockKind {
    paragraph,
    heading,    // level 1..6 in Block::level (normalised by the extractor)
    list_item,  // Block::level = nesting depth (1 = top), Block::ordered, continues, new_lists
    quote,
    code,       // Block::lang holds the language when the page names it
    table,      // Block::rows holds the cells; Block::text a readable flattening (a <caption>
                // comes as a caption block just before the table)
    caption,    // figure caption of an in-body image
    image,      // Block::src / Block::alt
};

struct Link {
    std::string text;
    std::string href;  // resolved against the page URL when one is known
};

struct Block {
    BlockKind kind = BlockKind::paragraph;
    std::string text;                                // plain text, inline whitespace collapsed
    int level = 0;                                   // heading level or list depth
    bool ordered = false;                            // list_item: from <ol>
    bool continues = false;                          // list_item: a further paragraph of the item
                                                     // before it at this level (<li><p>a</p><p>b</p>),
                                                     // not a new item
    int new_lists = 0;                               // list_item: lists (<ul>/<ol>) opened since the
                                                     // previous item: it starts a new list at depth
                                                     // level - new_lists + 1 (0 = same list goes on)
    std::string lang;                                // code: language
    std::string src, alt;                            // image
    std::vector<std::vector<std::string>> rows;      // table: rows of cells, first row = header when has_header
    bool has_header = false;                         // table: first row came from <th>/<thead>
    std::vector<Link> links;                         // links inside the block's text, in order
};

// What was dropped and why; filled only when explaining (--explain).
struct Removal {
    std::string rule;     // e.g. "boilerplate-class:share", "related-heading"
    std::string excerpt;  // first characters of the dropped text
};

struct InputInfo {
    std::string path;     // as given; "-" for stdin
    std::string kind;     // "html" | "text"
    std::string charset;  // WHATWG name of the charset the bytes were decoded from
    std::size_t bytes = 0;  // size of the input as read (before gunzip)
};

struct Article {
    std::optional<std::string> url;
    std::optional<std::string> canonical_url;
    std::optional<std::string> title;
    std::optional<std::string> byline;     // as shown, cleaned of labels/dates
    std::vector<std::string> authors;      // individual names
    std::optional<std::string> source;     // original publisher of a reposted story
    std::optional<std::string> site_name;  // the host site the page was saved from
    std::optional<std::string> date;       // ISO 8601 publication date (original for reposts)
    std::optional<std::string> date_modified;
    std::optional<std::string> description;
    std::optional<std::string> lang;       // BCP 47
    std::optional<std::string> image;
    std::vector<std::string> tags;
    std::vector<Block> blocks;             // the body, structured, in reading order
    InputInfo input;
    std::vector<Removal> removed;          // --explain only

    // Plain-text body: block texts separated by one blank line.
    std::string body() const;
    // Unicode-aware count of words in body().
    std::size_t word_count() const;
};

}  // namespace newsclean
