// Visible byline and source lines → names. Implemented with the metadata issue
// (#3); shared by the HTML metadata extractor and the plain-text extractor.
#pragma once

#include <algorithm>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace newsclean {
struct Block;
}

namespace newsclean::util {
class TokenMatcher;
}

namespace newsclean::extract {

// An attribution phrase ("originally appeared on") opens a line after at most
// this many bytes: "This article" / "*Originally" before it. Deeper in a body
// sentence it is history, not a repost's origin (readability wikipedia-2: "...
// was first published in 2001 ...").
inline constexpr std::size_t kAttributionOpening = 24;

struct BylineParts {
    std::string byline;                // names as shown, labels/dates/"Follow" removed: "Jane Doe and John Roe"
    std::vector<std::string> authors;  // split on "and", "&", ",", "und", "y", "et", ...
};

// "By: Cryptopolitan", "Von Anna Schmidt", "By Jane Doe and John Roe | Updated 3 hours ago",
// "Author: X | Editor: Y" → names; nullopt when no name is left.
std::optional<BylineParts> parse_byline(std::string_view text);

// The original publisher named by a repost line: "Source: Reuters", "Quelle: X",
// "Originally published on X", "This article first appeared on X" → "X".
std::optional<std::string> parse_source_line(std::string_view text);

// What a line starts with: an author label ("By", "Von", "Author:"), a source
// label ("Source:", "Quelle:", "via") or neither. Lets callers rank a labelled
// line above an unlabelled one.
enum class BylineLabel { none, author, source };
BylineLabel byline_label(std::string_view text);

// A sentence that opens with a byline's word ("By the end of the trial, most of the children … could eat
// them safely.", "Von der Leyen sagte am Montag, …", "Text messages show …"): a one-word author label
// followed by a lower-case word, where a byline names someone ("By Jane Doe, Reuters", "Von Anna
// Schmidt"), on a sentence of six words or more. "von dpa" and "door onze redactie" stay credits: short,
// and no sentence end. `text`: trimmed.
bool is_sentence_after_by_word(std::string_view text);

// Whether `text` opens with an editor's credit label (lexicon::kEditorCreditLabels: "责任编辑：李明",
// "[责任编辑:肖春芳]"): an author label of the weakest rank, which a source element beats.
bool opens_with_editor_credit(std::string_view text);

// Whether `text` opens with a zh reporter credit, the outlet's name and then its role label: "澎湃新闻记者 林靖",
// "新华社记者 张三", "本报通讯员：李四" (lexicon::kOutletRoleLabels). byline_label calls such text author-labelled.
bool opens_with_outlet_credit(std::string_view text);
// Where the reporter's name starts after such a credit opening `text` ("林靖" of "澎湃新闻记者 林靖"), or
// std::string_view::npos.
std::size_t outlet_credit_name_at(std::string_view text);

// False when no byline or source label occurs in `text`'s opening: then
// byline_label(text) is none and is_lone_author_label(text) false. A cheap
// scan that callers asking both of one line make once. `text` is a page line
// (collapsed white space, as line_text makes it).
bool may_have_label(std::string_view text);

// A story's origin named by a source line ("Bitcoinist", "elenavarga.dev") as
// the byline of a page that names no author (the repost truth rule): when it
// reads as a name or a brand; "my blog", "eigene Recherche" credit no one.
std::optional<BylineParts> origin_as_byline(std::string_view source);

// A byline naming a brand, not a person: one word with a capital or a domain
// name ("By: Cryptopolitan", "Reuters", "CoinDesk"), neither an account
// ("Admin") nor a team credit. In a text scrape without a source line, such
// a byline is the story's origin (the MEXC sample's "By: Cryptopolitan"); a
// person's byline ("Zeynep Aydın") never is.
bool is_brand_byline(const BylineParts& byline);

// A byline naming an outlet, not a person: a brand (is_brand_byline), one word of any script
// ("رويترز", "연합뉴스"), "The …" ("The Block"), or a name holding a word of lexicon::kOutletWords
// ("Cryptoverse Daily", "Associated Press"). "Chris Katje", "Анна Смирнова" are people.
bool names_outlet(const BylineParts& byline);

// The writer a credit names in a later sentence, after an author label: "This article originally appeared
// on Bloomberg. Author: Jane Doe" (study-l round 9 B3, wpjetpack shell: WordPress reposts close with the
// origin's credit, then its writer), or after a lower-case author label in the credit's own sentence: "… was
// originally published on The Defiant on Nov 24, 2026 by Owen Fernau." (study-n round 11 B1, coinmarketcap
// shell); nullopt when neither names one ("… on Bloomberg. The company said …"). Asked of credit and source
// lines only.
std::optional<BylineParts> credited_writer(std::string_view text);

// A byte-level scan for lexicon::kSourcePhrases ("originally published on", ...):
// the cheap pre-filter before an exact, code-point-folding phrase search.
const util::TokenMatcher& source_phrase_matcher();

// The text before the first byline separator ("|", "·", "•", a spaced dash
// or slash, a line break): the first part of a meta row.
std::string_view first_byline_segment(std::string_view text);

// A CMS or bot account rather than a person: a word of lexicon::kAccountNames
// ("admin", "CDH Newsbot").
bool is_account_name(std::string_view name);

// A name ending in a job title: "Chris Katje, Benzinga Staff Writer" after its comma (study-i round 6
// B11, benzinga shell), "Sarah Hansen Contributor" on an author row (study-j round 7 B24, forbes shell).
bool ends_in_job_title(std::string_view name);

// An ENS name ("alice.eth", "vitalik.eth"): the author as Mirror, Paragraph and Farcaster show it (study-j
// round 7 B5). Lower-case letters, digits, '-' and single dots, ending in ".eth".
bool is_ens_name(std::string_view word);

// The host's own team named as the author ("KrakenX Editorial Team", "News Desk",
// a word of lexicon::kTeamCreditWords): a named origin of the story beats it
// (repost README: the byline is never the aggregator's).
bool is_team_credit(std::string_view byline);

// A company's name: its last word is a legal form, "Insider Inc.", "Acme Media LLC", "Heise Medien GmbH"
// (lexicon::kLegalForms, kUndottedLegalForms). A publisher's legal name in <meta name=author>, no person.
bool is_company_name(std::string_view name);

// A desk's name, no person's: it holds an outlet word ("Binance News", "Cryptoverse Daily") or is a team
// credit ("Web Team", "CoinPost編集部").
bool is_desk_name(std::string_view name);

// A meta row's name and its date on one line with no separator between them:
// "PR Newswire Fri, Sep 19, 2025, 8:30 AM", "The Block Fri, Sep 19, 2025 04:20"
// (study-g prwire and feedreader shells; "PR Newswire · Fri, …" already reads
// as a byline). The name before the date, when it is one: 1 to 4 capitalised
// words without digits, no date/update label, weekday, month, section kicker
// or UI label ("Updated Fri, Sep 19", "Markets 19.09.2025 14:00"), not a
// dateline's place ("Berlin, 19.09.2025 14:00": a comma follows it), and the
// date after it carries a clock time (a headline ending in a date, "Fed Holds
// Rates Sep 19, 2025", has none). `date`: the line's date, already parsed by
// the caller.
struct ParsedDate;
std::optional<BylineParts> name_before_date(std::string_view line, const ParsedDate& date);

// An aggregator's curation line, "Flipped into Crypto Daily by Jane Doe",
// "Curated by X" (a line opening with a lexicon::kCuratorOpeners phrase;
// study-h round 5 B8, B11): the curator's name after its last " by " (empty
// when it names none); nullopt for any other line. A curator collected the
// story and never wrote it.
std::optional<std::string_view> curator_name(std::string_view line);

// The page's own AI-generation note names `name` as the tool that wrote the story: "This story was
// generated using Benzinga Neuro and was edited by X" (a lexicon::kGeneratorPhrases phrase, then the
// name as a whole word). A byline naming that tool is a bot, no author (study-i round 6 B9).
bool names_generator(std::string_view line, std::string_view name);

// Whether a short line of `lines` (HTML page lines or text-scrape lines: anything with a `text` string)
// is the page's AI-generation note naming `name` (names_generator). Only a line holding the name as
// shown is read for the note: the phrase scan of every short line was ~7% of extract_metadata on
// repost finsyn-026 (issue #3).
template <class Lines>
bool page_names_generator(const Lines& lines, std::string_view name) {
    constexpr std::size_t kMaxNoteLine = 300;  // the note is one sentence
    return std::any_of(lines.begin(), lines.end(), [&](const auto& l) {
        return l.text.size() <= kMaxNoteLine && l.text.find(name) != std::string::npos && names_generator(l.text, name);
    });
}

// A segment of `line` names `name` after another role's label ("Reviewed by Omar Haddad", "Editor: X":
// lexicon::kOtherRoleLabels): that person reviewed or edited the story (study-b editedby shell, whose
// JSON-LD author is the reviewer).
bool names_other_role(std::string_view line, std::string_view name);

// A meta row's name on its own, as name_before_date reads it before a date:
// "The Block" of "The Block 2d" (a card's provider row before its age, study-h
// round 5 B8). The name when the whole text is one.
std::optional<BylineParts> row_name(std::string_view text);

// The text is an author label and nothing else ("Von:", "By :"): the name
// follows in the next element.
bool is_lone_author_label(std::string_view text);

// Whether `text` ends in a degree after a name's comma, its dot included: "Autor: Mgr. Jana Kováčová, PhD."
// (lexicon::kDegreesAfterName; study-w round 20 B4). That dot ends no sentence; "He earned a PhD." does.
bool ends_with_degree(std::string_view text);

// "Pewarta: Ahmad Fauzi Editor: Budi Santoso", "Reporter: X, Editor: Y", "Editor: Y": the credit line
// closing an agency's story (ANTARA, Bernama, Yonhap, Xinhua; study-i round 6 B5, antara shell): an
// author's or another role's label with its colon, then a few names, no sentence.
bool is_credit_block(std::string_view text);

// A signed story: its last body paragraph is the author's signature, the name alone or above one line
// of a date or a role: "Marina Mucha" closing a galore.de book review, "Benni\n10. September 2017"
// closing a prof-pc.de post, "Kazım TÜRKMEN\nDITIB-Bundesvorsitzender" closing a ditib.de address
// (trafilatura set, three sites). The name: Title Case words of letters only (row_name), two to four,
// or one above a date; no farewell ("Viele Grüße": lexicon::kSignOffWords) or other role's word
// ("Getty Images"), none written in lower case in the story ("weitere" of "Weitere Informationen",
// "the" of "The Associated Press": common words). Not when the paragraph before it is a name too (a
// list of people), nor in a body of fewer than three blocks. nullopt when the story is not signed.
std::optional<BylineParts> signed_byline(std::span<const Block> body);

// Whether `name` alone on a line is the byline's: the byline, one of its authors, or the byline's opening
// before a type tag ("Sarah Hansen" of "Sarah Hansen Contributor") or its end after an outlet
// ("Cointelegraph By Helen Partz").
bool names_author(std::string_view name, const BylineParts& byline);

// A wire reporter's sign-off closing the story: a dash and the byline's name alone on a line ("-Joy
// Wiltermuth" under Dow Jones Newswires copy on Morningstar, Fidelity, E*Trade: study-k round 8 B11,
// morningstar shell). Only the byline's name: a dash line naming someone else is a list item or a
// quote's attribution ("-Mark Twain").
bool is_sign_off(std::string_view line, const BylineParts& byline);

// A Japanese story's closing credit (study-o round 12 B2, mainichi shell; Mainichi, Asahi, Yomiuri, Sankei and
// regional papers): the reporter in lenticular brackets, "【佐藤健】", or the wire in full-width parentheses,
// "（共同）", "（時事）" (lexicon::kCjkWireCredits), alone on `line` or closing its last sentence ("…と発表した。
// 【佐藤健】"). The name: 2-4 kanji or kana (several joined by "、"), no bracket label ("【速報】", "【関連記事】":
// lexicon::kBracketLabels); in parentheses only a wire ("（仮称）" closes sentences too). Callers ask it only
// of the story's last paragraph or the lines after it: a lead's credit is the same shape. nullopt for any
// other line, told by its last bytes.
std::optional<BylineParts> ja_end_credit(std::string_view line);

// A zh-TW/HK reporter credit (study-p round 13 B6/T8, ettoday shell; ETtoday, UDN, Liberty Times, NOWnews, TVBS,
// CNA): the role label (lexicon::kOutletRoleLabels, maybe after the outlet's name) glued to the reporters' names,
// then a slash, the place and a report word (lexicon::kReportCreditEnds), "記者陳家祥／綜合報導", "記者陳家祥、王小明／台北報導",
// or CNA's dateline, "中央社記者陳家祥台北28日電"; the whole line, or in brackets opening it, "〔記者X／台北報導〕",
// "（中央社記者陳家祥台北28日電）行政院今天…" (CNA's lead). A bracketed dateline naming no reporter, "（中央社台北28日電）",
// gives the wire. The names (several joined by "、"), or nullopt. parse_byline reads such a segment so, and
// byline_label calls it author-labelled (source-labelled for the wire alone). A desk's credit, "生活中心／綜合報導",
// names nobody: nullopt.
std::optional<BylineParts> zh_reporter_credit(std::string_view line);

// A Korean reporter's credit (study-x round 22 hankyeol-1/2; every Korean news page): one to three names of two to
// four Hangul syllables, then a role written after them (lexicon::kNameSuffixRoles: "기자", "선임기자", "특파원"),
// then at most a few words (the e-mail, "다른기사 보기"): "김민수 기자", "김민수·이서연 기자",
// "김민수 기자 kimms@hankyeol.co.kr". A first word that is no family-name-first name (lexicon::kKoreanSurnames) is
// the outlet credited before the reporter and is left out: "누리통신 이서연 기자" → "이서연". nullopt for any
// other text. parse_byline reads such text so; the HTML metadata reads it as a labelled byline row.
std::optional<BylineParts> ko_reporter_credit(std::string_view line);

// "来自北京", "IP属地：广东" (lexicon::kPlaceLabels): `s` opens with the label of the
// place a post was sent from, which zh author rows print after the time.
bool opens_with_place_label(std::string_view s);
// "光明网澎湃号" → "光明网": `name` without a zh platform's account type glued
// after it (lexicon::kAccountTypeLabels); `name` itself when it has none.
std::string_view without_account_type(std::string_view name);

}  // namespace newsclean::extract
