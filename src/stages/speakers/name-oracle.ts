/**
 * compromise as a typing oracle for one short name (person, organization, place), cached. Its reading of a name depends
 * on the name alone, so one cache serves every article of a thread; names recur across a feed, and compromise is most of
 * the cost of the speaker stage (STACK.md: ~15x slower than wink). Threads can share what they learned
 * (`takeLearned` / `learn`), which only saves work: a name missing from the cache is read again, with the same answer.
 *
 * Most names need no parse at all: compromise's answer for a plain word comes from its own lexicon, and a plain given
 * name followed by a word it does not know is a person to it. Those are read from compromise's lexicon
 * (`lexiconKind`, `lexiconGender`). A name of two to four words it reads by their tags alone is answered like the last
 * name of the same `signature` ("Anneliese Novak", "Amara Kaur"), and only the first of them is parsed. Every
 * other name is parsed. The shortcuts give compromise's own answer (checked against its parse in
 * tests/name-oracle.test.ts, and on ~300,000 names built from the words of real articles), so they change speed, not
 * results.
 *
 * compromise is loaded on first use (its CommonJS build, so that the load can be synchronous): a thread that only
 * writes reports never loads it.
 */
import { createRequire } from 'node:module';
import type Compromise from 'compromise';
import { useFastSweep } from '../../nlp/compromise-sweep.js';

export type OracleKind = 'person' | 'organization' | 'place' | null;
type Gender = 'male' | 'female' | null;

const require = createRequire(import.meta.url);
let loaded: typeof Compromise | null = null;
function compromise(): typeof Compromise {
  if (!loaded) {
    loaded = require('compromise') as typeof Compromise;
    // its post-tagger picks the patterns to try by a walk of the sentence's words, not of all its hooks (same results)
    useFastSweep(loaded.world() as unknown as Parameters<typeof useFastSweep>[0]);
  }
  return loaded;
}

const cache = new Map<string, OracleKind>();
const CACHE_MAX = 50_000;
let learned: Array<[string, OracleKind]> = [];
let collecting = false;

/** A copy of a short string that does not keep the article it was sliced from alive in the cache. */
const detached = (s: string): string => (` ${s}`).slice(1);

function remember(name: string, kind: OracleKind): void {
  if (cache.size >= CACHE_MAX) cache.clear(); // bounded: emptied when full
  cache.set(name, kind);
}

/**
 * What `compromise()(text)` computes, less its last step: the chunker only groups tagged terms into phrases (it sets
 * no tag), and it is ~10 % of a short parse. `nlp.tokenize` bound to a world without compute functions builds the
 * document and computes nothing; the hooks then run in compromise's own order.
 */
let tagHooks: string[] | null = null;
function tagged(text: string): ReturnType<typeof Compromise> {
  const c = compromise();
  const hooks = (tagHooks ??= (c.world() as { hooks: string[] }).hooks.filter((h) => h !== 'chunks'));
  const doc = c.tokenize.call({ _world: { compute: {} } } as unknown as typeof Compromise, text);
  doc.compute(hooks);
  return doc;
}

/** compromise's own reading of a name: a full parse (~0.2–1 ms). */
export function parsedKind(name: string): OracleKind {
  const doc = tagged(name);
  return doc.has('#Person') ? 'person' : doc.has('#Place') || doc.has('#Demonym') ? 'place' : doc.has('#Organization') ? 'organization' : null;
}

const demonyms = new Map<string, boolean>();
/** Whether compromise reads a capitalised word as a people's adjective ("Croatian", "Dutch", "Israeli"); cached. */
export function isDemonym(word: string): boolean {
  let v = demonyms.get(word);
  if (v === undefined) {
    v = tagged(word).has('#Demonym');
    if (demonyms.size >= CACHE_MAX) demonyms.clear(); // bounded like the other caches here
    demonyms.set(word, v);
  }
  return v;
}

/** compromise's own reading of a given name's gender: a full parse. */
export function parsedGender(first: string): Gender {
  const d = tagged(first);
  return d.has('#FemaleName') ? 'female' : d.has('#MaleName') ? 'male' : null;
}

// --- compromise's lexicon, read once -------------------------------------------------------------------------------

type Tags = string | string[];
interface Model {
  one: { lexicon: Record<string, Tags>; tagSet: Record<string, { parents?: string[] }>; _multiCache: Record<string, number>; frozenLex?: Record<string, unknown>; abbreviations?: Record<string, unknown> };
  two: {
    switches: Record<string, string>; suffixPatterns: Array<Record<string, Tags> | null>; prefixPatterns: Array<Record<string, Tags> | null>;
    endsWith: Record<string, Array<[RegExp, Tags, ...unknown[]]>>; regexNormal: Array<[RegExp, Tags, ...unknown[]]>; regexText: Array<[RegExp, Tags, ...unknown[]]>;
    orgWords: Record<string, unknown>; placeWords: Record<string, unknown>;
    matches: Array<{ match: string }>; clues: Record<string, { beforeWords?: Record<string, unknown>; afterWords?: Record<string, unknown> }>;
    regexNumbers: Array<[RegExp, Tags, ...unknown[]]>; neighbours: { leftWords: Array<[string, ...unknown[]]>; rightWords: Array<[string, ...unknown[]]> };
  };
}

/** What compromise's lexicon says of one lowercase word. */
type WordClass = (
  | { is: 'unknown' } // not in the lexicon, and nothing in compromise's data could make it a name, place or organization
  | { is: 'known'; kind: OracleKind; gender: Gender; givenNameOnly: boolean }
  | { is: 'undecided' } // ambiguous (a switch), an abbreviation, or matched by a guessing pattern: parse
) & { startsEntry?: boolean }; // the first word of a multi-word lexicon entry ("hong" of "hong kong")

interface Lexicon {
  classOf: (word: string) => WordClass;
  /** What compromise reads of a word on its own: the word itself when special, else its tags and guesses; null: bail. */
  keyOf: (word: string, last: boolean) => string | null;
  /** Whether a multi-word entry of compromise's lexicon (or its frozen lexicon) spells the words from `i` on. */
  entryAt: (words: readonly string[], i: number) => boolean;
}

let lexicon: Lexicon | null = null;

function readLexicon(): Lexicon {
  const model = compromise().model() as unknown as Model;
  const { one, two } = model;
  const has = (o: object | undefined, k: string): boolean => !!o && Object.hasOwn(o, k);
  const kindOfTag = (tag: string): OracleKind => {
    const line = [tag, ...(one.tagSet[tag]?.parents ?? [])];
    return line.includes('Person') ? 'person' : line.includes('Place') || line.includes('Demonym') ? 'place' : line.includes('Organization') ? 'organization' : null;
  };
  const namesSomething = (t: Tags): boolean => (Array.isArray(t) ? t : [t]).some((x) => kindOfTag(x) !== null);
  // compromise guesses the tag of a word from its suffix, prefix and shape (…wick, …ville: Place; …enko, Mc…: LastName);
  // a word any of these patterns types as a name, place or organization is left to the parse.
  const guessed = (w: string): boolean => {
    for (let n = 1; n < two.suffixPatterns.length; n++) { const t = two.suffixPatterns[n]?.[w.slice(-n)]; if (w.length > n && t && namesSomething(t)) return true; }
    for (let n = 1; n < two.prefixPatterns.length; n++) { const t = two.prefixPatterns[n]?.[w.slice(0, n)]; if (w.length > n && t && namesSomething(t)) return true; }
    for (const [re, t] of two.endsWith[w[w.length - 1] as string] ?? []) if (namesSomething(t) && re.test(w)) return true;
    for (const [re, t] of [...two.regexNormal, ...two.regexText]) if (namesSomething(t) && (re.test(w) || re.test(w[0]?.toUpperCase() + w.slice(1)))) return true;
    return false;
  };
  // Words the post-tagger's patterns or the neighbour rules name ("pope" in "(lady|queen|pope …) #ProperNoun") tag
  // their neighbours: a name with one is parsed.
  const named = new Set<string>();
  const wordsOf = (s: string): void => { for (const w of s.toLowerCase().match(/[a-z][a-z'-]*/gu) ?? []) named.add(w); };
  for (const m of two.matches) wordsOf(m.match.replace(/\/[^/]*\//gu, ' ').replace(/#[A-Za-z]+/gu, ' '));
  for (const [w] of [...two.neighbours.leftWords, ...two.neighbours.rightWords]) wordsOf(w);
  for (const clue of Object.values(two.clues)) for (const side of [clue.beforeWords, clue.afterWords]) for (const w of Object.keys(side ?? {})) wordsOf(w);
  const frozenFirst = new Set(Object.keys(one.frozenLex ?? {}).map((k) => k.split(' ')[0]));
  const GIVEN = new Set(['FirstName', 'MaleName', 'FemaleName']);
  const classes = new Map<string, WordClass>();
  const classOf = (w: string): WordClass => {
    let c = classes.get(w);
    if (c) return c;
    // compromise also reads a switch through a prefix ("disgrace" as "grace"): 2nd-pass/00-tagSwitch.js
    const stem = w.replace(/^(under|over|mis|re|un|dis|semi)-?/u, '');
    if (has(two.switches, w) || (stem.length > 3 && has(two.switches, stem)) || named.has(w) || has(one.abbreviations, w) || has(two.orgWords, w) || has(two.placeWords, w) || guessed(w)) c = { is: 'undecided' };
    else if (!has(one.lexicon, w)) c = { is: 'unknown' };
    else {
      const tags = ([] as string[]).concat(one.lexicon[w] as Tags);
      const kinds = tags.map(kindOfTag);
      c = {
        is: 'known', kind: kinds.find((k) => k !== null) ?? null,
        gender: tags.includes('FemaleName') ? 'female' : tags.includes('MaleName') ? 'male' : null,
        givenNameOnly: tags.length === 1 && GIVEN.has(tags[0] as string),
      };
    }
    if (has(one._multiCache, w) || frozenFirst.has(w)) c.startsEntry = true;
    if (classes.size >= CACHE_MAX) classes.clear();
    classes.set(detached(w), c);
    return c;
  };
  const looksPlural = (compromise().world() as unknown as { methods: { two: { looksPlural: (w: string) => boolean } } }).methods.two.looksPlural;
  // The guesses compromise's second pass makes from a word's spelling (2nd-pass/02-suffix, 03-regex, 04-prefix): the
  // longest known suffix and prefix, and every shape pattern that matches.
  const guesses = (w: string): string => {
    const out: string[] = [];
    for (let n = Math.min(7, w.length - 1); n > 1; n--) if (has(two.suffixPatterns[n] ?? undefined, w.slice(-n))) { out.push(`-${w.slice(-n)}`); break; }
    for (let n = Math.min(7, w.length - 3); n > 2; n--) if (has(two.prefixPatterns[n] ?? undefined, w.slice(0, n))) { out.push(`${w.slice(0, n)}-`); break; }
    const title = (w[0] as string).toUpperCase() + w.slice(1);
    const lists = { t: two.regexText, n: two.regexNormal, d: two.regexNumbers, [`e${w[w.length - 1] as string}`]: two.endsWith[w[w.length - 1] as string] ?? [] };
    for (const [l, list] of Object.entries(lists)) list.forEach(([re], i) => { if (re.test(w) || re.test(title)) out.push(`${l}${i}`); });
    return out.join(',');
  };
  const keys = new Map<string, string | null>();
  const keyOf = (w: string, last: boolean): string | null => {
    const c = classOf(w);
    if (c.startsEntry && !last) return null; // a multi-word entry could start here
    let k = keys.get(w);
    if (k !== undefined) return k;
    const tags = ([] as string[]).concat(has(one.lexicon, w) ? one.lexicon[w] as Tags : []);
    const stem = w.replace(/^(under|over|mis|re|un|dis|semi)-?/u, '');
    // Read by its identity: a switch (settled by its neighbours), a word patterns or neighbour rules name, a word of
    // the org/place word lists, an abbreviation, or a verb (its tense is guessed from its spelling).
    const special = has(two.switches, w) || (stem.length > 3 && has(two.switches, stem)) || named.has(w) || has(one.abbreviations, w)
      || has(two.orgWords, w) || has(two.placeWords, w) || tags.some((t) => VERBAL.has(t));
    k = special ? `=${w}` : `${tags.sort().join('+')}${looksPlural(w) ? ':pl' : ''}/${guesses(w)}`;
    if (keys.size >= CACHE_MAX) keys.clear();
    keys.set(detached(w), k);
    return k;
  };
  // compromise reads a multi-word entry where its first word is followed by the rest of it (1-one/lexicon/compute/
  // multi-word.js and 1-one/freeze/compute.js): up to `_multiCache[word]` words, joined by spaces.
  const entryAt = (words: readonly string[], i: number): boolean => {
    const most = one._multiCache[words[i] as string];
    if (most === undefined) return false;
    for (let k = Math.min(i + most - 1, words.length - 1); k > i; k--) {
      const str = words.slice(i, k + 1).join(' ');
      if (has(one.lexicon, str) || has(one.frozenLex, str)) return true;
    }
    return false;
  };
  return { classOf, keyOf, entryAt };
}

/** A plain capitalised word: compromise normalises anything else (accents, hyphens, apostrophes, periods) its own way. */
const PLAIN = /^[A-Z][a-z]+$/;

/**
 * compromise's answer for a name without parsing it, or undefined when only a parse can tell: a plain word it knows
 * (its lexicon's tag) or does not know (nothing); a plain given name and a plain word it does not know (a person).
 */
export function lexiconKind(name: string): OracleKind | undefined {
  const words = name.split(' ');
  if (words.length > 2 || !words.every((w) => PLAIN.test(w))) return undefined;
  lexicon ??= readLexicon();
  const classes = words.map((w) => (lexicon as Lexicon).classOf(w.toLowerCase()));
  const [a, b] = classes as [WordClass, WordClass | undefined];
  if (!b) return a.is === 'unknown' ? null : a.is === 'known' ? a.kind : undefined;
  if (b.is !== 'unknown' || a.startsEntry) return undefined;
  if (a.is === 'unknown') return null;
  if (a.is === 'known' && a.givenNameOnly) return 'person';
  return undefined;
}

/**
 * What compromise's reading of a name of two to four plain words depends on: for each word, its lexicon tags (or none),
 * whether it looks plural (its guess of a noun's number) and the guesses its spelling triggers (suffix, prefix, shape
 * patterns), or the word itself when compromise treats it by identity (`keyOf`). Two names with the same signature get
 * the same answer ("Adam Dubois", "John Smith"), so one parse serves them all. Undefined for other names, and for names
 * where the words spell a multi-word lexicon entry before the last word ("Hong Kong Zorvik"; "Reading Zorvik" is signed).
 */
export function signature(name: string): string | undefined {
  const words = name.split(' ');
  if (words.length < 2 || words.length > MAX_SIGNED || !words.every((w) => PLAIN.test(w))) return undefined;
  lexicon ??= readLexicon();
  const keys: string[] = [];
  const lower = words.map((w) => w.toLowerCase());
  for (let i = 0; i < words.length; i++) {
    // A word that could open a multi-word entry is read like any other when the words after it spell none.
    const k = lexicon.keyOf(lower[i] as string, i === words.length - 1 || !lexicon.entryAt(lower, i));
    if (k === null) return undefined;
    keys.push(k);
  }
  // A name of special words only is its own signature: nothing to share, so not worth a cache entry.
  return keys.every((k) => k.startsWith('=')) ? undefined : keys.join(' ');
}
/** Names of up to four words (checked: ~60,000 three- and four-word names shared a signature, never an answer). */
const MAX_SIGNED = 4;
const VERBAL = new Set(['Verb', 'PresentTense', 'Infinitive', 'PastTense', 'Gerund', 'Participle', 'PhrasalVerb', 'Imperative', 'Auxiliary', 'Modal', 'Copula', 'FutureTense', 'Passive']);

/** compromise's gender for a plain given name from its lexicon (the only place its name genders come from), else undefined. */
export function lexiconGender(first: string): Gender | undefined {
  if (!PLAIN.test(first)) return undefined;
  lexicon ??= readLexicon();
  const c = lexicon.classOf(first.toLowerCase());
  return c.is === 'unknown' ? null : c.is === 'known' ? c.gender : undefined;
}

// --- the oracle ----------------------------------------------------------------------------------------------------

export function oracleKind(name: string): OracleKind {
  const hit = cache.get(name);
  if (hit !== undefined || cache.has(name)) return hit ?? null;
  let kind = lexiconKind(name);
  let parsed = false;
  if (kind === undefined) {
    const sig = signature(name);
    kind = sig === undefined ? undefined : bySignature.get(sig);
    if (kind === undefined) {
      kind = parsedKind(name);
      parsed = true;
      if (sig !== undefined) {
        if (bySignature.size >= CACHE_MAX) bySignature.clear();
        bySignature.set(sig, kind);
      }
    }
  }
  const key = detached(name);
  remember(key, kind);
  // Only parsed names are worth sending to other threads: a lexicon answer costs less than the message.
  if (parsed && collecting && learned.length < CACHE_MAX) learned.push([key, kind]);
  return kind;
}

/** One parse's answer for every name of the same signature. */
const bySignature = new Map<string, OracleKind>();

/** The names read since the last call, to hand to other threads (the first call starts the collecting). */
export function takeLearned(): Array<[string, OracleKind]> {
  collecting = true;
  const out = learned;
  learned = [];
  return out;
}

/** Names another thread read. */
export function learn(entries: ReadonlyArray<readonly [string, OracleKind]>): void {
  for (const [name, kind] of entries) if (!cache.has(name)) remember(name, kind);
}

const genders = new Map<string, Gender>();

/** compromise's reading of a given name's gender ("Sandra" → female), cached per thread like the kinds. */
export function givenNameGender(first: string): Gender {
  const hit = genders.get(first);
  if (hit !== undefined) return hit;
  const quick = lexiconGender(first);
  const g = quick !== undefined ? quick : parsedGender(first);
  if (genders.size >= CACHE_MAX) genders.clear();
  genders.set(detached(first), g);
  return g;
}
