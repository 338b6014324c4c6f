// The writing side of a run: every report file, fed one article result at a time in input order. It keeps no results,
// only small counters, so memory stays bounded; each file is written to a temporary name and renamed when complete.
// Results must arrive in input order (a parallel runner reorders them first): that order makes the outputs byte-stable.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleResult } from '../model/article-result.js';
import type { Span } from '../model/labels.js';
import { CsvWriter, TempFile, sha256, stageFile, writeFileAtomic } from './atomic.js';
import { csvTarget, MANIFEST, previousOutputs } from './edited-csv.js';
import { htmlArticle, htmlHead, htmlTail, speakerPalette } from './html-report.js';
import { safeFileName } from './paths.js';
import { MESSAGES_HEADER, QUOTES_HEADER, SPEAKERS_HEADER, STANCES_HEADER, messageRows, overallSpeakerRows, quoteRows, speakerRows, stanceRows } from './rows.js';
import { SpeakerTally } from './speaker-tally.js';

export interface ReportOptions {
  out: string;
  /** CSVs start with a UTF-8 byte-order mark. */
  excel?: boolean;
  /** Overwrite CSVs that a reviewer edited. */
  force?: boolean;
}

export interface Failure { source: string; code: string; problem: string }
export interface ArticleSummary { id: string; source: string; title: string; statements: number; speakers: Record<string, number>; messages: number }

export interface WrittenReports {
  articles: number;
  statements: number;
  speakers: number;
  /** Output file (relative to out) → sha256. */
  outputs: Record<string, string>;
  /** One line per CSV that was kept because a reviewer edited it. */
  kept: string[];
}

const CSVS = [['quotes.csv', QUOTES_HEADER], ['stances.csv', STANCES_HEADER], ['speakers.csv', SPEAKERS_HEADER], ['messages.csv', MESSAGES_HEADER]] as const;

export class ReportWriter {
  private readonly csv: Record<string, { writer: CsvWriter; file: string }> = {};
  private readonly html: TempFile;
  private readonly tally = new SpeakerTally();
  private readonly color = speakerPalette();
  private readonly outputs: Record<string, string> = {};
  private readonly kept: string[] = [];
  /** report.json is streamed too: one per-article row at a time, the totals at the end. */
  private readonly reportJson: TempFile;
  private articles = 0;
  private readonly failures: Failure[] = [];
  /** Article JSONs are staged and renamed with the other reports at the end, so a stopped run changes nothing. */
  private readonly staged: Array<{ file: string; temp: TempFile }> = [];
  /** Outputs of the previous run that this one replaces; removed when it completes. */
  private readonly stale: string[] = [];

  constructor(private readonly opts: ReportOptions) {
    const recorded = previousOutputs(opts.out);
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
  }

  /** Kept-CSV notices, known as soon as the writer is opened. */
  get keptFiles(): readonly string[] { return this.kept; }

  private rows(name: string, rows: string[][]): void { this.csv[name]?.writer.write(rows); }

  /** Writes one article's JSON, CSV rows and HTML section. `sentences` gives each row its context. */
  article(result: ArticleResult, sentences: readonly Span[]): void {
    const file = `articles/${safeFileName(result.article.id)}.json`;
    this.staged.push({ file, temp: stageFile(join(this.opts.out, file), `${JSON.stringify(result, null, 2)}\n`) });
    this.rows('quotes.csv', quoteRows(result, sentences));
    this.rows('stances.csv', stanceRows(result, sentences));
    this.rows('speakers.csv', speakerRows(result, sentences));
    this.rows('messages.csv', messageRows(result, sentences));
    this.html.write(htmlArticle(result, this.color));
    this.tally.add(result);
    const speakers: Record<string, number> = {};
    for (const s of result.statements) speakers[s.speaker.name] = (speakers[s.speaker.name] ?? 0) + 1;
    const { article } = result;
    const row: ArticleSummary = { id: article.id, source: article.source, title: article.title, statements: result.statements.length, speakers, messages: result.messages.length };
    this.reportJson.write(`${this.articles++ ? ',' : ''}\n    ${JSON.stringify(row)}`);
  }

  failure(f: Failure): void { this.failures.push(f); }

  /** Removes every temporary file; the previous reports stay as they were (a stopped or failed run). */
  discard(): void {
    for (const { temp } of this.staged) temp.discard();
    for (const { writer } of Object.values(this.csv)) writer.discard();
    this.html.discard();
    this.reportJson.discard();
  }

  /** Completes every file; `manifest` holds the run's own fields (inputs, options, timings), to which the outputs' hashes are added. */
  finish(manifest: Record<string, unknown>): WrittenReports {
    for (const f of this.failures) this.rows('messages.csv', [['', f.source, `input:${f.code}`, f.problem, '', '', '', '']]);
    const speakers = this.tally.sorted();
    this.rows('speakers.csv', overallSpeakerRows(speakers));
    this.html.write(htmlTail(speakers, { articles: this.articles, statements: this.tally.statements, failures: this.failures }, this.color));
    for (const { file, temp } of this.staged) this.outputs[file] = temp.commit();
    for (const { writer, file } of Object.values(this.csv)) this.outputs[file] = writer.commit();
    for (const f of this.stale) rmSync(join(this.opts.out, f), { force: true });
    this.outputs['report.html'] = this.html.commit();
    const counts = { articles: this.articles, statements: this.tally.statements, speakers: speakers.length };
    const tail = JSON.stringify({ ...counts, failures: this.failures }, null, 2).slice(1);
    this.reportJson.write(`${this.articles ? '\n  ' : ''}],${tail}\n`);
    this.outputs['report.json'] = this.reportJson.commit();
    const outputs = Object.fromEntries(Object.entries(this.outputs).sort(([a], [b]) => (a < b ? -1 : 1)));
    writeFileAtomic(join(this.opts.out, MANIFEST), `${JSON.stringify({ ...manifest, counts: { ...counts, failures: this.failures.length }, failures: this.failures, outputs, kept: this.kept }, null, 2)}\n`);
    return { ...counts, outputs, kept: this.kept };
  }
}
