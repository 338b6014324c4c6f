// A vocabulary list as one regular expression — whole words, case-insensitive, `*` for any letters — searched for its
// first match, which is what the stance stage asks of each list on each statement. V8 tries every alternative of the
// list at every position of the text; most positions start no word of the list. Here the text's word starts are listed
// once (shared by all lists read on that text), each list keeps the first four letters its words can start with, and
// the pattern runs (sticky) only at the word starts those letters allow. The answer is the global search's: same index,
// same text (tests/word-list-search.test.ts compares them).
// The first 31 lists made also get a bit each: a text's word starts are then read once for all of them (one Map lookup
// per beginning of one to four letters gives the lists a word could open there), and each list only visits the starts
// that carry its bit, instead of reading the text's letters again for every list.

import { BmpRegExp } from './bmp-regexp.js';

// (the lists' patterns are large: on text without surrogates they run as their smaller BMP twins, same matches)
const RegExp = BmpRegExp;

/** Where a text's words can start (see `wordStarts`). */
export interface WordStarts {
  readonly at: readonly number[];
  /** The text the starts are of (the lists' bits are read from it on first use). */
  readonly text?: string;
  /** Per start, the bits of the lists a word could open there; for lists with a bit below `bitsKnown`. */
  masks?: Int32Array;
  bitsKnown?: number;
}

interface Prefilter {
  sticky: RegExp;
  /** The list's bit in `WordStarts.masks`, or -1 (more lists than bits: read per list). */
  bit: number;
  /** Per lowercased ASCII character: whether some word of the list starts with it. */
  opens: Uint8Array;
  /** The words' literal beginnings (up to the first `*` or non-ASCII character), lowercased, cut to four characters,
   *  packed 7 bits a character: by their length, 1 to 4 (4: four or more). */
  byLength: [Set<number>, Set<number>, Set<number>, Set<number>];
}

const prefilters = new WeakMap<RegExp, Prefilter>();

/** Bits given to lists so far (at most MAX_BITS), and per beginning length 1 to 4, the bits of the lists with it. */
const MAX_BITS = 31;
let bitsGiven = 0;
const ALL_BITS = -1;
const bitsByKey: [Map<number, number>, Map<number, number>, Map<number, number>, Map<number, number>] = [new Map(), new Map(), new Map(), new Map()];

const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Before a listed word: no letter, nor a letter and a hyphen ("life-threatening" holds no "threaten"). */
export const NOT_AFTER_WORD = '(?<![\\p{L}][-‐]?)';

/**
 * The list as one global, case-insensitive, Unicode pattern matching whole words (no letter just before or after, and
 * no part of a hyphenated compound); a `*` stands for any run of letters and hyphens. Searched with `firstWordListMatch`, a word start at a time.
 */
export function wordListRegExp(list: readonly string[]): RegExp {
  // Not inside a hyphenated compound: "life-threatening" is no "threaten*", "risk-free" no "risk" (a `*` entry runs on
  // through hyphens, so "threat*" still reads "threat-level"; an entry with its own hyphen, "wake-up call", is whole).
  const rx = new RegExp(`${NOT_AFTER_WORD}(?:${alternatives(list)})(?![\\p{L}]|[-‐]\\p{L})`, 'giu');
  const keys = literalBeginnings(list, (c) => c === 42 /* * */);
  if (!keys) return rx;
  const { opens, byLength } = keys;
  let bit = -1;
  if (bitsGiven < MAX_BITS) {
    bit = bitsGiven++;
    byLength.forEach((keys, n) => { const m = bitsByKey[n] as Map<number, number>; for (const k of keys) m.set(k, (m.get(k) ?? 0) | (1 << bit)); });
  }
  prefilters.set(rx, { sticky: new RegExp(rx.source, 'iuy'), bit, opens, byLength });
  return rx;
}

/**
 * Lets `firstWordListMatch` search `rx`, a pattern of `list`'s phrases that matches only where one of them starts after
 * no ASCII letter (`(?<![\\p{L}])(?:…)` with the i and u flags, as act-features' classes), a word start at a time: each
 * phrase's literal beginning (up to four characters, cut at a `*`, a space, an apostrophe or a non-ASCII character,
 * which the pattern spells as classes) is where the sticky copy is tried. A phrase with no literal beginning leaves the
 * pattern searched as usual. Returns `rx`.
 */
export function prefilterPhrases<R extends RegExp>(rx: R, list: readonly string[]): R {
  const keys = literalBeginnings(list, (c) => c === 42 /* * */ || c === 32 || c === 39 /* ' */);
  if (!keys) return rx;
  prefilters.set(rx, { sticky: new RegExp(rx.source, `${rx.flags.replace(/[gy]/gu, '')}y`), bit: -1, opens: keys.opens, byLength: keys.byLength });
  return rx;
}

/**
 * Each word's literal beginning, up to four ASCII characters cut at a non-ASCII one or one `stops` names, as lower-case
 * keys by length, and the first characters that open them (wordListRegExp, prefilterPhrases); null when a word has no
 * literal beginning (it opens with a wildcard or a non-ASCII character, whose case folding may reach ASCII): no prefilter.
 */
function literalBeginnings(list: readonly string[], stops: (c: number) => boolean): Pick<Prefilter, 'opens' | 'byLength'> | null {
  const opens = new Uint8Array(128);
  const byLength: Prefilter['byLength'] = [new Set(), new Set(), new Set(), new Set()];
  for (const w of list) {
    let key = 0;
    let length = 0;
    for (; length < 4 && length < w.length; length++) {
      const c = w.charCodeAt(length);
      if (c >= 128 || stops(c)) break;
      key = (key << 7) | lower(c);
    }
    if (length === 0) return null;
    opens[lower(w.charCodeAt(0))] = 1;
    (byLength[length - 1] as Set<number>).add(key);
  }
  return { opens, byLength };
}

/**
 * The list's words as alternatives, in the list's order, `*` as `[\p{L}-]*`. Words next to each other in the list that
 * end in their only `*` share one: `(?:violat|complicit)[\p{L}-]*` tries what `violat[\p{L}-]*|complicit[\p{L}-]*`
 * tries, in the same order, so it matches the same. Each `[\p{L}-]` of a pattern is compiled on its own, and under the
 * case-insensitive Unicode flags that was most of the time V8 took to compile a list (~40 ms for the wrongdoing list).
 */
function alternatives(list: readonly string[]): string {
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length) out.push(`${run.length === 1 ? run[0] as string : `(?:${run.join('|')})`}[\\p{L}-]*`);
    run = [];
  };
  for (const w of list) {
    const literal = w.replace(/[.*+?^${}()|[\]\\]/gu, (c) => (c === '*' ? '*' : `\\${c}`));
    if (literal.endsWith('*') && !literal.slice(0, -1).includes('*')) { run.push(literal.slice(0, -1)); continue; }
    flush();
    out.push(literal.replace(/\*/gu, '[\\p{L}-]*'));
  }
  flush();
  return out.join('|');
}

/**
 * The positions of `text` where a word of a list could start: every position not just after an ASCII letter (a
 * non-ASCII character before it may or may not be a letter: kept).
 */
export function wordStarts(text: string): WordStarts {
  const at: number[] = [];
  let afterLetter = false;
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (!afterLetter) at.push(p);
    afterLetter = isAsciiLetter(c);
  }
  return { at, text };
}

/**
 * Per word start of `text`, the bits of the lists one of whose words' beginnings (lowercased, up to four letters)
 * stands there; every bit where a non-ASCII character is among the first four (its case folding may reach ASCII: the
 * pattern decides). The same test `firstWordListMatch` makes per list, made once for all lists with a bit.
 */
function masksOf(text: string, at: readonly number[]): Int32Array {
  const [one, two, three, four] = bitsByKey;
  const masks = new Int32Array(at.length);
  const n = text.length;
  for (let i = 0; i < at.length; i++) {
    const p = at[i] as number;
    const c0 = text.charCodeAt(p);
    if (c0 >= 128) { masks[i] = ALL_BITS; continue; }
    let key = lower(c0);
    let m = one.get(key) ?? 0;
    for (let j = 1; j < 4 && p + j < n; j++) {
      const c = text.charCodeAt(p + j);
      if (c >= 128) { m = ALL_BITS; break; }
      key = (key << 7) | lower(c);
      m |= (j === 1 ? two : j === 2 ? three : four).get(key) ?? 0;
    }
    masks[i] = m;
  }
  return masks;
}

/**
 * The first match of `rx` in `text` (from its start), as `rx.exec` gives it after `rx.lastIndex = 0`. A pattern made
 * by `wordListRegExp` is tried only where one of its words' first four letters stand (at the `wordStarts` given, or
 * listed here); any other pattern is searched as usual.
 */
export function firstWordListMatch(rx: RegExp, text: string, starts?: WordStarts): RegExpExecArray | null {
  const f = prefilters.get(rx);
  if (!f) { rx.lastIndex = 0; return rx.exec(text); }
  // Without the text's word starts the sticky copy still answers, from starts listed here: a list searched both ways
  // (with and without starts) would otherwise have the global pattern compiled too, as large as the sticky one (a few
  // hundred KB of native code for the longest lists, in every thread).
  starts ??= { at: wordStarts(text).at };
  const { opens, byLength, sticky, bit } = f;
  if (bit >= 0 && starts.text === text) {
    if (!starts.masks || (starts.bitsKnown as number) <= bit) { starts.masks = masksOf(text, starts.at); starts.bitsKnown = bitsGiven; }
    const { masks, at } = starts;
    const flag = 1 << bit;
    for (let i = 0; i < at.length; i++) {
      if (((masks[i] as number) & flag) === 0) continue;
      sticky.lastIndex = at[i] as number;
      const m = sticky.exec(text);
      if (m) return m;
    }
    return null;
  }
  const [one, two, three, four] = byLength;
  const n = text.length;
  for (const p of starts.at) {
    const c0 = text.charCodeAt(p);
    let maybe = c0 >= 128;
    if (!maybe && opens[lower(c0)] === 1) {
      // The text's next characters, lowercased, packed as the words' beginnings are; a character that is not ASCII
      // may fold to an ASCII one (U+212A KELVIN SIGN is a k): then the pattern decides.
      let key = lower(c0);
      maybe = one.has(key);
      for (let j = 1; j < 4 && !maybe && p + j < n; j++) {
        const c = text.charCodeAt(p + j);
        if (c >= 128) { maybe = true; break; }
        key = (key << 7) | lower(c);
        maybe = (j === 1 ? two : j === 2 ? three : four).has(key);
      }
    }
    if (!maybe) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m) return m;
  }
  return null;
}
