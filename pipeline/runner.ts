// The runner: inputs → articles → stages → reports. Owns order, timing and the error policy; one failing article is
// recorded and the run goes on. Only the CLI decides exit codes. Writing is src/output/report-writer.ts; analysis on
// worker threads is pipeline/parallel/pool.ts.
import { createRequire } from 'node:module';
import { existsSync, rmdirSync } from 'node:fs';
import { extname } from 'node:path';
import { PipelineError, type StageContext } from '../src/model/stage.js';
import { DEFAULT_MAX_ARTICLE_BYTES, expandInputs, readArticles, type InputItem, type ReadOptions } from '../src/ingest/read-inputs.js';
import { ReportWriter, type ArticleSummary, type Failure, type ResultDigest } from '../src/output/report-writer.js';
import { analyzeForReports, type Analysis } from './parallel/analyze-one.js';
import { analyzeAll, type MainStats, type WorkerStats } from './parallel/pool.js';
import type { LexiconSources } from './parallel/lexicons.js';

export type { ArticleSummary, Failure };

export interface RunOptions extends ReadOptions {
  inputs: string[];
  /** The extensions read from input folders (`--ext`; default every supported one). */
  extensions?: readonly string[];
  out: string;
  context?: Partial<StageContext>;
  excel?: boolean;
  /** Overwrite CSVs a reviewer edited since the last run. */
  force?: boolean;
  /** Worker threads (default 1: in this thread). Workers build their context from `lexicons`. */
  workers?: number;
  lexicons?: LexiconSources;
  /** Called once before the first article: how many articles to expect, or null when unknown (JSONL inputs). */
  onStart?: (total: number | null) => void;
  /** After each input: the article's result (a worker thread's article: its digest), or null when it failed. */
  onArticle?: (done: number, result: ResultDigest | null) => void;
  /** Distinct speakers counted in memory before the run-wide speaker tally spills to disk (tests make it small). */
  maxSpeakersInMemory?: number;
  /** Called once the analysis can start: the models are loaded (with workers: in every worker). */
  onReady?: () => void;
}

export interface RunSummary {
  articles: number;
  statements: number;
  speakers: number;
  failures: Failure[];
  out: string;
  seconds: number;
  /** Rows of messages.csv, when reports were written. */
  messages?: number;
  /** CSVs kept because a reviewer edited them, with where the new ones went. */
  kept: string[];
  /** The report files this run wrote in `out` (a CSV as <name>.new.csv when the edited one was kept); none when not written. */
  files?: string[];
  /**
   * False when no article could be read (every input failed, or there was none): then nothing was written and the
   * reports already in `out`, if any, are as they were.
   */
  written: boolean;
  /** Article JSONs of the previous run that this one did not write: removed (relative to out). */
  removed: string[];
  /** Such article JSONs left in place, each with why. */
  stale: string[];
  /** Per worker thread, when there were workers. */
  workerStats?: WorkerStats[];
  /** What the main thread analysed beside the worker threads, when there were workers. */
  mainStats?: MainStats;
}

const require = createRequire(import.meta.url);
const versionOf = (name: string): string => { try { return (require(`${name}/package.json`) as { version: string }).version; } catch { return 'unknown'; } };

/** One run's state between articles. */
interface Run {
  opts: RunOptions;
  t0: number;
  startedAt: string;
  files: string[];
  failures: Failure[];
  reports: ReportWriter;
  done: number;
  workerStats: WorkerStats[];
  mainStats: MainStats;
  /** Whether `out` was there before the writer made it (a run that writes nothing removes the folder it made). */
  outExisted: boolean;
}

function startRun(opts: RunOptions, holder: { reports: ReportWriter | null }): Run {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const { files, problems } = expandInputs(opts.inputs, opts.extensions);
  const failures: Failure[] = problems.map((p) => (p.ok ? null : { source: p.source, code: p.code, problem: p.problem })).filter((x): x is Failure => x !== null);
  const outExisted = existsSync(opts.out);
  const reports = new ReportWriter({ out: opts.out, excel: !!opts.excel, force: !!opts.force, ...(opts.maxSpeakersInMemory ? { maxSpeakersInMemory: opts.maxSpeakersInMemory } : {}) });
  holder.reports = reports;
  opts.onStart?.(files.some((f) => extname(f).toLowerCase() === '.jsonl') ? null : files.length);
  return { opts, t0, startedAt, files, failures, reports, done: 0, workerStats: [], mainStats: { articles: 0, analysisCpuSeconds: 0 }, outExisted };
}

/** One input: a failure to record, or an article's analysis to write. */
function takeItem(run: Run, item: InputItem, analysis: Analysis | undefined): void {
  if (!item.ok) {
    run.failures.push({ source: item.source, code: item.code, problem: item.problem, ...(item.id !== undefined ? { id: item.id } : {}) });
    run.reports.input({ source: item.source });
    run.opts.onArticle?.(++run.done, null);
    return;
  }
  const { article } = item;
  run.reports.input({ source: article.source, id: article.id, ...(item.sha256 ? { sha256: item.sha256 } : {}) });
  if (!analysis?.ok) {
    run.failures.push({ source: article.source, code: 'crash', problem: analysis?.problem ?? `article ${article.id} was not analysed`, id: article.id });
    run.opts.onArticle?.(++run.done, null);
    return;
  }
  if ('ready' in analysis) run.reports.ready(analysis.ready);
  else run.reports.article(analysis.result, analysis.sentences);
  run.opts.onArticle?.(++run.done, 'ready' in analysis ? analysis.ready.digest : analysis.result);
}

function finishRun(run: Run): RunSummary {
  const { opts, failures } = run;
  const seconds = (performance.now() - run.t0) / 1000;
  const workers = run.workerStats.length ? { workerStats: run.workerStats, mainStats: run.mainStats } : {};
  // A run that read no article (a mistyped path) would replace the reports with empty ones: it leaves them.
  if (run.reports.articleCount === 0) {
    run.reports.discard();
    if (!run.outExisted) { try { rmdirSync(opts.out); } catch { /* not empty: not only the writer's */ } }
    return { articles: 0, statements: 0, speakers: 0, failures, out: opts.out, seconds, kept: [], written: false, removed: [], stale: [], ...workers };
  }
  for (const f of failures) run.reports.failure(f);
  const written = run.reports.finish({
    schemaVersion: 1, startedAt: run.startedAt, finishedAt: new Date().toISOString(), seconds,
    // (every option that changes what is read or how, with its default filled in, so a run can be repeated from it)
    options: {
      inputs: opts.inputs, out: opts.out, extensions: opts.extensions ?? null, encoding: opts.encoding ?? 'utf-8', workers: opts.workers ?? 1,
      excel: !!opts.excel, force: !!opts.force, maxArticleBytes: opts.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES,
      speakersLexicon: opts.lexicons?.speakers !== undefined, cuesLexicon: opts.lexicons?.cues !== undefined,
    },
    packages: { 'wink-nlp': versionOf('wink-nlp'), 'wink-eng-lite-web-model': versionOf('wink-eng-lite-web-model'), compromise: versionOf('compromise'), zod: versionOf('zod'), 'csv-stringify': versionOf('csv-stringify'), node: process.version },
  });
  return {
    articles: written.articles, statements: written.statements, speakers: written.speakers, messages: written.messages, failures, out: opts.out, seconds, kept: written.kept,
    files: Object.keys(written.outputs), written: true, removed: written.removed, stale: written.stale, ...workers,
  };
}

/** A run in this thread, start to end (the library's entry; `--workers` needs runPipelineUntil). */
export function runPipeline(opts: RunOptions): RunSummary {
  if ((opts.workers ?? 1) > 1) throw new PipelineError('E_WORKERS_SYNC', 'runPipeline analyses in this thread and cannot use worker threads', 'use runPipelineUntil for --workers');
  const holder: { reports: ReportWriter | null } = { reports: null };
  try {
    const run = startRun(opts, holder);
    for (const item of readArticles(run.files, opts)) takeItem(run, item, item.ok ? analyzeForReports(item.article, opts.context) : undefined);
    return finishRun(run);
  } catch (e) {
    holder.reports?.discard(); // a failed write leaves no temporary file and the previous reports
    throw e;
  }
}

/**
 * A run in this thread or on worker threads, giving the event loop a turn after each article so that a signal handler
 * can ask it to stop. When `stop()` is true it ends before anything is renamed into place: the previous reports stay as
 * they were, no temporary file is left, and the result says how many inputs had been read.
 */
export async function runPipelineUntil(opts: RunOptions, stop: () => boolean): Promise<RunSummary | { stoppedAfter: number }> {
  const holder: { reports: ReportWriter | null } = { reports: null };
  try {
    const run = startRun(opts, holder);
    const poolOptions = {
      workers: opts.workers ?? 1, lexicons: opts.lexicons ?? {}, prepare: true, stagingFolder: run.reports.stagingFolder,
      ...(opts.context ? { context: opts.context } : {}), ...(opts.maxArticleBytes ? { maxArticleBytes: opts.maxArticleBytes } : {}),
      ...(opts.onReady ? { onReady: opts.onReady } : {}), mainStats: run.mainStats,
    };
    // (leaving the loop stops the worker threads before anything is discarded: they write into the staging folder)
    for await (const { item, analysis } of analyzeAll(readArticles(run.files, opts), poolOptions, run.workerStats)) {
      if (stop()) break;
      takeItem(run, item, analysis);
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (stop()) { holder.reports?.discard(); return { stoppedAfter: run.done }; }
    return finishRun(run);
  } catch (e) {
    holder.reports?.discard();
    throw e;
  }
}
