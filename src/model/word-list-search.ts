// A vocabulary list as one regular expression — whole words, case-insensitive, `*` for any letters — searched for its
// first match, which is what the stance stage asks of each list on each statement. V8 tries every alternative of the
// list at every position of the text; most positions start no word of the list. Here the text's word starts are listed
// once (shared by all lists read on that text), each list keeps the first two letters its words can start with, and the
// pattern runs (sticky) only at the word starts those letters allow. The answer is the global search's: same index,
// same text (tests/word-list-search.test.ts compares them).

/** Where a text's words can start, with the first two characters there folded to one number (see `keyAt`). */
export interface WordStarts { readonly at: Int32Array; readonly key: Int32Array; readonly n: number }

interface Prefilter {
  sticky: RegExp;
  /** Per lowercased ASCII character: 0 no word starts with it; 1 some word's literal prefix is that character alone;
   *  2 words start with it and a second literal ASCII character (look that pair up in `second`). */
  first: Uint8Array;
  second: Uint8Array;
}

const prefilters = new WeakMap<RegExp, Prefilter>();

const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The list as one global, case-insensitive, Unicode pattern matching whole words (no letter just before or after); a
 * `*` stands for any run of letters and hyphens. Searched with `firstWordListMatch`, a word start at a time.
 */
export function wordListRegExp(list: readonly string[]): RegExp {
  const alts = list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, (c) => (c === '*' ? '*' : `\\${c}`)).replace(/\*/gu, '[\\p{L}-]*'));
  const rx = new RegExp(`(?<![\\p{L}])(?:${alts.join('|')})(?![\\p{L}])`, 'giu');
  const first = new Uint8Array(128);
  const second = new Uint8Array(128 * 128);
  for (const w of list) {
    const literal = w.split('*')[0] as string;
    const c0 = literal.charCodeAt(0);
    // A word opening with a wildcard or a non-ASCII character (whose case folding may reach ASCII): no prefilter.
    if (!(c0 < 128)) return rx;
    const c1 = literal.charCodeAt(1);
    if (!(c1 < 128)) { first[lower(c0)] = 1; continue; }
    if (first[lower(c0)] !== 1) first[lower(c0)] = 2;
    second[lower(c0) * 128 + lower(c1)] = 1;
  }
  prefilters.set(rx, { sticky: new RegExp(rx.source, 'iuy'), first, second });
  return rx;
}

/**
 * The positions of `text` where a word of a list could start: every position not just after an ASCII letter (a
 * non-ASCII character before it may or may not be a letter: kept). Its key: -1 when its character is not ASCII, -2 - c
 * when only the second is not (or it is the last), else c * 128 + d, both lowercased.
 */
export function wordStarts(text: string): WordStarts {
  const n = text.length;
  const at = new Int32Array(n);
  const key = new Int32Array(n);
  let k = 0;
  let afterLetter = false;
  for (let p = 0; p < n; p++) {
    const c = text.charCodeAt(p);
    if (!afterLetter) {
      at[k] = p;
      if (c >= 128) key[k] = -1;
      else {
        const d = p + 1 < n ? text.charCodeAt(p + 1) : 128;
        key[k] = d >= 128 ? -2 - lower(c) : lower(c) * 128 + lower(d);
      }
      k++;
    }
    afterLetter = isAsciiLetter(c);
  }
  return { at, key, n: k };
}

/**
 * The first match of `rx` in `text` (from its start), as `rx.exec` gives it after `rx.lastIndex = 0`. A pattern made
 * by `wordListRegExp`, given the text's `wordStarts`, is tried only where its words can start; any other pattern is
 * searched as usual.
 */
export function firstWordListMatch(rx: RegExp, text: string, starts?: WordStarts): RegExpExecArray | null {
  const f = prefilters.get(rx);
  if (!f || !starts) { rx.lastIndex = 0; return rx.exec(text); }
  const { first, second, sticky } = f;
  const { at, key, n } = starts;
  for (let i = 0; i < n; i++) {
    const k = key[i] as number;
    let maybe: boolean;
    if (k === -1) maybe = true;
    // (a second character that is not ASCII may still fold to the word's: U+212A KELVIN SIGN is a k)
    else if (k < -1) maybe = first[-2 - k] !== 0;
    else { const f0 = first[k >> 7]; maybe = f0 === 1 || (f0 === 2 && second[k] === 1); }
    if (!maybe) continue;
    sticky.lastIndex = at[i] as number;
    const m = sticky.exec(text);
    if (m) return m;
  }
  return null;
}
