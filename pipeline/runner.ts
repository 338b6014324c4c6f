// The runner: inputs → articles → stages → reports. Owns order, timing and the error policy; one failing article is
// recorded and the run goes on. Only the CLI decides exit codes.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ArticleResult } from '../src/model/article-result.js';
import type { StageContext } from '../src/model/stage.js';
import { expandInputs, readArticles, type ReadOptions } from '../src/ingest/read-inputs.js';
import { CsvWriter, TempFile, writeFileAtomic } from '../src/output/atomic.js';
import { MESSAGES_HEADER, QUOTES_HEADER, STANCES_HEADER, messageRows, quoteRows, stanceRows } from '../src/output/rows.js';
import { htmlArticle, htmlHead, htmlTail } from '../src/output/html-report.js';
import { safeFileName } from '../src/output/paths.js';
import { analyzeAll, type WorkerStats } from './parallel/pool.js';
import type { LexiconSources } from './parallel/lexicons.js';

export interface RunOptions extends ReadOptions {
  inputs: string[];
  out: string;
  context?: Partial<StageContext>;
  excel?: boolean;
  /** Worker threads (default 1: in this thread). Workers build their context from `lexicons`. */
  workers?: number;
  lexicons?: LexiconSources;
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
  /** Per worker thread, when there were workers. */
  workerStats?: WorkerStats[];
}

const require = createRequire(import.meta.url);
const versionOf = (name: string): string => { try { return (require(`${name}/package.json`) as { version: string }).version; } catch { return 'unknown'; } };

export async function runPipeline(opts: RunOptions): Promise<RunSummary> {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const { files, problems } = expandInputs(opts.inputs);
  const failures: Failure[] = problems.map((p) => (p.ok ? null : { source: p.source, code: p.code, problem: p.problem })).filter((x): x is Failure => x !== null);
  const quotes = new CsvWriter(join(opts.out, 'quotes.csv'), QUOTES_HEADER, opts.excel);
  const stances = new CsvWriter(join(opts.out, 'stances.csv'), STANCES_HEADER, opts.excel);
  const messages = new CsvWriter(join(opts.out, 'messages.csv'), MESSAGES_HEADER, opts.excel);
  const html = new TempFile(join(opts.out, 'report.html'));
  html.write(htmlHead());
  const summaries: ArticleSummary[] = [];
  const inputs: Array<{ source: string; id?: string; sha256?: string }> = [];
  const speakerNames = new Set<string>();
  let statements = 0;
  let done = 0;
  const workerStats: WorkerStats[] = [];
  const analyses = analyzeAll(readArticles(files, opts), { workers: opts.workers ?? 1, lexicons: opts.lexicons ?? {}, ...(opts.context ? { context: opts.context } : {}), ...(opts.maxArticleBytes ? { maxArticleBytes: opts.maxArticleBytes } : {}) }, workerStats);
  for await (const { item, analysis } of analyses) {
    if (!item.ok) {
      failures.push({ source: item.source, code: item.code, problem: item.problem });
      inputs.push({ source: item.source });
      opts.onArticle?.(++done, null);
      continue;
    }
    const { article } = item;
    inputs.push({ source: article.source, id: article.id, ...(item.sha256 ? { sha256: item.sha256 } : {}) });
    if (!analysis?.ok) {
      failures.push({ source: article.source, code: 'crash', problem: analysis?.problem ?? `article ${article.id} was not analysed` });
      opts.onArticle?.(++done, null);
      continue;
    }
    const { result, sentences } = analysis;
    writeFileAtomic(join(opts.out, 'articles', `${safeFileName(article.id)}.json`), `${JSON.stringify(result, null, 2)}\n`);
    quotes.write(quoteRows(result, sentences));
    stances.write(stanceRows(result, sentences));
    messages.write(messageRows(result));
    html.write(htmlArticle(result));
    const speakers: Record<string, number> = {};
    for (const s of result.statements) { speakers[s.speaker.name] = (speakers[s.speaker.name] ?? 0) + 1; speakerNames.add(s.speaker.name); }
    statements += result.statements.length;
    summaries.push({ id: article.id, source: article.source, title: article.title, statements: result.statements.length, speakers, messages: result.messages.length });
    opts.onArticle?.(++done, result);
  }
  for (const f of failures) messages.write([['', f.source, `input:${f.code}`, f.problem, '', '']]);
  html.write(htmlTail());
  quotes.commit();
  stances.commit();
  messages.commit();
  html.commit();
  const seconds = (performance.now() - t0) / 1000;
  const summary: RunSummary = { articles: summaries.length, statements, speakers: speakerNames.size, failures, out: opts.out, summaries, seconds, ...(workerStats.length ? { workerStats } : {}) };
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
