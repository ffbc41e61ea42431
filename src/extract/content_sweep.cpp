// Block-level sweep: the last word on each output block. Catches what the
// DOM rules cannot see, e.g. paragraphs made of <br><br>-separated text runs
// in one table cell (repost README, `livewire` shell) or a heading repeating
// the title.
#include <algorithm>

#include "extract/boilerplate_text.hpp"
#include "extract/byline.hpp"
#include "extract/content.hpp"
#include "extract/content_internal.hpp"
#include "extract/running_headers.hpp"
#include "extract/text_lines.hpp"
#include "extract/url.hpp"
#include "lexicon/page_furniture.hpp"
#include "util/fold.hpp"
#include "util/text.hpp"

namespace newsclean::extract {

namespace {

std::size_t link_chars(const Block& b) {
    std::size_t n = 0;
    for (const Link& l : b.links) n += l.text.size();
    return n;
}

bool link_heavy(const Block& b) { return !b.text.empty() && link_chars(b) * 2 > b.text.size(); }

// A heading that is one link, after the story began: the
// title of another story (trafilatura eval pages: teaser lists under articles).
bool is_teaser_link(const Block& b) {
    constexpr std::size_t kTeaserMax = 160;
    if (b.kind != BlockKind::heading) return false;
    if (b.text.size() > kTeaserMax || b.links.empty()) return false;
    return link_chars(b) * 10 >= b.text.size() * 9;
}

constexpr std::size_t kStoryParagraph = 100;  // bytes

// A list item that reads as a headline: short, no closing stop. Under a related heading it is a link
// to another story even when the copy lost the link (study-m round 10 H6, spiegel shell: "Mehr zum
// Thema" over <li><a>…</a></li> without href).
bool is_headline_item(const Block& b) {
    constexpr std::size_t kHeadlineMax = 160;
    const std::string_view t = util::trim(b.text);
    return b.kind == BlockKind::list_item && !t.empty() && t.size() <= kHeadlineMax && t.back() != '.';
}


// A block before the story's first paragraph that repeats the headline, also
// when the title carries a site suffix ("Headline | Vantix Square") or the
// block the kicker the title leaves out ("Zugverkehr: Im ICE von Frankfurt
// nach Barcelona", trafilatura zeit.de).
bool repeats_title(const Block& b, const std::string& title_key) {
    constexpr std::size_t kMinHeadline = 20;
    if (title_key.empty() || b.text.size() > 2 * title_key.size() + 16) return false;
    const std::string key = util::fold_key(b.text);
    if (key == title_key) return true;
    // A kicker span glued to the headline span ("Passwortmanager1Password für Mac …", study-m round 10 H6,
    // spiegel shell): the same letters as the title "Passwortmanager: 1Password für Mac …".
    // When the title is the headline alone, the block is a short kicker and then the title's letters.
    if (title_key.size() >= kMinHeadline) {
        constexpr std::size_t kKickerMax = 40;  // bytes of letters: a topic word or two
        const std::string block = util::squash(key), title = util::squash(title_key);
        if (block == title) return true;
        if (block.size() > title.size() && block.size() - title.size() <= kKickerMax && block.ends_with(title)) return true;
    }
    const auto whole_words_at = [](const std::string& longer, const std::string& shorter, std::size_t at) {
        return longer.compare(at, shorter.size(), shorter) == 0 &&
               (at == 0 ? longer[shorter.size()] == ' ' : longer[at - 1] == ' ');
    };
    if (key.size() >= kMinHeadline && title_key.size() > key.size()) return whole_words_at(title_key, key, 0);
    return title_key.size() >= kMinHeadline && key.size() > title_key.size() &&
           whole_words_at(key, title_key, key.size() - title_key.size());
}

// A link card's domain line above the story: the block is one link whose
// text is its own target's site ("tmz.example" linking
// https://www.tmz.example/x; study-j round 7 B18, reddit shell: the post's
// link card between the title and the text). Not a bare domain in prose or a
// caption ("topleftpixel.com" under a photo, readability medium-1, is no
// link), a link to another site named by a domain, or the site link closing a
// story ("avd-histo-monte.com", trafilatura autosprint.ch): the caller asks
// before the story's first paragraph only.
bool is_link_card_domain(const Block& b) {
    if (b.kind != BlockKind::paragraph || b.links.size() != 1) return false;
    const std::string_view text = util::trim(b.text);
    if (text != util::trim(b.links.front().text) || !is_domain_name(text)) return false;
    const std::optional<std::string> site = site_name_from_url(b.links.front().href);
    return site && util::fold(*site) == util::fold(text);
}

// A counter alone ("215", "1.2K") next to the header's UI: after a meta line
// or before a comments/share label (study-b medium shell: "6 min read · Sep
// 22, 2025" / "215" / "Responses (3)"). A number opening a story alone is its
// chapter number (readability royal-road: "102").
bool is_counter(const std::vector<Block>& blocks, std::size_t i, std::string_view last_rule) {
    if (blocks[i].kind != BlockKind::paragraph || !is_ui_count(blocks[i].text)) return false;
    // Medium's "-- 3" (no claps shown, 3 responses) is a counter row wherever it stands: no chapter
    // number opens with "--" (study-h round 5 B10, paywall shell: right under the headline).
    if (util::trim(blocks[i].text).substr(0, 2) == "--") return true;
    if (last_rule == "meta-line" || last_rule == "counter" || last_rule == "comments" || last_rule == "share")
        return true;
    std::size_t next = i + 1;
    while (next < blocks.size() && blocks[next].text.empty()) ++next;
    if (next == blocks.size()) return false;
    const std::string_view rule = boilerplate_text_rule(blocks[next].text, link_chars(blocks[next]));
    return rule == "comments" || rule == "share";
}

// A kicker right above the headline ("Stock Analysis" over the h1, study-d
// seekalpha shell): a few words, no link, no digit, no punctuation closing
// it. Not a section link ("Biz & IT —", readability ars-1, kept by its truth)
// nor a hatnote or a coordinates line (wikipedia, repost finsyn-000).
bool is_kicker(const Block& b) {
    constexpr std::size_t kMaxKickerWords = 4;
    if (b.kind == BlockKind::image || b.text.empty() || !b.links.empty()) return false;
    if (util::count_tokens(b.text) > kMaxKickerWords) return false;
    for (char c : b.text)
        if (util::is_ascii_digit(c)) return false;
    char32_t last = 0;
    for (std::size_t i = 0; i < b.text.size();) last = util::next_code_point(b.text, i);
    return util::is_word_char(last);
}

// A follow-us-on-Google-News button set as its own line in the story ("Ακολουθήστε την Καθημερινή στο Google News",
// study-s round 16 H3; "Suivez-nous sur Google News", "Folgen Sie uns auf Google News", "Theo dõi … trên Google
// News"): all of it one link, to news.google.com or naming the service, in whatever language the call is worded.
bool is_follow_button(const Block& b) {
    constexpr std::size_t kButtonMax = 160;  // bytes: a call of a few words in a two-byte script
    if (b.kind != BlockKind::paragraph || b.links.size() != 1 || b.text.size() > kButtonMax) return false;
    if (link_chars(b) * 10 < b.text.size() * 9) return false;
    return util::ifind(b.links.front().href, "news.google.") != std::string_view::npos ||
           util::ifind(b.text, "google news") != std::string_view::npos;
}

// The line naming the page's maker or keeper after the story ("Deze pagina is gemaakt door: Ministerie van …",
// study-s round 16 H6; lexicon kPageCreditLabels).
bool is_page_credit(const Block& b) {
    constexpr std::size_t kCreditMax = 200;  // bytes: the label and an organisation's name
    return b.kind == BlockKind::paragraph && b.text.size() <= kCreditMax &&
           lexicon::starts_with_any(lexicon::kPageCreditLabels, fold_label_text(util::trim(b.text)));
}

// A story's age alone on a line in its header ("3 tuntia sitten", "3 hours ago", "vor 3 Stunden": study-s round 16 H7,
// Iltalehti's header shows only the age of a fresh story): the text path's relative-time reader (is_relative_time,
// lexicon kRelativeTimeUnits). The caller asks before the story's first paragraph only.
bool is_age_line(const Block& b) {
    constexpr std::size_t kAgeMax = 40;  // bytes: a count, a unit and "ago"
    return b.kind == BlockKind::paragraph && b.text.size() <= kAgeMax && b.links.empty() &&
           text::is_relative_time(util::fold(b.text));
}

// Letters and digits of `s`, in code points: what a row's share of link text
// is counted in, so that spaces and "›" between links do not count.
std::size_t word_chars(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size();) n += util::is_word_char(util::next_code_point(s, i)) ? 1 : 0;
    return n;
}

// A row of two links or more and nothing else above the headline: the site's
// navigation or breadcrumbs ("Home News Sport", "Home › Markets › Crypto") left
// in a container that holds the whole page. A kicker is one link (drop_kicker);
// a byline's "By" and "and" are no link text.
bool is_link_row(const Block& b) {
    if (b.kind != BlockKind::paragraph || b.links.size() < 2) return false;
    std::size_t linked = 0;
    for (const Link& l : b.links) linked += word_chars(l.text);
    return linked >= word_chars(b.text);
}

// "原标题：DeepMind新电脑能用记忆自学" over a portal's repost: the wire's own title, not story text
// (lexicon kLeadOriginalTitleLabels). The caller asks before the story's first paragraph only.
bool is_lead_original_title(const Block& b) {
    constexpr std::size_t kTitleLineMax = 300;  // bytes: a long zh headline and its label
    return b.kind == BlockKind::paragraph && b.text.size() <= kTitleLineMax &&
           lexicon::starts_with_any(lexicon::kLeadOriginalTitleLabels, fold_label_text(util::trim(b.text)));
}

// The link rows kept above the block that repeats the title leave with it.
void drop_link_rows(std::vector<Block>& kept, std::vector<Removal>* removed) {
    std::erase_if(kept, [removed](const Block& b) {
        if (!is_link_row(b)) return false;
        record_removal(removed, "nav-row", b.text);
        return true;
    });
}

// The kicker kept just before the block that repeats the title goes with it.
void drop_kicker(std::vector<Block>& kept, std::vector<Removal>* removed) {
    if (kept.empty() || !is_kicker(kept.back())) return;
    record_removal(removed, "kicker", kept.back().text);
    kept.pop_back();
}

}  // namespace

// Whether `blocks` are a press release's (boilerplate_text.hpp marks_press_release): a contact label, the
// distributor's credit or a wire mark in a dateline. Only a block's opening is folded.
bool is_press_release(const std::vector<Block>& blocks) {
    constexpr std::size_t kOpening = 160;
    for (const Block& b : blocks)
        if (b.kind != BlockKind::image && !b.text.empty() &&
            marks_press_release(util::fold(std::string_view(b.text).substr(0, kOpening))))
            return true;
    return false;
}

// study-p round 13 H5 (gemeinde shell, Joomla's article-info `dl`: "Details" / "Geschrieben von X" / "Kategorie:
// Fußball" / "Veröffentlicht: …" / "Zugriffe: 412"): before the story, a category row is a meta row, and the
// list's "Details" title goes with the meta row after it.
bool is_category_row(const Block& b) {
    constexpr std::size_t kRowMax = 80;
    return b.text.size() <= kRowMax && opens_with_label(lexicon::kCategoryLabels, fold_label_text(b.text));
}

bool heads_meta_rows(const std::vector<Block>& blocks, std::size_t i) {
    constexpr std::size_t kTitleMax = 16, kRowsMax = 4;
    if (blocks[i].text.size() > kTitleMax || util::fold_key(blocks[i].text) != "details") return false;
    for (std::size_t next = i + 1, rows = 0; next < blocks.size() && rows < kRowsMax; ++next) {
        if (blocks[next].text.empty()) continue;
        if (is_category_row(blocks[next]) || is_view_counter(blocks[next].text)) return true;
        ++rows;
    }
    return false;
}

// After the story's last paragraph, the furniture of zh portals' story ends (study-p round 13 H2, ettoday shell):
// the agency's bracketed credit "（中央社）", an update row "更新時間：2026年11月28日 16:40", an arrow-led promo
// link "►Google最新AI模型登場！…".
std::string_view after_story_rule(const Block& b) {
    constexpr std::size_t kPromoMax = 160;
    if (is_bracketed_agency(b.text)) return "agency-credit";
    if (is_zh_update_row(b.text)) return "meta-line";
    const std::string_view t = util::trim(b.text);
    const bool sentence = t.ends_with('.') || t.ends_with('!') || t.ends_with('?') || t.ends_with("\xE3\x80\x82") ||
                          t.ends_with("\xEF\xBC\x81");  // "。", "！"
    if (b.text.size() <= kPromoMax && opens_with_arrow(b.text) && (link_heavy(b) || !sentence)) return "related-inline";
    return {};
}

void record_removal(std::vector<Removal>* removed, std::string_view rule, const std::string& text);

// A wire agency's name as wires write it, one word in capitals ("ANTARA", "AFP", "EFE", "BERNAMA", "YONHAP"): the
// name a closing "Sumber: ANTARA" credits when the reporter signs the story (study-v round 19 H1, kumparan shell),
// whatever the label's language. `name`: the raw text after the colon.
bool is_wire_acronym(std::string_view name) {
    constexpr std::size_t kMinLetters = 2, kMaxLetters = 8;
    name = util::trim(name);
    if (name.size() < kMinLetters || name.size() > kMaxLetters) return false;
    return std::all_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string_view after_colon(std::string_view text) {
    const std::size_t colon = text.find(':');
    return colon == std::string_view::npos ? std::string_view() : text.substr(colon + 1);
}

// After the story's last paragraph, a line of a label, a colon and the page's byline: the source credit closing a
// repost ("Izvor: Hina", "Šaltinis: ELTA", "מקור: רויטרס", study-u round 18 H1), the wire credited in the header
// and again under the story. A label the lexicon knows goes whatever the name (source-line, is_credit_block); this
// reads the label in any language: a word or two of letters before a colon. The name is the byline's or a wire's
// capitals (is_wire_acronym).
bool is_closing_source_credit(const Block& b, const std::optional<std::string>& byline) {
    constexpr std::size_t kCreditMax = 80, kLabelMax = 32;  // bytes: a label and a wire's or agency's name
    constexpr std::size_t kLabelWords = 2, kNameWords = 4;
    if (!byline || byline->empty() || b.kind != BlockKind::paragraph || b.text.size() > kCreditMax ||
        util::ends_sentence(b.text))
        return false;
    const std::string folded = fold_label_text(util::trim(b.text));
    const std::size_t colon = folded.find(':');
    if (colon == std::string::npos || colon == 0 || colon > kLabelMax) return false;
    const std::string_view label = util::trim(std::string_view(folded).substr(0, colon));
    const std::string_view name = util::trim(std::string_view(folded).substr(colon + 1));
    if (name.empty() || util::count_tokens(label) > kLabelWords || util::count_tokens(name) > kNameWords) return false;
    // Letters only: "[责任编辑:肖春芳]" is an editor's bracketed sign-off (kept by readability gmw's truth).
    for (std::size_t i = 0; i < label.size();) {
        const char32_t cp = util::next_code_point(label, i);
        if (cp != ' ' && (!util::is_word_char(cp) || (cp >= '0' && cp <= '9'))) return false;
    }
    return util::fold_key(name) == util::fold_key(*byline) || is_wire_acronym(after_colon(b.text));
}

// A header row crediting the story's byline or source under a label the byline reader knows, the row the metadata
// read them from: "提供：共同通信" (provided by) over a ja portal's wire story (study-y round 22 asahinet-2). Only the
// credited name: "Quelle: eigene Recherche" over a story is no credit of its byline. The caller asks before the
// story's first paragraph only.
bool is_credit_row(const Block& b, const ContentOptions& options) {
    constexpr std::size_t kRowMax = 80;  // bytes: a label and an agency's name
    if ((b.kind != BlockKind::paragraph && b.kind != BlockKind::list_item) || b.text.size() > kRowMax ||
        util::ends_sentence(b.text))
        return false;
    const std::optional<std::string> name = parse_source_line(b.text);
    if (!name) return false;
    const std::string key = util::fold_key(*name);
    const auto same = [&key](const std::optional<std::string>& credited) {
        return credited && util::fold_key(*credited) == key;
    };
    return !key.empty() && (same(options.byline) || same(options.source));
}

// After the story's last paragraph, a line crediting its source with a label the byline reader knows, with a colon
// or without: "Theo Tuổi Trẻ" and "Nguồn: Tuổi Trẻ" closing a vi repost (study-y round 22 baomoi-1/2), the bracketed
// "[출처: 누리통신]" (study-x round 22 hankyeol-2). A short line that is no sentence: "Theo quyết định mới, …" is one.
bool is_closing_source_line(const Block& b) {
    constexpr std::size_t kCreditMax = 80, kCreditWords = 6;  // a label and an outlet's name
    if (b.kind != BlockKind::paragraph || b.text.size() > kCreditMax || util::count_tokens(b.text) > kCreditWords ||
        util::ends_sentence(b.text))
        return false;
    return byline_label(b.text) == BylineLabel::source;
}

// A reporter's e-mail sign-off after the story's last paragraph: the address alone, or after the byline's name and a
// role word ("김민수 기자 kimms@hankyeol.co.kr", "syl@nurinews.co.kr": study-x round 22 hankyeol-1/2; ko, ja, zh, vi,
// sv and de papers sign off so). Not a line naming someone else's address ("Send tips to tips@example.com").
bool is_email_sign_off(const Block& b, const std::optional<std::string>& byline) {
    constexpr std::size_t kSignOffMax = 120;  // bytes: a name, a role and an address
    if (b.kind != BlockKind::paragraph || b.text.size() > kSignOffMax) return false;
    const std::string_view t = util::trim(b.text);
    const std::size_t space = t.find_last_of(' ');
    if (!util::is_email_address(space == std::string_view::npos ? t : t.substr(space + 1))) return false;
    if (space == std::string_view::npos) return true;
    if (!byline || byline->empty()) return false;
    const std::string before = util::fold_key(t.substr(0, space)), name = util::fold_key(*byline);
    if (name.empty()) return false;
    if (before == name) return true;
    // The name and one word after it: the role ("기자", "記者", "reporter").
    return before.starts_with(name + " ") && before.find(' ', name.size() + 1) == std::string::npos;
}

// The product's name above an affiliate box's price line (study-p round 13 H4: "Glass Bell Cloche with Wood Base,
// 10-Inch" over "$24.99 at Amazon"): the block kept last, when it is a short line with no sentence end.
void drop_product_name(std::vector<Block>& kept, std::vector<Removal>* removed) {
    constexpr std::size_t kNameMax = 100;
    if (kept.empty() || kept.back().kind != BlockKind::paragraph || kept.back().text.size() > kNameMax) return;
    const std::string_view t = util::trim(kept.back().text);
    if (t.empty() || t.back() == '.' || t.back() == '!' || t.back() == '?' || t.back() == ':') return;
    record_removal(removed, "product-box", kept.back().text);
    kept.pop_back();
}

void record_removal(std::vector<Removal>* removed, std::string_view rule, const std::string& text) {
    if (!removed || text.empty()) return;
    constexpr std::size_t kExcerpt = 80;
    std::size_t cut = std::min(kExcerpt, text.size());
    while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    removed->push_back({std::string(rule), text.substr(0, cut) + (cut < text.size() ? "…" : "")});
}

std::vector<Block> sweep_blocks(std::vector<Block> blocks, const ContentOptions& options,
                                std::vector<Removal>* removed) {
    const std::string title_key = options.title ? util::fold_key(*options.title) : std::string();
    std::vector<Block> kept;
    kept.reserve(blocks.size());
    bool story_started = false;
    bool in_related = false;
    bool after_author_heading = false;
    std::string_view last_rule;  // why the previous text block was dropped; empty when kept
    bool wire_ended = false;     // an "(END) Dow Jones Newswires" mark was met
    // A release's closing sections ("About <Company>", "Forward-looking statements") end its story: all after
    // the first of them is the issuer's furniture (study-p round 13 H3).
    const bool press = is_press_release(blocks);
    bool press_tail = false;
    // The story's last paragraph: a credit block closes the story; above it, a labelled line is
    // the story's data ("Seiten: 400 / Autorin: Alys Arden / Verlag: …", trafilatura derpapierplanet).
    std::size_t last_story = blocks.size();
    for (std::size_t i = blocks.size(); i-- > 0;)
        if (blocks[i].kind == BlockKind::paragraph && blocks[i].text.size() >= kStoryParagraph) {
            last_story = i;
            break;
        }
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        Block& b = blocks[i];
        if (b.kind == BlockKind::image || b.text.empty()) {
            kept.push_back(std::move(b));
            continue;
        }
        std::string_view rule;
        if (in_related && (link_heavy(b) || is_headline_item(b))) rule = "related-block";
        if (after_author_heading && b.kind == BlockKind::paragraph && b.text.size() < 1200) rule = "author-box";
        after_author_heading = false;
        if (rule.empty() && b.kind == BlockKind::heading && is_author_heading(b.text)) {
            rule = "author-box";
            after_author_heading = true;
        }
        if (rule.empty() && press && story_started && (press_tail || is_press_tail_heading(b.text))) {
            rule = "press-release";
            press_tail = true;
        }
        if (rule.empty() && !story_started && repeats_title(b, title_key)) {
            rule = "title";
            drop_kicker(kept, removed);
            drop_link_rows(kept, removed);
        }
        if (rule.empty() && !story_started && b.kind == BlockKind::paragraph && content::is_meta_row_text(b.text))
            rule = "meta-line";
        if (rule.empty() && !story_started && is_credit_row(b, options)) rule = "source-line";
        if (rule.empty() && !story_started && (is_category_row(b) || heads_meta_rows(blocks, i))) rule = "meta-line";
        if (rule.empty() && !story_started && is_zh_reporter_line(b.text)) rule = "meta-line";
        if (rule.empty() && !story_started && is_age_line(b)) rule = "meta-line";
        if (rule.empty() && story_started && i > last_story && b.kind == BlockKind::paragraph) rule = after_story_rule(b);
        if (rule.empty() && b.kind == BlockKind::paragraph && is_retail_price_line(b.text)) {
            rule = "product-box";
            drop_product_name(kept, removed);
        }
        if (rule.empty() && !story_started && is_lead_original_title(b)) rule = "repost-credit";
        if (rule.empty() && story_started && i > last_story && b.kind == BlockKind::paragraph && is_credit_block(b.text))
            rule = "credit-block";
        if (rule.empty() && story_started && i > last_story &&
            (is_closing_source_credit(b, options.byline) || is_closing_source_line(b)))
            rule = "source-line";
        if (rule.empty() && story_started && i > last_story && is_email_sign_off(b, options.byline)) rule = "sign-off";
        if (rule.empty() && story_started && is_page_credit(b)) rule = "credit-block";
        if (rule.empty() && is_follow_button(b)) rule = "share";
        if (rule.empty() && !story_started && is_counter(blocks, i, last_rule)) rule = "counter";
        if (rule.empty() && !story_started && is_link_card_domain(b)) rule = "link-card";
        if (rule.empty() && b.kind == BlockKind::table) rule = is_quote_table(b.text) ? "ticker" : "";
        else if (rule.empty()) rule = boilerplate_text_rule(b.text, link_chars(b));
        if (rule.empty() && story_started && is_teaser_link(b)) rule = "teaser-link";
        // After a wire's end mark come its time line and licence ("September 19, 2025 04:20 ET (08:20 GMT)",
        // study-d djsyn shell): short lines there are the wire's tail, not the story.
        if (rule.empty() && wire_ended && b.text.size() < kStoryParagraph) rule = "newswire-end";
        wire_ended = wire_ended || rule == "newswire-end";
        in_related = rule == "related-heading" || (in_related && rule == "related-block");
        last_rule = rule;
        if (!rule.empty()) {
            record_removal(removed, rule, b.text);
            continue;
        }
        // The story starts with its first real paragraph, not an author or date line.
        if (b.kind == BlockKind::paragraph && b.text.size() >= kStoryParagraph) story_started = true;
        kept.push_back(std::move(b));
    }
    drop_page_furniture(kept, removed);
    return kept;
}

}  // namespace newsclean::extract
