#!/usr/bin/env node
// The command line: parses options, runs the pipeline, prints the summary, decides the exit code
// (0 all inputs processed, 1 some input could not be processed, 2 usage error).
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { runPipeline } from './runner.js';
import { loadRegistryFile } from '../src/lexicon/registry.js';
import { loadCueFile } from '../src/lexicon/cue-lexicon.js';
import { PipelineError } from '../src/model/stage.js';
import { discardPending } from '../src/output/atomic.js';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../src/ingest/read-inputs.js';
import { contextFrom, type LexiconSources } from './parallel/lexicons.js';
import { runJsonl } from './parallel/jsonl.js';

const HELP = `Usage: npm run pipeline -- [inputs...] [options]

Finds attributed statements in news articles (who said what about whom), with speaker, speech act, framing and stance,
and writes reports for review.

Inputs: files or directories (recursive), "-" for stdin. Formats: .txt/.md (first line = headline), .html/.htm,
.json ({id?, title?, text, url?, date?}), .jsonl (one such object per line). Default: corpus/articles/

Options:
  --out DIR                 where to write reports (default: outputs/)
  --speakers FILE           extra speaker registry (JSON, shaped like src/lexicon/speakers.json)
  --cues FILE               extra cue lexicon (JSON, shaped like src/lexicon/cues.json)
  --max-article-bytes N     refuse inputs larger than N bytes (default: ${DEFAULT_MAX_ARTICLE_BYTES})
  --excel                   write CSVs with a UTF-8 byte-order mark for spreadsheet programs
  --workers N               analyse on N worker threads (default 1: in process); same output, in input order
  --jsonl                   read articles as JSON lines on stdin ({id?, title?, text, url?, date?}), write one result
                            JSON per line on stdout, messages on stderr; no report files (the map step of a batch job)
  --quiet                   print nothing but errors
  -h, --help                show this help

Outputs in DIR: articles/<id>.json, quotes.csv, stances.csv, messages.csv, report.json, report.html, manifest.json.
Exit status: 0 every input processed; 1 some input could not be processed (the others are still written); 2 usage error.
`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' }, speakers: { type: 'string' }, cues: { type: 'string' }, 'max-article-bytes': { type: 'string' },
        excel: { type: 'boolean' }, workers: { type: 'string' }, jsonl: { type: 'boolean' }, quiet: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    process.stderr.write(`error: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) { process.stdout.write(HELP); return 0; }
  let maxArticleBytes: number | undefined;
  if (values['max-article-bytes'] !== undefined) {
    maxArticleBytes = Number(values['max-article-bytes']);
    if (!Number.isInteger(maxArticleBytes) || maxArticleBytes <= 0) { process.stderr.write(`error: --max-article-bytes needs a positive integer, got "${values['max-article-bytes']}"\n`); return 2; }
  }
  let workers = 1;
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers <= 0) { process.stderr.write(`error: --workers needs a positive integer, got "${values.workers}"\n`); return 2; }
  }
  const lexicons: LexiconSources = {};
  let context;
  try {
    if (values.speakers) lexicons.speakers = loadRegistryFile(values.speakers);
    if (values.cues) lexicons.cues = loadCueFile(values.cues);
    context = contextFrom(lexicons);
  } catch (e) {
    if (e instanceof PipelineError) { process.stderr.write(`error: ${e.message}\n`); return 2; }
    throw e;
  }
  if (values.jsonl) {
    if (positionals.length) { process.stderr.write('error: --jsonl reads stdin only; give no inputs\n'); return 2; }
    const r = await runJsonl({ context, lexicons, workers, ...(maxArticleBytes ? { maxArticleBytes } : {}) });
    if (!values.quiet) process.stderr.write(`${r.articles} articles, ${r.statements} statements, ${r.failures} failures\n`);
    return r.failures ? 1 : 0;
  }
  const out = resolve(values.out ?? 'outputs');
  const inputs = positionals.length ? positionals : ['corpus/articles'];
  const onSignal = (sig: string) => {
    discardPending();
    process.stderr.write(`\ninterrupted (${sig}): reports in ${out} are the previous complete ones; nothing half-written was left\n`);
    process.exit(130);
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  const summary = await runPipeline({ inputs, out, context, lexicons, workers, excel: !!values.excel, ...(maxArticleBytes ? { maxArticleBytes } : {}) });
  for (const f of summary.failures) process.stderr.write(`error: ${f.source}: ${f.problem}\n`);
  if (!values.quiet) {
    process.stdout.write(`${summary.articles} articles, ${summary.statements} statements, ${summary.speakers} speakers, ${summary.failures.length} failures in ${summary.seconds.toFixed(1)} s\nreports in ${summary.out}\n`);
  }
  return summary.failures.length ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
