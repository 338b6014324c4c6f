#!/usr/bin/env node
// `npm run eval`: scores the pipeline against the local gold corpus and the external corpora (../shared/EVALUATION.md),
// prints tables or JSON, and decides the exit code (0 done, 2 usage error). Missing external corpora are skipped.
import { parseArgs } from 'node:util';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateLocalCorpus } from '../src/eval/local.js';
import { evaluatePolnear, polnearAvailable } from '../src/eval/polnear.js';
import { basilAvailable, evaluateBasil } from '../src/eval/basil.js';
import { formatBasilFigures, formatLocalFigures, formatPolnearFigures } from '../src/eval/report.js';
import type { EvalOptions } from '../src/eval/run.js';
import { SPLIT_NAMES } from '../src/eval/splits.js';
import type { SplitName } from '../src/eval/splits.js';
import { toleratePipeClose } from './summary.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_CORPORA = join(REPO_ROOT, '..', 'shared', 'corpora');

const HELP = `Usage: npm run eval -- [options]

Scores the pipeline's statements, speakers, acts, framing and stance against gold labels, as ../shared/EVALUATION.md defines.

Options:
  --corpus local|polnear|basil|all   which corpus (default local: corpus/articles + corpus/gold; all: local, PolNeAR dev, BASIL)
  --corpus-dir DIR                   the local corpus is DIR (your own labelled folder: DIR/articles/<id>.txt with
                                     DIR/gold/<id>.json, as in corpus/) instead of this repository's corpus/. Its
                                     DIR/splits.json is optional: without it every article counts as one set
  --split dev|train                  PolNeAR split (default dev; tune on train, report dev)
  --local-split LIST                 local corpus: score only these splits of corpus/splits.json (comma list of
                                     train, dev, test; default all). The test articles' errors are listed only when
                                     LIST names test: they are held out, read by no one tuning the pipeline
  --corpora DIR                      external corpora folder (default ../shared/corpora)
  --limit N                          only the first N articles of each corpus
  --worst N                          errors listed per error kind (default 10)
  --json                             write the figures as JSON to stdout instead of tables
  -h, --help                         show this help
`;

const CORPORA = ['local', 'polnear', 'basil', 'all'] as const;
type CorpusChoice = (typeof CORPORA)[number];

interface CliOptions {
  corpus: CorpusChoice;
  split: 'dev' | 'train';
  corpora: string;
  /** The local corpus folder (articles/ + gold/). */
  corpusDir: string;
  /** Whether it is another folder than this repository's corpus/ (named so in the output). */
  ownCorpus: boolean;
  json: boolean;
  eval: EvalOptions;
}

class UsageError extends Error {}

function nonNegativeInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/u.test(value)) throw new UsageError(`--${name} needs a whole number, got ${JSON.stringify(value)}`);
  return Number(value);
}

function parseOptions(argv: string[]): CliOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      corpus: { type: 'string', default: 'local' },
      split: { type: 'string', default: 'dev' },
      'local-split': { type: 'string' },
      corpora: { type: 'string', default: DEFAULT_CORPORA },
      'corpus-dir': { type: 'string' },
      limit: { type: 'string' },
      worst: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  if (!CORPORA.includes(values.corpus as CorpusChoice)) throw new UsageError(`--corpus must be one of ${CORPORA.join(', ')}`);
  if (values.split !== 'dev' && values.split !== 'train') throw new UsageError('--split must be dev or train');
  const localSplits = values['local-split']?.split(',').map((name) => name.trim());
  for (const name of localSplits ?? []) {
    if (!(SPLIT_NAMES as readonly string[]).includes(name)) throw new UsageError(`--local-split takes a comma list of ${SPLIT_NAMES.join(', ')}, got ${JSON.stringify(name)}`);
  }
  const corpusDir = resolve(values['corpus-dir'] ?? join(REPO_ROOT, 'corpus'));
  if (values['corpus-dir'] !== undefined) {
    if (values.corpus !== 'local' && values.corpus !== 'all') throw new UsageError('--corpus-dir is the local corpus: use it with --corpus local (or all)');
    const missingParts = ['articles', 'gold'].filter((part) => !isFolder(join(corpusDir, part)));
    if (!isFolder(corpusDir)) throw new UsageError(`--corpus-dir ${corpusDir}: no such folder`);
    if (missingParts.length) throw new UsageError(`--corpus-dir ${corpusDir} has no ${missingParts.map((part) => `${part}/`).join(' or ')} folder: it needs articles/<id>.txt and gold/<id>.json, as corpus/ has`);
    if (localSplits && !existsSync(join(corpusDir, 'splits.json'))) throw new UsageError(`--local-split needs ${join(corpusDir, 'splits.json')} (without it every article counts as one set)`);
  }
  return {
    corpus: values.corpus as CorpusChoice,
    corpusDir,
    ownCorpus: values['corpus-dir'] !== undefined,
    split: values.split,
    corpora: resolve(values.corpora),
    json: values.json,
    eval: { limit: nonNegativeInteger('limit', values.limit), worst: nonNegativeInteger('worst', values.worst) ?? 10, localSplits: localSplits as SplitName[] | undefined },
  };
}

/** Each evaluation's printable lines and JSON; `null` figures and a `skipped` message when its corpus is not there. */
interface Outcome {
  name: string;
  figures: unknown;
  skipped?: string;
  warnings: string[];
  lines: string[];
}

const isFolder = (path: string): boolean => { try { return statSync(path).isDirectory(); } catch { return false; } };

function runLocal(options: CliOptions): Outcome {
  const { figures, warnings } = evaluateLocalCorpus(options.corpusDir, options.eval);
  if (!options.ownCorpus) return { name: 'local', figures, warnings, lines: formatLocalFigures(figures, 'Local corpus (corpus/articles + corpus/gold)') };
  // (without a splits.json every article is one set: the by-split rows would only repeat the whole as "train")
  const own = existsSync(join(options.corpusDir, 'splits.json')) ? figures : { ...figures, splits: {}, errorScope: 'all errors' };
  if (own.articles === 0) warnings.push(`${options.corpusDir}: no article has both articles/<id>.txt and a valid gold/<id>.json (node corpus/tools/check-gold.mjs ${options.corpusDir} says why)`);
  return { name: 'local', figures: own, warnings, lines: formatLocalFigures(own, `Corpus ${options.corpusDir} (articles/ + gold/)`) };
}

/** A missing external corpus is not an error: it is reported once, on stdout, and skipped. */
function missing(name: string, path: string): Outcome {
  const message = `${name}: corpus not found at ${path}; skipped (it lives in ../shared/corpora, see its README.md)`;
  return { name, figures: null, skipped: message, warnings: [], lines: [`== ${message} ==`] };
}

function runPolnear(options: CliOptions): Outcome {
  const root = join(options.corpora, 'polnear');
  const name = `polnear-${options.split}`;
  if (!polnearAvailable(root, options.split)) return missing(name, join(root, options.split));
  const { figures, warnings } = evaluatePolnear(root, options.split, options.eval);
  return { name, figures, warnings, lines: formatPolnearFigures(figures, `PolNeAR ${options.split} (Newell et al., LREC 2018)`) };
}

function runBasil(options: CliOptions): Outcome {
  const root = join(options.corpora, 'basil');
  if (!basilAvailable(root)) return missing('basil', root);
  const { figures, warnings } = evaluateBasil(root, options.eval);
  return { name: 'basil', figures, warnings, lines: formatBasilFigures(figures, 'BASIL 2010–2014 (Fan et al., EMNLP 2019)') };
}

function main(argv: string[]): number {
  let options: CliOptions | 'help';
  try {
    options = parseOptions(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  const chosen = options.corpus;
  const runs = [
    chosen === 'local' || chosen === 'all' ? runLocal : null,
    chosen === 'polnear' || chosen === 'all' ? runPolnear : null,
    chosen === 'basil' || chosen === 'all' ? runBasil : null,
  ].filter((run) => run !== null);
  const outcomes: Outcome[] = [];
  for (const run of runs) {
    const outcome = run(options);
    outcomes.push(outcome);
    for (const warning of outcome.warnings) process.stderr.write(`warning: ${warning}\n`);
    if (!options.json) process.stdout.write(`${outcome.lines.join('\n')}\n\n`);
  }
  if (options.json) {
    const json = Object.fromEntries(outcomes.map((o) => [o.name, { figures: o.figures, warnings: o.warnings, ...(o.skipped ? { skipped: o.skipped } : {}) }]));
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  }
  return 0;
}

toleratePipeClose();
process.exitCode = main(process.argv.slice(2));
