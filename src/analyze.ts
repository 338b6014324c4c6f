// The library entry point: one article's text in, one validated ArticleResult out.
import type { ArticleResult, Evidence, Message, Statement } from './model/article-result.js';
import { SCHEMA_VERSION } from './model/article-result.js';
import type { Article, Doc } from './model/document.js';
import { newDoc } from './model/document.js';
import type { Stage, StageContext } from './model/stage.js';
import { checkStageOrder, runStages } from './model/stage.js';
import { DEFAULT_CUES } from './lexicon/cue-lexicon.js';
import { DEFAULT_REGISTRY } from './lexicon/registry.js';
import { firstLine } from './ingest/read-inputs.js';
import { STAGES } from '../pipeline/stages.js';

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
  // An article whose title is given apart from its text (a JSON `title`, an HTML page's title) is read as the same
  // article in a .txt file, its title the first line: the headline's names and charges are context the stages read (a
  // name's full form, a charge the speaker answers). The offsets are then moved back to index the text as given.
  const head = article.title.trim();
  if (head && !/[\r\n]/u.test(head) && firstLine(article.text) !== head && /\S/u.test(article.text)) {
    const shift = head.length + 1;
    const joined = analyzeWithDoc({ ...article, text: `${head}\n${article.text}` }, options);
    return { result: withoutHeadline(joined.result, article, shift), doc: { ...joined.doc, article, layers: { ...joined.doc.layers, sentences: (joined.doc.layers.sentences ?? []).filter((x) => x.start >= shift).map((x) => ({ ...x, start: x.start - shift, end: x.end - shift })) } } };
  }
  const stages = options.stages ?? STAGES;
  if (!checked.has(stages)) { checkStageOrder(stages); checked.add(stages); }
  const ctx: StageContext = { registry: options.context?.registry ?? DEFAULT_REGISTRY, cues: options.context?.cues ?? DEFAULT_CUES };
  const doc = runStages(stages, newDoc({ ...article, text: twoByte(article.text) }), ctx);
  return { result: finalize(doc), doc };
}

/**
 * A result of `title + "\n" + text` as the result of `text`: every span moved back by `shift`; a span in the headline
 * (evidence read there) keeps its words as a note, a speaker mention there is dropped, a message there too.
 */
function withoutHeadline(r: ArticleResult, article: Article, shift: number): ArticleResult {
  const move = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start - shift, end: x.end - shift });
  const moveEvidence = (e: Evidence): Evidence => {
    if (e.start === undefined || e.end === undefined) return e;
    if (e.start >= shift) return { ...e, start: e.start - shift, end: e.end - shift };
    const { start: _s, end: _e, text, ...rest } = e;
    return { ...rest, note: `in the headline: ${text ?? ''}`.trim() };
  };
  const statements = r.statements.map((s) => {
    const content = { ...move(s.content), ...(s.content.pieces ? { pieces: s.content.pieces.map(move) } : {}) };
    const mention = s.speaker.mention && s.speaker.mention.start >= shift ? move(s.speaker.mention) : null;
    return {
      ...s,
      id: `${article.id}#${content.start}-${content.end}`,
      content,
      cue: s.cue ? move(s.cue) : s.cue,
      speaker: { ...s.speaker, mention },
      targets: s.targets.map((t) => (t.evidence ? { ...t, evidence: t.evidence.map(moveEvidence) } : t)),
      ...(s.evidence ? { evidence: s.evidence.map(moveEvidence) } : {}),
    };
  });
  const messages = r.messages.flatMap((m) => (m.start === undefined || m.end === undefined ? [m] : m.start >= shift ? [{ ...m, start: m.start - shift, end: m.end - shift }] : []));
  return { ...r, article: { ...r.article, text: article.text }, statements, messages };
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
