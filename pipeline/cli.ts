#!/usr/bin/env node
// The command line: parses options, runs the pipeline, prints the summary, decides the exit code
// (0 all inputs processed, 1 some input could not be processed, 2 usage error).
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { runPipeline } from './runner.js';
import { buildRegistry, loadRegistryFile } from '../src/lexicon/registry.js';
import { buildCueLexicon, loadCueFile } from '../src/lexicon/cue-lexicon.js';
import defaultsSpeakers from '../src/lexicon/speakers.json' with { type: 'json' };
import defaultsCues from '../src/lexicon/cues.json' with { type: 'json' };
import { PipelineError } from '../src/model/stage.js';
import { discardPending } from '../src/output/atomic.js';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../src/ingest/read-inputs.js';
import { progressBar } from './progress.js';
import { formatSummary } from './summary.js';

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
  --force                   overwrite CSVs in DIR that a reviewer edited since the last run (otherwise they are
                            kept and the new ones written beside them as <name>.new.csv)
  --quiet                   print nothing but errors (no progress bar, no summary)
  -h, --help                show this help

Outputs in DIR: articles/<id>.json, quotes.csv, stances.csv, speakers.csv, messages.csv, report.json, report.html,
manifest.json. A progress bar shows on stderr when it is a terminal. Review corrections: npm run review:import (README).
Exit status: 0 every input processed; 1 some input could not be processed (the others are still written); 2 usage error.
`;

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' }, speakers: { type: 'string' }, cues: { type: 'string' }, 'max-article-bytes': { type: 'string' },
        excel: { type: 'boolean' }, force: { type: 'boolean' }, quiet: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
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
  const context: { registry?: ReturnType<typeof buildRegistry>; cues?: ReturnType<typeof buildCueLexicon> } = {};
  try {
    if (values.speakers) context.registry = buildRegistry([defaultsSpeakers, loadRegistryFile(values.speakers)]);
    if (values.cues) context.cues = buildCueLexicon([defaultsCues, loadCueFile(values.cues)]);
  } catch (e) {
    if (e instanceof PipelineError) { process.stderr.write(`error: ${e.message}\n`); return 2; }
    throw e;
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
  const progress = progressBar(process.stderr, !values.quiet);
  const summary = runPipeline({
    inputs, out, context, excel: !!values.excel, force: !!values.force, ...(maxArticleBytes ? { maxArticleBytes } : {}),
    onStart: (total) => progress.start(total), onArticle: (done) => progress.tick(done),
  });
  progress.end();
  for (const f of summary.failures) process.stderr.write(`error: ${f.source}: ${f.problem}\n`);
  // A kept CSV is a warning, not an error: said even with --quiet, since the reviewer must know where the new file went.
  for (const k of summary.kept) process.stderr.write(`warning: ${k}\n`);
  if (!values.quiet) process.stdout.write(formatSummary(summary));
  return summary.failures.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
