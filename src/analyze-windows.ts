// A very long text (a transcript, a document dump, many reports pasted into one file) analysed in windows of
// paragraphs, each window run through the stages as a text of its own after the article's headline, and the windows'
// layers joined into one document on the whole text. A window's cost and memory are bounded, so the whole text's grow
// linearly with its length: run whole, the stages' work across a text's names, charges and antecedents grew faster than
// the text above a few hundred thousand characters (a 2 MB article took 2.5x the corpus's CPU per MB and 341 MB,
// docs/speed-and-scale.md). The price is that a pronoun, "the company" or a charge is not read back into an earlier
// window: the document says so in a message. News articles are far shorter than a window (the corpus's longest has
// 16,000 characters), so they are analysed whole, as before.
import type { Message } from './model/article-result.js';
import { mapStatementSpans, type SpanMapping } from './map-statement-spans.js';
import type { Doc, DraftStatement, Layers, Mention, Paragraph, Quote, Sentence, Token } from './model/document.js';
import { makeToken } from './model/document.js';
import type { Span, TextSpan } from './model/labels.js';

/** Texts longer than this many characters are analysed in windows of at most about this many. */
export const WINDOW_CHARS = 100_000;

export interface TextWindow extends Span {}

/**
 * Where the headline ends: the offset just after the line break that closes the text's first non-blank line (0 when
 * the text is one line). Every window after the first is read after this prefix, so its offsets there are the text's.
 */
export function headlinePrefixEnd(text: string): number {
  const m = /^\s*[^\n]*\n/u.exec(text);
  // (a first line longer than a headline is a paragraph, or the whole text on one line: read again with every window it
  // would multiply the work, so a text that opens so has no prefix)
  return m && m[0].trim().length <= HEADLINE_MAX_CHARS ? m[0].length : 0;
}

/** The longest first line read as a headline before each window (news headlines are under 150 characters). */
export const HEADLINE_MAX_CHARS = 300;

const QUOTE_OPENING = /^[\s]*["“‘'«]/u;

/**
 * Cuts `text[from, text.length)` into windows of at most `size` characters (a single paragraph longer than that is cut
 * at its last sentence end, else at its last space, inside the limit). A cut is put at the start of a paragraph (after a
 * blank line, else after a line break), in the window's second half; a paragraph that opens with a quote mark may
 * continue the quote of the paragraph before (news style), so a cut before one is taken only when there is no other.
 */
export function paragraphWindows(text: string, size = WINDOW_CHARS, from = 0): TextWindow[] {
  const out: TextWindow[] = [];
  let start = from;
  while (text.length - start > size) {
    const limit = start + size;
    const floor = start + Math.floor(size / 2);
    let cut = lastBreak(text, floor, limit) ?? limit;
    // (a hard cut never parts a surrogate pair: the character stays whole, in the next window)
    const low = text.charCodeAt(cut);
    const high = text.charCodeAt(cut - 1);
    if (low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff) cut -= 1;
    out.push({ start, end: cut });
    start = cut;
  }
  out.push({ start, end: text.length });
  return out;
}

/** The best cut in `[floor, limit]`: after a blank line, else after a line break, else after a sentence end, else after
 *  a space; null when there is none. */
function lastBreak(text: string, floor: number, limit: number): number | null {
  const region = text.slice(floor, limit);
  const candidates = (re: RegExp): number[] => [...region.matchAll(re)].map((m) => floor + (m.index as number) + m[0].length);
  for (const re of [/\n[^\S\n]*\n\s*/gu, /\n\s*/gu]) {
    const cuts = candidates(re).filter((c) => c < limit);
    const clean = cuts.filter((c) => !QUOTE_OPENING.test(text.slice(c, c + 4)));
    const best = clean.at(-1) ?? cuts.at(-1);
    if (best !== undefined) return best;
  }
  for (const re of [/[.!?]["”’]?\s+/gu, /\s+/gu]) {
    const best = candidates(re).filter((c) => c < limit).at(-1);
    if (best !== undefined) return best;
  }
  return null;
}

/**
 * The text a window is analysed as: the article's headline line (`text[0, prefixEnd)`, kept at its own offsets) then the
 * window's paragraphs. The first window starts at 0 and is analysed as it stands.
 */
export function windowText(text: string, prefixEnd: number, w: TextWindow): string {
  return w.start === 0 ? text.slice(0, w.end) : text.slice(0, prefixEnd) + text.slice(w.start, w.end);
}

/** Offsets of a window's text to the whole text's: the headline prefix stays, the rest moves to the window's place. */
interface Shift { prefixEnd: number; by: number }
const at = (o: number, s: Shift): number => (o < s.prefixEnd ? o : o + s.by);
/** Whether a span of the window's text lies in the headline prefix, in the window's own paragraphs, or across both. */
const inPrefix = (x: Span, s: Shift): boolean => x.end <= s.prefixEnd;
const across = (x: Span, s: Shift): boolean => x.start < s.prefixEnd && x.end > s.prefixEnd;

function moveSpan<T extends Span>(x: T, s: Shift): T { return { ...x, start: at(x.start, s), end: at(x.end, s) }; }
/** A span of text that crosses from the headline into the window's paragraphs has no place in the whole text. */
function moveTextSpan<T extends TextSpan>(x: T | null | undefined, s: Shift): T | null {
  return !x || across(x, s) ? null : moveSpan(x, s);
}
/** Index renumbering of one window's layers in the joined document. */
interface Renumber { sentence: (i: number) => number; paragraph: (i: number) => number; token: (i: number) => number }

function moveStatement(d: DraftStatement, s: Shift, n: Renumber): DraftStatement {
  const { speakerMentionHint: hint, pronounParty, ...rest } = d;
  const mapping: SpanMapping = { move: (x) => moveSpan(x, s), outside: { test: (x) => across(x, s), note: 'across the headline and a window of the text', cue: true } };
  const moved: DraftStatement = { ...mapStatementSpans(rest, mapping), sentence: n.sentence(d.sentence) };
  if (hint && !across(hint, s)) {
    const h = moveSpan(hint, s);
    if (hint.appositive) h.appositive = moveTextSpan(hint.appositive, s) ?? undefined;
    if (hint.antecedent) h.antecedent = moveTextSpan(hint.antecedent, s) ?? undefined;
    moved.speakerMentionHint = h;
  }
  const party = moveTextSpan(pronounParty, s);
  if (party) moved.pronounParty = party;
  return moved;
}

/**
 * The layers of window `k`'s document (`doc`, on `windowText`) on the whole text, after `sofar` (the windows before it).
 * A window after the first leaves out what it read in the headline prefix (the first window has it): its sentences,
 * tokens, quotes, mentions and statements there; evidence read there keeps the headline's offsets.
 */
function joinWindow(sofar: Partial<Layers>, doc: Doc, s: Shift, first: boolean): Partial<Layers> {
  const L = doc.layers;
  const keep = <T extends Span>(xs: readonly T[] | undefined): T[] => (xs ?? []).filter((x) => first || (!inPrefix(x, s) && !across(x, s)));
  const sentences = (L.sentences ?? []).filter((x) => first || !inPrefix(x, s));
  const paragraphs = (L.paragraphs ?? []).filter((x) => first || !inPrefix(x, s));
  const tokens = keep(L.tokens);
  const firstOf = <T>(xs: readonly T[], all: readonly T[] | undefined): number => (xs.length ? (all ?? []).indexOf(xs[0] as T) : 0);
  const base = { sentence: (sofar.sentences ?? []).length, paragraph: (sofar.paragraphs ?? []).length, token: (sofar.tokens ?? []).length };
  const skipped = { sentence: firstOf(sentences, L.sentences), paragraph: firstOf(paragraphs, L.paragraphs), token: firstOf(tokens, L.tokens) };
  const n: Renumber = {
    sentence: (i) => base.sentence + i - skipped.sentence,
    paragraph: (i) => base.paragraph + i - skipped.paragraph,
    token: (i) => base.token + i - skipped.token,
  };
  // (a sentence that runs from the headline on into the window's first paragraph starts where the paragraph does)
  const clip = <T extends Span>(x: T): T => (across(x, s) ? { ...x, start: s.prefixEnd } : x);
  const joinedSentences: Sentence[] = sentences.map((x) => ({ ...moveSpan(clip(x), s), index: n.sentence(x.index), paragraph: n.paragraph(x.paragraph), tokenStart: n.token(Math.max(x.tokenStart, skipped.token)), tokenEnd: n.token(x.tokenEnd) }));
  const joinedParagraphs: Paragraph[] = paragraphs.map((x) => ({ ...moveSpan(clip(x), s), index: n.paragraph(x.index) }));
  const joinedTokens: Token[] = tokens.map((t) => makeToken(at(t.start, s), at(t.end, s), t.text, t.normal, t.lemma, t.pos, n.sentence(t.sentence)));
  const joinedQuotes: Quote[] = keep(L.quotes).map((q) => ({ ...moveSpan(q, s), open: at(q.open, s), close: q.close === null ? null : at(q.close, s), continues: q.continues === null ? null : at(q.continues, s), paragraph: n.paragraph(q.paragraph) }));
  const joinedMentions: Mention[] = keep(L.mentions).map((m) => moveSpan(m, s));
  const joinedStatements = (L.statements ?? []).filter((d) => first || (!inPrefix(d.content, s) && !across(d.content, s))).map((d) => moveStatement(d, s, n));
  const add = <T>(a: readonly T[] | undefined, b: readonly T[]): T[] => [...(a ?? []), ...b];
  return {
    paragraphs: add(sofar.paragraphs, joinedParagraphs),
    sentences: add(sofar.sentences, joinedSentences),
    tokens: add(sofar.tokens, joinedTokens),
    datelines: add(sofar.datelines, keep(L.datelines).map((x) => moveSpan(x, s))),
    quotes: add(sofar.quotes, joinedQuotes),
    mentions: add(sofar.mentions, joinedMentions),
    statements: add(sofar.statements, joinedStatements),
  };
}

/** A window's messages on the whole text: those with a place are moved (left out when in the headline prefix of a
 *  window after the first); those without one are kept once. */
function joinMessages(sofar: Message[], seen: Set<string>, messages: readonly Message[], s: Shift, first: boolean): void {
  for (const m of messages) {
    if (m.start === undefined || m.end === undefined) {
      const key = `${m.ruleId}\u0000${m.reason}`;
      if (!seen.has(key)) { seen.add(key); sofar.push(m); }
    } else if (first || (!inPrefix({ start: m.start, end: m.end }, s) && !across({ start: m.start, end: m.end }, s))) {
      sofar.push({ ...m, start: at(m.start, s), end: at(m.end, s) });
    }
  }
}

/**
 * Runs `analyse` (the stages on a document of the given text) on each window of `doc.article.text` and joins the results
 * into one document on the whole text. `analyse` is given the window's text; the article's notes go with the first.
 */
export function analyseInWindows(doc: Doc, analyse: (text: string, first: boolean) => Doc, size = WINDOW_CHARS): Doc {
  const { text } = doc.article;
  const prefixEnd = headlinePrefixEnd(text);
  const windows = paragraphWindows(text, size, 0);
  let layers: Partial<Layers> = {};
  const messages: Message[] = [];
  const seen = new Set<string>();
  windows.forEach((w, k) => {
    const first = k === 0;
    const shift: Shift = first ? { prefixEnd: 0, by: 0 } : { prefixEnd, by: w.start - prefixEnd };
    const done = analyse(windowText(text, prefixEnd, w), first);
    layers = joinWindow(layers, done, shift, first);
    joinMessages(messages, seen, done.messages, shift, first);
  });
  if (windows.length > 1) {
    messages.push({ ruleId: 'long-article:windowed', reason: `the text has ${text.length.toLocaleString('en-US')} characters, more than the ${size.toLocaleString('en-US')} analysed at once: it was analysed in ${windows.length} windows, cut at paragraph starts where the text has them (else at a sentence's end or a space)${prefixEnd > 0 ? ', each read after the headline line' : ''}, so a pronoun, "the company" or a charge in one window is not read back to a speaker or party named only in an earlier one` });
  }
  return { article: doc.article, layers, messages };
}
