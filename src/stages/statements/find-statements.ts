/**
 * Finds attributed statements: direct quotes, reported speech, mixed quotes, "according to", no-comment.
 *
 * Scope: English news prose. Candidates come from two sources — cue words of the lexicon (src/lexicon/cues.json) in
 * reported-speech constructions, and top-level quote spans from pair-quote-marks — and are joined here: a quote is a
 * statement only when a cue attributes it (a name, title or scare quote has none), a reported clause that contains a
 * quote is `mixed`. Speakers are left as phrase spans (`speakerMentionHint`) for the speaker stage to resolve.
 * The shape of the rules follows textacy's `direct_quotations` and the PolNeAR source-cue-content scheme.
 */
import { z } from 'zod';
import type { Message } from '../../model/article-result.js';
import type { DraftStatement, Quote, Sentence, SpeakerHint, Token } from '../../model/document.js';
import type { Act, Framing, Span, TextSpan } from '../../model/labels.js';
import type { CueEntry, CueLexicon, PhraseEntry } from '../../lexicon/cue-lexicon.js';
import { ARTICLES, AUX_AND_ADVERBS, FUSED_HEADS, GROUP_HEADS, ORG_HEADS, CALENDAR_WORDS, DOCUMENT_HEADS, MODALS, NEGATORS, RANK_MODIFIERS, RELATIVE_PRONOUNS, ROLE_NOUNS } from '../../lexicon/words.js';
import statementWords from '../../lexicon/statement-words.json' with { type: 'json' };
import { QUOTE_MARKS } from '../../lexicon/quote-marks.js';
import { escapeRegExp, firstIndex } from '../../model/search.js';
import { vocabularyAct } from '../stance/judge-stance.js';
import { concernBrushedOff } from '../stance/content-act.js';
import { datelineEndAt, datelineSpans } from '../segment/datelines.js';

/** The statement finder's word lists (statement-words.json), validated at load. */
const StatementWords = z.object({
  $comment: z.string().optional(),
  /** After "in/on/at/…" and up to two words, a setting of the words, not their content ("in a statement", "on his radio show"). */
  settingNouns: z.array(z.string().min(1)).min(1),
  /** Setting nouns that are also things ("a column of the old bridge"): a setting only when owned ("in her column") or
   *  published somewhere named ("in a column for the Valley Herald"). */
  ownedSettingNouns: z.array(z.string().min(1)).min(1),
  /** Words for a share of a poll's sample that head its subject ("a third say", "half said"). */
  shareHeads: z.array(z.string().min(1)),
  /** Words before a share word that make it the head of the subject ("a third", "two thirds"). */
  shareArticles: z.array(z.string().min(1)),
  /** Words of degree before a share ("nearly 40 percent", "about a third"). */
  shareAdverbs: z.array(z.string().min(1)),
  /** Bloc adjectives before a role noun that name no body ("a Western diplomat"); read by the speaker stage. */
  blocAdjectives: z.array(z.string().min(1)),
  /** Cues that always take the person acted on as object ("accuse X of", "charge X with"): with none they are passive. */
  objectOnlyCues: z.array(z.string().min(1)),
  /** Participles that describe an unnamed source by what it knows ("people briefed on the matter"). */
  sourceParticiples: z.array(z.string().min(1)),
  /** Role nouns wink mis-tags ("forward" as an adverb) that head the speaker phrase before a cue whatever their tag. */
  roleHeadsAnyTag: z.array(z.string().min(1)),
  /** Adjectives of readiness after "be" and before "to" + cue ("was quick to add that …"): the subject's own act. */
  readyAdjectives: z.array(z.string().min(1)),
  /** First words of a subject that says no one did it ("No one was quick to …"). */
  negativeSubjectWords: z.array(z.string().min(1)),
  /** What is tendered and then accepted or rejected, no words ("an offer, which the club rejected within hours"). */
  tenderedNouns: z.array(z.string().min(1)),
  /** Adjectives that end a clause after "called X" as a time or manner ("called the office early"), not as what X was called. */
  /** Endings of an adjective the tagger reads as a noun ("accidental", "divisive") after "called X". */
  namingAdjectiveEndings: z.array(z.string().min(1)),
  /** Adjectives that end a clause after "called X" as a time or manner ("called the office early"), not as what X was called. */
  notNamingAdjectives: z.array(z.string().min(1)),
  /** States an official declares a thing to be ("declared the match abandoned"): an act, not an opinion of it. */
  declaredStates: z.array(z.string().min(1)),
  /** Nouns for people the tagger may read as adjectives after "called X" ("the patient's relative"): a phone call. */
  personNounsNotNaming: z.array(z.string().min(1)),
  /** A preposition a relative clause leaves with no object ("complained about for years"), and the words after it. */
  strandedPrepositions: z.array(z.string().min(1)),
  strandedFollowers: z.array(z.string().min(1)),
  /** A count of these ("six weeks", "two years") inside a noun run is a time, no part of the phrase ("by an inspector six
   *  weeks before the fire"); so is a deictic and a time noun ("by a council officer last spring"). */
  timeUnits: z.array(z.string().min(1)),
  timeDeictics: z.array(z.string().min(1)),
  timeNouns: z.array(z.string().min(1)),
  /** Words after "recall" that open the memory told ("recalled how …", "recalled seeing …"). */
  recallClauseOpeners: z.array(z.string().min(1)),
  /** Objects of "recall" that are goods or envoys, not a memory ("recalled its ambassador", "recalled 40,000 cars"). */
  recalledThings: z.array(z.string().min(1)),
  /** Objects of "post"/"tweet" that are pictures or links, not words ("posted photos of the flood"). */
  postedMedia: z.array(z.string().min(1)),
  /** Platforms named by one capital letter ("wrote on X."); read by the tokenizer. */
  oneLetterPlatforms: z.array(z.string().min(1)),
  /** Nouns of an appositive summing up the statement (", a remark that …"): the reporter's aside. */
  remarkNouns: z.array(z.string().min(1)),
  reactionNounsBeforePeople: z.array(z.string().min(1)),
  /** A participle of consequence on the market (", sending its shares down …"): the reporter's. */
  marketParticiples: z.array(z.string().min(1)),
  marketNouns: z.array(z.string().min(1)),
  /** Object heads of a coordinated verb that is the speaker's own act ("and cut his price target"). */
  ownActionObjects: z.array(z.string().min(1)),
  /** Object heads of "point to" that cite evidence ("pointed to rising figures"); nouns after "as" that make any object evidence. */
  evidenceNouns: z.array(z.string().min(1)),
  evidenceAs: z.array(z.string().min(1)),
  /** After "called <day> for": an ordinal before "time", a number of units of time ("the second time", "three hours"): no demand. */
  ordinalWords: z.array(z.string().min(1)),
  durationUnits: z.array(z.string().min(1)),
  /** Cues whose passive with an agent closing the sentence announces its subject ("The closure was confirmed by the ministry."). */
  passiveAnnouncing: z.array(z.string().min(1)),
  /** Cues whose passive subject is what the act is about, so that a passive with a `by` agent closing the sentence is the
   * agent's statement about it (GUIDE decision 118: "The census was criticised by minority groups", "That account was
   * disputed by the directorate"); not cues whose object is the one addressed (warn, urge, ask, tell). */
  passiveContentCues: z.array(z.string().min(1)),
  /** Cues of showing whose subject, counted by a number ("seven figures", "three of the samples"), is evidence seen, no speaker. */
  countedEvidenceCues: z.array(z.string().min(1)),
  /** Plural documents that speak also when counted ("two studies showed …", "three audits revealed …"). */
  countedSpeakingDocuments: z.array(z.string().min(1)),
  /** Subordinators of an adverbial clause after the main clause ("grounded its fleet after the regulator found that …"),
   * whose reported clause ends before a result participle of the main clause (", stranding thousands"). */
  resultClauseSubordinators: z.array(z.string().min(1)),
  /** People nouns, besides ROLE_NOUNS, that may be the agent of such a passive ("by her nephew", "by police"). */
  announcingAgents: z.array(z.string().min(1)),
  /** Verbs of getting in touch whose infinitive of purpose "to say" reports their subject's words ("wrote to the council to say …"). */
  purposeSayingVerbs: z.array(z.string().min(1)),
  /** After a comma, a conjunction opening the reporter's link to another event (", after it emerged that …"), perhaps after
   *  a time amount (", a day after …"); a participle of consequence the reporter adds (", giving parents a week …"). */
  adjunctConjunctions: z.array(z.string().min(1)),
  adjunctTimeWords: z.array(z.string().min(1)),
  adjunctParticiples: z.array(z.string().min(1)),
  /** A cue lemma and the next word that make an idiom reporting no words ("add up", "think tank"). */
  cueIdioms: z.array(z.string().min(1)),
  /** Abstract nouns of degree or measure that head a subject but never speak ("the scale of the defeat suggested …"). */
  abstractSubjects: z.array(z.string().min(1)),
  /** Prepositions of a short phrase of time between an auxiliary and its verb ("had at one point threatened", "has for
   *  years argued"): no subject. */
  innerAdverbialPrepositions: z.array(z.string().min(1)),
  /** Prepositions of time whose object, a number alone, is a year on the phrase before them ("A tenant since 2015 said"). */
  timeObjectPrepositions: z.array(z.string().min(1)).min(1),
  quantifierHeads: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1),
  countAmountPhrases: z.array(z.string().regex(/^\p{Ll}+(?: \p{Ll}+)*$/u)).min(1),
  /** Conjunctions that open the reporter's contrasting clause after an inverted attribution ("…, researchers reported,
   *  although experts cautioned that …"): wink may tag them as prepositions; the reported clause does not resume. */
  concessiveConjunctions: z.array(z.string().min(1)),
  byMedia: z.array(z.string().min(1)),
  subjectPrepositions: z.array(z.string().min(1)),
  introducingDeterminers: z.array(z.string().min(1)),
  /** Conjunctions of a conditional set off by commas after a reported clause's subject ("the plan, if approved, would
   *  …"): the finite verb after it shows the noun phrase opens the clause. */
  insertedConditionals: z.array(z.string().min(1)),
  nestedNotObjects: z.array(z.string().min(1)),
  cueParticipleLinkers: z.array(z.string().min(1)),
  /** GUIDE decision 39: a preposition between the cue and its object is no part of the content, by preposition the cues
   *  (lemmas, or a phrase's words) it follows ("raised concerns about X", "warned against X", "asked for X"). */
  prepositionsBeforeContent: z.record(z.string().min(1), z.array(z.string().min(1))),
  /** Adverbs that may stand between a subject and its past-tense cue, which wink then tags an adjective ("She also
   *  alleged that …"); words in -ly count too. */
  adverbsBeforePast: z.array(z.string().min(1)),
  /** Words between a perfect auxiliary and its cue ("had been warned", "had privately recommended"). */
  perfectCueAdverbs: z.array(z.string().min(1)),
  /** Words between a coordinated perfect auxiliary and its participle ("but had been overruled", "and had never paid"). */
  coordinatedPerfectAdverbs: z.array(z.string().min(1)),
  /** Words after an ordered object that give the state or place ordered, no words ("ordered the crane back into service",
   *  "ordered the trucks off the bridge"). */
  orderedStateParticles: z.array(z.string().min(1)),
  /** Participles spelt as their base form ("had cut", "had put"). */
  participlesLikeBase: z.array(z.string().min(1)),
  /** Prepositions that, right after a preposition of prepositionsBeforeContent, show it stranded with no object ("the
   *  wall residents had complained about for years"): then it is not skipped. */
  strandedPrepositionFollowers: z.array(z.string().min(1)),
  /** Verbs of finding, which inside a reported clause tell a discovery, not a report (GUIDE decision 55). */
  findingLemmas: z.array(z.string().min(1)),
  /** Verbs of saying whose object is never a noun of saying ("said its claim that …" opens the reported subject). */
  sayingNoNounObject: z.array(z.string().min(1)),
  /** Heads of a noun phrase after a saying verb that is what was said, never an inverted speaker: "…, who had backed
   *  the plan, said the opposite", "said the same", "said nothing". */
  saidThingHeads: z.array(z.string().min(1)),
  /** A noun phrase opened by one of these before a participle of saying is anyone who may come, not one who spoke: "be
   *  suspicious of any message asking for their details", "anyone asking for cash". */
  freeChoiceWords: z.array(z.string().min(1)),
  /** Events and proceedings that "show" or "found" nothing as a source does: "the vote showed that …", "the defeat showed
   *  that …", "the case showed that …" (a trial, a conviction: no document) is the
   *  writer's or speaker's reading of the event, no statement of the event's (every "showed" in the gold has a document
   *  as speaker). */
  eventSubjects: z.array(z.string().min(1)),
  /** Participles of saying or asserting that go on with the act before them (GUIDE decision 10). */
  goesOnParticiples: z.array(z.string().min(1)),
  /** A hearing that "heard" or "was told" what a witness said: ", an inquest heard on Monday" closing a reported clause
   *  is the reporter's second attribution, no part of the content. */
  hearingBodies: z.array(z.string().min(1)).min(1),
  /** "One officer can be heard replying: “…”", "was filmed telling …": a passive of perceiving right before a participle of
   *  saying; the participle's subject is the clause's. */
  perceivedParticiples: z.array(z.string().min(1)).min(1),
  /** "saying “I can’t breathe” at least six times": words that open an adverbial of how often or how long after a quote
   *  (frequencyOpeners) and the words one of which it must hold (frequencyWords, or a unit of durationUnits). */
  frequencyOpeners: z.array(z.string().min(1)).min(1),
  frequencyWords: z.array(z.string().min(1)).min(1),
  /** The days of the week, and the parts of a day after one ("on Tuesday night"): a time that may end an object phrase. */
  weekdays: z.array(z.string().min(1)),
  /** Nouns of a message whose participle reports its words ("issued a statement declaring that …"). */
  wordedMessages: z.array(z.string().min(1)),
  /** Words of a time phrase between a message noun and its participle, with the time nouns ("a statement on Wednesday evening declaring", "late on Monday"). */
  messageTimeWords: z.array(z.string().min(1)),
  /** Passive participles of quoting ("…, and he was quoted by the Gazette as saying …", "cited as"): a later attribution's verb, before which an earlier content ends. */
  quotedAsParticiples: z.array(z.string().min(1)),
  /** Subordinators that open a lead-in clause before an interrupting attribution ("If the pier closes, the mayor said, “…”"). */
  leadInSubordinators: z.array(z.string().min(1)),
  /** Conjunctions of a reporter's clause of time or reason after a cue of plain saying ("said as the crowd left"). */
  settingConjunctions: z.array(z.string().min(1)),
  /** Verbs of state (lemmas) that tell no event: a reported clause of them alone leaves a trailing setting ("said his
   *  campaign does not want the money in an interview") to the cue. */
  stateVerbs: z.array(z.string().min(1)).min(1),
  /** Nouns of a person serving another whose "to" phrase stays in the speaker phrase ("an aide to the mayor said"). */
  toRelationHeads: z.array(z.string().min(1)),
  /** Linking words that may open a sentence before a speaker and cue set off by commas ("But, she said, …"). */
  attributionOpeners: z.array(z.string().min(1)).min(1),
  /** Words opening an embedded question, a reported clause of its own ('questioned whether …', 'asked why …'). */
  whClauseOpeners: z.array(z.string().min(1)).min(1),
  dayParts: z.array(z.string().min(1)),
  /** Things put at risk when they are the object of "threaten" ("threatening thousands of jobs"): no threat spoken. */
  endangeredThings: z.array(z.string().min(1)),
  /** People, besides ROLE_NOUNS, whose "threatened her life" is a threat spoken, not a thing endangered (spokenThreat). */
  threateningPersons: z.array(z.string().min(1)),
  /** Verbs of requesting that a modal of permission or possibility before them ("may ask", "can request") makes no
   *  request made. */
  permittedRequests: z.array(z.string().min(1)),
  permissionModals: z.array(z.string().min(1)),
  genericModals: z.array(z.string().min(1)),
  genericDeterminers: z.array(z.string().min(1)),
  /** Words between a subject and its cue besides words.ts's auxiliaries and adverbs ("Inspectors soon said"). */
  subjectGapWords: z.array(z.string().min(1)),
  /** Heads of a reporter's appositive comment after a reported clause (", a figure that could not be verified"). */
  glossHeads: z.array(z.string().min(1)),
  /** Words of an amount of time before "ago" ("less than two weeks ago"), with numbers and timeUnits. */
  timeAmountWords: z.array(z.string().min(1)),
  /** Adjectives that, after a determiner right before a cue, stand for no speaker ("the former said"). */
  adjectivesNotHeads: z.array(z.string().min(1)),
  /** Verbs of saying after which a word tagged an adjective heads the speaker phrase ("The Republican incumbent said"). */
  headSayingVerbs: z.array(z.string().min(1)),
  /** Finite auxiliaries after which a "that" right after a cue is a pronoun subject ("said that was not her view"). */
  finiteAuxAfterThat: z.array(z.string().min(1)),
  /** Agents of a passive "questioned" that interrogate rather than doubt ("was questioned by police"). */
  interrogatingAgents: z.array(z.string().min(1)),
  /** Prepositions of place that, after a plural noun of people, stay inside the speaker phrase ("Villagers along the
   *  Rava River said", "Residents near the plant said"): the people speak, not the place. */
  peoplePlacePrepositions: z.array(z.string().min(1)),
});
const STATEMENT_WORDS = StatementWords.parse(statementWords);
const WEEKDAYS: ReadonlySet<string> = new Set(STATEMENT_WORDS.weekdays);
const HEARING_BODIES: ReadonlySet<string> = new Set(STATEMENT_WORDS.hearingBodies);
const PERCEIVED_PARTICIPLES: ReadonlySet<string> = new Set(STATEMENT_WORDS.perceivedParticiples);
const FREQUENCY_OPENERS: ReadonlySet<string> = new Set(STATEMENT_WORDS.frequencyOpeners);
const FREQUENCY_WORDS: ReadonlySet<string> = new Set(STATEMENT_WORDS.frequencyWords);
const DAY_PARTS: ReadonlySet<string> = new Set(STATEMENT_WORDS.dayParts);
const ENDANGERED: ReadonlySet<string> = new Set(STATEMENT_WORDS.endangeredThings);
const PERMITTED_REQUESTS: ReadonlySet<string> = new Set(STATEMENT_WORDS.permittedRequests);
const PERMISSION_MODALS: ReadonlySet<string> = new Set(STATEMENT_WORDS.permissionModals);
const GENERIC_MODALS: ReadonlySet<string> = new Set(STATEMENT_WORDS.genericModals);
const GENERIC_DETERMINERS: ReadonlySet<string> = new Set(STATEMENT_WORDS.genericDeterminers);
const PEOPLE_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(STATEMENT_WORDS.peoplePlacePrepositions);
const INTERROGATING_AGENTS: ReadonlySet<string> = new Set(STATEMENT_WORDS.interrogatingAgents);
const BE_FORMS: ReadonlySet<string> = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being']);
/** Verbs of state whose clause, with no event in it, leaves a trailing setting to the cue (stateSettingTrimmed). */
const STATE_VERBS: ReadonlySet<string> = new Set(STATEMENT_WORDS.stateVerbs);
const STATEMENT_WORDS_SETS = { timeUnits: new Set(STATEMENT_WORDS.timeUnits), timeDeictics: new Set(STATEMENT_WORDS.timeDeictics), timeNouns: new Set(STATEMENT_WORDS.timeNouns), shareHeads: new Set(STATEMENT_WORDS.shareHeads), shareArticles: new Set(STATEMENT_WORDS.shareArticles), shareAdverbs: new Set(STATEMENT_WORDS.shareAdverbs), notNamingAdjectives: new Set(STATEMENT_WORDS.notNamingAdjectives), roleHeadsAnyTag: new Set(STATEMENT_WORDS.roleHeadsAnyTag), objectOnlyCues: new Set(STATEMENT_WORDS.objectOnlyCues), sourceParticiples: new Set(STATEMENT_WORDS.sourceParticiples), declaredStates: new Set(STATEMENT_WORDS.declaredStates), readyAdjectives: new Set(STATEMENT_WORDS.readyAdjectives), negativeSubjectWords: new Set(STATEMENT_WORDS.negativeSubjectWords), personNounsNotNaming: new Set(STATEMENT_WORDS.personNounsNotNaming), recallClauseOpeners: new Set(STATEMENT_WORDS.recallClauseOpeners), recalledThings: new Set(STATEMENT_WORDS.recalledThings), postedMedia: new Set(STATEMENT_WORDS.postedMedia), remarkNouns: new Set(STATEMENT_WORDS.remarkNouns), reactionNounsBeforePeople: new Set(STATEMENT_WORDS.reactionNounsBeforePeople), marketParticiples: new Set(STATEMENT_WORDS.marketParticiples), marketNouns: new Set(STATEMENT_WORDS.marketNouns), ownActionObjects: new Set(STATEMENT_WORDS.ownActionObjects), evidenceNouns: new Set(STATEMENT_WORDS.evidenceNouns), evidenceAs: new Set(STATEMENT_WORDS.evidenceAs), ordinalWords: new Set(STATEMENT_WORDS.ordinalWords), durationUnits: new Set(STATEMENT_WORDS.durationUnits), passiveAnnouncing: new Set(STATEMENT_WORDS.passiveAnnouncing), resultClauseSubordinators: new Set(STATEMENT_WORDS.resultClauseSubordinators), countedEvidenceCues: new Set(STATEMENT_WORDS.countedEvidenceCues), countedSpeakingDocuments: new Set(STATEMENT_WORDS.countedSpeakingDocuments), passiveContentCues: new Set(STATEMENT_WORDS.passiveContentCues), announcingAgents: new Set(STATEMENT_WORDS.announcingAgents), purposeSayingVerbs: new Set(STATEMENT_WORDS.purposeSayingVerbs), adjunctConjunctions: new Set(STATEMENT_WORDS.adjunctConjunctions), adjunctTimeWords: new Set(STATEMENT_WORDS.adjunctTimeWords), adjunctParticiples: new Set(STATEMENT_WORDS.adjunctParticiples), cueIdioms: new Set(STATEMENT_WORDS.cueIdioms), abstractSubjects: new Set(STATEMENT_WORDS.abstractSubjects), tenderedNouns: new Set(STATEMENT_WORDS.tenderedNouns), innerAdverbialPrepositions: new Set(STATEMENT_WORDS.innerAdverbialPrepositions), timeObjectPrepositions: new Set(STATEMENT_WORDS.timeObjectPrepositions), concessiveConjunctions: new Set(STATEMENT_WORDS.concessiveConjunctions), byMedia: new Set(STATEMENT_WORDS.byMedia), subjectPrepositions: new Set(STATEMENT_WORDS.subjectPrepositions), introducingDeterminers: new Set(STATEMENT_WORDS.introducingDeterminers), insertedConditionals: new Set(STATEMENT_WORDS.insertedConditionals), cueParticipleLinkers: new Set(STATEMENT_WORDS.cueParticipleLinkers), subjectGapWords: new Set(STATEMENT_WORDS.subjectGapWords), glossHeads: new Set(STATEMENT_WORDS.glossHeads), timeAmountWords: new Set(STATEMENT_WORDS.timeAmountWords), adjectivesNotHeads: new Set(STATEMENT_WORDS.adjectivesNotHeads), headSayingVerbs: new Set(STATEMENT_WORDS.headSayingVerbs), threateningPersons: new Set(STATEMENT_WORDS.threateningPersons), messageTimeWords: new Set(STATEMENT_WORDS.messageTimeWords), quotedAsParticiples: new Set(STATEMENT_WORDS.quotedAsParticiples), leadInSubordinators: new Set(STATEMENT_WORDS.leadInSubordinators), settingConjunctions: new Set(STATEMENT_WORDS.settingConjunctions), toRelationHeads: new Set(STATEMENT_WORDS.toRelationHeads), attributionOpeners: new Set(STATEMENT_WORDS.attributionOpeners), whClauseOpeners: new Set(STATEMENT_WORDS.whClauseOpeners) };
/** Phrases of amount before a count of people, as word lists, longest first ("more than", "at least", "over"). */
/** Pronouns and quantifiers that head a speaker phrase with a "who" clause ("Everyone who lives there says"). */
const QUANTIFIER_HEADS: ReadonlySet<string> = new Set(STATEMENT_WORDS.quantifierHeads);
const COUNT_AMOUNT_PHRASES: readonly string[][] = STATEMENT_WORDS.countAmountPhrases.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
/** Nouns of a message whose participle reports its words: "issued a statement declaring that …". */
const WORDED_MESSAGES: ReadonlySet<string> = new Set(STATEMENT_WORDS.wordedMessages);
/** The possessive determiners ("its decision", "their lawyer"), which open a noun phrase as "the" does. */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my']);
/** A word list as a pattern alternation, longest first, each entry as written (one space between words). */
const wordsAlt = (list: readonly string[]): string => [...list].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
// (GUIDE decision 55: what a nestedOnly cue reports is an action asked or offered, "to" and a verb after its object)
const NESTED_ACTION = new RegExp(`^(?:to\\s|(?!(?:${wordsAlt(STATEMENT_WORDS.nestedNotObjects)})\\b)[^,;:]{1,60}?\\s(?:not\\s+)?to\\s+\\p{Ll})`, 'iu');
/** A preposition with no object of its own: "about for years", "about.", "of last week" (GUIDE: a statement has content;
 *  statement-words.json strandedPrepositions, strandedFollowers). */
const STRANDED = new RegExp(`^(?:${wordsAlt(STATEMENT_WORDS.strandedPrepositions)})(?:\\s+(?:${wordsAlt(STATEMENT_WORDS.strandedFollowers)})\\b|\\s*[.,;]|\\s*$)`, 'u');

interface Cue { first: number; last: number; lemma: string; act: Act; framing: Framing; kind: 'verb' | 'according' | 'no-comment'; object: boolean }

export interface FindInput {
  text: string;
  sentences: readonly Sentence[];
  tokens: readonly Token[];
  quotes: readonly Quote[];
  /** The text's datelines (segment/datelines.ts); found here when not given (a document built by hand). */
  datelines?: readonly Span[];
  cues: CueLexicon;
  /** Where the body starts: sentences before it (the headline) hold no statements (GUIDE decision 12). */
  bodyStart?: number;
  /** Filled, when given, with the check that refused each cue that gave no statement, by the cue's first offset (the
   *  explain script's "which check refused it"); the statements found are the same with or without it. */
  refusals?: Map<number, string>;
}

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET', 'PRON']);
const NP_INNER = new Set(['of', 'for', 'at', 'with', 'from', '&', 'and', 'in', 'on', 'by']);
const REVEAL_SUBJECTS = new Set([...DOCUMENT_HEADS, 'polling', 'surveys', 'studies', 'analyses', 'tallies', 'results', 'numbers', 'images', 'log', 'photos', 'photographs', 'video', 'videos', 'regulator', 'authority', 'watchdog', 'court', 'judge', 'commission', 'committee', 'tests', 'test', 'investigators', 'researchers', 'auditors', 'inspectors', 'scientists', 'analysts', 'investigation', 'inquiry', 'review', 'probe', 'panel', 'police', 'prosecutors', 'experts']);
const BOUNDARY_BEFORE_SUBJECT = new Set([',', ';', 'and', 'but', 'while', 'whereas', 'although', 'though', '—']);
/** Cues of plain saying: a participle after them adds an act of its own. */
const PLAIN_SAYING = new Set(['say', 'tell', 'add', 'write', 'explain', 'tweet', 'post', 'note', 'reply', 'respond']);
/** Verbs of finding, which inside a reported clause tell a discovery, not a report (GUIDE decision 55). */
const FINDING_LEMMAS: ReadonlySet<string> = new Set(STATEMENT_WORDS.findingLemmas);
/** Verbs of saying whose object is never a noun of saying ("said its claim that …" opens the reported subject). */
const SAYING_NO_NOUN_OBJECT: ReadonlySet<string> = new Set(STATEMENT_WORDS.sayingNoNounObject);
const SAID_THING_HEADS: ReadonlySet<string> = new Set(STATEMENT_WORDS.saidThingHeads);
const EVENT_SUBJECTS: ReadonlySet<string> = new Set(STATEMENT_WORDS.eventSubjects);
const FREE_CHOICE = new RegExp(`(?:^|[^\\S\\n])(?:${STATEMENT_WORDS.freeChoiceWords.map(escapeRegExp).join('|')})(?:[^\\S\\n]+[\\p{L}’'-]+){0,2}$`, 'iu');
/** Participles of saying or asserting that go on with the act before them (GUIDE decision 10: "rejected the offer,
 *  saying …", "denied the claim, insisting …" are one statement); other participles add an act of their own. */
const GOES_ON: ReadonlySet<string> = new Set(STATEMENT_WORDS.goesOnParticiples);
/** Verbs that attribute a clause to a speaker besides the plain ones (a clause with one has its own source). */
const SAYING_OF_CLAUSE = new Set(['claim', 'insist', 'argue', 'state', 'announce', 'declare', 'warn', 'confirm', 'allege', 'report', 'deny', 'admit', 'acknowledge', 'assert']);
/** What "read" reports the words of: documents, signs and posts ("the statement read", "a sign that read"). */
const READ_SUBJECTS = new Set([...DOCUMENT_HEADS, 'sign', 'signs', 'banner', 'banners', 'placard', 'placards', 'headline', 'headlines', 'editorial',
  'tweet', 'tweets', 'caption', 'message', 'messages', 'text', 'note', 'notes', 'shirt', 't-shirt', 'shirts', 'sticker', 'poster', 'posters',
  'release', 'announcement', 'one', 'another', 'which', 'that']);
/** Messages in the plural, spoken or written, whose words a participle after them reports ("calls saying …"). */
const MESSAGES = new Set(['letters', 'emails', 'e-mails', 'memos', 'posts', 'calls', 'texts', 'notices', 'ads', 'videos', 'statements']);
/** What "that said", "saying", "reading" or "stating" a quote reports the words of: documents, signs, posts and recordings. */
const WRITTEN_SOURCES = new Set([...READ_SUBJECTS, 'ad', 'ads', 'advert', 'advertisement', 'commercial', 'video', 'voice-over', 'voiceover',
  'narrator', 'cover', 'slogan', 'chyron', 'email', 'e-mail', 'memo', 'flyer', 'leaflet', 'mailer', 'website', 'page', 'screen', 'billboard']);
const OBJECT_PRONOUNS = new Set(['her', 'him', 'them', 'me', 'us', 'you']);
/** Quantifiers floated off the subject to stand before the verb: "they both said", "the unions all said". */
const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each']);
/** Units of a time phrase after "last"/"this": "said last week", "said this month". */
const TIME_UNITS = new Set(['week', 'month', 'year', 'weekend', 'night', 'morning', 'afternoon', 'evening', 'spring', 'summer', 'autumn', 'fall', 'winter']);
/** Cues whose noun phrase after the verb is what is rejected, disputed or uncovered, never an inverted speaker. */
const OBJECT_NOT_SPEAKER = new Set(['reject', 'dismiss', 'refute', 'rebut', 'dispute', 'contest', 'question', 'challenge', 'doubt', 'uncover', 'find', 'show', 'deny', 'welcome', 'praise', 'condemn', 'applaud', 'hail']);
/** Participles that describe a poll's sample after its noun: "voters polled", "those surveyed". */
const SAMPLE_PARTICIPLES = new Set(['polled', 'surveyed', 'interviewed', 'questioned', 'sampled', 'asked', 'contacted']);
const CLAUSE_OPENERS = new Set(['that']);
/** Finite auxiliaries that, right after a cue's "that", make it the reported clause's pronoun subject ("said that was"). */
const FINITE_THAT_AUX: ReadonlySet<string> = new Set(STATEMENT_WORDS.finiteAuxAfterThat);
const LEFT_BOUNDARY = new Set([',', ';', ':', '—', '–', '(', 'and', 'but', 'yet', 'while', 'as', 'because', 'although', 'though', 'whereas', 'when', 'after', 'before', 'since', 'if']);
const TRAILING_OK = new Set(['in', 'on', 'at', 'during', 'last', 'this', 'earlier', 'yesterday', 'today', 'on', 'after', 'before',
  'when', 'while', 'as', 'to', 'via', 'through', 'late', 'early', 'told', 'adding', 'according', 'by', 'from', 'with', 'over', 'under', 'without']);
const PUNCT_END = /^[.!?…]+$/u;
/** A preposition with no object of its own: "about for years", "about.", "of last week" (GUIDE: a statement has content). */

/** Finite auxiliaries with the tense and number they show. */
const FINITE_AUX = new Map<string, { tense: 'past' | 'present'; number: 'sg' | 'pl' | null }>([
  ['is', { tense: 'present', number: 'sg' }], ['am', { tense: 'present', number: 'sg' }], ['has', { tense: 'present', number: 'sg' }],
  ['does', { tense: 'present', number: 'sg' }], ['are', { tense: 'present', number: 'pl' }], ['have', { tense: 'present', number: 'pl' }],
  ['do', { tense: 'present', number: 'pl' }], ['was', { tense: 'past', number: 'sg' }], ['were', { tense: 'past', number: 'pl' }],
  ['had', { tense: 'past', number: null }], ['did', { tense: 'past', number: null }],
]);
/** A setting of the words, not their content: "in a statement", "at a rally", "during a debate", "through his lawyer". */
const SETTING = new RegExp(`^(in|on|at|during|via|through|from)\\s+(a|an|the|his|her|its|their|this|that)?\\s*([\\p{L}-]+\\s+){0,2}?(${wordsAlt(STATEMENT_WORDS.settingNouns)})\\b`, 'iu');
/** A setting noun that is also a thing: "in her weekly column", "in a column for the Valley Herald", not "in a column of the bridge". */
const OWNED_SETTING = new RegExp(`^(?:[Ii]n|[Oo]n)\\s+(?:(?:his|her|its|their|our|my)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${wordsAlt(STATEMENT_WORDS.ownedSettingNouns)})\\b|(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${wordsAlt(STATEMENT_WORDS.ownedSettingNouns)})\\s+(?:for|in)\\s+(?:the\\s+)?\\p{Lu})`, 'u');
/** Nouns of time that stand as a cue's adverbial ("said last week that …", "told reporters this morning that …"). */
const TIME_NOUNS = new Set(['week', 'weekend', 'month', 'year', 'day', 'night', 'morning', 'afternoon', 'evening', 'time', 'hour', 'hours', 'minutes', 'days', 'weeks', 'months', 'years', 'statement', 'interview', 'letter', 'filing', 'post', 'email', 'speech', 'conference', 'release', 'report', 'court', 'hearing', 'ruling', 'decision']);

const isQuoteMark = (s: string): boolean => s.length === 1 && QUOTE_MARKS[s] !== undefined;
const isPunct = (t: Token): boolean => t.pos === 'PUNCT' || t.pos === 'SYM';

/** "A cleaner who …", "the porter who …": a lower-case word wink tags an adjective ("cleaner" read as "clean"), right
 *  after an article, a number or a possessive and right before a relative "who", is the noun the clause is on (an
 *  adjective takes no "who" after it). */
const nounBeforeWho = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k], prev = tokens[k - 1], next = tokens[k + 1];
  return t !== undefined && prev !== undefined && next !== undefined && t.pos === 'ADJ' && /^\p{Ll}+$/u.test(t.text) && next.normal === 'who'
    && (ARTICLES.has(prev.normal) || prev.pos === 'NUM' || prev.pos === 'DET' || POSSESSIVE_DETERMINERS.has(prev.normal) || /^[’']s$/u.test(prev.text));
};
/** wink tags some plural nouns as verbs ("sources", "reports"): take them as nouns after a determiner, adjective or preposition. */
const PLURAL_NOUNS = new Set(['calls', 'files', 'emails', 'leaders', 'members', 'workers', 'lawyers', 'executives', 'employees', 'campaigners', 'activists']);
/** Nouns wink's lite model often tags as verbs after "to" or at a sentence start. */
const ALWAYS_NOUNS = new Set(['people', 'police', 'staff', 'sources', 'officials', 'critics', 'residents', 'experts', 'analysts', 'lawmakers', 'prosecutors', 'investigators', 'researchers', 'documents', 'records', 'reports', 'filings']);
const nounish = (t: Token, prev: Token | undefined): boolean =>
  NP_POS.has(t.pos) || ALWAYS_NOUNS.has(t.normal) || (t.pos === 'VERB' && /[^s]s$/u.test(t.normal) && prev !== undefined && (['DET', 'ADJ', 'ADP', 'PART', 'NUM'].includes(prev.pos) || PLURAL_NOUNS.has(t.normal)));
const SENTENCE_ADVERBS = new Set(['however', 'meanwhile', 'nonetheless', 'nevertheless', 'instead', 'too', 'likewise', 'though']);
/** Forms of "be" that make an -ing form progressive ("is thinking", "she's saying"), contracted ones included. */
const PROGRESSIVE_BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am', "'m", '’m', "'re", '’re', "'s", '’s']);
/** "he's said", "who've argued", "she'd claimed": a contracted auxiliary wink tags AUX (a possessive 's is PART). */
const CONTRACTED_AUX = new Set(["'s", '’s', "'ve", '’ve', "'d", '’d']);
/** An auxiliary, a listed adverb, or any manner adverb in -ly ("wrongly claimed", "has traditionally argued"); not a name
 *  spelled like one (the segment stage tags "Will said" a proper noun; a capitalised "Having" keeps its sense). */
const auxOrAdverb = (t: Token | undefined): boolean => t !== undefined && ((CONTRACTED_AUX.has(t.text) && t.pos === 'AUX') || (AUX_AND_ADVERBS.has(t.normal) && !(t.pos === 'PROPN' && (t.normal === 'will' || t.normal === 'may'))) || (t.pos === 'ADV' && ((/^\p{Ll}+ly$/u.test(t.normal) && t.normal.length > 4) || SENTENCE_ADVERBS.has(t.normal))));
/** "most" as the degree of the adverb after it ("and most recently said", "most notably argued"): skipped with the
 *  adverbs before a cue, never a quantifier subject. */
const degreeMost = (tokens: readonly Token[], k: number): boolean => (tokens[k] as Token | undefined)?.normal === 'most' && (tokens[k + 1] as Token | undefined)?.pos === 'ADV' && auxOrAdverb(tokens[k + 1]);
/** The head of a noun phrase before its modifiers: "The poll by the institute" → poll, "New polls released Sunday" → polls. */
const phraseHead = (s: string): string => {
  const words = s.toLowerCase().split(/\s+/u);
  const cut = words.findIndex((w, i) => i > 0 && /^(of|by|from|for|in|on|at|that|which|who|released|published|conducted|taken|done|carried|issued|obtained|,)$/u.test(w));
  return lastWord(words.slice(0, cut > 0 ? cut : words.length).join(' '));
};
const lastWord = (s: string): string => (s.toLowerCase().split(/\s+/u).pop() ?? '').replace(/[’']s$/u, '');

/**
 * Whether a subject pronoun can stand for the speaker phrase `hint`: the same pronoun, "he"/"she" for a name or a role
 * noun, "they"/"we" for a plural head, "it" for a body's or a document's head.
 */
function pronounForSpeaker(pronoun: string, hint: TextSpan): boolean {
  const words = hint.text.trim().split(/\s+/u);
  const last = (words[words.length - 1] ?? '').replace(/[’']s?$/u, '');
  const head = last.toLowerCase();
  if (head === pronoun) return true;
  if (['he', 'she'].includes(pronoun)) return (/^\p{Lu}\p{Ll}/u.test(last) && !ORG_HEADS.has(head)) || Object.hasOwn(ROLE_NOUNS, head);
  if (['they', 'we'].includes(pronoun)) return head === 'they' || head === 'we' || ALWAYS_NOUNS.has(head) || (/\p{Ll}[^s]s$/u.test(head) && !/^\p{Lu}/u.test(last));
  if (pronoun === 'it') return ORG_HEADS.has(head) || DOCUMENT_HEADS.has(head);
  return false;
}

export function findStatements(input: FindInput): { statements: DraftStatement[]; messages: Message[] } {
  const { text, sentences, tokens, quotes, cues } = input;
  const messages: Message[] = [];
  const statements: DraftStatement[] = [];

  // Top-level quotes and their continuation chains (multi-paragraph quotes).
  const top = quotes.filter((q) => q.depth === 0);
  // A doubled-apostrophe mark ('') is two tokens: both of its characters find the quote.
  const doubledMark = (at: number): boolean => text.startsWith("''", at);
  /** Where the text after a closing mark starts (past both halves of a doubled one). */
  const afterClose = (close: number): number => close + (doubledMark(close) ? 2 : 1);
  /** The last token of the quote mark at token `k`: the second half of a doubled one (''), else `k`. */
  const markLast = (k: number): number => {
    const w = tokens[k] as Token | undefined;
    const n = tokens[k + 1] as Token | undefined;
    return w && n && isQuoteMark(w.text) && isQuoteMark(n.text) && n.start === w.end && doubledMark(w.start) ? k + 1 : k;
  };
  /** Whether token `k` ends a closing quote mark with a comma right before the mark ("…,” said", "…,'' said"). */
  const commaInMark = (k: number): boolean => {
    const w = tokens[k] as Token | undefined;
    if (!w || !isQuoteMark(w.text) || !byClose.has(w.start) || markLast(k) !== k) return false;
    let p = k - 1;
    const pt = tokens[p] as Token | undefined;
    if (pt && isQuoteMark(pt.text) && pt.end === w.start && doubledMark(pt.start)) p--;
    return p >= 0 && (tokens[p] as Token).text === ',';
  };
  const byOpen = new Map(top.flatMap((q): Array<[number, Quote]> => doubledMark(q.open) ? [[q.open, q], [q.open + 1, q]] : [[q.open, q]]));
  const topIndex = new Map(top.map((q, i) => [q.open, i]));
  /** A quoted name or title: a few capitalised words, no sentence inside (“Morning Desk”, “Dark Corners”). */
  const isTitleQuote = (q: Quote): boolean => {
    const inner = text.slice(q.start, q.end).replace(/[,.]$/u, '');
    const words = inner.split(/\s+/u).filter(Boolean);
    return words.length > 0 && words.length <= 6 && !/[.!?;]/u.test(inner)
      && words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(of|the|and|for|on|in|a|an|to|at|by|with)$/u.test(w)) && /^[\p{Lu}\d]/u.test(words[0] as string);
  };
  /** A short capitalised quote that opens its sentence with a comma and goes on in a quote after its cue: the first piece
   *  of a split quote (“Frankly,” the planner said, “the depot was a mistake.”; “In Wimstow,” she said, “…”), no title. */
  const opensSplitQuote = (q: Quote, cue: Cue, s: Sentence): boolean => {
    if (q.close === null || (tokens[s.tokenStart] as Token).start !== q.open) return false;
    if (!/,\s*$/u.test(text.slice(q.start, q.end)) && text[afterClose(q.close)] !== ',') return false;
    const next = top[(topIndex.get(q.open) ?? top.length) + 1];
    const cueEnd = (tokens[cue.last] as Token).end;
    if (!next || next.open < cueEnd || next.open >= s.end) return false;
    const between = text.slice(cueEnd, next.open);
    return /,\s*$/u.test(between) && !/[.!?;:]/u.test(between);
  };
  /** A quote that holds a sentence of its own: not a capitalised title, and more than six words or inner punctuation. */
  const quotedSentence = (q: Quote): boolean => {
    const inner = text.slice(q.start, q.end).trim();
    const words = inner.split(/\s+/u).filter(Boolean);
    const titleLike = words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(of|the|and|for|on|in|a|an|to|at|by|with)$/u.test(w));
    return !titleLike && (words.length > 6 || /[.!?;,]./u.test(inner));
  };
  const byClose = new Map(top.filter((q) => q.close !== null).flatMap((q): Array<[number, Quote]> => doubledMark(q.close as number) ? [[q.close as number, q], [(q.close as number) + 1, q]] : [[q.close as number, q]]));
  const chainNext = new Map<number, Quote>();
  for (const q of top) if (q.continues !== null) chainNext.set(q.continues, q);
  const isContinuation = new Set(top.filter((q) => q.continues !== null && byOpen.has(q.continues)).map((q) => q.open));

  // Which token lies inside a top-level quote (its marks excluded): cues there are quoted words, not the reporter's.
  const quoteOfToken = new Int32Array(tokens.length).fill(-1);
  {
    let qi = 0;
    for (let t = 0; t < tokens.length; t++) {
      const tok = tokens[t] as Token;
      while (qi < top.length && ((top[qi] as Quote).close ?? (top[qi] as Quote).end) < tok.start) qi++;
      const q = top[qi];
      if (q && tok.start > q.open && tok.end <= (q.close ?? q.end)) quoteOfToken[t] = qi;
    }
  }
  const usedQuotes = new Set<number>(); // by open offset
  /** Offsets of participial cues whose words the content of an earlier cue in their sentence runs through. */
  const goesOnAt = new Set<number>();

  const span = (start: number, end: number): TextSpan => ({ start, end, text: text.slice(start, end) });
  const datelines = input.datelines ?? datelineSpans(text);
  /** Records, for a caller that asks (input.refusals), the first check that refused a cue; the output is the same. */
  const refused = (cue: Cue, why: string): void => {
    const at = (tokens[cue.first] as Token).start;
    if (input.refusals && !input.refusals.has(at)) input.refusals.set(at, why);
  };
  const tokSpan = (a: number, b: number): TextSpan => span((tokens[a] as Token).start, (tokens[b] as Token).end);

  // The verbs of the current sentence's cues: a speaker phrase never runs across one ("Senator Ruth Amble said critics
  // would claim …", where the tagger reads "said" as an adjective, is no speaker "Ruth Amble said critics"). Only a cue's
  // first word: the noun of "released a statement saying" heads the phrase that speaks.
  let cueTokensHere = new Set<number>();
  for (const s of sentences) {
    if (input.bodyStart !== undefined && s.end <= input.bodyStart) continue;
    const cuesHere = findCues(tokens, s, cues, quoteOfToken);
    cueTokensHere = new Set(cuesHere.map((c) => c.first));
    let lastHint: SpeakerHint | null = null;
    let lastOuterHint: SpeakerHint | null = null;
    const built: DraftStatement[] = [];
    for (let ci = 0; ci < cuesHere.length; ci++) {
      const cue = cuesHere[ci] as Cue;
      // "criticized the decision, describing it as …" continues the earlier act: one statement.
      // (After a cue of plain saying with its own content, "“We will appeal,” Hart said, calling the ruling “a travesty”",
      // the naming participle is a second act.)
      // (and after a threat or a request, "threatened to sue X, calling the cancellation “a stunt”", a judgement of its own)
      if (ci > 0 && ['describe', 'call'].includes(cue.lemma) && isParticipial(cue, s) && !PLAIN_SAYING.has((cuesHere[ci - 1] as Cue).lemma)
        && !['WARN', 'DEMAND'].includes((cuesHere[ci - 1] as Cue).act)) { refused(cue, 'a naming participle that goes on with the act of the cue before it (GUIDE decision 10)'); continue; }
      if (cues.byLemma.get(cue.lemma)?.needsClause && beliefAsked(cue, s)) { refused(cue, 'a belief verb in a question asked of the speaker'); continue; }
      // "…, thinking that the market would recover", "Believing the vote was lost, she left": a belief verb's participle
      // tells the subject's state of mind as it acted, not something it said ("she thinks that …" stays HEDGE).
      if (cue.act === 'HEDGE' && cues.byLemma.get(cue.lemma)?.needsClause && beliefParticiple(cue, s)) { refused(cue, 'a belief verb\'s participle: the subject\'s state of mind as it acted, not words'); continue; }
      // (a statement nested in the content of a subject's verb gives no subject to a finite verb coordinated after it and a
      // comma: "X questioned why the referee had asked Y to …, and said …" — "said" is X's, whose verb the "and" coordinates; a
      // participle, "…, arguing that …", still goes with the nearest clause's subject)
      let b = cue.first - 1;
      while (b >= s.tokenStart && auxOrAdverb(tokens[b])) b--;
      // (only after a comma, ", and said": without one the nested subject keeps its verb, "said the bakery had admitted
      // the error and told shoppers …" is the bakery's)
      const coordinatedFinite = cue.kind === 'verb' && !(tokens[cue.first] as Token).normal.endsWith('ing') && b - 1 >= s.tokenStart
        && ['and', 'but'].includes((tokens[b] as Token).normal) && (tokens[b - 1] as Token).text === ',';
      const st = readBySign(buildStatement(cue, cuesHere.slice(ci + 1), s, coordinatedFinite ? lastOuterHint : lastHint));
      if (st) {
        const nested = st.cue !== null && built.some((o) => o.cue !== null && o.speakerMentionHint !== undefined && o.speakerMentionHint.end <= o.cue.start
          && o.content.start >= o.cue.end && o.content.start <= st.cue!.start && st.cue!.end <= o.content.end);
        built.push(st);
        lastHint = st.speakerMentionHint ?? lastHint;
        if (!nested) lastOuterHint = st.speakerMentionHint ?? lastOuterHint;
      }
    }
    // (the saying that holds a speaker's own act carries that act: "said it had warned residents …" is a WARN, GUIDE
    // section 4, where the saying alone would read as a plain SAY)
    const innerAct = new Map<DraftStatement, DraftStatement['act']>();
    // ("James Corsett said he doubted that the risk was …", "she said she questioned whether …": a speaker's doubt told
    // under a plain saying with a pronoun for the speaker is one statement, the doubt's, with the saying's subject as its
    // mention; the golds keep the QUESTION with the cue "doubted", not a second statement under "said")
    const doubtFor = new Map<DraftStatement, DraftStatement>();
    for (const o of built) {
      const inner = doubtInsideSaying(o, built);
      if (inner) doubtFor.set(o, inner);
    }
    const mentionFrom = new Map<DraftStatement, DraftStatement>();
    for (const [o, inner] of doubtFor) mentionFrom.set(inner, o);
    const kept = built.filter((st) => {
      if (doubtFor.has(st)) { const cueOf = cuesHere.find((c) => st.cue !== null && (tokens[c.first] as Token).start === st.cue.start); if (cueOf) refused(cueOf, 'a plain saying whose reported clause is the speaker\'s own doubt, a statement of its own (one statement)'); return false; }
      if (mentionFrom.has(st)) return true;
      const cueOf = cuesHere.find((c) => st.cue !== null && (tokens[c.first] as Token).start === st.cue.start);
      const drop = (why: string): false => { if (cueOf) refused(cueOf, why); return false; };
      if (beliefInsideSpeech(st, built)) return drop('a belief verb inside another statement\'s reported words');
      if (namingInsideStatement(st, built)) return drop('a naming verb inside another statement\'s content');
      if (participleGoesOn(st, built)) return drop('a participle the content of an earlier cue of the sentence runs through (GUIDE decision 10: one statement)');
      if (orderedStateInside(st, built, s)) return drop('an ordered state inside another statement\'s content');
      if (deniedSpeechInside(st, built)) return drop('speech the content of a denial says did not happen (GUIDE decision 55)');
      if (st.cue && cues.byLemma.get(st.cue.lemma)?.nestedOnly && !nestedWithOwnSubject(st, built)) return drop('a cue that reports only inside another statement\'s content, with a subject of its own (GUIDE decision 55), and it is not');
      const outer = ownActInsideSaying(st, built) ?? refusalInsideSaying(st, built);
      // (a no-comment phrase inside the saying leaves the act to the saying's content: "said it did not comment on
      // individual cases" is a non-answer, "said it would not respond to the offer until members had voted" is not)
      // (a warning or a concern the speaker says it had raised before, "said she had raised the matter with the regional office
      // in 2022", "said it had alerted officials in 2019 that …", tells that a warning was given and does not itself warn:
      // GUIDE decision 77, SAY told bare, decision 79's CRITICIZE when told with what came of it; the content decides)
      // (only concerns: "said it had warned shipping firms to avoid the channel" presses them to act, and keeps WARN)
      const earlierWarning = st.act === 'WARN' && st.cue !== null && st.speakerMentionHint !== undefined && /(?:^|\s)concern$|(?:^|\s)alarm$/u.test(st.cue.lemma)
        && /(?:^|\s)had(?:\s|$)/iu.test(text.slice(st.speakerMentionHint.end, st.cue.start));
      // (nor a request, told with what came of it as a brush-off: "she had asked a manager to shut the doors and had
      // been told to keep them moving" is the speaker's grievance, decision 79, which the content decides)
      const brushedOff = outer !== undefined && concernBrushedOff(text.slice(outer.content.start, outer.content.end)) !== null;
      if (outer && outer.act === 'SAY' && st.act !== 'SAY' && st.rules?.[0] !== 'no-comment' && !earlierWarning && !brushedOff) innerAct.set(outer, st.act);
      return !outer;
    });
    for (const st of kept) {
      const act = innerAct.get(st);
      const outer = mentionFrom.get(st);
      const withMention = outer?.speakerMentionHint ? { ...st, speakerMentionHint: outer.speakerMentionHint } : st;
      statements.push(act ? { ...withMention, act } : withMention);
    }
  }

  // A quote sentence that follows an attributed statement in the same paragraph, with no cue of its own, goes on in
  // that speaker's words: `Obama "felt a moral obligation," Axelrod said. "This is core stuff for him."`
  const sentenceOfOffset = (at: number): Sentence | undefined => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) { const mid = (lo + hi) >> 1; const m = sentences[mid] as Sentence; if (at < m.start) hi = mid - 1; else if (at >= m.end) lo = mid + 1; else return m; }
    return undefined;
  };
  // The same holds across a paragraph break when the quote is the whole next paragraph and the attribution ends the
  // paragraph before (GUIDE decision 6): `“…,” Okafor told the BBC.¶“The only way forward is …”`, and so on for the
  // quote paragraphs that follow it.
  const paragraphEnd = new Map<number, number>();
  for (const x of sentences) paragraphEnd.set(x.paragraph, x.end);
  const byStart = [...statements].sort((a, b) => a.content.start - b.content.start);
  let si = 0;
  let lastInParagraph: DraftStatement | undefined;
  for (const q of top) {
    while (si < byStart.length && (byStart[si] as DraftStatement).content.end <= q.open) { lastInParagraph = byStart[si]; si++; }
    if (usedQuotes.has(q.open) || isContinuation.has(q.open) || isTitleQuote(q) || !lastInParagraph || !lastInParagraph.speakerMentionHint) continue;
    if (lastInParagraph.rules?.[0] === 'no-comment' || lastInParagraph.cue === null) continue;
    const qs = sentenceOfOffset(q.open);
    // The sentence the attribution ends in: its cue's, or a later one where its quote ends (“A,” she said. “B.”).
    const endSentence = sentenceOfOffset(lastInParagraph.content.end - 1);
    const prevSentence = endSentence && endSentence.index > lastInParagraph.sentence ? endSentence : sentences[lastInParagraph.sentence];
    if (!qs || !prevSentence || qs.index !== prevSentence.index + 1) continue;
    if ((tokens[qs.tokenStart] as Token).start !== q.open) continue; // the quote opens its sentence
    const nextParagraph = qs.paragraph === prevSentence.paragraph + 1;
    if (qs.paragraph !== prevSentence.paragraph && !nextParagraph) continue;
    if (findCues(tokens, qs, cues, quoteOfToken).length > 0) continue;
    const stop = nextParagraph ? (paragraphEnd.get(qs.paragraph) ?? qs.end) : qs.end;
    if (nextParagraph && q.close === null && !chainNext.has(q.open)) continue;
    if (q.close !== null && text.slice(afterClose(q.close), stop).replace(/[\s.,;:!?)]/gu, '').length > 0) continue; // nothing after the quote
    const base = { cue: lastInParagraph.cue, act: lastInParagraph.act, framing: lastInParagraph.framing, sentence: qs.index };
    const st = directFrom(q, base, lastInParagraph.speakerMentionHint, 0.7, nextParagraph ? 'direct:continues-paragraph' : 'direct:continues-attribution');
    if (!st) continue;
    // (after a direct quote the quote that goes on is a piece of the same statement, LABELS.md "Content span" and GUIDE
    // section 2: `“A,” she said. “B.”` and a quote running over paragraphs are one statement whose pieces are each
    // stretch; after a reported clause it stays a statement of its own)
    const prior = lastInParagraph;
    const at = prior.type === 'direct' && prior.cue !== null ? statements.indexOf(prior) : -1;
    if (at >= 0) {
      const pieces = [...(prior.content.pieces ?? [span(prior.content.start, prior.content.end)]), ...(st.content.pieces ?? [span(st.content.start, st.content.end)])];
      const joined: DraftStatement = { ...prior, content: { ...span(prior.content.start, st.content.end), pieces } };
      statements[at] = joined;
      lastInParagraph = joined;
    } else { statements.push(st); lastInParagraph = st; }
  }
  const found = dedupe(statements);
  messages.push(...unattributedQuotes(found));
  return { statements: found.map(calibrated), messages };

  /**
   * The quotes no statement holds, that a reviewer should see (messages.csv, a dotted outline in report.html): real
   * quotes only, by the finder's own tests: a quoted name or title (isTitleQuote) and a scare quote, a short phrase with
   * no sentence in it (quotedSentence), are set aside here as they are above; so are the headline and the continuation
   * paragraphs of a quote (its first paragraph stands for them). One sweep over quotes and statements in text order.
   */
  function unattributedQuotes(sorted: readonly DraftStatement[]): Message[] {
    const out: Message[] = [];
    let si = 0;
    let reach = -1; // the furthest end of the statements that start before the quote ends
    for (const q of top) {
      if (input.bodyStart !== undefined && q.open < input.bodyStart) continue;
      if (isContinuation.has(q.open) || isTitleQuote(q) || !quotedSentence(q)) continue;
      while (si < sorted.length && (sorted[si] as DraftStatement).content.start < q.end) { reach = Math.max(reach, (sorted[si] as DraftStatement).content.end); si++; }
      if (reach > q.start) continue;
      const end = q.close === null ? q.end : afterClose(q.close);
      const words = text.slice(q.start, q.end).trim().split(/\s+/u);
      const opening = words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : words.join(' ');
      out.push({ ruleId: 'quote:unattributed', reason: `a quote with no speaker found (no statement holds it): “${opening}”`, start: q.open, end });
    }
    return out;
  }

  /**
   * "asked whether she thought …", "why he believes …": a belief verb in a question's clause is asked about, not stated.
   */
  function beliefAsked(cue: Cue, s: Sentence): boolean {
    const hint = subjectLeft(cue.first - 1, s);
    if (!hint) return false;
    let p = cue.first - 1;
    while (p >= s.tokenStart && (tokens[p] as Token).end > hint.start) p--;
    return p >= s.tokenStart && ['whether', 'if', 'why', 'how'].includes((tokens[p] as Token).normal);
  }

  /**
   * "said they believe …", "told reporters that he thinks …": a belief verb whose clause is itself the content of another
   * statement of the sentence, starting at the belief's subject, is part of that speech act (its content already holds it).
   */
  function beliefInsideSpeech(st: DraftStatement, others: readonly DraftStatement[]): boolean {
    const hint = st.speakerMentionHint;
    if (!hint || !st.cue || !cues.byLemma.get(st.cue.lemma)?.needsClause) return false;
    // (or after an adverbial that opens that content: "said that despite the crowds, he did not think …")
    return others.some((o) => o !== st && o.cue !== null && !cues.byLemma.get(o.cue.lemma)?.needsClause
      && ((o.content.start >= hint.start - 1 && o.content.start <= hint.start + 1) || (o.content.start < hint.start && /^[^,;]+,\s*$/u.test(text.slice(o.content.start, hint.start))))
      && o.content.end >= st.content.end - 2);
  }

  /** A "to" whose next word is tagged a verb between two offsets ("to pay", "not to record"; not "to loyal customers"). */
  function infinitiveIn(from: number, to: number): boolean {
    for (let k = 0; k + 1 < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.start < from) continue;
      if (t.start >= to) break;
      if (t.normal === 'to' && (tokens[k + 1] as Token).pos === 'VERB') return true;
    }
    return false;
  }

  /**
   * GUIDE decision 55: a cue of the lexicon's nestedOnly kind makes a statement only when it lies inside another
   * statement's content and has a subject of its own there ("said managers had instructed staff to …"), not the
   * reporter's narrative ("The firm pressed ahead with the sale").
   */
  function nestedWithOwnSubject(st: DraftStatement, others: readonly DraftStatement[]): boolean {
    const hint = st.speakerMentionHint;
    if (!st.cue || !hint) return false;
    // (what is asked or offered is an action: "instructed them not to …", "pressed some growers to …", "offered to pay …";
    // "pressed ahead with", "pressed charges", "offered a discount" tell of deeds)
    if (!NESTED_ACTION.test(st.content.text) || !infinitiveIn(st.content.start, Math.min(st.content.end, st.content.start + 80))) return false;
    // (with no object the content is the infinitive itself: "offered to pay …", not "offered “a step change in …”")
    if (!cues.byLemma.get(st.cue.lemma)?.object && !/^to\s/u.test(st.content.text)) return false;
    return others.some((o) => o !== st && o.cue !== null && o.content.start <= hint.start && st.cue!.end <= o.content.end
      // (not speech the content says did not happen: "dismissed claims that it was leaning on governors to …")
      && o.act !== 'DENY'
      // (not the speaker's own body's earlier act, decision 20: "Voller said the firm had offered to …", "Lind said
      // his office had offered to …"; a person named or a pronoun speaks, the body is "the"/a possessive and one noun)
      && !(o.speakerMentionHint !== undefined && /^(?:(?:\p{Lu}[\p{L}.'’-]*\s*)+|he|she)$/u.test(o.speakerMentionHint.text.trim())
        && /^(?:the|his|her|its|their|our)\s+\p{Ll}+$/iu.test(hint.text.trim())));
  }

  /**
   * GUIDE decision 55: speech the content says did not happen is no statement ("denied that the carrier had lobbied for
   * …", "denied reports that its envoy had asked for a ceasefire"): a cue inside the "that" clause of a denial, with no
   * relative pronoun between ("rejected the report, which said …" reports words that were said).
   */
  function deniedSpeechInside(st: DraftStatement, others: readonly DraftStatement[]): boolean {
    const cue = st.cue;
    if (!cue) return false;
    const hint = st.speakerMentionHint;
    // (the nested cue has its own subject inside the denial's clause; a participle after the denial is the denier's own)
    if (!hint || hint.end > cue.start) return false;
    return others.some((o) => o !== st && o.cue !== null && o.act === 'DENY' && o.cue.end <= hint.start && o.content.start <= hint.start && cue.end <= o.content.end
      // (not a set-off clause after the denied one: "denied that its plant had polluted the lake, after a group accused …")
      && /\bthat\b/iu.test(text.slice(o.cue.end, hint.start)) && !/\b(?:which|who|whom|whose)\b|[“”",;]/iu.test(text.slice(o.cue.end, cue.start)));
  }

  /** "rejected the criticism, saying …": the participle's words are already the content of the act it goes on with. */
  function participleGoesOn(st: DraftStatement, others: readonly DraftStatement[]): boolean {
    return st.cue !== null && goesOnAt.has(st.cue.start)
      && others.some((o) => o !== st && o.cue !== null && o.cue.start < st.cue!.start && o.content.start <= st.content.start && o.content.end >= st.content.end);
  }

  /**
   * "Langhans said she had asked the museum for …", "the ministry said it had urged both sides to …": a speaker telling of
   * their own earlier act, by a pronoun that opens the reported clause of a verb of plain saying, makes one statement,
   * the saying's (its content holds the act); the golds keep one in 9 of 10 such sentences. Another subject inside the
   * clause ("said two supervisors had asked for …", "said some members had urged …") is nested attribution: both stay.
   */
  function ownActInsideSaying(st: DraftStatement, others: readonly DraftStatement[]): DraftStatement | undefined {
    const hint = st.speakerMentionHint;
    if (!hint || !st.cue || !/^(he|she|it|they|we|i)$/iu.test(hint.text)) return undefined;
    // (only an act on an object, its content right after the cue: "had told researchers that she could not …" and "said
    // he doubted that …" report a clause of their own, which the golds label as its own statement)
    // (a preposition left out of the content, GUIDE decision 39, still stands right after the cue: "raised concerns about")
    const between = text.slice(st.cue.end, st.content.start).trim().toLowerCase();
    if (between !== '' && !PREPOSITIONS_BEFORE_CONTENT.get(between)?.has(st.cue.lemma)) return undefined;
    return others.find((o) => o !== st && o.cue !== null && o.content.start <= st.cue!.start && st.cue!.end <= o.content.end && PLAIN_SAYING.has(o.cue.lemma)
      && o.content.start === hint.start && o.content.end >= st.content.end);
  }

  /** The statement of a speaker's own doubt ("he doubted that …", "she questioned whether …") whose pronoun subject
   *  opens the content of `st`, a verb of plain saying, and which runs to its end; undefined when there is none. */
  function doubtInsideSaying(st: DraftStatement, others: readonly DraftStatement[]): DraftStatement | undefined {
    if (!st.cue || !PLAIN_SAYING.has(st.cue.lemma) || st.type !== 'indirect') return undefined;
    return others.find((o) => o !== st && o.cue !== null && o.act === 'QUESTION' && o.type === 'indirect' && !cues.byLemma.get(o.cue.lemma)?.needsClause
      && o.speakerMentionHint !== undefined && /^(he|she|it|they|we|i)$/iu.test(o.speakerMentionHint.text)
      && Math.abs(o.speakerMentionHint.start - st.content.start) <= 1 && o.cue.start > st.content.start && o.content.end >= st.content.end - 2
      && /^\s*(?:\p{L}+ly\s+|also\s+|still\s+|now\s+)?$/u.test(text.slice(o.speakerMentionHint.end, o.cue.start)));
  }

  /**
   * "The league said it did not comment on individual cases", "the firm said the company would not comment on …": a
   * refusal whose subject opens the reported clause of a verb of plain saying is one statement, the saying's, whose
   * content is the refusal (the golds keep one NO_COMMENT with the cue "said").
   */
  function refusalInsideSaying(st: DraftStatement, others: readonly DraftStatement[]): DraftStatement | undefined {
    const hint = st.speakerMentionHint;
    // (only the speaker itself: a pronoun, or a body's description, "the company"; "said the manager would not comment"
    // reports another's refusal)
    if (!hint || !st.cue || st.rules?.[0] !== 'no-comment') return undefined;
    if (!/^(he|she|it|they|we|i)$/iu.test(hint.text) && !(/^the\s/iu.test(hint.text) && !Object.hasOwn(ROLE_NOUNS, lastWord(hint.text)))) return undefined;
    return others.find((o) => o !== st && o.cue !== null && PLAIN_SAYING.has(o.cue.lemma) && o.cue.end <= hint.start
      && Math.abs(o.content.start - hint.start) <= 1 && o.content.end >= st.cue!.end);
  }

  /**
   * "Dunling said Valentyne had ordered the doors secured …", "said inspectors had ordered them replaced by September": an
   * order told as a past deed inside another speaker's reported clause, with the state ordered as its object's participle
   * and no words of its own, is part of that speaker's account, no statement of the one who ordered (the golds keep one
   * statement). A main-clause order stays ("The judge ordered Draston held in custody"), and so does a nested order with
   * an infinitive ("said the court had ordered the firm to pay …").
   */
  function orderedStateInside(st: DraftStatement, others: readonly DraftStatement[], s: Sentence): boolean {
    if (!st.cue || st.cue.lemma !== 'order') return false;
    if (!others.some((o) => o !== st && o.cue !== null && o.content.start <= st.cue!.start && st.cue!.end <= o.content.end)) return false;
    let j = s.tokenStart;
    while (j < s.tokenEnd && (tokens[j] as Token).start < st.content.start) j++;
    const first = j;
    // (wink tags some such participles as adjectives: "the gates chained/ADJ")
    const participle = (t: Token): boolean => (t.pos === 'VERB' && t.normal !== t.lemma && !t.normal.endsWith('ing') && !/s$/u.test(t.normal)) || (t.pos === 'ADJ' && /ed$/u.test(t.normal));
    while (j < s.tokenEnd && j < first + 5 && (['DET', 'NOUN', 'PROPN', 'NUM'].includes((tokens[j] as Token).pos) || ((tokens[j] as Token).pos === 'ADJ' && !participle(tokens[j] as Token))
      || ['them', 'him', 'her', 'it'].includes((tokens[j] as Token).normal))) j++;
    const v = tokens[j] as Token | undefined;
    return j > first && v !== undefined && j < s.tokenEnd && (participle(v) || STATEMENT_WORDS.orderedStateParticles.includes(v.normal));
  }

  /** "thinking that …", "believing the deal was done": an -ing form that no form of "be" makes progressive. */
  function beliefParticiple(cue: Cue, s: Sentence): boolean {
    if (!(tokens[cue.first] as Token).normal.endsWith('ing')) return false;
    let p = cue.first - 1;
    while (p >= s.tokenStart && auxOrAdverb(tokens[p]) && !PROGRESSIVE_BE.has((tokens[p] as Token).normal)) p--;
    return !(p >= s.tokenStart && PROGRESSIVE_BE.has((tokens[p] as Token).normal));
  }

  /** "The statement read: “…”", "“…,” read the sign": "read" reports the words of a document or sign, never a reader's. */
  function readBySign(st: DraftStatement | null): DraftStatement | null {
    if (!st || st.cue?.lemma !== 'read') return st;
    const hint = st.speakerMentionHint;
    return hint && (READ_SUBJECTS.has(phraseHead(hint.text)) || READ_SUBJECTS.has(lastWord(hint.text))) ? st : null;
  }

  /** "thanked the board for adopting what he called “a sensible plan”": the naming belongs to the statement
   *  whose content holds it (LABELS.md: a mixed statement with its quoted fragment). */
  function namingInsideStatement(st: DraftStatement, others: readonly DraftStatement[]): boolean {
    return st.rules?.[0] === 'direct:naming-relative'
      && others.some((o) => o !== st && o.content.start <= st.content.start && o.content.end >= st.content.end);
  }

  function buildStatement(cue: Cue, laterCues: readonly Cue[], s: Sentence, lastHint: SpeakerHint | null): DraftStatement | null {
    const cueSpan = tokSpan(cue.first, cue.last);
    const base = { cue: { ...cueSpan, lemma: cue.lemma }, act: cue.act, framing: cue.framing, sentence: s.index };
    /** No statement from this cue, and the check that refused it (recorded only for the explain script). */
    const refuse = (why: string): null => { refused(cue, why); return null; };

    if (cue.kind === 'according') return according(cue, s, base);
    if (cue.kind === 'no-comment') {
      let a = cue.first;
      while (a - 1 >= s.tokenStart && ['did', 'does', 'has', 'had', 'would', 'could'].includes((tokens[a - 1] as Token).normal)) a--;
      const hint = subjectLeft(a - 1, s) ?? (coordinated(a - 1, s) ? lastHint ?? sentenceSubject(s, a) : null);
      if (!hint) return refuse('no subject before the no-comment phrase');
      return draft('indirect', tokSpan(a, noCommentEnd(cue.last, s)), { ...base, cue: { ...tokSpan(a, cue.last), lemma: cue.lemma } }, hint, 0.85, 'no-comment');
    }

    const front = frontedCue(cue, s, base);
    if (front) return front;
    const written = writtenWords(cue, s, base);
    if (written) return written;

    // "what aide Kevin Dorsey called “the beginning of a new era”", "which critics called “reckless”": a naming verb whose
    // object is the relative word before its subject names with the quote right after it.
    if (cues.byLemma.get(cue.lemma)?.needsComplement || cue.lemma === 'describe') {
      // ("which she described as “a revolving door”")
      const asWord = cue.lemma === 'describe' && (tokens[cue.last + 1] as Token | undefined)?.normal === 'as' ? 1 : 0;
      const open = cue.lemma === 'describe' && asWord === 0 ? undefined : tokens[cue.last + 1 + asWord];
      const q = open && cue.last + 1 + asWord < s.tokenEnd ? byOpen.get(open.start) : undefined;
      if (q && q.open === (open as Token).start && !isContinuation.has(q.open)) {
        let a = cue.first - 1;
        while (a >= s.tokenStart && auxOrAdverb(tokens[a])) a--;
        const np = npLeftBounds(a, s);
        if (np) {
          let from = np[0];
          if (['which', 'that', 'what', 'whom', 'who'].includes((tokens[from] as Token).normal)) from++;
          const rel = tokens[from - 1];
          if (from <= a && rel && from - 1 >= s.tokenStart && ['which', 'that', 'what', 'whom', 'who'].includes(rel.normal)) return directFrom(q, base, tokSpan(from, a), 0.8, 'direct:naming-relative');
        }
      }
    }

    // Inverted: “…,” she said. / …, the ministry said. / …, said Hart.
    // (when the attribution has no clause before it, "But, he told the farmers who came to Balbury, “…”", it may still
    // report a quote forward)
    const inv = inverted(cue, s);
    const invSt = inv ? inv(base) : null;
    if (invSt && !(cue.kind === 'verb' && frontedAdverbial(cue, s) && accordingLed(s.tokenStart, s) && invSt.content.start === (tokens[s.tokenStart] as Token).start)) return invSt;
    if (inv) {
      const cs = skipToContent(cue.last + 1, s, cue);
      const ct = cs === null ? undefined : tokens[cs];
      // ("On Monday, the union accused the company of fraud", "In a letter, the union accused …": a fronted adverbial,
      // a preposition's or an adverb's phrase with no verb before the comma, is no inverted content; the cue reads
      // forward from its subject)
      if ((!ct || !isQuoteMark(ct.text) || !byOpen.has(ct.start)) && !frontedAdverbial(cue, s) && !openerParenthetical(cue, s) && !subjectWithAsides(cue, s)) return refuse('read as an inverted attribution with no quote or clause before it, and no fronted adverbial');
    }

    // Forward: X said (that) …
    let hint = subjectLeft(cue.first - 1, s);
    // "the trust had written to the club twice since January asking for a meeting": a participle after a time phrase is
    // no participle on the date; it is the act of the clause's subject, the one before the clause's verb
    if (hint && (tokens[cue.first] as Token).normal.endsWith('ing')) {
      let h0 = cue.first - 1;
      while (h0 > s.tokenStart && (tokens[h0] as Token).start > hint.start) h0--;
      const before = tokens[h0 - 1] as Token | undefined;
      let timeOnly = true;
      for (let j = h0; j < cue.first && timeOnly; j++) {
        const t = tokens[j] as Token;
        timeOnly = CALENDAR_WORDS.has(t.normal) || TIME_UNITS.has(t.normal) || WEEKDAYS.has(t.normal) || t.pos === 'NUM' || ['the', 'last', 'this', 'next', 'early', 'late', 'mid'].includes(t.normal);
      }
      if (timeOnly && h0 - 1 >= s.tokenStart && ['since', 'in', 'on', 'until', 'after', 'before', 'during', 'by', 'from', 'last', 'this', 'early', 'late'].includes(before?.normal ?? '')) {
        let v = h0 - 1;
        while (v >= s.tokenStart && quoteOfToken[v] === -1 && !/^[,;:—–]$/u.test((tokens[v] as Token).text) && !['VERB', 'AUX'].includes((tokens[v] as Token).pos)) v--;
        if (v >= s.tokenStart && ['VERB', 'AUX'].includes((tokens[v] as Token).pos) && quoteOfToken[v] === -1) {
          while (v - 1 >= s.tokenStart && auxOrAdverb(tokens[v - 1])) v--;
          hint = subjectLeft(v - 1, s);
        }
      }
    }
    let rule = 'forward';
    // "with three in 10 saying …": the poll's share is the speaker (a number heads no noun phrase on its own)
    const shareStart = (tokens[cue.first] as Token).normal === 'saying' ? pollShareWith(cue.first, s) : -1;
    if (!hint && shareStart >= 0) hint = tokSpan(shareStart, cue.first - 1);
    // "… would apply if an overseas judge ordered the bank to …", "unless the board says otherwise": a cue in a condition
    // tells of an act that may happen, not one that did
    if (hint) {
      let b = cue.first - 1;
      while (b >= s.tokenStart && (tokens[b] as Token).start >= hint.start) b--;
      if (b >= s.tokenStart && ['if', 'unless'].includes((tokens[b] as Token).normal) && quoteOfToken[b] === -1) return refuse('it is inside a condition ("if", "unless"): an act that may happen, not one that did');
      // ("should be suspicious of any message asking for their details": a participle on "any" tells of messages that may
      // come, none that did)
      if ((tokens[cue.first] as Token).normal.endsWith('ing') && FREE_CHOICE.test(hint.text) && quoteOfToken[cue.first] === -1) return refuse('a participle on "any"/"every" tells of messages that may come, none that did');
    }
    // "accused him of ignoring the advice and of later telling investigators that …": a gerund of saying after the "of" of
    // an accusation reports the words of the one accused, the accusation's object (a statement nested in its content)
    let gerundOf = false;
    // (a verb of plain saying: "accused Ambwick of dismissing workers" is the deed accused, no words)
    if (!hint && (tokens[cue.first] as Token).normal.endsWith('ing') && PLAIN_SAYING.has(cue.lemma)) {
      let p = cue.first - 1;
      while (p >= s.tokenStart && ((tokens[p] as Token).pos === 'ADV' || auxOrAdverb(tokens[p]))) p--;
      if (p > s.tokenStart && (tokens[p] as Token).normal === 'of') {
        for (let a = p - 1; a >= s.tokenStart && a >= p - 20; a--) {
          if (!cueTokensHere.has(a)) continue;
          const np = STATEMENT_WORDS_SETS.objectOnlyCues.has((tokens[a] as Token).lemma) ? npRight(a + 1, s) : null;
          // (with words reported: "of saying one thing and doing another" reports none)
          if (np && np[1] < p && reportedClause(tokens, cue.first, s, quoteOfToken)) { hint = tokSpan(np[0], np[1]); rule = 'gerund-of'; gerundOf = true; }
          break;
        }
      }
    }
    const participial = !gerundOf && (isParticipial(cue, s) || (!hint && pairedWithParticiple(cue, s)));
    if (participial) { hint = sentenceSubject(s, cue.first, true) ?? lastHint; rule = 'participial'; }
    // "She went on to say:", "The senator continued to say that …": the infinitive of a verb of going on has the
    // clause's subject ("wanted to say" reports nothing said).
    if (!hint && cue.first - 2 >= s.tokenStart && (tokens[cue.first - 1] as Token).normal === 'to') {
      let v = cue.first - 2;
      if ((tokens[v] as Token).normal === 'on') v--;
      const vt = tokens[v] as Token | undefined;
      const negated = v - 1 >= s.tokenStart && NEGATORS.has((tokens[v - 1] as Token).normal);
      if (vt && v >= s.tokenStart && !negated && vt.pos === 'VERB' && ['go', 'continue', 'proceed', 'begin', 'start', 'rise', 'pause', 'hasten', 'rush', 'move'].includes(vt.lemma)) {
        hint = subjectLeft(v - 1, s) ?? (coordinated(v - 1, s) ? lastHint ?? sentenceSubject(s, v) : null);
        rule = 'infinitive';
      }
      // "The mayor was quick to add that …", "Officials were careful to note that …": an adjective of readiness after
      // "be" makes the infinitive the subject's act, as a verb of going on does ("was eager to sell" reports nothing:
      // the cue itself still needs its content)
      const be = v - 1 >= s.tokenStart ? tokens[v - 1] as Token : undefined;
      if (!hint && vt && STATEMENT_WORDS_SETS.readyAdjectives.has(vt.normal) && be && be.lemma === 'be' && !(v - 2 >= s.tokenStart && NEGATORS.has((tokens[v - 2] as Token).normal))) {
        hint = subjectLeft(v - 2, s) ?? (coordinated(v - 2, s) ? lastHint ?? sentenceSubject(s, v) : null);
        // ("No one on the council is quick to defend …": a negative subject says nobody did it)
        // ("Nobody at the firm was careful to …": the subject found may be the noun after the negative word)
        for (let n = v - 2; hint && n >= s.tokenStart && n >= v - 10 && !/^[,;:.—–]$/u.test((tokens[n] as Token).text); n--) {
          // ("a few of the growers" is some of them)
          if (STATEMENT_WORDS_SETS.negativeSubjectWords.has((tokens[n] as Token).normal) && !(n - 1 >= s.tokenStart && (tokens[n - 1] as Token).normal === 'a')) return refuse('its subject is a negative word ("no one", "nobody"): no one said it');
        }
        if (hint) rule = 'infinitive';
      }
    }
    // "had written to the council in March to say the exits were obstructed", "phoned the station to tell them …": an
    // infinitive of purpose after a verb of getting in touch reports that verb's subject's words
    if (!hint && PLAIN_SAYING.has(cue.lemma) && cue.first - 2 >= s.tokenStart && (tokens[cue.first - 1] as Token).normal === 'to') {
      for (let v = cue.first - 2; v >= s.tokenStart && v >= cue.first - 10; v--) {
        const vt = tokens[v] as Token;
        if (quoteOfToken[v] !== -1 || /^[,;:.]$/u.test(vt.text)) break;
        if (vt.pos !== 'VERB') continue;
        // (not negated, and not passive: "staff had been called to meetings to tell them …" are the ones told)
        if (!STATEMENT_WORDS_SETS.purposeSayingVerbs.has(vt.lemma) || (v - 1 >= s.tokenStart && (NEGATORS.has((tokens[v - 1] as Token).normal) || PROGRESSIVE_BE.has((tokens[v - 1] as Token).normal)))) break;
        // ("called on the commission to explain why …" is a demand: the one asked is to speak, not the caller)
        const particle = v + 1 < s.tokenEnd ? (tokens[v + 1] as Token).normal : '';
        if (vt.lemma === 'call' && (particle === 'on' || particle === 'upon' || particle === 'for')) break;
        hint = subjectLeft(v - 1, s);
        if (hint) rule = 'purpose';
        break;
      }
    }
    if (!hint && coordinated(cue.first - 1, s) && finite(cue)) {
      // "accused X of … and demanded that …" (the earlier cue's speaker), or "met survivors and said …" (the subject)
      // (the noun a relative clause is on, for a verb coordinated inside it: no outer speaker's next act)
      const relative = relativeAntecedentBefore(cue.first - 1, s);
      hint = relative ?? lastHint ?? sentenceSubject(s, cue.first);
      rule = relative ? 'relative-coordinated' : 'coordinated';
      // "the change, agreed on Sunday and announced on Friday, drew anger …": coordinated participles set off after
      // the subject, whose own verb follows the comma after a setting, describe it; they report nothing. The first
      // participle is set off by a comma of its own, and no "that" follows the second one's set-off phrases: "resigned
      // on Friday and said in a letter, seen by Reuters, that she had been misled" is the subject's next act.
      let j = cue.last + 1;
      while (j < s.tokenEnd && j <= cue.last + 6 && ['ADP', 'NOUN', 'PROPN', 'NUM', 'DET', 'ADJ'].includes((tokens[j] as Token).pos)) j++;
      const after = tokens[j + 1] as Token | undefined;
      let setOff = false;
      for (let b = cue.first - 2; b >= s.tokenStart && b >= cue.first - 10; b--) {
        const w = tokens[b] as Token;
        if (w.text === ',') { setOff = (tokens[b + 1] as Token).pos === 'VERB'; break; }
        if (w.pos === 'VERB' && b - 1 >= s.tokenStart && (tokens[b - 1] as Token).text !== ',') break;
      }
      let m = j + 1;
      while (m < s.tokenEnd && m <= j + 10 && (tokens[m] as Token).text !== ',' && quoteOfToken[m] === -1) m++;
      const thatFollows = m + 1 < s.tokenEnd && (tokens[m] as Token).text === ',' && (tokens[m + 1] as Token).normal === 'that';
      if (!lastHint && setOff && !thatFollows && j + 1 < s.tokenEnd && (tokens[j] as Token).text === ',' && after !== undefined && (after.pos === 'AUX' || (after.pos === 'VERB' && !after.normal.endsWith('ing')))) return refuse("a set-off participle with a finite verb after its clause: a participle of the reporter's narrative");
    }
    // Passive "it was announced by X that …"; without an agent and a reported clause a passive cue reports no one's
    // words ("was ordered to", "had been asked", "have been confirmed", "first reported by the daily in March").
    let c = cue.last + 1;
    // "said — on the radio, as it happens — that …", "said — after a pause — the plan would …": a parenthetical set off
    // by two dashes stands before the clause. When the dashed stretch is itself a clause and no clause follows it
    // ("said — the plan would cost jobs — but did not …"), the dashes set off the reported clause.
    let dashClose: number | null = null;
    if (isDash(c)) {
      let j = c + 1;
      while (j < s.tokenEnd && j <= c + 15 && !isDash(j) && quoteOfToken[j] === -1 && !PUNCT_END.test((tokens[j] as Token).text)) j++;
      if (j < s.tokenEnd && j > c + 1 && isDash(j) && j + 1 < s.tokenEnd && !PUNCT_END.test((tokens[j + 1] as Token).text)) {
        if (!finiteClauseIn(c + 1, j - 1) || clauseOpensAt(j + 1, s)) c = j + 1;
        else { c += 1; dashClose = j; }
      }
    }
    const passive = isPassive(cue, s);
    if (passive) {
      // "was warned in May by one of its tenants that …": a few words may stand before the agent.
      let by = c;
      while (by < s.tokenEnd && by < c + 5 && (tokens[by] as Token).normal !== 'by' && !/^[,;:.]$/u.test((tokens[by] as Token).text)) by++;
      if (by >= s.tokenEnd || (tokens[by] as Token).normal !== 'by') return refuse('a passive cue with no "by" and an agent after it');
      const np = npRight(by + 1, s);
      if (!np) return refuse('a passive cue with no noun phrase after "by"');
      // the reported clause follows the agent, perhaps after an appositive: "by the chair, Ingrid Nobfold, that …"
      let that = np[1] + 1;
      while (that < s.tokenEnd && that < np[1] + 8 && (tokens[that] as Token).normal !== 'that' && (tokens[that] as Token).text !== ':' && !['VERB', 'AUX'].includes((tokens[that] as Token).pos)) that++;
      const ap = (tokens[np[1] + 1] as Token).text === ',' ? npRight(np[1] + 2, s) : null;
      if (that >= s.tokenEnd || !((tokens[that] as Token).normal === 'that' || (tokens[that] as Token).text === ':')) {
        // "Her death was confirmed by her nephew, Aurel Varga.": an announcement in the passive, its agent closing the
        // sentence, reports the subject (GUIDE section 1: an announced action is a statement, content the object phrase)
        // (or a relative clause on the agent follows: "by her nephew, Aurel Varga, who said …")
        const closes = (e: number): boolean => {
          if ((tokens[e + 1] as Token | undefined)?.text === ',' && ['who', 'which'].includes((tokens[e + 2] as Token | undefined)?.normal ?? '')) return true;
          let j = e + 1;
          while (j < s.tokenEnd && isPunct(tokens[j] as Token) && !isQuoteMark((tokens[j] as Token).text)) j++;
          return j >= s.tokenEnd;
        };
        // "That account was disputed by the directorate.", "The plan was criticised in March by residents.": a cue whose
        // object is what it is about (no one addressed) has its subject as content and its agent as speaker, a body or a
        // group of people too (GUIDE decision 118); a few words may stand before the agent
        const aboutCue = STATEMENT_WORDS_SETS.passiveContentCues.has(cue.lemma);
        if (!(STATEMENT_WORDS_SETS.passiveAnnouncing.has(cue.lemma) || aboutCue) || (by !== c && !aboutCue) || !(closes(np[1]) || (ap !== null && closes(ap[1])))) return refuse('a passive cue whose agent is no announcing body or whose phrase does not close there');
        // the agent is a person who tells: a role or relative noun ("her nephew", "a spokesman", "police") or a name of two
        // words or more with no article and no body's head word ("by Tom Reed"); a document, medium, count or a body
        // acting formally confirms by a vote or a record, not by words ("by the Senate", "by email", "by a recount")
        const agentHead = (tokens[np[1]] as Token).normal;
        const agentName = np[1] > np[0] && !ARTICLES.has((tokens[np[0]] as Token).normal)
          && tokSpan(np[0], np[1]).text.split(/\s+/u).every((w) => /^\p{Lu}/u.test(w) && !ORG_HEADS.has(w.toLowerCase()));
        const agentTok = tokens[np[1]] as Token;
        const speakingBody = aboutCue && (ORG_HEADS.has(agentHead) || ORG_HEADS.has(agentTok.lemma) || Object.hasOwn(ROLE_NOUNS, agentTok.lemma) || ALWAYS_NOUNS.has(agentHead) || agentTok.pos === 'PROPN');
        if (!(Object.hasOwn(ROLE_NOUNS, agentHead) || STATEMENT_WORDS_SETS.announcingAgents.has(agentHead) || agentName || speakingBody)) return refuse('a passive cue whose agent is no role, no announcing body and no name');
        let k = cue.first - 1;
        while (k >= s.tokenStart && (auxOrAdverb(tokens[k]) || (tokens[k] as Token).pos === 'AUX')) k--;
        let subj = k >= s.tokenStart ? npLeftBounds(k, s) : null;
        // ("That account was disputed …": a demonstrative wink tags a pronoun opens the noun phrase)
        if (subj && subj[0] === s.tokenStart + 1 && ['that', 'this', 'these', 'those'].includes((tokens[s.tokenStart] as Token).normal)) subj = [s.tokenStart, subj[1]];
        if (!subj || subj[0] !== s.tokenStart || !['NOUN', 'PROPN'].includes((tokens[subj[1]] as Token).pos)) return refuse('a passive cue whose subject does not open the sentence as a noun');
        return contentDraft(subj[0], subj[1], base, { ...tokSpan(np[0], np[1]), ...(ap && closes(ap[1]) ? { appositive: tokSpan(ap[0], ap[1]) } : {}) }, 0.7, aboutCue ? 'passive:about' : 'passive:announced');
      }
      hint = { ...tokSpan(np[0], np[1]), ...(ap && ap[1] < that ? { appositive: tokSpan(ap[0], ap[1]) } : {}) };
      c = that; rule = 'passive';
    }
    if (!hint) return refuse('no speaker phrase found for it (before, after or as the subject of the clause)');
    // "organisations must report a breach", "candidates should say …": an obligation reports no words.
    for (let k = cue.first - 1; k >= s.tokenStart && auxOrAdverb(tokens[k]); k--) if (['must', 'should', 'ought'].includes((tokens[k] as Token).normal)) return refuse('under "must"/"should"/"ought": what someone ought to say, not what was said');
    // "the umpire had not asked the batsman to leave", "the council never urged residents to …": a request not made is
    // no statement (a refusal to speak is the no-comment cue's, not a request's)
    if (cue.act === 'DEMAND') for (let k = cue.first - 1; k >= s.tokenStart && auxOrAdverb(tokens[k]); k--) if (NEGATORS.has((tokens[k] as Token).normal)) return refuse('a negated demand ("did not call for")');
    // "she had never doubted that she would be cleared", "the board did not question the figures": a doubt not voiced
    if (cue.act === 'QUESTION') for (let k = cue.first - 1; k >= s.tokenStart && auxOrAdverb(tokens[k]); k--) if (NEGATORS.has((tokens[k] as Token).normal)) return refuse('a negated question ("did not question")');
    // "The union has not welcomed the offer", "Not everyone has welcomed her rise": praise not given, or given by nobody
    // named, is the reporter's account of a reception, no words anyone said
    if (cue.act === 'PRAISE') {
      for (let k = cue.first - 1; k >= s.tokenStart && auxOrAdverb(tokens[k]); k--) if (NEGATORS.has((tokens[k] as Token).normal)) return refuse('a negated cue of this act');
      if (/^not[^\S\n]+(?:every|all)/iu.test(hint.text) || /^not$/iu.test(text.slice(Math.max(0, hint.start - 4), hint.start).trim())) return refuse('its subject is "not every"/"not all"');
    }
    // "an opening offer of 40 million euros, which Castellan rejected within hours": the relative is the cue's object,
    // an offer turned down, and what follows is no clause; a rejection of words ("the claims, which it denied") stays
    if (rule === 'forward') {
      let ti = cue.first - 1;
      while (ti > s.tokenStart && (tokens[ti - 1] as Token).start >= hint.start) ti--;
      const rel = ti - 1 >= s.tokenStart ? tokens[ti - 1] as Token : undefined;
      // (the relative's antecedent: the noun phrase before it, "an offer of around 40 million euros")
      let tendered = false;
      for (let a = ti - 2 - (ti - 2 >= s.tokenStart && (tokens[ti - 2] as Token).text === ',' ? 1 : 0); a >= s.tokenStart && a >= ti - 10; a--) {
        const w = tokens[a] as Token;
        if (w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'PUNCT') break;
        if (w.pos === 'NOUN' && STATEMENT_WORDS_SETS.tenderedNouns.has(w.normal)) { tendered = true; break; }
      }
      const next = c < s.tokenEnd ? tokens[c] as Token : undefined;
      if (rel && ['which', 'that'].includes(rel.normal) && tendered && (!next || ['ADP', 'ADV', 'PUNCT'].includes(next.pos))) return refuse('inside a relative clause on a thing tendered ("the offer which it rejected")');
    }
    // "a page describing the project", "a video posted on social media": a participle modifying a noun reports nothing.
    if (rule === 'forward' && reducedParticiple(cue, s)) return refuse('a reduced passive participle after its noun ("a man accused of …", "a firm blamed for …")');
    // "The levy was a mistake, as the economist noted in a column.": a trailing "as X said/noted/reported" attributes the
    // clause before its comma; what follows the cue is a setting, not words.
    if (rule === 'forward' && (PLAIN_SAYING.has(cue.lemma) || cue.lemma === 'report')) {
      let a = cue.first - 1;
      while (a >= s.tokenStart && (tokens[a] as Token).end > hint.start) a--;
      const asTok = tokens[a];
      const comma = tokens[a - 1];
      if (asTok && comma && a - 2 > s.tokenStart && asTok.normal === 'as' && (comma.text === ',' || isDash(a - 1)) && quoteOfToken[a - 1] === -1) {
        let setting = true;
        for (let j = cue.last + 1; j < s.tokenEnd && setting; j++) {
          const w = tokens[j] as Token;
          if (PUNCT_END.test(w.text) && j === s.tokenEnd - 1) break;
          setting = !(w.pos === 'VERB' || w.pos === 'AUX' || w.normal === 'that' || /^[,:;—–]$/u.test(w.text) || isQuoteMark(w.text));
          // (an object after the cue is what was said or reported, not a setting: "Shares fell, as the firm reported a
          // loss"; "told" keeps its addressee: "as he told reporters on Monday")
          if (j === cue.last + 1 && !(cue.lemma === 'tell' || TRAILING_OK.has(w.normal) || CALENDAR_WORDS.has(w.normal) || w.pos === 'ADP' || w.pos === 'ADV' || w.pos === 'NUM')) setting = false;
        }
        let e = a - 2;
        while (e > s.tokenStart && isPunct(tokens[e] as Token) && !isQuoteMark((tokens[e] as Token).text)) e--;
        let verb = false;
        let attributed = false;
        for (let j = s.tokenStart; j <= e; j++) {
          const w = tokens[j] as Token;
          verb ||= ['VERB', 'AUX'].includes(w.pos);
          attributed ||= w.pos === 'VERB' && (PLAIN_SAYING.has(w.lemma) || SAYING_OF_CLAUSE.has(w.lemma));
        }
        // ("The spokesman said the fine was lawful, as regulators said in March": the clause has its own speaker; the
        // trailing "as" adds a second source, whose words are not the clause's cue and speaker)
        if (setting && verb && attributed) return refuse("an \"as … reported\" setting whose words are another source's");
        if (setting && verb) return contentDraft(s.tokenStart, e, base, hint, 0.8, 'indirect:as-reported');
      }
    }
    // "She pointed to rising costs", "Democrats have pointed to his record": "point to" cites something as evidence only
    // for a speaker that argues (a person, a name, a role); "the arrow pointed to the exit", "signs point to a thaw" show a
    // direction
    if (cue.lemma === 'point to' && !/^(he|she|they|we|i|you)$/iu.test(hint.text) && !/^\p{Lu}/u.test(hint.text.split(/\s+/u).pop() ?? '') && !(lastWord(hint.text) in ROLE_NOUNS)) return refuse('"point to" whose subject is no speaker that argues');
    // ("pointed to the barn", "pointed to the map and traced the route": a place or thing pointed at; the object must be
    // evidence, "rising costs", "his record", "the fact that …", or be called so by a later "as proof/an example")
    if (cue.lemma === 'point to' && !evidenceObject(c, s)) return refuse('"point to" whose object is no evidence');
    // "found"/"showed" report speech only for documents and investigators ("it had found no evidence" is inside a claim).
    // ("The budget office found in a memo released Monday that …": a setting in a document between the verb and "that" is
    // no object; the clause after "that" is what was found, as right after the verb)
    const thatAt = (tokens[cue.last + 1] as Token | undefined)?.normal === 'that' ? cue.last + 1 : documentSettingThat(cue.last + 1, s);
    if ((cue.lemma === 'find' || cue.lemma === 'show') && !REVEAL_SUBJECTS.has(lastWord(hint.text)) && !REVEAL_SUBJECTS.has(phraseHead(hint.text)) &&
      !(thatAt > 0 && !/^(it|he|she|they|we|i|you)$/iu.test(hint.text) && !EVENT_SUBJECTS.has(lastWord(hint.text).toLowerCase()))) return refuse('"found"/"showed" with a subject that is no document, investigator or body of inquiry, and no "that" clause after the verb');
    // "Asked whether she would run, Miller said no.": a bare yes or no closing the clause answers a question; it is
    // what the speaker said, as the quoted "No." would be ("said no to the plan" refuses something and reports nothing).
    const answer = tokens[c];
    if (answer && c < s.tokenEnd && ['say', 'answer', 'reply', 'respond'].includes(cue.lemma) && /^(?:yes|no)\.?$/u.test(answer.normal)) {
      const after = tokens[c + 1];
      // (after a comma or dash only a participle or an "and" clause of the speaker's own may follow: "said no, adding
      // that …", "replied no — and left"; a clause there is what was said, "said no, the readings were normal")
      const then = tokens[c + 2];
      const closes = c + 1 >= s.tokenEnd || !after || answer.normal.endsWith('.') || /^[.!]$/u.test(after.text) || c + 2 >= s.tokenEnd
        || (!!then && (['and', 'but'].includes(then.normal) || (then.pos === 'VERB' && then.normal.endsWith('ing'))))
        // (a poll's share answers in a word, and the reporter's tally follows its comma: "46 percent said yes, compared with …")
        || (after?.text === ',' && pollShareSubject(hint));
      if (closes && (c + 1 >= s.tokenEnd || !after || answer.normal.endsWith('.') || /^[.,;!]$/u.test(after.text) || isDash(c + 1))) return draft('indirect', span(answer.start, answer.start + answer.normal.replace(/\.$/u, '').length), base, hint, 0.8, 'indirect:answer');
    }
    // Skip an addressee (told Reuters that, warned investors that) and "that"/":"/"," before the content.
    const contentStart = skipToContent(c, s, cue);
    // "He said as the crowd left", "she told reporters while touring the plant", "he said when asked about it": a clause
    // of time or reason after a cue of plain saying is the reporter's setting, not what was said
    // (after "that" the clause is reported, "said that as costs rose, the plan would fail"; so is a later "that" clause,
    // "said when asked about it that the plan was dead", and a main clause after a comma that the fronted clause
    // leads into, "said because the fund is small, the town must wait", "said as he left, “We will be back.”")
    // (nor is it the setting when a main clause follows it with no comma, "said while she backed the plan she worried
    // about the cost", "said when she arrived the door was open": the fronted clause leads into what was said)
    if (rule === 'forward' && contentStart !== null && settingConjunctionAt(contentStart, cue) && (tokens[contentStart - 1] as Token).normal !== 'that'
      && !mainClauseAfter(contentStart, s)
      && !Array.from({ length: s.tokenEnd - contentStart }, (_, i) => contentStart + i).some((j) => quoteOfToken[j] === -1 && ((tokens[j] as Token).normal === 'that' || /^[,:;]$/u.test((tokens[j] as Token).text) || isDash(j) || (isQuoteMark((tokens[j] as Token).text) && byOpen.has((tokens[j] as Token).start))))) return refuse('a clause of time or reason after the cue ("said as the crowd left")');
    // "She accused the militia of burning farms, a charge its commander denied.": the denial closes an appositive
    // noun of saying (remarkNouns, "a charge (that/which) X denied"); that noun phrase is what is denied, as the object
    // of "X denied the charge" is
    if (contentStart === null && cue.act === 'DENY' && rule === 'forward') {
      const ap = appositiveRemarkBefore(hint);
      if (ap) return contentDraft(ap[0], ap[1], base, hint, 0.7, 'indirect:appositive-denied');
    }
    if (contentStart === null) {
      // "He said:" ending its sentence or paragraph, and the quote opening right after it.
      const colon = tokens[s.tokenEnd - 1] as Token;
      if (colon.text === ':' && colon.start > (tokens[cue.last] as Token).start) {
        const next = nextQuoteAfter(colon.end);
        if (next && !isContinuation.has(next.open) && /^\s*$/u.test(text.slice(colon.end, next.open))) return directFrom(next, base, hint, 0.85, `direct-after-colon:${rule}`);
      }
      return quoteAfterAttribution(cue, s, base, hint, rule);
    }
    // "it would defend the decision in court", "the council will challenge the ruling": a cue under a modal whose object
    // is a plain noun phrase states an intention, not words; "will say that …", "would argue it is …" and quotes report.
    if (underModal(cue, s) && !clauseOrQuoteFrom(contentStart, s)) return refuse('under a modal with a plain noun-phrase object: an intention, not words');
    // "had written to the banks that lent to it": whom the letter went to, with no words reported
    if (['write', 'speak', 'talk'].includes(cue.lemma) && (tokens[contentStart] as Token).normal === 'to' && contentStart === c) return refuse('"wrote/spoke/talked to" someone, with no words reported');
    let end = dashClose !== null ? dashClose - 1 : s.tokenEnd - 1;
    // Stop before a later cue with a subject of its own ("…, an Israeli military spokesperson had asserted") or a
    // coordinated cue ("… and has demanded"); a cue inside the reported clause is nested and stays in it, and a later
    // one may still start a clause of its own ("…, and when asked whether …, he said").
    // (a participle after a nested cue is that cue's: "filings show the group asked the court to …, arguing that …")
    let nestedBefore = false;
    for (const later of laterCues) {
      if (later.first <= contentStart) continue;
      // (a nestedOnly cue is never a clause of the speaker's own: "said the council could not help but had offered to …")
      if (cues.byLemma.get(later.lemma)?.nestedOnly) { nestedBefore = true; continue; }
      const cut = clauseCut(cue, later, contentStart, s, nestedBefore);
      if (cut !== null) { end = Math.min(end, cut); break; }
      nestedBefore = true;
    }
    // GUIDE decision 55: "said the panel had recommended a full audit and that the treasurer had …", "had found “no change”
    // in X, and that …": inside the clause of an earlier cue, an object with no clause of its own ends before "and that",
    // which goes on with the outer clause ("described the findings as “a snapshot” and that …" with no cue before it keeps
    // both as its own)
    let earlierCue = false;
    for (let a = s.tokenStart; a < cue.first && (tokens[a] as Token).end <= hint.start; a++) if (cueTokensHere.has(a) && quoteOfToken[a] === -1) earlierCue = true;
    for (let j = contentStart + 1; earlierCue && j <= end; j++) {
      if ((tokens[j] as Token).normal !== 'that' || quoteOfToken[j] !== -1 || !coordinatedThat(j)) continue;
      let e = j - 1;
      while (e > contentStart && ['and', 'or', 'but', ','].includes((tokens[e] as Token).normal)) e--;
      // (a clause has a finite verb after its subject, adverbs or a quote mark between: "her government still favoured",
      // "the company “respects …”"; "an outright ban", tagged a verb, has no subject before it)
      let clause = finiteClauseIn(contentStart - 1, e);
      for (let v = contentStart + 1; !clause && v <= e; v++) {
        const t = tokens[v] as Token;
        if (t.pos !== 'VERB' || t.normal === t.lemma || t.normal.endsWith('ing')) continue;
        let b = v - 1;
        while (b > contentStart && ((tokens[b] as Token).pos === 'ADV' || isQuoteMark((tokens[b] as Token).text))) b--;
        if ((tokens[b] as Token).pos === 'PRON' || nounish(tokens[b] as Token, tokens[b - 1])) clause = true;
      }
      if (!clause) end = Math.min(end, e);
      break;
    }
    // "had recommended closing the bridge but had been overruled", "had been warned … that ice was forecast and had done
    // nothing": a predicate coordinated with the cue's own perfect auxiliary is the subject's next deed, not the words
    // (not a pronoun's own act inside its saying, "said it had answered every letter and had spent …", one statement)
    if (!/^(?:he|she|it|they|we|i)$/iu.test(hint.text.trim())) end = Math.min(end, coordinatedPerfectEnd(cue, contentStart, end, s));
    // "had written to the club asking for a meeting and had received no reply", "asked for a meeting and had heard
    // nothing": after a content with no verb of its own (a request's object), "and" with an auxiliary and a participle
    // and no subject goes back to the clause's subject; its next deed is no part of the words
    end = Math.min(end, predicateAfterObjectEnd(contentStart, end));
    // "The campaign, which has accused X of Y, said …": the relative clause ends where the main clause's verb follows a comma.
    if (hint.relative) {
      for (let j = contentStart + 1; j < end; j++) {
        if ((tokens[j] as Token).text !== ',') continue;
        // (the comma may close a quoted fragment too: "… of “hiding behind a call centre,” said …")
        const closes = j + 1 < end && isQuoteMark((tokens[j + 1] as Token).text) && byClose.has((tokens[j + 1] as Token).start);
        // (a doubled closing mark, "…,'' said", is two tokens)
        const markEnd = closes ? markLast(j + 1) : j;
        let v = closes ? markEnd + 1 : j + 1;
        while (v < end && auxOrAdverb(tokens[v])) v++;
        const vt = tokens[v] as Token;
        // (or a finite auxiliary of its own: "Hotel operators, who have long argued that …, were more cautious")
        const a0 = tokens[closes ? markEnd + 1 : j + 1] as Token | undefined;
        const finiteAux = !!a0 && a0.pos === 'AUX' && (FINITE_AUX.has(a0.normal) || MODALS.has(a0.normal)) && quoteOfToken[closes ? markEnd + 1 : j + 1] === -1;
        if (((vt.pos === 'VERB' && !vt.normal.endsWith('ing')) || finiteAux) && quoteOfToken[v] === -1) { end = closes ? markEnd : j - 1; break; }
      }
    }
    // "The deal, which the mayor said would create 300 jobs, was approved": a cue inside a relative clause whose gap is
    // the reported clause's subject reports up to the comma that closes the relative clause.
    {
      let r = cue.first - 1;
      while (r >= s.tokenStart && (tokens[r] as Token).end > hint.start) r--;
      const rel = tokens[r];
      const ct = tokens[contentStart] as Token;
      if (rel && r - 1 >= s.tokenStart && ['which', 'who', 'that'].includes(rel.normal) && (tokens[r - 1] as Token).text === ',' && (ct.pos === 'AUX' || ct.pos === 'VERB')) {
        for (let j = contentStart + 1; j < end; j++) if ((tokens[j] as Token).text === ',' && quoteOfToken[j] === -1) { end = j - 1; break; }
      }
      // "The rules that crews say are unsafe were changed": in a relative clause on the sentence's subject, with no commas,
      // the reported predicate ends where the main clause's own finite verb comes after it.
      // (wink may tag the relative's present verb as a plural noun, "The plan that critics say costs too much was dropped":
      // in the gap after the cue an -s word that no verb follows is that verb)
      else if (rel && ['which', 'that'].includes(rel.normal) && (ct.pos === 'AUX' || ct.pos === 'VERB' || gapVerbAsNoun(contentStart)) && npLeftBounds(r - 1, s)?.[0] === s.tokenStart) {
        // (the relative's own predicate is its auxiliaries and one participle or adjective, "was rushed", "has been
        // rising", "are unsafe": the next finite auxiliary is the main clause's, "… was rushed is now under review")
        let j = contentStart + 1;
        if (ct.pos === 'AUX') {
          while (j < end && auxOrAdverb(tokens[j])) j++;
          if (j < end && ['VERB', 'ADJ'].includes((tokens[j] as Token).pos)) j++;
        }
        for (; j <= end; j++) {
          const w = tokens[j] as Token;
          if (quoteOfToken[j] !== -1 || ['CCONJ', 'SCONJ', 'PRON'].includes(w.pos) || RELATIVE_PRONOUNS.has(w.normal) || w.normal === 'that') break;
          if (w.pos === 'AUX' && (FINITE_AUX.has(w.normal) || MODALS.has(w.normal))) { end = j - 1; break; }
        }
      }
    }
    // "While Clinton argued that prices would fall, the president …", "Years after he claimed that …, the state …": a
    // cue in a fronted adverbial clause reports up to the comma where the main clause's subject and verb begin.
    // A semicolon outside quotes ends the reported clause: "calls for a single-payer system; Mrs. Clinton aims to …".
    for (let j = contentStart + 1; j < end; j++) if ((tokens[j] as Token).text === ';' && quoteOfToken[j] === -1) { end = j - 1; break; }
    // "Skyvale grounded its fleet after the regulator found that checks had been skipped, stranding thousands of
    // passengers": a cue in an adverbial clause (after, before, when, because …) that follows the main clause's verb
    // reports up to a comma and a participle that is no cue; that participle tells the main clause's result, the
    // reporter's narrative (a cue's participle there is its own act or the speaker's, decided above)
    {
      let r = cue.first - 1;
      while (r >= s.tokenStart && (tokens[r] as Token).end > hint.start) r--;
      const sub = tokens[r] as Token | undefined;
      let mainVerb = false;
      for (let m = s.tokenStart; m < r; m++) if (quoteOfToken[m] === -1 && ((tokens[m] as Token).pos === 'VERB' || (tokens[m] as Token).pos === 'AUX') && m > s.tokenStart) mainVerb = true;
      // (the subordinator opens the cue's own clause: no comma between it and the cue, "The contractor that worked on the
      // dam after the breach, Keller-Moss, estimates that …" has the subject's "after" and no adverbial clause of the cue)
      let plain = true;
      for (let m = r + 1; m < cue.first; m++) if (/^[,;:—–()]$/u.test((tokens[m] as Token).text) || quoteOfToken[m] !== -1) plain = false;
      if (plain && sub !== undefined && r > s.tokenStart && quoteOfToken[r] === -1 && STATEMENT_WORDS_SETS.resultClauseSubordinators.has(sub.normal) && mainVerb && (tokens[r - 1] as Token).text !== ',') {
        for (let j = contentStart + 1; j + 1 <= end; j++) {
          const w = tokens[j + 1] as Token;
          if ((tokens[j] as Token).text === ',' && quoteOfToken[j] === -1 && quoteOfToken[j + 1] === -1 && /^\p{Ll}{3,}ing$/u.test(w.text) && w.pos === 'VERB' && !cueTokensHere.has(j + 1)) { end = j - 1; break; }
        }
      }
    }
    // "with 41 percent saying the ferry should stay, compared with a fifth who …", "…, the mayor at 20 percent": a poll
    // answer is a short clause; after its comma comes the reporter's tally.
    // (so is the answer of a share of a poll's sample as the subject, "47 percent said they would vote for her, compared
    // with 35 percent now", "Nearly half say they want the old timetable back, while a third want …", after its clause)
    const shareSubject = shareStart < 0 && pollShareSubject(hint) && ['PRON', 'DET', 'NOUN', 'PROPN', 'NUM'].includes((tokens[contentStart] as Token).pos);
    if (shareStart >= 0 || shareSubject) {
      for (let j = contentStart + 1; j < end; j++) {
        if ((tokens[j] as Token).text !== ',' || quoteOfToken[j] !== -1 || (shareSubject && !answerClauseIn(contentStart, j - 1))) continue;
        // (", and that …" goes on with a second answer of the same share)
        if (shareSubject && ['and', 'but'].includes((tokens[j + 1] as Token | undefined)?.normal ?? '') && (tokens[j + 2] as Token | undefined)?.normal === 'that') continue;
        end = j - 1;
        break;
      }
    }
    // "called himself moderate, a label he later dropped": a naming verb's bare adjective closes its content at the comma
    if (cues.byLemma.get(cue.lemma)?.needsComplement) {
      for (let j = contentStart + 1; j < end; j++) {
        const w = tokens[j] as Token;
        if (w.pos === 'VERB' || w.pos === 'AUX' || quoteOfToken[j] !== -1) break;
        // (not a role after a possessive: "called Jones, his rival, a “fraud”")
        const before = tokens[j - 2] as Token;
        if (w.text === ',' && (tokens[j - 1] as Token).pos === 'ADJ' && before.pos !== 'DET' && !POSSESSIVE_DETERMINERS.has(before.normal)) { end = j - 1; break; }
      }
    }
    // "…, but declined to say more", "…, but critics point to …": after ", but" a verb, or a subject and its verb, is the
    // reporter's next clause; ", but that …" goes on with a second reported clause.
    for (let j = contentStart + 1; j + 2 <= end; j++) {
      if ((tokens[j] as Token).text !== ',' || (tokens[j + 1] as Token).normal !== 'but' || quoteOfToken[j] !== -1) continue;
      if (butClause(j + 2, end, s) && !butItOfContent(j + 2, contentStart, hint, cue)) { end = j - 1; break; }
    }
    // "Residents say the river has been poisoned, and a laboratory report commissioned by a charity appears to back them":
    // after ", and" a clause whose subject is a document (DOCUMENT_HEADS) with a finite verb of its own is the reporter's
    // account of another source, not more of the speaker's words; a backshifted verb after a past cue ("said the audit
    // was flawed, and the report had ignored …") is still the speaker's
    for (let j = contentStart + 1; j + 3 <= end; j++) {
      if ((tokens[j] as Token).text !== ',' || (tokens[j + 1] as Token).normal !== 'and' || quoteOfToken[j] !== -1) continue;
      const np = npRight(j + 2, s);
      if (!np || np[1] >= end || !DOCUMENT_HEADS.has((tokens[np[1]] as Token).normal)) continue;
      let v = np[1] + 1;
      // (a participle and its phrase on the document: "commissioned by an environmental group")
      if ((tokens[v] as Token).pos === 'VERB' && /(ed|en)$/u.test((tokens[v] as Token).normal)) {
        v++;
        while (v <= end && v < np[1] + 10 && !['VERB', 'AUX'].includes((tokens[v] as Token).pos) && quoteOfToken[v] === -1 && !isPunct(tokens[v] as Token)) v++;
      }
      while (v <= end && auxOrAdverb(tokens[v]) && (tokens[v] as Token).pos === 'ADV') v++;
      const vt = tokens[v] as Token | undefined;
      if (!vt || v > end || quoteOfToken[v] !== -1) continue;
      const finiteVerb = (vt.pos === 'AUX' && (FINITE_AUX.has(vt.normal) || MODALS.has(vt.normal))) || (vt.pos === 'VERB' && vt.normal !== vt.lemma && !vt.normal.endsWith('ing'));
      if (!finiteVerb) continue;
      const c = tokens[cue.first] as Token;
      const pastCue = !(c.normal !== c.lemma && /s$/u.test(c.normal)) && c.normal !== c.lemma;
      if (pastCue && ['had', 'would', 'could', 'might'].includes(vt.normal)) continue;
      end = j - 1;
      break;
    }
    // "insists the party must change, and has championed …", "said it would appeal, and declined to comment": after a
    // comma, "and" with a finite verb and no subject of its own is the speaker's next action when the verb takes the cue's
    // tense and not the reported clause's (or, in the cue's tense, clashes in person with the reported subject, or that
    // subject is a pronoun for the speaker: "said she was tired, and left"). Otherwise it goes on with the reported
    // clause's own subject: "said the storm killed 12 people, and left thousands …", "said the firm had broken its
    // promise, and owes …", and a backshifted "said its officers had inspected …, and had photographed …".
    for (let j = contentStart + 1; j + 2 <= end; j++) {
      if ((tokens[j] as Token).text !== ',' || (tokens[j + 1] as Token).normal !== 'and' || quoteOfToken[j] !== -1) continue;
      const f = tokens[j + 2] as Token;
      const finiteAux = f.pos === 'AUX' && (FINITE_AUX.has(f.normal) || MODALS.has(f.normal) || f.normal === 'must');
      if (!finiteAux && !((f.pos === 'VERB' || (f.pos === 'ADV' && auxOrAdverb(f))) && butClause(j + 2, end, s))) continue;
      if (speakersNextAct(cue, contentStart, j, j + 2, end, s)) { end = j - 1; break; }
    }
    // ", and" with a subject of its own and a finite verb is the reporter's next clause, not more of the words (GUIDE
    // section 2: the content is the reported clause), when the content before it has no clause for it to join ("urged
    // residents to stay indoors, and the hashtag was soon trending", "charged the driver with manslaughter, and the mayor
    // released the footage"), or when its subject is a pronoun for the speaker and its verb takes the cue's tense and not
    // the reported clause's ("said the real problem was the budget, and he blamed the council", "say catches have fallen,
    // and they want the discharge stopped": the speaker's next act). A backshifted clause goes on with the words ("said
    // the pumps had failed, and the pipes had burst").
    for (let j = contentStart + 1; j + 3 <= end; j++) {
      if ((tokens[j] as Token).text !== ',' || (tokens[j + 1] as Token).normal !== 'and' || quoteOfToken[j] !== -1 || quoteOfToken[j + 2] !== -1) continue;
      const np = npRight(j + 2, s);
      if (!np || np[1] + 1 > end || (tokens[np[0]] as Token).normal === 'that') continue;
      const next = verbForm(np[1] + 1, end);
      if (!next) continue;
      // (only after a cue whose content is its object: after "said" or "saying" a noun phrase is a subject, and one
      // coordinated after a comma shares its verb, "said the delay, and the cost of it, were the reasons")
      if ((cue.object || STATEMENT_WORDS_SETS.objectOnlyCues.has(cue.lemma)) && !finiteClauseIn(contentStart - 1, j - 1)) { end = j - 1; break; }
      const subject = np[0] === np[1] ? (tokens[np[0]] as Token).normal : '';
      if (subject && finite(cue) && pronounForSpeaker(subject, hint) && speakersNextAct(cue, contentStart, j, np[1] + 1, end, s)) { end = j - 1; break; }
    }
    /** GUIDE decision 32: after a comma, "after" (perhaps after a time amount: "a day after", "hours after", "shortly
     *  after") and a clause with a subject and finite verb of its own is the reporter's link to another event, outside the
     *  content ("…, after it emerged that …", "…, a day after the council voted …"). A gerund after it may be the source's
     *  own ("…, after cutting its budget"), and a noun phrase alone is no clause ("…, after years of losses"). */
    const reporterAdjunct = (k: number, last: number): boolean => {
      let m = k;
      while (m <= last && m < k + 3) {
        const t = tokens[m] as Token;
        if (STATEMENT_WORDS_SETS.adjunctTimeWords.has(t.normal) || t.pos === 'NUM' || STATEMENT_WORDS_SETS.timeUnits.has(t.normal)) m++;
        else break;
      }
      if (m > last || !STATEMENT_WORDS_SETS.adjunctConjunctions.has((tokens[m] as Token).normal) || quoteOfToken[m] !== -1) return false;
      // (a time amount is a number or "a"/"an" with a unit: "a day after", "two weeks after"; a lone "just" or "shortly" too)
      const first = m + 1;
      const f = tokens[first] as Token | undefined;
      if (!f || first > last || f.normal.endsWith('ing') || f.pos === 'VERB' || f.pos === 'AUX' || isPunct(f)) return false;
      for (let v = first + 1; v <= last && v <= first + 10; v++) {
        const t = tokens[v] as Token;
        if (t.text === ',' || isQuoteMark(t.text)) return false;
        if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing') && t.normal !== t.lemma)) return true;
      }
      return false;
    };
    /**
     * After the comma at `j`: "in what" or "a/an (adjectives) noun that/which", then a subject of its own and a later cue
     * of the sentence within a few words ("in what the ministry called", "a deal that analysts estimate").
     */
    const sourceRemarkAfter = (j: number, last: number): boolean => {
      const a = tokens[j + 1] as Token | undefined;
      let rel = -1;
      if (a?.normal === 'in' && (tokens[j + 2] as Token | undefined)?.normal === 'what') rel = j + 2;
      else if (a && ['a', 'an'].includes(a.normal)) {
        let h = j + 2;
        while (h <= last && h <= j + 4 && (tokens[h] as Token).pos === 'ADJ') h++;
        // (after a clause only: in an object phrase, "praised the plan, a scheme that residents say works", the noun may be
        // the object's own appositive)
        if (h + 1 <= last && (tokens[h] as Token).pos === 'NOUN' && ['that', 'which'].includes((tokens[h + 1] as Token).normal) && clauseBefore(j)) rel = h + 1;
      }
      if (rel < 0) return false;
      // (a verb of the cue lexicon, whether or not it made a cue here: wink tags some as nouns, "analysts estimate")
      let later = -1;
      for (let m = rel + 2; m <= last && m <= rel + 10 && later < 0; m++) {
        const t = tokens[m] as Token;
        if (quoteOfToken[m] === -1 && ['VERB', 'NOUN'].includes(t.pos) && cues.byLemma.has(t.lemma) && !(t.pos === 'NOUN' && /s$/u.test(t.normal))) later = m;
      }
      if (later < 0) return false;
      let subject = false;
      for (let m = rel + 1; m < later; m++) {
        const t = tokens[m] as Token;
        if (t.text === ',' || isQuoteMark(t.text) || t.pos === 'AUX') return false;
        if (['NOUN', 'PROPN'].includes(t.pos) || (t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.normal))) subject = true;
      }
      return subject;
    };
    /** Whether a finite verb outside quotes stands between the content's start and `j`: the content is a clause. */
    const clauseBefore = (j: number): boolean => {
      for (let v = contentStart; v < j; v++) {
        const t = tokens[v] as Token;
        if (quoteOfToken[v] !== -1) continue;
        if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing') && t.normal !== t.lemma)) return true;
      }
      return false;
    };
    // What the reporter adds after the reported words ends them (GUIDE section 2: the content is the reported clause):
    // an appositive that sums the statement up (", a remark that did not endear her to …", ", a claim the firm denies"),
    // a participle of consequence on the market (", sending its shares down 14 percent"), and a coordinated verb whose
    // object is the speaker's own rating or forecast ("said the change was unusual and kept a buy rating on the stock",
    // "warned that …, and cut his price target to $41").
    const subj = tokens[cue.first - 1] as Token | undefined;
    const relWord = tokens[cue.first - 2] as Token | undefined;
    const relativeCue = subj !== undefined && relWord !== undefined && cue.first - 3 >= s.tokenStart && ['PRON', 'NOUN', 'PROPN'].includes(subj.pos)
      && ['that', 'which'].includes(relWord.normal) && ['NOUN', 'PROPN'].includes((tokens[cue.first - 3] as Token).pos);
    for (let j = contentStart + 1; j + 2 <= end; j++) {
      const w = tokens[j] as Token;
      if (quoteOfToken[j] !== -1 || (isQuoteMark(w.text) && byOpen.has(w.start))) continue;
      let cut = false;
      // (the comma may stand inside the closing mark of a quoted fragment: "… in a mirror,” a remark that …")
      const closingComma = commaInMark(j);
      // (a dash sets the reporter's appositive off as a comma does: "… in winter — a claim the council denies")
      const setOffDash = isDash(j);
      if (w.text === ',' || closingComma || setOffDash) {
        const a = tokens[j + 1] as Token;
        let h = j + 2;
        while (h <= end && h <= j + 4 && (tokens[h] as Token).pos === 'ADJ') h++;
        if (['a', 'an'].includes(a.normal) && h <= end && STATEMENT_WORDS_SETS.remarkNouns.has((tokens[h] as Token).normal)) {
          cut = true;
          // (not an appositive on the reported clause's subject, whose verb follows its closing comma: "said the ruling, a
          // rebuke to the ministry, would stand")
          for (let m = h + 1; m + 1 <= end; m++) {
            const t = tokens[m + 1] as Token;
            if (((tokens[m] as Token).text === ',' || (setOffDash && isDash(m))) && quoteOfToken[m] === -1 && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing')))) { cut = false; break; }
          }
        }
        // (", remarks that drew swift condemnation", ", comments which angered …": a bare plural of a noun of saying with a
        // relative clause after a reported clause sums it up as the article's own apposition, as ", a remark that" does)
        if (!cut && STATEMENT_WORDS_SETS.remarkNouns.has(a.normal) && /s$/u.test(a.normal) && quoteOfToken[j + 1] === -1
          && ['that', 'which'].includes((tokens[j + 2] as Token | undefined)?.normal ?? '') && clauseBefore(j)) cut = true;
        if (STATEMENT_WORDS_SETS.marketParticiples.has(a.normal)) {
          for (let m = j + 2; m <= end && m <= j + 5; m++) if (STATEMENT_WORDS_SETS.marketNouns.has((tokens[m] as Token).normal)) { cut = true; break; }
        }
        if (!cut && reporterAdjunct(j + 1, end)) cut = true;
        // (", giving parents a week to …" closes a reported clause, one with its own verb, not a noun-phrase object)
        if (!cut && STATEMENT_WORDS_SETS.adjunctParticiples.has(a.normal) && clauseBefore(j)) cut = true;
        // ("unveiled glasses that it said can record everything, betting that …": a cue inside a relative clause on a noun
        // reports that clause only; a participle after its comma goes with the main clause's subject)
        if (!cut && relativeCue && /^\p{Ll}{2,}ing$/u.test(a.text) && clauseBefore(j)) cut = true;
        // Another source's word on the reported clause, added after its comma: ", in what the ministry called “…”", ", a
        // deal that three analysts estimate should have cost …": a free relative or an appositive noun with a relative
        // clause, whose cue has a subject of its own, is that source's statement, not more of this one (GUIDE section 2:
        // the content is the reported clause).
        if (!cut && sourceRemarkAfter(j, end)) cut = true;
        // (", while adding that …", ", before adding that …": a participle of saying after a linking conjunction is a
        // statement of its own, GUIDE decision 10's "adding", and its words are not this content's)
        const linked = tokens[j + 2] as Token | undefined;
        if (!cut && STATEMENT_WORDS_SETS.cueParticipleLinkers.has(a.normal) && quoteOfToken[j + 1] === -1 && linked && j + 2 <= end
          && cueTokensHere.has(j + 2) && /^\p{Ll}+ing$/u.test(linked.text)) cut = true;
      }
      // ("had raised concerns about the depot “for years” and had been ignored": a content with no verb of its own, an
      // object phrase, ends before "and" and a finite verb, the subject's next predicate)
      if (!cut && w.normal === 'and' && j + 1 <= end && !clauseBefore(j) && (tokens[contentStart] as Token).pos === 'ADP') {
        const v = tokens[j + 1] as Token;
        if ((v.pos === 'AUX' && (FINITE_AUX.has(v.normal) || MODALS.has(v.normal))) || (v.pos === 'VERB' && v.normal !== v.lemma && !v.normal.endsWith('ing'))) cut = true;
      }
      if (!cut && w.normal === 'and' && j + 2 <= end) {
        const v = tokens[j + 1] as Token;
        if (v.pos === 'VERB' && !v.normal.endsWith('ing') && !cues.byLemma.has(v.lemma)) {
          // (only "his"/"her"/"a" before it: "said the central bank held rates and cut its growth forecast" is the bank's act,
          // inside the reported clause)
          const owner = (tokens[j + 2] as Token).normal;
          for (let m = j + 2; m <= end && m <= j + 6 && ['his', 'her', 'a', 'an'].includes(owner); m++) {
            const o = tokens[m] as Token;
            if (STATEMENT_WORDS_SETS.ownActionObjects.has(o.normal)) { cut = true; break; }
            if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(o.pos) && !POSSESSIVE_DETERMINERS.has(o.normal) && !/^[’']s?$/u.test(o.text)) break;
          }
        }
      }
      if (!cut) continue;
      end = closingComma ? j : j - 1;
      while (end > contentStart && ((tokens[end] as Token).text === ',' || (tokens[end] as Token).normal === 'and')) end--;
      break;
    }
    // "wrote, “It is time to go,” and shared a link to …": a whole quote as the content, then "and"/"but" and a finite verb
    // with no subject of its own outside the marks, is the speaker's next action
    {
      const open = tokens[contentStart] as Token;
      const q = isQuoteMark(open.text) ? byOpen.get(open.start) : undefined;
      if (q && q.close !== null) {
        let j = contentStart + 1;
        while (j <= end && (tokens[j] as Token).start < (q.close as number)) j++;
        const v = tokens[j + 2] as Token | undefined;
        if (j + 2 <= end && (tokens[j] as Token).start === q.close && ['and', 'but'].includes((tokens[j + 1] as Token).normal) && v !== undefined
          && ((v.pos === 'VERB' && v.normal !== v.lemma && !v.normal.endsWith('ing')) || (v.pos === 'AUX' && FINITE_AUX.has(v.normal)))) end = j;
      }
    }
    // "When a man shouted, “Baxter,” the comedian joked, “Bless you!”": a whole quote as the content, then a later cue
    // with a quote of its own; that quote is the later speaker's statement, and this one ends at its closing mark
    {
      const open = tokens[contentStart] as Token;
      const q = isQuoteMark(open.text) ? byOpen.get(open.start) : undefined;
      if (q && q.close !== null) {
        let j = contentStart + 1;
        while (j <= end && (tokens[j] as Token).start < (q.close as number)) j++;
        const ownQuote = (l: Cue): boolean => {
          let k = l.last + 1;
          // ("joked back, “…”", "replied drily: “…”")
          while (k <= end && k <= l.last + 2 && (tokens[k] as Token).pos === 'ADV') k++;
          while (k <= end && ((tokens[k] as Token).text === ',' || (tokens[k] as Token).text === ':')) k++;
          return k <= end && k > l.last + 1 && isQuoteMark((tokens[k] as Token).text) && byOpen.has((tokens[k] as Token).start);
        };
        if (j <= end && (tokens[j] as Token).start === q.close && laterCues.some((l) => l.first > j && l.last < end && quoteOfToken[l.first] === -1 && ownQuote(l))) end = j;
      }
    }
    // "welcomed the verdict but stopped short of …", "praised the deal and called off the strike": after a noun-phrase
    // object (no verb yet), "and"/"but" and a finite verb is the subject's next action, not more of the object
    // ("denied taking bribes and lying", with gerunds, stays one object). After "that" the content is a clause: a bare verb
    // after "and" goes on with its subjunctive, which wink may tag as a noun ("demanded that the council order an inquiry
    // and suspend the permit"); a past form is still the speaker's next action ("demanded that he resign and left").
    const afterThat = (tokens[contentStart - 1] as Token | undefined)?.normal === 'that';
    // (a quoted noun phrase in the object is stepped over: "called the report “a whitewash” and walked out"; a quote
    // with a verb in it is the clause's own, "that the museum “recognises its duty” and remained …")
    for (let j = contentStart + 1; j + 1 <= end; j++) {
      const w = tokens[j] as Token;
      if (w.pos === 'VERB' || w.pos === 'AUX') break;
      if (quoteOfToken[j] !== -1 || (isQuoteMark(w.text) && (byOpen.has(w.start) || byClose.has(w.start)))) continue;
      const v = tokens[j + 1] as Token;
      if ((w.normal === 'and' || w.normal === 'but') && v.pos === 'VERB' && !v.normal.endsWith('ing') && !(afterThat && v.normal === v.lemma)) { end = j - 1; break; }
    }
    /** The comma closing a relative clause opened at `r` when the cue's "as" or "for" follows it with a naming phrase,
     *  not a clause ("…, as “sensible and humane.”", "…, for acting quickly"; not "…, as the storm passed"); else -1. */
    const frameAfterRelative = (r: number, last: number): number => {
      for (let k = r + 1; k + 2 <= last; k++) {
        const w = tokens[k] as Token;
        // (the clause's comma may stand inside a quote's closing mark: "…, which it markets as “Sky Deck,” as …")
        const commaInQuote = commaInMark(k);
        if (!commaInQuote && (quoteOfToken[k] !== -1 || w.text !== ',')) continue;
        const f = tokens[k + 1] as Token;
        // ("for what it called “a level playing field” between hotels, which pay tourist taxes, and unregulated flats": a
        // relative clause on the first of two coordinated nouns; "and" with a noun phrase and no verb to the end of the
        // content finishes the object the relative clause interrupts)
        if ((f.normal === 'and' || f.normal === 'or') && k + 2 <= last) {
          for (let m = k + 2; m <= last; m++) {
            const x = tokens[m] as Token;
            if (x.text === ',' || x.text === ';' || x.pos === 'AUX' || (x.pos === 'VERB' && !/(ing|ed)$/u.test(x.normal)) || ['which', 'who', 'that', 'whose'].includes(x.normal)) return -1;
          }
          const g = tokens[k + 2] as Token;
          return ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(g.pos) ? k : -1;
        }
        // "pressed the Orvale board, which meets twice a year, to call a vote", "blamed the contractor, which runs
        // the depot, of skipping the checks": the cue's infinitive or its "of" with an -ing form after the relative clause
        // completes the object, so the clause is inside (LABELS.md: the content is the whole reported clause)
        const g0 = tokens[k + 2] as Token;
        if (f.normal === 'to' && g0.pos === 'VERB' && g0.normal === g0.lemma && quoteOfToken[k + 2] === -1) return k;
        if (f.normal === 'of' && /^\p{Ll}{3,}ing$/u.test(g0.text) && quoteOfToken[k + 2] === -1) return k;
        if (f.normal !== 'as' && f.normal !== 'for') return -1;
        // ("for" names a reason: an -ing form, a quote or a determined noun phrase, not "for now", "for years")
        const g = tokens[k + 2] as Token;
        if (f.normal === 'for' && !(g.normal.endsWith('ing') || isQuoteMark(g.text) || ARTICLES.has(g.normal) || POSSESSIVE_DETERMINERS.has(g.normal))) return -1;
        for (let m = k + 2; m <= Math.min(last, k + 5); m++) {
          const x = tokens[m] as Token;
          if (quoteOfToken[m] !== -1 || isQuoteMark(x.text)) break;
          if (x.pos === 'AUX' || (x.pos === 'VERB' && !x.normal.endsWith('ing'))) return -1;
        }
        return k;
      }
      return -1;
    };
    // An object, perhaps with an infinitive ("urged both sides to talk", "blamed the fault on a supplier", "praised the
    // council for acting"), not a reported clause: the cue is followed by no "that" or colon, and no auxiliary or finite
    // verb comes before the point looked at. What is set off after it is the reporter's, or another act:
    const objectFirst = cue.kind === 'verb' && !['that', ':', ','].includes((tokens[contentStart - 1] as Token | undefined)?.text.toLowerCase() ?? '') && !isQuoteMark((tokens[contentStart] as Token).text);
    // (only after cues that take an object: after "said" a bare clause may hold a relative clause on its subject, "said
    // the plant, which employs 300, would close")
    if (objectFirst && (cue.object || OBJECT_NOT_SPEAKER.has(cue.lemma) || cue.lemma.includes(' '))) {
      let toVerb = false;
      for (let j = contentStart + 1; j + 1 <= end; j++) {
        const w = tokens[j] as Token;
        if (quoteOfToken[j] !== -1) continue;
        // (a participle before its agent is no finite verb: "a switch made by a supplier")
        if (w.pos === 'AUX' || (w.pos === 'VERB' && !toVerb && (tokens[j - 1] as Token).normal !== 'to' && w.normal !== w.lemma && !w.normal.endsWith('ing') && !/(ed|en)$/u.test(w.normal) && (tokens[j + 1] as Token).normal !== 'by')) break;
        if (w.normal === 'to' && ((tokens[j + 1] as Token).pos === 'VERB' || isQuoteMark((tokens[j + 1] as Token).text))) toVerb = true;
        const v = tokens[j + 1] as Token;
        // "urged both unions to “cool things down” and offered to send mediators": after an infinitive, a
        // past form coordinated with "and"/"but" is the subject's next action (the infinitive's own would be bare)
        if (toVerb && (w.normal === 'and' || w.normal === 'but') && v.pos === 'VERB' && v.normal !== v.lemma && !v.normal.endsWith('ing') && v.normal.endsWith('ed')) { end = j - 1; break; }
        // ("asked party leaders to disown him and has since called …": so is a finite auxiliary or modal, which the
        // infinitive's own coordinated verb, bare, never takes)
        if (toVerb && (w.normal === 'and' || w.normal === 'but') && v.pos === 'AUX' && (FINITE_AUX.has(v.normal) || MODALS.has(v.normal))) { end = j - 1; break; }
        if (w.text !== ',' || j + 1 > end) continue;
        // (a participle goes on with the act, and what follows is its own: "accused X of …, pointing to a report, which …")
        if (v.pos === 'VERB' && v.normal.endsWith('ing')) break;
        toVerb = false;
        // "…, which could expose the company to penalties", "…, who chairs the board": a relative clause on the object;
        // "…, an outside supplier", "…, something few universities do": an appositive on it
        // (not after a naming verb, whose complement it is: "called Jones, his rival, a “fraud.”")
        const naming = cues.byLemma.get(cue.lemma)?.needsComplement || cue.lemma === 'describe';
        if (['which', 'who', 'whose'].includes(v.normal) || (!naming && ['a', 'an', 'something'].includes(v.normal) && appositiveEnds(j + 1, s))) {
          // "praised the crew, who worked all night, for “keeping calm”", "described the house, which it calls X, as
          // “cramped”": the cue's own "as"/"for" after the relative clause completes the object, so the clause is inside
          let back = v.normal === 'which' || v.normal === 'who' || v.normal === 'whose' ? frameAfterRelative(j + 1, end) : -1;
          // "doubted whether the regulator, which employs nine auditors, could cope …": a wh-clause whose subject
          // the relative clause interrupts goes on with its verb after the clause's closing comma
          if (back < 0 && STATEMENT_WORDS_SETS.whClauseOpeners.has((tokens[contentStart] as Token).normal) && v.normal !== 'a' && v.normal !== 'an' && v.normal !== 'something') back = relativeBeforePredicate(j, end);
          if (back > 0) { j = back; continue; }
          end = j - 1; break;
        }
      }
    }
    // "announced her resignation in a message to staff", "denied the charges through his lawyer": a setting after a
    // plain noun-phrase object, perhaps with a quoted fragment ("called the ruling “a disgrace” in a tweet on Sunday")
    if (objectFirst) {
      for (let j = contentStart + 1; j <= end; j++) {
        const w = tokens[j] as Token;
        if (w.pos === 'VERB' || w.pos === 'AUX' || (w.text === ',' && quoteOfToken[j] === -1)) break;
        if (quoteOfToken[j] !== -1 || (isQuoteMark(w.text) && (byOpen.has(w.start) || byClose.has(w.start)))) continue;
        if (SETTING.test(text.slice(w.start, w.start + 60)) || OWNED_SETTING.test(text.slice(w.start, w.start + 80))) {
          // ("criticised the ruling in a statement, saying it would …": a participle that goes on with the act keeps the
          // content running through the setting, LABELS.md's one statement; a span has no gap to leave the setting out)
          let goesOn = false;
          for (let m = j + 1; m <= end; m++) if (goesOnAt.has((tokens[m] as Token).start)) goesOn = true;
          if (!goesOn) end = j - 1;
          break;
        }
      }
    }
    // "accused the company of withholding tips, in a complaint filed with inspectors on Monday", "said the plant was safe,
    // in a statement on its website": a setting of the words set off by a comma and closing the content, with no verb of
    // its own but a participle, is where the words were said, not what was said (LABELS.md: the reported clause)
    for (let j = contentStart + 1; j < end; j++) {
      const w = tokens[j] as Token;
      if (w.text !== ',' || quoteOfToken[j] !== -1) continue;
      const n = tokens[j + 1] as Token;
      if (!SETTING.test(text.slice(n.start, n.start + 60))) continue;
      let own = false;
      for (let m = j + 2; m <= end && !own; m++) {
        const x = tokens[m] as Token;
        own = quoteOfToken[m] !== -1 || isQuoteMark(x.text) || x.pos === 'AUX' || (x.pos === 'VERB' && !/(ed|en)$/u.test(x.normal)) || [',', ';', ':'].includes(x.text)
          || ['which', 'who', 'that', 'whose'].includes(x.normal) || goesOnAt.has(x.start);
      }
      if (!own) end = j - 1;
      break;
    }
    end = glossTrimmed(contentStart, end);
    end = stateSettingTrimmed(contentStart, end);
    const subordinator = rule === 'passive' ? null : subordinateClause(hint, cue, s);
    // "As The Washington Post reported (on Monday), the inspector general issued subpoenas": the main clause is the content.
    if (subordinator === 'as') {
      let j = cue.last + 1;
      while (j < s.tokenEnd && j < cue.last + 8 && (tokens[j] as Token).text !== ',' && !['VERB', 'AUX'].includes((tokens[j] as Token).pos) && (tokens[j] as Token).normal !== 'that') j++;
      if (j < s.tokenEnd - 2 && (tokens[j] as Token).text === ',') {
        let e = s.tokenEnd - 1;
        while (e > j && isPunct(tokens[e] as Token) && !isQuoteMark((tokens[e] as Token).text)) e--;
        if (e > j) return contentDraft(j + 1, e, base, hint, 0.8, 'indirect:as-reported');
      }
    }
    if (subordinator !== null) {
      for (let j = contentStart + 1; j < end; j++) {
        if ((tokens[j] as Token).text !== ',' || quoteOfToken[j] !== -1) continue;
        const np = npRight(j + 1, s);
        if (!np) continue;
        let v = np[1] + 1;
        while (v < end && auxOrAdverb(tokens[v])) v++;
        const vt = tokens[v] as Token | undefined;
        if (vt && v <= end && (vt.pos === 'VERB' || vt.pos === 'AUX') && !vt.normal.endsWith('ing') && quoteOfToken[v] === -1) { end = j - 1; break; }
      }
    }
    while (end >= contentStart && (isPunct(tokens[end] as Token) && !isQuoteMark((tokens[end] as Token).text))) end--;
    if (end < contentStart) return refuse('no content left once the setting and adverbials were trimmed');
    end = hearingTagTrimmed(contentStart, end);
    end = objectTimeTrimmed(contentStart, end);
    // Direct quote right after the cue: X said: “…”
    const firstTok = tokens[contentStart] as Token;
    const q = byOpen.get(firstTok.start);
    // ("saying “I can’t breathe” at least six times", "shouted “Stop!” twice before …": a quote right after the cue and
    // then only an adverbial of how often, how long or when, with no verb, is the quote; the adverbial is the reporter's)
    if (q && q.close !== null && !isContinuation.has(q.open) && q.close < (tokens[end] as Token).start) {
      let j = contentStart;
      while (j <= end && (tokens[j] as Token).start <= (q.close as number)) j++;
      const opener = tokens[j] as Token | undefined;
      // (how often or how long: "at least six times", "twice", "over four minutes"; not a phrase on a quoted noun, "found
      // “gaps” in the records", nor "said “no” to the plan")
      let adverbial = j <= end && opener !== undefined && FREQUENCY_OPENERS.has(opener.normal);
      let often = false;
      for (let m = j; adverbial && m <= end; m++) {
        const w = tokens[m] as Token;
        if (['VERB', 'AUX', 'PRON', 'SCONJ'].includes(w.pos) || quoteOfToken[m] !== -1 || isQuoteMark(w.text) || w.text === ',' || ['that', 'which', 'who', 'because'].includes(w.normal)) adverbial = false;
        if (FREQUENCY_WORDS.has(w.normal) || STATEMENT_WORDS_SETS.durationUnits.has(w.normal)) often = true;
      }
      if (adverbial && often) end = j - 1;
    }
    if (q && !isContinuation.has(q.open) && (q.close ?? q.end) >= (tokens[end] as Token).start - 1) {
      return (rule === 'forward' ? leadInClause(q, cue, s, base, hint) : null) ?? directFrom(q, base, hint, 0.9, `direct-after-cue:${rule}`);
    }
    // "said in a statement." / "told reporters on Monday.": no reported clause at all.
    if (['say', 'tell', 'add', 'write', 'explain'].includes(cue.lemma)) {
      let verb = false;
      for (let j = contentStart; j <= end && !verb; j++) { const t = tokens[j] as Token; verb = t.pos === 'VERB' || t.pos === 'AUX' || isQuoteMark(t.text); }
      // ("said the new fee yields a jump in revenue": wink may tag a present-tense verb as a plural noun; after a subject
      // opened by a determiner or name, an -s word between a noun and a determiner or number is the clause's verb; only
      // after "say" and "write": "explained the fee changes each quarter", "added the squad changes" name a noun object)
      if (!verb && (cue.lemma === 'say' || cue.lemma === 'write')) verb = misTaggedPresentVerb(tokens, contentStart, end);
      // ("the scheme that residents say costs too much": the same -s verb in a relative clause's gap after the cue)
      if (!verb && [2, 3].some((d) => ['that', 'which'].includes((tokens[cue.first - d] as Token | undefined)?.normal ?? '')) && gapVerbAsNoun(contentStart)) verb = true;
      // "while 61 percent say the same of the governor": "the same" stands for a clause said before, of a new subject
      // ("said the same day" is a time)
      if (!verb && cue.lemma === 'say' && (tokens[contentStart] as Token).normal === 'the' && (tokens[contentStart + 1] as Token | undefined)?.normal === 'same'
        && (contentStart + 2 > end || ['of', 'about', 'for'].includes((tokens[contentStart + 2] as Token).normal))) verb = true;
      if (!verb) return quoteAfterAttribution(cue, s, base, hint, rule);
    }
    let cs = firstTok.start;
    let ce = (tokens[end] as Token).end;
    // A trailing closing mark belongs to the content only when its opening mark does.
    const inner = quotesOpeningIn(cs, ce);
    for (const x of inner) { usedQuotes.add(x.open); if (x.close !== null && x.close >= ce) ce = x.close + 1; }
    if (inner.length === 0 && isQuoteMark(text[ce - 1] as string)) ce--;
    const type = inner.length > 0 ? 'mixed' : 'indirect';
    return draft(type, span(cs, ce), base, hint, participial ? 0.7 : 0.8, `${type}:${rule}`);
  }

  /**
   * "Said Dora Platt, who grew up with him, “We were …”", "But, said Miller: “…”": a cue that opens its sentence (after
   * at most a conjunction) and its speaker, then the quote after a comma or colon, or opening the next paragraph.
   */
  function frontedCue(cue: Cue, s: Sentence, base: Pick<DraftStatement, 'cue' | 'act' | 'framing' | 'sentence'>): DraftStatement | null {
    if (cue.kind !== 'verb' || !['say', 'add', 'write', 'explain', 'state'].includes(cue.lemma)) return null;
    for (let k = s.tokenStart; k < cue.first; k++) if (!['but', 'and', 'yet', ','].includes((tokens[k] as Token).normal)) return null;
    const np = npRight(cue.last + 1, s);
    if (!np || (tokens[np[0]] as Token).pos === 'PRON') return null;
    for (let j = np[1] + 1; j < s.tokenEnd && j <= np[1] + 30; j++) {
      const t = tokens[j] as Token;
      if (![',', ':'].includes(t.text) || quoteOfToken[j] !== -1) continue;
      const next = tokens[j + 1];
      if (j + 1 >= s.tokenEnd) {
        // "Said Stone:" and the quote opening the next paragraph
        const q = t.text === ':' ? nextQuoteAfter(t.end) : undefined;
        return q && !isContinuation.has(q.open) && /^\s*$/u.test(text.slice(t.end, q.open)) ? directFrom(q, base, tokSpan(np[0], np[1]), 0.8, 'direct:fronted-cue') : null;
      }
      const q = next ? byOpen.get(next.start) : undefined;
      if (q && q.open === (next as Token).start && !isContinuation.has(q.open)) return directFrom(q, base, tokSpan(np[0], np[1]), 0.8, 'direct:fronted-cue');
    }
    return null;
  }

  /**
   * "Mayor Lena Hart said on Thursday." and a quote that is the whole next sentence, in the same paragraph or opening the
   * next one, with no cue of its own: the attribution announces the quote (GUIDE decision 6, the attribution is clear).
   */
  function quoteAfterAttribution(cue: Cue, s: Sentence, base: Pick<DraftStatement, 'cue' | 'act' | 'framing' | 'sentence'>, hint: SpeakerHint, rule: string): DraftStatement | null {
    if (!['say', 'tell', 'add', 'write', 'explain'].includes(cue.lemma)) return null;
    if (!PUNCT_END.test((tokens[s.tokenEnd - 1] as Token).text)) return null;
    // (“… who did this?” Pruitt said. — after a closing quote the attribution looks back, not ahead)
    const before = tokens[s.tokenStart - 1];
    if (before && isQuoteMark(before.text) && byClose.has(before.start) && /^\s*$/u.test(text.slice(before.end, s.start))) return null;
    const ns = sentences[s.index + 1];
    if (!ns || (ns.paragraph !== s.paragraph && ns.paragraph !== s.paragraph + 1)) return null;
    const q = byOpen.get((tokens[ns.tokenStart] as Token).start);
    if (!q || q.open !== (tokens[ns.tokenStart] as Token).start || usedQuotes.has(q.open) || isContinuation.has(q.open) || isTitleQuote(q)) return null;
    if (findCues(tokens, ns, cues, quoteOfToken).length > 0) return null;
    const stop = ns.paragraph === s.paragraph ? ns.end : (sentences.filter((x) => x.paragraph === ns.paragraph).pop()?.end ?? ns.end);
    if (q.close !== null && text.slice(afterClose(q.close), stop).replace(/[\s.,;:!?)]/gu, '').length > 0) return null;
    return directFrom(q, base, hint, 0.8, `direct-after-attribution:${rule}`);
  }

  function according(cue: Cue, s: Sentence, base: Pick<DraftStatement, 'cue' | 'act' | 'framing' | 'sentence'>): DraftStatement | null {
    let np = npRight(cue.last + 1, s);
    // A noun phrase always follows "according to": wink tags its first word as a verb after "to" in "according to
    // polling by the union", "according to state records", "according to exit polls" — it still opens the source.
    const first = tokens[cue.last + 1];
    if (!np && first && cue.last + 1 < s.tokenEnd && first.pos === 'VERB' && /^\p{Ll}/u.test(first.text)) {
      let end = cue.last + 1;
      while (end + 1 < s.tokenEnd && /^\p{Ll}/u.test((tokens[end + 1] as Token).text)
        && (['NOUN', 'ADJ'].includes((tokens[end + 1] as Token).pos) || ((tokens[end + 1] as Token).pos === 'VERB' && /(ing|s)$/u.test((tokens[end + 1] as Token).normal)))) end++;
      np = [cue.last + 1, end];
    }
    if (!np) return null;
    // "according to two people briefed on the matter", "… officials familiar with the talks": the participle and its
    // phrase are the source's description (GUIDE: anonymous names keep what tells who the people are)
    np = [np[0], participialTail(np[1], s)];
    const hint = tokSpan(np[0], np[1]);
    let after = np[1] + 1;
    // skip an appositive or relative clause after the source up to the comma
    while (after < s.tokenEnd && ![',', ':'].includes((tokens[after] as Token).text) && !PUNCT_END.test((tokens[after] as Token).text)) after++;
    // "according to a mediator, who asked not to be identified because …, the deal …", "according to Ada Lind, a
    // spokeswoman, …": a relative clause or an indefinite appositive on the source is set off by a second comma.
    for (let guard = 0; guard < 3 && after + 1 < s.tokenEnd && (tokens[after] as Token).text === ','; guard++) {
      const w = (tokens[after + 1] as Token).normal;
      // ("according to the league's commissioner, Robert Galstow, …", "according to Robert Galstow, the league's commissioner,
      // …": a name set off after a role, or a role after a name, is an appositive on the source, no part of the content)
      // ("according to Maria Lopes, 34, a nurse, …": an age set off after a name is one too)
      if (!['who', 'whose', 'which', 'a', 'an'].includes(w) && !sourceAppositive(np, after + 1, s) && !(isAge(after + 1, after + 1) && (tokens[after + 2] as Token | undefined)?.text === ',')) break;
      let close = after + 2;
      while (close < s.tokenEnd && close < after + 30 && !((tokens[close] as Token).text === ',' && quoteOfToken[close] === -1) && !PUNCT_END.test((tokens[close] as Token).text)) close++;
      if (close >= s.tokenEnd - 1 || (tokens[close] as Token).text !== ',') break;
      // (an appositive is a noun phrase: "According to the paper, an email was sent …" is the content)
      let verb = false;
      for (let j = after + 2; j < close && !verb; j++) verb = ['VERB', 'AUX'].includes((tokens[j] as Token).pos);
      if (verb && (w === 'a' || w === 'an')) break;
      after = close;
    }
    // What the cue can report starts after a colon or semicolon before it ("It has not gone unnoticed: according to
    // recent polls, …").
    let from = s.tokenStart;
    for (let j = cue.first - 1; j > s.tokenStart; j--) if ([':', ';'].includes((tokens[j] as Token).text) && quoteOfToken[j] === -1) { from = j + 1; break; }
    // Content before the cue ("Three workers are in a stable condition, according to the clinic, which said …"):
    // then what follows the source is its relative clause or another clause, not the content.
    let words = 0;
    for (let j = from; j < cue.first; j++) if (!isPunct(tokens[j] as Token)) words++;
    // "The paper reported that, according to an analysis, …": after a complementizer the content follows.
    let p = cue.first - 1;
    while (p > from && (tokens[p] as Token).text === ',') p--;
    const afterThat = (tokens[p] as Token | undefined)?.normal === 'that';
    // "In the long run, according to the treasury, the gap …", "Now, according to …, some are wavering": words
    // with no verb before the cue are a fronted adverbial of the clause that follows, not the content.
    let verbBefore = false;
    for (let j = from; j < cue.first && !verbBefore; j++) { const t = tokens[j] as Token; verbBefore = t.pos === 'VERB' || t.pos === 'AUX' || quoteOfToken[j] !== -1; }
    // ("Staff were relieved, according to Maria Lopes, 34." , "…, according to Ana Ulmley, a nurse.": what is left after
    // the source is an age or an indefinite description set off after it, up to the sentence's end: no content there)
    const restAppositive = after + 1 < s.tokenEnd && (tokens[after] as Token).text === ',' && (() => {
      let end = s.tokenEnd - 1;
      while (end > after && isPunct(tokens[end] as Token)) end--;
      if (end <= after || !PUNCT_END.test((tokens[s.tokenEnd - 1] as Token).text)) return false;
      if (isAge(after + 1, end)) return true;
      if (!['a', 'an'].includes((tokens[after + 1] as Token).normal)) return false;
      for (let j = after + 1; j <= end; j++) if (['VERB', 'AUX'].includes((tokens[j] as Token).pos) || quoteOfToken[j] !== -1 || (tokens[j] as Token).text === ',') return false;
      return true;
    })();
    const contentBefore = !afterThat && (words >= 4 || (words >= 2 && restAppositive)) && verbBefore && !(quoteOfToken[cue.first - 1] === -1 && words < 6 && /^(in|on|at|by|since|for|during|after|before|last|this)$/iu.test((tokens[from] as Token).normal));
    // "According to the paper: “…”" — a colon after the source opens the content as a comma does.
    if (!contentBefore && after < s.tokenEnd && [',', ':'].includes((tokens[after] as Token).text) && after + 1 < s.tokenEnd - 1) {
      let end = s.tokenEnd - 1;
      while (end > after && isPunct(tokens[end] as Token) && !isQuoteMark((tokens[end] as Token).text)) end--;
      if (end <= after) return null;
      return contentDraft(after + 1, end, base, hint, 0.85, 'according:before-content');
    }
    // "…, according to X." — content before the cue
    let e = cue.first - 1;
    while (e >= from && isPunct(tokens[e] as Token) && !isQuoteMark((tokens[e] as Token).text)) e--;
    if (e < from) return null;
    return contentDraft(from, e, base, hint, 0.85, 'according:after-content');
  }

  /** The end of a source's participial description after its head noun at `end` ("people| briefed on the matter",
   *  "officials| familiar with the talks"): a listed participle, a preposition and a noun phrase; else `end`. */
  function participialTail(end: number, s: Sentence): number {
    const p = tokens[end + 1];
    const prep = tokens[end + 2];
    if (!p || end + 2 >= s.tokenEnd || !STATEMENT_WORDS_SETS.sourceParticiples.has(p.normal) || !prep || prep.pos !== 'ADP') return end;
    if (!['NOUN', 'PROPN'].includes((tokens[end] as Token).pos)) return end;
    const obj = npRight(end + 3, s);
    return obj ? obj[1] : end;
  }

  /** The start of a source whose participial description ends at `ante` ("two people briefed on the matter, who …"):
   *  the head before the participle; else the phrase's own start. */
  function participialHead(ante: [number, number], s: Sentence): [number, number] {
    const prep = tokens[ante[0] - 1];
    const p = tokens[ante[0] - 2];
    if (!prep || !p || ante[0] - 3 < s.tokenStart || prep.pos !== 'ADP' || !STATEMENT_WORDS_SETS.sourceParticiples.has(p.normal)) return ante;
    const head = npLeftBounds(ante[0] - 3, s);
    return head && participialTail(head[1], s) === ante[1] ? [head[0], ante[1]] : ante;
  }

  /**
   * "opposition from farmers, who said", "complaints from parents, who say", "anger among residents, who told": "who"
   * stands for people, so after a noun of a public reaction (reactionNounsBeforePeople) and "from" or "among", its
   * antecedent is the people after the preposition (a role or group noun, or a plural), not the whole phrase.
   */
  function peopleAfterAbstractHead(ante: [number, number], rel: string): [number, number] {
    if (rel !== 'who') return ante;
    for (let p = ante[0] + 1; p < ante[1]; p++) {
      const prep = tokens[p] as Token;
      if (prep.pos !== 'ADP') continue;
      if (!['from', 'among'].includes(prep.normal)) return ante;
      // (the people's head noun: the last noun before a further preposition, "parents at the school")
      let q = p + 1;
      while (q < ante[1] && (tokens[q + 1] as Token).pos !== 'ADP') q++;
      const people = tokens[q] as Token;
      const person = ROLE_NOUNS[people.normal] !== undefined || ROLE_NOUNS[people.normal.replace(/s$/u, '')] !== undefined || GROUP_HEADS.has(people.normal);
      return STATEMENT_WORDS_SETS.reactionNounsBeforePeople.has((tokens[p - 1] as Token).normal) && people.pos === 'NOUN' && (person || people.normal.endsWith('s')) ? [p + 1, ante[1]] : ante;
    }
    return ante;
  }

  /** The tokens of "a charge" (an article, at most one modifier, a noun of saying) after a comma or dash and before the
   *  subject `hint` (an optional "that"/"which" between): the appositive a closing denial refers to. */
  function appositiveRemarkBefore(hint: SpeakerHint): [number, number] | null {
    const h = firstIndex(tokens.length, (i) => (tokens[i] as Token).start < hint.start);
    if ((tokens[h] as Token | undefined)?.start !== hint.start) return null;
    let k = h - 1;
    if (k >= 0 && ['that', 'which'].includes((tokens[k] as Token).normal)) k--;
    if (k < 1 || !STATEMENT_WORDS_SETS.remarkNouns.has((tokens[k] as Token).normal)) return null;
    let a = k - 1;
    if (a >= 1 && !['a', 'an'].includes((tokens[a] as Token).normal) && (tokens[a] as Token).pos === 'ADJ') a--;
    if (a < 1 || !['a', 'an'].includes((tokens[a] as Token).normal)) return null;
    const before = tokens[a - 1] as Token;
    return before.text === ',' || isDash(a - 1) ? [a, k] : null;
  }

  function contentDraft(a: number, b: number, base: Pick<DraftStatement, 'cue' | 'act' | 'framing' | 'sentence'>, hint: SpeakerHint, conf: number, rule: string): DraftStatement | null {
    while (a <= b && isPunct(tokens[a] as Token) && !isQuoteMark((tokens[a] as Token).text)) a++;
    if (a > b) return null;
    const first = tokens[a] as Token;
    const q = byOpen.get(first.start);
    if (q && (q.close ?? q.end) + 1 >= (tokens[b] as Token).end - 1) return directFrom(q, base, hint, conf, rule);
    let cs = first.start;
    let ce = (tokens[b] as Token).end;
    const inner = quotesOpeningIn(cs, ce);
    for (const x of inner) usedQuotes.add(x.open);
    if (inner.length === 0) {
      if (isQuoteMark(text[ce - 1] as string)) ce--;
      if (isQuoteMark(text[cs] as string)) cs++;
    }
    return draft(inner.length ? 'mixed' : 'indirect', span(cs, ce), base, hint, conf, rule);
  }

  /**
   * "a message that said, “…”", "a headline reading “…”", "a clip that closes on a voice-over saying: “…”": a document, sign or
   * recording that says, reads or states a quote is its source (LABELS.md: document), whatever the main clause does.
   */
  function writtenWords(cue: Cue, s: Sentence, base: Pick<DraftStatement, 'cue' | 'act' | 'framing' | 'sentence'>): DraftStatement | null {
    if (!['say', 'read', 'state'].includes(cue.lemma)) return null;
    let j = cue.first - 1;
    if (j >= s.tokenStart && ['that', 'which'].includes((tokens[j] as Token).normal)) j--;
    else if (!(tokens[cue.first] as Token).normal.endsWith('ing')) return null;
    // ("a voice-over": wink splits the compound and tags "over" as a preposition)
    const hyphenated = j - 2 >= s.tokenStart && (tokens[j - 1] as Token).text === '-' && text.slice((tokens[j - 2] as Token).start, (tokens[j] as Token).end).toLowerCase() === 'voice-over';
    const np: [number, number] | null = j < s.tokenStart ? null : hyphenated ? [npLeftBounds(j - 2, s)?.[0] ?? j - 2, j] : npLeftBounds(j, s);
    if (!np || !WRITTEN_SOURCES.has(lastWord(tokSpan(np[0], np[1]).text))) return null;
    let k = cue.last + 1;
    if (k < s.tokenEnd && [',', ':'].includes((tokens[k] as Token).text)) k++;
    const open = tokens[k];
    const q = open && k < s.tokenEnd ? byOpen.get(open.start) : undefined;
    if (!q || q.open !== (open as Token).start || isTitleQuote(q)) return null;
    return directFrom(q, base, tokSpan(np[0], np[1]), 0.8, 'direct:written-words');
  }

  /** Whether the phrase from `from` to the next comma is a name set off after a source headed by a role noun, or a role
   *  phrase (ending in a role noun) set off after a source that is a name: an appositive on an "according to" source. */
  function sourceAppositive(source: [number, number], from: number, s: Sentence): boolean {
    let close = from;
    while (close < s.tokenEnd && close < from + 8 && (tokens[close] as Token).text !== ',' && quoteOfToken[close] === -1) close++;
    if (close >= s.tokenEnd - 1 || (tokens[close] as Token).text !== ',' || close === from) return false;
    const role = (i: number): boolean => Object.hasOwn(ROLE_NOUNS, (tokens[i] as Token).normal) || Object.hasOwn(ROLE_NOUNS, (tokens[i] as Token).lemma);
    const name = (a: number, b: number): boolean => {
      for (let j = a; j <= b; j++) if ((tokens[j] as Token).pos !== 'PROPN' || !/^\p{Lu}/u.test((tokens[j] as Token).text)) return false;
      return true;
    };
    if (role(source[1]) && name(from, close - 1)) return true;
    if (name(source[0], source[1]) && role(close - 1)) {
      for (let j = from; j < close; j++) if (['VERB', 'AUX'].includes((tokens[j] as Token).pos)) return false;
      return true;
    }
    return false;
  }

  /**
   * “…,” SUBJECT, <set-off phrases>, said …: the sentence opens with a quote that closes on a comma (or a question or
   * exclamation mark), a noun phrase follows the quote, and phrases set off by commas, brackets or dashes ("58", "a nurse
   * in Dayton, Ohio", "who was among those polled") separate it from the cue. Returns the subject and the closing mark.
   * The plain "“…,” Hart said" needs no help and is left to speakerLeft.
   */
  function quoteLedSubject(cue: Cue, left: number, s: Sentence): { hint: SpeakerHint; boundary: number } | null {
    const open = tokens[s.tokenStart] as Token;
    const q = isQuoteMark(open.text) ? byOpen.get(open.start) : undefined;
    if (!q || q.close === null || !/[,?!]$/u.test(text.slice(q.start, q.close).trimEnd())) return null;
    let c = s.tokenStart;
    while (c < left && (tokens[c] as Token).start < q.close) c++;
    if (c >= left || (tokens[c] as Token).start !== q.close || cue.first - c > 45) return null;
    // (a doubled-apostrophe mark, '', is two tokens)
    let after = c + 1;
    if (doubledMark(q.close) && after < left && (tokens[after] as Token).start === q.close + 1) after++;
    const np = npRight(after, s);
    if (!np || np[0] !== after || np[1] >= left || (tokens[np[0]] as Token).pos === 'PRON') return null;
    const setOff = tokens[np[1] + 1] as Token;
    if (!(setOff.text === ',' || setOff.text === '(' || isDash(np[1] + 1))) return null;
    const closing = tokens[left] as Token;
    const relative = ['who', 'whose'].includes((tokens[np[1] + 2] as Token | undefined)?.normal ?? '');
    if (!(closing.text === ',' || closing.text === ')' || isDash(left) || relative)) return null;
    // nothing between may be a quote of its own (a quoted title may) or another clause's cue
    for (let j = np[1] + 1; j <= left; j++) {
      const t = tokens[j] as Token;
      if (isQuoteMark(t.text) && byOpen.has(t.start) && !isTitleQuote(byOpen.get(t.start) as Quote)) return null;
      if (PUNCT_END.test(t.text) || t.text === ';' || t.text === ':') return null;
      if (cues.byLemma.has(t.lemma) && t.pos === 'VERB' && !/(ing)$/u.test(t.normal)) return null;
    }
    return { hint: tokSpan(np[0], np[1]), boundary: c };
  }

  /**
   * "The levy is “a tax on ambition,” Harlow said.": a quote that closes before an inverted cue but opens inside its
   * sentence, after words of the reporter's with a verb, is a fragment of the reported clause, and the content is that
   * clause with the fragment, its marks included (LABELS.md: mixed). Not when the words before the quote introduce it (a
   * colon, a dash, a setting or a capital after a comma: "In a statement on Tuesday, “We …”"), or hold a quote or a cue
   * of their own. A quote that goes on after the cue ("…,” Harlow said. “…”") is the statement's next piece.
   */
  function leadInFragment(q: Quote, cue: Cue, s: Sentence, base: Pick<DraftStatement, 'cue' | 'act' | 'framing' | 'sentence'>, hint: SpeakerHint): DraftStatement | null {
    if (q.close === null || isContinuation.has(q.open)) return null;
    const o = firstIndex(tokens.length, (i) => (tokens[i] as Token).start < q.open);
    if (o - 2 < s.tokenStart || o >= cue.first) return null;
    const last = tokens[o - 1] as Token;
    if ([':', ';', '(', '—', '–', '-'].includes(last.text)) return null;
    const from = s.tokenStart;
    if (last.text === ',' && (/^\p{Lu}/u.test(text.slice(q.start, q.start + 1)) || ['ADP', 'SCONJ'].includes((tokens[from] as Token).pos))) return null;
    let verb = false;
    // (a cue of its own in the words before the quote is nested in the clause when the inverted attribution closes the
    // sentence: "One engineer wrote that the practice “…,” the report said." is the report's whole clause, GUIDE section
    // 1's nested attribution; not "…,” a phrase critics say shows …", no attribution of the clause)
    let closes = true;
    for (let j = cue.last + 1; j < s.tokenEnd; j++) if (!isPunct(tokens[j] as Token)) closes = false;
    for (let j = from; j < o; j++) {
      const t = tokens[j] as Token;
      if (quoteOfToken[j] !== -1 || isQuoteMark(t.text) || (cueTokensHere.has(j) && !closes) || [':', ';'].includes(t.text)) return null;
      verb ||= t.pos === 'VERB' || t.pos === 'AUX';
    }
    if (!verb) return null;
    // The quote with what continues it (a split quote after the cue, its next paragraphs) gives the pieces; the first
    // piece is the clause with the fragment.
    const direct = directFrom(q, base, hint, 0.8, 'mixed:lead-in-fragment');
    if (!direct) return null;
    let start = (tokens[from] as Token).start;
    const filed = datelineEndAt(datelines, start);
    if (filed > start && filed < q.open) start = filed;
    const first = span(start, afterClose(q.close));
    const rest = direct.content.pieces?.slice(1) ?? [];
    const content: DraftStatement['content'] = rest.length > 0 ? { ...span(start, direct.content.end), pieces: [first, ...rest] } : first;
    return { ...direct, type: 'mixed', content };
  }

  /**
   * "The levy, she said, “does nothing to fill the potholes.”", "If the pier closes, the mayor said, “the town will
   * suffer.”": the words before an interrupting attribution are the speaker's, not quoted, when they are the subject of a
   * quote that goes on with its verb, or a subordinate clause of the quoted sentence; the statement is mixed, its pieces
   * the lead-in and the quote with its marks (LABELS.md "mixed"). A bare adverbial ("Of course, she said, “…”") is no
   * reported clause and stays out.
   */
  function leadInClause(q: Quote, cue: Cue, s: Sentence, base: Pick<DraftStatement, 'cue' | 'act' | 'framing' | 'sentence'>, hint: SpeakerHint): DraftStatement | null {
    if (q.close === null || q.open < (tokens[cue.last] as Token).end || !/^\p{Ll}/u.test(text.slice(q.start, q.start + 1))) return null;
    // the attribution between two commas: ", he said," / ", said the mayor," with no other comma in it
    let c = cue.first - 1;
    while (c > s.tokenStart && !isPunct(tokens[c] as Token) && quoteOfToken[c] === -1) c--;
    if (c <= s.tokenStart || (tokens[c] as Token).text !== ',') return null;
    const from = s.tokenStart;
    let verb = false;
    for (let j = from; j < c; j++) {
      const t = tokens[j] as Token;
      if (quoteOfToken[j] !== -1 || isQuoteMark(t.text) || cueTokensHere.has(j) || [':', ';', '(', '—', '–'].includes(t.text)) return null;
      verb ||= t.pos === 'VERB' || t.pos === 'AUX';
    }
    if (c - from < 1) return null;
    const opener = tokens[from] as Token;
    const qi = firstIndex(tokens.length, (i) => (tokens[i] as Token).start <= q.open);
    const inner = tokens[qi] as Token | undefined;
    // a subject: a noun phrase with no verb and no comma, and the quote opens with a finite verb ("does", "would put")
    const subject = !verb && npRight(from, s)?.[1] === c - 1 && !['ADP', 'ADV', 'SCONJ', 'CCONJ'].includes(opener.pos)
      && inner !== undefined && (inner.pos === 'AUX' || (inner.pos === 'VERB' && inner.normal !== inner.lemma && !inner.normal.endsWith('ing')));
    // a subordinate clause of the quoted sentence: "If …", "When …", "Because …" with a verb and no comma
    const subordinate = verb && STATEMENT_WORDS_SETS.leadInSubordinators.has(opener.normal);
    if (!subject && !subordinate) return null;
    for (let j = from + 1; j < c; j++) if ((tokens[j] as Token).text === ',') return null;
    const direct = directFrom(q, base, hint, 0.85, 'mixed:lead-in-clause');
    if (!direct) return null;
    const start = opener.start;
    if (datelineEndAt(datelines, start) > start) return null;
    const lead = span(start, (tokens[c - 1] as Token).end);
    const quoted = span(q.open, afterClose(q.close));
    const rest = direct.content.pieces?.slice(1) ?? [];
    const pieces = [lead, quoted, ...rest];
    return { ...direct, type: 'mixed', content: { ...span(start, (pieces[pieces.length - 1] as TextSpan).end), pieces } };
  }

  /** “…,” she said. | “…,” said Hart. | …, the ministry said. */
  /** The sentence opens with a preposition's or an adverb's phrase of at most six words with no verb or quote, and its
   *  comma is the only one before the cue ("On Monday,", "In a letter,", "Later,"). */
  function frontedAdverbial(cue: Cue, s: Sentence): boolean {
    const first = tokens[s.tokenStart] as Token | undefined;
    // ("According to the minutes, three directors had argued for …": a fronted "according to" phrase, however long and
    // whatever participle it holds, "according to records released on Friday,", sources the clause after its comma and
    // is never the content of that clause's own cue)
    const according = accordingLed(s.tokenStart, s);
    if (!first || (!according && !['ADP', 'ADV'].includes(first.pos))) return false;
    let comma = -1;
    for (let j = s.tokenStart; j < cue.first; j++) {
      const t = tokens[j] as Token;
      if (quoteOfToken[j] !== -1) return false;
      if (t.text === ',') { if (comma !== -1) return false; comma = j; continue; }
      if (comma === -1 && !according && (t.pos === 'VERB' || t.pos === 'AUX')) return false;
    }
    return comma !== -1 && (according || comma - s.tokenStart <= 6) && comma + 1 < cue.first;
  }

  /**
   * "Ana Solt, the union's treasurer, called for a new vote.", "In a post, Bram Ode, a former aide, defended his record.":
   * everything before the cue is its subject set off by appositives (and maybe a fronted phrase before it), with no
   * verb of its own, so nothing before the cue is a reported clause that an inverted attribution could close; the cue
   * reads forward. A participle inside an appositive ("one of the officers involved in the raid") is no clause; the
   * first stretch before a comma holds no verb at all, and there is no quote before the cue. Not for a cue of plain
   * saying, whose object after such a subject is the thing answered or read, not its words.
   */
  function subjectWithAsides(cue: Cue, s: Sentence): boolean {
    // (only a cue whose act is more than plain saying: "answered the criticism", "read a statement" name no words)
    if (cue.act === 'SAY') return false;
    let left = cue.first - 1;
    while (left >= s.tokenStart && auxOrAdverb(tokens[left])) left--;
    let commas = 0;
    for (let j = s.tokenStart; j <= left; j++) {
      const t = tokens[j] as Token;
      if (quoteOfToken[j] !== -1 || isQuoteMark(t.text) || t.pos === 'AUX' || [';', ':'].includes(t.text) || isDash(j)) return false;
      if (t.text === ',') { commas++; continue; }
      if (t.pos !== 'VERB') continue;
      // (a participle after its noun, in an appositive: "officers involved in", "a group founded by")
      const prev = tokens[j - 1] as Token | undefined;
      if (commas === 0 || !/(?:ed|en|wn)$/u.test(t.normal) || !prev || !['NOUN', 'PROPN'].includes(prev.pos)) return false;
    }
    return commas > 0;
  }

  /**
   * "But, she said, the levy is too high.", "And, the mayor told the crowd, the road will reopen.": a linking word that
   * opens the sentence (statement-words.json attributionOpeners) and its comma, then the speaker and the cue set off up
   * to a second comma, then a clause with a verb. The cue reads forward over that comma; the linking word is no
   * content before it.
   */
  function openerParenthetical(cue: Cue, s: Sentence): boolean {
    const first = tokens[s.tokenStart] as Token | undefined;
    if (!first || !STATEMENT_WORDS_SETS.attributionOpeners.has(first.normal) || (tokens[s.tokenStart + 1] as Token | undefined)?.text !== ',') return false;
    // the speaker between the two commas: a few words, no verb of its own
    if (cue.first - (s.tokenStart + 2) < 1 || cue.first - (s.tokenStart + 2) > 10) return false;
    for (let j = s.tokenStart + 2; j < cue.first; j++) {
      const t = tokens[j] as Token;
      if (quoteOfToken[j] !== -1 || isQuoteMark(t.text) || t.text === ',' || ((t.pos === 'VERB' || t.pos === 'AUX') && !auxOrAdverb(t))) return false;
    }
    // the cue's own words ("told the crowd", "said on Monday") up to the second comma, then a clause
    let comma = -1;
    for (let j = cue.last + 1; j < s.tokenEnd && j <= cue.last + 7; j++) {
      const t = tokens[j] as Token;
      if (quoteOfToken[j] !== -1 || isQuoteMark(t.text) || t.pos === 'VERB' || t.pos === 'AUX' || t.normal === 'that') return false;
      if (t.text === ',') { comma = j; break; }
    }
    if (comma === -1) return false;
    for (let j = comma + 2; j < s.tokenEnd; j++) {
      const t = tokens[j] as Token;
      if (quoteOfToken[j] === -1 && (t.pos === 'AUX' || (t.pos === 'VERB' && t.normal !== t.lemma && !t.normal.endsWith('ing')))) return true;
      if (t.text === ',' || t.text === ';') return false;
    }
    return false;
  }

  /** "According to …" opening the clause at `i`. */
  function accordingLed(i: number, s: Sentence): boolean {
    return i + 1 < s.tokenEnd && (tokens[i] as Token).normal === 'according' && (tokens[i + 1] as Token).normal === 'to';
  }

  function inverted(cue: Cue, s: Sentence): ((base: Pick<DraftStatement, 'cue' | 'act' | 'framing' | 'sentence'>) => DraftStatement | null) | null {
    // "…, conceding the race": a participle is never inverted over its subject.
    if ((tokens[cue.first] as Token).normal.endsWith('ing')) return null;
    // "Smith called Jones, his rival, a “fraud.”": a naming verb names its object forward.
    if (cues.byLemma.get(cue.lemma)?.needsComplement) return null;
    // What follows the cue (after an optional speaker for "said X") must end the clause.
    let after = cue.last + 1;
    let hint: SpeakerHint | null = null;
    let left = cue.first - 1;
    while (left >= s.tokenStart && auxOrAdverb(tokens[left])) left--;
    // “… the room?” she said. — wink ends the sentence at "?”": the quote closing the previous sentence is the boundary.
    // (a doubled-apostrophe mark, '', starts at its first half)
    const markStart = (i: number): number => { const at = (tokens[i] as Token).start; return at > 0 && doubledMark(at - 1) && byClose.get(at - 1) === byClose.get(at) ? at - 1 : at; };
    const prevCloses = (i: number): boolean => i < s.tokenStart && i >= 0 && isQuoteMark((tokens[i] as Token).text) && byClose.has((tokens[i] as Token).start)
      && (tokens[i] as Token).sentence === s.index - 1 && (tokens[i] as Token).end <= s.start
      // a capital opens a sentence of its own, unless the quote ended on a question or exclamation that wink cut after
      // ("“Why is he attacking me?” Trump said."); the attribution must then end the sentence, which is checked below
      && (/^\p{Ll}/u.test((tokens[s.tokenStart] as Token).text) || /[?!]$/u.test(text.slice(Math.max(0, markStart(i) - 2), markStart(i)).trimEnd()));
    const leftTok = left >= s.tokenStart || prevCloses(left) ? tokens[left] : undefined;
    let boundary: number; // token index of the comma / closing mark before the speaker or cue
    // "…, said X" / "…, warned X": only verbs that invert; after "accused"/"called" the noun phrase is the object.
    // (verbs whose object is the thing rejected or questioned never invert: "The union, which …, rejected the offer.")
    const inverts = (!cue.object || ['warn', 'urge', 'ask'].includes(cue.lemma)) && !OBJECT_NOT_SPEAKER.has(cue.lemma);
    // (a pronoun after the verb is its object, "…, reported it to the police", not an inverted subject)
    const saidNp = inverts && leftTok && (leftTok.text === ',' || isQuoteMark(leftTok.text) || leftTok.text === '—' || leftTok.text === ':') ? npRight(after, s) : null;
    // (“…,” said some applicants had waited …: a noun phrase that a finite verb follows is the subject of the reported
    // clause, and the cue's own subject stands before the quote)
    // (and after a conditional set off by commas, "said the plan, if approved, would close …", "said the charges, if
    // proven, would …": the verb after the second comma)
    let npEnd = saidNp ? saidNp[1] : -1;
    if (saidNp && (tokens[npEnd + 1] as Token | undefined)?.text === ',' && STATEMENT_WORDS_SETS.insertedConditionals.has((tokens[npEnd + 2] as Token | undefined)?.normal ?? '')) {
      for (let j = npEnd + 3; j < s.tokenEnd && j <= npEnd + 7; j++) {
        const w = tokens[j] as Token;
        if (quoteOfToken[j] !== -1) break;
        if (w.text === ',') { npEnd = j; break; }
      }
    }
    const npVerb = saidNp ? tokens[npEnd + 1] : undefined;
    // (not after a setting: "…,” says Lind in the radio spot called “Steady.”)
    let plainNp = !!saidNp;
    for (let j = saidNp?.[0] ?? 0; saidNp && j <= saidNp[1]; j++) if (NP_INNER.has((tokens[j] as Token).normal)) plainNp = false;
    // (a finite verb: an auxiliary or a present form, not a participle, "said the night manager known as Sal")
    const opensClause = plainNp && !!npVerb && npEnd + 1 < s.tokenEnd && (npVerb.pos === 'AUX' || (npVerb.pos === 'VERB' && /[^s]s$/u.test(npVerb.normal)));
    // (nor what was said: "Exporters, who had lobbied for the levy, said the opposite", "said the same", "said nothing")
    const saidThing = !!saidNp && SAID_THING_HEADS.has((tokens[saidNp[1]] as Token).normal);
    // ("Marta Quell, 71, said the heating often failed", "Several tenants, including Ann Fell, said the lift had broken":
    // when everything before the cue is its subject with the phrases that set it off, and the noun phrase after the cue
    // goes on with a verb (after adverbs), that noun phrase opens the reported clause; it is no inverted speaker)
    const subjectOnlyBefore = (): boolean => {
      if (!saidNp) return false;
      for (let j = s.tokenStart; j < left; j++) if (quoteOfToken[j] !== -1 || isQuoteMark((tokens[j] as Token).text)) return false;
      let v = npEnd + 1;
      while (v < s.tokenEnd && (tokens[v] as Token).pos === 'ADV' && quoteOfToken[v] === -1) v++;
      const w = tokens[v] as Token | undefined;
      if (!w || v >= s.tokenEnd || !(w.pos === 'AUX' || (w.pos === 'VERB' && !w.normal.endsWith('ing')))) return false;
      const sp = speakerLeft(left, s);
      return sp !== null && !sp.hint.relative && sp.from === clauseOpen(s);
    };
    const saidX = saidNp && !opensClause && !saidThing && !relativeThenVerb(npEnd, s) && !(saidNp[0] === saidNp[1] && (tokens[saidNp[0]] as Token).pos === 'PRON') && !subjectOnlyBefore() ? saidNp : null;
    if (saidX) {
      hint = tokSpan(saidX[0], saidX[1]);
      after = saidX[1] + 1;
      boundary = left;
    } else {
      const found = speakerLeft(left, s);
      // ("…, a source close to the board said.", "…, a person briefed on the plan said.": the subject found is what the
      // source is close to or briefed on; the attribution starts at the source's noun before the participle
      // (sourceParticiples) and its preposition, and the speakers stage names the source by the whole description,
      // GUIDE decision 31)
      let sp = found;
      const prep = found && !found.hint.relative ? tokens[found.from - 1] : undefined;
      if (found && prep && (prep.pos === 'ADP' || prep.normal === 'to') && found.from - 3 >= s.tokenStart && quoteOfToken[found.from - 2] === -1
        && STATEMENT_WORDS_SETS.sourceParticiples.has((tokens[found.from - 2] as Token).normal)) {
        const source = npLeftBounds(found.from - 3, s);
        if (source) sp = { ...found, from: source[0] };
      }
      // “…,” Mary Tupworth, 58, a nurse in Dayton, Ohio, said.: a quote that opens the sentence and closes on a comma is
      // the words of the subject right after it, however long the phrases that set it off before the cue.
      const led = quoteLedSubject(cue, left, s);
      if (led && (!sp || sp.hint.relative || sp.from - 1 !== led.boundary)) {
        hint = led.hint;
        boundary = led.boundary;
      } else {
        if (!sp || sp.hint.relative) return null;
        const b = tokens[sp.from - 1];
        if (!b || (sp.from - 1 < s.tokenStart && !prevCloses(sp.from - 1)) || !(b.text === ',' || isQuoteMark(b.text) || b.text === '—')) return null;
        hint = sp.hint;
        boundary = sp.from - 1;
      }
      const before = boundary;
      // "…,” she told reporters. — the addressee of a cue that takes one
      // (after a clause, not a quote, "it" or a story is the thing told: "he told the story of …", "reported it to")
      if (cue.object) {
        const obj = npRight(after, s);
        // ("…, the minister told her.": an object pronoun is the addressee)
        if (!obj && after < s.tokenEnd && OBJECT_PRONOUNS.has((tokens[after] as Token).normal)) after++;
        if (obj) {
          const o = tokens[obj[0]] as Token;
          const quoteBefore = isQuoteMark((tokens[before] as Token).text) && byClose.has((tokens[before] as Token).start);
          if (!quoteBefore && (['it', 'this', 'these', 'those'].includes(o.normal) || ['story', 'stories', 'truth', 'tale', 'joke'].includes((tokens[obj[1]] as Token).normal))) return null;
          after = obj[1] + 1;
        }
      }
    }
    // The rest of the sentence after the cue must not open a reported clause.
    let k = after;
    if (k < s.tokenEnd && (tokens[k] as Token).text === ',') {
      // appositive after the speaker: ", a spokesperson for Y," — swallow it
      // (an appositive is a noun phrase closed by a comma or the sentence's end, never a pronoun that opens a clause)
      // (only after a speaker that follows the cue: in "…, economists say, limited the recovery" the clause goes on)
      let ap = !saidX || isQuoteMark((tokens[k + 1] as Token | undefined)?.text ?? '') ? null : npRight(k + 1, s);
      if (ap) {
        const closer = tokens[ap[1] + 1];
        // (a possessive determiner opens one: "…, said Tom Galstow, its chief executive.")
        if (((tokens[ap[0]] as Token).pos === 'PRON' && !(POSSESSIVE_DETERMINERS.has((tokens[ap[0]] as Token).normal) && ap[1] > ap[0])) || !(ap[1] + 1 >= s.tokenEnd || (closer && (closer.text === ',' || PUNCT_END.test(closer.text) || isQuoteMark(closer.text))))) ap = null;
      }
      if (ap && !RELATIVE_PRONOUNS.has((tokens[ap[0]] as Token).normal)) { hint = { ...hint, appositive: tokSpan(ap[0], ap[1]) } as SpeakerHint; k = ap[1] + 1; }
    }
    // "…, said Hannah Corstow, who teaches …" / "said Brian Baker, an adviser to the family who oversees …": a relative
    // clause on the speaker ends the attribution.
    let relativeOnSpeaker = false;
    {
      let r = k;
      if (r < s.tokenEnd && (tokens[r] as Token).text === ',') r++;
      if (r < s.tokenEnd && ['who', 'whose', 'which'].includes((tokens[r] as Token).normal)) { k = s.tokenEnd; relativeOnSpeaker = true; }
      else if (hint.appositive && r < s.tokenEnd && ['who', 'whose'].includes((tokens[r] as Token).normal)) { k = s.tokenEnd; relativeOnSpeaker = true; }
    }
    // After a closing quote mark (“…,” X said …) the attribution is certain, whatever follows it.
    const bt = tokens[boundary] as Token;
    // (Not after a quoted title: “Sunday on Fox News’s “Hannity,” Newt Gingrich said if …” goes on forward.)
    // (Across a sentence cut before a capital, “…?” Trump said., only a short attribution: “Why?” Trump said the plan failed.)
    const afterQuote = isQuoteMark(bt.text) && byClose.has(bt.start) && (!isTitleQuote(byClose.get(bt.start) as Quote) || opensSplitQuote(byClose.get(bt.start) as Quote, cue, s))
      && !(boundary < s.tokenStart && !/^\p{Ll}/u.test((tokens[s.tokenStart] as Token).text));
    // "Citing “family reasons,” the spokesman told the paper that …": a quote right after a participle that opens the
    // sentence is that participle's object, and a cue with a clause of its own reports the clause, not the quote
    if (afterQuote) {
      const q = byClose.get(bt.start) as Quote;
      let o = boundary;
      while (o > s.tokenStart && (tokens[o] as Token).start > q.open) o--;
      const opener = tokens[o - 1] as Token | undefined;
      if (opener && o - 1 === s.tokenStart && opener.pos === 'VERB' && /^\p{Lu}\p{Ll}+ing$/u.test(opener.text)) {
        for (let j = cue.last + 1; j < s.tokenEnd; j++) {
          const t = tokens[j] as Token;
          if (quoteOfToken[j] === -1 && (t.normal === 'that' || t.pos === 'AUX')) return null;
        }
      }
    }
    // What is left must be a short adverbial ("in a statement on Tuesday"), not a reported clause.
    let rest = 0;
    let restComma = -1;
    for (let j = k; j < s.tokenEnd && !afterQuote; j++) {
      const t = tokens[j] as Token;
      // a quoted programme or title in the setting is no quote of the speaker: “…,” he said on Radio Kessel’s “Morning Desk.”
      if (isQuoteMark(t.text) && byOpen.has(t.start) && isTitleQuote(byOpen.get(t.start) as Quote)) {
        const tq = byOpen.get(t.start) as Quote;
        while (j + 1 < s.tokenEnd && (tokens[j + 1] as Token).start <= (tq.close ?? tq.end)) j++;
        continue;
      }
      // ("“Is it over?” Morrow asked as the crowd left.": after a quote closed before the speaker, a conjunction of time or
      // reason opens the reporter's clause, which ends the attribution; not after a clause with no quote marks, which may
      // be a fronted adverbial, "As the minister spoke, the mayor responded as …", nor after a noun phrase after the cue,
      // whose "when" or "as" may be relative, "said the days when …")
      if (!saidX && isQuoteMark((tokens[boundary] as Token).text) && byClose.has((tokens[boundary] as Token).start) && settingConjunctionAt(j, cue)) break;
      if (CLAUSE_OPENERS.has(t.normal) || (isQuoteMark(t.text) && byOpen.has(t.start))) return null;
      // "…, the mayor said Ralwyn was the only candidate": a finite clause after the cue is its content.
      if (t.pos === 'AUX' && j > k) return null;
      if (t.text === ',') { restComma = j; break; }
      if ((t.normal === 'who' || t.normal === 'whose') && j > k) break; // "… an adviser to the family who oversees …"
      if (t.text === '(') { let close = j + 1; while (close < s.tokenEnd && close < j + 10 && (tokens[close] as Token).text !== ')') close++; if (close < s.tokenEnd && (tokens[close] as Token).text === ')') { j = close; continue; } }
      if (t.text === ';' || PUNCT_END.test(t.text)) break;
      // "…, the office reported on Tuesday -- a development that …": a dash closes the attribution as a comma does, but
      // a pair of dashes with the sentence going on after the second one is an aside inside a clause ("…, said the visit
      // to the port — the busiest one — would help"): the words after the cue are then content, not a trailing setting
      if (isDash(j)) {
        let second = j + 1;
        while (second < s.tokenEnd && !isDash(second) && !PUNCT_END.test((tokens[second] as Token).text)) second++;
        if (second < s.tokenEnd && isDash(second) && second + 1 < s.tokenEnd && !PUNCT_END.test((tokens[second + 1] as Token).text)) return null;
        break;
      }
      if (j === k && !(TRAILING_OK.has(t.normal) || t.pos === 'ADV' || t.pos === 'ADP' || t.pos === 'NUM' || t.pos === 'PROPN')) return null;
      // "in a report published on Thursday", "in an indictment unsealed on Tuesday": participles may qualify the source.
      // ("said in putting the question", "added while visiting the site": a gerund after a preposition of time or means is
      // a setting)
      const gerundSetting = j > k && t.normal.endsWith('ing') && ['in', 'while', 'when', 'after', 'before'].includes((tokens[j - 1] as Token).normal);
      if (t.pos === 'VERB' && !TRAILING_OK.has(t.normal) && !gerundSetting && !(j > k && /(ed|en|wn)$/u.test(t.normal))) return null;
      if (++rest > 14) return null;
    }
    const hintFinal = hint;
    // "Survival, Mr. VandeHei says, depends on …": the attribution interrupts the reported clause, which goes on.
    let resume = -1;
    let resumeAfterAnd = false;
    // "Of course, Yarlfold said, “We never …”": a quote after the cue makes this a forward attribution.
    if (restComma >= 0 && isQuoteMark((tokens[restComma + 1] as Token | undefined)?.text ?? '') && byOpen.has((tokens[restComma + 1] as Token).start)) return null;
    if (restComma >= 0 && restComma + 3 < s.tokenEnd) {
      const f = tokens[restComma + 1] as Token;
      const participle = f.pos === 'VERB' && f.normal.endsWith('ing');
      const setting = /^(in|on|at|during|via|through|after|before|from)\s+(a|an|the|his|her|its|their)?\s*(statement|interview|news conference|press conference|speech|post|email|e-mail|letter|video|televised|radio|broadcast|rally|hearing|twitter|facebook|website|call|meeting|debate)\b/iu
        .test(text.slice(f.start, f.start + 60));
      // ("…, the mayor said on Monday, in a move that residents called a betrayal": the reporter's apposition on the event
      // the clause reports, no more of the speaker's clause; its own cue, if any, is its own statement)
      const eventApposition = /^(?:in\s+)?(?:a|an|the)\s+(?:move|step|decision)\s+(?:that|which|to|likely|expected|seen)\b/iu.test(text.slice(f.start, f.start + 60));
      // ("…, officials said on Tuesday, as the United Nations called for a ceasefire": an "as" clause with a cue of its own
      // is another source's statement that the reporter sets beside this one, no more of this speaker's clause)
      const otherSourceAs = ['as', 'while', 'whereas'].includes(f.normal) && findCues(tokens, s, cues, quoteOfToken).some((c) => c.first > restComma + 1);
      if (otherSourceAs) { /* the content ends before the attribution */ }
      else if (!participle && !['CCONJ', 'SCONJ'].includes(f.pos) && !STATEMENT_WORDS_SETS.concessiveConjunctions.has(f.normal) && !setting && !eventApposition && !isQuoteMark(f.text) && !CLAUSE_OPENERS.has(f.normal)) resume = restComma + 1;
      // "He was told on that call, he said, that his shifts had been cut": the clause resumes after its complementizer
      else if (f.normal === 'that' && restComma === k && ['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ'].includes((tokens[restComma + 2] as Token).pos)) resume = restComma + 2;
      // "He had no known links, the airline added, and had passed every check":
      // after "and" the reported clause goes on with a backshifted or modal verb group; not with a plain verb ("…, he
      // said, and left the room": his next action), a subject of its own, nor a cue of its own
      else if (f.normal === 'and' && restComma + 2 < s.tokenEnd) {
        const n = tokens[restComma + 2] as Token;
        const ownCue = findCues(tokens, s, cues, quoteOfToken).some((c) => c.first > restComma);
        const backshifted = n.pos === 'AUX' && ['had', 'would', 'could', 'might', 'should', 'has', 'have'].includes(n.normal);
        // (a clause with a subject of its own after "and" is the reporter's next sentence part, not more of the
        // speaker's: "The factory will close in March, the company said, and the town's mayor has called a meeting")
        if (!ownCue && backshifted) { resume = restComma + 2; resumeAfterAnd = true; }
      }
    }
    // "The former manager, Dana Fell, said the aide who replaced him should go": what the comma closes is the subject
    // with its appositive (no verb, no quote), so the noun phrase after the cue opens the reported clause, not an
    // inverted speaker with a relative clause.
    // "The journal, which published four of the papers, has added expressions of concern to them": before the comma stands
    // only a subject and its relative clause (no verb of a clause of its own), and an auxiliary before the verb makes the
    // verb that subject's; the noun phrase after it is its object, no inverted speaker ("…, said the mayor" has none)
    if (saidX && !afterQuote && boundary >= s.tokenStart) {
      let auxBefore = false;
      for (let j = left + 1; j < cue.first; j++) if ((tokens[j] as Token).pos === 'AUX') auxBefore = true;
      let comma = s.tokenStart;
      while (comma < boundary && (tokens[comma] as Token).text !== ',' && !['VERB', 'AUX'].includes((tokens[comma] as Token).pos) && quoteOfToken[comma] === -1) comma++;
      const subjectWithRelative = comma > s.tokenStart && comma < boundary && (tokens[comma] as Token).text === ',' && ['which', 'who', 'whose'].includes((tokens[comma + 1] as Token | undefined)?.normal ?? '')
        && !Array.from({ length: boundary - comma - 1 }, (_, i) => comma + 1 + i).some((j) => (tokens[j] as Token).text === ',' || isDash(j));
      // "Gov. Ann Berg, a Republican who has refused to back the mayor, said the crews deserved better": so is a subject
      // with an appositive noun phrase whose relative clause runs to the comma before the cue (its verbs are the
      // relative clause's; the words before the cue have no verb of a clause of their own)
      let rel = comma + 1;
      while (rel < boundary && !['VERB', 'AUX'].includes((tokens[rel] as Token).pos) && !['which', 'who', 'whose', 'that'].includes((tokens[rel] as Token).normal)
        && quoteOfToken[rel] === -1 && (tokens[rel] as Token).text !== ',' && !isDash(rel)) rel++;
      const appositiveWithRelative = comma > s.tokenStart && comma < boundary && (tokens[comma] as Token).text === ',' && rel > comma + 1 && rel < boundary
        && ['which', 'who', 'whose', 'that'].includes((tokens[rel] as Token).normal)
        && !Array.from({ length: boundary - rel - 1 }, (_, i) => rel + 1 + i).some((j) => (tokens[j] as Token).text === ',' || isDash(j) || quoteOfToken[j] !== -1);
      if (auxBefore || subjectWithRelative || appositiveWithRelative) return null;
    }
    if (saidX && relativeOnSpeaker && !afterQuote && resume < 0 && boundary >= s.tokenStart) {
      let clause = false;
      for (let j = s.tokenStart; j < boundary && !clause; j++) { const t = tokens[j] as Token; clause = t.pos === 'VERB' || t.pos === 'AUX' || isQuoteMark(t.text); }
      if (!clause && subjectLeft(cue.first - 1, s) !== null) return null;
    }
    return (base) => {
      // Content: the quote that closes at the boundary, or the clause from the sentence start to the comma.
      let b = boundary;
      if (b < s.tokenStart) { const q = byClose.get((tokens[b] as Token).start); return q ? directFrom(chainStart(q), base, hintFinal, 0.9, 'direct:inverted') : null; }
      while (b >= s.tokenStart && (isPunct(tokens[b] as Token))) {
        const t = tokens[b] as Token;
        if (isQuoteMark(t.text)) {
          const q = byClose.get(t.start);
          if (q) return (chainStart(q) === q ? leadInFragment(q, cue, s, base, hintFinal) : null) ?? directFrom(chainStart(q), base, hintFinal, 0.9, 'direct:inverted');
        }
        b--;
      }
      if (b < s.tokenStart) return null;
      // Content starts at the sentence start, or after a leading attribution ("In a statement, …") — keep it simple.
      // A bare adverbial before the attribution ("Of course, she said") is no reported clause.
      let words = 0;
      for (let j = s.tokenStart; j <= b; j++) if (!isPunct(tokens[j] as Token)) words++;
      if (words < 3 && (resume < 0 || resumeAfterAnd)) return null;
      // A reported clause has a verb: "Yarlfold, a Liberal, did not mention …", "In a farewell of sorts, he told
      // the room …" set off a noun phrase or an adverbial, not words.
      let verb = false;
      for (let j = s.tokenStart; j <= b && !verb; j++) { const t = tokens[j] as Token; verb = t.pos === 'VERB' || t.pos === 'AUX' || (isQuoteMark(t.text) && byOpen.has(t.start)); }
      // (before ", X said, and …" the clause is a whole one: "On Nov. 24, prosecutors charged …, and …" is no attribution)
      if (!verb && (resume < 0 || resumeAfterAnd)) return null;
      // ("Harland, whose essays have been attacked by rights groups, had been asked to speak": a relative clause on the
      // subject, whose passive cue and agent interrupt the main clause, is no attribution of that clause)
      if (resume >= 0) {
        let r = b + 1;
        while (r < cue.first && isPunct(tokens[r] as Token)) r++;
        const rel = (tokens[r] as Token | undefined)?.normal ?? '';
        if (rel === 'whose' || RELATIVE_PRONOUNS.has(rel)) return null;
      }
      const first = contentDraft(s.tokenStart, b, base, hintFinal, 0.75, 'indirect:inverted');
      if (!first || resume < 0) return first;
      let e = s.tokenEnd - 1;
      while (e > resume && isPunct(tokens[e] as Token) && !isQuoteMark((tokens[e] as Token).text)) e--;
      const second = span((tokens[resume] as Token).start, (tokens[e] as Token).end);
      if (second.text.trim().length === 0) return first;
      const whole = span(first.content.start, second.end);
      const quoted = (nextQuoteAfter(second.start)?.open ?? Infinity) < second.end;
      if (quoted) { const q = nextQuoteAfter(second.start) as Quote; usedQuotes.add(q.open); }
      return { ...first, type: quoted ? 'mixed' : first.type, content: { ...whole, pieces: [span(first.content.start, first.content.end), second] }, rules: [`${quoted ? 'mixed' : first.type}:inverted-interrupting`] };
    };
  }

  /**
   * "said the club had spent $4 million, a sum nobody else has confirmed", "said the files were stored for
   * “safety review,” a common practice in which …": an appositive set off by a comma after the reported
   * clause, headed by a noun of a comment on it (statement-words.json glossHeads) and going on with a modifier, is the
   * reporter's comment, not the speaker's words (GUIDE decision 121); the content ends before its comma, or with the
   * closing mark that holds the comma.
   */
  function glossTrimmed(contentStart: number, end: number): number {
    // ("said that after the inquiry ended, the decision the panel took was final": a fronted subordinate clause or
    // prepositional phrase ends at the first comma, and what follows is the main clause, not a comment on it)
    const opener = tokens[(tokens[contentStart] as Token).normal === 'that' ? contentStart + 1 : contentStart] as Token | undefined;
    const fronted = opener !== undefined && (opener.pos === 'ADP' || opener.pos === 'SCONJ' || STATEMENT_WORDS_SETS.leadInSubordinators.has(opener.normal) || STATEMENT_WORDS_SETS.resultClauseSubordinators.has(opener.normal));
    let commas = 0;
    for (let j = contentStart + 1; j + 3 <= end; j++) {
      const inMark = commaInMark(j);
      // (a dash sets the comment off as a comma does: "… in winter — a figure nobody has confirmed")
      const dash = !inMark && isDash(j) && quoteOfToken[j] === -1;
      if (!inMark && !dash && ((tokens[j] as Token).text !== ',' || quoteOfToken[j] !== -1)) continue;
      if (fronted && !dash && commas++ === 0) continue;
      const d = tokens[j + 1] as Token;
      if (!['a', 'an', 'the', 'another'].includes(d.normal) || quoteOfToken[j + 1] !== -1) continue;
      let h = j + 2;
      while (h < end && h < j + 5 && !STATEMENT_WORDS_SETS.glossHeads.has((tokens[h] as Token).normal) && ['ADJ', 'ADV', 'NOUN'].includes((tokens[h] as Token).pos) && quoteOfToken[h] === -1) h++;
      const head = tokens[h] as Token;
      if (h >= end || !STATEMENT_WORDS_SETS.glossHeads.has(head.normal) || head.pos === 'VERB' || quoteOfToken[h] !== -1) continue;
      // (the comment goes on with a relative clause, with or without its relative word, or a participle: "that nobody
      // confirmed", "the firm has not disputed", "in which …", "known in the trade as …"; not a prepositional phrase of
      // the clause's own noun, "leaks, the worst level on the scale, in 12 classrooms", which leaves the clause going on)
      const n = tokens[h + 1] as Token;
      const n2 = tokens[h + 2] as Token | undefined;
      const relative = ['that', 'which', 'who'].includes(n.normal) || ['DET', 'PRON', 'PROPN', 'NOUN', 'NUM'].includes(n.pos)
        || (n.pos === 'ADP' && n2 !== undefined && ['which', 'whom'].includes(n2.normal)) || (n.pos === 'VERB' && pastParticiple(n));
      if (!relative || quoteOfToken[h + 1] !== -1) continue;
      // (no comment when a main verb of its modifier is followed by an auxiliary, the predicate of a clause whose subject
      // the noun is: "the rent rose, the figure the board set was too high")
      let predicate = false;
      for (let m = h + 2; m + 1 < end && !predicate && !isPunct(tokens[m] as Token); m++) {
        if ((tokens[m] as Token).pos !== 'VERB') continue;
        let a = m + 1;
        while (a < end && (tokens[a] as Token).pos === 'ADV') a++;
        predicate = (tokens[a] as Token | undefined)?.pos === 'AUX' && a < end;
      }
      if (predicate) continue;
      let e = inMark ? j : j - 1;
      while (!inMark && e > contentStart && isPunct(tokens[e] as Token) && !isQuoteMark((tokens[e] as Token).text)) e--;
      return e;
    }
    return end;
  }

  /** The comma closing a relative clause set off at the comma `comma` (", which/who/whose …,") when a finite verb
   *  follows it, the predicate of the subject the clause interrupts; else -1. */
  function relativeBeforePredicate(comma: number, last: number): number {
    const t = tokens[comma] as Token | undefined;
    const r = tokens[comma + 1] as Token | undefined;
    if (!t || !r || t.text !== ',' || quoteOfToken[comma] !== -1 || !['which', 'who', 'whose'].includes(r.normal)) return -1;
    for (let k = comma + 2; k + 1 <= last; k++) {
      const w = tokens[k] as Token;
      if (quoteOfToken[k] !== -1 || w.text !== ',') { if ([';', ':', '.', '?', '!'].includes(w.text)) return -1; continue; }
      const f = tokens[k + 1] as Token;
      return quoteOfToken[k + 1] === -1 && (f.pos === 'AUX' || (f.pos === 'VERB' && !f.normal.endsWith('ing'))) ? k : -1;
    }
    return -1;
  }

  /**
   * What a no-comment covers: "declined to say whether …", "declined to comment further", "declined to name the
   * officers", "did not answer letters or calls" — up to a comma, a new clause or a trailing time adverbial.
   */
  function noCommentEnd(last: number, s: Sentence): number {
    // ("did not say whether …": the phrase may end in its wh-word)
    const wh = ['whether', 'why', 'how', 'what', 'which', 'who', 'when', 'where', 'if'];
    let k = wh.includes((tokens[last] as Token).normal) ? last : last + 1;
    if (k >= s.tokenEnd) return last;
    const t = tokens[k] as Token;
    const clauseEnd = (from: number): number => {
      let e = from;
      let verb = false;
      for (;;) {
        while (e + 1 < s.tokenEnd && !/^[,;:.!?]$/u.test((tokens[e + 1] as Token).text)) { e++; if ((tokens[e] as Token).pos === 'AUX') verb = true; }
        // ("would not say whether the lease, which ends next spring, might be extended": a relative clause on the
        // wh-clause's subject, before its auxiliary, is inside the question; wink may tag a noun of the subject a verb)
        const back = !verb && e + 1 < s.tokenEnd ? relativeBeforePredicate(e + 1, s.tokenEnd - 1) : -1;
        if (back < 0) return e;
        e = back; verb = false;
      }
    };
    // ("declined to comment when reached by telephone", "… when contacted on Tuesday": a reduced time clause, not the
    // question left unanswered, as in "declined to say when the plant would reopen")
    if (t.normal === 'when' && k > last && /^\p{Ll}+(ed|en)$/u.test((tokens[k + 1] as Token | undefined)?.text ?? '')) return last;
    if (wh.includes(t.normal)) return clauseEnd(k);
    // ("declined to comment further", but "did not respond to further questions": an adjective of the object)
    if (['further', 'publicly', 'directly'].includes(t.normal) && !(k + 1 < s.tokenEnd && ['NOUN', 'PROPN'].includes((tokens[k + 1] as Token).pos))) return k;
    if (['on', 'to', 'about', 'beyond'].includes(t.normal) && !CALENDAR_WORDS.has((tokens[k + 1] as Token | undefined)?.normal ?? '')) k++;
    // "declined to comment on whether the deal would close": the question it did not answer
    if (k < s.tokenEnd && wh.includes((tokens[k] as Token).normal)) return clauseEnd(k);
    const np = npRight(k, s);
    if (!np) return last;
    let e = np[1];
    // "… and phone calls": one coordinated object
    if (e + 2 < s.tokenEnd && (tokens[e + 1] as Token).normal === 'and') { const np2 = npRight(e + 2, s); if (np2) e = np2[1]; }
    // "did not respond to questions about whether …" / "… about the warning": what the questions were about
    if (e + 2 < s.tokenEnd && ['about', 'on', 'regarding'].includes((tokens[e + 1] as Token).normal)) {
      if (wh.includes((tokens[e + 2] as Token).normal)) return clauseEnd(e + 2);
      const np3 = npRight(e + 2, s);
      if (np3 && !CALENDAR_WORDS.has((tokens[e + 2] as Token).normal)) e = np3[1];
    }
    // GUIDE decisions 9 and 45: the content is the whole object phrase, with the clause that completes or modifies its
    // noun: "on reports that it had moved troops …", "on the evidence given in court", "on the internal reports Dalton
    // described" (a participle, a past verb or a "that"/"which" clause right after the noun; not another cue with words
    // after it, "a spokesman who declined to comment on the case said …")
    const post = tokens[e + 1] as Token | undefined;
    const byName = post && ['PROPN', 'PRON'].includes(post.pos) && (tokens[e] as Token).pos === 'NOUN' ? tokens[e + 2] as Token | undefined : undefined;
    const pastVerb = (v: Token | undefined, at: number): boolean => !!v && v.pos === 'VERB' && (!cueTokensHere.has(at) || /^[,;:.!?]$/u.test((tokens[at + 1] as Token | undefined)?.text ?? '.')) && quoteOfToken[at] === -1
      && v.normal !== v.lemma && !v.normal.endsWith('ing') && !/[^s]s$/u.test(v.normal);
    if (post && e + 1 < s.tokenEnd && quoteOfToken[e + 1] === -1
      && (['that', 'which'].includes(post.normal) || pastVerb(post, e + 1) || (byName && pastVerb(byName, e + 2)))) return clauseEnd(e + 1);
    while (e > last && (CALENDAR_WORDS.has((tokens[e] as Token).normal) || ['on', 'in', 'at'].includes((tokens[e] as Token).normal))) e--;
    return e;
  }

  /** "in a memo released Monday that", "in its annual report that": a phrase of "in" and a document (DOCUMENT_HEADS),
   *  perhaps with a participle and a time after it, then "that"; the index of "that", else -1. */
  function documentSettingThat(k: number, s: Sentence): number {
    if ((tokens[k] as Token | undefined)?.normal !== 'in') return -1;
    let doc = false;
    for (let j = k + 1; j < s.tokenEnd && j <= k + 9; j++) {
      const t = tokens[j] as Token;
      if (t.normal === 'that') return doc ? j : -1;
      if (t.text === ',' || quoteOfToken[j] !== -1 || t.pos === 'AUX' || (t.pos === 'VERB' && !pastParticiple(t))) return -1;
      if (DOCUMENT_HEADS.has(t.normal)) doc = true;
    }
    return -1;
  }

  function hearingTagTrimmed(contentStart: number, end: number): number {
    // "…, an inquest heard on Monday", "…, the court was told": after the clause's last comma, a hearing (statement-words
    // hearingBodies) that heard or was told it, and at most a time after, is the reporter's attribution (LABELS.md: the
    // content leaves out a trailing attribution)
    let j = end;
    while (j > contentStart && !((tokens[j] as Token).text === ',' && quoteOfToken[j] === -1)) j--;
    if (j <= contentStart) return end;
    let k = j + 1;
    if (k <= end && ['a', 'an', 'the', 'this'].includes((tokens[k] as Token).normal)) k++;
    if (k > end || !HEARING_BODIES.has((tokens[k] as Token).normal)) return end;
    k++;
    if (k <= end && (tokens[k] as Token).normal === 'heard') k++;
    else if (k + 1 <= end && ['was', 'were'].includes((tokens[k] as Token).normal) && (tokens[k + 1] as Token).normal === 'told') k += 2;
    else return end;
    for (; k <= end; k++) {
      const w = tokens[k] as Token;
      if (!(TRAILING_OK.has(w.normal) || CALENDAR_WORDS.has(w.normal) || WEEKDAYS.has(w.normal) || w.pos === 'NUM' || STATEMENT_WORDS_SETS.timeDeictics.has(w.normal))) return end;
    }
    let e = j - 1;
    while (e > contentStart && isPunct(tokens[e] as Token) && !isQuoteMark((tokens[e] as Token).text)) e--;
    return e;
  }

  /**
   * "rejected the ruling on Tuesday", "welcomed the report last week": after an object phrase with no verb of its own, a
   * trailing time adverbial tells when the speaker acted, not what was said (GUIDE section 2: the content is the reported
   * clause, here the object). Content with any verb keeps its time: a clause ("said the line would open on Friday"), an
   * infinitive or a gerund ("ordered all work to stop on Monday", "praised X for allowing visits this year"). Returns the
   * new end.
   */
  function objectTimeTrimmed(contentStart: number, end: number): number {
    for (let k = contentStart; k <= end; k++) if (['VERB', 'AUX'].includes((tokens[k] as Token).pos)) return end;
    // ("accused the firm of skimming tips for years": a gerund after "of", whatever wink tags it, holds the time)
    for (let k = contentStart + 1; k <= end; k++) if (/^\p{Ll}{3,}ing$/u.test((tokens[k] as Token).text) && (tokens[k - 1] as Token).normal === 'of') return end;
    const w = (k: number): string => (k >= contentStart && quoteOfToken[k] === -1 ? (tokens[k] as Token).normal : '');
    let e = end;
    if (DAY_PARTS.has(w(e)) && WEEKDAYS.has(w(e - 1))) e--;
    let from = -1;
    if (WEEKDAYS.has(w(e))) from = w(e - 1) === 'on' ? e - 1 : e;
    else if (['yesterday', 'today'].includes(w(e))) from = e;
    else if ((STATEMENT_WORDS_SETS.timeUnits.has(w(e)) || w(e) === 'weekend') && ['last', 'this'].includes(w(e - 1))) from = ['earlier', 'later'].includes(w(e - 2)) ? e - 2 : e - 1;
    else {
      // ("raised concerns about the lab's culture for years", "… about the rota since March", and the same words quoted,
      // "… culture “for years”": how long or since when the speaker spoke, a bare stretch of time; "a ban for two years"
      // counts its units and stays)
      let q = e;
      const quoted = isQuoteMark((tokens[q] as Token).text) && byClose.has((tokens[q] as Token).start);
      if (quoted) q--;
      const u = (k: number): string => (k >= contentStart ? (tokens[k] as Token).normal : '');
      let f = -1;
      if (STATEMENT_WORDS_SETS.timeUnits.has(u(q)) && /s$/u.test(u(q))) f = u(q - 1) === 'for' ? q - 1 : ['many', 'several'].includes(u(q - 1)) && u(q - 2) === 'for' ? q - 2 : -1;
      else if ((STATEMENT_WORDS_SETS.timeNouns.has(u(q)) || /^(?:19|20)\d\d$/u.test(u(q))) && u(q - 1) === 'since') f = q - 1;
      if (f >= 0 && quoted) {
        const open = tokens[f - 1] as Token | undefined;
        f = open && isQuoteMark(open.text) && byOpen.get(open.start) === byClose.get((tokens[e] as Token).start) ? f - 1 : -1;
      }
      if (f >= 0 && !quoted && quoteOfToken[f] !== -1) f = -1;
      from = f;
    }
    // (at least two words of the object stay: "rejected it on Monday" is left whole)
    return from > contentStart + 1 ? from - 1 : end;
  }

  /**
   * "said the ferry was safe in an interview with the Herald on Sunday", "said his campaign does not want the money at a
   * rally in Grelthorpe": a reported clause that only tells a state (forms of "be" with their complement, verbs of state such as
   * "want" or "believe", modals and "do"), then, with no comma, a setting of the words (SETTING: "in an interview", "in a
   * tweet", "at a rally", "during a debate") and nothing after it but the setting's own names, places and times. The
   * setting tells where the words were said, not what was said (LABELS.md: the reported clause; the comma-less twin of the
   * set-off setting above). A clause with a verb of an event keeps it, since the event may have taken place there ("said
   * he was jostled at a rally", "said it asked for the files in a letter"), and so does a form of "be" whose complement is
   * the setting itself ("said she was at a meeting"). Returns the new end.
   */
  function stateSettingTrimmed(contentStart: number, end: number): number {
    let verbs = 0;
    let complement = false;
    for (let j = contentStart + 1; j <= end; j++) {
      const w = tokens[j] as Token;
      if (isQuoteMark(w.text)) { complement = true; continue; }
      // (a quoted fragment's verbs count too: "said the driver had been “pushed around” at the depot" tells an event)
      if (w.pos === 'VERB' || w.pos === 'AUX') {
        const be = BE_FORMS.has(w.normal) || w.lemma === 'be';
        const state = be || MODALS.has(w.normal) || ['do', 'have'].includes(w.lemma) && w.pos === 'AUX' || STATE_VERBS.has(w.lemma);
        if (!state) return end;
        // (a passive or perfect participle right after "be"/"have" tells an event: "was attacked", "has been barred")
        const next = tokens[j + 1] as Token | undefined;
        if ((be || w.lemma === 'have') && next && next.pos === 'VERB' && /(ed|en)$/u.test(next.normal) && !STATE_VERBS.has(next.lemma)) return end;
        verbs++;
        complement = false;
        continue;
      }
      if (!['in', 'on', 'at'].includes(w.normal) || quoteOfToken[j] !== -1 || verbs === 0 || !complement) {
        if (!['ADV', 'PART'].includes(w.pos) && !NEGATORS.has(w.normal)) complement = true;
        continue;
      }
      complement = true;
      const match = SETTING.exec(text.slice(w.start, w.start + 60)) ?? OWNED_SETTING.exec(text.slice(w.start, w.start + 80));
      if (!match) continue;
      // (the setting noun heads its phrase, with only a determiner and modifiers before it: not "on the plane via
      // Facebook", "on voters after hearing …", "on her email account")
      const nounEnd = w.start + match[0].length;
      let k = j + 1;
      while (k <= end && (tokens[k] as Token).end < nounEnd) k++;
      if (k > end || (tokens[k] as Token).end !== nounEnd || !['NOUN', 'PROPN'].includes((tokens[k] as Token).pos)) continue;
      let modifiers = true;
      for (let m = j + 1; m < k; m++) if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON'].includes((tokens[m] as Token).pos) && !/^[’']s?$/u.test((tokens[m] as Token).text)) modifiers = false;
      if (!modifiers || (k + 1 <= end && ['NOUN', 'PROPN'].includes((tokens[k + 1] as Token).pos))) continue;
      for (let m = j + 1; m <= end; m++) {
        const x = tokens[m] as Token;
        if (quoteOfToken[m] !== -1 || isQuoteMark(x.text) || x.pos === 'AUX' || RELATIVE_PRONOUNS.has(x.normal) || x.normal === 'that') return end;
        if (x.pos === 'VERB' && !/(ed|en)$/u.test(x.normal)) return end;
        if (isPunct(x) && m < end && !['.', '’', "'", '-'].includes(x.text)) return end;
      }
      let e = j - 1;
      // (a day just before the setting is the words' time too: "… on Wednesday at a rally in Grelthorpe")
      if (e - 1 > contentStart && WEEKDAYS.has((tokens[e] as Token).normal) && (tokens[e - 1] as Token).normal === 'on') e -= 2;
      while (e > contentStart && isPunct(tokens[e] as Token) && !isQuoteMark((tokens[e] as Token).text)) e--;
      return e;
    }
    return end;
  }

  /** The index of the first top-level quote whose opening mark is at or after `offset` (binary search). */
  function firstQuoteAt(offset: number): number {
    return firstIndex(top.length, (i) => (top[i] as Quote).open < offset);
  }

  /** Top-level quotes whose opening mark lies in [from, to), without a scan of every quote per statement. */
  function quotesOpeningIn(from: number, to: number): Quote[] {
    const out: Quote[] = [];
    for (let i = firstQuoteAt(from); i < top.length && (top[i] as Quote).open < to; i++) out.push(top[i] as Quote);
    return out;
  }

  function nextQuoteAfter(offset: number): Quote | undefined {
    return top[firstQuoteAt(offset)];
  }

  function chainStart(q: Quote): Quote {
    let cur = q;
    for (let guard = 0; cur.continues !== null && guard < 10000; guard++) {
      const prev = byOpen.get(cur.continues);
      if (!prev) break;
      cur = prev;
    }
    return cur;
  }

  /** A direct statement from a quote, its continuation paragraphs, and an uncued quote that follows in the paragraph. */
  function directFrom(q: Quote, base: Pick<DraftStatement, 'cue' | 'act' | 'framing' | 'sentence'>, hint: SpeakerHint, conf: number, rule: string): DraftStatement | null {
    const pieces: Quote[] = [];
    let cur: Quote | undefined = q;
    while (cur && pieces.length < 10000) { pieces.push(cur); cur = chainNext.get(cur.open); }
    // Split quote: a quote that follows in the same paragraph, separated only by the attribution.
    const last = pieces[pieces.length - 1] as Quote;
    // Titles quoted inside the attribution (“said during an interview on Radio Kessel’s “Morning Desk” Sunday.”) are skipped.
    let fi = (topIndex.get(last.open) ?? top.length) + 1;
    while (fi < top.length && (top[fi] as Quote).paragraph === last.paragraph && isTitleQuote(top[fi] as Quote)) fi++;
    const following = top[fi];
    if (following && following.paragraph === last.paragraph && !usedQuotes.has(following.open) && last.close !== null && base.cue) {
      const between = text.slice(last.close + 1, following.open);
      const cueInside = base.cue.start > last.close && base.cue.end <= following.open;
      // Only the attribution may stand between the pieces: a sentence that ends and another that begins is no split quote.
      // (an abbreviation before a comma or bracket ends no sentence: "Sen. Ann Cole, D-Vt., said", "(R-Calif.)")
      const oneClause = !/[.!?]/u.test(between.replace(/\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Col|Lt|Capt|Gov|Jr|Sr|Inc|Corp|Co|Ltd|No|Mt|[A-Z])\.|\b\p{Lu}\p{Ll}{0,4}\.(?=[,)])/gu, '').trim().slice(0, -1));
      // …and the resumed quote follows a punctuation mark: in “A,” she said, adding that it was “B” the second quote
      // is a fragment of another clause.
      const resumes = /[,.:;—–-]\s*$/u.test(between);
      if (cueInside && oneClause && resumes && between.length < 160 && !ownCueAfter(last.close, following, base.cue.start)) {
        let f: Quote | undefined = following;
        while (f && pieces.length < 10000) { pieces.push(f); f = chainNext.get(f.open); }
      }
    }
    for (const p of pieces) usedQuotes.add(p.open);
    const first = pieces[0] as Quote;
    const end = (pieces[pieces.length - 1] as Quote).end;
    const content: DraftStatement['content'] = { ...span(first.start, end) };
    if (pieces.length > 1) content.pieces = pieces.map((p) => span(p.start, p.end));
    return draft('direct', content, base, hint, conf, rule);
  }

  /**
   * Whether a quote after a split quote's first piece has a cue of its own, other than the first piece's at `cueStart`,
   * in the sentences from the first piece's closing mark at `close` to the one the quote closes in (GUIDE decision 10):
   * after the quote with only its speaker between (`“A,” X said. “B,” Y said.`, `“B,” said Y, “C.”`), or before it
   * with only its subject or object and a comma or colon between (`“A,” X said, and Y said, “B.”`, `…, adding: “B.”`).
   * Such a quote is its own cue's statement, not a piece of the first. A cue in a clause on the first speaker (`said a
   * porter, who asked that his name be withheld. “B.”`) is none of the quote's.
   */
  function ownCueAfter(close: number, q: Quote, cueStart: number): boolean {
    const until = q.close ?? q.end;
    const open = firstIndex(tokens.length, (i) => (tokens[i] as Token).start < q.open);
    const after = firstIndex(tokens.length, (i) => (tokens[i] as Token).start <= until);
    const plain = (from: number, to: number, not: readonly string[]): boolean => {
      for (let j = from; j < to; j++) { const t = tokens[j] as Token; if (not.includes(t.pos) || /^[.!?;]$/u.test(t.text)) return false; }
      return true;
    };
    for (let k = firstIndex(sentences.length, (i) => (sentences[i] as Sentence).end <= close); k < sentences.length && (sentences[k] as Sentence).start <= until; k++) {
      for (const c of findCues(tokens, sentences[k] as Sentence, cues, quoteOfToken)) {
        const at = (tokens[c.first] as Token).start;
        if (at <= close || at === cueStart) continue;
        if (c.first >= after && plain(after, c.first, ['VERB', 'AUX', 'CCONJ', 'SCONJ'])) return true;
        if (c.last < open && plain(c.last + 1, open, ['VERB', 'AUX']) && (c.last + 1 === open || [',', ':'].includes((tokens[open - 1] as Token).text))) return true;
      }
    }
    return false;
  }

  function draft(type: DraftStatement['type'], content: DraftStatement['content'], base: Pick<DraftStatement, 'cue' | 'act' | 'framing' | 'sentence'>, hint: SpeakerHint, confidence: number, rule: string): DraftStatement | null {
    // (a dateline opening the sentence is where the story was filed, not what was said: "OSLO (Wire) – Sales fell …, it said")
    const filed = datelineEndAt(datelines, content.start);
    if (filed > content.start && filed < content.end) content = span(filed, content.end);
    // ("the drainage channels that residents had complained about for years": in a relative clause whose object is the
    // noun before it, the preposition is stranded, and what was said is that noun, not the words after it: no content)
    content = beforeMainVerb(content, base);
    // ("TEHRAN - Iranian officials said …": the speaker phrase starts after the dateline)
    const hintFiled = datelineEndAt(datelines, hint.start);
    if (hintFiled > hint.start && hintFiled < hint.end) hint = { ...hint, ...span(hintFiled, hint.end) };
    if (STRANDED.test(content.text) && base.cue && /\b(?:that|which|who|whom)\s+(?:[\p{L}’'-]+\s+){1,4}$/u.test(text.slice(Math.max(0, base.cue.start - 60), base.cue.start))) return null;
    if (content.end <= content.start || content.text.trim().length === 0) return null;
    // ("he had complained and was told by the board to …": a content that is a conjunction alone reports nothing)
    if (type === 'indirect' && /^(?:and|but|or|nor|yet|so)$/iu.test(content.text.trim())) return null;
    // ("branch managers had raised concerns in May", "parents voiced concern on Monday": a content that is only a phrase
    // of time tells when, not what was said)
    // (not in a relative clause whose object is the noun before it, "allegations, which the company denied on Monday": the
    // noun is what was said, put in later)
    if (type === 'indirect' && onlyTimeWords(content.text) && !(base.cue && /\b(?:that|which|whom)\s+(?:[\p{L}’'-]+\s+){1,4}$/u.test(text.slice(Math.max(0, base.cue.start - 60), base.cue.start)))) return null;
    return {
      type, content, cue: base.cue, act: base.act, framing: base.framing, sentence: base.sentence,
      speaker: { name: hint.text, mention: { start: hint.start, end: hint.end, text: hint.text }, role: null, kind: 'person' },
      speakerMentionHint: hint, targets: [], confidence, rules: [rule],
    };
  }

  /**
   * "The opposition motion calling for an independent review was defeated by …": a participle after the sentence's subject
   * noun, before its main verb, names what the subject asks for; the noun phrase it takes ends where the sentence's own
   * auxiliary begins ("was defeated" is the reporter's, not the motion's). A relative clause inside the phrase ("a review
   * that would take months") keeps its verb.
   */
  function beforeMainVerb(content: TextSpan, base: Pick<DraftStatement, 'cue' | 'sentence'>): TextSpan {
    const cue = base.cue;
    const s = sentences[base.sentence];
    if (!cue || !s) return content;
    const c = firstIndex(tokens.length, (i) => (tokens[i] as Token).start < cue.start);
    const cueTok = tokens[c];
    if (!cueTok || !cueTok.normal.endsWith('ing') || c - 1 < s.tokenStart || !['NOUN', 'PROPN'].includes((tokens[c - 1] as Token).pos)) return content;
    for (let i = s.tokenStart; i < c; i++) if ((tokens[i] as Token).pos === 'AUX' || ((tokens[i] as Token).pos === 'VERB' && (tokens[i] as Token).normal !== (tokens[i] as Token).lemma)) return content;
    const from = firstIndex(tokens.length, (i) => (tokens[i] as Token).start < content.start);
    if ((tokens[from] as Token | undefined)?.normal === 'that') return content;
    for (let i = from; i < s.tokenEnd && (tokens[i] as Token).end <= content.end; i++) {
      const t = tokens[i] as Token;
      if (RELATIVE_PRONOUNS.has(t.normal) || t.normal === 'that' || isQuoteMark(t.text)) return content;
      // ("… telling young people they're being silly": a contracted auxiliary, or one right after a subject pronoun, is
      // the verb of the content's own clause, never the sentence's)
      if (t.pos === 'AUX' && i > from && FINITE_AUX.has(t.normal) && !/^['’]/u.test(t.text) && !SUBJECT_PRONOUNS.has((tokens[i - 1] as Token).normal)) {
        let e = i - 1;
        while (e > from && isPunct(tokens[e] as Token)) e--;
        return span(content.start, (tokens[e] as Token).end);
      }
    }
    return content;
  }

  /** The speaker phrase ending just before `i` (auxiliaries and adverbs skipped), with appositives and relatives. */
  function subjectLeft(i: number, s: Sentence): SpeakerHint | null {
    return speakerLeft(i, s)?.hint ?? null;
  }

  /**
   * The speaker phrase ending at `i` and the index where the whole phrase starts (its parentheticals included), so the
   * inverted rule can check what stands before it. Handles "X, who …, said", "X, a spokesperson for Y, said",
   * "X, speaking on condition of anonymity, said", "officials who spoke on condition of anonymity said" and
   * "records obtained by the paper show".
   */
  function speakerLeft(i: number, s: Sentence): { hint: SpeakerHint; from: number } | null {
    let k = i;
    while (k >= s.tokenStart && (auxOrAdverb(tokens[k]) || ['quoted', 'as'].includes((tokens[k] as Token).normal)
      // "The senator's said …": a contracted "has" that wink tags as a possessive (none stands right before a verb)
      || (/^['’]s$/u.test((tokens[k] as Token).text) && k > s.tokenStart && (tokens[k + 1] as Token | undefined)?.pos === 'VERB')
      // "Hamas and Israel both said", "the unions all said", "the leaders each said": a quantifier floated off its subject
      // (also after the auxiliary: "the two unions have both argued", "they had all said"; not after a form of "be",
      // a passive "the mills are all said to date from …")
      || (FLOATING_QUANTIFIERS.has((tokens[k] as Token).normal) && k - 1 >= s.tokenStart && (['NOUN', 'PROPN', 'PRON'].includes((tokens[k - 1] as Token).pos) || ((tokens[k - 1] as Token).pos === 'AUX' && !PROGRESSIVE_BE.has((tokens[k - 1] as Token).normal) && k - 2 >= s.tokenStart && ['NOUN', 'PROPN', 'PRON'].includes((tokens[k - 2] as Token).pos))))
      // "Inspectors soon said", "the two unions jointly said": a word of time or manner between the subject and its verb
      || (STATEMENT_WORDS_SETS.subjectGapWords.has((tokens[k] as Token).normal) && k - 1 >= s.tokenStart && ['NOUN', 'PROPN', 'PRON'].includes((tokens[k - 1] as Token).pos)))) k--;
    // "The ministry two weeks ago said", "less than a month ago said": a phrase of time in "ago" between subject and verb
    if (k > s.tokenStart && (tokens[k] as Token).normal === 'ago') { const a = agoPhraseStart(k, s); if (a !== null) return speakerLeft(a - 1, s); }
    // "had at one point threatened", "had for years argued", "had on Monday said": a short phrase of time between the
    // auxiliary and the verb is no subject; skip it and the auxiliary before it
    const inner = innerAdverbial(k, s);
    if (inner !== null) return speakerLeft(inner, s);
    if (k < s.tokenStart) return null;
    const t = tokens[k] as Token;
    // "A third praised the researcher", "A fourth said …": an article and an ordinal opening the clause stand for one
    // more member of a set just named (or a share of a poll's sample); wink tags the ordinal as an adverb
    if (STATEMENT_WORDS_SETS.ordinalWords.has(t.normal) && k - 1 >= s.tokenStart && ['a', 'an'].includes((tokens[k - 1] as Token).normal)
      && (k - 1 === s.tokenStart || LEFT_BOUNDARY.has((tokens[k - 2] as Token).normal) || isQuoteMark((tokens[k - 2] as Token).text))) return { hint: tokSpan(k - 1, k), from: k - 1 };
    if (['VERB', 'ADV', 'ADP', 'PART'].includes(t.pos)) { const h = infinitiveModifiedHead(k, s); if (h) return h; }
    // (a clause may end in any word: "who works there", "who has lived there since 2015", "who live there")
    if (['VERB', 'ADV', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(t.pos)) { const h = relativeClauseHead(k, s); if (h) return h; }
    if (RELATIVE_PRONOUNS.has(t.normal) && t.normal !== 'that') {
      // "the campaign “No Cloud for War,” which has accused …": the antecedent is the phrase before the comma.
      let a = k - 1;
      while (a >= s.tokenStart && ((tokens[a] as Token).text === ',' || isQuoteMark((tokens[a] as Token).text))) a--;
      const bare = npLeftBounds(a, s);
      const ante = bare ? peopleAfterAbstractHead(participialHead(bare, s), t.normal) : null;
      return { hint: { ...tokSpan(k, k), relative: true, ...(ante ? { antecedent: tokSpan(ante[0], ante[1]) } : {}) }, from: k };
    }
    // "The Renters' Alliance, a lobby group that has accused the council of …": in an appositive that describes a name,
    // "that" after a body's or a person's noun and right before a finite cue is the relative pronoun subject, as "which"
    // and "who" are (GUIDE section 3); the name before the appositive is what it stands for. (Not a restrictive "that" on
    // a subject, "The council that said … has changed", whose main verb follows.)
    if (t.normal === 'that' && quoteOfToken[k] === -1 && k - 1 >= s.tokenStart && (tokens[k - 1] as Token).pos === 'NOUN'
      && (ORG_HEADS.has((tokens[k - 1] as Token).normal) || Object.hasOwn(ROLE_NOUNS, (tokens[k - 1] as Token).normal) || ORG_HEADS.has((tokens[k - 1] as Token).lemma) || Object.hasOwn(ROLE_NOUNS, (tokens[k - 1] as Token).lemma))
      && cueAfter(k, s) && !(tokens[cueAt(k, s)] as Token).normal.endsWith('ing')) {
      const bare = npLeftBounds(k - 1, s);
      const comma = bare ? bare[0] - 1 : -1;
      if (bare && ['a', 'an'].includes((tokens[bare[0]] as Token).normal) && comma > s.tokenStart && (tokens[comma] as Token).text === ',') {
        const named = npLeftBounds(comma - 1, s);
        if (named && /^\p{Lu}/u.test((tokens[named[1]] as Token).text)) return { hint: { ...tokSpan(k, k), relative: true, antecedent: tokSpan(named[0], named[1]) }, from: k };
      }
    }
    if (t.text === ',' || isDash(k)) return parentheticalSubject(k, s);
    // "X, which has accused Y of “…,” said": the relative clause's comma inside a closing quote mark.
    // ("X, citing “…,” said": a parenthetical that ends in a quote, when the quote does not open the sentence)
    // (a doubled closing mark, "…,'' said", is two tokens: the first half is the quote's close)
    const q = isQuoteMark(t.text) && k - 1 > s.tokenStart && isQuoteMark((tokens[k - 1] as Token).text) && (tokens[k - 1] as Token).end === t.start && byClose.has((tokens[k - 1] as Token).start) ? k - 1 : k;
    const qt = tokens[q] as Token;
    if (isQuoteMark(qt.text) && byClose.has(qt.start) && q - 1 > s.tokenStart && (tokens[q - 1] as Token).text === ',') {
      return (byClose.get(qt.start) as Quote).open > (tokens[s.tokenStart] as Token).start ? parentheticalSubject(q - 1, s) : null;
    }
    // Poll and crowd reporting: "voters polled said", "those surveyed say", "31 percent of those surveyed say", and a
    // place adverb after the subject ("workers here said").
    if ((SAMPLE_PARTICIPLES.has(t.normal) || t.normal === 'here') && k - 1 >= s.tokenStart) {
      const p = tokens[k - 1] as Token;
      let start = -1;
      if (p.normal === 'those') {
        start = k - 1;
        const of = tokens[k - 2];
        if (of && k - 2 > s.tokenStart && of.normal === 'of') { const q = npLeftBounds(k - 3, s); if (q) start = q[0]; }
      } else if (['NOUN', 'PROPN'].includes(p.pos) || ALWAYS_NOUNS.has(p.normal)) {
        const q = npLeftBounds(k - 1, s);
        if (q) start = q[0];
      }
      if (start >= 0) return { hint: tokSpan(start, t.normal === 'here' ? k - 1 : k), from: start };
    }
    // "Families of those who died said", "relatives of those killed say", "Those who attended said": "those" with a
    // relative clause of one past verb, or a participle, and the noun whose "of" it follows head the speaker phrase
    if (((t.pos === 'VERB' && t.normal !== t.lemma) || (t.pos === 'ADJ' && t.normal.endsWith('ed'))) && !t.normal.endsWith('ing') && quoteOfToken[k] === -1) {
      const those = (tokens[k - 1] as Token | undefined)?.normal === 'those' ? k - 1
        : (tokens[k - 1] as Token | undefined)?.normal === 'who' && (tokens[k - 2] as Token | undefined)?.normal === 'those' ? k - 2 : -1;
      if (those >= s.tokenStart) {
        let start = those;
        if (those - 2 >= s.tokenStart && (tokens[those - 1] as Token).normal === 'of') { const q = npLeftBounds(those - 2, s); if (q) start = q[0]; }
        return { hint: tokSpan(start, k), from: start };
      }
    }
    const np = npLeftBounds(k, s);
    if (!np) return null;
    const reduced = reducedRelativeHead(np[0], s);
    if (reduced) return reduced;
    // ("A tenant since 2015 said", "A porter until 2019 told …": a number alone after a preposition of time is its
    // object, a year, never the subject; the phrase before the preposition is. Not after one of amount, "More than 300 said")
    const prep = tokens[np[0] - 1];
    if (np[0] === np[1] && !/\p{L}/u.test((tokens[np[0]] as Token).text) && np[0] - 2 >= s.tokenStart && prep && STATEMENT_WORDS_SETS.timeObjectPrepositions.has(prep.normal) && quoteOfToken[np[0]] === -1) {
      return ['NOUN', 'PROPN', 'PRON', 'NUM'].includes((tokens[np[0] - 2] as Token).pos) ? speakerLeft(np[0] - 2, s) : null;
    }
    const relObject = relativeObjectHead(np, s);
    if (relObject) return relObject;
    // A coordinated list of sources: "A joint report by The Harbour Ledger, Northlight Radio, and Open File"
    if (np[0] - 1 >= s.tokenStart && (tokens[np[0] - 1] as Token).normal === 'and') {
      const own = np[0];
      let j = np[0] - 2;
      if (j >= s.tokenStart && (tokens[j] as Token).text === ',') j--;
      for (let guard = 0; guard < 12 && j >= s.tokenStart; guard++) {
        const prev = npLeftBounds(j, s);
        if (!prev) break;
        np[0] = prev[0];
        j = prev[0] - 1;
        if (j >= s.tokenStart && (tokens[j] as Token).text === ',') j--; else break;
      }
      // ("… will not attend the rally and others have said …": a verb's object is no first conjunct of a subject)
      const before = tokens[np[0] - 1];
      if (np[0] - 1 >= s.tokenStart && before && (before.pos === 'VERB' || before.pos === 'AUX')) np[0] = own;
    }
    // ("Tamsin Galdock has written to the college's head demanding answers": the addressee of a verb of writing is no
    // subject of the participle after it; the writer speaks)
    const writer = tokens[np[0] - 2];
    if (np[0] - 2 >= s.tokenStart && (tokens[np[0] - 1] as Token).normal === 'to' && writer?.lemma === 'write' && writer.pos === 'VERB'
      && (tokens[i + 1] as Token | undefined)?.normal.endsWith('ing')) {
      // (with no subject right before it, "…, and has written to the committee asking for an inquiry", the clause's
      // subject is found by the rules for coordinated and participial cues, never the addressee)
      const subj = speakerLeft(np[0] - 3, s);
      if (subj) return subj;
      let a = np[0] - 3;
      while (a > s.tokenStart && auxOrAdverb(tokens[a])) a--;
      const coordinated = a > s.tokenStart && (tokens[a] as Token).normal === 'and' ? sentenceSubject(s, a) : null;
      const from = coordinated ? firstIndex(tokens.length, (x) => (tokens[x] as Token).start < coordinated.start) : -1;
      return coordinated && from >= s.tokenStart && from < a ? { hint: coordinated, from } : null;
    }
    // "the statement" / "a letter" issued by someone: the subject of the issuing verb speaks.
    const headWord = (tokens[np[1]] as Token).normal;
    if (['statement', 'letter', 'post', 'release', 'message', 'note'].includes(headWord)) {
      const v = np[0] - 1;
      if (v >= s.tokenStart && (tokens[v] as Token).pos === 'VERB') {
        const subj = speakerLeft(v - 1, s);
        if (subj) return subj;
      }
    }
    return { hint: tokSpan(np[0], np[1]), from: np[0] };
  }

  /** The token before the auxiliary when `k` ends a phrase of a preposition (statement-words.json
   *  innerAdverbialPrepositions) and up to three words that stands right after an auxiliary ("had at one point", "has
   *  for years", "had on Monday"); null otherwise. */
  function innerAdverbial(k: number, s: Sentence): number | null {
    if (k < s.tokenStart || !['NOUN', 'NUM', 'PROPN'].includes((tokens[k] as Token).pos)) return null;
    for (let p = k - 1; p >= s.tokenStart && k - p <= 3; p--) {
      const w = tokens[p] as Token;
      if (STATEMENT_WORDS_SETS.innerAdverbialPrepositions.has(w.normal) && w.pos === 'ADP') {
        const aux = p - 1 >= s.tokenStart ? tokens[p - 1] as Token : undefined;
        return aux && aux.pos === 'AUX' && p - 2 >= s.tokenStart ? p - 2 : null;
      }
      if (!['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN'].includes(w.pos)) return null;
    }
    return null;
  }

  /** The first token of a phrase of time that ends in "ago" at `k` ("two weeks ago", "less than a month ago"), or null. */
  function agoPhraseStart(k: number, s: Sentence): number | null {
    let a = k - 1;
    let unit = false;
    while (a > s.tokenStart && k - a <= 6) {
      const w = tokens[a] as Token;
      if (STATEMENT_WORDS_SETS.timeUnits.has(w.normal)) unit = true;
      else if (!(w.pos === 'NUM' || STATEMENT_WORDS_SETS.timeAmountWords.has(w.normal))) break;
      a--;
    }
    return unit && a < k - 2 ? a + 1 : null;
  }

  /** A verb's past form, the participle of a reduced passive: "asked", "told", "given". */
  function pastParticiple(t: Token): boolean {
    return t.pos === 'VERB' && !t.normal.endsWith('ing') && (/(ed|en|wn)$/u.test(t.normal) || t.normal !== t.lemma);
  }

  /**
   * "Two residents told to stay indoors said", "Staff asked to work overtime said": an infinitive with no object ends
   * right before the saying verb; the head noun before the participle speaks (a head opening the sentence or after a
   * boundary, as in reducedRelativeHead).
   */
  function infinitiveModifiedHead(k: number, s: Sentence): { hint: SpeakerHint; from: number } | null {
    // (the infinitive's verb and an adverb or particle after it: "to stay indoors", "to work overtime", "to stand down")
    let v = k;
    while (v > k - 3 && v > s.tokenStart && ['ADV', 'ADP', 'PART'].includes((tokens[v] as Token).pos) && (tokens[v] as Token).normal !== 'to') v--;
    if ((tokens[v] as Token).pos !== 'VERB' || v - 3 < s.tokenStart || (tokens[v - 1] as Token).normal !== 'to' || !pastParticiple(tokens[v - 2] as Token)) return null;
    k = v;
    const n = tokens[k - 3] as Token;
    if (!(n.pos === 'NOUN' || (n.pos === 'PROPN' && k - 3 === s.tokenStart))) return null;
    const head = npLeftBounds(k - 3, s);
    const before = head ? tokens[head[0] - 1] : undefined;
    if (head && (head[0] === s.tokenStart || (before && (LEFT_BOUNDARY.has(before.normal) || isQuoteMark(before.text) || before.text === ',')))) return { hint: tokSpan(head[0], head[1]), from: head[0] };
    return null;
  }

  /**
   * "A fund manager at a pension scheme that owns stock in both banks said": the noun phrase before the cue is the object
   * of a relative clause's verb, no subject; the head before "that" (with the phrases after "at", "of", "for", "with" it
   * governs) speaks, as a description of its own ("the charity that runs it announced" → the charity named before).
   * The head must open the sentence or follow a boundary.
   */
  function relativeObjectHead(np: readonly [number, number], s: Sentence): { hint: SpeakerHint; from: number } | null {
    const relWord = tokens[np[0] - 2];
    if (!(np[0] - 3 >= s.tokenStart && (tokens[np[0] - 1] as Token).pos === 'VERB' && relWord && ['that', 'which', 'who'].includes(relWord.normal) && ((tokens[np[0] - 3] as Token).pos === 'NOUN' || nounBeforeWho(tokens, np[0] - 3)))) return null;
    let h = npLeftBounds(np[0] - 3, s);
    for (let guard = 0; h && guard < 3 && h[0] - 2 >= s.tokenStart && ['at', 'of', 'for', 'with'].includes((tokens[h[0] - 1] as Token).normal); guard++) {
      const q = npLeftBounds(h[0] - 2, s);
      if (!q) break;
      h = [q[0], h[1]];
    }
    const b = h ? tokens[h[0] - 1] : undefined;
    return h && (h[0] === s.tokenStart || (b && (LEFT_BOUNDARY.has(b.normal) || isQuoteMark(b.text)))) ? { hint: tokSpan(h[0], h[1]), from: h[0] } : null;
  }

  /**
   * "A port official who asked not to be named told reporters", "Two nurses who were on shift that night told …": a relative clause
   * with no commas that ends in a verb (or its adverb) right before the cue; the noun before "who" speaks, when it opens
   * the sentence or follows a boundary. (A clause ending in a noun phrase is reducedRelativeHead's or relativeObjectHead's.)
   */
  function relativeClauseHead(k: number, s: Sentence): { hint: SpeakerHint; from: number } | null {
    let verb = false;
    for (let j = k; j > s.tokenStart && k - j < 16; j--) {
      const t = tokens[j] as Token;
      if (isPunct(t) || quoteOfToken[j] !== -1) return null;
      verb ||= t.pos === 'VERB' || t.pos === 'AUX';
      if (t.normal !== 'who') continue;
      // (the word right after "who" is the clause's verb, whatever wink tags it: "who lives there", "who drives")
      verb ||= j + 1 <= k && (tokens[j + 1] as Token).pos === 'NOUN' && /^\p{Ll}+s$/u.test((tokens[j + 1] as Token).text);
      const n = tokens[j - 1] as Token;
      // ("Those who have lived there since 2015 say": "those" and its clause are the phrase, as for "Those who attended";
      // so for a quantifier standing for people, "Everyone who lives on the estate says", "Many who attended said", "No one
      // who was there said": the quantifier is no name, the description is the speaker)
      const q = n.normal === 'one' && (tokens[j - 2] as Token | undefined)?.normal === 'no' && j - 2 >= s.tokenStart ? j - 2 : j - 1;
      if (verb && j !== k && (QUANTIFIER_HEADS.has(n.normal) || q === j - 2) && quoteOfToken[q] === -1
        && (q === clauseOpen(s) || q === s.tokenStart || (q - 1 >= s.tokenStart && (LEFT_BOUNDARY.has((tokens[q - 1] as Token).normal) || isQuoteMark((tokens[q - 1] as Token).text))))) return { hint: tokSpan(q, k), from: q };
      if (!verb || j === k || !(['NOUN', 'PROPN'].includes(n.pos) || nounBeforeWho(tokens, j - 1))) return null;
      const head = npLeftBounds(j - 1, s);
      const before = head ? tokens[head[0] - 1] : undefined;
      if (!head || !(head[0] === clauseOpen(s) || (before && (LEFT_BOUNDARY.has(before.normal) || isQuoteMark(before.text))))) return null;
      // (the head alone, as reducedRelativeHead gives it: a clause in the hint was measured no better on dev, the golds
      // keeping it for some sources, "a nurse who was on shift …", and not for others, "two producers")
      return { hint: tokSpan(head[0], head[1]), from: head[0] };
    }
    return null;
  }

  /** "records obtained by the paper show" / "an aide who spoke on condition of anonymity told": the head noun. */
  function reducedRelativeHead(npStart: number, s: Sentence): { hint: SpeakerHint; from: number } | null {
    for (let j = npStart - 1; j >= s.tokenStart && npStart - j < 25; j--) {
      const t = tokens[j] as Token;
      if (t.text === ',' || isQuoteMark(t.text) || t.text === ';' || t.text === '—') return null;
      // ("a decision that lawyers say …": the subject of a relative clause is its own phrase)
      if ((t.normal === 'that' || t.normal === 'which') && j === npStart - 1) return null;
      if ((t.normal === 'who' || t.normal === 'whose') && j > s.tokenStart) {
        const head = npLeftBounds(j - 1, s);
        return head ? { hint: tokSpan(head[0], head[1]), from: head[0] } : null;
      }
      if (t.normal === 'by' && j - 2 >= s.tokenStart) {
        const v = tokens[j - 1] as Token;
        // ("A man who died after being restrained by officers outside a shop told …": a passive participle after "being" or
        // "been", which the tagger may read as an adjective, has no noun before it: it is inside a relative clause further
        // left; look on for its pronoun)
        const passive = ['being', 'been'].includes((tokens[j - 2] as Token).normal) && (/(ed|en|wn)$/u.test(v.normal) || pastParticiple(v)) && (v.pos === 'VERB' || v.pos === 'ADJ');
        if (passive) continue;
        if (v.pos === 'VERB' && /(ed|en|wn)$/u.test(v.normal)) {
          const head = npLeftBounds(j - 2, s);
          if (head) return { hint: tokSpan(head[0], head[1]), from: head[0] };
        }
        return null;
      }
      // "disclosures filed on Sunday night revealed", "officials briefed on the talks said": a participle and its
      // prepositional phrase after a common noun
      // ("polls released Sunday showed": or a bare day or month after the participle)
      const dayAfter = j === npStart - 1 && CALENDAR_WORDS.has((tokens[npStart] as Token).normal);
      if (t.pos === 'VERB' && /(ed|en|wn)$/u.test(t.normal) && ((j < npStart - 1 && (tokens[j + 1] as Token).pos === 'ADP') || dayAfter) && j - 1 >= s.tokenStart && (tokens[j - 1] as Token).pos === 'NOUN') {
        const head = npLeftBounds(j - 1, s);
        return head ? { hint: tokSpan(head[0], head[1]), from: head[0] } : null;
      }
      // ("Officers investigating the fire said", "Staff working at the depot have told …": a present participle and its
      // object after the head noun, which opens the sentence or follows a boundary; the head speaks, not the object)
      // (a head that opens the sentence may be tagged as a name, "Detectives investigating …")
      const ingHead = j - 1 >= s.tokenStart ? tokens[j - 1] as Token : undefined;
      if (t.pos === 'VERB' && t.normal.endsWith('ing') && (j === npStart - 1 || (j === npStart - 2 && (tokens[j + 1] as Token).pos === 'ADP'))
        && ingHead !== undefined && (ingHead.pos === 'NOUN' || (ingHead.pos === 'PROPN' && j - 1 === s.tokenStart))) {
        const head = npLeftBounds(j - 1, s);
        const before = head ? tokens[head[0] - 1] : undefined;
        if (head && (head[0] === s.tokenStart || (before && (LEFT_BOUNDARY.has(before.normal) || isQuoteMark(before.text))))) return { hint: tokSpan(head[0], head[1]), from: head[0] };
      }
      // ("a woman asked to leave the meeting said", "two residents told to stay indoors said": a participle with an
      // infinitive after the head noun; the head noun speaks, not the infinitive's object)
      // (a head that opens the sentence may be tagged as a name, "Residents ordered to leave their homes said")
      const infinitive = j - 3 >= s.tokenStart && (tokens[j - 1] as Token).normal === 'to' && pastParticiple(tokens[j - 2] as Token)
        && ((tokens[j - 3] as Token).pos === 'NOUN' || ((tokens[j - 3] as Token).pos === 'PROPN' && j - 3 === s.tokenStart));
      if (t.pos === 'VERB' && j === npStart - 1 && infinitive) {
        const head = npLeftBounds(j - 3, s);
        const before = head ? tokens[head[0] - 1] : undefined;
        // (a head that opens the sentence or follows a boundary; in "the council decided to close the library said"
        // nothing is a subject of that shape)
        if (head && (head[0] === s.tokenStart || (before && (LEFT_BOUNDARY.has(before.normal) || isQuoteMark(before.text) || before.text === ',')))) return { hint: tokSpan(head[0], head[1]), from: head[0] };
      }
      // ("workers who were asked to leave the site said": an infinitive's object; look on for the relative pronoun)
      if (t.pos === 'VERB' && j === npStart - 1 && (tokens[j - 1] as Token | undefined)?.normal !== 'to') {
        // ("Parents who attended the meeting said", "a nurse who had treated the boy said", "The council that approved
        // the budget said": the object of the verb of a relative clause on the subject; the head before "who" speaks)
        let w = j - 1;
        while (w > s.tokenStart && j - w < 4 && ['AUX', 'ADV', 'PART'].includes((tokens[w] as Token).pos)) w--;
        if (w > s.tokenStart && ['who', 'that'].includes((tokens[w] as Token).normal) && (['NOUN', 'PROPN'].includes((tokens[w - 1] as Token).pos) || nounBeforeWho(tokens, w - 1))) {
          const head = npLeftBounds(w - 1, s);
          const before = head ? tokens[head[0] - 1] : undefined;
          if (head && (head[0] === s.tokenStart || (before && (LEFT_BOUNDARY.has(before.normal) || isQuoteMark(before.text) || before.text === ',')))) return { hint: tokSpan(head[0], head[1]), from: head[0] };
        }
        return null;
      }
    }
    return null;
  }

  /**
   * `close` is the comma (or dash) just before the verb: walk back over up to three phrases set off by commas —
   * appositives, relative clauses, participial and prepositional phrases — to the subject they interrupt.
   */
  /** A dash that sets off a parenthetical: "—", "–", "--", or a hyphen with space on both sides ("X - who … - said"). */
  /** The object of "point to" at `c` cites evidence: its head noun (before a preposition, conjunction or clause) is an
   * evidence noun, or a later "as" in the clause calls it proof, an example or a reason. */
  function evidenceObject(c: number, s: Sentence): boolean {
    let head: Token | undefined;
    let j = c;
    for (; j < s.tokenEnd; j++) {
      const t = tokens[j] as Token;
      // ("that finding": an evidence noun in -ing the tagger reads as a verb)
      if (['NOUN', 'PROPN'].includes(t.pos) || (t.pos === 'VERB' && STATEMENT_WORDS_SETS.evidenceNouns.has(t.normal))) { head = t; continue; }
      // ("that finding": the tagger may read a demonstrative as a conjunction)
      if (['DET', 'ADJ', 'NUM', 'ADV', 'PRON', 'PART'].includes(t.pos) || (j === c && ['that', 'this', 'these', 'those'].includes(t.normal))
        || (t.pos === 'VERB' && /(ing|ed)$/u.test(t.normal) && !head)) continue;
      break;
    }
    if (head && STATEMENT_WORDS_SETS.evidenceNouns.has(head.normal)) return true;
    for (; j < s.tokenEnd - 1; j++) {
      const t = tokens[j] as Token;
      if (t.text === ';' || PUNCT_END.test(t.text)) break;
      if (t.normal !== 'as') continue;
      let k = j + 1;
      while (k < s.tokenEnd && ['DET', 'ADJ'].includes((tokens[k] as Token).pos)) k++;
      if (k < s.tokenEnd && STATEMENT_WORDS_SETS.evidenceAs.has((tokens[k] as Token).normal)) return true;
    }
    return false;
  }

  function isDash(i: number): boolean {
    const t = tokens[i] as Token | undefined;
    if (!t) return false;
    if (['—', '–', '--'].includes(t.text)) return true;
    return t.text === '-' && /\s/u.test(text[t.start - 1] ?? '') && /\s/u.test(text[t.end] ?? '');
  }

  /** "X, which has accused Y, Z, of W, said": the head of a relative clause opened left of the comma at `close`. */
  /** A person's age set off after a name: one number from 1 to 120 ("Maria Lopes, 34, a nurse"). */
  function isAge(a: number, b: number): boolean {
    const t = tokens[a] as Token;
    return a === b && /^\d{1,3}$/u.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 120;
  }

  function relativeClauseSubject(close: number, s: Sentence): { hint: SpeakerHint; from: number } | null {
    for (let j = s.tokenStart + 1; j < close - 1; j++) {
      if (close - j > 45) continue;
      const t = tokens[j] as Token;
      if (t.text !== ',' || !['which', 'who', 'whose'].includes((tokens[j + 1] as Token).normal)) continue;
      const head = npLeftBounds(j - 1, s);
      if (!head) continue;
      const named = nameBeforeAppositive(head, s);
      if (named) return { hint: { ...tokSpan(named[0], named[1]), appositive: tokSpan(head[0], head[1]) }, from: named[0] };
      const before = tokens[head[0] - 1];
      if (head[0] === s.tokenStart || (before && (LEFT_BOUNDARY.has(before.normal) || isQuoteMark(before.text)))) return { hint: tokSpan(head[0], head[1]), from: head[0] };
      break;
    }
    return null;
  }

  /**
   * "Rep. Harold Wimfold, R-Texas, who …, said", "Sen. Ann Cole, D-Vt., the committee's chair, said": a phrase set off by a
   * comma right after a name that opens the sentence is in apposition to it, and the name is the subject. Only a name (a
   * proper noun, no date: "On Tuesday, the mayor, who …" keeps the mayor) that opens the sentence (after at most an
   * opening quote mark or a conjunction) counts.
   */
  function nameBeforeAppositive(head: [number, number], s: Sentence): [number, number] | null {
    if (head[0] - 2 < s.tokenStart || (tokens[head[0] - 1] as Token).text !== ',') return null;
    const name = npLeftBounds(head[0] - 2, s);
    if (!name) return null;
    let k = name[0] - 1;
    while (k >= s.tokenStart && (isQuoteMark((tokens[k] as Token).text) || ['and', 'but', 'yet'].includes((tokens[k] as Token).normal))) k--;
    if (k >= s.tokenStart) return null;
    let proper = false;
    for (let j = name[0]; j <= name[1]; j++) {
      const w = tokens[j] as Token;
      if (CALENDAR_WORDS.has(w.normal) || w.pos === 'NUM') return null;
      proper ||= w.pos === 'PROPN';
    }
    return proper && (tokens[name[1]] as Token).pos === 'PROPN' ? name : null;
  }

  function parentheticalSubject(close: number, s: Sentence): { hint: SpeakerHint; from: number } | null {
    // (a relative clause opened further left spans the inner commas)
    const rel = relativeClauseSubject(close, s);
    if (rel) return rel;
    let c = close;
    let appositive: TextSpan | undefined;
    for (let n = 0; n < 3; n++) {
      let open = c - 1;
      // ("Union leaders ― and, in particular, the branch secretary ― insisted": a pair of dashes sets off one
      // parenthetical, whatever commas it holds)
      let pair = -1;
      for (let j = c - 1; isDash(c) && j > s.tokenStart && j > c - 45 && quoteOfToken[j] === -1; j--) if (isDash(j)) { pair = j; break; }
      if (pair >= 0) open = pair;
      else while (open >= s.tokenStart && open > c - 45 && (tokens[open] as Token).text !== ',' && !isDash(open)) open--;
      if (open < s.tokenStart || open <= c - 45 || open + 1 > c - 1) return null;
      const kind = parentheticalKind(open + 1, c - 1);
      if (!kind) return null;
      // ("A cook who asked not to be named, since she dreaded …, told", "A cleaner who has worked there for nine
      // years, and who asked to remain anonymous, said": a relative clause with no comma of its own before the set-off clause)
      if (kind === 'clause') { const rc = relativeClauseHead(open - 1, s); if (rc) return rc; }
      if (kind === 'appositive') appositive = tokSpan(open + 1, c - 1);
      // (inside a pair of dashes, the commas part an appositive's own phrases: "The firm's founder ― Lise Brandt, 64, of
      // Oslo ― said" names Lise Brandt, the age and the town aside; "Two residents ― a farmer, 58, and his wife ― said"
      // names no one, and the residents speak)
      if (kind === 'appositive' && pair >= 0 && pair === open) {
        let comma = open + 1;
        while (comma < c && (tokens[comma] as Token).text !== ',') comma++;
        if (comma < c) appositive = (tokens[open + 1] as Token).pos === 'PROPN' && comma - 1 > open ? tokSpan(open + 1, comma - 1) : undefined;
      }
      let head = afterDatelineOf(npLeftBounds(open - 1, s), s);
      // ("Outside the clinic, Maria Lopes, 34, a nurse, said": an age set off by commas after a name is no head of its
      // own; the description after it is the name's)
      if (head && isAge(head[0], head[1]) && head[0] - 2 >= s.tokenStart && (tokens[head[0] - 1] as Token).text === ',') head = afterDatelineOf(npLeftBounds(head[0] - 2, s), s) ?? head;
      const named = head ? nameBeforeAppositive(head, s) : null;
      if (head && named) return { hint: { ...tokSpan(named[0], named[1]), appositive: appositive ?? tokSpan(head[0], head[1]) }, from: named[0] };
      if (head) {
        const before = tokens[head[0] - 1];
        const atStart = head[0] === clauseOpen(s) || (before !== undefined && (isQuoteMark(before.text) && head[0] - 1 === s.tokenStart));
        if (atStart || (before && (LEFT_BOUNDARY.has(before.normal) || isQuoteMark(before.text)))) {
          const hint: SpeakerHint = { ...tokSpan(head[0], head[1]), ...(appositive ? { appositive } : {}) };
          return { hint, from: head[0] };
        }
        // ("A fund manager at a scheme that owns stock in both banks, who spoke on condition …, said")
        const relObject = relativeObjectHead(head, s);
        if (relObject) return { hint: { ...relObject.hint, ...(appositive ? { appositive } : {}) }, from: relObject.from };
        // "Three engineers who built the bridge, speaking on condition …, said": the head of a relative clause with no
        // comma of its own
        // (but a name set off by commas after the description is the speaker it describes: "A charity representing
        // rural bus users, Wheels for All, criticised …" is Wheels for All, read by the rule for names below)
        // (only a head found through a present participle right before the phrase, "representing rural bus users")
        const ingAt = (i: number): boolean => i >= s.tokenStart && (tokens[i] as Token).pos === 'VERB' && (tokens[i] as Token).normal.endsWith('ing');
        const apposedName = kind === 'appositive' && n === 0 && (tokens[open + 1] as Token).pos === 'PROPN' && /^\p{Lu}/u.test((tokens[open + 1] as Token).text)
          && (ingAt(head[0] - 1) || ((tokens[head[0] - 1] as Token | undefined)?.pos === 'ADP' && ingAt(head[0] - 2)));
        const red = apposedName ? null : reducedRelativeHead(head[0], s);
        const rb = red ? tokens[red.from - 1] : undefined;
        if (red && (red.from === s.tokenStart || (rb && (LEFT_BOUNDARY.has(rb.normal) || isQuoteMark(rb.text))))) return red;
      }
      // "Roughly a quarter, 24 percent, say …": a poll's share restated as a percentage after a comma speaks.
      if (kind === 'appositive' && n === 0 && c - 1 - open === 2 && (tokens[open + 1] as Token).pos === 'NUM' && ['percent', '%'].includes((tokens[open + 2] as Token).normal)
        && head && STATEMENT_WORDS_SETS.shareHeads.has((tokens[head[1]] as Token).normal)) return { hint: { ...tokSpan(head[0], head[1]), appositive: tokSpan(open + 1, c - 1) }, from: head[0] };
      // "After winning Ohio, Gov. John Kasich (R-OH), said": the name set off by commas is itself the subject when
      // what stands before it is an adverbial, not a noun phrase it could be in apposition to.
      if (kind === 'appositive' && n === 0 && /^\p{Lu}/u.test((tokens[open + 1] as Token).text) && (tokens[open + 1] as Token).pos === 'PROPN' && c - 1 - open <= 10) {
        const before = tokens[open - 1] as Token;
        // (not the town of an address after a name, "Tom Galstow, of Tanner Row, Ardby, said": the phrase before it opens with
        // "of" or "from", and the name before that speaks)
        const address = head !== null && ['of', 'from'].includes((tokens[head[0] - 1] as Token | undefined)?.normal ?? '') && (tokens[head[0] - 2] as Token | undefined)?.text === ',';
        if (!address && (!head || !LEFT_BOUNDARY.has((tokens[head[0] - 1] as Token | undefined)?.normal ?? ''))) {
          if (before && (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'NUM')) return { hint: tokSpan(open + 1, c - 1), from: open + 1 };
        }
      }
      c = open;
    }
    return null;
  }

  /** The sentence's first token after a dateline that opens it ("HALDEN, May 4 (Wire) - "), else its first token. */
  function clauseOpen(s: Sentence): number {
    const filed = datelineEndAt(datelines, (tokens[s.tokenStart] as Token).start);
    let open = s.tokenStart;
    if (filed > 0) while (open < s.tokenEnd - 1 && (tokens[open] as Token).start < filed) open++;
    return open;
  }

  /** A noun phrase cut to start after the dateline it runs into: "HALDEN (Wire) - Harlow Foods" is Harlow Foods. */
  function afterDatelineOf(np: [number, number] | null, s: Sentence): [number, number] | null {
    if (!np) return np;
    const open = clauseOpen(s);
    return np[0] < open && np[1] >= open ? [open, np[1]] : np;
  }

  function parentheticalKind(a: number, b: number): 'appositive' | 'clause' | null {
    const t = tokens[a] as Token;
    if (['who', 'which', 'whose', 'whom', 'where'].includes(t.normal)) return 'clause';
    if (t.pos === 'VERB' && /(ing|ed|en)$/u.test(t.normal)) return 'clause';
    if (t.pos === 'ADP' || t.pos === 'ADV' || t.pos === 'SCONJ') return 'clause';
    // "Some Democrats — and some Republicans — say …": a coordinated noun phrase set off after the subject adds to it;
    // the head before it still speaks (a finite verb would make it a clause of its own: ", and the union said,")
    // (", and who asked not to be named,": a second relative clause on the same head)
    if ((t.normal === 'and' || t.normal === 'or') && a < b && ['who', 'which', 'whose'].includes((tokens[a + 1] as Token).normal)) return 'clause';
    if ((t.normal === 'and' || t.normal === 'or') && a < b) {
      for (let j = a + 1; j <= b; j++) {
        const w = tokens[j] as Token;
        if (w.pos === 'AUX' || (w.pos === 'VERB' && !/(ing|ed|en)$/u.test(w.normal)) || quoteOfToken[j] !== -1) return null;
      }
      return 'clause';
    }
    if (NP_POS.has(t.pos) || isQuoteMark(t.text)) {
      // An appositive is a noun phrase, perhaps with its own relative clause; a finite verb right after its head would
      // make it a clause of its own ("the union said, the ministry said").
      for (let j = a; j <= b; j++) {
        const w = tokens[j] as Token;
        if (['who', 'which', 'whose', 'that'].includes(w.normal)) return 'appositive';
        if (w.pos === 'VERB' && !/(ing|ed|en)$/u.test(w.normal)) return null;
      }
      return 'appositive';
    }
    return null;
  }

  function sentenceSubject(s: Sentence, before: number, participle = false): SpeakerHint | null {
    // (a dateline opening the sentence is where the story was filed, never its subject: "DULUTH, Minn. — The parents of
    // 11 players sued …, alleging …" starts after the dash, where the comma after the city would have sent it to "Minn.")
    // (when no subject is found after it, "DECATUR, Ill. — Sen. Ana Ulmley (D-Ill.) weighed in …, calling …", the reading
    // from the sentence's start stands: the speaker stage sets a dateline aside and looks for the subject itself)
    let open = s.tokenStart;
    const filed = datelineEndAt(datelines, (tokens[open] as Token).start);
    if (filed > 0) while (open < before && (tokens[open] as Token).start < filed) open++;
    return (open > s.tokenStart ? subjectFrom(s, before, participle, open, true) : null) ?? subjectFrom(s, before, participle, s.tokenStart, false);
  }

  function subjectFrom(s: Sentence, before: number, participle: boolean, open: number, filed: boolean): SpeakerHint | null {
    // The first noun phrase of the sentence that is followed by a verb; skip leading adverbials up to a comma.
    let k = open;
    // (and past a dateline's dash: "SPRINGDALE (Wire) — Mayor Lena Ralwyn vetoed …, calling it …")
    for (let j = open; j < before && j < open + 12; j++) if ((tokens[j] as Token).text === ',' || isDash(j)) { k = j + 1; break; }
    // ("House Speaker Dana Rook, a Republican, questioned …, noting …": a subject with an indefinite apposition set off by
    // commas, not an adverbial before the comma; the subject is the phrase that opens the sentence)
    // (only for a participle's clause: a saying verb after the apposition, "X, an economist at Y, said", is resolved
    // through the apposition, which carries the body)
    if (participle && k > open + 1 && (tokens[k - 1] as Token).text === ',' && ['a', 'an'].includes((tokens[k] as Token | undefined)?.normal ?? '')) {
      const first = npRight(open, s);
      const ap = npRight(k, s);
      if (first && first[1] === k - 2 && ap && ap[1] + 1 < before && (tokens[ap[1] + 1] as Token).text === ','
        && (tokens[first[1]] as Token).pos === 'PROPN' && !CALENDAR_WORDS.has((tokens[first[1]] as Token).normal)) return { ...tokSpan(first[0], first[1]), appositive: tokSpan(ap[0], ap[1]) };
    }
    // ("Clean Brooks Now, an environmental charity, said …, accusing …", "The Vanguard League, one of the largest circuits,
    // suspended four players and said …": a name opening the sentence, then a description set off by two commas, then the
    // verb, is a subject with its apposition, however the description opens and whatever it ends in; the comma after the
    // name is no adverbial's)
    const named = k > open + 1 ? namedSubjectWithApposition(s, open, k, before) : null;
    if (named) return named;
    // (after a dateline the sentence's own subject comes first, before a time: "TARNBY, Mar 3 — Investigators on Monday
    // urged jurors to convict X, the former chief of Y, arguing …" is the prosecutors', not the apposition after a comma)
    if (filed) {
      const np = npRight(open, s);
      if (np && np[1] < before) {
        let v = np[1] + 1;
        while (v < before && v < np[1] + 5 && ((tokens[v] as Token).pos === 'ADV' || CALENDAR_WORDS.has((tokens[v] as Token).normal)
          || ['on', 'late', 'early', 'last', 'this', 'morning', 'night', 'evening', 'afternoon', 'week'].includes((tokens[v] as Token).normal))) v++;
        const vt = tokens[v];
        if (v < before && vt && (vt.pos === 'VERB' || vt.pos === 'AUX')) return tokSpan(np[0], np[1]);
      }
    }
    for (const start of [k, open]) {
      let j = start;
      while (j < before && isPunct(tokens[j] as Token)) j++;
      // ("But the appeals court overruled and said …": a conjunction opening the sentence is no part of the subject)
      // (only where the sentence opens: after a comma, "…, and who asked to remain anonymous, said" has no subject there)
      if (start === open && j < before && ['but', 'and', 'yet', 'so', 'or'].includes((tokens[j] as Token).normal) && (tokens[j] as Token).pos === 'CCONJ'
        && !RELATIVE_PRONOUNS.has((tokens[j + 1] as Token | undefined)?.normal ?? '')) j++;
      const np = npRight(j, s);
      if (np && np[1] < before) {
        const nextTok = tokens[np[1] + 1];
        if (nextTok && (nextTok.pos === 'VERB' || nextTok.pos === 'AUX' || auxOrAdverb(nextTok) || nextTok.text === ',')) return tokSpan(np[0], np[1]);
      }
    }
    return null;
  }

  /**
   * A subject written as a name and a description in apposition, set off by commas, before its verb: the name opens the
   * sentence (after a conjunction) and ends right before the comma at `k - 1`; the description opens with a determiner or
   * "one of", holds no finite verb or quotation and ends at the next comma, right after which comes the verb (or an
   * auxiliary or an adverb), before `before`. The name with its apposition, or null.
   */
  function namedSubjectWithApposition(s: Sentence, open: number, k: number, before: number): SpeakerHint | null {
    let j = open;
    if ((tokens[j] as Token).pos === 'CCONJ') j++;
    // (the words up to the comma, not a noun phrase the tagger reads: "Tierra y Derechos" has a word it tags a pronoun)
    const first: [number, number] = [j, k - 2];
    const last = tokens[k - 2] as Token;
    if (k - 2 < j || (tokens[k - 1] as Token).text !== ',' || !/^\p{Lu}/u.test(last.text) || CALENDAR_WORDS.has(last.normal)) return null;
    // (a name, not a description: capitalised words after any determiner, "The Vanguard Pro League", with short
    // lower-case words only inside it, "Society for Starfield Observers")
    const from = (tokens[first[0]] as Token).normal === 'the' ? first[0] + 1 : first[0];
    // (no adverbial of place or time opening the sentence, "In Dorwick, the council, …")
    if (from > first[1] || !/^\p{Lu}/u.test((tokens[from] as Token).text) || !['PROPN', 'NOUN', 'ADJ', 'X'].includes((tokens[from] as Token).pos)) return null;
    for (let m = from; m <= first[1]; m++) {
      const t = tokens[m] as Token;
      if (!/^\p{Lu}/u.test(t.text) && !/^(?:\p{Ll}{1,3}|&)$/u.test(t.text)) return null;
    }
    const opener = tokens[k] as Token | undefined;
    if (!opener || !(['a', 'an', 'the', 'one'].includes(opener.normal))) return null;
    for (let c = k + 1; c < before && c <= k + 16; c++) {
      const t = tokens[c] as Token;
      // (an apostrophe joined to the word before it is a possessive's, "a farmers’ group", no quotation)
      const possessive = /^[’']$/u.test(t.text) && (tokens[c - 1] as Token).end === t.start;
      if ((!possessive && (quoteOfToken[c] !== -1 || isQuoteMark(t.text))) || /^[;:.()—–]$/u.test(t.text)) return null;
      if (t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ed|ing)$/u.test(t.normal) && t.normal !== t.lemma)) return null;
      if (RELATIVE_PRONOUNS.has(t.normal)) return null;
      if (t.text !== ',') continue;
      const v = tokens[c + 1] as Token | undefined;
      if (c + 1 > before || !v || !(v.pos === 'VERB' || v.pos === 'AUX' || auxOrAdverb(v))) return null;
      return { ...tokSpan(first[0], first[1]), appositive: tokSpan(k, c - 1) };
    }
    return null;
  }

  /** Index of the "(" that opens the parenthesis closing at `close`, within a few tokens, or -1. */
  function openParen(close: number, s: Sentence): number {
    for (let j = close - 1; j >= s.tokenStart && close - j <= 10; j--) if ((tokens[j] as Token).text === '(') return j;
    return -1;
  }

  /**
   * "…, said 84 percent of members who voted had backed the walkout": a relative clause with no comma on the noun phrase
   * after the cue, and then a verb of the main clause: the phrase is the reported clause's subject, no inverted speaker
   * ("…, said a man who lives nearby." has the relative's verb only).
   */
  function relativeThenVerb(npEnd: number, s: Sentence): boolean {
    if (npEnd < 0 || !['who', 'that'].includes((tokens[npEnd + 1] as Token | undefined)?.normal ?? '')) return false;
    let seen = false;
    for (let m = npEnd + 2; m < s.tokenEnd && m <= npEnd + 16; m++) {
      const x = tokens[m] as Token;
      const prev = tokens[m - 1] as Token;
      // (a second relative or a subordinate clause opens a verb of its own: "a baker at a stall that sells bread who asked not to be named")
      if (/^(?:[.!?;:,()—–-]|--)$/u.test(x.text) || isQuoteMark(x.text) || quoteOfToken[m] !== -1 || ['and', 'or', 'but'].includes(x.normal)
        || (m > npEnd + 2 && (RELATIVE_PRONOUNS.has(x.normal) || ['that', 'because', 'if', 'when', 'while', 'after', 'before', 'since', 'as', 'until', 'although'].includes(x.normal)))) return false;
      const aux = x.pos === 'AUX' && !['to', 'being', 'been', 'having', 'be'].includes(x.normal);
      const finite = x.pos === 'VERB' && x.normal !== x.lemma && !x.normal.endsWith('ing');
      if (seen && (aux || (finite && prev.pos !== 'VERB')) && prev.pos !== 'AUX' && !auxOrAdverb(prev)) return true;
      if (aux || x.pos === 'VERB') seen = true;
    }
    return false;
  }

  /** An -s word at `k` tagged as a noun, with no verb or auxiliary right after it: a present verb ("say costs too much"). */
  function gapVerbAsNoun(k: number): boolean {
    const t = tokens[k] as Token | undefined;
    const n = tokens[k + 1] as Token | undefined;
    return t !== undefined && t.pos === 'NOUN' && /^\p{Ll}{3,}[^s]s$/u.test(t.text) && n !== undefined && n.pos !== 'VERB' && n.pos !== 'AUX';
  }

  function npLeftBounds(end: number, s: Sentence): [number, number] | null {
    let k = end;
    while (k >= s.tokenStart && isQuoteMark((tokens[k] as Token).text)) k--; // the campaign “No Azure for Apartheid,”
    if (k < s.tokenStart) return null;
    // "Rep. Gwen Moore (D-Wis.)": a short parenthesis after a name belongs to it.
    let tail = -1;
    if ((tokens[k] as Token).text === ')') { const o = openParen(k, s); if (o > s.tokenStart) { tail = k; k = o - 1; } }
    const inner = npLeftCore(k, s);
    return inner && tail >= 0 ? [inner[0], tail] : inner;
  }

  /**
   * "the Department for Energy, Climate and Rural Affairs", "the Ministry of Labour, Family and Social Policy": a comma
   * inside a body's name that lists its fields, after a body's head word and "for"/"of", with "and" before the last
   * field. ("Galstow, Okafor and Brandt said" names three people: no body's head before the comma.)
   */
  function listInsideName(comma: number, last: number, s: Sentence): number {
    // (any capitalised word: wink tags some words of a name as verbs or particles, "Levelling Up")
    const cap = (i: number): boolean => { const t = tokens[i] as Token | undefined; return t !== undefined && /^\p{Lu}/u.test(t.text); };
    if (!cap(comma - 1) || !cap(comma + 1)) return -1;
    let and = false;
    for (let i = comma + 1; i <= last; i++) {
      const t = tokens[i] as Token;
      if (t.normal === 'and' && cap(i + 1)) and = true;
      else if (!cap(i) && t.text !== ',') return -1;
    }
    if (!and) return -1;
    for (let i = comma - 2; i > s.tokenStart && comma - i <= 4; i--) {
      const t = tokens[i] as Token;
      if ((t.normal === 'for' || t.normal === 'of') && /^\p{Lu}/u.test((tokens[i - 1] as Token).text) && ORG_HEADS.has((tokens[i - 1] as Token).normal)) return i - 1;
      if (!cap(i) && t.normal !== 'and') return -1;
    }
    return -1;
  }

  /** ("Villagers along the Rava River accused …", "Residents near the plant said": a preposition of place at `p` after a
   *  plural common noun of people, lower-case or opening the sentence, keeps the place inside the phrase the people head.) */
  function peoplePlacePreposition(p: number, s: Sentence): boolean {
    const t = tokens[p] as Token | undefined;
    const n = tokens[p - 1] as Token | undefined;
    if (!t || !n || p - 1 < s.tokenStart || !PEOPLE_PLACE_PREPOSITIONS.has(t.normal)) return false;
    // (wink tags a plural noun opening the sentence as a name, "Villagers/PROPN")
    // (or after a dateline's dash, "TAMBORA VALLEY, Karesh (Wire) — Villagers along …")
    const opens = p - 1 === s.tokenStart || isDash(p - 2) || /^[:;(]$/u.test((tokens[p - 2] as Token).text);
    if (n.pos !== 'NOUN' && !(n.pos === 'PROPN' && opens)) return false;
    // (a plural: "Villagers", "Fishermen", by its lemma or its ending)
    if (!/\p{Ll}$/u.test(n.text) || !(n.normal !== n.lemma || /(?:[^siu]s|men)$/u.test(n.normal))) return false;
    return opens || /^\p{Ll}/u.test(n.text);
  }

  /** Whether token `i`, before a "to", is a noun of serving or advising (toRelationHeads). */
  function toRelation(i: number): boolean {
    const w = tokens[i] as Token | undefined;
    return !!w && quoteOfToken[i] === -1 && STATEMENT_WORDS_SETS.toRelationHeads.has(w.normal);
  }

  /** The first token of a phrase of amount (statement-words.json countAmountPhrases) ending at `j`, outside quotes and
   *  opening its clause or after a boundary ("More than", ", nearly"), or -1. */
  function countAmountStart(j: number, s: Sentence): number {
    for (const phrase of COUNT_AMOUNT_PHRASES) {
      const a = j - phrase.length + 1;
      if (a < s.tokenStart || !phrase.every((w, i) => (tokens[a + i] as Token).normal === w && quoteOfToken[a + i] === -1)) continue;
      const before = tokens[a - 1] as Token | undefined;
      if (a === clauseOpen(s) || a === s.tokenStart || (before !== undefined && (LEFT_BOUNDARY.has(before.normal) || isQuoteMark(before.text)))) return a;
    }
    return -1;
  }

  function npLeftCore(k: number, s: Sentence): [number, number] | null {
    if (k < s.tokenStart) return null;
    const last = k;
    const t0 = tokens[k] as Token;
    // "Another said …", "Many said …", "Most say …": a quantifier standing for its noun, alone at the clause's start.
    // ("and most recently defended …", "most notably argued": "most" before an adverb or an adjective is the adverb's
    // degree, no quantifier; the verb's subject is the clause's own)
    const degree = t0.normal === 'most' && k + 1 < s.tokenEnd && ['ADV', 'ADJ'].includes((tokens[k + 1] as Token).pos);
    if (FUSED_HEADS.has(t0.normal) && !degree && (k === s.tokenStart || LEFT_BOUNDARY.has((tokens[k - 1] as Token).normal))) return [k, k];
    // "In the survey, 47% say …": a number and its percent sign are the poll's share that speaks.
    if (t0.text === '%' && k - 1 >= s.tokenStart && (tokens[k - 1] as Token).pos === 'NUM') return [k - 1, k];
    // "the Croatian-born forward said", "the visiting coach said": a role noun after a determiner, a modifier or a
    // possessive heads the speaker phrase whatever wink tags it (an adverb, a verb)
    const prev0 = k - 1 >= s.tokenStart ? tokens[k - 1] as Token : undefined;
    const anyTagRole = !NP_POS.has(t0.pos) && (Object.hasOwn(ROLE_NOUNS, t0.normal) || STATEMENT_WORDS_SETS.roleHeadsAnyTag.has(t0.normal))
      && prev0 !== undefined && (['DET', 'ADJ', 'NOUN', 'PROPN'].includes(prev0.pos) || /^[’']s?$/u.test(prev0.text)
        || POSSESSIVE_DETERMINERS.has(prev0.normal)
        || (prev0.pos === 'VERB' && /(ed|en|n)$/u.test(prev0.normal) && k - 2 >= s.tokenStart && (tokens[k - 2] as Token).text === '-'));
    // ("people familiar with the network's thinking said": an -ing form after a name's "'s" or a possessive determiner is
    // a noun, the head, whatever wink tags it; findCues reads no cue there)
    const ingNoun = /^\p{Ll}{3,}ing$/u.test(t0.text) && prev0 !== undefined && ((/^[’']s$/u.test(prev0.text) && k - 2 >= s.tokenStart && ['NOUN', 'PROPN'].includes((tokens[k - 2] as Token).pos))
      || ['its', 'their', 'his', 'our', 'my', 'your'].includes(prev0.normal));
    if (!(NP_POS.has(t0.pos) || /^[’']s?$/u.test(t0.text) || anyTagRole || ingNoun)) return null;
    // "Nearly a third say …": wink tags some share words as adjectives; after an article or number they head the phrase.
    const shareHead = t0.pos === 'ADJ' && STATEMENT_WORDS_SETS.shareHeads.has(t0.normal) && k - 1 >= s.tokenStart && STATEMENT_WORDS_SETS.shareArticles.has((tokens[k - 1] as Token).normal);
    // Postpositive adjectives end a title: "the inspector general", "the secretary general", "the president-elect".
    const postpositive = t0.pos === 'ADJ' && ['general', 'designate', 'elect'].includes(t0.normal) && k - 1 >= s.tokenStart && (tokens[k - 1] as Token).pos === 'NOUN';
    // "The chief said …", "the bloc's foreign policy chief said …": wink tags some role nouns as adjectives; one after a
    // determiner, a possessive or a modifier is the head of the phrase ("the former said" stays no phrase: no role noun)
    const roleHead = anyTagRole || t0.pos === 'ADJ' && (Object.hasOwn(ROLE_NOUNS, t0.normal) || STATEMENT_WORDS_SETS.roleHeadsAnyTag.has(t0.normal)) && k - 1 >= s.tokenStart
      && (['DET', 'NOUN', 'PROPN', 'ADJ'].includes((tokens[k - 1] as Token).pos) || /^[’']s?$/u.test((tokens[k - 1] as Token).text)
        || POSSESSIVE_DETERMINERS.has((tokens[k - 1] as Token).normal));
    // "The Republican incumbent said", "the union yesterday said": a lower-case word that wink tags an adjective, after a
    // determiner or a modifier and right before a cue (adverbs between), is the noun that heads the speaker phrase
    const headBeforeCue = t0.pos === 'ADJ' && /^\p{Ll}+$/u.test(t0.text) && !STATEMENT_WORDS_SETS.adjectivesNotHeads.has(t0.normal) && prev0 !== undefined
      && (ARTICLES.has(prev0.normal) || POSSESSIVE_DETERMINERS.has(prev0.normal) || /^[’']s$/u.test(prev0.text) || (['PROPN', 'ADJ'].includes(prev0.pos) && k - 2 >= s.tokenStart)
        || (prev0.pos === 'VERB' && /(ed|en|n)$/u.test(prev0.normal) && k - 2 >= s.tokenStart && (tokens[k - 2] as Token).text === '-'))
      && cueAfter(k, s, true);
    if (t0.pos === 'DET' || t0.pos === 'ADJ' && !/^[A-Z]/u.test(t0.text) && !postpositive && !roleHead && !shareHead && !headBeforeCue && !nounBeforeWho(tokens, k)) return null;
    // ("“…,” one of them said", "two of us said": the quantifier before "of" heads the phrase, the pronoun is its part;
    // not before an appositive that names the one, "One of them, a pupil named Ivo Lind, said", whose name speaks)
    if (t0.pos === 'PRON' && ['them', 'us', 'those'].includes(t0.normal) && k - 2 >= s.tokenStart && (tokens[k - 1] as Token).normal === 'of'
      && (tokens[k + 1] as Token | undefined)?.text !== ',') {
      const q = tokens[k - 2] as Token;
      if (FUSED_HEADS.has(q.normal) || (q.pos === 'NUM' && /^\p{L}+$/u.test(q.text))) return [k - 2, k];
    }
    if (t0.pos === 'PRON') return RELATIVE_PRONOUNS.has(t0.normal) ? null : [k, k];
    let start = k;
    for (let j = k - 1; j >= s.tokenStart && k - j < 14; j--) {
      const t = tokens[j] as Token;
      if (cueTokensHere.has(j)) break;
      // "a decision that lawyers say …": "that" before a plural head is a relative pronoun, not a demonstrative
      // (a plural whose lemma wink does not know, "installers", by its ending: not "-ss", "-us", "-is", "that analysis")
      if ((t.normal === 'that' || t.normal === 'which') && (t0.normal !== t0.lemma || /[^siu]s$/u.test(t0.normal)) && /s$/u.test(t0.normal)) break;
      // "told the jury that the door was chained, and that staff had complained …": a second "that" after "and" repeats
      // the complementizer of a cue's first clause; it opens no noun phrase ("that staff")
      if (t.normal === 'that' && secondComplementizer(j, s)) break;
      // "the soft-spoken, 64-year-old envoy", "the tall, grey-haired envoy": a comma between two modifiers of the
      // head, the first a lower-case adjective (or a hyphenated compound) right after an article or a possessive, is
      // inside the phrase
      if (t.text === ',' && quoteOfToken[j] === -1 && start === j + 1 && ['ADJ', 'NUM'].includes((tokens[j + 1] as Token).pos)) {
        const lower = (i: number): boolean => i >= s.tokenStart && /^\p{Ll}+$/u.test((tokens[i] as Token).text);
        const joined = (i: number): boolean => (tokens[i] as Token).text === '-' && (tokens[i - 1] as Token).end === (tokens[i] as Token).start && (tokens[i] as Token).end === (tokens[i + 1] as Token).start;
        const m = lower(j - 1) && (tokens[j - 1] as Token).pos === 'ADJ' ? j - 1 : lower(j - 1) && j - 3 >= s.tokenStart && joined(j - 2) && lower(j - 3) ? j - 3 : -1;
        const det = m - 1 >= s.tokenStart ? tokens[m - 1] as Token : undefined;
        if (m !== -1 && det && (ARTICLES.has(det.normal) || POSSESSIVE_DETERMINERS.has(det.normal))) { start = m - 1; break; }
      }
      if (t.pos === 'DET' && ARTICLES.has(t.normal) && peoplePlacePreposition(j - 1, s)) { start = j; continue; }
      // An article is the phrase's left edge: "On Monday the health service said" (not "Monday the health service").
      if (t.pos === 'DET' && ARTICLES.has(t.normal) && j - 1 >= s.tokenStart && ['NOUN', 'PROPN', 'NUM'].includes((tokens[j - 1] as Token).pos)) { start = j; break; }
      // ("More than 300 residents said", "At least 40 said": the words of amount before the number that counts the people
      // are part of the phrase, which names them by that count, GUIDE decision 56's "more than 60 parents")
      // (not a poll's share, "About 3 in 10 say", "nearly 40 percent said": the share names its sample, as written)
      const share = (): boolean => tokens.slice(j + 2, last + 1).some((x) => ['in', 'percent', '%', 'per'].includes(x.normal) || STATEMENT_WORDS_SETS.shareHeads.has(x.normal));
      if (start === j + 1 && (tokens[j + 1] as Token).pos === 'NUM' && !share()) { const amount = countAmountStart(j, s); if (amount >= 0) return [amount, last]; }
      if (NP_POS.has(t.pos) && t.pos !== 'PRON') { start = j; continue; }
      // "The Save Our Pier campaign said", "Protect Our Parks said": a capitalised possessive between capitalised words is
      // inside a campaign's name, with the word before it (a verb in form, "Save", "Protect"), not the phrase's edge
      if (t.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(t.normal) && /^\p{Lu}/u.test(t.text) && j > s.tokenStart && start === j + 1
        && /^\p{Lu}\p{Ll}+$/u.test((tokens[j - 1] as Token).text) && /^\p{Lu}/u.test((tokens[j + 1] as Token).text)) { j--; start = j; continue; }
      if (t.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(t.normal)) { start = j; break; }
      // ("That letter, on the firm's own letterhead, demanded …", "This report found …": a demonstrative opening the
      // clause before a common noun is the phrase's determiner, whatever wink tags it)
      if (['this', 'that', 'these', 'those'].includes(t.normal) && ['PRON', 'DET'].includes(t.pos) && start === j + 1 && (tokens[j + 1] as Token).pos === 'NOUN'
        && quoteOfToken[j] === -1 && (j === clauseOpen(s) || (j - 1 >= s.tokenStart && (LEFT_BOUNDARY.has((tokens[j - 1] as Token).normal) || isQuoteMark((tokens[j - 1] as Token).text))))) { start = j; break; }
      // "the conservative-leaning newspaper", "a Moscow-based group": the second half of a hyphenated compound
      if (t.pos === 'VERB' && j - 2 >= s.tokenStart && (tokens[j - 1] as Token).text === '-' && (tokens[j - 1] as Token).start === (tokens[j - 2] as Token).end && (tokens[j - 1] as Token).end === t.start) { j--; start = j - 1; continue; }
      // "Hobhorne's applied team", "the elected council": a participle between a determiner and its noun
      if (t.pos === 'VERB' && /ed$/u.test(t.normal) && j - 1 >= s.tokenStart && ['DET', 'PART', 'ADJ'].includes((tokens[j - 1] as Token).pos) && NP_POS.has((tokens[j + 1] as Token).pos)) continue;
      // "Meridian's chief operating officer", "the acting mayor", "the club's managing director": a lower-case -ing form
      // right before a role noun, after an article, a possessive or a modifier, is part of the title, not a verb
      if (t.pos === 'VERB' && /^\p{Ll}{3,}ing$/u.test(t.text) && start === j + 1 && j - 1 >= s.tokenStart && quoteOfToken[j] === -1
        && (Object.hasOwn(ROLE_NOUNS, (tokens[j + 1] as Token).normal) || Object.hasOwn(ROLE_NOUNS, (tokens[j + 1] as Token).lemma))
        && (ARTICLES.has((tokens[j - 1] as Token).normal) || POSSESSIVE_DETERMINERS.has((tokens[j - 1] as Token).normal) || /^[’']s$/u.test((tokens[j - 1] as Token).text)
          || ((tokens[j - 1] as Token).pos === 'ADJ' && /^\p{Ll}/u.test((tokens[j - 1] as Token).text)))) { start = j; continue; }
      // "Leaked files show …", "Published figures show …": a participle opening the sentence before its noun
      if (t.pos === 'VERB' && /(ed|en)$/u.test(t.normal) && j === s.tokenStart && (tokens[j + 1] as Token).pos === 'NOUN') { start = j; break; }
      // "the far-right League", "a left-wing party", "the so-called council": a hyphenated modifier written without spaces
      // is one word of the phrase, whatever wink tags its first half (an adverb)
      if (t.text === '-' && j - 1 >= s.tokenStart && start === j + 1 && (tokens[j - 1] as Token).end === t.start && t.end === (tokens[j + 1] as Token).start && /^\p{L}+$/u.test((tokens[j - 1] as Token).text)) { j--; start = j; continue; }
      if (/^[’']s?$/u.test(t.text) || t.text === '-' || t.text === '.' && j > s.tokenStart) { continue; }
      // "A second former employee said", "the third senior official": an ordinal after an article is a modifier of the
      // phrase, whatever wink tags it (an adverb)
      if (STATEMENT_WORDS_SETS.ordinalWords.has(t.normal) && start === j + 1 && j - 1 >= s.tokenStart && ARTICLES.has((tokens[j - 1] as Token).normal)) continue;
      // ("20,000 signatures on a petition asking …", "the names on the letter": what is written on a document is no
      // speaker; the phrase is the document's)
      if (t.normal === 'on' && start === j + 1 && DOCUMENT_HEADS.has((tokens[last] as Token).normal) && /^(?:DET|ADJ|NUM)$/u.test((tokens[j + 1] as Token).pos)) break;
      if (NP_INNER.has(t.normal) && j - 1 >= s.tokenStart && NP_POS.has((tokens[j - 1] as Token).pos)) continue;
      // "an aide to the mayor said", "a senior adviser to the board said": "to" after a noun of serving or advising names
      // the one served, inside the speaker phrase
      if (t.normal === 'to' && quoteOfToken[j] === -1 && start === j + 1 && j - 1 >= s.tokenStart && toRelation(j - 1)) continue;
      // ("Villagers along the Rava River accused …", "Residents near the plant said": a preposition of place after a
      // plural common noun, lower-case or opening the sentence, keeps the place inside the phrase the people head)
      if (peoplePlacePreposition(j, s)) continue;
      // "Doctors Without Borders", "Mothers Against Drunk Driving": a capitalised preposition between names is inside one
      if (t.pos === 'ADP' && /^\p{Lu}/u.test(t.text) && j - 1 >= s.tokenStart && (tokens[j - 1] as Token).pos === 'PROPN' && (tokens[j + 1] as Token).pos === 'PROPN') continue;
      // "Kick Out Hate, a charity …, said", "Stand Up Against Racism said": a campaign's name that opens the sentence with
      // a verb and a capitalised particle before a name (wink tags the first word a verb)
      if (start === j + 1 && (tokens[j + 1] as Token).pos === 'PROPN') {
        const particle = (i: number): boolean => ['ADP', 'PART', 'ADV'].includes((tokens[i] as Token).pos) && /^\p{Lu}\p{Ll}+$/u.test((tokens[i] as Token).text);
        let m = j;
        while (m > s.tokenStart && particle(m)) m--;
        if (m < j && m === s.tokenStart && (tokens[m] as Token).pos === 'VERB' && /^\p{Lu}\p{Ll}+$/u.test((tokens[m] as Token).text)) { j = m; start = m; continue; }
      }
      if (t.text === ',') { const head = listInsideName(j, k, s); if (head >= 0) { start = head; j = head; continue; } }
      if (isQuoteMark(t.text) && quoteOfToken[j + 1] !== -1) continue;
      // (a quoted name belongs to the phrase, “No Azure for Apartheid” said; a quoted sentence does not, “…” Jones said)
      if (isQuoteMark(t.text)) { const q = quoteOfToken[j - 1]; if (q !== undefined && q !== -1 && !quotedSentence(top[q] as Quote)) continue; }
      break;
    }
    while (start < last && (NP_INNER.has((tokens[start] as Token).normal) || isPunct(tokens[start] as Token))) start++;
    return [start, last];
  }

  /** The first token after `k` that is no auxiliary, adverb or subjectGapWords word. */
  function cueAt(k: number, s: Sentence): number {
    let j = k + 1;
    while (j < s.tokenEnd && (auxOrAdverb(tokens[j]) || STATEMENT_WORDS_SETS.subjectGapWords.has((tokens[j] as Token).normal))) j++;
    return j;
  }

  /** Whether a cue of the sentence starts right after `k`, auxiliaries and adverbs between; with `finiteSaying`, only a
   *  finite verb of plain saying (statement-words.json headSayingVerbs: "the incumbent said", not "its own recommended
   *  list", "the primary threatens"). */
  function cueAfter(k: number, s: Sentence, finiteSaying = false): boolean {
    const j = cueAt(k, s);
    if (!cueTokensHere.has(j)) return false;
    const v = tokens[j] as Token;
    // (or a past form wink tags a noun or an adjective, "the cooperative found that …": IRREGULAR_PAST)
    const past = IRREGULAR_PAST[v.normal];
    return !finiteSaying || ((v.pos === 'VERB' || past !== undefined) && !v.normal.endsWith('ing') && STATEMENT_WORDS_SETS.headSayingVerbs.has(past ?? v.lemma));
  }

  /**
   * "said that A, and that B": the "that" at `j` follows "and"/"or"/"but" (perhaps after a comma), and an earlier "that"
   * in the sentence opens a cue's reported clause (within a few words after the cue: "told the jury that").
   */
  function secondComplementizer(j: number, s: Sentence): boolean {
    const conj = tokens[j - 1] as Token | undefined;
    if (!conj || j - 1 <= s.tokenStart || !['and', 'or', 'but'].includes(conj.normal)) return false;
    for (let m = j - 2; m > s.tokenStart; m--) {
      if ((tokens[m] as Token).normal !== 'that' || quoteOfToken[m] !== -1) continue;
      for (let c = m - 1; c >= s.tokenStart && c >= m - 5; c--) if (cueTokensHere.has(c)) return true;
    }
    return false;
  }

  /** A modal, not negated, among the auxiliaries and adverbs right before the cue ("would robustly defend"); "would not
   *  confirm" is a refusal, which reports. */
  function underModal(cue: Cue, s: Sentence): boolean {
    let modal = false;
    for (let k = cue.first - 1; k >= s.tokenStart && auxOrAdverb(tokens[k]); k--) {
      const w = (tokens[k] as Token).normal;
      if (NEGATORS.has(w)) return false;
      if (MODALS.has(w)) modal = true;
    }
    return modal;
  }

  /** Whether what follows the cue from `from` holds a verb (a clause) or a quote, not only a noun phrase. */
  function clauseOrQuoteFrom(from: number, s: Sentence): boolean {
    for (let j = from; j < s.tokenEnd; j++) {
      const t = tokens[j] as Token;
      // ("would contest the report, and accused …": the object ends at the comma; what follows is another clause)
      if ((t.text === ',' || t.text === ';') && quoteOfToken[j] === -1 && j > from) return false;
      // ("would defend itself in court and accused the cooperative of …": a verb coordinated after the object is the
      // subject's next deed, no clause of the object)
      if (['and', 'but'].includes(t.normal) && quoteOfToken[j] === -1 && j > from && (tokens[j + 1] as Token | undefined)?.pos === 'VERB' && j + 1 < s.tokenEnd) return false;
      if (t.pos === 'VERB' || t.pos === 'AUX' || quoteOfToken[j] !== -1 || t.text === ':') return true;
    }
    return false;
  }

  function npRight(begin: number, s: Sentence): [number, number] | null {
    let k = begin;
    if (k >= s.tokenEnd) return null;
    const t0 = tokens[k] as Token;
    const n1 = tokens[k + 1];
    // wink tags some noun modifiers as verbs ("court filings"): a bare verb form followed by a noun starts a phrase too.
    // (and a title's participle, "said managing director Tom Galstow", "said acting chief Ana Ulmley": words.ts RANK_MODIFIERS)
    const modifierVerb = t0.pos === 'VERB' && (t0.normal === t0.lemma || RANK_MODIFIERS.has(t0.normal)) && n1 !== undefined && k + 1 < s.tokenEnd && n1.pos === 'NOUN';
    if (!nounish(t0, tokens[k - 1]) && !isQuoteMark(t0.text) && !modifierVerb) return null;
    if (t0.pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(t0.normal)) return [k, k];
    let end = -1;
    for (; k < s.tokenEnd && k - begin < 14; k++) {
      const t = tokens[k] as Token;
      // "by a fire inspector six weeks before …", "by a council officer last spring": a time after the noun ends the phrase
      if (k > begin && end >= 0 && timeAt(k, s)) break;
      // A determiner after a noun starts the next phrase: "told reporters the family would …".
      if (t.pos === 'DET' && k > begin && ['NOUN', 'PROPN'].includes((tokens[k - 1] as Token).pos)) break;
      if ((nounish(t, tokens[k - 1]) || (k === begin && t.pos === 'VERB')) && t.pos !== 'PRON') { end = k; continue; }
      if (t.pos === 'PRON' && k === begin) { continue; }
      if (/^[’']s?$/u.test(t.text) || t.text === '-' || t.text === '+') continue;
      if (isQuoteMark(t.text)) continue;
      // ("the rate-setting board", "a cost-cutting plan": a word joined by a hyphen to the one before is part of it, a
      // modifier, whatever its tag)
      if (end >= 0 && end === k - 2 && hyphenJoined(k)) continue;
      // ("the company’s managing director", "the union’s acting general secretary": a participle right after a
      // possessive and before a noun modifies that noun, a post's title, and the phrase goes on)
      // (and after a determiner or a possessive pronoun, "its managing director", "the presiding judge": the participle
      // between the determiner and its noun is a modifier too)
      if (t.pos === 'VERB' && /\p{Ll}ing$/u.test(t.normal) && k + 1 < s.tokenEnd && (tokens[k + 1] as Token).pos === 'NOUN'
        && ((end >= 0 && /^[’']s?$/u.test((tokens[k - 1] as Token).text))
          || (k > begin && ((tokens[k - 1] as Token).pos === 'DET' || POSSESSIVE_DETERMINERS.has((tokens[k - 1] as Token).normal))))) continue;
      if (NP_INNER.has(t.normal) && k + 1 < s.tokenEnd && NP_POS.has((tokens[k + 1] as Token).pos) && !(t.normal === 'and' && (tokens[k + 1] as Token).pos === 'PRON')) continue;
      break;
    }
    if (end < 0) return null;
    return [begin, end];
  }

  /** Whether token `k` is joined by a hyphen, with no space either side, to the lower-case word before it ("rate-setting"). */
  function hyphenJoined(k: number): boolean {
    const h = tokens[k - 1];
    const w = tokens[k - 2];
    const t = tokens[k];
    // (a lower-case word before the hyphen only: "Washington-based" after a name's comma is read elsewhere as an apposition)
    return h !== undefined && w !== undefined && t !== undefined && h.text === '-' && w.end === h.start && h.end === t.start && /^\p{Ll}/u.test(w.text) && /^\p{L}/u.test(t.text);
  }

  /** Whether a time phrase opens at `k`: a count and a unit ("six weeks", "two years"), or a deictic and a time noun
   *  ("last spring", "the previous week", "this March"). */
  function timeAt(k: number, s: Sentence): boolean {
    const t = tokens[k] as Token;
    const n1 = k + 1 < s.tokenEnd ? tokens[k + 1] as Token : undefined;
    if (!n1) return false;
    if ((t.pos === 'NUM' || ['a', 'several', 'few'].includes(t.normal)) && STATEMENT_WORDS_SETS.timeUnits.has(n1.normal)) return true;
    const n2 = k + 2 < s.tokenEnd ? tokens[k + 2] as Token : undefined;
    if (STATEMENT_WORDS_SETS.timeDeictics.has(t.normal) && STATEMENT_WORDS_SETS.timeNouns.has(n1.normal)) return true;
    return n2 !== undefined && STATEMENT_WORDS_SETS.timeDeictics.has(`${t.normal} ${n1.normal}`) && STATEMENT_WORDS_SETS.timeNouns.has(n2.normal);
  }

  /** An inflected cue (said, demands) or one with an auxiliary (has demanded, will say), not a bare infinitive. */
  function finite(cue: Cue): boolean {
    const t = tokens[cue.first] as Token;
    if (t.normal !== t.lemma && !t.normal.endsWith('ing')) return true;
    // (a past tense wink tags an adjective, "and alleged that …", keeps its own form as its lemma)
    if (t.pos === 'ADJ' && /ed$/u.test(t.normal) && t.normal !== cue.lemma) return true;
    let k = cue.first - 1;
    while (k >= 0 && auxOrAdverb(tokens[k])) {
      if (['has', 'have', 'had', 'will', 'would', 'did', 'does', 'do', 'is', 'was', 'are', 'were'].includes((tokens[k] as Token).normal)) return true;
      k--;
    }
    return false;
  }

  /**
   * "three text messages that claimed to come from the bank and asked him to confirm …": a verb coordinated inside a
   * subject relative clause on a noun has the noun as its subject, not the speaker before. Only when the clause has
   * one verb group of its own before the "and" at `and` ("the deal that was struck in May was unfair and warned …" has
   * two: the relative clause ended before the second).
   */
  function relativeAntecedentBefore(and: number, s: Sentence): SpeakerHint | null {
    // (joined by "and"/"or" only: a verb after a comma, "is running an ad that mocks the plan, vows to …", goes back to
    // the clause's own subject, as a list of the outer speaker's acts does)
    if (!['and', 'or'].includes((tokens[and] as Token | undefined)?.normal ?? '')) return null;
    let groups = 0;
    const verbal = (x: Token | undefined): boolean => x !== undefined && (x.pos === 'VERB' || x.pos === 'AUX');
    for (let b = and - 1; b > s.tokenStart && b >= and - 15; b--) {
      const w = tokens[b] as Token;
      if ([',', ';', ':'].includes(w.text) || isDash(b) || quoteOfToken[b] !== -1) return null;
      if (verbal(w) && !verbal(tokens[b - 1]) && (tokens[b - 1] as Token).normal !== 'to') groups++;
      // (a subject relative, its verb right after it: "said in the letter that prices would rise" is a reported clause)
      if ((w.normal === 'that' || w.normal === 'which') && ['NOUN', 'PROPN'].includes((tokens[b - 1] as Token).pos) && verbal(tokens[b + 1])) {
        if (groups !== 1) return null;
        const np = npLeftBounds(b - 1, s);
        return np ? tokSpan(np[0], np[1]) : null;
      }
    }
    return null;
  }

  function coordinated(i: number, s: Sentence): boolean {
    let k = i;
    // ("and most recently said": "most" before the adverb is its degree)
    while (k >= s.tokenStart && (auxOrAdverb(tokens[k]) || (k < i && degreeMost(tokens, k)))) k--;
    const t = tokens[k];
    return k >= s.tokenStart && t !== undefined && ['and', 'but', 'or', ','].includes(t.normal);
  }

  /** A subject and its finite verb between `a` and `b` ("the plan would cost jobs"; not "on the radio", "speaking slowly"). */
  function finiteClauseIn(a: number, b: number): boolean {
    for (let k = a + 1; k <= b; k++) {
      const t = tokens[k] as Token;
      const prev = tokens[k - 1] as Token;
      if (FINITE_AUX.has(t.normal) || MODALS.has(t.normal) || t.normal === 'must') return true;
      if (t.pos === 'VERB' && t.normal !== t.lemma && !t.normal.endsWith('ing') && (prev.pos === 'PRON' || nounish(prev, tokens[k - 2]))) return true;
    }
    return false;
  }

  /** A reported clause opening at `i`: "that", a quote, or a subject and its finite verb. */
  function clauseOpensAt(i: number, s: Sentence): boolean {
    const t = tokens[i] as Token | undefined;
    if (!t || i >= s.tokenEnd) return false;
    if (t.normal === 'that' || t.text === ':' || isQuoteMark(t.text)) return true;
    const np = npRight(i, s);
    return np !== null && np[1] + 1 < s.tokenEnd && verbForm(np[1] + 1, s.tokenEnd - 1) !== null;
  }

  /**
   * The tense and number of the finite verb group at `i` (adverbs skipped): "had" + participle is "pluperfect", a modal
   * "modal"; `sg`/`pl` where the form shows it (is, has, owes / are, have, owe). Null when the group is not finite.
   */
  function verbForm(i: number, end: number, anyPos = false): { tense: 'past' | 'present' | 'pluperfect' | 'modal'; number: 'sg' | 'pl' | null } | null {
    let v = i;
    while (v <= end && auxOrAdverb(tokens[v]) && (tokens[v] as Token).pos !== 'AUX' && !FINITE_AUX.has((tokens[v] as Token).normal) && !MODALS.has((tokens[v] as Token).normal) && (tokens[v] as Token).normal !== 'must') v++;
    const t = tokens[v] as Token | undefined;
    if (!t || v > end || quoteOfToken[v] !== -1) return null;
    const aux = FINITE_AUX.get(t.normal);
    if (aux) return t.normal === 'had' && (tokens[v + 1] as Token | undefined)?.pos !== 'DET' && !NP_POS.has((tokens[v + 1] as Token | undefined)?.pos ?? '') ? { tense: 'pluperfect', number: null } : aux;
    if (MODALS.has(t.normal) || t.normal === 'must' || t.normal === 'should' || t.normal === 'can') return { tense: 'modal', number: null };
    if (!(anyPos || t.pos === 'VERB') || t.normal.endsWith('ing')) return null;
    if (t.normal === t.lemma) return { tense: 'present', number: 'pl' };
    if (/s$/u.test(t.normal) && !/s$/u.test(t.lemma)) return { tense: 'present', number: 'sg' };
    return { tense: 'past', number: null };
  }

  /**
   * Whether the finite verb at `v`, after ", and" at `comma` in the content of `cue`, is the speaker's next action rather
   * than more of the reported clause (see its caller).
   */
  function speakersNextAct(cue: Cue, contentStart: number, comma: number, v: number, end: number, s: Sentence): boolean {
    if (cue.kind !== 'verb') return false;
    let a = cue.first - 1;
    while (a >= s.tokenStart && auxOrAdverb(tokens[a]) && !FINITE_AUX.has((tokens[a] as Token).normal) && !MODALS.has((tokens[a] as Token).normal)) a--;
    const cueForm = a >= s.tokenStart && (FINITE_AUX.has((tokens[a] as Token).normal) || MODALS.has((tokens[a] as Token).normal)) ? verbForm(a, cue.last) : verbForm(cue.first, cue.last, true);
    const next = verbForm(v, end);
    if (!next) return false;
    // the reported clause's subject and its finite verb
    const np = npRight(contentStart, s);
    let rv = np && np[1] + 1 < comma ? np[1] + 1 : -1;
    let reported = rv >= 0 ? verbForm(rv, comma - 1) : null;
    for (let k = contentStart; !reported && k < comma; k++) {
      const t = tokens[k] as Token;
      const prev = tokens[k - 1] as Token;
      // (a finite auxiliary may follow an appositive: "the letter, postmarked in May, was sent …")
      if ((FINITE_AUX.has(t.normal) || MODALS.has(t.normal) || (['AUX', 'VERB'].includes(t.pos) && t.normal !== t.lemma && (prev.pos === 'PRON' || nounish(prev, tokens[k - 2])))) && quoteOfToken[k] === -1) { rv = k; reported = verbForm(k, comma - 1); }
    }
    // (an object that is no clause, "praised the plan's goals, and won …", has no subject for the verb to share)
    if (!reported) return true;
    if (!cueForm || next.tense !== cueForm.tense) return false;
    // (a pluperfect may share its "had" with a participle after "and": "had killed 12 people, and left …")
    const sameTense = reported.tense === next.tense || (reported.tense === 'pluperfect' && next.tense === 'past');
    if (!sameTense) return true;
    if (next.number && reported.number && next.number !== reported.number) return true;
    const subject = np && np[0] === np[1] ? (tokens[np[0]] as Token).normal : '';
    return ['he', 'she', 'it', 'they', 'we', 'i'].includes(subject);
  }

  /** A clause after "but": a finite verb ("but declined"), or a noun phrase and a finite verb ("but the bill stalled"). */
  /**
   * "He says the club will not ask for public money, but it is seeking $140 million in tax breaks": after ", but", "it"
   * as the subject can only be the reported clause's own subject when the speaker is a person (a pronoun for one, or a
   * role noun) and the reported clause opens with a noun phrase of its own: the clause goes on with the speaker's words.
   * ("The company said …, but it has since …": "it" may be the speaker, the reporter's next clause; "he has …" too.)
   */
  function butItOfContent(from: number, contentStart: number, hint: SpeakerHint, cue: Cue): boolean {
    if ((tokens[from] as Token | undefined)?.normal !== 'it') return false;
    // (after a past cue the clause is backshifted as the reported one is: "said the plan was sound, but it has drawn
    // criticism" is the reporter's present, no more of the words)
    const c = tokens[cue.first] as Token;
    const presentCue = c.normal !== c.lemma && /s$/u.test(c.normal);
    let v = from + 1;
    while (v < tokens.length && v < from + 4 && (tokens[v] as Token).pos === 'ADV') v++;
    const vt = tokens[v] as Token | undefined;
    const backshifted = vt !== undefined && (['was', 'were', 'had', 'would', 'could', 'might', 'did', 'should'].includes(vt.normal) || (vt.pos === 'VERB' && /ed$/u.test(vt.normal)));
    if (!presentCue && !backshifted) return false;
    const head = hint.text.trim().split(/\s+/u).pop()?.toLowerCase() ?? '';
    const person = ['he', 'she', 'i', 'we', 'they'].includes(head) || Object.hasOwn(ROLE_NOUNS, head);
    const subject = tokens[contentStart] as Token;
    return person && subject.pos !== 'PRON' && (subject.pos === 'DET' || subject.pos === 'NOUN' || subject.pos === 'PROPN' || POSSESSIVE_DETERMINERS.has(subject.normal));
  }

  function butClause(from: number, end: number, s: Sentence): boolean {
    const finiteAt = (i: number, plain: boolean): boolean => {
      let v = i;
      while (v <= end && auxOrAdverb(tokens[v]) && (tokens[v] as Token).pos !== 'AUX') v++;
      const vt = tokens[v] as Token | undefined;
      if (!vt || v > end || quoteOfToken[v] !== -1) return false;
      if (vt.pos === 'AUX') return !vt.normal.endsWith('ing');
      // (a plain form after a subject is a present tense, "but critics point"; alone it may be an infinitive)
      return (vt.pos === 'VERB' || vt.pos === 'AUX') && !vt.normal.endsWith('ing') && (plain || vt.normal !== vt.lemma);
    };
    const first = tokens[from] as Token | undefined;
    if (!first || first.normal === 'that' || quoteOfToken[from] !== -1) return false;
    if (first.pos === 'VERB' || (first.pos === 'ADV' && auxOrAdverb(first))) return finiteAt(from, false);
    const np = npRight(from, s);
    if (np !== null && np[1] < end && finiteAt(np[1] + 1, true)) return true;
    // "…, but late Saturday he announced …", "…, but on Monday they said …": a short time adverbial before a subject pronoun
    for (let j = from; j <= end && j < from + 5; j++) {
      const t = tokens[j] as Token;
      if (/^(he|she|they|we|i|it)$/u.test(t.normal) && j > from) return finiteAt(j + 1, true);
      if (!(CALENDAR_WORDS.has(t.normal) || ['late', 'early', 'later', 'earlier', 'then', 'now', 'on', 'last', 'this', 'next', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'in', 'the'].includes(t.normal) || t.pos === 'NUM')) return false;
    }
    return false;
  }

  /**
   * "denied the allegations, insisting that its staff had followed every rule": a participle of saying or asserting goes
   * on with the act before it only when its own words do that act or none (GUIDE decision 10: the same act is one
   * statement). Its words read as the stance stage reads a neutral cue's content (vocabularyAct: the news vocabulary,
   * then the constructions of contentAct, the same reading as the act hook's) ("rejected the offer, saying strikes would follow" adds a warning, "warned of …, arguing that the bank
   * had failed to act" a criticism). After an admission what the speaker insists on is its defence, an act of its own
   * ("admitted the breach, insisting that no customer had been harmed").
   */
  function participleGoesOnWith(current: Cue, next: Cue, s: Sentence): boolean {
    if (current.act === 'ADMIT') return false;
    let a = next.last + 1;
    if ((tokens[a] as Token | undefined)?.normal === 'that') a++;
    let e = s.tokenEnd - 1;
    while (e >= a && isPunct(tokens[e] as Token) && !isQuoteMark((tokens[e] as Token).text)) e--;
    if (e < a) return true;
    const from = (tokens[a] as Token).start;
    const words = text.slice(from, (tokens[e] as Token).end);
    const act = vocabularyAct(text, from, words);
    return act === null || act === 'SAY' || act === 'ASSERT' || act === current.act;
  }

  /** Where the content of a cue must end because the next cue starts a clause of its own, or null (nested). */
  /** Whether a passive participle stands right before the "and" at `k` ("had been examined and", "was checked and"). */
  function passiveSharedBefore(k: number): boolean {
    const p = tokens[k - 1] as Token;
    const be = tokens[k - 2] as Token;
    return p.pos === 'VERB' && p.normal !== p.lemma && /(?:ed|en|wn|ne)$/u.test(p.normal) && quoteOfToken[k - 1] === -1
      && ['be', 'been', 'being', 'was', 'were', 'is', 'are'].includes(be.normal);
  }

  function clauseCut(current: Cue, next: Cue, contentStart: number, s: Sentence, nestedBefore = false): number | null {
    if (next.kind === 'according') {
      let e = next.first - 1;
      while (e >= contentStart && (isPunct(tokens[e] as Token) && !isQuoteMark((tokens[e] as Token).text))) e--;
      // "reported that, according to an audit, …": the source opens the reported clause and is nested in it.
      return e < contentStart ? null : e;
    }
    let k = next.first - 1;
    while (k >= contentStart && auxOrAdverb(tokens[k])) k--;
    // "…, and he was quoted by the Herald as saying …": the passive of quoting with its agent and "as" before the
    // participle is the later attribution's verb group; its subject stands before "was quoted"
    if (k > contentStart && (tokens[k] as Token).normal === 'as') {
      let q = k - 1;
      while (q > contentStart && k - q < 8 && !STATEMENT_WORDS_SETS.quotedAsParticiples.has((tokens[q] as Token).normal) && !isPunct(tokens[q] as Token) && quoteOfToken[q] === -1) q--;
      if (q > contentStart && STATEMENT_WORDS_SETS.quotedAsParticiples.has((tokens[q] as Token).normal)) {
        k = q - 1;
        while (k >= contentStart && auxOrAdverb(tokens[k])) k--;
      }
    }
    // ("…, and most recently defended …": a coordinated cue; not "the candidates most often described as …", whose
    // "most" stays in the noun phrase)
    if (k >= contentStart && k < next.first - 1 && degreeMost(tokens, k)) {
      let d = k - 1;
      while (d >= contentStart && auxOrAdverb(tokens[d])) d--;
      if (d >= contentStart && ['and', 'but', 'or', ','].includes((tokens[d] as Token).normal)) k = d;
    }
    // "said it had closed the database and found no sign of misuse": a verb of finding joined by "and" to the verb of a
    // reported clause whose subject is a pronoun for the speaker goes on with that clause (the speaker's own finding, told
    // in the same statement; GUIDE decision 55 labels no discovery inside a content)
    if (k >= contentStart && (tokens[k] as Token).normal === 'and' && FINDING_LEMMAS.has(next.lemma) && PLAIN_SAYING.has(current.lemma)
      && ['it', 'he', 'she', 'they', 'we', 'i'].includes((tokens[contentStart] as Token).normal) && finiteClauseIn(contentStart - 1, k)) return null;
    // "said the complaints had been examined and found to be without merit", "the hull was inspected and found sound": a
    // passive "found" sharing the auxiliary of the passive before "and" goes on with that clause, no finding of its own
    // (the passive "found" has a complement, "to be", an adjective or a place; an active one an object, "found two bolts")
    const complement = tokens[next.last + 1] as Token | undefined;
    if (k - 2 >= contentStart && (tokens[k] as Token).normal === 'and' && FINDING_LEMMAS.has(next.lemma) && passiveSharedBefore(k)
      && complement !== undefined && (complement.normal === 'to' || complement.pos === 'ADJ' || (complement.pos === 'ADP' && complement.normal !== 'that'))) return null;
    let before: number;
    // (the comma may stand inside the closing mark of a quoted fragment: "described it as “a breach,” adding that …")
    const quoteComma = k - 1 > contentStart && commaInMark(k);
    if (k >= contentStart && (['and', 'but', 'or', ','].includes((tokens[k] as Token).normal) || quoteComma)) {
      // "…, adding that …" and a participle after a plain "said"/"told" clause are a second act (GUIDE decision 10), and
      // so is a participle whose cue is an act of its own other than the first's ("rejected the offer, warning that …",
      // "asked the court to …, arguing that …"); "defended the spending, saying …", "disputed it, telling the BBC …",
      // "criticized X, describing it as …" go on with the first act, and so does a participle after a reported clause
      // with its own subject, which is that subject's ("reported that two inspectors had refused …, warning that …").
      // A participle of saying or asserting after an act of its own goes on with it ("denied the allegations, insisting
      // that …", "rejected the criticism, saying …"); after a request it gives the grounds, a second act ("urged the
      // council to …, arguing that …"), and a participle of another kind ("dismissed the case, ruling that …") is one too.
      // ("threatened to sue X for breach of contract, calling the cancellation “a stunt”": naming after a threat or a
      // request is a judgement of its own, a second act; after a criticism, "criticized X, describing it as …", it goes on)
      const namingAfterAim = ['describe', 'call'].includes(next.lemma) && (current.act === 'WARN' || current.act === 'DEMAND');
      const setOff = ((tokens[k] as Token).text === ',' || quoteComma) && isParticipial(next, s) && (!['describe', 'call'].includes(next.lemma) || namingAfterAim);
      // ("saying the government had “…” and calling for an inquiry": a participle joined by "and" to the cue's own
      // participle is a second deed of the same subject; of another act, a second statement, GUIDE decision 10)
      const pairedParticiple = (tokens[k] as Token).normal === 'and' && quoteOfToken[k] === -1 && (tokens[current.first] as Token).normal.endsWith('ing')
        && (tokens[next.first] as Token).normal.endsWith('ing') && (tokens[next.first] as Token).pos === 'VERB' && next.act !== current.act && next.act !== 'SAY';
      // (an indirect question's subject asks nothing: "questioned why the files had been leaked …, suggesting that …" is
      // the questioner's second act, not the files')
      const askedClause = /^(?:why|how|whether|what|when|where|if)$/u.test((tokens[contentStart] as Token).normal) && quoteOfToken[contentStart] === -1;
      const ownClause = nestedBefore || (finiteClauseIn(contentStart - 1, k) && !askedClause);
      const secondAct = pairedParticiple || (setOff && namingAfterAim) || setOff && (next.lemma === 'add' || ['say', 'tell'].includes(current.lemma) || (!ownClause && (
        current.act === 'DEMAND' ? next.act !== 'DEMAND'
          : current.act === 'SAY' ? next.act !== 'SAY'
            : next.act !== current.act && !(GOES_ON.has(next.lemma) && participleGoesOnWith(current, next, s)))));
      // (the participle's own statement would repeat what this content already holds: statements never overlap)
      // ("rejected the claim that …, saying …", "denied that …, telling one analyst that …": after an act of its own with its
      // clause, a participle of plain saying gives the speaker's grounds and goes on with it, as the golds keep it: one
      // statement, the participle's no second one over the same words)
      const grounds = setOff && !secondAct && ownClause && !nestedBefore && ['say', 'tell'].includes(next.lemma) && current.act !== 'SAY' && current.act !== 'REVEAL';
      if (setOff && !secondAct && (!ownClause || grounds)) goesOnAt.add((tokens[next.first] as Token).start);
      if (quoteComma && !secondAct) return null;
      if (!finite(next) && !secondAct) return null; // "cut all ties and publicly disclose them": a verb of the reported clause
      // "said its results reflected one day and should be confirmed by more tests": a passive under a modal joined by
      // "and" is the reported clause's own predicate, of its subject, no act of the speaker's ("said … and was praised by
      // …", with no modal, is the speaker's next event and stays cut)
      if ((tokens[k] as Token).normal === 'and' && quoteOfToken[k] === -1 && !secondAct && next.first - k >= 3) {
        const m = tokens[k + 1] as Token;
        const modal = MODALS.has(m.normal) || ['must', 'should', 'can'].includes(m.normal);
        let passive = false;
        for (let j = k + 2; j < next.first; j++) if ((tokens[j] as Token).normal === 'be') passive = true;
        const participle = (tokens[next.first] as Token).normal !== (tokens[next.first] as Token).lemma && !(tokens[next.first] as Token).normal.endsWith('ing');
        if (modal && passive && participle) return null;
      }
      if ((tokens[k] as Token).normal === 'and' && quoteOfToken[k] === -1 && !secondAct) {
        // ("said she had raised the problem with her manager three times and was told to “keep the buses running”", "said they
        // had complained and had been asked to wait": a passive of telling or asking with an infinitive and no agent after
        // a reported clause whose subject is a pronoun for the speaker tells what came of the speaker's own deed, part of
        // that clause, GUIDE decision 79; with an agent, "… and was told by the board to …", it is cut as before)
        const pronounSubject = /^(?:he|she|they|we|i|it)$/u.test((tokens[contentStart] as Token).normal) && quoteOfToken[contentStart] === -1;
        const v = next.last + 2 + (isQuoteMark((tokens[next.last + 2] as Token | undefined)?.text ?? '') ? 1 : 0);
        const infinitive = (tokens[next.last + 1] as Token | undefined)?.normal === 'to' && ['VERB', 'NOUN', 'AUX'].includes((tokens[v] as Token | undefined)?.pos ?? '') && /^\p{Ll}/u.test((tokens[v] as Token).text);
        let beAux = false;
        for (let j = k + 1; j < next.first; j++) beAux ||= ['was', 'were', 'been'].includes((tokens[j] as Token).normal);
        const pastParticiple = (tokens[next.first] as Token).normal !== (tokens[next.first] as Token).lemma && !(tokens[next.first] as Token).normal.endsWith('ing');
        if (beAux && pastParticiple && pronounSubject && infinitive && PLAIN_SAYING.has(current.lemma) && (next.lemma === 'tell' || next.lemma === 'ask')) return null;
        // ("said it had asked the auditors to review the books and had delayed the vote", "said Ms. Tovey had “acted
        // properly” and had not been warned …"): a pluperfect joined by "and" to a reported clause in the pluperfect is that
        // clause's own predicate, told in the same backshifted tense; the speaker's next act after a simple past cue
        // would be a simple past ("said … and ordered …"), so only a cue not itself in the pluperfect keeps it
        if ((tokens[k + 1] as Token | undefined)?.normal === 'had' && quoteOfToken[k + 1] === -1 && pastParticiple && pluperfectIn(contentStart, k) && !pluperfectCue(current, s)) return null;
      }
      // (so with "but": "said members had raised doubts but had been told that …")
      if ((tokens[k] as Token).normal === 'but' && quoteOfToken[k] === -1 && !secondAct && (tokens[k + 1] as Token | undefined)?.normal === 'had' && quoteOfToken[k + 1] === -1
        && (tokens[next.first] as Token).normal !== (tokens[next.first] as Token).lemma && !(tokens[next.first] as Token).normal.endsWith('ing') && pluperfectIn(contentStart, k) && !pluperfectCue(current, s)) return null;
      // "said the board's chairman, Ada Lind, had asked …": the comma closes a name in apposition to the clause's subject
      if ((tokens[k] as Token).text === ',') {
        const subj = npRight(contentStart, s);
        const ap = subj && (tokens[subj[1] + 1] as Token | undefined)?.text === ',' ? npRight(subj[1] + 2, s) : null;
        if (ap && ap[1] === k - 1) return null;
      }
      before = k;
      // ("… as “a scandal,” while Labour's health spokeswoman, Anita Bose, warned …": the comma closes a name in
      // apposition to the later cue's own subject, which a subordinator or a conjunction opens; the content ends before it)
      if ((tokens[k] as Token).text === ',') {
        const name = npLeftBounds(k - 1, s);
        const described = name && name[0] - 2 > contentStart && (tokens[name[0] - 1] as Token).text === ',' ? npLeftBounds(name[0] - 2, s) : null;
        const opener = described ? tokens[described[0] - 1] as Token | undefined : undefined;
        if (described && opener && described[0] - 1 > contentStart && quoteOfToken[described[0] - 1] === -1 && ['while', 'whereas', 'and', 'but'].includes(opener.normal)) before = described[0] - 1;
      }
    }
    else {
      const subj = k >= contentStart ? npLeftBounds(k, s) : null;
      if (!subj) return null;
      before = subj[0] - 1;
      // ", while about 4 in 10 said …": a quantifier before the subject
      while (before > contentStart && ['about', 'nearly', 'almost', 'roughly', 'some', 'only', 'just', 'than', 'more', 'fewer', 'less', 'over', 'under'].includes((tokens[before] as Token).normal)) before--;
      // "said the levy would pass, as the council chair noted on Monday": a trailing "as" attribution is a second source,
      // not the first speaker's words (LABELS.md: the content leaves out a trailing attribution)
      // (a set-off time clause with its own cue stays in: "said the fee had been agreed, after the board warned
      // that …" is nested attribution, GUIDE.md, whose inner statement is found on its own)
      if (before - 1 > contentStart && (tokens[before] as Token).normal === 'as' && (tokens[before - 1] as Token).text === ',' && quoteOfToken[before - 1] === -1) before--;
      // "a decision that hosts said would wipe out their income and that the platform vowed to fight": when the first cue
      // stands in a relative clause ("that hosts said"), "and that"/"and which" with a subject and a cue of its own opens a
      // second relative clause on the same noun, another source's; the content ends before "and" (after a plain "said
      // the plan would fail and that ministers had promised …" the second "that" repeats the complementizer and stays in)
      if (before - 1 > contentStart && ['that', 'which'].includes((tokens[before] as Token).normal) && ['and', 'but'].includes((tokens[before - 1] as Token).normal)
        && quoteOfToken[before] === -1 && finite(next)) {
        let c = current.first - 1;
        while (c >= s.tokenStart && auxOrAdverb(tokens[c])) c--;
        if (c >= s.tokenStart && ['NOUN', 'PROPN', 'PRON'].includes((tokens[c] as Token).pos) && relativeClauseSubjectBefore(c, s)) before--;
      }
      // ("One engineer wrote that the practice “would not survive a headline,” the report said": a comma inside the closing
      // mark of a quoted fragment sets off the inverted attribution that follows as a comma does)
      const commaInClose = before > contentStart && isQuoteMark((tokens[before] as Token).text) && byClose.has((tokens[before] as Token).start) && (tokens[before - 1] as Token).text === ',';
      if (before < contentStart || !(BOUNDARY_BEFORE_SUBJECT.has((tokens[before] as Token).normal) || commaInClose)) return null;
      // "said that despite the crowds, he did not think …", "told the paper that if the talks failed, she would …": after
      // "that", an adverbial opening the reported clause ends at its first comma, where that clause's own subject and verb
      // begin; a cue there is nested in it (but a pronoun with a verb of saying is the speaker's next act: "admitted that
      // while the server was never central, he argued …")
      const opener = tokens[contentStart] as Token;
      const ownNextAct = !cues.byLemma.get(next.lemma)?.needsClause && ['PRON'].includes((tokens[before + 1] as Token | undefined)?.pos ?? '');
      if ((tokens[before] as Token).text === ',' && (tokens[contentStart - 1] as Token | undefined)?.normal === 'that' && (opener.pos === 'ADP' || opener.pos === 'SCONJ') && !ownNextAct) {
        let firstComma = true;
        for (let j = contentStart + 1; j < before; j++) if ((tokens[j] as Token).text === ',' || (tokens[j] as Token).text === ';') firstComma = false;
        if (firstComma) return null;
      }
    }
    let e = before;
    while (e > contentStart && (BOUNDARY_BEFORE_SUBJECT.has((tokens[e] as Token).normal) || (isPunct(tokens[e] as Token) && !isQuoteMark((tokens[e] as Token).text)))) e--;
    // "…, and when asked whether …, he said": an adverbial clause that opens the next clause goes with it.
    for (let j = e; j > contentStart; j--) {
      if ((tokens[j] as Token).text !== ',' || quoteOfToken[j] !== -1) continue;
      let n = j + 1;
      if (['and', 'but'].includes((tokens[n] as Token | undefined)?.normal ?? '')) n++;
      if (n <= e && ['when', 'if', 'while', 'after', 'before', 'asked', 'once', 'although', 'though'].includes((tokens[n] as Token).normal)) {
        e = j - 1;
        while (e > contentStart && isPunct(tokens[e] as Token) && !isQuoteMark((tokens[e] as Token).text)) e--;
      }
      break;
    }
    return e;
  }

  /** "was ordered", "had been asked", "is expected": a be-auxiliary before a past participle. */
  function isPassive(cue: Cue, s: Sentence): boolean {
    if (cue.kind !== 'verb') return false;
    const t = tokens[cue.first] as Token;
    if (!/(ed|en|wn|ld|id|ght)$/u.test(t.normal)) return false;
    let k = cue.first - 1;
    while (k >= s.tokenStart && (['not', 'also', 'first', 'later', 'previously', 'never', 'widely', 'publicly', 'repeatedly', 'often', 'already', 'since', 'being'].includes((tokens[k] as Token).normal) || ((tokens[k] as Token).pos === 'ADV' && auxOrAdverb(tokens[k])))) k--;
    // "the plan's criticised by unions", "he's said to be …": an agent or "to" after the participle makes the contracted
    // 's passive, whether wink tags it an auxiliary or a possessive (no possessive stands right before a verb)
    if (k >= s.tokenStart && /^['’]s$/u.test((tokens[k] as Token).text) && ['by', 'to'].includes((tokens[cue.last + 1] as Token | undefined)?.normal ?? '')) return true;
    if (k < s.tokenStart || (tokens[k] as Token).pos !== 'AUX') return false;
    const be = (tokens[k] as Token).normal;
    // "he's said he will …", "who's argued that …": a contracted "has" before a subject that is no expletive; "it's said
    // that …", "he's said to be …" are passive (wink's normal of the contraction may be "is": read its text)
    if (/^['’]s$/u.test((tokens[k] as Token).text) && (tokens[cue.last + 1] as Token | undefined)?.normal !== 'to' && !['it', 'that', 'this', 'there', 'what'].includes((tokens[k - 1] as Token | undefined)?.normal ?? '')) return false;
    return ['was', 'were', 'is', 'are', 'be', 'been', 'being', 'am', "'s", '’s'].includes(be);
  }

  /** "an internal wiki page describing …", "a video posted on …": a participle right after an indefinite noun phrase. */
  function reducedParticiple(cue: Cue, s: Sentence): boolean {
    const t = tokens[cue.first] as Token;
    const prev = tokens[cue.first - 1];
    if (!prev || cue.first - 1 < s.tokenStart) return false;
    // "Teenager accused of arson", "Firm ordered to repay fees": a cue that always takes its person as object, right
    // after a noun or a name with none, is passive
    const next = tokens[cue.last + 1];
    // "a decision that campaigners condemned as capitulation", "the plan, which critics attacked as …": a noun phrase
    // right after a relative pronoun is the subject of the relative clause, and the verb after it is active (the
    // relative pronoun is its object), unless a finite verb follows ("the claim that officials accused of fraud had fled")
    if (['NOUN', 'PROPN'].includes(prev.pos) && relativeClauseSubjectBefore(cue.first - 1, s) && !finiteVerbAfter(cue.last + 1, s)) return false;
    if (['NOUN', 'PROPN'].includes(prev.pos) && /(ed|en)$/u.test(t.normal) && STATEMENT_WORDS_SETS.objectOnlyCues.has(cue.lemma)
      && next && cue.last + 1 < s.tokenEnd && (next.pos === 'ADP' || next.normal === 'to')) return true;
    // "Two residents told to stay indoors said …", "Staff asked to work overtime said …": a participle right after the
    // subject's head with "to" and a verb after it, then the clause's own finite saying verb with nothing but the
    // infinitive's words between, is a reduced passive modifying the subject; the saying verb after it is the cue
    if (['NOUN', 'PROPN'].includes(prev.pos) && t.normal !== t.lemma && !t.normal.endsWith('ing') && next?.normal === 'to' && (tokens[cue.last + 2] as Token | undefined)?.pos === 'VERB') {
      for (let j = cue.last + 3; j < s.tokenEnd && j - cue.last < 10; j++) {
        const w = tokens[j] as Token;
        if (isQuoteMark(w.text) || [',', ';', ':', '—', '(', '–'].includes(w.text) || ['and', 'but', 'or', 'that', 'which', 'who', 'because', 'when', 'if', 'as', 'than', 'whether'].includes(w.normal)) break;
        if (w.pos === 'AUX') break;
        if (w.pos === 'VERB' && w.normal !== w.lemma && !w.normal.endsWith('ing') && cues.byLemma.get(w.lemma)?.act === 'SAY' && ['NOUN', 'PROPN', 'ADV', 'ADJ'].includes((tokens[j - 1] as Token).pos)) return true;
      }
    }
    if (prev.pos !== 'NOUN') return false;
    // ("A report written by two academics found …", "a survey drawn up by the union": a participle right after a
    // document's noun with a "by" agent names its author, GUIDE decision 36, and reports no words of its own)
    if (DOCUMENT_HEADS.has(prev.normal) && t.normal !== t.lemma && !t.normal.endsWith('ing') && next?.normal === 'by' && cue.last + 1 < s.tokenEnd) return true;
    // "issued a statement declaring that …", "an open letter demanding that …" do report words.
    if (WORDED_MESSAGES.has(prev.normal)) return false;
    // and so they do with the time of the message between: "put out a statement on Friday night declaring that …",
    // "sent a letter late last week urging …" (the time phrase is no noun the participle could modify)
    if (STATEMENT_WORDS_SETS.timeNouns.has(prev.normal)) {
      let j = cue.first - 2;
      while (j >= s.tokenStart && cue.first - j <= 5 && (STATEMENT_WORDS_SETS.timeNouns.has((tokens[j] as Token).normal) || STATEMENT_WORDS_SETS.messageTimeWords.has((tokens[j] as Token).normal))) j--;
      if (j >= s.tokenStart && j < cue.first - 1 && WORDED_MESSAGES.has((tokens[j] as Token).normal)) return false;
    }
    // "text messages saying the polls had closed", "calls saying shots had been fired", "a sign saying …": "saying" and
    // "stating" after a written or spoken message report its words ("a page describing the project" reports none).
    if ((t.normal === 'saying' || t.normal === 'stating') && (WRITTEN_SOURCES.has(prev.normal) || MESSAGES.has(prev.normal))) return false;
    // "with 48 percent of residents saying she is ready": a poll's share in a "with" phrase speaks (its answer).
    if (t.normal === 'saying' && pollShareWith(cue.first, s) >= 0) return false;
    // ("has written to the college's head demanding answers", "wrote to the minister urging him to …": after the
    // addressee of a verb of writing, the participle is the writer's act, not the addressee's)
    if (t.normal.endsWith('ing')) {
      for (let j = cue.first - 1; j > s.tokenStart && cue.first - j < 10; j--) {
        const w = tokens[j] as Token;
        if (isPunct(w) || quoteOfToken[j] !== -1 || w.pos === 'VERB' || w.pos === 'AUX') break;
        if (w.normal === 'to' && (tokens[j - 1] as Token).lemma === 'write' && (tokens[j - 1] as Token).pos === 'VERB') return false;
      }
    }
    if (t.normal.endsWith('ing')) return true;
    if (!t.normal.endsWith('ed')) return false;
    if (['statement', 'letter', 'message', 'post', 'release', 'memo', 'note', 'report'].includes(prev.normal)) return false;
    // "A spokesman denied that …", "A spokeswoman rejected suggestions that …": a clause of its own, or a noun taking one
    // after it, is what an active verb reports (the reduced passive has none: "a man denied bail", "a plan rejected by")
    const after = cue.last + 1;
    if (after < s.tokenEnd && (tokens[after] as Token).normal === 'that' && !demonstrativeThat(after, s)) return false;
    if (OBJECT_NOT_SPEAKER.has(cue.lemma)) {
      for (let j = after + 1; j < s.tokenEnd && j - after < 5; j++) if ((tokens[j] as Token).normal === 'that' && ownClause(after, j, s)) return false;
    }
    // "A rights group accused the company of …": a cue that takes a person as object and has one is active (the reduced
    // passive has none: "a man accused of fraud", "a firm blamed for the spill")
    const obj = tokens[cue.last + 1];
    if (cue.object && obj && cue.last + 1 < s.tokenEnd && ((obj.pos === 'DET' && obj.normal !== 'that') || (obj.pos === 'PROPN' && !CALENDAR_WORDS.has(obj.normal))
      || POSSESSIVE_DETERMINERS.has(obj.normal)
      // ("after a writer accused him of …": an object pronoun, which no passive participle takes)
      || (OBJECT_PRONOUNS.has(obj.normal) && obj.pos === 'PRON'))) return false;
    // "A 45-year-old man charged with burglary appeared in court", "Man charged with attempted murder": a participle right
    // after its noun with no object is passive: a reduced relative when a finite verb of the same clause follows, a
    // headline's passive when a bare singular noun opens the sentence.
    if (obj && cue.last + 1 < s.tokenEnd && (obj.pos === 'ADP' || obj.normal === 'to')) {
      if (finiteVerbAfter(cue.last + 1, s)) return true;
      if (cue.first - 1 === s.tokenStart && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && prev.normal === prev.lemma && !ALWAYS_NOUNS.has(prev.normal)) return true;
    }
    for (let j = cue.first - 2; j >= s.tokenStart && cue.first - j < 8; j--) {
      const w = tokens[j] as Token;
      if (w.normal === 'a' || w.normal === 'an') return true;
      // ("a 45-year-old man accused of …": an age or a hyphenated compound among the modifiers)
      if (w.text === '-' || w.pos === 'NUM') continue;
      if (!['ADJ', 'NOUN'].includes(w.pos)) return false;
    }
    return false;
  }


  /** Whether the noun phrase ending at `end` opens right after a relative "that", "which" or "whom" that follows a noun
   *  or a comma: "(a decision) that free-speech campaigners (condemned)". */
  function relativeClauseSubjectBefore(end: number, s: Sentence): boolean {
    const np = npLeftBounds(end, s);
    if (!np) return false;
    const rel = np[0] - 1;
    if (rel - 1 < s.tokenStart || !['that', 'which', 'whom'].includes((tokens[rel] as Token).normal)) return false;
    const before = tokens[rel - 1] as Token;
    return ['NOUN', 'PROPN'].includes(before.pos) || (before.text === ',' && (tokens[rel] as Token).normal !== 'that');
  }

  /** Whether a finite verb of the clause follows `from` before a comma, a quote, a subordinator or a coordinated
   *  predicate: "(a man charged) with burglary appeared …". */
  function finiteVerbAfter(from: number, s: Sentence): boolean {
    for (let j = from; j < s.tokenEnd; j++) {
      const t = tokens[j] as Token;
      if (isQuoteMark(t.text) || [',', ';', ':', '—', '(', '–'].includes(t.text)) return false;
      if (['that', 'which', 'who', 'whom', 'whose', 'because', 'when', 'where', 'while', 'if', 'as', 'after', 'before', 'until', 'since', 'than', 'whether', 'why', 'how', 'what'].includes(t.normal)) return false;
      const next = tokens[j + 1];
      if (['and', 'but', 'or'].includes(t.normal)) { if (next && ['VERB', 'AUX', 'ADV'].includes(next.pos)) return false; continue; }
      const before = tokens[j - 1] as Token;
      if (t.pos === 'AUX' && FINITE_AUX.has(t.normal)) return true;
      if (t.pos === 'VERB' && t.normal !== t.lemma && !t.normal.endsWith('ing') && ['NOUN', 'PROPN', 'PRON'].includes(before.pos)) return true;
    }
    return false;
  }

  /**
   * "with 48 percent saying …", "with a majority of voters saying …", "with three in 10 saying …": the start of a poll's
   * share (a number and "percent", "N in N", or a share word after an article), perhaps "of" a sample, that a "with"
   * opens right before the participle at `at`; -1 when there is none. Only after "with": an object share ("cut 12
   * percent of its staff saying …") is no speaker.
   */
  function pollShareWith(at: number, s: Sentence): number {
    let j = at - 1;
    // "of likely voters", "of those polled": the sample, a few words after "of"
    for (let k = j; k >= s.tokenStart && k >= at - 6; k--) {
      const w = tokens[k] as Token;
      if (w.normal === 'of') { j = k - 1; break; }
      if (!['NOUN', 'PROPN', 'ADJ', 'DET', 'VERB'].includes(w.pos) || w.normal === 'with') break;
    }
    const head = tokens[j] as Token | undefined;
    if (!head || j < s.tokenStart) return -1;
    let start = -1;
    if (['percent', '%'].includes(head.normal) && j - 1 >= s.tokenStart && (tokens[j - 1] as Token).pos === 'NUM') start = j - 1;
    else if (head.pos === 'NUM' && j - 2 >= s.tokenStart && (tokens[j - 1] as Token).normal === 'in' && (tokens[j - 2] as Token).pos === 'NUM') start = j - 2;
    else if (STATEMENT_WORDS_SETS.shareHeads.has(head.normal) && j - 1 >= s.tokenStart && (STATEMENT_WORDS_SETS.shareArticles.has((tokens[j - 1] as Token).normal) || (tokens[j - 1] as Token).normal === 'the')) start = j - 1;
    if (start < 0) return -1;
    let w = start - 1;
    while (w >= s.tokenStart && STATEMENT_WORDS_SETS.shareAdverbs.has((tokens[w] as Token).normal)) w--;
    return w >= s.tokenStart && (tokens[w] as Token).normal === 'with' ? w + 1 : -1;
  }

  /** A subject and a finite verb of any person between `a` and `b` ("they prefer", "the party does"), or a bare answer ("yes"). */
  function answerClauseIn(a: number, b: number): boolean {
    if (a === b && /^(?:yes|no)$/u.test((tokens[a] as Token).normal)) return true;
    for (let k = a + 1; k <= b; k++) {
      const t = tokens[k] as Token;
      const prev = tokens[k - 1] as Token;
      if (quoteOfToken[k] !== -1) continue;
      if (FINITE_AUX.has(t.normal) || MODALS.has(t.normal) || (t.pos === 'AUX' && !t.normal.endsWith('ing'))) return true;
      if (t.pos === 'VERB' && !t.normal.endsWith('ing') && (prev.pos === 'PRON' || nounish(prev, tokens[k - 2]))) return true;
    }
    return false;
  }

  /**
   * Whether the speaker phrase is a share of a poll's sample standing alone as the subject: a number and "percent"
   * ("47 percent", "42%"), "N in M" ("four in 10", "One in three"), or a share word after an article or a number ("half",
   * "a third", "Two-thirds", "A majority"), perhaps after adverbs of degree ("Nearly half", "about 4 in 10") and before an
   * "of" phrase naming the sample ("Seventy-four percent of Democratic voters").
   */
  function pollShareSubject(hint: SpeakerHint): boolean {
    let a = firstIndex(tokens.length, (i) => (tokens[i] as Token).start < hint.start);
    // (the speaker phrase may be the sample alone, "registered voters" of "74 percent of registered voters")
    const shareWord = (t: Token): boolean => t.pos === 'NUM' || ['percent', '%', 'of', 'in', 'than', 'more', 'less', 'fewer', '-'].includes(t.normal)
      || STATEMENT_WORDS_SETS.shareHeads.has(t.normal) || STATEMENT_WORDS_SETS.shareArticles.has(t.normal) || STATEMENT_WORDS_SETS.shareAdverbs.has(t.normal);
    const sentenceStart = (tokens[a] as Token | undefined)?.sentence;
    const inSentence = (i: number): boolean => i >= 0 && (tokens[i] as Token).sentence === sentenceStart;
    // (and the sample's modifiers the phrase left out, "registered" in "of registered voters")
    let o = a - 1;
    while (inSentence(o) && o >= a - 3 && ['ADJ', 'VERB', 'NOUN', 'PROPN'].includes((tokens[o] as Token).pos) && !(tokens[o] as Token).normal.endsWith('ing')) o--;
    if (o < a - 1 && inSentence(o) && (tokens[o] as Token).normal === 'of') a = o + 1;
    while (inSentence(a - 1) && shareWord(tokens[a - 1] as Token)) a--;
    let b = a;
    while (b < tokens.length && (tokens[b] as Token).end <= hint.end && (tokens[b] as Token).normal !== 'of') b++;
    const head = b - 1;
    if (head < a) return false;
    const h = tokens[head] as Token;
    let first = -1;
    if (['percent', '%'].includes(h.normal) && head - 1 >= a && (tokens[head - 1] as Token).pos === 'NUM') first = head - 1;
    else if (h.pos === 'NUM' && head - 2 >= a && (tokens[head - 1] as Token).normal === 'in' && (tokens[head - 2] as Token).pos === 'NUM') first = head - 2;
    else if (STATEMENT_WORDS_SETS.shareHeads.has(h.normal)) {
      first = head;
      if (head - 1 >= a && (STATEMENT_WORDS_SETS.shareArticles.has((tokens[head - 1] as Token).normal) || (tokens[head - 1] as Token).pos === 'NUM')) first = head - 1;
      else if (head - 2 >= a && (tokens[head - 1] as Token).text === '-' && (tokens[head - 2] as Token).pos === 'NUM') first = head - 2;
      else if (h.normal !== 'half') return false;
    }
    if (first < 0) return false;
    // (a number written with a hyphen, "Seventy-four")
    while (first - 2 >= a && (tokens[first - 1] as Token).text === '-' && (tokens[first - 2] as Token).pos === 'NUM') first -= 2;
    let w = first - 1;
    while (w >= a && (STATEMENT_WORDS_SETS.shareAdverbs.has((tokens[w] as Token).normal) || ['than', 'more', 'less', 'fewer'].includes((tokens[w] as Token).normal))) w--;
    return w < a;
  }

  /** The cue's clause opens with a subordinator at the sentence start: "While X said …,", "Years after X claimed …,". */
  function subordinateClause(hint: SpeakerHint, cue: Cue, s: Sentence): string | null {
    let k = cue.first - 1;
    while (k >= s.tokenStart && (tokens[k] as Token).end > hint.start) k--;
    if (!(hint.start <= (tokens[cue.first] as Token).start) || k < s.tokenStart) {
      if (!isParticipial(cue, s)) return null;
      k = cue.first - 1;
      while (k > s.tokenStart && auxOrAdverb(tokens[k])) k--;
    }
    const sub = tokens[k] as Token;
    if (!['while', 'although', 'though', 'after', 'as', 'when', 'because', 'since', 'if', 'before', 'once', 'whereas', 'until', 'unless'].includes(sub.normal)) return null;
    // at the sentence start, perhaps after a conjunction or a measure of time ("Years after", "Even as", "But while")
    let j = k - 1;
    while (j >= s.tokenStart && j >= k - 3 && ['even', 'but', 'and', 'just', 'shortly', 'soon', 'long', 'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'moments', 'only', 'so', 'yet'].includes((tokens[j] as Token).normal)) j--;
    return j < s.tokenStart || isQuoteMark((tokens[j] as Token).text) && j === s.tokenStart ? sub.normal : null;
  }

  /** ("went further, saying the government had … and calling for an inquiry": a participle after "and", outside quotes,
   *  with an earlier participle cue of the sentence set off by a comma: the two are the subject's deeds, GUIDE decision 10.) */
  function pairedWithParticiple(cue: Cue, s: Sentence): boolean {
    const t = tokens[cue.first] as Token;
    let p = cue.first - 1;
    while (p > s.tokenStart && auxOrAdverb(tokens[p]) && (tokens[p] as Token).normal !== 'not') p--;
    if (cue.act === 'SAY' || !/^\p{Ll}{2,}ing$/u.test(t.text) || t.pos !== 'VERB' || (tokens[p] as Token | undefined)?.normal !== 'and' || quoteOfToken[p] !== -1) return false;
    for (let a = p - 1; a > s.tokenStart; a--) {
      if (!cueTokensHere.has(a) || quoteOfToken[a] !== -1) continue;
      const w = tokens[a] as Token;
      return /^\p{Ll}{2,}ing$/u.test(w.text) && PLAIN_SAYING.has(w.lemma) && ((tokens[a - 1] as Token).text === ',' || isDash(a - 1));
    }
    return false;
  }

  function isParticipial(cue: Cue, s: Sentence): boolean {
    const t = tokens[cue.first] as Token;
    // ", eventually saying …", "by saying that …", "before telling reporters …", "upon saying, “…”": the participle's
    // subject is the clause's.
    let p = cue.first - 1;
    while (p > s.tokenStart && auxOrAdverb(tokens[p]) && (tokens[p] as Token).normal !== 'not') p--;
    // "… of “New York values,” saying …": the comma stands inside the closing quote mark
    // (or inside a doubled one: "…,'' saying …")
    if (p - 1 > s.tokenStart && commaInMark(p)) { p--; if ((tokens[p] as Token).text !== ',') p--; }
    const prev = tokens[p];
    // ("One officer can be heard replying: “…”", "was filmed telling …": a passive of perceiving before it, "be", "been" or
    // "being" and the participle of perceiving)
    const perceived = prev !== undefined && PERCEIVED_PARTICIPLES.has(prev.normal) && p - 1 >= s.tokenStart && ['be', 'been', 'being', 'was', 'were', 'is', 'are'].includes((tokens[p - 1] as Token).normal);
    return t.normal.endsWith('ing') && p >= s.tokenStart && prev !== undefined && (prev.text === ',' || isDash(p) || perceived || ['while', 'after', 'before', 'by', 'when', 'upon'].includes(prev.normal));
  }

  /**
   * "rejected that account.", "disputed that figure, saying …", "dismissed that idea as …": "that" before a singular
   * noun that ends the object (the sentence ends, or a comma and a participle, "as" or a conjunction follow) is a
   * determiner; as a complementizer its noun would be the subject of a verb ("said that policy would change").
   */
  /**
   * "that" + a word the previous sentences named as a noun after a determiner ("a fine of …", "the decision") + a verb:
   * the demonstrative opens the reported clause's subject ("that fine concerned …"). A noun not named before keeps the
   * complementizer reading ("said that money was tight").
   */
  function anaphoricThat(j: number, s: Sentence): boolean {
    const w = tokens[j + 1] as Token | undefined;
    const v = tokens[j + 2] as Token | undefined;
    // (a singular: "that" is no demonstrative of a plural, "warning that riders were …")
    if (!w || !v || j + 2 >= s.tokenEnd || !/^\p{Ll}[\p{Ll}-]+$/u.test(w.text) || /[^s]s$/u.test(w.normal) || ['PRON', 'DET', 'NUM', 'VERB', 'AUX', 'ADP', 'SCONJ', 'CCONJ'].includes(w.pos)) return false;
    if (!(v.pos === 'VERB' || v.pos === 'AUX' || (v.pos === 'ADJ' && v.normal.endsWith('ed'))) || v.normal.endsWith('ing')) return false;
    for (let m = j - 1; m >= 1 && m >= s.tokenStart - 120; m--) {
      const x = tokens[m] as Token;
      if (x.normal === w.normal && x.pos !== 'VERB' && x.pos !== 'AUX' && STATEMENT_WORDS_SETS.introducingDeterminers.has((tokens[m - 1] as Token).normal)) return true;
    }
    return false;
  }

  function demonstrativeThat(j: number, s: Sentence): boolean {
    let n = j + 1;
    while (n < s.tokenEnd && (tokens[n] as Token).pos === 'ADJ') n++;
    const noun = tokens[n] as Token | undefined;
    if (!noun || n >= s.tokenEnd || noun.pos !== 'NOUN' || noun.normal !== noun.lemma) return false;
    // ("rejected that version of events.", "disputed that account of the meeting": the noun's own "of" phrase, with no
    // verb in it, goes with it)
    if ((tokens[n + 1] as Token | undefined)?.normal === 'of' && n + 2 < s.tokenEnd) {
      let m = n + 2;
      while (m < s.tokenEnd && m <= n + 6 && (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes((tokens[m] as Token).pos) || POSSESSIVE_DETERMINERS.has((tokens[m] as Token).normal) || /^[’']s?$/u.test((tokens[m] as Token).text))) m++;
      if (m > n + 2) n = m - 1;
    }
    const after = tokens[n + 1] as Token | undefined;
    if (!after || n + 1 >= s.tokenEnd || PUNCT_END.test(after.text) || after.text === ';' || ['as', 'and', 'but'].includes(after.normal)) return true;
    const next = tokens[n + 2] as Token | undefined;
    return after.text === ',' && next !== undefined && n + 2 < s.tokenEnd && next.pos === 'VERB' && next.normal.endsWith('ing');
  }

  /**
   * "said farms that could not cover their feed bills would …", "wrote to the banks that lent to it": a "that" right
   * after a common noun and right before a verb is a relative pronoun on that noun, not the clause's complementizer
   * (a time noun is the cue's adverbial: "said Monday that …").
   */
  function relativeThat(j: number, c: number, s: Sentence): boolean {
    const prev = tokens[j - 1] as Token | undefined;
    const next = tokens[j + 1] as Token | undefined;
    if (!prev || !next || j - 1 < c || prev.pos !== 'NOUN' || CALENDAR_WORDS.has(prev.normal) || TIME_NOUNS.has(prev.normal)) return false;
    return next.pos === 'AUX' || (next.pos === 'VERB' && next.normal !== next.lemma && !next.normal.endsWith('ing'));
  }

  /** An appositive noun phrase from `a` to the sentence's end or a comma, with no finite verb of its own ("an outside
   *  supplier", "something it said few universities do" has one: the whole phrase is set off). */
  function appositiveEnds(a: number, s: Sentence): boolean {
    if ((tokens[a] as Token).normal === 'something') return true;
    for (let j = a + 1; j < s.tokenEnd; j++) {
      const t = tokens[j] as Token;
      if (t.text === ',' || PUNCT_END.test(t.text) || t.text === ';') return true;
      if (t.pos === 'AUX' || (t.pos === 'VERB' && t.normal !== t.lemma && !/(ing|ed|en)$/u.test(t.normal))) return false;
    }
    return true;
  }

  /** The tokens [k, j) are a noun phrase whose noun takes the clause opened by "that" at j ("the claim that", "rumours that"). */
  function ownClause(k: number, j: number, s: Sentence): boolean {
    const first = tokens[k] as Token;
    // (a bare plural as well: "dismissed claims that …")
    // (or a name's possessive: "dismissed Delaney's claim that …", "rejected Ana Ulmley's suggestion that …")
    let owned = -1;
    for (let m = k; m < j - 1 && m < k + 4 && first.pos === 'PROPN'; m++) if (/^[’']s?$/u.test((tokens[m] as Token).text)) { owned = m; break; }
    if (!(first.pos === 'DET' || first.pos === 'NOUN' || first.pos === 'ADJ' || POSSESSIVE_DETERMINERS.has(first.normal) || owned > k)) return false;
    if (owned > k) return (tokens[j - 1] as Token).pos === 'NOUN' && (npRight(owned + 1, s)?.[1] ?? -1) === j - 1;
    const np = npRight(k, s);
    return np !== null && np[1] === j - 1 && (tokens[j - 1] as Token).pos === 'NOUN';
  }

  /** "… and that …", "…, or that …": a complementizer right after a coordinating conjunction (a comma may stand before it). */
  function coordinatedThat(j: number): boolean {
    const prev = tokens[j - 1] as Token | undefined;
    return prev !== undefined && ['and', 'or', 'but'].includes(prev.normal) && (tokens[j + 1] as Token | undefined) !== undefined
      && !['is', 'was', 'has', 'had', 'would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'are', 'were', ',', '.'].includes((tokens[j + 1] as Token).normal);
  }

  /**
   * The last token before "and/but had <participle>" (or "has"/"have") when the cue itself stands after the same perfect
   * auxiliary ("had recommended …", "had been warned …"): the coordinated predicate is the cue's subject's; `end` when none.
   */
  function coordinatedPerfectEnd(cue: Cue, contentStart: number, end: number, s: Sentence): number {
    let a = cue.first - 1;
    while (a >= s.tokenStart && PERFECT_CUE_ADVERBS.has((tokens[a] as Token).normal)) a--;
    const aux = a >= s.tokenStart ? (tokens[a] as Token).normal : '';
    if (!['had', 'has', 'have'].includes(aux)) return end;
    for (let j = contentStart + 2; j + 1 <= end; j++) {
      const conj = tokens[j - 1] as Token;
      if ((tokens[j] as Token).normal !== aux || !['and', 'but'].includes(conj.normal) || quoteOfToken[j] !== -1) continue;
      let v = j + 1;
      while (v <= end && COORDINATED_PERFECT_ADVERBS.has((tokens[v] as Token).normal)) v++;
      const verb = tokens[v] as Token | undefined;
      if (!verb || v > end || verb.pos !== 'VERB' || verb.normal.endsWith('ing') || verb.normal === verb.lemma && !IRREGULAR_SAME.has(verb.normal)) continue;
      // (not a perfect parallel to the content's own, "claimed the mayor had lied and had hidden the accounts": both are
      // the mayor's; the cut is for a content clause of another form, "was likely and had done nothing")
      if (perfectIn(contentStart, j - 1, aux)) return end;
      let e = j - 2;
      while (e > contentStart && isPunct(tokens[e] as Token) && !isQuoteMark((tokens[e] as Token).text)) e--;
      return e;
    }
    return end;
  }

  /**
   * The end of a content that is an object phrase with no verb ("a meeting", "the authors for the raw data in March")
   * when "and"/"but" and a finite auxiliary with a participle follow it ("… and had received no reply", "… but was
   * ignored"): the coordinated predicate has the clause's subject, outside the words. `end` when the content has a verb
   * or a quote of its own before the conjunction, or none follows.
   */
  function predicateAfterObjectEnd(contentStart: number, end: number): number {
    for (let j = contentStart + 1; j + 1 <= end; j++) {
      const t = tokens[j] as Token;
      if (quoteOfToken[j] !== -1 || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || t.normal === 'that' || /^[,;:—–]$/u.test(t.text)) return end;
      if (!['and', 'but'].includes(t.normal)) continue;
      let v = j + 1;
      if (!['had', 'has', 'have', 'was', 'were', 'is', 'are'].includes((tokens[v] as Token).normal)) continue;
      v++;
      while (v <= end && COORDINATED_PERFECT_ADVERBS.has((tokens[v] as Token).normal)) v++;
      const verb = tokens[v] as Token | undefined;
      if (!verb || v > end || verb.pos !== 'VERB' || verb.normal.endsWith('ing') || (verb.normal === verb.lemma && !IRREGULAR_SAME.has(verb.normal))) return end;
      return j - 1;
    }
    return end;
  }

  /** Whether a pluperfect ("had" and a past participle or "been", perhaps with adverbs or an opening quote mark
   *  between: 'had "cooperated fully"') stands outside quotes between `from` (inclusive) and `to` (exclusive). */
  function pluperfectIn(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      if ((tokens[k] as Token).normal !== 'had' || quoteOfToken[k] !== -1) continue;
      let v = k + 1;
      while (v < to && (COORDINATED_PERFECT_ADVERBS.has((tokens[v] as Token).normal) || NEGATORS.has((tokens[v] as Token).normal) || (tokens[v] as Token).pos === 'ADV' || isQuoteMark((tokens[v] as Token).text))) v++;
      const verb = tokens[v] as Token | undefined;
      if (verb && v < to && (verb.normal === 'been' || (verb.pos === 'VERB' && !verb.normal.endsWith('ing') && (verb.normal !== verb.lemma || IRREGULAR_SAME.has(verb.normal))))) return true;
    }
    return false;
  }
  /** Whether the cue itself stands in the pluperfect ("had said", "had earlier told"). */
  function pluperfectCue(cue: Cue, s: Sentence): boolean {
    let a = cue.first - 1;
    while (a >= s.tokenStart && (tokens[a] as Token).pos === 'ADV') a--;
    return a >= s.tokenStart && (tokens[a] as Token).normal === 'had';
  }
  /** Whether tokens [from, to) hold the perfect auxiliary `aux` and a participle after it ("the mayor had lied"). */
  function perfectIn(from: number, to: number, aux: string): boolean {
    for (let k = from; k < to; k++) {
      if ((tokens[k] as Token).normal !== aux || quoteOfToken[k] !== -1) continue;
      let v = k + 1;
      while (v < to && COORDINATED_PERFECT_ADVERBS.has((tokens[v] as Token).normal)) v++;
      const verb = tokens[v] as Token | undefined;
      if (verb && v < to && (verb.normal === 'been' || (verb.pos === 'VERB' && !verb.normal.endsWith('ing') && (verb.normal !== verb.lemma || IRREGULAR_SAME.has(verb.normal))))) return true;
    }
    return false;
  }

  /** A conjunction of the reporter's clause of time or reason right at `i`, after a cue of plain saying or asking ("said
   * as the crowd left", "asked while touring the plant"); after a cue of asking, "when" opens the question asked. */
  function settingConjunctionAt(i: number, cue: Cue): boolean {
    const t = tokens[i];
    if (!t || quoteOfToken[i] !== -1 || !STATEMENT_WORDS_SETS.settingConjunctions.has(t.normal)) return false;
    if (!PLAIN_SAYING.has(cue.lemma) && cue.lemma !== 'ask') return false;
    if (cue.lemma === 'ask' && (t.normal === 'when' || t.normal === 'whenever')) return false;
    // ("as well as", "as much as", "as a result": "as" before an adverb, adjective or noun opens no clause; "as if" is a
    // manner of saying that is read elsewhere)
    const next = tokens[i + 1];
    return !!next && !['ADV', 'ADJ', 'ADP', 'PUNCT'].includes(next.pos) && !(t.normal === 'as' && ['NOUN', 'NUM'].includes(next.pos));
  }

  /** Whether a main clause follows the clause that the conjunction at `from` opens, with no comma between ("while she
   *  backed the plan| she worried …", "although the talks had stalled| a deal was …"): a subject and its verb whose
   *  subject phrase comes right after a word of the clause before, not after the conjunction itself or another
   *  connecting word ("as the crowd left after the vote was counted" has none). */
  function mainClauseAfter(from: number, s: Sentence): boolean {
    for (let v = from + 2; v < s.tokenEnd; v++) {
      const verb = tokens[v] as Token;
      if (quoteOfToken[v] !== -1 || !['VERB', 'AUX'].includes(verb.pos)) continue;
      let n = v - 1;
      while (n > from && (tokens[n] as Token).pos === 'ADV') n--;
      const subject = tokens[n] as Token;
      if (n <= from || !['NOUN', 'PROPN', 'PRON'].includes(subject.pos) || POSSESSIVE_DETERMINERS.has(subject.normal)) continue;
      let m = n;
      if (subject.pos !== 'PRON') {
        while (m - 1 > from && (['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes((tokens[m - 1] as Token).pos) || POSSESSIVE_DETERMINERS.has((tokens[m - 1] as Token).normal))) m--;
      }
      if (m - 1 <= from) continue;
      const before = tokens[m - 1] as Token;
      if (['ADP', 'SCONJ', 'CCONJ', 'PUNCT'].includes(before.pos) || LEFT_BOUNDARY.has(before.normal) || RELATIVE_PRONOUNS.has(before.normal) || STATEMENT_WORDS_SETS.settingConjunctions.has(before.normal)) continue;
      return true;
    }
    return false;
  }

  function skipToContent(c: number, s: Sentence, cue: Cue): number | null {
    let k = c;
    // ("told a rally in the industrial city of Port Balbury on Saturday that": a setting of a dozen words and more, with no
    // verb in it, still ends at its "that")
    const limit = Math.min(s.tokenEnd, c + 16);
    // "said in a statement that", "told reporters on Monday that": look ahead for "that" or ":" before any verb.
    for (let j = k; j < limit; j++) {
      const t = tokens[j] as Token;
      // ("asked the ministry for a grant so that it could budget ahead": "so that", "such that", "now that" open an
      // adjunct of purpose or time, no reported clause)
      if (t.normal === 'that' && j > k && ['so', 'such', 'now'].includes((tokens[j - 1] as Token).normal)) break;
      // ("disputed that figure", "said suppliers that could not …": a determiner or a relative pronoun, not a complementizer)
      if (t.normal === 'that' && j + 1 < s.tokenEnd && demonstrativeThat(j, s)) break;
      // ("Orvington said that fine concerned …", "said that decision was final": "that" before a noun the article has just
      // named and a verb is a demonstrative, the subject's first word)
      if (t.normal === 'that' && j === k && anaphoricThat(j, s)) return j;
      // ("said that was not her view", "said that would be unfair": a finite auxiliary right after "that" leaves it no
      // complementizer, which a subject must follow; it is the pronoun subject of the reported clause)
      if (t.normal === 'that' && j === k && j + 1 < s.tokenEnd && (tokens[j + 1] as Token).pos === 'AUX' && FINITE_THAT_AUX.has((tokens[j + 1] as Token).normal) && quoteOfToken[j + 1] === -1) return j;
      // ("A council spokesman rejected that, saying …", "denied that."): "that" closed by a comma and a participle, or by
      // the sentence's end, is the demonstrative object of the cue, what was rejected; no clause follows it
      if (t.normal === 'that' && j === k && quoteOfToken[j] === -1 && (j + 1 >= s.tokenEnd || PUNCT_END.test((tokens[j + 1] as Token).text)
        || ((tokens[j + 1] as Token).text === ',' && /^\p{Ll}{2,}ing$/u.test((tokens[j + 2] as Token | undefined)?.text ?? '') && (tokens[j + 2] as Token).normal !== 'according'))) return j;
      // ("called himself moderate, a label that …", "called that “absurd”": a naming verb takes no clause; its "that" is a
      // relative pronoun or a demonstrative object)
      if (t.normal === 'that' && cues.byLemma.get(cue.lemma)?.needsComplement) break;
      if (t.normal === 'that' && j + 1 < s.tokenEnd && relativeThat(j, c, s)) continue;
      // "rejected the suggestion that …", "dismissed the notion that …": what is rejected is the noun with its clause.
      if (t.normal === 'that' && j + 1 < s.tokenEnd && j > k && OBJECT_NOT_SPEAKER.has(cue.lemma) && ownClause(k, j, s)) return k;
      // ("had recommended a full audit and that the treasurer …": "and that" goes on with a clause of an earlier verb, whose
      // list this cue's object is part of; the content is the object)
      if (t.normal === 'that' && j > k && coordinatedThat(j)) break;
      // "said its claim that the data was safe “cannot be true”", "added the assertion that …": a verb of saying takes no
      // noun of saying as its object, so a determiner and such a noun before "that" open the reported clause's subject
      if (t.normal === 'that' && j + 1 < s.tokenEnd && j > k && SAYING_NO_NOUN_OBJECT.has(cue.lemma) && sayingNounSubject(k, j)) return k;
      if (t.normal === 'that' && j + 1 < s.tokenEnd) { let n = j + 1; while (n + 1 < s.tokenEnd && (tokens[n] as Token).text === ',') n++; return n; }
      if (t.text === ':' ) return j + 1 < s.tokenEnd ? j + 1 : null;
      // ("rejected the offer, warning that …": a participle set off by a comma begins the speaker's next act, whatever
      // wink tags it)
      if (t.text === ',' && j > k && /^\p{Ll}{2,}ing$/u.test((tokens[j + 1] as Token | undefined)?.text ?? '')) break;
      if (isQuoteMark(t.text) && byOpen.has(t.start)) { if (j === k || /^[,:]$/u.test((tokens[j - 1] as Token).text)) return j; break; }
      // ("wrote in an op-ed that": the second half of a hyphenated noun is no verb)
      const hyphenated = j - 1 >= k && (tokens[j - 1] as Token).text === '-' && (tokens[j - 1] as Token).end === t.start;
      // ("conceded under questioning from the defence that …", "admitted during cross-examining that …": a gerund right
      // after a preposition is the noun of an adjunct before the clause, not the reported clause's verb)
      // (the preposition right after the cue: "accused Ulmwyn of burying the files that …" is the object's deed)
      const gerundOfAdjunct = t.pos === 'VERB' && /^\p{Ll}{3,}ing$/u.test(t.text) && j - 1 === k && (tokens[k] as Token).pos === 'ADP'
        && !['that', 'to', 'of'].includes((tokens[k] as Token).normal) && quoteOfToken[j] === -1;
      if ((t.pos === 'VERB' || t.pos === 'AUX') && !hyphenated && !gerundOfAdjunct && !modifyingParticiple(j, k, s, cue) && !addresseeAfterTo(j, k, s)) break;
      // ("said the clash fitted a pattern of escalation that both governments had allowed …": wink tags some past forms as
      // nouns; one in -ed between a noun and a determiner is the reported clause's verb, and the "that" after its object
      // opens a relative clause on it, no reported clause)
      if ((t.pos === 'NOUN' || t.pos === 'ADJ') && j > k && /^\p{Ll}{3,}ed$/u.test(t.text) && quoteOfToken[j] === -1
        && ['NOUN', 'PROPN'].includes((tokens[j - 1] as Token).pos) && j + 1 < s.tokenEnd
        && (['a', 'an', 'the', 'this', 'its', 'their', 'his', 'her', 'our'].includes((tokens[j + 1] as Token).normal))) break;
    }
    while (k < s.tokenEnd && ((tokens[k] as Token).text === ',' || (tokens[k] as Token).text === ':')) k++;
    if (cue.lemma === 'tell' || cue.lemma === 'inform' || cue.lemma === 'assure') {
      const np = npRight(k, s);
      if (np) k = np[1] + 1;
      // "told the farmers who came to Balbury, “…”", "told farmers who met in Balbury that …": a relative clause on the
      // addressee, then the quote after a comma or the reported clause after "that"
      if (np && k < s.tokenEnd && ['who', 'whom'].includes((tokens[k] as Token).normal)) {
        for (let j = k + 1; j + 1 < s.tokenEnd && j < k + 16; j++) {
          const t = tokens[j] as Token;
          if (PUNCT_END.test(t.text) || t.text === ';' || (isQuoteMark(t.text) && byOpen.has(t.start))) break;
          if (t.text === ',' && isQuoteMark((tokens[j + 1] as Token).text) && byOpen.has((tokens[j + 1] as Token).start)) return j + 1;
          if (t.normal === 'that') return j + 1; // "told farmers who met in Balbury that …"
        }
      }
      while (k < s.tokenEnd && ((tokens[k] as Token).text === ',' || (tokens[k] as Token).text === ':')) k++;
    }
    // GUIDE decision 39: "voiced worries about a rule that …" → "a rule that …", "warned against judging …" →
    // "judging …", "asked for a timetable" → "a timetable" (the preposition right after the cue, before a noun phrase or a
    // gerund; not before a wh-word, "complained about how …" keeps its clause whole either way; not a stranded preposition
    // with another after it, "the wall that residents had complained about for years", which has no object here)
    const prep = tokens[k] as Token | undefined;
    const afterPrep = tokens[k + 1] as Token | undefined;
    if (k === c && prep !== undefined && afterPrep !== undefined && k + 1 < s.tokenEnd && quoteOfToken[k] === -1 && PREPOSITIONS_BEFORE_CONTENT.get(prep.normal)?.has(cue.lemma)
      && !/^(?:whether|if|how|what|why|who|when|where|which)$/u.test(afterPrep.normal) && !PUNCT_END.test(afterPrep.text) && afterPrep.text !== ','
      && !(afterPrep.pos === 'ADP' && STRANDED_BEFORE.has(afterPrep.normal))) k++;
    k = afterTimePhrase(k, s);
    if (k >= s.tokenEnd || PUNCT_END.test((tokens[k] as Token).text)) return null;
    return k;
  }

  /** `k`..`j - 1` is a determiner or possessive, perhaps adjectives, and a noun of saying ("its claim", "the company's
   * repeated assertion"). */
  function sayingNounSubject(k: number, j: number): boolean {
    const first = tokens[k] as Token;
    if (!(first.pos === 'DET' || POSSESSIVE_DETERMINERS.has(first.normal) || first.pos === 'PROPN')) return false;
    if (!STATEMENT_WORDS_SETS.remarkNouns.has((tokens[j - 1] as Token).normal)) return false;
    for (let m = k + 1; m < j - 1; m++) {
      const w = tokens[m] as Token;
      if (!(['ADJ', 'PROPN', 'NOUN', 'DET'].includes(w.pos) || /^[’']s?$/u.test(w.text))) return false;
    }
    return true;
  }

  /**
   * A participle inside the setting or the addressee before "that", no verb of a clause: attributive between a
   * determiner and its noun ("telling a packed meeting that", "told a crowded hall that"), or a reduced relative on the
   * noun of a setting or of the addressee, followed by a preposition, an agent or a date ("said in a report released
   * Monday that", "told police in an interview read to the court that", "told supporters gathered outside that"). After a
   * bare noun with no preposition before it, a past form is the reported clause's verb ("said the board voted in March
   * that …" keeps the clause).
   */
  function modifyingParticiple(j: number, k: number, s: Sentence, cue: Cue): boolean {
    const t = tokens[j] as Token;
    const prev = tokens[j - 1] as Token | undefined;
    const next = tokens[j + 1] as Token | undefined;
    if (t.pos !== 'VERB' || !prev || !next || j + 1 >= s.tokenEnd || j - 1 < k) return false;
    const pastForm = (t.normal !== t.lemma || t.normal === 'read') && !/ing$|s$/u.test(t.normal);
    if (!pastForm && !t.normal.endsWith('ing')) return false;
    // attributive: "a packed public meeting", "the assembled reporters"
    if ((prev.pos === 'DET' || prev.pos === 'ADV') && (next.pos === 'ADJ' || next.pos === 'NOUN')) return true;
    if (!pastForm || !['NOUN', 'PROPN'].includes(prev.pos)) return false;
    if (!(next.pos === 'ADP' || next.normal === 'by' || CALENDAR_WORDS.has(next.normal))) return false;
    // the noun is in a prepositional phrase of the setting, or is the addressee of an object cue
    let inPhrase = false;
    for (let p = k; p < j - 1; p++) if ((tokens[p] as Token).pos === 'ADP') inPhrase = true;
    return inPhrase || cue.object;
  }

  /**
   * The addressee of a setting's noun, which wink tags as an infinitive after "to" ("admitted in a letter to staff that",
   * "said in a memo to police on Friday that"): a noun after "to", which follows a noun of a prepositional phrase after
   * the cue, with no object of its own after it ("that", a preposition, a date, a comma), is no verb of the reported
   * clause. An infinitive with its object stays one ("said in a bid to staff the wards that …").
   */
  function addresseeAfterTo(j: number, k: number, s: Sentence): boolean {
    const t = tokens[j] as Token;
    const to = tokens[j - 1] as Token | undefined;
    const noun = tokens[j - 2] as Token | undefined;
    const next = tokens[j + 1] as Token | undefined;
    if (t.pos !== 'VERB' || t.normal !== t.lemma || !to || to.normal !== 'to' || !noun || noun.pos !== 'NOUN' || j - 2 < k || !next || j + 1 >= s.tokenEnd) return false;
    if (!(next.normal === 'that' || next.text === ',' || (next.pos === 'ADP' && next.normal !== 'that') || CALENDAR_WORDS.has(next.normal))) return false;
    for (let p = k; p < j - 2; p++) if ((tokens[p] as Token).pos === 'ADP' && (tokens[p] as Token).normal !== 'that') return true;
    return false;
  }

  /**
   * "said on Tuesday the deficit would …", "said Tuesday the plan …", "said last week the talks …": a time phrase right
   * after the cue modifies the saying, not the reported clause (as it does before "that"). Skipped only when a clause
   * with its own subject follows ("said Tuesday was the deadline": the day is that clause's subject).
   */
  function afterTimePhrase(k: number, s: Sentence): number {
    let j = k;
    const w = (n: number): Token | undefined => (n < s.tokenEnd ? tokens[n] : undefined);
    if (w(j)?.normal === 'on' && CALENDAR_WORDS.has(w(j + 1)?.normal ?? '')) j++;
    if (CALENDAR_WORDS.has(w(j)?.normal ?? '') && w(j)?.normal !== 'headline') {
      j++;
      if (w(j)?.pos === 'NUM') j++; // "on March 3"
    } else if (['last', 'this', 'earlier', 'late'].includes(w(j)?.normal ?? '') && TIME_UNITS.has(w(j + 1)?.normal ?? '')) {
      j += 2;
    } else return k;
    if (w(j)?.text === ',') j++;
    const next = w(j);
    if (!next || /^[’']s?$/u.test(next.text) || ['VERB', 'AUX', 'ADP', 'PUNCT'].includes(next.pos) || next.normal === 'that') return k;
    return clauseOpensAt(j, s) ? j : k;
  }
}


/** Irregular past forms of cue verbs that wink sometimes tags as adjectives or nouns ("Dana Read said/ADJ"). */
// ("a study commissioned by the cooperative found that …": wink tags "found" a noun after a word it reads as an adjective)
const IRREGULAR_PAST: Readonly<Record<string, string>> = { said: 'say', told: 'tell', found: 'find' };

/** Cue words and phrases of one sentence, outside quotes. */
/** Adverbs that may stand between a subject and its past-tense cue ("also alleged", "repeatedly claimed"); wink then tags the
 * cue an adjective. Words in -ly or a few of time and addition, never a degree word ("most alleged" is no verb). */
const IRREGULAR_SAME: ReadonlySet<string> = new Set(STATEMENT_WORDS.participlesLikeBase);
const PERFECT_CUE_ADVERBS: ReadonlySet<string> = new Set(STATEMENT_WORDS.perfectCueAdverbs);
const COORDINATED_PERFECT_ADVERBS: ReadonlySet<string> = new Set(STATEMENT_WORDS.coordinatedPerfectAdverbs);
// (a preposition that, right after another, shows the first stranded: "complained about for years", "warned of since
// May"; not "asked for at least £400 million", "warned of up to 300 job losses", where the second opens the object)
const STRANDED_BEFORE: ReadonlySet<string> = new Set(STATEMENT_WORDS.strandedPrepositionFollowers);
const PREPOSITIONS_BEFORE_CONTENT: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(STATEMENT_WORDS.prepositionsBeforeContent).map(([p, cues]) => [p, new Set(cues)]));

const ADVERBS_BEFORE_PAST: ReadonlySet<string> = new Set(STATEMENT_WORDS.adverbsBeforePast);
const adverbBeforePast = (w: string): boolean => ADVERBS_BEFORE_PAST.has(w) || /^\p{Ll}{3,}ly$/u.test(w);

export function findCues(tokens: readonly Token[], s: Sentence, lex: CueLexicon, quoteOfToken: Int32Array): Cue[] {
  const out: Cue[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (quoteOfToken[i] !== -1) continue;
    const t = tokens[i] as Token;
    const phrase = matchPhrase(tokens, i, s, lex.phrasesByFirst.get(t.lemma) ?? lex.phrasesByFirst.get(t.normal));
    // "phone calls on Tuesday" is no "call on": a verb phrase must start with a verb.
    const afterPhrase = phrase ? tokens[phrase.last + 1] : undefined;
    // ("a renewed push for", "the push for": a determiner or an adjective before it makes the first word a noun whatever
    // its tag; "pushed for months to …": a length of time after the particle is no object)
    // (a possessive is left as it was: "its calls for X to …" after "renew" reports the speaker making it, GUIDE decision 37)
    const beforePhrase = i > s.tokenStart ? tokens[i - 1] as Token : undefined;
    const nounUse = beforePhrase !== undefined && (beforePhrase.pos === 'DET' || beforePhrase.pos === 'ADJ') && !POSSESSIVE_DETERMINERS.has(beforePhrase.normal);
    if (phrase && phrase.entry.kind === 'verb' && (t.pos === 'NOUN' || t.pos === 'PROPN' || nounUse || (afterPhrase !== undefined && (CALENDAR_WORDS.has(afterPhrase.normal) || STATEMENT_WORDS_SETS.timeUnits.has(afterPhrase.normal))))) { /* not a cue */ }
    // (a quote may also stand before the phrase's subject: "“It is over,” she went on.")
    // ("went on to say:" is the infinitive's cue, read by the rule for verbs of going on)
    else if (phrase && phrase.entry.needsQuote && ((!quoteFollows(tokens, phrase.last, s, quoteOfToken) && !nextToQuote(tokens, i, s, quoteOfToken)) || tokens[phrase.last + 1]?.normal === 'to'
      || (phrase.entry.quoteAdjacent && !quoteTouches(tokens, i, phrase.last, s, quoteOfToken)))) { /* "issued a statement after the match" */ }
    else if (phrase && phrase.entry.needsInfinitive && !objectInfinitiveFollows(tokens, phrase.last, s, quoteOfToken)) { /* "the plan appealed to voters" */ }
    else if (phrase && phrase.entry.needsThatClause && !objectThatFollows(tokens, phrase.last, s, quoteOfToken)) { /* "put it to a vote" */ }
    // ("“…,” she was quoted as saying by the Ledger.": the phrase is the cue of a quote that closed before it, and ends its
    // clause, with at most its "by" agent after it; "was quoted as saying that …" is the cue "saying" of its own clause)
    else if (phrase && phrase.entry.quoteBefore && !(quoteClosedBefore(tokens, i, s, quoteOfToken) && clauseEndsAfter(tokens, phrase.last, s))) { /* "quoted as saying that …" */ }
    // "As reported by the Gazette, …", "…, as reported by the Gazette": the source's phrase opens the sentence or is set
    // off by a comma or a dash ("the council acted as reported by its auditors" compares, attributes nothing)
    else if (phrase && phrase.entry.kind === 'according' && t.normal === 'as' && beforePhrase !== undefined && ![',', '—', '–', '(', ';', ':'].includes(beforePhrase.text) && !isQuoteMark(beforePhrase.text)) { /* a comparison */ }
    // "…, pointing to a report" goes on with the act before it (LABELS.md: a participle that continues the same act
    // belongs to it): "pointing to" is no cue of its own
    else if (phrase && phrase.entry.words.join(' ') === 'point to' && t.normal === 'pointing') { /* the act before it */ }
    else if (phrase) {
      let first = i;
      let lemma = phrase.entry.words.join(' ');
      if (phrase.entry.kind === 'no-comment' && t.normal === 'not') { first = i; lemma = phrase.entry.words.join(' '); }
      out.push({ first, last: phrase.last, lemma, act: phrase.entry.act, framing: phrase.entry.framing, kind: phrase.entry.kind, object: phrase.entry.object ?? false });
      i = phrase.last;
      continue;
    }
    const irregular = (t.pos === 'ADJ' || t.pos === 'NOUN') ? IRREGULAR_PAST[t.normal] : undefined;
    // ", warning that …", "…,” insisting that …": wink tags some participles as nouns after a comma; one set off by a
    // comma (or a dash) that opens a clause with "that", a colon or a quote is the participial cue.
    const participleNoun = (t.pos === 'NOUN' || t.pos === 'ADJ') && /^\p{Ll}{2,}ing$/u.test(t.text) && participleSetOff(tokens, i, s)
      && i + 1 < s.tokenEnd && ((tokens[i + 1] as Token).normal === 'that' || (tokens[i + 1] as Token).text === ':' || isQuoteMark((tokens[i + 1] as Token).text));
    const e = lex.byLemma.get(t.lemma) ?? lex.byLemma.get(t.normal) ??
      ((t.pos === 'ADJ' || t.pos === 'NOUN') && t.normal.endsWith('ed') ? lex.byLemma.get(t.normal.slice(0, -1)) ?? lex.byLemma.get(t.normal.slice(0, -2)) : undefined) ??
      (irregular !== undefined ? lex.byLemma.get(irregular) : undefined) ??
      (participleNoun ? ingLemma(lex, t.normal) : undefined);
    if (!e) continue;
    const prevTok = i > s.tokenStart ? tokens[i - 1] : undefined;
    // "self-described", "much-praised", "long-promised": a compound adjective, not a cue
    if (prevTok?.text === '-' && (tokens[i - 1] as Token).start === (tokens[i - 2] as Token | undefined)?.end && prevTok.end === t.start) continue;
    // ("…,” the letter states.", "the complaint argues that …": verbs a document speaks with, which wink tags nouns)
    const afterDocument = prevTok !== undefined && DOCUMENT_HEADS.has(prevTok.normal) && /^(show|shows|showed|find|finds|found|reveal|reveals|revealed|say|says|said|states|stated|notes|noted|argues|argued)$/u.test(t.normal);
    // "records obtained by the paper show that …": wink tags the verb as a noun; a noun before it and "that" after it
    // make it a verb (a noun use would have a determiner or adjective before it: "the claim that").
    const nextTok = i + 1 < s.tokenEnd ? tokens[i + 1] : undefined;
    const beforeThat = t.pos === 'NOUN' && nextTok?.normal === 'that' && prevTok !== undefined && ['NOUN', 'PROPN'].includes(prevTok.pos);
    // "prosecutors alleged in an indictment": wink tags some past tenses as adjectives right after their subject.
    // (an adverb may stand between: "She also alleged that …", "The union repeatedly claimed that …")
    let subjectTok = prevTok;
    for (let a = i - 1; a > s.tokenStart && a >= i - 2 && (tokens[a] as Token).pos === 'ADV' && adverbBeforePast((tokens[a] as Token).normal); a--) subjectTok = tokens[a - 1];
    const adjectivalPast = t.pos === 'ADJ' && t.normal.endsWith('ed') && subjectTok !== undefined && ['NOUN', 'PROPN', 'PRON'].includes(subjectTok.pos) && (nextTok === undefined || ['ADP', 'SCONJ', 'DET', 'PUNCT', 'PRON'].includes(nextTok.pos))
      && (subjectTok === prevTok || nextTok?.normal === 'that')
      // ("accused the council of X and alleged that …": after "and"/"but", before "that", the coordinated predicate's verb)
      || (t.pos === 'ADJ' && t.normal.endsWith('ed') && ['and', 'but'].includes(prevTok?.normal ?? '') && nextTok?.normal === 'that' && i + 2 < s.tokenEnd);
    // "4 in 10 say they …", "…,” Viguerie notes.": wink tags a present-tense cue as a noun after a number or a name; a
    // clause start, a pronoun or the sentence's end after it make it the verb.
    const beforePrev = i - 2 >= s.tokenStart ? tokens[i - 2] : undefined;
    const presentForm = t.pos === 'NOUN' && prevTok !== undefined && beforePrev?.pos !== 'DET' && (t.normal === e.lemma || t.normal === `${e.lemma}s` || t.normal === `${e.lemma}es`);
    // ("a third say they …": a share word after its article)
    const shareSay = t.pos === 'NOUN' && t.normal === 'say' && STATEMENT_WORDS_SETS.shareHeads.has(prevTok?.normal ?? '') && STATEMENT_WORDS_SETS.shareArticles.has(beforePrev?.normal ?? '');
    const pollSay = e.lemma === 'say' && ((presentForm && (prevTok?.pos === 'NUM' || prevTok?.text === '%')) || shareSay)
      && (nextTok === undefined || nextTok.normal === 'that' || ['PRON', 'DET'].includes(nextTok.pos) || isQuoteMark(nextTok.text));
    const invertedName = presentForm && (prevTok?.pos === 'PROPN' || /^(he|she|they|we|i|you)$/u.test(prevTok?.normal ?? ''))
      && (nextTok === undefined || /^[.!?,]$/u.test(nextTok.text)) && i - 2 >= s.tokenStart && (isQuoteMark((beforePrev as Token).text) || (beforePrev as Token).text === ',');
    // "…, the Harbour Gazette reports.", "…, Nell Armitage-Cole writes.": the same after a name of several words, perhaps
    // after "the", set off by a comma or a closing quote and closing the sentence
    let nameFrom = i - 1;
    while (nameFrom - 1 >= s.tokenStart && i - nameFrom < 7 && ((tokens[nameFrom - 1] as Token).pos === 'PROPN' || (tokens[nameFrom - 1] as Token).text === '-')) nameFrom--;
    if (nameFrom - 1 >= s.tokenStart && (tokens[nameFrom - 1] as Token).normal === 'the') nameFrom--;
    const setOffBy = nameFrom - 1 >= s.tokenStart ? tokens[nameFrom - 1] as Token : undefined;
    const invertedLongName = t.pos === 'NOUN' && (t.normal === `${e.lemma}s` || t.normal === `${e.lemma}es`) && prevTok?.pos === 'PROPN' && nameFrom < i - 1
      && (nextTok === undefined || /^[.!?]$/u.test(nextTok.text)) && setOffBy !== undefined && (setOffBy.text === ',' || isQuoteMark(setOffBy.text));
    // "a ruling that lawyers say could affect …": a present form between its subject and the modal or auxiliary of the
    // clause it reports is the verb (wink tags it a noun after a plural)
    // (only after a relative word: "his comments were", "the report will" are nouns)
    const beforeAux = t.pos === 'NOUN' && (t.normal === e.lemma || t.normal === `${e.lemma}s`) && prevTok !== undefined && ['NOUN', 'PROPN', 'PRON'].includes(prevTok.pos)
      && ['that', 'which', 'what'].includes(relativeBeforeSubject(tokens, i, s)?.normal ?? '')
      // (a subject of several words agrees with the verb, "that health inspectors say", "that the agency says"; in "that
      // the State Bar report could …" or "that Kent's comments were …" the last word is a noun of its own)
      && (['that', 'which', 'what'].includes(beforePrev?.normal ?? '') || (t.normal === e.lemma ? prevTok.pos === 'NOUN' && (/[^s]s$/u.test(prevTok.normal) || ALWAYS_NOUNS.has(prevTok.normal)) : prevTok.pos === 'PROPN' || (prevTok.pos === 'NOUN' && !/[^s]s$/u.test(prevTok.normal))))
      && nextTok !== undefined && nextTok.pos === 'AUX' && !['to', 'being', 'been'].includes(nextTok.normal)
      // (the -s form after a lone common noun is a compound's head, "that evacuation orders could be issued": a bare
      // singular noun is no subject; "that lawyers say", "that Ulmley says", "that she says" are)
      && !(t.normal !== e.lemma && prevTok.pos === 'NOUN');
    // "The government claims the cleric runs …", "unions claim it will …", "The report notes that …": wink tags a
    // present form as a noun after its subject; one that agrees with that subject (a singular noun or name, or he/she/it
    // before the -s form; a plural noun or they/we before the bare form) and opens a clause of its own is the verb.
    const agreeing = t.pos === 'NOUN' && prevTok !== undefined && (t.normal === e.lemma || t.normal === `${e.lemma}s` || t.normal === `${e.lemma}es`) && (t.normal === e.lemma
      ? ((prevTok.pos === 'NOUN' && (/[^s]s$/u.test(prevTok.normal) || ALWAYS_NOUNS.has(prevTok.normal))) || ['they', 'we'].includes(prevTok.normal))
      : (((prevTok.pos === 'NOUN' && !/[^s]s$/u.test(prevTok.normal) && !ALWAYS_NOUNS.has(prevTok.normal)) || prevTok.pos === 'PROPN') || ['he', 'she', 'it'].includes(prevTok.normal)));
    // (the subject opens its clause: "were busy checking safety reports it filed" has an object there, no subject)
    let subjectFrom = i - 1;
    // (a possessive determiner opens the subject too: "Her lawyer claims …")
    while (agreeing && subjectFrom >= s.tokenStart && (['NOUN', 'PROPN', 'ADJ', 'DET'].includes((tokens[subjectFrom] as Token).pos) || /^[’']s?$/u.test((tokens[subjectFrom] as Token).text)
      || (subjectFrom < i - 1 && POSSESSIVE_DETERMINERS.has((tokens[subjectFrom] as Token).normal)))) subjectFrom--;
    const opener = subjectFrom >= s.tokenStart ? tokens[subjectFrom] as Token : undefined;
    const clauseStart = opener === undefined || LEFT_BOUNDARY.has(opener.normal) || ['CCONJ', 'SCONJ'].includes(opener.pos) || isQuoteMark(opener.text);
    // ("The ad claims “Pratt will fix the roads.”": or a quoted sentence, with a verb of its own, opening right after it,
    // or after a colon, "The guide notes: “Cyclists must dismount.”", where the quote may open the next sentence)
    const quotedClauseAfter = (): boolean => {
      // (after a colon, only a subject opened by an article, a possessive or a name: "Meeting notes: “…”" is a label)
      const subjectHead = tokens[subjectFrom + 1] as Token | undefined;
      const namedSubject = subjectHead !== undefined && (['DET', 'PROPN'].includes(subjectHead.pos) || POSSESSIVE_DETERMINERS.has(subjectHead.normal));
      const mark = nextTok?.text === ':' && i + 1 < s.tokenEnd && namedSubject ? i + 2 : i + 1;
      const markTok = tokens[mark] as Token | undefined;
      if (markTok === undefined || !isQuoteMark(markTok.text) || (mark === i + 1 && nextTok === undefined) || quoteOfToken[mark] !== -1 || quoteOfToken[mark + 1] === undefined || quoteOfToken[mark + 1] === -1) return false;
      const first = tokens[mark + 1] as Token;
      if (!/^\p{Lu}/u.test(first.text)) return false;
      const inQuote = quoteOfToken[mark + 1];
      const limit = mark === i + 1 ? s.tokenEnd : tokens.length;
      for (let k = mark + 1; k < limit && quoteOfToken[k] === inQuote; k++) if ((tokens[k] as Token).pos === 'VERB' || (tokens[k] as Token).pos === 'AUX') return true;
      return false;
    };
    const presentVerb = agreeing && clauseStart && !(beforePrev !== undefined && i - 2 >= s.tokenStart && ['ADP', 'NUM', 'VERB', 'AUX'].includes(beforePrev.pos)) && (clauseAfter(tokens, i + 1, s, quoteOfToken) || quotedClauseAfter());
    // "Some say they …", "Many say the levy …": a quantifier standing for its noun at the clause's start, then a clause
    // ("want some say in the plan", "Some say in the matter …" are the noun)
    const fusedSay = t.pos === 'NOUN' && t.normal === 'say' && FUSED_HEADS.has(prevTok?.normal ?? '')
      && (i - 1 === s.tokenStart || LEFT_BOUNDARY.has(beforePrev?.normal ?? '') || isQuoteMark(beforePrev?.text ?? ''))
      && (clauseAfter(tokens, i + 1, s, quoteOfToken) || (['they', 'we', 'i', 'you'].includes(nextTok?.normal ?? '') && ['VERB', 'AUX'].includes((tokens[i + 2] as Token | undefined)?.pos ?? '')));
    const presentNoun = pollSay || fusedSay || invertedName || invertedLongName || beforeAux || presentVerb || presentWithObject(tokens, i, s, e.lemma, quoteOfToken);
    // "Chief executive Dana Read said branch managers …": wink tags "said"/"told" as an adjective after some names;
    // these forms have no adjectival sense in news outside a determiner ("the said property").
    const irregularPast = irregular !== undefined && prevTok !== undefined && prevTok.pos !== 'DET';
    const verbal = t.pos === 'VERB' || afterDocument || beforeThat || adjectivalPast || presentNoun || irregularPast || participleNoun;
    if (e.needsVerbTag ? !verbal : !(verbal || t.pos === 'AUX' || (t.pos === 'NOUN' && /(ed|said|told)$/u.test(t.normal)))) continue;
    // Adjectival participles ("the alleged victim", "a so-called report", "a written warning") are not cues.
    const next = tokens[i + 1];
    const participleForm = t.normal.endsWith('ed') || irregularParticiple(t);
    if (next && i + 1 < s.tokenEnd && participleForm && (next.pos === 'NOUN') && tokens[i - 1] && ['the', 'a', 'an', 'its', 'their', 'his', 'her'].includes((tokens[i - 1] as Token).normal)) continue;
    // ("384 pledged delegates", "a count of pledged delegates", "at least four written warnings": after a number or a
    // preposition, or opening the sentence, a participle before a plural noun modifies it)
    if (next && i + 1 < s.tokenEnd && participleForm && next.pos === 'NOUN' && /s$/u.test(next.normal)
      && (i === s.tokenStart || ['NUM', 'ADP'].includes((tokens[i - 1] as Token).pos))) continue;
    // "the report, written by two officers, would …", "In a statement read outside court by their solicitor, …": a
    // participle after the noun it modifies, with its agent in a by-phrase, is a reduced relative clause, no cue
    if (reducedPassive(tokens, i, s)) continue;
    // "the scale of the defeat suggested …", "the size of the swing showed …": an abstract measure heads the subject; it
    // speaks no words (GUIDE section 1: people, bodies, documents and data speak)
    if (abstractSubject(tokens, i, s)) continue;
    // "at least seven figures in four of the papers showed signs of duplication", "three of the samples revealed traces
    // of lead": things counted by a number are the evidence seen, no one who shows or reveals (a counted document still
    // speaks: "two studies showed that …"; "the report showed" and "figures show" have no number)
    if (STATEMENT_WORDS_SETS.countedEvidenceCues.has(e.lemma) && countedSubject(tokens, i, s)) continue;
    if (inWhetherClause(tokens, i, s)) continue;
    // "criticised what it described as a pattern of …", "rejected what they called a smear": the speaker's own naming of
    // the object of the act just found, by a pronoun for that speaker, is part of that statement, not a second one
    // ("criticised what the minister called a reform" names another speaker and stays)
    if (prevTok !== undefined && ['it', 'he', 'she', 'they', 'we'].includes(prevTok.normal) && beforePrev?.normal === 'what'
      && out.length > 0 && (out[out.length - 1] as Cue).last === i - 3 && (out[out.length - 1] as Cue).lemma !== 'say') continue;
    // "requested anonymity to speak freely", "asked for anonymity": a condition of the interview, no request reported
    if ((e.lemma === 'request' || e.lemma === 'ask') && (next?.normal === 'anonymity' || (next?.normal === 'for' && tokens[i + 2]?.normal === 'anonymity'))) continue;
    if (e.needsComplement && !namingComplement(tokens, i, s, quoteOfToken)) continue;
    if (e.needsClause && !reportedClause(tokens, i, s, quoteOfToken)) continue;
    if (e.clauseOrQuote && declaredState(tokens, i, s)) continue;
    // "interjected to say: “…”", "shouted to add that …": the infinitive of saying is part of the cue, not of the content
    if (e.clauseOrQuote && next?.normal === 'to' && ['say', 'add'].includes((tokens[i + 2] as Token | undefined)?.normal ?? '') && i + 2 < s.tokenEnd
      && reportedClause(tokens, i + 2, s, quoteOfToken)) {
      out.push({ first: i, last: i + 2, lemma: e.lemma, act: e.act, framing: e.framing, kind: 'verb', object: false });
      continue;
    }
    if (e.clauseOrQuote && !reportedClause(tokens, i, s, quoteOfToken) && !adjectiveComplement(tokens, i, s) && !clauseAfter(tokens, i + 1, s, quoteOfToken)
      && !quoteAfterInfinitive(tokens, i, s, quoteOfToken) && !(prevTok?.normal === 'as' && next?.normal === 'by')) continue;
    if (e.needsQuote && !nextToQuote(tokens, i, s, quoteOfToken)) continue;
    if (e.notNegated && negatedVerb(tokens, i, s)) continue;
    if (e.transferSense) {
      let j = i + 1;
      while (j < s.tokenEnd && j <= i + 6 && ['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes((tokens[j] as Token).pos) && (tokens[j] as Token).normal !== 'that') j++;
      if (j > i + 1 && j < s.tokenEnd && (tokens[j] as Token).normal === 'to') continue;
    }
    // Senses that report no words: "asked not to be named", "had not ruled out", "add to questions", and a participial
    // opener ("Asked whether …, she said") whose speaker is the main clause's.
    const after = i + 1 < s.tokenEnd ? tokens[i + 1] : undefined;
    if (e.lemma === 'ask' && after?.normal === 'not') continue;
    // "Hart, asked about the delay, said …", "when asked whether …": the passive participle of a question put to the speaker
    // ("Ingwyn, who sat on the board, asked why …." is the speaker's own question: nothing follows to be the main clause)
    if (e.lemma === 'ask' && t.normal === 'asked' && prevTok !== undefined && [',', 'when', 'if', 'once', 'after', '—'].includes(prevTok.normal)
      && after !== undefined && ['about', 'whether', 'if', 'how', 'what', 'why', 'when', 'by', 'for', 'to', 'on', 'again', 'later', 'directly', 'repeatedly', 'specifically'].includes(after.normal)
      && (prevTok.normal !== ',' || tokens.slice(i + 1, s.tokenEnd).some((w, j) => (w.text === ',' || w.text === '—') && quoteOfToken[i + 1 + j] === -1))) continue;
    // ("the court ruled that …", and inverted after the ruling, "…, the High Court has ruled.": a clause or the sentence's
    // end after it; "ruled out", "ruled the country", "ruled in favour of" report no words)
    if (e.lemma === 'rule' && after?.normal !== 'that' && !(after === undefined || PUNCT_END.test(after.text))) continue;
    // "charged a $100,000 fee", "charged $20 a ticket": a price, not an accusation
    if (e.lemma === 'charge' && after !== undefined && tokens.slice(i + 1, Math.min(s.tokenEnd, i + 5)).some((w) => ['$', '€', '£', 'fee', 'fees', 'price', 'prices', 'rent', 'interest', 'dollars', 'cents', 'percent'].includes(w.normal))) continue;
    // "challenging Sen. Ron Johnson in Wisconsin", "challenging Ayotte for her seat": a rival in an election
    if (e.lemma === 'challenge' && after?.pos === 'PROPN') {
      let k = i + 1;
      while (k < s.tokenEnd && k <= i + 6 && ((tokens[k] as Token).pos === 'PROPN' || /^[’'.]s?$/u.test((tokens[k] as Token).text))) k++;
      const w = tokens[k];
      if (k >= s.tokenEnd || w === undefined || ['for', 'in', 'at', '.', ','].includes(w.normal)) continue;
    }
    if (e.lemma === 'add' && after?.normal === 'to' && !addresseeAfterTo(tokens, i + 2, s)) continue;
    // ("the captain was being questioned by police", "two men were questioned by detectives", "was questioned on
    // suspicion of …": a passive "questioned" with an agent that interrogates, or a suspicion, is an interview under
    // caution, no doubt anyone voiced; "the plan was questioned by economists" stays the economists' doubt)
    if (e.lemma === 'question' && t.normal === 'questioned' && prevTok !== undefined && BE_FORMS.has(prevTok.normal) && after !== undefined
      && ((after.normal === 'by' && tokens.slice(i + 2, Math.min(s.tokenEnd, i + 5)).some((w) => INTERROGATING_AGENTS.has(w.normal)))
        || (['on', 'in'].includes(after.normal) && ['suspicion', 'connection'].includes((tokens[i + 2] as Token | undefined)?.normal ?? '')))) continue;
    // "the figures don't add up", "Washington think tanks", "he told the story of a fan who …": an idiom, no words reported
    if (after !== undefined && STATEMENT_WORDS_SETS.cueIdioms.has(`${e.lemma} ${after.normal}`)) continue;
    const after2 = i + 2 < s.tokenEnd ? tokens[i + 2] : undefined;
    if (after !== undefined && after2 !== undefined && STATEMENT_WORDS_SETS.cueIdioms.has(`${e.lemma} ${after.normal} ${after2.normal}`)) continue;
    // "Dana Pimwyn reported from Lisbon.": where the reporter filed from (a credit line), with no clause after the place
    if (e.lemma === 'report' && after?.normal === 'from' && tokens.slice(i + 2, s.tokenEnd).every((w, n) => !['VERB', 'AUX'].includes(w.pos) && quoteOfToken[i + 2 + n] === -1)) continue;
    // "the offer would add 20 million a year", "added $4 to the fare": a sum added, no words
    if (e.lemma === 'add' && after !== undefined && (after.pos === 'NUM' || ['$', '€', '£'].includes(after.text))) continue;
    // "recalled its ambassador", "is recalling 300,000 chargers": the recall of people or goods, not a memory told
    if (e.lemma === 'recall' && recallOfGoods(tokens, i, s)) continue;
    // "posted photos of the flood", "tweeted a video": pictures or a link shared, no words reported
    if ((e.lemma === 'post' || e.lemma === 'tweet') && postsMedia(tokens, i, s)) continue;
    // "the two villages have quarrelled for years over the boundary", "argued with the referee": a quarrel, not a case made
    if (e.lemma === 'argue' && tokens.slice(i + 1, Math.min(s.tokenEnd, i + 5)).some((w, n) => ['over', 'with'].includes(w.normal) && tokens.slice(i + 1, i + 1 + n).every((x) => x.pos === 'ADP' || x.pos === 'NUM' || x.pos === 'ADV' || CALENDAR_WORDS.has(x.normal) || ['decades', 'years', 'months', 'weeks', 'days', 'hours'].includes(x.normal)))) continue;
    // "the fund does not answer to the minister": accountable to, no words
    if (e.lemma === 'answer' && after?.normal === 'to') continue;
    // "cheap imports were threatening thousands of jobs", "the drought threatens the harvest": "threaten" with a thing put
    // at risk as its object endangers it, no words (every gold "threatened" cue has "to …", "threatened to sue")
    // (but a person's threat is spoken: "the manager threatened their jobs if they joined the union", "he threatened her
    // life": a condition after the object, or a person as the subject)
    if (e.lemma === 'threaten' && endangeredObject(tokens, i + 1, s) && !spokenThreat(tokens, i, s)) continue;
    // "Under the law he may ask to serve the sentence at home", "tenants can request a review": a request allowed or
    // possible is none made (GUIDE section 1: a statement reports an act of saying)
    if (PERMITTED_REQUESTS.has(e.lemma)) {
      let m = i - 1;
      while (m >= s.tokenStart && (tokens[m] as Token).pos === 'ADV') m--;
      if (m >= s.tokenStart && PERMISSION_MODALS.has((tokens[m] as Token).normal)) continue;
    }
    // "only a court can rule that a document is forged", "any member may declare that …": a cue under a modal of ability
    // or permission whose subject is an indefinite noun phrase tells what someone may say, none said (GUIDE decision
    // 119: hypothetical speech is no statement); "a spokesman could not say whether …" (negated) and "the minister can
    // say …" (a definite subject) are left
    if (genericModalSubject(tokens, i, s)) continue;
    // "(Additional reporting by …; Editing by …)": a credit line, a gerund with its agent, reports nothing.
    if (t.normal.endsWith('ing') && after?.normal === 'by') continue;
    if (i === s.tokenStart && /ed$/u.test(t.normal) && /^\p{Lu}/u.test(t.text)) continue;
    // "the inspector's later note that …", "the firm's own claim that …": a bare word of saying after a possessive "'s"
    // and at most a modifier or two is a noun that names the speech, no verb reporting it (GUIDE decision 37); "'s"
    // straight before a past form is a contracted "has" ("the senator's said")
    {
      let p = i - 1;
      while (p > s.tokenStart && p >= i - 2 && ['ADJ', 'ADV'].includes((tokens[p] as Token).pos)) p--;
      const poss = tokens[p] as Token | undefined;
      if (p < i - 1 && p > s.tokenStart && poss && poss.pos === 'PART' && /^[’']s$/u.test(poss.text) && t.normal === e.lemma) continue;
      // "says Lane's writing demeans …", "its reporting showed …": an -ing form right after a name's possessive "'s" or a
      // possessive determiner is a noun (the writing, the reporting), no participle of saying ("her" may be an object:
      // "shows her saying that …")
      const before = tokens[i - 1] as Token | undefined;
      const ownerNoun = i - 2 >= s.tokenStart && ['NOUN', 'PROPN'].includes((tokens[i - 2] as Token).pos);
      if (t.normal.endsWith('ing') && before && i - 1 >= s.tokenStart && ((/^[’']s$/u.test(before.text) && ownerNoun) || ['its', 'their', 'his', 'our', 'my', 'your'].includes(before.normal))) continue;
    }
    out.push({ first: i, last: i, lemma: e.lemma, act: e.act, framing: e.framing, kind: 'verb', object: e.object ?? false });
  }
  return out;
}

/**
 * "recall" is a recall of goods or people, no memory told, when its object is a quantity ("is recalling about 300,000
 * chargers", "recalled 40,000 pickups"), starts with "its" ("recalled its ambassador", "is recalling its Aero laptops"),
 * or names goods or envoys (recalledThings: "recalled the product"). A memory keeps its cue: "recalled that …", "recalled
 * how …", "“…,” she recalled", and a noun phrase of one's own past ("recalled her first campaign").
 */
/** Whether the cue at `i` stands right after a modal of genericModals (adverbs between, no negation) whose subject is a
 *  noun phrase opened by one of genericDeterminers ("only a court can rule", "any judge may declare"). */
function genericModalSubject(tokens: readonly Token[], i: number, s: Sentence): boolean {
  let m = i - 1;
  while (m >= s.tokenStart && (tokens[m] as Token).pos === 'ADV' && !NEGATORS.has((tokens[m] as Token).normal)) m--;
  if (m < s.tokenStart || !GENERIC_MODALS.has((tokens[m] as Token).normal)) return false;
  let n = m - 1;
  if (n < s.tokenStart || (tokens[n] as Token).pos !== 'NOUN') return false;
  while (n - 1 >= s.tokenStart && n > m - 5 && ['NOUN', 'ADJ'].includes((tokens[n - 1] as Token).pos)) n--;
  const det = tokens[n - 1] as Token | undefined;
  return det !== undefined && n - 1 >= s.tokenStart && GENERIC_DETERMINERS.has(det.normal);
}

function recallOfGoods(tokens: readonly Token[], i: number, s: Sentence): boolean {
  // ("would update its recall notice": after a determiner or possessive, the noun, whatever wink tags it)
  const prev = i > s.tokenStart ? tokens[i - 1] as Token : undefined;
  if (prev !== undefined && (prev.pos === 'DET' || POSSESSIVE_DETERMINERS.has(prev.normal))) return true;
  let j = i + 1;
  while (j < s.tokenEnd && auxOrAdverb(tokens[j]) && !NEGATORS.has((tokens[j] as Token).normal)) j++;
  const t = tokens[j];
  if (t === undefined || j >= s.tokenEnd || STATEMENT_WORDS_SETS.recallClauseOpeners.has(t.normal)) return false;
  if (t.normal === 'its' || t.pos === 'NUM') return true;
  // ("about 300,000", "more than 9,000", "nearly 2 million": a degree word before the number)
  for (let k = j; k < s.tokenEnd && k <= j + 2; k++) {
    const w = tokens[k] as Token;
    if (w.pos === 'NUM') return true;
    if (!STATEMENT_WORDS_SETS.shareAdverbs.has(w.normal) && !['about', 'some', 'more', 'than', 'over', 'up', 'to', 'nearly', 'almost', 'roughly', 'around'].includes(w.normal)) break;
  }
  return tokens.slice(j, Math.min(s.tokenEnd, j + 4)).some((w) => STATEMENT_WORDS_SETS.recalledThings.has(w.normal));
}

/** "posted photos of the flood", "tweeted a short video": the object, after its determiner and modifiers, is a picture or link. */
function postsMedia(tokens: readonly Token[], i: number, s: Sentence): boolean {
  for (let j = i + 1; j < s.tokenEnd && j <= i + 5; j++) {
    const t = tokens[j] as Token;
    if (STATEMENT_WORDS_SETS.postedMedia.has(t.normal)) return true;
    if (!['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(t.pos) && !POSSESSIVE_DETERMINERS.has(t.normal) && !/^[’']s?$/u.test(t.text)) return false;
  }
  return false;
}

/** A past participle that does not end in -ed: "written", "spoken", "shown", "told". */
function irregularParticiple(t: Token): boolean {
  return t.normal !== t.lemma && /(?:en|wn|ne|ld)$/u.test(t.normal) && (t.pos === 'VERB' || t.pos === 'ADJ');
}

/**
 * A participle right after the noun it modifies (or after a comma set off from it), whose agent follows in a by-phrase
 * within a few words of place or manner: "the report, written by two officers, …", "a statement read outside court by
 * their solicitor", a reduced relative clause that reports no words. Not after an auxiliary ("was written by"), and not a
 * finite verb with a clause of its own before the by ("The board said by email that …" has "that" first).
 */
function reducedPassive(tokens: readonly Token[], i: number, s: Sentence): boolean {
  const t = tokens[i] as Token;
  if (!(t.normal.endsWith('ed') || irregularParticiple(t) || (t.normal === 'read' && t.pos === 'VERB'))) return false;
  const prev = i - 1 >= s.tokenStart ? tokens[i - 1] as Token : undefined;
  const before = i - 2 >= s.tokenStart ? tokens[i - 2] as Token : undefined;
  const setOff = prev?.text === ',';
  const head = setOff ? before : prev;
  if (head === undefined || !['NOUN', 'PROPN'].includes(head.pos)) return false;
  const inPhrase = (k: number): boolean => k >= s.tokenStart && k < s.tokenEnd && (['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes((tokens[k] as Token).pos) || POSSESSIVE_DETERMINERS.has((tokens[k] as Token).normal) || /^[’']s?$/u.test((tokens[k] as Token).text));
  let subjectBefore = false;
  // (without a comma, the noun must be an object, of a preposition or a verb, not the subject of a finite verb:
  // "Officials told reporters by phone that …" reports words)
  if (!setOff) {
    let k = i - 1;
    while (inPhrase(k)) k--;
    if (k < s.tokenStart || !['ADP', 'VERB'].includes((tokens[k] as Token).pos)) return false;
    // (a noun phrase that runs back through of/for/at/from phrases to the start of its clause is the subject, and the
    // participle its main verb: "A spokesman for the company confirmed by email that …")
    let m = k;
    while (m >= s.tokenStart && STATEMENT_WORDS_SETS.subjectPrepositions.has((tokens[m] as Token).normal)) {
      m--;
      if (!inPhrase(m)) break;
      while (inPhrase(m)) m--;
    }
    const opener = m >= s.tokenStart ? tokens[m] as Token : undefined;
    subjectBefore = m !== k && (opener === undefined || LEFT_BOUNDARY.has(opener.normal) || opener.normal === 'that' || ['SCONJ', 'CCONJ'].includes(opener.pos) || isQuoteMark(opener.text));
  }
  // (an object right after it makes it a finite verb: "…, told the judge by video link that …")
  const first = tokens[i + 1] as Token | undefined;
  if (first === undefined || i + 1 >= s.tokenEnd || !(first.normal === 'by' || ['ADV', 'ADP'].includes(first.pos))) return false;
  for (let j = i + 1; j < s.tokenEnd && j <= i + 5; j++) {
    const w = tokens[j] as Token;
    if (w.normal === 'by') {
      const agent = tokens[j + 1] as Token | undefined;
      // (a medium is no agent: "complained by letter that …", "confirmed by email that …")
      if (agent === undefined || j + 1 >= s.tokenEnd || STATEMENT_WORDS_SETS.byMedia.has(agent.normal)) return false;
      if (!(['DET', 'PROPN', 'NOUN', 'NUM', 'ADJ'].includes(agent.pos) || POSSESSIVE_DETERMINERS.has(agent.normal))) return false;
      // (after a subject that opens its clause, only a verb after the agent makes the participle a modifier: "A statement
      // from the family read by their lawyer said …"; otherwise it is the subject's own verb)
      if (!subjectBefore) return true;
      let e = j + 1;
      while (inPhrase(e)) e++;
      const after = e < s.tokenEnd ? tokens[e] as Token : undefined;
      return after !== undefined && ['VERB', 'AUX'].includes(after.pos);
    }
    if (!['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'ADV'].includes(w.pos) || w.normal === 'that') return false;
  }
  return false;
}

/** The cue's subject opens a whether-clause ("would examine whether the firm had reported the breach", "asked whether
 * the minister had told staff …"): the clause is what is asked or examined, and speech in it is not said to have
 * happened, so it is no statement (GUIDE decision 55). */
function inWhetherClause(tokens: readonly Token[], i: number, s: Sentence): boolean {
  let k = i - 1;
  while (k >= s.tokenStart && auxOrAdverb(tokens[k])) k--;
  const subjectEnd = k;
  while (k >= s.tokenStart && subjectEnd - k < 6) {
    const w = tokens[k] as Token;
    if (!['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PRON'].includes(w.pos) && !/^[’']s?$/u.test(w.text)) break;
    k--;
  }
  return k < subjectEnd && k >= s.tokenStart && (tokens[k] as Token).normal === 'whether';
}

/** "threaten" at `i` said by a person: a personal pronoun or a person's noun as its subject ("he threatened her life",
 *  "the manager threatened their jobs"), or a body as its subject with an "if"/"unless" condition after it in its
 *  sentence ("the company threatened their jobs if they went on strike"). Not a thing: "the new rules threatened their
 *  livelihoods if nothing changed". */
function spokenThreat(tokens: readonly Token[], i: number, s: Sentence): boolean {
  let k = i - 1;
  while (k >= s.tokenStart && auxOrAdverb(tokens[k])) k--;
  const subject = k >= s.tokenStart ? tokens[k] as Token : undefined;
  if (subject === undefined) return false;
  if (['he', 'she', 'i', 'we', 'you'].includes(subject.normal) || Object.hasOwn(ROLE_NOUNS, subject.normal) || Object.hasOwn(ROLE_NOUNS, subject.lemma)
    || STATEMENT_WORDS_SETS.personNounsNotNaming.has(subject.normal) || STATEMENT_WORDS_SETS.threateningPersons.has(subject.normal)) return true;
  return (ORG_HEADS.has(subject.normal) || ORG_HEADS.has(subject.lemma))
    && tokens.slice(i + 1, Math.min(s.tokenEnd, i + 16)).some((w) => w.normal === 'if' || w.normal === 'unless');
}

/** After "threaten": an object phrase headed by a thing put at risk ("thousands of jobs", "the future of the mill",
 *  "local livelihoods"; statement-words endangeredThings), read past determiners, numbers, adjectives and "of". */
function endangeredObject(tokens: readonly Token[], k: number, s: Sentence): boolean {
  for (let n = 0; k < s.tokenEnd && n < 8; k++, n++) {
    const w = tokens[k] as Token;
    if (ENDANGERED.has(w.normal)) return true;
    if (!(['DET', 'NUM', 'ADJ'].includes(w.pos) || POSSESSIVE_DETERMINERS.has(w.normal) || ['of', 'hundreds', 'thousands', 'millions', 'dozens', 'tens'].includes(w.normal) || (w.pos === 'NOUN' && ENDANGERED.has((tokens[k + 1] as Token | undefined)?.normal ?? '')))) return false;
  }
  return false;
}

/** The subject before a cue is headed by an abstract measure ("the scale of the defeat", "the size of its lead"). */
function abstractSubject(tokens: readonly Token[], i: number, s: Sentence): boolean {
  let k = i - 1;
  while (k >= s.tokenStart && auxOrAdverb(tokens[k])) k--;
  let head: Token | undefined;
  let steps = 0;
  while (k >= s.tokenStart && steps++ < 10) {
    const w = tokens[k] as Token;
    if (w.normal === 'of') { head = undefined; k--; continue; }
    if (!['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(w.pos) && !POSSESSIVE_DETERMINERS.has(w.normal) && !/^[’']s?$/u.test(w.text)) break;
    if (head === undefined && w.pos === 'NOUN') head = w;
    k--;
  }
  // (the phrase opens its clause: "officials familiar with the size of the losses said" are people)
  const opener = k >= s.tokenStart ? tokens[k] as Token : undefined;
  const opens = opener === undefined || LEFT_BOUNDARY.has(opener.normal) || opener.normal === 'that' || ['SCONJ', 'CCONJ', 'VERB'].includes(opener.pos) || isQuoteMark(opener.text);
  return opens && head !== undefined && STATEMENT_WORDS_SETS.abstractSubjects.has(head.normal);
}

/** A subject counted by a number ("at least seven figures in four of the papers", "three of the samples") that opens
 * its clause before the cue at i, its head no document that speaks when counted and no person; a year is no count
 * ("2023 figures"). */
function countedSubject(tokens: readonly Token[], i: number, s: Sentence): boolean {
  let k = i - 1;
  while (k >= s.tokenStart && auxOrAdverb(tokens[k])) k--;
  const end = k;
  let steps = 0;
  while (k >= s.tokenStart && steps++ < 14) {
    const w = tokens[k] as Token;
    if (!['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(w.pos) && !['of', 'in', 'from', 'at', 'least', 'more', 'than', 'over', 'some'].includes(w.normal) && !POSSESSIVE_DETERMINERS.has(w.normal) && !/^[’']s?$/u.test(w.text)) break;
    k--;
  }
  const opener = k >= s.tokenStart ? tokens[k] as Token : undefined;
  const opens = opener === undefined || LEFT_BOUNDARY.has(opener.normal) || opener.normal === 'that' || ['SCONJ', 'CCONJ', 'VERB'].includes(opener.pos) || isQuoteMark(opener.text);
  if (!opens) return false;
  // the first word after "at least", "more than", "some", "over" is the count
  let f = k + 1;
  while (f < end && ['at', 'least', 'more', 'than', 'over', 'some', 'only', 'just', 'about', 'nearly', 'almost'].includes((tokens[f] as Token).normal)) f++;
  const count = tokens[f] as Token | undefined;
  if (count === undefined || f > end || count.pos !== 'NUM' || /^(1[89]|20)\d\d$/u.test(count.text)) return false;
  // the counted head: the noun right after the count, or after "of the" ("three of the samples")
  let h = f + 1;
  while (h <= end && ['of', 'the', 'its', 'their', 'his', 'her', 'these', 'those'].includes((tokens[h] as Token).normal)) h++;
  while (h + 1 <= end && ['ADJ', 'NOUN'].includes((tokens[h + 1] as Token).pos) && (tokens[h] as Token).pos !== 'NOUN') h++;
  while (h + 1 <= end && (tokens[h + 1] as Token).pos === 'NOUN') h++;
  const head = tokens[h] as Token | undefined;
  // (people counted still speak: "three former employees revealed that …", "two witnesses revealed …")
  const person = head !== undefined && (Object.hasOwn(ROLE_NOUNS, head.normal) || Object.hasOwn(ROLE_NOUNS, head.lemma) || GROUP_HEADS.has(head.normal));
  return head !== undefined && h <= end && head.pos === 'NOUN' && !person && !STATEMENT_WORDS_SETS.countedSpeakingDocuments.has(head.normal);
}

/** The lemma of an -ing form: "warning" → warn, "arguing" → argue, "admitting" → admit. */
function ingLemma(lex: CueLexicon, normal: string): CueEntry | undefined {
  const base = normal.slice(0, -3);
  const doubled = base.length > 2 && base[base.length - 1] === base[base.length - 2] ? base.slice(0, -1) : undefined;
  return lex.byLemma.get(base) ?? lex.byLemma.get(`${base}e`) ?? (doubled !== undefined ? lex.byLemma.get(doubled) : undefined);
}

/** A participle set off after a comma, a dash, or a comma inside a closing quote mark ("…,” adding"). */
function participleSetOff(tokens: readonly Token[], i: number, s: Sentence): boolean {
  const prev = tokens[i - 1];
  if (!prev || i - 1 < s.tokenStart) return false;
  if (prev.text === ',' || prev.text === '—' || prev.text === '–') return true;
  // (a doubled closing mark, "…,'' adding", is two tokens)
  const half = tokens[i - 2];
  const c = half && isQuoteMark(prev.text) && isQuoteMark(half.text) && half.end === prev.start ? i - 3 : i - 2;
  const comma = tokens[c];
  return isQuoteMark(prev.text) && comma !== undefined && c >= s.tokenStart && comma.text === ',';
}

/**
 * "called the ruling “a watershed”", "called Trump a liar", "called them “long overdue”": an object, then a quote
 * or an indefinite noun phrase, within the clause. Passive and participial uses ("a firm called Kipworth", "was called")
 * have no object before the complement.
 */
/** Whom "added to" speaks to ("added to reporters on Monday", "added to CNN that"), unlike "added to the costs": a name or
 *  an audience noun ending its phrase. */
const AUDIENCE_NOUNS = new Set(['reporters', 'journalists', 'audience', 'crowd', 'supporters', 'listeners', 'viewers', 'lawmakers']);
function addresseeAfterTo(tokens: readonly Token[], from: number, s: Sentence): boolean {
  let k = from;
  if ((tokens[k] as Token | undefined)?.normal === 'the') k++;
  const first = k;
  while (k < s.tokenEnd && ((tokens[k] as Token).pos === 'PROPN' || AUDIENCE_NOUNS.has((tokens[k] as Token).normal))) k++;
  if (k === first) return false;
  const next = tokens[k];
  return k >= s.tokenEnd || next === undefined || /^[,.;:!?]$/u.test(next.text) || ['that', 'on', 'in', 'during', 'at', 'after', 'before'].includes(next.normal);
}

/** "called the blast accidental": a lower-case word after a noun object that the tagger reads as a noun but whose ending
 *  makes it an adjective (statement-words.json namingAdjectiveEndings), and no role noun ("the company executive"). */
const NAMING_ADJECTIVE_ENDING = new RegExp(`\\p{Ll}{3}(?:${STATEMENT_WORDS.namingAdjectiveEndings.map(escapeRegExp).join('|')})$`, 'u');
function adjectiveReadAsNoun(t: Token, prev: Token): boolean {
  return t.pos === 'NOUN' && prev.pos === 'NOUN' && /^\p{Ll}+$/u.test(t.text) && NAMING_ADJECTIVE_ENDING.test(t.normal) && ROLE_NOUNS[t.normal] === undefined;
}

function namingComplement(tokens: readonly Token[], i: number, s: Sentence, quoteOfToken: Int32Array): boolean {
  const prev = tokens[i - 1];
  if (prev && i > s.tokenStart && (['was', 'were', 'is', 'are', 'be', 'been', 'being', 'so'].includes(prev.normal) || prev.pos === 'NOUN' || prev.pos === 'PROPN' && !/^\p{Lu}/u.test(prev.text) || prev.text === '-')) {
    if (!(prev.pos === 'PROPN' || prev.pos === 'NOUN') || prev.normal === 'so') return false;
  }
  // "what aide Kevin Dorsey called “the beginning of a new era”", "a clip that the judge called “distasteful”": the object
  // is the relative word before the subject, and the quote follows the verb at once.
  const next = tokens[i + 1];
  if (next && i + 1 < s.tokenEnd && quoteOfToken[i + 1] === -1 && next.text.length === 1 && QUOTE_MARKS[next.text] !== undefined && quoteOfToken[i + 2] !== -1) {
    for (let j = i - 1; j >= s.tokenStart && i - j <= 8; j--) {
      const t = tokens[j] as Token;
      if (['what', 'which', 'that', 'whom', 'who'].includes(t.normal)) return j < i - 1;
      if (!(['PROPN', 'NOUN', 'PRON', 'DET', 'ADJ'].includes(t.pos) || /^[’']s$/u.test(t.text) || t.text === '.' || AUX_AND_ADVERBS.has(t.normal))) break;
    }
  }
  let sawObject = false;
  // "called that “beyond absurd”": a demonstrative standing for what was said is the object when the quote follows it
  // at once; "called that report “a lie”" has it as a determiner (not before a time: "called that afternoon to ask …")
  const demonstrative = tokens[i + 1];
  const afterDemonstrative = tokens[i + 2];
  const demonstrativeFirst = demonstrative !== undefined && afterDemonstrative !== undefined && i + 2 < s.tokenEnd && ['that', 'this'].includes(demonstrative.normal);
  if (demonstrativeFirst && afterDemonstrative.text.length === 1 && QUOTE_MARKS[afterDemonstrative.text] !== undefined && quoteOfToken[i + 3] !== -1) return true;
  const demonstrativeDeterminer = demonstrativeFirst && afterDemonstrative.pos === 'NOUN' && !TIME_NOUNS.has(afterDemonstrative.normal) && !CALENDAR_WORDS.has(afterDemonstrative.normal);
  for (let j = i + 1; j < s.tokenEnd && j <= i + 18; j++) {
    const t = tokens[j] as Token;
    if (j === i + 1 && demonstrativeDeterminer) continue;
    if (quoteOfToken[j] !== -1 || (t.text.length === 1 && QUOTE_MARKS[t.text] !== undefined)) return sawObject;
    // "called the payments lawful.", "called the feud with the board unusual, and …": an adjective after the object ends
    // the clause ("called the office early", "called her sister last week" have a time there); a word for a person the
    // tagger reads as one is a phone call ("called the patient's relative", "called the field operative")
    const closes = tokens[j + 1];
    if (sawObject && (t.pos === 'ADJ' || adjectiveReadAsNoun(t, tokens[j - 1] as Token)) && !STATEMENT_WORDS_SETS.notNamingAdjectives.has(t.normal)
      && !STATEMENT_WORDS_SETS.personNounsNotNaming.has(t.normal) && (tokens[j - 1] as Token).pos !== 'DET' && closes !== undefined && j + 1 < s.tokenEnd
      && /^[.!?,;—–]$/u.test(closes.text)) return true;
    // an appositive after the object: "called Clinton, his rival, a “co-founder”"
    if (t.text === ',' && sawObject) {
      let k = j + 1;
      while (k < s.tokenEnd && k <= j + 8 && (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes((tokens[k] as Token).pos) || ['his', 'her', 'its', 'their'].includes((tokens[k] as Token).normal) || /^[’'.]s?$/u.test((tokens[k] as Token).text))) k++;
      if (k > j + 1 && k < s.tokenEnd && (tokens[k] as Token).text === ',') { j = k; continue; }
    }
    if (t.text === ',' || t.text === ';' || /^[.!?]$/u.test(t.text) || ['for', 'on', 'off', 'in', 'up', 'out', 'back', 'to', 'at', 'that', 'who', 'which'].includes(t.normal) && !sawObject) return false;
    if (sawObject && (t.normal === 'a' || t.normal === 'an') && tokens[j + 1] !== undefined) return true;
    if (['NOUN', 'PROPN', 'PRON'].includes(t.pos) || ALWAYS_NOUNS.has(t.normal) || (t.pos === 'VERB' && (tokens[j - 1] as Token).pos === 'DET')) sawObject = true;
  }
  return false;
}

/**
 * The cue at `i` closes a quote ("“…,” she continued.", "“…,” continued Smith.") or opens one ("he continued: “…”",
 * "continued, “…”"): a short subject at most between the closing mark and the cue.
 */
/** A quote opens after the cue, behind a comma or colon and at most three words ("issued a statement Friday: “…”"), or a
 *  colon ends the sentence before a quote paragraph. */
function quoteFollows(tokens: readonly Token[], last: number, s: Sentence, quoteOfToken: Int32Array): boolean {
  let j = last + 1;
  while (j < s.tokenEnd && j <= last + 3 && ![',', ':'].includes((tokens[j] as Token).text) && !isPunct(tokens[j] as Token)) j++;
  if (j >= s.tokenEnd || ![',', ':'].includes((tokens[j] as Token).text)) return false;
  // (a colon ending the paragraph: the quote is the next paragraph, "issued the following statement:¶“…”")
  if ((tokens[j] as Token).text === ':' && j + 1 === s.tokenEnd) return true;
  return j + 2 < s.tokenEnd && isQuoteMark((tokens[j + 1] as Token).text) && quoteOfToken[j + 2] !== -1;
}

/**
 * A quote touching the phrase from `i` to `last`: opening right after it, after a colon or comma at most ("She went on:
 * “…”", "He went on, “…”"), or closing right before its short subject ("“…,” she went on.").
 */
/** Whether a text is only a phrase of time: prepositions of time, deictics, calendar words, time units, numbers. */
function onlyTimeWords(text: string): boolean {
  const words = text.toLowerCase().split(/[\s,]+/u).filter((w) => w !== '');
  const timeWord = (w: string): boolean => CALENDAR_WORDS.has(w) || STATEMENT_WORDS_SETS.timeUnits.has(w) || /^\d{1,4}$/u.test(w) || ['yesterday', 'today', 'morning', 'afternoon', 'evening', 'night'].includes(w);
  return words.length > 0 && words.length <= 5 && words.some(timeWord) && words.every((w) => ['in', 'on', 'at', 'during', 'since', 'earlier', 'later', 'the', 'a', 'ago', 'yesterday', 'today', 'morning', 'afternoon', 'evening', 'night'].includes(w)
    || STATEMENT_WORDS_SETS.timeDeictics.has(w) || CALENDAR_WORDS.has(w) || STATEMENT_WORDS_SETS.timeUnits.has(w) || /^\d{1,4}$/u.test(w));
}

/** Whether a quote of the sentence closes before the token at `i`, with no sentence-ending mark after it. */
function quoteClosedBefore(tokens: readonly Token[], i: number, s: Sentence, quoteOfToken: Int32Array): boolean {
  for (let k = i - 1; k > s.tokenStart; k--) {
    const w = tokens[k] as Token;
    if (PUNCT_END.test(w.text) && quoteOfToken[k] === -1) return false;
    if (isQuoteMark(w.text) && quoteOfToken[k] === -1 && quoteOfToken[k - 1] !== -1) return true;
  }
  return false;
}

/** Whether the clause ends after the token at `last`: the sentence's end, a comma, a semicolon, a quote opening, or a
 *  "by" agent then one of those ("quoted as saying by the Ledger."). */
function clauseEndsAfter(tokens: readonly Token[], last: number, s: Sentence): boolean {
  let j = last + 1;
  if (j < s.tokenEnd && (tokens[j] as Token).normal === 'by') {
    j++;
    while (j < s.tokenEnd && j - last < 10 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM'].includes((tokens[j] as Token).pos)) j++;
  }
  return j >= s.tokenEnd || PUNCT_END.test((tokens[j] as Token).text) || [',', ';', '—', '–'].includes((tokens[j] as Token).text) || isQuoteMark((tokens[j] as Token).text);
}

function quoteTouches(tokens: readonly Token[], i: number, last: number, s: Sentence, quoteOfToken: Int32Array): boolean {
  let j = last + 1;
  if (j < s.tokenEnd && [':', ','].includes((tokens[j] as Token).text)) j++;
  if (j + 1 < s.tokenEnd && isQuoteMark((tokens[j] as Token).text) && quoteOfToken[j] === -1 && quoteOfToken[j + 1] !== -1) return true;
  const closing = (k: number): boolean => k >= s.tokenStart && isQuoteMark((tokens[k] as Token).text) && quoteOfToken[k] === -1
    && k - 1 >= 0 && quoteOfToken[k - 1] !== -1;
  const { subjectEnd, before } = shortSubjectBefore(tokens, i, s);
  return before < subjectEnd && closing(before);
}

function nextToQuote(tokens: readonly Token[], i: number, s: Sentence, quoteOfToken: Int32Array): boolean {
  const closing = (k: number): boolean => k >= 0 && isQuoteMark((tokens[k] as Token).text) && quoteOfToken[k] === -1
    && k - 1 >= 0 && quoteOfToken[k - 1] !== -1;
  const { subjectEnd, before } = shortSubjectBefore(tokens, i, s);
  if (closing(subjectEnd) || (before < subjectEnd && closing(before))) return true;
  let j = i + 1;
  while (j < s.tokenEnd && auxOrAdverb(tokens[j])) j++;
  const t = tokens[j];
  if (t && j < s.tokenEnd && (t.text === ':' || t.text === ',')) j++;
  const q = tokens[j];
  return q !== undefined && j < s.tokenEnd && isQuoteMark(q.text) && quoteOfToken[j + 1] !== undefined && quoteOfToken[j + 1] !== -1;
}

/**
 * Left of the cue at `i`: `subjectEnd`, the token before its auxiliaries and adverbs, and `before`, the token before a
 * short subject (up to six noun-phrase tokens) ending there; `before === subjectEnd` when there is none.
 */
function shortSubjectBefore(tokens: readonly Token[], i: number, s: Sentence): { subjectEnd: number; before: number } {
  let k = i - 1;
  while (k >= s.tokenStart && auxOrAdverb(tokens[k])) k--;
  const subjectEnd = k;
  while (k >= s.tokenStart && subjectEnd - k < 6 && (['PROPN', 'NOUN', 'PRON', 'DET', 'ADJ'].includes((tokens[k] as Token).pos) || /^[’'.]s?$/u.test((tokens[k] as Token).text))) k--;
  return { subjectEnd, before: k };
}

/** Subject pronouns that can open a reported clause ("thinks he will win"); object forms ("expects him to") cannot. */
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'there', 'this', 'that', 'these', 'those', 'nobody', 'no', 'someone', 'everyone', 'nothing', 'something', 'everything', 'all', 'many', 'most', 'some', 'few']);

/**
 * A verb of belief or expectation reports a statement only with a clause of its own: "that …", or a subject and a finite
 * verb ("thinks the plan will fail", "believe Smith is right"), or as an inverted attribution closing its clause
 * ("…, she thinks."). Not "believe in", "think about it", "expect to win", "expects him to resign", nor in a question
 * ("Do you think …?"), which asks rather than asserts.
 */
/** "declared the plan dead", "declared the vote void": an object and an adjective that says what the speaker holds it to be. */
/**
 * "declared the senator to be “the chosen one”", "declared a resolve to “fight on”": the object phrase of a verb runs to an
 * infinitive whose words are quoted, so the verb reports them. A quote right after the determiner is the name of the
 * thing done ("declared a “climate emergency”"), and punctuation or a finite verb ends the object first.
 */
function quoteAfterInfinitive(tokens: readonly Token[], i: number, s: Sentence, quoteOfToken: Int32Array): boolean {
  let to = false;
  for (let k = i + 1; k < s.tokenEnd && k <= i + 12; k++) {
    const w = tokens[k] as Token;
    if (isQuoteMark(w.text)) return to && quoteOfToken[k + 1] !== undefined && quoteOfToken[k + 1] !== -1;
    if (quoteOfToken[k] !== -1 || /^[.!?;:,()—–]$/u.test(w.text) || (w.pos === 'VERB' && w.normal !== w.lemma && !w.normal.endsWith('ing'))) return false;
    if (w.normal === 'to') to = true;
  }
  return false;
}

/** "declared the match abandoned", "declared the seat vacant": an object and a state the declaration puts it in
 *  (statement-words.json declaredStates) closing the clause; an act, not an opinion of it ("declared the plan dead"). */
function declaredState(tokens: readonly Token[], i: number, s: Sentence): boolean {
  let j = i + 1;
  while (j < s.tokenEnd && j <= i + 6 && ['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ'].includes((tokens[j] as Token).pos) && !STATEMENT_WORDS_SETS.declaredStates.has((tokens[j] as Token).normal)) j++;
  const t = tokens[j];
  if (j === i + 1 || !t || j >= s.tokenEnd || !STATEMENT_WORDS_SETS.declaredStates.has(t.normal)) return false;
  const after = tokens[j + 1];
  return !after || j + 1 >= s.tokenEnd || isPunct(after) || after.pos === 'ADP' || after.pos === 'CCONJ';
}

function adjectiveComplement(tokens: readonly Token[], i: number, s: Sentence): boolean {
  let j = i + 1;
  // (a modifier before the noun, whatever wink tags it: "the dredging plan")
  const modifier = (k: number): boolean => ['ADJ', 'VERB'].includes((tokens[k] as Token).pos) && ['NOUN', 'PROPN'].includes((tokens[k + 1] as Token | undefined)?.pos ?? '');
  while (j < s.tokenEnd && j <= i + 6 && (['DET', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes((tokens[j] as Token).pos) || modifier(j))) j++;
  const t = tokens[j];
  if (j === i + 1 || !t || j >= s.tokenEnd || t.pos !== 'ADJ') return false;
  const after = tokens[j + 1];
  return !after || j + 1 >= s.tokenEnd || isPunct(after) || after.pos === 'ADP' || after.pos === 'CCONJ';
}

/**
 * The word before the subject that ends right before the cue at `i`: the subject is the noun before the cue with up to
 * three determiners, quantifiers, adjectives or nouns (a hyphenated compound's halves among them) before it ("that
 * critics", "that many local critics", "which the harbour engineers"). In "a ruling that many lawyers say could …" it is "that".
 */
function relativeBeforeSubject(tokens: readonly Token[], i: number, s: Sentence): Token | undefined {
  let k = i - 2;
  // (a hyphen inside a compound, "fire-safety officers", joins its halves and counts as no word)
  let words = 1;
  while (k >= s.tokenStart && words <= 3 && (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes((tokens[k] as Token).pos)
    || ((tokens[k] as Token).text === '-' && (tokens[k] as Token).start === (tokens[k - 1] as Token | undefined)?.end && (tokens[k] as Token).end === (tokens[k + 1] as Token).start))
    && !['that', 'which', 'what'].includes((tokens[k] as Token).normal)) { if ((tokens[k] as Token).text !== '-') words++; k--; }
  return k >= s.tokenStart ? tokens[k] : undefined;
}

function reportedClause(tokens: readonly Token[], i: number, s: Sentence, quoteOfToken: Int32Array): boolean {
  const last = tokens[s.tokenEnd - 1] as Token;
  if (last.text === '?' || (isQuoteMark(last.text) && (tokens[s.tokenEnd - 2] as Token | undefined)?.text === '?' && quoteOfToken[i] === -1 && quoteOfToken[s.tokenEnd - 2] === -1)) return false;
  // An inverted attribution after a quote or a clause: "“No,” he responded to the reporter.", "…, the mayor posted on X."
  {
    const { subjectEnd, before: k } = shortSubjectBefore(tokens, i, s);
    const b = k >= 0 ? tokens[k] : undefined;
    if (k < subjectEnd && b !== undefined && (b.text === ',' || (isQuoteMark(b.text) && quoteOfToken[k] === -1)) && (k >= s.tokenStart || isQuoteMark(b.text))) return true;
    // the verb first: "“No,” replied Smith."
    const v = tokens[subjectEnd];
    // (with its subject after it: "…, expected later this year" is a participle on the noun before it, no attribution)
    const after = tokens[i + 1];
    const subjectAfter = after !== undefined && i + 1 < s.tokenEnd && ['DET', 'PROPN', 'NOUN', 'PRON', 'NUM', 'ADJ'].includes(after.pos);
    if (subjectEnd === i - 1 && v !== undefined && (v.text === ',' || isQuoteMark(v.text)) && (subjectEnd >= s.tokenStart || isQuoteMark(v.text)) && (subjectAfter || isQuoteMark(v.text))) return true;
  }
  // "Another child responded, “That’s …”", "responded pointedly, with a smile: “…”": a quote after a comma or colon
  for (let k = i + 1; k < s.tokenEnd && k <= i + 10; k++) {
    const w = tokens[k] as Token;
    if (isQuoteMark(w.text) && quoteOfToken[k + 1] !== -1 && [',', ':'].includes((tokens[k - 1] as Token).text)) return true;
    if (w.pos === 'VERB' || w.pos === 'AUX' || /^[.;!?]$/u.test(w.text) || quoteOfToken[k] !== -1) break;
  }
  let j = i + 1;
  while (j < s.tokenEnd && auxOrAdverb(tokens[j]) && !NEGATORS.has((tokens[j] as Token).normal)) j++;
  const t = tokens[j];
  if (!t || j >= s.tokenEnd) return true;
  // "believes, for example, that …": a parenthetical between the verb and its clause
  if (t.text === ',') {
    for (let k = j + 1; k < s.tokenEnd && k <= j + 6; k++) if ((tokens[k] as Token).text === ',') { if ((tokens[k + 1] as Token | undefined)?.normal === 'that') return true; break; }
  }
  // "the one thing he believes will work", "what she thinks is fair": the clause's subject moved before the verb
  if ((t.pos === 'AUX' && !['to', 'being', 'been'].includes(t.normal)) || (t.pos === 'VERB' && t.normal !== t.lemma && !t.normal.endsWith('ing') && !t.normal.endsWith('ed'))) return true;
  if (/^[.!,;]$/u.test(t.text)) {
    const prev = tokens[i - 1];
    let k = i - 1;
    while (k >= s.tokenStart && auxOrAdverb(tokens[k])) k--;
    const before = tokens[k - 1];
    return prev !== undefined && k - 1 >= s.tokenStart && before !== undefined && (before.text === ',' || isQuoteMark(before.text));
  }
  if (t.normal === 'that') return true;
  if (t.text === ':' || (isQuoteMark(t.text) && quoteOfToken[j + 1] !== -1)) return true;
  // "posted on Facebook that …", "responded in a statement: …": a setting before the clause
  if (t.pos === 'ADP') {
    for (let k = j + 1; k < s.tokenEnd && k <= j + 8; k++) {
      const w = tokens[k] as Token;
      if (w.normal === 'that' || w.text === ':') return true;
      if (w.pos === 'VERB' || w.pos === 'AUX' || /^[.;!?]$/u.test(w.text)) return false;
    }
    return false;
  }
  if (t.pos === 'PRON' ? !SUBJECT_PRONOUNS.has(t.normal) : !['DET', 'PROPN', 'NOUN', 'NUM', 'ADJ'].includes(t.pos) && !SUBJECT_PRONOUNS.has(t.normal)) return false;
  for (let k = j + 1; k < s.tokenEnd && k <= j + 16; k++) {
    const w = tokens[k] as Token;
    if (w.normal === 'to' || /^[.!?;:,]$/u.test(w.text) || quoteOfToken[k] !== -1) return false;
    // ("the priority being placed on … shows": a participle inside the subject)
    if (['being', 'been', 'having'].includes(w.normal)) continue;
    if (w.pos === 'AUX' || (w.pos === 'VERB' && w.normal !== w.lemma && !w.normal.endsWith('ing'))) return true;
    if (['who', 'which', 'whom', 'as', 'because', 'while', 'when', 'after', 'before', 'if', 'since', 'although', 'though', 'until', 'but'].includes(w.normal)) return false;
  }
  return false;
}

/**
 * A finite clause opens at `j`: "that …", or a subject (a determiner, name, noun or subject pronoun) whose finite verb
 * (an auxiliary or an inflected verb) comes before any punctuation, "to", quote or subordinator ("the cleric runs a
 * network", "it will result in …"); not a noun phrase object ("claims damages", "notes from the meeting").
 */
/**
 * "Dennis Kroll, the utility's manager, disputes that account.", "The mayor disputes the figures.", "Residents, who live
 * by the plant, dispute those findings.": wink tags a present form of a cue that is also a noun (disputes, claims,
 * denies, warns, calls) as a noun. Between a subject that opens its clause (a name or noun phrase, perhaps with an
 * appositive set off by commas) and an object (a determiner, possessive, name or number opening a noun phrase that has
 * no verb of its own after it) it is the verb, when it agrees with the subject's head in number.
 * ("Pay disputes the union brought were settled": a verb after the "object" makes the word a compound's head;
 * "Complaints, refunds, disputes and appeals rose": no object after it; "a row over disputes the board …": no subject.)
 */
function presentWithObject(tokens: readonly Token[], i: number, s: Sentence, lemma: string, quoteOfToken: Int32Array): boolean {
  const t = tokens[i] as Token;
  if (t.pos !== 'NOUN' || !(t.normal === lemma || t.normal === `${lemma}s` || t.normal === `${lemma}es`)) return false;
  const npWord = (w: Token): boolean => ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(w.pos) || /^[’']s?$/u.test(w.text) || POSSESSIVE_DETERMINERS.has(w.normal) || w.text === '-';
  let k = i - 1;
  if (k < s.tokenStart) return false;
  let head = tokens[k] as Token;
  // an appositive set off by commas: a noun phrase (with its prepositional phrases) or a relative clause
  if (head.text === ',') {
    let c = k - 1;
    while (c > s.tokenStart && (tokens[c] as Token).text !== ',' && k - c <= 16 && quoteOfToken[c] === -1 && !isQuoteMark((tokens[c] as Token).text)) c--;
    if (c <= s.tokenStart || (tokens[c] as Token).text !== ',' || c === k - 1) return false;
    const open = tokens[c + 1] as Token;
    const relative = ['who', 'which'].includes(open.normal);
    if (!relative && !tokens.slice(c + 1, k).every((w) => npWord(w) || w.pos === 'ADP')) return false;
    k = c - 1;
    head = tokens[k] as Token;
  }
  if (!['NOUN', 'PROPN'].includes(head.pos)) return false;
  let from = k;
  while (from - 1 >= s.tokenStart && npWord(tokens[from - 1] as Token) && k - from < 8) from--;
  const opener = from - 1 >= s.tokenStart ? tokens[from - 1] as Token : undefined;
  if (!(opener === undefined || (opener.text !== ',' && LEFT_BOUNDARY.has(opener.normal)) || ['CCONJ', 'SCONJ'].includes(opener.pos) || isQuoteMark(opener.text))) return false;
  // (a plural noun opening the sentence may be tagged a name: "Residents, who …, dispute …")
  const plural = (head.pos === 'NOUN' || (head.pos === 'PROPN' && k === s.tokenStart)) && (/[^s]s$/u.test(head.normal) || ALWAYS_NOUNS.has(head.normal));
  if (t.normal === lemma ? !plural : plural) return false;
  // a reported clause ("claims the vote was rigged"), or an object with nothing verbal after it
  if (clauseAfter(tokens, i + 1, s, quoteOfToken)) return true;
  const o = tokens[i + 1];
  if (o === undefined || i + 1 >= s.tokenEnd || quoteOfToken[i + 1] !== -1) return false;
  if (!(['DET', 'PROPN', 'NUM'].includes(o.pos) || POSSESSIVE_DETERMINERS.has(o.normal))) return false;
  let j = i + 1;
  while (j < s.tokenEnd && npWord(tokens[j] as Token) && j - i <= 8) j++;
  if (j === i + 1) return false;
  while (j < s.tokenEnd && (tokens[j] as Token).pos === 'ADV') j++;
  const after = tokens[j];
  return j >= s.tokenEnd || after === undefined || !['VERB', 'AUX', 'PRON'].includes(after.pos);
}

function clauseAfter(tokens: readonly Token[], j: number, s: Sentence, quoteOfToken: Int32Array): boolean {
  const t = tokens[j];
  if (t === undefined || j >= s.tokenEnd || quoteOfToken[j] !== -1) return false;
  if (t.normal === 'that') return j + 1 < s.tokenEnd && ['DET', 'PROPN', 'NOUN', 'PRON', 'NUM', 'ADJ'].includes((tokens[j + 1] as Token).pos);
  const possessive = POSSESSIVE_DETERMINERS.has(t.normal);
  if (t.pos === 'PRON' && !possessive ? !SUBJECT_PRONOUNS.has(t.normal) || ['that', 'this', 'these', 'those', 'all', 'some', 'many', 'most', 'few'].includes(t.normal) : !['DET', 'PROPN', 'NOUN', 'NUM'].includes(t.pos) && !possessive) return false;
  const stops = ['who', 'which', 'whom', 'that', 'as', 'because', 'while', 'when', 'after', 'before', 'if', 'since', 'although', 'until', 'and', 'or', 'but'];
  const finiteVerb = (w: Token, k: number): boolean => w.pos === 'VERB' && w.normal !== w.lemma && !w.normal.endsWith('ing') && !(/(ed|en)$/u.test(w.normal) && (tokens[k + 1] as Token | undefined)?.normal === 'by');
  for (let k = j + 1; k < s.tokenEnd && k <= j + 8; k++) {
    const w = tokens[k] as Token;
    if (w.normal === 'to' || /^[.!?;:,()]$/u.test(w.text) || isQuoteMark(w.text) || quoteOfToken[k] !== -1) return false;
    if ([...stops, 'for', 'of', 'from', 'by'].includes(w.normal)) return false;
    const aux = w.pos === 'AUX' && !['being', 'been', 'having'].includes(w.normal);
    if (!aux && w.pos !== 'VERB') continue;
    if (!aux && !finiteVerb(w, k)) return false;
    // ("the insurance claims the company paid rose": a second finite verb after it is the sentence's own, and the
    // "clause" was a relative one on a noun)
    for (let m = k + 1; m < s.tokenEnd; m++) {
      const x = tokens[m] as Token;
      if (/^[.!?;:,()]$/u.test(x.text) || isQuoteMark(x.text) || stops.includes(x.normal)) break;
      const pm = tokens[m - 1] as Token;
      if (((finiteVerb(x, m) && !/(ed|en)$/u.test(x.normal)) || (x.pos === 'AUX' && !['to', 'being', 'been', 'having'].includes(x.normal))) && !AUX_AND_ADVERBS.has(pm.normal) && pm.pos !== 'AUX' && pm.pos !== 'PRON') return false;
    }
    return true;
  }
  return false;
}

/**
 * A present-tense verb (or a past one, "-ed") that wink tagged as a noun, in a reported clause "the new fee yields a jump", "each year of
 * study adds a tenth": the clause opens with a determiner, possessive, number or name, and the -s word stands between a
 * noun and a determiner, number or possessive, and no unit of time follows the determiner ("the evening prayers each
 * night"). A noun phrase alone ("in a statement", "on the sidelines") has no such word.
 */
function misTaggedPresentVerb(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from] as Token | undefined;
  if (!first || !(['DET', 'PROPN', 'NUM'].includes(first.pos) || POSSESSIVE_DETERMINERS.has(first.normal))) return false;
  if (first.pos === 'DET' && !['the', 'a', 'an', 'each', 'every', 'this', 'that', 'no', 'any'].includes(first.normal)) return false;
  for (let j = from + 1; j < to; j++) {
    const t = tokens[j] as Token;
    const prev = tokens[j - 1] as Token;
    const next = tokens[j + 1] as Token;
    if (t.pos === 'ADP' && t.normal !== 'of') return false;
    // (and a past form, "the incident fitted a broader trend", "the firm shipped the parts": an -ed word, not "-eed" as in
    // "need", "speed", in the same place)
    if (t.pos !== 'NOUN' || !(/^\p{Ll}{3,}[^s]s$/u.test(t.text) || /^\p{Ll}{2,}[^e]ed$/u.test(t.text))) continue;
    if (!['NOUN', 'PROPN'].includes(prev.pos)) continue;
    // ("the evening prayers each night": a determiner before a unit of time opens an adverbial, not the verb's object)
    if (next.pos === 'DET' && TIME_UNITS.has((tokens[j + 2] as Token | undefined)?.normal ?? '')) continue;
    if (['DET', 'NUM'].includes(next.pos) || POSSESSIVE_DETERMINERS.has(next.normal)) return true;
  }
  return false;
}

/** "did not mention", "has never mentioned", "didn't even mention": a negation among the auxiliaries and adverbs right
 *  before the verb. */
function negatedVerb(tokens: readonly Token[], i: number, s: Sentence): boolean {
  for (let j = i - 1; j >= s.tokenStart && j >= i - 4; j--) {
    const t = tokens[j] as Token;
    if (['not', "n't", 'n’t', 'never'].includes(t.normal)) return true;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

/** An object and then "to" + verb after a cue ("appealed to drivers to slow down", "… to anyone who saw the crash to
 *  call"), before the clause ends: the "to" may not follow a verb ("voters who wanted to see change" wants, asks
 *  nothing) nor stand right after the cue (the object comes first). */
function objectInfinitiveFollows(tokens: readonly Token[], last: number, s: Sentence, quoteOfToken: Int32Array): boolean {
  let relative = false;
  for (let j = last + 2; j + 1 < s.tokenEnd; j++) {
    const t = tokens[j] as Token;
    if (quoteOfToken[j] !== -1 || [';', ':', '.'].includes(t.text) || t.pos === 'CCONJ') return false;
    // ("would appeal to the tribunal and asked the office to …": a verb outside a relative clause on the object ends it)
    if (['who', 'that', 'which'].includes(t.normal)) relative = true;
    if (t.pos === 'VERB' && !relative && (tokens[j - 1] as Token).normal !== 'to') return false;
    const prev = tokens[j - 1] as Token;
    if (t.normal === 'to' && (tokens[j + 1] as Token).pos === 'VERB' && prev.pos !== 'VERB' && prev.pos !== 'AUX') return true;
  }
  return false;
}

/** Whether "that" follows the object after `last` ("put it to the first witness, a paramedic, that …"), before any verb,
 *  quote or end of clause. */
function objectThatFollows(tokens: readonly Token[], last: number, s: Sentence, quoteOfToken: Int32Array): boolean {
  for (let j = last + 1; j < s.tokenEnd && j <= last + 14; j++) {
    const t = tokens[j] as Token;
    if (t.normal === 'that' && j > last + 1) return true;
    if (quoteOfToken[j] !== -1 || [';', ':', '.'].includes(t.text) || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'CCONJ') return false;
  }
  return false;
}

function matchPhrase(tokens: readonly Token[], i: number, s: Sentence, list: readonly PhraseEntry[] | undefined): { entry: PhraseEntry; last: number } | null {
  if (!list) return null;
  for (const entry of list) {
    let j = i;
    let ok = true;
    let daySkipped = false;
    for (const [n, w] of entry.words.entries()) {
      // the noun of a graded phrase after a possessive and adjectives ("expressed deep concern", "voiced their concerns")
      if (entry.gradedNoun && n === entry.words.length - 1 && n > 0) {
        let skipped = 0;
        while (skipped < 3 && j < s.tokenEnd && (tokens[j] as Token).lemma !== w && (tokens[j] as Token).normal !== w
          && ((tokens[j] as Token).pos === 'ADJ' || (skipped === 0 && POSSESSIVE_DETERMINERS.has((tokens[j] as Token).normal)))) { j++; skipped++; }
      }
      // allow one intervening auxiliary/adverb ("did not immediately respond", "could not be reached"), or a day inside a
      // verb and its particle ("called Thursday for an inquiry", "called yesterday on the board to …")
      while (j < s.tokenEnd && (tokens[j] as Token).lemma !== w && (tokens[j] as Token).normal !== w && (AUX_AND_ADVERBS.has((tokens[j] as Token).normal) || (j === i + 1 && CALENDAR_WORDS.has((tokens[j] as Token).normal))) && j > i && w !== 'not') {
        if (CALENDAR_WORDS.has((tokens[j] as Token).normal)) daySkipped = true;
        j++;
      }
      const t = tokens[j];
      if (!t || j >= s.tokenEnd || (t.lemma !== w && t.normal !== w)) { ok = false; break; }
      j++;
    }
    // ("The plumber called Thursday for the second time", "called Monday for three hours": after a day, a count or a
    // duration is when or how long, not what was called for)
    if (ok && daySkipped && j < s.tokenEnd) {
      const at = (n: number): string => (n < s.tokenEnd ? (tokens[n] as Token | undefined)?.normal ?? '' : '');
      const k = ARTICLES.has(at(j)) ? j + 1 : j;
      const ordinalTime = STATEMENT_WORDS_SETS.ordinalWords.has(at(k)) && [at(k + 1), at(k + 2)].some((w) => w === 'time' || w === 'times');
      // ("for a week of strikes" is called for)
      const duration = ((tokens[j] as Token).pos === 'NUM' || ['a', 'an'].includes(at(j))) && STATEMENT_WORDS_SETS.durationUnits.has(at(j + 1)) && at(j + 2) !== 'of';
      if (ordinalTime || duration) ok = false;
    }
    if (ok) return { entry, last: j - 1 };
  }
  return null;
}

/**
 * Confidence is the share of a rule's statements that matched a gold statement on PolNeAR's train split (real news,
 * measured 2026-11-28, 300 articles), so that `confidence` reads as an expected precision. Rules not listed keep the
 * value they were built with.
 */
const RULE_PRECISION: Readonly<Record<string, number>> = {
  'direct:inverted': 0.98, 'direct-after-cue:forward': 0.92, 'direct-after-cue:participial': 0.96, 'direct-after-cue:coordinated': 0.95,
  'direct-after-colon:forward': 0.86, 'direct:continues-attribution': 0.83, 'direct:continues-paragraph': 0.88,
  'mixed:forward': 0.86, 'mixed:participial': 0.88, 'mixed:coordinated': 0.85, 'mixed:inverted-interrupting': 0.96,
  'indirect:forward': 0.76, 'indirect:inverted': 0.82, 'indirect:coordinated': 0.70, 'indirect:participial': 0.78,
  'indirect:inverted-interrupting': 0.93, 'indirect:as-reported': 0.89, 'indirect:infinitive': 0.7,
  'according:before-content': 0.96, 'according:after-content': 0.82,
};

function calibrated(st: DraftStatement): DraftStatement {
  const key = (st.rules?.[0] ?? '').split(':').slice(0, 2).join(':');
  const p = RULE_PRECISION[key];
  return p === undefined ? st : { ...st, confidence: p };
}

function dedupe(list: DraftStatement[]): DraftStatement[] {
  const seen = new Set<string>();
  const out: DraftStatement[] = [];
  for (const st of list) {
    const key = `${st.content.start}-${st.content.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(st);
  }
  return out.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
}
