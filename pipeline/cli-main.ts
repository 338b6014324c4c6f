// The command line (started by pipeline/cli.ts in a process with its V8 heap sized): parses options, runs the pipeline, prints the summary, decides the exit code
// (0 all inputs processed, 1 some input could not be processed or a report could not be written, 2 usage error,
// 130/143/129 stopped by SIGINT/SIGTERM/SIGHUP).
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { availableParallelism } from 'node:os';
import { existsSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { LexiconSources } from './parallel/lexicons.js';
import { PipelineError } from '../src/model/stage.js';
import type { ResultDigest } from '../src/output/report-writer.js';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../src/ingest/limits.js';
import { progressBar } from './progress.js';
import { formatSummary, plural, toleratePipeClose } from './summary.js';

const HELP = `Usage: npm run pipeline -- [inputs...] [options]

Finds attributed statements in news articles (who said what about whom), with speaker, speech act, framing and stance,
and writes reports for review.

Inputs: files or directories (recursive), "-" for stdin. Formats: .txt/.md (first line = headline), .html/.htm,
.json ({id?, title?, text, url?, date?}; the headline is title; "title": "" means none; without title, the first
line of text when it reads as a headline: short, no final full stop, more lines after), .jsonl (one such object per
line).
Default: corpus/articles/

Options:
  --out DIR                 where to write reports (default: outputs/)
  --speakers FILE           extra speaker registry (JSON, shaped like src/lexicon/speakers.json)
  --cues FILE               extra cue lexicon (JSON, shaped like src/lexicon/cues.json)
  --max-article-bytes N     refuse inputs larger than N bytes (default: ${DEFAULT_MAX_ARTICLE_BYTES})
  --ext LIST                read only these types from input folders, e.g. --ext txt,html (default: every format
                            above; a file you name is read whatever its type): notes or READMEs beside the articles
  --encoding windows-1252   read a file that is not valid UTF-8 (no byte-order mark) as Windows-1252 instead of
                            refusing it: curly quotes, dashes and the euro sign (bytes 0x80-0x9F) and accented
                            letters; latin1 and iso-8859-1 are read the same way, as browsers read them. messages.csv
                            names each such file, its first byte that is no UTF-8 and the characters above ASCII it gave
  --excel                   write CSVs with a UTF-8 byte-order mark for spreadsheet programs
  --workers N               analyse on N threads: this one and N - 1 worker threads (default 1: this one only);
                            the reports are the same bytes as with one
  --jsonl                   read articles as JSON lines on stdin ({id?, title?, text, url?, date?}), write one result
                            JSON per line on stdout, messages on stderr; no report files (the map step of a batch job);
                            under npm, "npm run -s pipeline -- --jsonl", or npm's banner opens stdout
  --force                   overwrite CSVs in DIR that a reviewer edited since the last run (otherwise they are
                            kept and the new ones written beside them as <name>.new.csv)
  --quiet                   print only errors and warnings (no progress bar, no summary)
  -h, --help                show this help

Outputs in DIR: articles/<id>.json, quotes.csv, stances.csv, speakers.csv, messages.csv, report.json, report.html,
manifest.json; article JSONs the previous run wrote and this one did not are removed (README). A progress bar shows
on stderr when it is a terminal. Review corrections: npm run review:import (README).
Exit status: 0 every input processed; 1 some input could not be processed (the others are still written; when none
could be, nothing is written and the reports in DIR stay as they were) or the reports could not be written; 2 usage error; 130/143/129 stopped by SIGINT/SIGTERM/SIGHUP (the previous reports are left as they were).
`;

/** Options whose value is a number: a negative one ("--workers -2") is given to the check below, which names the option. */
const NUMBER_OPTIONS = new Set(['--max-article-bytes', '--workers']);

/**
 * `--name -5` as `--name=-5`: Node's parser refuses a value that starts with "-" as ambiguous and says nothing of what
 * the option needs. Only a value that looks like a negative number is joined; `--workers --quiet` stays a missing value.
 */
function joinNegativeNumbers(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') { out.push(...argv.slice(i)); break; }
    const next = argv[i + 1];
    if (NUMBER_OPTIONS.has(a) && next !== undefined && /^-[\d.]/u.test(next)) { out.push(`${a}=${next}`); i++; } else out.push(a);
  }
  return out;
}

/** A positive whole number option's value, or the usage error that names it. */
function positiveWhole(name: string, value: string): number | string {
  const n = Number(value);
  return /^\s*$/u.test(value) || !Number.isInteger(n) || n <= 0 ? `error: --${name} needs a positive whole number, got ${value === '' ? 'nothing' : value}\n` : n;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeNumbers(argv),
      allowPositionals: true,
      options: {
        out: { type: 'string' }, speakers: { type: 'string' }, cues: { type: 'string' }, 'max-article-bytes': { type: 'string' }, ext: { type: 'string' }, encoding: { type: 'string' },
        excel: { type: 'boolean' }, force: { type: 'boolean' }, workers: { type: 'string' }, jsonl: { type: 'boolean' },
        quiet: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    // (Node's own text for an unknown flag suggests quoting it after "--"; a typo is the likelier cause)
    const code = (e as NodeJS.ErrnoException).code;
    const unknown = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'(-[^']*)'/u.exec((e as Error).message)?.[1] : undefined;
    // (an option whose value is missing, so that the next option was taken for it: Node calls that "ambiguous")
    const valueless = code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? /^Option '(--[^']+)' argument is ambiguous/u.exec((e as Error).message)?.[1] : undefined;
    const problem = unknown ? `unknown option ${unknown}` : valueless ? `${valueless} needs a value before the next option` : (e as Error).message;
    process.stderr.write(`error: ${problem}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) { process.stdout.write(HELP); return 0; }
  let maxArticleBytes: number | undefined;
  if (values['max-article-bytes'] !== undefined) {
    const n = positiveWhole('max-article-bytes', values['max-article-bytes']);
    if (typeof n === 'string') { process.stderr.write(n); return 2; }
    maxArticleBytes = n;
  }
  let encoding: 'utf-8' | 'windows-1252' | undefined;
  if (values.encoding !== undefined) {
    const e = values.encoding.toLowerCase().replace(/_/gu, '-');
    if (['windows-1252', 'cp1252', 'latin1', 'latin-1', 'iso-8859-1'].includes(e)) encoding = 'windows-1252';
    else if (['utf-8', 'utf8'].includes(e)) encoding = 'utf-8';
    else { process.stderr.write(`error: --encoding ${values.encoding}: this tool reads UTF-8 (and UTF-16 with a byte-order mark); the one fallback is --encoding windows-1252\n`); return 2; }
  }
  let extensions: string[] | undefined;
  if (values.ext !== undefined) {
    const { parseExtensions } = await import('../src/ingest/read-inputs.js');
    const e = parseExtensions(values.ext);
    if (typeof e === 'string') { process.stderr.write(`error: ${e}\n`); return 2; }
    extensions = e;
  }
  let workers = 1;
  if (values.workers !== undefined) {
    const n = positiveWhole('workers', values.workers);
    if (typeof n === 'string') { process.stderr.write(n); return 2; }
    workers = n;
  }
  // More threads than cores only share the cores, and each holds its own copy of the models (~150 MB): capped, said.
  const cores = availableParallelism();
  if (workers > cores) {
    process.stderr.write(`warning: --workers ${workers} is more than the ${cores} ${cores === 1 ? 'core' : 'cores'} this machine has: using ${cores}\n`);
    workers = cores;
  }
  if (values.jsonl) {
    if (positionals.length || values.ext !== undefined) { process.stderr.write(`error: --jsonl reads stdin only; give no inputs${values.ext !== undefined ? ' (and no --ext)' : ''}\n`); return 2; }
    // (results go to stdout; report options would be silently ignored)
    const reportOnly = (['out', 'excel', 'force'] as const).filter((k) => values[k] !== undefined);
    if (reportOnly.length) { process.stderr.write(`error: --jsonl writes results to stdout; ${reportOnly.map((k) => `--${k}`).join(', ')} ${reportOnly.length === 1 ? 'applies' : 'apply'} only to reports\n`); return 2; }
    // (JSON text is UTF-8, RFC 8259: an article's own characters are escaped in its line, so the option would be ignored)
    if (values.encoding !== undefined) { process.stderr.write('error: --jsonl reads JSON lines, which are UTF-8 (RFC 8259); --encoding applies only to article files\n'); return 2; }
  }
  // Loaded once the options are known to be good: a usage error is told without loading the analysis (1 CPU s).
  const [{ runPipelineUntil }, { loadRegistryFile }, { loadCueFile }, { contextFrom }, { runJsonl }, { expandInputs }] = await Promise.all([
    import('./runner.js'), import('../src/lexicon/registry.js'), import('../src/lexicon/cue-lexicon.js'), import('./parallel/lexicons.js'), import('./parallel/jsonl.js'),
    import('../src/ingest/read-inputs.js'),
  ]);
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
    const r = await runJsonl({ context, lexicons, workers, ...(maxArticleBytes ? { maxArticleBytes } : {}) });
    if (r.outputClosed) return r.failures ? 1 : 0; // (the reader of stdout stopped early, `| head`: stopped quietly)
    if (!values.quiet) process.stderr.write(`${plural(r.articles, 'article')}, ${plural(r.statements, 'statement')}, ${plural(r.failures, 'failure')}\n`);
    if (r.articles + r.failures === 0) process.stderr.write('warning: stdin held no article (no non-blank line)\n');
    return r.failures ? 1 : 0;
  }
  const out = resolve(values.out ?? 'outputs');
  const inputs = positionals.length ? positionals : ['corpus/articles'];
  // (nor more threads than articles: a file is one article, but a .jsonl file or stdin may hold any number)
  if (workers > 1) {
    const { files } = expandInputs(inputs, extensions);
    if (!files.some((f) => f === '-' || extname(f).toLowerCase() === '.jsonl')) workers = Math.max(1, Math.min(workers, files.length));
  }
  let outStat;
  try { outStat = statSync(out); } catch { /* created by the run */ }
  if (outStat && !outStat.isDirectory()) { process.stderr.write(`error: --out ${out} is a file, not a folder\n`); return 2; }
  const hadReports = existsSync(join(out, 'manifest.json'));
  // The run stops after the current article; nothing is renamed into place before the end, so the previous reports stay.
  let signal: NodeJS.Signals | null = null;
  // (SIGHUP too: the launcher passes on a closed terminal's hang-up, which would otherwise leave the temporary files)
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, () => { signal ??= sig; });
  const notes: string[] = [];
  const progress = progressBar(process.stderr, !values.quiet);
  const onArticle = (done: number, r: ResultDigest | null) => {
    progress.tick(done);
    const why = r && r.statements.length === 0 ? r.messages.find((m) => m.ruleId.startsWith('no-statements')) : undefined;
    if (r && why) notes.push(`note: ${r.article.source}: ${why.reason}`);
  };
  let summary;
  try {
    summary = await runPipelineUntil({
      inputs, ...(extensions ? { extensions } : {}), ...(encoding ? { encoding } : {}), out, context, lexicons, workers, excel: !!values.excel, force: !!values.force, ...(maxArticleBytes ? { maxArticleBytes } : {}),
      onStart: (total) => progress.start(total), onArticle,
    }, () => signal !== null);
  } catch (e) {
    progress.end();
    if (!(e instanceof PipelineError)) throw e;
    process.stderr.write(`error: ${e.message}; no report was changed\n`);
    return 1;
  }
  if ('stoppedAfter' in summary) {
    progress.end();
    process.stderr.write(`interrupted (${signal}) after ${summary.stoppedAfter} inputs: nothing was written; ${hadReports ? `the reports in ${out} are the previous complete ones` : `${out} has no reports`}, and no temporary file was left\n`);
    return signal === 'SIGTERM' ? 143 : signal === 'SIGHUP' ? 129 : 130;
  }
  progress.end();
  for (const f of summary.failures) process.stderr.write(`error: ${f.source}: ${f.problem}\n`);
  // A kept CSV is a warning, not an error: said even with --quiet, since the reviewer must know where the new file went.
  for (const k of summary.kept) process.stderr.write(`warning: ${k}\n`);
  for (const k of summary.stale) process.stderr.write(`warning: ${k}\n`);
  // (said even with --quiet: the reports in --out are not this run's)
  if (!summary.written) process.stderr.write(`error: no article could be read, so no report was written: ${hadReports ? `the reports in ${out} are the previous run's, unchanged` : `${out} has no reports`}\n`);
  if (!values.quiet) for (const n of notes) process.stdout.write(`${n}\n`);
  if (!values.quiet) {
    const { skipped, files } = expandInputs(inputs, extensions);
    process.stdout.write(formatSummary(summary, skipped, extensions, files));
  }
  return summary.failures.length || !summary.written ? 1 : 0;
}

// (tests: the heap limit this process got from pipeline/cli.ts)
if (process.env.STANCE_ATTRIBUTION_PRINT_HEAP) process.stderr.write(`heap limit ${Math.round(getHeapStatistics().heap_size_limit / 2 ** 20)} MB, malloc arenas ${process.env.MALLOC_ARENA_MAX ?? 'default'}\n`);
toleratePipeClose();
process.exitCode = await main(process.argv.slice(2));
