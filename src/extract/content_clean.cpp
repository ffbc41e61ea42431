// Boilerplate inside the chosen content. Two kinds of rules:
//  * structure: Readability.js's conditional cleaning (link-heavy, list-heavy,
//    image-heavy, form-like containers), negative-weight headings, small
//    "share" elements, byline elements;
//  * wording that needs the DOM: related and author-box headings with the
//    box or links that follow them, ticker strips and quote cards (whole
//    containers). The wording of single blocks (disclaimers, plugs, labels)
//    is judged once, on the output blocks (content_sweep.cpp).
#include <algorithm>

#include "extract/blocks.hpp"
#include "extract/boilerplate_text.hpp"
#include "extract/byline.hpp"
#include "extract/dates.hpp"
#include "extract/text_lines.hpp"
#include "extract/ticker.hpp"
#include "extract/content_internal.hpp"
#include "lexicon/class_tokens.hpp"
#include "lexicon/phrases.hpp"
#include "util/fold.hpp"
#include "util/text.hpp"

namespace newsclean::extract::content {

using reader::NodeType;
using reader::Tag;

namespace {

// Readability.js textish tags for text density: SPAN, LI, TD + DIV_TO_P_ELEMS.
bool is_textish(Tag t) {
    switch (t) {
        case Tag::span: case Tag::li: case Tag::td: case Tag::blockquote: case Tag::dl: case Tag::div:
        case Tag::img: case Tag::ol: case Tag::p: case Tag::pre: case Tag::table: case Tag::ul:
            return true;
        default:
            return false;
    }
}

// Inline elements that set a label apart at the start of a block ("<span>Related</span>", "<strong>Read more</strong>").
bool is_label_tag(Tag t) { return t == Tag::span || t == Tag::strong || t == Tag::b || t == Tag::em || t == Tag::label; }

// Per-node counts for the conditional cleaning, over nodes still in.
struct Counts {
    std::uint32_t p = 0, img = 0, li = 0, input = 0, embed = 0;
    std::uint32_t heading_text = 0, textish_text = 0, list_text = 0;
};

class Cleaner {
public:
    Cleaner(const Dom& dom, const PageFacts& f, Selection& sel)
        : dom_(dom), f_(f), sel_(sel), gone_(gone_mask(dom, sel.drops)),
          s_(compute_stats(dom, f, sel.drops)), c_(dom.size()) {}

    void conditional() {
        count();
        const NodeId root = sel_.root;
        for (NodeId id = dom_[root].subtree_end; id-- > root + 1;) {
            if (gone_[id] || dom_[id].type != NodeType::element) continue;
            const std::string_view rule = conditional_rule(id);
            if (!rule.empty()) drop(id, rule);
        }
    }

    // Negative headings, small share elements, byline elements, the kicker over the headline (Readability
    // _cleanHeaders, shareElementThreshold 500, _checkByline).
    void structural(bool boilerplate_classes) {
        const NodeId root = sel_.root;
        find_prose_bounds();
        for (NodeId id = root + 1; id < dom_[root].subtree_end; ++id) {
            if (gone_[id] || dom_[id].type != NodeType::element) continue;
            const Tag t = dom_[id].tag;
            std::string_view rule;
            if ((t == Tag::h1 || t == Tag::h2) && f_.weight[id] < 0) rule = "negative-heading";
            else if (f_.share_class[id] && s_.text[id] < 500) rule = "class:share";
            else if (boilerplate_classes && !f_.boiler[id].empty() && !holds_most_text(id)) rule = f_.boiler[id];
            else if (is_byline_element(id)) rule = "byline";
            else if (is_headline_kicker(id)) rule = "kicker";
            else if (is_empty_disclosure(id)) rule = "collapsed-details";
            else if (is_cta_box(id)) rule = "cta-box";
            else if (is_button_line(id)) rule = "cta-button";
            else if (is_time_row(id)) rule = "meta-line";
            else if (is_dead_link_list(id)) rule = "toc";
            else if (is_caption_credit(id)) rule = "photo-credit";
            else if (is_contact_box(id)) rule = "contact-box";
            else if (is_label_link_box(id)) rule = "related-inline";
            if (!rule.empty()) {
                drop(id, rule);
                id = dom_[id].subtree_end - 1;
            }
        }
    }

    // Wording rules, outermost element first. Each text is judged once: an
    // element repeating the text of a leaf already judged is skipped, and an
    // inline element inside a longer paragraph is only checked for a ticker
    // chip ("DEEPSEEK$0.000302+4.49%" inside a sentence's line).
    void wording() {
        constexpr std::uint32_t kMaxJudged = 2000;  // characters; longer is story, not a widget
        constexpr std::uint32_t kChipMax = 60;
        // An element of more nodes is judged by its parts: no widget the rules
        // know (ticker strip, related box, disclaimer) is that large with that
        // little text, and reading its text for each element of a deep chain of
        // them was quadratic (400,000 nested <li><ul>: 10.8 s, a flat list 1.9 s).
        constexpr NodeId kMaxJudgedNodes = 4096;
        const NodeId root = sel_.root;
        std::vector<bool> judged_leaf(dom_.size(), false);
        for (NodeId id = root + 1; id < dom_[root].subtree_end; ++id) {
            if (gone_[id] || f_.invisible[id]) {
                id = dom_[id].subtree_end - 1;
                continue;
            }
            if (dom_[id].type != NodeType::element || s_.text[id] == 0 || s_.text[id] > kMaxJudged) continue;
            if (dom_[id].subtree_end - id > kMaxJudgedNodes) continue;
            const NodeId parent = dom_[id].parent;
            const bool same_as_parent = s_.text[parent] == s_.text[id];
            if (same_as_parent && judged_leaf[parent]) {
                judged_leaf[id] = true;
                continue;
            }
            if (!same_as_parent && !is_block_tag(dom_[id].tag)) {
                if (s_.text[id] <= kChipMax && is_ticker_text(visible_text(id))) drop(id, "ticker");
                id = dom_[id].subtree_end - 1;
                continue;
            }
            const std::string_view rule = judge(id, judged_leaf);
            if (rule.empty()) continue;
            if (rule != "related-heading" && rule != "author-box") drop(id, rule);
            id = dom_[id].subtree_end - 1;
        }
    }

private:
    void drop(NodeId id, std::string_view rule) {
        sel_.drops[id] = rule;
        for (NodeId k = id; k < dom_[id].subtree_end; ++k) gone_[k] = true;
        // Ancestors lose the dropped text (the conditional cleaning runs bottom-up on them next).
        const std::uint32_t text = s_.text[id];
        const float link = s_.link[id];
        const Counts c = c_[id];
        for (NodeId a = dom_[id].parent; a != reader::kNoNode; a = dom_[a].parent) {
            s_.text[a] -= std::min(s_.text[a], text);
            s_.link[a] = std::max(0.f, s_.link[a] - link);
            Counts& ca = c_[a];
            ca.p -= std::min(ca.p, c.p), ca.img -= std::min(ca.img, c.img), ca.li -= std::min(ca.li, c.li);
            ca.input -= std::min(ca.input, c.input), ca.embed -= std::min(ca.embed, c.embed);
            ca.heading_text -= std::min(ca.heading_text, c.heading_text);
            ca.textish_text -= std::min(ca.textish_text, is_textish(dom_[id].tag) ? text : c.textish_text);
            ca.list_text -= std::min(ca.list_text, c.list_text);
        }
    }

    void count() {
        const NodeId root = sel_.root;
        for (NodeId id = dom_[root].subtree_end; id-- > root + 1;) {
            if (gone_[id] || f_.invisible[id] || dom_[id].type != NodeType::element) continue;
            Counts& c = c_[id];
            const Tag t = dom_[id].tag;
            c.p += t == Tag::p, c.img += t == Tag::img, c.li += t == Tag::li, c.input += t == Tag::input;
            c.embed += t == Tag::object || t == Tag::embed || t == Tag::iframe;
            if (heading_level(t) > 0) c.heading_text = s_.text[id];
            if (t == Tag::ul || t == Tag::ol) c.list_text = s_.text[id];
            Counts& pc = c_[dom_[id].parent];
            pc.p += c.p, pc.img += c.img, pc.li += c.li, pc.input += c.input, pc.embed += c.embed;
            pc.heading_text += c.heading_text, pc.list_text += c.list_text;
            pc.textish_text += is_textish(t) ? s_.text[id] : c.textish_text;
        }
    }

    bool inside(NodeId id, Tag tag) const {
        for (NodeId a = dom_[id].parent; a != reader::kNoNode && a != sel_.root; a = dom_[a].parent)
            if (dom_[a].tag == tag) return true;
        return false;
    }

    bool has_data_table(NodeId id) const {
        for (NodeId k = id; k < dom_[id].subtree_end; ++k)
            if (!gone_[k] && dom_.is_element(k, Tag::table) && is_readability_data_table(k)) return true;
        return false;
    }

    // Readability.js _markDataTables, in short.
    bool is_readability_data_table(NodeId table) const {
        if (dom_.attr_or_empty(table, "role") == "presentation" || dom_.attr_or_empty(table, "datatable") == "0")
            return false;
        if (dom_.attr(table, "summary")) return true;
        std::uint32_t rows = 0, cells = 0;
        for (NodeId k = table + 1; k < dom_[table].subtree_end; ++k) {
            const Tag t = dom_[k].tag;
            if (dom_[k].type != NodeType::element) continue;
            if (t == Tag::table) return false;
            if (t == Tag::caption || t == Tag::thead || t == Tag::tfoot || t == Tag::th || t == Tag::colgroup) return true;
            rows += t == Tag::tr, cells += t == Tag::td;
        }
        return rows >= 10 || (rows > 0 && cells / rows > 4) || cells > 10;
    }

    std::string_view conditional_rule(NodeId id) const {
        const Tag t = dom_[id].tag;
        const bool div_like = (t == Tag::div || t == Tag::section) && f_.block_inside[id];
        if (!(div_like || t == Tag::form || t == Tag::fieldset || t == Tag::table || t == Tag::ul || t == Tag::ol))
            return {};
        if ((t == Tag::table && is_readability_data_table(id)) || inside(id, Tag::code) || inside(id, Tag::pre)) return {};
        if (has_data_table(id)) return {};
        const int weight = f_.weight[id];
        if (weight < 0) return "negative-class";
        if (s_.commas[id] >= 10) return {};
        const Counts& c = c_[id];
        const std::uint32_t length = s_.text[id];
        const bool is_list = t == Tag::ul || t == Tag::ol || (length > 0 && c.list_text * 10 > length * 9);
        const float ld = link_density(s_, id);
        const bool figure = inside(id, Tag::figure);
        const float heading_density = length ? static_cast<float>(c.heading_text) / length : 0.f;
        const int li = static_cast<int>(c.li) - 100;
        std::string_view rule;
        if (!figure && c.img > 1 && c.p * 2 < c.img) rule = "image-heavy";
        else if (!is_list && li > static_cast<int>(c.p)) rule = "list-heavy";
        else if (c.input > c.p / 3) rule = "form-like";
        else if (!is_list && !figure && heading_density < 0.9f && length < 25 && (c.img == 0 || c.img > 2) && ld > 0)
            rule = "link-stub";
        else if (!is_list && weight < 25 && ld > 0.2f) rule = "link-dense";
        else if (weight >= 25 && ld > 0.5f) rule = "link-dense";
        else if ((c.embed == 1 && length < 75) || c.embed > 1) rule = "embed";
        else if (c.img == 0 && c.textish_text == 0 && length > 0) rule = "no-text-blocks";
        if (!rule.empty() && is_list && all_items_simple(id) && c.img == c.li) return {};  // a list of images
        return rule;
    }

    bool all_items_simple(NodeId id) const {
        for (NodeId ch = dom_[id].first_child; ch != reader::kNoNode; ch = dom_[ch].next_sibling) {
            int grandchildren = 0;
            for (NodeId g = dom_[ch].first_child; g != reader::kNoNode; g = dom_[g].next_sibling)
                grandchildren += dom_[g].type == NodeType::element;
            if (grandchildren > 1) return false;
        }
        return true;
    }

    bool holds_most_text(NodeId id) const { return s_.text[id] * 2 > s_.text[sel_.root]; }

    // A <details> whose content is hidden: only its <summary> shows, a toggle's label ("Show transcript"
    // over a hidden transcript, study-r round 15 H8), not a line of the text.
    bool is_empty_disclosure(NodeId id) const {
        if (dom_[id].tag != Tag::details || s_.text[id] == 0) return false;
        std::uint32_t summary = 0;
        bool hidden_part = false;
        for (NodeId c = dom_[id].first_child; c != reader::kNoNode; c = dom_[c].next_sibling) {
            if (dom_.is_element(c, Tag::summary)) summary += s_.text[c];
            else if (dom_[c].type == NodeType::element && f_.invisible[c]) hidden_part = true;
        }
        return hidden_part && summary == s_.text[id];
    }

    // A call-to-action box among or after the story's paragraphs: a short pitch, then a button (a link of a few
    // words, set as its own element) closing the box: Kadence's infobox "Want posts like this in your inbox? …" +
    // "Subscribe free" (study-s round 16 H5), Telex's support box "A Telex független szerkesztőség. Támogass
    // minket…" + "Támogatom a Telexet" (H4), WordPress button blocks under a plug. The button tells the box in any
    // language: a story's block ends in text, and a link to a source sits in a paragraph, not beside it.
    bool is_cta_box(NodeId id) const {
        constexpr std::uint32_t kBoxMax = 300, kButtonMax = 40;  // characters: two short sentences and a button
        constexpr std::size_t kPitchBlocksMax = 2;
        const Tag t = dom_[id].tag;
        if ((t != Tag::div && t != Tag::section && t != Tag::aside) || s_.text[id] == 0 || s_.text[id] > kBoxMax ||
            holds_most_text(id))
            return false;
        std::vector<NodeId> parts;  // the children with text, in order
        for (NodeId c = dom_[id].first_child; c != reader::kNoNode; c = dom_[c].next_sibling) {
            if (dom_[c].type == NodeType::text && !util::trim(dom_.text(c)).empty()) return false;  // inline text
            if (dom_[c].type == NodeType::element && !gone_[c] && s_.text[c] > 0) parts.push_back(c);
        }
        if (parts.size() < 2 || parts.size() > kPitchBlocksMax + 1) return false;
        const NodeId button = parts.back();
        const Tag bt = dom_[button].tag;
        if (bt == Tag::p || heading_level(bt) > 0 || s_.text[button] > kButtonMax || link_density(s_, button) < 0.9f)
            return false;
        for (std::size_t i = 0; i + 1 < parts.size(); ++i)
            if (dom_[parts[i]].tag != Tag::p || s_.link[parts[i]] > 0) return false;
        return !util::ends_sentence(visible_text(button));
    }

    // A paragraph that is only a short link set as a button, by its own class or its link's ("<p class=cta><a
    // class=btn>Download IntelliJ IDEA 2026.3</a></p>" between a release post's paragraphs, study-t round 17 H1;
    // Bootstrap's "btn", WordPress's "wp-element-button"): a call to action, the pitch-less cousin of is_cta_box.
    // A link to a source in the text is no button, and a link line that ends like a sentence stays.
    bool is_button_line(NodeId id) const {
        constexpr std::uint32_t kButtonMax = 40;  // characters: a verb and a product's name
        const Tag t = dom_[id].tag;
        if ((t != Tag::p && t != Tag::div) || f_.block_inside[id] || s_.text[id] == 0 || s_.text[id] > kButtonMax ||
            link_density(s_, id) < 0.9f || holds_most_text(id))
            return false;
        bool button = !lexicon::find_class_word(lexicon::kButtonClassWords, class_and_id(id)).empty();
        for (NodeId k = id + 1; k < dom_[id].subtree_end && !button; ++k)
            if (dom_.is_element(k, Tag::a) && !gone_[k])
                button = !lexicon::find_class_word(lexicon::kButtonClassWords, class_and_id(k)).empty();
        return button && !util::ends_sentence(visible_text(id));
    }

    // The story's first and last paragraphs of prose in the root: where the header's rows end and the tail's boxes
    // begin (kNoNode when there is none).
    void find_prose_bounds() {
        constexpr std::uint32_t kProseParagraph = 80;  // characters: a sentence or two, no label or row
        first_prose_ = last_prose_ = reader::kNoNode;
        for (NodeId id = sel_.root + 1; id < dom_[sel_.root].subtree_end; ++id) {
            if (gone_[id] || f_.invisible[id]) {
                id = dom_[id].subtree_end - 1;
                continue;
            }
            if (!dom_.is_element(id, Tag::p) || s_.text[id] < kProseParagraph) continue;
            if (first_prose_ == reader::kNoNode) first_prose_ = id;
            last_prose_ = id;
        }
    }

    // A short row holding a <time> above the story's first paragraph: the header's date row whatever its wording
    // ("לפני 3 שעות עודכן: 13:02", "26.11.26 | 19:45" on ynet, study-u round 18 H2; the relative ages and short
    // forms the date parser does not read), left in the body when the header and the text are sibling boxes of the
    // chosen root. A <time> in the story's own text stands in a paragraph, below the first.
    bool is_time_row(NodeId id) const {
        constexpr std::uint32_t kRowMax = 60;  // characters: a date, a time, an update stamp
        constexpr std::uint32_t kBylineRowMax = 160;  // boilerplate_text's kMetaLineMax: names, desk, date, age
        constexpr NodeId kRowNodes = 64;       // a row's few spans: no scan of a deep chain's subtree at each level
        if (first_prose_ == reader::kNoNode || id > first_prose_ || s_.text[id] == 0 || s_.text[id] > kBylineRowMax ||
            f_.block_inside[id] || dom_[id].subtree_end - id > kRowNodes)
            return false;
        const NodeId parent = dom_[id].parent;
        if (!is_block_tag(dom_[id].tag) && parent != reader::kNoNode && s_.text[parent] > s_.text[id]) return false;
        const bool long_row = s_.text[id] > kRowMax;
        bool time = !long_row && dates_a_moment(id);
        for (NodeId k = id + 1; k < dom_[id].subtree_end && !time && !long_row; ++k) time = !gone_[k] && dates_a_moment(k);
        if (time) return !util::ends_sentence(visible_text(id));
        return is_block_tag(dom_[id].tag) && is_chip_date_row(id, long_row);
    }

    // A row of inline elements, one of them a date in plain text that the date reader (the metadata's parse_date)
    // reads and little else: the header's chips and date ("<span>Desktop</span><span>Public</span><span>November
    // 20, 2026</span>" glued to "DesktopPublicNovember 20, 2026", study-v round 19 H3, a changelog's release row)
    // or its byline and date spans ("<span>28 พ.ย. 2569 - 14:05 น.</span>", "<span>ผู้เขียน: …</span> <span>27
    // พฤศจิกายน 2569 เวลา 09:30 น.</span>", H2, khaosod: the Thai clock's "น." ends the row with a dot and the
    // sweep's meta-line test keeps it). Between the elements only spacing or a separator: a sentence opening with a
    // date ("<b>November 20, 2026</b> — the council voted") has its words there. A row too long for a date row
    // (`needs_byline`) is one when another chip is the byline, labelled ("Published by: <a>नेहा मिश्रा</a>") or
    // marked (a byline class, itemprop=author): the other chips are then the header's too, whatever their words
    // (the desk "अमर उजाला ब्यूरो, लखनऊ", the age "(3 घंटे पहले)", study-w round 21 H5, amarujala shell).
    bool is_chip_date_row(NodeId id, bool needs_byline) const {
        bool date = false, byline = !needs_byline;
        for (NodeId c = dom_[id].first_child; c != reader::kNoNode; c = dom_[c].next_sibling) {
            if (gone_[c] || f_.invisible[c]) continue;
            if (dom_[c].type == NodeType::text && has_word_char(dom_.text(c))) return false;
            if (dom_[c].type != NodeType::element) continue;
            // A table row's cells or a list's items are blocks: data, not a header's chips ("Founded" over
            // "February 28, 1998" in an infobox row, readability wikipedia).
            if (is_block_tag(dom_[c].tag)) return false;
            if (date && byline) continue;
            const std::string chip = visible_text(c);
            // In a byline's row the date may be one the date reader does not read (a month name it lacks, "27
            // नवंबर 2026, 09:30 AM"): the meta-line test's year and clock tell it.
            if (!byline && (is_marked_byline(c) || byline_label(util::trim(chip)) == BylineLabel::author)) byline = true;
            else if (!date) date = needs_byline ? is_meta_row_text(chip) : reads_as_date(chip);
        }
        return date && byline;
    }

    static bool has_word_char(std::string_view text) {
        for (std::size_t i = 0; i < text.size();)
            if (util::is_word_char(util::next_code_point(text, i))) return true;
        return false;
    }

    // A <time> with text whose datetime is a date ("2026-11-28T11:20:00+02:00"), not a duration ("PT3M": a reading
    // or listening time, kept by round 16's trap).
    bool dates_a_moment(NodeId id) const {
        if (!dom_.is_element(id, Tag::time) || s_.text[id] == 0) return false;
        const std::string_view datetime = util::trim(dom_.attr_or_empty(id, "datetime"));
        return !datetime.empty() && util::is_ascii_digit(datetime.front());
    }

    // A list whose every item is a link going nowhere ("#", a script scrolls or toggles): a contents list or a tab
    // row over the story (forgejo's "Table of contents", study-u round 18 H3), never its text. Not a list of links
    // to the page's own sections ("#history"): the readability truths keep those tables of contents (wikipedia,
    // mercurial, toc-missing, topicseed-1). A list of links to other pages is the story's or a related box.
    bool is_dead_link_list(NodeId id) const {
        constexpr int kMinItems = 2;
        constexpr NodeId kListNodes = 512;  // a contents list's few items; nested lists are not scanned per level
        if ((dom_[id].tag != Tag::ul && dom_[id].tag != Tag::ol) || s_.text[id] == 0 ||
            dom_[id].subtree_end - id > kListNodes)
            return false;
        int items = 0;
        for (NodeId c = dom_[id].first_child; c != reader::kNoNode; c = dom_[c].next_sibling)
            items += dom_[c].type == NodeType::element && !gone_[c] && s_.text[c] > 0;
        if (items < kMinItems) return false;
        // Every text with letters inside a dead link: the scan steps over those links whole.
        for (NodeId k = id + 1; k < dom_[id].subtree_end; ++k) {
            const bool dead = dom_.is_element(k, Tag::a) && util::trim(dom_.attr_or_empty(k, "href")) == "#";
            if (dead || gone_[k] || f_.invisible[k]) k = dom_[k].subtree_end - 1;
            else if (dom_[k].type == NodeType::text && s_.text[k] > 0 && !util::trim(dom_.text(k)).empty()) return false;
        }
        return true;
    }

    // A caption that is only a label and a name: the picture's credit ("Kuva: Veikko Somerpuro", study-u round 18
    // H4; "Foto: Sascha Klahn", "Photo: Reuters"), in a language the credit tables may lack: one word and a colon,
    // then a few capitalised words and no digit. A caption saying what the picture shows is more than a name.
    bool is_caption_credit(NodeId id) const {
        constexpr std::uint32_t kCreditMax = 60;  // characters: a label and a photographer's or agency's name
        constexpr std::size_t kNameWords = 4;
        if (dom_[id].tag != Tag::figcaption || s_.text[id] == 0 || s_.text[id] > kCreditMax) return false;
        const std::string text = visible_text(id);
        const std::size_t colon = text.find(':');
        if (colon == std::string::npos || colon == 0 || util::has_digit(text)) return false;
        const std::string_view label = util::trim(std::string_view(text).substr(0, colon));
        const std::string_view name = util::trim(std::string_view(text).substr(colon + 1));
        if (util::count_tokens(label) != 1 || name.empty() || util::count_tokens(name) > kNameWords ||
            util::ends_sentence(name))
            return false;
        for (std::size_t i = 0; i < label.size();)
            if (!util::is_word_char(util::next_code_point(label, i))) return false;
        return opens_words_capitalised(name);
    }

    // Whether no word of `name` opens with a lower-case letter (caseless scripts have none: "רויטרס").
    static bool opens_words_capitalised(std::string_view name) {
        for (std::size_t p = 0; p < name.size();) {
            std::size_t i = p;
            const char32_t first = util::next_code_point(name, i);
            // A lower-case Latin, Greek or Cyrillic letter; other scripts have no case.
            if (first < 0x0530 && util::is_word_char(first) && !util::is_capital(first)) return false;
            const std::size_t space = name.find(' ', p);
            if (space == std::string_view::npos) break;
            p = space + 1;
        }
        return true;
    }

    // A box between two of the story's paragraphs that is a label and one link, nothing else: "<div><span>Прочетете
    // още:</span> <a>Инфлацията в България се забави до 3,2%</a></div>" (study-w round 21 H2, segabg shell), a
    // Wikipedia hatnote "<div role=note>Main article: <a>…</a></div>": a read-also box in any language, which the
    // label tables (kRelatedOpeners) know only in theirs. A box (div, section, aside), not a paragraph or list item:
    // the editor's own "<p><strong>Lire : <a>…</a></strong></p>" is a line of the text to the readability truths
    // (lemonde-1, spiceworks keep it). The link is a headline (kHeadlineWords words at least); a source or author
    // label ("Quelle: <a>Statistisches Bundesamt</a>", "Foto: <a>…</a>") names no other story.
    bool is_label_link_box(NodeId id) const {
        constexpr std::uint32_t kBoxMax = 240;  // characters: a label and a long headline
        constexpr std::size_t kLabelWords = 4, kHeadlineWords = 4;
        const Tag t = dom_[id].tag;
        if ((t != Tag::div && t != Tag::section && t != Tag::aside) || f_.block_inside[id] || s_.text[id] == 0 ||
            s_.text[id] > kBoxMax ||
            first_prose_ == reader::kNoNode || id <= first_prose_ || id >= last_prose_)
            return false;
        NodeId link = reader::kNoNode;
        std::string label, tail;
        for (NodeId k = id + 1; k < dom_[id].subtree_end; ++k) {
            if (gone_[k] || f_.invisible[k]) {
                k = dom_[k].subtree_end - 1;
                continue;
            }
            if (dom_.is_element(k, Tag::a) && dom_.attr(k, "href")) {
                if (link != reader::kNoNode) return false;  // two links: a list or a sentence citing them
                link = k;
                k = dom_[k].subtree_end - 1;
            } else if (dom_[k].type == NodeType::text) {
                (link == reader::kNoNode ? label : tail).append(dom_.text(k)).push_back(' ');
            }
        }
        if (link == reader::kNoNode || has_word_char(tail)) return false;
        const std::string_view name = util::trim(label);
        if (!(name.ends_with(':') || name.ends_with("\xEF\xBC\x9A")) || !has_word_char(name) ||  // ':' or '：'
            util::count_tokens(name) > kLabelWords)
            return false;
        const std::string headline = visible_text(link);
        return util::count_tokens(headline) >= kHeadlineWords && !util::trim(headline).ends_with(':') &&
               byline_label(util::trim(visible_text(id))) == BylineLabel::none;
    }

    // A short box after the story's last paragraph: a heading of a few words over lines holding an e-mail address
    // or a phone number ("Lisätietoja" / "Professori Mikko Lehtonen, mikko.lehtonen@helsinki.fi, puh. 029 415 0000",
    // study-u round 18 H4; the "Media contact", "Pressekontakt" boxes of university and agency news). Its lines are
    // a name, a title, an address: no sentence. An address in one of the story's sentences stays.
    bool is_contact_box(NodeId id) const {
        constexpr std::uint32_t kBoxMax = 300, kHeadingMax = 40;  // characters: a few contact lines; a label
        const Tag t = dom_[id].tag;
        if ((t != Tag::div && t != Tag::section && t != Tag::aside) || s_.text[id] == 0 || s_.text[id] > kBoxMax ||
            holds_most_text(id) || first_prose_ == reader::kNoNode || first_prose_ > id ||
            last_prose_ >= dom_[id].subtree_end)
            return false;
        std::vector<NodeId> parts;  // the children with text, in order
        for (NodeId c = dom_[id].first_child; c != reader::kNoNode; c = dom_[c].next_sibling) {
            if (dom_[c].type == NodeType::text && !util::trim(dom_.text(c)).empty()) return false;  // inline text
            if (dom_[c].type == NodeType::element && !gone_[c] && s_.text[c] > 0) parts.push_back(c);
        }
        if (parts.size() < 2) return false;
        const Tag ht = dom_[parts.front()].tag;
        if ((heading_level(ht) == 0 && ht != Tag::strong && ht != Tag::b) || s_.text[parts.front()] > kHeadingMax ||
            util::ends_sentence(visible_text(parts.front())))
            return false;
        bool contact = false;
        for (std::size_t i = 1; i < parts.size(); ++i) {
            const std::string line = visible_text(parts[i]);
            if (util::ends_sentence(line)) return false;
            contact = contact || util::has_contact_detail(line);
        }
        return contact;
    }

    // The element's class and id, lower case, for the token tables.
    std::string class_and_id(NodeId id) const {
        return util::to_lower_ascii(dom_.attr_or_empty(id, "class")) + " " + util::to_lower_ascii(dom_.attr_or_empty(id, "id"));
    }

    // Readability.js _checkByline: rel=author, itemprop~author, or a
    // byline-ish class/id, on a short text.
    bool is_byline_element(NodeId id) const {
        if (s_.text[id] == 0 || s_.text[id] >= 100) return false;
        // A name inside a sentence ("said <span class=author>Ann Lee</span>") stays.
        const NodeId parent = dom_[id].parent;
        if (!is_block_tag(dom_[id].tag) && parent != reader::kNoNode && s_.text[parent] > s_.text[id]) return false;
        return is_marked_byline(id);
    }

    // rel=author, itemprop~author or a byline-ish class/id.
    bool is_marked_byline(NodeId id) const {
        if (dom_.attr_or_empty(id, "rel") == "author") return true;
        if (util::ifind(dom_.attr_or_empty(id, "itemprop"), "author") != std::string_view::npos) return true;
        return !lexicon::find_token(lexicon::kBylineTokens, class_and_id(id)).empty();
    }

    // A short label with a kicker class (kHeadingKicker) right before the headline: the section link
    // over the h1 ("Economy", CNBC's a.ArticleHeader-eyebrow; study-j round 7 B22), which stays in
    // the story when an author row between header and body makes the page's <main> the root.
    bool is_headline_kicker(NodeId id) const {
        constexpr std::uint32_t kKickerMax = 40;  // characters: a section name, not a sentence
        if (s_.text[id] == 0 || s_.text[id] > kKickerMax) return false;
        // The class first: the walk to the headline is for the few kicker-classed elements and topic chips only.
        if (lexicon::find_token(lexicon::kHeadingKicker, class_and_id(id)).empty() && !is_topic_chip(id)) return false;
        // The chip may stand alone in its wrapper ("<div class=article-header__category><a>社会</a></div>" over the
        // h1, study-y round 22 asahinet-1): the headline follows the wrapper.
        const NodeId next = next_with_text(outermost_same_text(id));
        return next != reader::kNoNode && holds_headline(next);
    }

    // A topic chip: a link of a word or two, the section the story is filed under ("<a class=tag>Gazdaság</a>"
    // over Telex's headline, study-s round 16 H4), whatever its class. Not a link ending in a dash or colon ("Biz &
    // IT —" over Ars Technica's headline, kept by the Readability truth of ars-1).
    bool is_topic_chip(NodeId id) const {
        constexpr std::size_t kChipWords = 2;
        if (dom_[id].tag != Tag::a || link_density(s_, id) < 1.f) return false;
        const std::string text = visible_text(id);
        if (util::count_tokens(text) > kChipWords) return false;
        char32_t last = 0;
        for (std::size_t i = 0; i < text.size();) last = util::next_code_point(text, i);
        return util::is_word_char(last);
    }

    // An <h1>, or an element whose text is an <h1>'s (a headline in its wrapper).
    bool holds_headline(NodeId id) const {
        if (dom_[id].tag == Tag::h1) return true;
        for (NodeId k = id + 1; k < dom_[id].subtree_end; ++k)
            if (dom_[k].tag == Tag::h1) return s_.text[k] == s_.text[id];
        return false;
    }

    std::string visible_text(NodeId id) const {
        std::string raw;
        for (NodeId k = id; k < dom_[id].subtree_end; ++k) {
            if (gone_[k] || f_.invisible[k]) {
                k = dom_[k].subtree_end - 1;
                continue;
            }
            if (dom_[k].type == NodeType::text) raw.append(dom_.text(k));
            else if (dom_[k].tag == Tag::br || is_block_tag(dom_[k].tag)) raw.push_back(' ');
        }
        return util::collapse_whitespace(raw);
    }

    // A related heading: drop the box around it when the rest of the box is
    // links; otherwise the heading and the link-heavy siblings after it. An
    // author-box heading takes its (short) box, or the bio after it.
    void drop_related_block(NodeId heading, bool author) {
        constexpr std::uint32_t kAuthorBoxMax = 1200;
        const NodeId h = outermost_same_text(heading);
        const NodeId box = dom_[h].parent;
        if (box != sel_.root && box != reader::kNoNode && !holds_most_text(box)) {
            const float rest = static_cast<float>(s_.text[box] - s_.text[h]);
            const float rest_links = s_.link[box] - s_.link[h];
            if (rest <= 0 || rest_links / rest > 0.4f || (author && s_.text[box] < kAuthorBoxMax)) {
                drop(box, author ? "author-box" : "related-block");
                return;
            }
        }
        drop(h, author ? "author-box" : "related-heading");
        if (author) {
            const NodeId bio = next_with_text(h);
            if (bio != reader::kNoNode && s_.text[bio] < kAuthorBoxMax) drop(bio, "author-box");
            return;
        }
        for (NodeId sib = dom_[h].next_sibling; sib != reader::kNoNode; sib = dom_[sib].next_sibling) {
            if (gone_[sib] || s_.text[sib] == 0) continue;
            const bool list = dom_[sib].tag == Tag::ul || dom_[sib].tag == Tag::ol;
            if (!list && link_density(s_, sib) < 0.4f) break;
            drop(sib, "related-block");
        }
    }

    // The wording rule for one block-level element (or the related/author
    // heading handling, done here); empty when it stays.
    std::string_view judge(NodeId id, std::vector<bool>& judged_leaf) {
        const std::string text = visible_text(id);
        const bool author = is_author_heading(text) && is_block_tag(dom_[id].tag);  // not an inline <b>
        if (is_related_heading(text) || is_box_heading(text) || author || (is_topic_box_heading(text) && heads_link_list(id))) {
            drop_related_block(id, author);
            return author ? "author-box" : "related-heading";
        }
        // A container of several paragraphs is judged by its parts, except
        // a strip of quotes (the "Related coins" card box).
        if (f_.block_inside[id] || f_.br_paragraphs[id]) return is_quote_strip(text) ? "ticker" : std::string_view{};
        judged_leaf[id] = true;
        if (is_ad_label_block(id, text)) {
            if (const NodeId ad = labelled_ad(id); ad != reader::kNoNode) drop(ad, "ad-label");
            return "ad-label";
        }
        if (is_related_teaser(id)) return "related-inline";
        // Leaf wording (disclaimers, plugs, labels...) is the block sweep's
        // job (content_sweep.cpp): judging every paragraph twice doubled the cost.
        if (dom_[id].tag == Tag::table) return is_quote_table(text) ? "ticker" : std::string_view{};
        return is_ticker_text(text) || is_quote_strip(text) ? "ticker" : std::string_view{};
    }

    // Whether the next block with text after `id` (or after its wrapper of the same text) is a list of links:
    // the "More on the economy" heading's list (study-n round 11 H4).
    bool heads_link_list(NodeId id) const {
        constexpr float kListLinks = 0.8f;
        const NodeId next = next_with_text(outermost_same_text(id));
        return next != reader::kNoNode && (dom_[next].tag == Tag::ul || dom_[next].tag == Tag::ol) &&
               link_density(s_, next) >= kListLinks;
    }

    // The outermost wrapper of `id` with the same text, below the root: the element a label stands in.
    NodeId outermost_same_text(NodeId id) const {
        NodeId h = id;
        while (dom_[h].parent != reader::kNoNode && dom_[h].parent != sel_.root && s_.text[dom_[h].parent] == s_.text[h])
            h = dom_[h].parent;
        return h;
    }

    // The first element from `id` on among its siblings, past white space, comments, scripts and hidden
    // elements; kNoNode at a text with letters or the end. An empty element (a slot a script fills) counts.
    NodeId next_element(NodeId id) const {
        for (; id != reader::kNoNode; id = dom_[id].next_sibling) {
            if (dom_[id].type == NodeType::text && !util::trim(dom_.text(id)).empty()) return reader::kNoNode;
            if (dom_[id].type == NodeType::element && !f_.invisible[id] && !is_non_content_tag(dom_[id].tag)) return id;
        }
        return reader::kNoNode;
    }

    // A block that is only an ad label ("Reklama", "Anzeige", "Advertisement": lexicon::kAdLabels).
    bool is_ad_label_block(NodeId id, std::string_view text) const {
        constexpr std::uint32_t kLabelChars = 40;  // a label, not a line of text: checked before folding
        return s_.text[id] <= kLabelChars && lexicon::equals_any(lexicon::kAdLabels, util::fold_key(text));
    }

    // The ad an ad label announces, as its next sibling (study-q round 14 H1, lidovky shell: "<div><span>Reklama
    // </span></div><div>Pojištění auta online se slevou až 35 %</div>"; the same label-then-slot pair on
    // German "Anzeige" and Spanish "Publicidad" slots), or kNoNode. Only a short line in a plain container:
    // a paragraph, heading, list or quote is the story going on after an empty slot, and so is a sentence,
    // a line set in bold (a subhead) and text over several lines.
    NodeId labelled_ad(NodeId label) const {
        constexpr std::uint32_t kAdLineMax = 120;
        const NodeId sib = next_element(dom_[outermost_same_text(label)].next_sibling);
        if (sib == reader::kNoNode || gone_[sib] || s_.text[sib] == 0) return reader::kNoNode;
        const Tag t = dom_[sib].tag;
        if (t != Tag::div && t != Tag::section && t != Tag::aside && t != Tag::a && t != Tag::span) return reader::kNoNode;
        if (s_.text[sib] > kAdLineMax || f_.block_inside[sib] || f_.br_paragraphs[sib]) return reader::kNoNode;
        for (NodeId k = sib + 1; k < dom_[sib].subtree_end; ++k) {
            const Tag kt = dom_[k].tag;
            if (dom_[k].type != NodeType::element) continue;
            if (kt == Tag::br || ((kt == Tag::strong || kt == Tag::b) && s_.text[k] == s_.text[sib])) return reader::kNoNode;
        }
        return util::ends_sentence(visible_text(sib)) ? reader::kNoNode : sib;
    }

    // A block of a related label and one link to another story (study-q round 14 H1, lidovky shell: "<div>
    // <span>Související</span><a>Coufal se vrací do sestavy …</a></div>"): the label in its own inline element,
    // the rest of the block (nearly) all link. The element sets the label apart where the text runs it into
    // the headline ("SouvisejícíCoufal …") or spaces it without a colon ("Read more Coufal …").
    bool is_related_teaser(NodeId id) const {
        constexpr std::uint32_t kTeaserMax = 250;  // characters: a label and a headline
        constexpr float kUnlinkedShare = 0.1f;     // of the linked text: a colon, a dash, a date
        if (s_.text[id] > kTeaserMax || s_.link[id] <= 0) return false;
        const NodeId label = next_element(dom_[id].first_child);
        if (label == reader::kNoNode || gone_[label] || s_.text[label] == 0 || s_.link[label] > 0 ||
            !is_label_tag(dom_[label].tag))
            return false;
        // The text after the label outside links, white space aside (pretty-printed markup has plenty).
        std::uint32_t unlinked = 0;
        for (NodeId k = dom_[label].subtree_end; k < dom_[id].subtree_end; ++k)
            if (dom_[k].type == NodeType::text && !gone_[k] && !f_.invisible[k] && f_.link_weight[k] == 0)
                unlinked += visible_length(util::trim(dom_.text(k)));
        const float linked = s_.link[id];
        if (linked <= 0 || static_cast<float>(unlinked) > kUnlinkedShare * linked) return false;
        const std::string label_text = visible_text(label);
        return is_related_heading(label_text) || is_box_label(label, label_text, linked);
    }

    // A related box's label in any language: bold, all capitals, a few words, over a headline of several words
    // ("<strong>ΔΙΑΒΑΣΤΕ ΑΚΟΜΗ</strong> <a>Ρεκόρ τουριστικών εσόδων το εννεάμηνο</a>", Kathimerini, study-s round 16
    // H3; "LEIA TAMBÉM", "LESEN SIE AUCH", "ALSO READ"). A label in lower case ("Source:", "Photo:") may name the
    // link's own source: that stays unless the lexicon knows its words.
    bool is_box_label(NodeId label, std::string_view text, float linked) const {
        constexpr std::size_t kLabelWords = 3;
        constexpr float kHeadlineChars = 20.f;  // a headline of several words, not a name or a site
        const Tag t = dom_[label].tag;
        if ((t != Tag::strong && t != Tag::b) || linked < kHeadlineChars || util::count_tokens(text) > kLabelWords)
            return false;
        std::size_t upper = 0;
        for (std::size_t i = 0; i < text.size();) {
            const char32_t cp = util::next_code_point(text, i);
            if (util::is_capital(cp)) ++upper;
            else if (util::is_word_char(cp)) return false;  // a lower-case or caseless letter, a digit
        }
        return upper >= 2;
    }

    NodeId next_with_text(NodeId id) const {
        for (NodeId sib = dom_[id].next_sibling; sib != reader::kNoNode; sib = dom_[sib].next_sibling)
            if (!gone_[sib] && s_.text[sib] > 0) return sib;
        return reader::kNoNode;
    }

    const Dom& dom_;
    const PageFacts& f_;
    Selection& sel_;
    std::vector<bool> gone_;
    TextStats s_;
    std::vector<Counts> c_;
    NodeId first_prose_ = reader::kNoNode, last_prose_ = reader::kNoNode;  // find_prose_bounds
};

}  // namespace

void clean_selection(const Dom& dom, const PageFacts& facts, const AttemptFlags& flags, std::string_view /*title*/,
                     Selection& selection) {
    Cleaner cleaner(dom, facts, selection);
    if (flags.strip_boilerplate) cleaner.wording();
    cleaner.structural(flags.strip_boilerplate);
    if (flags.clean_conditionally) cleaner.conditional();
}

}  // namespace newsclean::extract::content
