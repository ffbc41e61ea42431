// Words of byline and source lines: labels in front of names, labels of other
// roles (editor, photos), words that end a byline (dates, "Follow", "Updated"),
// job titles, author separators and the labels that name a repost's origin.
// Entries are folded (util::fold). Used by extract/byline.cpp.
#pragma once

#include <span>
#include <string_view>

namespace newsclean::lexicon {

using WordList = std::span<const std::string_view>;

// Labels in front of author names: "By", "Von", "Par", "Por", "Door", "Autor:" ...
extern const WordList kBylineLabels;
// Byline labels that are also common words or name particles, case-sensitive: ro "de", da "Af"/"af", no/sv
// "Av"/"av" ("de Andreea Ionescu", "Af Ritzau"). Not in kBylineLabels: a label only before capitalised names
// (extract/byline.cpp particle_label_end).
extern const WordList kParticleLabels;
// The labels of kBylineLabels that credit an editor, zh "责任编辑：" (editor in charge): a byline of last resort.
extern const WordList kEditorCreditLabels;
// Byline labels that also open a newsroom's name: a label only before a colon
// ("Redaktion: Eberhard Fuhr" vs the team "Redaktion Polizeiticker Schweiz").
extern const WordList kTeamLabels;
// Labels of roles that are not the author ("Editor: Y" in "Author: X | Editor: Y").
extern const WordList kOtherRoleLabels;
// Words/phrases where the names of a byline end: "Updated", "Follow", "min read", "Email" ...
extern const WordList kBylineStops;
// Job-title words that follow a name ("Jane Doe, Senior Reporter").
extern const WordList kJobTitleWords;
// Words of kJobTitleWords that only qualify a title ("Senior", "Chief") and are surnames too: a
// comma part ending in one is a name ("Jennifer Senior"), not "Benzinga Staff Writer".
extern const WordList kJobTitleQualifiers;
// Type tags printed after a name without a comma ("Contributor", "Forbes Staff"): study-j round 7 B4.
extern const WordList kTrailingRoleTags;
// Field names after a label word ("Author Address", "Author Bio"): no label without a colon (round 7 B5).
extern const WordList kLabelFieldNouns;
// Words left dangling at the end once a date was cut off ("Jane Doe on", "Jane Doe, Friday").
extern const WordList kBylineTrailingWords;
// Separators between co-authors, matched case-sensitively with spaces around
// (" and ", " und ", " y ", " et " ...).
extern const WordList kAuthorSeparators;
// Connectors between a host's name and the wire it rewrote: "Le Monde avec AFP" ("avec", "with", "mit"...),
// lower case, one word.
extern const WordList kWireConnectors;
// Japanese and Chinese wire credits closing a story in full-width parentheses, "（共同）", "（時事）", "（ロイター）"
// (study-o round 12 B2), "（中央社）" (study-p round 13 B6): the agency's name as printed.
extern const WordList kCjkWireCredits;
// The last word of a zh reporter credit, "記者X／台北報導", "中央社記者X台北28日電": report, compiled, wire.
extern const WordList kReportCreditEnds;
// Author prepositions closing a credit's head before its colon, "Original-Content von: X": the name follows.
extern const WordList kCreditPrepositions;
// Labels Japanese and Chinese pages write in lenticular brackets, "【速報】", "【図解】", "【関連記事】": 2-4 kanji
// or kana like a reporter's "【佐藤健】" credit, which they never are.
extern const WordList kBracketLabels;
// An author row's Follow button ("Follow", "Folgen", "Suivre"), folded, one word (part of kBylineStops).
extern const WordList kFollowButtons;
// Lower-case words that belong inside a person's name ("Jan de Vries", "Ludwig
// van Beethoven", "Mohammed bin Salman"); a part opening with another lower-case
// word is no name ("hab Laune", "deinen Hochzeitsbloggern").
extern const WordList kNameParticles;
// Lower-case words after which a name is over: the category of "Posted by DT in
// Tagebuch" (matched case-sensitively).
extern const WordList kNameEndWords;
// Indefinite articles opening a genre label before a byline label: "Eine Kolumne
// von X", "Ein Kommentar von X", "A column by X".
extern const WordList kGenreArticles;
// Genre nouns that stand alone before a byline label ("Article By X", "Kommentar von X").
extern const WordList kGenreNouns;
// Words of CMS and bot account names ("admin", "CDH Newsbot"): no person's byline.
extern const WordList kAccountNames;
// Prefixes of platform account names ("u/x" on Reddit): an account, never an author (round 7 B6).
extern const WordList kAccountPrefixes;
// Units of a duration after its number ("01:30 Min."), skipped with the number.
extern const WordList kDurationUnits;
// Countries closing a publisher's place credit in <meta name=author>
// ("SPIEGEL ONLINE, Hamburg, Germany"): such a value names no person.
extern const WordList kCreditCountries;
// Labels that introduce the original publisher of a repost at the start of a
// line ("Source: Reuters", "Quelle: dpa", "via X").
extern const WordList kSourceLabels;
// The source labels that also open a source line under a story ("Quelle: dpa"), before a colon: a
// subset of kSourceLabels ("Original: <date>" is a repost credit, "via" no line label).
extern const WordList kSourceLineLabels;
// Labels of a content provider that need no colon ("Provided by Dow Jones"): a source, which a
// reporter's own "By X" beats (study-k round 8 B4). Also in kBylineLabels. Folded.
extern const WordList kProviderLabels;
// Phrases that introduce the original publisher anywhere in a line
// ("Originally published on X", "This article first appeared on X").
extern const WordList kSourcePhrases;
// Words that open the venue after a person named by an attribution's "by"
// ("Originally posted by Hanna Berg on Medium", "publié initialement par X sur Y").
extern const WordList kVenueWords;
// Openers of a blog theme's entry meta row under the story: WordPress core's
// "Posted in <categories> by <author> on <date>" and "This entry was posted in
// <categories> on <date> by <author>.", and their translations (study-h round
// 5 B7, wpfooter shell). Folded, each followed by a space.
extern const WordList kEntryMetaOpeners;
// Words of a host's own team credit ("KrakenX Editorial Team", "News Desk",
// "Staff"): a byline of the aggregator, which a named origin beats.
extern const WordList kTeamCreditWords;
// Words of publication and company names ("Daily", "Press", "Report", "Labs"): a byline holding one names an outlet.
extern const WordList kOutletWords;
// Generic words that a CamelCase team account opens with ("News" of "NewsDesk"): with a team word glued
// after them, the account is a team credit; a brand before one is not ("CoinDesk"). Folded.
extern const WordList kTeamAccountPrefixes;
// Openers of an aggregator's curation line, "Flipped into Crypto Daily by Jane
// Doe", "Curated by X" (study-h round 5 B11): the name after "by" collected
// the story and never wrote it. Folded; "by" is the line's last label.
extern const WordList kCuratorOpeners;
// Phrases of a page's own AI-generation note before the tool's name ("This story was generated
// using Benzinga Neuro …", study-i round 6 B9): a byline naming that tool is a bot. Folded.
extern const WordList kGeneratorPhrases;

// Words of a letter's closing formula ("Viele Grüße", "Best regards", "Frohe Weihnachten"): a last
// paragraph made of them is a farewell, not the signature that names the author (extract/byline.cpp
// signed_byline). Folded.
extern const WordList kSignOffWords;

// Role words written after a name ("김민수 기자"): dropped from the byline's end.
extern const WordList kNameSuffixRoles;
// Korean family names, one or two syllables ("김", "남궁"): a token before a suffix role opening with one names
// a reporter, any other names the outlet.
extern const WordList kKoreanSurnames;
// zh role labels after the reporter's outlet, "澎湃新闻记者 林靖", "本报通讯员 李四": the name follows.
extern const WordList kOutletRoleLabels;
// Labels of the place a post was sent from, "来自北京", "IP属地：广东": no name follows. Folded.
extern const WordList kPlaceLabels;
// Lower-case abbreviations crediting the newsroom or a press release ("Autor: red", "pm"): no outlet's name.
extern const WordList kNewsroomAbbreviations;
// Account types zh platforms print glued after the account's name ("光明网澎湃号"): not part of the name.
extern const WordList kAccountTypeLabels;
// Company legal forms whose abbreviation ends in "." ("Inc.", "Ltd.", "S.A."),
// folded and without that dot: a name ending in one keeps the ".".
extern const WordList kLegalForms;
// Academic degrees before a name ("Mgr.", "doc.", "RNDr."; with their dot) and after it ("PhD", "CSc"; without
// the final dot): no part of the name. Case-sensitive.
extern const WordList kDegreesBeforeName;
extern const WordList kDegreesAfterName;
// Company legal forms written without a dot ("LLC", "GmbH", "AG", "plc"). Folded.
extern const WordList kUndottedLegalForms;

}  // namespace newsclean::lexicon
