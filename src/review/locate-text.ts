// Finding a reviewer's text in the article: what a person types or copies from a spreadsheet may differ from the
// article in whitespace (line breaks, double spaces) and in the style of quote marks, so those match loosely; every
// other character must match exactly. Returns offsets into the exact text, never a normalised copy.
import type { Span } from '../model/labels.js';

const DOUBLE = '"“”„«»';
const SINGLE = "'‘’‚";

function pattern(needle: string): RegExp {
  let src = '';
  for (const part of needle.trim().split(/(\s+)/u)) {
    if (/^\s+$/u.test(part)) { src += '\\s+'; continue; }
    for (const ch of part) {
      if (DOUBLE.includes(ch)) src += `[${DOUBLE}]`;
      else if (SINGLE.includes(ch)) src += `[${SINGLE}]`;
      else src += ch.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
    }
  }
  return new RegExp(src, 'gu');
}

/** Every place `needle` occurs in `text` (loosely for whitespace and quote marks), in text order. */
export function findAll(text: string, needle: string): Span[] {
  if (!needle.trim()) return [];
  const re = pattern(needle);
  const out: Span[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    re.lastIndex = m.index + 1; // overlapping occurrences count too: "ha" in "hahaha" is ambiguous
  }
  return out;
}

/** True when `a` and `b` are the same text but for whitespace and quote-mark style. */
export function looselyEqual(a: string, b: string): boolean {
  const m = findAll(a, b);
  return m.some((s) => s.start === 0 && s.end === a.length);
}

/** The occurrence of `needle` nearest to `near` (ties: the earlier one), or null. */
export function findNearest(text: string, needle: string, near: number): Span | null {
  let best: Span | null = null;
  for (const s of findAll(text, needle)) {
    const d = Math.abs(s.start - near);
    if (!best || d < Math.abs(best.start - near)) best = s;
  }
  return best;
}
