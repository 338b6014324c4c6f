// Small search helpers the stages share: binary search over arrays sorted by text offset, and regex escaping for
// vocabulary turned into patterns.

/**
 * The first index in [0, length) where `before(i)` is false, for a `before` that is true on a prefix and false after it
 * (a lower bound). `firstIndex(tokens.length, (i) => tokens[i].start < at)` is the first token starting at or after `at`.
 */
export function firstIndex(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** `s` with every character that is special in a regular expression escaped. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

const LETTER_AT = /\p{L}/uy;
const LETTER_LAST = /\p{L}$/u;
const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Where the words `forms` stand in `text` not followed by a letter, found with indexOf: the matches, in order, of
 * `new RegExp('(?:' + forms.map(escapeRegExp).join('|') + ')(?![\\p{L}])', 'gu')` run with exec from the start (the
 * leftmost place where a form matches, the first form in the list at that place, the search going on after the match).
 * A pattern made for each call is compiled to native code on its first use (the CLI runs with --no-regexp-tier-up), which
 * cost more than the search itself when done per article. Forms must not be empty.
 */
export function literalWordMatches(text: string, forms: readonly string[]): Array<{ index: number; end: number }> {
  const out: Array<{ index: number; end: number }> = [];
  // Per form, its next place at or after `from` not followed by a letter: -1 not looked for yet, -2 none left.
  const next = forms.map(() => -1);
  const fits = (form: string, p: number): boolean => {
    // A pattern with the u flag never starts a match inside a surrogate pair.
    if (p > 0 && isLow(text.charCodeAt(p)) && isHigh(text.charCodeAt(p - 1))) return false;
    LETTER_AT.lastIndex = p + form.length;
    return !LETTER_AT.test(text);
  };
  const find = (form: string, from: number): number => {
    for (let p = text.indexOf(form, from); p >= 0; p = text.indexOf(form, p + 1)) if (fits(form, p)) return p;
    return -2;
  };
  let from = 0;
  for (;;) {
    let best = -1;
    let bestForm = -1;
    for (let i = 0; i < forms.length; i++) {
      const at = next[i] as number;
      if (at !== -2 && at < from) next[i] = find(forms[i] as string, from);
      const p = next[i] as number;
      if (p >= 0 && (best < 0 || p < best)) { best = p; bestForm = i; }
    }
    if (best < 0) return out;
    const end = best + (forms[bestForm] as string).length;
    out.push({ index: best, end });
    from = end;
  }
}

/**
 * Whether `text` writes `word` with no letter right before or after it: the answer of
 * `new RegExp('(?<![\\p{L}])' + escapeRegExp(word) + '(?![\\p{L}])', 'u').test(text)`, found with indexOf (a pattern
 * made per word is compiled for one use). `word` must not be empty.
 */
export function hasWord(text: string, word: string): boolean {
  for (let p = text.indexOf(word); p >= 0; p = text.indexOf(word, p + 1)) {
    // (a pattern with the u flag never starts a match inside a surrogate pair)
    if (p > 0 && isLow(text.charCodeAt(p)) && isHigh(text.charCodeAt(p - 1))) continue;
    if (p > 0 && LETTER_LAST.test(text.slice(Math.max(0, p - 2), p))) continue;
    LETTER_AT.lastIndex = p + word.length;
    if (!LETTER_AT.test(text)) return true;
  }
  return false;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Whether the code point ending at `at` (exclusive) is a letter or digit (a surrogate pair read as one). */
const letterOrDigitBefore = (text: string, at: number): boolean => {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  const pair = isLow(low) && at >= 2 && isHigh(text.charCodeAt(at - 2));
  return LETTER_OR_DIGIT.test(String.fromCodePoint(pair ? text.codePointAt(at - 2)! : low));
};
/** Whether the code point starting at `at` is a letter or digit. */
const letterOrDigitAt = (text: string, at: number): boolean => at < text.length && LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at) ?? 0));
const SPACE = /\s/u;

/**
 * Every whole-word occurrence of a name in `text` (a trailing possessive allowed): where the name's words stand, one or
 * more white-space characters between them, with no letter or digit just before or after. Found by indexOf on the first
 * word, not by a pattern compiled per call (the review flag asks once per statement and target, and a pattern compiled
 * and run over the whole text each time cost a tenth of a run's CPU). The matches of
 * /(?<![\p{L}\p{N}])word(?:\s+word)*(?![\p{L}\p{N}])/gu, left to right without overlap.
 */
export function nameOccurrences(text: string, name: string): number[] {
  if (!name.trim()) return [];
  const words = name.split(' ');
  if (words.some((w) => w === '')) return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name).replace(/ /gu, '\\s+')}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => m.index);
  const first = words[0] as string;
  const out: number[] = [];
  let from = 0;
  for (let i = text.indexOf(first, from); i >= 0; i = text.indexOf(first, from)) {
    let end = i + first.length;
    let ok = !letterOrDigitBefore(text, i);
    for (let w = 1; ok && w < words.length; w++) {
      let k = end;
      while (k < text.length && SPACE.test(text[k] as string)) k++;
      ok = k > end && text.startsWith(words[w] as string, k);
      end = k + (words[w] as string).length;
    }
    if (ok && !letterOrDigitAt(text, end)) { out.push(i); from = end; } else from = i + 1;
  }
  return out;
}
