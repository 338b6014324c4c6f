#!/usr/bin/env node
// `npm run eval`: scores the pipeline against the local gold corpus and the external corpora (../shared/EVALUATION.md),
// prints tables or JSON, and decides the exit code (0 done, 2 usage error). Missing external corpora are skipped.
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateLocalCorpus } from '../src/eval/local.js';
import { evaluatePolnear, polnearAvailable } from '../src/eval/polnear.js';
import { basilAvailable, evaluateBasil } from '../src/eval/basil.js';
import { formatBasilFigures, formatLocalFigures, formatPolnearFigures } from '../src/eval/report.js';
import type { EvalOptions } from '../src/eval/run.js';
import { SPLIT_NAMES } from '../src/eval/splits.js';
import type { SplitName } from '../src/eval/splits.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_CORPORA = join(REPO_ROOT, '..', 'shared', 'corpora');

const HELP = `Usage: npm run eval -- [options]

Scores the pipeline's statements, speakers, acts, framing and stance against gold labels, as ../shared/EVALUATION.md defines.

Options:
  --corpus local|polnear|basil|all   which corpus (default local: corpus/articles + corpus/gold; all: local, PolNeAR dev, BASIL)
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
  return {
    corpus: values.corpus as CorpusChoice,
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

function runLocal(options: CliOptions): Outcome {
  const { figures, warnings } = evaluateLocalCorpus(join(REPO_ROOT, 'corpus'), options.eval);
  return { name: 'local', figures, warnings, lines: formatLocalFigures(figures, 'Local corpus (corpus/articles + corpus/gold)') };
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

process.exitCode = main(process.argv.slice(2));
