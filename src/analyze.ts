// The library entry point: one article's text in, one validated ArticleResult out.
import type { ArticleResult, Message, Statement } from './model/article-result.js';
import { SCHEMA_VERSION } from './model/article-result.js';
import type { Article, Doc } from './model/document.js';
import { newDoc } from './model/document.js';
import type { Stage, StageContext } from './model/stage.js';
import { checkStageOrder, runStages } from './model/stage.js';
import { DEFAULT_CUES } from './lexicon/cue-lexicon.js';
import { DEFAULT_REGISTRY } from './lexicon/registry.js';
import { firstLine } from './ingest/read-inputs.js';
import { readableText, readableTitle, type Readable } from './ingest/readable-text.js';
import { STAGES } from '../pipeline/stages.js';
import { analyseInWindows, WINDOW_CHARS } from './analyze-windows.js';
import { mapStatementSpans, type SpanMapping } from './map-statement-spans.js';

export interface AnalyzeOptions {
  id?: string;
  title?: string;
  source?: string;
  context?: Partial<StageContext>;
  stages?: readonly Stage[];
}

const checked = new WeakSet<readonly Stage[]>();

export function analyzeArticle(text: string, options: AnalyzeOptions = {}): ArticleResult {
  const article: Article = { id: options.id ?? 'article', source: options.source ?? 'library', title: options.title ?? firstLine(text), text };
  return analyzeDocument(article, options);
}

export function analyzeDocument(article: Article, options: AnalyzeOptions = {}): ArticleResult {
  return analyzeWithDoc(article, options).result;
}

/** The result and the document it came from (the runner uses the sentence layer for CSV context). */
export function analyzeWithDoc(article: Article, options: AnalyzeOptions = {}): { result: ArticleResult; doc: Doc } {
  return analyzeRead(article, options, false);
}

/** `read`: the text is the readable text already (a character reference it gives, "&amp;quot;" read as "&quot;", is
 *  not read a second time: its offsets would not be moved back). */
function analyzeRead(article: Article, options: AnalyzeOptions, read: boolean): { result: ArticleResult; doc: Doc } {
  // A web page's invisible characters, character references and mis-decoded UTF-8 and the page's own lines (a byline,
  // "Share this article") are read through; the stages read the text as readable-text.ts gives it, and every offset is
  // moved back to index the text as given.
  const readable = read ? null : readableText(article.text);
  if (readable) {
    const notes = [...(article.notes ?? []), ...readableNotes(article, readable)];
    const inner = analyzeRead({ ...article, text: readable.text, title: readableTitle(article.title, readable.misDecoded > 0), notes }, options, true);
    return { result: onOriginalText(inner.result, article, readable), doc: docOnOriginalText(inner.doc, article, readable) };
  }
  // An article whose title is given apart from its text (a JSON `title`, an HTML page's title) is read as the same
  // article in a .txt file, its title the first line: the headline's names and charges are context the stages read (a
  // name's full form, a charge the speaker answers). The offsets are then moved back to index the text as given.
  const head = article.title.trim();
  if (head && !/[\r\n]/u.test(head) && firstLine(article.text) !== head && /\S/u.test(article.text)) {
    const shift = head.length + 1;
    // (a note's span, if it has one, indexes the text as given: moved with it, and back by withoutHeadline)
    const notes = article.notes?.map((m) => (m.start === undefined || m.end === undefined ? m : { ...m, start: m.start + shift, end: m.end + shift }));
    const joined = analyzeRead({ ...article, text: `${head}\n${article.text}`, ...(notes ? { notes } : {}) }, options, read);
    return { result: withoutHeadline(joined.result, article, shift), doc: { ...joined.doc, article, layers: { ...joined.doc.layers, sentences: (joined.doc.layers.sentences ?? []).filter((x) => x.start >= shift).map((x) => ({ ...x, start: x.start - shift, end: x.end - shift })) } } };
  }
  const stages = options.stages ?? STAGES;
  if (!checked.has(stages)) { checkStageOrder(stages); checked.add(stages); }
  const ctx: StageContext = { registry: options.context?.registry ?? DEFAULT_REGISTRY, cues: options.context?.cues ?? DEFAULT_CUES };
  const run = (text: string, first: boolean): Doc => runStages(stages, newDoc({ ...article, text: twoByte(text), ...(first ? {} : { notes: [] }) }), ctx);
  const doc = article.text.length > WINDOW_CHARS ? analyseInWindows(newDoc(article), run) : run(article.text, true);
  return { result: finalize(doc), doc };
}

/**
 * A result of `title + "\n" + text` as the result of `text`: every span moved back by `shift`; a span in the headline
 * (evidence read there) keeps its words as a note, a speaker mention there is dropped, a message there too.
 */
function withoutHeadline(r: ArticleResult, article: Article, shift: number): ArticleResult {
  const move = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start - shift, end: x.end - shift });
  const mapping: SpanMapping = { move, outside: { test: (x) => x.start < shift, note: 'in the headline', cue: false } };
  const statements = r.statements.map((s) => {
    const moved = mapStatementSpans(s, mapping);
    return { ...moved, id: `${article.id}#${moved.content.start}-${moved.content.end}` };
  });
  const messages = r.messages.flatMap((m) => (m.start === undefined || m.end === undefined ? [m] : m.start >= shift ? [{ ...m, start: m.start - shift, end: m.end - shift }] : []));
  return { ...r, article: { ...r.article, text: article.text }, statements, messages };
}

/** Messages telling what was read through: the invisible characters (with the file, for messages.csv), each page line. */
function readableNotes(article: Article, r: Readable): Message[] {
  const out: Message[] = [];
  if (r.zeroWidth + r.zeroWidthInWord + r.softHyphens > 0) {
    const said = [
      r.zeroWidthInWord ? `${r.zeroWidthInWord} zero-width character${r.zeroWidthInWord === 1 ? '' : 's'} (U+200B, U+200C, U+200D, U+2060 or U+FEFF) inside ${r.zeroWidthInWord === 1 ? 'a word' : 'words'}, read as nothing: the word stays whole` : '',
      r.zeroWidth ? `${r.zeroWidth} zero-width character${r.zeroWidth === 1 ? '' : 's'} (U+200B, U+200C, U+200D, U+2060 or U+FEFF inside the text) between words, read as ${r.zeroWidth === 1 ? 'a space' : 'spaces'}` : '',
      r.softHyphens ? `${r.softHyphens} soft hyphen${r.softHyphens === 1 ? '' : 's'} (U+00AD), read as nothing inside ${r.softHyphens === 1 ? 'its word' : 'their words'}` : '',
    ].filter(Boolean);
    out.push({ ruleId: 'input:invisible-characters', reason: `${article.source}: ${said.join('; ')}. They show nothing, but read as they stand they would split a word in two or run two words together; offsets and the article JSON's texts still count them, as the file has them, and the CSV cells leave them out (a spreadsheet search finds the word whole)` });
  }
  if (r.misDecoded > 0) {
    // (a character that shows nothing, a zero-width space or a no-break space, by its code point)
    const seen = (t: string): string => t.replace(/[\u0080-\u009F\u00AD\uFFFD]/gu, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
    const shown = r.misDecodedSeen.map((x) => `"${seen(x.seen)}" as ${/^[\p{L}\p{N}\p{P}\p{S}]+$/u.test(x.meant) ? x.meant : [...x.meant].map((c) => `U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`).join(' ')}`).join(', ');
    out.push({ ruleId: 'input:mis-decoded-text', reason: `${article.source}: ${r.misDecoded} run${r.misDecoded === 1 ? '' : 's'} of characters that ${r.misDecoded === 1 ? 'is' : 'are'} UTF-8 text read as Windows-1252 or Latin-1 on its way here (mojibake) ${r.misDecoded === 1 ? 'was' : 'were'} read as the characters meant: ${shown}${r.misDecoded > r.misDecodedSeen.length ? ' …' : ''}. Offsets and the article JSON's texts still index the text as given (the CSV cells and report.html show the characters meant); to fix the file, copy or export the article again as UTF-8` });
  }
  // (in the readable text's offsets, as every message the stages leave: mapped back with them)
  for (const l of r.pageLines) {
    out.push({ ruleId: 'input:page-line', reason: `a line of the web page, not of the article (${l.what}): set aside, no statement, speaker, antecedent of a pronoun or target is read in it`, start: l.read.start, end: l.read.end });
  }
  return out;
}

/**
 * A result the stages gave on the readable text as the result of the text as given: every span moved by `toOriginal`,
 * and a span's words, when they were the readable text's there, the original's (names found stay as read: "Kapoor").
 */
function onOriginalText(r: ArticleResult, article: Article, readable: Readable): ArticleResult {
  const clean = r.article.text;
  const span = <T extends { start: number; end: number; text?: string }>(x: T): T => {
    const [start, end] = readable.toOriginal(x.start, x.end);
    const same = x.text !== undefined && x.text === clean.slice(x.start, x.end);
    return { ...x, start, end, ...(same ? { text: article.text.slice(start, end) } : {}) };
  };
  const statements = r.statements.map((s) => {
    const moved = mapStatementSpans(s, { move: span });
    return { ...moved, id: `${article.id}#${moved.content.start}-${moved.content.end}` };
  });
  const messages = r.messages.map((m) => (m.start === undefined || m.end === undefined ? m : span(m as Message & { start: number; end: number })));
  return { ...r, article: { ...r.article, title: article.title, text: article.text }, statements, messages };
}

/** The layers a caller reads (the runner's sentences, explain's tokens and quotes) on the text as given. */
function docOnOriginalText(doc: Doc, article: Article, readable: Readable): Doc {
  const move = <T extends { start: number; end: number }>(x: T): T => { const [start, end] = readable.toOriginal(x.start, x.end); return { ...x, start, end }; };
  const at = (i: number): number => readable.toOriginal(i, i)[0];
  const { layers } = doc;
  return {
    ...doc,
    article,
    layers: {
      ...layers,
      ...(layers.paragraphs ? { paragraphs: layers.paragraphs.map(move) } : {}),
      ...(layers.sentences ? { sentences: layers.sentences.map(move) } : {}),
      ...(layers.tokens ? { tokens: layers.tokens.map(move) } : {}),
      ...(layers.quotes ? { quotes: layers.quotes.map((q) => ({ ...move(q), open: at(q.open), close: q.close === null ? null : at(q.close), continues: q.continues === null ? null : at(q.continues) })) } : {}),
    },
  };
}

/**
 * The same text, held by V8 as a two-byte string (a slice of a copy that starts with a character above Latin-1; a
 * slice of 13 or more characters shares its parent's representation). V8 compiles a regular expression to machine code
 * once for each kind of subject string it runs on, one-byte (Latin-1) and two-byte, and each thread keeps both: with
 * articles of both kinds (most news text has curly quotes or dashes, which make it two-byte, and so is every slice of
 * it) every large stage pattern was compiled twice. With every article two-byte, a heap snapshot after 360 bench
 * articles held 1.2 MB of Latin-1 pattern code instead of 9.3 (the two-byte code 31 MB either way) and a live heap of
 * 103.9 MB instead of 111.8, per analysing thread (perf19, docs/speed-and-scale.md). The characters are the same, so
 * every offset and report is too; engines other than V8 just get a copy.
 */
function twoByte(text: string): string {
  return text.length > 12 ? `\u2019${text}`.slice(1) : text;
}

const ENGLISH_STOPWORDS = new Set(['the', 'a', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'said', 'with', 'as', 'by', 'he', 'she', 'be', 'at', 'has', 'have', 'from', 'an', 'not', 'this', 'are', 'his', 'her', 'they', 'which']);

/** False when the text is its headline alone (a .txt file of one line, a JSON article whose text repeats its title). */
function hasBody(article: Article): boolean {
  const head = firstLine(article.text);
  const body = article.title && head === article.title.trim() ? article.text.replace(/^\s*[^\r\n]*/u, '') : article.text;
  return /\p{L}/u.test(body);
}

/** Fixes ids and order, drops internal fields, and explains an empty result. */
export function finalize(doc: Doc): ArticleResult {
  const { article } = doc;
  const drafts = doc.layers.statements ?? [];
  const statements: Statement[] = drafts.map((d) => {
    const { sentence: _s, speakerMentionHint: _h, pronounParty: _p, ...rest } = d;
    return { id: `${article.id}#${d.content.start}-${d.content.end}`, ...rest };
  }).sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
  const messages: Message[] = [...doc.messages];
  if (statements.length === 0) {
    const words = (doc.layers.tokens ?? []).filter((t) => /\p{L}/u.test(t.text));
    const english = words.filter((t) => ENGLISH_STOPWORDS.has(t.normal)).length;
    // English paragraphs of 20 words or more have 11–60 % of these words in the corpus (median 33 %); French and German
    // news have 2–5 %. Text mostly in another script (Han, Cyrillic, Arabic …) is not English however wink splits it.
    const letters = article.text.replace(/\P{L}/gu, '').length;
    const latin = article.text.replace(/\P{Script=Latin}/gu, '').length;
    if (!hasBody(article)) {
      // (a file of one line is all headline: "no cue of saying" would send the reader looking for a missed statement)
      messages.push({ ruleId: 'no-statements:no-body', reason: 'no statements: the article has no body text, only a headline' });
    } else if ((words.length >= 20 && english / words.length < 0.08) || (letters >= 20 && latin / letters < 0.5)) {
      messages.push({ ruleId: 'no-statements:not-english', reason: 'no statements: the text does not look like English, the only language the cue lexicon covers' });
    } else {
      messages.push({ ruleId: 'no-statements', reason: 'no attributed statements found (no cue of saying with a source)' });
    }
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    article: { id: article.id, source: article.source, title: article.title, text: article.text },
    statements,
    messages,
  };
}
