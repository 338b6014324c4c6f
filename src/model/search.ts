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
