// The runner: inputs → articles → stages → reports. Owns order, timing and the error policy; one failing article is
// recorded and the run goes on. Only the CLI decides exit codes. Writing is src/output/report-writer.ts.
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import type { ArticleResult } from '../src/model/article-result.js';
import { ArticleResult as ArticleResultSchema } from '../src/model/article-result.js';
import { analyzeWithDoc } from '../src/analyze.js';
import type { StageContext } from '../src/model/stage.js';
import { expandInputs, readArticles, type ReadOptions } from '../src/ingest/read-inputs.js';
import { ReportWriter, type ArticleSummary, type Failure } from '../src/output/report-writer.js';

export type { ArticleSummary, Failure };

export interface RunOptions extends ReadOptions {
  inputs: string[];
  out: string;
  context?: Partial<StageContext>;
  excel?: boolean;
  /** Overwrite CSVs a reviewer edited since the last run. */
  force?: boolean;
  /** Called once before the first article: how many articles to expect, or null when unknown (JSONL inputs). */
  onStart?: (total: number | null) => void;
  onArticle?: (done: number, result: ArticleResult | null) => void;
}

export interface RunSummary {
  articles: number;
  statements: number;
  speakers: number;
  failures: Failure[];
  out: string;
  seconds: number;
  /** CSVs kept because a reviewer edited them, with where the new ones went. */
  kept: string[];
}

const require = createRequire(import.meta.url);
const versionOf = (name: string): string => { try { return (require(`${name}/package.json`) as { version: string }).version; } catch { return 'unknown'; } };

export function runPipeline(opts: RunOptions): RunSummary {
  const writer: { reports: ReportWriter | null } = { reports: null };
  try {
    const steps = runSteps(opts, writer);
    for (;;) { const r = steps.next(); if (r.done) return r.value; }
  } catch (e) {
    writer.reports?.discard(); // a failed write leaves no temporary file and the previous reports
    throw e;
  }
}

/**
 * The same run, giving the event loop a turn after each article so that a signal handler can ask it to stop. When
 * `stop()` is true it ends before anything is renamed into place: the previous reports stay as they were, no
 * temporary file is left, and the result says how many articles had been read.
 */
export async function runPipelineUntil(opts: RunOptions, stop: () => boolean): Promise<RunSummary | { stoppedAfter: number }> {
  const writer: { reports: ReportWriter | null } = { reports: null };
  const steps = runSteps(opts, writer);
  let read = 0;
  try {
    for (;;) {
      if (stop()) { writer.reports?.discard(); return { stoppedAfter: read }; }
      const r = steps.next();
      if (r.done) return r.value;
      read = r.value;
      await new Promise((resolve) => setImmediate(resolve));
    }
  } catch (e) {
    writer.reports?.discard();
    throw e;
  }
}

/** Yields the number of inputs read after each one. Every report is staged and renamed only when the run completes. */
function* runSteps(opts: RunOptions, writer: { reports: ReportWriter | null }): Generator<number, RunSummary> {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const { files, problems } = expandInputs(opts.inputs);
  const failures: Failure[] = problems.map((p) => (p.ok ? null : { source: p.source, code: p.code, problem: p.problem })).filter((x): x is Failure => x !== null);
  const reports = new ReportWriter({ out: opts.out, excel: !!opts.excel, force: !!opts.force });
  writer.reports = reports;
  opts.onStart?.(files.some((f) => extname(f).toLowerCase() === '.jsonl') ? null : files.length);
  const inputs: Array<{ source: string; id?: string; sha256?: string }> = [];
  let done = 0;
  for (const item of readArticles(files, opts)) {
    if (!item.ok) {
      failures.push({ source: item.source, code: item.code, problem: item.problem });
      inputs.push({ source: item.source });
      opts.onArticle?.(++done, null);
      yield done;
      continue;
    }
    const { article } = item;
    inputs.push({ source: article.source, id: article.id, ...(item.sha256 ? { sha256: item.sha256 } : {}) });
    let result: ArticleResult;
    let sentences;
    try {
      const r = analyzeWithDoc(article, opts.context ? { context: opts.context } : {});
      result = ArticleResultSchema.parse(r.result);
      sentences = r.doc.layers.sentences ?? [];
    } catch (e) {
      failures.push({ source: article.source, code: 'crash', problem: `article ${article.id} could not be processed: ${(e as Error).message}` });
      opts.onArticle?.(++done, null);
      yield done;
      continue;
    }
    reports.article(result, sentences);
    opts.onArticle?.(++done, result);
    yield done;
  }
  for (const f of failures) reports.failure(f);
  const seconds = (performance.now() - t0) / 1000;
  const written = reports.finish({
    schemaVersion: 1, startedAt, finishedAt: new Date().toISOString(), seconds,
    inputs, options: { inputs: opts.inputs, out: opts.out, excel: !!opts.excel, force: !!opts.force, maxArticleBytes: opts.maxArticleBytes ?? null },
    packages: { 'wink-nlp': versionOf('wink-nlp'), 'wink-eng-lite-web-model': versionOf('wink-eng-lite-web-model'), compromise: versionOf('compromise'), zod: versionOf('zod'), 'csv-stringify': versionOf('csv-stringify'), node: process.version },
  });
  return { articles: written.articles, statements: written.statements, speakers: written.speakers, failures, out: opts.out, seconds, kept: written.kept };
}
