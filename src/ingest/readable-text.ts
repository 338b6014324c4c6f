// What the stages read of an article's text, when that is not the text itself: UTF-8 read as Windows-1252 (mis-decoded.ts),
// HTML character references, a web page's invisible characters and the lines around its body are read through, and
// every offset found is moved back to index the text as given (which is never changed: offsets are sacred). analyze.ts
// runs the stages on `text` and maps their spans with `toOriginal`.
import { z } from 'zod';
import type { Span } from '../model/labels.js';
import { decodeHTMLStrict } from 'entities/decode';
import pageWordsJson from '../lexicon/page-words.json' with { type: 'json' };
import { applyEdits, type Edit, misDecodedEdits, withoutMisDecoding } from './mis-decoded.js';
import { escapeRegExp } from '../model/search.js';

const PageWords = z.object({
  $comment: z.string().optional(),
  bylineOpeners: z.array(z.string().min(1)),
  bylineJoiners: z.array(z.string().min(1)),
  timestampOpeners: z.array(z.string().min(1)),
  timeWords: z.array(z.string().min(1)),
  markers: z.array(z.string().min(1)),
  markerWords: z.array(z.string().min(1)),
  linkOpeners: z.array(z.string().min(1)),
  captionOpeners: z.array(z.string().min(1)),
  creditOpeners: z.array(z.string().min(1)),
  creditAgencies: z.array(z.string().min(1)),
  signUpOpeners: z.array(z.string().min(1)),
});
const WORDS = PageWords.parse(pageWordsJson);
const lower = (xs: readonly string[]): string[] => xs.map((x) => x.toLowerCase());
const BYLINE_JOINERS: ReadonlySet<string> = new Set(lower(WORDS.bylineJoiners));
const TIME_WORDS: ReadonlySet<string> = new Set(lower(WORDS.timeWords));
const MARKERS: ReadonlySet<string> = new Set(lower([...WORDS.markers, ...WORDS.linkOpeners]));
const MARKER_WORDS: ReadonlySet<string> = new Set(lower(WORDS.markerWords));
// (longest first, so that "additional reporting by" is tried before "by")
const byLength = (xs: readonly string[]): string[] => lower(xs).sort((a, b) => b.length - a.length);
const BYLINE_OPENERS = byLength(WORDS.bylineOpeners);
const TIMESTAMP_OPENERS = byLength(WORDS.timestampOpeners);
const LINK_OPENERS = byLength(WORDS.linkOpeners);
const MARKER_PREFIXES = byLength(WORDS.markers);
const CAPTION_OPENERS = byLength(WORDS.captionOpeners);
/** Caption openers, and credit openers ("Credit"), which open a credit only before its names (CREDIT_TAIL). */
const CREDIT_OPENERS = byLength([...WORDS.captionOpeners, ...WORDS.creditOpeners]);
const SIGN_UP_OPENERS = byLength(WORDS.signUpOpeners);
/** "… (Reuters)", "… (AP Photo/Jane Doe)", "… (Photo: Getty Images)": an agency's credit in brackets closing the line,
 *  after the caption's full stop (an agency named inside a sentence, "… after the results (Reuters).", is the story's). */
const AGENCIES = byLength(WORDS.creditAgencies).map(escapeRegExp).join('|');
const CREDIT_CLOSE = new RegExp(`(?:[.!?]\\s*\\((?:${AGENCIES})|\\((?:${AGENCIES})\\s+photos?\\s*/\\s*[^()]{1,40}|\\((?:${CREDIT_OPENERS.map(escapeRegExp).join('|')})\\s*:\\s*[^()]{1,40})\\)\\.?$`, 'iu');
/** "… at the harbour. Photo: Alan Reid/Coastal News", "Credit: Jane Doe/Reuters": a credit word, a colon and
 *  capitalised words closing the line ("Credit: the union deserves it, she said." is a sentence of the story). */
// (no "i" flag: it would let \p{Lu} match lower case; the openers are given lower case and capitalised)
const CREDIT_TAIL = new RegExp(`(?:^|[.!?]\\s+)(?:${CREDIT_OPENERS.flatMap((o) => [o, o[0]!.toUpperCase() + o.slice(1)]).map(escapeRegExp).join('|')})\\s*:\\s*\\p{Lu}[\\p{L}'’.-]*(?:[\\s/]+(?:\\p{Lu}[\\p{L}'’.-]*|&|and|of|for))*\\.?$`, 'u');

/**
 * Characters a web page puts in text that show nothing: zero-width spaces and joiners, the word joiner, a byte-order
 * mark inside the text. Inside a word, between two letters ("com​pany", "Whit​lock"), one is read as nothing, as a soft
 * hyphen is: the word stays one word. Pasted between two words ("Fiona​Grieve": a capital after a lower-case letter), or
 * next to a space, a digit or punctuation, it parts them as a space would, and is read as one.
 */
const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF]/u;
/** The soft hyphen, which shows only where a line breaks inside a word: read as nothing ("Kap­oor" is "Kapoor"). */
const SOFT_HYPHEN = 0xad;
/**
 * Characters some sites set for a dash, read as the dash they stand for: the horizontal bar (U+2015, "―") as the em dash.
 * The one place a dash look-alike is read: every stage after it (wink's tokens, the statement and speaker rules, the
 * stance patterns) sees "—", one character for one, so no offset moves.
 */
const DASH_LOOKALIKES: Readonly<Record<string, string>> = { '\u2015': '\u2014' };
const DASH_LOOKALIKE = new RegExp(`[${Object.keys(DASH_LOOKALIKES).join('')}]`, 'gu');

function dashEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(DASH_LOOKALIKE)) edits.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, by: DASH_LOOKALIKES[m[0]] as string });
  return edits;
}

export interface Readable {
  /** The text the stages read: mis-decoded runs and character references as the characters meant, zero-width
   *  characters as spaces, soft hyphens left out, a dash look-alike as its dash, page lines blanked. */
  text: string;
  /** The span of the original text that a span [start, end) of `text` covers. */
  toOriginal(start: number, end: number): [number, number];
  /** Zero-width characters read as spaces, between words (a byte-order mark opening the text is not counted: it is no
   *  part of it). */
  zeroWidth: number;
  /** Zero-width characters read as nothing, inside a word. */
  zeroWidthInWord: number;
  softHyphens: number;
  /** HTML character references ("&rsquo;", "&#8217;", "&#x2019;") read as the characters they stand for. */
  references: number;
  /** Runs of UTF-8 text read as Windows-1252 or Latin-1 ("â€™"), read as the characters meant, and the first few
   *  distinct ones as they stand and as read. */
  misDecoded: number;
  misDecodedSeen: Array<{ seen: string; meant: string }>;
  /** The lines set aside as the page's, not the article's, in the original text and (`read`) in `text`. */
  pageLines: Array<Span & { what: PageLineKind; read: Span }>;
}

export type PageLineKind = 'byline' | 'timestamp' | 'advertisement or share bar' | 'link to another story' | 'photo caption or credit' | 'newsletter sign-up';

/**
 * A text read from the original one: each of its characters (UTF-16 unit) i covers [from[i], to[i]) of the original
 * (a character reference's character covers the whole reference); from[text.length] is where the text ends there.
 * Null maps: the text is the original.
 */
interface Reading { text: string; from: Int32Array | null; to: Int32Array | null }

/** `r` with its pieces read as `edits` say (in order, not overlapping), the map composed so as to reach the original. */
function readEdits(r: Reading, edits: readonly Edit[]): Reading {
  if (edits.length === 0) return r;
  const text = applyEdits(r.text, edits);
  const F = (i: number): number => (r.from ? r.from[i] as number : i);
  const T = (i: number): number => (r.to ? r.to[i] as number : i + 1);
  const from = new Int32Array(text.length + 1);
  const to = new Int32Array(text.length + 1);
  let k = 0;
  let last = 0;
  const copy = (a: number, b: number): void => { for (let i = a; i < b; i++, k++) { from[k] = F(i); to[k] = T(i); } };
  for (const e of edits) {
    copy(last, e.start);
    for (let j = 0; j < e.by.length; j++, k++) { from[k] = F(e.start); to[k] = T(e.end - 1); }
    last = e.end;
  }
  copy(last, r.text.length);
  from[k] = F(r.text.length);
  to[k] = from[k] as number;
  return { text, from, to };
}

/**
 * "&ldquo;", "&rsquo;", "&amp;", "&nbsp;", "&#8230;", "&#x2019;": an HTML character reference left in text pasted or
 * exported from a web page. Only references closed by their semicolon are read ("AT&T", "R&D" and a bare "&amp" stay
 * as they are), by the same decoder (the `entities` package's HTML table, as the HTML parser reads a page's text with
 * it: html-text.ts) and a name it does not know stays too.
 */
const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/gu;

function referenceEdits(text: string): Edit[] {
  if (!text.includes('&')) return [];
  const edits: Edit[] = [];
  for (const m of text.matchAll(REFERENCE)) {
    const by = decodeHTMLStrict(m[0]);
    if (by !== m[0]) edits.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, by });
  }
  return edits;
}

/** `text` as the stages should read it, or null when they read it as it is. */
export function readableText(text: string): Readable | null {
  let r: Reading = { text, from: null, to: null };
  // UTF-8 read as Windows-1252 first (its runs are the bytes of characters; a reading twice over is read back twice),
  // then character references, then the invisible characters either may have given
  let misDecoded = 0;
  const misDecodedSeen: Array<{ seen: string; meant: string }> = [];
  for (let pass = 0; pass < 3; pass++) {
    const edits = misDecodedEdits(r.text, pass > 0);
    if (!edits.length) break;
    // (a run read twice over is counted once, and shown as the original has it)
    if (pass === 0) misDecoded = edits.length;
    r = readEdits(r, edits);
  }
  // (each run once, as the original has it and as read: the characters of the read text that cover it)
  for (let i = 0; misDecoded && i < r.text.length && misDecodedSeen.length < 6; i++) {
    const s = r.from![i] as number;
    const e = r.to![i] as number;
    if (e - s < 2 || (i > 0 && r.from![i - 1] === s)) continue;
    let j = i + 1;
    while (j < r.text.length && r.from![j] === s) j++;
    const seen = text.slice(s, e);
    if (!misDecodedSeen.some((x) => x.seen === seen)) misDecodedSeen.push({ seen, meant: r.text.slice(i, j) });
  }
  const refs = referenceEdits(r.text);
  r = readEdits(r, refs);
  const inv = invisibleEdits(r.text);
  r = readEdits(r, inv.edits);
  r = readEdits(r, dashEdits(r.text));
  const clean = r.text;
  const map = r;
  const toOriginal = (start: number, end: number): [number, number] => {
    if (!map.from || !map.to) return [start, end];
    return end > start ? [map.from[start] as number, map.to[end - 1] as number] : [map.from[start] as number, map.from[start] as number];
  };
  const lines = pageLines(clean);
  if (!r.from && lines.length === 0) return null;
  let blanked = clean;
  if (lines.length) {
    const out: string[] = [];
    let from = 0;
    for (const l of lines) { out.push(blanked.slice(from, l.start), ' '.repeat(l.end - l.start)); from = l.end; }
    out.push(blanked.slice(from));
    blanked = out.join('');
  }
  return {
    text: blanked, toOriginal, zeroWidth: inv.zeroWidth, zeroWidthInWord: inv.zeroWidthInWord, softHyphens: inv.softHyphens,
    references: refs.length, misDecoded, misDecodedSeen,
    pageLines: lines.map((l) => { const [start, end] = toOriginal(l.start, l.end); return { start, end, what: l.what, read: { start: l.start, end: l.end } }; }),
  };
}

/**
 * The invisible characters of `text` to read through: a soft hyphen as nothing, a zero-width character inside a word
 * as nothing and between words as a space (a byte-order mark opening the text is left: it is no part of it).
 */
function invisibleEdits(text: string): { edits: Edit[]; zeroWidth: number; zeroWidthInWord: number; softHyphens: number } {
  let zeroWidth = 0;
  let zeroWidthInWord = 0;
  let softHyphens = 0;
  const edits: Edit[] = [];
  // (most articles have none of these: one search)
  if (!/[\u00AD\u200B-\u200D\u2060]|(?!^)\uFEFF/u.test(text)) return { edits, zeroWidth, zeroWidthInWord, softHyphens };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== SOFT_HYPHEN && !(c >= 0x200b && c <= 0x200d) && c !== 0x2060 && c !== 0xfeff) continue;
    if (c === 0xfeff && i === 0) continue;
    if (c === SOFT_HYPHEN) {
      softHyphens++;
      edits.push({ start: i, end: i + 1, by: '' });
    } else if (insideWord(text, i)) {
      zeroWidthInWord++;
      edits.push({ start: i, end: i + 1, by: '' });
    } else {
      zeroWidth++;
      edits.push({ start: i, end: i + 1, by: ' ' });
    }
  }
  return { edits, zeroWidth, zeroWidthInWord, softHyphens };
}

/**
 * Whether the zero-width character at `i` stands inside a word: letters on both sides (other zero-width characters and
 * soft hyphens skipped), and not a lower-case letter before a capital ("Fiona​Grieve" is two words run together).
 */
function insideWord(text: string, i: number): boolean {
  const invisible = (ch: string): boolean => ch === '\u00AD' || ZERO_WIDTH.test(ch);
  let a = i - 1;
  while (a >= 0 && invisible(text[a] as string)) a--;
  let b = i + 1;
  while (b < text.length && invisible(text[b] as string)) b++;
  const before = a >= 0 ? String.fromCodePoint(text.codePointAt(a) as number) : '';
  const after = b < text.length ? String.fromCodePoint(text.codePointAt(b) as number) : '';
  if (!/^\p{L}/u.test(before) || !/^\p{L}/u.test(after)) return false;
  return !(/^\p{Ll}/u.test(before) && /^\p{Lu}/u.test(after));
}

/** The text read through its invisible characters (and its dash look-alikes) alone (a title, a headline given apart
 *  from the text). */
export function withoutInvisibles(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = DASH_LOOKALIKES[text[i] as string] ?? text[i] as string;
    if (ch === '\u00AD') continue;
    if ((ch === '\uFEFF' && i > 0) || /[\u200B\u200C\u200D\u2060]/u.test(ch)) { if (!insideWord(text, i)) out += ' '; continue; }
    out += ch;
  }
  return out;
}

/**
 * A title (a headline given apart from the text) read as its article's text is: mis-decoded runs (when the text was
 * found mis-decoded: `misDecoded`), character references and invisible characters.
 */
export function readableTitle(title: string, misDecoded: boolean): string {
  return withoutInvisibles(readAsMeant(title, misDecoded));
}

/**
 * A piece of an article's text (a CSV cell, a stretch of report.html) with its mis-decoded runs (when the article's text
 * was found mis-decoded: `misDecoded`, textMisDecoded) and character references read as the stages read them; its
 * invisible characters are left as they are.
 */
export function readAsMeant(piece: string, misDecoded: boolean): string {
  const read = withoutMisDecoding(piece, misDecoded);
  return read.includes('&') ? applyEdits(read, referenceEdits(read)) : read;
}

/** Whether the stages read `text` (an article's whole text) as mis-decoded UTF-8 (readableText's misDecoded > 0). */
export const textMisDecoded = (text: string): boolean => misDecodedEdits(text).length > 0;

/** The lines of `text` (trimmed of spaces) that are the page's: bylines, timestamps, share bars, links, advert marks. */
export function pageLines(text: string): Array<Span & { what: PageLineKind }> {
  const out: Array<Span & { what: PageLineKind }> = [];
  for (const m of text.matchAll(/[^\r\n]+/gu)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (line === '' || line.length > 200) continue;
    const what = pageLineKind(line);
    if (what) out.push({ start: (m.index ?? 0) + lead, end: (m.index ?? 0) + lead + line.length, what });
  }
  return out;
}

/**
 * The first words a page line can open with (of an opener, a marker, a share-bar word, a date or time word): a line
 * opening with any other word is the article's, found without splitting it (most lines of every article).
 */
const FIRST_WORDS: ReadonlySet<string> = new Set([...BYLINE_OPENERS, ...TIMESTAMP_OPENERS, ...LINK_OPENERS, ...MARKERS, ...MARKER_WORDS, ...TIME_WORDS].map((w) => w.split(' ')[0] as string));

/** What a line of the page is, or null when it is (or may be) the article's. Exported for the tests. */
export function pageLineKind(line: string): PageLineKind | null {
  const caption = captionKind(line);
  if (caption) return caption;
  if (shortItemBar(line)) return 'advertisement or share bar';
  const first = /^[^\s:|•·;,]*/u.exec(line.trimStart())?.[0].toLowerCase() ?? '';
  if (!FIRST_WORDS.has(first) && !FIRST_WORDS.has(first.replace(/[.:!]+$/u, '')) && !/^\d/u.test(first)) return null;
  const flat = line.replace(/\s+/gu, ' ').trim();
  const low = flat.toLowerCase();
  // "Read more: Drought deepens across the Cape": the rest is another story's headline, whatever it holds
  for (const o of LINK_OPENERS) {
    if (low.startsWith(o) && /^\s*(?::|[-–—]\s)/u.test(flat.slice(o.length)) && flat.slice(o.length).replace(/^\s*[:\-–—]\s*/u, '').length > 0) return 'link to another story';
  }
  // "By Staff Reporter | Published 12:04 GMT", "Reporting by A; Editing by B": every part one of the page's
  const pieces = flat.split(/\s*[|•·;]\s*/u).filter((p) => p !== '');
  if (pieces.length === 0) return null;
  // ("Share • Facebook • X • Email": between separators, a share word alone is a piece of the bar, as is a run of them)
  const kinds = pieces.map((p) => pieceKind(p) ?? (pieces.length >= 2 && MARKER_WORDS.has(p.toLowerCase().replace(/[.:!]+$/u, '').trim()) ? 'advertisement or share bar' : null));
  if (kinds.some((k) => k === null)) return null;
  return kinds.includes('byline') ? 'byline' : kinds.includes('timestamp') ? 'timestamp' : kinds[0] as PageLineKind;
}

/**
 * "Share this article • Facebook • X • Email", "Home | News | Sport | Weather": a line of three or more short items
 * (three words or fewer each, no sentence's punctuation or quotation) set apart by one kind of bullet or bar is the
 * page's share bar or menu, whatever its words; a sentence has words between its separators ("Sales rose | costs fell"
 * is no such line: too few items, and an item of a sentence is long).
 */
function shortItemBar(line: string): boolean {
  const sep = /[•·|]/u.exec(line)?.[0];
  if (sep === undefined) return false;
  const pieces = line.split(sep).map((p) => p.trim());
  if (pieces.length < 3 || pieces.some((p) => p === '')) return false;
  return pieces.every((p) => p.length <= 25 && p.split(/\s+/u).length <= 3 && !/[.!?,;:"“”‘’]/u.test(p.replace(/\.$/u, '')) && !/[•·|]/u.test(p));
}

/**
 * "Image caption: Duncan MacRae at the harbour. Photo: Alan Reid/Coastal News", "Photo: Marco Bellini at his restaurant.
 * (Reuters)", "… (AP Photo/Jane Doe)": a caption or a picture credit, whose names are the picture's, not the story's
 * (a caption's name would become the "he" of the next sentence); "Sign up for our energy newsletter".
 */
function captionKind(line: string): PageLineKind | null {
  const flat = line.replace(/\s+/gu, ' ').trim();
  const low = flat.toLowerCase();
  if (CAPTION_OPENERS.some((o) => low.startsWith(`${o}:`) || low.startsWith(`${o} :`))) return 'photo caption or credit';
  // (a closing credit: only on a line with no quotation, which a paragraph of the story would be)
  if (!/["“”]/u.test(flat) && (CREDIT_CLOSE.test(flat) || CREDIT_TAIL.test(flat))) return 'photo caption or credit';
  if (SIGN_UP_OPENERS.some((o) => low.startsWith(`${o} `)) && /\bnewsletters?\b/u.test(low) && flat.length <= 100) return 'newsletter sign-up';
  return null;
}

function pieceKind(piece: string): PageLineKind | null {
  const low = piece.toLowerCase().replace(/[.:!]+$/u, '').trim();
  if (MARKERS.has(low)) return 'advertisement or share bar';
  const words = low.split(/[\s,]+/u).filter(Boolean);
  // "Share this article  Facebook  Twitter  Email"; "Facebook Twitter WhatsApp"
  for (const m of MARKER_PREFIXES) {
    if ((low === m || low.startsWith(`${m} `)) && low.slice(m.length).split(/[\s,]+/u).filter(Boolean).every((w) => MARKER_WORDS.has(w))) return 'advertisement or share bar';
  }
  if (words.length >= 2 && words.every((w) => MARKER_WORDS.has(w))) return 'advertisement or share bar';
  // "Share on Facebook Share on X Email": markers one after another, with no separator between them
  if (words.length >= 2 && markerRun(words)) return 'advertisement or share bar';
  if (isTimestamp(piece)) return 'timestamp';
  if (isByline(piece)) return 'byline';
  return null;
}

/** Whether the words are markers (page-words.json markers, longest first) and marker words, each after the other, and
 *  at least two of them. */
function markerRun(words: readonly string[]): boolean {
  let i = 0;
  let parts = 0;
  while (i < words.length) {
    const m = MARKER_PREFIXES.find((x) => { const xs = x.split(' '); return xs.every((w, k) => words[i + k] === w); });
    // ("Share on WhatsApp", "Share via Email": a marker word, "on" or "via", another)
    if (MARKER_WORDS.has(words[i] as string) && ['on', 'via'].includes(words[i + 1] ?? '') && MARKER_WORDS.has(words[i + 2] ?? '')) i += 3;
    else if (m) i += m.split(' ').length;
    else if (MARKER_WORDS.has(words[i] as string)) i++;
    else return false;
    parts++;
  }
  return parts >= 2;
}

/** "Published 12 Nov 2026, 09:14 GMT", "Updated 3 min ago", "12:04 GMT": a number, and only date and time words. */
function isTimestamp(piece: string): boolean {
  let low = piece.toLowerCase().trim();
  const opener = TIMESTAMP_OPENERS.find((o) => low === o || low.startsWith(`${o} `) || low.startsWith(`${o}:`));
  if (opener) low = low.slice(opener.length).replace(/^:/u, '').trim();
  if (!/\d/u.test(low) && !(opener && low !== '')) return false;
  const words = low.split(/[\s,/]+/u).filter(Boolean);
  return words.length > 0 && words.length <= 10 && words.every((w) => /^[\d:.\-–]+(?:st|nd|rd|th|am|pm|h|m)?$/u.test(w) || TIME_WORDS.has(w) || TIME_WORDS.has(w.replace(/[.]+$/u, '')));
}

/**
 * "By Staff Reporter", "By JANE SMITH and TOM BROWN, Associated Press", "Reporting by Ana Ulmley in Lisbon": an opener,
 * then capitalised words only (names, a desk, an agency, a place), joined by "and", "in", "for" … ("By Tuesday night,
 * firefighters had …" has lower-case words: a sentence, not a byline).
 */
function isByline(piece: string): boolean {
  const low = piece.toLowerCase();
  const opener = BYLINE_OPENERS.find((o) => low.startsWith(`${o} `));
  if (!opener) return false;
  const words = piece.slice(opener.length).split(/[\s,]+/u).filter(Boolean);
  if (words.length === 0 || words.length > 12) return false;
  if (!/^\p{Lu}/u.test(words[0] as string)) return false;
  return words.every((w) => BYLINE_JOINERS.has(w.toLowerCase()) || /^\p{Lu}[\p{L}’'.-]*$/u.test(w))
    // (a name does not end a sentence: "By Christmas." is one; an initial's full stop "By Ana J." is kept)
    && !/[^\p{Lu}]\.$/u.test(piece.trim());
}
