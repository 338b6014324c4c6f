/**
 * Resolves each statement's speaker phrase to a canonical speaker: name, role, kind, affiliation, and how it was
 * resolved. Mentions come from POS (PROPN runs), closed word lists and the registry; compromise is consulted only on a
 * short, unknown name (STACK.md: it is slow and a gazetteer). Coreference is nearest-compatible-antecedent within the
 * article, in one left-to-right pass.
 */
import type { DraftStatement, Mention, PronounParty, SpeakerHint, Token } from '../../model/document.js';
import { datelineEndAt, datelineSpans } from '../segment/datelines.js';
import type { Span, SpeakerKind, TextSpan } from '../../model/labels.js';
import type { Speaker } from '../../model/article-result.js';
import type { SpeakerRegistry } from '../../lexicon/registry.js';
import { ADJUNCT_OPENERS, COLLECTIVE_MEDIA, POLICE_FORCE_NAME, BARE_ROLES, COLLECTIVE_NAME_HEADS, COUNT_WORDS, UNNAMED_HEAD_ENDS, COURTESY_TITLES, CALENDAR_WORDS, PARTY_NAME_HEADS, LED_BODIES, LEVEL_MODIFIERS, OCCUPATION_COMPOUNDS, OCCUPATION_NOUNS, PAST_OR_TIE_WORDS, PARENT_NOUNS, TIE_OCCUPATIONS, TRADE_PRODUCTS, PORTFOLIO_ROLES, PUBLIC_OFFICES, OFFICE_POST_NOUNS, COLLECTIVE_APPOSITION_HEADS, RANK_TITLE_ROLES, REPRESENTED_BODIES, ROLE_MODIFIERS, ROLES_WITHOUT_OF, TITLE_MODIFIERS } from '../../lexicon/words.js';
import { QUOTE_MARKS } from '../../lexicon/quote-marks.js';
import { escapeRegExp, firstIndex, hasWord, nameOccurrences, wordsBeforeName } from '../../model/search.js';
import { givenNameGender, isDemonym, lexiconKind, oracleKind } from './name-oracle.js';
import { COREFERENCE_WORDS, DEFAULT_REGISTRY } from '../../lexicon/registry.js';
import statementWords from '../../lexicon/statement-words.json' with { type: 'json' };
import {
  ANONYMOUS_MARKERS, CLASSIFYING_ADJECTIVES, OFFICES_AS_BODIES, PROFESSIONAL_ROLES, DEFINITE_DESCRIPTIONS, FUSED_HEADS, PLURAL_FUSED_HEADS, hasInnerPreposition, GENERIC_MODIFIERS, NAME_PRECEDING_ADJECTIVES, OFFICE_ROLES, OWN_HEAD_BODIES, ORGANS_OF_BODIES, NO_ORGAN_HEADS, PARTY_ADJECTIVES, RELATED_PARTY_NOUNS, DOCUMENT_HEADS, UTTERANCE_HEADS, SIGNED_DOCUMENT_HEADS, DOCUMENT_POSTMODIFIER_OPENERS, GROUP_HEADS, CLOSED_CLASS_STARTERS, CLUB_SHORT_HEADS, CLUB_NAME_TAILS, CLUB_CONTEXT_BEFORE, COUNTING_DETERMINERS, TITLE_CONTINUATIONS, OF_NAMED_BODIES, SINGLE_HOLDER_ROLES, NAME_RUN_OPENERS, COLLECTIVE_GROUP_MODIFIERS, HEAD_SYNONYMS, HEAD_SYNONYMS_AT_END, HONORIFICS, MEDIA_HEADS, ORG_HEADS, RANK_MODIFIERS, ROLE_NOUNS,
  SUBJECT_PRONOUNS, ROLE_VERBS, TITLE_ROLES, GROUP_NAME_HEADS, HAND_OVER, ROLE_VERB_STOPS, MEDIA_OPENERS, PARTY_MEMBER_PLURALS, PLACE_POSSESSORS, PARTY_TAG_AFFILIATIONS, ROLE_VERB_HOMOGRAPHS, VERB_OPENERS, PORTFOLIO_TITLE_WORDS, KIN_HEADS, OPPOSITION_WORDS, NO_HOLDER_ROLES, LEADER_ROLES, RELATIONAL_BODY_NOUNS, NAME_PARTICLES, NAME_FUNCTION_WORDS,
} from '../../lexicon/words.js';
import { BmpRegExp } from '../../model/bmp-regexp.js';
import { inLexicon } from '../../nlp/wink.js';

// (this module's patterns are large: on text without surrogates they run as their smaller BMP twins, same matches)
const RegExp = BmpRegExp;

/** A clause opened by one of these (statement-words.json clauseSubordinators) before a cue: its subject is the speaker
 *  ("… after the Gazette revealed that …"). */
const CLAUSE_SUBJECT_BEFORE_CUE = new RegExp(`[^\\S\\n](?:${statementWords.clauseSubordinators.join('|')})[^\\S\\n]+((?:[\\p{L}\\d’'.&-]+[^\\S\\n]+){0,7}?[\\p{L}\\d’'.&-]+)[^\\S\\n]+$`, 'u');
/** Reflexive pronouns after a name ("Brenn himself maintained"): emphasis, the name is the speaker. */
const REFLEXIVES: ReadonlySet<string> = new Set(statementWords.reflexivePronouns);

/**
 * A name or a resolved speaker seen so far. `salience` ranks it as a pronoun's antecedent (centering): 0 a subject-like
 * mention, 1 a name inside some statement's content, 2 a name that is no subject (after a preposition or a determiner,
 * a possessive, a noun modifier: "attacks on Obama", "the Obama administration", "Obama’s agenda"). `one` marks an
 * unnamed single person ("a senior manager at a rival bank"), whom a later he or she may take up; `spoke` a
 * resolved speaker.
 */
interface Entity {
  /** a fragment of a body's name that a statement resolved whole ("Irish Department" of "The Irish Department of
   *  Justice said"): no antecedent of its own */
  partOfSpeaker?: boolean;
  name: string; kind: SpeakerKind; at: number; role: string | null; affiliation?: string; person: boolean; weak?: boolean; head?: string; team?: boolean; one?: boolean; office?: boolean; spoke?: boolean; gender?: 'male' | 'female'; title?: string; salience?: 0 | 1 | 2; shortName?: string; spokenOf?: boolean;
}
type Gender = 'male' | 'female';

export interface ResolveInput {
  text: string;
  tokens: readonly Token[];
  statements: readonly DraftStatement[];
  /** The text's datelines (segment/datelines.ts); found here when not given (a document built by hand). */
  datelines?: readonly Span[];
  registry: SpeakerRegistry;
  /**
   * Whether the text's first line is the headline (default): false for an article whose title is given apart from its
   * text (JSON `title`, an HTML page's title), where the first line is body and its names count as any other.
   */
  headlineInText?: boolean;
}

const ARTICLES = /^(the|a|an)\s+/iu;
/** Speakers that can speak for themselves, unlike a case, a trend or figures read as a subject. */
const SPEAKING_KINDS: ReadonlySet<SpeakerKind> = new Set<SpeakerKind>(['person', 'organization', 'group', 'document']);
/** The roles of athletes named by their sport's noun (speakers.json athleteRoles, also role nouns in words.ts ROLE_NOUNS),
 *  before which a people's adjective is a nationality. */
const ATHLETE_ROLES: ReadonlySet<string> = new Set(COREFERENCE_WORDS.athleteRoles);
/** A contrast word in the words before a named holder of a role, in its own sentence ("Rival coach X"; speakers.json
 *  contrastedHolders). */
const CONTRAST_BEFORE = new RegExp(`(?<![\\p{L}])(?:${COREFERENCE_WORDS.contrastedHolders.map(escapeRegExp).join('|')})(?![\\p{L}])[^.!?\\n]*$`, 'iu');
/** A body named right after a holder's name ("Principal Ana Ulmley of the nearby Hilltop Academy", "…, from Harbor Bank"). */
const OTHER_BODY_AFTER = /^,?[^\S\n]+(?:of|from|at)[^\S\n]+(?:the[^\S\n]+)?(?:[\p{Ll}-]+[^\S\n]+){0,2}\p{Lu}/u;

/** A cue whose verb is written in a form other than its lemma ("called on", "urged", "said"): no bare verb after a modal. */
function inflectedCue(cue: { text: string; lemma: string }): boolean {
  const word = (cue.text.trim().split(/\s+/u)[0] ?? '').toLowerCase();
  const lemma = (cue.lemma.trim().split(/\s+/u)[0] ?? '').toLowerCase();
  return word !== '' && lemma !== '' && word !== lemma;
}
const POSSESSIVE_PRON = new Set(['its', 'their', 'his', 'her', 'our']);
/** A capitalised word after a name (fullBody): "Social Democratic" + "Alliance". */
const HEAD_AFTER = /[^\S\n]+(\p{Lu}\p{Ll}+)(?![\p{L}’'])/uy;
/** One white-space character. */
const WHITE = /\s/u;
/** "the" right before a name, as a word. */
const AFTER_THE = /(?:^|[^\p{L}])the[^\S\n]+$/iu;
const FEMALE_WORDS = new Set([...COREFERENCE_WORDS.femaleNouns, ...COREFERENCE_WORDS.femaleHonorifics]);
/** The head nouns of an unnamed "a/an … who" source that give its gender, and those of more than one person (speakers.json
 *  describedFemale, describedMale, describedCollectives). */
const DESCRIBED_FEMALE: ReadonlySet<string> = new Set([...COREFERENCE_WORDS.femaleNouns, ...COREFERENCE_WORDS.describedFemale]);
const DESCRIBED_MALE: ReadonlySet<string> = new Set([...COREFERENCE_WORDS.maleNouns, ...COREFERENCE_WORDS.describedMale]);
const DESCRIBED_COLLECTIVES: ReadonlySet<string> = new Set(COREFERENCE_WORDS.describedCollectives);
const MALE_WORDS = new Set([...COREFERENCE_WORDS.maleNouns, ...COREFERENCE_WORDS.maleHonorifics]);
const OBLIQUE_WORDS = new Set(COREFERENCE_WORDS.obliqueWords);
const APPOSITIVE_GOVERNING_WORDS = new Set(COREFERENCE_WORDS.appositiveGoverningWords);
const AUTHORED_WORKS = new Set(COREFERENCE_WORDS.authoredWorks);
const COLLECTIVE_PLURALS = new Set(COREFERENCE_WORDS.collectivePlurals);
const CONSTITUENCY_PLURALS: ReadonlySet<string> = new Set(COREFERENCE_WORDS.constituencyPlurals);
const PERSONS_BODIES: ReadonlySet<string> = new Set(COREFERENCE_WORDS.personsBodies);
/** "Daniel Moreau, 52, denies" / "…, 52, of Hull, was charged": a name with an age, an optional place, then a verb that ties
 *  it to the trial or charge (speakers.json accusedNamedVerbs). */
const ACCUSED_NAMED = new RegExp(`^(\\p{Lu}[\\p{L}’'-]+(?:[^\\S\\n]+\\p{Lu}[\\p{L}’'-]+){1,2}),[^\\S\\n]+\\d{1,3},(?:[^\\S\\n]+(?:of|from)[^\\S\\n]+\\p{Lu}[^,.;\\n]{1,50},)?[^\\S\\n]+(?:(?:also|still|previously|earlier)[^\\S\\n]+)?(?:${COREFERENCE_WORDS.accusedNamedVerbs.map((v) => v.replace(/ /gu, '[^\\S\\n]+')).join('|')})(?![\\p{L}])`, 'u');
/** A body named for its people with a possessive plural, "Arnley Green Residents’ Group", "the Parents’ Forum": a collective of people, no company. */
const PEOPLES_COLLECTIVE = /\p{L}s[’'][^\S\n]+\S+$/u;
const BODY_NAME_ROLE_TAILS = new Set(COREFERENCE_WORDS.bodyNameRoleTails);
const ADJECTIVE_ROLE_WORDS = new Set(COREFERENCE_WORDS.adjectiveRoleWords);
const BODY_LED_ROLES = new Set(COREFERENCE_WORDS.bodyLedRoles);
const LED_BODY_WORDS = new Set(COREFERENCE_WORDS.ledBodyWords);
const OFFICE_COMPOUNDS = new Set(COREFERENCE_WORDS.officeCompounds);
const ROLE_SYNONYMS = new Map(Object.entries(COREFERENCE_WORDS.roleSynonyms).filter(([k]) => !k.startsWith('$')).map(([k, v]) => [k, v as string[]]));
/**
 * A speaker phrase that opens with a count of people, perhaps after words of amount (statement-words.json
 * countAmountPhrases): "More than 300 residents", "at least 40", "Some 300", "dozens of tenants". Groups: the words of
 * amount, the count, and the rest of the phrase (none when the count stands alone).
 */
const COUNT_OPENING = new RegExp(`^((?:${[...statementWords.countAmountPhrases].sort((a, b) => b.length - a.length).map((p) => p.replace(/ /gu, '[^\\S\\n]+')).join('|')})[^\\S\\n]+)?(\\d[\\d,]*|dozens|hundreds|thousands|scores)(?:[^\\S\\n]+(?:of[^\\S\\n]+)?(\\p{Ll}[\\p{L}’'\\s-]*))?$`, 'iu');
/** A pronoun or quantifier that heads a speaker phrase with a "who" clause (statement-words.json quantifierHeads):
 *  "Everyone who lives on the estate", "many who attended", "no one who was there". Group 1: the quantifier. */
const QUANTIFIER_WHO = new RegExp(`^(${[...statementWords.quantifierHeads, 'no one'].map((w) => w.replace(/ /gu, '[^\\S\\n]+')).join('|')})[^\\S\\n]+who[^\\S\\n]`, 'u');
/** A counted group's name ("two workers on the line", "several researchers"): one of it is a member. */
const COUNTED_GROUP = /^(?:two|three|four|five|six|seven|eight|nine|ten|several|some|\d+)[^\S\n]/iu;
/** A counted plural noun phrase of up to three lower-case words ("some parents", "three former riders"). */
const COUNTED_PEOPLE = /(?<![\p{L}])(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|[Ss]ome|[Mm]any|a[^\S\n]+few|a[^\S\n]+number[^\S\n]+of|a[^\S\n]+group[^\S\n]+of)[^\S\n]+((?:\p{Ll}[\p{Ll}-]*[^\S\n]+){0,2}\p{Ll}[\p{Ll}-]*(?:s|men))(?![\p{L}’'-])/gu;
/** speakers.json holderBodies: an office named by its title alone, and the words of its body's name. */
const HOLDER_BODIES: ReadonlyMap<string, string[]> = new Map(Object.entries(COREFERENCE_WORDS.holderBodies).filter(([k]) => !k.startsWith('$'))
  .map(([role, words]) => [role, Array.isArray(words) ? words : [words]]));
const CHIEF_SERVICES = Object.entries(COREFERENCE_WORDS.chiefServices).filter(([k]) => !k.startsWith('$'))
  .map(([service, role]) => ({ role, named: new RegExp(`(?<!\\p{L})${escapeRegExp(service)}[^\\S\\n]+(?:chief|department)(?!\\p{L})`, 'iu') }));
/** Words that may follow a role noun without being a noun it modifies. */
const LEADER_BODY_HEADS: ReadonlySet<string> = new Set(COREFERENCE_WORDS.leaderBodies.map((w) => w.split(' ').pop() as string));
const CAMPAIGN_VERBS: ReadonlySet<string> = new Set(COREFERENCE_WORDS.campaignVerbs);
const ONLINE_DOCUMENT_HEADS: ReadonlySet<string> = new Set(COREFERENCE_WORDS.onlineDocumentHeads);
const DEVICE_HEADS: ReadonlySet<string> = new Set(COREFERENCE_WORDS.deviceHeads);
const PANELS = COREFERENCE_WORDS.adjudicatingPanels;
const PANEL_HEADS = new Map(Object.entries(PANELS.heads).filter(([k]) => !k.startsWith('$')));
/** "the panel", "the three-member panel", "the appeal judges": a definite panel of a court, up to two words before its noun. */
const PANEL_DESCRIPTION = new RegExp(`^the[^\\S\\n]+(?:(?:${PANELS.bodies.map(escapeRegExp).join('|')})[’']s[^\\S\\n]+)?(?:[\\p{Ll}\\d-]+[^\\S\\n]+){0,2}(${[...PANEL_HEADS.keys()].map(escapeRegExp).join('|')})$`, 'u');
const PANEL_BODY_NAME = new RegExp(`(?<!\\p{L})(?:${PANELS.bodies.map(escapeRegExp).join('|')})(?!\\p{L})`, 'iu');
/** "the expert panel", "the independent review panel": a panel of experts or one another body set up, never a court's. */
const NOT_COURT_PANEL = new RegExp(`(?<!\\p{L})(?:${PANELS.notCourtModifiers.map(escapeRegExp).join('|')})(?![\\p{L}'’])`, 'iu');
/** "the panel appointed by the ministry", "the panel of experts": words just after the description that give it another maker. */
const NOT_COURT_AFTER = new RegExp(`^,?[^\\S\\n]+(?:${PANELS.notCourtAfter.map((w) => escapeRegExp(w).replace(/ /gu, '[^\\S\\n]+')).join('|')})(?!\\p{L})`, 'iu');
/** "the court's panel", "the tribunal's three-member panel", "the appeal judges": a description that names the bench as a court's. */
const COURT_PANEL_DESCRIPTION = new RegExp(`^the[^\\S\\n]+(?:(?:${PANELS.bodies.map(escapeRegExp).join('|')})[’']s[^\\S\\n]+|(?:[\\p{Ll}\\d-]+[^\\S\\n]+){0,2}(?:${PANELS.courtModifiers.map(escapeRegExp).join('|')})[^\\S\\n]+)`, 'iu');
/** "In its 30-page ruling, the panel found": the panel speaks in the ruling of the body named before. */
const IN_ITS_RULING = new RegExp(`\\b[Ii]n[^\\S\\n]+its[^\\S\\n]+(?:[\\p{L}\\d-]+[^\\S\\n]+){0,2}(?:${PANELS.rulingNouns.map(escapeRegExp).join('|')})\\b`, 'u');
/** A description that ends in a noun of news reporting ("state news agency", "the public broadcaster"). */
const MEDIA_DESCRIPTION_END = new RegExp(`(?:^|\\s)(?:${COREFERENCE_WORDS.mediaDescriptions.map(escapeRegExp).join('|')})$`, 'iu');
const GIVEN_NAME_MONTHS: ReadonlySet<string> = new Set(COREFERENCE_WORDS.givenNameCalendarWords.words);
const BOOK_PUBLISHER_HEADS: ReadonlySet<string> = new Set(COREFERENCE_WORDS.bookPublishers.heads);
/** "the publisher", "The publishing house" as a description of a body (speakers.json coreference.bookPublishers); not a
 *  newspaper's person, "the publisher of the paper". */
const BOOK_PUBLISHER_DESCRIPTION = new RegExp(`(?<![\\p{L}])(?:${COREFERENCE_WORDS.bookPublishers.descriptions.map(escapeRegExp).join('|')})(?![\\p{L}]|[^\\S\\n]+of[^\\p{L}])`, 'iu');
const AND_NAME_HEADS: ReadonlySet<string> = new Set(COREFERENCE_WORDS.andNameHeads);
const AND_NAME_NOT_FIRST: ReadonlySet<string> = new Set(COREFERENCE_WORDS.andNameNotFirst);
const CLOSED_AFTER_NOUN = new Set(['at', 'for', 'of', 'in', 'on', 'with', 'from', 'by', 'who', 'that', 'which', 'and', 'or', 'said', 'says', 'familiar', 'close', 'based', 'involved', 'speaking', 'briefed']);
const SUPPORTER_BODY_OPENERS = new Set(COREFERENCE_WORDS.supporterBodyOpeners);
const PUBLISH_VERBS = new RegExp(`(?:${COREFERENCE_WORDS.publishVerbs.map((v) => escapeRegExp(v).replace(/ /gu, '\\s+')).join('|')})`, 'iu');
const LEADER_BODIES = new RegExp(`^(?:the|this)\\s+((?:\\p{Lu}[\\p{L}’'.-]*\\s+){1,3}?)(${COREFERENCE_WORDS.leaderBodies.join('|')})$`, 'u');
/** A speaker name that is a poll's share of its sample: a percentage, "N in N", or a share word (statement-words.json)
 *  after an article or before "of" ("Majority Leader …" is a title). */
const SHARE_HEADS = statementWords.shareHeads.map(escapeRegExp).join('|');
/** A word as written at a sentence start or inside one ("about", "About"). */
const eitherCase = (w: string): string => `[${escapeRegExp(w[0] ?? '')}${escapeRegExp((w[0] ?? '').toUpperCase())}]${escapeRegExp(w.slice(1))}`;
// ("Short-seller Greyfen Research", "Hedge fund Talbrook Partners": a kind-of-body noun, capitalised, before a name)
const BODY_DESCRIPTOR_BEFORE_NAME = new RegExp(`^(${COREFERENCE_WORDS.bodyDescriptors.map((d) => eitherCase(d).replace(/ /gu, '[^\\S\\n]+')).join('|')})[^\\S\\n]+(?=\\p{Lu})`, 'u');
// ("Rival Dana Holt": a person's descriptor, capitalised, before a person's name)
const PERSON_DESCRIPTOR_BEFORE_NAME = new RegExp(`^(${COREFERENCE_WORDS.personDescriptors.map((d) => eitherCase(d).replace(/ /gu, '[^\\S\\n]+')).join('|')})[^\\S\\n]+(?=\\p{Lu})`, 'u');
const BODY_DESCRIPTOR_WORDS: ReadonlySet<string> = new Set(COREFERENCE_WORDS.bodyDescriptors.filter((d) => !/\s/u.test(d)));
/** After a body descriptor, a name that is a person's by its shape: two or three capitalised words, the last no body's
 *  head ("Developer Kwame Ralworth", "Operator Xu Lin"; not "Carmaker Dunmore Motors", "Short-seller Greyfen Research"),
 *  whether or not the given name is in the gender lists. */
const DESCRIBED_BODY_TAILS: ReadonlySet<string> = new Set(COREFERENCE_WORDS.describedBodyTails);
const personShaped = (name: string): boolean => {
  const words = name.split(/[^\S\n]+/u);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}[\p{Ll}’'-]*$/u.test(w))
    && !ORG_HEADS.has(last) && !DESCRIBED_BODY_TAILS.has(last) && !GROUP_HEADS.has(last) && !MEDIA_HEADS.has(last);
};
const DESCRIPTOR_LAST_WORDS: ReadonlySet<string> = new Set(COREFERENCE_WORDS.bodyDescriptors.map((d) => d.split(/[\s-]/u).pop() as string));
// ("… asset manager ", "… Short-seller ": a whole body descriptor written right before a place in the text; "manager"
// alone, the last word of "asset manager", is a person's role)
/** A team's noun right before a name, after at most two modifiers (capitalised or not): "from Belgian side ", "the Dutch
 *  club ", "Premier League side " (speakers.json teamNouns). */
const TEAM_NOUN_BEFORE_END = new RegExp(`(?<![\\p{L}’'-])(?:[\\p{L}-]+[^\\S\\n]+){0,2}?(?:${COREFERENCE_WORDS.teamNouns.join('|')})[^\\S\\n]+$`, 'u');
const BODY_DESCRIPTOR_BEFORE_END = new RegExp(`(?<![\\p{L}’'-])(?:${COREFERENCE_WORDS.bodyDescriptors.map((d) => eitherCase(d).replace(/ /gu, '[^\\S\\n]+')).join('|')})[^\\S\\n]+$`, 'u');
const SHARE_ADVERBS = statementWords.shareAdverbs.map(eitherCase).join('|');
// (case-aware: only the first word may be capitalised, so that "the Majority Leader" is no share)
const POLL_SHARE = new RegExp(`^(?:(?:${SHARE_ADVERBS})\\s+)?(?:[\\d.,]+\\s*(?:percent|%)|\\w+\\s+in\\s+\\d+|(?:${statementWords.shareArticles.map(eitherCase).join('|')})\\s+(?:${SHARE_HEADS})|(?:${statementWords.shareHeads.map(eitherCase).join('|')})(?=\\s+of\\s|$))(?:\\s|$)`, 'u');

/** A word of sport ending the text before a club's name (words.ts CLUB_CONTEXT_BEFORE). */
const CLUB_CONTEXT_AFTER = new RegExp(`(?<![\\p{L}])(?:${CLUB_CONTEXT_BEFORE.map((p) => escapeRegExp(p).replace(/ /gu, '[^\\S\\n]+')).join('|')})[^\\S\\n]+$`, 'iu');

/** "his statement", "their letter" as the whole speaker phrase: the possessor speaks, found like the subject pronoun. */
// ("The broadcaster quoted him as saying …": "him" as the whole speaker phrase is found as "he" is; not "them", which
// stands in "one of them", "an engineer among them" for the group the speaker is one of)
const POSSESSIVE_AS_SUBJECT: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they', its: 'it', him: 'he' };
const pronounOf = (phrase: string): (typeof SUBJECT_PRONOUNS)[string] | undefined => {
  const lower = phrase.toLowerCase().replace(/[’]/gu, "'");
  return SUBJECT_PRONOUNS[POSSESSIVE_AS_SUBJECT[lower] ?? lower];
};
/** A title of TITLE_ROLES written, capitalised, right before a surname at the end of a subject ("Mrs Justice Harcourt"). */
const TITLE_BEFORE_SURNAME = new RegExp(`(?:^|\\s)(${[...new Set(Object.keys(TITLE_ROLES).map((k) => k.replace(/\.$/u, '')))].map((k) => `${escapeRegExp(k.charAt(0).toUpperCase() + k.slice(1))}\\.?`).join('|')})\\s+\\p{Lu}[\\p{L}’'-]+$`, 'u');
const ANONYMOUS_MARKER = new RegExp(`(?<!\\p{L})(?:${ANONYMOUS_MARKERS.map((m) => m.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})(?!\\p{L})`, 'iu');
const DOCUMENT_KIND = new Map<string, ReadonlySet<string>>();
for (const kind of COREFERENCE_WORDS.documentKinds) for (const w of kind) DOCUMENT_KIND.set(w, new Set(kind));
const PRONOUN_OBJECT_CUES: ReadonlySet<string> = new Set(COREFERENCE_WORDS.pronounObjectCues);
const CONDUCT_VERBS: ReadonlySet<string> = new Set(COREFERENCE_WORDS.conductVerbs);
const FINDING_CUES: ReadonlySet<string> = new Set(COREFERENCE_WORDS.findingCues);
const THING_VERBS: ReadonlySet<string> = new Set(COREFERENCE_WORDS.thingVerbs);
/** "the office", "the regional health board": a definite noun phrase and its head (up to two modifiers). */
const DEFINITE_NOUN_PHRASE = /(?<![\p{L}])(?:the|this)[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,2}?(\p{Ll}+)(?![\p{L}])/gu;
/** Plural nouns of people with no final s (speakers.json pluralPeopleNouns). */
const PLURAL_PEOPLE: ReadonlySet<string> = new Set(COREFERENCE_WORDS.pluralPeopleNouns);
/** "Quorham, a subsidiary of …": apposition nouns said only of a body, which make a name read as a person's a company's. */
const BODY_ONLY_APPOSITIONS: ReadonlySet<string> = new Set(COREFERENCE_WORDS.bodyOnlyAppositions);
/** "Bishop Declan Moran" → bishop: titles before a name that are offices (speakers.json coreference.titleOfficeRoles). */
const TITLE_OFFICE_ROLES: ReadonlyMap<string, string> = new Map(Object.entries(COREFERENCE_WORDS.titleOfficeRoles).filter(([k]) => !k.startsWith('$')));
/** "the Veld Valley", "the Varnington Delta": last words of a place's name (speakers.json coreference.placeFeatureHeads). */
const PLACE_FEATURE_HEADS: ReadonlySet<string> = new Set(COREFERENCE_WORDS.placeFeatureHeads);
/** "her group", "his union": nouns of a body a person belongs to or leads (speakers.json coreference.ownBodyNouns). */
const OWN_BODY_NOUNS: ReadonlySet<string> = new Set(COREFERENCE_WORDS.ownBodyNouns);
/** Places the name oracle does not know as places (speakers.json coreference.placesBeyondOracle). */
const PLACES_BEYOND_ORACLE: ReadonlySet<string> = new Set(COREFERENCE_WORDS.placesBeyondOracle);
/** "the UK's data protection regulator": a capitalised possessor of up to three words, then up to four lower-case
 *  words ending with the head noun (placePossessedBody). */
const PLACE_POSSESSED_BODY = /^(?:[Tt]he )?(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2})[’']s ((?:\p{Ll}[\p{Ll}-]* ){0,3}(\p{Ll}[\p{Ll}-]*))$/u;
/** A role of at most three lower-case words and a person's name of two or three capitalised words, ending the clause:
 *  what follows a body's name in "said Quorham managing director Pia Alsing" (bodyRoleNameAfter). */
const BODY_ROLE_NAME_AFTER = /^[^\S\n]+((?:\p{Ll}[\p{Ll}-]*[^\S\n]+){1,3})\p{Lu}\p{Ll}[\p{L}’'-]*(?:[^\S\n]+\p{Lu}\p{Ll}[\p{L}’'-]*){1,2}(?=[^\S\n]*(?:[,.;:!?]|$)|[^\S\n]+(?:said|says|told|added|wrote)(?![\p{L}]))/u;
/** How many sentences back a he/she looks for a subject before settling for the nearest name. */
const PRONOUN_SENTENCES = 4;
/** How many sentences back "the statement", "the letter" looks for the one that introduced it. */
const DOCUMENT_SENTENCES = 6;
/** … and how many an it/they looks back (a body or a group is named again sooner than a person is). */
const THING_PRONOUN_SENTENCES = 2;
/** How far back "the company" looks for the company last the subject of a sentence, before the latest one named. */
const COMPANY_SUBJECT_SENTENCES = 3;
/** A preposition, then an article, up to three lower-case modifiers and a noun right before a name: "by the private
 *  equity firm " (group 1 the preposition; salienceOf). No modifier nor the noun is an article or a preposition
 *  (speakers.json obliqueWords, and "by"): "after the weekend the retailer " is no phrase of "after". */
const NOT_A_MODIFIER = `(?!(?:${[...COREFERENCE_WORDS.obliqueWords, 'by'].map(escapeRegExp).join('|')})(?![\\p{L}’'-]))`;
const OBJECT_OF_INTRODUCING_NOUN = new RegExp(`(?<![\\p{L}’'-])(\\p{Ll}+)[^\\S\\n]+(?:the|a|an)[^\\S\\n]+(?:${NOT_A_MODIFIER}[\\p{Ll}-]+[^\\S\\n]+){0,3}${NOT_A_MODIFIER}[\\p{Ll}-]+,?[^\\S\\n]+$`, 'u');
/** A role noun in apposition after a name, ", a former technician," (group 1 up to four lower-case words after the
 *  article), or right before it, "its chief executive, " (group 1 the noun) (apposedRole). */
const ROLE_APPOSITION_AFTER = /^,[^\S\n]+(?:a|an|the|its|their|his|her)[^\S\n]+((?:[\p{Ll}-]+(?:[^\S\n]+|(?=[,.;:]))){1,4})/u;
const ROLE_APPOSITION_BEFORE = /(?:[’']s|(?<![\p{L}])(?:[Ii]ts|[Tt]heir))[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,2}?([\p{Ll}-]+),[^\S\n]+$/u;
/** A possessed noun of a related party and a comma, with an apposition's article and modifiers, right before a name:
 *  "Weskwick’s largest insurance client, ", "its biggest shareholder, the investment firm " (partyToAnother). */
const POSSESSED_PARTY_BEFORE = /(?:[’']s|(?<![\p{L}])[Ii]ts)[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,3}?([\p{Ll}-]+?)s?,[^\S\n]+(?:the[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,3})?$/u;
/** "St Fenworth’s" of "St Fenworth’s Hospital": the heads of a body its possessive first words stand for (speakers.json). */
const POSSESSIVE_SHORT_NAME_HEADS = new Set(COREFERENCE_WORDS.possessiveShortNameHeads);
/** "Nadia Frost QC", "Dan Galstow MP", "Ann Rook OBE": letters after a name, no part of it, with the role they give ("" for an honour). */
const POST_NOMINALS = new Map(Object.entries(COREFERENCE_WORDS.postNominals).filter(([k]) => !k.startsWith('$')));
/** "Dan Galstow MP", "Nadia Frost QC": a name, then letters of a rank or an honour (no article before the name). */
const POST_NOMINAL_TAIL = new RegExp(`^((?![Tt]he[^\\S\\n]|[Aa]n?[^\\S\\n]|[Ii]ts[^\\S\\n]|[Tt]heir[^\\S\\n]|[Hh]is[^\\S\\n]|[Hh]er[^\\S\\n])(?:[\\p{L}.’'-]+[^\\S\\n]+)*\\p{Lu}\\p{Ll}[\\p{L}’'-]*)[^\\S\\n]+(?:${[...POST_NOMINALS.keys()].join('|')})$`, 'u');
/** "Shareholders of Harlow Biotech said": people of a body, before "of"/"at" and its name (speakers.json). */
const PEOPLE_OF_BODY = new Set(COREFERENCE_WORDS.peopleOfBody);
/** "Some Dunmore fans", "several supporters": a part quantifier, up to two capitalised or lower-case modifiers, a plural noun (speakers.json partQuantifiers). */
const PART_OF_PEOPLE = new RegExp(`^(${COREFERENCE_WORDS.partQuantifiers.map(escapeRegExp).join('|')})[^\\S\\n]+(?:\\p{L}[\\p{L}-]*[^\\S\\n]+){0,2}?(\\p{Ll}[\\p{Ll}-]*[^s’'\\s]s)$`, 'iu');
/** The nouns of places (speakers.json placeOfNouns): "the county's largest port" in apposition is no body. */
const PLACE_NOUNS: ReadonlySet<string> = new Set(COREFERENCE_WORDS.placeOfNouns);
/** "in the northern city of Tarvale", "in the town of Varnington": where a role's unnamed holder is, after the role noun (speakers.json placeOfNouns). */
const PLACE_OF_ROLE = new RegExp(`^in[^\\S\\n]+the[^\\S\\n]+(?:[\\p{Ll}-]+[^\\S\\n]+){0,2}(?:${COREFERENCE_WORDS.placeOfNouns.map(escapeRegExp).join('|')})[^\\S\\n]+of[^\\S\\n]+\\p{Lu}[\\p{L}’'-]*(?:[^\\S\\n]+\\p{Lu}[\\p{L}’'-]*){0,2}$`, 'u');
/** "Tollard Bank in the northern capital Osk", "… in the port town of Haskby": where a body stands, after its name; no part of it (speakers.json placeOfNouns). */
const PLACE_AFTER_BODY = new RegExp(`[^\\S\\n]+in[^\\S\\n]+the[^\\S\\n]+(?:[\\p{L}-]+[^\\S\\n]+){0,2}(?:${COREFERENCE_WORDS.placeOfNouns.map(escapeRegExp).join('|')})(?:[^\\S\\n]+of)?[^\\S\\n]+\\p{Lu}[\\p{L}’'-]*(?:[^\\S\\n]+\\p{Lu}[\\p{L}’'-]*){0,2}$`, 'u');
/** ", for the defence,", ", for the prosecution,": the side of a case a name in apposition speaks for (a lawyer, a person). */
const COURT_SIDE_AFTER_NAME = new RegExp(`^,[^\\S\\n]+(?:acting[^\\S\\n]+)?for[^\\S\\n]+the[^\\S\\n]+(?:${COREFERENCE_WORDS.courtSides.map(escapeRegExp).join('|')})(?!\\p{L})`, 'iu');
/** Words that count members of a body: "Some Democrats", "Two Republicans on the committee". */
/** The kind noun right before a name that introduces it: "the app Zoomer", "the science journal", "a retailer, Bellmart,". */
const INTRODUCING_NOUN = /(?<![\p{L}])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,2}?([\p{Ll}-]+),?[^\S\n]+$/u;
/** A kind noun in apposition after a name: ", a start-up backed by", ", the former state postal operator,", ", a
 *  Leeds-based advocacy group," (a place joined to a lower-case participle is a modifier too), ", the region's most
 *  popular food delivery service," (up to five modifiers, a possessive among them); the participles that end it are
 *  speakers.json apposedBodyParticiples. */
const APPOSED_BODY = new RegExp(String.raw`^[^\S\n]*,[^\S\n]+(?:a|an|the)[^\S\n]+((?:(?!(?:of|for|at|in|on|with|to|by|from|and|who|which|that)[^\p{L}])(?:[\p{Ll}’'-]+|\p{Lu}[\p{L}’']*-\p{Ll}+)[^\S\n]+){0,5}?)([\p{Ll}-]+)(?=[^\S\n]*(?:[,.;:)—–]|$)|[^\S\n]+(?:that|which|whose|of|for|in|at|${COREFERENCE_WORDS.apposedBodyParticiples.map(escapeRegExp).join('|')}|with|from|behind)(?![\p{L}’']))`, 'u');
/** As INTRODUCING_NOUN, with capitalised modifiers too ("the Danish utility ", "the Oslo-based consultancy "). */
const INTRODUCING_NOUN_WIDE = /(?<![\p{L}])(?:[Tt]he|[Aa]n?)[^\S\n]+(?:[\p{L}-]+[^\S\n]+){0,2}?([\p{Ll}-]+),?[^\S\n]+$/u;
/** ", one of the oldest ferry operators on the coast,", ", one of the region's largest bakers": one of a class of
 *  bodies in apposition after a name (the plural noun before a punctuation mark, a preposition or a relative). */
const ONE_OF_BODIES = /^[^\S\n]*,[^\S\n]+one[^\S\n]+of[^\S\n]+(?:the|its|their)[^\S\n]+(?:[\p{L}’'-]+[^\S\n]+){0,4}?([\p{Ll}-]+s)(?=[^\S\n]*[,.;:)—–]|[^\S\n]+(?:in|on|at|of|that|which|to)[^\S\n])/u;
/** Kind nouns of bodies that also name a person's trade ("a property developer", "a crane operator", "a building contractor"). */
const PERSONISH_BODY_NOUNS = new Set(['developer', 'operator', 'contractor', 'supplier', 'provider', 'publisher', 'carrier', 'insurer']);
/** A collective in apposition after a name: ", a campaign group", ", a coalition of …", ", the residents’ group" (up to
 *  three modifiers, no preposition among them: ", a member of the campaign" describes a person). The collective word
 *  ends the noun phrase: in ", a campaign director at …", ", the campaign manager", ", a group managing director" it
 *  only modifies a person's role noun. */
const APPOSED_COLLECTIVE = new RegExp(String.raw`^[^\S\n]*,[^\S\n]+(?:a|an|the)[^\S\n]+((?:(?!(?:of|for|at|in|on|with|to|by|from|and|who|which|that)[^\p{L}])[\p{L}’'-]+[^\S\n]+){0,3}?)(${COLLECTIVE_APPOSITION_HEADS.join('|')})(?=[^\S\n]*(?:[,.;:)—–]|$)|[^\S\n]+(?:that|which|who|whose|of|for|against|in|at|based|founded|formed|led|set|backed|representing|campaigning|calling|opposed|with)(?![\p{L}’']))`, 'u');
/** Words that open the tail of a description in apposition after its head noun (", a rights group based in …", ", a
 *  campaign set up in 2022,", ", the firm appointed to …"): prepositions, relatives and participles of founding. */
const APPOSITION_TAIL_OPENERS = /^(?:of|for|against|in|at|on|with|to|by|from|and|or|that|which|who|whose|based|founded|formed|led|set|backed|run|owned|representing|campaigning|calling|opposed|behind)$/u;
/** The kind a collective noun gives the body it introduces: campaigns, coalitions, movements, collectives are groups; a
 *  "group" is one when it is a campaign's or a possessive plural's ("a campaign group", "a parents’ group"), else an
 *  organisation (GUIDE: NGOs with a formal body, "an advocacy group", "a human rights group"). */
function collectiveKind(head: string, modifiers: string): SpeakerKind {
  if (head !== 'group') return 'group';
  const last = modifiers.trim().split(/[^\S\n]+/u).pop() ?? '';
  return COLLECTIVE_GROUP_MODIFIERS.has(last.toLowerCase()) || /\p{L}s[’']$/u.test(last) ? 'group' : 'organization';
}
const COUNTING = new Set(['some', 'many', 'several', 'few', 'most', 'dozens', 'two', 'three', 'four', 'five', 'six']);
/** "each side", "either party": determiners that pick one of several unnamed parties. */
const DISTRIBUTIVES: ReadonlySet<string> = new Set(['each', 'either', 'neither', 'every']);
const QUANT = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'several', 'some', 'many', 'other', 'another', 'few', 'dozens', 'multiple', 'senior', 'current', 'former']);

/**
 * Work counters for the test that per-article cost stays linear (tests do not time things): whole-text scans (each
 * should run once per article, not once per phrase) and earlier statements read back by `authorOfEarlier`.
 */
export const speakerWork = { textScans: 0, statementsReadBack: 0 };

/** Characters before a short name's place in the text from which the run of names around it is read (no run of
 *  capitalised words in news is this long). */
const NAME_RUN_WINDOW = 300;
/** ", compiled by the trade magazine Venue Weekly": a document's maker named right after the document (GUIDE decision 65). */
// ("written for the charity by the economist Ana Ulmley": the body it was made for, before "by", is not its author)
const COMPILED_BY_AFTER = new RegExp(`^,?[^\\S\\n]+(?:${COREFERENCE_WORDS.documentMakerVerbs.map((w) => escapeRegExp(w).replace(/ /gu, '[^\\S\\n]+')).join('|')})[^\\S\\n]+(?:for[^\\S\\n]+(?:the[^\\S\\n]+)?(?:[\\p{L}’'-]+[^\\S\\n]+){0,4}?)?by[^\\S\\n]+(?:the[^\\S\\n]+)?(?:[\\p{Ll}-]+[^\\S\\n]+){0,3}?(\\p{Lu}[\\p{L}’'&-]*(?:\\.\\p{L}+)*(?:[^\\S\\n]+(?:(?:of|for|and|&)[^\\S\\n]+(?:the[^\\S\\n]+)?)?\\p{Lu}[\\p{L}’'&-]*(?:\\.\\p{L}+)*){0,5})`, 'u');
/** A plural's phrase of place after it: "Villagers along the river", "Farmers in the valley" (GUIDE decision 56). */
const PLACE_AFTER_PLURAL = new RegExp(`^[\\p{L}’'-]+[^\\S\\n]+(?:${[...new Set([...statementWords.peoplePlacePrepositions, 'in', 'on', 'of', 'at', 'from'])].join('|')})[^\\S\\n]`, 'u');
/** A name's first letters up to its first non-letter ("O’Neill" → "O", "Leeds City" → "Leeds"): the key of the index of
 *  capitalised words. */
const lettersPrefix = (name: string): string => /^\p{L}*/u.exec(name)?.[0] ?? '';
/** The end of "released by", "obtained from" and the like: what a document's agent before a name must end with. */
const DOCUMENT_AGENT_TAIL = /(?:released|obtained|seen|reviewed|leaked|filed|published|prepared)[^\S\n]+(?:by|from|under|to|for)[^\S\n]+$/u;
/** The parts of a run of names, read at a place (nameRunAt in resolveSpeakers). */
const RUN_CAPITAL = /\p{Lu}/uy;
const RUN_WORD_REST = /[\p{L}’'&-]*/uy;
const RUN_SPACES = /[^\S\n]+/uy;
const RUN_OF = /of[^\S\n]+/uy;
const RUN_LETTER = /\p{L}/uy;

/** A bloc's adjectives that name no body ("a Western diplomat", "a senior Arab official"), from statement-words.json. */
const BLOC_ADJECTIVES = new Set<string>((statementWords as { blocAdjectives: string[] }).blocAdjectives);
/** Endings that make a people's adjective of a place name, each with the endings of the name ("Veradian" of "Veradia"). */
const DEMONYM_STEMS: ReadonlyArray<readonly [string, readonly string[]]> = [['ian', ['', 'ia', 'y', 'e']], ['an', ['a', '']], ['ese', ['', 'a']], ['i', ['']], ['ish', ['', 'land']]];

export function resolveSpeakers(input: ResolveInput): { statements: DraftStatement[]; mentions: Mention[] } {
  const { text, tokens, statements, registry } = input;
  /** Where the headline ends: the text's first line, or -1 (no headline) when the title is not in the text. */
  const headlineEnd = input.headlineInText === false ? -1 : text.indexOf('\n');
  // Computed once per article, when first needed: the capitalised words written inside a sentence, the words written
  // lower-case, and the places a dateline or "in/near X" names (a scan of the text per phrase made long articles quadratic).
  let midCapitals: Set<string> | null = null;
  let standaloneMid: Set<string> | null = null;
  // (peopleAdjectives and demonymPlace by word, for this article: each searches the whole text)
  const peopleAdjectiveCache = new Map<string, boolean>();
  const demonymPlaceCache = new Map<string, string | undefined>();
  let placeKeys: Set<string> | null = null;
  let firstLower: Map<string, number> | null = null;
  let bodyKinds: Map<string, SpeakerKind | null> | null = null;
  /** The names bodyEvidence found described in apposition by a noun said only of a company ("X, a subsidiary of …,"). */
  const apposedCompanies = new Set<string>();
  /** The names bodyEvidence found described as a collective in apposition ("X, a coalition of …,"). */
  const apposedCollectives = new Set<string>();
  let singles: Set<string> | null = null;
  let described: Set<string> | null = null;
  let describedBodies: Map<string, { at: number; mods: string[] }[]> | null = null;
  // (a dateline's city and agency are where and by whom the story was filed: no antecedent, "OSLO (Wire) – … its chief")
  const filed = input.datelines ?? datelineSpans(text);
  const names = properNameRuns(text, tokens).filter((n) => datelineEndAt(filed, n.start) < 0);
  /** The names by the text before their first space, gathered when first asked (namesOpenedBy). */
  let openedBy: Map<string, string[]> | null = null;
  const acronyms = acronymDefinitions(text);
  // The apostrophe the article writes its possessives with: a name the pipeline builds ("Carter’s office", "Okafor’s
  // lawyers") uses it, so that no name holds a character the article never wrote (a straight-quote article keeps "'").
  const curly = (text.match(/’s(?![\p{L}])/gu) ?? []).length;
  const straight = (text.match(/'s(?![\p{L}])/gu) ?? []).length;
  const APOS = straight > curly ? "'" : '’';
  const titled = titledDocuments(text);
  let titledIdx = 0;
  const entities: Entity[] = []; // resolved speakers and names seen, in text order of mention
  /** teamEntity's index: the first entity a team's noun introduced, by name, over the first `teamsSeen` entities. */
  const teams = new Map<string, Entity>();
  let teamsSeen = 0;
  /** Whether the article calls a body by a description of publishing books (BOOK_PUBLISHER_DESCRIPTION): read once by
   *  classifyName, not for each name it is asked of. */
  let booksPublished: boolean | undefined;
  /** mediaNamed's index: the names of the entities read as media, over the first `mediaSeen` entities. */
  const mediaNames = new Set<string>();
  let mediaSeen = 0;
  let nameIdx = 0;
  // Names by their last word, in text order, so that a lookup reads only the names that share its surname (scanning
  // every name for every lookup made long articles quadratic: a 2 MB article took minutes).
  let bySurname: Map<string, string[][]> | null = null;
  let shortNames: Map<string, string> | null = null;
  let capitalisedKeys: Map<string, number[]> | null = null;
  let capitalisedOrder: number[] | null = null;
  // (short names that two bodies claim: "United" beside "United Airlines" and "Manchester United")
  const contested = new Set<string>();
  let subjects: TextSpan[] | null = null;
  let clubNames: Array<{ name: string; at: number }> | null = null;
  const canonicalCache = new Map<string, string>();
  const personWritten = new Map<string, boolean>();
  // (bodies known only by a short name beside a longer one, "Pelion" … "Pelion Devices": no head word says what they are,
  // so, like a name no list knows, none that a description, "the regulator", points back to)
  const namedBodiesOnly = new Set<string>();
  const possessedParties = new Map<string, boolean>();
  const apposedRoles = new Map<string, boolean>();
  const nameRoles = new Map<number, string | null>();
  let partyTags: Map<string, { party: string; state: string }> | null = null;
  // (the one-word names classifyName is asking givenNameOfPerson about, so that it never asks twice in one chain)
  const checkingGiven = new Set<string>();
  // Each name run classified once: the antecedent scan, the roles and the mentions below all read it.
  const nameClasses = names.map((n) => partyByArticle(classifyName(n.text), n.start, n.text));
  const sentenceAt = sentenceIndex(tokens);
  const inContent = insideSpans(statements.map((st) => st.content));
  // (names in a speaker's quoted words: "“I understand Gary is upset,” Sorokina said. She added …" — no antecedent of a
  // later speaker's he or she)
  const inQuoted = insideSpans(statements.filter((st) => st.type === 'direct').map((st) => st.content));
  // A person's gender from every mention in the article: a given name, "Mr."/"Ms.", "his wife, …", "… , her husband".
  const genders = new Map<string, Gender | null>();
  names.forEach((n, i) => {
    const c = nameClasses[i];
    if (!c || !c.person) return;
    const g = genderOf(c.name).gender ?? genderAround(n);
    if (!g) return;
    const had = genders.get(c.name);
    genders.set(c.name, had === undefined || had === g ? g : null);
  });
  // (and the gender a he or she that stood for the person gave: "“…,” she said" makes Maren Coil no later he)
  const learnedGenders = new Map<string, Gender>();
  const genderOfPerson = (name: string): { gender?: Gender } => {
    const g = genders.get(name);
    if (g === undefined && learnedGenders.has(name)) return { gender: learnedGenders.get(name) as Gender };
    return g ? { gender: g } : g === null ? {} : genderOf(name);
  };

  const out: DraftStatement[] = [];
  for (const st of statements) {
    const hint = st.speakerMentionHint;
    if (!hint) { out.push(st); continue; }
    // Names mentioned before this statement become antecedent candidates.
    while (nameIdx < names.length && (names[nameIdx] as TextSpan).start < hint.start) {
      const n = names[nameIdx] as TextSpan;
      const c = nameClasses[nameIdx];
      if (c) entities.push({ ...c, ...introducedAs(n.start, c, n.end), at: n.start, salience: salienceOf(n), ...(c.person ? genderOfPerson(c.name) : {}), ...(spokenOf(n, text.slice(n.end, n.end + 30)) ? { spokenOf: true } : {}), ...(partOfSpeakerMention(n, c) ? { partOfSpeaker: true } : {}) });
      nameIdx++;
    }
    while (titledIdx < titled.length && (titled[titledIdx] as Entity).at < hint.start) entities.push(titled[titledIdx++] as Entity);
    const inner = resolveDescribed(hint, st);
    // (a subject that can speak, a person, a body or a document, keeps its own coordinated cue: "Ross said the company
    // had admitted the fault and warned customers …" is the company's warning; so does one whose verb has an auxiliary
    // the coordinated verb shares, "the bakery had admitted … and told"; not a possessive, whose noun is no clause, "X
    // called the opposition’s motion a stunt and praised …")
    // (but a modal shares only a bare verb: "Lind said lenders would offer … but called on the government" is Lind's call,
    // "called" being no form that follows "would", whoever the nested subject is)
    const aux = /^[^\S\n]+(had|has|have|would|will|could|should|might|may)[^\S\n]/u.exec(text.slice(hint.end, hint.end + 12))?.[1];
    const modalBars = aux !== undefined && /^(?:would|will|could|should|might|may)$/u.test(aux) && st.cue !== null && inflectedCue(st.cue);
    const own = !modalBars && (!/^[’']/u.test(text.slice(hint.end, hint.end + 1)) && SPEAKING_KINDS.has(inner.kind) || aux !== undefined);
    const resolved = outerSpeaker(st, hint, out, true) ?? (own ? undefined : outerSpeaker(st, hint, out)) ?? inner;
    const written = resolved.role ? writtenRole(resolved.role, [hint.appositive?.text, hint.text, hint.antecedent?.text]) : null;
    // ("Mrs Justice Harcourt said", "Sen. Berry said": a title written right before the surname in the subject gives the role)
    const titleMatch = !written && !resolved.role && resolved.kind === 'person' ? TITLE_BEFORE_SURNAME.exec(hint.text) : null;
    const titleRole = titleMatch?.[1] ? TITLE_ROLES[titleMatch[1].toLowerCase()] : undefined;
    const roled = written ? { ...resolved, role: written } : titleRole ? { ...resolved, role: titleRole } : resolved;
    // ("Colonel Aris Dane, a spokesman for the army, said", "Professor Ann Bell, the vice-chancellor, said": a rank or a
    // courtesy title before the name gives way to the office an apposition right after the name names)
    const ranked = roled.kind === 'person' && roled.role && RANK_TITLE_ROLES.has(roled.role) && roled.mention && /^\p{Lu}/u.test(roled.mention.text) && roled.mention.text.endsWith(roled.name)
      ? roleInAppositionAfter(roled.mention.end, true) : null;
    const ranked0 = ranked ? { ...roled, role: ranked } : roled;
    // (a group speaks as a collective, with no role: "Campaigners said", "Residents of Vobworth said"; an unnamed source
    // with none yet takes the job its description names: "two council aides", "one curator", "three crew members")
    // (a document or an outlet has no role either, nor a body whose role word is only a word of its own name: "The Tech
    // Workers Guild said", "the Association of General Practitioners warned" are no workers, no general)
    const nameWordRole = ranked0.kind === 'organization' && ranked0.role && ranked0.mention ? roleOnlyInName(ranked0.role, ranked0.mention.text) : false;
    // (but "Lenz’s lawyers", "His lawyers" are the people of a named side in that role, as gold has them)
    const sideOf = ranked0.kind === 'group' && /^\p{Lu}[\p{L}.-]*[’']s\s/u.test(ranked0.name);
    const withRole0 = ((ranked0.kind === 'group' && !sideOf) || ranked0.kind === 'document' || ranked0.kind === 'media' || nameWordRole) && ranked0.role ? { ...ranked0, role: null }
      : !ranked0.role && ranked0.resolvedVia !== 'close-to' && (ranked0.kind === 'anonymous' || COUNTED_DESCRIPTION.test(ranked0.name)) ? { ...ranked0, role: headRole(ranked0.name) ?? (ranked0.kind === 'anonymous' ? parentRole(hint.text) ?? selfDescribedRole(hint.end) : null) }
      // (an unnamed source's role is its head noun in the singular, GUIDE decision 31: "two midwives at the unit" → midwife)
      : ranked0.kind === 'anonymous' && ranked0.role ? { ...ranked0, role: singularRole(ranked0.role) } : ranked0;
    const withRole = countedPeople(hint, withRole0) ?? withRole0;
    // ("Two producers spoke to the paper. One said …": one of a counted group is named by the group's description in the
    // singular, without the count, GUIDE decision 47)
    // ("Another, a midwife at the clinic, said", "said one of them, a porter who asked not to be named": the member is named
    // by the description in apposition, without its article and its anonymity clause, GUIDE section 3 and decision 47)
    const fusedHint = /^(?:one|another|one of them|one of those)$/iu.test(hint.text.trim());
    const member = fusedHint && (withRole.kind === 'anonymous' || withRole.kind === 'group') ? describedMember(hint) : null;
    const oneOf = !member && withRole.kind === 'anonymous' && fusedHint ? oneOfCounted(withRole.name) : null;
    // ("One resident said", "Another mother said", "one of the welders said": the member named by the noun without
    // "one", "another" or "one of the", GUIDE decision 47)
    const ownCount = !member && !oneOf && withRole.kind === 'anonymous' ? memberOwnName(withRole.name) : null;
    const implied = !member && !oneOf && !ownCount && fusedHint && withRole.kind === 'anonymous' && /^(?:one|another)$/iu.test(withRole.name) ? impliedMember(hint) : null;
    const single = member ? { ...withRole, ...member } : implied ? { ...withRole, ...implied } : oneOf ? { ...withRole, name: oneOf, role: withRole.role ?? headRole(oneOf) } : ownCount ? { ...withRole, name: ownCount, role: withRole.role ?? headRole(ownCount) } : withRole;
    // ("Sen. Ann Cole, D-Ore., said", later "Cole said": the party her tag names is her affiliation when none other is given)
    const party = single.kind === 'person' && !single.affiliation ? PARTY_TAG_AFFILIATIONS[partyTagOf(single.name)?.party ?? ''] : undefined;
    // ("The Minister of Mines, Daniel Ralworth-Mensah," read "of Mines": a fragment that opens with a preposition names no
    // body; with no ministry named in the article the minister has none, GUIDE decision 64)
    const whole: Speaker & { resolvedVia?: string } = single.affiliation && /^(?:of|for|at|in|on|to|from|with)[^\S\n]/u.test(single.affiliation) ? (({ affiliation: _a, ...rest }) => rest)(single) : single;
    // ("NEPA’s deputy director" after "the National Environmental Protection Agency (NEPA)": one body under one name, the
    // full one the article defines the acronym by, GUIDE section 3's canonical name)
    const expanded = whole.affiliation && acronyms.has(whole.affiliation) ? { ...whole, affiliation: acronyms.get(whole.affiliation) as string } : whole;
    const partied = party ? { ...expanded, affiliation: party } : expanded;
    // ("according to figures compiled by the trade magazine Venue Weekly": the body that compiled or commissioned a
    // document, named after the mention, is its affiliation, GUIDE decisions 36 and 65)
    const compiler = partied.kind === 'document' && !partied.affiliation ? COMPILED_BY_AFTER.exec(text.slice(hint.end, hint.end + 160)) : null;
    const compilerAt = compiler?.[1] ? hint.end + (compiler.index ?? 0) + compiler[0].length - compiler[1].length : -1;
    // ("written by Dr Helen Cross for the Ministry of Health": a person's name before "for" and the body the work was done
    // for is the author, GUIDE decision 65's author who carried out the work; the run of capitals joins them)
    const forBody = compiler?.[1] ? /^(.+?)[^\S\n]+for[^\S\n]+(?:the[^\S\n]+)?\p{Lu}/u.exec(compiler[1]) : null;
    const authorName = forBody?.[1] ? forBody[1].replace(/^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Dame|Sir)\.?[^\S\n]+/u, '') : undefined;
    const compilerText = authorName && classifyName(authorName)?.person ? authorName : compiler?.[1];
    const compiledBy = compilerText ? describe(compilerText, compilerAt + (compiler?.[1] ?? '').indexOf(compilerText)) : null;
    const affiliated = compiledBy && ['organization', 'group', 'media', 'person'].includes(compiledBy.kind) ? { ...partied, affiliation: compiledBy.name } : partied;
    // ("the trade magazine Venue Weekly … Venue Weekly said": a body's name the article introduced with a medium's noun is
    // a medium's. Not yet a name read as a person's, "The Courier reported" after "the newspaper The Karesh Courier":
    // that moved the test split's stance F1 below its floor, eval-regression.test.ts; left for a stance-side look)
    const speaker = affiliated.kind === 'organization'
      && mediaNamed(affiliated.name) ? { ...affiliated, kind: 'media' as SpeakerKind } : affiliated;
    const pronounGender = pronounOf(hint.text)?.gender;
    const gender = speaker.kind !== 'person' ? {} : speaker.resolvedVia === 'pronoun' && pronounGender ? { gender: pronounGender } : genderOfPerson(speaker.name);
    if (speaker.kind === 'person' && speaker.resolvedVia === 'pronoun' && pronounGender && genders.get(speaker.name) === undefined && !genderOf(speaker.name).gender && !learnedGenders.has(speaker.name)) learnedGenders.set(speaker.name, pronounGender);
    // A possessive phrase kept as written ("Trump’s performance on this debate said") is no one a pronoun points back to;
    // "One California delegate said … He was unable to …" is.
    // A poll's share ("41 percent", "a third of voters", "three in 10") is no one a he or she points back to either.
    const person = speaker.kind === 'person' && !/^unresolved/u.test(speaker.resolvedVia ?? '') && !(speaker.resolvedVia === 'as-written' && /[’']s\s/u.test(speaker.name))
      && !POLL_SHARE.test(speaker.name);
    // ("The mayor said … “We have no choice,” she said", the mayor never named: one holder of an office, described by
    // "the" and a singular role noun in lower case)
    const theOne = /^the\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*$/u.test(hint.text.trim().replace(/^The\s/u, 'the ')) && !/s$/u.test(hint.text.trim())
      // (an office one person holds, not an occupation: "The grower also questioned …" may be the farmer named before)
      && speaker.role !== null && (OFFICE_ROLES.has(speaker.role) || SINGLE_HOLDER_ROLES.has(speaker.role));
    // ("A porter on the night shift, who did not want his name used, said …", "Another stallholder, who …": an unnamed source with
    // no role noun is one person too when a relative "who" follows its description: a he or she after it may be theirs)
    // (the description is the mention a relative "who" was read back to: "A cleaner, who …, said")
    const described = hint.text.trim() === 'who' && speaker.mention ? speaker.mention : hint;
    // (not "A couple who live nearby", a singular noun of more than one person; its head noun gives its gender: "A
    // grandmother who lives next door said …" is no later "he")
    const describedHead = /^(?:a|an|another)[^\S\n]+(?:[\p{L}-]+[^\S\n]+){0,2}?(\p{Ll}[\p{Ll}-]*)(?=[^\p{L}]|$)/iu.exec(described.text)?.[1]?.toLowerCase() ?? '';
    const onePerson = speaker.kind === 'anonymous' && speaker.role === null && /^(?:a|an|another)\s/iu.test(described.text) && !/s$/u.test(described.text.trim())
      && !DESCRIBED_COLLECTIVES.has(describedHead)
      && (described !== hint || /[^\S\n]who[^\S\n]/u.test(hint.text) || /^[^\S\n]*,?[^\S\n]*who[^\S\n]/u.test(text.slice(hint.end, hint.end + 12)));
    const describedGender: { gender?: Gender } = !onePerson ? {} : DESCRIBED_FEMALE.has(describedHead) ? { gender: 'female' } : DESCRIBED_MALE.has(describedHead) ? { gender: 'male' } : {};
    // (and so is the one member of a group a bare "one" or "another" was read as: "One, a porter who …", "One said …")
    const one = onePerson || ((member !== null || implied !== null) && speaker.kind === 'anonymous') || (speaker.kind === 'anonymous' && speaker.role !== null && (/^(?:a|an|one|another)\s/iu.test(described.text) || theOne || (speaker.resolvedVia === 'pronoun' && pronounOf(hint.text)?.number === 'singular')));
    // (one of a counted group stays, as an antecedent, the group it was read back to: "Both said" after it is the group)
    entities.push({ name: oneOf ? withRole.name : speaker.name, kind: speaker.kind, at: hint.start, role: speaker.role, person, salience: 0, spoke: true, ...gender, ...describedGender, ...(one ? { one } : {}), ...(one && theOne ? { office: true } : {}), ...(speaker.affiliation ? { affiliation: speaker.affiliation } : {}) });
    out.push({ ...st, speaker });
  }
  // A person keeps the role the article gave them at any mention ("Sofie Kipwyn, Drasby's chief executive, said" …
  // later "Kipwyn said"): fill the statements that name them without it.
  const roles = new Map<string, string>();
  for (const st of out) if (st.speaker.kind === 'person' && st.speaker.role && !roles.has(st.speaker.name)) roles.set(st.speaker.name, st.speaker.role);
  names.forEach((n, i) => {
    const c = nameClasses[i];
    if (!c || !c.person || roles.has(c.name)) return;
    const role = roleNearName(n) ?? officeTitleRole(n);
    if (role) roles.set(c.name, role);
  });
  for (let i = 0; i < out.length; i++) {
    const st = out[i] as DraftStatement;
    const role = st.speaker.kind === 'person' && !st.speaker.role ? roles.get(st.speaker.name) : undefined;
    if (role) out[i] = { ...st, speaker: { ...st.speaker, role } };
  }
  // ("Hobham Bay’s fire chief on Monday closed …, Chief Sylvie Dungate said": a bare title "Chief" before a name is
  // the chief of the one service the article names, GUIDE decision 40's "police chief")
  const services = CHIEF_SERVICES.filter((s) => s.named.test(text));
  if (services.length === 1) {
    for (let i = 0; i < out.length; i++) {
      const sp = (out[i] as DraftStatement).speaker;
      if (sp.kind === 'person' && sp.role === 'chief' && text.includes(`Chief ${sp.name}`)) out[i] = { ...(out[i] as DraftStatement), speaker: { ...sp, role: (services[0] as { role: string }).role } };
    }
  }
  // "… jailed after a judge told him …" in the lead, "Judge Margaret Ellery said" further down: a lead that withholds a
  // name gives one person's role with "a"; when the article later names exactly one person in that role, and first
  // names them after the lead, that person spoke
  const holders = new Map<string, Set<string>>();
  for (const st of out) if (st.speaker.kind === 'person' && st.speaker.role) holders.set(st.speaker.role, (holders.get(st.speaker.role) ?? new Set()).add(st.speaker.name));
  for (const [name, role] of roles) holders.set(role, (holders.get(role) ?? new Set()).add(name));
  for (let i = 0; i < out.length; i++) {
    const st = out[i] as DraftStatement;
    const sp = st.speaker;
    // (only a role a story has one of: a lead's "a spokesman said" may be the police's, and the spokeswoman named
    // later another body's)
    if (sp.kind !== 'anonymous' || !sp.role || !SINGLE_HOLDER_ROLES.has(sp.role) || sp.resolvedVia !== 'anonymous' || !sp.mention || !/^(?:a|an)[^\S\n]+\p{Ll}[\p{Ll}-]*$/u.test(sp.mention.text)) continue;
    if (sentenceAt(sp.mention.start) > 2 || out.slice(0, i).some((o) => o.speaker.kind !== 'anonymous')) continue;
    const who = holders.get(sp.role);
    if (!who || who.size !== 1) continue;
    const name = [...who][0] as string;
    const first = names.findIndex((n, k) => nameClasses[k]?.name === name && nameClasses[k]?.person);
    if (first < 0 || (names[first] as TextSpan).start <= st.content.end) continue;
    out[i] = { ...st, speaker: { name, kind: 'person', role: sp.role, mention: sp.mention, resolvedVia: 'lead-role:named-later' } };
  }
  // "A warehouse supervisor accused of theft told a jury … ." then "Daniel Moreau, 52, denies …": a lead that withholds the
  // name of someone accused or charged names them, with their age, at the head of the next sentence; that person spoke
  for (let i = 0; i < out.length; i++) {
    const st = out[i] as DraftStatement;
    const sp = st.speaker;
    if (sp.kind !== 'anonymous' || !sp.mention || !/^(?:a|an)[^\S\n]/iu.test(sp.mention.text) || sentenceAt(sp.mention.start) > 2) continue;
    if (out.slice(0, i).some((o) => o.speaker.kind !== 'anonymous')) continue;
    if (!/^[^\S\n]+(?:accused|charged|convicted|suspected|on[^\S\n]+trial)(?![\p{L}])/u.test(text.slice(sp.mention.end, sp.mention.end + 30))) continue;
    const k = sentenceAt(Math.max(st.content.end, st.cue?.end ?? 0));
    const next = tokens[firstIndex(tokens.length, (j) => (tokens[j] as Token).sentence <= k)];
    if (!next || next.sentence !== k + 1) continue;
    // (the name is the subject of a verb of the trial or charge, "Daniel Moreau, 52, of Hull, denies …": not a victim or
    // witness named with an age, "Ellen Yarlfold, 29, suffered …")
    const named = ACCUSED_NAMED.exec(text.slice(next.start, next.start + 160));
    if (!named || !named[1]) continue;
    const ni = names.findIndex((n) => n.start === next.start);
    const c = ni >= 0 ? nameClasses[ni] : null;
    // (a name the article has not given before: a person already named is no withheld name)
    if (!c || !c.person || names.some((n, j) => n.start < next.start && nameClasses[j]?.name === c.name)) continue;
    // (nor a name whose gender is not that of the he or she the lead's words give the accused: "told a jury he had braked")
    const g = genderOfPerson(c.name).gender;
    const said = pronounOf((/(?<![\p{L}])(he|she|him|her|his)(?![\p{L}])/iu.exec(text.slice(sp.mention.start, st.content.end))?.[1] ?? '').toLowerCase());
    if (g && said?.gender && said.gender !== g) continue;
    out[i] = { ...st, speaker: { name: c.name, kind: 'person', role: sp.role, mention: sp.mention, resolvedVia: 'lead-description:named-after' } };
  }
  namedAfterLede(out);
  holderNamedAfterLede(out);
  // The rest of the names, as antecedents of a pronoun in a statement's content (pronounParty).
  for (; nameIdx < names.length; nameIdx++) {
    const n = names[nameIdx] as TextSpan;
    const c = nameClasses[nameIdx];
    if (c) entities.push({ ...c, ...introducedAs(n.start, c, n.end), at: n.start, salience: salienceOf(n), ...(c.person ? genderOfPerson(c.name) : {}) });
  }
  // A body the article names in full elsewhere, written short (GUIDE section 3: the name as the article names it in full):
  // a party's adjective form or its name without its head word ("A Social Democratic spokesman", "New Dawn
  // chairman X" beside "the Social Democratic Alliance", "the New Dawn Party"), a lone head word ("Union
  // regional secretary X" beside "the Dockers' Union"), a place's possessive before a body's name ("Cromby's Data
  // Protection Authority" beside "the Data Protection Authority"). Only one such body in the article.
  const bodyNames = [...new Set(entities.filter((e) => !e.person && (e.kind === 'organization' || e.kind === 'group')).map((e) => e.name))];
  const fullBody = (n: string): string | undefined => {
    const ws = n.split(/\s+/u);
    // (the text itself, which the name finder may split: "Social Democratic Alliance")
    // (not a name that ends in a body's head word of its own, "Westmoor Police", "Harlow Council": a complete body, whatever
    // longer body, "the Westmoor Police Federation", the text names after the same words)
    if (ws.length >= 2 && ws.every((w) => /^\p{Lu}/u.test(w)) && !ORG_HEADS.has((ws[ws.length - 1] as string).toLowerCase())) {
      // (found with indexOf, not a pattern compiled per name: search.ts)
      const heads = new Set<string>();
      for (const at of nameOccurrences(text, n)) {
        let end = at;
        for (const w of ws) { while (end < text.length && WHITE.test(text[end] as string)) end++; end += w.length; }
        HEAD_AFTER.lastIndex = end;
        const h = HEAD_AFTER.exec(text)?.[1];
        if (h && PARTY_NAME_HEADS.has(h.toLowerCase())) heads.add(h);
      }
      if (heads.size === 1) return `${n} ${[...heads][0] as string}`;
    }
    if (ws.length === 1 && ORG_HEADS.has(n.toLowerCase()) && /^\p{Lu}/u.test(n)) {
      // (no other body's name holds the word: "Uskdale Rovers" beside "Rovers Athletic" leaves "Rovers" to neither)
      const holding = bodyNames.filter((f) => f !== n && f.split(/\s+/u).includes(n));
      if (holding.length === 1 && (holding[0] as string).endsWith(` ${n}`)) return holding[0];
    }
    // ("Quorham, a subsidiary of Halden NV," beside "Quorham Waters": a one-word name the apposition makes a company's
    // is the one body whose full name it opens)
    if (ws.length === 1 && bodyEvidence(n) === 'organization' && apposedCompanies.has(n)) {
      const opening = bodyNames.filter((f) => f.startsWith(`${n} `) && f.split(/\s+/u).length <= 3);
      if (opening.length === 1) return opening[0];
    }
    // (the possessor a place, and the bare name written on its own after "the", not only as the tail of a longer one:
    // not "Columbia's Graduate School of Journalism", nor "Grelthorpe's Labour Party" named only so)
    const place = /^(\p{Lu}[\p{L}-]*)[’']s\s+(\p{Lu}.+)$/u.exec(n);
    // ("Varenia's Central Election Commission said", later "the commission": or a body's name of two or more words ending
    // in a public body's head, which the text writes only after that one place's possessive; not two countries' bodies of
    // one name, "Varkesh's Foreign Ministry" beside "Oltania's Foreign Ministry" or "the Oltanian Foreign Ministry")
    const rest = place?.[2]?.split(/\s+/u) ?? [];
    const ownBody = rest.length >= 2 && PUBLIC_BODY_NAME_HEADS.has((rest[rest.length - 1] as string).toLowerCase())
      && nameOccurrences(text, place?.[2] as string).every((at) => {
        const before = /(\p{Lu}[\p{L}-]*)(?:[’']s)?[^\S\n]+$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1];
        return before === undefined || before === place?.[1] || NAME_RUN_OPENERS.has(before.toLowerCase());
      });
    if (place?.[1] && place[2] && (placeNames().has(place[1]) || lexiconKind(place[1]) === 'place')
      && ((bodyNames.includes(place[2]) && nameOccurrences(text, place[2]).some((at) => AFTER_THE.test(text.slice(Math.max(0, at - 5), at)))) || ownBody)) return place[2];
    return undefined;
  };
  // ("Concord Party" of "The ruling People's Concord Party", "Zellfold" of "Zellfold Seafoods"): an affiliation that is a piece
  // of one body's longer name the article writes, its last words or its first word, is that body under its whole name
  // (GUIDE section 3: the name as the article writes it in full); the piece must not be a body's name of its own, and a
  // body's last words count only when the text never writes them without the rest
  const wholeBody = (n: string): string | undefined => {
    if (!/^\p{Lu}/u.test(n)) return undefined;
    const ws = n.split(/\s+/u);
    // (a name written as names are, every word capitalised but the joining words: not a description the name finder
    // took whole, "Campaigners from Save Tupwyn Meadows")
    const holding = bodyNames.filter((f) => f !== n && (f.startsWith(`${n} `) || f.endsWith(` ${n}`))
      && f.split(/\s+/u).every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|and|for|in|on|the|de|du|des|la|le|y|&)$/u.test(w)));
    if (holding.length !== 1) return undefined;
    const whole = holding[0] as string;
    // (the last words, "Concord Party", which the name finder may also have taken for a body: never written alone)
    if (whole.endsWith(` ${n}`)) {
      const starts = nameOccurrences(text, whole);
      return nameOccurrences(text, n).every((at) => starts.some((s0) => at > s0 && at < s0 + whole.length)) ? whole : undefined;
    }
    return ws.length === 1 && !bodyNames.includes(n) ? whole : undefined;
  };
  // ("Wimfold's manager, Jonah Whitaker," after "Kiara Wimfold"): a person's surname as another's affiliation is that person
  // under the full name the article gives (GUIDE section 3), when one person bears it and no body's name holds the word
  // ("Quorham's spokesman" beside "Quorham Waters" stays the body's).
  const personNames = [...new Set(entities.filter((e) => e.person && e.kind === 'person').map((e) => e.name))];
  const fullPerson = (n: string): string | undefined => {
    if (!/^\p{Lu}[\p{L}’'-]+$/u.test(n) || bodyNames.some((f) => f.split(/\s+/u).includes(n))) return undefined;
    const bearers = personNames.filter((p) => p.endsWith(` ${n}`));
    return bearers.length === 1 ? bearers[0] : undefined;
  };
  for (let i = 0; i < out.length; i++) {
    const sp = (out[i] as DraftStatement).speaker;
    const name = sp.kind === 'organization' ? fullBody(sp.name) : undefined;
    // (an acronym the article defines, "NEPA’s deputy director", is the body under its full name; a surname alone, "Wimfold’s
    // manager", the one person of that surname)
    const affiliation = sp.affiliation ? acronyms.get(sp.affiliation) ?? fullBody(sp.affiliation) ?? fullPerson(sp.affiliation) ?? wholeBody(sp.affiliation) : undefined;
    if (name || affiliation) out[i] = { ...(out[i] as DraftStatement), speaker: { ...sp, ...(name ? { name } : {}), ...(affiliation ? { affiliation } : {}) } };
  }
  // ("The airline's chief operating officer, Ines Marr, said …", later "Marr said": a person keeps through the article the
  // one body an earlier or later mention gave them, GUIDE section 3; two different bodies for one name leave it as found)
  for (let i = 0; i < out.length; i++) {
    const sp = (out[i] as DraftStatement).speaker;
    const body = sp.kind === 'person' && !sp.affiliation && /\s/u.test(sp.name) ? affiliationAroundName(sp.name) : undefined;
    if (body) out[i] = { ...(out[i] as DraftStatement), speaker: { ...sp, affiliation: body } };
  }
  const personBodies = new Map<string, Set<string>>();
  for (const st of out) {
    if (st.speaker.kind === 'person' && st.speaker.affiliation) personBodies.set(st.speaker.name, (personBodies.get(st.speaker.name) ?? new Set<string>()).add(st.speaker.affiliation));
  }
  for (let i = 0; i < out.length; i++) {
    const sp = (out[i] as DraftStatement).speaker;
    const bodies = sp.kind === 'person' && !sp.affiliation ? personBodies.get(sp.name) : undefined;
    if (bodies?.size === 1) out[i] = { ...(out[i] as DraftStatement), speaker: { ...sp, affiliation: [...bodies][0] as string } };
  }
  // ("Ombudsman Clara Dene said", "Superintendent Raj Patel said", "the ombudsman, Clara Dene,": an office named by its
  // title alone belongs to the one body of its kind the article names, "the Social Housing Ombudsman", "Harlow Police
  // Service", GUIDE decisions 64 and 72; speakers.json holderBodies. Not when two such bodies are named, and only for a
  // holder no mention has given a body: read last, after the bodies a relative clause or an apposition gives.)
  const holderBodyOf = new Map<string, string | null>();
  for (let i = 0; i < out.length; i++) {
    const sp = (out[i] as DraftStatement).speaker;
    if (sp.kind !== 'person' || !sp.role) continue;
    const words = HOLDER_BODIES.get(sp.role);
    if (!words) continue;
    if (!holderBodyOf.has(sp.role)) {
      const word = new RegExp(`(?<!\\p{L})(?:${words.map(escapeRegExp).join('|')})(?!\\p{L})`, 'iu');
      // (a name that holds the body's word is the body's, whatever the name lists read it as: "Housing Ombudsman" is no
      // person's name; not a name that holds the title before a person's, "Ombudsman Clara Dene")
      const fits = [...new Set(nameClasses.filter((c): c is NonNullable<typeof c> => !!c && (c.kind === 'organization' || c.person) && word.test(c.name)
        && !out.some((o) => o.speaker.kind === 'person' && c.name.endsWith(` ${o.speaker.name}`))).map((c) => c.name))];
      // (one body under a short and a long name, "Harlow Police" and "Harlow Police Service", is one body)
      const distinct = fits.filter((n) => !fits.some((m) => m !== n && m.length > n.length && ` ${m} `.includes(` ${n} `)));
      // (under its whole name, "Police Department" → "Arbworth City Police Department", as for any affiliation above)
      const one = distinct.length === 1 ? distinct[0] as string : null;
      holderBodyOf.set(sp.role, one ? fullBody(one) ?? wholeBody(one) ?? one : null);
    }
    const body = holderBodyOf.get(sp.role);
    // (or one given by the last words of its name only, "Police Department" for "the Arbworth City Police Department")
    if (sp.affiliation && !(body && body.endsWith(` ${sp.affiliation}`))) continue;
    if (body && body !== sp.name) out[i] = { ...(out[i] as DraftStatement), speaker: { ...sp, affiliation: body } };
  }
  for (let i = 0; i < out.length; i++) {
    const party = pronounParty(out[i] as DraftStatement);
    if (party) out[i] = { ...(out[i] as DraftStatement), pronounParty: party };
  }
  const mentions: Mention[] = registryMentions(text, registry);
  names.forEach((n, i) => {
    const c = nameClasses[i];
    // (a word of a work's title set in quotation marks inside a sentence, "her memoir “Salt and Iron” from sale", "the
    // “Polar Glow” tour": a title names no one, LABELS section on what is no party)
    if (c && inQuotedTitle(text, n.start, n.end)) return;
    // ("Senate Majority Leader Tom Varga", "House Minority Whip X": a body's name the name finder ran on into the first
    // word of a two-word title, which the capitalised word after it completes, is the body without that word; the title
    // is no part of its name)
    const words = c && !c.person ? (c.shortName ?? c.name).split(/\s+/u) : [];
    const next = words.length >= 2 ? /^[^\S\n]+(\p{Lu}[\p{L}.]*)/u.exec(text.slice(n.end, n.end + 40))?.[1] : undefined;
    const lastWord = words[words.length - 1] ?? '';
    const titleCut = next !== undefined && ROLE_NOUNS[`${lastWord.toLowerCase()} ${next.toLowerCase()}`] !== undefined && n.text.endsWith(lastWord);
    if (c && titleCut) {
      const end = n.start + n.text.slice(0, -lastWord.length).trimEnd().length;
      mentions.push({ ...n, end, text: text.slice(n.start, end), kind: c.kind, name: words.slice(0, -1).join(' '), role: null, number: 'singular', ...(c.affiliation ? { affiliation: c.affiliation } : {}) });
      return;
    }
    if (c) mentions.push({ ...n, kind: c.kind, name: c.shortName ?? c.name, role: null, number: 'singular', ...(c.person ? genderOfPerson(c.name) : {}), ...(c.affiliation ? { affiliation: c.affiliation } : {}) });
  });
  mentions.sort((a, b) => a.start - b.start);
  return { statements: out, mentions: withRoleDescriptions(withDescriptions(text, mentions)) };

  /**
   * "Pedal Safe said the case showed X and urged police to …": a cue coordinated after the content of another statement,
   * whose subject was taken from inside that content (the nested "the case showed"), is the outer speaker's next act.
   */
  function outerSpeaker(st: DraftStatement, hint: SpeakerHint, done: readonly DraftStatement[], setOffOnly = false): Speaker | undefined {
    if (!st.cue || !(st.rules ?? []).some((r) => r.endsWith(':coordinated'))) return undefined;
    for (let i = done.length - 1; i >= 0 && i >= done.length - 4; i--) {
      const o = done[i] as DraftStatement;
      if (o.sentence !== st.sentence || !o.cue || o.cue.end > o.content.start) continue;
      // ("Galstow said in a letter that … and denied …": a noun of the phrase set off between the outer cue and its content,
      // where or how it was said, is no subject; the coordinated cue is the outer speaker's, even when that noun could speak)
      const setOff = o.cue.end <= hint.start && hint.end <= o.content.start && st.cue.start >= o.content.end;
      if (setOffOnly ? setOff : o.content.start <= hint.start && hint.end <= o.content.end && st.cue.start >= o.content.end) {
        return { ...o.speaker, resolvedVia: `coordinated-with-outer:${o.speaker.resolvedVia ?? ''}` };
      }
    }
    return undefined;
  }

  /** "the chief constable", "the trial judge", "the mayor": the person the article last named in that role. */
  function withRoleDescriptions(list: Mention[]): Mention[] {
    const holders = list.filter((m) => m.kind === 'person' && roles.has(m.name));
    if (holders.length === 0) return list;
    const added: Mention[] = [];
    const rx = /\bthe ((?:[a-z-]+ ){0,2}?[a-z-]+)\b/gu;
    for (let m = rx.exec(text); m; m = rx.exec(text)) {
      const words = (m[1] ?? '').split(' ');
      const key = ROLE_NOUNS[words[words.length - 1] as string] ?? ROLE_NOUNS[words.slice(-2).join(' ')];
      if (!key || ['spokesperson', 'official', 'member', 'source', 'resident', 'worker', 'employee', 'expert', 'analyst', 'parent', 'student'].includes(key)) continue;
      let who: Mention | undefined;
      const lo = firstIndex(holders.length, (i) => (holders[i] as Mention).start < m.index);
      for (let k = lo - 1; k >= 0 && k >= lo - 30 && !who; k--) {
        const h = holders[k] as Mention;
        if ((roles.get(h.name) ?? '').split(' ').includes(key)) who = h;
      }
      if (who) added.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'person', name: who.name, role: key, number: 'singular' });
    }
    return added.length ? [...list, ...added].sort((a, b) => a.start - b.start) : list;
  }

  /** Whether an entity of the name was read as media (`entities.some((x) => x.name === name && x.kind === 'media')`), from
   *  an index that takes in the entities added since the last question: asked once per statement, it stays linear. */
  function mediaNamed(name: string): boolean {
    for (; mediaSeen < entities.length; mediaSeen++) {
      const e = entities[mediaSeen] as Entity;
      if (e.kind === 'media') mediaNames.add(e.name);
    }
    return mediaNames.has(name);
  }

  /** The first entity of the name that a team's noun introduced (`entities.find((x) => x.name === name && x.team === true)`),
   *  from an index that takes in the entities added since the last question: entities are only ever appended. */
  function teamEntity(name: string): Entity | undefined {
    for (; teamsSeen < entities.length; teamsSeen++) {
      const e = entities[teamsSeen] as Entity;
      if (e.team === true && !teams.has(e.name)) teams.set(e.name, e);
    }
    return teams.get(name);
  }

  /** Which entities a pronoun may stand for: not a name the statement itself mentions ("“Jordan was lying …,” she said"),
   *  and of the pronoun's gender, person or thing. */
  function antecedentFits(pron: NonNullable<ReturnType<typeof pronounOf>>, st: DraftStatement, at = st.content.start): (x: Entity) => boolean {
    // (not a name inside quoted words, unless it spoke: "“I understand Gary is upset,” she said. She added …")
    const outside = (x: Entity): boolean => (x.at < st.content.start || x.at >= st.content.end) && !(pron.kind === 'person' && x.spoke !== true && inQuoted(x.at));
    // (a lone given name, "Gary", has the gender of the name)
    const genderOfEntity = (x: Entity): Gender | undefined => x.gender ?? (x.person ? learnedGenders.get(x.name) : undefined) ?? (x.person && /^\p{Lu}\p{Ll}+$/u.test(x.name) ? givenNameGender(x.name) ?? undefined : undefined);
    const fits = (x: Entity): boolean => { const g = pron.gender ? genderOfEntity(x) : undefined; return !(pron.gender && g && g !== pron.gender); };
    // "The Europeans", "Latino Republicans", "Democrats" are no he or she
    const one = (x: Entity): boolean => !pron.gender || (!/^(?:The|A|An)\s/u.test(x.name) && !(x.gender === undefined && /(?:ans|crats|ists)$/u.test(x.name)));
    // (an unnamed one holder, "the mayor", only while no one else has spoken since: "The mayor said … The police chief
    // said … “…,” she said" is not the mayor's)
    // (read when first needed: most articles have no office holder to test, and a pass over every entity per pronoun grew
    // with the square of an article's length)
    // (over the entities known now, as if read now)
    const known = entities.length;
    let lastSpoke: { e: Entity | undefined } | null = null;
    const lastSpokeName = (): string | undefined => {
      if (!lastSpoke) {
        let b: Entity | undefined;
        for (let i = 0; i < known; i++) {
          const e = entities[i] as Entity;
          if (e.spoke === true && e.at < at && (!b || e.at >= b.at)) b = e;
        }
        lastSpoke = { e: b };
      }
      return lastSpoke.e?.name;
    };
    const holder = (x: Entity): boolean => x.one === true && pron.number === 'singular' && (x.office !== true || lastSpokeName() === x.name);
    return (x) => outside(x) && fits(x) && one(x) && (pron.kind === 'person' ? x.person || holder(x) : pron.kind === 'thing' ? !x.person && x.kind !== 'anonymous' : true);
  }

  /**
   * "Short-seller Greyfen Research said", "Carmaker Dunmore Motors said": a noun that says what kind of body the name is,
   * written capitalised before it as a title is before a person's name, is no word of the name, and the name is a body's.
   */
  function resolveDescribed(given: SpeakerHint, st: DraftStatement): Speaker {
    // ("An official at the world governing body said": a participle before a body's head noun, "governing body", "organising
    // committee", read as a verb, cut the description short; it runs on to the head)
    const cut = !given.relative && /[^\S\n](?:at|for|of|with|from)[^\S\n]+the[^\S\n]+(?:\p{Ll}+[^\S\n]+)?\p{Ll}+$/u.test(given.text) ? PARTICIPLE_HEAD_AFTER.exec(text.slice(given.end, given.end + 40)) : null;
    const cutHint = cut ? { ...given, end: given.end + cut[0].length, text: text.slice(given.start, given.end + cut[0].length) } : given;
    // ("Keep Galmere Local said": a campaign's verb, read as no part of the subject, opens its name)
    const verb = !given.relative && /^\p{Lu}/u.test(given.text) ? /(?:^|[.!?]["”’]?[^\S\n]+|\n[^\S\n]*)(\p{Lu}\p{Ll}+)[^\S\n]$/u.exec(text.slice(Math.max(0, given.start - 12), given.start)) : null;
    const hint = verb?.[1] && CAMPAIGN_VERBS.has(verb[1].toLowerCase()) ? { ...cutHint, start: given.start - verb[1].length - 1, text: text.slice(given.start - verb[1].length - 1, cutHint.end) } : cutHint;
    // ("Rival Dana Holt said", "Rival Dana Holt’s campaign said": the person or the campaign, without the descriptor;
    // "Rival Republican candidates" as written)
    const p = hint.relative ? null : PERSON_DESCRIPTOR_BEFORE_NAME.exec(hint.text);
    if (p && opensSentenceAt(hint.start)) {
      const rest = hint.text.slice(p[0].length);
      const r = resolve({ start: hint.start + p[0].length, end: hint.end, text: rest }, st);
      const named = /^\p{Lu}\p{Ll}[\p{L}’'-]*(?:[^\S\n]+\p{Lu}[\p{L}’'.-]*){0,2}(?:[’']s[^\S\n]+\p{Ll}+)?$/u.test(rest.trim());
      if (named && !/^unresolved/u.test(r.resolvedVia ?? '') && (r.kind === 'person' || r.kind === 'group')) return { ...r, mention: { start: hint.start, end: hint.end, text: hint.text } };
      return resolve(hint, st);
    }
    const m = hint.relative ? null : BODY_DESCRIPTOR_BEFORE_NAME.exec(hint.text);
    if (!m || !m[1] || !opensSentenceAt(hint.start)) return resolve(hint, st);
    const start = hint.start + m[0].length;
    const r = resolve({ start, end: hint.end, text: hint.text.slice(m[0].length) }, st);
    if (/^unresolved/u.test(r.resolvedVia ?? '') || !['person', 'organization', 'group'].includes(r.kind)) return resolve(hint, st);
    // (a person's name, with a given name or of a person's shape, stays a person's: "Developer Tom Reed said",
    // "Developer Kwame Ralworth said")
    if (r.kind === 'person' && (genderOf(r.name).gender || personShaped(r.name))) return { ...r, mention: { start: hint.start, end: hint.end, text: hint.text } };
    return { ...r, kind: r.kind === 'person' ? 'organization' : r.kind, role: r.kind === 'person' ? null : r.role, mention: { start: hint.start, end: hint.end, text: hint.text } };
  }

  /**
   * The document that is the subject of the sentence before the one at `at` ("The memo, obtained by the Courier, tells
   * …", "But the report, published on Monday, paints …"), when that sentence has no other subject before its verb.
   */
  function documentSubjectBefore(at: number): (Omit<Speaker, 'mention'> & { resolvedVia: string }) | null {
    const k = sentenceAt(at);
    if (k < 1) return null;
    // (firstIndex: the first token for which the test fails, the tests passing for a prefix)
    const first = tokens[firstIndex(tokens.length, (i) => (tokens[i] as Token).sentence < k - 1)];
    if (!first || first.sentence !== k - 1) return null;
    // (the "it" opens its own clause: nothing but a participle phrase or an adverbial set off by a comma before it)
    const own = text.slice(first.start, at);
    const sentenceStart = own.search(/[.!?]["”’]?[^\S\n]+[^.!?]*$/u);
    const lead = sentenceStart >= 0 ? own.slice(sentenceStart).replace(/^[.!?]["”’]?[^\S\n]+/u, '') : '';
    if (lead !== '' && !/^[^.;:“”"]{0,120},[^\S\n]*$/u.test(lead)) return null;
    const m = /^(?:(?:But|And|Yet|However,|Still,)[^\S\n]+)?((?:[Tt]he|[Tt]his|[Tt]hat|An?)[^\S\n]+(?:[\p{Ll}’'-]+[^\S\n]+){0,3}?([\p{Ll}-]+))(?=[^\S\n]*,|[^\S\n]+(?:by|from|into|on|for|commissioned|published|released|seen|obtained|prepared|written)[^\S\n]|[^\S\n]+(?:\p{Ll}+ly[^\S\n]+)?(?:is|was|has|had|paints|tells|says|said|shows|showed|found|finds|warns|warned|notes|noted|gives|gave|makes|made|describes|described|contains|lists|sets|runs|goes|appears|adds|added|claims|claimed|also|does|did)(?![\p{L}]))/u.exec(own);
    if (!m || !m[1] || !m[2] || !DOCUMENT_HEADS.has(m[2])) return null;
    const start = first.start + m.index + m[0].indexOf(m[1]);
    // ("A report by the audit office, “Lines Unwatched,” released in autumn, found …": the title the sentence gives it)
    const title = titled.find((t) => t.at > start && t.at - start < 160 && t.title === m[2] && sentenceAt(t.at) === k - 1);
    if (title) return { name: title.name, kind: 'document', role: null, resolvedVia: 'titled-document' };
    const r = describe(m[1], start);
    return r && r.kind === 'document' ? r : null;
  }

  /** The body (not a person) that spoke as the subject opening the sentence before the one that "it" at `at` opens. */
  function bodySubjectBefore(at: number): Speaker | null {
    if (!/(?:^|[.!?]["”’]?[^\S\n]+|\n[^\S\n]*)$/u.test(text.slice(Math.max(0, at - 4), at))) return null;
    const k = sentenceAt(at);
    if (k < 1) return null;
    const first = tokens[firstIndex(tokens.length, (i) => (tokens[i] as Token).sentence < k - 1)];
    if (!first || first.sentence !== k - 1) return null;
    for (let i = out.length - 1; i >= 0; i--) {
      const o = out[i] as DraftStatement;
      const m = o.speaker.mention;
      if (!m || m.start >= at) continue;
      if (m.start < first.start) break;
      // (the subject opens the sentence, after "But" or "And" at most, and speaks before its content: not "…, the union said")
      if (!/^(?:(?:But|And|Yet|Still|However)[,]?[^\S\n]+)?$/u.test(text.slice(first.start, m.start)) || !o.cue || o.cue.start < m.end) continue;
      if (o.speaker.kind === 'organization' || o.speaker.kind === 'group') return o.speaker;
      return null;
    }
    return null;
  }

  /**
   * The named body (organisation or group, no person) that opens, as its subject, the sentence before the one that "it"
   * at `at` opens, when that sentence is no statement ("The Farmers' Union, which represents 140 farms, filed the suit in
   * the High Court. It alleges …"): its verb follows the name, or the name's apposition or relative clause set off by
   * commas. Null for a possessive ("The union's lawyer filed …") or a subject that is not a name.
   */
  function bodyActingBefore(at: number): Speaker | null {
    if (!opensSentenceAt(at)) return null;
    const k = sentenceAt(at);
    if (k < 1) return null;
    const first = tokens[firstIndex(tokens.length, (i) => (tokens[i] as Token).sentence < k - 1)];
    if (!first || first.sentence !== k - 1) return null;
    const i = firstIndex(names.length, (j) => (names[j] as TextSpan).start < first.start);
    const n = names[i];
    const c = nameClasses[i];
    if (!n || !c || c.person || (c.kind !== 'organization' && c.kind !== 'group') || sentenceAt(n.start) !== k - 1) return null;
    if (!/^(?:(?:But|And|Yet|Still|However)[,]?[^\S\n]+)?(?:[Tt]he[^\S\n]+)?$/u.test(text.slice(first.start, n.start))) return null;
    // (the verb right after the name, or after a comma-set apposition or relative clause; not "'s", not "and")
    const after = text.slice(n.end, Math.min(text.length, n.end + 240));
    const rest = /^[^\S\n]*,[^.;:!?\n]*?,[^\S\n]*/u.exec(after)?.[0] ?? (/^[^\S\n]+/u.exec(after)?.[0] ?? '');
    const v = tokens[tokenIndexAt(n.end + rest.length + 1) - 1];
    if (!v || v.start !== n.end + rest.length || (v.pos !== 'VERB' && v.pos !== 'AUX')) return null;
    return { name: c.name, kind: c.kind, role: null, mention: { start: n.start, end: n.end, text: n.text } };
  }

  /**
   * The people named by a bare plural noun that opens, as its subject, the sentence before the one that "they" at `at`
   * opens ("Tenants have gone without heating since March. They say …", "Drivers at the depot complained … They said
   * …"): a plural "they" goes on with that subject, a described class of people (GUIDE decisions 56 and 66), never with a
   * single body named elsewhere. The phrase runs from the sentence's first word (after "But" or "And" at most) over
   * lower-case modifiers to a plural noun of people, perhaps with a place after "at", "in", "of" or "from", and its verb
   * follows. Null for a determiner or a name before the noun ("The tenants' union …", "Norvane tenants …"), a noun that is
   * no people ("Prices rose …"), or no verb after the phrase.
   */
  function peopleActingBefore(at: number): (Omit<Speaker, 'mention'> & { resolvedVia: string; start: number; end: number }) | null {
    if (!opensSentenceAt(at)) return null;
    const k = sentenceAt(at);
    if (k < 1) return null;
    let i = firstIndex(tokens.length, (j) => (tokens[j] as Token).sentence < k - 1);
    if (i >= tokens.length || (tokens[i] as Token).sentence !== k - 1) return null;
    if (/^(?:But|And|Yet|Still)$/u.test((tokens[i] as Token).text)) i++;
    const from = i;
    if ((tokens[i] as Token | undefined)?.normal === 'the') i++;
    // (wink tags a common noun opening the sentence as a name: "Tenants/PROPN have gone …")
    const word = (j: number): boolean => (j === from ? /^\p{Lu}\p{Ll}+$/u : /^\p{Ll}[\p{Ll}-]*$/u).test((tokens[j] as Token).text)
      && (['ADJ', 'NOUN'].includes((tokens[j] as Token).pos) || (j === from && (tokens[j] as Token).pos === 'PROPN'));
    while (i < tokens.length && (tokens[i] as Token).sentence === k - 1 && i - from < 4 && word(i)) {
      const t = tokens[i] as Token;
      if (/s$/u.test(t.normal) && (headRole(t.normal) !== null || PLURAL_PEOPLE.has(t.normal))) break;
      i++;
    }
    const head = tokens[i] as Token | undefined;
    if (!head || head.sentence !== k - 1 || !word(i) || !/s$/u.test(head.normal) || (headRole(head.normal) === null && !PLURAL_PEOPLE.has(head.normal))) return null;
    let end = i + 1;
    // (a place or body after "at", "in", "of", "from", "on" goes with them: "Tenants at Harl Tower", "Residents of Elmscar")
    if (['at', 'in', 'of', 'from', 'on'].includes((tokens[end] as Token | undefined)?.normal ?? '')) {
      let j = end + 1;
      while (j < tokens.length && j - end <= 5 && ((tokens[j] as Token).pos === 'PROPN' || ((tokens[j] as Token).normal === 'the' && j === end + 1) || /^\p{Lu}/u.test((tokens[j] as Token).text))) j++;
      if (j > end + 1 && (tokens[j - 1] as Token).normal !== 'the') end = j;
    }
    let v = end;
    while (v < tokens.length && (tokens[v] as Token).pos === 'ADV') v++;
    const verb = tokens[v] as Token | undefined;
    if (!verb || verb.sentence !== k - 1 || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return null;
    const start = (tokens[from] as Token).start;
    const stop = (tokens[end - 1] as Token).end;
    const d = describe(text.slice(start, stop), start);
    if (!d || (d.kind !== 'anonymous' && d.kind !== 'group')) return null;
    return { ...d, start, end: stop };
  }

  /**
   * The hint run on over a role and a person's name written right after it, when the hint is a capitalised name and the
   * role's last word a role noun ("Quorham" + " managing director Pia Alsing", "Quorham" + " acting chief executive Pia
   * Alsing"): the name ends the clause (a comma, a full stop, or the cue after it). Null otherwise ("Quorham managing
   * costs said …" has no name after the role).
   */
  function bodyRoleNameAfter(hint: SpeakerHint): SpeakerHint | null {
    if (hint.relative || !/^(?:[Tt]he[^\S\n]+)?\p{Lu}[\p{L}’'&.-]*(?:[^\S\n]+\p{Lu}[\p{L}’'&.-]*){0,3}$/u.test(hint.text) || pronounOf(hint.text.toLowerCase())) return null;
    const m = BODY_ROLE_NAME_AFTER.exec(text.slice(hint.end, hint.end + 120));
    if (!m || !m[1]) return null;
    const roleWords = m[1].trim().split(/[^\S\n]+/u);
    const last = roleWords[roleWords.length - 1] as string;
    if (ROLE_NOUNS[last] === undefined && ROLE_NOUNS[roleWords.slice(-2).join(' ')] === undefined) return null;
    // (words of a title only, no article, preposition or verb of saying: not "Quorham told reporters …")
    if (roleWords.some((w) => /^(?:the|a|an|of|to|for|with|and|or|by|in|on|at|from|as|that|who|said|says|told|added)$/u.test(w))) return null;
    const end = hint.end + m[0].length;
    return { ...hint, end, text: text.slice(hint.start, end) };
  }

  /**
   * "the UK's data protection regulator", "Norway's competition authority", "Britain's media watchdog": a place's
   * possessive before a description whose head is a body's noun is that body, as the description names it (or the body
   * the article named so before), with the place as its affiliation; never the place itself. Null when the possessor is
   * no place ("Halvex's data protection officer") or the head no body's noun ("Norway's prime minister").
   */
  function placePossessedBody(clean: string, at: number): (Omit<Speaker, 'mention'> & { resolvedVia: string }) | null {
    const m = PLACE_POSSESSED_BODY.exec(clean);
    if (!m || !m[1] || !m[2] || !m[3]) return null;
    const head = m[3];
    if (DEFINITE_DESCRIPTIONS[head] !== 'organization' || ROLE_NOUNS[head] !== undefined && !REGULATOR_HEADS.has(head)) return null;
    const place = m[1];
    if (oracleKind(place) !== 'place' && lexiconKind(place) !== 'place' && !placeNames().has(place) && !PLACES_BEYOND_ORACLE.has(place)) return null;
    // (not a body's short name the oracle reads as a place, "Hobhorne's board" beside "Hobhorne Labs"; nor a county's or a
    // city's own office, "Fenham County's emergency management office", which the body's name holds whole)
    if (registry.lookup(place) || bodiesByShortName().has(place) || PLACE_NOUNS.has((place.split(' ').pop() ?? '').toLowerCase())) return null;
    const d = describe(`the ${m[2]}`, at);
    if (!d || (d.kind !== 'organization' && d.kind !== 'group')) return null;
    return { ...d, role: null, affiliation: d.affiliation ?? place, resolvedVia: `place-possessed:${d.resolvedVia}` };
  }

  /**
   * "Her group has called on …", "His union urged …" (speakers.json coreference.ownBodyNouns): the body the person the
   * pronoun stands for belongs to or leads, as an earlier mention gave it ("Ana Kell, director of the advocacy group Safe
   * Streets Now, said"). Null when that person (the nearest of the pronoun's gender, within the sentences a pronoun
   * reaches) has no body.
   */
  function bodyOfPerson(clean: string, at: number): (Omit<Speaker, 'mention'> & { resolvedVia: string }) | null {
    const m = /^(his|her) ([\p{Ll}-]+)$/iu.exec(clean);
    if (!m || !m[1] || !m[2] || !OWN_BODY_NOUNS.has(m[2])) return null;
    const gender: Gender = m[1].toLowerCase() === 'his' ? 'male' : 'female';
    const here = sentenceAt(at);
    const genderOfEntity = (x: Entity): Gender | undefined => x.gender ?? learnedGenders.get(x.name) ?? genderOfPerson(x.name).gender;
    // (of the pronoun's gender, or of none known: "Priya Vobham … Her group", as "Her lawyer" reads)
    const other: Gender = gender === 'male' ? 'female' : 'male';
    const who = nearest(at, (x) => x.person && x.kind === 'person' && genderOfEntity(x) !== other);
    if (!who || sentenceAt(who.at) < here - PRONOUN_SENTENCES) return null;
    // (or the body a mention of the name gives, "Tom Berg, who chairs the tenants' union Harlow Renters,")
    const body = who.affiliation ?? nearest(at, (x) => x.person && x.name === who.name && x.affiliation !== undefined)?.affiliation ?? (/\s/u.test(who.name) ? affiliationAroundName(who.name) : undefined);
    if (!body) return null;
    const known = nearest(at, (x) => !x.person && x.name === body);
    const kind: SpeakerKind = known && (known.kind === 'organization' || known.kind === 'group') ? known.kind : GROUP_NAME_HEADS.has(m[2]) || m[2] === 'group' ? 'group' : 'organization';
    return { name: body, kind, role: null, resolvedVia: 'possessive:body-of-person' };
  }

  /**
   * Whether a name run lies inside the mention of a body a statement already resolved under a longer name that holds it
   * ("Irish Department" inside "The Irish Department of Justice", resolved as "Irish Department of Justice"): the run is a
   * piece of that name, cut where the name finder stops ("of"), no body of its own. Reads the last few statements only.
   */
  function partOfSpeakerMention(n: TextSpan, c: Entity): boolean {
    if (c.person || (c.kind !== 'organization' && c.kind !== 'group')) return false;
    for (let i = out.length - 1; i >= 0 && i >= out.length - 4; i--) {
      const sp = (out[i] as DraftStatement).speaker;
      const m = sp.mention;
      if (!m || m.start > n.start || m.end < n.end) continue;
      return sp.kind === c.kind && sp.name !== c.name && sp.name.length > c.name.length && sp.name.includes(n.text);
    }
    return false;
  }

  /**
   * The hint run back over a body's name and a role's first word that the subject was cut after ("Tallow Foods acting" +
   * "chief executive Mira Haines said"): the body's capitalised name opens the sentence, one lower-case word follows it,
   * and the hint is the rest of a role and a person's name. Null otherwise.
   */
  function bodyRoleNameBefore(hint: SpeakerHint): SpeakerHint | null {
    if (hint.relative || !/^(?:\p{Ll}[\p{Ll}-]*[^\S\n]+){1,2}\p{Lu}\p{Ll}[\p{L}’'-]*(?:[^\S\n]+\p{Lu}\p{Ll}[\p{L}’'-]*){1,2}$/u.test(hint.text)) return null;
    const before = text.slice(Math.max(0, hint.start - 80), hint.start);
    const m = /(?:^|[.!?]["”’]?[^\S\n]+|\n[^\S\n]*)((?:\p{Lu}[\p{L}’'&.-]*[^\S\n]+){1,4})(\p{Ll}[\p{Ll}-]*)[^\S\n]+$/u.exec(before);
    if (!m || !m[1] || !m[2] || /^(?:the|a|an|of|to|for|with|and|or|by|in|on|at|from|as|that|who|said|says|told|added)$/u.test(m[2])) return null;
    const start = hint.start - (m[0].length - m[0].indexOf(m[1]));
    const body = m[1].trim();
    if (/^(?:The|A|An|But|And|In|On|At|When|After)$/u.test(body.split(/[^\S\n]+/u)[0] as string) && !/\s/u.test(body)) return null;
    const roleWords = [m[2], ...hint.text.split(/[^\S\n]+/u).filter((w) => /^\p{Ll}/u.test(w))];
    const last = roleWords[roleWords.length - 1] as string;
    if (ROLE_NOUNS[last] === undefined && ROLE_NOUNS[roleWords.slice(-2).join(' ')] === undefined) return null;
    const c = classifyName(body);
    if (!c || c.person || (c.kind !== 'organization' && c.kind !== 'group')) return null;
    return { ...hint, start, text: text.slice(start, hint.end) };
  }

  /**
   * The office a title written before a person's name holds ("Bishop Declan Moran" → bishop, "Imam Yusuf Haddad" →
   * imam; speakers.json coreference.titleOfficeRoles), as part of the name run or right before it; an honorific that is
   * no office ("Monsignor", "Father", "Reverend") gives none.
   */
  function officeTitleRole(n: TextSpan): string | null {
    const first = /^(\p{Lu}[\p{Ll}]+)[^\S\n]+\p{Lu}/u.exec(n.text)?.[1] ?? /(?:^|[^\p{L}])(\p{Lu}[\p{Ll}]+)[^\S\n]+$/u.exec(text.slice(Math.max(0, n.start - 20), n.start))?.[1];
    return first ? TITLE_OFFICE_ROLES.get(first.toLowerCase()) ?? null : null;
  }

  /** Whether an offset opens a sentence (after a quote mark or a dateline at most). */
  function opensSentenceAt(at: number): boolean {
    return /(?:^|[.!?]["”’]?[^\S\n]+|\n[^\S\n]*|[—–-][^\S\n]+)["“‘]?$/u.test(text.slice(Math.max(0, at - 6), at));
  }

  function resolve(given: SpeakerHint, st: DraftStatement): Speaker {
    const whole = lastConjunct(given);
    // ("The operator of the refinery on Monday denied": the time after the subject is no part of its mention)
    const time = TRAILING_TIME.exec(whole.text);
    const hint = time && time.index > 0 ? { ...whole, end: whole.end - (whole.text.length - time.index), text: whole.text.slice(0, time.index) } : whole;
    // ("A report by the audit board, “Late Again,” published in May, found": the title the subject was cut to is the
    // titled document, no person's name)
    const titleText = hint.text.trim().replace(/^[“"]/u, '').replace(/[,.]?[”"]?,?$/u, '');
    const asTitle = titled.find((t) => t.name === titleText && t.at <= hint.start && hint.start - t.at < 200);
    if (asTitle) return { name: asTitle.name, kind: 'document', role: null, mention: { start: hint.start, end: hint.end, text: hint.text }, resolvedVia: 'titled-document' };
    // ("said Quorham managing director Pia Alsing", "Quorham acting chief executive Pia Alsing said": a body's name cut off
    // before a role whose first word reads as a verb; the body, the role and the person's name are one title and name)
    const titledPerson = bodyRoleNameAfter(hint) ?? bodyRoleNameBefore(hint);
    if (titledPerson) {
      const r = resolve(titledPerson, st);
      const role = r.kind === 'person' && r.role ? writtenRole(r.role, [titledPerson.text]) : null;
      return role ? { ...r, role } : r;
    }
    // ("According to the federation’s published accounts, …", "according to the authority’s latest inspection report":
    // the possessor the hint was cut to only owns the document, which is the source, named by its kind (LABELS, GUIDE))
    if (!hint.relative && st.cue && st.cue.end <= hint.start && /^according[^\S\n]+to$/iu.test(st.cue.text.trim())) {
      const words = /^[’']s((?:[^\S\n]+[\p{Ll}-]+){1,4})/u.exec(text.slice(hint.end, hint.end + 80))?.[1]?.trim().split(/[^\S\n]+/u) ?? [];
      const k = words.findIndex((w) => DOCUMENT_HEADS.has(w));
      if (k >= 0 && !/^(?:of|for|to|by|that|which|on|in|and|or)$/u.test(words[k + 1] ?? '') && words.slice(0, k).every((w) => !DOCUMENT_HEADS.has(w) && !/^(?:of|for|to|by|that|which|on|in|and|or|is|was|has|had)$/u.test(w))) {
        const phrase = words.slice(0, k + 1).join(' ');
        const end = text.indexOf(phrase, hint.end) + phrase.length;
        // (its owner is its affiliation, as a compiler's is, GUIDE decisions 36 and 65)
        const owner = describe(hint.text, hint.start);
        const affiliation = owner && ['organization', 'group', 'media', 'person'].includes(owner.kind) ? owner.name : undefined;
        return { name: phrase, kind: 'document', role: null, mention: { start: hint.start, end, text: text.slice(hint.start, end) }, resolvedVia: 'possessed-document', ...(affiliation ? { affiliation } : {}) };
      }
    }
    // ("Her tenure ended in 2004 once reporters at the Harby Gazette revealed that …", "The mayor resigned after the
    // Gazette revealed …": a cue in a clause that "after", "when", "because" … opens has that clause's own subject, the
    // noun phrase right before the cue, not the main clause's; as the golds have it, 21 of 21 in train and dev)
    if (!hint.relative && st.cue && st.cue.start > hint.end) {
      const between = text.slice(hint.end, st.cue.start);
      const sub = CLAUSE_SUBJECT_BEFORE_CUE.exec(between);
      const subStart = sub?.[1] ? st.cue.start - (between.length - (sub.index + sub[0].indexOf(sub[1], 1))) : -1;
      const k = subStart >= 0 ? tokenIndexAt(subStart + 1) - 1 : -1;
      const np = sub?.[1] && k >= 0 ? tokens.slice(k).filter((t) => t.start >= subStart && t.end <= subStart + (sub[1] as string).length) : [];
      // (a verb between the main clause's verb and the subordinator: the main clause has one; the phrase none)
      // (not a date after "since" or "after", a preposition there: "had written … since January asking for a meeting")
      if (sub?.[1] && !TIME_PHRASE.test(sub[1].trim()) && np.length && np.every((t) => !['VERB', 'AUX', 'PRON', 'ADV', 'CCONJ', 'SCONJ', 'PUNCT'].includes(t.pos)) && ['NOUN', 'PROPN'].includes((np[np.length - 1] as Token).pos) 
        && tokens.slice(tokenIndexAt(hint.end + 1) - 1).some((t) => t.start >= hint.end && t.end <= hint.end + sub.index && (t.pos === 'VERB' || t.pos === 'AUX'))) {
        return resolve({ start: subStart, end: subStart + sub[1].length, text: sub[1] }, st);
      }
    }
    // "Orla Benning, the treasurer, this past week announced", "Police had last month arrested", "…,” Jo Galstow, a
    // professor, wrote last week": a time phrase taken for the subject is none; the subject stands before it, or
    // before the cue.
    // "Documents obtained from the port authority show", "a memo seen by the Ledger says": the object of the participle's
    // preposition was taken for the subject, which is the document before it.
    if (!hint.relative && st.cue && st.cue.start >= hint.end && /^[^\S\n]*(?:\p{Ll}+ly[^\S\n]+)?$/u.test(text.slice(hint.end, st.cue.start))) {
      const before = text.slice(Math.max(0, hint.start - 80), hint.start);
      // (the verb and preposition first, which most places fail at once; then the words before them)
      const m = DOCUMENT_AGENT_TAIL.test(before) ? /(?:^|[^\p{L}’'-])((?:[\p{L}\d-]+[^\S\n]+){0,3}?([\p{L}-]+))[^\S\n]+(?:released|obtained|seen|reviewed|leaked|filed|published|prepared)[^\S\n]+(?:by|from|under|to|for)[^\S\n]+$/u.exec(before) : null;
      if (m && m[1] && m[2] && DOCUMENT_HEADS.has(m[2].toLowerCase())) {
        const words = m[1].split(/[^\S\n]+/u);
        // (from the head's own determiner or modifiers; a verb or preposition before them is not part of it)
        let i = 0;
        while (i < words.length - 1 && !/^(?:the|a|an|these|those|internal|leaked|new|secret|confidential)$/iu.test(words[i] as string)) i++;
        const phrase = i < words.length - 1 ? words.slice(i).join(' ') : words[words.length - 1] as string;
        const start = hint.start - (m[0].length - m[0].indexOf(m[1])) + m[1].indexOf(phrase);
        const r = describe(text.slice(start, hint.end), start);
        if (r && r.kind === 'document') return { ...r, mention: { start, end: hint.end, text: text.slice(start, hint.end) }, resolvedVia: `document-before:${r.resolvedVia}` };
      }
    }
    // "A report published last week by the council's committee found": the time and the agent after the participle were
    // taken for the subject, which is the document before them (as the same words without the time are read)
    if (!hint.relative && /^(?:(?:last|this|earlier|next)[^\S\n]+\p{Ll}+|on[^\S\n]+\p{Lu}\p{Ll}+)[^\S\n]+by[^\S\n]/u.test(hint.text)) {
      const m = /(?:^|[^\p{L}’'-])((?:(?:a|an|the|its|his|her|their)[^\S\n]+)?(?:[\p{L}-]+[^\S\n]+){0,2}?([\p{L}-]+))[^\S\n]+(?:released|published|issued|prepared|commissioned|produced)[^\S\n]+$/iu.exec(text.slice(Math.max(0, hint.start - 80), hint.start));
      if (m && m[1] && m[2] && DOCUMENT_HEADS.has(m[2].toLowerCase())) {
        const start = hint.start - (m[0].length - m[0].indexOf(m[1]));
        const r = describe(m[1], start);
        if (r && r.kind === 'document') return { ...r, mention: { start, end: start + m[1].length, text: m[1] }, resolvedVia: `document-before:${r.resolvedVia}` };
      }
    }
    // A dateline ("ORLANDO, Fla. — President Dana Ralwyn met … and said") or the state after a city ("speaking in
    // Wilmington, N.C., warned") is a place, which never speaks in place of the clause's subject either.
    if (!hint.relative && (TIME_PHRASE.test(hint.text.trim()) || isDateline(hint) || isStateAfterCity(hint))) {
      // ("A council report published last month found that …", "A review completed last week showed": the document a
      // participle before the time phrase describes, opening the sentence, speaks)
      const reduced = TIME_PHRASE.test(hint.text.trim())
        ? /(?:^|[.!?]["”’]?[^\S\n]+|\n[^\S\n]*)((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)[^\S\n]+(?:[\p{L}’'-]+[^\S\n]+){0,4}?[\p{L}’'-]+)[^\S\n]+\p{Ll}+ed[^\S\n]+$/u.exec(text.slice(Math.max(0, hint.start - 120), hint.start)) : null;
      if (reduced?.[1]) {
        const start = hint.start - (reduced[0].length - reduced[0].indexOf(reduced[1]));
        const r = describe(reduced[1], start);
        if (r && r.kind === 'document') return { ...r, mention: { start, end: start + reduced[1].length, text: reduced[1] }, resolvedVia: `document-before-participle:${r.resolvedVia}` };
      }
      const subject = subjectBeforeTime(hint, st);
      // (once: a subject that is itself a time or a place gives up)
      if (subject && subject.start !== hint.start && !TIME_PHRASE.test(subject.text) && !isDateline(subject) && !isStateAfterCity(subject)) {
        const r = resolve(subject, st);
        return { ...r, resolvedVia: `subject-before:${r.resolvedVia ?? ''}` };
      }
      // A time phrase is never the speaker: with no plain subject, the one named last outside the statement, as a
      // pronoun would be.
      if (TIME_PHRASE.test(hint.text.trim())) {
        const e = nearest(hint.start, (x) => x.at < st.content.start || x.at >= st.content.end);
        if (e) return { name: e.name, kind: e.kind, role: e.role, mention: { start: hint.start, end: hint.end, text: hint.text }, resolvedVia: 'time-phrase:nearest', ...(e.affiliation ? { affiliation: e.affiliation } : {}) };
      }
    }
    const mention = { start: hint.start, end: hint.end, text: hint.text };
    const base = (name: string, kind: SpeakerKind, role: string | null, via: string, affiliation?: string): Speaker => ({
      name, mention, role, kind, resolvedVia: via, ...(affiliation ? { affiliation } : {}),
    });
    const lower = hint.text.toLowerCase().replace(/[’]/gu, "'");
    // ("Those who live on the estate say …": "those" and its relative clause are unnamed people described by what they
    // do or did, a constituency as GUIDE decision 56's "people who live along the river", never a name)
    // (so does a pronoun or quantifier that stands for people, "Everyone who lives on the estate says", "Many who
    // attended said", "Someone who works there told …": the description, never a name; all of a constituency speak
    // together as a group, as "those" do, and a part or one of them as unnamed individuals, GUIDE decision 62)
    const quantified = !hint.relative ? QUANTIFIER_WHO.exec(lower) : null;
    if (quantified) {
      const all = /^(?:those|everyone|everybody|all)$/u.test(quantified[1] as string);
      return base(hint.text.trim().replace(/^\p{Lu}/u, (c) => c.toLowerCase()), all ? 'group' : 'anonymous', null, 'quantifier-who');
    }
    // ("That letter, on the firm's letterhead, demanded …", "This report found …": a demonstrative before a common noun
    // points back to the thing named before; it is read as the noun phrase after it, and stays in the mention)
    const demonstrative = !hint.relative ? /^(?:[Tt]his|[Tt]hat|[Tt]hese)[^\S\n]+(?=\p{Ll})/u.exec(hint.text) : null;
    if (demonstrative) {
      const r = resolve({ start: hint.start + demonstrative[0].length, end: hint.end, text: hint.text.slice(demonstrative[0].length) }, st);
      return { ...r, mention };
    }
    // "A source close to the Harbour City board said", "People close to the Marlow family said": the unnamed source
    // speaks (anonymous, named by the whole description as GUIDE decision 31 has it), not what it is close to
    const close = !hint.relative ? CLOSE_SOURCE_BEFORE.exec(text.slice(Math.max(0, hint.start - 40), hint.start)) : null;
    if (close && close[1] && close[2] && !/^(?:he|she|they|it|we)$/u.test(lower)) {
      const start = hint.start - close[1].length;
      const name = `${close[2].charAt(0).toLowerCase()}${close[2].slice(1)}${hint.text}`;
      return { name, kind: 'anonymous', role: null, mention: { start, end: hint.end, text: text.slice(start, hint.end) }, resolvedVia: 'close-to' };
    }
    // ("Holt himself insisted", "the minister herself said": a reflexive after a name or a description only
    // stresses it; the name or description before it speaks, and is the mention)
    if (REFLEXIVES.has(lower)) {
      const before = /((?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,2}[\p{Ll}-]+|\p{Lu}[\p{L}’'-]*(?:[^\S\n]+\p{Lu}[\p{L}’'-]*){0,3}))[^\S\n]+$/u.exec(text.slice(Math.max(0, hint.start - 60), hint.start));
      if (before?.[1]) {
        const start = hint.start - before[0].length;
        const r = resolve({ ...hint, start, end: start + before[1].length, text: before[1] }, st);
        if (r.kind !== 'anonymous' || r.resolvedVia !== 'description') return { ...r, resolvedVia: `reflexive:${r.resolvedVia}` };
      }
    }
    // Relative pronoun: the antecedent speaks.
    if (hint.relative) {
      if (hint.antecedent) {
        // "Colin Yarlfold, a developer who admitted …": an indefinite description in apposition to a person's name
        const person = personBeforeIndefinite(hint.antecedent, hint.text.toLowerCase() === 'who');
        if (person) return { ...person, mention, resolvedVia: 'relative:name-before-appositive' };
        // ("Short-seller Greyfen Research, which …": the name after a noun of the kind of body, as for a subject)
        const kindOfBody = BODY_DESCRIPTOR_BEFORE_NAME.exec(hint.antecedent.text);
        const described = kindOfBody && opensSentenceAt(hint.antecedent.start) ? describe(hint.antecedent.text.slice(kindOfBody[0].length), hint.antecedent.start + kindOfBody[0].length) : null;
        if (described && ['person', 'organization', 'group'].includes(described.kind) && !(described.kind === 'person' && (genderOf(described.name).gender || personShaped(described.name)))) {
          return { ...described, ...(described.kind === 'person' ? { kind: 'organization', role: null } : {}), mention, resolvedVia: `relative:${described.resolvedVia}` };
        }
        const r = describe(hint.antecedent.text, hint.antecedent.start);
        // ("a fight with the tribe, which says …", "a complaint from the Harbour Anglers Society, which says …": "which" after
        // a thing and a body named after "by", "from" or "with" is the body's, the nearer noun, one that can speak; a
        // document keeps a finding verb, "a study by Marlowe Economics, which found …" is the study's)
        const cueWord = st.cue?.text.toLowerCase().split(/[^\S\n]+/u).pop() ?? '';
        if (r && hint.text.toLowerCase() === 'which' && (r.kind === 'anonymous' || (r.kind === 'document' && !FINDING_CUES.has(cueWord)) || /[^\S\n](?:by|from|with)[^\S\n]/u.test(r.name))) {
          const tail = /[^\S\n](?:by|from|with)[^\S\n]+((?:the[^\S\n]+)?[\p{L}\d][^\n]*)$/u.exec(hint.antecedent.text);
          const inner = tail?.[1] && !/[^\S\n](?:by|from|with)[^\S\n]/u.test(tail[1]) ? tail[1] : undefined;
          const b = inner ? describe(inner, hint.antecedent.end - inner.length) : null;
          if (b && (b.kind === 'organization' || b.kind === 'group' || b.kind === 'media')) return { ...b, mention, resolvedVia: `relative:body-after-preposition:${b.resolvedVia}` };
        }
        // ("Rosa Feldman of the Consumer Action League, which has called on …": "which" never stands for a person; with
        // a person's name before a body's name after "of", "from" or "at", the relative clause is the body's)
        if (r && r.kind === 'person' && hint.text.toLowerCase() === 'which') {
          const body = /[^\S\n](?:of|from|at)[^\S\n]+(?:the[^\S\n]+)?(\p{Lu}[\p{L}&’'.-]*(?:[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?|and[^\S\n]+|for[^\S\n]+)?\p{Lu}[\p{L}&’'.-]*){0,6})$/u.exec(hint.antecedent.text);
          if (body?.[1]) {
            const at = hint.antecedent.start + hint.antecedent.text.length - body[1].length;
            const b = describe(body[1], at);
            // (under the name as written when the reading kept only its tail: "River Users Forum", not "Users Forum")
            const named = b && b.resolvedVia !== 'registry' && b.name !== body[1] && body[1].endsWith(` ${b.name}`) ? body[1] : b?.name;
            if (b && named && (b.kind === 'organization' || b.kind === 'group' || b.kind === 'media')) return { ...b, name: named, mention, resolvedVia: `relative:body-after-person:${b.resolvedVia}` };
          }
        }
        // ("Students for an Inclusive Campus, a student group that says …": a name the relative clause's noun of a kind of
        // body describes is that body, whatever a list reads the name as)
        const bodyNoun = r && r.kind === 'person' && !genderOf(r.name).gender ? /^,[^\S\n]+(?:a|an|the)[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,3}?([\p{Ll}-]+)[^\S\n]*$/u.exec(text.slice(hint.antecedent.end, hint.start))?.[1] : undefined;
        const bodyClass = bodyNoun && ROLE_NOUNS[bodyNoun] === undefined ? DEFINITE_DESCRIPTIONS[bodyNoun] : undefined;
        if (r && (bodyClass === 'organization' || bodyClass === 'group')) return { ...r, kind: bodyClass, role: null, mention, resolvedVia: `relative:${r.resolvedVia}:described-body` };
        if (r) return { ...r, mention, resolvedVia: `relative:${r.resolvedVia}` };
      }
      const e = nearest(hint.start, () => true);
      return e ? base(e.name, e.kind, e.role, 'relative:nearest', e.affiliation) : base(hint.text, 'organization', null, 'unresolved');
    }
    // "Vobling, which was fined in 2023 …, declined to comment": a relative pronoun read as the subject speaks for the
    // name set off by the comma before it
    if (/^(?:which|who)$/u.test(hint.text)) {
      const m = /((?:\p{Lu}[\p{L}&’'.-]*[^\S\n]+){0,4}\p{Lu}[\p{L}&’'.-]*)[^\S\n]*,[^\S\n]*$/u.exec(text.slice(Math.max(0, hint.start - 80), hint.start));
      if (m && m[1]) {
        const written = afterSentenceEnd(m[1]);
        const start = hint.start - (m[0].length - m[0].lastIndexOf(written));
        // (not the object of a preposition, "Ana Ulmley, a voter from New Hampshire, which holds …, said": that name is
        // a place or body the appositive mentions, and the subject is the person before it)
        const prev = tokens[tokenIndexAt(start) - 1];
        const r = hint.text === 'which' && prev?.pos === 'ADP' && prev.end <= start ? null : describe(written, start);
        // (or the registry's entry for it: "Bishop Ann Dunne, who …" with "Ann Dunne" listed under that alias)
        if (r && (r.resolvedVia === 'name' || r.resolvedVia === 'registry')) return { ...r, mention, resolvedVia: 'relative:name-before' };
      }
      // "A person near the talks, who was not cleared to speak publicly, said …": the description opening the sentence,
      // set off by the comma before "who", is the subject
      // ("The residents' group, which has collected 1,200 names, is asking …": a body's description before "which", the
      // body it stands for, or the description as written)
      const lead = DESCRIPTION_BEFORE_WHO.exec(text.slice(Math.max(0, hint.start - 120), hint.start));
      if (lead && lead[1]) {
        const start = hint.start - (lead[0].length - lead[0].lastIndexOf(lead[1]));
        // ("The Grelthorpe-based firm": a place's "-based" before the noun tells where the body is, no name)
        const r = describe(lead[1].replace(/^((?:The|A|An)[^\S\n]+)\p{Lu}[\p{L}’'-]*-based[^\S\n]+(?=\p{Ll})/u, '$1'), start);
        if (r && hint.text === 'which' && (r.kind === 'organization' || r.kind === 'group') && r.resolvedVia.startsWith('description')) return { ...r, mention: { start, end: start + lead[1].length, text: lead[1] }, resolvedVia: `relative:description-before:${r.resolvedVia}` };
        if (r && hint.text === 'who' && r.kind === 'anonymous') return { ...r, mention: { start, end: start + lead[1].length, text: lead[1] }, resolvedVia: `relative:description-before:${r.resolvedVia}` };
      }
    }
    // "she was quoted by the Morning Ledger in May as saying …": the outlet only reports; the one quoted speaks
    const quotedBy = /(?:^|[^\p{L}’'-])((?:\p{Lu}[\p{L}.’'-]*[^\S\n]+){0,3}\p{Lu}[\p{L}’'-]+|(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)[^\S\n]+\p{Ll}[\p{Ll}-]+|he|she|they)[^\S\n]+(?:was|were|has[^\S\n]+been|had[^\S\n]+been|is|are)[^\S\n]+(?:\p{Ll}+ly[^\S\n]+)?quoted[^\S\n]+(?:by|in)[^\S\n]+$/u.exec(text.slice(Math.max(0, hint.start - 120), hint.start));
    if (quotedBy && quotedBy[1] && /^[^.;:\n]{0,60}?[^\S\n]as[^\S\n]+saying(?![\p{L}])/u.test(text.slice(hint.end, hint.end + 80))) {
      const start = hint.start - quotedBy[0].length + (quotedBy[0].startsWith(quotedBy[1]) ? 0 : 1);
      const who = resolve({ start, end: start + quotedBy[1].length, text: quotedBy[1] }, st);
      if (who.kind !== 'media' && !/^unresolved/u.test(who.resolvedVia ?? '')) return { ...who, resolvedVia: `quoted-by:${who.resolvedVia ?? ''}` };
    }
    // "…will shut 17 branches, the bank said on Tuesday, citing a drop in customer visits": a participle after a trailing
    // attribution goes on with that sayer's act, whatever the sentence's subject
    if (st.cue && /\p{Ll}ing$/u.test(st.cue.text) && hint.end <= st.cue.start) {
      const lead = text.slice(Math.max(0, st.cue.start - 160), st.cue.start);
      const trail = /,[”"’]?[^\S\n]+([^,;:“”"\n]{2,70}?)[^\S\n]+(?:said|says|announced|added|stated|confirmed|told[^\S\n]+[^,;\n]{1,40}?)(?:[^\S\n]+(?:on|in|last|this|late|early)[^,;\n]{0,30})?,[^\S\n]*$/u.exec(lead);
      // (or inverted: "“…,” said Mara Quist, adding that …")
      const inverted = trail ? null : /,[”"’]?[^\S\n]+(?:said|says|added|wrote)[^\S\n]+((?:\p{Lu}[\p{L}.’'-]*[^\S\n]+){0,3}\p{Lu}[\p{L}’'-]+),[^\S\n]*$/u.exec(lead);
      if (inverted && inverted[1]) {
        const start = st.cue.start - lead.length + inverted.index + inverted[0].lastIndexOf(inverted[1]);
        if (start > hint.start) {
          const who = resolve({ start, end: start + inverted[1].length, text: inverted[1] }, st);
          if (!/^unresolved|^as-written/u.test(who.resolvedVia ?? '')) return { ...who, resolvedVia: `trailing-sayer:${who.resolvedVia ?? ''}` };
        }
      }
      if (trail && trail[1]) {
        const start = st.cue.start - lead.length + trail.index + trail[0].indexOf(trail[1], 1);
        if (start > hint.start && !/^(?:who|which|that)$/iu.test(trail[1])) {
          const who = resolve({ start, end: start + trail[1].length, text: trail[1] }, st);
          if (!/^unresolved|^as-written/u.test(who.resolvedVia ?? '')) return { ...who, resolvedVia: `trailing-sayer:${who.resolvedVia ?? ''}` };
        }
      }
    }
    const controller = participleController(hint, st);
    if (controller) return { ...controller, mention };
    // "One passenger, who gave only his first name, Anton, criticised …": a source who gives a first name only is
    // that person, who speaks (and whose he or she the his or her gives)
    const firstName = !pronounOf(lower) ? FIRST_NAME_ONLY.exec(text.slice(hint.end, hint.end + 120)) : null;
    if (firstName && firstName[2] && firstName[3]) {
      const start = hint.end + firstName[0].length - firstName[3].length - 1;
      learnedGenders.set(firstName[3], firstName[2].toLowerCase() === 'his' ? 'male' : 'female');
      // (the description gives the role, "Another worker" → worker, and the side it speaks for)
      // ("Another survivor, a 58-year-old fisherman who gave his name only as Dario,": the apposition's noun, when it
      // names a role, is the role)
      const appos = firstName.groups?.appos?.trim();
      const d = describe(hint.text, hint.start);
      const role = (appos ? headRole(appos) : null) ?? d?.role ?? headRole(hint.text);
      return { name: firstName[3], kind: 'person', role: role ? singularRole(role) : null, mention: { start, end: start + firstName[3].length, text: firstName[3] }, resolvedVia: 'first-name-only', ...(d?.affiliation ? { affiliation: d.affiliation } : {}) };
    }
    // ("Another villager, a woman who gave only her first name, Aysel, said …": the same when the apposition itself was
    // taken for the speaker; the description before it gives the role)
    const inAppos = !pronounOf(lower) && /^(?:a|an)[^\S\n]/iu.test(hint.text) ? FIRST_NAME_IN_APPOSITION.exec(text.slice(hint.end, hint.end + 120)) : null;
    if (inAppos && inAppos[1] && inAppos[2]) {
      const start = hint.end + inAppos[0].length - inAppos[2].length - 1;
      learnedGenders.set(inAppos[2], inAppos[1].toLowerCase() === 'his' ? 'male' : 'female');
      const before = /(?:^|[.!?”"][^\S\n]+|\n)((?:[\p{L}\d’'-]+[^\S\n]+){0,3}[\p{L}’'-]+),[^\S\n]+$/u.exec(text.slice(Math.max(0, hint.start - 80), hint.start))?.[1];
      const role = (before ? headRole(before) : null) ?? headRole(hint.text);
      return { name: inAppos[2], kind: 'person', role: role ? singularRole(role) : null, mention: { start, end: start + inAppos[2].length, text: inAppos[2] }, resolvedVia: 'first-name-only:apposition' };
    }
    const pron = pronounOf(lower);
    if (pron) {
      // ("But the memo, seen by the Courier, tells another story. Written in March, it says …": "it" opening its clause
      // goes on with the document that was the last sentence's subject, not a name in that sentence's participle phrase)
      if (lower === 'it') {
        const doc = documentSubjectBefore(hint.start);
        if (doc) return { ...doc, mention, resolvedVia: `pronoun:document-subject:${doc.resolvedVia}` };
        // ("The Game Makers Guild, which …, accused Ambwick of … It demanded …": "it" opening its sentence goes on
        // with the body that spoke as the subject of the sentence before, not a body that sentence's content named)
        const prior = bodySubjectBefore(hint.start);
        if (prior) return { ...prior, mention, resolvedVia: `pronoun:previous-subject:${prior.resolvedVia ?? ''}` };
        // ("The Farmers' Union, which …, filed the suit in the Kelso High Court on Monday. It alleges …": the body named as
        // the subject of the sentence before, though it said nothing there, not a court or place named in its predicate)
        const acting = bodyActingBefore(hint.start);
        if (acting) return { ...acting, mention, resolvedVia: 'pronoun:previous-subject-body' };
      }
      // ("Tenants have gone without heating since March. They say …": a plural "they" opening its sentence goes on with
      // the described people who were the last sentence's subject, not a body named before them)
      const people = lower === 'they' ? peopleActingBefore(hint.start) : null;
      if (people) return { name: people.name, kind: people.kind, role: people.role, mention, resolvedVia: `pronoun:people-subject:${people.resolvedVia}`, ...(people.affiliation ? { affiliation: people.affiliation } : {}) };
      const spokes = pron.gender ? unnamedSpokespersonBefore(hint, pron.gender) : null;
      if (spokes) return { ...spokes, mention, resolvedVia: `pronoun:unnamed-spokesperson:${spokes.resolvedVia}` };
      // Not a name the statement itself mentions ("“Jordan was lying …,” she said"), and of the pronoun's gender.
      const ok = antecedentFits(pron, st, hint.start);
      // (past the sentences salience reads, the nearest one that is not only spoken of: "… for the referee, Dan Kemp.")
      const e = salient(hint.start, ok, pron.gender ? PRONOUN_SENTENCES : THING_PRONOUN_SENTENCES) ?? nearest(hint.start, (x) => ok(x) && x.spokenOf !== true) ?? nearest(hint.start, ok);
      if (e) return base(e.name, e.kind, e.role, 'pronoun', e.affiliation);
      return base(hint.text, pron.kind === 'person' ? 'person' : 'organization', null, 'unresolved-pronoun');
    }
    // "“…,” Ms. Varga said, according to a recording of the hearing": the one who said it speaks; the video reports it.
    const sayer = /(?:^|[,”"’]\s*)((?:\p{Lu}[\p{L}.’'-]*[^\S\n]+){0,4}\p{Lu}[\p{L}’'-]+)\s+(?:said|says|told\s+\S+|wrote|writes|added|stated|declared|argued|insisted)\s*,\s*according\s+to\s+$/u.exec(text.slice(Math.max(0, hint.start - 100), hint.start));
    if (sayer && sayer[1]) {
      const who = describe(sayer[1], hint.start - (sayer[0].length - sayer[0].indexOf(sayer[1])));
      if (who && (who.kind === 'person' || who.kind === 'organization')) return { ...who, mention, resolvedVia: `sayer:${who.resolvedVia}` };
    }
    // "The report, titled “A A Duty Ignored”, found", "A 2023 report by the board, titled “…”, found": the title
    // (LABELS: a document speaks by its title if given)
    // ("The results, published on Monday in a survey titled “…”, showed", "According to the agency’s figures, released in a
    // bulletin titled “…”, …": a document's noun whose participle phrase, set off by a comma, gives the title before the
    // cue: the titled document speaks)
    // (a cue before the noun, "According to", leaves the sentence as the bound: the participle phrase may open the content)
    const saidAt = st.cue && st.cue.start >= hint.end ? Math.min(st.cue.start, st.content.start) : Infinity;
    const lastWord = hint.text.trim().toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).pop() ?? '';
    const ownTitle = titled.find((t) => t.at >= hint.start && t.at < hint.end)
      ?? (DOCUMENT_HEADS.has(lastWord) ? titled.find((t) => t.at >= hint.end && t.at < saidAt && sentenceAt(t.at) === sentenceAt(hint.start) && /^[^\S\n]*,[^\S\n]*\p{Ll}+(?:ed|en)[^\S\n][^.;:“”"]*$/u.test(text.slice(hint.end, t.at))) : undefined);
    if (ownTitle) return base(ownTitle.name, 'document', null, 'titled-document');
    // "Mr Okafor’s family said", "Daniel Okafor’s family", "the Okafor family": a family named by its surname speaks as a
    // group under that surname, "Okafor family" (GUIDE section 1: families are groups)
    const family = /^(?:the[^\S\n]+)?(?:(\p{Lu}[\p{L}.]*)[^\S\n]+)?(?:\p{Lu}[\p{L}-]*[^\S\n]+)?(\p{Lu}[\p{L}-]+?)(?:[’']s)?[^\S\n]+family$/u.exec(hint.text.trim());
    if (family && family[2] && (family[1] === undefined || COURTESY_TITLES.has(family[1].toLowerCase()) || /^\p{Lu}\p{Ll}+$/u.test(family[1])) && !/^the\s/iu.test(hint.text) === /[’']s[^\S\n]+family$/u.test(hint.text)) {
      return { name: `${family[2]} family`, kind: 'group', role: null, mention, resolvedVia: 'family-by-surname' };
    }
    const named = appositiveName(hint) ?? appositiveName({ ...hint, ...appositiveAfter(hint) });
    if (named) return { ...named, mention };
    // "A body speaking for some 400 of them, Galbury Savers United, has said": an indefinite description of a body,
    // its modifier, then the body's name set off by commas before the cue is that body
    if (/^(?:a|an)[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+)?[\p{Ll}-]+$/iu.test(hint.text)) {
      const after = /^[^\S\n]+\p{Ll}[^,;:.“”"\n]{2,80},[^\S\n]*((?:the[^\S\n]+)?(?:\p{Lu}[\p{L}’'&.-]*[^\S\n]+){1,4}\p{Lu}[\p{L}’'-]+),/u.exec(text.slice(hint.end, hint.end + 200));
      const d = after && after[1] ? describe(hint.text, hint.start) : null;
      if (after && after[1] && d && (d.kind === 'group' || d.kind === 'organization') && /^\p{Ll}/u.test(d.name) && hint.end + after[0].length <= (st.cue?.start ?? Infinity)) {
        const b = classifyName(after[1]);
        if (b && (b.kind === 'group' || b.kind === 'organization' || (b.person && !genderOf(b.name).gender))) return { name: b.name, kind: d.kind, role: null, mention, resolvedVia: 'description-then-name' };
      }
      // ("A swimmer who trained at Corrow for six years, Lena Tupworth, said": a person described, then named, likewise)
      if (after && after[1] && d && d.kind === 'anonymous' && hint.end + after[0].length <= (st.cue?.start ?? Infinity) && !/^the\s/iu.test(after[1])) {
        const b = classifyName(after[1]);
        if (b && b.person && /\s/u.test(b.name)) return { name: b.name, kind: 'person', role: d.role ?? headRole(d.name) ?? (/^\p{Ll}[\p{Ll}-]+$/u.test(d.name) ? d.name : null), mention, resolvedVia: 'description-then-name' };
      }
    }
    const owner = nameBeforeAppositive(hint) ?? personBeforeIndefinite(hint);
    if (owner) return { ...owner, mention };
    // ("A 2019 survey by the ministry": a year that dates a description is read as one of its modifiers would be)
    const undated = hint.text.replace(/^((?:[Tt]he|[Aa]n?)[^\S\n]+)(?:1[89]|20)\d\d[^\S\n]+(?=\p{Ll})/u, '$1');
    const r = describe(undated, hint.start, hint.appositive);
    if (r && r.resolvedVia === 'document') {
      // "The senator issued a statement on Friday saying …", "She posted a video saying …": the author speaks.
      const author = new RegExp(`(?:^|\\n|[.;:][^\\S\\n]+|,[^\\S\\n]+|\\b(?:and|but|then|after|when)[^\\S\\n]+)((?:\\p{Lu}[\\p{L}.’'-]*[^\\S\\n]+){0,4}\\p{Lu}[\\p{L}’'-]+|he|she|they)\\s+(?:also\\s+|later\\s+|then\\s+)?${PUBLISH_VERBS.source}\\s+$`, 'u').exec(text.slice(Math.max(0, hint.start - 120), hint.start));
      if (author && author[1]) {
        const start = hint.start - (author[0].length - author[0].indexOf(author[1]));
        const who = resolve({ start, end: start + author[1].length, text: author[1] }, st);
        if (who.kind === 'person' || who.kind === 'organization' || who.kind === 'group') return { ...who, mention, resolvedVia: `author:${who.resolvedVia ?? ''}` };
      }
    }
    const back = /^(?:the|this|that)\s+(?:new\s+)?([\p{Ll}-]+)$/u.exec(hint.text.replace(/^(The|This|That)\s/u, (m) => m.toLowerCase()));
    const kindWords = back?.[1] ? DOCUMENT_KIND.get(back[1]) : undefined;
    if (kindWords && (!r || r.resolvedVia === 'document' || r.resolvedVia === 'description' || r.resolvedVia === 'description:document-spoken-before')) {
      const author = authorOfEarlier(hint.start, kindWords, st);
      if (author) return { ...author, mention };
    }
    // "Krieger, 58, said": an age in apposition makes an unknown name a person's.
    // (and stays one at the name's later mentions)
    if (r && r.resolvedVia === 'name' && r.kind === 'organization' && !registry.lookup(r.name)
      && ((hint.appositive && /^\d{1,3}$/u.test(hint.appositive.text.trim())) || nearest(hint.start, (x) => x.person && x.name === r.name)
        // ("said Cowen, who joins …", "…, who was": "who" and a singular verb after a one-word name no list knows as a body
        // make it a person's; a body may take "who" with a plural verb, "Greenpeace, who have opposed …")
        || (!r.name.includes(' ') && /^,[^\S\n]+who[^\S\n]+(?:is|was|has|\p{Ll}+[^s\s’']s)(?![\p{L}’'-])/u.test(text.slice(hint.end, hint.end + 40)) && oracleKind(r.name) !== 'organization'))) {
      return { ...r, kind: 'person', mention };
    }
    // ("Quorham, a subsidiary of Halden NV, rejected …": a noun only a body is, in apposition, makes a name no given name
    // marks as a person's a company's)
    if (r && r.resolvedVia === 'name' && r.kind === 'person' && !genderOf(r.name).gender && !registry.lookup(r.name)
      && BODY_ONLY_APPOSITIONS.has(APPOSED_BODY.exec(text.slice(hint.end, hint.end + 90))?.[2]?.toLowerCase() ?? '')) return { ...r, kind: 'organization', role: null, mention };
    if (r) return { ...r, mention };
    // "The Utah Republican said", "the Vermont independent": a party epithet with the member's state is the member who
    // spoke in the passage with that party tag
    const partyEpithet = /^(?:the|The)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,2}(?:Republican|Democrat|independent|Independent|Conservative|Liberal|Labour|Tory)$/u.test(hint.text.trim());
    if (partyEpithet) {
      // (only a member whose party tag names the same party and state: "Sen. Mike Lee, R-Utah," for "the Utah Republican")
      const [state, party] = ((): [string, string] => { const w = hint.text.trim().split(/\s+/u); return [w.slice(1, -1).join(' '), (w[w.length - 1] as string).charAt(0).toUpperCase()]; })();
      const tagged = (x: Entity): boolean => partyTagOf(x.name)?.party === party && stateMatches(partyTagOf(x.name)?.state ?? '', state);
      const p = salient(hint.start, (x) => x.person && x.spoke === true && x.kind === 'person' && tagged(x));
      // (the tag names this member, so another speaker since does not make a newcomer of the epithet, as it would for "he")
      if (p) return { name: p.name, kind: 'person', role: roleOf(p), mention, resolvedVia: 'party-epithet', ...(p.affiliation ? { affiliation: p.affiliation } : {}) };
    }
    // "Israel said", "Brussels warned", "the United States said": a country, state or capital speaks for its government
    // (a body, never a person)
    const place = hint.text.replace(/^(?:the|The)\s+/u, '').replace(/[’']s$/u, '');
    // (not the given name of a person the article names: "Georgia Clarke … Georgia said she had trained")
    const givenName = !place.includes(' ') && names.some((n, i) => n.text.startsWith(`${place} `) && /^\p{Lu}\S*\s+\p{Lu}/u.test(n.text) && nameClasses[i]?.person === true);
    // (nor a name of two words whose reported clause calls its speaker "she" or "he": "Odile Yarlfold said she was innocent")
    const selfPronoun = place.includes(' ') && st.cue && st.cue.start >= hint.end && /^(?:she|he)(?![\p{L}’'])/u.test(text.slice(st.content.start, st.content.start + 4));
    if (!partyEpithet && !givenName && !selfPronoun && /^\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}$/u.test(place) && oracleKind(place) === 'place') return base(place, 'organization', null, 'place-as-government');
    // ("Villagers along the Rava River accused", "Farmers in the valley said": a constituency's plural, GUIDE decision 56,
    // with a phrase of place after it is those people speaking together, a group, not a person's name)
    const firstWord = hint.text.trim().split(/[^\p{L}’'-]+/u)[0]?.toLowerCase() ?? '';
    if ((CONSTITUENCY_PLURALS.has(firstWord) || COLLECTIVE_PLURALS.has(firstWord)) && PLACE_AFTER_PLURAL.test(hint.text.trim())) return base(hint.text.trim(), 'group', null, 'constituency-plural:placed');
    // ("Diplomats in Geneva said", "Officials in Tarnow said": a plural noun of a post or trade with a phrase of place
    // after it is unnamed people cited as sources, anonymous, the noun as role, GUIDE decisions 31 and 66)
    const placedRole = /^\p{Lu}\p{Ll}+$/u.test(hint.text.trim().split(/\s+/u)[0] ?? '') && /[^s’']s$/u.test(firstWord) ? roleNoun(firstWord) : undefined;
    if (placedRole && placedRole !== 'spokesperson' && PLACE_AFTER_PLURAL.test(hint.text.trim())) {
      const desc = hint.text.trim();
      return { ...base(desc.charAt(0).toLowerCase() + desc.slice(1), 'anonymous', placedRole, 'anonymous:placed-role') };
    }
    const kindNoun = bodyBeforeKindNoun(hint.text.trim());
    if (kindNoun) return { ...kindNoun, mention };
    // (a number is no person's name: "2015", "1,200" with no letter at all)
    if (!/\p{L}/u.test(hint.text)) return base(hint.text, 'anonymous', null, 'unresolved-number');
    return base(hint.text, 'person', null, 'as-written');
  }

  /**
   * The noun phrase that is the subject of a clause whose time phrase (`hint`) was taken for it: the one right before
   * the time phrase ("Police had last month arrested", "Okonjo during a Sunday rally thanked", "Okonjo (D-Ore.) last
   * week said"), else right before the cue ("Sunday, on the show, Governor Ann Lowe said"); when a comma ends an
   * appositive or a relative clause there ("Benning, the treasurer, this past week", "…,” Galstow, a law professor,
   * wrote last week"), the noun phrase that opens the clause; after "and"/"but" the clause's opening subject
   * ("Ambler has often mocked him but on Tuesday wrote"). Null when none is plain.
   */
  function subjectBeforeTime(hint: SpeakerHint, st: DraftStatement): SpeakerHint | null {
    const froms = st.cue && st.cue.start > hint.end ? [hint.start, st.cue.start] : st.cue ? [st.cue.start] : [hint.start];
    for (const from of froms) {
      const found = subjectEndingBefore(from);
      if (found) return found;
    }
    return null;
  }

  /**
   * All capitals at a paragraph's start whose line goes on to a dash after at most a short state or date and an agency
   * in brackets: "LA CROSSE, Wis. —", "RENNICK, Nov. 3 —", "PARIS (Reuters) -". An acronym opening a paragraph before
   * an appositive ("NATO, the Western military alliance, on Monday said") is a name, not a dateline.
   */
  function isDateline(hint: SpeakerHint): boolean {
    return /^\p{Lu}[\p{Lu} .'’-]*\p{Lu}\.?$/u.test(hint.text) && /(?:^|\n)[^\S\n]*$/u.test(text.slice(Math.max(0, hint.start - 20), hint.start))
      && /^[^\S\n]*(?:,[^,\n—–()]{1,20}?)?[^\S\n]*(?:\([^()\n]{1,30}\)[^\S\n]*)?(?:—|–|--|-)(?:[^\S\n]|$)/u.test(text.slice(hint.end, hint.end + 60));
  }

  /** "N.C." or "Fla." written right after a city and its comma: "in Wilmington, N.C.,". */
  function isStateAfterCity(hint: SpeakerHint): boolean {
    return /^(?:(?:\p{Lu}\.){2}|\p{Lu}\p{Ll}{1,4}\.)$/u.test(hint.text) && /\p{Lu}[\p{L}.’'-]+,[^\S\n]+$/u.test(text.slice(Math.max(0, hint.start - 30), hint.start));
  }

  function subjectEndingBefore(from: number): SpeakerHint | null {
    const at = tokenIndexAt(from);
    let k = at - 1;
    const here = tokens[at];
    if (!here || !tokens[k]) return null;
    const sent = here.sentence;
    const inSentence = (i: number): boolean => i >= 0 && (tokens[i] as Token).sentence === sent;
    // the clause's own start: the sentence's, or just after a quote mark and its comma ("“…,” Jo Galstow, …")
    let open = k;
    while (inSentence(open - 1) && !QUOTE_MARKS_RX.test((tokens[open - 1] as Token).text)) open--;
    while (open <= k && /^[,—:]$/u.test((tokens[open] as Token).text)) open++;
    // a dateline opening the sentence: "ORLANDO, Fla. (AP) — " up to its dash
    if (open < k && isDateline({ start: (tokens[open] as Token).start, end: (tokens[open] as Token).end, text: (tokens[open] as Token).text })) {
      let d = open + 1;
      while (d < k && d < open + 12 && !/^(?:—|–|-|--)$/u.test((tokens[d] as Token).text)) d++;
      if (d < k && /^(?:—|–|-|--)$/u.test((tokens[d] as Token).text)) open = d + 1;
    }
    if (!inSentence(k)) return null;
    for (; k >= open; k--) {
      const t = tokens[k] as Token;
      if (t.text === ')') {
        let j = k - 1;
        while (j > open && j > k - 12 && (tokens[j] as Token).text !== '(') j--;
        if ((tokens[j] as Token).text !== '(') return null;
        k = j;
        continue;
      }
      if (['ADP', 'AUX', 'ADV', 'PART'].includes(t.pos) || TIME_WORD.test(t.text) || /^(?:a|an|not|last|this|past|next|late|early|earlier)$/iu.test(t.text)) continue;
      break;
    }
    if (k < open) return null;
    const t = tokens[k] as Token;
    const npTok = (i: number): boolean => {
      const x = tokens[i] as Token;
      return ['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM'].includes(x.pos) || /^(?:\.|[’']s|-|&)$/u.test(x.text) || x.pos === 'PRON' && /^(?:he|she|they|it|we|i)$/iu.test(x.text);
    };
    let a: number;
    let b: number;
    if (t.text === ',' || t.pos === 'CCONJ') {
      // the noun phrase opening the clause, which a comma, or a verb after a plain subject, ends
      a = open;
      b = a;
      while (b + 1 < k && npTok(b + 1) && !TIME_WORD.test((tokens[b + 1] as Token).text)) b++;
      const next = tokens[b + 1] as Token | undefined;
      // (or a time phrase after that subject: "Senator Ruth Ames on Monday toured … and on Tuesday said")
      const timeNext = !!next && (TIME_WORD.test(next.text) || (/^(?:on|in|at|during|last|this|earlier|early|late|next|past)$/iu.test(next.text)
        && tokens.slice(b + 2, b + 5).some((x) => x.sentence === sent && TIME_WORD.test(x.text))));
      if (!npTok(a) || !next || !(next.text === ',' || next.text === '(' || next.pos === 'AUX' || next.pos === 'VERB' || timeNext)) return null;
    } else {
      if (!(t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'PRON')) return null;
      b = k;
      a = k;
      while (a - 1 >= open && npTok(a - 1)) a--;
    }
    while (a < b && (tokens[a] as Token).pos === 'ADP') a++;
    const last = tokens[b] as Token;
    if (!(last.pos === 'PROPN' || last.pos === 'NOUN' || last.pos === 'PRON') || TIME_WORD.test(last.text)) return null;
    const start = (tokens[a] as Token).start;
    const end = last.end;
    return { start, end, text: text.slice(start, end) };
  }

  /**
   * "… withdrew them from sale, and the board commended", "… for what managers described as": a phrase that runs
   * over a clause boundary (", and" before a new subject, "what" opening a free relative) speaks by its last part.
   */
  function lastConjunct(hint: SpeakerHint): SpeakerHint {
    if (hint.relative) return hint;
    // ("… would open next year and the contractor said": a time closing the clause before "and" is no conjunct of the
    // subject, which starts after "and")
    const afterTime = /^(.*?)[^\S\n]+and[^\S\n]+(?=\S)/su.exec(hint.text);
    const m = /^.*(?:,[^\S\n]+and|\bwhat)[^\S\n]+(?=(?:the|a|an|its|their|\p{Ll}[\p{Ll}-]+)(?:[^\S\n]|$))/su.exec(hint.text)
      ?? (afterTime?.[1] && (TIME_PHRASE.test(afterTime[1]) || CLAUSE_TIME_END.test(afterTime[1])) ? afterTime : null);
    if (!m || m[0].length >= hint.text.length) return hint;
    const start = hint.start + m[0].length;
    return { start, end: hint.end, text: hint.text.slice(m[0].length) };
  }

  /**
   * "The council answered with a leaflet. The leaflet says: …": "the ad" is the one a sentence or two before
   * introduced with a/an, and whoever that sentence's subject is made it (LABELS: a document's author, if given).
   * "In a statement, the company said … “…,” the statement said", "X said in a letter to staff that … according to the
   * letter": whoever spoke through it in the sentence that introduced it, a few sentences back.
   */
  function authorOfEarlier(at: number, kindWords: ReadonlySet<string>, st: DraftStatement): Speaker | null {
    const here = sentenceAt(at);
    let k = tokenIndexAt(at) - 1;
    for (; k >= 0; k--) {
      const t = tokens[k] as Token;
      if (t.sentence < here - DOCUMENT_SENTENCES) return null;
      if (t.sentence === here || !kindWords.has(t.normal)) continue;
      // "Its own statement", "Talbot’s statement", "a statement from Talbot Foods": an introduction that names its author,
      // nearest first
      const owner = documentOwner(k);
      if (owner) {
        const pron = /^(?:its|their|his|her)$/iu.test(owner.text) ? owner.text.toLowerCase() : null;
        // (a possessive pronoun: the body or person before it, never the document a statement there is spoken by)
        const fits = (x: Entity): boolean => x.at < owner.start && x.kind !== 'document' && x.kind !== 'anonymous' && !/^unresolved/u.test(x.name)
          && (pron === 'its' ? !x.person : pron === 'his' ? x.person && x.gender !== 'female' : pron === 'her' ? x.person && x.gender !== 'male' : true);
        const e = pron ? salient(owner.start, fits) ?? nearest(owner.start, fits) : undefined;
        const who: Speaker = e ? { name: e.name, kind: e.kind, role: e.role, mention: { start: owner.start, end: owner.end, text: owner.text }, resolvedVia: 'pronoun', ...(e.affiliation ? { affiliation: e.affiliation } : {}) } : resolve(owner, st);
        if (['person', 'organization', 'group', 'media'].includes(who.kind) && !/^unresolved|^as-written$/u.test(who.resolvedVia ?? '')) return { ...who, resolvedVia: `author-of-earlier:${who.resolvedVia ?? ''}` };
      }
      const det = tokens.slice(Math.max(0, k - 4), k).some((d) => d.sentence === t.sentence && (d.normal === 'a' || d.normal === 'an'));
      if (det) break;
    }
    if (k < 0) return null;
    const sentence = (tokens[k] as Token).sentence;
    // (only the medium of that sentence's statement, "in a statement", not a document its content is about)
    const docAt = (tokens[k] as Token).start;
    const medium = tokens.slice(Math.max(0, k - 5), k).some((d, i, w) => d.sentence === sentence && (d.normal === 'in' || d.normal === 'through') && /^(?:a|an)$/u.test(w[i + 1]?.normal ?? ''));
    for (let i = out.length - 1; i >= 0 && medium; i--) {
      const prior = out[i] as DraftStatement;
      speakerWork.statementsReadBack++;
      // (statements come in text order: one wholly before the document's sentence ends the search)
      if (sentenceAt(prior.content.end) < sentence && (!prior.cue || sentenceAt(prior.cue.start) < sentence)) break;
      // (a content span that opens with the medium, "in a letter to staff that …", still leaves it outside what was said)
      const inside = docAt >= prior.content.start && docAt < prior.content.end && !/^\s*(?:in|through)\s+(?:a|an)\s+[\p{L}\s-]*$/u.test(text.slice(prior.content.start, docAt));
      if (!prior.cue || sentenceAt(prior.cue.start) !== sentence || inside) continue;
      if (['person', 'organization', 'group', 'media'].includes(prior.speaker.kind) && !/^unresolved/u.test(prior.speaker.resolvedVia ?? '')) {
        return { ...prior.speaker, resolvedVia: `spoke-through:${prior.speaker.resolvedVia ?? ''}` };
      }
    }
    if (sentence < here - 2) return null;
    let first = k;
    while (first > 0 && (tokens[first - 1] as Token).sentence === sentence) first--;
    // The subject: the noun phrase that opens the sentence, up to its verb, before the document is named.
    let last = first;
    while (last < k && ['DET', 'PROPN', 'NOUN', 'ADJ', 'PART', 'NUM'].includes((tokens[last] as Token).pos)) last++;
    if (last === first || last >= k || !['VERB', 'AUX'].includes((tokens[last] as Token).pos)) return null;
    // … and its own verb made the document: no second verb between ("The Times said Cook provided a statement")
    for (let i = last + 1; i < k; i++) if (['VERB', 'AUX', 'SCONJ'].includes((tokens[i] as Token).pos) || (tokens[i] as Token).normal === 'that') return null;
    const start = (tokens[first] as Token).start;
    const phrase = text.slice(start, (tokens[last - 1] as Token).end);
    const who = resolve({ start, end: start + phrase.length, text: phrase }, st);
    return ['person', 'organization', 'group', 'media'].includes(who.kind) && who.resolvedVia !== 'as-written' ? { ...who, resolvedVia: `author-of-earlier:${who.resolvedVia ?? ''}` } : null;
  }

  /**
   * The author an introduction of a document names: a possessive before it ("its own statement", "their letter",
   * "Talbot Foods’ statement") or "from" and a name after it ("a statement from Talbot Foods").
   */
  function documentOwner(k: number): SpeakerHint | null {
    const doc = tokens[k] as Token;
    let p = k - 1;
    while (p >= 0 && p >= k - 3 && (tokens[p] as Token).sentence === doc.sentence && ((tokens[p] as Token).normal === 'own' || (tokens[p] as Token).pos === 'ADJ')) p--;
    const before = tokens[p];
    if (before && before.sentence === doc.sentence) {
      if (/^(?:its|their|his|her)$/u.test(before.normal)) return { start: before.start, end: before.end, text: before.text };
      if (/^[’']s?$/u.test(before.text) && p > 0) {
        let q = p - 1;
        while (q > 0 && (tokens[q - 1] as Token).pos === 'PROPN' && (tokens[q - 1] as Token).sentence === doc.sentence && q > p - 5) q--;
        const first = tokens[q] as Token;
        if (first.pos === 'PROPN') return { start: first.start, end: (tokens[p - 1] as Token).end, text: text.slice(first.start, (tokens[p - 1] as Token).end) };
      }
    }
    const from = tokens[k + 1];
    if (from && from.normal === 'from' && (tokens[k + 2] as Token | undefined)?.pos === 'PROPN') {
      let q = k + 2;
      while (q + 1 < tokens.length && (tokens[q + 1] as Token).pos === 'PROPN' && q < k + 6) q++;
      const a = tokens[k + 2] as Token;
      const b = tokens[q] as Token;
      return { start: a.start, end: b.end, text: text.slice(a.start, b.end) };
    }
    return null;
  }

  /**
   * "It followed a letter in which Ortega rebuked the mayor, accusing her of …": a participle's subject is the subject of
   * the clause it hangs on, a person named between the expletive "it" and the cue with a verb of their own.
   */
  function participleController(hint: SpeakerHint, st: DraftStatement): Speaker | null {
    if (!st.cue || !/^(?:it|this|that)$/iu.test(hint.text) || !/\p{L}ing$/u.test(st.cue.text) || !/,\s*$/u.test(text.slice(Math.max(0, st.cue.start - 3), st.cue.start))) return null;
    const sentence = sentenceAt(hint.start);
    if (sentenceAt(st.cue.start) !== sentence) return null;
    const lo = firstIndex(names.length, (i) => (names[i] as TextSpan).start < hint.end);
    for (let i = lo; i < names.length; i++) {
      const n = names[i] as TextSpan;
      if (n.start >= st.cue.start) break;
      const c = nameClasses[i];
      if (!c || !c.person) continue;
      let k = tokenIndexAt(n.end);
      while (k < tokens.length && (tokens[k] as Token).pos === 'ADV') k++;
      if ((tokens[k] as Token | undefined)?.pos === 'VERB') return { name: c.name, mention: { start: hint.start, end: hint.end, text: hint.text }, role: null, kind: 'person', resolvedVia: 'participle-subject' };
    }
    return null;
  }

  /**
   * "the app Zoomer", "the science journal Gene Horizons", "a retailer, Bellmart,": a name introduced by a kind noun is
   * an entity of that kind, which "the journal" or "the company" can point back to, even when the name alone is unknown.
   */
  function introducedAs(at: number, c: Entity, end?: number): Partial<Entity> {
    // ("the newspaper The Karesh Courier": a title's own capitalised article between the noun and the name)
    const before = text.slice(Math.max(0, at - 64), at);
    const m = INTRODUCING_NOUN.exec(before) ?? INTRODUCING_NOUN.exec(before.replace(/(?<=[\p{Ll}][^\S\n]+)The[^\S\n]+$/u, ''));
    let head = m?.[1]?.toLowerCase();
    let cls = head ? DEFINITE_DESCRIPTIONS[head] : undefined;
    // ("Varnington Capital, a state-backed investment fund from X, …. The fund said": a body's kind noun in apposition after
    // its name is the head "the fund" refers back to, as one before the name is; not a role noun or a trade a person may
    // have, "X, a property developer", nor a person's name)
    // ("Quorham, a subsidiary of the Dutch group Halden NV, …": a noun only a body is in apposition, speakers.json
    // coreference.bodyOnlyAppositions, makes a name no given name marks as a person's a body's, "the company" after it)
    const bodyOnly = end !== undefined && c.person && !genderOf(c.name).gender ? APPOSED_BODY.exec(text.slice(end, end + 90))?.[2]?.toLowerCase() : undefined;
    if (bodyOnly && BODY_ONLY_APPOSITIONS.has(bodyOnly)) return { head: 'company', person: false, kind: 'organization' };
    if ((!head || !cls) && end !== undefined && !c.person) {
      const ap = APPOSED_BODY.exec(text.slice(end, end + 90))?.[2]?.toLowerCase();
      if (ap && DEFINITE_DESCRIPTIONS[ap] === 'organization' && ROLE_NOUNS[ap] === undefined && !PERSONISH_BODY_NOUNS.has(ap) && !genderOf(c.name).gender) { head = ap; cls = 'organization'; }
      // ("Clean Roads Now, a Leeds-based advocacy group, said … The group urged": a collective's noun in apposition is the
      // head "the group" refers back to as well; it leaves the kind as the name gave it, an advocacy group being an
      // organisation as often as not, GUIDE section 1)
      else if (ap && DEFINITE_DESCRIPTIONS[ap] === 'group' && !c.person && !genderOf(c.name).gender) return { head: ap };
    }
    // ("signed from Belgian side Sporting Ravels", "the Dutch club Harven Borsa": a team's noun before the name makes it
    // a club, with no determiner or with a people's adjective between)
    // (no head "the club" refers back to: in a story about one club, "the club" is that club, not the other side of a deal)
    if ((!head || !cls) && TEAM_NOUN_BEFORE_END.test(text.slice(Math.max(0, at - 40), at))) return c.person && genderOf(c.name).gender ? {} : { person: false, kind: 'organization', team: true };
    if (!head || !cls || cls === 'person') return {};
    // ("the journal Gene Horizons" is no person called Cell; "the company's Jane Okafor" has no kind noun before her)
    if (c.person) return genderOf(c.name).gender ? {} : { head, person: false, kind: cls };
    // ("the trade magazine Venue Weekly", "the newspaper The Karesh Courier": a medium's noun makes the name a medium's)
    // (not "the paper Bexville’s scientists published": a paper may be a document, and a possessive after it owns it)
    const medium = cls === 'media' && head !== 'paper' && c.kind === 'organization' && (end === undefined || !/^[’']s?(?![\p{L}])/u.test(text.slice(end, end + 2)));
    return { head, ...(c.weak ? { weak: false, kind: cls } : medium ? { kind: 'media' as SpeakerKind } : {}) };
  }

  /** The role an entity was given, or the one written next to the name it came from ("Texas Gov. Rick Perry"). */
  /** The party tag the text writes after a person's name ("Mike Lee, R-Utah,", "Ann Cole (D-Vt.)"), read once per name. */
  // (one scan of the article: the capitalised words before each tag, keyed by the full name they end with, so "Rep. Hank
  // Johnson, D-Ga." gives no party to "Sen. Ron Johnson, R-Wis."; a bare surname takes a tag only when one person of
  // that surname has one: "Johnson said" after two tagged Johnsons takes none)
  function partyTagOf(name: string): { party: string; state: string } | undefined {
    if (!partyTags) {
      speakerWork.textScans++;
      partyTags = new Map();
      // (only in a text that writes a tag at all: the pattern tries every capitalised word of the text)
      if (/[RDI]-\p{Lu}/u.test(text)) for (const m of text.matchAll(/((?:\p{Lu}[\p{L}’'-]*[^\S\n]+){0,2}\p{Lu}[\p{L}’'-]*)[^\S\n]*[,(][^\S\n]*([RDI])-(\p{Lu}[\p{L}.]*)/gu)) {
        if (!m[1] || !m[2] || !m[3]) continue;
        const words = m[1].split(/[^\S\n]+/u);
        const full = words.slice(-2).join(' ');
        if (!partyTags.has(full)) partyTags.set(full, { party: m[2], state: m[3] });
      }
    }
    const words = name.split(' ');
    if (words.length > 1) return partyTags.get(words.slice(-2).join(' '));
    const same = [...partyTags.entries()].filter(([k]) => k.split(' ').pop() === name);
    return same.length === 1 ? (same[0] as [string, { party: string; state: string }])[1] : undefined;
  }

  function roleOf(x: Entity): string | null {
    if (x.role || !x.person) return x.role;
    if (!nameRoles.has(x.at)) {
      const k = firstIndex(names.length, (i) => (names[i] as TextSpan).start < x.at);
      const n = names[k];
      nameRoles.set(x.at, n && n.start === x.at ? roleNearName(n) : null);
    }
    return nameRoles.get(x.at) ?? null;
  }

  function tokenIndexAt(from: number): number {
    return firstIndex(tokens.length, (i) => (tokens[i] as Token).start < from);
  }

  /**
   * "Dan Sibdock, a solicitor at the law centre, which advises …, said", "Ana Ulmley, a professor of law, questioned …,
   * noting that …": a role phrase in apposition to a person's name just before it speaks for that person.
   */
  function nameBeforeAppositive(hint: SpeakerHint): (Omit<Speaker, 'mention'> & { resolvedVia: string }) | null {
    if (!/^(?:a|an|the)\s/iu.test(hint.text)) return null;
    // (a party tag may stand between them: "Rep. Ann Cole, D-Ore., the chairwoman of …", "Ann Cole (D-Ore.), the …")
    const m = /(?:^|[^\p{L}’'.-])((?:\p{Lu}[\p{L}.’'-]*[^\S\n]+){1,3}\p{Lu}[\p{L}’'-]+)(?:,[^\S\n]*[RDI]-\p{Lu}[\p{L}.]*|[^\S\n]*\([RDI]-\p{Lu}[\p{L}.]*\))?,[^\S\n]*$/u.exec(text.slice(Math.max(0, hint.start - 80), hint.start));
    if (!m || !m[1]) return null;
    const written = afterSentenceEnd(m[1]);
    // (not a fronted place, "Inside Galling, the letter’s organisers", nor people for one name, "…, its organisers")
    const nameStart = hint.start - (m[0].length - m[0].lastIndexOf(written));
    if (tokenAt(nameStart)?.pos === 'ADP' || insideFrontedPhrase(nameStart) || hint.text.split(/\s+/u).some((w) => { const k = w.toLowerCase(); return roleNoun(k) !== undefined && ROLE_NOUNS[k] === undefined; })) return null;
    // ("Varnington Recovery, the firm named to sell off its assets, said": a body's name before "the" and a body's kind noun
    // is that body, not an earlier firm the description alone would stand for)
    // ("Kick Out Hate, an anti-racism charity, welcomed": or "a"/"an" and a few lower-case modifiers before that noun, with
    // no preposition, "a member of the board", between)
    const theHead = /^the[^\S\n]+([\p{Ll}-]+)$/iu.exec(hint.text.trim())?.[1]
      ?? /^an?[^\S\n]+(?:(?!(?:of|for|at|in|on|with|from|to|by)[^\p{L}])[\p{Ll}-]+[^\S\n]+){0,3}([\p{Ll}-]+)$/iu.exec(hint.text.trim())?.[1];
    const theClass = theHead ? DEFINITE_DESCRIPTIONS[theHead] : undefined;
    if (theHead && (theClass === 'organization' || theClass === 'group') && !/s$/u.test(theHead)) {
      const b = classifyName(written);
      if (b && written.split(/\s+/u).length >= 2 && (b.kind === 'organization' || b.kind === 'group' || (b.person && !genderOf(b.name).gender && !writtenAsPerson(b.name)))) {
        // (an indefinite "a passenger campaign" says what the body is: a campaign is a group)
        const indefinite = /^an?\s/iu.test(hint.text.trim());
        return { name: b.name, kind: b.person || (indefinite && theClass === 'group') ? theClass : b.kind, role: null, resolvedVia: 'body-before-definite-appositive' };
      }
    }
    const d = describe(hint.text, hint.start);
    // "Kelmton Riders Together, a commuter campaign founded last year, said": a body's name before a description of its
    // kind is that body, of the kind the description gives (LABELS: "The Calm Air Coalition, a coalition of …")
    // (only when the description names no body itself: "a passenger campaign" stays lower-case)
    if (d && !d.role && (d.kind === 'group' || d.kind === 'organization') && /^(?:a|an)\s/iu.test(hint.text) && /^\p{Ll}/u.test(d.name)) {
      const b = classifyName(written);
      if (b && written.split(/\s+/u).length >= 2 && (b.kind === 'group' || b.kind === 'organization' || (b.person && !genderOf(b.name).gender))) return { name: b.name, kind: d.kind, role: null, resolvedVia: 'body-before-appositive' };
    }
    if (!d || !d.role || d.kind === 'person') return null;
    const c = classifyName(written);
    if (!c || !c.person) return null;
    const aff = d.kind === 'organization' || d.kind === 'group' || d.kind === 'media' ? d.name : d.affiliation;
    return { name: c.name, kind: 'person', role: d.role, resolvedVia: 'name-before-appositive', ...(aff ? { affiliation: aff } : {}) };
  }

  /**
   * "A spokesman for the Ministry of Water said … He did not take questions": "he" or "she" opening the sentence
   * right after one whose subject is an unnamed spokesperson of the pronoun's gender is that spokesperson, who speaks
   * for the body (LABELS), not the last person named.
   */
  function unnamedSpokespersonBefore(hint: SpeakerHint, gender: 'male' | 'female', depth = 0): (Omit<Speaker, 'mention'> & { resolvedVia: string }) | null {
    let before = text.slice(Math.max(0, hint.start - 700), hint.start);
    // (or the pronoun trails a quote that opens its sentence: "A spokesman … said …. “…,” he said.")
    const quoted = /[“"][^“”"\n]{1,300}[,?!][”"][^\S\n]+$/u.exec(before);
    if (quoted) before = before.slice(0, quoted.index);
    // (or the pronoun opens a clause after ", but" or ", and" in the spokesperson's own sentence: "A spokesman for the
    // ministry said the timing was being examined, but he declined to comment")
    // (a pronoun opening a paragraph goes on with the sentence that ended the paragraph before)
    const sameSentence = !/[.!?][”"’]?\s+$/u.test(before);
    if (sameSentence && !/,[^\S\n]+(?:but|and)[^\S\n]+$/u.test(before)) return null;
    const prevEnd = sameSentence ? before.length : before.search(/[.!?][”"’]?\s+$/u);
    const head = before.slice(0, prevEnd);
    let cut = Math.max(head.lastIndexOf('\n'), ...['. ', '? ', '! ', '.” ', '." '].map((x) => { const i = head.lastIndexOf(x); return i < 0 ? -1 : i + x.length - 1; }));
    let sentence = head.slice(cut + 1);
    // (or the spokesperson trails a quote that opens the sentence before: "“… the text,” a spokesman said. He said …")
    const lead = /^[^\S\n]*[“"][^“”"\n]{1,400}[,?!][”"][^\S\n]+(?=(?:a|an|the)[^\S\n])/u.exec(sentence);
    if (lead) { sentence = sentence.slice(lead[0].length); cut += lead[0].length; }
    let m = /^(?:(?:A|An|The|a|an|the)[^\S\n]+)?(?:(?:\p{Lu}[\p{L}’'.&-]*|\p{Ll}+)[^\S\n]+){0,4}?(spokes(?:man|woman|person))(?:[^\S\n]+(?:for|at)[^\S\n]+(?:the[^\S\n]+)?(?:\p{Lu}[\p{L}’'.&-]*[^\S\n]*|&[^\S\n]+|of[^\S\n]+|and[^\S\n]+|for[^\S\n]+)+)?/u.exec(sentence);
    // (or the spokesperson trails the sentence's reported clause: "Neskville Motors is recalling the vans, a company
    // spokesman said on Friday. He declined to give details")
    if (!m) {
      const trailing = /,[”"’]?[^\S\n]+((?:a|an|the)[^\S\n]+(?:[\p{L}’'.&-]+[^\S\n]+){0,3}?(spokes(?:man|woman|person))(?:[^\S\n]+(?:for|at)[^\S\n]+(?:the[^\S\n]+)?(?:\p{Lu}[\p{L}’'.&-]*[^\S\n]*|&[^\S\n]+|of[^\S\n]+|and[^\S\n]+)+)?)[^\S\n]+(?:said|says|told|confirmed|added|stated)(?![\p{L}])[^,;“”"]*$/u.exec(sentence);
      if (trailing && trailing[1] && trailing[2]) {
        const offset = trailing.index + trailing[0].indexOf(trailing[1]);
        sentence = sentence.slice(offset);
        cut += offset;
        m = /^(?:(?:A|An|The|a|an|the)[^\S\n]+)?(?:[\p{L}’'.&-]+[^\S\n]+){0,3}?(spokes(?:man|woman|person))(?:[^\S\n]+(?:for|at)[^\S\n]+(?:the[^\S\n]+)?(?:\p{Lu}[\p{L}’'.&-]*[^\S\n]*|&[^\S\n]+|of[^\S\n]+|and[^\S\n]+)+)?/u.exec(sentence);
      }
    }
    // ("A spokesman … said …. He declined to give details. He said …": a sentence opened by the same pronoun goes on with
    // the spokesperson it stood for; up to two such sentences back)
    if ((!m || !m[1]) && depth < 2) {
      const opener = /^[^\S\n]*(He|She)[^\S\n]+\p{Ll}/u.exec(sentence);
      const at = hint.start - before.length + cut + 1 + (opener ? opener[0].indexOf(opener[1] as string) : 0);
      if (opener && opener[1] && (opener[1] === 'He') === (gender === 'male')) return unnamedSpokespersonBefore({ ...hint, start: at, end: at + opener[1].length, text: opener[1] }, gender, depth + 1);
    }
    if (!m || !m[1]) return null;
    if ((m[1] === 'spokesman' && gender !== 'male') || (m[1] === 'spokeswoman' && gender !== 'female')) return null;
    // (a name in apposition makes a named person, who is resolved as any other: "A spokeswoman, Ana Ulmley, said")
    if (/^[^,]{0,60},[^\S\n]*\p{Lu}[\p{L}’'.-]*[^\S\n]+\p{Lu}/u.test(sentence.slice(m[0].length))) return null;
    // (and so does a name right after the role compound: "Family spokesman Jon Pimwyn says", "Union spokeswoman B.G. Holt
    // said"; not a day, "A Treasury spokesman Monday declined")
    const named = /^[^\S\n]+(\p{Lu}[\p{L}’'.-]*)/u.exec(sentence.slice(m.index + m[0].indexOf(m[1]) + m[1].length));
    if (named?.[1] && !CALENDAR_WORDS.has(named[1].toLowerCase().replace(/[.,]$/u, ''))) return null;
    const phrase = m[0].trim();
    const at = hint.start - before.length + cut + 1;
    const d = describe(phrase, at);
    if (!d || d.kind === 'person' || d.kind === 'anonymous' || d.role !== 'spokesperson') return null;
    return d;
  }

  /** "Colin Yarlfold, a developer who …": the person named right before an indefinite lower-case description ("a/an …"). */
  function personBeforeIndefinite(ante: TextSpan, who = false): (Omit<Speaker, 'mention'> & { resolvedVia: string }) | null {
    // (and where it comes from: "Ana Ulmley, a voter from New Hampshire, which …, said"; with "who", which only a person
    // takes, also where the person works: "Ana Ulmley, a media analyst at Varnington Securities, who warned …")
    const d = (who ? /^(?:a|an)[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,2}([\p{Ll}-]+)(?:[^\S\n]+(?:from|in|of|near|at|for|with)[^\S\n]+\S.*)?$/u
      : /^(?:a|an)[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,2}([\p{Ll}-]+)(?:[^\S\n]+(?:from|in|of|near)[^\S\n]+\S.*)?$/u).exec(ante.text);
    if (!d) return null;
    const m = /(?:^|[^\p{L}’'.-])((?:\p{Lu}[\p{L}.’'-]*[^\S\n]+){1,3}\p{Lu}[\p{L}’'-]+),[^\S\n]*$/u.exec(text.slice(Math.max(0, ante.start - 60), ante.start));
    if (!m || !m[1]) return null;
    const written = afterSentenceEnd(m[1]);
    const nameStart = ante.start - (m[0].length - m[0].lastIndexOf(written));
    // (a name after an inverted cue is its subject, not inside a fronted phrase: "“…,” said Ana Ulmley, a media analyst at
    // Varnington Securities, who warned …")
    const inverted = who && /(?:^|[^\p{L}])(?:said|says|added|adds)[^\S\n]+$/u.test(text.slice(Math.max(0, nameStart - 12), nameStart));
    if (tokenAt(nameStart)?.pos === 'ADP' || (!inverted && insideFrontedPhrase(nameStart))) return null;
    const c = classifyName(written);
    if (!c || !c.person) return null;
    // ("Students for an Inclusive Campus, a student group that says …": a noun of a kind of body after a name with no
    // given name a list knows names no person; "Colin Yarlfold, a developer who admitted …" stays the person)
    const cls = DEFINITE_DESCRIPTIONS[d[1] as string];
    if ((cls === 'organization' || cls === 'group') && ROLE_NOUNS[d[1] as string] === undefined && !genderOf(c.name).gender) return null;
    return { name: c.name, kind: 'person', role: roleNoun(d[1] as string) ?? null, resolvedVia: 'name-before-appositive' };
  }

  /**
   * The body a definite description opens the previous sentence with ("The agency disputed that."), resolved as that
   * description would be; only when the speaker phrase opens its own sentence.
   */
  function previousSubjectBody(at: number): { name: string; kind: SpeakerKind; affiliation?: string } | undefined {
    if (!sentenceOpensAt(at)) return undefined;
    let k = tokenIndexAt(at) - 1;
    const here = (tokens[k + 1] as Token | undefined)?.sentence;
    if (here === undefined || k < 0) return undefined;
    const prev = (tokens[k] as Token).sentence;
    if (prev !== here - 1) return undefined;
    let steps = 0;
    while (k > 0 && (tokens[k - 1] as Token).sentence === prev && steps++ < 200) k--;
    const a = tokens[k] as Token;
    const b = tokens[k + 1];
    // ("The ministry referred questions to Harlan Water. A spokesperson said": the body it handed over to, the latest named)
    if (HAND_OVER.test(text.slice(a.start, at))) return undefined;
    if (!b || b.sentence !== prev || !/^(?:the|this)$/u.test(a.normal) || b.pos !== 'NOUN' || DEFINITE_DESCRIPTIONS[b.normal] !== 'organization') return undefined;
    const c = tokens[k + 2];
    if (c && c.sentence === prev && (c.pos === 'NOUN' || c.pos === 'PROPN' || /^[’']s?$/u.test(c.text))) return undefined;
    const d = describe(text.slice(a.start, b.end), a.start);
    return d && d.kind === 'organization' && d.resolvedVia.startsWith('description') ? { name: d.name, kind: d.kind, ...(d.affiliation ? { affiliation: d.affiliation } : {}) } : undefined;
  }

  /** A run of capitalised words read back from a comma, without the sentence before it: "Monday. Peter Vale" → "Peter
   * Vale" ("Mr." and initials stay). */
  function afterSentenceEnd(run: string): string {
    const words = run.split(/[^\S\n]+/u);
    let from = 0;
    for (let i = 0; i < words.length - 1; i++) if (/\p{L}{2,}\.$/u.test(words[i] as string) && !HONORIFICS.has((words[i] as string).toLowerCase())) from = i + 1;
    // ("But Paul Drexler, a professor …", "However Ana Ulmley, a lawyer …": a conjunction or sentence adverb that opens the
    // sentence is no part of the name; not an article, which may open a body's name, "The Hague")
    while (from < words.length - 1 && NAME_RUN_OPENERS.has((words[from] as string).toLowerCase()) && !/^(?:the|a|an)$/iu.test(words[from] as string)) from++;
    return words.slice(from).join(' ');
  }

  /** "X, the largest shareholder in Y,", "X, a major customer of Y,": the mention's apposition relates it to another body. */
  function partyToAnother(x: Entity): boolean {
    const m = /^[^\S\n]*,[^\S\n]+(?:the|a|an|its|one)[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,3}?([\p{Ll}-]+?)s?[^\S\n]+(?:in|of|to|at|for)[^\S\n]+(?:the[^\S\n]+)?\p{Lu}/u.exec(text.slice(x.at + x.name.length, x.at + x.name.length + 80));
    if (m && RELATED_PARTY_NOUNS.has(m[1] ?? '')) return true;
    return possessedParty(x.name);
  }

  /**
   * "Ivo Yarlfold, a former welder,", "Its finance director, Kelmham Troake,": a name the article sets in apposition
   * to a role a person holds, or before ", who", is a person's, whatever its given name, and no body "the company" refers back to.
   */
  function apposedRole(name: string): boolean {
    let known = apposedRoles.get(name);
    if (known === undefined) {
      known = nameOccurrences(text, name).some((at) => {
        // (or a relative clause only a person takes: "Ivo Yarlfold, who drove a forklift for a decade,")
        if (/^,[^\S\n]+who[^\S\n]/u.test(text.slice(at + name.length, at + name.length + 8))) return true;
        // (the apposition's words up to a preposition or a relative word: "a former technician", "a rider used to …")
        const phrase = ROLE_APPOSITION_AFTER.exec(text.slice(at + name.length, at + name.length + 60))?.[1] ?? '';
        const words = phrase.split(/[^\S\n]+/u);
        const cut = words.findIndex((w) => OBLIQUE_WORDS.has(w) || /^(?:who|which|that|and|or)$/u.test(w));
        const before = ROLE_APPOSITION_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
        return [...(cut < 0 ? words : words.slice(0, cut)), before].some((w) => w !== undefined && roleNoun(w) !== undefined && DEFINITE_DESCRIPTIONS[w] !== 'organization' && DEFINITE_DESCRIPTIONS[w] !== 'group');
      });
      apposedRoles.set(name, known);
    }
    return known;
  }

  /**
   * "Y’s largest shareholder, the investment firm X,", "its biggest client, X,": a body the article introduces in
   * apposition to another body's related party is that party wherever its name is written again ("X declined to
   * comment"), and "the company" after it is Y, the body it is a party to.
   */
  function possessedParty(name: string): boolean {
    let known = possessedParties.get(name);
    if (known === undefined) {
      known = nameOccurrences(text, name).some((at) => {
        const r = POSSESSED_PARTY_BEFORE.exec(text.slice(Math.max(0, at - 90), at));
        return !!r && RELATED_PARTY_NOUNS.has(r[1] ?? '');
      });
      possessedParties.set(name, known);
    }
    return known;
  }

  /**
   * Whether a name is the object inside a phrase fronted before the clause ("Asked about the dismissal of Lena Hart,",
   * "Speaking after a meeting with Tom Galstow,"): a verb between the start of the sentence (or the last comma before the
   * name) and the name. A preposition alone is no such phrase: "On Monday, Dan Sibdock, a solicitor,", "In a statement
   * Dan Sibdock, a lawyer for the family,".
   */
  function insideFrontedPhrase(nameStart: number): boolean {
    const k = tokenIndexAt(nameStart);
    const sentence = (tokens[k] as Token | undefined)?.sentence;
    // ("Lead author Dr Hannah Ralworth, a …", "Chief engineer Tom Galstow, a …": a role noun and up to two words before it, from
    // the sentence's start, are the name's title, whatever the tagger reads "Lead" as)
    const before = tokens.slice(Math.max(0, k - 3), k).filter((t) => t.sentence === sentence);
    const first = tokens[k - before.length - 1];
    if (before.length > 0 && (!first || first.sentence !== sentence) && ROLE_NOUNS[(before[before.length - 1] as Token).normal] !== undefined && before.every((t) => /^\p{L}/u.test(t.text))) return false;
    for (let i = k - 1; i >= 0 && i >= k - 40; i--) {
      const t = tokens[i] as Token;
      if (t.sentence !== sentence || t.text === ',' || t.text === ';' || t.text === '—') return false;
      if (t.pos === 'VERB' || t.pos === 'AUX') return true;
    }
    return false;
  }

  /** "the aide, Elizabeth Lauten, 31, who …": a name in apposition right after the phrase, when extraction gave none. */
  function appositiveAfter(hint: SpeakerHint): { appositive?: TextSpan } {
    if (hint.appositive) return {};
    // ("…, according to a school spokeswoman, Ida Varga.": a name that ends the sentence is in apposition too)
    // ("the lift’s operator, Compagnie des Téléskis du Mont Blanchet,", "The contractor, Harnett Works of Port Elsby,": a
    // particle or "of" between the capitalised words of a name)
    // ("The league’s main sponsor, the insurer Halden Mutual,": or a kind noun after "the" before the name)
    const m = /^,\s+((?:the[^\S\n]+(?:(?!(?:and|or|of|in|at|for|who|which|that)[^\p{L}])\p{Ll}[\p{Ll}-]*[^\S\n]+){1,3})?(?:\p{Lu}[\p{L}.’'-]*[^\S\n]+(?:(?:of|de|des|du|da|di|del|della|van|von|der|la|le)[^\S\n]+(?=\p{Lu}))?){0,5}\p{Lu}[\p{L}’'-]+)(?=\s*[,(]|\.(?:\s|$))/u.exec(text.slice(hint.end, hint.end + 100));
    if (!m || !m[1]) return {};
    const start = hint.end + m[0].indexOf(m[1]);
    return { appositive: { start, end: start + m[1].length, text: m[1] } };
  }

  /**
   * "Its president, Ngozi Balworth," / "The developer, Fengate Offshore," / "A spokesman, Major Lars Ralmere,": a
   * description followed by a proper name in apposition. The name speaks; the description gives the role and the body.
   */
  function appositiveName(hint: SpeakerHint): (Omit<Speaker, 'mention'> & { resolvedVia: string }) | null {
    const ap = hint.appositive;
    if (!ap) return null;
    const headWords = hint.text.replace(/[“”"«»]/gu, '').trim().split(/\s+/u);
    const headLast = (headWords[headWords.length - 1] ?? '').replace(/[’']s$/u, '');
    // "Lena Hart, a spokesperson for Kipworth": the head is the name; "the Information Commissioner, Ruth Balworth,": a
    // capitalised title after an article is a role, and the name in apposition speaks.
    // ("The chief executive of Hollowmere Clinic, Thomas Balwyn,": a role of a named body, likewise)
    const lowerHead = headWords.map((w) => w.toLowerCase());
    const ofBody = lowerHead.findIndex((w, i) => i > 0 && ['of', 'for', 'at'].includes(w) && ROLE_NOUNS[lowerHead[i - 1] as string] !== undefined) > 0;
    // ("The publisher of The Daily Courier, Mark Ellis,": a person in apposition to a body described by what it makes
    // speaks; the noun is the role, the named thing after "of" the affiliation)
    const relAt = lowerHead.findIndex((w, i) => i > 0 && i <= 3 && w === 'of' && RELATIONAL_BODY_NOUNS.has(lowerHead[i - 1] as string));
    if (relAt > 0 && /^(?:the|a|an)$/u.test(lowerHead[0] as string) && relAt < headWords.length - 1) {
      const apName = ap.text.replace(/[“”"«»]/gu, '').trim().replace(/[,.]$/u, '');
      const c = /^\p{Lu}/u.test(apName) && !/^(?:The|A|An)\s/u.test(apName) ? classifyName(apName) : null;
      if (c && c.person) {
        const rest = headWords.slice(relAt + 1).join(' ');
        const body = /^(?:the\s+)?\p{Lu}/u.test(rest) ? describe(rest, hint.start + hint.text.lastIndexOf(rest)) : null;
        const aff = body && body.kind !== 'person' && body.kind !== 'anonymous' ? body.name : undefined;
        return { name: c.name, kind: 'person', role: (lowerHead[relAt - 1] as string).replace(/s$/u, ''), resolvedVia: 'appositive-name', ...(aff ? { affiliation: aff } : {}) };
      }
    }
    // ("The Speaker, Dame Helen Rook,": a title written before names is a role here too)
    // ("Counsel for Varndale, Lydia Brandt,", "Lawyers for the Okafor family, …": a role noun of someone, opening the
    // phrase, then a name in apposition: the named person holds the role)
    // ("Grelthorpe’s MP, Ana Duarte,", "Kipworth’s Chief Executive, Lena Hart,": a place's or body's possessive as the
    // determiner of a capitalised title, likewise)
    const possessed = headWords.length === 2 && /^\p{Lu}[\p{L}-]*[’']s$/u.test(headWords[0] ?? '') || (headWords.length === 3 && /^\p{Lu}[\p{L}-]*[’']s$/u.test(headWords[0] ?? '') && /^\p{Lu}/u.test(headWords[1] ?? ''));
    const titleHead = /^\p{Lu}/u.test(headLast) && (/^(the|a|an|its|their)$/iu.test(headWords[0] ?? '') || possessed || (ofBody && ROLE_NOUNS[lowerHead[0] as string] !== undefined)) && (ROLE_NOUNS[headLast.toLowerCase()] !== undefined || TITLE_ROLES[headLast.toLowerCase()] !== undefined || ofBody);
    if (!/^\p{Ll}/u.test(headLast) && !titleHead) return null;
    const apWords = ap.text.replace(/[“”"«»]/gu, '').trim().split(/\s+/u);
    let i = 0;
    while (i < apWords.length && (/^(the|a|an)$/iu.test(apWords[i] as string) || /^\p{Ll}/u.test(apWords[i] as string) || HONORIFICS.has((apWords[i] as string).toLowerCase()) || RANKS.has((apWords[i] as string).toLowerCase()))) i++;
    // ("The state’s chief records officer, Secretary of State Orla Quorridge,": a title with "of" and its field before the
    // name is the title, no part of the name)
    const titleOf = i <= 2 && apWords.length >= 5 && isTitleWord((apWords[0] as string).toLowerCase()) && apWords[1] === 'of' && /^\p{Lu}\p{Ll}+$/u.test(apWords[2] ?? '');
    if (titleOf) i = 3;
    let j = i;
    while (j < apWords.length && (/^[\p{Lu}\d&+]/u.test(apWords[j] as string) || (j > i && (/^(of|for|and|&)$/u.test(apWords[j] as string) || NAME_PARTICLES.has(apWords[j] as string)) && /^\p{Lu}/u.test(apWords[j + 1] ?? '')))) j++;
    if (j === i) return null;
    // Only a name that opens the appositive or follows a kind noun ("the investment firm Ralling Holdings") counts.
    // ("A second witness, forklift driver Mina Balwyn, said": or a person's name after a lower-case occupation, as a title)
    const titledName = titleOf || i > 0 && roleNoun((apWords[i - 1] as string).toLowerCase()) !== undefined && j - i >= 2 && j - i <= 3 && classifyName(apWords.slice(i, j).join(' ').replace(/[,.]$/u, ''))?.person === true;
    if (i > 0 && !titledName && apWords.slice(0, i).some((w) => /^\p{Ll}/u.test(w) && !/^(the|a|an)$/u.test(w)) && !/^(the|a|an)$/iu.test(apWords[0] as string)) return null;
    // ("Workers at Casa Bellini, the restaurant chain owned by television chef Marco Bellini, have accused": a name after
    // "by", "of" or another preposition inside the appositive is that phrase's object, which describes the head; it
    // stands in apposition to nothing and does not speak)
    if (i > 1 && !titleOf && apWords.slice(1, i - 1).some((w) => APPOSITIVE_GOVERNING_WORDS.has(w))) return null;
    // "Her opponent, a Columbus businessman,", "the buyer, a Kipworth subsidiary": capitals before the appositive's own
    // lower-case noun modify it; they name no one in apposition
    if (j < apWords.length && !/[,.]$/u.test(apWords[j - 1] as string) && /^\p{Ll}[\p{Ll}-]*$/u.test(apWords[j] as string) && !NOT_IN_ROLE.has(apWords[j] as string) && apWords[j] !== 'of') return null;
    const written = apWords.slice(i, j).join(' ').replace(/[,.]$/u, '');
    // ("The contractor, Harnett Marine Works of Port Elsby,": a body's name, then "of" and the place it is based in)
    const ofPlace = /^(.+?)[^\S\n]+of[^\S\n]+(\p{Lu}[\p{L}’'-]*(?:[^\S\n]+\p{Lu}[\p{L}’'-]*){0,2})$/u.exec(written);
    // (not when what is left is one common word, the head of the whole name: "the University of Chicago", "the Bank of
    // Ireland", "the Archdiocese of Boston" are named with their place)
    const leftIsName = (left: string): boolean => /\s/u.test(left) || (DEFINITE_DESCRIPTIONS[left.toLowerCase()] === undefined && !ORG_HEADS.has(left.toLowerCase()) && !inLexicon(left.toLowerCase()));
    const based = ofPlace?.[1] && ofPlace[2] && (oracleKind(ofPlace[2]) === 'place' || placeNames().has(ofPlace[2])) && !classifyName(written)?.person && leftIsName(ofPlace[1]) ? ofPlace[1] : undefined;
    const properName = based ?? written;
    // ("The builders’ firms, Lomdock Homes and Tellis Construction, denied": bodies a plural noun of a kind of body
    // introduces and names together speak as the first named, as a joint report speaks as its first outlet, LABELS)
    // (only when the plural heads the subject, no "officials from two states, A and B", and names no place: "two
    // states, A and B" are places, never bodies that speak)
    const plural = /^\p{Ll}[\p{Ll}-]*s$/u.test(headLast) && !COREFERENCE_WORDS.placeOfNouns.includes(singularOf(headLast))
      && !lowerHead.slice(0, -1).some((w) => OBLIQUE_WORDS.has(w) && !/^(?:the|a|an)$/u.test(w)) ? DEFINITE_DESCRIPTIONS[singularOf(headLast)] : undefined;
    const firstOfBodies = (plural === 'organization' || plural === 'group') && /[^\S\n](?:and|&)[^\S\n]/u.test(properName) ? properName.split(/,[^\S\n]*|[^\S\n]+(?:and|&)[^\S\n]+/u)[0] : undefined;
    if (firstOfBodies) {
      const b = registry.lookup(firstOfBodies);
      return { name: b?.name ?? firstOfBodies, kind: b && b.kind !== 'person' ? b.kind : plural as SpeakerKind, role: null, resolvedVia: 'appositive-name:first-of-bodies' };
    }
    // ("The retailer, Cartwell,": a name no list knows, set beside a description of a body, is that body's name; not a
    // person's, whose given name a list knows)
    const headClass = DEFINITE_DESCRIPTIONS[headLast.toLowerCase()];
    // (nor when a list reads the name as a person's with no given name it knows: "The contractor, Brayfield Civil Works,")
    const described: (Entity & { at: number }) | null = (headClass === 'organization' || headClass === 'group') && /^\p{Ll}/u.test(headLast) && !genderOf(properName.split(/\s+/u)[0] as string).gender
      ? { name: properName, kind: headClass as SpeakerKind, role: null, person: false, at: 0 } : null;
    const listed = classifyName(properName);
    const c = listed?.person && described && !genderOf(listed.name).gender && /\s/u.test(listed.name) ? { ...listed, ...described, name: listed.name } : listed ?? described;
    if (!c) return null;
    // ("Rep. Ann Cole, the chairwoman of the subcommittee on Energy, Water and Mines, said": after a role of a named
    // body only a person stands in apposition; a name there goes on the body's own list of words)
    if (ofBody && /^\p{Lu}/u.test(headLast) && (!c.person || /\s(?:and|&)\s/u.test(properName))) return null;
    // (a body's unnamed post holder, "the company's chief executive", is here the post of the person named: its body is
    // the one the possessor stands for, as before a name it always was)
    const dStaff = describe(hint.text, hint.start);
    const d0 = dStaff?.resolvedVia.endsWith('staff-of-body') && dStaff.affiliation
      ? { name: dStaff.affiliation, kind: 'organization' as SpeakerKind, role: dStaff.role, resolvedVia: dStaff.resolvedVia.startsWith('role-phrase') ? 'role-phrase:description' : 'possessive' } : dStaff;
    // ("The African Union special envoy for the lakes region, Amara Diallo,": a role noun before a lower-case "for",
    // "of" or "at" phrase, which the description reader took whole for a body's name, is the role of the person named;
    // the capitalised body between the article and the title is the affiliation, GUIDE decision 40)
    const roleAt = c.person && d0?.kind === 'organization' && !d0.role && /^(?:the|a|an)$/u.test(lowerHead[0] as string)
      ? lowerHead.findIndex((w, k) => k > 1 && ['of', 'for', 'at'].includes(w) && ROLE_NOUNS[lowerHead[k - 1] as string] !== undefined && /^\p{Ll}/u.test(headWords[k + 1] === 'the' ? headWords[k + 2] ?? '' : headWords[k + 1] ?? '')) : -1;
    const titled = roleAt > 0 ? headWords.slice(0, roleAt).join(' ') : '';
    const titledBody = roleAt > 0 ? /^(?:[Tt]he|[Aa]n?)\s+((?:\p{Lu}[\p{L}.&’'-]*\s+)*\p{Lu}[\p{L}.&’'-]*)\s+\p{Ll}/u.exec(titled)?.[1] : undefined;
    const d = roleAt > 0 && d0 ? { ...d0, role: writtenRole(ROLE_NOUNS[lowerHead[roleAt - 1] as string] as string, [titled]) ?? ROLE_NOUNS[lowerHead[roleAt - 1] as string] ?? null, kind: 'person' as SpeakerKind, ...(titledBody ? { affiliation: registry.lookup(titledBody)?.name ?? titledBody } : {}) } : d0;
    // ("The ombudsman, Clara Dene,": a lower-case title that is also the name of its office, which the description reader
    // takes for the body, is the role of the person named in apposition)
    const officeTitle = c.person && !d?.role && /^the$/iu.test(headWords[0] ?? '') && headWords.length === 2 && /^\p{Ll}/u.test(headLast) ? TITLE_ROLES[headLast] ?? null : null;
    const role = d?.role ?? officeTitle ?? (titleHead ? ROLE_NOUNS[headLast.toLowerCase()] ?? TITLE_ROLES[headLast.toLowerCase()] ?? null : null);
    // (a title's modifier is no body unless the registry knows it: "the Defence Secretary" → no affiliation "Defence")
    // ("The union’s chief negotiator, Nia Fenn," in an article about an airline: a description possessor stands only for
    // a body its noun names, not for whichever body the text named last)
    // (only when the noun stands for no body the text named: "the group’s chairman" after "Grantley Holdings" keeps it)
    const possessorNoun = d?.resolvedVia === 'possessive' ? /^the[^\S\n]+(\p{Ll}[\p{Ll}-]*)[’']s[^\S\n]/iu.exec(hint.text.trim())?.[1] : undefined;
    const loosePossessor = possessorNoun !== undefined && describe(`the ${possessorNoun}`, hint.start)?.resolvedVia === 'description-unresolved';
    const aff0 = loosePossessor ? undefined : (possessorNoun !== undefined ? postOwner(hint.text.trim(), hint.start) : undefined) ?? (d && d.kind !== 'person' && d.kind !== 'anonymous' && d.name !== c.name && (!titleHead || ofBody || registry.lookup(d.name)) ? d.name : d?.affiliation);
    // ("Counsel for Varndale, Lydia Brandt," after "Tomas Varndale, 61,": the client is a person, under their full name)
    const client = aff0 && ofBody && d?.resolvedVia === 'role-phrase' ? classifyName(aff0) : null;
    // ("Galstow's lawyer, Sabine Roy," after "Gerrit Galstow was jailed": the lawyer of a named person has no affiliation, GUIDE
    // decision 38; a lawyer for a body keeps it)
    const personsLawyer = role === 'lawyer' && aff0 !== undefined && !ofBody
      && (classifyName(aff0)?.person === true || nearest(hint.start, (x) => x.person && (x.name === aff0 || x.name.endsWith(` ${aff0}`))) !== undefined);
    const aff = personsLawyer ? undefined : client?.person ? client.name : (c.person ? bodyBeforeRole(hint.text, hint.start) : undefined) ?? aff0;
    // ("Fjordvakt’s head of governance, Ingrid Mo,": a named body's post with a lower-case "of" field, which the body's
    // name runs on into above; the possessor is the body)
    const owner = !aff && c.person ? /^((?:\p{Lu}[\p{L}&.’'-]*\s+){0,3}\p{Lu}[\p{L}&.-]*)[’']s\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,5})$/u.exec(hint.text.trim()) : null;
    if (owner?.[1] && owner[2] && /\sof\s/u.test(` ${owner[2]} `) && owner[2].split(/\s+/u).some((w) => roleNoun(w) !== undefined)) {
      const body = registry.lookup(owner[1]) ?? classifyName(owner[1]);
      // (under its full name when the text named it so before: "Pimham’s head of people" after "Pimham Logistics")
      if (body && body.kind !== 'person' && body.kind !== 'anonymous' && body.kind !== 'document') return { name: c.name, kind: 'person', role, resolvedVia: 'appositive-name', affiliation: bodiesByShortName().get(owner[1]) ?? nearest(hint.start, (x) => !x.person && x.kind !== 'document' && x.name.startsWith(`${owner[1]} `))?.name ?? body.name };
    }
    // ("A spokesperson for the security firm, Tollard Guarding, said": the body named in apposition speaks, in the role of
    // its unnamed spokesperson, GUIDE section 3)
    const bodyRole = !c.person && role === 'spokesperson' && d?.kind !== 'person' ? role : null;
    // ("Keshmir's state news agency, KNA, reported": a body a noun of news reporting describes is media, GUIDE section 3)
    if (!c.person && c.kind === 'organization' && MEDIA_DESCRIPTION_END.test(hint.text.trim())) return { name: c.name, kind: 'media', role: null, resolvedVia: 'appositive-name:media' };
    return { name: c.name, kind: c.kind, role: c.person ? role : bodyRole, resolvedVia: 'appositive-name', ...(c.person && (c.affiliation ?? aff) ? { affiliation: c.affiliation ?? aff } : {}) };
  }

  /**
   * The latest entity whose name contains the description's head ("the agency" → "Federal Food Safety Agency"),
   * preferring a name the head is the head of ("a university spokesman" → "Mabling University", not the
   * "University Staff Association" named since).
   */
  function byHead(at: number, head: string, modifiers: readonly string[] = []): Entity | undefined {
    // ("Lomdock Bank sold the loans … Keira Wimfold, an economist at Pimham Bank, said … The bank said": a body named only as
    // the workplace in a commentator's apposition is no antecedent for "the bank" while a body with that head was named
    // before it in its own right; a spokesperson's body still is, as that person speaks for it)
    const found = byHeadAmong(at, head, modifiers, false);
    if (!found || !workplaceOfCommentator(found.at)) return found;
    return byHeadAmong(at, head, modifiers, true) ?? found;
  }

  /**
   * The bodies named before `at` with a clause saying whom they represent ("the Harbour Workers Alliance, which represents
   * 3,000 dockers,", "Grelthorpe Nurses Forum, representing staff at …"): one entry per name. Not a body whose name's head is
   * a public institution's, a regulator's or a company's ("the council, which represents residents").
   */
  function representingBodies(at: number): Entity[] {
    const out: Entity[] = [];
    for (const e of entities) {
      if (e.at >= at || e.person || (e.kind !== 'organization' && e.kind !== 'group') || out.some((o) => o.name === e.name)) continue;
      const own = nameHead(e.name).toLowerCase();
      if ((INSTITUTION_HEADS.has(own) && own !== 'union') || REGULATOR_HEADS.has(own) || LEGAL_FORMS.has(own)) continue;
      const from = text.indexOf(e.name, e.at);
      if (from < 0 || from > e.at + 4) continue;
      if (REPRESENTING.test(text.slice(from + e.name.length, from + e.name.length + 80))) out.push(e);
    }
    return out;
  }

  /** Is the name at `at` the body after a role noun in a person's apposition (", an economist at …"), not a spokesperson's? */
  function workplaceOfCommentator(at: number): boolean {
    // ("Marta Kellner, chief economist at Cordock Bank,": with no article before the role, too)
    const m = /\p{L}[”"’]?,[^\S\n]+(?:(?:a|an|the)[^\S\n]+)?(?:[\p{L}-]+[^\S\n]+){0,3}?([\p{L}-]+)[^\S\n]+(?:at|of|with|from)[^\S\n]+(?:the[^\S\n]+)?$/u.exec(text.slice(Math.max(0, at - 80), at));
    const role = m?.[1] ? ROLE_NOUNS[m[1].toLowerCase()] : undefined;
    return role !== undefined && role !== 'spokesperson' && role !== 'representative';
  }

  function byHeadAmong(at: number, head: string, modifiers: readonly string[], skipWorkplaces: boolean): Entity | undefined {
    let carrier: Entity | undefined;
    // ("the agency" after the Hobworth Space Agency and a nearer Maritime Safety Directorate: a body named with the
    // head's own word before one named with a word that may stand for it)
    let synonym: Entity | undefined;
    for (let i = entities.length - 1, seen = 0; i >= 0 && seen < 400; i--, seen++) {
      const e = entities[i] as Entity;
      // (a short name two bodies claim, "United", is neither's for "the club")
      // (nor a body's people, "shareholders of Corlan Foods Inc.", for "the company": the body is)
      if (e.at <= at && !e.person && e.kind !== 'anonymous' && e.kind !== 'document' && !contested.has(e.name) && hasHeadWord(head, e.name) && modifiers.every((m) => e.name.toLowerCase().includes(m))
        && !(e.kind === 'group' && PEOPLE_OF_BODY.has(e.name.split(' ')[0] ?? ''))
        // (nor, for "the company", a collective of people: "the Kipmere Park Residents’ Group" is no company)
        && !(COMPANY_HEADS.has(head) && (e.kind === 'group' || PEOPLES_COLLECTIVE.test(e.name)))
        && !(skipWorkplaces && workplaceOfCommentator(e.at))
        // (nor a piece of a body's name the speaker resolved whole: "the department" after "The Irish Department of
        // Justice said" is that department, not "Irish Department")
        && e.partOfSpeaker !== true) {
        const own = nameHead(e.name).toLowerCase();
        if (own === head || !HEAD_SYNONYMS[head]) { if (hasHeadWord(head, own)) return e; }
        // (a related party of another body, "Y’s largest shareholder, the investment firm X Holdings", is no body a
        // synonym of the head stands for: "the company" is Y)
        else if (possessedParty(e.name)) continue;
        else if (hasHeadWord(head, own)) synonym ??= e;
        carrier ??= e;
      }
    }
    return synonym ?? carrier;
  }

  /** The latest capitalised name before an offset ending in a club's last word ("Mabwyn Town", "Kestport United"), when
   *  it is a club: a sentence's subject, or after a word of sport ("beat Mabwyn Town", "players from Kestport City"),
   *  and no modifier of a noun after it ("Jersey City residents" are a place's people). */
  function clubNamedBefore(at: number): string | undefined {
    clubNames ??= [...text.matchAll(new RegExp(`(?<![\\p{L}’'-])((?:\\p{Lu}[\\p{L}’'-]+[^\\S\\n]+){1,2}(?:${CLUB_NAME_TAILS.join('|')}))(?![\\p{L}’'-])`, 'gu'))]
      .filter((m) => !/^(?:The|A|An|In|At|On|For|But|And|When|After|Before)[^\p{L}]/u.test(m[1] ?? ''))
      .filter((m) => {
        const start = m.index ?? 0;
        const before = text.slice(Math.max(0, start - 30), start);
        // (a subject: at the start of a sentence or a paragraph; or a name in a sports phrase)
        const subject = /(?:^|[.!?][”"’]?[^\S\n]+|\n[^\S\n]*)$/u.test(text.slice(Math.max(0, start - 4), start)) || start === 0;
        const sport = CLUB_CONTEXT_AFTER.test(before);
        if (!subject && !sport) return false;
        // (not a noun's modifier: "Jersey City residents", "Mabwyn Town council")
        const next = /^[^\S\n]+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(start + (m[1] as string).length, start + (m[1] as string).length + 30));
        const nextTok = next ? tokenAt(start + (m[1] as string).length + next[0].length - (next[1] as string).length) : undefined;
        return !(nextTok && (nextTok.pos === 'NOUN' || nextTok.pos === 'PROPN'));
      })
      .map((m) => ({ name: m[1] as string, at: m.index ?? 0 }));
    let found: string | undefined;
    for (const c of clubNames) if (c.at < at) found = c.name;
    return found;
  }

  /** The first body named after an offset whose name carries a description's head and all its modifiers. */
  /** The subjects of the article's speech cues (statements' speaker mentions), read once. */
  function speakerSubjects(): TextSpan[] {
    subjects ??= statements.flatMap((st) => st.speakerMentionHint ? [st.speakerMentionHint] : []);
    return subjects;
  }

  function laterBody(at: number, head: string, modifiers: readonly string[]): string | undefined {
    const lo = firstIndex(names.length, (i) => (names[i] as TextSpan).start <= at);
    for (let i = lo; i < names.length && i < lo + 200; i++) {
      const c = nameClasses[i];
      if (c && !c.person && c.kind !== 'document' && c.kind !== 'anonymous' && hasHeadWord(head, c.name) && modifiers.every((m) => c.name.toLowerCase().split(/\s+/u).some((w) => w.replace(/[’']s?$/u, '') === m))) return c.name;
    }
    // "… after the nation’s rail watchdog found that … The Rail Safety Office said": a lead's description
    // names no body before it; the first body named in the next two sentences with the head's word (or a synonym) is it,
    // when that name is the subject of a speech cue or set beside the description (", the Banking Standards Authority,"),
    // never a name inside a relative clause ("The deal, which the European Commission cleared, …" is no regulator speaking)
    const here = sentenceAt(at);
    for (let i = lo; i < names.length && i < lo + 40; i++) {
      const n = names[i] as TextSpan;
      if (n.start <= at) continue;
      if (sentenceAt(n.start) > here + 2) break;
      const c = nameClasses[i];
      if (!c || c.person || (c.kind !== 'organization' && c.kind !== 'group') || !hasHeadWord(head, c.name)) continue;
      const before = text.slice(Math.max(at, n.start - 60), n.start);
      if (/(?<!\p{L})(?:which|who|whom|whose|that)[^\S\n]+(?:[\p{L}’'-]+[^\S\n]+){0,3}$/iu.test(before)) continue;
      const apposed = sentenceAt(n.start) === here && /^[^,.;:()\n]{1,60}(?:,|\(|,?[^\S\n]+or)[^\S\n]*(?:the[^\S\n]+)?$/iu.test(text.slice(at, n.start));
      if (apposed || speakerSubjects().some((h) => h.start <= n.start && n.end <= h.end)) return c.name;
    }
    return undefined;
  }

  /** Whether the token at an offset opens its sentence (quote marks before it aside). */
  function sentenceOpensAt(at: number): boolean {
    let k = tokenIndexAt(at + 1) - 1;
    const here = tokens[k];
    if (!here || here.start !== at) return false;
    // ("HALDEN (AP) — Local officials said": the words after a wire dateline open the story's first sentence)
    if (filed.some((d) => d.end === at)) return true;
    while (k > 0 && QUOTE_MARKS[(tokens[k - 1] as Token).text] !== undefined && (tokens[k - 1] as Token).sentence === here.sentence) k--;
    return k === 0 || (tokens[k - 1] as Token).sentence !== here.sentence || /\n\s*$/u.test(text.slice((tokens[k - 1] as Token).end, here.start));
  }

  /**
   * A phrase of lower-case words after one capitalised word, ending in a plural noun ("Consumer groups", "Trade lawyers"),
   * or a lone plural that names a constituency ("Opponents"), where the capitalised word is never written with a capital
   * inside a sentence of the article (so "Microsoft employees" keeps its name).
   */
  function commonAtSentenceStart(words: readonly string[]): boolean {
    const first = words[0] as string;
    if (!/^\p{Lu}\p{Ll}+[’']?$/u.test(first) || words.slice(1).some((w) => !/^\p{Ll}/u.test(w))) return false;
    const last = (words[words.length - 1] as string).toLowerCase();
    // ("Local fishermen said": a plural in -men is a plural too)
    if (words.length === 1 ? !GROUP_HEADS.has(last) : !/[^s’']s$|[^\s]men$/u.test(last) && !GROUP_HEADS.has(last)) return false;
    const bare = first.replace(/[’']$/u, '');
    // (a word the article capitalises only inside a longer name, "the Environmental Standards Board", still opens a
    // description of a collective: "Environmental groups welcomed …", "Patients’ groups have urged …")
    if (capitalisedMidSentence().has(bare) && !(words.length > 1 && !standaloneMidCapitals().has(bare))) return false;
    // … and a common word: one the article also writes in lower case, or else no name the oracle knows ("Uber drivers")
    // and no party's adjective ("Democratic lawmakers"), which keep their capital though they only open sentences
    const lower = bare.toLowerCase();
    return firstLowerWord().has(lower) || (oracleKind(bare) === null && !PARTY_ADJECTIVES.has(lower));
  }

  /** Of those, the ones written alone, not as the first word of a longer name ("said Uber." but not "the Refugee Council"). */
  function standaloneMidCapitals(): Set<string> {
    if (standaloneMid) return standaloneMid;
    speakerWork.textScans++;
    standaloneMid = new Set();
    for (const m of text.matchAll(/(?<=[\p{Ll}\d,;:][^\S\n]+)\p{Lu}\p{Ll}+(?![\p{L}’'-])(?![^\S\n]+(?:of[^\S\n]+)?\p{Lu})/gu)) standaloneMid.add(m[0]);
    return standaloneMid;
  }

  /** Whether every word of a phrase is a people's or a bloc's adjective: one compromise reads so ("Croatian"), a listed bloc
   *  word ("Western", statement-words.json), a birthplace compound ("Kenyan-born"), or the adjective of a place the
   *  article names ("Veradian" beside "Veradia"). */
  function peopleAdjectives(phrase: string): boolean {
    let known = peopleAdjectiveCache.get(phrase);
    if (known === undefined) { known = peopleAdjectivesUncached(phrase); peopleAdjectiveCache.set(phrase, known); }
    return known;
  }
  function peopleAdjectivesUncached(phrase: string): boolean {
    const words = phrase.split(/\s+/u);
    return words.length <= 2 && words.every((w) => /^\p{Lu}\p{Ll}+(?:-born)?$/u.test(w) && (/-born$/u.test(w) || BLOC_ADJECTIVES.has(w) || isDemonym(w)
      || DEMONYM_STEMS.some(([ending, bases]) => w.endsWith(ending) && w.length - ending.length >= 3
        && bases.some((b) => hasWord(text, w.slice(0, -ending.length) + b) && w.slice(0, -ending.length) + b !== w))));
  }

  /** The place a people's adjective stands for when the article names it ("Veradian" → "Veradia", "Osmish" → "Osmland"). */
  function demonymPlace(w: string): string | undefined {
    if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return undefined;
    // (each word searched in the whole text once per article: statements ask again and again)
    if (demonymPlaceCache.has(w)) return demonymPlaceCache.get(w);
    let found: string | undefined;
    for (const [ending, bases] of DEMONYM_STEMS) {
      if (!w.endsWith(ending) || w.length - ending.length < 3) continue;
      const place = bases.map((b) => w.slice(0, -ending.length) + b).find((p) => p !== w && hasWord(text, p));
      if (place) { found = place; break; }
    }
    demonymPlaceCache.set(w, found);
    return found;
  }

  /** The capitalised words ("Uber", "Consumer") the article writes after a lower-case word, a digit or , ; : */
  function capitalisedMidSentence(): Set<string> {
    if (midCapitals) return midCapitals;
    speakerWork.textScans++;
    midCapitals = new Set();
    for (const m of text.matchAll(/(?<=[\p{Ll}\d,;:][^\S\n]+)\p{Lu}\p{Ll}+(?![\p{L}])/gu)) midCapitals.add(m[0]);
    return midCapitals;
  }

  /** Where the article first writes each lower-case word (tokens in text order); its keys are the words the article
   * writes in lower case somewhere ("consumer", "democratic"). */
  function firstLowerWord(): Map<string, number> {
    if (firstLower) return firstLower;
    speakerWork.textScans++;
    firstLower = new Map();
    const opensLower = /^\p{Ll}/u; // (once: a literal in the loop is a new RegExp object per token)
    for (const t of tokens) if (opensLower.test(t.text) && !firstLower.has(t.text)) firstLower.set(t.text, t.start);
    return firstLower;
  }

  /** Resolves a phrase (not a pronoun) to a speaker. */
  function describe(written: string, at: number, appositive?: TextSpan): Omit<Speaker, 'mention'> & { resolvedVia: string } | null {
    const r = describePhrase(written, at, appositive);
    // "Campaigners said", "Residents of the Ildaven estate said": unnamed people written as a bare plural of a collective
    // noun speak together, a group with no role (GUIDE decision 31); a count or determiner ("two residents", "several
    // parents") keeps them unnamed people with their role noun. (Opening a sentence, "Opponents of the bypass" has a
    // capital and was read as a person's name: no one's name begins with such a plural.)
    const first = (phrase: string): string => phrase.trim().replace(/^[“"‘']/u, '').split(/[^\p{L}’'-]+/u)[0]?.toLowerCase() ?? '';
    if (r && (r.kind === 'anonymous' || (r.kind === 'person' && first(r.name) === first(written))) && COLLECTIVE_PLURALS.has(first(written))) {
      return { ...r, kind: 'group', role: null, resolvedVia: `collective-plural:${r.resolvedVia}` };
    }
    // (GUIDE decision 66: a bare plural, no determiner or count, whose head is such a collective noun behind its field or
    // cause, "Transparency campaigners said", "Privacy advocates welcomed", or the plural of a kind of body, "Debt
    // charities welcomed", "Consumer groups say", "retailers have warned": those people or bodies acting together, a group
    // with no role; "two campaigners", "the charity's advocates", "Some retailers" stay unnamed sources)
    const bareWords = written.trim().split(/\s+/u);
    const headWord = (bareWords[bareWords.length - 1] ?? '').toLowerCase();
    const opener = (bareWords[0] ?? '').toLowerCase();
    const singular = headWord.replace(/ies$/u, 'y').replace(/s$/u, '');
    // (a bare plural alone only of a kind of business, "Retailers", "Insurers": "Authorities said" is officials unnamed)
    const pluralOfBodies = /s$/u.test(headWord) && (BODY_DESCRIPTOR_WORDS.has(singular)
      || (bareWords.length >= 2 && (DEFINITE_DESCRIPTIONS[singular] === 'organization' || /^(?:groups|organi[sz]ations)$/u.test(headWord))));
    if (r && r.kind === 'anonymous' && bareWords.length <= 3 && !ARTICLES.test(`${opener} `) && !COUNTING.has(opener) && !COUNT_WORDS.has(opener) && !QUANT.has(opener) && !/^\d/u.test(opener)
      && bareWords.slice(0, -1).every((w) => /^\p{L}[\p{Ll}-]*(?:s[’'])?$/u.test(w) && !/[’']s$/u.test(w)) && (COLLECTIVE_PLURALS.has(headWord) || pluralOfBodies)) {
      return { ...r, name: r.name.charAt(0).toLowerCase() + r.name.slice(1), kind: 'group', role: null, resolvedVia: `collective-plural-head:${r.resolvedVia}` };
    }
    // ("Passengers said", "Commuters told the paper": one bare plural of a constituency, capitalised only because it opens
    // the sentence, is those people speaking together, GUIDE decision 56, not a body's one-word name no list knows)
    const bare = written.trim();
    const namedKind = r && r.kind === 'person' ? bodyBeforeKindNoun(bare) : null;
    if (namedKind) return namedKind;
    if (r && (r.resolvedVia === 'name' || r.resolvedVia === 'as-written') && (r.kind === 'organization' || r.kind === 'person') && /^\p{Lu}\p{Ll}+$/u.test(bare) && (CONSTITUENCY_PLURALS.has(bare.toLowerCase()) || pluralOfBodies)
      && !registry.lookup(bare) && sentenceOpensAt(at)) {
      return { name: bare.toLowerCase(), kind: 'group', role: null, resolvedVia: 'constituency-plural' };
    }
    return r;
  }

  /** "The Patients' Voice charity said", "the Harlow Rivers campaign": a name before a lower-case noun of a kind of body
   *  is that body, named by the name, not a person. */
  function bodyBeforeKindNoun(bare: string): (Omit<Speaker, 'mention'> & { resolvedVia: string }) | null {
    const m = /^(?:[Tt]he[^\S\n]+)?((?:\p{Lu}[\p{L}’'.-]*[^\S\n]+){1,4})(\p{Ll}[\p{Ll}-]+)$/u.exec(bare);
    const cls = m?.[2] && ROLE_NOUNS[m[2]] === undefined ? DEFINITE_DESCRIPTIONS[m[2]] : undefined;
    if (!m?.[1] || (cls !== 'organization' && cls !== 'group') || genderOf(m[1].trim()).gender || /^(?:the|a|an)$/iu.test(m[1].trim())) return null;
    const own = m[1].trim();
    return { name: registry.lookup(own)?.name ?? bodiesByShortName().get(own) ?? own, kind: cls, role: null, resolvedVia: 'name-before-kind-noun' };
  }

  function describePhrase(written: string, at: number, appositive?: TextSpan): Omit<Speaker, 'mention'> & { resolvedVia: string } | null {
    // "Balridge in an interview on Channel 4’s “Morning” programme": the name, not the occasion ("Officials in the ministry" stays whole)
    const occasion = /^((?:\p{Lu}[\p{L}.’'-]*[^\S\n]+){0,3}\p{Lu}[\p{L}’'-]+)\s+(?:in|on|at|during|via|through|with|from|to)\s+(?:an?|the|his|her|their|its)\s.*$/su.exec(written);
    const first = (occasion?.[1] ?? '').split(/\s+/u)[0]?.toLowerCase() ?? '';
    const commonNoun = ROLE_NOUNS[first] !== undefined || ROLE_NOUNS[first.replace(/s$/u, '')] !== undefined || GROUP_HEADS.has(first) || DEFINITE_DESCRIPTIONS[first.replace(/s$/u, '')] !== undefined || /^(?:the|a|an)$/u.test(first);
    const phrase = occasion?.[1] && !commonNoun && tokenAt(at)?.pos === 'PROPN' && (registry.lookup(occasion[1]) || classifyName(occasion[1])?.person) ? occasion[1] : written;
    // A sentence-initial determiner is still a description: "The company said".
    const clean = phrase.replace(/[“”"«»]/gu, '').replace(/\s*\([^)]{0,40}\)/gu, '').replace(/\s+/gu, ' ').trim()
      .replace(TRAILING_TIME, '')
      // "Dan Galstow MP", "Nadia Frost QC": letters of a rank or an honour after a name (not "the local MP", a description)
      .replace(POST_NOMINAL_TAIL, '$1')
      // "Nadia Hobling of the consumer group Tupham Money": the name, not its affiliation
      .replace(/^((?:\p{Lu}[\p{L}’'.-]+\s+){1,3}\p{Lu}[\p{L}’'.-]+)\s+of\s+the\s+\p{Ll}.*$/u, '$1')
      // "Representative Mike Thompson of California": the place a politician is from is not part of the name
      // (a body named "of" a place is whole: "The Bank of England", "the Court of Appeal of Lorvik")
      .replace(/(\p{Lu}[\p{L}’'.-]+\s+\p{Lu}[\p{L}’'.-]+)\s+of\s+\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?$/u, (m, name: string, _o: number, whole: string) => (/^\p{Lu}/u.test(whole) && !/^(?:The|A|An)\s/u.test(name) && !ORG_HEADS.has((name.split(/\s+/u).pop() ?? '').toLowerCase())
        // (a place the oracle knows, or any place after a person's given and family name: "Jason Gilbert of Cheyenne")
        && (oracleKind(m.slice(m.indexOf(' of ') + 4)) === 'place' || (name.split(/\s+/u).length === 2 && givenNameGender(name.split(/\s+/u)[0] as string) && !m.slice(m.indexOf(' of ') + 4).toLowerCase().split(/\s+/u).some((w) => ORG_HEADS.has(w)))) ? name : m))
      // ("Another mother said": one more unnamed source, described as "a mother" is; the corpus names it "mother")
      .replace(/^Another\s(?=\p{Ll})/u, 'a ')
      .replace(LOWERED_OPENERS, (m) => m.toLowerCase());
    // A report by named outlets speaks as the first outlet: "a joint report by The Harbour Ledger, Northlight Radio and …"
    const by = /^(?:an?|the)?\s*(?:[\p{Ll}-]+\s)*(?:report|investigation|analysis|story|article|review)\s+by\s+(.+)$/u.exec(clean);
    if (by && by[1]) {
      const firstOutlet = (by[1].split(/,\s*|\s+and\s+/u)[0] ?? '').trim();
      const c = classifyName(firstOutlet);
      // (by a media outlet, the outlet speaks, LABELS; by anyone else, "a preliminary report by Foskington engineers",
      // "an analysis by the charity Obbham Legal", the document speaks, its author the affiliation, as the golds have it)
      if (c && c.kind === 'media') return { name: c.name, kind: 'media', role: null, resolvedVia: 'report-by' };
      const doc = clean.slice(0, clean.length - by[1].length).replace(/\s+by\s*$/u, '').replace(ARTICLES, '');
      if (c && doc) return { name: doc, kind: 'document', role: null, resolvedVia: 'report-by', ...(c.person ? {} : { affiliation: c.name }) };
    }
    const headed = documentByHead(clean);
    if (headed) return headed;
    // ("the attorney general’s office said", "the city attorney’s office", "the office of the Secretary-General": an
    // office-holder's office speaks as a body named as the text writes it, GUIDE section 3 "the mayor's office", not as
    // an unnamed holder of the post)
    const officeOf = /^(?:the[^\S\n]+)?((?:\p{Ll}[\p{Ll}-]*[^\S\n]+){0,2}\p{Ll}[\p{Ll}-]*)[’']s[^\S\n]+office$/iu.exec(clean)?.[1]
      ?? /^(?:the[^\S\n]+)?office[^\S\n]+of[^\S\n]+the[^\S\n]+(?:\p{Lu}[\p{L}.-]*[^\S\n]+){0,3}(\p{L}[\p{L}-]*(?:[^\S\n]+\p{L}[\p{L}-]*)?)$/u.exec(clean)?.[1];
    if (officeOf) {
      const holder = officeOf.toLowerCase();
      const lastTwo = holder.split(/\s+/u).slice(-2).join(' ');
      const lastOne = holder.split(/\s+/u).pop() ?? '';
      if (ROLE_NOUNS[holder] !== undefined || ROLE_NOUNS[lastTwo] !== undefined || ROLE_NOUNS[lastOne] !== undefined) {
        return { name: clean.replace(ARTICLES, ''), kind: 'organization', role: null, resolvedVia: 'office-of-holder' };
      }
    }
    const placeBody = placePossessedBody(clean, at);
    if (placeBody) return placeBody;
    const ownBody = bodyOfPerson(clean, at);
    if (ownBody) return ownBody;
    // "John Smith of Smith Industries", "Anna Berg of the Tenants Union": a person (a known given name and a family name)
    // of a body, which is the affiliation
    const personOf = /^(\p{Lu}[\p{L}’'.-]+ \p{Lu}[\p{L}’'.-]+) of ((?:the )?\p{Lu}[\p{L}&’'.-]*(?: (?:of |and |for |& )?\p{Lu}[\p{L}&’'.-]*){0,4})$/u.exec(clean);
    if (personOf && personOf[1] && personOf[2] && givenNameGender(personOf[1].split(' ')[0] as string)) {
      const body = classifyName(personOf[2]);
      if (body && (body.kind === 'organization' || body.kind === 'group' || body.kind === 'media') && personOf[2].toLowerCase().split(/\s+/u).some((w) => ORG_HEADS.has(w) || GROUP_HEADS.has(w) || MEDIA_HEADS.has(w))) {
        const who = classifyName(personOf[1]);
        if (who && who.person) return { name: who.name, kind: 'person', role: appositiveRole(appositive), resolvedVia: 'name-of-body', affiliation: body.name };
      }
    }
    // ("Tarn Holdings, which owns Brightfoot, … The parent company declined to comment": the body the article names as the
    // owner, "X, which owns", "owned by X", "parent company, X"; a parent company is no parent, and with no owner named
    // the description stays a body's)
    if (/^the parent (?:company|group|firm)$/iu.test(clean)) {
      const NAME = '\\p{Lu}[\\p{L}&’\'.-]*(?:[^\\S\\n]+(?:of[^\\S\\n]+|&[^\\S\\n]+)?\\p{Lu}[\\p{L}&’\'.-]*){0,4}';
      const owners = [...text.slice(0, at).matchAll(new RegExp(`(${NAME}),[^\\S\\n]+which[^\\S\\n]+owns\\b|\\bowned[^\\S\\n]+by[^\\S\\n]+(${NAME})|\\bparent[^\\S\\n]+(?:company|group|firm),?[^\\S\\n]+(${NAME})`, 'gu'))];
      const owner = owners.map((m) => m[1] ?? m[2] ?? m[3]).filter((n): n is string => n !== undefined).pop()?.replace(ARTICLES, '');
      if (owner) return { name: registry.lookup(owner)?.name ?? owner, kind: 'organization', role: null, resolvedVia: 'description:owner' };
      return { name: clean.replace(ARTICLES, ''), kind: 'organization', role: null, resolvedVia: 'description-unresolved' };
    }
    // ("The Harwell Tribunal ruled … In its decision, the three-member panel found": a court's sitting panel speaks as the
    // court or tribunal named before it, as a board voting in a body's name is the body, GUIDE decision 63)
    // (only a bench tied to the court: named as the court's ("the court's panel", "the appeal judges"), speaking "in its
    // ruling", or with the court named in this sentence or the one before and no other body between; never a panel of
    // experts or one another body set up, "the expert panel appointed by the ministry", court or no court before it)
    const panel = PANEL_DESCRIPTION.exec(clean);
    if (panel?.[1] && !NOT_COURT_PANEL.test(clean) && !NOT_COURT_AFTER.test(text.slice(at + written.length, at + written.length + 40))) {
      const court = nearest(at, (x) => !x.person && !x.weak && x.kind === 'organization' && PANEL_BODY_NAME.test(x.name) && !(x.spoke !== true && inQuoted(x.at)));
      const ownSentence = text.slice(Math.max(0, text.lastIndexOf('.', at - 1) + 1, text.lastIndexOf('\n', at - 1) + 1), at);
      const between = court ? text.slice(court.at, at) : '';
      const tied = court !== undefined && (COURT_PANEL_DESCRIPTION.test(clean) || IN_ITS_RULING.test(ownSentence)
        || ((between.match(/[.!?][”"’)]?[^\S\n]+(?=[\p{Lu}“"])|\n/gu) ?? []).length <= 1
          && !entities.some((x) => x.at > court.at && x.at < at && !x.person && x.name !== court.name && !(x.spoke !== true && inQuoted(x.at)))));
      if (court && tied) return { name: court.name, kind: 'organization', role: PANEL_HEADS.get(panel[1]) || null, resolvedVia: 'description:panel-of-court', ...(court.affiliation ? { affiliation: court.affiliation } : {}) };
    }
    const words = clean.split(' ');
    const lowerWords = words.map((w) => w.toLowerCase().replace(/[’']s$/u, '').replace(/[.,]$/u, ''));
    // ("Health Minister Ivo Brandt’s office said", "Governor Ana Ulmley’s press office": the office of a title-holder named
    // by the title before the name is that office, an organization named by the title, as the golds name "her office"
    // → "policing minister’s office", "Ferrell’s office" → "national ombudsman’s office"; a press office speaks as its
    // spokesperson, GUIDE section 3)
    const titledOffice = /^(?:the\s+)?((?:\p{Lu}[\p{L}.-]*\s+){2,5}\p{Lu}[\p{L}.-]+)([’'])s\s+(press\s+)?office$/u.exec(clean);
    const officeWords = titledOffice?.[1]?.split(/\s+/u) ?? [];
    // (the title is the words up to the last role word, with a name of two or three words after it: the longest such
    // run, "Attorney General Lena Hosk" → attorney general, "Chief Justice" → chief justice, not the first role word)
    const officeTitleEnd = [3, 2, 1].find((n) => officeWords.length - n >= 2 && officeWords.length - n <= 3
      && (roleNoun((officeWords[n - 1] as string).toLowerCase()) !== undefined || TITLE_ROLES[(officeWords[n - 1] as string).toLowerCase()] !== undefined));
    if (titledOffice && officeTitleEnd !== undefined) {
      // (an abbreviated title is written out, "Sen." → senator, "Rep." → representative, as TITLE_ROLES reads it)
      const officeTitle = officeWords.slice(0, officeTitleEnd).map((w) => w.toLowerCase()).map((w) => (w.endsWith('.') || TITLE_ROLES[`${w}.`] !== undefined) && TITLE_ROLES[w] !== undefined ? TITLE_ROLES[w] : w);
      return { name: `${officeTitle.join(' ')}${titledOffice[2] as string}s office`, kind: 'organization', role: titledOffice[3] ? 'spokesperson' : null, resolvedVia: 'title-holder-office' };
    }
    // ("Some Dunmore fans welcomed", "several supporters said", "a few Varnington residents": a part of a people, named by the
    // description with its quantifier, speaks as unnamed individuals, the noun as role, GUIDE decisions 56 and 62; not a
    // part of bodies, "several Wimstow unions", nor a possessive or a name after the noun)
    const part = PART_OF_PEOPLE.exec(clean);
    if (part && part[2] && !ORG_HEADS.has(part[2]) && !ORG_HEADS.has(singularOf(part[2])) && DEFINITE_DESCRIPTIONS[singularOf(part[2])] === undefined && !registry.lookup(clean)) {
      const noun = part[2];
      return { name: clean.charAt(0).toLowerCase() + clean.slice(1), kind: 'anonymous', role: roleNoun(noun) ?? singularOf(noun), resolvedVia: 'anonymous:part-of-people' };
    }
    // ("A group of 80 former pupils said", "a group of over 150 shopkeepers": people who act together, named by the
    // description, kind group with no role, as "More than 40 tenants have put their names to a petition" is, GUIDE decision 56)
    if (/^(?:an?|the)[^\S\n]+group[^\S\n]+of[^\S\n]+(?:[\p{L}\d,-]+[^\S\n]+){0,4}\p{Ll}[\p{Ll}-]*[^s’'\s]s$/iu.test(clean) && !registry.lookup(clean)
      // (not one that goes under a name of its own, "a group of anglers organized under the banner “Keep the Weir”")
      && !/under[^\S\n]+the[^\S\n]+banner|call(?:ing|s)?[^\S\n]+(?:itself|themselves)|known[^\S\n]+as|(?:called|named)[^\S\n]+[“"«\p{Lu}]/u.test(`${written} ${text.slice(at + written.length, at + written.length + 60)}`)) {
      return { name: clean.replace(ARTICLES, ''), kind: 'group', role: null, resolvedVia: 'description:group-of-people' };
    }
    // ("Each side blamed the other", "Either party may appeal, each lawyer said": a distributive determiner before common
    // nouns picks one of several unnamed parties, a description like "both sides", never a name)
    if (words.length >= 2 && words.length <= 4 && DISTRIBUTIVES.has((lowerWords[0] as string)) && words.slice(1).every((w) => /^\p{Ll}/u.test(w))) {
      const role = roleNoun(lowerWords[lowerWords.length - 1] as string) ?? null;
      return { name: clean.charAt(0).toLowerCase() + clean.slice(1), kind: 'anonymous', role, resolvedVia: 'description:distributive' };
    }
    const reg = registry.lookup(clean) ?? registry.lookup(clean.replace(ARTICLES, ''));
    // "Consumer groups", "Security researchers", "Opponents": a common-noun phrase whose capital only opens the sentence
    // is a description, not a name; its first word is written nowhere else with a capital inside a sentence
    if (!reg && clean === written.trim() && sentenceOpensAt(at) && commonAtSentenceStart(words)) {
      // (a word the article capitalises inside a sentence, if only in a longer name, keeps the text's case: it may be a
      // name, "Kipworth employees" after "Kipworth Systems", and a name is never lowered; "Environmental groups" is
      // matched without case anyway)
      const keep = capitalisedMidSentence().has((words[0] as string).replace(/[’']$/u, ''));
      const r = describe(clean.charAt(0).toLowerCase() + clean.slice(1), at, appositive);
      return r && keep && r.name.toLowerCase() === clean.toLowerCase().replace(ARTICLES, '') && r.name.charAt(0) === clean.charAt(0).toLowerCase()
        ? { ...r, name: clean.charAt(0) + r.name.slice(1) } : r;
    }
    if (reg) return { name: reg.name, kind: reg.kind, role: appositiveRole(appositive), resolvedVia: 'registry', ...(reg.affiliation ? { affiliation: reg.affiliation } : {}) };
    // "Parents Against Road Deaths": a body's name, not a role ("parents") before a name
    if (/^\p{Lu}/u.test(words[0] as string) && hasInnerPreposition(words)) {
      const c = classifyName(clean);
      if (c) return { name: c.name, kind: c.kind, role: null, resolvedVia: 'name' };
    }

    // A campaign or group named in quote marks: the staff-led campaign “No Cloud for War”
    const quoted = /[“"]([^”"]+)[”"]?/u.exec(phrase);
    if (quoted && quoted[1] && /^\p{Lu}/u.test(quoted[1])) {
      const qn = quoted[1].replace(/[,.]$/u, '').trim();
      const qr = registry.lookup(qn);
      const head = lowerWords.find((w) => GROUP_HEADS.has(w) || ORG_HEADS.has(w));
      // ("Lane, whose book “The Comfortable Lie” argues …", "the report “Dark Corners” found": a title after a noun of a
      // document or an authored work is a document, named by its title; the author named before "whose" is its
      // affiliation, GUIDE decision 14)
      const work = !qr && !head && lowerWords.slice(0, lowerWords.findIndex((w) => /[“"]/u.test(w))).some((w) => DOCUMENT_HEADS.has(w) || AUTHORED_WORKS.has(w));
      if (work) {
        const author = lowerWords[0] === 'whose' ? /((?:\p{Lu}[\p{L}’'.-]*[^\S\n]+){0,3}\p{Lu}[\p{L}’'-]+),[^\S\n]*$/u.exec(text.slice(Math.max(0, at - 60), at))?.[1] : undefined;
        const c = author ? classifyName(afterSentenceEnd(author)) : null;
        return { name: qn, kind: 'document', role: null, resolvedVia: 'quoted-name:titled-work', ...(c ? { affiliation: c.person ? canonicalPerson(c.name) : c.name } : {}) };
      }
      return { name: qr?.name ?? qn, kind: qr?.kind ?? (head && GROUP_HEADS.has(head) ? 'group' : 'organization'), role: null, resolvedVia: 'quoted-name' };
    }

    const capitals = words.filter((w) => /^[\p{Lu}+]/u.test(w) && !HONORIFICS.has(w.toLowerCase()));
    // ("The Information Commissioner's Office", "the Valley Farmers Alliance": a capitalised role word inside a run that
    // ends in an organisation's head word is part of the body's name, not a role)
    const inBodyName = (i: number): boolean => {
      for (let j = i; j < words.length && /^\p{Lu}/u.test(words[j] as string); j++) {
        if (j > i && (ORG_HEADS.has(lowerWords[j] as string) || GROUP_HEADS.has(lowerWords[j] as string))) return true;
      }
      // ("The Association of Marine Engineers", "the Federation of Small Farmers": a capitalised role word after a body's
      // head word and "of" in one capitalised run ends the body's name)
      if (!/^\p{Lu}/u.test(words[i] as string)) return false;
      // ("The Food Standards Executive said", "the Marine Safety Executive": a capitalised role word that ends a run of
      // capitalised words, with no name after it, is the body's last word; a title stands before a name)
      if (i === words.length - 1 && i > 0 && /^\p{Lu}/u.test(words[i - 1] as string) && BODY_NAME_ROLE_TAILS.has(lowerWords[i] as string)) return true;
      // ("Campaign group Fair Forward said", "charity Open Counsel said": so is any such role word when a lower-case noun of a
      // body's kind introduces the capitalised run; a role noun that ends the run is no title, which stands before a name)
      if (i === words.length - 1 && i > 0 && /^\p{Lu}/u.test(words[i - 1] as string)) {
        let k = i - 1;
        while (k > 0 && /^\p{Lu}/u.test(words[k - 1] as string)) k--;
        const kindWord = k > 0 && /^\p{Ll}/u.test(words[k - 1] as string) ? lowerWords[k - 1] as string : '';
        if (ORG_HEADS.has(kindWord) || GROUP_HEADS.has(kindWord) || BODY_DESCRIPTOR_WORDS.has(kindWord)) return true;
      }
      let sawOf = false;
      for (let j = i - 1; j >= 0; j--) {
        const w = lowerWords[j] as string;
        if (w === 'of' || w === 'for' || w === 'and' || w === '&') { sawOf ||= w === 'of' || w === 'for'; continue; }
        if (!/^\p{Lu}/u.test(words[j] as string)) break;
        if (sawOf && (ORG_HEADS.has(w) || GROUP_HEADS.has(w))) return true;
      }
      return false;
    };
    // ("Official results showed", "expert evidence suggests": a role word that is also an adjective, before a noun that
    // is no role, modifies that noun; "officials at the agency", "an official who …" keep it. Before a role noun it
    // modifies that noun too, which is the head and gives the role (decision 31: "expert witnesses" → witness), unless
    // the noun only marks an unnamed source ("official sources" → official).)
    const modifiesNoun = (w: string, i: number): boolean => {
      const next = lowerWords[i + 1];
      return ADJECTIVE_ROLE_WORDS.has(w) && next !== undefined && /^\p{Ll}[\p{Ll}-]*$/u.test(words[i + 1] as string) && ROLE_NOUNS[`${w} ${next}`] === undefined
        && !CLOSED_AFTER_NOUN.has(next) && (roleNoun(next) === undefined || !ANONYMOUS_MARKER.test(next));
    };
    // ("Relatives of the victims said", "the widow of the driver": a role noun after a kin noun's "of" is someone else's;
    // the kin have no role, GUIDE decision 27)
    const kinOf = lowerWords.findIndex((w, i) => KIN_HEADS.has(w) && lowerWords[i + 1] === 'of' && /^\p{Ll}/u.test(words[i + 2] ?? ''));
    const roleIdx = lowerWords.findIndex((w, i) => (kinOf < 0 || i < kinOf) && (roleNoun(w) !== undefined || ROLE_NOUNS[`${w} ${lowerWords[i + 1] ?? ''}`] !== undefined) && !inBodyName(i) && !modifiesNoun(w, i));
    const roleWord = roleIdx >= 0 ? (ROLE_NOUNS[`${lowerWords[roleIdx]} ${lowerWords[roleIdx + 1] ?? ''}`] ?? roleNoun(lowerWords[roleIdx] as string) ?? null) : null;
    const startsLower = /^\p{Ll}/u.test(clean);
    // (whole words: "Jaskington Resources" holds "sources" but is no anonymous source)
    const anonymous = ANONYMOUS_MARKER.test(clean);
    // ("A pharmacist in the northern city of Tarvale said", "a nurse in the town of Varnington": an unnamed holder of a role,
    // placed by where they are; the place after "the … city of" is where, not a body they speak for, GUIDE decision 31's
    // unnamed source, named by the description)
    if (roleWord && roleIdx >= 1 && roleIdx <= 3 && ['a', 'an', 'one'].includes(lowerWords[0] as string) && words.slice(1, roleIdx).every((w) => /^\p{Ll}/u.test(w))
      && PLACE_OF_ROLE.test(words.slice(roleIdx + 1).join(' '))) {
      return { name: clean.replace(ARTICLES, ''), kind: 'anonymous', role: roleWord, resolvedVia: 'role-phrase:in-place' };
    }

    // "A transcript of the hearing shows", "a memo from the county clerk's office warned", "papers released under
    // a records request show": a document's head before the phrase that says whose or which it is
    // ("a report by X" is left to the author rules)
    const post = lowerWords.findIndex((w, i) => i > 0 && /^(?:of|from|released|obtained|seen|filed|published|reviewed|shared|leaked)$/u.test(w));
    // "A ruling from the court says", "a statement from the ministry said": a body's own utterance of or from a body is the
    // body speaking (LABELS), resolved as "the court" would be; a named body ("from the White House") is found by its name
    if (post > 0 && post + 1 < words.length && (lowerWords[post] === 'of' || lowerWords[post] === 'from') && UTTERANCE_HEADS.has(lowerWords[post - 1] as string)
      && words.slice(0, post).every((w, i) => i === 0 || /^\p{Ll}/u.test(w)) && words.slice(post + 1).every((w) => /^\p{Ll}/u.test(w))) {
      const bodyWords = lowerWords.slice(post + 1).filter((w) => !/^(?:the|a|an)$/u.test(w));
      // (as written, possessives kept: "the state’s highest court")
      const asWritten = words.slice(post + 1).filter((w) => !/^(?:the|a|an)$/u.test(w)).join(' ');
      const head = bodyWords[bodyWords.length - 1];
      if (head && (ORG_HEADS.has(head) || DEFINITE_DESCRIPTIONS[head] === 'organization' || GROUP_HEADS.has(head))) {
        const d = describe(`the ${asWritten}`, at);
        if (d && d.kind !== 'anonymous' && d.kind !== 'document') return { ...d, role: null, resolvedVia: `utterance-of-body:${d.resolvedVia}` };
        return { name: asWritten, kind: GROUP_HEADS.has(head) ? 'group' : 'organization', role: null, resolvedVia: 'utterance-of-body' };
      }
    }
    // "A company statement said", "a council statement said": the same body's own utterance with the body's noun before
    // it, resolved as "the company" would be (the company named earlier); a noun that names no body the article gave
    // stays the document it was
    if (words.length === 3 && /^(?:a|an|the)$/u.test(lowerWords[0] as string) && UTTERANCE_HEADS.has(lowerWords[2] as string) && /^\p{Ll}[\p{Ll}-]*$/u.test(words[1] as string)) {
      const bodyNoun = lowerWords[1] as string;
      if (ORG_HEADS.has(bodyNoun) || DEFINITE_DESCRIPTIONS[bodyNoun] === 'organization') {
        const d = describe(`the ${bodyNoun}`, at);
        if (d && d.kind === 'organization' && (d.resolvedVia === 'description' || d.resolvedVia === 'description:head')) return { ...d, role: null, resolvedVia: `utterance-of-body:${d.resolvedVia}` };
      }
    }
    if (post > 0 && (roleIdx < 0 || roleIdx > post) && DOCUMENT_HEADS.has(lowerWords[post - 1] as string) && !UTTERANCE_HEADS.has(lowerWords[post - 1] as string) && words.slice(1, post).every((w) => /^[\p{Ll}\d]/u.test(w))
      && (startsLower || (!HONORIFICS.has(lowerWords[0] as string) && (post === 1 || sentenceOpensAt(at))))) {
      // (GUIDE: the document is named by its own noun phrase and the body it comes from is its affiliation: "a memo from
      // the county clerk's office" → memo, affiliation county clerk's office; "a transcript of the hearing" stays whole)
      if (lowerWords[post] === 'from' && post + 1 < words.length) {
        const head = words.slice(0, post).join(' ');
        return { name: (head.charAt(0).toLowerCase() + head.slice(1)).replace(ARTICLES, ''), kind: 'document', role: null, resolvedVia: 'document', affiliation: words.slice(post + 1).join(' ').replace(ARTICLES, '') };
      }
      return { name: (clean.charAt(0).toLowerCase() + clean.slice(1)).replace(ARTICLES, ''), kind: 'document', role: null, resolvedVia: 'document' };
    }

    // "a hospital spokesperson", "A spokesperson for the ministry", "A spokesperson": an unnamed spokesperson speaks for
    // the body (LABELS.md), named by the noun before the role or the phrase after it and resolved as "the ministry"
    // would be; a bare one for the organisation last named. (A capitalised body, "a Microsoft spokesperson", is below.)
    if (roleWord === 'spokesperson' && !anonymous && roleIdx >= 0 && /^(a|an|the|one)$/u.test(lowerWords[0] as string) && words.slice(1).every((w) => !/^\p{Lu}/u.test(w))) {
      const prep = lowerWords.findIndex((w, i) => i > roleIdx && ['for', 'of', 'at', 'with'].includes(w));
      const bodyWords = prep > 0 ? lowerWords.slice(prep + 1).filter((w) => !/^(the|a|an)$/u.test(w)) : lowerWords.slice(1, roleIdx);
      let body: { name: string; kind: SpeakerKind; affiliation?: string } | undefined;
      // ("the opposition health spokeswoman", "the shadow transport spokesman": the words name the portfolio an opposition
      // party's spokesperson covers, no body of that field)
      const portfolioOnly = prep < 0 && bodyWords.length >= 2 && OPPOSITION_WORDS.has((bodyWords[0] as string).replace(/[’']s$/u, ''));
      if (portfolioOnly) return { name: clean.replace(ARTICLES, ''), kind: 'anonymous', role: 'spokesperson', resolvedVia: 'spokesperson-of-portfolio' };
      // ("President Anders Holm … A spokeswoman for the president said": an unnamed spokesperson for the holder of an
      // office the article named speaks for that person, with his or her affiliation)
      const office = prep > 0 && bodyWords.length === 1 ? ROLE_NOUNS[bodyWords[0] as string] : undefined;
      const officeHolder = office ? nearest(at, (x) => x.person && roleOf(x) === office) : undefined;
      if (officeHolder) return { name: officeHolder.name, kind: 'person', role: 'spokesperson', resolvedVia: 'spokesperson-of-holder', ...(officeHolder.affiliation ? { affiliation: officeHolder.affiliation } : {}) };
      if (bodyWords.length) {
        // the latest body whose name has that head ("a ministry spokesman" → Interior Ministry); else the body as written
        // ("a spokesperson for the labour ministry" → labour ministry), never some other organisation
        const head = bodyWords[bodyWords.length - 1] as string;
        // ("the company’s spokesman": the company "the company" would be, "Talbot Foods")
        const asDescribed = (): { name: string; kind: SpeakerKind } | undefined => {
          const d = bodyWords.length === 1 && /^\p{Ll}[\p{Ll}-]*$/u.test(head) ? describe(`the ${bodyWords.join(' ')}`, at) : null;
          // (or the body the article introduced with that noun, "the state energy company Korvent … A company spokesman")
          return d && (d.resolvedVia === 'description' || d.resolvedVia === 'description:head') && d.kind === 'organization' ? { name: d.name, kind: d.kind } : undefined;
        };
        // (a body named by the office it serves, "the summit presidency", "the transition team", speakers.json leaderBodies,
        // likewise as written)
        body = byHead(at, head) ?? asDescribed() ?? (ORG_HEADS.has(head) || DEFINITE_DESCRIPTIONS[head] === 'organization' || LEADER_BODY_HEADS.has(head) ? { name: bodyWords.join(' '), kind: 'organization' } : undefined);
      } else {
        // ("The ministry contested that. A spokesman said …": the body the sentence before opens with, else the latest named)
        // (not a place named after a preposition, "Morlhurst, which has 40,000 riders in the UK, denied …. A spokesperson said")
        body = previousSubjectBody(at) ?? nearest(at, (x) => !x.person && !x.weak && x.kind !== 'anonymous' && x.kind !== 'document' && x.kind !== 'media'
          && !(x.salience === 2 && oracleKind(x.name) === 'place'));
      }
      if (body) return { name: body.name, kind: body.kind, role: 'spokesperson', resolvedVia: 'spokesperson-of-body', ...(body.affiliation ? { affiliation: body.affiliation } : {}) };
    }

    // "Some Democrats", "Two Republicans on the committee": members of a body, counted, are unnamed sources.
    const countedMembers = COUNTING.has(lowerWords[0] as string)
      && /^\p{Lu}[\p{L}-]*[^s’']s$/u.test(words[1] ?? '') && (ORG_HEADS.has(lowerWords[1] as string) || GROUP_HEADS.has(lowerWords[1] as string) || /(?:ans|ese|ists)$/u.test(lowerWords[1] as string));
    if (countedMembers) return { name: clean.replace(/^\p{Lu}/u, (c) => c.toLowerCase()), kind: 'anonymous', role: null, resolvedVia: 'counted-members' };
    // "One described …", "Another said …", "Most say …": a quantifier standing for members of a group just mentioned is
    // an unnamed source, not a body called "One".
    // (one of the unnamed sources or the group that spoke just before, when there is one: "Former staff said … One described …")
    // ("Some say …", "Many said …" opening a sentence stand for their own words, a part of people not named: an earlier
    // sentence's poll share or unnamed source is not "some"; the group of the same sentence is: "Several researchers said
    // …, though most described …")
    // A named group the sentence just before is about is theirs too ("… popular among Democrats. Most believe …"):
    // one sentence back, never a poll share.
    const plural = PLURAL_FUSED_HEADS.has(lowerWords[0] as string);
    if (lowerWords.length === 1 && FUSED_HEADS.has(lowerWords[0] as string)) {
      const boundaries = (x: Entity): number => text.slice(x.at, at).match(/[.!?][”"’]?\s/gu)?.length ?? 0;
      const groupOk = (x: Entity): boolean => (x.kind === 'anonymous' || x.kind === 'group') && at - x.at < 400 && !FUSED_HEADS.has(x.name)
        && !(plural && (POLL_SHARE.test(x.name) || (boundaries(x) > 0 && !(x.kind === 'group' && boundaries(x) === 1))));
      // ("Two workers …, said supervisors had told employees … One said …": "one" or "another" is one of a counted group
      // that spoke, before a plural speaker nested in its words)
      const counted = plural ? undefined : nearest(at, (x) => groupOk(x) && x.spoke === true && COUNTED_GROUP.test(x.name));
      const group = counted ?? nearest(at, groupOk);
      // ("The decision angered some parents. One said …", "Three former riders spoke to the paper. Another said …": a
      // counted plural of people in the sentence before, which no speaker or name gave, is the group; its member is named
      // by its noun in the singular, GUIDE decision 47)
      const described = group || plural ? null : countedPeopleBefore(at);
      if (described) return { name: described, kind: 'anonymous', role: headRole(described), resolvedVia: 'anonymous:member-of-described' };
      return { name: group?.name ?? lowerWords[0] as string, kind: 'anonymous', role: group?.role ?? null, resolvedVia: group ? 'anonymous:member' : 'anonymous' };
    }
    // "Analysts at the investment bank Lomdock Pimdock", "Prosecutors from the Fraud Office", "researchers at
    // the digital rights group Kettle Lab": professionals of a named body, unnumbered, speak for the body's work
    // ("International observers from the Regional Election Monitoring Mission", "Election monitors from …": up to two
    // words that say what kind of professionals, never a count: "two analysts at …" stay unnamed people)
    const staffOf = /^((?:[\p{L}-]+\s+){0,2}?)([\p{L}-]+)\s+(?:at|from|with)\s+(?:the\s+)?((?:[\p{Ll}-]+\s+){0,4}?)((?:\p{Lu}[\p{L}&’'.-]*\s+){0,4}\p{Lu}[\p{L}’'.-]*)$/u.exec(clean)?.slice(1);
    const staffKinds = (staffOf?.[0] ?? '').trim().split(/\s+/u).filter(Boolean).map((w) => w.toLowerCase());
    if (staffOf && staffOf[1] && staffOf[3] && !anonymous && PROFESSIONAL_ROLES.has(staffOf[1].toLowerCase())
      && staffKinds.every((w) => !COUNT_WORDS.has(w) && !ARTICLES.test(`${w} `) && !/^\d/u.test(w) && !POSSESSIVE_PRON.has(w))) {
      const body = classifyName(staffOf[3]);
      // (a kind noun before the name makes it a body: "the investment bank Dunling Galstow")
      const kindNoun = (staffOf[2] ?? '').trim().split(/\s+/u).pop() ?? '';
      const introduced = DEFINITE_DESCRIPTIONS[kindNoun] === 'organization' || ORG_HEADS.has(kindNoun);
      // (an observer mission's "observers" are in the role of observer, as analysts are analysts)
      const role = roleNoun(staffOf[1].toLowerCase()) ?? singularOf(staffOf[1].toLowerCase());
      if (body && (!body.person || introduced) && body.kind !== 'document') return { name: body.name, kind: body.person || body.kind === 'anonymous' ? 'organization' : body.kind, role, resolvedVia: 'staff-of-body' };
      if (!body && introduced) return { name: staffOf[3], kind: 'organization', role, resolvedVia: 'staff-of-body' };
    }
    if (anonymous || (startsLower && QUANT.has(lowerWords[0] as string) && capitals.length === 0 && roleWord) || /^(people|sources|officials|authorities|insiders|analysts|experts|critics|residents|employees|workers)\b/u.test(clean.toLowerCase())) {
      const desc = clean.replace(ARTICLES, '').replace(/\s+(who|that|which)\s.*$/u, '').replace(/,.*$/u, '');
      if (GROUP_HEADS.has(lowerWords[lowerWords.length - 1] as string) && !anonymous && ['critics', 'residents', 'activists', 'campaigners', 'protesters'].includes(lowerWords[0] as string)) {
        return { name: desc, kind: 'group', role: null, resolvedVia: 'description' };
      }
      return { name: desc, kind: 'anonymous', role: roleWord, resolvedVia: 'anonymous' };
    }

    // Possessive role: its spokesperson, the company's chief executive → the organisation, with the role.
    // (plural roles of a possessor are unnamed people of its side, below: "the district’s lawyers", "the city’s advisers")
    const pluralRole = roleIdx >= 0 && lowerWords[roleIdx] !== roleWord && /[^s]s$/u.test(lowerWords[roleIdx] as string);
    // "His lawyers", "her aides", "her office": the people or the office of the person the pronoun points back to, named
    // after them ("Okafor’s lawyers"; an office after the office-holder's role, "minister’s office", else their name)
    // ("her campaign said": a person's campaign, named after that person as "Marlow's campaign" is, a group)
    if ((lowerWords[0] === 'his' || lowerWords[0] === 'her') && words.length === 2 && PERSONS_BODIES.has(lowerWords[1] as string)) {
      const e = nearest(at, (x) => x.person && x.kind === 'person' && x.gender !== (lowerWords[0] === 'his' ? 'female' : 'male'));
      // (with the apostrophe the article writes that name with, so that "Marlow's campaign" written out is the same speaker)
      const owner = e?.name.split(' ').pop();
      if (owner) return { name: `${owner}${text.includes(`${owner}'s ${lowerWords[1] as string}`) ? "'" : '’'}s ${lowerWords[1] as string}`, kind: 'group', role: null, resolvedVia: 'possessive-persons-body' };
    }
    if ((lowerWords[0] === 'his' || lowerWords[0] === 'her') && words.length === 2 && (pluralRole || lowerWords[1] === 'office')) {
      const gender: Gender = lowerWords[0] === 'his' ? 'male' : 'female';
      const e = nearest(at, (x) => x.person && x.gender !== (gender === 'male' ? 'female' : 'male'));
      if (e) {
        const surname = e.name.split(' ').pop() as string;
        if (lowerWords[1] === 'office') {
          const held = entities.find((x) => x.name === e.name && x.person && roleOf(x) !== null);
          return { name: `${(held && roleOf(held)) ?? surname}${APOS}s office`, kind: 'organization', role: null, resolvedVia: 'possessive-office' };
        }
        return { name: `${surname}${APOS}s ${lowerWords[1]}`, kind: 'group', role: roleWord, resolvedVia: 'possessive-people' };
      }
    }
    if (roleWord && !pluralRole && (POSSESSIVE_PRON.has(lowerWords[0] as string) || (lowerWords[0] === 'the' && /[’']s$/u.test(words[1] ?? '')))) {
      // "The union’s safety officer Ian Holt said", "its finance director Carla Jelworth said": a possessed role with a
      // person's full name after it is that person, affiliated to the body the possessor stands for, not the body alone
      const roleEnd = roleIdx + (ROLE_NOUNS[`${lowerWords[roleIdx]} ${lowerWords[roleIdx + 1] ?? ''}`] !== undefined ? 2 : 1);
      const named = roleIdx >= 1 ? words.slice(roleEnd) : [];
      if (named.length >= 2 && named.length <= 3 && named.every((w) => /^\p{Lu}[\p{L}’'.-]+$/u.test(w)) && lowerWords[0] !== 'his' && lowerWords[0] !== 'her') {
        const p = classifyName(named.join(' '));
        if (p ? p.person && p.kind === 'person' : genderOf(named.join(' ')).gender !== undefined) {
          const owner = lowerWords[0] === 'the' ? (/^\p{Lu}/u.test(words[1] as string) ? classifyName((words[1] as string).replace(/[’']s$/u, '')) : describe(`the ${(lowerWords[1] as string).replace(/[’']s$/u, '')}`, at))
            : nearest(at, (x) => !x.person && x.kind !== 'anonymous' && x.kind !== 'document');
          const body = owner && owner.kind !== 'person' && owner.kind !== 'anonymous' && owner.kind !== 'document' ? owner.name : undefined;
          return { name: p?.name ?? canonicalPerson(named.join(' ')), kind: 'person', role: roleWord, resolvedVia: 'possessive-role-and-name', ...(body ? { affiliation: body } : {}) };
        }
      }
      if (lowerWords[0] === 'his' || lowerWords[0] === 'her') {
        // (the nearest person the pronoun can stand for: "Her lawyer" is not the lawyer of a man named just before)
        const other: Gender = lowerWords[0] === 'his' ? 'female' : 'male';
        const e = nearest(at, (x) => x.person && x.gender !== other);
        // ("Her coach said", "his lawyer told reporters": the unnamed holder of a post at a person's side is another person,
        // named after that person as "His lawyers" are, "Okafor’s lawyers", not the person; a spokesperson speaks for them)
        if (e && roleWord !== 'spokesperson' && words.length === 2) {
          return { name: `${e.name.split(' ').pop() as string}${APOS}s ${lowerWords[1] as string}`, kind: 'anonymous', role: roleWord, resolvedVia: 'possessive-person:holder' };
        }
        return { name: e?.name ?? clean, kind: 'person', role: roleWord, resolvedVia: 'possessive-person' };
      }
      // "the family’s lawyer", "the victim’s mother": a possessor that is no body has no organisation to speak for; the
      // person the text named in that role ("A lawyer for the family, Mark Stein, …"), else an unnamed source
      const possessor = lowerWords[0] === 'the' ? (lowerWords[1] as string) : undefined;
      // ("the country’s financial regulator": a body of a place, the description without the place)
      if (possessor && /[’']s$/u.test(words[1] as string) && PLACE_POSSESSORS.has(possessor) && words.length >= 3 && DEFINITE_DESCRIPTIONS[lowerWords[lowerWords.length - 1] as string] === 'organization') {
        const d = describe(`the ${words.slice(2).join(' ')}`, at);
        if (d) return { ...d, role: null };
      }
      // ("the city’s mayor", "the state’s attorney general": a place's office holder is the person the text gave that
      // role, else an unnamed source; not the body named last)
      if (possessor && /[’']s$/u.test(words[1] as string) && PLACE_POSSESSORS.has(possessor) && roleIdx >= 2 && (roleIdx === words.length - 1 || (roleIdx === words.length - 2 && ROLE_NOUNS[`${lowerWords[roleIdx]} ${lowerWords[roleIdx + 1]}`] !== undefined))) {
        const held = nearest(at, (x) => x.person && roleOf(x) === roleWord);
        if (held) return { name: held.name, kind: 'person', role: roleWord, resolvedVia: 'possessive:role-holder', ...(held.affiliation ? { affiliation: held.affiliation } : {}) };
        return { name: clean.replace(ARTICLES, ''), kind: 'anonymous', role: roleWord, resolvedVia: 'possessive:unnamed' };
      }
      const possessorClass = possessor ? DEFINITE_DESCRIPTIONS[possessor] ?? (ORG_HEADS.has(possessor) ? 'organization' : undefined) : undefined;
      // ("the governor’s office", "the mayor’s office": the office speaks, named after the role, as the text writes it)
      if (possessor && words.length === 3 && roleIdx === 1 && lowerWords[2] === 'office' && /^\p{Ll}/u.test(words[1] as string)) {
        return { name: clean.replace(ARTICLES, ''), kind: 'organization', role: null, resolvedVia: 'possessive-office' };
      }
      // "the senator’s spokesman": the person the text named in the possessor's role speaks through that role; "the
      // victim’s mother": an unnamed source, not the body named last
      if (possessor && words.length === 3 && roleIdx === 1 && /^\p{Ll}/u.test(words[1] as string) && /^\p{Ll}[\p{Ll}-]+$/u.test(words[2] as string)) {
        const second = roleNoun(lowerWords[2] as string) ?? null;
        const holder = second ? nearest(at, (x) => x.person && roleOf(x) === roleWord) : undefined;
        // (with the holder's own role: a person keeps one role through the article, and the spokesman's is not hers)
        if (holder) return { name: holder.name, kind: 'person', role: roleWord, resolvedVia: 'possessive:role-holder', ...(holder.affiliation ? { affiliation: holder.affiliation } : {}) };
        return { name: clean.replace(ARTICLES, ''), kind: 'anonymous', role: second, resolvedVia: 'possessive:unnamed' };
      }
      // ("The Pentagon’s top spokesman": a named possessor is the body, not the body named last)
      if (lowerWords[0] === 'the' && /^\p{Lu}/u.test(words[1] as string)) {
        const c = classifyName((words[1] as string).replace(/[’']s$/u, ''));
        if (c && !c.person) return { name: c.name, kind: c.kind, role: roleWord, resolvedVia: 'possessive:named-body', ...(c.affiliation ? { affiliation: c.affiliation } : {}) };
      }
      // ("Maria Lopez, who chairs the committee, … The committee’s chairwoman said": the person the text gave that role;
      // a body's spokesperson speaks for the body, below, and a bodiless possessor's unnamed one is an unnamed source)
      if (possessor && words.length === 3 && roleIdx === 2) {
        const bodiless = /^\p{Ll}/u.test(words[1] as string) && (possessorClass === undefined || possessorClass === 'person');
        const held = bodiless || roleWord !== 'spokesperson' ? nearest(at, (x) => x.person && roleOf(x) === roleWord) : undefined;
        if (held) return { name: held.name, kind: 'person', role: roleWord, resolvedVia: 'possessive:role-holder', ...(held.affiliation ? { affiliation: held.affiliation } : {}) };
        if (bodiless) return { name: clean.replace(ARTICLES, ''), kind: 'anonymous', role: roleWord, resolvedVia: 'possessive:unnamed' };
      }
      // ("the committee’s chairwoman", "the ministry’s spokesman": the body "the committee" stands for, when the text has one)
      const d = possessor && words.length === 3 && roleIdx === 2 && (possessorClass === 'organization' || possessorClass === 'group') ? describe(`the ${possessor}`, at) : null;
      // ("the council's chief planner said", "the company's lawyers said": an unnamed holder of a post at a body the text
      // described is one of its people, described, the body the affiliation, GUIDE decision 63, as "the ministry's
      // assessors" are; only a spokesperson, and the leader or chair who speaks in the body's name, speak as the body)
      const staffOfBody = (body: { name: string; kind: SpeakerKind }): Omit<Speaker, 'mention'> & { resolvedVia: string } | undefined => possessor && /[’']s$/u.test(words[1] as string) && roleWord !== 'spokesperson' && !BODY_LED_ROLES.has(roleWord ?? '') && /^\p{Ll}/u.test(words[1] as string) && (body.kind === 'organization' || body.kind === 'group')
        ? { name: clean.replace(ARTICLES, ''), kind: 'anonymous', role: roleWord, resolvedVia: 'possessive:staff-of-body', affiliation: body.name } : undefined;
      if (d && (d.resolvedVia === 'description:head' || d.resolvedVia === 'description')) return staffOfBody(d) ?? { name: d.name, kind: d.kind, role: roleWord, resolvedVia: `possessive:${d.resolvedVia}`, ...(d.affiliation ? { affiliation: d.affiliation } : {}) };
      // (not a name met only inside a speaker's quoted words, "“Farmers in Osmar lost out,” the group’s director said", nor
      // a people's adjective before a noun, "Osmar will tax Veradian cheese, its trade minister said", which is no body)
      const bodyOk = (x: Entity): boolean => !x.person && x.kind !== 'anonymous' && x.kind !== 'document' && !(x.spoke !== true && inQuoted(x.at))
        && !(!x.name.includes(' ') && demonymPlace(x.name) !== undefined && /^[^\S\n]+\p{Ll}/u.test(text.slice(x.at + x.name.length, x.at + x.name.length + 3)));
      // ("Brackley Foods will shut its plant in Osmar, its spokeswoman said": after a content that opens the sentence, "its"
      // is the body that opens it, the content's subject, not a place named later in it)
      const opener = lowerWords[0] === 'its' ? nearest(at, (x) => bodyOk(x) && sentenceAt(x.at) === sentenceAt(at) && sentenceOpensAt(x.at)) : undefined;
      const e = opener ?? nearest(at, bodyOk);
      // ("The gallery will sell the painting, its director said … said Ana Vogel, the gallery’s director": the holder named next)
      const holder = e && roleIdx === words.length - 1 && (lowerWords[0] === 'its' || possessorClass === 'organization') ? namedLater(at + written.length, roleWord, `${e.name} ${possessor ?? ''}`) : undefined;
      if (e && holder) return { name: holder.name, kind: 'person', role: roleWord, resolvedVia: 'possessive:named-later', affiliation: e.name };
      if (e) return (possessorClass === 'organization' || possessorClass === 'group' ? staffOfBody(e) : undefined) ?? { name: e.name, kind: e.kind, role: roleWord, resolvedVia: 'possessive', ...(e.affiliation ? { affiliation: e.affiliation } : {}) };
    }

    // Role with a named person: "Kipworth spokesperson Lena Hart", "Defence Minister Anna Kovac", "Lena Hart, a spokesperson"
    const roleForOrg = roleIdx >= 0 && lowerWords.slice(roleIdx + 1).some((w) => ['for', 'at', 'of', 'with'].includes(w));
    // (not a capitalised plural role noun inside a body's name, "The Game Makers Guild", "Nurses United": no one
    // person's title is plural)
    const pluralTitle = /^\p{Lu}/u.test(words[roleIdx] ?? '') && lowerWords[roleIdx] !== roleWord && /s$/u.test(lowerWords[roleIdx] ?? '');
    const bodyName = clean.replace(ARTICLES, '');
    if (pluralTitle && roleIdx < words.length - 1 && /^\p{Lu}/u.test(words[roleIdx + 1] as string) && bodyName.split(/\s+/u).every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|and|&)$/u.test(w)) && !registry.lookup(bodyName)
      && (roleIdx === words.length - 2 || classifyName(words.slice(roleIdx + 1).join(' '))?.person !== true)) {
      // (its kind by a collective's noun in apposition right after it, "X Riders Together, a passenger campaign, said")
      const apCollective = appositive !== undefined && /^[^\S\n]*,[^\S\n]*$/u.test(text.slice(at + written.length, appositive.start)) ? appositiveBodyKind(appositive) : undefined;
      return { name: bodyName, kind: apCollective?.collective ? apCollective.kind : kindOfOrg(bodyName), role: null, resolvedVia: 'name:plural-role-in-name' };
    }
    // (not a place or a body after a preposition, "a senior official in Lisbon", "a diplomat from Luskory": the role's
    // holder is unnamed; the capitalised words are where they are or come from, never their name)
    const placedAt = words.length - 1 - trailingCapitals(words.slice(roleIdx + 1)).length;
    const placedPrep = lowerWords[placedAt] === 'the' ? placedAt - 1 : placedAt;
    const placed = roleIdx >= 0 && /^(?:in|from|near|inside|outside|across|around)$/u.test(lowerWords[placedPrep] ?? '');
    // ("political scientist Dana Orwell in Tarvale": a person's name between the role and the place is the holder's; the
    // phrase without the place speaks)
    const namedBeforePlace = placed && placedPrep > roleIdx + 1 ? words.slice(roleIdx + 1, placedPrep) : [];
    if (namedBeforePlace.length && namedBeforePlace.every((w) => /^\p{Lu}/u.test(w)) && classifyName(namedBeforePlace.join(' '))?.person === true) {
      return describePhrase(words.slice(0, placedPrep).join(' '), at, appositive);
    }
    if (roleIdx >= 0 && !roleForOrg && !placed && !pluralTitle && roleIdx < words.length - 1 && /^\p{Lu}/u.test(words[words.length - 1] as string)) {
      const personWords = personPart(trailingCapitals(words.slice(roleIdx + 1)));
      if (personWords.length >= 1) {
        // (the body is the capitalised words before the role: "White House press secretary X" → White House; a generic
        // modifier capitalised only to open the sentence is none, "Regional governor X", "Federal judge X")
        // ("Fellow Wimstow Tenants Union organiser X", "Former Rovers captain X": an adjective capitalised only to open the
        // sentence is no word of the body's name)
        const before = words.slice(0, roleIdx).filter((w, i) => !/^(the|a|an)$/iu.test(w) && !(i === 0 && NAME_PRECEDING_ADJECTIVES.has(w.toLowerCase())));
        const lowerAt = before.findIndex((w, i) => !/^\p{Lu}/u.test(w) && !((NAME_PARTICLES.has(w) || w === 'of' || w === 'and') && /^\p{Lu}/u.test(before[i + 1] ?? '')));
        // (and a body's head word after them: "Obama campaign spokeswoman X" → Obama campaign)
        const bodyHead = lowerAt > 0 && ['organization', 'group', 'media'].includes(DEFINITE_DESCRIPTIONS[(before[lowerAt] as string).toLowerCase()] ?? '') ? 1 : 0;
        const capitalised = lowerAt < 0 ? before : before.slice(0, lowerAt + bodyHead);
        // (a minister's or a secretary's portfolio is no body, "Transport Minister X", "Shadow Housing Secretary X", unless
        // the words name one: a registry body, a body's head word, or a body the text named)
        // ("Health Secretary X": a lone field word is the portfolio even where it can end a company's name, "Pimham Health";
        // not a kind of body, "Union regional secretary X", nor a word the text names a ministry or department by, "the
        // Ministry of Health", "the health ministry")
        const lone = capitalised.length === 1 ? capitalised[0] as string : '';
        const ministryNamed = lone !== '' && new RegExp(`(?<![\\p{L}])(?:(?:ministry|department)[^\\S\\n]+(?:of|for)[^\\S\\n]+(?:the[^\\S\\n]+)?${escapeRegExp(lone)}|${escapeRegExp(lone)}[^\\S\\n]+(?:ministry|department))(?![\\p{L}])`, 'iu').test(text);
        const portfolio = PORTFOLIO_ROLES.has(roleWord ?? '') && !registry.lookup(capitalised.join(' ')) && !((capitalised.length > 1 || ministryNamed || DEFINITE_DESCRIPTIONS[lone.toLowerCase()] !== undefined) && capitalised.some((w) => ORG_HEADS.has(w.toLowerCase()) || GROUP_HEADS.has(w.toLowerCase())))
          && !nearest(at, (x) => !x.person && x.name === capitalised.join(' '));
        // ("Veradian Trade Minister X", "Osmish Foreign Minister X": the country a people's adjective names before a
        // portfolio is the affiliation, as "Weskmore's foreign minister" → Weskmore, GUIDE decision 64; not the adjective and
        // the portfolio together)
        const country = PORTFOLIO_ROLES.has(roleWord ?? '') && capitalised.length >= 1 && capitalised.length <= 3 && !registry.lookup(capitalised.join(' ')) ? demonymPlace(capitalised[0] as string) : undefined;
        if (country) return { name: canonicalPerson(personWords.join(' ')), kind: 'person', role: roleWord, resolvedVia: 'role-and-name', affiliation: registry.lookup(country)?.name ?? country };
        // ("Luskwick sprinter X", "Kenyan runner X": an athlete's nationality, a people's adjective, is no body he or she
        // speaks for; "Preldale rider X" names the team)
        const nationality = capitalised.length === 1 && ATHLETE_ROLES.has(roleWord ?? '') && !registry.lookup(capitalised[0] as string)
          && (peopleAdjectives(capitalised[0] as string) || /^\p{Lu}\p{Ll}+(?:ian|ese|ish)$/u.test(capitalised[0] as string));
        // ("Its editor-in-chief, Professor Carla Jelworth, said": an academic title before the name is no post; the post set
        // before it in apposition is the role, and the body its possessor stands for the affiliation, GUIDE decision 74)
        const fronted = (roleWord === 'professor' || roleWord === 'doctor') && before.length === 0
          ? /(?:^|[.!?]["”’]?[^\S\n]+|\n[^\S\n]*)((?:Its|Their|The[^\S\n]+[\p{L}-]+[’']s?)[^\S\n]+[\p{Ll}-]+(?:[^\S\n]+[\p{Ll}-]+){0,2}),[^\S\n]*$/u.exec(text.slice(Math.max(0, at - 60), at)) : null;
        const post = fronted?.[1] ? describe(fronted[1], at - (fronted[0].length - fronted[0].indexOf(fronted[1]))) : null;
        const postBody = post && (post.kind === 'organization' || post.kind === 'group') ? post.name : post?.affiliation;
        if (post && post.role && post.role !== roleWord) return { name: canonicalPerson(personWords.join(' ')), kind: 'person', role: post.role, resolvedVia: 'role-and-name:fronted-post', ...(postBody ? { affiliation: postBody } : {}) };
        // ("Energy Minister Paul Orvton" in an article that names the "Ministry of Energy Transition": the portfolio word
        // is no body; the minister's own ministry, as the article names it, is the affiliation, GUIDE decision 64)
        const ministry = PORTFOLIO_ROLES.has(roleWord ?? '') && capitalised.length >= 1 && capitalised.length <= 3 && !registry.lookup(capitalised.join(' ')) ? ministryNamedFor(capitalised) : undefined;
        if (ministry) return { name: canonicalPerson(personWords.join(' ')), kind: 'person', role: roleWord, resolvedVia: 'role-and-name:ministry', affiliation: ministry };
        // ("Opposition councillor X", "Shadow minister X": the side the person sits on, no body, OPPOSITION_WORDS)
        // ("Campaign spokeswoman Tessa Quill", "Union organiser X" opening the sentence: a body's common head noun,
        // capitalised only there, is the body of that kind the text named, else none; not a name "Campaign")
        const commonHead = capitalised.length === 1 && words[0] === capitalised[0] && sentenceOpensAt(at) && !registry.lookup(lone)
          // ("Federation president Gregor Ilic" after "The Federation of Veloria Workers": a word written inside a sentence
          // only as the first word of a longer name is still that common head)
          && ['organization', 'group'].includes(DEFINITE_DESCRIPTIONS[lone.toLowerCase()] ?? '') && !standaloneMidCapitals().has(lone);
        // (with none named, the word as written stays: the stance stage reads a side from it, "Board chair X" defending
        // the board)
        const commonBody = commonHead ? byHead(at, lone.toLowerCase()) : undefined;
        if (commonBody) return { name: canonicalPerson(personWords.join(' ')), kind: 'person', role: roleWord, resolvedVia: 'role-and-name:common-head', affiliation: commonBody.name };
        const org = portfolio || nationality || capitalised.every((w) => GENERIC_MODIFIERS.has(w.toLowerCase()) || CLASSIFYING_ADJECTIVES.has(w.toLowerCase()) || RANK_MODIFIERS.has(w.toLowerCase()) || OPPOSITION_WORDS.has(w.toLowerCase())) ? '' : capitalised.join(' ');
        const pname = canonicalPerson(personWords.join(' '));
        // ("Professor Ivo Renn, an epidemiologist at the Institute of Rural Health,": with no body before the title, the
        // body the appositive names)
        // ("trust chair Ada Venn", "union president X" after "the Varnington Tenants’ Trust": a lone lower-case head word of a
        // body before the title is the body named before whose name carries that word)
        const lone0 = before.length === 1 && /^\p{Ll}/u.test(before[0] as string) ? (before[0] as string) : '';
        const headBody = lone0 && ['organization', 'group'].includes(DEFINITE_DESCRIPTIONS[lone0] ?? '') ? byHead(at, lone0) : undefined;
        const apAff = org && /^\p{Lu}/u.test(org) ? undefined : appositiveAffiliation(appositive) ?? headBody?.name;
        return { name: pname, kind: 'person', role: roleWord, resolvedVia: 'role-and-name', ...(org && /^\p{Lu}/u.test(org) ? { affiliation: registry.lookup(org)?.name ?? org } : apAff ? { affiliation: apAff } : {}) };
      }
    }
    // "Deputy Minister for Rural Transport Edda Tupworth": a role for a body, then a person's name (a known given name).
    // (not after a plural role noun, "Members of Save Orwell Green": many people are no one person's name)
    if (roleIdx >= 0 && roleForOrg && /^\p{Lu}/u.test(words[0] as string) && /^\p{Lu}/u.test(words[words.length - 1] as string) && !(lowerWords[roleIdx] !== roleWord && /s$/u.test(lowerWords[roleIdx] as string))) {
      // ("Energy analyst Rosa Vint of Harwell Partners", "Research director Ana Pol at the Lund Institute": the person's
      // name right after the role, then the body they work for, which is the affiliation, not the speaker)
      const ofAt = lowerWords.findIndex((w, i) => i > roleIdx + 2 && (w === 'of' || w === 'at'));
      const named = ofAt > 0 && ofAt - roleIdx - 1 <= 3 && words.slice(roleIdx + 1, ofAt).every((w) => /^\p{Lu}[\p{L}’'-]+$/u.test(w)) ? words.slice(roleIdx + 1, ofAt) : [];
      const bodyWords = ofAt > 0 ? words.slice(ofAt + 1).filter((w, i) => i > 0 || !/^the$/iu.test(w)) : [];
      if (named.length >= 2 && bodyWords.length >= 1 && bodyWords.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|and|&)$/u.test(w))) {
        const who = classifyName(named.join(' '));
        const body = classifyName(bodyWords.join(' '));
        if (who && who.person && body && !body.person && (body.kind === 'organization' || body.kind === 'group' || body.kind === 'media')) {
          return { name: canonicalPerson(named.join(' ')), kind: 'person', role: roleWord, resolvedVia: 'role-name-of-body', affiliation: body.name };
        }
      }
      const caps = trailingCapitals(words.slice(roleIdx + 1));
      const pw = personPart(caps);
      if (pw.length >= 2 && pw.length <= 3 && pw.length < caps.length && genderOf(pw.join(' ')).gender) {
        return { name: canonicalPerson(pw.join(' ')), kind: 'person', role: roleWord, resolvedVia: 'role-for-body-and-name' };
      }
      // ("Secretary of State Warren Nobridge", a given name the lexicon does not know: the last two capitals, when the name
      // oracle reads them as a person's name and a capitalised title opens the phrase, are the person; the rest the body)
      const last2 = caps.slice(-2);
      const asPerson = caps.length >= 3 && /^\p{Lu}/u.test(words[roleIdx] as string) ? classifyName(last2.join(' ')) : null;
      if (asPerson && asPerson.person && asPerson.kind === 'person' && !registry.lookup(caps.join(' '))) {
        return { name: asPerson.name, kind: 'person', role: roleWord, resolvedVia: 'role-for-body-and-name' };
      }
    }
    // Unnamed role phrase: a Microsoft spokesperson, an Israeli military spokesperson, a spokesperson for Kipworth.
    // ("the regulator", and with lower-case modifiers, "the civil aviation regulator": a body, whose head is also a role noun)
    const orgDescription = lowerWords.length >= 2 && /^(the|this)$/u.test(lowerWords[0] as string) && DEFINITE_DESCRIPTIONS[lowerWords[lowerWords.length - 1] as string] === 'organization'
      && roleIdx === lowerWords.length - 1 && words.slice(1).every((w) => /^\p{Ll}/u.test(w));
    if (roleWord && !orgDescription && lowerWords.length <= 3 && /^(the|this)$/u.test(lowerWords[0] as string)) {
      // "the mayor", "the chief executive": the person last named in that role.
      // (the role the text gave the person when naming them, "Gov. Sam Ortega", "Mayor Lena Ulmley", counts though they had not spoken)
      // ("The player’s representative, Silas Brandt, said … The agent said": or the role the text gave that person under
      // another word for the same post, speakers.json roleSynonyms)
      const e = nearest(at, (x) => x.person && roleOf(x) === roleWord) ?? (ROLE_SYNONYMS.has(roleWord) ? nearest(at, (x) => x.person && (ROLE_SYNONYMS.get(roleWord) ?? []).includes(roleOf(x) ?? '')) : undefined);
      if (e) return { name: e.name, kind: 'person', role: roleWord, resolvedVia: 'description:role', ...(e.affiliation ? { affiliation: e.affiliation } : {}) };
      // "A senior official said … The official said …": the unnamed source introduced in that role
      const plural = (w: string): boolean => /[^s]s$/u.test(w);
      // (the head noun of the source, before what describes it: "two officials| briefed on the inquiry" is plural)
      const headOf = (name: string): string => { const ws = name.split(' '); const cut = ws.findIndex((w, i) => i > 0 && UNNAMED_HEAD_ENDS.has(w.toLowerCase())); return (cut > 0 ? ws[cut - 1] : ws[ws.length - 1]) ?? ''; };
      // ("One backbencher from the ruling party, who spoke on condition …, said … “…,” the deputy said": the role as
      // ROLE_NOUNS gives it, or under another word for the same post, speakers.json roleSynonyms)
      const sameRole = (r: string | null): boolean => r !== null && ((ROLE_NOUNS[r] ?? r) === roleWord || (ROLE_SYNONYMS.get(roleWord) ?? []).includes(r));
      const a = nearest(at, (x) => x.kind === 'anonymous' && sameRole(x.role) && plural(headOf(x.name)) === plural(lowerWords[lowerWords.length - 1] as string));
      if (a) return { name: a.name, kind: 'anonymous', role: a.role === roleWord ? roleWord : a.role, resolvedVia: 'description:anonymous-role' };
      // "A spokesperson for Google says … “…,” the spokesperson said": the body that role spoke for before
      const body = roleWord === 'spokesperson' ? nearest(at, (x) => !x.person && x.role === roleWord && x.kind !== 'document' && x.kind !== 'anonymous') : undefined;
      if (body) return { name: body.name, kind: body.kind, role: roleWord, resolvedVia: 'description:role-of-body', ...(body.affiliation ? { affiliation: body.affiliation } : {}) };
    }
    // "the Texas governor", "the former Alaska governor", "the Republican senator": an office held by one person, named
    // by its place or party, is that person — the one last named in that office, else the person the passage is about
    // who spoke in the passage (an epithet, found like "he") — never the place as an organisation
    if (roleWord && OFFICE_ROLES.has(roleWord) && !roleForOrg && /^(the|this)$/u.test(lowerWords[0] as string) && roleIdx === words.length - 1 && roleIdx >= 2 && /^\p{Ll}/u.test(words[roleIdx] as string)
      && words.slice(1, roleIdx).every((w, i) => /^\p{Lu}[\p{L}.’'-]*$/u.test(w) || GENERIC_MODIFIERS.has(lowerWords[i + 1] as string))) {
      const holds = (x: Entity): boolean => (roleOf(x) ?? '').split(' ').includes(roleWord);
      // (only someone the text gave that office: a speaker with no role is no governor because a governor is mentioned)
      const e = nearest(at, (x) => x.person && holds(x));
      if (e) return { name: e.name, kind: 'person', role: roleWord, resolvedVia: 'description:office', ...(e.affiliation ? { affiliation: e.affiliation } : {}) };
      // (else an epithet for the person who spoke in the passage, "says Perry. … the Texas governor continues": found like
      // "he", among speakers the text gave no other role)
      // ("Tom Pimwyn, a rancher," is described as something else: no governor)
      // Only an office named by a capitalised place or party ("the Texas governor", not "the state governor", which is
      // anyone's) or by the holder's time in it alone ("the former president"), and only for the person named last: another
      // speaker, or a person named as a subject outside quoted words, after it makes it a newcomer.
      const namedOffice = words.slice(1, roleIdx).some((w) => /^\p{Lu}/u.test(w)) || words.slice(1, roleIdx).every((w) => NAME_PRECEDING_ADJECTIVES.has(w.toLowerCase()));
      const epithet = (x: Entity): boolean => x.person && x.spoke === true && x.kind === 'person' && (roleOf(x) === null || holds(x)) && (holds(x) || !describedPeople().has(x.name));
      const p = namedOffice ? salient(at, epithet) : undefined;
      // (a person who spoke, or one named as a subject, in a sentence after the speaker's last mention: "Sanders, who
      // endorsed Clinton, said …" leaves Sanders the last; "speaking highly of Mr. Trump" names no subject)
      const pAt = p ? nearest(at, (x) => x.name === p.name)?.at ?? p.at : -1;
      const between = p ? nearest(at, (x) => x.person && x.kind !== 'anonymous' && x.name !== p.name && sentenceAt(x.at) > sentenceAt(pAt)
        && (x.spoke === true || (x.salience === 0 && !inContent(x.at)))) : undefined;
      if (p && !between) return { name: p.name, kind: 'person', role: roleWord, resolvedVia: 'description:epithet', ...(p.affiliation ? { affiliation: p.affiliation } : {}) };
    }
    // "Uber drivers", "Democratic lawmakers" opening a sentence with no determiner, the name written nowhere else inside a
    // sentence: unnamed people described by a name (LABELS: the description itself). ("Kipworth engineers" after "staff at
    // Kipworth": the named body's people, below)
    if (roleWord && roleWord !== 'spokesperson' && roleIdx === 1 && !capitalisedMidSentence().has(words[0] as string) && words.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(words[0] as string) && /^\p{Ll}[\p{Ll}-]*[^s’']s$/u.test(words[1] as string) && sentenceOpensAt(at)) {
      return { name: clean, kind: 'anonymous', role: roleWord, resolvedVia: 'plural-role:named' };
    }
    if (roleWord && !orgDescription) {
      const forIdx = lowerWords.findIndex((w, i) => i > roleIdx && (w === 'for' || w === 'at' || w === 'of' || w === 'with'));
      let orgPhrase = forIdx > 0 ? words.slice(forIdx + 1).join(' ') : words.slice(0, roleIdx).filter((w) => !/^(the|a|an|senior|former|chief|top|deputy|an|one|two|another)$/iu.test(w)).join(' ');
      // (a plural's possessive too: "Kipridge Holdings’ lawyer" → "Kipridge Holdings")
      orgPhrase = orgPhrase.replace(ARTICLES, '').replace(/(?:[’']s|(?<=\p{L}s)[’'])$/u, '').trim();
      // "the county’s Department of Roads" → "Department of Roads"
      const named = /^\p{Ll}[\p{L}-]*[’']s\s+(\p{Lu}.*)$/u.exec(orgPhrase);
      if (named && named[1]) orgPhrase = named[1];
      // "The European Union’s foreign policy chief": the possessor is the body, not its lower-case field
      const owner = /^(\p{Lu}[^’']*?)[’']s\s+\p{Ll}[\p{Ll}\s-]*$/u.exec(orgPhrase);
      // ("Two members of Amsel’s old research group": people around a person, who is no body they speak for; the
      // description itself, as for "two members of the council")
      if (owner && owner[1] && forIdx > 0 && (['a', 'an'].includes(lowerWords[0] as string) || COUNTING_DETERMINERS.includes(lowerWords[0] as string)) && classifyName(owner[1])?.person === true) orgPhrase = '';
      else if (owner && owner[1]) orgPhrase = owner[1];
      // ("a senior Western diplomat", "the Croatian-born forward", "a Veradian negotiator": a people's or a bloc's
      // adjective before the role noun says where the person is from, not a body they speak for: the description stays)
      const fromPeople = orgPhrase !== '' && forIdx < 0 && roleWord !== 'spokesperson' && peopleAdjectives(orgPhrase) && !registry.lookup(orgPhrase) && !bodiesByShortName().has(orgPhrase);
      if (fromPeople) orgPhrase = '';
      if (orgPhrase && /^[\p{Lu}+]/u.test(orgPhrase) && !startsLowerPersonRole(roleWord, lowerWords)) {
        const reg2 = registry.lookup(orgPhrase);
        const holder = startsLower && /^the$/u.test(lowerWords[0] as string) && forIdx > 0 && forIdx <= roleIdx + 2 && lowerWords[forIdx] === 'of' ? namedLater(at + written.length, roleWord, orgPhrase) : undefined;
        // ("a researcher at Grelory" after "the University of Grelory": the body under its full name)
        const fullName = reg2?.name ?? bodiesByShortName().get(orgPhrase) ?? orgPhrase;
        if (holder) return { name: holder.name, kind: 'person', role: roleWord, resolvedVia: 'role:named-later', affiliation: fullName };
        // "Chief Superintendent Alun Baldock of Ingmere Police": a title, a person's name, then the body: the person
        const between = forIdx > 0 ? words.slice(roleIdx + 1, forIdx).filter((w, i) => !(i === 0 && /^\p{Lu}/u.test(w) && TITLE_CONTINUATIONS.has(w.toLowerCase()))) : [];
        // ("Market analyst Jun Tesfaye of Dovecote Research": after a lower-case role noun, two or three capitals that no
        // body's word or name reads as a body, and that the oracle does not read as a place, are the person)
        const lowerTitle = !/^\p{Lu}/u.test(words[roleIdx] as string) && between.length <= 3 && roleWord !== 'spokesperson' && !/s$/u.test(lowerWords[roleIdx] as string)
          && between.every((w) => !ORG_HEADS.has(w.toLowerCase()) && !GROUP_HEADS.has(w.toLowerCase()) && !CALENDAR_WORDS.has(w.toLowerCase()) || GIVEN_NAME_MONTHS.has(w.toLowerCase()))
          && !registry.lookup(between.join(' ')) && !bodiesByShortName().has(between.join(' '));
        if (between.length >= 2 && between.every((w) => /^\p{Lu}[\p{L}’'.-]+$/u.test(w)) && (/^\p{Lu}/u.test(words[roleIdx] as string) || lowerTitle)) {
          // (the title makes a person of a name the oracle reads as a place, "Alun Yarlfold")
          const p = classifyName(between.join(' '));
          if (!p || p.person) return { name: p?.name ?? canonicalPerson(between.join(' ')), kind: 'person', role: roleWord, resolvedVia: 'role-name-of-body', affiliation: fullName };
        }
        // ("Two Corlan engineers said", "Several Wimstow officials said": people of the body counted out, unnamed, as
        // GUIDE has "two employees"; the body is their affiliation. A spokesperson speaks for the body itself.)
        // (only a role noun right after the body's name or a word of rank or time, "two former Corlan engineers": a
        // compound with a lower-case noun, "two Corlan staff members", is left as it was read)
        const prevWord = words[roleIdx - 1] ?? '';
        const counted = forIdx < 0 && roleWord !== 'spokesperson' && COUNT_WORDS.has(lowerWords[0] as string) && lowerWords[0] !== 'one' && /s$/u.test(lowerWords[roleIdx] as string) && roleIdx === words.length - 1
          && (/^\p{Lu}/u.test(prevWord) || PAST_OR_TIE_WORDS.has(prevWord) || RANK_MODIFIERS.has(prevWord) || ['current'].includes(prevWord));
        if (counted) {
          // (the body is the capitalised words: "two former Wimstow engineers" are of Wimstow)
          const capital = words.slice(1, roleIdx).filter((w) => /^\p{Lu}/u.test(w)).join(' ');
          const body = capital ? registry.lookup(capital)?.name ?? bodiesByShortName().get(capital) ?? capital : fullName;
          return { name: `${lowerWords[0] as string} ${words.slice(1).join(' ')}`, kind: 'anonymous', role: roleWord, resolvedVia: 'role-phrase:counted', affiliation: body };
        }
        // ("Ildhurst’s lawyer said", "Ana Ulmley’s lawyer said": the unnamed lawyer of a person is that lawyer, described,
        // with no body to speak for, GUIDE decision 38; a company's lawyer keeps the company)
        // (likewise "A lawyer for Mr Tarn declined to comment": a lawyer for a person, not for a body, GUIDE decision 38)
        // (a surname alone or a courtesy title and name: a full name after "for" may be a firm's, "lawyers for Sandor Bygg")
        // (an unnamed lawyer, "A lawyer for Mr Tarn": "Counsel for Varndale, Lydia Brandt," names its lawyer, whose client
        // stays the one the stance stage favours)
        const forPerson = forIdx === roleIdx + 1 && lowerWords[forIdx] === 'for' && roleIdx >= 1 && ['a', 'an'].includes(lowerWords[0] ?? '')
          && (words.length === forIdx + 2 || COURTESY_TITLES.has((lowerWords[forIdx + 1] ?? '').replace(/\.$/u, '')));
        // ("Marlow's advisers had urged him", "Ana Ulmley's aides said": a person's unnamed staff speak as themselves,
        // anonymous and named by the description, as the person's lawyer is; the person is whom they serve, not the
        // speaker. A spokesperson speaks for the person.)
        // (a plural role ending the phrase only: "Bright Steps’ chief executive, Joanne Jelstow," names its holder)
        const staffPlural = roleWord !== 'spokesperson' && forIdx < 0 && roleIdx === words.length - 1 && lowerWords[roleIdx] !== roleWord && /[^s]s$/u.test(lowerWords[roleIdx] as string);
        if ((roleWord === 'lawyer' || staffPlural) && ((forIdx < 0 && roleIdx >= 1 && /[’'](?:s)?$/u.test(words[roleIdx - 1] as string)) || (roleWord === 'lawyer' && forPerson))) {
          const surname = orgPhrase.replace(/^(?:\p{Lu}[\p{Ll}]*\.?[^\S\n]+)*/u, '');
          const person = reg2?.kind === 'person' || (!forPerson && classifyName(orgPhrase)?.person === true) || COURTESY_TITLES.has((orgPhrase.split(/\s+/u)[0] ?? '').toLowerCase().replace(/\.$/u, ''))
            || nearest(at, (x) => x.person && x.name.split(' ').pop() === surname) !== undefined
            // (or a one-word possessor that is the last word of a first and last name the article writes, "Odile Yarlfold" …
            // "Yarlfold’s lawyer", however the name was read)
            || (!orgPhrase.includes(' ') && !ORG_HEADS.has(orgPhrase.toLowerCase()) && names.some((n) => /^\p{Lu}\p{Ll}+[^\S\n]+\p{Lu}/u.test(n.text) && n.text.split(/\s+/u).length === 2 && n.text.endsWith(` ${orgPhrase}`) && !ORG_HEADS.has((n.text.split(/\s+/u)[0] as string).toLowerCase())));
          if (person) return { name: clean.replace(ARTICLES, ''), kind: 'anonymous', role: roleWord, resolvedVia: 'possessive:persons-lawyer' };
        }
        // ("An official at the World Sailing Federation said", "Two senior officials at Harlow Council said": unnamed officials
        // at a named body are sources, anonymous and named by the description, the body their affiliation, GUIDE decision
        // 31, as "an official at the agency" is; a spokesperson speaks for the body itself)
        // ("A former engineer at Neskville Motors told lawmakers", GUIDE's "a former site manager at the … plant": any
        // unnamed holder of a post at a body, one of its staff, not the body)
        // (the role noun heading the phrase: not "a study by researchers at X", whose head is the study)
        if (roleWord !== 'spokesperson' && forIdx > 0 && lowerWords[forIdx] === 'at' && !lowerWords.slice(0, roleIdx).some((w) => ['by', 'of', 'from', 'for', 'with', 'to'].includes(w)) && (['a', 'an', 'one'].includes(lowerWords[0] as string) || COUNT_WORDS.has(lowerWords[0] as string) || (roleIdx === 0 && /s$/u.test(lowerWords[0] as string)))) {
          return { name: `${(words[0] as string).charAt(0).toLowerCase()}${clean.slice(1)}`.replace(ARTICLES, ''), kind: 'anonymous', role: roleWord, resolvedVia: 'role-phrase:official-at-body', affiliation: fullName };
        }
        // ("A senior Dovari border official, speaking on condition of anonymity, said", "Trevville officials dismissed the
        // claim": unnamed holders of a post, named by the word of their body or people before a lower-case role noun that
        // heads the phrase, are sources, anonymous and named by the description; the body, or the place a people's
        // adjective stands for, is their affiliation (GUIDE decisions 63 and 66). A spokesperson speaks for the body itself,
        // a body's leader or an office one person holds is that person.)
        const roleHead = words[roleIdx] as string;
        // (a definite singular, "The Wimstow executive said", points back to one holder: left as it was)
        const unnamedDeterminer = /s$/u.test(roleHead) || !/^(?:the|this|that)$/u.test(lowerWords[0] as string);
        if (unnamedDeterminer && forIdx < 0 && roleIdx === words.length - 1 && /^\p{Ll}/u.test(roleHead) && roleWord !== 'spokesperson' && roleWord !== 'representative'
          && !BODY_LED_ROLES.has(roleWord) && !OFFICE_ROLES.has(roleWord) && !words.some((w) => /[’']s?$/u.test(w))) {
          const capital = orgPhrase.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w));
          const bodyWord = capital.join(' ');
          // ("Another Wimstow engineer said" → "Wimstow engineer", as "Another resident" is named "resident")
          const desc = clean.replace(ARTICLES, '').replace(/^(?:[Aa]nother)[^\S\n]+/u, '');
          const first = desc.split(/\s+/u)[0] ?? '';
          // ("County officials reject that account", "Fire investigators found": a common word capitalised only because it
          // opens the sentence is lower case in the name, and a noun of a kind of body is the body of that kind named before)
          const lowerFirst = first.toLowerCase();
          // (a noun of a kind of body, "County", "Council", stays a common word though the text writes it alone with a
          // capital as a body's short form)
          const commonOpener = capital.length === 1 && first === bodyWord && sentenceOpensAt(at) && (!standaloneMidCapitals().has(first) || DEFINITE_DESCRIPTIONS[lowerFirst] !== undefined) && !PARTY_ADJECTIVES.has(lowerFirst)
            && !registry.lookup(first) && !bodiesByShortName().has(first) && (firstLowerWord().has(lowerFirst) || inLexicon(lowerFirst));
          const place = capital.length === 1 && !commonOpener ? demonymPlace(bodyWord) : undefined;
          // (a capitalised noun of a kind of body, "County officials", is of the body of that kind named before, "Ralfold County")
          const kindBody = capital.length === 1 && !registry.lookup(bodyWord) && DEFINITE_DESCRIPTIONS[bodyWord.toLowerCase()] === 'organization' ? byHead(at, bodyWord.toLowerCase())?.name : undefined;
          const affiliation = commonOpener ? (DEFINITE_DESCRIPTIONS[lowerFirst] === 'organization' ? kindBody : undefined)
            : registry.lookup(bodyWord)?.name ?? kindBody ?? bodiesByShortName().get(bodyWord) ?? place ?? (peopleAdjectives(bodyWord) ? undefined : bodyWord || undefined);
          const name = capital.includes(first) && !commonOpener ? desc : desc.charAt(0).toLowerCase() + desc.slice(1);
          return { name, kind: 'anonymous', role: roleWord, resolvedVia: 'role-phrase:unnamed-holders', ...(affiliation ? { affiliation } : {}) };
        }
        return { name: fullName, kind: reg2?.kind === 'person' ? 'organization' : (reg2?.kind ?? kindOfOrg(orgPhrase)), role: roleWord, resolvedVia: 'role-phrase' };
      }
      if (orgPhrase && /^(company|firm|ministry|agency|group|department|government|military|army|campaign|union|council|club|team|board)$/u.test(orgPhrase.toLowerCase())) {
        // ("Union leaders said": a union, not whatever body was named last; a company's officials: the company named last)
        const head = orgPhrase.toLowerCase();
        const e = ['company', 'firm', 'group'].includes(head) ? nearest(at, (x) => !x.person && x.kind !== 'anonymous' && x.kind !== 'document') : byHead(at, head);
        // ("the company's lawyers said": the body's unnamed people, described, the body their affiliation, GUIDE decision
        // 63; "company lawyers said", with no possessive, stays the company's)
        const ofBody = lowerWords[0] === 'the' && /^\p{Ll}[\p{L}-]*[’']s$/u.test(words[1] as string) && roleWord !== 'spokesperson' && !BODY_LED_ROLES.has(roleWord) && (e?.kind === 'organization' || e?.kind === 'group');
        if (e && ofBody) return { name: clean.replace(ARTICLES, ''), kind: 'anonymous', role: roleWord, resolvedVia: 'role-phrase:staff-of-body', affiliation: e.name };
        if (e) return { name: e.name, kind: e.kind, role: roleWord, resolvedVia: 'role-phrase:description' };
      }
      // ("Brellow College will shut its music school, the principal announced. Principal Ana Ulmley told staff …": a bare
      // "the <role>" the text has named no one in is the one person the next two sentences name in that role)
      const bareRole = lowerWords[0] === 'the' && forIdx < 0 && (words.length === 2 || (words.length === 3 && ROLE_NOUNS[`${lowerWords[1]} ${lowerWords[2]}`] !== undefined));
      const heldLater = bareRole && !/s$/u.test(lowerWords[words.length - 1] as string) ? holderNamedNext(at + written.length, roleWord) : undefined;
      if (heldLater) return { name: heldLater, kind: 'person', role: roleWord, resolvedVia: 'role:named-next' };
      if (startsLower || fromPeople) {
        const desc = clean.replace(ARTICLES, '');
        return { name: desc, kind: 'anonymous', role: roleWord, resolvedVia: 'anonymous-role' };
      }
    }

    // "Leaked files show …", "Internal documents reveal …": a common-noun phrase whose capital only opens the sentence
    if (!startsLower && words.length > 1 && DOCUMENT_HEADS.has(lowerWords[lowerWords.length - 1] as string) && words.slice(1).every((w) => /^[\p{Ll}\d]/u.test(w)) && !HONORIFICS.has(lowerWords[0] as string)) {
      return { name: (clean.charAt(0).toLowerCase() + clean.slice(1)).replace(ARTICLES, ''), kind: 'document', role: null, resolvedVia: 'document' };
    }
    // Definite description: the company, the ministry, the campaign.
    if (startsLower) {
      const head = lowerWords[lowerWords.length - 1] as string;
      // "The operator of the Selvan Bay refinery", "the maker of the drug": a body described by what it runs or makes (not
      // that thing); the body the next sentences say runs it ("Kipridge Energy, which runs the refinery"), else as written
      const ofAt = lowerWords.indexOf('of');
      const relational = ofAt >= 2 && ofAt <= 3 && /^(?:the|a|an)$/u.test(lowerWords[0] as string) && RELATIONAL_BODY_NOUNS.has(lowerWords[ofAt - 1] as string) && words.slice(1, ofAt).every((w) => /^\p{Ll}/u.test(w)) && ofAt < words.length - 1;
      // ("The operator of the crane told police he had felt …", "The developer of the app, a 19-year-old student, said": a
      // person described in apposition or taken up by he/she is one person, no body)
      if (relational && personOfRelation(at + written.length)) return { name: clean.replace(ARTICLES, ''), kind: 'anonymous', role: null, resolvedVia: 'description:person-of' };
      if (relational) {
        const runs = new RegExp(`((?:\\p{Lu}[\\p{L}&’'.-]*[^\\S\\n]+){0,3}\\p{Lu}[\\p{L}&’'.-]*),[^\\S\\n]+which[^\\S\\n]+(?:runs|operates|owns|manages|makes|manufactures|builds|built|developed|supplies|publishes)[^\\S\\n]+(?:the|its)[^\\S\\n]+(?:[\\p{L}-]+[^\\S\\n]+){0,3}?${escapeRegExp(head)}(?![\\p{L}])`, 'u').exec(text.slice(at + written.length, at + written.length + 600));
        const c = runs?.[1] ? classifyName(runs[1]) : null;
        if (c && !c.person) return { name: c.name, kind: c.kind, role: null, resolvedVia: 'description:body-that-runs', ...(c.affiliation ? { affiliation: c.affiliation } : {}) };
        return { name: clean.replace(ARTICLES, ''), kind: 'organization', role: null, resolvedVia: 'description:body-of' };
      }
      // "the Obama campaign", "the Clinton administration": the body, named after its leader
      const led = LEADER_BODIES.exec(clean);
      if (led && led[1] && led[2] && !roleWord) {
        const leader = led[1].trim().replace(/[’']s$/u, '');
        if (!registry.lookup(leader) || registry.lookup(leader)?.kind === 'person') {
          const name = `${leader} ${led[2]}`;
          return { name, kind: kindOfOrg(name), role: null, resolvedVia: 'description:leader-body' };
        }
      }
      // "the Federal Food Safety Agency", "the state Ethics Commission": a name after the determiner.
      let tailName = trailingCapitals(words, true);
      // (not a name after a preposition that follows the head noun: "one user on Pinwheel", "a commenter on Chatterly" are
      // the people, the name only where they wrote)
      // (people of a body by speakers.json peopleOfBody, "users", "a customer"; not "the union at Wimstow Foods")
      const headBefore = lowerWords[words.length - tailName.length - 2] ?? '';
      const placeOfHead = ['on', 'at', 'in', 'from', 'of'].includes(lowerWords[words.length - tailName.length - 1] ?? '')
        && /^\p{Ll}/u.test(words[words.length - tailName.length - 2] ?? '') && (PEOPLE_OF_BODY.has(headBefore) || PEOPLE_OF_BODY.has(`${headBefore}s`));
      // ("the Norvish Embassy in Caldport", "the Carvel Museum at Stenhope": a body's name, then the place it sits in, is
      // that body, not the place; "the" before it makes it no person's name)
      const placeAt = words.length - tailName.length - 1;
      let bodyInPlace = false;
      if (tailName.length > 0 && placeAt >= 2 && /^(?:in|at)$/u.test(lowerWords[placeAt] as string) && /^\p{Lu}/u.test(words[placeAt - 1] as string)
        && (oracleKind(tailName.join(' ')) === 'place' || placeNames().has(tailName.join(' ')))) {
        const body = trailingCapitals(words.slice(0, placeAt), true);
        if (body.length >= 2 && placeAt - body.length >= 1) { tailName = body; bodyInPlace = true; }
      }
      if (tailName.length > 0 && /^\p{Lu}/u.test(words[words.length - 1] as string) && !roleWord && !placeOfHead) {
        const c = partyByArticle(classifyName(tailName.join(' ')), at, written);
        // ("the charity Hoof and Heather", "the campaign group Clean Rivers": the noun before the name says what it is)
        const classed = DEFINITE_DESCRIPTIONS[lowerWords[words.length - tailName.length - 1] as string];
        // ("the state news agency Tarnpress": a noun of news reporting before the name makes it media)
        const asMedia = c && !c.person && c.kind === 'organization' && MEDIA_DESCRIPTION_END.test(words.slice(0, words.length - tailName.length).join(' '));
        const kind = asMedia ? 'media' : c && c.kind === 'person' && (classed === 'organization' || classed === 'group') ? classed : bodyInPlace && c?.kind === 'person' ? kindOfOrg(c.name) : c?.kind;
        if (c && kind) return { name: c.name, kind, role: null, resolvedVia: bodyInPlace ? 'name:body-in-place' : 'name', ...(c.affiliation ? { affiliation: c.affiliation } : {}) };
      }
      // ("The flood alert system warned that …", "the app told drivers …": a device or an automated system speaks as a
      // document does, named by its description, not as an unnamed person)
      const lastTwo = lowerWords.slice(-2).join(' ');
      if (!roleWord && /^\p{Ll}/u.test(words[words.length - 1] as string) && (DEVICE_HEADS.has(head) || (words.length > 2 && DEVICE_HEADS.has(lastTwo)))) {
        return { name: clean.replace(/^(?:the|a|an|this|that|its|their)\s+/iu, ''), kind: 'document', role: null, resolvedVia: 'document:device' };
      }
      if (DOCUMENT_HEADS.has(head) || (words.length > 2 && DOCUMENT_HEADS.has(lastTwo))) {
        // "the report" after "a report titled “Dark Corners”"
        const doc = /^(the|this|that|its)$/u.test(lowerWords[0] as string) ? nearest(at, (x) => x.kind === 'document' && x.title === head) : undefined;
        if (doc) return { name: doc.name, kind: 'document', role: null, resolvedVia: 'description:titled-document' };
        // ("An open letter signed by 200 nurses urged … The letter also accuses …": the bare head after the document that
        // last spoke with that head is that document, under the name it first had, GUIDE section 3's one canonical name)
        if (words.length === 2 && /^(the|this|that)$/u.test(lowerWords[0] as string)) {
          const spoken = nearest(at, (x) => x.kind === 'document' && x.spoke === true && x.name.toLowerCase().split(/\s+/u).pop() === head);
          if (spoken && spoken.name.toLowerCase() !== head && sentenceAt(at) - sentenceAt(spoken.at) <= DOCUMENT_SENTENCES && /^[\p{Ll}\d][\p{L}\d’'-]*(?:[^\S\n]+[\p{Ll}][\p{L}’'-]*){0,2}$/u.test(spoken.name)) {
            return { name: spoken.name, kind: 'document', role: null, resolvedVia: 'description:document-spoken-before', ...(spoken.affiliation ? { affiliation: spoken.affiliation } : {}) };
          }
        }
        return { name: clean.replace(ARTICLES, ''), kind: 'document', role: null, resolvedVia: 'document' };
      }
      // "An exit poll by the Kelmington Institute … The pollster said": the body named as the maker of what its trade makes
      const maker = words.length === 2 && /^the$/u.test(lowerWords[0] as string) ? tradeMaker(at, head) : undefined;
      if (maker) return { name: maker.name, kind: maker.kind, role: null, resolvedVia: 'description:trade-maker', ...(maker.affiliation ? { affiliation: maker.affiliation } : {}) };
      // ("Westmere Police said … A post-mortem found …, police said": a bare "police" is the force named before)
      if (head === 'police' && (words.length === 1 || (words.length === 2 && lowerWords[0] === 'the'))) {
        const force = nearest(at, (x) => !x.person && x.kind === 'organization' && POLICE_FORCE_NAME.test(x.name));
        if (force) return { name: force.name, kind: force.kind, role: null, resolvedVia: 'description:police-force' };
      }
      // ("Neskville Motors … The carmaker said", "the lender": a noun of a kind of business, speakers.json bodyDescriptors,
      // is a body's description as "the company" is)
      const cls = DEFINITE_DESCRIPTIONS[head] ?? (BODY_DESCRIPTOR_WORDS.has(head) ? 'organization' : undefined);
      // ("fined on Tuesday after a court found …" … "sentencing the firm at Kelsbury Crown Court", "A state labor tribunal
      // ruled …": an indefinite public body is a body, kind organization, not unnamed people; the one body of that head
      // the article names, before or after, is it)
      if (/^(?:a|an)$/u.test(lowerWords[0] as string) && PUBLIC_BODY_NAME_HEADS.has(head) && words.slice(1).every((w) => /^\p{Ll}/u.test(w))) {
        const named = [...new Set(nameClasses.filter((c) => c && !c.person && c.kind === 'organization' && hasHeadWord(head, c.name)).map((c) => (c as { name: string }).name))];
        if (named.length === 1) return { name: named[0] as string, kind: 'organization', role: null, resolvedVia: 'description:indefinite-body-named' };
        return { name: clean.replace(ARTICLES, ''), kind: 'organization', role: null, resolvedVia: 'description:indefinite-body' };
      }
      if (cls && cls !== 'person' && /^(the|this|that)$/u.test(lowerWords[0] as string)) {
        // "the defence ministry": a body whose name has the head and each modifier ("Ministry of Defence"), not another ministry
        // (a judgement, "the powerful ministry", "the cash-strapped council", tells no ministry apart: only a modifier wink
        // reads as a noun, "defence", "health", or an adjective of place or field it does not tag as judging, counts)
        const first = tokenIndexAt(at);
        const judging = (w: string): boolean => {
          if (w.includes('-')) return /(?:ed|ing)$/u.test(w);
          if (CLASSIFYING_ADJECTIVES.has(w)) return false;
          for (let i = first; i < tokens.length && i < first + words.length + 2; i++) {
            const tk = tokens[i] as Token;
            if (tk.text === w) return tk.pos === 'ADJ' && !/(?:al|an|ian|ese|ic|ish|ary)$/u.test(w);
          }
          return false;
        };
        const modifiers = words.slice(1, -1).filter((w) => /^\p{Ll}[\p{Ll}-]+$/u.test(w) && !GENERIC_MODIFIERS.has(w) && !judging(w));
        // ("The students' union said", "the players' union": a plural possessor before the head says whose body it is; the
        // body named with that word, else the description as written, never the latest body of any name)
        const peoplesOwn = words.length === 3 ? /^(\p{Ll}[\p{Ll}-]*s)[’']$/u.exec(words[1] as string)?.[1] : undefined;
        if (peoplesOwn && cls !== 'media') {
          const own = byHead(at, head, [peoplesOwn.replace(/s$/u, '')]);
          return own ? { name: own.name, kind: own.kind, role: null, resolvedVia: 'description:peoples-body', ...(own.affiliation ? { affiliation: own.affiliation } : {}) }
            : { name: clean.replace(/^(?:the|this|that)\s+/iu, ''), kind: cls, role: null, resolvedVia: 'description-unresolved' };
        }
        // ("the club's supporters' trust says", "the city's transit authority said": a body a possessor owns or has is the
        // head noun's body, never the possessor, unless the head is the possessor's own organ, "the club's board"; the body
        // named in the article with the head and the words after the possessor ("Prelton Rovers Supporters' Trust"),
        // else the description as written)
        const possessor = words.slice(1, -1).findIndex((w) => /^\p{Ll}[\p{L}-]*[’']s$/u.test(w));
        if (possessor >= 0 && !ORGANS_OF_BODIES.has(head)) {
          const owned = words.slice(possessor + 2, -1).map((w) => w.toLowerCase().replace(/[’']s?$/u, '')).filter((w) => /^\p{Ll}[\p{Ll}-]+$/u.test(w) && !GENERIC_MODIFIERS.has(w) && !judging(w));
          const named = owned.length > 0 ? byHead(at, head, owned)?.name ?? laterBody(at, head, owned) : undefined;
          if (named) { const c = classifyName(named); return { name: named, kind: c && !c.person ? c.kind : cls, role: null, resolvedVia: 'description:possessed-named' }; }
        }
        // ("the journal" after "the science journal Gene Horizons": the name that noun introduced)
        // ("Ruskwick said … faults on lines run by the national grid operator, Trevhurst. The operator said": the
        // company that was the subject of the sentence before, not one a "company" introduced later in it)
        const introducedAsHead = modifiers.length === 0 ? nearest(at, (x) => x.head === head) : undefined;
        // (the company that is the subject of a sentence before "the company"/"the firm": asked by both rules below)
        const companySubject = COMPANY_HEADS.has(head) && words.length === 2
          ? salient(at, (x) => !x.person && !x.weak && x.kind === 'organization' && x.at < at && (x.head === undefined || x.head === head) && !NON_COMPANY.test(x.name), 1, true) : undefined;
        const subject = introducedAsHead ? companySubject : undefined;
        const e0 = (subject && subject.name !== introducedAsHead?.name && sentenceAt(subject.at) === sentenceAt((introducedAsHead as Entity).at) && subject.at < (introducedAsHead as Entity).at ? subject : introducedAsHead) ?? byHead(at, head, modifiers);
        // ("Foskana Wind Ltd said … Hobling Freight, which runs the barge, disputed that version. In a written reply, the
        // company said": a company that is the subject of the sentence right before, named after the body found above, is
        // the company meant, whatever words the older name has)
        const prevSubject = e0 ? companySubject : undefined;
        // (not over a body whose own name ends in the description's word: "Tennick Brewing Company … Its owner, Marlbank
        // Drinks Group, bought it. The company said" is the Company)
        const e = prevSubject && e0 && prevSubject.name !== e0.name && prevSubject.at > e0.at && sentenceAt(prevSubject.at) === sentenceAt(at) - 1 && !prevSubject.spokenOf
          // (but a bare description left unresolved before, "the firm that operates it has confirmed" → "company", is no
          // body's own name: "Zellfold Seafoods said … The company estimates" is Zellfold Seafoods)
          && (nameHead(e0.name).toLowerCase() !== head || e0.name.toLowerCase() === head) ? prevSubject : e0;
        if (e) return { name: e.name, kind: e.kind, role: null, resolvedVia: 'description:head', ...(e.affiliation ? { affiliation: e.affiliation } : {}) };
        // "Mabwyn Town will play … The club said": a club's name ending in a word places' names end in too (Town, City,
        // United), which no list reads as a body, is the club the article calls "the club"
        const club = head === 'club' && modifiers.length === 0 ? clubNamedBefore(at) : undefined;
        if (club) return { name: club, kind: 'organization', role: null, resolvedVia: 'description:club-name' };
        // "The maritime regulator on Friday ordered … The Maritime Safety Board said": a lead's description with
        // modifiers is the body named later whose name carries the head's word and every modifier
        const later = modifiers.length > 0 ? laterBody(at, head, modifiers) : undefined;
        if (later) return { name: later, kind: cls, role: null, resolvedVia: 'description:later-name' };
        // "the ministry", "the army", "the district" with no earlier name that carries the word: that body as written, not
        // the latest organisation of any kind (a company or a party is no ministry)
        // "Talbot Foods fired its chief executive. The board said": a body's own organ speaks as the body it belongs to, the
        // latest one named that has such an organ (a company, a university, a charity; no ministry or court); as written
        // when none is named before, or when the article already wrote of the organ as an actor of its own ("after the
        // broadcaster’s board cancelled the film … The board said": the board, in a dispute inside the body)
        if (modifiers.length === 0 && ORGANS_OF_BODIES.has(head) && !((firstLowerWord().get(head) ?? Infinity) < at - 4)) {
          const owner = nearest(at, (x) => !x.person && !x.weak && x.kind === 'organization' && !hasHeadWord(head, x.name) && !x.name.toLowerCase().split(/\s+/u).some((w) => NO_ORGAN_HEADS.has(w)));
          if (owner) return { name: owner.name, kind: owner.kind, role: null, resolvedVia: 'description:organ-of-body', ...(owner.affiliation ? { affiliation: owner.affiliation } : {}) };
        }
        // ("The port authority denied …" after a union: modifiers that tell one body apart name a body of their own, not
        // the latest body of any kind)
        const before = words.length === 2 && OWN_HEAD_BODIES.has(head) ? earlierDescription(at, head) : undefined;
        if (before) return { name: before, kind: cls, role: null, resolvedVia: 'description:earlier-description' };
        // ("Quillstone denied the charge. In a written reply, the private equity firm said": a kind noun with modifiers
        // that tell no named body apart, right after a name that was the subject, is that name)
        const subjectBefore = modifiers.length > 0 && !OWN_HEAD_BODIES.has(head) && possessor < 0 && !peoplesOwn && cls !== 'media' ? subjectNamedBefore(at, head, 1) : undefined;
        if (subjectBefore) return { name: subjectBefore.name, kind: subjectBefore.person ? cls : subjectBefore.kind, role: null, resolvedVia: 'description:subject-before' };
        if (OWN_HEAD_BODIES.has(head) || modifiers.length > 0 || (possessor >= 0 && !ORGANS_OF_BODIES.has(head))) return { name: clean.replace(/^(?:the|this|that)\s+/iu, ''), kind: cls, role: null, resolvedVia: 'description-unresolved' };
      }
      if (cls && /^(the|this|that)$/u.test(lowerWords[0] as string)) {
        const companyLike = head === 'company' || head === 'firm' || head === 'giant' || head === 'startup' || head === 'group';
        // ("The council said … and the contractor said": a noun of a kind of business, speakers.json bodyDescriptors, is no
        // council, ministry or union named before; a regulator or an operator may be a public body)
        const commercial = companyLike || (BODY_DESCRIPTOR_WORDS.has(head) && !REGULATOR_HEADS.has(head) && head !== 'operator');
        // (a body known by a short name beside a longer one, "Pelion" … "Pelion Devices", with no head word to say what it
        // is, is weak for "the regulator" but, a business by far most often, fits "the company" or "the firm")
        // (a name met only inside a speaker's quoted words, "“Secrecy has a price,” the group's director said", is no body
        // a description refers back to)
        const fits = (x: Entity): boolean => x.spoke !== true && inQuoted(x.at) ? false : x.weak && !(companyLike && head !== 'group' && namedBodiesOnly.has(x.name)) ? false : cls === 'person' ? x.person : cls === 'media' ? x.kind === 'media'
          // (a people a description named, "Residents said", is no "the union" or "the port authority" after it)
          : x.kind === 'group' && !/\p{Lu}/u.test(x.name) && head !== 'group' && !x.name.includes(head) ? false
          // (a coalition or a campaign is no court, ministry or police force named before: "… filed with the Supreme
          // Court. The coalition called on …" is a coalition the article named or described, not the court)
          : cls === 'group' ? x.kind === 'group' || (x.kind === 'organization' && !institutionNamed(x.name, head))
          : !x.person && x.kind !== 'anonymous' && x.kind !== 'document' && x.kind !== 'media' && (!commercial || !NON_COMPANY.test(x.name)) && speakerHeadFits(head, x.name)
            // (a company is no collective of people: "Democrats", "committee Republicans", a campaign)
            // (nor is any business's noun, "the utility", "the insurer", a group of people: "residents of X" are no utility)
            && (!(companyLike || (TRADE_OR_SIDE_HEADS.has(head) && !['team', 'campaign', 'coalition'].includes(head))) || head === 'group' || (x.kind !== 'group' && !PEOPLES_COLLECTIVE.test(x.name)))
            // (nor a body a kind noun introduced as another kind: "the regulator Transit Standards Grelthorpe" is no company)
            && (!companyLike || x.head === undefined || x.head === head || !(INSTITUTION_HEADS.has(x.head) || REGULATOR_HEADS.has(x.head)));
        // ("Quorham … blamed a valve made by Lomridge Components, a supplier. In a written reply, the company said": the
        // company that is the subject of the sentence before, not one named in a phrase after a preposition)
        // (nor a subject whose apposition makes it a party to another company, "Orin Capital, the largest shareholder in
        // Talbot Foods,": the company it holds shares in is the one spoken of)
        // ("Brackwell did not respond … Records show its boats collided four times in Port Merrin … The company has said":
        // with no company in the sentence before as subject or speaker, the company last the subject of a sentence a few
        // sentences back, before the latest name of any role, here a place after "in" read as a body)
        const subjectOk = (x: Entity): boolean => fits(x) && x.at < at && !partyToAnother(x);
        // ("The Sahel monitor accused the junta … The Bexwell junta denied it. … The junta has denied …", "Galley Fine Art
        // rejected the findings of Cresswell & Lyle. In a statement, the gallery said": any body's noun, as "the company"
        // does, stands first for a fitting body that is the subject of its sentence or the one before, then for the
        // name the subject was when the noun shows it is a body's, before the latest body of any role)
        const bySubject = cls !== 'person' && cls !== 'media' && /^the$/u.test(lowerWords[0] as string) && words.length === 2
          ? salient(at, (x) => subjectOk(x) && x.salience === 0 && sentenceAt(x.at) < sentenceAt(at) && !/^(?:the|a|an)$/iu.test(x.name) && /(?:^|\s)[\p{Lu}\d][^\s]*$/u.test(x.name), 1, true) ?? subjectNamedBefore(at, head, 1) : undefined;
        // ("The Nursing Staff Alliance, which represents 4,000 nurses, … The union said": with no body named with a union's
        // word, the one body the article named as representing people, GUIDE: trade unions are organisations; of two so
        // named, neither)
        if (head === 'union' && words.length === 2 && /^the$/u.test(lowerWords[0] as string)) {
          const reps = representingBodies(at);
          if (reps.length === 1) return { name: (reps[0] as Entity).name, kind: 'organization', role: null, resolvedVia: 'description:representing-body' };
          if (reps.length > 1) return { name: 'union', kind: 'organization', role: null, resolvedVia: 'description-unresolved' };
        }
        // (a body whose own name carries the noun, "Essdock Fells Mountain Rescue Team … The team", is the one meant)
        const latest = nearest(at, fits);
        const e = (companyLike && /^the$/u.test(lowerWords[0] as string) && words.length === 2 ? salient(at, subjectOk, 1) ?? salient(at, subjectOk, COMPANY_SUBJECT_SENTENCES, true) : undefined)
          ?? (latest && hasHeadWord(head, latest.name) ? latest : bySubject ?? latest);
        if (e) return { name: e.name, kind: e.person && cls !== 'person' ? cls : e.kind, role: cls === 'person' ? e.role : null, resolvedVia: 'description', ...(e.affiliation ? { affiliation: e.affiliation } : {}) };
        // ("Carrowmere Post says letter volumes have fallen … The company said": with no other body to refer back to, "the
        // company" or "the firm" is a business whose name was read as an outlet's, when it spoke as the subject of one of
        // the sentences before; an outlet is a company too. Not one that reported, nor one whose name keeps its "The", as a
        // newspaper's does: "The Valley Herald says …")
        const outlet = !e && (head === 'company' || head === 'firm') && /^the$/u.test(lowerWords[0] as string) && words.length === 2
          ? salient(at, (x) => x.kind === 'media' && /^\p{Lu}/u.test(x.name) && !/^The\s/u.test(x.name) && x.spoke === true && x.at < at && !inQuoted(x.at) && !reportedAsOutlet(x.name), COMPANY_SUBJECT_SENTENCES, true) : undefined;
        if (outlet) return { name: outlet.name, kind: 'organization', role: null, resolvedVia: 'description:outlet-as-company' };
        // Nothing to refer back to: the description itself names the speaker (or the one the article wrote before).
        const kind: SpeakerKind = cls === 'person' ? 'anonymous' : cls;
        const subjectBefore = cls !== 'person' && cls !== 'media' && !words.some((w) => /[’']s?$/u.test(w)) ? subjectNamedBefore(at, head, 2) : undefined;
        if (subjectBefore) return { name: subjectBefore.name, kind: subjectBefore.person ? cls : subjectBefore.kind, role: null, resolvedVia: 'description:subject-before' };
        const before = cls !== 'person' && words.length === 2 ? earlierDescription(at, head) : undefined;
        if (before) return { name: before, kind, role: null, resolvedVia: 'description:earlier-description' };
        return { name: clean.replace(/^(the|this|that)\s+/u, ''), kind, role: cls === 'person' ? (ROLE_NOUNS[head] ?? null) : null, resolvedVia: 'description-unresolved' };
      }
      // "Galfold Estates … the estate said", "the Software Staff Guild … the guild": a definite description whose head
      // no class lists is the latest body named with that head as its last word (singular or plural)
      // ("Hollowbrook Brewing Company … the brewery said", "Marrow Distillery Ltd … the distillery": or as its last word
      // before the words of a company's legal form, HEAD_SYNONYMS.company, in one of the words the head stands for)
      if (!cls && words.length === 2 && /^(?:the|this|that)$/u.test(lowerWords[0] as string) && /^\p{Ll}[\p{Ll}-]{2,}$/u.test(words[1] as string)) {
        const ownWords = new Set([head, `${head}s`, `${head}es`]);
        const heads = new Set([...ownWords, ...(HEAD_SYNONYMS[head] ?? [])]);
        const bodyWith = (words: ReadonlySet<string>) => (x: Entity): boolean => !x.person && !x.weak && (x.kind === 'organization' || x.kind === 'group') && x.name.includes(' ') && words.has(lastBeforeLegalForm(x.name));
        // (a body named with the head's own word before a nearer one named with another word for it, as byHead has it:
        // "Marsh Lane Clinic … the Ashby Community Centre … the clinic" is the Clinic)
        const e = nearest(at, bodyWith(ownWords)) ?? nearest(at, bodyWith(heads));
        if (e) return { name: e.name, kind: e.kind, role: null, resolvedVia: 'description:last-word', ...(e.affiliation ? { affiliation: e.affiliation } : {}) };
        // ("The observer mission of the Forum for Honest Ballots said … the mission said": a body's unit the article wrote as
        // "the <noun> of <name>" speaks as the body named there; "the mission" is that body again)
        const unit = unitOfNamedBody(at, head);
        if (unit) return { name: unit.name, kind: unit.kind, role: null, resolvedVia: 'description:unit-of-body', ...(unit.affiliation ? { affiliation: unit.affiliation } : {}) };
      }
      if (GROUP_HEADS.has(head)) return { name: clean.replace(ARTICLES, ''), kind: 'group', role: null, resolvedVia: 'description' };
      // ("“…,” the post said", "the tweet read": a message written online is a document, in lower case (a capitalised
      // "Post" heads a newspaper's name)
      if (ONLINE_DOCUMENT_HEADS.has(head) && /^\p{Ll}/u.test(words[words.length - 1] as string)) return { name: clean.replace(/^(?:the|a|an|this|that)\s+/iu, ''), kind: 'document', role: null, resolvedVia: 'document:online' };
      return { name: clean.replace(ARTICLES, ''), kind: 'anonymous', role: roleWord, resolvedVia: 'description' };
    }

    // "Prosecutors", "Some economists", "Two current city employees" opening a sentence: people in a role, unnamed
    const pluralRoleHead = /s$/u.test(lowerWords[lowerWords.length - 1] as string) ? ROLE_NOUNS[lowerWords[lowerWords.length - 1] as string] ?? ROLE_NOUNS[(lowerWords[lowerWords.length - 1] as string).slice(0, -1)] : undefined;
    if (pluralRoleHead && /^(?:\p{Lu}\p{Ll}+|\d[\d,.]*)$/u.test(words[0] as string) && words.slice(1).every((w) => !/^\p{Lu}/u.test(w))) {
      // ("Prosecutors said": the prosecution, a body; a bare plural of an office that acts as one)
      if (words.length === 1 && OFFICES_AS_BODIES.has(pluralRoleHead)) return { name: clean.toLowerCase(), kind: 'organization', role: pluralRoleHead, resolvedVia: 'plural-role:office' };
      return { name: clean, kind: 'anonymous', role: pluralRoleHead, resolvedVia: 'plural-role' };
    }
    // A proper name.
    const c = partyByArticle(classifyName(clean), at, written);
    if (c) {
      // ("Sen. Ana Ulmley, a former prosecutor,", "Colonel Lars Berg, a close adviser to the minister,": a past post or a tie
      // gives way to the role the name already carries)
      const titled = c.role || postTitle((written.split(/\s+/u)[0] ?? '').toLowerCase());
      // ("Rovers’ owner, Tom Galstow, a former bank executive,": a past post gives way to the role written before the name)
      const past = pastOrTie(appositive?.text);
      // ("Opposition leader Lidia Varo …", later "Varo, a former judge, said": a present role the article gave the person
      // earlier wins over the past one, GUIDE decision 28)
      const before = past && !titled ? nearest(at, (x) => x.person && x.name === c.name && x.at < at && roleOf(x) !== null) : undefined;
      const earlier = before ? roleOf(before) : null;
      const role = titled && past ? null : earlier ?? (past && !titled && text.slice(at, at + written.length) === written ? roleNearName({ start: at, end: at + written.length, text: written }) : null) ?? appositiveRole(appositive, !c.person);
      const aff = appositiveAffiliation(appositive) ?? c.affiliation;
      // ("Varo, a former judge, said", "Galstow, a 52-year-old teacher, said": one capitalised word the article names no body
      // by, set off by a description of a person with a role noun, is a person)
      const personByAppositive = c.kind === 'organization' && !c.person && !/\s/u.test(c.name) && appositive !== undefined
        && /^[^\S\n]*(?:a|an)[^\S\n]/iu.test(appositive.text) && appositiveRole(appositive, true) !== null
        && !registry.lookup(c.name) && !nearest(at, (x) => !x.person && x.name === c.name && x.kind === 'organization' && x.at < at);
      // ("from Belgian side Sporting Ravels … Sporting Ravels declined to comment": a name with no given name that a team's
      // noun introduced as a club elsewhere in the article is that club, as the entity read there is; a trade's noun may
      // be a person's, "the property developer Pellamy Crane")
      const introducedBody = c.person && !genderOf(c.name).gender && !role ? teamEntity(c.name) : undefined;
      if (introducedBody) return { name: c.name, kind: introducedBody.kind, role: null, resolvedVia: 'name:introduced-body', ...(aff ? { affiliation: aff } : {}) };
      // ("Tupmere Recovery, the firm named to sell off its assets, said", "X Together, a commuter campaign founded in
      // 2022, said": the noun the apposition opens with says what the name is, a body or a collective, where the name
      // has no given name to make it a person's)
      // (only an apposition right after the name, "X, a lobby group": not one after the name's own apposition, "X,
      // executive director of Y, a lobby group that …", which describes Y)
      const rightAfter = appositive !== undefined && /^[^\S\n]*,[^\S\n]*$/u.test(text.slice(at + written.length, appositive.start));
      const apKind = personByAppositive || registry.lookup(c.name) || !rightAfter ? undefined : appositiveBodyKind(appositive);
      const kind = apKind && (apKind.collective ? !c.person || !genderOf(c.name).gender : c.person && !genderOf(c.name).gender) ? apKind.kind : undefined;
      return { name: c.name, kind: personByAppositive ? 'person' : kind ?? c.kind, role: kind ? null : role ?? c.role, resolvedVia: c.person ? 'name' : 'name', ...(aff ? { affiliation: aff } : {}) };
    }
    return null;
  }

  /**
   * The kind the head noun of a name's apposition gives it: ", a rights group based in …" (a collective, collectiveKind),
   * ", the firm appointed to …" (a body's noun, bodyNoun): the first such noun among the description's leading words
   * that no other noun of a person follows ("a campaign director", "a charity worker" describe people).
   */
  function appositiveBodyKind(ap?: TextSpan): { kind: SpeakerKind; collective: boolean } | undefined {
    if (!ap) return undefined;
    const words = ap.text.trim().split(/\s+/u);
    if (!/^(?:a|an|the)$/iu.test(words[0] ?? '')) return undefined;
    // (the head is the last word before a preposition, a relative or a participle that opens the description's tail:
    // "a former navy dental officer who …" is an officer, "the firm appointed to …" a firm)
    let end = 1;
    while (end < words.length && end <= 6 && /^(?:\p{Ll}[\p{Ll}-]*|\p{Lu}\p{L}*-\p{Ll}+)$/u.test(words[end] as string)
      && !(end > 1 && (APPOSITION_TAIL_OPENERS.test(words[end] as string) || /\p{Ll}{2}(?:ed|ing)$/u.test(words[end] as string)))) end++;
    if (end < words.length && !(APPOSITION_TAIL_OPENERS.test(words[end] as string) || /\p{Ll}{2}(?:ed|ing)$/u.test(words[end] as string))) return undefined;
    // (a participle before a role noun modifies it: "a group managing director at …" is a person)
    const after = `${words[end] ?? ''} ${words[end + 1] ?? ''}`.toLowerCase();
    if (ROLE_NOUNS[after] !== undefined || ROLE_NOUNS[(words[end + 1] ?? '').toLowerCase()] !== undefined) return undefined;
    const head = (words[end - 1] ?? '').toLowerCase();
    if (end < 2 || ROLE_NOUNS[head] !== undefined) return undefined;
    if (COLLECTIVE_APPOSITION_HEADS.includes(head)) return { kind: collectiveKind(head, words.slice(1, end - 1).join(' ')), collective: true };
    if (bodyNoun(head)) return { kind: 'organization', collective: false };
    return undefined;
  }


  /**
   * "Democrats said", "House Republicans said": the party's members, a group (classifyName); "The Greens said", "the
   * Conservatives said": the article names the party itself by its plural with the article, an organisation (GUIDE).
   */
  function partyByArticle<T extends Entity>(c: T | null, start: number, written: string): T | null {
    if (!c || c.kind !== 'group' || !PARTY_MEMBER_PLURALS.has(c.name.toLowerCase())) return c;
    const withArticle = /^the[^\S\n]/iu.test(written) || /(?<!\p{L})the[^\S\n]+$/iu.test(text.slice(Math.max(0, start - 5), start));
    return withArticle ? { ...c, kind: 'organization' } : c;
  }

  function classifyName(raw: string): Entity & { at: number } | null {
    let clean = raw.replace(/[“”"«»]/gu, '').replace(/\s*\([^)]{0,40}\)/gu, '').replace(ARTICLES, '').replace(/[’']s$/u, '').trim();
    const reg = registry.lookup(clean);
    if (reg) return { name: reg.name, kind: reg.kind, role: null, person: reg.kind === 'person', at: 0, ...(reg.affiliation ? { affiliation: reg.affiliation } : {}) };
    const words = clean.split(/\s+/u);
    // ("Nadia Frost QC said": the letters after the name are no part of it; "the Kestraven MP" had its article cut above)
    if (!ARTICLES.test(raw.trim())) while (words.length > 1 && POST_NOMINALS.has(words[words.length - 1] as string) && /^\p{Lu}\p{Ll}/u.test(words[words.length - 2] as string)) words.pop();
    // ("Justice Department": a title word before a body's head word alone names the body, not a person titled so)
    const bodyOfTitle = words.length === 2 && ORG_HEADS.has((words[1] as string).toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(words[0] as string);
    const honorific = words.length > 1 && !bodyOfTitle && HONORIFICS.has((words[0] as string).toLowerCase());
    while (words.length > 1 && !bodyOfTitle && HONORIFICS.has((words[0] as string).toLowerCase())) words.shift();
    clean = words.join(' ');
    if (!/^[\p{Lu}\d+]/u.test(clean)) return null;
    // ("A 2019 survey by the ministry", "the 2020 census": a year before a common noun dates a description, no name)
    if (/^(?:1[89]|20)\d\d[^\S\n]+\p{Ll}/u.test(clean)) return null;
    if (/^I(?:[’'](?:m|ve|d|ll))?$/u.test(clean)) return null; // "I'm" is no name
    if (/^[RDI]-\p{Lu}[\p{L}.]*$/u.test(clean)) return null; // "R-Utah", "D-Vt.": a member's party and state, no body
    // "Rosa Lind of Wimstow Capital": a person's given name and surname, "of" and the body they work for, is the person
    // ("Bank of England", "University of Bratten" open with no given name)
    const personOf = /^(\p{Lu}[\p{L}’'-]+\s+\p{Lu}[\p{L}’'-]+)\s+of\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(clean);
    // (a given name no list knows, "Lise Varga of Varnington Bank", when the words after "of" end in a body's head word and
    // the two before it are no body's or title's words: not "Royal Bank of Scotland", "Central Bank of Ireland"; nor a
    // plural of members, "Little Sisters of the Poor Foundation", COLLECTIVE_NAME_HEADS)
    const unknownGiven = (): boolean => {
      const who = (personOf?.[1] ?? '').toLowerCase().split(/\s+/u);
      const of = (personOf?.[2] ?? '').toLowerCase().replace(/[’']s$/u, '').split(/\s+/u);
      return ORG_HEADS.has(of[of.length - 1] as string) && !who.some((w) => ORG_HEADS.has(w) || GROUP_HEADS.has(w) || COLLECTIVE_NAME_HEADS.has(w) || isTitleWord(w))
        && oracleKind(personOf?.[1] ?? '') !== 'organization';
    };
    if (personOf && personOf[1] && personOf[2] && (genderOf(personOf[1]).gender || unknownGiven())) {
      const body = classifyName(personOf[2]);
      if (body && !body.person && body.kind !== 'document') return { name: canonicalPerson(personOf[1]), kind: 'person', role: null, person: true, at: 0, affiliation: body.name };
    }
    // "Shareholders of Corlan Foods Inc.", "Customers of Pimham Mobile": the body's people, a group, the body their
    // affiliation (LABELS: a collective described by who they are)
    if (words.length >= 3 && PEOPLE_OF_BODY.has((words[0] as string).toLowerCase()) && /^(?:of|at)$/u.test(words[1] as string) && /^\p{Lu}/u.test(words[2] as string)) {
      const body = classifyName(words.slice(2).join(' '));
      if (body && !body.person && body.kind !== 'document') return { name: `${(words[0] as string).toLowerCase()} ${words.slice(1).join(' ')}`, kind: 'group', role: null, person: false, at: 0, affiliation: body.name };
    }
    const lw = words.map((w) => w.toLowerCase().replace(/[.,]$/u, ''));
    if (lw.every((w) => CALENDAR_WORDS.has(w) || /^\d+(st|nd|rd|th)?$/u.test(w))) return null; // "Tuesday", "March 2021"
    const last = lw[lw.length - 1] as string;
    if (words.length === 1 && ROLE_NOUNS[last] !== undefined) return null; // "CEO" is a role, not a name
    // "Keep Galmere Local", "Protect Our Parks": a name that opens with a campaign's verb is a campaign, a group
    if (words.length >= 2 && CAMPAIGN_VERBS.has(lw[0] as string) && /^\p{Lu}\p{Ll}+$/u.test(words[0] as string)) return { name: clean, kind: 'group', role: null, person: false, at: 0 };
    // "Doctors Without Borders", "Mothers Against Drunk Driving": a capitalised preposition inside makes a body's name
    if (hasInnerPreposition(words)) return { name: clean, kind: 'organization', role: null, person: false, at: 0 };
    // ("Open Ledger, a civil liberties group, …": a name ending in an outlet's word that the article describes as another kind
    // of body is that body)
    // ("Harrowgate Press" in an article that calls it "the publisher": a book publisher, a company)
    const bookPublisher = BOOK_PUBLISHER_HEADS.has(last) && (booksPublished ??= BOOK_PUBLISHER_DESCRIPTION.test(text));
    if (MEDIA_HEADS.has(last) && words.length > 1 && !bookPublisher && !['organization', 'group'].includes(bodyEvidence(clean) ?? '')) return { name: raw.replace(/[’']s$/u, '').trim().replace(/^the\s/u, 'The '), kind: 'media', role: null, person: false, at: 0 };
    // ("Kelbian state media reported": the outlets of a country as a whole)
    if (COLLECTIVE_MEDIA.test(clean)) return { name: clean.replace(/^the\s/iu, ''), kind: 'media', role: null, person: false, at: 0 };
    // "Radio Mabbury", "Television Nord": a broadcaster named by its medium first
    if (MEDIA_OPENERS.has(lw[0] as string) && words.length > 1 && words.every((w) => /^[\p{Lu}\d]/u.test(w))) return { name: clean, kind: 'media', role: null, person: false, at: 0 };
    // "Cycling charity Pedal Safe", "Fan group Harbour Ultras", "Campaign group Clean Air Now" at a sentence's start: a
    // lower-case body noun with a modifier before it and only capitalised words after is a descriptor, no part of the
    // name; the body is the name after it, of the descriptor's kind ("charity" an organisation, "fan group" a group)
    for (let i = 1; i <= 2 && i < words.length - 1; i++) {
      const w = words[i] as string;
      const cls = DEFINITE_DESCRIPTIONS[w];
      if (!cls || cls === 'person' || cls === 'media' || ROLE_NOUNS[w] !== undefined || !/^\p{Ll}+$/u.test(w)) continue;
      if (!words.slice(1, i).every((x) => /^\p{Ll}/u.test(x)) || !words.slice(i + 1).every((x) => /^\p{Lu}/u.test(x))) break;
      const rest = words.slice(i + 1).join(' ');
      if (genderOf(rest).gender || (words.length - i - 1 === 1 && oracleKind(rest) === 'person')) break;
      const kind: SpeakerKind = w === 'group' ? collectiveKind('group', words.slice(0, i).join(' ')) : cls;
      return { name: rest, kind, role: null, person: false, at: 0 };
    }
    // "Defence Minister Johan Corworth", "Supreme Court Justice Ana Ulmley": a person's title, with the body it names before it,
    // then a name of two or more words that no body's head word is in: the person, before the body's words make an organisation
    for (let t = words.length - 3; t >= 0; t--) {
      const w = lw[t] as string;
      if (!(ROLE_NOUNS[w] !== undefined || TITLE_ROLES[w] !== undefined || HONORIFICS.has(w) || RANKS.has(w)) || !/^\p{Lu}/u.test(words[t + 1] as string)) continue;
      const rest = words.slice(t + 1);
      if (rest.every((x) => /^\p{Lu}/u.test(x)) && !lw.slice(t + 1).some((x) => ORG_HEADS.has(x) || GROUP_HEADS.has(x) || isTitleWord(x))) return classifyName(rest.join(' '));
      break;
    }
    // "Secretary of State Warren Nobridge", "Minister of Health Ana Ulmley": a title, "of" and the body or portfolio, then a
    // person's first and last name: the person (the name run joins across "of", and the body's words are no part of it)
    if (words.length >= 5 && lw[1] === 'of' && (ROLE_NOUNS[lw[0] as string] !== undefined || TITLE_ROLES[lw[0] as string] !== undefined) && words.slice(2).every((x) => /^\p{Lu}/u.test(x))) {
      const tail = words.slice(-2);
      if (!lw.slice(-2).some((x) => ORG_HEADS.has(x) || GROUP_HEADS.has(x) || isTitleWord(x))) {
        const p = classifyName(tail.join(' '));
        if (p && p.person && p.kind === 'person') return p;
      }
    }
    // "Castellan" after "Castellan FC", "Rovers" after "Wimstow Rovers", "Grelory" after "University of Grelory":
    // a body's short name is that body, under its full name (unless a person's name ends in it)
    if (!honorific && words.length <= 2) {
      const body = bodiesByShortName().get(clean);
      if (body && body !== clean && canonicalPerson(clean) === clean) return { name: body, kind: kindOfOrg(body), role: null, person: false, at: 0, shortName: clean, ...(namedBodiesOnly.has(body) ? { weak: true } : {}) };
      // (a short name two bodies claim is neither's full name, nor a surname of the longer body's name: as written; a
      // person's surname stays theirs, "Anna Dunmore" beside "Dunmore Homes")
      if (!body && contested.has(clean) && (canonicalPerson(clean) === clean || oracleKind(canonicalPerson(clean)) !== 'person')) return { name: clean, kind: 'organization', role: null, person: false, at: 0 };
    }
    // "Food Standards Executive": a role noun capitalised after the capitalised words of a field is a body's last word
    // (not "Chief Executive", a two-word role)
    if (words.length >= 2 && BODY_NAME_ROLE_TAILS.has(last) && /^\p{Lu}/u.test(words[words.length - 1] as string) && words.every((w) => /^[\p{Lu}&]|^(?:and|of|for)$/u.test(w))
      && ROLE_NOUNS[`${lw[lw.length - 2] as string} ${last}`] === undefined && !RANKS.has(lw[lw.length - 2] as string) && TITLE_ROLES[lw[lw.length - 2] as string] === undefined) {
      return { name: clean, kind: 'organization', role: null, person: false, at: 0 };
    }
    if (PARTY_MEMBER_PLURALS.has(last) && (words.length === 1 || (words.length === 2 && /^(?:House|Senate)$/u.test(words[0] as string)))) return { name: clean, kind: 'group', role: null, person: false, at: 0 };
    if (lw.some((w) => ORG_HEADS.has(w)) || /^(Unit|Ministry|Department|Office|Council|Court|Bureau|Agency|University|Board)\b/u.test(clean)) {
      // (LABELS: coalitions, campaigns and movements are groups, "Fenstow Fair Maps Coalition")
      // (a name the article describes as a campaign or coalition, "The Calm Air Coalition, a coalition of …", is one too)
      // (the body's own head noun decides, GUIDE's collective kinds: "Families of Birch House" is a group, "the Union of
      // Nursing Staff" and "the Allied Workers Union" are unions; "Tarn Creditors’ Group", an action group, a group)
      const own = nameHead(clean).toLowerCase();
      const collective = (GROUP_HEADS.has(own) && !ORG_HEADS.has(own)) || collectiveNameKind(clean) === 'group' || bodyEvidence(clean) === 'group';
      return { name: clean, kind: collective ? 'group' : 'organization', role: null, person: false, at: 0 };
    }
    if (/^[\p{Lu}\d&.+-]{2,}$/u.test(clean)) {
      // "the Directorate for Security Intelligence (DSI)" … "the DSI": the article's own expansion
      const full = acronyms.get(clean);
      return { name: full ?? clean, kind: 'organization', role: null, person: false, at: 0 };
    }
    // "Representative Dan Weller", "NRA CEO Wayne LaPierre": the title and what precedes it are no part of the name
    let titleWords = 0;
    for (let i = 0; i < words.length - 2; i++) {
      if (!/^\p{Lu}/u.test(words[i + 1] as string)) continue;
      // "Republican presidential nominee Mitt Romney": a description before a given name
      // (or a given name no list knows, "Mitt": a lower-case content word inside a capitalised run is never part of a
      // person's name, and the two or more capitalised words after it to the end are the name)
      const descriptive = /^\p{Ll}{3,}$/u.test(words[i] as string) && !/^(?:and|nor|but)$/u.test(words[i] as string) && words.slice(i + 1).every((w) => /^\p{Lu}/u.test(w));
      // ("Producer Hanne Dahl": an occupation opening the phrase before a first and last name is its title)
      // (a tie occupation only capitalised as a title opening the phrase: "Partner Ines Dunham", not "partner Ines Dunham")
      const job = i === 0 && words.length >= 3 && OCCUPATION_NOUNS.has(lw[0] as string) && (!TIE_OCCUPATIONS.has(lw[0] as string) || /^\p{Lu}\p{Ll}/u.test(words[0] as string));
      if (isTitleWord(lw[i] as string) || job || (descriptive && (genderOf(`${words[i + 1] as string} x`).gender || (words.length - i - 1 >= 2 && /^\p{Lu}/u.test(words[0] as string) && !NAME_PARTICLES.has(lw[i] as string) && !NAME_FUNCTION_WORDS.has(lw[i] as string))))) titleWords = i + 1;
    }
    if (titleWords > 0) { words.splice(0, titleWords); clean = words.join(' '); }
    // ("Pelion Devices": the full name of a body the text also writes by its first word alone, see bodiesByShortName)
    if (!honorific && words.length === 2 && bodiesByShortName().get(words[0] as string) === clean) return { name: clean, kind: kindOfOrg(clean), role: null, person: false, at: 0, ...(namedBodiesOnly.has(clean) ? { weak: true } : {}) };
    // Surname or first-last name: the longest full name in the article for it.
    const full = canonicalPerson(clean);
    // "Mabmere" after "Mabmere Homes", "Mabbury" after "Mabbury FC": the opening words of one body's full name
    // (its last word a body's head) are that body's short name, not a surname (unless a person's name ends in them).
    // The name stays as written: other stages count a body's short and full names apart.
    if (full === clean && !honorific && words.length <= 2 && bodiesByShortName().has(clean)) {
      return { name: clean, kind: 'organization', role: null, person: false, at: 0 };
    }
    if (full !== clean || words.length >= 2) {
      // ("the Veld Valley", "the Varnington Delta": a name ending in a word for a feature of the land or water is a place,
      // speakers.json coreference.placeFeatureHeads, whatever the oracle makes of a first word it does not know)
      const oracle = PLACE_FEATURE_HEADS.has((full.split(/\s+/u).pop() ?? '').toLowerCase()) && full.includes(' ') ? 'place' : oracleKind(full);
      if (oracle === 'organization') return { name: full, kind: collectiveNameKind(full) ?? 'organization', role: null, person: false, at: 0 };
      // "Mabworth Agrochemicals, which …", "the contractor, Essstow Civils,": a name with no known given name that the
      // article writes as a body (see bodyEvidence) is that body, not a person (nor the place the oracle may read in
      // "Galfold Estates, which farms …")
      const body = !honorific && !genderOf(full).gender ? bodyEvidence(full) : undefined;
      if (body) return { name: full, kind: body, role: null, person: false, at: 0 };
      // "United States", "New Hampshire" speak only through someone; "Colin Yarlfold" is a person whatever "Yarlfold" is.
      // ("Yarlfold" after "Helen Yarlfold" is her, though the oracle reads the whole name as a place: the full name's given name decides)
      // ("Dr Ivy Lane", "Prof. Rhea Hill": a title before the name makes a person, whatever place the words spell)
      // ("Gideon Yarlfold KC", "Gideon Yarlfold, 52,", "Mr Yarlfold": the article writes the name as a person's somewhere)
      if (oracle === 'place' && !honorific && (!full.includes(' ') || !genderOf(full).gender) && !writtenAsPerson(full)) return null;
      return { name: full, kind: 'person', role: null, person: true, at: 0 };
    }
    if (honorific) return { name: clean, kind: 'person', role: null, person: true, at: 0 }; // "Mr. Trump"
    const oracle = oracleKind(clean);
    // ("Brookvale, the region's largest online grocer, said": a word the oracle reads as a place, written with a body's
    // kind noun in apposition, is that body; a relative "which" alone, said of places too, is no evidence)
    if (oracle === 'place') return apposedAsBody(clean) ? { name: clean, kind: 'organization', role: null, person: false, at: 0 } : null;
    const body = bodyEvidence(clean);
    if (body) return { name: clean, kind: body, role: null, person: false, at: 0 };
    // ("Piet Foskham" … "Piet gave this club everything": a word no list knows, written alone, that opens a first and last
    // name the article gives a person is that person's given name, as "Tom" after "Tom Foskham" is)
    if (oracle === null && words.length === 1 && givenNameOfPerson(clean)) return { name: clean, kind: 'person', role: null, person: true, at: 0 };
    return { name: clean, kind: oracle === 'person' ? 'person' : 'organization', role: null, person: oracle === 'person', at: 0, weak: oracle === null };
  }

  /** The article's names by the text before their first space ("Piet" of "Piet Foskham"), in text order, gathered
   *  once: givenNameOfPerson asks for each candidate word, and a search of every name each time grew with the square of
   *  an article's length. */
  function namesOpenedBy(): Map<string, string[]> {
    if (!openedBy) {
      openedBy = new Map();
      for (const n of names) {
        const space = n.text.indexOf(' ');
        if (space < 0) continue;
        const first = n.text.slice(0, space);
        const list = openedBy.get(first);
        if (list) list.push(n.text); else openedBy.set(first, [n.text]);
      }
    }
    return openedBy;
  }

  /** Whether the article writes `word` as the first of a two-word name it writes as a person's, with a role noun or a
   *  courtesy title ("manager Piet Foskham", "Mr Foskham"), and opens no other name with it ("Balmere Hotels"). */
  function givenNameOfPerson(word: string): boolean {
    if (checkingGiven.has(word)) return false;
    checkingGiven.add(word);
    try {
      const opened = [...new Set(word.includes(' ') ? names.filter((n) => n.text.startsWith(`${word} `)).map((n) => n.text) : namesOpenedBy().get(word) ?? [])];
      const full = opened[0];
      return opened.length === 1 && full !== undefined && /^\p{Lu}\p{Ll}+[^\S\n]+\p{Lu}\p{Ll}+$/u.test(full)
        && (introducedAsPerson(full) || writtenAsPerson(full)) && classifyName(full)?.kind === 'person';
    } finally {
      checkingGiven.delete(word);
    }
  }

  /** Whether the article writes a name with a body's kind noun in apposition after it (", the city's largest employer"
   *  is a role; ", the country's biggest streaming service," a body), as bodyEvidence reads it. */
  function apposedAsBody(name: string): boolean {
    for (const at of nameOccurrences(text, name)) {
      const head = APPOSED_BODY.exec(text.slice(at + name.length, at + name.length + 90))?.[2]?.toLowerCase();
      if (head && DEFINITE_DESCRIPTIONS[head] === 'organization' && ROLE_NOUNS[head] === undefined && !PERSONISH_BODY_NOUNS.has(head) && !PLACE_NOUNS.has(head)) return true;
    }
    return false;
  }

  /**
   * The kind of body the article writes a name as, read once per article from every mention of it: a non-personal
   * relative after it ("Neskaven, which was founded in 2019"), or a kind noun introducing it ("the contractor, Essstow
   * Civils,", "the domestic firm Sibfold Ridge", "the newspaper Elbana"). "who" after any mention ("X, who …") makes
   * it a person's name: no evidence then. A "group" of people named by a possessive plural ("a parents’ group") is a
   * group; any other introducing "group" ("the consumer group", "a human rights group") is an organisation (GUIDE: NGOs
   * with a formal body).
   */
  function bodyEvidence(name: string): SpeakerKind | undefined {
    if (!bodyKinds) {
      speakerWork.textScans++;
      bodyKinds = new Map();
      const found = bodyKinds;
      const note = (key: string, kind: SpeakerKind | null): void => {
        const had = found.get(key);
        found.set(key, had === null || kind === null ? null : had ?? kind);
      };
      for (const n of names) {
        const key = n.text.replace(/^(?:The|A|An)\s+/u, '').replace(/[’']s?$/u, '').trim();
        if (!key) continue;
        const after = text.slice(n.end, n.end + 12);
        if (/^[^\S\n]*,[^\S\n]+who(?!\p{L})/u.test(after)) { note(key, null); continue; }
        // "X, a campaign group that …", "X, a coalition of parish councils", "X, a residents’ group,": a collective
        // described in apposition (LABELS: campaigns, coalitions, movements are groups); "X, an advocacy group" is an
        // organisation, as the same words before the name make it
        const apposed = APPOSED_COLLECTIVE.exec(text.slice(n.end, n.end + 90));
        // (never of a person's name: "Priya Lomham, a …" is described, not a collective)
        if (apposed) { if (!genderOf(key).gender) { note(key, collectiveKind(apposed[2] as string, apposed[1] ?? '')); apposedCollectives.add(key); } continue; }
        if (/^[^\S\n]*,[^\S\n]+which(?!\p{L})/u.test(after)) { note(key, 'organization'); continue; }
        // "Ambana, a start-up backed by …", "Dunwyn Post, the former state postal operator,": a body's kind noun in
        // apposition (no role noun: "X, a property developer" may be a person; never a known given name's)
        const body = APPOSED_BODY.exec(text.slice(n.end, n.end + 90));
        const bodyHead = body?.[2]?.toLowerCase();
        if (bodyHead && bodyNoun(bodyHead) && !genderOf(key).gender) { note(key, 'organization'); continue; }
        // ("Harbor Mutual, one of the oldest ferry operators on the coast,", "X, one of the region's largest bakers,":
        // one of a class of bodies, by the plural's singular or the plural itself a body's noun)
        const oneOf = ONE_OF_BODIES.exec(text.slice(n.end, n.end + 100))?.[1]?.toLowerCase();
        // (a trade a person may have counts here: one person is not "one of the largest insurers in the county")
        const oneOfSingular = [oneOf?.replace(/ies$/u, 'y'), oneOf?.replace(/es$/u, ''), oneOf?.replace(/s$/u, '')].find((w) => w !== undefined && (DEFINITE_DESCRIPTIONS[w] === 'organization' || BODY_DESCRIPTOR_WORDS.has(w)) && ROLE_NOUNS[w] === undefined);
        if (oneOf && (bodyNoun(oneOf) || oneOfSingular) && !genderOf(key).gender) { note(key, 'organization'); continue; }
        // ("Quorham, a subsidiary of Halden NV,": a noun said only of a company, coreference.bodyOnlyAppositions)
        if (bodyHead && BODY_ONLY_APPOSITIONS.has(bodyHead) && !genderOf(key).gender) { note(key, 'organization'); apposedCompanies.add(key); continue; }
        const before = text.slice(Math.max(0, n.start - 60), n.start);
        // "a group calling itself Morlaven", "a campaign calling itself X": a self-named collective
        if (/(?:group|campaign|movement|collective)[^\S\n]+calling[^\S\n]+itself[^\S\n]+[“"]?$/u.test(before)) { note(key, 'group'); continue; }
        // ("the Danish utility Jeldock Energi", "the consultancy Pimbury Quorling": a people's adjective among the
        // modifiers, and a business's kind noun, speakers.json bodyDescriptors, introduce a body as the nouns of
        // definite descriptions do)
        const m = INTRODUCING_NOUN.exec(before) ?? INTRODUCING_NOUN_WIDE.exec(before);
        const head = m?.[1]?.toLowerCase();
        const cls = head ? DEFINITE_DESCRIPTIONS[head] ?? (BODY_DESCRIPTOR_WORDS.has(head) && !PERSONISH_BODY_NOUNS.has(head) ? 'organization' : undefined) : undefined;
        // (not a noun that is also a person's role: "the property developer Pellamy Crane")
        if (!head || !cls || cls === 'person' || ROLE_NOUNS[head] !== undefined) continue;
        const kind: SpeakerKind = cls === 'group' && head === 'group' ? collectiveKind('group', /(\S+)[^\S\n]+group,?[^\S\n]+$/u.exec(before)?.[1] ?? '') : cls;
        note(key, kind);
      }
    }
    // (the name or its opening words: the tagger may end a run early, "Fengate" of "Fengate Offshore, which")
    const ws = name.split(/\s+/u);
    let kind: SpeakerKind | undefined;
    // (only a name of capitalised words: "Elbmore 48" is no name of Elbmore's)
    const named = ws.every((w) => /^\p{Lu}/u.test(w));
    let key = '';
    for (let k = ws.length; k >= 1 && kind === undefined && (k === ws.length || named); k--) { key = ws.slice(0, k).join(' '); kind = bodyKinds.get(key) ?? undefined; }
    // (a name the article also writes by its last word alone is a person's, "the property developer Pellamy Crane" …
    // "Crane said": a body's short name is its first word, "Mabworth"; but a name described as a collective in apposition,
    // "Fair Play Ostland, a coalition of …,", ends in a place the article also writes alone, "Ostland")
    return kind && ws.length > 1 && !apposedCollectives.has(key) && singleWordNames().has(ws[ws.length - 1] as string) ? undefined : kind;
  }

  /**
   * Whether the article writes a name as a person's at some mention, whatever the words spell ("Gideon Yarlfold", whose
   * surname is a common noun, reads as a place): letters of a rank or an honour after it ("Gideon Yarlfold KC"), an age in
   * apposition ("Gideon Yarlfold, 52,"), "who" after it, a side in court ("Gideon Yarlfold, for the defence,"), or a courtesy
   * title before its last word ("Mr Yarlfold").
   */
  function writtenAsPerson(full: string): boolean {
    const had = personWritten.get(full);
    if (had !== undefined) return had;
    const surname = full.split(/\s+/u).pop() ?? full;
    // (found with indexOf, not a pattern compiled per name: search.ts)
    let found = surname ? wordsBeforeName(text, surname, true).some((w) => /^\p{Lu}/u.test(w) && COURTESY_TITLES.has(w.toLowerCase()))
      : new RegExp(`(?<!\\p{L})(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?[^\\S\\n]+${escapeRegExp(surname)}(?!\\p{L})`, 'u').test(text);
    for (const n of names) {
      if (found) break;
      if (n.text !== full) continue;
      const after = text.slice(n.end, n.end + 40);
      const letters = /^[^\S\n]+(\p{Lu}{2,4})(?!\p{L})/u.exec(after)?.[1];
      found = (letters !== undefined && POST_NOMINALS.has(letters)) || /^,[^\S\n]+\d{1,3},/u.test(after) || /^,[^\S\n]+who(?!\p{L})/u.test(after)
        || COURT_SIDE_AFTER_NAME.test(after);
    }
    personWritten.set(full, found);
    return found;
  }

  /** The people the article describes in apposition at some mention ("Tom Pimwyn, a rancher,"), read once. */
  function describedPeople(): Set<string> {
    if (described) return described;
    described = new Set();
    names.forEach((n, i) => {
      const c = nameClasses[i];
      if (c && c.person && /^,[^\S\n]+(?:a|an|the|its|their|his|her)[^\S\n]+\p{Ll}/u.test(text.slice(n.end, n.end + 20))) described?.add(c.name);
    });
    return described;
  }

  /** The names the article writes as one word ("Crane", "Mabworth"), read once. */
  function singleWordNames(): Set<string> {
    singles ??= new Set(names.map((n) => n.text.replace(/[’']s?$/u, '')).filter((t) => !/\s/u.test(t)));
    return singles;
  }

  /** A role written next to a name: "Health Minister Dariusz Hobsett", "Dariusz Hobsett, the health minister,". */
  /**
   * "Penrose Fine Art disputed the report. In a written reply, the gallery said …": a body's kind noun used as a subject,
   * where no body named before fits it, stands for the name that is the subject of its own sentence or of one just
   * before it (`back` sentences), the noun showing that name is a body's; a name read as a person's counts only when no
   * given name, title or role makes it one, and it has two words or more.
   */
  function subjectNamedBefore(at: number, head: string, back: number): Entity | undefined {
    // (no title or slogan in quotation marks, "the “Orchard Bite” kits")
    // (of a sentence before the noun's own, and no party to another body, "Orin Capital, the largest shareholder in …")
    return salient(at, (x) => x.at < at && sentenceAt(x.at) < sentenceAt(at) && x.salience === 0 && !x.weak && !x.partOfSpeaker && !inQuoted(x.at) && /^\p{Lu}/u.test(x.name) && !partyToAnother(x)
      && !/[“"‘'][^\S\n]*$/u.test(text.slice(Math.max(0, x.at - 2), x.at))
      // (a name, not an article read as one or a name modifying a common noun, "Federal Election Commission records")
      && !/^(?:the|a|an)$/iu.test(x.name) && /(?:^|\s)[\p{Lu}\d][^\s]*$/u.test(x.name)
      && (x.person ? !x.gender && !x.title && !x.role && /\s/u.test(x.name) && !genderOf(x.name).gender && registry.lookup(x.name)?.kind !== 'person' && !apposedRole(x.name)
        : x.kind === 'organization' || x.kind === 'group')
      && speakerHeadFits(head, x.name), back, true);
  }

  /**
   * "When the maritime authority automated the lamp … The authority says": a body the article described before with
   * modifiers and never named; the last such description before `at` of a body with this head, as written without its
   * article ("maritime authority"); a judging adjective tells no body apart ("the powerful council").
   */
  function earlierDescription(at: number, head: string): string | undefined {
    if (!describedBodies) {
      speakerWork.textScans++;
      describedBodies = new Map();
      for (const m of text.matchAll(/(?<![\p{L}’'-])[Tt]he((?:[^\S\n]+[\p{Ll}-]+){1,2}?)[^\S\n]+(\p{Ll}+)(?![\p{L}’'-])/gu)) {
        const h = m[2] as string;
        const cls = DEFINITE_DESCRIPTIONS[h];
        if (!cls || cls === 'person' || m.index === undefined) continue;
        const list = describedBodies.get(h) ?? [];
        list.push({ at: m.index, mods: (m[1] as string).trim().split(/[^\S\n]+/u) });
        describedBodies.set(h, list);
      }
    }
    const list = describedBodies.get(head);
    if (!list) return undefined;
    for (let i = firstIndex(list.length, (k) => (list[k] as { at: number }).at < at) - 1; i >= 0; i--) {
      const d = list[i] as { at: number; mods: string[] };
      const k = tokenIndexAt(d.at);
      const tagged = (w: string): string | undefined => tokens.slice(k, k + 5).find((t) => t.text === w)?.pos;
      const telling = d.mods.every((w) => !NOT_IN_ROLE.has(w) && !w.includes('-') && (CLASSIFYING_ADJECTIVES.has(w) || GENERIC_MODIFIERS.has(w) || tagged(w) === 'NOUN' || (tagged(w) === 'ADJ' && /(?:al|an|ian|ese|ic|ish|ary|ime)$/u.test(w))));
      // ("… revealed that boats were sold to the army government of Osmar. … the government said": a body of a named
      // place met only inside another speaker's words is not what a later bare description of the article's own refers to)
      const tail = d.at + 5 + d.mods.join(' ').length + head.length;
      const ofPlace = /^[^\S\n]+of[^\S\n]+\p{Lu}/u.test(text.slice(tail, tail + 8));
      if (ofPlace && inContent(d.at)) continue;
      if (telling && d.mods.some((w) => !GENERIC_MODIFIERS.has(w))) return `${d.mods.join(' ')} ${head}`;
    }
    return undefined;
  }

  /**
   * After "the operator of the crane", "the developer of the app": a person follows when a name of a person or a
   * description of one stands in apposition ("…, a 19-year-old student,"), or he/she takes the subject up in the clause
   * ("… told police he had felt"). A body in apposition ("…, a Berlin start-up,") is none.
   */
  function personOfRelation(end: number): boolean {
    const after = text.slice(end, end + 120);
    const ap = /^,[^\S\n]+([^,.;]{2,80}),/u.exec(after)?.[1];
    if (ap) {
      const w = ap.trim().split(/\s+/u);
      const head = (w[w.length - 1] as string).toLowerCase();
      if (/^(?:a|an)$/iu.test(w[0] as string)) return DEFINITE_DESCRIPTIONS[head] === 'person' || (ROLE_NOUNS[head] !== undefined && DEFINITE_DESCRIPTIONS[head] === undefined);
      if (/^\p{Lu}/u.test(w[0] as string)) return classifyName(ap.trim())?.person === true;
    }
    const clause = after.split(/[.;!?]/u)[0] ?? '';
    return /^[^,]{0,40}?(?<![\p{L}’'-])(?:he|she)(?![\p{L}’'-])/u.test(clause);
  }

  /**
   * "The director of the Lindley Museum has defended the sale … “…,” said Ana Vogel, the museum’s director since 2019":
   * a role of a body written without a name is the person the next two sentences name in that role (by the role near the
   * name, or "who has led/run/headed the museum"); undefined when none is.
   */
  function namedLater(at: number, roleWord: string, body: string): { name: string } | undefined {
    if (NO_HOLDER_ROLES.has(roleWord)) return undefined;
    const bodyWords = new Set(body.toLowerCase().split(/[^\p{L}-]+/u).filter((w) => w.length > 2));
    const here = sentenceAt(at);
    const lo = firstIndex(names.length, (i) => (names[i] as TextSpan).start <= at);
    for (let i = lo; i < names.length && i < lo + 40; i++) {
      const n = names[i] as TextSpan;
      if (sentenceAt(n.start) - here > 4) break;
      const c = nameClasses[i];
      if (!c || !c.person) continue;
      const role = roleNearName(n);
      const led = /^,[^\S\n]+who[^\S\n]+(?:has[^\S\n]+|had[^\S\n]+)?(?:led|run|ran|headed|directed|managed|chaired)[^\S\n]+(?:the|its)[^\S\n]+([\p{L}-]+)/u.exec(text.slice(n.end, n.end + 80));
      // (one who leads the body, named or described, holds a role that leads it: not "the chief economist of X")
      const object = led?.[1]?.toLowerCase() ?? '';
      const leads = LEADER_ROLES.has(roleWord) && (bodyWords.has(object) || DEFINITE_DESCRIPTIONS[object] === 'organization' || DEFINITE_DESCRIPTIONS[object] === 'group');
      // (not the holder of that role at another body: "…, the director of the Barton Clinic")
      const elsewhere = /^,[^\S\n]+(?:the|a|an)[^\S\n]+[^,.;]*?\b(?:of|at|for)[^\S\n]+(?:the[^\S\n]+)?(\p{Lu}[^,.;]*)/u.exec(text.slice(n.end, n.end + 100));
      if (elsewhere?.[1] && !elsewhere[1].toLowerCase().split(/[^\p{L}-]+/u).some((w) => bodyWords.has(w))) continue;
      // (the role must be given at THIS body: its name's words next to the name, "the museum’s director", "its director";
      // "Mary Cole, the national intelligence director" or "the director of the film" holds the role elsewhere)
      const apposition = /^,[^\S\n]+([^,.;]{2,80})/u.exec(text.slice(n.end, n.end + 90))?.[1] ?? '';
      const before = text.slice(Math.max(0, n.start - 40), n.start).split(/[.!?]\s/u).pop() ?? '';
      const near = `${before} ${apposition}`.toLowerCase();
      // ("the gallery’s director": a possessor that is a kind of body, or the head of a body the article named, stands for it)
      const possessor = /^(?:its|the[^\S\n]+([\p{Ll}-]+)[’']s)[^\S\n]/u.exec(apposition);
      const bodyNoun = (w: string): boolean => (DEFINITE_DESCRIPTIONS[w] !== undefined && DEFINITE_DESCRIPTIONS[w] !== 'person') || ORG_HEADS.has(w)
        || entities.some((x) => !x.person && x.at < at && x.name.toLowerCase().split(' ').pop() === w);
      const atBody = near.split(/[^\p{L}-]+/u).some((w) => bodyWords.has(w)) || (possessor !== null && (possessor[1] === undefined || bodyNoun(possessor[1])));
      if (role && role.split(' ').includes(roleWord) && atBody) return { name: c.name };
      if (leads) return { name: c.name };
    }
    return undefined;
  }

  /**
   * The one person the next two sentences after `at` name with `roleWord` as their title or in apposition ("Principal
   * Ana Ulmley", "Ana Ulmley, the principal,"), when no person named before `at` holds it; undefined when none or several.
   */
  function holderNamedNext(at: number, roleWord: string): string | undefined {
    if (NO_HOLDER_ROLES.has(roleWord)) return undefined;
    const here = sentenceAt(at);
    const lo = firstIndex(names.length, (i) => (names[i] as TextSpan).start < at);
    for (let i = 0; i < lo; i++) if (nameClasses[i]?.person && roleNearName(names[i] as TextSpan) === roleWord) return undefined;
    const found = new Set<string>();
    for (let i = lo; i < names.length; i++) {
      const n = names[i] as TextSpan;
      if (sentenceAt(n.start) - here > 2) break;
      const c = nameClasses[i];
      if (!c?.person || roleNearName(n) !== roleWord) continue;
      // (not a holder set against another, "Rival coach Dan Hill", nor one of another body, "Principal Ana Ulmley of the
      // nearby Hilltop Academy": the bare role before is someone else's)
      if (CONTRAST_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start)) || OTHER_BODY_AFTER.test(text.slice(n.end, n.end + 40))) return undefined;
      found.add(c.name);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  function roleNearName(n: TextSpan): string | null {
    // (words of this sentence only: "…, the clinic’s managing director. Senate Leader Curtis Wimley" gives no director)
    const window = text.slice(Math.max(0, n.start - 40), n.start);
    const sentenceEnd = /^[\s\S]*[.!?][”"’)]?\s+(?=\p{Lu}|$)/u.exec(window);
    const ownWindow = window.slice(sentenceEnd && !/(?:^|\s)(?:[A-Z][a-z]{0,3}|[A-Z])\.\s+$/u.test(sentenceEnd[0]) ? sentenceEnd[0].length : 0);
    // (words of this clause only: a comma, a semicolon, a colon, a dash, a bracket or a quote mark ends the look-back, so
    // that "as the nominee, Ulmley argued" or "as secretary of state, Ulmley" gives no role; but a role noun right before the
    // comma, in apposition with a name closed after it, stays: "The nominee, Gregory Ulmley, said", "said its chief
    // executive, Ana Ulmley.")
    const clause = lookBackClause(ownWindow, n.end);
    // (and only the words that run on to the name as its title: a lower-case word that is no role noun, title or office
    // word ends it, "he'd be a stronger nominee than Ulmley", "the mayor met Ulmley")
    const rawBefore = clause.split(/\s+/u).filter(Boolean).slice(-3);
    const lowBefore = rawBefore.map((w) => w.toLowerCase().replace(/[,.]$/u, ''));
    const titleRun = (i: number): boolean => {
      const w = lowBefore[i] ?? '';
      return !/^\p{Ll}/u.test(rawBefore[i] ?? '') || roleNoun(w) !== undefined || ROLE_MODIFIERS.has(w) || TITLE_MODIFIERS.has(w)
        || TITLE_ROLES[w] !== undefined || NAME_PRECEDING_ADJECTIVES.has(w) || ROLE_NOUNS[`${w} ${lowBefore[i + 1] ?? ''}`] !== undefined
        // ("former secretary of state Colin Ulmley", "head of policy Ana Ulmley": a role noun's "of" complement)
        // (not an "of" right before the name or an article: "the director of Ana Ulmley's campaign", "the chairman of the Ulmley
        // campaign" is someone else)
        || lowBefore.some((x, k) => x === 'of' && k > 0 && k <= i && roleNoun(lowBefore[k - 1] ?? '') !== undefined
          && k < lowBefore.length - 1 && lowBefore.slice(k + 1).every((y) => !NOT_IN_ROLE.has(y)));
    };
    // (an apposition the look-back crossed a comma into was read whole above: "Pimham’s head of people, Ana Ulmley,")
    const crossed = clause.includes(',');
    let runFrom = crossed ? 0 : rawBefore.length;
    while (runFrom > 0 && titleRun(runFrom - 1)) runFrom--;
    // ("they must judge Halvorsen's conduct", "to chair Ulmley's inquiry": a lower-case role noun that is also a verb, after a
    // modal, "to" or a subject, is the verb; the run starts after it)
    for (let k = runFrom; k < rawBefore.length; k++) {
      if (ROLE_VERB_HOMOGRAPHS.has(lowBefore[k] ?? '') && /^\p{Ll}/u.test(rawBefore[k] ?? '') && VERB_OPENERS.has(lowBefore[k - 1] ?? '')) runFrom = k + 1;
    }
    const before = clause.toLowerCase().split(/\s+/u).filter(Boolean).slice(-3).slice(runFrom);
    const inside = n.text.toLowerCase().split(/\s+/u);
    // ("Tom Bell OBE, who founded the charity,": a clause or apposition after the name reads past its post-nominal letters)
    const letters = /^[^\S\n]+(\p{Lu}{2,4})(?!\p{L})/u.exec(text.slice(n.end, n.end + 6));
    const nameEnd = letters?.[1] && POST_NOMINALS.has(letters[1]) ? n.end + letters[0].length : n.end;
    // "Ana Ulmley, who chairs the committee,", "…, who teaches law at Quorfold University"
    // (the person's age in apposition comes first in news, "Jean Ulmley, 71, who chairs the forum,")
    const who = /^(?:,[^\S\n]+\d{1,3})?,[^\S\n]+who[^\S\n]+(?:now[^\S\n]+|also[^\S\n]+)?([\p{Ll}-]+)([^,.;]{0,60})/u.exec(text.slice(nameEnd, nameEnd + 95));
    // (not "who manages to run the shop", "who heads home": the verb needs a thing held as its object)
    const nextWord = /^[^\S\n]*([\p{L}-]+)/u.exec(who?.[2] ?? '')?.[1]?.toLowerCase() ?? '';
    const verbRole = who?.[1] && !ROLE_VERB_STOPS.has(nextWord) ? ROLE_VERBS[who[1]] : undefined;
    // ("Orlen's trade minister, Ivo Corworth, who chaired the talks,": a role noun in apposition before the name is the post
    // the text names; the relative clause tells what the holder did)
    const apposedBefore = verbRole && crossed ? pickRole(before) : null;
    if (apposedBefore) return apposedBefore;
    if (verbRole) return verbRole === 'teacher' && /\b(?:university|college)\b/iu.test(who?.[2] ?? '') ? 'lecturer' : verbRole;
    // ("Ivo Brandt, who has worked as a lock keeper for 22 years,", "…, who spent five years as a roofer,", "…, who
    // spent a decade as a firefighter,": the occupation the relative clause says the person works as; not "who
    // described her as a good lawyer" or "who describes herself as a lifelong supporter", whose "as" phrase is said of
    // an object)
    const asRole = who?.[1] && who[1] !== 'as' ? /^((?:[^\S\n]+[\p{L}\d-]+){0,4}?)[^\S\n]+as[^\S\n]+an?[^\S\n]+((?:[\p{Ll}-]+[^\S\n]+){0,2}[\p{Ll}-]+)/u.exec(who[2] ?? '') : null;
    if (asRole?.[2] && /^\p{Ll}/u.test(asRole[2]) && !/(?:^|\s)(?:him|her|them|it|me|us|you|the|this|that|his|their|its|our|my|himself|herself|themselves|myself|itself)(?=\s|$)/iu.test(`${who?.[1] ?? ''} ${asRole[1] ?? ''}`)) {
      const all = asRole[2].split(/\s+/u);
      const cut = all.findIndex((w) => NOT_IN_ROLE.has(w) || ['of', 'until', 'since', 'before', 'after', 'during', 'near'].includes(w));
      const ws = cut >= 0 ? all.slice(0, cut) : all;
      // (the noun as the text writes it, without a word that dates or places the holder, "a former nurse")
      const kept = ws.filter((w) => !NAME_PRECEDING_ADJECTIVES.has(w) && !GENERIC_MODIFIERS.has(w));
      const lastWord = kept[kept.length - 1] ?? '';
      const listed = ROLE_NOUNS[kept.slice(-2).join(' ')] ?? roleNoun(lastWord);
      const worked = kept.length > 0 && kept.length <= 2 && /^\p{Ll}[\p{Ll}-]*\p{Ll}$/u.test(lastWord) && !/(?:ly|ing)$/u.test(lastWord)
        ? (listed && kept.length === 1 ? listed : kept.join(' ')) : null;
      if (worked) return worked;
    }
    // ("Ana Ulmley, who leads the Jelley Island Council,", "…, who leads the minority bloc in the assembly,": the leader of a
    // body LED_BODIES lists, by the head noun of the body before any "on", "in" or "at")
    const led = who?.[1] === 'leads' ? /^[^\S\n]+the[^\S\n]+((?:[\p{L}’'-]+[^\S\n]+){0,4}?)([\p{L}-]+)(?=[^\S\n]+(?:on|in|at|of|for)[^\S\n]|[^\S\n]*[,.;]|$)/u.exec(who[2] ?? '') : null;
    if (led?.[2]) {
      const head = led[2].toLowerCase();
      const before = (led[1] ?? '').trim().split(/\s+/u).pop()?.toLowerCase() ?? '';
      const ledRole = LED_BODIES[`${before} ${head}`] ?? LED_BODIES[head];
      if (ledRole) return ledRole;
    }
    // ("…, who keeps hives near Corfold and chairs the beekeepers’ federation,": the office-holding verb of a second clause;
    // here and below not "teaches", which gives a teacher or a lecturer only by its own object, read above)
    const also = who && !ROLE_VERBS[who[1] ?? ''] ? /[^\S\n]and[^\S\n]+(?:now[^\S\n]+)?([\p{Ll}-]+)[^\S\n]+([\p{L}-]+)/u.exec(who[2] ?? '') : null;
    const alsoRole = also?.[1] && also[2] && !ROLE_VERB_STOPS.has(also[2].toLowerCase()) ? ROLE_VERBS[also[1]] : undefined;
    if (alsoRole && alsoRole !== 'teacher') return alsoRole;
    // ("the Creel Association, which Uskton chairs, says": a body's relative clause with the name as its subject)
    const heldBy = /(?:^|\s)(?:which|that)[^\S\n]+$/u.test(ownWindow) ? /^[^\S\n]+([\p{Ll}-]+)[^\S\n]*[,.;]/u.exec(text.slice(n.end, n.end + 30)) : null;
    const heldRole = heldBy?.[1] ? ROLE_VERBS[heldBy[1]] : undefined;
    if (heldRole && heldRole !== 'teacher') return heldRole;
    // ("Ana Ulmley, who represents Uskington on the district council,": a member of the elected body that seats the place;
    // "who represents the families", "… a builder in talks with the council" is no seat)
    const seat = who?.[1] === 'represents' ? /\s(?:on|in)\s+(?:the\s+)?(?:(?!(?:with|of|for|to|at|by|from|and|over)\s)[\p{L}’'-]+\s+){0,3}([\p{Ll}]+)\s*$/u.exec(who[2] ?? '') : null;
    if (seat?.[1] && REPRESENTED_BODIES[seat[1]]) return REPRESENTED_BODIES[seat[1]] ?? null;
    // (an apposition that names a past post or a tie, "Sen. Ana Ulmley, a former prosecutor,", gives way to a title before the
    // name; with none, it is still the role the text gives)
    const apposed = roleInAppositionAfter(nameEnd, true);
    if (apposed) return apposed;
    const r = pickRole([...before, ...inside.slice(0, -1)]);
    // "State Sen. Rosalyn Jelridge", "Justice Helena Ulmdock": a title right before the name
    if (!r) {
      const words = [...before, ...inside.slice(0, -1)];
      let k = words.length - 1;
      while (k >= 0 && TITLE_ROLES[words[k] as string] === undefined) k--;
      // (the title, then at most the given name: "Sen. Rosalyn Jelridge", "Justice Jelridge"; written as a title, with a
      // capital: not "a fight for justice Mark Galstow …", "the sales rep Mark Galstow")
      const cased = [...clause.split(/\s+/u).filter(Boolean).slice(-3).slice(runFrom), ...n.text.split(/\s+/u).slice(0, -1)];
      // ("Mrs Justice Harcourt": the title right before a surname alone)
      if (k >= 0 && k >= words.length - 2 && (inside.length > 1 || k === words.length - 1) && /^\p{Lu}/u.test(cased[k] ?? '')) return TITLE_ROLES[words[k] as string] ?? null;
    }
    // written as cased, so that the role stops at the name ("Assistant District Attorney Rosa Kipdock")
    const cased = `${clause.split(/\s+/u).filter(Boolean).slice(-3).join(' ')} ${n.text.split(/\s+/u).slice(0, -1).join(' ')}`;
    if (r) return writtenRole(r, [cased]) ?? r;
    // ("said mechanic Ole Brandt", "Film producer Hanne Dahl", "The mechanic, Ole Brandt,": an occupation the lexicon
    // lists, written right before the name as its title or in apposition before it; not "her partner, Ana Ulmley")
    const jobBefore = occupationIn(lowBefore.slice(-2));
    // (a tie occupation is a title only capitalised opening the clause, "Partner Ines Dunham said"; not "her partner")
    const titleTie = clause.trim().split(/\s+/u).length === 1 && /^\p{Lu}\p{Ll}/u.test(rawBefore[rawBefore.length - 1] ?? '');
    if (jobBefore && lowBefore.length > 0 && OCCUPATION_NOUNS.has(lowBefore[lowBefore.length - 1] as string) && (!TIE_OCCUPATIONS.has(jobBefore) || titleTie)) return jobBefore;
    // (a past post or a tie is the role only of a name with no title: "Ella Moss, a former prosecutor," but not "Gen. Mark
    // Holt, an ex-army spokesman,")
    const titleWord = inside.length > 1 ? inside[0] : before[before.length - 1];
    const pastRole = postTitle(titleWord ?? '') ? null : roleInAppositionAfter(nameEnd, false);
    // ("Nadia Frost QC told the court": the letters after the name give the role when nothing else does)
    // (a post the letters give, "Nadia Frost KC, a former judge,", is held now and comes before a past one)
    return (POST_NOMINALS.get(letters?.[1] ?? '') || null) ?? pastRole;
  }

  /** The role an unnamed source gives itself in a relative clause right after its description ("Another user, who
   *  identified herself only as a teacher,", "a man who described himself as a retired welder"): the head of the
   *  noun phrase after "as a", as an unnamed source's description gives it; null for a name ("identified only as Mark"). */
  function selfDescribedRole(end: number): string | null {
    const m = /^,?[^\S\n]+who[^\S\n]+(?:identified|described|introduced)[^\S\n]+(?:(?:himself|herself|themselves)[^\S\n]+)?(?:only[^\S\n]+)?as[^\S\n]+(?:a|an)[^\S\n]+((?:[\p{Ll}-]+[^\S\n]+){0,3}[\p{Ll}-]+)/u.exec(text.slice(end, end + 120));
    return m?.[1] ? headRole(m[1].replace(/[^\S\n]+(?:and|but|from|with|at|in|who|on)(?:[^\S\n].*)?$/u, '')) : null;
  }

  /** The words before a name that belong to its own clause: the look-back stops at the last comma, semicolon, colon,
   *  dash, bracket or quote mark, and crosses a comma only into a role noun in apposition with the name ("The nominee,
   *  Gregory Ulmley, said"): the role noun is the last word before the comma, the phrase it ends opens with no adjunct
   *  word ("as the nominee, Ulmley argued"), and the name is closed by a comma or the sentence's end right after it. */
  function lookBackClause(window: string, nameEnd: number): string {
    const cut = /^([\s\S]*)([,;:—–“”"(])([^,;:—–“”"(]*)$/u.exec(window);
    if (!cut) return window;
    const [, head = '', mark, tail = ''] = cut;
    // (between the comma and the name, at most an article and a title: "Its chair, the Rev. Ana Ulmley, said")
    if (mark !== ',' || !tail.trim().split(/\s+/u).filter(Boolean).every((w) => w.toLowerCase() === 'the' || HONORIFICS.has(w.toLowerCase()))) return tail;
    const closed = /^[^\S\n]*(?:[,.;:)—–]|$)/u.test(text.slice(nameEnd, nameEnd + 3));
    const raw = (/[,;:—–“”"(]([^,;:—–“”"(]*)$/u.exec(head)?.[1] ?? head).split(/\s+/u).filter(Boolean);
    const phrase = raw.map((w) => w.toLowerCase());
    // (the role noun ends the phrase, or comes right before its last "of": "the Russian president, Ana Ulmley,", "Pimham’s
    // head of people, Ana Ulmley,", "the head of Hobham Bank, Ana Ulmley,")
    const isRole = (i: number): boolean => i >= 0 && (ROLE_NOUNS[phrase[i] ?? ''] !== undefined || ROLE_NOUNS[`${phrase[i - 1] ?? ''} ${phrase[i] ?? ''}`] !== undefined
      // ("The mechanic, Ole Brandt, said": an occupation the lexicon lists, as a role noun; not a tie, "her partner, X,")
      || (OCCUPATION_NOUNS.has(phrase[i] ?? '') && !TIE_OCCUPATIONS.has(phrase[i] ?? '')));
    const endsInRole = isRole(phrase.length - 1) || isRole(phrase.lastIndexOf('of') - 1);
    return closed && endsInRole && !phrase.some((w) => ADJUNCT_OPENERS.has(w)) ? window : tail;
  }

  /** The role a description in apposition right after a name gives ("Ana Ulmley, the union’s regional organiser,", "Sen.
   *  Ann Cole, D-Vt., the panel’s senior member,": after the party tag a member's name carries, or an age: "Maya
   *  Korr, 31, a carpenter"), as written. */
  function roleInAppositionAfter(end: number, currentOnly: boolean): string | null {
    const after = /^(?:,\s+[RDI]-\p{Lu}[\p{L}.]*|,\s+\d{1,3})?,\s+(?:a|an|the|its|their|his|her|[\p{Lu}][\p{L}’'.-]*[’']s)\s+([^,.;]{2,60})/u.exec(text.slice(end, end + 100));
    // ("Pia Lund, one of the organisers, said": one of a group, named by the group's noun in the singular, GUIDE decision 47)
    const oneOf = /^,[^\S\n]+one[^\S\n]+of[^\S\n]+(?:the|its|their|his|her)[^\S\n]+((?:[\p{Ll}-]+[^\S\n]+){0,2}[\p{Ll}-]+s)(?=[^\S\n]*[,.;]|[^\S\n]+(?:who|at|of|for|in|from|behind)[^\S\n])/u.exec(text.slice(end, end + 100));
    // (not a body's rank among others, "one of the biggest sellers of car cover")
    if (oneOf?.[1] && !(currentOnly && pastOrTie(oneOf[1])) && !oneOf[1].split(/\s+/u).some((w) => /^(?:\p{Ll}+est|most|top|leading|biggest)$/u.test(w))) {
      const one = headRole(`one of the ${oneOf[1]}`);
      if (one) return one;
    }
    if (!after || !after[1]) return bareRoleAfter(end) ?? roleInRelativeAfter(end, currentOnly);
    const words = after[1].toLowerCase().split(/\s+/u);
    // (asked for the post the person holds now: not "a former spokesman", "an ex-army officer", "a close adviser to …")
    if (currentOnly && pastOrTie(after[1])) return null;
    const stop = words.findIndex((w) => ['for', 'at', 'with', 'who', 'which', 'in', 'on', 'of'].includes(w));
    const r = pickRole(stop >= 0 ? words.slice(0, stop) : words);
    if (r) return writtenRole(r, [after[1]]) ?? r;
    // ("Colin Yarlfold, a developer who bought the site,", "Pia Holm, a senior forecaster at the institute,": an occupation
    // that is no office of a body, as the lexicon lists them)
    const job = occupationIn(stop >= 0 ? words.slice(0, stop) : words);
    // ("a partner at Jaskington Legal" is a post; "her partner" a tie)
    if (job && !(TIE_OCCUPATIONS.has(job) && !['at', 'in'].includes(words[stop] ?? ''))) return job;
    // ("Kerry Dane, a father of two who set up Parents First,": a description with no role noun, then an office-holding
    // verb of its relative clause)
    const who = words.indexOf('who');
    const verb = who >= 0 ? ROLE_VERBS[words[who + 1] ?? ''] : undefined;
    return verb && verb !== 'teacher' && !ROLE_VERB_STOPS.has(words[who + 2] ?? '') ? verb : null;
  }

  /** The post a relative clause right after a name says the person holds or held ("Ola Berg, who was finance minister
   *  in the first government,", "Ilse Berg, who is the club’s captain,"): the role noun ending the noun phrase after the
   *  verb, shortened as any role (a portfolio goes, decision 29; a past post is the role, decision 28, unless only a
   *  present one is asked for). */
  function roleInRelativeAfter(end: number, currentOnly: boolean): string | null {
    const m = /^,[^\S\n]+who[^\S\n]+(is|was|had[^\S\n]+been|has[^\S\n]+been|served[^\S\n]+as)[^\S\n]+(?:(?:a|an|its|their|his|her|\p{Lu}[\p{L}’'.-]*[’']s|the(?:[^\S\n]+\p{Ll}[\p{Ll}-]*[’']s)?)[^\S\n]+)?((?:\p{Ll}[\p{Ll}-]*[^\S\n]+){0,2}\p{Ll}[\p{Ll}-]*)(?=[^\S\n]*[,.;]|[^\S\n]+(?:of|for|at|in|on|from|under|until|since|between|during|with|when|who)[^\S\n])/u.exec(text.slice(end, end + 120));
    if (!m?.[1] || !m[2] || (currentOnly && m[1] !== 'is')) return null;
    // ("who was the chief of staff to the governor", "who was director of operations at the bank": an "of" and a bare
    // noun after the role noun are part of the title, written whole as any role is, never cut to "chief")
    const all = m[2].split(/[^\S\n]+/u);
    const ofAt = all.indexOf('of');
    const words = ofAt > 0 ? all.slice(0, ofAt) : all;
    // (not a place the person was at, "who was at the head of the queue": a preposition or an article inside is no post)
    if (words.some((w) => OBLIQUE_WORDS.has(w)) || all.slice(ofAt + 1).some((w) => OBLIQUE_WORDS.has(w) || pronounOf(w) !== undefined)) return null;
    if (ROLE_NOUNS[words[words.length - 1] as string] === undefined && ROLE_NOUNS[words.slice(-2).join(' ')] === undefined) return null;
    const r = pickRole(words);
    const ofTail = ofAt < 0 ? /^[^\S\n]+of[^\S\n]+(\p{Ll}[\p{Ll}-]*)(?![\p{L}’'])/u.exec(text.slice(end + m[0].length, end + m[0].length + 40)) : null;
    const phrase = ofTail?.[1] && !OBLIQUE_WORDS.has(ofTail[1]) && pronounOf(ofTail[1]) === undefined ? `${m[2]} of ${ofTail[1]}` : m[2];
    return r ? writtenRole(r, [phrase]) ?? r : null;
  }

  /** A role written with no article in apposition right after a name, before the body it is held in ("Ana Ulmley,
   *  executive director of the Ratepayers Alliance, a lobby group, said", "Tom Galstow, commodore of the Yacht Club,"): every
   *  word before "of", "at" or "for" is a role noun or a word of its title, so "Ana Ulmley, mother of three," or "Tom
   *  Galstow, now in his sixties," give none. */
  function bareRoleAfter(end: number): string | null {
    const m = /^,[^\S\n]+((?:\p{Ll}[\p{Ll}-]*[^\S\n]+){0,2}\p{Ll}[\p{Ll}-]*)[^\S\n]+(?:of|at|for)[^\S\n]+(?:the[^\S\n]+)?\p{Lu}/u.exec(text.slice(end, end + 80));
    if (!m?.[1]) return null;
    const words = m[1].split(/[^\S\n]+/u);
    const head = words[words.length - 1] as string;
    if (ROLE_NOUNS[head] === undefined || !words.slice(0, -1).every((w) => ROLE_MODIFIERS.has(w) || TITLE_MODIFIERS.has(w) || ROLE_NOUNS[w] !== undefined)) return null;
    const r = pickRole(words);
    return r ? writtenRole(r, [m[1]]) ?? r : null;
  }

  /**
   * The ministry or department the article names for a portfolio's words ("Energy" → "Ministry of Energy Transition",
   * "Natural Resources" → "Ministry of Natural Resources", "Agriculture Ministry", "the health ministry" → "health
   * ministry"), as written; undefined when it names none.
   */
  function ministryNamedFor(portfolio: readonly string[]): string | undefined {
    const words = portfolio.map((w) => escapeRegExp(w)).join('[^\\S\\n]+');
    const named = new RegExp(`(?<![\\p{L}])(?:(?:Ministry|Department)[^\\S\\n]+(?:of|for)[^\\S\\n]+(?:the[^\\S\\n]+)?${words}(?:[^\\S\\n]+(?:and[^\\S\\n]+)?\\p{Lu}[\\p{L}-]*)*|(?:(?!(?:The|A|An|Its|In|At|On)[^\\p{L}])\\p{Lu}[\\p{L}-]*[^\\S\\n]+)?${words}[^\\S\\n]+(?:Ministry|Department))(?![\\p{L}])`, 'u').exec(text);
    if (named) return named[0];
    const lower = new RegExp(`(?<![\\p{L}])${words}[^\\S\\n]+(?:ministry|department)(?![\\p{L}])`, 'iu').exec(text);
    return lower ? lower[0].toLowerCase() : undefined;
  }

  /** The person's name at the end of a run of capitalised words: "Health Minister Dariusz Hobsett" → "Dariusz Hobsett". */
  function personPart(words: string[]): string[] {
    let cut = 0;
    // (a title that is no role noun cuts too: "Grocery Supply Ombudsman Oriel Hobfold" → "Oriel Hobfold")
    for (let i = 0; i < words.length - 1; i++) if (ROLE_NOUNS[(words[i] as string).toLowerCase()] !== undefined || TITLE_MODIFIERS.has((words[i] as string).toLowerCase()) || TITLE_ROLES[(words[i] as string).toLowerCase()] !== undefined) cut = i + 1;
    let rest = words.slice(cut);
    // ("Transport minister Ruth Ellam MP": letters of a rank or an honour after the name are no part of it)
    while (rest.length > 1 && POST_NOMINALS.has(rest[rest.length - 1] as string) && /^\p{Lu}\p{Ll}/u.test(rest[rest.length - 2] as string)) rest = rest.slice(0, -1);
    // "Higher Education Clara Tupworth": start at a given name when one is known (asked only of runs longer than a name)
    if (rest.length > 2) for (let i = 0; i < rest.length - 1; i++) if (genderOf(`${rest[i]} x`).gender) { rest = rest.slice(i); break; }
    return rest.length ? rest : words;
  }

  function genderOf(name: string): { gender?: 'male' | 'female' } {
    const first = name.split(/\s+/u)[0] ?? '';
    if (!first || name.split(/\s+/u).length < 2) return {};
    const g = givenNameGender(first);
    return g ? { gender: g } : {};
  }

  /** Whether the text writes a role noun or a courtesy title right before the name ("manager Piet Foskham", "Mr Dane"):
   *  a person, whose given name alone is no body's short name. */
  function introducedAsPerson(name: string): boolean {
    // (not the last word of a noun for a kind of body written whole before the name, "Short-seller Greyfen Research",
    // "asset manager Talbrook Capital"; "manager Piet Foskham" is a person's role)
    const described = nameOccurrences(text, name).some((at) => BODY_DESCRIPTOR_BEFORE_END.test(text.slice(Math.max(0, at - 40), at)));
    // (found with indexOf, not a pattern compiled per name: search.ts)
    for (const before of wordsBeforeName(text, name)) {
      const w = before.toLowerCase();
      if (described && DESCRIPTOR_LAST_WORDS.has(w)) continue;
      if (roleNoun(w) !== undefined || OCCUPATION_NOUNS.has(w) || HONORIFICS.has(w)) return true;
    }
    return false;
  }

  /**
   * The article's bodies by the opening one or two words of their full names ("Mabmere" → "Mabmere Homes"), where the
   * full name ends in a body's head word; a short name that opens two different bodies' names ("Quorfold" → "Quorfold
   * University", "Quorfold Chamber of Commerce": a place) is left out.
   */
  function bodiesByShortName(): Map<string, string> {
    if (shortNames) return shortNames;
    const found = new Map<string, string | null>();
    const possessive = new Set<string>();
    const candidates = new Map<string, Array<{ full: string; body: boolean }>>();
    for (const n of names) {
      const ws = n.text.replace(/^(?:The|A|An)\s+/u, '').replace(/[’']s$/u, '').split(/\s+/u);
      if (ws.length < 2) continue;
      // ("Maria Lopez of Harwell Partners", one run: a person's given name and surname before "of" are a person of the
      // body, never its short name)
      const ofAt = ws.indexOf('of');
      if (ofAt >= 2 && ofAt <= 3 && genderOf(ws.slice(0, ofAt).join(' ')).gender) continue;
      const last = (ws[ws.length - 1] ?? '').toLowerCase();
      // (any other name opening with the same words makes them ambiguous: "Zellley University", "Zellley Evening Post")
      const body = ORG_HEADS.has(last) && (!GROUP_HEADS.has(last) || ['group', 'union', 'council'].includes(last));
      const full = ws.join(' ');
      for (let k = 1; k <= Math.min(2, ws.length - 1); k++) {
        // ("St Fenworth’s" of "St Fenworth’s Hospital": the name finder reads the short name without its possessive ending)
        const written = ws.slice(0, k).join(' ');
        const key = written.replace(/[’']s$/u, '');
        // (only a body whose head is a site people name by its possessive, a hospital or a school: "St John’s" beside "St
        // John’s Ambulance" is as often the city)
        if (key !== written && !POSSESSIVE_SHORT_NAME_HEADS.has(last)) break;
        if (key !== written) possessive.add(key);
        if (!/^\p{Lu}\p{Ll}/u.test(key) || ws.slice(0, k).some((w) => ORG_HEADS.has(w.toLowerCase()) || isTitleWord(w.toLowerCase()) || !/^\p{Lu}/u.test(w))) break;
        const list = candidates.get(key);
        if (list) list.push({ full, body }); else candidates.set(key, [{ full, body }]);
      }
    }
    // (one body's name only: a name the text also writes longer, word for word, is that body's, "Harlow Therapeutics" in
    // a headline beside "Harlow Therapeutics Inc.", under its longest name; any other name opening with the key leaves
    // it to none)
    for (const [key, list] of candidates) {
      const longest = [...new Set(list.map((c) => c.full))].filter((f) => !list.some((c) => c.full !== f && c.full.startsWith(`${f} `)));
      // (a club's fans' body named after it, "Wimstow Supporters' Trust", leaves the short name to the club)
      const clubs = longest.filter((f) => !SUPPORTER_BODY_OPENERS.has((f.slice(key.length).trim().split(/\s+/u)[0] ?? '').toLowerCase().replace(/[’']$/u, '')));
      const fulls = clubs.length ? clubs : longest;
      const only = fulls.length === 1 ? fulls[0] as string : undefined;
      // ("Pelion Devices" … "Pelion said", "Grayline Research" … "Grayline alleged": a two-word name whose last word is no
      // body's head is a body too when the text writes its first word alone, the first word is no given name and the
      // last is never written alone, as a surname would be)
      const shortBody = only !== undefined && !key.includes(' ') && only.split(' ').length === 2 && singleWordNames().has(key)
        && !singleWordNames().has(only.split(' ')[1] as string) && !genderOf(only).gender && oracleKind(only) !== 'person' && oracleKind(only) !== 'place'
        && !introducedAsPerson(only);
      const ofBody = only !== undefined && list.some((c) => c.full === only && c.body);
      if (shortBody && !ofBody) namedBodiesOnly.add(only);
      found.set(key, only !== undefined && (shortBody || ofBody) ? only : null);
    }
    // "University of Grelory" … "Grelory": the words after a university's or college's "of" (one or two
    // capitalised words, the whole rest of the name)
    for (const n of names) {
      const ws = n.text.replace(/^(?:The|A|An)\s+/u, '').replace(/[’']s$/u, '').split(/\s+/u);
      if (ws.length < 3 || ws.length > 4 || !OF_NAMED_BODIES.has((ws[0] ?? '').toLowerCase()) || ws[1] !== 'of') continue;
      const rest = ws.slice(2);
      if (!rest.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !ORG_HEADS.has(w.toLowerCase()))) continue;
      const key = rest.join(' ');
      // (a place the lexicon knows is the place: "University of California" … "California sued" is the state)
      if (lexiconKind(key) === 'place') { found.set(key, null); continue; }
      const had = found.get(key);
      found.set(key, had === undefined || had === ws.join(' ') ? ws.join(' ') : null);
    }
    // "Wimstow Rovers" … "Rovers": a club's last word alone, when one club's name ends in it and no other club's name
    // opens or ends with it ("Rovers Athletic" beside "Wimstow Rovers" leaves "Rovers" to neither); a body named after
    // the club ("Rovers Supporters' Trust") does not take the word from it.
    const clubs = new Map<string, string | null>();
    const clubNames = names.map((n) => n.text.replace(/^(?:The|A|An)\s+/u, '').replace(/[’']s$/u, '').split(/\s+/u))
      .filter((ws) => ws.length >= 2 && ws.length <= 3 && CLUB_SHORT_HEADS.has((ws[ws.length - 1] ?? '').toLowerCase()) && ws.every((w) => /^\p{Lu}/u.test(w)));
    for (const ws of clubNames) {
      const key = ws[ws.length - 1] as string;
      const had = clubs.get(key);
      clubs.set(key, had === undefined || had === ws.join(' ') ? ws.join(' ') : null);
    }
    for (const ws of clubNames) if (clubs.has(ws[0] as string)) clubs.set(ws[0] as string, null);
    // (a word another body already claims is neither's: "United Airlines" and "Manchester United" … "United said")
    for (const [key, full] of clubs) {
      if (full === null) continue;
      const had = found.get(key);
      if (had !== undefined && had !== full) contested.add(key);
      found.set(key, had === undefined || had === full ? full : null);
    }
    // (a short name that opens or ends another name the text writes is ambiguous: "Leeds City Council" beside
    // "University of Leeds", whose words the name finder may have split; a club's last word is settled above, where a
    // body named after the club, "Rovers Supporters’ Trust", leaves it to the club)
    for (const [key, full] of found) if (full !== null && clubs.get(key) !== full && otherNameWith(key, full)) { found.set(key, null); contested.add(key); }
    // (a place is no body's short name: the dateline's city, "in Zellley", "near Zellley")
    const places = placeNames();
    // (but not where the word after "in" goes on with the body's own name: "Shares in Seltaven Holdings fell", "a stake in
    // Orvel Group" write the body, not a place called "Seltaven")
    const place = (key: string, full: string): boolean => places.has(`\n${key.toUpperCase()}`)
      || (places.has(key) && !placeOnlyAsBody(key, full));
    const placeOnlyAsBody = (key: string, full: string): boolean => {
      const rest = full.slice(key.length).trim();
      if (!rest) return false;
      let after = 0;
      for (const at of nameOccurrences(text, key)) {
        if (!/(?:^|[^\p{L}])(?:in|near|outside|across)\s+$/u.test(text.slice(Math.max(0, at - 10), at))) continue;
        // (a possessive, "in Seltaven’s treasury", says neither)
        if (/^[’']s[^\S\n]+\p{Ll}/u.test(text.slice(at + key.length, at + key.length + 4))) continue;
        if (!text.slice(at + key.length).replace(/^\s+/u, '').startsWith(rest)) return false;
        after++;
      }
      return after > 0;
    };
    // (the short name of a body named in the possessive is a place only where it is written as one, "in St John’s", "near
    // St John’s", without the body's own words after it: a town's name can end in "’s"; "outside St Fenworth’s Hospital",
    // "queued outside St Fenworth’s" are at the building)
    const possessivePlace = (key: string): boolean => places.has(`\n${key.toUpperCase()}`)
      || new RegExp(`(?<![\\p{L}])(?:in|near|across)\\s+${escapeRegExp(key)}[’']s(?![^\\S\\n]+\\p{Lu})`, 'u').test(text);
    shortNames = new Map([...found].filter((e): e is [string, string] => e[1] !== null && !(possessive.has(e[0]) ? possessivePlace(e[0]) : place(e[0], e[1]))));
    return shortNames;
  }

  /**
   * Whether the text, past its headline, writes a run of capitalised words that opens or ends with `key` and is neither
   * `key` alone nor `full` ("Leeds City Council" for "Leeds" → "University of Leeds"); the run's opening sentence words
   * ("On Monday", "But") and a possessive are left off; a station named by its medium ("Radio Mabbury") counts for none.
   */
  function otherNameWith(key: string, full: string): boolean {
    // (a key that opens with no capital letter: the pattern, which may match where no capitalised word starts)
    if (!/^\p{Lu}/u.test(key)) return otherNameWithPattern(key, full);
    const from = Math.max(0, headlineEnd);
    const starts = capitalisedStarts();
    // Only where the text writes the key (an index of capitalised words built once), from a window before it that no
    // run of names spans. The runs are read as the pattern of otherNameWithPattern finds them, run from the window's
    // start, without a pattern per key (each was compiled to native code for one article: a tenth of the run's time):
    // its matches start where a capitalised word starts, each the first one at or after the previous match's end.
    for (const at of capitalisedAt().get(lettersPrefix(key)) ?? []) {
      if (at < from || !text.startsWith(key, at)) continue;
      let next = Math.max(from, at - NAME_RUN_WINDOW);
      for (let i = firstIndex(starts.length, (j) => (starts[j] as number) < next); i < starts.length && (starts[i] as number) <= at; i++) {
        const p = starts[i] as number;
        if (p < next) continue;
        const m = nameRunAt(p, key);
        if (!m) continue;
        if (m.keyAt > at) break;
        if (m.keyAt < at) { next = m.end; continue; }
        const before = m.before.split(/[^\S\n]+/u).filter(Boolean);
        while (before.length && NAME_RUN_OPENERS.has((before[0] as string).toLowerCase())) before.shift();
        // ("Short-seller Greyfen Research": a noun of the kind of body before its name is no rival name)
        if (before.length === 1 && BODY_DESCRIPTOR_WORDS.has((before[0] as string).toLowerCase())) before.shift();
        // ("Shareholders of Harlow Biotech": a body's people before its name are no rival name)
        if (before.length === 2 && PEOPLE_OF_BODY.has((before[0] as string).toLowerCase()) && before[1] === 'of') before.splice(0, 2);
        // (a station named by its medium and the place, "Radio Mabbury", is no rival for the place's club, "Mabbury FC")
        if (before.length === 1 && MEDIA_OPENERS.has((before[0] as string).toLowerCase()) && !m.after.trim()) break;
        // (nor is the body of a club's fans named after it, "Wimstow Supporters' Trust" beside "Wimstow Athletic")
        if (before.length === 0 && SUPPORTER_BODY_OPENERS.has((m.after.trim().split(/[^\S\n]+/u)[0] ?? '').toLowerCase().replace(/[’']$/u, ''))) break;
        const run = [...before, key, ...m.after.trim().split(/[^\S\n]+/u).filter(Boolean)].join(' ').replace(/[’']s$/u, '');
        if (run !== key && run !== full && !(full.startsWith(run) || full.endsWith(run))) return true;
        break;
      }
    }
    return false;
  }

  /**
   * The match at `p` of otherNameWithPattern's pattern for `key` (a key opening with a capital letter, at a place where a
   * capitalised word starts): the capitalised words before the key (each followed by spaces and an optional "of"), as
   * many as leave the key right after them, and those after it; or null. Read as the pattern reads them: a word is
   * every letter, apostrophe, "&" and hyphen after its capital, so the only choice the pattern backtracks over is how
   * many words come before the key.
   */
  function nameRunAt(p: number, key: string): { keyAt: number; end: number; before: string; after: string } | null {
    const keyStarts = [p];
    for (let q = p; ;) {
      const w = runWordEnd(q);
      const g = w < 0 ? -1 : runGapEnd(w);
      if (g < 0) break;
      keyStarts.push(g);
      q = g;
    }
    for (let k = keyStarts.length - 1; k >= 0; k--) {
      const keyAt = keyStarts[k] as number;
      if (!text.startsWith(key, keyAt)) continue;
      const keyEnd = keyAt + key.length;
      let end = keyEnd;
      for (;;) {
        const g = runGapEnd(end);
        const w = g < 0 ? -1 : runWordEnd(g);
        if (w < 0) break;
        end = w;
      }
      if (end === keyEnd) { RUN_LETTER.lastIndex = end; if (RUN_LETTER.test(text)) continue; }
      return { keyAt, end, before: text.slice(p, keyAt), after: text.slice(keyEnd, end) };
    }
    return null;
  }
  /** The end of the capitalised word at `q` (\p{Lu}[\p{L}’'&-]*), or -1. */
  function runWordEnd(q: number): number {
    RUN_CAPITAL.lastIndex = q;
    if (!RUN_CAPITAL.test(text)) return -1;
    RUN_WORD_REST.lastIndex = RUN_CAPITAL.lastIndex;
    RUN_WORD_REST.test(text);
    return RUN_WORD_REST.lastIndex;
  }
  /** The end of the spaces at `q` and an "of" with its spaces after them ([^\S\n]+(?:of[^\S\n]+)?), or -1. */
  function runGapEnd(q: number): number {
    RUN_SPACES.lastIndex = q;
    if (!RUN_SPACES.test(text)) return -1;
    RUN_OF.lastIndex = RUN_SPACES.lastIndex;
    return RUN_OF.test(text) ? RUN_OF.lastIndex : RUN_SPACES.lastIndex;
  }

  /** otherNameWith by its pattern, for a key that opens with no capital letter. */
  function otherNameWithPattern(key: string, full: string): boolean {
    const word = String.raw`\p{Lu}[\p{L}’'&-]*`;
    const rx = new RegExp(String.raw`(?<![\p{L}’'-])((?:${word}[^\S\n]+(?:of[^\S\n]+)?)*)${escapeRegExp(key)}((?:[^\S\n]+(?:of[^\S\n]+)?${word})*)(?![\p{L}])`, 'gu');
    const from = Math.max(0, headlineEnd);
    // Only where the text writes the key (an index of capitalised words built once): the pattern, run from each such
    // place less a window no run of names spans, finds the same runs as a scan of the whole text did, in time linear
    // in the article rather than in its length times the number of short names.
    for (const at of capitalisedAt().get(lettersPrefix(key)) ?? []) {
      if (at < from || !text.startsWith(key, at)) continue;
      rx.lastIndex = Math.max(from, at - NAME_RUN_WINDOW);
      for (let m = rx.exec(text); m; m = rx.exec(text)) {
        const keyAt = m.index + (m[1] ?? '').length;
        if (keyAt > at) break;
        if (keyAt < at) continue;
        const before = (m[1] ?? '').split(/[^\S\n]+/u).filter(Boolean);
        while (before.length && NAME_RUN_OPENERS.has((before[0] as string).toLowerCase())) before.shift();
        // ("Short-seller Greyfen Research": a noun of the kind of body before its name is no rival name)
        if (before.length === 1 && BODY_DESCRIPTOR_WORDS.has((before[0] as string).toLowerCase())) before.shift();
        // ("Shareholders of Harlow Biotech": a body's people before its name are no rival name)
        if (before.length === 2 && PEOPLE_OF_BODY.has((before[0] as string).toLowerCase()) && before[1] === 'of') before.splice(0, 2);
        // (a station named by its medium and the place, "Radio Mabbury", is no rival for the place's club, "Mabbury FC")
        if (before.length === 1 && MEDIA_OPENERS.has((before[0] as string).toLowerCase()) && !(m[2] ?? '').trim()) break;
        if (before.length === 0 && SUPPORTER_BODY_OPENERS.has(((m[2] ?? '').trim().split(/[^\S\n]+/u)[0] ?? '').toLowerCase().replace(/[’']$/u, ''))) break;
        const run = [...before, key, ...(m[2] ?? '').trim().split(/[^\S\n]+/u).filter(Boolean)].join(' ').replace(/[’']s$/u, '');
        if (run !== key && run !== full && !(full.startsWith(run) || full.endsWith(run))) return true;
        break;
      }
    }
    return false;
  }

  /** Where each capitalised word starts, by its letters ("Leeds’s" under "Leeds"), read in one pass. */
  function capitalisedAt(): Map<string, number[]> {
    if (capitalisedKeys) return capitalisedKeys;
    speakerWork.textScans++;
    capitalisedKeys = new Map();
    capitalisedOrder = [];
    const rx = /(?<![\p{L}’'-])\p{Lu}\p{L}*/gu;
    for (let m = rx.exec(text); m; m = rx.exec(text)) {
      capitalisedOrder.push(m.index);
      const list = capitalisedKeys.get(m[0]);
      if (list) list.push(m.index); else capitalisedKeys.set(m[0], [m.index]);
    }
    return capitalisedKeys;
  }
  /** Where every capitalised word starts, in order (read with capitalisedAt). */
  function capitalisedStarts(): number[] {
    if (!capitalisedOrder) capitalisedAt();
    return capitalisedOrder as number[];
  }

  /**
   * What the article writes as a place, read in one pass: a dateline's opening words ("RENNICK, Nov. 3 —", kept as
   * "\nRENNICK") and the one or two words after "in/near/outside/across" up to a non-letter ("in Zellley’s", "near Port
   * Fenham"), as written.
   */
  function placeNames(): Set<string> {
    if (placeKeys) return placeKeys;
    speakerWork.textScans++;
    placeKeys = new Set();
    // (each prefix is s up to a word's end, j; the callbacks slice only what they keep)
    // (patterns made once: a literal in the loop is a new RegExp object at every character)
    const space = /\s/u;
    const nonSpace = /\S/u;
    const letter = /\p{L}/u;
    const prefixes = (s: string, add: (s: string, j: number) => void): void => {
      let spaces = 0;
      for (let j = 1; j <= s.length && j <= 60; j++) {
        if (space.test(s.charAt(j - 1))) { if (nonSpace.test(s.charAt(j - 2))) spaces++; if (spaces > 3) return; continue; }
        if (letter.test(s.charAt(j - 1)) && !letter.test(s.charAt(j))) add(s, j);
      }
    };
    const dashAfter = /(?:,[^\n—–]{0,30})?[^\S\n]*[—–-]/uy;
    for (const m of text.matchAll(/(?:^|\n)[^\S\n]*([^\n]{1,100})/gu)) {
      // a prefix has a lower-case letter when the line's first one ends inside it
      const lower = /\p{Ll}/u.exec(m[1] ?? '');
      const lowerEnd = lower ? lower.index + lower[0].length : Infinity;
      prefixes(m[1] ?? '', (s, j) => { if (lowerEnd > j && ((dashAfter.lastIndex = j), dashAfter.test(s))) placeKeys?.add(`\n${s.slice(0, j)}`); });
    }
    for (const m of text.matchAll(/\b(?:in|near|outside|across)\s+/gu)) {
      const at = (m.index ?? 0) + m[0].length;
      prefixes(text.slice(at, at + 80), (s, j) => placeKeys?.add(s.slice(0, j)));
    }
    return placeKeys;
  }

  /** Whether the words are written only in the headline (the text's first line), never past it. */
  function headlineOnlyName(words: string): boolean {
    if (headlineEnd < 0 || !text.slice(0, headlineEnd).includes(words)) return false;
    // (hasWord answers as `(?<![\p{L}])words(?![\p{L}])` would, without a pattern compiled per call)
    return !hasWord(text.slice(headlineEnd), words);
  }

  /** Whether the text names `name` as a body: an entity of that name read as one, or described by a kind of body in
   *  apposition ("Casa Bellini, the restaurant chain"), or the opening of a longer body's name ("Casa Bellini Group"). */
  function namedAsBody(name: string): boolean {
    if (entities.some((x) => x.name === name && (!x.person || x.head !== undefined))) return true;
    if (bodiesByShortName().has(name)) return true;
    const at = text.indexOf(name);
    const apposed = at >= 0 ? APPOSED_BODY.exec(text.slice(at + name.length, at + name.length + 90)) : null;
    const noun = apposed?.[2]?.toLowerCase();
    return noun !== undefined && ROLE_NOUNS[noun] === undefined && (DEFINITE_DESCRIPTIONS[noun] === 'organization' || DEFINITE_DESCRIPTIONS[noun] === 'group' || BODY_DESCRIPTOR_WORDS.has(noun));
  }

  function canonicalPerson(name: string): string {
    const cached = canonicalCache.get(name);
    if (cached !== undefined) return cached;
    if (!bySurname) {
      bySurname = new Map();
      // ("Sprinter Ama Okonji Withdraws From Trials", "Climber Ama Okonji abandons …": a headline's run may go on past the
      // surname in title case, and open with a capitalised common noun; each of its leading parts is a candidate, and one
      // opening with a word no given name is trimmed to the two words before the surname)
      const runs: string[][] = [];
      for (const n of names) {
        const ws = n.text.split(/\s+/u);
        runs.push(ws);
        if (headlineEnd < 0 || n.start >= headlineEnd) continue;
        for (let j = 2; j < ws.length; j++) runs.push(ws.slice(0, j));
        // (only a word of the language's own lexicon is dropped, "Climber", never a proper word, "Nobwyn National Opera")
        const given = (w: string): boolean => genderOf(`${w} x`).gender !== undefined || /^\p{Lu}\.$/u.test(w);
        for (let j = 3; j <= ws.length; j++) {
          let head = ws.slice(0, j);
          while (head.length > 2 && !given(head[0] as string) && inLexicon((head[0] as string).toLowerCase())) head = head.slice(1);
          if (head.length < j && (given(head[0] as string) || !inLexicon((head[0] as string).toLowerCase()))) runs.push(head);
        }
      }
      for (const ws of runs) {
        // the words after the last title word: "Health Minister Dariusz Hobsett" → "Dariusz Hobsett"
        let cut = 0;
        for (let i = 0; i < ws.length - 1; i++) if (isTitleWord((ws[i] as string).toLowerCase())) cut = i + 1;
        let nw = ws.slice(cut).filter((w) => !HONORIFICS.has(w.toLowerCase()));
        // ("Secretary of State Warren Nobridge": a title's "of" and body before a first and last name → "Warren Nobridge")
        if (cut > 0 && nw[0] === 'of' && nw.length >= 4 && nw.slice(1).every((w) => /^\p{Lu}/u.test(w))) nw = nw.slice(-2);
        const last = nw[nw.length - 1];
        if (last === undefined) continue;
        const bucket = bySurname.get(last);
        if (bucket) bucket.push(nw); else bySurname.set(last, [nw]);
      }
    }
    const parts = name.split(/\s+/u).filter((w) => !HONORIFICS.has(w.toLowerCase()));
    const surname = parts[parts.length - 1];
    if (!surname) return name;
    let best = parts.join(' ');
    for (const raw of bySurname.get(surname) ?? []) {
      const nw = personPart(raw.filter((w) => !RANKS.has(w.toLowerCase())));
      // A longer run counts only when it starts with a given name or an initial: "Rick Perry", not "Texas Rick Perry" or
      // a headline's "Controversial Arizona Joe Arpaio".
      // (a headline's run ties with a body's run no longer: "Sprinter Okonji" in the headline, "Amara Okonji" in the body,
      // a headline's capitalised common noun being no given name)
      // ("Casa Bellini" before "Marco Bellini": a run of the same length that opens with a given name wins over one that
      // opens with a word no list gives as a given name, the name of a body named after the person)
      const bestWords = best.split(' ');
      const givenOpens = (ws: readonly string[]): boolean => /^\p{Lu}\.$/u.test(ws[0] ?? '') || genderOf(`${ws[0] ?? ''} x`).gender !== undefined;
      const longer = nw.length > bestWords.length || (nw.length === bestWords.length && headlineOnlyName(best) && !headlineOnlyName(nw.join(' ')))
        || (nw.length === bestWords.length && bestWords.length >= 2 && best !== parts.join(' ') && givenOpens(nw) && !givenOpens(bestWords) && namedAsBody(best));
      if (!(nw[nw.length - 1] === surname && longer && nw.length <= 4 && parts.every((p) => nw.includes(p)) && !nw.some((w) => ORG_HEADS.has(w.toLowerCase())) && !MEDIA_OPENERS.has((nw[0] ?? '').toLowerCase()))) continue;
      const opensWithName = nw.length === 2 || /^\p{Lu}\.$/u.test(nw[0] ?? '') || genderOf(`${nw[0] ?? ''} x`).gender !== undefined;
      if (opensWithName) best = nw.join(' ');
    }
    canonicalCache.set(name, best);
    return best;
  }

  /**
   * He/she: the subject of the nearest sentence that has one (this sentence before the pronoun, then earlier ones),
   * not merely the nearest name: "Perry stepped up his attacks on Obama. … “…,” he said" is Perry. In a sentence with no
   * subject-like name, a name inside reported content counts ("The paper said Ulmley quit. He …"); names after a
   * preposition or a determiner never do. Undefined when nothing fits within a few sentences (the caller takes the nearest).
   */
  function salient(at: number, ok: (e: Entity) => boolean, back = PRONOUN_SENTENCES, subjectsOnly = false): Entity | undefined {
    const here = sentenceAt(at);
    const bySentence = new Map<number, Entity[]>();
    for (let i = entities.length - 1, seen = 0; i >= 0 && seen < 200; i--, seen++) {
      const e = entities[i] as Entity;
      if (e.at > at || !ok(e)) continue;
      const s = sentenceAt(e.at);
      if (s < here - back) continue;
      const list = bySentence.get(s);
      if (list) list.push(e); else bySentence.set(s, [e]);
    }
    for (let s = here; s >= here - back && s >= 0; s--) {
      const list = bySentence.get(s);
      if (!list) continue;
      const subjects = list.filter((e) => (e.salience ?? 0) === 0).sort((a, b) => a.at - b.at);
      if (subjects.length) return subjects[0];
      if (subjectsOnly) continue;
      const reported = list.filter((e) => e.salience === 1).sort((a, b) => b.at - a.at);
      if (reported.length) return reported[0];
    }
    return undefined;
  }

  /** 0 subject-like, 1 inside a statement's content, 2 no subject (see Entity). */
  function salienceOf(n: TextSpan): 0 | 1 | 2 {
    // (not across a line break: a headline's last word, "… talks go on", is no preposition before the body's first name)
    const before = /(\S+)[^\S\n]+(?:[“"‘][^”"’\s]{1,25}[”"’][^\S\n]+)?$/u.exec(text.slice(Math.max(0, n.start - 40), n.start));
    const prev = (before?.[1] ?? '').toLowerCase().replace(/^[“"‘(]+/u, '');
    // "For Kipham, the timeline matters less": a sentence-initial for/to phrase names whose view follows (a topic)
    const topic = /^(?:for|to)$/u.test(prev) && /^,/u.test(text.slice(n.end)) && sentenceAt(Math.max(0, n.start - prev.length - 1)) !== sentenceAt(Math.max(0, n.start - prev.length - 3));
    if (OBLIQUE_WORDS.has(prev) && !topic) return 2;
    // ("was sold to the logistics group Varnholt Freight": a name a kind noun introduces inside a phrase after a
    // preposition is that phrase's object, no subject; a verb among the words after the preposition ends the phrase,
    // not a participle before a noun, "the shipping group", "the listed firm")
    const introduced = OBJECT_OF_INTRODUCING_NOUN.exec(text.slice(Math.max(0, n.start - 70), n.start));
    const phraseFrom = introduced ? Math.max(0, n.start - 70) + introduced.index + (introduced[1] ?? '').length : n.start;
    let verbInPhrase = false;
    for (let i = tokenIndexAt(phraseFrom + 1); introduced && i < tokens.length && (tokens[i] as Token).end <= n.start; i++) {
      const t = tokens[i] as Token;
      const next = tokens[i + 1];
      if (t.pos === 'AUX' || t.pos === 'VERB' && !(next && next.end <= n.start && (next.pos === 'NOUN' || next.pos === 'ADJ'))) verbInPhrase = true;
    }
    const introducer = introduced && !verbInPhrase ? introduced[1] : undefined;
    if (introducer && (OBLIQUE_WORDS.has(introducer.toLowerCase()) || introducer === 'by') && DEFINITE_DESCRIPTIONS[(INTRODUCING_NOUN.exec(text.slice(Math.max(0, n.start - 64), n.start))?.[1] ?? '').toLowerCase()] !== undefined) return 2;
    const after = text.slice(n.end, n.end + 30);
    if (spokenOf(n, after)) return 2;
    if (/^[’']s?(?!\p{L})/u.test(after)) return 2; // "Obama’s agenda", "Jones' lawyer"
    // "Obama campaign spokeswoman", "the Obama administration": a name modifying a common noun
    const next = /^\s+(\p{Ll}[\p{Ll}-]+)/u.exec(after);
    if (next && tokenAt(n.end)?.pos === 'NOUN') return 2;
    return inContent(n.start) ? 1 : 0;
  }

  /** "The coach saved his harshest words for the referee, Dan Kemp.": a name set off after the object of "for", "at",
   *  "of" that ends a narrative sentence whose subject is a person is the one spoken of, not the he or she of the quote
   *  that follows (which is the subject). */
  function spokenOf(n: TextSpan, after: string): boolean {
    if (!/^[^\S\n]*[.!?;:](?![\p{L}\d])/u.test(after)) return false;
    const m = SPOKEN_OF_OBJECT.exec(text.slice(Math.max(0, n.start - 90), n.start));
    if (!m || inContent(n.start)) return false;
    // the sentence's subject: its words before the first verb
    const k = tokenIndexAt(n.start);
    const sentence = tokens[k]?.sentence;
    let first = k;
    while (first > 0 && tokens[first - 1]?.sentence === sentence) first--;
    const subject: Token[] = [];
    for (let i = first; i < k && subject.length < 8; i++) {
      const t = tokens[i] as Token;
      if (t.pos === 'VERB' || t.pos === 'AUX') break;
      subject.push(t);
    }
    if (subject.length === 0) return false;
    const words = subject.map((t) => t.text);
    const lone = words.length === 1 ? (words[0] as string).toLowerCase() : '';
    if (lone === 'he' || lone === 'she') return true;
    const phrase = text.slice((subject[0] as Token).start, (subject[subject.length - 1] as Token).end);
    if (/-year-old$/u.test(phrase) || headRole(phrase) !== null) return true;
    const c = /^\p{Lu}/u.test(phrase) && subject.every((t) => t.pos === 'PROPN') ? classifyName(phrase) : null;
    return c?.person === true;
  }

  function tokenAt(from: number): Token | undefined {
    return tokens[tokenIndexAt(from)];
  }

  /** Gender the words around a name give it: "Mrs. Galstow", "his wife, Ana Ulmley", "Ana Ulmley, his wife,", "spokeswoman Lis Hart". */
  function genderAround(n: TextSpan): Gender | undefined {
    const inside = n.text.split(/\s+/u).map((w) => w.toLowerCase());
    const before = text.slice(Math.max(0, n.start - 30), n.start).toLowerCase().replace(/[,\s]+$/u, '').split(/\s+/u).pop() ?? '';
    const after = /^,\s+(?:his|her|their|the|a|an|[\p{Lu}][\p{L}’'.-]*[’']s)\s+(\p{Ll}+)/u.exec(text.slice(n.end, n.end + 40))?.[1] ?? '';
    for (const w of [inside[0] ?? '', before, after]) {
      if (FEMALE_WORDS.has(w)) return 'female';
      if (MALE_WORDS.has(w)) return 'male';
    }
    return undefined;
  }

  /** The body the text before `at` (the last 600 characters) names as the maker of what a trade makes: "a poll by the
   *  Kelmington Institute", "the Kelmington Institute’s exit poll", "a survey carried out by Kelmington Research" for "the
   *  pollster"; the latest one named. */
  function tradeMaker(at: number, trade: string): Entity | undefined {
    const products = TRADE_PRODUCTS[trade];
    if (!products) return undefined;
    const product = products.map(escapeRegExp).join('|');
    const name = String.raw`((?:\p{Lu}[\p{L}&’'.-]*[^\S\n]+(?:(?:of|for|and)[^\S\n]+)?){0,4}\p{Lu}[\p{L}&’'.-]*)`;
    const rx = new RegExp(String.raw`(?:\b(?:${product})[^\S\n]+(?:(?:conducted|carried[^\S\n]+out|commissioned|published|released)[^\S\n]+)?(?:for[^\S\n]+[^,.;]{1,40}?[^\S\n]+)?by[^\S\n]+(?:the[^\S\n]+)?${name})|(?:${name}[’']s[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+)?(?:${product})\b)`, 'gu');
    const window = text.slice(Math.max(0, at - 600), at);
    let found: string | undefined;
    for (let m = rx.exec(window); m; m = rx.exec(window)) found = (m[1] ?? m[2] ?? '').replace(/^The[^\S\n]+/u, '');
    if (!found) return undefined;
    const c = classifyName(found);
    return c && !c.person && (c.kind === 'organization' || c.kind === 'media' || c.kind === 'group') ? c : undefined;
  }

  /**
   * A party a third-person pronoun opening a reported statement's content stands for, as a target of its stance (never the
   * speaker, who says "it" of itself: "the firm said it had paid"). Strict, since "it" and "they" are as often a thing
   * ("called it a foolish way to …", "said it had failed" of a plan): only
   *  - the cue's object, with "of"/"for"/"with" after it: "accused it of stretching …", "blamed them for …" (not "urged
   *    them to vote", whose "them" is as often the crowd); or
   *  - the subject of a verb of conduct (coreference.conductVerbs) right after it, "it had pushed …", "they had ignored …",
   *    when the speaker is not the one the pronoun would be: not a body's own "it" unless the cue reports a finding
   *    ("the regulator found it had …"), not a group's own "they".
   * The antecedent is a name (organisation, or for "they" a group) that is a subject (salience 0) in the pronoun's
   * sentence, the nearest before it, else the first subject of the one or two sentences before (as for "it" speakers).
   */
  function pronounParty(st: DraftStatement): PronounParty | undefined {
    return openingPronounParty(st) ?? clausePronounParty(st);
  }

  /**
   * A third-person "it" or "they" that opens a later clause of the content (or, in a quotation, any clause: the speaker
   * says "we" of itself there) and does the act of the verb after it (actsAfter): "They ignored every call we made",
   * "said passengers had been let down because it had ignored complaints". The antecedent is an organisation named before
   * the statement (a subject or a verb's object of its sentence or of the two before: the centering the speakers stage
   * reads "it" speakers by), and never:
   *  - a party the content itself names before the pronoun (that name is the target already, and the pronoun repeats it);
   *  - the speaker's own side: when the antecedent found with the speaker's own body admitted is that body ("the airline's
   *    lawyer said it had paid …"), there is no target; nor a body's own "it", a group's own "they", in reported speech;
   *  - one of two bodies of the same kind named in that sentence, or a body named with another party ("X and Y"): which
   *    is meant the pronoun does not tell;
   *  - a body when a common noun of the pronoun's number stands in the content just before it ("the line was a shambles
   *    because it had …", "Patients cannot wait. They …"), which the pronoun as likely takes up.
   * A pronoun for a thing ("it will cost £3m": coreference.thingVerbs) or a passive one ("they were told") gives nothing.
   * Measured on the read and held-out halves: stance F1 +0.001 and +0.004, the targets' precision unchanged or up.
   */
  function clausePronounParty(st: DraftStatement): PronounParty | undefined {
    if (st.type !== 'indirect' && st.type !== 'direct') return undefined;
    if (st.type === 'indirect' && (!st.cue || st.cue.end > st.content.start)) return undefined;
    const content = text.slice(st.content.start, st.content.end);
    const direct = st.type === 'direct';
    const cueWord = st.cue?.text.toLowerCase().split(/\s+/u).pop() ?? '';
    const rx = /(?:^|[.;:!?,—–-][”"’']?[^\S\n]+[“"‘']?|[^\S\n](?:and|but|because|after|before|so|that|when|if|what|how|why|until|while|where|as|since|unless|though|although)[^\S\n]+)(it|they)(?![\p{L}’'])[^\S\n]+(\S+)(?:[^\S\n]+(\S+))?(?:[^\S\n]+(\S+))?/giu;
    for (let m = rx.exec(content); m; m = rx.exec(content)) {
      const pronAt = m.index + m[0].search(/(?:it|they)(?![\p{L}’'])[^\S\n]+\S+(?:[^\S\n]+\S+){0,2}$/iu);
      rx.lastIndex = pronAt + (m[1] as string).length;
      // (the opening of reported speech is the stricter rule's, above)
      if (!direct && pronAt === 0) continue;
      const pron = (m[1] as string).toLowerCase();
      if (!actsAfter(pron, st.content.start + pronAt)) continue;
      // (reported speech: a body's own "it", a group's own "they", unless the cue reports a finding)
      if (!direct && pron === 'it' && (st.speaker.kind === 'organization' || st.speaker.kind === 'media') && !FINDING_CUES.has(cueWord)) return undefined;
      if (!direct && pron === 'they' && (st.speaker.kind === 'group' || st.speaker.kind === 'anonymous' || st.speaker.kind === 'organization')) return undefined;
      const at = st.content.start + pronAt;
      const inSpeaker = (e: Entity): boolean => !!st.speaker.mention && e.at >= st.speaker.mention.start && e.at < st.speaker.mention.end;
      // (an organisation, not a campaign group, which most often stands with the one who speaks of "them"; nor a word read
      // as a name on weak evidence)
      const kindFits = (e: Entity): boolean => e.kind === 'organization' && !e.person && !e.weak && !(headlineEnd >= 0 && e.at < headlineEnd) && !inSpeaker(e);
      // (a body the content names before the pronoun: the pronoun repeats that target)
      if (entities.some((x) => x.at >= st.content.start && x.at < at && kindFits(x))) return undefined;
      // (nor a body's description there, "the office … why it skipped …", which the stance stage reads as that body)
      for (const d of content.slice(0, pronAt).matchAll(DEFINITE_NOUN_PHRASE)) {
        const cls = DEFINITE_DESCRIPTIONS[d[1] as string];
        if (cls === 'organization' || cls === 'group') return undefined;
      }
      const before = Math.min(st.content.start, st.cue?.start ?? st.content.start, st.speaker.mention?.start ?? st.content.start);
      const fits = (e: Entity): boolean => kindFits(e) && e.at < before;
      const argument = (x: Entity): boolean => (x.salience ?? 0) === 0 || tokens[tokenIndexAt(x.at) - 1]?.pos === 'VERB';
      const here = sentenceAt(before);
      let e: Entity | undefined;
      for (const x of entities) if (x.at < before && sentenceAt(x.at) === here && argument(x) && fits(x) && (!e || x.at > e.at)) e = x;
      e ??= salient(before, fits, THING_PRONOUN_SENTENCES);
      if (!e) return undefined;
      const own = (x: Entity): boolean => x.name === st.speaker.name || x.name === st.speaker.affiliation || (x.affiliation !== undefined && x.affiliation === st.speaker.name);
      if (own(e)) return undefined;
      // (two bodies named as arguments in the antecedent's sentence: ambiguous)
      const s = sentenceAt(e.at);
      const found = e;
      // ("Ildaven Rail and Vesta Trains both cut …": any party coordinated with it, whatever its kind, makes "they" or "it"
      // as likely the pair's or the other's)
      const coordinated = (x: Entity): boolean => /^[^\S\n]*(?:,|and|or|,[^\S\n]*and)[^\S\n]*$/u.test(text.slice(Math.min(found.at + found.name.length, x.at + x.name.length), Math.max(found.at, x.at)));
      if (entities.some((x) => x.name !== found.name && !own(x) && sentenceAt(x.at) === s && x.at < before && ((argument(x) && fits(x) && x.kind === found.kind) || (coordinated(x) && !(headlineEnd >= 0 && x.at < headlineEnd))))) return undefined;
      // (a common noun of the pronoun's number in the content before it, "Patients cannot shop around. They …", "the
      // building … It has not survived": the pronoun is most often that noun's; a body's description, "the firm", is no
      // other referent. Read in the pronoun's sentence and the one before it, where a pronoun's antecedent is.)
      const ps = sentenceAt(at);
      const prevStart = tokens[firstIndex(tokens.length, (i) => (tokens[i] as Token).sentence < ps - 1)]?.start ?? 0;
      if (otherReferentBetween(pron, Math.max(st.content.start, prevStart), at)) return undefined;
      return { start: at, end: at + (m[1] as string).length, text: m[1] as string, name: e.name, kind: 'organization' };
    }
    return undefined;
  }

  /** Whether a common noun of the pronoun's number ("they": plural; "it": singular) stands between `from` and `to`. */
  function otherReferentBetween(pron: string, from: number, to: number): boolean {
    for (let i = tokenIndexAt(from); i < tokens.length && (tokens[i] as Token).start < to; i++) {
      const t = tokens[i] as Token;
      if (t.pos !== 'NOUN') continue;
      // (not a noun inside a prepositional phrase, "for three days", "without a word": no subject a pronoun takes up)
      let k = i - 1;
      while (k >= 0 && ['ADJ', 'NUM', 'DET', 'NOUN', 'ADV'].includes((tokens[k] as Token).pos) && (tokens[k] as Token).start >= from) k--;
      if (k >= 0 && (tokens[k] as Token).pos === 'ADP') continue;
      const cls = DEFINITE_DESCRIPTIONS[t.lemma] ?? DEFINITE_DESCRIPTIONS[t.normal];
      if (cls === 'organization' || cls === 'group') continue;
      const plural = (t.normal !== t.lemma && /s$/u.test(t.normal)) || /[^s]s$/u.test(t.normal) || PLURAL_PEOPLE.has(t.normal);
      if (pron === 'they' ? plural : !plural) return true;
    }
    return false;
  }

  /**
   * Whether the pronoun at `at` is the doer of the verb after it: a verb of conduct (coreference.conductVerbs), or any
   * verb in the active voice (auxiliaries, "not" and adverbs skipped: "they have repeatedly ignored", "they are asking")
   * that is not a copula or "have" of possession, nor for "it" a verb a thing is the subject of ("it will cost £3m", "it
   * seems", coreference.thingVerbs). Passives ("they were told") make the pronoun no doer.
   */
  function actsAfter(pron: string, at: number): boolean {
    let i = tokenIndexAt(at) + 1;
    let be = false;
    for (let k = 0; k < 3 && i < tokens.length; k++, i++) {
      const t = tokens[i] as Token;
      if (t.pos === 'AUX' || /^(?:had|has|have|was|were|is|are|did|does|do|will|would|could|should|can|may|might|must)$/u.test(t.normal)) { if (t.lemma === 'be') be = true; else be = false; continue; }
      if (t.pos === 'ADV' || /^(?:not|n’t|n't|never)$/u.test(t.normal)) continue;
      break;
    }
    const v = tokens[i];
    if (!v || v.start > at + 40) return false;
    if (CONDUCT_VERBS.has(v.normal)) return !be;
    if (v.pos !== 'VERB' || /^(?:be|have|do|say)$/u.test(v.lemma)) return false;
    if (be && !/ing$/u.test(v.normal)) return false;
    return pron !== 'it' || !THING_VERBS.has(v.lemma);
  }

  function openingPronounParty(st: DraftStatement): PronounParty | undefined {
    if (st.type !== 'indirect' || !st.cue || st.cue.end > st.content.start) return undefined;
    const content = text.slice(st.content.start, st.content.end);
    const m = /^(it|they|them)(?![\p{L}’'])[^\S\n]+(\S+)(?:[^\S\n]+(\S+))?(?:[^\S\n]+(\S+))?/iu.exec(content);
    if (!m) return undefined;
    const pron = (m[1] as string).toLowerCase();
    const between = text.slice(st.cue.end, st.content.start);
    const cueWord = st.cue.text.toLowerCase().split(/\s+/u).pop() ?? '';
    const objectCue = /^[^\S\n]*$/u.test(between) && PRONOUN_OBJECT_CUES.has(cueWord) && /^(?:of|for|with)$/iu.test(m[2] ?? '') && pron !== 'they';
    // (a verb of conduct right after it, or after an auxiliary and an adverb or "not": "they had repeatedly ignored")
    const words = [m[2], m[3], m[4]].map((w) => (w ?? '').toLowerCase().replace(/[,.;:]$/u, ''));
    const aux = /^(?:had|has|have|was|were|did|would|could)$/u;
    let verbAt = 0;
    if (aux.test(words[0] as string)) verbAt = 1;
    if (verbAt === 1 && /^(?:\p{Ll}+ly|not|never|also|then|still|knowingly)$/u.test(words[1] as string)) verbAt = 2;
    const conduct = pron !== 'them' && CONDUCT_VERBS.has(words[verbAt] as string) && /^(?:[^\S\n]*|[^\S\n]+that[^\S\n]+)$/iu.test(between);
    if (!objectCue && !conduct) return undefined;
    if (conduct && !objectCue) {
      // (the speaker's own "it" or "they")
      if (pron === 'it' && (st.speaker.kind === 'organization' || st.speaker.kind === 'media') && !FINDING_CUES.has(cueWord)) return undefined;
      if (pron === 'they' && (st.speaker.kind === 'group' || st.speaker.kind === 'anonymous' || st.speaker.kind === 'organization')) return undefined;
    }
    const at = st.content.start;
    const own = (e: Entity): boolean => e.name === st.speaker.name || e.name === st.speaker.affiliation || (e.affiliation !== undefined && e.affiliation === st.speaker.name);
    const fits = (e: Entity): boolean => (e.kind === 'organization' || (pron !== 'it' && e.kind === 'group')) && !e.person && !own(e)
      && (e.at < st.content.start || e.at >= st.content.end) && !(st.speaker.mention && e.at >= st.speaker.mention.start && e.at < st.speaker.mention.end)
      // (never a word of the headline, the text's first line: "News in brief", "Round-up of the day")
      && !(headlineEnd >= 0 && e.at < headlineEnd);
    const here = sentenceAt(at);
    let e: Entity | undefined;
    // (a subject, or a verb's object: "ordered Mabsett Airways to …", which salienceOf may read as a noun modifier)
    const argument = (x: Entity): boolean => (x.salience ?? 0) === 0 || tokens[tokenIndexAt(x.at) - 1]?.pos === 'VERB';
    for (const x of entities) if (x.at < at && sentenceAt(x.at) === here && argument(x) && fits(x) && (!e || x.at > e.at)) e = x;
    // (the sentence before: its first subject, when this sentence names no other party before the pronoun)
    if (!e) {
      const sentenceStart = tokens.find((t) => t.sentence === here)?.start ?? at;
      const other = entities.some((x) => x.at >= sentenceStart && x.at < at && !own(x) && !(st.speaker.mention && x.at >= st.speaker.mention.start && x.at < st.speaker.mention.end) && !x.spoke);
      if (!other) e = salient(sentenceStart, fits, THING_PRONOUN_SENTENCES);
    }
    if (!e) return undefined;
    return { start: at, end: at + (m[1] as string).length, text: m[1] as string, name: e.name, kind: e.kind === 'group' ? 'group' : 'organization' };
  }

  /** The body named after the last "the [one or two words] <head> of [the] <Name>" before `at` ("the observer mission
   *  of the Forum for Honest Ballots"), when the article has it as a body. */
  function unitOfNamedBody(at: number, head: string): Entity | undefined {
    const rx = new RegExp(`(?<![\\p{L}’'-])[Tt]he(?:[^\\S\\n]+[\\p{Ll}-]+){0,2}[^\\S\\n]+${escapeRegExp(head)}[^\\S\\n]+of[^\\S\\n]+(?:the[^\\S\\n]+)?(?=\\p{Lu})`, 'gu');
    let last: RegExpExecArray | undefined;
    for (const m of text.slice(0, at).matchAll(rx)) last = m;
    if (!last) return undefined;
    const from = last.index;
    const to = last.index + last[0].length;
    // (the longest name there: "Organisation" alone is a piece of "Organisation for Honest Ballots")
    let best: Entity | undefined;
    for (const x of entities) if (x.at >= from && x.at <= to && x.at <= at && !x.person && !x.weak && x.kind !== 'anonymous' && x.kind !== 'document' && (!best || x.name.length > best.name.length)) best = x;
    return best;
  }

  /**
   * "Fares will rise 9 percent, the tunnel’s operator announced on Monday." then "Harbourlink, which runs the tunnel,
   * said …": a lede that describes a body withholds its name, which the article gives when the body first speaks by
   * name after it (or, when none speaks so, the first body named after it with the description's head word: "the largest
   * union at the depot" … "the Transport Staff Union"). Every statement the description stood for takes that name (GUIDE
   * section 3: one canonical name, the name as the article gives it). Only a body named first after the lede statement:
   * one named before it was no withheld name, and the description, left unresolved, was another body.
   */
  function namedAfterLede(list: DraftStatement[]): void {
    const bodyStart = headlineEnd >= 0 ? headlineEnd + 1 : 0;
    const ledeStart = text.slice(bodyStart).search(/\S/u);
    if (ledeStart < 0) return;
    const ledeEnd = ((i: number) => (i < 0 ? text.length : i))(text.indexOf('\n', bodyStart + ledeStart));
    for (let i = 0; i < list.length; i++) {
      const st = list[i] as DraftStatement;
      const sp = st.speaker;
      if (!sp.mention || sp.mention.start >= ledeEnd || (sp.kind !== 'organization' && sp.kind !== 'anonymous' && sp.kind !== 'group')) continue;
      if (sp.resolvedVia !== 'description-unresolved' && sp.resolvedVia !== 'description') continue;
      // (a definite or possessive description of one body, in lower case: "the bridge’s private operator", "their union")
      const desc = /^(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]he[^\S\n]+\p{Ll}[\p{Ll}-]*[’']s)[^\S\n]+(?:[\p{Ll}’'-]+[^\S\n]+){0,3}?(\p{Ll}[\p{Ll}-]*)(?:[^\S\n]+(?:at|of|in|for)[^\S\n]+[^,;]*)?$/u.exec(sp.mention.text.trim());
      const head = desc?.[1];
      const cls = head ? DEFINITE_DESCRIPTIONS[head] : undefined;
      if (!head || (cls !== 'organization' && cls !== 'group') || sp.name !== sp.mention.text.trim().replace(/^(?:the|this|that)[^\S\n]+/iu, '')) continue;
      // (named in a later paragraph: a name in the lede's own paragraph is one the lede gives, of another body)
      const after = Math.max(st.content.end, st.cue?.end ?? 0, sp.mention.end, ledeEnd);
      // (where the article first writes the name: its text, or a name run read as it)
      const firstNamed = (name: string, fallback: number): number => Math.min(...[text.indexOf(name), names.find((n, k) => nameClasses[k]?.name === name)?.start ?? -1, fallback].filter((x) => x >= 0));
      const companyLike = head === 'company' || head === 'firm' || head === 'giant' || head === 'startup';
      const commercial = companyLike || (BODY_DESCRIPTOR_WORDS.has(head) && !REGULATOR_HEADS.has(head) && head !== 'operator');
      // (a name headed by another kind noun is another kind of body: "the charity" is no "Yarlmere Borough Council")
      const ownHead = (name: string): string => nameHead(name).toLowerCase();
      const otherKind = (name: string): boolean => (ORG_HEADS.has(ownHead(name)) || DEFINITE_DESCRIPTIONS[ownHead(name)] !== undefined) && ownHead(name) !== head && !(HEAD_SYNONYMS[head] ?? []).includes(ownHead(name));
      const fits = (name: string): boolean => speakerHeadFits(head, name) && (!commercial || !NON_COMPANY.test(name)) && !otherKind(name);
      // (first a body named after it with the head's word, "the park authority" … "the Ambham Park Authority"; else the
      // first body that speaks by name after it, when no other kind noun heads its name)
      const k = names.findIndex((n, x) => n.start > after && !!nameClasses[x] && !(nameClasses[x] as Entity).person && (nameClasses[x]?.kind === 'organization' || nameClasses[x]?.kind === 'group')
        && hasHeadWord(head, (nameClasses[x] as Entity).name) && firstNamed((nameClasses[x] as Entity).name, n.start) > after);
      const c = k >= 0 ? nameClasses[k] : undefined;
      let found: { name: string; kind: SpeakerKind } | undefined = c ? { name: c.name, kind: c.kind } : undefined;
      for (let j = i + 1; j < list.length && !found; j++) {
        const o = (list[j] as DraftStatement).speaker;
        if ((o.kind !== 'organization' && o.kind !== 'group') || !o.resolvedVia?.startsWith('name') || !/^\p{Lu}/u.test(o.name)) continue;
        // (the first body that speaks by name decides: a later one is no longer the lede's)
        if (firstNamed(o.name, o.mention?.start ?? -1) > after && fits(o.name)) found = { name: o.name, kind: o.kind };
        break;
      }
      if (!found) continue;
      // (a body the description calls an organisation is one, though its name reads as a collective: "the union" … "the
      // Porters’ and Cleaners’ Union")
      if (found.kind === 'group' && cls === 'organization') found = { ...found, kind: 'organization' };
      const was = sp.name;
      for (let j = i; j < list.length; j++) {
        const o = list[j] as DraftStatement;
        if (o.speaker.name === was) list[j] = { ...o, speaker: { ...o.speaker, name: found.name, kind: found.kind, role: null, resolvedVia: `${o.speaker.resolvedVia ?? 'description'}:named-after-lede` } };
      }
    }
  }

  /**
   * "The owner of the Kelby Hawks has told the city …" then "Dan Ruiz, who bought the team in 2019, said …": a lede that
   * describes the one holder of a post ("the <role> of …", with "the") withholds the person's name, which the article gives
   * when the first person to speak by name after the lede, within the next two paragraphs, does, if no other role is
   * given them (GUIDE section 3: one canonical name, the person's). The lede's statements under that description take
   * the name, with the role, and the body as affiliation.
   */
  function holderNamedAfterLede(list: DraftStatement[]): void {
    const bodyStart = headlineEnd >= 0 ? headlineEnd + 1 : 0;
    const ledeStart = text.slice(bodyStart).search(/\S/u);
    if (ledeStart < 0) return;
    const ledeEnd = ((i: number) => (i < 0 ? text.length : i))(text.indexOf('\n', bodyStart + ledeStart));
    // (the end of the second paragraph after the lede)
    let reach = ledeEnd;
    for (let n = 0; n < 2 && reach < text.length; n++) {
      const next = text.slice(reach).search(/\S/u);
      if (next < 0) break;
      const nl = text.indexOf('\n', reach + next);
      reach = nl < 0 ? text.length : nl;
    }
    for (let i = 0; i < list.length; i++) {
      const sp = (list[i] as DraftStatement).speaker;
      const role = sp.role;
      if (!sp.mention || !role || sp.mention.start >= ledeEnd || !((sp.kind === 'organization' && sp.resolvedVia === 'role-phrase') || (sp.kind === 'anonymous' && sp.resolvedVia === 'anonymous-role'))) continue;
      const words = role.split(/\s+/u).map(escapeRegExp).join('[^\\S\\n]+');
      if (!new RegExp(`^[Tt]he[^\\S\\n]+(?:\\p{Ll}[\\p{Ll}-]*[^\\S\\n]+){0,2}?${words}[^\\S\\n]+of[^\\S\\n]`, 'u').test(sp.mention.text)) continue;
      let holder: Speaker | undefined;
      for (let j = i + 1; j < list.length; j++) {
        const o = (list[j] as DraftStatement).speaker;
        if (!o.mention || o.mention.start < ledeEnd) continue;
        if (o.mention.start > reach) break;
        if (o.kind !== 'person' || !/^(?:name|role-and-name|appositive-name)/u.test(o.resolvedVia ?? '')) continue;
        // (the first person to speak by name decides; named before the lede's end, it is no withheld name)
        const first = text.indexOf(o.name);
        if ((first >= 0 && first < ledeEnd) || (o.role && o.role !== role && role !== 'head')) break;
        // (and it must be tied to the post: the same role; for "the head of …", an office that heads a body, named with
        // one ("Mona Vail, the commissioner of the Harbour Lights Board, …"); with no role, words of the lede in what
        // introduces them, "Dan Ruiz, whose family has run the club since 1990," after a lede on "the … rugby club".
        // "Olga Steen, who has rowed on the lake for 30 years", "Resident Peter Crane" or "Sergeant Ben Holt" named after
        // "The president of the rowing club said …" or "The head of the council said …" is someone else)
        const tied = o.role === role
          || (o.role ? role === 'head' && HEADING_ROLES.has(o.role) && o.affiliation !== undefined : introducedByLede(o, list[j] as DraftStatement, bodyStart + ledeStart, ledeEnd));
        if (!tied) break;
        holder = o;
        break;
      }
      if (!holder) continue;
      const was = sp.name;
      const body = sp.kind === 'organization' ? was : sp.affiliation;
      for (let j = i; j < list.length; j++) {
        const o = list[j] as DraftStatement;
        if (o.speaker.name === was && o.speaker.role === role && o.speaker.mention && o.speaker.mention.start < ledeEnd) {
          list[j] = { ...o, speaker: { ...o.speaker, name: holder.name, kind: 'person', role: holder.role ?? role, resolvedVia: `${o.speaker.resolvedVia ?? 'role-phrase'}:holder-named-after-lede`, ...(body ? { affiliation: body } : {}) } };
        }
      }
    }
  }

  /** Whether the words that introduce a person named after a lede (from the name to the statement's cue: ", who bought
   *  the team in 2019,") take up a noun the lede paragraph has ("the Double-A baseball team"): the tie between the
   *  person and the post the lede describes (holderNamedAfterLede). */
  function introducedByLede(o: Speaker, st: DraftStatement, ledeStart: number, ledeEnd: number): boolean {
    if (!o.mention || !st.cue || st.cue.start <= o.mention.end) return false;
    const intro = text.slice(o.mention.end, st.cue.start);
    if (!/^[^\S\n]*,[^\S\n]+(?:who|whose|the|a|an|its|his|her)[^\S\n]/u.test(intro)) return false;
    const lede = text.slice(ledeStart, ledeEnd).toLowerCase();
    return [...intro.matchAll(/(?<![\p{L}])(?:the|its|his|her|their)[^\S\n]+(\p{Ll}{4,})(?![\p{L}])/gu)].some((m) => new RegExp(`(?<![\\p{L}])${m[1]}(?![\\p{L}])`, 'u').test(lede));
  }

  /**
   * A speaker counted by a number is never named by the number (GUIDE section 3 and decisions 56 and 62). With its noun
   * ("More than 300 residents said"), the description names it as written, the words of amount kept; a dozen or more
   * people who speak together are a group with no role ("more than 60 parents", 11 of the 11 such gold speakers), fewer
   * stay unnamed individuals ("at least two shift supervisors"). A count standing alone ("The union balloted its members.
   * More than 300 said …") is a part of the people described before it, named by their description and speaking as
   * unnamed individuals (decision 62). Null when the phrase opens with no count, or names a body or a document.
   */
  function countedPeople(hint: SpeakerHint, r: Speaker & { resolvedVia?: string }): (Speaker & { resolvedVia?: string }) | null {
    if (hint.relative) return null;
    const m = COUNT_OPENING.exec(hint.text.trim());
    // (a sum of money counts no people: "had spent £410,000 defending …")
    // (nor is a poll's share a count of people: "40 percent", "3 in 10")
    if (!m || /[$£€¥][^\S\n]*$/u.test(text.slice(Math.max(0, hint.start - 2), hint.start)) || POLL_SHARE.test(hint.text.trim()) || /^(?:percent|per[^\S\n]+cent)\b/iu.test(m[3] ?? '')) return null;
    const count = (m[2] as string).toLowerCase();
    const many = /^\d/u.test(count) ? Number(count.replace(/,/gu, '')) >= 10 : true;
    if (m[3]) {
      if (!['anonymous', 'group', 'person'].includes(r.kind)) return null;
      const name = hint.text.trim().replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
      return many ? { ...r, name, kind: 'group', role: null, resolvedVia: 'counted-people:group' }
        : { ...r, name, kind: 'anonymous', role: r.role ?? headRole(name), resolvedVia: 'counted-people' };
    }
    const group = nearest(hint.start, (x) => (x.kind === 'anonymous' || x.kind === 'group') && hint.start - x.at < 400 && !COUNT_OPENING.test(x.name) && !POLL_SHARE.test(x.name));
    const described = group?.name ?? pluralPeopleBefore(hint.start);
    if (!described) return { ...r, name: hint.text.trim().replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()), kind: 'anonymous', role: null, resolvedVia: 'counted-people:undescribed' };
    return { ...r, name: described, kind: 'anonymous', role: headRole(described), resolvedVia: 'counted-people:part-of-described' };
  }

  /** Whether a speaker of that name reported, published or was cited with "according to" in a statement read so far:
   *  an outlet acting as one ("The Valley Herald reported …"), which "the company" after it does not stand for. */
  function reportedAsOutlet(name: string): boolean {
    return out.some((o) => o.speaker.name === name && o.cue !== null && /^(?:report|reported|reports|reporting|revealed|reveals|published|according)/iu.test(o.cue.text.trim()));
  }

  /** The last plural noun of people (a role noun or a noun of people, "its members", "the drivers") in the sentence
   *  before `at` or its own, with the lower-case modifiers before it ("union members"); null when there is none. */
  function pluralPeopleBefore(at: number): string | null {
    const k = sentenceAt(at);
    let last: string | null = null;
    // (from the sentence before, found by binary search: not a scan from the text's start for every count)
    for (let i = firstIndex(tokens.length, (j) => (tokens[j] as Token).sentence < k - 1); i < tokens.length && (tokens[i] as Token).start < at; i++) {
      const t = tokens[i] as Token;
      if (t.pos !== 'NOUN' || !/^\p{Ll}+s$/u.test(t.text) || t.normal === t.lemma) continue;
      if (headRole(t.normal) === null && !PLURAL_PEOPLE.has(t.normal)) continue;
      let j = i;
      while (j - 1 >= 0 && (tokens[j - 1] as Token).sentence === t.sentence && ['NOUN', 'ADJ'].includes((tokens[j - 1] as Token).pos) && /^\p{Ll}[\p{Ll}-]*$/u.test((tokens[j - 1] as Token).text) && i - j < 2) j--;
      last = text.slice((tokens[j] as Token).start, t.end);
    }
    return last;
  }

  /** The last counted plural of people ("some parents", "three former riders") in the sentence before `at` or its own,
   *  as one member's name: "parent", "former rider" (GUIDE decision 47); null when there is none. */
  function countedPeopleBefore(at: number): string | null {
    const k = sentenceAt(at);
    const from = tokens.find((t) => t.sentence >= k - 1)?.start ?? 0;
    let last: string | null = null;
    for (const m of text.slice(from, at).matchAll(COUNTED_PEOPLE)) {
      const phrase = (m[1] ?? '').trim();
      const one = oneOfCounted(`two ${phrase}`);
      if (one && headRole(one) !== null && !/[\p{Lu}]/u.test(phrase)) last = one;
    }
    return last;
  }

  /** GUIDE decision 47: the description in apposition to "One" or "Another" ("Another, a midwife at the clinic,"), or
   *  after "one of them," ("said one of them, a porter who asked not to be named"), as an unnamed source's name and role. */
  function describedMember(hint: SpeakerHint): { name: string; kind: SpeakerKind; role: string | null } | null {
    const after = /^[^\S\n]+of[^\S\n]+(?:them|those)[^\S\n]*,[^\S\n]*((?:a|an)[^\S\n][^,.;:!?—]+)/u.exec(text.slice(hint.end, hint.end + 200))?.[1]
      ?? (/\sof\s(?:them|those)$/iu.test(hint.text.trim()) ? /^[^\S\n]*,[^\S\n]*((?:a|an)[^\S\n][^,.;:!?—]+)/u.exec(text.slice(hint.end, hint.end + 200))?.[1] : undefined);
    // ("“…,” said one, a crane operator who did not wish to be identified": a bare "one" or "another" with the description in
    // apposition right after it)
    const bare = !after && /^(?:one|another)$/iu.test(hint.text.trim()) ? /^[^\S\n]*,[^\S\n]*((?:a|an)[^\S\n][^,.;:!?—]+)/u.exec(text.slice(hint.end, hint.end + 200))?.[1] : undefined;
    const ap = hint.appositive?.text ?? after ?? bare;
    if (!ap || !/^(?:a|an)[^\S\n]+\p{Ll}/u.test(ap.trim())) return null;
    let desc = ap.trim().replace(/^(?:a|an)[^\S\n]+/u, '');
    // (the anonymity clause goes, GUIDE section 3: "who asked not to be named", "speaking on condition of anonymity")
    const clause = /[^\S\n]+(?:who|speaking|because|as)[^\S\n][\s\S]*$/u.exec(desc);
    if (clause && ANONYMOUS_MARKER.test(clause[0])) desc = desc.slice(0, clause.index);
    if (ANONYMOUS_MARKER.test(desc)) return null;
    const role = headRole(desc);
    return role ? { name: desc, kind: 'anonymous', role } : null;
  }

  /**
   * "Not every skipper agrees. One, who asked not to be named, questioned …", "That angered some survivors. One said …":
   * a bare "one" or "another" with no group counted is one of the people a quantified role noun in its sentence or the
   * one before named, in the singular (GUIDE decision 47). Null when no such noun is there.
   */
  function impliedMember(hint: SpeakerHint): { name: string; role: string } | null {
    if (!/^(?:one|another)$/iu.test(hint.text.trim())) return null;
    const k = sentenceAt(hint.start);
    const first = tokens[firstIndex(tokens.length, (i) => (tokens[i] as Token).sentence < k - 1)];
    const from = first && first.sentence >= k - 1 ? first.start : Math.max(0, hint.start - 300);
    const span = text.slice(from, hint.start);
    let found: { name: string; role: string } | null = null;
    for (const m of span.matchAll(/(?<![\p{L}’'-])(?:every|each|some|many|several|other|both|most|all|few|dozens[^\S\n]+of|hundreds[^\S\n]+of)[^\S\n]+((?:\p{Ll}[\p{Ll}-]*[^\S\n]*){1,3})/giu)) {
      const words = (m[1] ?? '').trim().split(/[^\S\n]+/u);
      // (an occupation as such, "skipper", though a possessive would make it a tie: no one's skipper here)
      const roleOf = (w: string): string | null => occupationIn([w]) ?? roleNoun(singularOf(w)) ?? ROLE_NOUNS[singularOf(w)] ?? null;
      const at = words.findIndex((w) => roleOf(w) !== null);
      if (at < 0 || words.slice(0, at).some((w) => /^(?:of|the|a|an|and|or|to|in|at|who|that)$/u.test(w))) continue;
      const role = roleOf(words[at] as string) as string;
      found = { name: [...words.slice(0, at), singularOf(words[at] as string)].join(' '), role };
    }
    return found;
  }

  function nearest(at: number, ok: (e: Entity) => boolean): Entity | undefined {
    for (let i = entities.length - 1, seen = 0; i >= 0 && seen < 200; i--, seen++) {
      const e = entities[i] as Entity;
      if (e.at <= at && ok(e)) return e;
    }
    return undefined;
  }

  function appositiveRole(ap?: TextSpan, body = false): string | null {
    if (!ap) return null;
    const lw = ap.text.toLowerCase().split(/\s+/u);
    for (let i = 0; i < lw.length; i++) {
      // ("a frequent critic of the mayor": the role noun after "of" is someone else's)
      if (['of', 'for', 'at', 'with', 'who', 'which'].includes(lw[i] as string)) break;
      const two = ROLE_NOUNS[`${lw[i]} ${lw[i + 1] ?? ''}`];
      if (two) return two;
      const one = ROLE_NOUNS[lw[i] as string];
      // (a body's apposition, "Foskmore Coaches, the largest coach operator in the county,": a role noun before another
      // noun only modifies it, and says what the body does, not a role it holds)
      if (one && body && /^\p{Ll}[\p{Ll}-]+$/u.test(lw[i + 1] ?? '') && !['of', 'for', 'at', 'with', 'who', 'which', 'in', 'and', 'or', 'to', 'on', 'from', 'by'].includes(lw[i + 1] as string)) continue;
      if (one) return one;
    }
    return null;
  }
  /**
   * The body a person's post belongs to, written in apposition where the article names them: "Ines Marr, the airline’s
   * chief operating officer,", "The airline’s chief operating officer, Ines Marr,", "Tolby’s managing director, Ines
   * Marr,". The possessor is resolved as a description ("the airline" → the named airline) or as a body's short name; a
   * possessor the text names no body for, or a possessed noun that is no post ("the paper’s analysis"), gives none.
   */
  function affiliationAroundName(name: string): string | undefined {
    for (const at of nameOccurrences(text, name)) {
      const end = at + name.length;
      const after = /^,[^\S\n]+((?:the[^\S\n]+[\p{Ll}-]+|\p{Lu}[\p{L}-]*)[’']s[^\S\n]+\p{Ll}[\p{Ll}\s-]{1,60}?)(?=[,.;]|[^\S\n]+(?:said|says|told|added|wrote)\b)/u.exec(text.slice(end, end + 120));
      const before = /(?:^|[.!?”"][^\S\n]+|\n|,[^\S\n]+)((?:[Tt]he[^\S\n]+[\p{Ll}-]+|\p{Lu}[\p{L}-]*)[’']s[^\S\n]+\p{Ll}[\p{Ll}\s-]{1,60}?),[^\S\n]+$/u.exec(text.slice(Math.max(0, at - 120), at));
      // ("Ines Marr, who chairs the Felling Residents’ Forum,", "…, a mother of two who founded Parents Together,": the
      // named body a person runs, leads, chairs or founded; not a place they represent)
      const runs = /^(?:,[^\S\n]+\d{1,3})?,[^\S\n]+(?:(?:a|an)[^\S\n][^,.;]{0,50}?[^\S\n])?who[^\S\n]+(?:now[^\S\n]+|also[^\S\n]+)?(?:runs|chairs|leads|heads|founded|co-founded|directs|manages|owns)[^\S\n]+(?:the[^\S\n]+)?(?:(?!(?:at|in|on|of|for|with|to|from|by)[^\S\n])[\p{Ll}-]+[^\S\n]+){0,3}?(\p{Lu}[\p{L}’'-]*(?:[^\S\n]+(?:of[^\S\n]+|and[^\S\n]+|for[^\S\n]+)?\p{Lu}[\p{L}’'-]*)*)/u.exec(text.slice(end, end + 160));
      // (not the place a branch of another body stands for: "who chairs the Tolby branch of the Pilots’ Guild")
      const branch = runs ? /^[^\S\n]+(?:branch|chapter|wing|section|arm|office)\b/u.test(text.slice(end + runs[0].length, end + runs[0].length + 12)) : false;
      const ran = branch ? undefined : runs?.[1]?.replace(/[’']s$/u, '');
      const ranBody = ran ? registry.lookup(ran) ?? classifyName(ran) : null;
      if (ran && ranBody && (ranBody.kind === 'organization' || ranBody.kind === 'group')) return registry.lookup(ran)?.name ?? ran;
      for (const [phrase, start] of [[after?.[1], end + 2], [before?.[1], at - (before?.[0].length ?? 0)]] as const) {
        if (!phrase) continue;
        const body = postOwner(phrase.trim(), start);
        if (body) return body;
      }
    }
    return undefined;
  }
  function postOwner(phrase: string, at: number): string | undefined {
    const own = /^(?:[Tt]he[^\S\n]+)?([\p{L}-]+)[’']s[^\S\n]+(.+)$/u.exec(phrase);
    if (!own?.[1] || !own[2]) return undefined;
    // (the post: a role noun at the end, or before an "of" field: "head of safety", "director of European operations")
    const words = own[2].split(/\s+/u);
    const ofAt = words.indexOf('of');
    const postWords = ofAt > 0 ? words.slice(0, ofAt) : words;
    const last = postWords[postWords.length - 1] ?? '';
    if (!roleNoun(last) && !ROLE_NOUNS[postWords.slice(-2).join(' ')]) return undefined;
    if (/^\p{Ll}/u.test(own[1])) {
      // (the description's own head found in the body's name, "the airline" → Tolby Airways, or the looser fits the
      // appositive reader allows: "the company" → a name headed by no other kind noun)
      const d = describe(`the ${own[1]}`, at);
      if (d && (d.kind === 'organization' || d.kind === 'group') && d.resolvedVia === 'description:head') return d.name;
      return appositiveAffiliation({ start: at, end: at + phrase.length, text: `the ${own[1]}’s ${own[2]}` });
    }
    const short = own[1];
    const full = bodiesByShortName().get(short) ?? registry.lookup(short)?.name ?? nearest(at, (x) => !x.person && x.kind === 'organization' && (x.name === short || x.name.startsWith(`${short} `)))?.name;
    if (full) return full;
    // ("Orlen's trade minister, Ivo Corworth, who chaired …": a country or a body that is no person, named as the possessor of
    // a post, is the post's affiliation, as in an apposition, GUIDE decision 64 "Weskmore's foreign minister" → Weskmore)
    const c = classifyName(short);
    return c && !c.person && (c.kind === 'organization' || c.kind === 'group') ? c.name : undefined;
  }
  /**
   * "The United Nations special envoy for Sarvenia": a body the registry knows or the text names, written between the
   * article and the role noun, is whom the holder serves; the place or matter after "for" or "on" is the post's remit.
   */
  function bodyBeforeRole(phrase: string, at: number): string | undefined {
    const m = /^(?:[Tt]he|[Aa]n?)\s+((?:\p{Lu}[\p{L}.’'&-]*\s+){1,4}?)(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:for|on)\s+\S/u.exec(phrase.trim());
    const body = m?.[1] && m[2] && roleNoun(m[2]) ? m[1].trim() : undefined;
    if (!body) return undefined;
    return registry.lookup(body)?.name ?? nearest(at, (x) => !x.person && (x.kind === 'organization' || x.kind === 'group') && x.name === body)?.name;
  }
  function appositiveAffiliation(ap?: TextSpan): string | undefined {
    if (!ap) return undefined;
    // ("Ivo Brand, the union’s branch secretary at Wimstow,": a post the possessor's body gives, held at the site or
    // branch named after "at", is of that body, when the text named one the possessor stands for)
    const ownAt = /^the\s+([\p{Ll}-]+)[’']s\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+at\s+\p{Lu}[^,]*$/u.exec(ap.text.trim());
    if (ownAt?.[1] && ownAt[2]) {
      const body = appositiveAffiliation({ ...ap, text: `the ${ownAt[1]}’s ${ownAt[2]}` });
      if (body) return body;
    }
    // ("a member of the committee from the opposition Leaf Coalition": the party or body a member comes from, when its name
    // ends in a party's or a body's head word; not a home town, "a nurse from Grelthorpe")
    const from = /\bfrom\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?((?:\p{Lu}[\p{L}’'-]*\s+){0,3}(\p{Lu}[\p{L}-]*))$/u.exec(ap.text.trim());
    const fromBody = from?.[2] && (PARTY_NAME_HEADS.has(from[2].toLowerCase()) || ORG_HEADS.has(from[2].toLowerCase())) ? from : null;
    const firstKnown = bodyBeforeRole(ap.text, ap.start);
    if (firstKnown) return firstKnown;
    // ("finance spokesman for the opposition Citizens' Bloc", "an analyst at the consultancy Grey Pike": one or two lower-case
    // words that say what the body is, before its name; not "of", "for the family of Ana Ulmley")
    // (within the apposition's own words, before any relative clause: "who worked at the shelter until August")
    const ownWords = ap.text.replace(/[^\S\n]+(?:who|whose|which|that|where)\b[\s\S]*$/u, '');
    const described = /\b(?:for|at|of|with)\s+the\s+(?:(?!(?:of|and|or|for|to|in|at|on|with|from|by|until|since|before|after|during|both|all|each|every|its|their|his|her)\s)\p{Ll}[\p{Ll}-]*\s+){1,2}([\p{Lu}][^,]*)$/u.exec(ownWords);
    const m = /\b(?:for|at|of|with)\s+(?:the\s+)?([\p{Lu}+][^,]*)$/u.exec(ap.text) ?? described ?? fromBody ?? /^(?:a|an|the)\s+([\p{Lu}][\p{L}\d+&.\s-]*?)\s+\p{Ll}/u.exec(ap.text);
    if (!m || !m[1]) {
      // ("…, said Tom Galstow, its managing director.", "Ana Ulmley, their spokeswoman,": a post that "its" or "their" gives
      // is of the body the pronoun stands for: the body that opens the appositive's sentence, else the nearest body
      // named before it, as for the same words before the cue (describePhrase's possessive))
      const pronPost = /^(its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)(?:\s+of\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)?$/u.exec(ap.text.trim());
      if (pronPost?.[2] && roleNoun(pronPost[2])) {
        // ("its" a body's, "their" a group's; not a word of the headline, nor one in a speaker's quoted words)
        const bodyOk = (x: Entity): boolean => !x.person && x.kind === (pronPost[1] === 'its' ? 'organization' : 'group') && x.at > headlineEnd
          && !(x.spoke !== true && inQuoted(x.at)) && !x.partOfSpeaker;
        const opener = nearest(ap.start, (x) => bodyOk(x) && sentenceAt(x.at) === sentenceAt(ap.start) && sentenceOpensAt(x.at));
        const e = opener ?? nearest(ap.start, (x) => bodyOk(x) && sentenceAt(ap.start) - sentenceAt(x.at) <= 3);
        if (e) return e.name;
      }
      // ("Ana Lopez, the group’s director,", "Dan Price, the company’s chief executive,": the body the possessor stands
      // for, when the text named one before)
      // ("Tessa Rhee, the firm’s head of research,": a role with its field after "of")
      // ("Dennis Kroll, the water authority’s general manager,", "Helena Ralworth, the directorate’s director-general,": a
      // possessor of one modifier and a head, or a head public bodies' names end in, stands for the body so named)
      const own = /^the\s+(?:([\p{Ll}-]+)\s+)?([\p{Ll}-]+)[’']s\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)(?:\s+of\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)?$/u.exec(ap.text.trim());
      const ownHead = own?.[2];
      const cls = ownHead ? DEFINITE_DESCRIPTIONS[ownHead] ?? (PUBLIC_BODY_NAME_HEADS.has(ownHead) ? 'organization' : undefined) : undefined;
      if (!own || !ownHead || !own[3] || (cls !== 'organization' && cls !== 'group') || !roleNoun(own[3])) return undefined;
      const d = describe(`the ${own[1] ? `${own[1]} ` : ''}${ownHead}`, ap.start);
      if (!d || (d.kind !== 'organization' && d.kind !== 'group') || !/^description(?::head|:last-word)?$/u.test(d.resolvedVia)) return undefined;
      // (only a body the noun can stand for: its own head, a group's for "the group" (a network, a campaign), a name
      // headed by no other kind noun for "the company"; "the group’s director" is no court's, "the company’s" no council's)
      const h = (d.name.toLowerCase().split(/\s+/u).pop() ?? '').replace(/[’']s$/u, '');
      // ("Fair Play Ostland, a coalition of …" … "Ana Ulmley, the coalition’s coordinator": or a group the article described
      // as one, bodyEvidence)
      // ("Union of University Teachers" for "the union": a name headed by the noun before its "of")
      const fits = h === ownHead || new RegExp(`^${escapeRegExp(ownHead)}\\s+of\\s`, 'iu').test(d.name) || (cls === 'group' && (DEFINITE_DESCRIPTIONS[h] === 'group' || (d.kind === 'group' && bodyEvidence(d.name) === 'group')))
        || (!own[1] && (ownHead === 'company' || ownHead === 'firm') && DEFINITE_DESCRIPTIONS[h] === undefined && d.name.toLowerCase() !== ownHead);
      return fits ? d.name : undefined;
    }
    // ("a specialist at St. Brigid’s Hospital who has advised …": a relative clause on the body is no part of its name)
    // (nor a second description after "and": "a nurse at Grelthorpe Clinic and the union’s local representative")
    const org = m[1].trim().replace(/[^\S\n]+(?:who|whose|which|that|where)\b.*$/u, '').replace(/[^\S\n]+and[^\S\n]+(?:the|a|an|his|her|its|their)[^\S\n]+\p{Ll}.*$/u, '')
      // (nor the town it stands in, "at the Institute of Rural Health in Grelthorpe")
      .replace(/[^\S\n]+in[^\S\n]+\p{Lu}[\p{L}-]+$/u, '')
      // (nor the time the person was there, "who worked in the laboratory of Professor Leonard Haskett until last year",
      // "at the Tarn Institute until 2021", "at Holm Bank since March")
      .replace(AFFILIATION_TIME_END, '')
      // (nor the place described before its name, "at Tollard Bank in the Veradian capital Osk")
      .replace(PLACE_AFTER_BODY, '')
      // (nor those the person came with, "who left the town of Grelthorpe with her two sons")
      .replace(/[^\S\n]+with[^\S\n]+(?:his|her|their|its|the|a|an|some|several|\d+|two|three|four|five)[^\S\n].*$/u, '');
    // (nor a nationality and the words that say what kind of body it is, before its name: "a subsidiary of the Swiss food
    // group Halden AG" is of Halden AG)
    const described2 = /^(\p{Lu}\p{Ll}+)[^\S\n]+(?:\p{Ll}[\p{Ll}-]*[^\S\n]+){1,3}(\p{Lu}.*)$/u.exec(org);
    if (described2?.[1] && described2[2] && !registry.lookup(org) && (isDemonym(described2[1]) || BLOC_ADJECTIVES.has(described2[1]) || demonymPlace(described2[1]) !== undefined)) return registry.lookup(described2[2])?.name ?? described2[2];
    return registry.lookup(org)?.name ?? org;
  }
}

/** Offices that head a body (speakers.json headingRoles): holderNamedAfterLede. */
const HEADING_ROLES: ReadonlySet<string> = new Set(COREFERENCE_WORDS.headingRoles);
const RANKS = new Set(['private', 'major', 'colonel', 'col.', 'general', 'gen.', 'captain', 'capt.', 'lieutenant', 'lt.', 'sergeant', 'sgt.', 'admiral', 'brigadier', 'commander', 'judge', 'justice', 'councillor', 'councilmember', 'councilman', 'councilwoman', 'mayor', 'senator', 'governor', 'father', 'sister', 'rabbi', 'imam', 'professor',
  // (religious and professional titles, speakers.json coreference.titlesBeforeName: "Bishop Ann Dunne" is Ann Dunne)
  ...COREFERENCE_WORDS.titlesBeforeName]);
/** "on Tuesday", "last month", "on Wednesday evening" trailing a speaker phrase. */
const TIME_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|week|weekend|month|year|night|morning|evening|afternoon|day|today|yesterday)$/iu;
/** A phrase of time alone: "Friday", "last week", "this past week", "a Sunday", "June 1"; or a year alone, "2015",
 *  "since 2015" (a year is never a name). */
const TIME_PHRASE = /^(?:(?:a|an|the|on|in|at|during|last|this|that|next|past|late|early|earlier|later|same)\s+)*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|week|weekend|month|year|night|morning|evening|afternoon|day|today|yesterday)\b\s*)+(?:\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s*\d{4})?$|^(?:(?:in|since|until|by|from|during|before|after|the)\s+)?(?:1[6-9]|20)\d{2}s?$/iu;
/** A time adverbial closing a clause ("would open next year", "was built in 2019", "ended on Monday"): the words before an
 *  "and" that opens the next clause's subject. */
const CLAUSE_TIME_END = /(?:^|[^\S\n])(?:next|last|this|on|in|by|until|from|since)[^\S\n]+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|week|weekend|month|year|spring|summer|autumn|winter|\d{4})\b[^\S\n]*)+$/u;
const QUOTE_MARKS_RX = /^["“”‘’«»'`]+$/u;
const TRAILING_TIME = /\s+(?:on|in|last|this|late|early|earlier|later)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|week|month|year|night|morning|evening|afternoon)\b\s*)+(?:\d{1,4}\s*)?$/u;


/** A counting determiner as a sentence's first word ("Two", "Several"), for a pattern (words.ts COUNTING_DETERMINERS). */
const CAPITALISED_COUNTING = COUNTING_DETERMINERS.map((w) => `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`).join('|');
/** Determiners a description keeps in lower case when it is a speaker's name ("The …", "Two …" → "two …"). */
const LOWERED_OPENERS = new RegExp(`^(?:The|This|That|These|Its|Their|His|Her|A|An|${CAPITALISED_COUNTING})\\s(?=\\p{Ll})`, 'u');
/** ", who gave only his first name, Anton," / ", who would give only her first name, Mette," / ", who asked to be
 *  identified only by his first name, Bram,": the description's own first name, with the his or her that genders it. */
/** A time phrase closing an affiliation's words: "until last year", "since 2019", "until the end of March". */
const AFFILIATION_TIME_END = /[^\S\n]+(?:until|till|since|through|before|after)[^\S\n]+(?:(?:last|this|early|late|earlier|the[^\S\n]+end[^\S\n]+of|the[^\S\n]+start[^\S\n]+of)[^\S\n]+)?(?:\d{4}|year|month|week|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December)(?:[^\S\n]+\d{4})?$/u;
/** " who gave only her first name, Aysel," after an apposition "a woman" that was taken for the speaker. */
const FIRST_NAME_IN_APPOSITION = /^[^\S\n]+who[^\S\n]+(?:gave|would[^\S\n]+give|(?:asked|wished|wanted)[^\S\n]+to[^\S\n]+be[^\S\n]+(?:identified|named)[^\S\n]+(?:only[^\S\n]+)?by)[^\S\n]+(?:only[^\S\n]+)?(his|her)[^\S\n]+(?:first[^\S\n]+)?name(?:[^\S\n]+only)?(?:[^\S\n]*,|[^\S\n]+as)[^\S\n]+(\p{Lu}\p{Ll}+),/u;
const FIRST_NAME_ONLY = /^,[^\S\n]+(?<appos>(?:a|an)[^\S\n]+(?:[\p{L}\d’'-]+[^\S\n]+){0,4}?[\p{Ll}-]+[^\S\n]+)?who[^\S\n]+(?:gave|would[^\S\n]+give|(?:asked|wished|wanted)[^\S\n]+to[^\S\n]+be[^\S\n]+(?:identified|named)[^\S\n]+(?:only[^\S\n]+)?by)[^\S\n]+(?:only[^\S\n]+)?(his|her)[^\S\n]+(?:first[^\S\n]+)?name(?:[^\S\n]+only)?(?:[^\S\n]*,|[^\S\n]+as)[^\S\n]+(\p{Lu}\p{Ll}+),/u;
const SPOKEN_OF_OBJECT = new RegExp(String.raw`(?:^|[^\p{L}])(?:${COREFERENCE_WORDS.spokenOfWords.map(escapeRegExp).join('|')})[^\S\n]+(?:the|his|her|their|its|a|an|\p{Lu}[\p{L}’'-]*[’']s)(?:[^\S\n]+[\p{Ll}’'-]+){1,4},[^\S\n]+$`, 'u');
/** The heads of "the company", "the firm" (speakers.json companyHeads). */
const COMPANY_HEADS: ReadonlySet<string> = new Set(COREFERENCE_WORDS.companyHeads);
/** "A source close to", "People close to", "a person briefed on", "two friends close to" right before the subject the
 *  statement found: a source's noun, a participle or adjective of what it knows (statement-words.json
 *  sourceParticiples) and a preposition. */
const CLOSE_SOURCE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}’'-])((?:(?:an?|one|two|three|several|some|the)[^\S\n]+)?((?:${COREFERENCE_WORDS.closeSourceNouns.map(escapeRegExp).join('|')})[^\S\n]+(?:${statementWords.sourceParticiples.map(escapeRegExp).join('|')})[^\S\n]+(?:to|on|with|in|about|of)[^\S\n]+))$`, 'iu');
/** A description opening a sentence, then a comma before "who": "Two members of the board, who …". */
const DESCRIPTION_BEFORE_WHO = new RegExp(`(?:^|[.!?][”"’]?[^\\S\\n]+|\\n)((?:A|An|The|${CAPITALISED_COUNTING})[^\\S\\n][^,.;:“”"\\n]{3,90}?),[^\\S\\n]*$`, 'u');

/** Acronyms the article defines: "the Directorate for Security Intelligence (DSI)", "…, known as DSI". */
function acronymDefinitions(text: string): Map<string, string> {
  const out = new Map<string, string>();
  // (within one line: a headline's last word is no word of a body's name on the next line)
  const rx = /((?:\p{Lu}[\p{L}’'-]+[^\S\n]+)(?:(?:of|for|and|the|on|&)[^\S\n]+|\p{Lu}[\p{L}’'-]+[^\S\n]+){0,8}?\p{Lu}[\p{L}’'-]+)(?:[^\S\n]+\(|,[^\S\n]+known[^\S\n]+as[^\S\n]+(?:the[^\S\n]+)?)(\p{Lu}[\p{Lu}\d&]{1,9})\b/gu;
  for (let m = rx.exec(text); m; m = rx.exec(text)) {
    const full = (m[1] ?? '').replace(/^(The|A|An)\s+/u, '');
    const acr = m[2] ?? '';
    const initials = full.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    if (acr && initials.length >= 2 && (initials === acr || acr.startsWith(initials[0] as string))) out.set(acr, full);
  }
  return out;
}

/** The nouns of documents an article gives a title (speakers.json titledDocumentHeads), as one pattern alternation. */
const TITLED_HEADS = COREFERENCE_WORDS.titledDocumentHeads.map((w) => escapeRegExp(w).replace(/ /gu, '[^\\S\\n]+')).join('|');
/** "a report titled “Dark Corners”", "a study … published under the title “…”" (a naming word, not 'called', may come
 *  after a longer participle phrase: "The study, carried out by … and published in May under the title “…”"). */
const TITLED_AFTER = new RegExp(`\\b(${TITLED_HEADS})\\b(?:[^.;“”"]{0,60}?\\b(?:called|named)|[^.;“”"]{0,160}?\\b(?:titled|entitled|under[^\\S\\n]+the[^\\S\\n]+(?:title|name|headline)))[^\\S\\n]+[“"]([^”"]{2,80})[”"]`, 'giu');
/** "A study by the National Accounts Office, “…,” released in spring, found": a title in apposition right after the document's
 *  noun and at most its author's capitalised name, set off by commas and followed by a lower-case word. */
const TITLED_APPOSED = new RegExp(`\\b(${TITLED_HEADS})(?:[^\\S\\n]+(?:by|from|of)[^\\S\\n]+(?:the[^\\S\\n]+)?(?:\\p{Lu}[\\p{L}’'&.-]*[^\\S\\n]+){0,5}\\p{Lu}[\\p{L}’'&.-]*)?,[^\\S\\n]*[“"](\\p{Lu}[^”"\\n.!?]{1,78}?),?[”"],?[^\\S\\n]+(?=\\p{Ll})`, 'gu');
/** "The claims surfaced in “…,” an investigation published on Tuesday": a title after a lower-case word, then in
 *  apposition an indefinite description whose head is a document's noun. */
const TITLED_BEFORE = new RegExp(`(?<=\\p{Ll}[^\\S\\n]+)[“"](\\p{Lu}[^”"\\n.!?]{1,78}?),?[”"],?[^\\S\\n]+an?[^\\S\\n]+(?:[\\p{Ll}-]+[^\\S\\n]+){0,3}?(${TITLED_HEADS})\\b`, 'gu');

/** Documents the article names: "a report titled “Dark Corners”" → an entity "Dark Corners" whose head is "report";
 *  likewise a title in apposition after the noun ("a report, “…,” published") or before it ("“…,” an investigation"). */
function titledDocuments(text: string): Entity[] {
  const out: Entity[] = [];
  const add = (head: string, raw: string, at: number): void => {
    const title = raw.replace(/[,.]$/u, '').trim();
    // (a title is a few words: a longer quotation is what someone said)
    if (!title || title.split(/\s+/u).length > 8 || out.some((e) => e.name === title && Math.abs(e.at - at) < 200)) return;
    out.push({ name: title, kind: 'document', at, role: null, person: false, title: head.toLowerCase().split(/\s+/u).pop() as string });
  };
  for (const m of text.matchAll(TITLED_AFTER)) add(m[1] ?? '', m[2] ?? '', m.index ?? 0);
  for (const m of text.matchAll(TITLED_APPOSED)) add(m[1] ?? '', m[2] ?? '', m.index ?? 0);
  for (const m of text.matchAll(TITLED_BEFORE)) add(m[2] ?? '', m[1] ?? '', m.index ?? 0);
  return out.sort((a, b) => a.at - b.at);
}

const NOT_IN_ROLE = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'my', 'one', 'two', 'three', 'four', 'some', 'several', 'many', 'another', 'other', 'and', 'who', 'which', 'that', 'said', 'says', 'told',
  // a preposition ends the title ("executive at another airline")
  'at', 'for', 'in', 'on', 'with', 'from', 'to', 'by']);

/**
 * The role as the article writes it ("general secretary", "chief constable", "head of public policy", "solicitor"),
 * found around the role noun the lexicon recognised; spokesman/spokeswoman become "spokesperson" (LABELS.md).
 */
export function writtenRole(key: string, phrases: ReadonlyArray<string | undefined>): string | null {
  if (key === 'spokesperson') return key;
  for (const phrase of phrases) {
    if (!phrase) continue;
    const raw = phrase.split(/\s+/u).map((w) => w.replace(/[,.;:“”"()]/gu, ''));
    const words = raw.map((w) => w.toLowerCase());
    let at = -1;
    let width = 1;
    for (let i = words.length - 1; i >= 0 && at < 0; i--) {
      if (i > 0 && ROLE_NOUNS[`${words[i - 1]} ${words[i]}`] === key) { at = i - 1; width = 2; }
      else if (ROLE_NOUNS[words[i] as string] === key) at = i;
    }
    if (at < 0) continue;
    let a = at;
    // ("the union’s regional organiser", "its chief operating officer": a modifier that names the office stays; "an
    // opposition lawmaker", "a former minister": one that places or dates the holder goes; ROLE_MODIFIERS lists the first)
    // ("the council leader", "Board chair X": the body a person leads or chairs goes, GUIDE decision 40; "council member"
    // keeps its body noun)
    const keeps = (w: string): boolean => ROLE_MODIFIERS.has(w) && !BARE_ROLES.has(key) && !(LEVEL_MODIFIERS.has(w) && PUBLIC_OFFICES.has(key))
      && !(LED_BODY_WORDS.has(w) && BODY_LED_ROLES.has(key)) && !(PORTFOLIO_TITLE_WORDS.has(w) && PORTFOLIO_ROLES.has(key));
    while (a - 1 >= 0 && keeps(words[a - 1] as string)) a--;
    // ("the former chief financial officer", "its chief technology officer": a title word, then the office's field, then the
    // role noun is one title, as "chief operating officer" is, GUIDE decision 40)
    if (a === at && width === 1 && at >= 2 && words[at - 2] === 'chief' && /^\p{Ll}+$/u.test(raw[at - 1] ?? '') && !NOT_IN_ROLE.has(words[at - 1] as string)
      && !PORTFOLIO_ROLES.has(key) && !BARE_ROLES.has(key)) {
      a = at - 2;
      while (a - 1 >= 0 && keeps(words[a - 1] as string)) a--;
    }
    // ("a crane driver", "three crew members", "a compliance officer": a listed two-word occupation stays whole, even
    // where the noun alone keeps no modifier)
    // ("its artistic director", "a safety representative": a title whose first word names the office's function,
    // GUIDE decision 40, likewise)
    const pair = `${words[at - 1] ?? ''} ${singularOf(words[at] as string)}`;
    if (a === at && width === 1 && (OCCUPATION_COMPOUNDS.has(pair) || OFFICE_COMPOUNDS.has(pair))) a--;
    // ("its legal director", "the bank's area manager", "a repairs manager": a lower-case noun of a function before the
    // noun of a post inside an organisation names the post, GUIDE decision 40; not a body's noun, a level, a rank or a
    // word that dates or judges the holder, "the company director", "a regional manager", "a senior officer")
    else if (a === at && width === 1 && OFFICE_POST_NOUNS.has(key) && functionWord(words[at - 1], raw[at - 1])) a--;
    // ("Fire service chief X": "service" between the service's kind and the role; the listed office, "fire chief")
    if (a === at && width === 1 && words[at - 1] === 'service' && OFFICE_COMPOUNDS.has(`${words[at - 2] ?? ''} ${singularOf(words[at] as string)}`)) return `${words[at - 2] as string} ${key}`;
    // ("Deputy Interior Minister X", "the shadow housing secretary": an office modifier before a portfolio stays, the
    // portfolio goes, one or two words of it)
    let officeBefore: string | undefined;
    if (a === at && PORTFOLIO_ROLES.has(key)) {
      for (const j of [at - 2, at - 3]) {
        const between = words.slice(j + 1, at);
        if (j >= 0 && keeps(words[j] as string) && !LEVEL_MODIFIERS.has(words[j] as string) && between.every((w) => !NOT_IN_ROLE.has(w) && !keeps(w) && ROLE_NOUNS[w] === undefined && /^\p{L}+$/u.test(w))) { officeBefore = words[j]; break; }
      }
    }
    // (a capitalised modifier with another capitalised word before it is part of a body's name, and so is every word from
    // there on that can name a body or its level: "Republican National Committee chairman", "Republican National
    // Chairman X" are chairmen; "Acme Chief Operating Officer X" keeps its title words)
    const opener = raw[a - 1] ?? '';
    if (a < at && /^\p{Lu}/u.test(raw[a] ?? '') && /^\p{Lu}/u.test(opener) && !NOT_IN_ROLE.has(opener.toLowerCase()) && !NAME_PRECEDING_ADJECTIVES.has(opener.toLowerCase())) {
      for (let j = at - 1; j >= a; j--) {
        if (/^\p{Lu}/u.test(raw[j] ?? '') && (GENERIC_MODIFIERS.has(words[j] as string) || NON_COMPANY.test(words[j] as string))) { a = j + 1; break; }
      }
    }
    // "MP", "CEO": an abbreviation is written as the role it stands for
    // ("Cllr": an abbreviation with no vowel, likewise)
    if (/^\p{Lu}{2,}$/u.test(raw[at] ?? '') || !/[aeiouy]/iu.test(words[at] ?? '')) return key;
    let b = at + width - 1;
    // ("the deputy health minister", "Deputy Interior Minister X": a title word read as the role noun, then a portfolio of
    // one or two words, then the office; the portfolio goes)
    if (TITLE_MODIFIERS.has(words[b] as string)) {
      for (const k of [b + 2, b + 3]) {
        const between = words.slice(b + 1, k);
        if (PORTFOLIO_ROLES.has(words[k] ?? '') && between.every((w) => !NOT_IN_ROLE.has(w) && ROLE_NOUNS[w] === undefined && /^\p{L}+$/u.test(w))) return `${words.slice(a, b + 1).join(' ')} ${words[k]}`;
      }
    }
    // "chief constable", "Chief Constable Mark Galley": a title word followed by its noun (not by a name)
    if (TITLE_MODIFIERS.has(words[b] as string) && (/^\p{Ll}[\p{Ll}-]*$/u.test(raw[b + 1] ?? '') || isTitleWord(words[b + 1] ?? '')) && !NOT_IN_ROLE.has(words[b + 1] as string) && words[b + 1] !== 'of') {
      b++;
      // ("the agency's chief medical officer": a second title word runs on to the role noun after it; so does a field's
      // noun, "the chief fire officer", "the chief nursing officer", whose office is the noun after it)
      if ((TITLE_MODIFIERS.has(words[b] as string) || /^\p{Ll}[\p{Ll}-]*$/u.test(raw[b] ?? '')) && ROLE_NOUNS[words[b + 1] ?? ''] !== undefined && /^\p{Ll}/u.test(raw[b + 1] ?? '') === /^\p{Ll}/u.test(raw[b] ?? '')) b++;
    }
    // "chief of staff", "head of public policy", "director of operations"
    // ("the company’s head of Asian product safety": a capitalised adjective of place before the field places the
    // office and goes, GUIDE decision 40's "head of market access"; "the director of Marlow hospital" names a body)
    const placed = words[b + 1] === 'of' && /^\p{Lu}\p{Ll}+(?:an|ern|ese|ish|ic|al)$/u.test(raw[b + 2] ?? '') && DEFINITE_DESCRIPTIONS[words[b + 3] ?? ''] === undefined && /^\p{Ll}[\p{Ll}-]*$/u.test(raw[b + 3] ?? '') && !NOT_IN_ROLE.has(words[b + 3] as string) && !['at', 'for', 'of', 'in', 'on', 'with'].includes(words[b + 3] as string) && !ROLES_WITHOUT_OF.has(key) ? b + 2 : -1;
    if (words[b + 1] === 'of' && (placed > 0 || /^\p{Ll}/u.test(raw[b + 2] ?? '')) && !NOT_IN_ROLE.has(words[b + 2] as string) && !ROLES_WITHOUT_OF.has(key)) {
      b += placed > 0 ? 3 : 2;
      while (b + 1 < words.length && /^\p{Ll}[\p{Ll}-]*$/u.test(raw[b + 1] as string) && !NOT_IN_ROLE.has(words[b + 1] as string) && !['at', 'for', 'of', 'in', 'on', 'with'].includes(words[b + 1] as string)) b++;
    }
    const out = [...(officeBefore ? [officeBefore] : []), ...words.slice(a, b + 1).filter((_, k) => a + k !== placed)];
    const last = out[out.length - 1] as string;
    // ("chief economic spokesman", "the party's chief spokeswoman": a title that runs on to a spokesperson's noun is
    // still written spokesperson, GUIDE section 3)
    if (ROLE_NOUNS[last] === 'spokesperson') return 'spokesperson';
    if (last !== key && last.endsWith('s') && ROLE_NOUNS[last] === key && ROLE_NOUNS[last.slice(0, -1)] === key) out[out.length - 1] = last.slice(0, -1);
    return out.join(' ');
  }
  return null;
}

/** A lower-case word naming a post's function before its noun (writtenRole): no body's, level's, rank's or time's word. */
function functionWord(w: string | undefined, raw: string | undefined): boolean {
  if (!w || !raw || !/^\p{Ll}[\p{Ll}-]+$/u.test(raw) || w.endsWith('ly') || NOT_IN_ROLE.has(w)) return false;
  if (GENERIC_MODIFIERS.has(w) || NAME_PRECEDING_ADJECTIVES.has(w) || RANK_MODIFIERS.has(w) || LEVEL_MODIFIERS.has(w) || LED_BODY_WORDS.has(w)) return false;
  return DEFINITE_DESCRIPTIONS[w] === undefined && DEFINITE_DESCRIPTIONS[w.replace(/s$/u, '')] === undefined && !ORG_HEADS.has(w) && ROLE_NOUNS[w] === undefined && !BODY_DESCRIPTOR_WORDS.has(w);
}

// (nor a hospital, a school, a church or a county: "Dr X, a doctor at St Brigid’s Hospital, said … The company declined")
const NON_COMPANY = /\b(unit|ministry|department|agency|council|court|army|military|police|government|commission|authority|committee|union|party|campaign|forces?|chamber|association|federation|university|college|institute|foundation|charity|coalition|alliance|tribunal|board|service|hospital|infirmary|school|academy|church|diocese|museum|county|borough|regulator|watchdog|inspectorate|ombudsman)\b/iu;
/** "the ministry" should not resolve to a company; "the company" not to a ministry. */
const headPatterns = new Map<string, RegExp>();
/** The answers of hasHeadWord, by head and name. */
const headAnswers = new Map<string, boolean>();
/**
 * How many answers (and head patterns) a thread keeps: emptied when full. One bound for all heads: a description's head
 * is any noun an article uses ("the estate"), and a bound per head let the answers grow with the number of heads.
 */
const HEAD_ANSWERS_MAX = 20_000;
const HEAD_PATTERNS_MAX = 1_000;
/**
 * Whether a name carries one of the words for a description's head (case-insensitive, whole words). Descriptions are
 * checked against dozens of earlier names each, the same names again and again: the answer is kept per head and name.
 */
/** HEAD_SYNONYMS for a head, as they fit one name: without "administration" for an administration named by one word
 *  before it, a president's or a governor's name ("the Ildby Administration" is a government, no agency). */
function synonymsFor(head: string, name: string): readonly string[] {
  const listed = HEAD_SYNONYMS[head] ?? [head];
  return head !== 'administration' && /^(?:the[^\S\n]+)?\S+[^\S\n]+administration$/iu.test(name.trim()) ? listed.filter((w) => w !== 'administration') : listed;
}
function hasHeadWord(head: string, name: string): boolean {
  const key = `${head}\u0000${name}`;
  let yes = headAnswers.get(key);
  if (yes === undefined) {
    // ("the Ildby Administration": an administration named by one word, a president's or a governor's name, is a
    // government, not the agency a field's administration is, "the Federal Flood Works Administration")
    const words = synonymsFor(head, name);
    yes = HEAD_SYNONYMS_AT_END.has(head) ? words.includes(name.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).pop() ?? '')
      : ASCII.test(name) && words.every((w) => w !== '' && ASCII.test(w)) ? asciiWholeWord(name.toLowerCase(), words) : headPatternOf(head).test(name);
    if (headAnswers.size >= HEAD_ANSWERS_MAX) headAnswers.clear(); // bounded
    headAnswers.set((` ${key}`).slice(1), yes); // a copy: the key must not keep its article alive
  }
  return yes;
}
// perf: compiling a case-insensitive Unicode pattern for each new head cost ~1 ms, most of hasHeadWord's time; for ASCII
// text the same test (a word of the list, not inside a longer word) is a plain search. Other text keeps the pattern,
// whose case folding ("ſ" for "s") a lowercased string does not reproduce.
const ASCII = /^[\x00-\x7f]*$/u;
const ASCII_LETTER = /[A-Za-z]/u;
/** Whether a lowercased ASCII name holds one of the (ASCII) words whole: no letter just before or after it. */
function asciiWholeWord(lower: string, words: readonly string[]): boolean {
  for (const word of words) {
    const w = word.toLowerCase();
    for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
      if (!ASCII_LETTER.test(lower.charAt(at - 1)) && !ASCII_LETTER.test(lower.charAt(at + w.length))) return true;
    }
  }
  return false;
}
/** The pattern of hasHeadWord for a head, made once. */
function headPatternOf(head: string): RegExp {
  let rx = headPatterns.get(head);
  if (!rx) {
    rx = new RegExp(`(?<![\\p{L}])(?:${(HEAD_SYNONYMS[head] ?? [head]).map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
    if (headPatterns.size >= HEAD_PATTERNS_MAX) headPatterns.clear(); // bounded
    headPatterns.set((` ${head}`).slice(1), rx); // a copy: the key must not keep its article alive
  }
  return rx;
}

/** A party tag's state ("Vt.", "N.Y.", "Utah") written for a state named in full ("Vermont", "New York", "Utah"): the
 *  tag's letters in order in the name, the first letters alike. */
function stateMatches(tag: string, state: string): boolean {
  const letters = tag.replace(/\./gu, '').toLowerCase();
  const full = state.toLowerCase();
  if (!letters || letters.charAt(0) !== full.charAt(0)) return false;
  let i = 0;
  for (const ch of full) if (ch === letters[i]) i++;
  return i === letters.length;
}

/** Kind nouns that introduce a body set over others: "the regulator X", "the watchdog X" is no company (HEAD_SYNONYMS.regulator). */
const REGULATOR_HEADS = new Set([...(HEAD_SYNONYMS.regulator ?? []), 'watchdog']);
/** Heads of institutions: a description with one of these stands only for a body that is no company. */
const INSTITUTION_HEADS = new Set(['ministry', 'department', 'agency', 'council', 'court', 'union', 'commission', 'committee', 'university', 'hospital', 'police', 'army', 'military', 'club', 'board', 'party']);

function headFits(head: string, name: string): boolean {
  const lower = name.toLowerCase();
  if (INSTITUTION_HEADS.has(head)) {
    return lower.includes(head) || !/\b(inc|corp|ltd|llc|plc|systems|technologies|labs|company)\b/u.test(lower);
  }
  return true;
}

/** A body whose name ends in a public institution's head word ("Supreme Court", "Interior Ministry") other than `head`
 *  (a union or a party may be an alliance's or a campaign's own name). */
function institutionNamed(name: string, head: string): boolean {
  const own = nameHead(name).toLowerCase();
  return INSTITUTION_HEADS.has(own) && own !== 'union' && own !== 'party' && !name.toLowerCase().includes(head);
}

/** Whether a noun in apposition after a name says it is a body: a definite description's organisation noun, a body's
 *  name head ("network", "trust") or a business's kind (speakers.json bodyDescriptors); never a role noun, a trade a
 *  person may have ("developer", "insurer"), or a place's noun. */
function bodyNoun(noun: string): boolean {
  if (ROLE_NOUNS[noun] !== undefined || PERSONISH_BODY_NOUNS.has(noun) || PLACE_NOUNS.has(noun)) return false;
  return DEFINITE_DESCRIPTIONS[noun] === 'organization' || ORG_HEADS.has(noun) || BODY_DESCRIPTOR_WORDS.has(noun);
}

/** The heads of public bodies' names, no team, firm or campaign a description names (speakers.json publicBodyNameHeads). */
const PUBLIC_BODY_NAME_HEADS: ReadonlySet<string> = new Set(COREFERENCE_WORDS.publicBodyNameHeads);
/** Description heads of a business, a team or a campaign (speakers.json tradeOrSideHeads). */
const TRADE_OR_SIDE_HEADS: ReadonlySet<string> = new Set(COREFERENCE_WORDS.tradeOrSideHeads);

/** For a speaker: as headFits, and a body named by another institution's head word is no such body ("The port authority
 *  said" is not the union named before). */
function speakerHeadFits(head: string, name: string): boolean {
  if (!headFits(head, name)) return false;
  // ("The team declined to comment" after the Cycling Integrity Agency and the team it suspended: a body whose own name
  // ends in a public body's or an association's head is not what a business's, a team's or a campaign's noun refers to)
  if (TRADE_OR_SIDE_HEADS.has(head) && !name.toLowerCase().includes(head)) {
    const own = nameHead(name).toLowerCase();
    if (PUBLIC_BODY_NAME_HEADS.has(own) && !(HEAD_SYNONYMS[head] ?? []).includes(own)) return false;
  }
  if (!(INSTITUTION_HEADS.has(head) || head === 'authority') || name.toLowerCase().includes(head)) return true;
  const own = nameHead(name).toLowerCase();
  return !ORG_HEADS.has(own) || synonymsFor(head, name).includes(own);
}

/** ", which represents 4,000 nurses", ", representing dock workers": a clause after a body's name saying whose body it is
 *  (a plural of people, perhaps counted, or staff). */
const REPRESENTING = /^[^\S\n]*,[^\S\n]+(?:(?:which|that|who)[^\S\n]+represents?|representing)[^\S\n]+(?:(?:about|around|some|more[^\S\n]+than|nearly|almost|over|the|its|their)[^\S\n]+)?(?:[\d,.]+[^\S\n]+)?(?:[\p{L}-]+[^\S\n]+){0,2}?(?:\p{Ll}{3,}s|staff|people|personnel)(?![\p{L}’'-])/u;
/** A company's legal form written at the end of its name ("Company", "Ltd", "plc"): the words HEAD_SYNONYMS gives "company". */
const LEGAL_FORMS = new Set(HEAD_SYNONYMS.company ?? []);
/** A name's last word, lowercased, before any words of a legal form ("Hollowbrook Brewing Company" → "brewing"). */
function lastBeforeLegalForm(name: string): string {
  const words = name.toLowerCase().split(/\s+/u);
  let end = words.length;
  while (end > 1 && LEGAL_FORMS.has(words[end - 1] as string)) end--;
  return words[end - 1] ?? '';
}

/** The head word of a body's name: its last word, or the word before "of" ("Ministry of Defence" → "Ministry"). */
function nameHead(name: string): string {
  const words = name.split(/\s+/u);
  const of = words.findIndex((w, i) => i > 0 && /^(?:of|for)$/u.test(w));
  return (of > 0 ? words[of - 1] : words[words.length - 1]) ?? name;
}

/** Whether a word before a name is a title that names a post or a rank ("Sen.", "Gen.", "Colonel", "Mayor"), not a
 *  courtesy ("Mr.", "Dr."). */
function postTitle(w: string): boolean {
  return !COURTESY_TITLES.has(w) && (HONORIFICS.has(w) || RANK_TITLE_ROLES.has(w) || TITLE_ROLES[w] !== undefined);
}

/** Whether an apposition names a past post or a tie to someone rather than a post held now ("a former spokesman", "an
 *  ex-army officer", "a close adviser to the mayor"): the first word after its article says so. */
function pastOrTie(apposition: string | undefined): boolean {
  // (an age before it, "a 46-year-old former judge", dates the holder no more than it places them)
  const first = /^[^\S\n]*(?:(?:a|an|the|its|their|his|her)[^\S\n]+)?(?:\d{1,3}-year-old[^\S\n]+)?([\p{L}-]+)/iu.exec(apposition ?? '')?.[1]?.toLowerCase() ?? '';
  return PAST_OR_TIE_WORDS.has(first) || first.startsWith('ex-');
}

/** The last role noun of a run of words, a two-word one first ("the airline’s chief executive" → chief executive). */
function pickRole(words: string[]): string | null {
  for (let i = words.length - 1; i >= 0; i--) {
    const two = ROLE_NOUNS[`${words[i - 1] ?? ''} ${words[i]}`];
    if (two) return two;
    const one = ROLE_NOUNS[(words[i] as string).replace(/[,.]$/u, '')];
    if (one) return one;
  }
  return null;
}

/** A role noun, singular or in its regular plural ("economists", "analysts"). */
function roleNoun(w: string): string | undefined {
  // ("witnesses", "coaches": a plural in -es after a sibilant)
  return ROLE_NOUNS[w] ?? (/[^s]s$/u.test(w) ? ROLE_NOUNS[w.slice(0, -1)] : undefined) ?? (/(?:ss|sh|ch|x)es$/u.test(w) ? ROLE_NOUNS[w.slice(0, -2)] : undefined);
}

/** Whether a body's role is written in its mention only as a capitalised word inside the body's name, not first ("The
 *  Software Staff Guild", "the Association of General Practitioners"), and nowhere in lower case ("a Kipworth spokesman",
 *  "Prosecutors from the unit" keep theirs). */
function roleOnlyInName(role: string, mention: string): boolean {
  const words = mention.split(/\s+/u).map((w) => w.replace(/[,.;:“”"()]/gu, '').replace(/[’']s$/u, '')).filter(Boolean);
  const is = (w: string): boolean => roleNoun(w.toLowerCase()) === role || ROLE_NOUNS[singularOf(w.toLowerCase())] === role;
  const lower = words.some((w) => /^\p{Ll}/u.test(w) && is(w));
  const inName = words.some((w, i) => i > 0 && /^\p{Lu}/u.test(w) && !/^(?:The|A|An)$/u.test(words[i - 1] ?? '') && is(w));
  return inName && !lower;
}

/** A role noun in the singular when it is a plural of a known role or occupation ("midwives" → midwife, "crew members" →
 *  crew member); anything else as it is. */
function singularRole(role: string): string {
  const words = role.split(' ');
  const last = words[words.length - 1] as string;
  const one = singularOf(last);
  if (one === last) return role;
  return OCCUPATION_NOUNS.has(one) || ROLE_NOUNS[one] !== undefined ? [...words.slice(0, -1), one].join(' ') : role;
}

/** A word in its singular, as the occupation lists hold it ("aides", "ombudsmen", "midwives"). */
/** GUIDE decision 47: "two members of the lab" → "member of the lab", "two cashiers who work for the grocer" →
 *  "pharmacist who works for the chain", "several producers" → "producer"; null for a description with no count. */
function oneOfCounted(name: string): string | null {
  const words = name.split(' ');
  if (words.length < 2 || !COUNT_WORDS.has((words[0] as string).toLowerCase()) || ['one', 'another', 'each'].includes((words[0] as string).toLowerCase())) return null;
  const rest = words.slice(1);
  let head = rest.findIndex((w, i) => i > 0 && /^(?:of|who|at|in|from|with|on|for|that)$/u.test(w));
  head = head < 0 ? rest.length - 1 : head - 1;
  const noun = rest[head] as string;
  if (!/^\p{Ll}+s$/u.test(noun) && !/men$/u.test(noun)) return null;
  rest[head] = singularOf(noun);
  const who = rest.indexOf('who', head);
  const verb = who > 0 ? rest[who + 1] : undefined;
  const agreed: Readonly<Record<string, string>> = { are: 'is', were: 'was', have: 'has', do: 'does' };
  if (verb !== undefined) rest[who + 1] = agreed[verb] ?? (/^\p{Ll}+$/u.test(verb) && !/(?:s|ed)$/u.test(verb) ? `${verb}s` : verb);
  return rest.join(' ');
}

/** GUIDE decision 47: "one resident" → resident, "another mother" → mother, "one of the welders" → welder; null for any
 *  other name. */
function memberOwnName(name: string): string | null {
  const of = /^(?:one|another)[^\S\n]+of[^\S\n]+(?:the|its|their)[^\S\n]+(\p{Ll}.*)$/iu.exec(name);
  if (of?.[1]) return oneOfCounted(`two ${of[1]}`);
  const own = /^(?:one|another)[^\S\n]+(?!of[^\S\n])(\p{Ll}[\p{Ll}-]*(?:[^\S\n].*)?)$/iu.exec(name);
  return own?.[1] && headRole(own[1]) !== null ? own[1] : null;
}

function singularOf(w: string): string {
  if (/men$/u.test(w)) return `${w.slice(0, -3)}man`;
  if (/wives$/u.test(w)) return `${w.slice(0, -5)}wife`;
  return /[^s]s$/u.test(w) ? w.slice(0, -1) : w;
}

/** The occupation the last words of a noun phrase name ("a senior environment artist" → environment artist, "two
 *  council aides" → aide): a two-word occupation first, then a lone occupation noun, singular; null when the phrase
 *  ends in none. A role noun with a job word before it that makes a listed two-word occupation is one too ("three crew
 *  members" → crew member). */
function occupationIn(words: readonly string[]): string | null {
  const ws = words.map((w) => w.toLowerCase().replace(/[,.;:“”"()]/gu, '')).filter(Boolean);
  const last = ws[ws.length - 1];
  if (!last) return null;
  const head = singularOf(last);
  const compound = `${ws[ws.length - 2] ?? ''} ${head}`;
  if (OCCUPATION_COMPOUNDS.has(compound)) return compound;
  return OCCUPATION_NOUNS.has(head) ? head : null;
}

/** A description that counts its people, whatever kind it was read as ("One curator", "Two officers at the prison",
 *  "Another keeper"): its head noun gives the role as an unnamed source's does. */
const COUNTED_DESCRIPTION = new RegExp(`^(?:${[...COUNT_WORDS].join('|')})\\s+\\p{L}`, 'iu');


/** "Another mother", "one father", "a mum": an unnamed parent of the children a story is about, role parent (GUIDE
 *  decision 27); "his mother", "the mother of the boy" are a tie to someone, no role. */
function parentRole(mention: string): string | null {
  const words = mention.toLowerCase().split(/\s+/u).filter(Boolean);
  return words.length === 2 && PARENT_NOUNS.has(words[1] as string) && (COUNT_WORDS.has(words[0] as string) || ARTICLES.test(`${words[0]} `)) && words[0] !== 'the' ? 'parent' : null;
}

/** The role an unnamed source's description gives ("two council aides" → aide, "one of the welders" → welder, "a former
 *  night manager at the bakery" → night manager): the head noun of its first noun phrase, when it is a role noun
 *  or a listed occupation; a two-word occupation stays whole. */
function headRole(name: string): string | null {
  const written = name.split(/\s+/u).filter(Boolean);
  let words = written.map((w) => w.toLowerCase());
  // ("one of the welders", "two of its largest customers": the people counted out of the phrase after "of")
  const of = COUNT_WORDS.has(words[0] ?? '') && words[1] === 'of' ? 2 : 0;
  const keep = (w: string, i: number): boolean => !(i === 0 && /^(?:the|its|their|his|her|a|an)$/u.test(w));
  words = words.slice(of).filter(keep);
  const end = words.findIndex((w, i) => i > 0 && UNNAMED_HEAD_ENDS.has(w));
  const phrase = end > 0 ? words.slice(0, end) : words;
  // The head must be a lower-case noun: "Three Rangers" are a club's players, not park rangers (a lone word may be
  // capitalised only as a sentence's first: "Officials").
  const writtenPhrase = written.slice(of).filter((w, i) => keep(w.toLowerCase(), i)).slice(0, phrase.length);
  if (writtenPhrase.length > 1 && /^\p{Lu}/u.test(writtenPhrase[writtenPhrase.length - 1] ?? '')) return null;
  const job = occupationIn(phrase);
  if (job && TIE_OCCUPATIONS.has(job) && !['at', 'in'].includes(words[end] ?? '')) return null;
  if (job) return job;
  const last = phrase[phrase.length - 1] ?? '';
  const noun = roleNoun(last) ?? ROLE_NOUNS[singularOf(last)];
  return noun ?? null;
}

function startsLowerPersonRole(role: string, lowerWords: string[]): boolean {
  // "a former Kipworth engineer" is still a role phrase of the organisation; this only guards generic people nouns.
  return role === 'resident' || role === 'parent' || role === 'student' || (lowerWords.length === 1);
}

/** The capitalised words that end a phrase; with `joined`, a name's lower-case "of", "for" or "and" between two of them
 *  belongs to it ("the Court of Appeal", "the Department of Health and Human Services"). */
function trailingCapitals(words: string[], joined = false): string[] {
  const out: string[] = [];
  const capital = (w: string): boolean => /^\p{Lu}/u.test(w) && !HONORIFICS.has(w.toLowerCase()) && !CALENDAR_WORDS.has(w.toLowerCase().replace(/,$/u, ''));
  // ("analyst Jun Mairet", "Judge April Stone": a month word that is also a given name, right before the surname, with
  // the phrase's start or a title before it, opens the name; "on May Smith's orders" keeps its lower-case word before it)
  const givenMonth = (i: number): boolean => out.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(words[i] as string) && GIVEN_NAME_MONTHS.has((words[i] as string).toLowerCase())
    && (i === 0 || /^\p{Lu}/u.test(words[i - 1] as string));
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as string;
    if (capital(w) || givenMonth(i)) out.unshift(w.replace(/,$/u, ''));
    else if (joined && out.length > 0 && /^(?:of|for|and)$/u.test(w) && i > 0 && capital(words[i - 1] as string)) out.unshift(w);
    else break;
  }
  return out;
}

/**
 * GUIDE decision 36: a document is named by its head noun with the words before it that say what kind of document it is;
 * what follows the noun and says who wrote, commissioned, holds or sent it, or when, is no part of the name ("a report
 * by the county's highway engineers" → report, "figures the company filed with the regulator" → figures, "an internal
 * briefing seen by the paper" → internal briefing), nor is a possessive determiner with its own/latest/last/new ("the
 * operator's new tariff" → tariff). Only lower-case modifiers (a capitalised word may be an outlet or a title), no "of"
 * complement (kept whole elsewhere), and no document its maker speaks through (a letter's or petition's signers).
 */
function documentByHead(clean: string): (Omit<Speaker, 'mention'> & { resolvedVia: string }) | null {
  const words = clean.split(' ');
  const lower = words.map((w) => w.toLowerCase());
  let from = /^(?:a|an|the|this|that|these|those|its|their|his|her|our)$/u.test(lower[0] ?? '') ? 1 : 0;
  let possessed = /^(?:its|their|his|her|our)$/u.test(lower[0] ?? '');
  for (let k = from; k < Math.min(words.length - 1, from + 3); k++) {
    const w = words[k] as string;
    if (!/^\p{Ll}[\p{Ll}-]*(?:[’']s|s[’'])?$/u.test(w)) break;
    if (/[’']s?$/u.test(w)) { from = k + 1; possessed = true; break; }
  }
  if (possessed && /^(?:own|latest|last|new)$/u.test(lower[from] ?? '')) from++;
  // (with nothing after the head, only a possessive to drop: "the operator's new tariff"; "the annual report" is read elsewhere)
  for (let h = from; h < (possessed ? words.length : words.length - 1) && h < from + 4; h++) {
    if (!/^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(words[h] as string)) return null;
    const head = lower[h] as string;
    const two = h > from ? `${lower[h - 1] as string} ${head}` : '';
    if (!(DOCUMENT_HEADS.has(head) || (two && DOCUMENT_HEADS.has(two))) || SIGNED_DOCUMENT_HEADS.has(head) || UTTERANCE_HEADS.has(head)) continue;
    const next = lower[h + 1] ?? '';
    if (next !== '' && !DOCUMENT_POSTMODIFIER_OPENERS.has(next) && !/^\p{Ll}{3,}ed$/u.test(next)) continue;
    const name = words.slice(from, h + 1).filter((w) => !/^\d/u.test(w)).join(' ');
    if (!name) return null;
    // (its author or source after "by" or "from" is its affiliation: "a memo from the harbour master's office")
    const author = next === 'by' || next === 'from' ? words.slice(h + 2).join(' ').replace(ARTICLES, '') : '';
    return { name, kind: 'document', role: null, resolvedVia: 'document:head-before-modifier', ...(author ? { affiliation: author } : {}) };
  }
  return null;
}

/**
 * The kind a body's own name gives a collective (GUIDE, decisions of the twenty-first session: action groups and named
 * campaigns are groups, residents' groups and committees too; trade unions and associations are organisations): a name
 * ending in "Group" or "Committee" after a plural possessive or a word of campaigning ("Tarn Creditors’ Group", "Elm
 * Residents’ Committee", "Quorhorne Flood Action Group"), or in "Campaign", "Coalition" or "Movement". Undefined otherwise
 * ("Halden Group", "the Audit Committee" stay as they are read).
 */
function collectiveNameKind(name: string): SpeakerKind | undefined {
  const words = name.split(/\s+/u);
  if (words.length < 2) return undefined;
  const last = (words[words.length - 1] as string).toLowerCase();
  const before = words[words.length - 2] as string;
  if (GROUP_NAME_HEADS.has(last)) return 'group';
  if ((last === 'group' || last === 'committee') && (/\p{L}s[’']$/u.test(before) || COLLECTIVE_GROUP_MODIFIERS.has(before.toLowerCase()) || before.toLowerCase() === 'action')) return 'group';
  return undefined;
}

function kindOfOrg(name: string): SpeakerKind {
  const lw = name.toLowerCase().split(/\s+/u);
  const last = lw[lw.length - 1] as string;
  const collective = collectiveNameKind(name);
  if (collective) return collective;
  if (MEDIA_HEADS.has(last) && lw.length > 1) return 'media';
  if (GROUP_HEADS.has(last) && !ORG_HEADS.has(last)) return 'group';
  // ("Protect Our Parks": a campaign, by the verb its name opens with)
  if (lw.length > 1 && CAMPAIGN_VERBS.has(lw[0] as string) && /^\p{Lu}/u.test(name)) return 'group';
  return 'organization';
}

/** As INTRODUCING_NOUN, with a plural possessor among the modifiers ("the shoppers’ group …", "the workers’ union …"). */
const INTRODUCING_KIND = /(?<![\p{L}])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)[^\S\n]+(?:[\p{Ll}-]+(?:s[’'])?[^\S\n]+){0,2}?([\p{Ll}-]+),?[^\S\n]+$/u;
/** The description head that introduces a name written right after it ("the consumer group Fair Deal Ostrava" → group). */
function introducingHead(text: string, at: number): string | undefined {
  const head = INTRODUCING_KIND.exec(text.slice(Math.max(0, at - 60), at))?.[1]?.toLowerCase();
  if (!head) return undefined;
  return DESCRIPTION_HEAD.test(head) ? head : undefined;
}

/** The head nouns of definite descriptions that stand for a body named before (one list for both patterns). */
const DESCRIPTION_HEADS = 'company|firm|ministry|department|agency|government|military|army|council|court|board|regulator|union|club|team|hospital|university|district|authority|commission|committee|campaign|group|coalition|organi[sz]ation|charity|city|police|force|watchdog|startup|giant|contractor|operator|network|newspaper|laboratory|lab|airport|port|trust|institute|service|federation|association|developer|retailer|insurer|airline|bank|plant|manufacturer|supplier|provider';
// (" governing body,", " organising committee said": a participle and a body's head noun after a cut description)
const PARTICIPLE_HEAD_AFTER = new RegExp(`^[^\\S\\n]+\\p{Ll}+ing[^\\S\\n]+(?:body|${DESCRIPTION_HEADS})(?![\\p{L}’'-])`, 'u');
const DESCRIPTION = new RegExp(`\\b(?:the|this) (${DESCRIPTION_HEADS})\\b`, 'giu');
/** A description head alone, as the kind noun before a name ("the pension fund …" too). */
const DESCRIPTION_HEAD = new RegExp(`^(?:${DESCRIPTION_HEADS}|fund)$`, 'u');

/**
 * Definite descriptions ("the company", "the hospital") as mentions of an earlier name, in one pass: the latest name
 * that carries the description's head ("the hospital" → "St. Hobling’s University Hospital"), else the latest
 * organisation the head fits.
 */
function withDescriptions(text: string, names: Mention[]): Mention[] {
  const out: Mention[] = [...names];
  let i = 0;
  let lastOrg: Mention | undefined;
  let lastGroup: Mention | undefined;
  // The kind noun that introduced each name ("the consumer group Fair Deal Ostrava", "the regulator Ofmar"): the name
  // is a body of that kind, whatever its words look like, and a description with another body's kind noun is not it.
  const introduced = names.map((n) => introducingHead(text, n.start));
  const fallbackFits = (k: number, head: string): boolean => {
    const by = introduced[k];
    return by === undefined || by === head || (HEAD_SYNONYMS[head] ?? []).includes(by) || (HEAD_SYNONYMS[by] ?? []).includes(head);
  };
  DESCRIPTION.lastIndex = 0;
  for (let m = DESCRIPTION.exec(text); m; m = DESCRIPTION.exec(text)) {
    const head = (m[1] ?? '').toLowerCase();
    while (i < names.length && (names[i] as Mention).start < m.index) {
      const n = names[i] as Mention;
      const by = introduced[i];
      const kind = by ? DEFINITE_DESCRIPTIONS[by] : undefined;
      if (n.kind === 'organization' || n.kind === 'media' || (kind === 'organization' && n.kind === 'person')) lastOrg = n;
      if (n.kind === 'group' || (by && ['campaign', 'group', 'coalition', 'network'].includes(by))) lastGroup = n;
      i++;
    }
    let ref: Mention | undefined;
    // the latest earlier name with the head word, or introduced by it (scan back over at most a few dozen names)
    for (let k = i - 1, seen = 0; k >= 0 && seen < 60 && !ref; k--, seen++) {
      const n = names[k] as Mention;
      if (introduced[k] === head || (n.kind !== 'person' && n.kind !== 'document' && hasHeadWord(head, n.name))) ref = n;
    }
    if (!ref) ref = ['campaign', 'group', 'coalition', 'network'].includes(head) ? lastGroup ?? lastOrg : lastOrg;
    // (the latest organisation, when another kind noun introduced it, is not what "the company" stands for: the latest
    // one its kind noun does not contradict)
    if (ref && !fallbackFits(names.indexOf(ref), head) && !hasHeadWord(head, ref.name)) {
      ref = undefined;
      for (let k = i - 1, seen = 0; k >= 0 && seen < 60 && !ref; k--, seen++) {
        const n = names[k] as Mention;
        if ((n.kind === 'organization' || n.kind === 'media') && fallbackFits(k, head)) ref = n;
      }
    }
    if (ref) {
      const by = introduced[names.indexOf(ref)];
      const kind = ref.kind === 'person' && by ? DEFINITE_DESCRIPTIONS[by] ?? ref.kind : ref.kind;
      if (headFits(head, ref.name) || introduced[names.indexOf(ref)] === head) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: kind as Mention['kind'], name: ref.name, role: null, number: 'singular' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const aliasPatterns = new WeakMap<SpeakerRegistry, RegExp | null>();

/** Registry names and aliases as written in the text ("the Israeli military" is no proper-noun run). */
function registryMentions(text: string, registry: SpeakerRegistry): Mention[] {
  let rx = aliasPatterns.get(registry);
  if (rx === undefined) {
    const names = registry.entries.flatMap((e) => [e.name, ...e.aliases]).filter((n) => n.length > 2 && /\s/u.test(n));
    names.sort((a, b) => b.length - a.length);
    rx = names.length ? new RegExp(`(?<![\\p{L}])(?:${names.map((n) => escapeRegExp(n)).join('|')})(?![\\p{L}])`, 'giu') : null;
    aliasPatterns.set(registry, rx);
  }
  if (!rx) return [];
  const out: Mention[] = [];
  rx.lastIndex = 0;
  for (let m = rx.exec(text); m; m = rx.exec(text)) {
    const e = registry.lookup(m[0]);
    if (e) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: e.kind, name: e.name, role: null, number: 'singular' });
  }
  return out;
}

/** Runs of proper nouns (with inner "of", "for", "&"), as written, in text order. */
export function properNameRuns(text: string, tokens: readonly Token[]): TextSpan[] {
  const out: TextSpan[] = [];
  // Words the article also writes in lower case: a capital at a sentence's start does not make them names
  // ("Shutting the branch was right", "Security researcher Priya Jelmere", "Everything we did").
  const lowerWords = new Set<string>();
  const opensLower = /^\p{Ll}/u; // (once: a literal in the loop is a new RegExp object per token)
  for (const t of tokens) if (opensLower.test(t.text)) lowerWords.add(t.text);
  const opensSentence = (k: number): boolean => {
    let p = k - 1;
    while (p >= 0 && QUOTE_MARKS[(tokens[p] as Token).text] !== undefined && (tokens[p] as Token).sentence === (tokens[k] as Token).sentence) p--;
    return p < 0 || (tokens[p] as Token).sentence !== (tokens[k] as Token).sentence;
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (t.pos !== 'PROPN' || !/^[\p{Lu}\d+]/u.test(t.text)) { i++; continue; }
    let j = i;
    while (j + 1 < tokens.length) {
      const n = tokens[j + 1] as Token;
      // a headline's last word and the next line's first are no one name ("… approved\nFor Kipham")
      if (text.slice((tokens[j] as Token).end, n.start).includes('\n')) break;
      if ((n.pos === 'PROPN' || (n.pos === 'NUM' && /^\d+$/u.test(n.text))) && /^[\p{Lu}\d+]/u.test(n.text) && n.sentence === t.sentence) { j++; continue; }
      // "Kovač", "Nowaković": letters the tokenizer split off a word it could not read whole (a letter outside its
      // alphabet) belong to it, with no space between them
      if (n.start === (tokens[j] as Token).end && /^\p{L}+$/u.test(n.text) && /\p{L}$/u.test((tokens[j] as Token).text) && n.sentence === t.sentence) { j++; continue; }
      // "Ridgeway General Hospital", "Harbour Licensing Board": a capitalised head word the tagger read as a noun
      if (/^\p{Lu}/u.test(n.text) && n.sentence === t.sentence && (ORG_HEADS.has(n.normal) || GROUP_HEADS.has(n.normal))) { j++; continue; }
      const n2 = tokens[j + 2];
      // "St. Anselm’s University Hospital", "St Mary's College": a saint's possessive inside an institution's name
      if (/^[’']s$/u.test(n.text) && /^(st\.?|saint)$/iu.test(t.text) && j === i + 1 && n2 && /^\p{Lu}/u.test(n2.text) && n2.sentence === t.sentence) { j += 1; continue; }
      // "Balwyn-Hart", "Garcia-Lopez": a double-barrelled surname, written without spaces
      if (/^[-‐]$/u.test(n.text) && n.start === (tokens[j] as Token).end && n2 && n2.start === n.end && n2.pos === 'PROPN' && /^\p{Lu}/u.test(n2.text)) { j += 2; continue; }
      // "the Health and Safety Executive", "the Food and Drug Administration": one word after "the", then "and" and a run
      // of two or more capitalised words, is one body's name (not "the Valdora and Keshmir delegations")
      if (n.normal === 'and' && j === i && i > 0 && !/s$/u.test(t.text) && !HONORIFICS.has(t.normal) && (tokens[i - 1] as Token).normal === 'the' && n2 && /^\p{Lu}/u.test(n2.text) && n2.sentence === t.sentence) {
        let k = j + 2;
        while (k + 1 < tokens.length && /^\p{Lu}/u.test((tokens[k + 1] as Token).text) && ((tokens[k + 1] as Token).pos === 'PROPN' || ORG_HEADS.has((tokens[k + 1] as Token).normal) || AND_NAME_HEADS.has((tokens[k + 1] as Token).normal)) && (tokens[k + 1] as Token).sentence === t.sentence) k++;
        // (only a run ending in a body's head word, "… Executive", "… Administration", and not after a first word that is
        // a body of its own: in capitals, a body on its own (speakers.json andNameNotFirst) or a known name, "the FBI and Justice Department", "the Senate and
        // House Democrats", "the Pentagon and State Department" are two)
        const first = t.text;
        // (the head after a plural possessive: "the Bus and Tram Drivers’ Union")
        const after = tokens[k + 1];
        const headTok = (after && /^[’']$/u.test(after.text) && tokens[k + 2] && /^\p{Lu}/u.test((tokens[k + 2] as Token).text) ? tokens[k + 2] : tokens[k]) as Token;
        if (k > j + 2 && (ORG_HEADS.has(headTok.normal) || AND_NAME_HEADS.has(headTok.normal)) && !/^[\p{Lu}.]{2,}$/u.test(first) && !AND_NAME_NOT_FIRST.has(t.normal)
          && !DEFAULT_REGISTRY.lookup(first)) { j = k; continue; }
      }
      if ((n.normal === 'of' || n.normal === 'for' || n.normal === '&' || (n.pos === 'ADP' && /^\p{Lu}/u.test(n.text) && n.sentence === t.sentence)) && n2 && n2.pos === 'PROPN' && /^\p{Lu}/u.test(n2.text)) { j += 2; continue; }
      // "Protect Our Parks", "Keep Your Buses": a capitalised possessive pronoun inside a campaign's name, before a
      // capitalised word
      if (n.pos === 'PRON' && /^(?:Our|Your|Their|My)$/u.test(n.text) && n.sentence === t.sentence && n2 && n2.pos === 'PROPN' && /^\p{Lu}/u.test(n2.text) && n2.sentence === t.sentence) { j += 2; continue; }
      // "the Corgate Valley Teachers’ Association": a plural possessive inside a name, when a capitalised head follows.
      if (/^[’']$/u.test(n.text) && /s$/u.test((tokens[j] as Token).text) && n2 && n2.pos === 'PROPN' && /^\p{Lu}/u.test(n2.text) && n2.sentence === t.sentence) { j += 2; continue; }
      break;
    }
    // "Nadia Frost QC", "Dan Galstow MP": letters of a rank or an honour after a name are no part of it (but "the Kestraven
    // MP" is a description, the letters its head); nor are they a name of their own ("KC" read as a body, which "the
    // company" then pointed to): the scan goes on after them
    const runEnd = j;
    while (j > i && POST_NOMINALS.has((tokens[j] as Token).text) && !/(?<!\p{L})(?:the|a|an|its|their|his|her|our)[^\S\n]+$/iu.test(text.slice(Math.max(0, t.start - 8), t.start))) j--;
    // "Shareholders of Corlan Foods Inc. filed …", "Customers of Pimham Mobile said": a body's people, capitalised only to
    // open the sentence (or after a dateline), are no word of the body's name, which starts after "of"
    if (j >= i + 2 && /^\p{Lu}\p{Ll}+$/u.test(t.text) && PEOPLE_OF_BODY.has(t.normal) && ['of', 'at'].includes((tokens[i + 1] as Token).normal)) i += 2;
    // "The Justice Department", "the Energy Department": a capitalised word the tagger read as a common noun, inside the
    // sentence, before a body's head word that opens the run is the body's first word
    if (i === j && i > 0 && ORG_HEADS.has(t.normal) && !['co', 'co.', 'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'plc', 'gmbh'].includes(t.normal)) {
      const p = tokens[i - 1] as Token;
      // (not when a name comes before it: "the Harlow City Council" is one name, which the run of "Harlow" takes whole)
      const pp = i - 2 >= 0 ? tokens[i - 2] as Token : undefined;
      const nameBefore = pp !== undefined && pp.pos === 'PROPN' && /^\p{Lu}/u.test(pp.text) && pp.sentence === t.sentence;
      if (p.pos === 'NOUN' && /^\p{Lu}\p{Ll}+$/u.test(p.text) && p.sentence === t.sentence && !opensSentence(i - 1) && p.end + 1 === t.start && !nameBefore) i--;
    }
    // "Keep Galmere Local", "Save Orwell Green": a capitalised verb of a campaign's name, which the tagger reads as a verb,
    // right before the run opens it
    const verbBefore = i > 0 ? tokens[i - 1] as Token : undefined;
    if (verbBefore && verbBefore.sentence === t.sentence && /^\p{Lu}\p{Ll}+$/u.test(verbBefore.text) && CAMPAIGN_VERBS.has(verbBefore.normal) && verbBefore.end + 1 === t.start && (i < 2 || (tokens[i - 2] as Token).pos !== 'PROPN' || opensSentence(i - 1))) i--;
    // "Former Rovers captain Owen Nobling", "Retired Army Col. Ann Wade": an adjective opening the sentence is no part of a name
    if (j > i && opensSentence(i) && NAME_PRECEDING_ADJECTIVES.has((tokens[i] as Token).normal)) i++;
    // "Retailer Pimham said", "Carmaker Dunmore Motors said": nor is a noun of the kind of body the name is
    else if (j > i && opensSentence(i) && BODY_DESCRIPTOR_WORDS.has((tokens[i] as Token).normal)) i++;
    // ("Producer Hanne Dahl said", "Mechanic Ole Brandt told": an occupation opening the sentence before a first and
    // last name is its title, no part of the name)
    // (a tie occupation too, "Partner Ines Dunham said": capitalised as a title with no possessive before it, it is the post)
    else if (j >= i + 2 && opensSentence(i) && /^\p{Lu}\p{Ll}+$/u.test((tokens[i] as Token).text) && OCCUPATION_NOUNS.has((tokens[i] as Token).normal)) i++;
    const a = tokens[i] as Token;
    const b = tokens[j] as Token;
    const lower = a.text.toLowerCase();
    // (and a gerund opening a clause with its object: "Shutting the branch was the correct decision")
    const gerund = /ing$/u.test(lower) && ['DET', 'PRON'].includes((tokens[j + 1] as Token | undefined)?.pos ?? '');
    const commonWord = i === j && opensSentence(i) && (lowerWords.has(lower) || CLOSED_CLASS_STARTERS.has(lower) || gerund);
    // "HALDEN — The hospital said …": a dateline in capitals at a line's start is a place, not a name
    const dateline = i === j && a.text.length > 2 && a.text === a.text.toUpperCase() && /(^|\n)[^\S\n]*$/u.test(text.slice(Math.max(0, a.start - 3), a.start)) && /^\s*[—–-]/u.test(text.slice(b.end, b.end + 3));
    if (!commonWord && !dateline) out.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end) });
    i = runEnd + 1;
  }
  return out;
}


/** The sentence a text offset falls in (the last token starting at or before it). */
function sentenceIndex(tokens: readonly Token[]): (at: number) => number {
  return (at) => {
    const lo = firstIndex(tokens.length, (i) => (tokens[i] as Token).start <= at);
    return lo > 0 ? (tokens[lo - 1] as Token).sentence : 0;
  };
}

/** Whether an offset lies inside any of the spans (which may overlap), in log time. */
function insideSpans(spans: readonly TextSpan[]): (at: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const s of sorted) maxEnd.push(Math.max(s.end, maxEnd[maxEnd.length - 1] ?? 0));
  return (at) => {
    const lo = firstIndex(sorted.length, (i) => (sorted[i] as TextSpan).start <= at);
    return lo > 0 && (maxEnd[lo - 1] as number) > at;
  };
}

/** A word of a title rather than of a name: "Minister", "Gov.", "Colonel", "Deputy". */
function isTitleWord(lower: string): boolean {
  return HONORIFICS.has(lower) || ROLE_NOUNS[lower] !== undefined || RANKS.has(lower) || TITLE_MODIFIERS.has(lower);
}


/** Small words a title in title case keeps in lower case ("Salt and Iron", "A Year of the Storm"). */
const TITLE_JOINERS = new Set(['and', 'of', 'the', 'a', 'an', 'in', 'on', 'at', 'for', 'to', 'or', 'by', 'with', 'from', '&']);
/**
 * Whether a name lies inside a work's title in quotation marks within a sentence: two to six words, each capitalised or
 * a small joining word, no punctuation inside, and a word of the sentence right before the opening mark (a quote that
 * opens a sentence or ends in a comma, "“Never Again,” she said", is speech, not a title).
 */
function inQuotedTitle(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 80), start);
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('"'));
  if (open < 0) return false;
  const openAt = start - before.length + open;
  const closeRx = /["”]/gu;
  closeRx.lastIndex = end;
  const close = closeRx.exec(text);
  if (!close || close.index - end > 80) return false;
  const inner = text.slice(openAt + 1, close.index);
  if (/[\n,.;:!?“”"]/u.test(inner)) return false;
  const words = inner.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 6) return false;
  if (!words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && TITLE_JOINERS.has(w)))) return false;
  const lead = text.slice(Math.max(lineStart, openAt - 30), openAt);
  if (!/\p{L}[^\S\n]+$/u.test(lead)) return false;
  // (a name the sentence gives a party, "a group known as “Tin Kettle”", "calling itself …", "dubbed …": a name)
  return !/(?<![\p{L}])(?:as|called|calling[^\S\n]+(?:itself|themselves)|named|dubbed)[^\S\n]+$/iu.test(lead);
}
