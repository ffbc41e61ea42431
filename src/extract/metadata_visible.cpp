#include "extract/metadata_visible.hpp"

#include <cstdlib>

#include "extract/dates.hpp"
#include "lexicon/metadata_words.hpp"
#include "util/fold.hpp"

namespace newsclean::extract {

namespace {

// The byline/dateline of a story sits within a few lines of its headline
// (repost templates put it above: sqfeed, finsyn; or below: bitwire, cmcfeed).
constexpr std::size_t kLinesBefore = 8;
constexpr std::size_t kLinesAfter = 15;
constexpr std::size_t kMaxMetaLine = 250;
constexpr std::size_t kMaxAvatarName = 40;  // "Rahul Menon" next to an avatar; longer text is a caption  // a byline or dateline is short; a paragraph is not

bool contains_label(const std::string& folded, lexicon::KeyList labels) {
    for (std::string_view l : labels) {
        const std::size_t p = folded.find(l);
        if (p == std::string::npos) continue;
        const bool start_ok = p == 0 || !std::isalnum(static_cast<unsigned char>(folded[p - 1]));
        if (start_ok) return true;
    }
    return false;
}

enum class DateKind { published, updated, original };

DateKind classify(std::string_view context, bool updated_hint) {
    const std::string f = util::fold(context);
    if (contains_label(f, lexicon::kOriginalDateLabels)) return DateKind::original;
    if (updated_hint || contains_label(f, lexicon::kUpdatedLabels)) return DateKind::updated;
    return DateKind::published;
}

// Copyright lines carry a year, sometimes a full date: never the article's.
bool is_copyright(const std::string& text) {
    return text.find("\xC2\xA9") != std::string::npos || util::fold(text).find("copyright") != std::string::npos;
}

struct Best {
    std::optional<std::string> value;
    std::size_t distance = static_cast<std::size_t>(-1);
    void offer(std::string v, std::size_t d) {
        if (d < distance) value = std::move(v), distance = d;
    }
};

struct Dates {
    Best published, updated, original;
    void offer(DateKind k, const ParsedDate& d, std::size_t dist) {
        (k == DateKind::original ? original : k == DateKind::updated ? updated : published).offer(d.iso(), dist);
    }
};

void read_dates(const PageLine& line, std::size_t dist, std::string_view lang, Dates& out) {
    for (const TimeRef& t : line.times) {
        auto d = parse_date(t.datetime, lang);
        if (!d) d = parse_date(t.context, lang);
        if (d) out.offer(classify(t.context, line.updated_hint), *d, dist);
    }
    if (!line.times.empty() || line.text.size() > kMaxMetaLine || is_copyright(line.text)) return;
    if (const auto d = parse_date(line.text, lang)) out.offer(classify(line.text, line.updated_hint), *d, dist);
}

void read_byline(const PageLine& line, std::size_t dist, VisibleMeta& out, std::size_t& best_score) {
    if (line.heading || line.text.size() > kMaxMetaLine) return;
    const BylineLabel label = byline_label(line.text);
    int strength = label == BylineLabel::author ? 3 : line.byline_hint ? 2 : label == BylineLabel::source ? 1 : 0;
    if (strength == 0 && line.avatar_hint && line.text.size() <= kMaxAvatarName) strength = 2;
    if (strength == 0 || (strength == 3 && !line.byline_hint && line.text.size() > 80)) return;
    auto parts = parse_byline(line.text);
    if (!parts) return;
    if (label == BylineLabel::none && !line.byline_hint && parts->byline != line.text) return;  // avatar row: the whole line is the name
    const std::size_t score = static_cast<std::size_t>(strength) * 1000 - dist;
    if (best_score != 0 && score <= best_score) return;
    best_score = score;
    out.byline = std::move(parts);
    out.byline_strength = strength;
    out.byline_is_source = label == BylineLabel::source || line.source_hint;
}

}  // namespace

VisibleMeta read_visible(const std::vector<PageLine>& lines, std::size_t anchor, std::string_view lang) {
    VisibleMeta out;
    Dates dates;
    std::size_t best_byline = 0;
    const std::size_t begin = anchor < lines.size() ? (anchor > kLinesBefore ? anchor - kLinesBefore : 0) : 0;
    const std::size_t end = anchor < lines.size() ? std::min(lines.size(), anchor + kLinesAfter) : std::min(lines.size(), kLinesAfter);
    for (std::size_t i = begin; i < end; ++i) {
        const PageLine& line = lines[i];
        if (line.noise) continue;
        // Lines below the headline are slightly closer than the same count above.
        const std::size_t dist = i >= anchor ? (i - anchor) * 2 : (anchor - i) * 2 + 1;
        read_byline(line, anchor < lines.size() ? dist : i, out, best_byline);
        if (!out.source && line.text.size() <= kMaxMetaLine) out.source = parse_source_line(line.text);
        read_dates(line, dist, lang, dates);
    }
    // "Originally published on X on <date>" closes many syndicated stories
    // (samples/finance-portal-syndicated.html), often in a provider footer.
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const PageLine& line = lines[i];
        if (line.text.size() > 300) continue;
        const std::string f = util::fold(line.text);
        if (!contains_label(f, lexicon::kOriginalDateLabels)) continue;
        if (!out.source) out.source = parse_source_line(line.text);
        if (!dates.original.value)
            if (const auto d = parse_date(line.text, lang)) dates.original.offer(d->iso(), 1000 + i);
    }
    out.published = dates.published.value;
    out.updated = dates.updated.value;
    out.original = dates.original.value;
    return out;
}

}  // namespace newsclean::extract
