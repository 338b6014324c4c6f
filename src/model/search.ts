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

const EMPTY_WORD = /(?<![\p{L}])(?![\p{L}])/u;
/**
 * Whether `text` writes `word` with no letter right before or after it: the answer of
 * `new RegExp('(?<![\\p{L}])' + escapeRegExp(word) + '(?![\\p{L}])', 'u').test(text)`, found with indexOf (a pattern
 * made per word is compiled for one use).
 */
export function hasWord(text: string, word: string): boolean {
  if (!word) return EMPTY_WORD.test(text);
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
  // In a long text, the places to try are the starts of its runs of letters and digits that are the name's first run
  // (found once per text, wordRunStarts): an occurrence has no letter or digit before it, and its first run ends where
  // the name's does (the name goes on with a character that is no letter or digit, or ends, or a space follows).
  const lead = text.length >= INDEXED_TEXT_CHARS ? LEADING_RUN.exec(first)?.[0] : undefined;
  const starts = lead !== undefined && !isHigh(first.charCodeAt(0)) && !isLow(first.charCodeAt(0)) ? wordRunStarts(text).get(lead) ?? [] : null;
  let next = 0;
  const nextCandidate = (): number => {
    if (!starts) return text.indexOf(first, from);
    while (next < starts.length && (starts[next] as number) < from) next++;
    while (next < starts.length && !text.startsWith(first, starts[next] as number)) next++;
    return next < starts.length ? (starts[next] as number) : -1;
  };
  for (let i = nextCandidate(); i >= 0; i = nextCandidate()) {
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

/**
 * Where `literal` stands in `text` with no letter or digit just before or after it: the match indexes of
 * `new RegExp('(?<![\\p{L}\\p{N}])' + escapeRegExp(literal) + '(?![\\p{L}\\p{N}])', 'gu')`, left to right without
 * overlap, found with indexOf (a pattern made per word or name is compiled for a few uses and cost more than the
 * search). As the u flag reads them, a surrogate pair is one character and no match starts inside one.
 */
export function wholeLiteralPlaces(text: string, literal: string): number[] {
  // (an empty literal, or one that opens or closes half a surrogate pair, which the u flag reads otherwise: the pattern)
  if (literal === '' || isLow(literal.charCodeAt(0)) || isHigh(literal.charCodeAt(literal.length - 1))) {
    return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(literal)}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => m.index);
  }
  const out: number[] = [];
  for (let p = text.indexOf(literal); p >= 0;) {
    const end = p + literal.length;
    if (!(p > 0 && isLow(text.charCodeAt(p)) && isHigh(text.charCodeAt(p - 1))) && !letterOrDigitBefore(text, p) && !letterOrDigitAt(text, end)) {
      out.push(p);
      p = text.indexOf(literal, end);
    } else p = text.indexOf(literal, p + 1);
  }
  return out;
}

/** Texts at least this long are searched for names through an index of their word runs (nameOccurrences). */
const INDEXED_TEXT_CHARS = 16 * 1024;
/** A name's leading run of letters and digits (none when it starts with another character). */
const LEADING_RUN = /^[\p{L}\p{N}]+/u;
/** The last long text indexed, and where each run of letters and digits in it starts, by the run's text. */
let indexedText: string | null = null;
let runStarts = new Map<string, number[]>();
function wordRunStarts(text: string): Map<string, number[]> {
  if (text !== indexedText) {
    runStarts = new Map();
    for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const list = runStarts.get(m[0]);
      if (list) list.push(m.index); else runStarts.set(m[0], [m.index]);
    }
    indexedText = text;
  }
  return runStarts;
}

/** The code point that ends at `at` (exclusive) as a string, a surrogate pair read as one; '' at the start. */
const charBefore = (text: string, at: number): string => {
  if (at <= 0) return '';
  return at >= 2 && isLow(text.charCodeAt(at - 1)) && isHigh(text.charCodeAt(at - 2)) ? text.slice(at - 2, at) : (text[at - 1] as string);
};
/** The code point that starts at `at` as a string; '' at the end. */
const charAt = (text: string, at: number): string => (at < text.length ? String.fromCodePoint(text.codePointAt(at) as number) : '');

/**
 * Where `text` writes `word` with no character of `edge` (a pattern for one character, with the u flag) right before or
 * after it: the indexes of the matches of `new RegExp('(?<!' + edge + ')' + escapeRegExp(word) + '(?!' + edge + ')', 'gu')`
 * run with matchAll, found with indexOf (a pattern made per word is compiled to native code for one article). `word`
 * must not begin or end inside a surrogate pair.
 */
export function boundedWordMatches(text: string, word: string, edge: RegExp): number[] {
  if (!word) return [...text.matchAll(new RegExp(`(?<!${edge.source})(?!${edge.source})`, 'gu'))].map((m) => m.index);
  const out: number[] = [];
  for (let p = text.indexOf(word); p >= 0;) {
    // (a pattern with the u flag never starts a match inside a surrogate pair)
    const inPair = p > 0 && isLow(text.charCodeAt(p)) && isHigh(text.charCodeAt(p - 1));
    if (!inPair && !edge.test(charBefore(text, p)) && !edge.test(charAt(text, p + word.length))) {
      out.push(p);
      p = text.indexOf(word, p + word.length);
    } else p = text.indexOf(word, p + 1);
  }
  return out;
}

const NAME_CHAR = /[\p{L}’'&.-]/u;
const UPPER = /\p{Lu}/u;
const LINE_SPACE = /[^\S\n]/u;
const LETTER = /\p{L}/u;
const CAPITALISED_AFTER = /(?:[^\S\n]+\p{Lu}[\p{L}’'&.-]*)*/uy;

/**
 * The matches of `new RegExp('(?:(\\p{Lu}[\\p{L}’\'&.-]*)[^\\S\\n]+)?(?<![\\p{L}])' + escapeRegExp(word) +
 * '(?![\\p{L}])((?:[^\\S\\n]+\\p{Lu}[\\p{L}’\'&.-]*)*)', 'gu')` run with matchAll: each place where `word` stands with no
 * letter right before or after it, with the capitalised word written before it on the same line (`before`, group 1) and
 * the capitalised words after it (`after`, group 2), found with indexOf and fixed patterns rather than a pattern compiled
 * per word. `word` must not hold white space, nor begin or end inside a surrogate pair.
 */
export function capitalisedRunMatches(text: string, word: string): Array<{ index: number; before: string | undefined; after: string }> {
  if (!word) {
    return [...text.matchAll(/(?:(\p{Lu}[\p{L}’'&.-]*)[^\S\n]+)?(?<![\p{L}])(?![\p{L}])((?:[^\S\n]+\p{Lu}[\p{L}’'&.-]*)*)/gu)]
      .map((m) => ({ index: m.index, before: m[1], after: m[2] ?? '' }));
  }
  // Every place of the word (boundedWordMatches goes on after a match; these may overlap, "A.A" in "A.A.A").
  const all: number[] = [];
  for (let p = text.indexOf(word); p >= 0; p = text.indexOf(word, p + 1)) {
    const inPair = p > 0 && isLow(text.charCodeAt(p)) && isHigh(text.charCodeAt(p - 1));
    if (!inPair && !LETTER.test(charBefore(text, p)) && !LETTER.test(charAt(text, p + word.length))) all.push(p);
  }
  const isAt = new Set(all);
  // The capitalised word before `p` (from its first upper-case letter at or after `from` to the spaces before `p`), or
  // null: spaces (no line break) before `p`, the run of name characters before them.
  const groupStart = (p: number, from: number): { start: number; end: number } | null => {
    let q = p;
    while (q > from && LINE_SPACE.test(charBefore(text, q))) q -= charBefore(text, q).length;
    if (q === p) return null;
    let r = q;
    while (r > from && NAME_CHAR.test(charBefore(text, r))) r -= charBefore(text, r).length;
    for (let s = r; s < q; s += charAt(text, s).length) if (UPPER.test(charAt(text, s))) return { start: s, end: q };
    return null;
  };
  const out: Array<{ index: number; before: string | undefined; after: string }> = [];
  let from = 0;
  let i = 0;
  for (;;) {
    while (i < all.length && (all[i] as number) < from) i++;
    if (i >= all.length) return out;
    const p1 = all[i] as number;
    let p = p1;
    let group = groupStart(p1, from);
    if (!group) {
      // A later place of the word whose capitalised word before it takes this one in ("Vorst-Vorst Vorst"): the
      // pattern, tried from left to right, matches there first (the group is tried before the word alone).
      let q = p1;
      while (q < text.length && NAME_CHAR.test(charAt(text, q))) q += charAt(text, q).length;
      let k = q;
      while (k < text.length && LINE_SPACE.test(charAt(text, k))) k += charAt(text, k).length;
      if (q > p1 && k > q && isAt.has(k)) {
        const later = groupStart(k, from);
        if (later && later.start <= p1) { p = k; group = later; }
      }
    }
    const end = p + word.length;
    CAPITALISED_AFTER.lastIndex = end;
    const after = CAPITALISED_AFTER.exec(text)?.[0] ?? '';
    out.push({ index: group ? group.start : p, before: group ? text.slice(group.start, group.end) : undefined, after });
    from = end + after.length;
  }
}

/**
 * The word of letters written before each place of `name` (after it, spaces on the same line, and a full stop or none
 * before them), where no letter follows the name: group 1 of the matches of `new RegExp('(?<![\\p{L}])(\\p{L}+)\\.?' +
 * '[^\\S\\n]+' + escapeRegExp(name) + '(?![\\p{L}])', 'gu')` run with matchAll, or with `overlapping` every place that
 * pattern can match from (as a test anywhere in the text would try them), found with indexOf rather than a pattern
 * compiled per name. `name` must not be empty, start with white space, nor begin or end inside a surrogate pair.
 */
export function wordsBeforeName(text: string, name: string, overlapping = false): string[] {
  if (!name || /^\s/u.test(name)) return [...text.matchAll(new RegExp(`(?<![\\p{L}])(\\p{L}+)\\.?[^\\S\\n]+${escapeRegExp(name)}(?![\\p{L}])`, 'gu'))].map((m) => m[1] as string);
  const out: string[] = [];
  let from = 0;
  for (let p = text.indexOf(name); p >= 0; p = text.indexOf(name, p + 1)) {
    if (LETTER.test(charAt(text, p + name.length))) continue;
    let q = p;
    while (LINE_SPACE.test(charBefore(text, q))) q -= charBefore(text, q).length;
    if (q === p) continue;
    let end = q;
    if (text[end - 1] === '.') end--;
    let r = end;
    while (LETTER.test(charBefore(text, r))) r -= charBefore(text, r).length;
    if (r === end || (!overlapping && r < from)) continue;
    out.push(text.slice(r, end));
    from = p + name.length;
  }
  return out;
}
