#include "write/markdown.hpp"

#include <algorithm>
#include <vector>

#include "extract/url.hpp"
#include "lexicon/url_schemes.hpp"
#include "util/fold.hpp"
#include "util/text.hpp"
#include "write/markdown_escape.hpp"
#include "write/yaml.hpp"

namespace newsclean::write {

namespace {

using md::Context;

// `text` with `prefix` inserted after every '\n' (list indentation, "> ").
std::string continue_lines(std::string_view text, std::string_view prefix) {
    std::string out;
    out.reserve(text.size() + 16);
    for (char c : text) {
        out += c;
        if (c == '\n') out += prefix;
    }
    return out;
}

// Does `text` start (or end) with white space, ASCII or Unicode?
bool edge_is_space(std::string_view text, bool front) {
    if (text.empty()) return true;
    std::size_t i = 0;
    if (!front) {
        i = text.size() - 1;
        while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
    }
    const char32_t cp = util::next_code_point(text, i);
    return cp < 0x80 ? util::is_ascii_space(static_cast<char>(cp)) : util::is_unicode_space(cp);
}

// Links are rendered only when they lead somewhere from the Markdown file:
// absolute targets (the extractor resolved them against --url/canonical),
// never "#fragment", unresolved relative paths, or script/data URLs.
bool is_renderable_link(std::string_view href) {
    std::size_t colon = 0;
    while (colon < href.size() && (util::is_ascii_alpha(href[colon]) || util::is_ascii_digit(href[colon]) ||
                                   href[colon] == '+' || href[colon] == '-' || href[colon] == '.'))
        ++colon;
    if (colon == 0 || colon >= href.size() || href[colon] != ':' || !util::is_ascii_alpha(href[0])) return false;
    const std::string scheme = util::to_lower_ascii(href.substr(0, colon));
    return std::find(lexicon::kUnsafeLinkSchemes.begin(), lexicon::kUnsafeLinkSchemes.end(), scheme) ==
           lexicon::kUnsafeLinkSchemes.end();
}

// The front matter, in issue 6's order; each key is one Article field, either
// a string or a list of strings. Values equal the JSON fields of the same name.
struct FrontMatterField {
    std::string_view key;
    std::optional<std::string> Article::*text;
    std::vector<std::string> Article::*list;
};
constexpr FrontMatterField kFrontMatter[] = {
    {"title", &Article::title, nullptr},         {"byline", &Article::byline, nullptr},
    {"authors", nullptr, &Article::authors},     {"source", &Article::source, nullptr},
    {"site_name", &Article::site_name, nullptr}, {"date", &Article::date, nullptr},
    {"url", &Article::url, nullptr},             {"canonical_url", &Article::canonical_url, nullptr},
    {"lang", &Article::lang, nullptr},           {"tags", nullptr, &Article::tags},
    {"description", &Article::description, nullptr},
};

// Only known values are written: no "key: null", no empty lists.
std::string front_matter(const Article& a) {
    std::string fm;
    for (const FrontMatterField& f : kFrontMatter) {
        if (f.text) {
            const std::optional<std::string>& v = a.*f.text;
            if (v && !v->empty()) fm.append(f.key).append(": ").append(yaml_quote(*v)).append("\n");
        } else if (!(a.*f.list).empty()) {
            fm.append(f.key).append(":\n");
            for (const std::string& v : a.*f.list) fm.append("  - ").append(yaml_quote(v)).append("\n");
        }
    }
    return fm.empty() ? fm : "---\n" + fm + "---\n";
}

// Heading levels of the body, normalised: the title is the only "#", the
// page's levels keep their order but close their gaps (h2,h4 → ##,###; an h1
// inside the body becomes ##).
std::array<int, 7> heading_levels(const Article& a, std::optional<std::size_t> skip) {
    std::array<bool, 7> used{};
    for (std::size_t i = 0; i < a.blocks.size(); ++i)
        if (a.blocks[i].kind == BlockKind::heading && i != skip) used[std::clamp(a.blocks[i].level, 1, 6)] = true;
    std::array<int, 7> map{};
    int next = 2;
    for (int level = 1; level <= 6; ++level)
        if (used[level]) map[level] = std::min(next++, 6);
    return map;
}

class Renderer {
public:
    Renderer(const Article& a, const MarkdownOptions& o)
        : a_(a), o_(o), skip_(title_heading_index(a)), levels_(heading_levels(a, skip_)) {}

    std::string run() {
        if (o_.front_matter) out_ = front_matter(a_);
        if (a_.title && !a_.title->empty()) {
            begin(Group::other);
            out_ += "# " + md::escape_inline(*a_.title, Context::heading);
        }
        for (std::size_t i = 0; i < a_.blocks.size(); ++i)
            if (i != skip_) block(a_.blocks[i]);
        if (!out_.empty() && out_.back() != '\n') out_ += '\n';
        return std::move(out_);
    }

private:
    // How a block joins the one before it: list items and quote paragraphs of
    // one run stay together, everything else is separated by a blank line.
    enum class Group { none, list, quote, other };

    void begin(Group g) {
        if (last_ == Group::none) {
            if (!out_.empty()) out_ += '\n';  // the blank line after the front matter
        } else if (g == Group::list && last_ == Group::list) {
            out_ += '\n';
        } else if (g == Group::quote && last_ == Group::quote) {
            out_ += "\n>\n";  // paragraphs of one block quote
        } else {
            out_ += "\n\n";
        }
        if (g != Group::list) lists_.clear();
        last_ = g;
    }

    void block(const Block& b) {
        switch (b.kind) {
            case BlockKind::paragraph: paragraph(b); break;
            case BlockKind::heading: heading(b); break;
            case BlockKind::list_item: list_item(b); break;
            case BlockKind::quote: quote(b); break;
            case BlockKind::code: code(b); break;
            case BlockKind::table: table(b); break;
            case BlockKind::caption: caption(b); break;
            case BlockKind::image: image(b); break;
        }
    }

    // A link target the reader can follow: the extractor resolves hrefs when
    // it knows the page's address; when it did not (no --url), the article's
    // url or canonical_url is the base. Empty when the link stays plain text.
    std::string target(std::string_view href) const {
        if (href.empty() || href.front() == '#') return {};  // in-page anchors lead nowhere from here
        if (is_renderable_link(href)) return std::string(href);
        const std::optional<std::string>& base = a_.url ? a_.url : a_.canonical_url;
        if (!base) return {};
        std::string resolved = extract::resolve_url(base, href);
        return is_renderable_link(resolved) ? resolved : std::string();
    }

    std::string inline_text(const Block& b, Context ctx) const {
        std::vector<std::string> targets;  // owns what the spans point at
        std::vector<md::LinkSpan> spans;
        if (o_.links) {
            // Links are listed in reading order; each is found after the previous one.
            targets.reserve(b.links.size());
            std::size_t cursor = 0;
            for (const Link& l : b.links) {
                std::string href = target(l.href);
                const std::size_t at = l.text.empty() || href.empty() ? std::string::npos : b.text.find(l.text, cursor);
                if (at == std::string::npos) continue;
                targets.push_back(std::move(href));
                spans.push_back({at, at + l.text.size(), targets.back()});
                cursor = at + l.text.size();
            }
        }
        return md::escape_inline(b.text, ctx, spans);
    }

    void paragraph(const Block& b) {
        if (b.text.empty()) return;
        begin(Group::other);
        out_ += inline_text(b, Context::block);
    }

    void heading(const Block& b) {
        if (b.text.empty()) return;
        begin(Group::other);
        out_ += std::string(static_cast<std::size_t>(levels_[std::clamp(b.level, 1, 6)]), '#') + ' ' +
                inline_text(b, Context::heading);
    }

    void quote(const Block& b) {
        if (b.text.empty()) return;
        begin(Group::quote);
        out_ += "> " + continue_lines(inline_text(b, Context::block), "> ");
    }

    void caption(const Block& b) {
        if (b.text.empty()) return;
        begin(Group::other);
        // The conventional italic caption line; "*" next to white space would
        // not be emphasis but a literal star, so such a caption stays plain.
        const bool italic = !edge_is_space(b.text, true) && !edge_is_space(b.text, false);
        const std::string text = inline_text(b, Context::block);
        out_ += italic ? '*' + text + '*' : text;
    }

    void image(const Block& b) {
        if (!o_.images || b.src.empty()) return;
        begin(Group::other);
        const std::optional<std::string>& base = a_.url ? a_.url : a_.canonical_url;
        out_ += "![" + md::escape_inline(b.alt, Context::link_text) + "](" +
                md::link_destination(extract::resolve_url(base, b.src)) + ")";
    }

    void code(const Block& b) {
        if (b.text.empty()) return;
        begin(Group::other);
        const std::string fence = md::code_fence(b.text);
        // The info string may not hold a backtick (§4.5) and ends at white space.
        const bool lang_ok = b.lang.find_first_of("` \t\n") == std::string::npos;
        out_ += fence + (lang_ok ? b.lang : std::string()) + '\n' + b.text + '\n' + fence;
    }

    void list_item(const Block& b);
    void table(const Block& b);
    void gfm_table(const Block& b, std::size_t columns);
    void table_as_text(const Block& b);

    // An open list at one nesting depth: its kind, the number of its current
    // item and the width of that item's marker (the indentation of its content).
    struct ListLevel {
        bool ordered = false;
        int number = 0;
        std::size_t width = 2;
        char mark = '-';  // bullet, or the delimiter after the number
    };
    std::size_t indent_before(std::size_t depth) const {
        std::size_t n = 0;
        for (std::size_t i = 0; i < depth && i < lists_.size(); ++i) n += lists_[i].width;
        return n;
    }

    const Article& a_;
    const MarkdownOptions& o_;
    std::optional<std::size_t> skip_;
    std::array<int, 7> levels_;
    std::string out_;
    Group last_ = Group::none;
    std::vector<ListLevel> lists_;
};

void Renderer::list_item(const Block& b) {
    if (b.text.empty()) return;
    const auto level = static_cast<std::size_t>(std::max(1, b.level));
    if (b.continues && last_ == Group::list && level <= lists_.size()) {
        // Another paragraph of the open item at this depth: a blank line, then
        // the text indented to the item's content column.
        lists_.resize(level);
        out_ += "\n\n";
        const std::string indent(indent_before(level), ' ');
        out_ += indent + continue_lines(inline_text(b, Context::block), indent);
        return;
    }
    begin(Group::list);
    // Lists opened since the previous item close everything from the depth
    // where they start. Depth grows by one step at most: a nested list lives
    // inside an item (<ul><ul><li> comes out one level below its parent).
    std::size_t keep = lists_.size();
    if (b.new_lists > 0) keep = std::min(keep, level - std::min(level, static_cast<std::size_t>(b.new_lists)));
    const std::size_t depth = std::min(level, keep + 1);
    // A plain copy and a flag, not std::optional: GCC's profile-guided build
    // warns that the optional's payload "may be used uninitialized".
    const bool had_level = depth <= lists_.size();
    const ListLevel previous = had_level ? lists_[depth - 1] : ListLevel{};
    lists_.resize(depth);
    ListLevel& l = lists_[depth - 1];
    if (depth > keep || !had_level || previous.ordered != b.ordered) {
        // A new list right after one of its kind at the same depth would merge
        // with it: switching the marker ('-'/'*', '.'/')') starts a new list (§5.3).
        char mark = b.ordered ? '.' : '-';
        if (had_level && previous.ordered == b.ordered && previous.mark == mark) mark = b.ordered ? ')' : '*';
        l = ListLevel{b.ordered, 0, 2, mark};
    }
    ++l.number;
    const std::string marker = (b.ordered ? std::to_string(l.number) : std::string()) + l.mark + ' ';
    l.width = marker.size();
    const std::string indent(indent_before(depth - 1), ' ');
    out_ += indent + marker + continue_lines(inline_text(b, Context::block), indent + std::string(l.width, ' '));
}

void Renderer::table(const Block& b) {
    std::size_t columns = 0;
    for (const auto& row : b.rows) columns = std::max(columns, row.size());
    // GFM needs a header row: a headerless table that is a single row or a
    // single column is page layout more than data, and reads better as lines.
    if (columns == 0 || (!b.has_header && (columns < 2 || b.rows.size() < 2))) {
        table_as_text(b);
        return;
    }
    gfm_table(b, columns);
}

void Renderer::gfm_table(const Block& b, std::size_t columns) {
    begin(Group::other);
    auto row_line = [&](const std::vector<std::string>* row) {
        std::string line = "|";
        for (std::size_t c = 0; c < columns; ++c) {
            const std::string_view cell = row && c < row->size() ? std::string_view((*row)[c]) : std::string_view();
            line += ' ' + md::escape_inline(cell, Context::cell) + " |";
        }
        return line;
    };
    // Short rows are padded: GFM drops cells beyond the header's count, so the
    // header is as wide as the widest row. No <th> row → an empty header.
    out_ += row_line(b.has_header ? &b.rows.front() : nullptr) + '\n';
    std::string rule = "|";
    for (std::size_t c = 0; c < columns; ++c) rule += " --- |";
    out_ += rule;
    for (std::size_t r = b.has_header ? 1 : 0; r < b.rows.size(); ++r) out_ += '\n' + row_line(&b.rows[r]);
}

void Renderer::table_as_text(const Block& b) {
    // One line per row, cells joined by " | ": every cell survives.
    std::string text;
    for (const auto& row : b.rows) {
        std::string line;
        for (const std::string& cell : row) {
            if (cell.empty()) continue;
            line += (line.empty() ? "" : " | ") + cell;
        }
        if (!line.empty()) text += (text.empty() ? "" : "\n") + line;
    }
    if (text.empty()) text = b.text;
    if (text.empty()) return;
    begin(Group::other);
    out_ += md::escape_inline(text, Context::block);
}

}  // namespace

std::optional<std::size_t> title_heading_index(const Article& a) {
    if (!a.title) return std::nullopt;
    const std::string title = util::fold(*a.title);
    for (std::size_t i = 0; i < a.blocks.size(); ++i) {
        const Block& b = a.blocks[i];
        if (b.kind == BlockKind::heading) return util::fold(b.text) == title ? std::optional(i) : std::nullopt;
        if (b.kind != BlockKind::image && b.kind != BlockKind::caption) return std::nullopt;  // text came first
    }
    return std::nullopt;
}

std::string to_markdown(const Article& article, const MarkdownOptions& options) {
    return Renderer(article, options).run();
}

}  // namespace newsclean::write
