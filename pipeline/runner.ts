// The runner: inputs → articles → stages → reports. Owns order, timing and the error policy; one failing article is
// recorded and the run goes on. Only the CLI decides exit codes.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ArticleResult } from '../src/model/article-result.js';
import { ArticleResult as ArticleResultSchema } from '../src/model/article-result.js';
import { analyzeWithDoc } from '../src/analyze.js';
import type { StageContext } from '../src/model/stage.js';
import { expandInputs, readArticles, type ReadOptions } from '../src/ingest/read-inputs.js';
import { CsvWriter, TempFile, stageFile, writeFileAtomic } from '../src/output/atomic.js';
import { MESSAGES_HEADER, QUOTES_HEADER, STANCES_HEADER, messageRows, quoteRows, stanceRows } from '../src/output/rows.js';
import { htmlArticle, htmlHead, htmlTail } from '../src/output/html-report.js';
import { safeFileName } from '../src/output/paths.js';

export interface RunOptions extends ReadOptions {
  inputs: string[];
  out: string;
  context?: Partial<StageContext>;
  excel?: boolean;
  onArticle?: (done: number, result: ArticleResult | null) => void;
}

export interface Failure { source: string; code: string; problem: string }
export interface ArticleSummary { id: string; source: string; title: string; statements: number; speakers: Record<string, number>; messages: number }
export interface RunSummary {
  articles: number;
  statements: number;
  speakers: number;
  failures: Failure[];
  out: string;
  summaries: ArticleSummary[];
  seconds: number;
}

const require = createRequire(import.meta.url);
const versionOf = (name: string): string => { try { return (require(`${name}/package.json`) as { version: string }).version; } catch { return 'unknown'; } };

type Temp = { commit(): void; discard(): void };

export function runPipeline(opts: RunOptions): RunSummary {
  const temps: Temp[] = [];
  try {
    const steps = runSteps(opts, temps);
    for (;;) { const r = steps.next(); if (r.done) return r.value; }
  } catch (e) {
    for (const t of temps) t.discard(); // a failed write leaves no temporary file and the previous reports
    throw e;
  }
}

/**
 * The same run, giving the event loop a turn after each article so that a signal handler can ask it to stop. When
 * `stop()` is true it ends before anything is renamed into place: the previous reports stay as they were, no
 * temporary file is left, and the result says how many articles had been read.
 */
export async function runPipelineUntil(opts: RunOptions, stop: () => boolean): Promise<RunSummary | { stoppedAfter: number }> {
  const temps: Temp[] = [];
  const steps = runSteps(opts, temps);
  let read = 0;
  try {
    for (;;) {
      if (stop()) { for (const t of temps) t.discard(); return { stoppedAfter: read }; }
      const r = steps.next();
      if (r.done) return r.value;
      read = r.value;
      await new Promise((resolve) => setImmediate(resolve));
    }
  } catch (e) {
    for (const t of temps) t.discard();
    throw e;
  }
}

/** Yields the number of inputs read after each one. Article reports are staged and renamed only when the run completes. */
function* runSteps(opts: RunOptions, temps: Temp[]): Generator<number, RunSummary> {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const { files, problems } = expandInputs(opts.inputs);
  const failures: Failure[] = problems.map((p) => (p.ok ? null : { source: p.source, code: p.code, problem: p.problem })).filter((x): x is Failure => x !== null);
  const quotes = new CsvWriter(join(opts.out, 'quotes.csv'), QUOTES_HEADER, opts.excel);
  temps.push(quotes);
  const stances = new CsvWriter(join(opts.out, 'stances.csv'), STANCES_HEADER, opts.excel);
  temps.push(stances);
  const messages = new CsvWriter(join(opts.out, 'messages.csv'), MESSAGES_HEADER, opts.excel);
  temps.push(messages);
  const html = new TempFile(join(opts.out, 'report.html'));
  temps.push(html);
  html.write(htmlHead());
  const summaries: ArticleSummary[] = [];
  const inputs: Array<{ source: string; id?: string; sha256?: string }> = [];
  const speakerNames = new Set<string>();
  let statements = 0;
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
    temps.push(stageFile(join(opts.out, 'articles', `${safeFileName(article.id)}.json`), `${JSON.stringify(result, null, 2)}\n`));
    quotes.write(quoteRows(result, sentences));
    stances.write(stanceRows(result, sentences));
    messages.write(messageRows(result));
    html.write(htmlArticle(result));
    const speakers: Record<string, number> = {};
    for (const s of result.statements) { speakers[s.speaker.name] = (speakers[s.speaker.name] ?? 0) + 1; speakerNames.add(s.speaker.name); }
    statements += result.statements.length;
    summaries.push({ id: article.id, source: article.source, title: article.title, statements: result.statements.length, speakers, messages: result.messages.length });
    opts.onArticle?.(++done, result);
    yield done;
  }
  for (const f of failures) messages.write([['', f.source, `input:${f.code}`, f.problem, '', '']]);
  html.write(htmlTail());
  for (const t of temps) t.commit();
  const seconds = (performance.now() - t0) / 1000;
  const summary: RunSummary = { articles: summaries.length, statements, speakers: speakerNames.size, failures, out: opts.out, summaries, seconds };
  writeFileAtomic(join(opts.out, 'report.json'), `${JSON.stringify({ schemaVersion: 1, articles: summary.articles, statements, speakers: speakerNames.size, failures, perArticle: summaries }, null, 2)}\n`);
  writeFileAtomic(join(opts.out, 'manifest.json'), `${JSON.stringify({
    schemaVersion: 1, startedAt, finishedAt: new Date().toISOString(), seconds,
    inputs, options: { inputs: opts.inputs, out: opts.out, excel: !!opts.excel, maxArticleBytes: opts.maxArticleBytes ?? null },
    packages: { 'wink-nlp': versionOf('wink-nlp'), 'wink-eng-lite-web-model': versionOf('wink-eng-lite-web-model'), compromise: versionOf('compromise'), zod: versionOf('zod'), 'csv-stringify': versionOf('csv-stringify'), node: process.version },
    counts: { articles: summary.articles, statements, speakers: speakerNames.size, failures: failures.length },
    failures,
  }, null, 2)}\n`);
  return summary;
}
