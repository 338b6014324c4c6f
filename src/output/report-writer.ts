// The writing side of a run: every report file, fed one article result at a time in input order. It keeps no results,
// only small counters, so memory stays bounded; each file is written to a temporary name and renamed when complete.
// Results must arrive in input order (a parallel runner reorders them first): that order makes the outputs byte-stable.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { ArticleResult, Message, Speaker, Statement, Target } from '../model/article-result.js';
import type { Span } from '../model/labels.js';
import { CsvWriter, TempFile, articleCells, csvText, readLines, readTextChunks, sha256, writeError } from './atomic.js';
import { csvTarget, MANIFEST, previousManifest } from './edited-csv.js';
import { htmlArticle, htmlHead, htmlTail, speakerPalette } from './html-report.js';
import { safeFileName } from './paths.js';
import { writePrettyJson } from './pretty-json.js';
import { MESSAGES_HEADER, QUOTES_HEADER, SPEAKERS_HEADER, STANCES_HEADER, doubtfulSpeakerMessages, messageRows, overallSpeakerRows, quoteRows, speakerRows, stanceRows, weakTarget } from './rows.js';
import { SpeakerTally, type SpeakerCounts } from './speaker-tally.js';

export interface ReportOptions {
  out: string;
  /** CSVs start with a UTF-8 byte-order mark. */
  excel?: boolean;
  /** Overwrite CSVs that a reviewer edited. */
  force?: boolean;
  /** Distinct speakers counted in memory before the run-wide tally spills to disk (default: SpeakerTally's). */
  maxSpeakersInMemory?: number;
}

/** One input of the run, as manifest.json lists it. */
export interface InputRecord { source: string; id?: string; sha256?: string }

/**
 * Speakers of report.html's summary table that get their full counts (html-report.ts shows its MAX_SUMMARY_SPEAKERS,
 * 300, rows; the rest are named in its speaker filter). Kept at least as large as that.
 */
const HTML_FULL_SPEAKERS = 300;

/** `id`: the article's id when the input gave one (a JSON line with an "id" that failed): messages.csv's article_id. */
export interface Failure { source: string; code: string; problem: string; id?: string }
export interface ArticleSummary { id: string; source: string; title: string; statements: number; speakers: Record<string, number>; messages: number }

export interface WrittenReports {
  articles: number;
  statements: number;
  speakers: number;
  /** Rows of messages.csv. */
  messages: number;
  /** Output file (relative to out) → sha256, article JSONs aside (manifest.json lists those too). */
  outputs: Record<string, string>;
  /** One line per CSV that was kept because a reviewer edited it. */
  kept: string[];
  /** Article JSONs of the previous run that this one did not write, removed (relative to out). */
  removed: string[];
  /** Such article JSONs left in place, each with why (a CSV was kept, so its rows may refer to them; or edited since). */
  stale: string[];
}

const CSVS = [['quotes.csv', QUOTES_HEADER], ['stances.csv', STANCES_HEADER], ['speakers.csv', SPEAKERS_HEADER], ['messages.csv', MESSAGES_HEADER]] as const;

/**
 * One article's share of the reports as text, made where the article was analysed (a worker thread, so that the main
 * thread only appends) or in process: the same function either way, so the bytes are the same.
 */
export interface PreparedArticle {
  /** articles/<id>.json */
  json: string;
  /** Rows of each CSV, as text. */
  csv: Record<(typeof CSVS)[number][0], string>;
  /** report.html's section, with a placeholder for each speaker's colour (the run's palette is the writer's), or null
   *  when the article's own text holds the placeholder character: the writer then makes the section itself. */
  html: string | null;
  /** The speakers in the order the section asked for their colours: placeholder k is colorOrder[k]. */
  colorOrder: string[];
}

/**
 * What the writer needs of a result beside its prepared text (the run-wide speaker tally, report.json's row) and what a
 * run tells its caller per article (the CLI's notes): a worker thread sends this rather than the result, so the main
 * thread never parses the article JSON back (for a 2 MB article that was a 21 MB JSON, whose parsed copy took the main
 * thread's heap to 229 MB). A full ArticleResult is one too.
 */
export interface ResultDigest {
  article: Pick<ArticleResult['article'], 'id' | 'source' | 'title'>;
  statements: Array<Pick<Statement, 'act' | 'framing' | 'needsReview'> & {
    speaker: Pick<Speaker, 'name' | 'kind' | 'role' | 'affiliation'> & { mention: { text: string } | null };
    /** `weak`: the stance was decided by a weak rule (weak-rules.ts), so the summary counts it as doubted. */
    targets: Array<Pick<Target, 'name' | 'stance'> & { weak?: true }>;
  }>;
  messages: Array<Pick<Message, 'ruleId' | 'reason'>>;
}

export function digestOf(result: ArticleResult): ResultDigest {
  const { id, source, title } = result.article;
  // (a mention as speakers.csv shows it: its character references read, articleCells)
  const shown = articleCells(result.article.text);
  return {
    article: { id, source, title },
    statements: result.statements.map((s) => ({
      act: s.act, framing: s.framing, ...(s.needsReview ? { needsReview: true } : {}),
      speaker: { name: s.speaker.name, kind: s.speaker.kind, role: s.speaker.role, ...(s.speaker.affiliation === undefined ? {} : { affiliation: s.speaker.affiliation }), mention: s.speaker.mention ? { text: shown(s.speaker.mention.text) } : null },
      targets: s.targets.map((t) => ({ name: t.name, stance: t.stance, ...(weakTarget(t) ? { weak: true as const } : {}) })),
    })),
    // (messages.csv's rows: the result's messages and the doubted speaker names, rows.ts)
    messages: [...result.messages, ...doubtfulSpeakerMessages(result)].map((m) => ({ ruleId: m.ruleId, reason: m.reason })),
  };
}

/**
 * An article JSON that a worker thread wrote itself into the writer's staging folder (ReportWriter.stagingFolder): its
 * sha256, or the write's error (code and message), which the writer raises when the article's turn comes, as it would
 * had it written the file.
 */
export type StagedJson = { sha256: string } | { error: { code?: string; message: string } };

/**
 * An article's reports made where it was analysed: its text (with report.html's section) and its digest. With `staged`
 * the article JSON is already in the staging folder and `prepared.json` is empty: the main thread never holds it (for
 * a 2 MB article it is 53 MB of text).
 */
export interface ReadyArticle { digest: ResultDigest; prepared: PreparedArticle & { html: string }; staged?: StagedJson }

/** Folders this thread made for staged article JSONs (a worker makes its run's once). */
const madeFolders = new Set<string>();

/**
 * The ready form of a result, or null when its report.html section must be made by the writer (prepared.html null).
 * With `stagingFolder` the article JSON is written there (named as the writer would name it) rather than returned.
 */
export function readyArticle(result: ArticleResult, sentences: readonly Span[], stagingFolder?: string): ReadyArticle | null {
  if (stagingFolder === undefined) {
    const prepared = prepareArticle(result, sentences);
    return prepared.html === null ? null : { digest: digestOf(result), prepared: { ...prepared, html: prepared.html } };
  }
  // The JSON is written piece by piece before the CSV and HTML text is made, so the three are never held at once.
  let staged: StagedJson;
  let placeholderFree = true;
  try {
    if (!madeFolders.has(stagingFolder)) { mkdirSync(stagingFolder, { recursive: true }); madeFolders.add(stagingFolder); }
    const written = writePrettyJson(join(stagingFolder, articleFileName(result.article.id)), result, NUL_ESCAPE);
    staged = { sha256: written.sha256 };
    placeholderFree = !written.found;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    staged = { error: { ...(code ? { code } : {}), message: (e as Error).message } };
    placeholderFree = !JSON.stringify(result).includes(NUL_ESCAPE);
  }
  if (!placeholderFree) return null;
  const prepared = prepareParts(result, sentences, '', true);
  return { digest: digestOf(result), prepared: { ...prepared, html: prepared.html as string }, staged };
}

/** An article JSON as a manifest names it: articles/<name>.json, nothing outside articles/. */
const ARTICLE_OUTPUT = /^articles\/(?!\.\.?\.json$)[^/\\]+\.json$/u;

/** articles/<name>: ids are unique by file name (src/ingest/read-inputs.ts). */
const articleFileName = (id: string): string => `${safeFileName(id)}.json`;

const MARK = '\u0000';
/** A colour's placeholder in a section made where the article was analysed: the mark, the colour's number, the mark. */
const PLACEHOLDER = /\u0000(\d+)\u0000/gu;

/** JSON's escape of U+0000, the placeholder's mark: absent from an article's JSON, the mark is in none of its strings. */
const NUL_ESCAPE = '\\u0000';

/** One CSV's rows of an article, as text. */
function csvOf(name: (typeof CSVS)[number][0], result: ArticleResult, sentences: readonly Span[]): string {
  const rows = name === 'quotes.csv' ? quoteRows : name === 'stances.csv' ? stanceRows : name === 'speakers.csv' ? speakerRows : messageRows;
  return csvText(rows(result, sentences));
}

export function prepareArticle(result: ArticleResult, sentences: readonly Span[]): PreparedArticle {
  const json = `${JSON.stringify(result, null, 2)}\n`;
  // (JSON escapes U+0000 as "\u0000": absent from the JSON, it is absent from every string of the result)
  return prepareParts(result, sentences, json, !json.includes(NUL_ESCAPE));
}

/** The CSV text and the HTML section (with placeholders when `placeholderFree`, else null) beside a JSON already made. */
function prepareParts(result: ArticleResult, sentences: readonly Span[], json: string, placeholderFree: boolean): PreparedArticle {
  const colorOrder: string[] = [];
  const index = new Map<string, number>();
  const placeholder = (name: string): string => {
    let k = index.get(name);
    if (k === undefined) { k = colorOrder.length; index.set(name, k); colorOrder.push(name); }
    return `${MARK}${k}${MARK}`;
  };
  const html = placeholderFree ? htmlArticle(result, placeholder) : null;
  return {
    json,
    csv: {
      'quotes.csv': csvOf('quotes.csv', result, sentences), 'stances.csv': csvOf('stances.csv', result, sentences),
      'speakers.csv': csvOf('speakers.csv', result, sentences), 'messages.csv': csvOf('messages.csv', result, sentences),
    },
    html, colorOrder: html === null ? [] : colorOrder,
  };
}

export class ReportWriter {
  private readonly csv: Record<string, { writer: CsvWriter; file: string }> = {};
  private readonly html: TempFile;
  private readonly tally: SpeakerTally;
  private readonly color = speakerPalette();
  /** Statements marked needsReview, for report.html's filter. */
  private needsReview = 0;
  /** Rows written to messages.csv (the run summary says what they cover, and that none is not "no problem"). */
  private messageRows = 0;
  private readonly outputs: Record<string, string> = {};
  private readonly kept: string[] = [];
  /** report.json is streamed too: one per-article row at a time, the totals at the end. */
  private readonly reportJson: TempFile;
  private articles = 0;
  private readonly failures: Failure[] = [];
  /**
   * Article JSONs are written to a staging folder and moved into articles/ with the other reports at the end, so a
   * stopped run changes nothing. Their names and hashes, and the manifest's inputs, are spooled to temporary files
   * rather than kept: nothing here grows with the number of articles.
   */
  private readonly staging: string;
  private readonly stagedList: TempFile;
  private staged = 0;
  private readonly inputList: TempFile;
  private inputCount = 0;
  /** Outputs of the previous run that this one replaces; removed when it completes. */
  private readonly stale: string[] = [];
  /**
   * Article JSONs the previous run recorded (its manifest's `outputs`, and `stale` for those it left in place), with
   * their sha256; the ones this run writes are struck off as they are moved into articles/.
   */
  private readonly previousArticles = new Map<string, string>();

  constructor(private readonly opts: ReportOptions) {
    const { outputs: recorded, stale } = previousManifest(opts.out);
    for (const [k, v] of Object.entries({ ...stale, ...recorded })) if (ARTICLE_OUTPUT.test(k) && typeof v === 'string') this.previousArticles.set(k, v);
    for (const [name, header] of CSVS) {
      const target = csvTarget(opts.out, name, recorded, !!opts.force);
      if (target.kept) this.kept.push(target.kept);
      // A <name>.new.csv that an earlier run wrote beside a kept CSV is stale once <name>.csv itself is written again
      // (after --force, or once the edited file is gone); one a reviewer changed since is left alone.
      const beside = name.replace(/\.csv$/u, '.new.csv');
      if (target.file === name && recorded[beside] && existsSync(join(opts.out, beside)) && sha256(readFileSync(join(opts.out, beside))) === recorded[beside]) this.stale.push(beside);
      this.csv[name] = { writer: new CsvWriter(join(opts.out, target.file), header, opts.excel), file: target.file };
    }
    this.html = new TempFile(join(opts.out, 'report.html'));
    this.html.write(htmlHead());
    this.reportJson = new TempFile(join(opts.out, 'report.json'));
    this.reportJson.write('{\n  "schemaVersion": 1,\n  "perArticle": [');
    this.tally = new SpeakerTally({ spillPath: join(opts.out, '.speakers'), ...(opts.maxSpeakersInMemory ? { maxSpeakers: opts.maxSpeakersInMemory } : {}) });
    this.staging = join(opts.out, 'articles', `.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
    this.stagedList = new TempFile(join(opts.out, '.articles-list'));
    this.inputList = new TempFile(join(opts.out, '.inputs-list'));
  }

  /** One input of the run, in input order, for manifest.json (articles and inputs that failed alike). */
  input(record: InputRecord): void {
    this.inputList.write(`${this.inputCount++ ? ',\n' : ''}${indent(JSON.stringify(record, null, 2), '    ')}`);
  }

  /** Kept-CSV notices, known as soon as the writer is opened. */
  get keptFiles(): readonly string[] { return this.kept; }

  private rows(name: string, rows: string[][]): void { this.csv[name]?.writer.write(rows); }

  /** Writes one article's JSON, CSV rows and HTML section. `sentences` gives each row its context. */
  article(result: ArticleResult, sentences: readonly Span[]): void {
    // The same bytes as prepareArticle's text, made one file's share at a time and dropped once written: for a 2 MB
    // article the JSON, the HTML section and the CSV rows are ~40, ~30 and ~30 MB of UTF-16, which together (and the
    // section again with its colours put in) raised the run's peak by ~100 MB.
    const name = articleFileName(result.article.id);
    let hash: string;
    try {
      if (!this.staged) mkdirSync(this.staging, { recursive: true });
      hash = writePrettyJson(join(this.staging, name), result, NUL_ESCAPE).sha256;
    } catch (e) { throw writeError(join(this.opts.out, 'articles', name), e); }
    this.stagedList.write(`${name}\t${hash}\n`);
    this.staged++;
    for (const [file] of CSVS) this.csv[file]?.writer.writeText(csvOf(file, result, sentences));
    // (the palette gives colours in the order the section first asks for them, as the placeholders' order does)
    this.html.write(htmlArticle(result, this.color));
    // (the digest, as a worker thread sends it: its messages hold the doubted speaker names of messages.csv, its
    // mentions are read as the CSVs show them, and its targets say which stances a weak rule decided)
    this.tallyArticle(digestOf(result));
  }

  /** Writes one article whose reports' text was made where it was analysed (readyArticle). */
  ready({ digest, prepared, staged }: ReadyArticle): void {
    this.write(digest, prepared, prepared.html, staged);
  }

  /** Articles written so far (none at the end: the run read no article, and leaves the previous reports as they were). */
  get articleCount(): number { return this.articles; }

  /** Where article JSONs wait for the end of the run; a worker thread may write them there itself (readyArticle). */
  get stagingFolder(): string { return this.staging; }

  private write(result: ResultDigest, prepared: PreparedArticle, html: string, staged?: StagedJson): void {
    const name = articleFileName(result.article.id);
    let hash: string;
    if (staged && 'error' in staged) throw writeError(join(this.opts.out, 'articles', name), Object.assign(new Error(staged.error.message), staged.error.code ? { code: staged.error.code } : {}));
    if (staged) hash = staged.sha256;
    else {
      try {
        if (!this.staged) mkdirSync(this.staging, { recursive: true });
        writeFileSync(join(this.staging, name), prepared.json);
      } catch (e) { throw writeError(join(this.opts.out, 'articles', name), e); }
      hash = sha256(prepared.json);
    }
    this.stagedList.write(`${name}\t${hash}\n`);
    this.staged++;
    for (const [file] of CSVS) this.csv[file]?.writer.writeText(prepared.csv[file]);
    if (prepared.html === null) this.html.write(html);
    else {
      // The colours are put in as the section is written, a piece at a time (the text between two placeholders is a
      // slice of the section, not a copy): the section of a long article a worker made is ~30 MB of UTF-16, and the
      // whole section again with its colours raised the main thread's peak as much.
      this.color.forArticle(prepared.colorOrder);
      const colors = prepared.colorOrder.map((n) => this.color(n));
      let at = 0;
      for (const m of html.matchAll(PLACEHOLDER)) {
        this.html.write(html.slice(at, m.index));
        this.html.write(colors[Number(m[1])] as string);
        at = m.index + m[0].length;
      }
      this.html.write(html.slice(at));
    }
    this.tallyArticle(result);
  }

  /** The speaker tally, the review count and report.json's row of an article whose files are written. */
  private tallyArticle(result: ResultDigest): void {
    this.tally.add(result);
    for (const s of result.statements) if (s.needsReview) this.needsReview++;
    this.messageRows += result.messages.length;
    const speakers: Record<string, number> = {};
    for (const s of result.statements) speakers[s.speaker.name] = (speakers[s.speaker.name] ?? 0) + 1;
    const { article } = result;
    const row: ArticleSummary = { id: article.id, source: article.source, title: article.title, statements: result.statements.length, speakers, messages: result.messages.length };
    this.reportJson.write(`${this.articles++ ? ',' : ''}\n    ${JSON.stringify(row)}`);
  }

  failure(f: Failure): void { this.failures.push(f); }

  /** Removes every temporary file; the previous reports stay as they were (a stopped or failed run). */
  discard(): void {
    try { rmSync(this.staging, { recursive: true, force: true }); } catch { /* never made (articles/ is not a folder) */ }
    this.stagedList.discard();
    this.inputList.discard();
    this.tally.discard();
    for (const { writer } of Object.values(this.csv)) writer.discard();
    this.html.discard();
    this.reportJson.discard();
  }

  /**
   * Completes every file; `manifest` holds the run's own fields (options, timings), to which the inputs recorded by
   * `input()` and the outputs' hashes are added (inputs after `seconds`, where a run's manifest has always had them).
   */
  finish(manifest: Record<string, unknown>): WrittenReports {
    for (const f of this.failures) this.rows('messages.csv', [[f.id ?? '', f.source, `input:${f.code}`, f.problem, '', '', '', '']]);
    const { speakers, count } = this.speakerRows();
    // (the summary gives each speaker its run-wide colour)
    this.color.forArticle([]);
    this.html.write(htmlTail(speakers, { articles: this.articles, statements: this.tally.statements, failures: this.failures, needsReview: this.needsReview }, this.color));
    // Article JSONs first: a failure here leaves the previous CSVs and report as they were.
    const articleOutputs = this.commitArticles();
    for (const { writer, file } of Object.values(this.csv)) this.outputs[file] = writer.commit();
    for (const f of this.stale) rmSync(join(this.opts.out, f), { force: true });
    this.outputs['report.html'] = this.html.commit();
    const counts = { articles: this.articles, statements: this.tally.statements, speakers: count };
    const tail = JSON.stringify({ ...counts, failures: this.failures }, null, 2).slice(1);
    this.reportJson.write(`${this.articles ? '\n  ' : ''}],${tail}\n`);
    this.outputs['report.json'] = this.reportJson.commit();
    const outputs = Object.fromEntries(Object.entries(this.outputs).sort(([a], [b]) => (a < b ? -1 : 1)));
    const old = this.oldArticles();
    this.writeManifest(manifest, { ...counts, failures: this.failures.length }, outputs, articleOutputs, old.stale);
    for (const f of old.remove) rmSync(join(this.opts.out, f), { force: true });
    return { ...counts, messages: this.messageRows + this.failures.length, outputs, kept: this.kept, removed: old.remove, stale: old.notes };
  }

  /**
   * The previous run's article JSONs that this run did not write: removed when they are still the bytes that run
   * wrote, so articles/ holds this run's articles only; left in place, and named, when a CSV was kept (a reviewer's
   * edited rows may refer to them: review:import reads them) or when the file changed since. Files no manifest recorded
   * are not this tool's to remove and are left alone.
   */
  private oldArticles(): { remove: string[]; stale: Record<string, string>; notes: string[] } {
    const remove: string[] = [];
    const stale: Record<string, string> = {};
    const notes: string[] = [];
    for (const [name, hash] of [...this.previousArticles].sort(([a], [b]) => (a < b ? -1 : 1))) {
      let bytes: Buffer;
      try { bytes = readFileSync(join(this.opts.out, name)); } catch { continue; } // already gone
      if (sha256(bytes) !== hash) notes.push(`${name} is from an earlier run and was changed since: left in place (this run did not write it)`);
      else if (this.kept.length) { stale[name] = hash; notes.push(`${name} is from an earlier run: left in place, since the kept CSV may refer to it (this run did not write it)`); }
      else remove.push(name);
    }
    return { remove, stale, notes };
  }

  /**
   * The `*` rows of speakers.csv, streamed from the tally, and what report.html's summary needs: the full counts of
   * the speakers it shows, and for the others (named in its filter) their name and statement count, with one shared
   * set of their acts.
   */
  private speakerRows(): { speakers: SpeakerCounts[]; count: number } {
    if (!this.tally.spilled) {
      const all = this.tally.sorted();
      this.rows('speakers.csv', overallSpeakerRows(all));
      return { speakers: all, count: all.length };
    }
    const speakers: SpeakerCounts[] = [];
    const restActs = new Map<string, number>();
    const none = { framings: new Map<string, number>(), targets: new Map<string, Map<string, number>>(), roles: new Set<string>(), affiliations: new Set<string>(), mentions: new Set<string>() };
    let chunk: SpeakerCounts[] = [];
    for (const c of this.tally.ordered()) {
      chunk.push(c);
      if (chunk.length >= 500) { this.rows('speakers.csv', overallSpeakerRows(chunk)); chunk = []; }
      if (speakers.length < HTML_FULL_SPEAKERS) { speakers.push(c); continue; }
      for (const a of c.acts.keys()) restActs.set(a, 1);
      speakers.push({ key: c.key, name: c.name, kind: c.kind, article: c.article, statements: c.statements, articles: c.articles, acts: restActs, ...none });
    }
    this.rows('speakers.csv', overallSpeakerRows(chunk));
    return { speakers, count: speakers.length };
  }

  /** Moves the staged article JSONs into articles/; returns their manifest entries' text. */
  private commitArticles(): TempFile {
    const entries = new TempFile(join(this.opts.out, '.outputs-list'));
    try {
      this.stagedList.close();
      const dir = join(this.opts.out, 'articles');
      let n = 0;
      for (const line of readLines(this.stagedList.tempPath)) {
        const tab = line.indexOf('\t');
        const name = line.slice(0, tab);
        try { renameSync(join(this.staging, name), join(dir, name)); } catch (e) { throw writeError(join(dir, name), e); }
        this.previousArticles.delete(`articles/${name}`);
        entries.write(`${n++ ? ',\n' : ''}    ${JSON.stringify(`articles/${name}`)}: ${JSON.stringify(line.slice(tab + 1))}`);
      }
      entries.close();
      this.stagedList.discard();
      rmSync(this.staging, { recursive: true, force: true });
      return entries;
    } catch (e) { entries.discard(); throw e; }
  }

  /** manifest.json, with the spooled inputs and article outputs copied in where their placeholders are. */
  private writeManifest(manifest: Record<string, unknown>, counts: Record<string, number>, outputs: Record<string, string>, articleOutputs: TempFile, stale: Record<string, string>): void {
    const token = `spool-${randomBytes(8).toString('hex')}`;
    const withInputs: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(manifest)) {
      withInputs[k] = v;
      if (k === 'seconds') withInputs.inputs = `${token}-inputs`;
    }
    withInputs.inputs ??= `${token}-inputs`;
    const text = `${JSON.stringify({ ...withInputs, counts, failures: this.failures, outputs: `${token}-outputs`, kept: this.kept, ...(Object.keys(stale).length ? { stale } : {}) }, null, 2)}\n`;
    const file = new TempFile(join(this.opts.out, MANIFEST));
    try {
      this.inputList.close();
      const [head, rest] = text.split(`"${token}-inputs"`) as [string, string];
      const [middle, tail] = rest.split(`"${token}-outputs"`) as [string, string];
      file.write(head);
      copyList(file, this.inputList, this.inputCount > 0, '[', ']');
      file.write(middle);
      const others = Object.entries(outputs).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
      copyList(file, articleOutputs, this.staged > 0, '{', '}', others);
      file.write(tail);
      file.commit();
    } catch (e) { file.discard(); throw e; } finally {
      this.inputList.discard();
      articleOutputs.discard();
    }
  }
}

const indent = (text: string, by: string): string => text.replace(/^/gmu, by);

/** `open`, the spooled items (and `more` after them), `close`, laid out as JSON.stringify(…, null, 2) does at depth 1. */
function copyList(into: TempFile, spool: TempFile, any: boolean, open: string, close: string, more: string[] = []): void {
  if (!any && !more.length) { into.write(`${open}${close}`); return; }
  into.write(`${open}\n`);
  if (any) for (const chunk of readTextChunks(spool.tempPath)) into.write(chunk);
  if (more.length) into.write(`${any ? ',\n' : ''}${more.join(',\n')}`);
  into.write(`\n  ${close}`);
}
