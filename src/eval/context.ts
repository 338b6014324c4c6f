// The text around a span, for error lists a reviewer can read without opening the article.
import type { Span } from '../model/labels.js';

const SENTENCE_END = /[.!?…]["”’»)]*\s+/gu;
/** Words whose period does not end a sentence in news text (`said Gov. Rick Perry`, `Speaker John A. Boehner`). */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'gov', 'sen', 'rep', 'st', 'jr', 'sr', 'gen', 'lt', 'col', 'capt', 'sgt', 'prof', 'rev', 'hon', 'no', 'vs', 'inc', 'corp', 'co', 'ltd', 'u.s', 'u.k', 'u.n', 'jan', 'feb', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec']);

/** Is the match at `index` a sentence end: not after an abbreviation or an initial, and not followed by lowercase? */
function endsSentence(text: string, index: number, match: string): boolean {
  const wordBefore = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, index - 12), index))?.[1]?.toLowerCase() ?? '';
  if (match.startsWith('.') && (ABBREVIATIONS.has(wordBefore) || /^\p{L}$/u.test(wordBefore))) return false;
  const next = text[index + match.length] ?? '';
  return !/\p{Ll}/u.test(next);
}

/** The [start, end) of the line(s) holding the span. */
export function lineAround(text: string, span: Span): Span {
  const newlineBefore = span.start === 0 ? -1 : text.lastIndexOf('\n', span.start - 1);
  const newlineAfter = text.indexOf('\n', span.end);
  return { start: newlineBefore + 1, end: newlineAfter === -1 ? text.length : newlineAfter };
}

/** The sentence(s) holding the span, within its line: a long paragraph is cut at the sentence ends nearest the span. */
export function sentenceAround(text: string, span: Span): Span {
  const line = lineAround(text, span);
  let start = line.start;
  let end = line.end;
  for (const m of text.slice(line.start, line.end).matchAll(SENTENCE_END)) {
    if (!endsSentence(text, line.start + m.index, m[0])) continue;
    const lastMark = line.start + m.index + m[0].trimEnd().length;
    const nextSentence = line.start + m.index + m[0].length;
    // A sentence end inside the span does not cut it: the span's own sentences stay whole.
    if (nextSentence <= span.start) start = nextSentence;
    else if (lastMark >= span.end) { end = lastMark; break; }
  }
  return { start, end };
}

/**
 * The sentence around a span as one line of about `max` characters, the span marked with ⟦ ⟧; `reach` widens the
 * context to also show another span (a speaker mention a sentence earlier) without marking it.
 */
export function contextLine(text: string, span: Span, reach?: Span, max = 320): string {
  const shown = reach ? { start: Math.min(span.start, reach.start), end: Math.max(span.end, reach.end) } : span;
  const around = sentenceAround(text, shown);
  const before = text.slice(around.start, span.start);
  const inside = text.slice(span.start, span.end);
  const after = text.slice(span.end, around.end);
  const room = Math.max(40, max - inside.length);
  const clippedBefore = before.length > room / 2 ? `…${before.slice(before.length - Math.floor(room / 2))}` : before;
  const clippedAfter = after.length > room / 2 ? `${after.slice(0, Math.floor(room / 2))}…` : after;
  const clippedInside = inside.length > max ? `${inside.slice(0, max / 2)} … ${inside.slice(inside.length - max / 2)}` : inside;
  return `${clippedBefore}⟦${clippedInside}⟧${clippedAfter}`.replace(/\s*\n\s*/gu, ' ⏎ ').trim();
}

/** A span's text on one line, shortened in the middle. */
export function shortText(text: string, max = 120): string {
  const flat = text.replace(/\s*\n\s*/gu, ' ⏎ ');
  return flat.length <= max ? flat : `${flat.slice(0, max / 2 - 2)} … ${flat.slice(flat.length - max / 2 + 2)}`;
}
