/**
 * The features of a statement that the trained act model reads (issue 6; src/lexicon/act-model.json): the content's
 * lowercased content words (crudely stemmed) and word pairs, words in the scope of a negation marked (`NOT_responsible`), the cue's lemma,
 * the speaker's kind, the first and second person, a question mark, and the act and
 * act rules the hand-written rules gave before the model. One lowercase word split of the content: linear in its length,
 * no re-parse (issue 8). The same function is called by the training script on the pipeline's statements and at run
 * time by the stance stage, so the model sees at run time what it was trained on.
 *
 * Left out on purpose (review of the first model): capitalised words inside a sentence, which are names ("Kipworth",
 * "Varnington Foods") and say nothing about another article's act; and the statement's type as a feature of its own, which
 * made every direct quote lean to CRITICIZE whatever its words.
 */
import type { Features } from '../../ml/softmax.js';
import stanceWords from '../../lexicon/stance-words.json' with { type: 'json' };
import actWords from '../../lexicon/act-words.json' with { type: 'json' };
import { z } from 'zod';
import { TONE_THRESHOLD, toneOf } from './tone.js';
import { BmpRegExp } from '../../model/bmp-regexp.js';
import { firstWordListMatch, prefilterPhrases, wordStarts } from '../../model/word-list-search.js';

// (this module's patterns are large: on text without surrogates they run as their smaller BMP twins, same matches)
const RegExp = BmpRegExp;

export interface ActFeatureInput {
  /** The statement's own words (the reporter's words between the pieces of a split quote blanked, offsets kept). */
  content: string;
  /** Offset of `content` in the article: the word offsets returned are the article's. */
  start: number;
  cueLemma: string;
  type: string;
  speakerKind: string;
  /** The act the rules gave before the model. */
  ruleAct: string;
  /** The rule ids recorded so far; only `act:` ones are read. */
  rules: readonly string[];
  /** The stances the rules gave the statement's targets: others against / for, and the speaker's own stance for itself. */
  stances?: { targets: number; against: number; favor: number; selfFavor?: number };
  /** Another speaker spoke against this statement's speaker earlier in the article (the rules' stances): content that
   *  speaks of the speaker's own conduct then answers a charge (GUIDE decision 18: justifying answers an allegation). */
  accusedBefore?: boolean;
}

export interface ActFeatures {
  features: Features;
  /** For each word feature (`w:`, `b:`, `NOT_`), the first place in the article its words stand: the model's evidence. */
  spans: ReadonlyMap<string, { start: number; end: number }>;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** Negators whose scope runs over the next words up to a punctuation mark or a contrast (at most SCOPE words). */
const NEGATORS = new Set(['not', 'no', 'never', 'nothing', 'none', 'nobody', 'neither', 'nor', 'without', 'cannot']);
const SCOPE = 4;
const SCOPE_BREAK = /[,.;:!?()“”"—–]|\bbut\b/u;
/** Between two words, the end of a sentence (or a colon before a quoted one). */
const SENTENCE_END = /[.!?:]/u;
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our', "i'm", "we're", "i've", "we've", "i'd", "we'd", "i'll", "we'll"]);
const SECOND_PERSON = new Set(['you', 'your', "you're", "you've", "you'll"]);
/**
 * Function words (pronouns, determiners, quantifiers, modals, auxiliaries, prepositions, common adverbs; the list is data,
 * act-words.json `functionWords`): no feature of their own, no pair of two of them, no negated one, and never evidence.
 * Review of session 10: with "us", "our", "one", "would", "will", "even", "all" as features the model read neutral
 * statements and laments as CRITICIZE, WARN or DENY on unseen text. A pair of a function word and a content word
 * ("should_resign", "not_acceptable") stays: its evidence includes a content word.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(z.array(z.string().min(1).regex(/^[^A-Z’]+$/u, 'function words are lowercase, apostrophe as \'')).min(1).parse(actWords.functionWords));
const STOP = FUNCTION_WORDS;

/** A phrase list as one pattern: `*` any word ending, an apostrophe either form, a space any run of spaces. */
function phrases(list: readonly string[]): RegExp {
  const alt = [...list].sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, (c) => (c === '*' ? '*' : `\\${c}`)).replace(/\*/gu, '[\\p{L}-]*').replace(/['’]/gu, "[’']").replace(/ /gu, '[^\\S\\n]+'))
    .join('|');
  // (searched a word start at a time: firstWordListMatch, the same first match)
  return prefilterPhrases(new RegExp(`(?<![\\p{L}])(?:${alt})(?![\\p{L}-])`, 'iu'), list);
}
/**
 * Word classes of general news language (the lexicons the rules read, and a few grammatical classes), one feature each
 * (`class:wrongdoing`): a class carries from one topic to another where a word identity ("seabed", "pump") does not.
 * The rules need a class word in a given construction; the model reads that the class occurs at all.
 */
const CLASSES: readonly [string, RegExp][] = [
  ['wrongdoing', phrases(stanceWords.wrongdoing)],
  ['criticism', phrases([...stanceWords.criticism, ...stanceWords.negativeEvaluation, ...actWords.criticism])],
  ['legitimacy', phrases([...stanceWords.legitimacy, ...actWords.conformingConduct])],
  ['denial', phrases(stanceWords.denial)],
  ['praise', phrases([...stanceWords.praise, ...stanceWords.positiveEvaluation, ...actWords.praise])],
  ['warning', phrases([...stanceWords.warning, ...actWords.warning, ...actWords.riskNouns])],
  ['demand', phrases(stanceWords.demand)],
  ['blame', phrases(stanceWords.blame)],
  ['adverse', phrases(stanceWords.adverse)],
  ['punitive', phrases(stanceWords.punitive)],
  // (grammatical classes, `gram:`: built of function words, so features but never evidence) obligation aimed at
  // someone; a consequence foretold; thorough conduct (review: the quantifiers "all", "every" made a plain statement DENY)
  ['gram:obligation', /(?<![\p{L}])(?:must|should|ought to|needs? to|ha(?:s|ve) to|has got to|have got to)(?![\p{L}])/iu],
  ['gram:foretold', /(?<![\p{L}])(?:will|would|could|might|may|going to)(?:[^\S\n]+[\p{L}]+)?[^\S\n]+(?:lead|cause|mean|result|cost|force|put|leave|hurt|harm|damage|destroy|kill|end|lose|close|collapse)(?![\p{L}])/iu],
  ['gram:thorough', /(?<![\p{L}])(?:fully|properly|thoroughly|independent(?:ly)?)(?![\p{L}])/iu],
];

const norm = (w: string): string => w.toLowerCase().replace(/’/gu, "'");
/** A crude suffix stripper, so that "criticised", "criticises" and "criticising" share a feature. */
export function stem(w: string): string {
  if (w.length <= 4) return w;
  return w.replace(/(?:ies|ied)$/u, 'y').replace(/(?:ing|ed|es|s|ly)$/u, '').replace(/(?:is|iz)$/u, 'ise').replace(/e$/u, '');
}

export function actFeatures(input: ActFeatureInput): ActFeatures {
  const features = new Map<string, number>();
  const spans = new Map<string, { start: number; end: number }>();
  const put = (name: string, span?: { start: number; end: number }): void => {
    features.set(name, 1);
    if (span && !spans.has(name)) spans.set(name, span);
  };
  put(`cue:${input.cueLemma || '-'}`);
  put(`speaker:${input.speakerKind}`);
  put(`rule-act:${input.ruleAct}`);
  for (const r of input.rules) if (r.startsWith('act:')) put(`rule:${r}`);

  const text = input.content;
  const words: { w: string; start: number; end: number; name: boolean }[] = [];
  let previousEnd = -1;
  for (const m of text.matchAll(WORD)) {
    const at = m.index as number;
    // (a capital that does not open a sentence is a name's: "paid Varnington Foods"; "I" is the speaker, not a name)
    const opens = previousEnd < 0 || SENTENCE_END.test(text.slice(previousEnd, at));
    previousEnd = at + m[0].length;
    const name = !opens && /^\p{Lu}/u.test(m[0]) && !/^I(?:['’]|$)/u.test(m[0]);
    words.push({ w: norm(m[0]), start: input.start + at, end: input.start + at + m[0].length, name });
  }
  let negUntil = -1;
  let firstPerson = false;
  let secondPerson = false;
  for (let i = 0; i < words.length; i++) {
    const { w, start, end, name } = words[i] as { w: string; start: number; end: number; name: boolean };
    const negated = i <= negUntil && !SCOPE_BREAK.test(text.slice((words[i - 1] as { end: number }).end - input.start, start - input.start));
    if (!negated) negUntil = -1;
    if (NEGATORS.has(w) || w.endsWith("n't")) { put('neg', { start, end }); negUntil = i + SCOPE; }
    else if (negated && !STOP.has(w) && !name) put(`NOT_${stem(w)}`, { start: words[i - 1] ? Math.min(start, (words[i - 1] as { start: number }).start) : start, end });
    if (!STOP.has(w) && !name && !/^\d+$/u.test(w)) put(`w:${stem(w)}`, { start, end });
    if (FIRST_PERSON.has(w)) firstPerson = true;
    if (SECOND_PERSON.has(w)) secondPerson = true;
    const next = words[i + 1];
    if (next && !name && !next.name && !SCOPE_BREAK.test(text.slice(end - input.start, next.start - input.start)) && !(STOP.has(w) && STOP.has(next.w))) {
      put(`b:${w}_${next.w}`, { start, end: next.end });
    }
  }
  if (firstPerson) put('person:first');
  if (secondPerson) put('person:second');
  if (words[0] && FIRST_PERSON.has(words[0].w)) put('person:first-subject');
  const starts = { at: wordStarts(text).at };
  for (const [name, rx] of CLASSES) {
    const m = firstWordListMatch(rx, text, starts);
    if (m) put(name.startsWith('gram:') ? name : `class:${name}`, { start: input.start + m.index, end: input.start + m.index + m[0].length });
  }
  // The general sentiment of the content (wink's lexicon, negation-aware), by sign and strength.
  const tone = toneOf(text);
  put(tone <= -TONE_THRESHOLD ? 'tone:negative' : tone < 0 ? 'tone:slightly-negative' : tone >= TONE_THRESHOLD ? 'tone:positive' : tone > 0 ? 'tone:slightly-positive' : 'tone:none');
  // Who the content's first clause is about: the speaker ("we", "I", "it" of reported speech), another party (a
  // pronoun, a name), or a description.
  const w0 = words[0];
  const subject = !w0 ? 'none' : FIRST_PERSON.has(w0.w) || (input.type !== 'direct' && (w0.w === 'it' || w0.w === 'its')) ? 'self'
    : /^(?:he|she|they|them|his|her|their|you)$/u.test(w0.w) ? 'other' : w0.w === 'the' || w0.w === 'this' ? 'description' : /^\p{Lu}/u.test(text.slice(w0.start - input.start)) && w0.w !== 'i' ? 'capital' : 'word';
  put(`subject:${subject}`);
  const s = input.stances;
  if (s) {
    put(s.against > 0 ? 'stance:against' : s.favor > 0 ? 'stance:favor' : s.targets > 0 ? 'stance:none' : 'stance:no-target');
    if (s.selfFavor) put('stance:self-favor');
  }
  if (input.accusedBefore) {
    put('accused');
    put(`accused&subject:${subject}`);
    if (features.has('neg')) put('accused&neg');
    if (features.has('class:legitimacy')) put('accused&legitimacy');
  }
  if (text.includes('?')) put('question-mark');
  if (text.includes('!')) put('exclamation');
  put(words.length <= 8 ? 'length:short' : words.length <= 25 ? 'length:medium' : 'length:long');
  return { features, spans };
}
