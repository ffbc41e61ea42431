#include "write/markdown_escape.hpp"

#include <algorithm>
#include <vector>

#include "util/text.hpp"

// The rules below follow the CommonMark spec 0.29 (what Debian's cmark-gfm
// 0.29.0.gfm.6 implements) plus the GFM table, strikethrough and task-list
// extensions; section numbers cite that spec.
namespace newsclean::write::md {

namespace {

bool is_ascii_punct(char c) {  // §2.1 "ASCII punctuation character"
    return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) ||
           (c >= 0x7B && c <= 0x7E);
}

bool is_hex(char c) { return util::is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// What a delimiter run sees on each side (§6.4 flanking rules). `unknown`
// stands for "cannot tell here" (a line or link edge, a script we do not
// classify) and is treated as every possibility at once.
enum class Side { space, punct, other, unknown };

Side side_of(char32_t cp) {
    if (cp == ' ' || cp == '\t') return Side::space;
    if (cp < 0x20 || cp == 0x7F) return Side::unknown;  // '\n' becomes a hard break, "<br>" or a space
    if (cp < 0x80) return is_ascii_punct(char(cp)) ? Side::punct : Side::other;
    // CommonMark's white space is Unicode Zs only: NEL, LS and PS (which
    // util::is_unicode_space also counts) are not, and parsers disagree on them.
    if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) return Side::unknown;
    if (util::is_unicode_space(cp)) return Side::space;
    // Letters of the scripts news pages mostly use: Latin-1/Extended, Greek,
    // Cyrillic, kana, CJK ideographs, Hangul. Anything else may be punctuation.
    if ((cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x370 && cp <= 0x52F && cp != 0x37E && cp != 0x387) ||
        (cp >= 0x3041 && cp <= 0x30FA) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3))
        return Side::other;
    return Side::unknown;
}

// Could a run of `c` ('*', '_' or '~') between these sides open or close
// emphasis / strikethrough (§6.4; cmark-gfm's strikethrough uses the '*' rules)?
bool may_delimit(char c, Side before, Side after) {
    static constexpr Side kAll[] = {Side::space, Side::punct, Side::other};
    for (Side p : kAll) {
        if (before != Side::unknown && p != before) continue;
        for (Side q : kAll) {
            if (after != Side::unknown && q != after) continue;
            const bool left = q != Side::space && (q != Side::punct || p == Side::space || p == Side::punct);
            const bool right = p != Side::space && (p != Side::punct || q == Side::space || q == Side::punct);
            const bool open = c == '_' ? left && (!right || p == Side::punct) : left;
            const bool close = c == '_' ? right && (!left || q == Side::punct) : right;
            if (open || close) return true;
        }
    }
    return false;
}

std::size_t run_length(std::string_view s, std::size_t i, char c) {
    std::size_t k = i;
    while (k < s.size() && s[k] == c) ++k;
    return k - i;
}

// "&amp;", "&#35;", "&#x23;": an entity or numeric character reference (§6.2).
bool looks_like_entity(std::string_view s, std::size_t amp) {
    std::size_t k = amp + 1;
    if (k < s.size() && s[k] == '#') {
        ++k;
        const bool hex = k < s.size() && (s[k] == 'x' || s[k] == 'X');
        if (hex) ++k;
        const std::size_t b = k;
        while (k < s.size() && (hex ? is_hex(s[k]) : util::is_ascii_digit(s[k]))) ++k;
        return k > b && k < s.size() && s[k] == ';';
    }
    const std::size_t b = k;
    while (k < s.size() && (util::is_ascii_alpha(s[k]) || util::is_ascii_digit(s[k]))) ++k;
    return k > b && k < s.size() && s[k] == ';';
}

bool only_chars(std::string_view line, std::string_view allowed) {
    return line.find_first_not_of(allowed) == std::string_view::npos;
}

// §4.1: three or more of one of - * _, spaces allowed between.
bool is_thematic_break(std::string_view line) {
    for (char c : {'-', '*', '_'}) {
        const char set[] = {c, ' ', '\t', '\0'};
        if (only_chars(line, set) && std::count(line.begin(), line.end(), c) >= 3) return true;
    }
    return false;
}

// §4.3: a line of only '=' or only '-' turns the paragraph line above into a heading.
bool is_setext_underline(std::string_view line) {
    line = util::trim(line);
    return !line.empty() && (only_chars(line, "=") || only_chars(line, "-"));
}

// GFM §4.10: the delimiter row under a table header ("|---|:--:|").
bool is_table_delimiter_row(std::string_view line) {
    return only_chars(line, " \t|:-") && line.find('-') != std::string_view::npos;
}

class Escaper {
public:
    Escaper(std::string_view text, Context context, std::span<const LinkSpan> links)
        : t_(text), ctx_(context), esc_(text.size(), 0), edge_(text.size() + 1, 0), inside_(text.size(), 0) {
        std::size_t last = 0;
        for (const LinkSpan& l : links) {
            if (l.begin < last || l.begin >= l.end || l.end > text.size()) continue;  // keep only well-formed spans
            links_.push_back(l);
            last = l.end;
            edge_[l.begin] = edge_[l.end] = 1;
            std::fill(inside_.begin() + static_cast<std::ptrdiff_t>(l.begin),
                      inside_.begin() + static_cast<std::ptrdiff_t>(l.end), 1);
        }
    }

    std::string run() {
        mark_edge_spaces();  // first: a space written as "&#32;" is no space to its neighbours
        mark_characters();
        mark_runs();
        if (ctx_ == Context::block) mark_line_starts();
        if (ctx_ == Context::heading) mark_closing_hashes();
        return assemble();
    }

private:
    Side before(std::size_t i) const {
        if (i == 0 || edge_[i] || esc_[i - 1] == 2) return Side::unknown;
        std::size_t k = i - 1;
        while (k > 0 && (static_cast<unsigned char>(t_[k]) & 0xC0) == 0x80) --k;
        return side_of(util::next_code_point(t_, k));
    }
    Side after(std::size_t j) const {
        if (j >= t_.size() || edge_[j] || esc_[j] == 2) return Side::unknown;
        return side_of(util::next_code_point(t_, j));
    }

    // Single characters whose meaning depends on the next one (§2.4, §6.2, §6.3, §6.6, §6.10).
    void mark_characters() {
        const std::size_t n = t_.size();
        const bool all_brackets = ctx_ == Context::link_text;
        for (std::size_t i = 0; i < n; ++i) {
            const char c = t_[i];
            const char next = i + 1 < n ? t_[i + 1] : '\0';
            const bool link_next = i + 1 < n && edge_[i + 1] && starts_link(i + 1);
            if (esc_[i]) continue;
            switch (c) {
                case '\\': esc_[i] = next == '\0' || next == '\n' || is_ascii_punct(next) || edge_[i + 1]; break;
                case '<': esc_[i] = util::is_ascii_alpha(next) || next == '/' || next == '!' || next == '?'; break;
                case '&': esc_[i] = looks_like_entity(t_, i); break;
                case '[': esc_[i] = all_brackets || inside_[i]; break;
                case ']':
                    esc_[i] = all_brackets || inside_[i] || next == '(' || next == '[' || next == ':' || link_next;
                    break;
                case '!': esc_[i] = link_next; break;  // "!" + "[text](url)" would be an image
                case '|': esc_[i] = ctx_ == Context::cell; break;
                default: break;
            }
        }
    }

    bool starts_link(std::size_t i) const {
        return std::any_of(links_.begin(), links_.end(), [i](const LinkSpan& l) { return l.begin == i; });
    }

    // Emphasis/strikethrough runs (§6.4) and code-span backticks (§6.1).
    void mark_runs() {
        for (std::size_t i = 0; i < t_.size();) {
            const char c = t_[i];
            if (c != '*' && c != '_' && c != '~') {
                ++i;
                continue;
            }
            const std::size_t len = run_length(t_, i, c);
            if (may_delimit(c, before(i), after(i + len))) std::fill_n(esc_.begin() + static_cast<std::ptrdiff_t>(i), len, 1);
            i += len;
        }
        // One backtick alone is literal. With two or more, all are escaped: the
        // closer of a code span is looked for in the raw text, where "\`" still
        // counts, so escaping only some of them ("`` ` ``") is not enough.
        if (std::count(t_.begin(), t_.end(), '`') < 2) return;
        for (std::size_t i = 0; i < t_.size(); ++i)
            if (t_[i] == '`') esc_[i] = 1;
    }

    void mark_line_starts() {
        std::size_t s = 0;
        bool first = true;
        while (s <= t_.size()) {
            std::size_t e = t_.find('\n', s);
            if (e == std::string_view::npos) e = t_.size();
            mark_line_start(s, e, first);
            first = false;
            s = e + 1;
        }
    }

    // Block starts (§4, §5, GFM tables and task lists) at the start of a line.
    void mark_line_start(std::size_t s, std::size_t e, bool first_line) {
        if (s >= e || esc_[s] == 2) return;  // a line starting with "&#32;" starts with text
        const std::string_view line = t_.substr(s, e - s);
        const char c = line[0];
        const std::size_t run = run_length(line, 0, c);
        auto blank_at = [&line](std::size_t k) { return k >= line.size() || line[k] == ' ' || line[k] == '\t'; };
        if ((c == '#' && run <= 6 && blank_at(run)) || c == '>' || ((c == '-' || c == '+' || c == '*') && blank_at(1)))
            esc_[s] = 1;  // ATX heading, block quote, bullet list item
        if ((c == '`' || c == '~') && run >= 3) std::fill_n(esc_.begin() + static_cast<std::ptrdiff_t>(s), run, 1);
        if (c == '[' && line.size() >= 3 && line[2] == ']' && (line[1] == ' ' || line[1] == 'x' || line[1] == 'X') &&
            blank_at(3))
            esc_[s] = 1;  // task-list checkbox
        std::size_t digits = 0;
        while (digits < line.size() && util::is_ascii_digit(line[digits])) ++digits;
        if (digits >= 1 && digits <= 9 && digits < line.size() && (line[digits] == '.' || line[digits] == ')') &&
            blank_at(digits + 1))
            esc_[s + digits] = 1;  // ordered list item: "2024. A year" → "2024\. A year"
        if (is_thematic_break(line) || is_table_delimiter_row(line) || (!first_line && is_setext_underline(line)))
            esc_[s] = 1;
    }

    // A parser strips white space at the start and end of a line, a heading
    // or a cell (and reads a leading tab as indentation): the extractor's text
    // never has any, but a caller's may, so it is written as a character reference.
    void mark_edge_spaces() {
        const bool per_line = ctx_ == Context::block;
        std::size_t s = 0;
        while (s <= t_.size()) {
            std::size_t e = per_line ? t_.find('\n', s) : std::string_view::npos;
            if (e == std::string_view::npos) e = t_.size();
            for (std::size_t k = s; k < e && (t_[k] == ' ' || t_[k] == '\t'); ++k) esc_[k] = 2;
            for (std::size_t k = e; k > s && (t_[k - 1] == ' ' || t_[k - 1] == '\t'); --k) esc_[k - 1] = 2;
            s = e + 1;
        }
        for (std::size_t i = 0; i + 1 < t_.size(); ++i)
            if (t_[i] == '\\' && esc_[i + 1] == 2) esc_[i] = 1;  // "\&#32;" would escape the '&'
    }

    // §4.2: "## C #" would lose its "#" as a closing sequence.
    void mark_closing_hashes() {
        // A '\n' is written as a space here, so it counts as one.
        auto blank = [this](std::size_t k) { return t_[k] == ' ' || t_[k] == '\t' || t_[k] == '\n'; };
        std::size_t e = t_.size();
        while (e > 0 && blank(e - 1)) --e;
        std::size_t b = e;
        while (b > 0 && t_[b - 1] == '#') --b;
        if (b < e && (b == 0 || blank(b - 1))) esc_[b] = 1;
    }

    std::string_view newline() const {
        switch (ctx_) {
            case Context::block: return "\\\n";
            case Context::cell: return "<br>";
            default: return " ";
        }
    }

    std::string assemble() const {
        std::string out;
        out.reserve(t_.size() + t_.size() / 8 + 16);
        std::size_t next_link = 0;
        bool open = false;
        for (std::size_t i = 0; i <= t_.size(); ++i) {
            if (open && i == links_[next_link].end) {
                out += "](" + link_destination(links_[next_link].href) + ")";
                open = false;
                ++next_link;
            }
            if (i == t_.size()) break;
            if (!open && next_link < links_.size() && i == links_[next_link].begin) {
                out += '[';
                open = true;
            }
            const char c = t_[i];
            if (c == '\n') {
                out += newline();
            } else if (c == '\r') {
                out += ' ';  // a bare CR would end the line (§2.2)
            } else if (esc_[i] == 2) {
                out += c == '\t' ? "&#9;" : "&#32;";
            } else {
                if (esc_[i]) out += '\\';
                out += c;
            }
        }
        return out;
    }

    std::string_view t_;
    Context ctx_;
    std::vector<LinkSpan> links_;
    std::vector<char> esc_;     // byte i needs a backslash before it (1) or is an edge space (2)
    std::vector<char> edge_;    // a link starts or ends at offset i
    std::vector<char> inside_;  // byte i is link text
};

void append_percent(std::string& out, unsigned char c) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    out += '%';
    out += kHex[c >> 4];
    out += kHex[c & 15];
}

}  // namespace

std::string escape_inline(std::string_view text, Context context, std::span<const LinkSpan> links) {
    return Escaper(text, context, links).run();
}

std::string link_destination(std::string_view url) {
    // §6.6: a destination with spaces needs the <...> form; otherwise the bare
    // form, with parentheses escaped so they cannot end it early.
    const bool angle = url.empty() || url.find(' ') != std::string_view::npos;
    std::string out;
    if (angle) out += '<';
    for (std::size_t i = 0; i < url.size(); ++i) {
        const char c = url[i];
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F) {
            append_percent(out, u);  // not allowed in either form; never valid in a URL anyway
            continue;
        }
        if (c == '&' && looks_like_entity(url, i)) {
            out += "&amp;";  // cmark decodes entities in a destination even after a backslash
            continue;
        }
        if (c == '\\' || c == '<' || c == '>' || (!angle && (c == '(' || c == ')'))) out += '\\';
        out += c;
    }
    if (angle) out += '>';
    return out;
}

std::string code_fence(std::string_view code) {
    std::size_t longest = 0;
    for (std::size_t i = 0; i < code.size();) {
        if (code[i] != '`') {
            ++i;
            continue;
        }
        const std::size_t len = run_length(code, i, '`');
        longest = std::max(longest, len);
        i += len;
    }
    return std::string(std::max<std::size_t>(3, longest + 1), '`');
}

}  // namespace newsclean::write::md
