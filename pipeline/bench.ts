// npm run bench: how fast the pipeline is against wink-nlp alone, whether cost grows linearly with corpus size and
// article length, what worker threads gain, and the peak memory of each. Every measurement runs in its own process on
// a deterministic synthetic corpus written under outputs/bench/ (not committed).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSeedArticles, longArticle, syntheticCorpus, variantsFor } from './bench/synthetic-corpus.js';
import type { MeasureConfig, Measurement } from './bench/measure.js';
import { DEFAULT_MAX_ARTICLE_BYTES, heapFlags, runEnv } from './parallel/heap.js';
import { cpuSplit, projectedSpeedup, type CpuSplit } from './bench/projection.js';

const HELP = `Usage: npm run bench -- [options]

Builds a synthetic corpus from corpus/articles/ under outputs/bench/ and measures, each in a process of its own:
wink-nlp alone (the floor), the full pipeline (reports written), the pipeline at 1x, 2x and 4x the corpus, one very
long article, and the pipeline on N worker threads.

Options:
  --workers N     worker threads for the parallel run (default 2)
  --mb N          size of the 1x corpus in MB (default 5)
  --long-mb N     size of the long article in MB (default 2)
  --scales LIST   corpus sizes to compare (default 1,2,4)
  --seed N        PRNG seed of the corpus (default 42)
  --repeat N      run the 1-worker and N-worker measurements N times each, alternating, and keep the fastest
                  (default 1; use 2-3 on a shared machine, whose other load slows single runs unevenly)
  --heap-mb N     run the measurements with node --max-old-space-size=N instead of the CLI's heap flags
  --v8-defaults   run the measurements without the CLI's heap flags (V8's own heap sizing), to compare
  --json          print the measurements as JSON instead of a table
  -h, --help      show this help
`;

// The repository root: pipeline/ under tsx, dist/pipeline/ when built.
const ROOT = resolve(new URL(import.meta.url.endsWith('.ts') ? '..' : '../..', import.meta.url).pathname);
const BENCH = join(ROOT, 'outputs', 'bench');
const MB = 1024 * 1024;

interface Options { workers: number; mb: number; longMb: number; scales: number[]; seed: number; repeat: number; heapMb: number | null; v8Defaults: boolean; json: boolean }

function options(argv: string[]): Options | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      workers: { type: 'string' }, mb: { type: 'string' }, 'long-mb': { type: 'string' }, scales: { type: 'string' },
      seed: { type: 'string' }, repeat: { type: 'string' }, 'heap-mb': { type: 'string' }, 'v8-defaults': { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) { process.stdout.write(HELP); return null; }
  const num = (v: string | undefined, d: number): number => {
    const n = v === undefined ? d : Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`expected a positive number, got "${v}"`);
    return n;
  };
  return {
    workers: Math.floor(num(values.workers, 2)), mb: num(values.mb, 5), longMb: num(values['long-mb'], 2),
    scales: (values.scales ?? '1,2,4').split(',').map((s) => num(s, 1)), seed: Math.floor(num(values.seed, 42)), repeat: Math.floor(num(values.repeat, 1)), heapMb: values['heap-mb'] === undefined ? null : Math.floor(num(values['heap-mb'], 0)), v8Defaults: !!values['v8-defaults'], json: !!values.json,
  };
}

/** Writes the corpus at each scale as one directory of .txt files, unless the same one is already there. */
function buildCorpus(o: Options): { dirs: Map<number, string>; long: string } {
  const seeds = loadSeedArticles(join(ROOT, 'corpus', 'articles'));
  const base = variantsFor(seeds, o.mb * MB);
  const dirs = new Map<number, string>();
  for (const scale of o.scales) {
    const variants = Math.round(base * scale);
    const dir = join(BENCH, 'corpus', `x${scale}-seed${o.seed}-v${variants}`);
    dirs.set(scale, dir);
    if (existsSync(join(dir, '.complete'))) continue;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const a of syntheticCorpus(seeds, variants, o.seed)) writeFileSync(join(dir, `${a.id}.txt`), a.text);
    writeFileSync(join(dir, '.complete'), '');
  }
  const long = join(BENCH, 'corpus', `long-${o.longMb}mb-seed${o.seed}.txt`);
  if (!existsSync(long)) writeFileSync(long, longArticle(seeds, o.longMb * MB, o.seed));
  return { dirs, long };
}

let nodeFlags: string[] = [];
let flagsFor: (maxArticleBytes: number, workers: number) => string[] = heapFlags;

/** A measurement in a process of its own, with the node flags the CLI would give it (pipeline/cli.ts). */
function measure(config: MeasureConfig, maxArticleBytes = DEFAULT_MAX_ARTICLE_BYTES): Measurement {
  const self = new URL(import.meta.url);
  const script = new URL(self.pathname.endsWith('.ts') ? './bench/measure.ts' : './bench/measure.js', self).pathname;
  const r = spawnSync(process.execPath, [...process.execArgv, ...flagsFor(maxArticleBytes, config.workers ?? 1), script, JSON.stringify(config)], { cwd: ROOT, env: flagsFor === heapFlags ? runEnv(process.env, config.workers ?? 1) : process.env, encoding: 'utf8', maxBuffer: 16 * MB });
  if (r.status !== 0) throw new Error(`measurement ${JSON.stringify(config)} failed (${r.status ?? r.signal}):\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() as string) as Measurement;
}

interface Report {
  machine: { cpus: number; cpuModel: string; memoryGB: number; node: string; nodeFlags: string[]; loadAverageBefore: number[]; loadAverageAfter: number[] };
  corpus: { mb: number; articles: number; tokens: number; seed: number; repeat: number };
  wink: Measurement;
  pipeline: Measurement;
  ratio: { pipelineOverWink: number; pipelineOverWinkCpu: number };
  scales: Array<{ scale: number; m: Measurement; secondsPerMB: number; ratioToFirst: number; cpuSecondsPerMB: number; cpuRatioToFirst: number }>;
  long: { mb: number; nodeFlags: string[]; wink: Measurement; pipeline: Measurement; secondsPerMB: number; ratioToCorpus: number; cpuRatioToCorpus: number };
  /**
   * speedup: by wall time (meaningless on a loaded machine). projectedSpeedup: by CPU time per thread, for this many idle
   * cores (bench/projection.ts). perCpuSecond: articles per CPU second of N workers over that of one worker.
   */
  parallel: { workers: number; nodeFlags: string[]; m: Measurement; speedup: number; projectedSpeedup: number | null; perCpuSecond: number; split1: CpuSplit | null; splitN: CpuSplit | null };
}

function run(o: Options): Report {
  const loadBefore = loadavg();
  const { dirs, long } = buildCorpus(o);
  const first = o.scales[0] as number;
  const x1 = dirs.get(first) as string;
  const out = (name: string): string => join(BENCH, 'out', name);
  const fastest = (a: Measurement | null, b: Measurement): Measurement => (a && a.seconds <= b.seconds ? a : b);
  let wink: Measurement | null = null;
  let pipeline: Measurement | null = null;
  let parallel: Measurement | null = null;
  for (let i = 0; i < o.repeat; i++) {
    wink = fastest(wink, measure({ mode: 'wink', inputs: [x1] }));
    pipeline = fastest(pipeline, measure({ mode: 'pipeline', inputs: [x1], out: out('x1-w1') }));
    parallel = fastest(parallel, measure({ mode: 'pipeline', inputs: [x1], out: out(`x1-w${o.workers}`), workers: o.workers }));
  }
  if (!wink || !pipeline || !parallel) throw new Error('no measurement');
  const perMB = (m: Measurement): number => m.seconds / (m.bytes / MB);
  const cpuPerMB = (m: Measurement): number => m.cpuSeconds / (m.bytes / MB);
  const scales = o.scales.map((scale) => {
    const m = scale === first ? pipeline : measure({ mode: 'pipeline', inputs: [dirs.get(scale) as string], out: out(`x${scale}-w1`) });
    return { scale, m, secondsPerMB: perMB(m), ratioToFirst: perMB(m) / perMB(pipeline), cpuSecondsPerMB: cpuPerMB(m), cpuRatioToFirst: cpuPerMB(m) / cpuPerMB(pipeline) };
  });
  const longBytes = Math.max(DEFAULT_MAX_ARTICLE_BYTES, statSync(long).size); // (measure.ts raises the limit to it too)
  const longWink = measure({ mode: 'wink', inputs: [long] }, longBytes);
  const longPipe = measure({ mode: 'pipeline', inputs: [long], out: out('long') }, longBytes);
  return {
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 1024 ** 3), node: process.version, nodeFlags, loadAverageBefore: loadBefore, loadAverageAfter: loadavg() },
    corpus: { mb: pipeline.bytes / MB, articles: pipeline.articles, tokens: wink.tokens, seed: o.seed, repeat: o.repeat },
    wink, pipeline,
    ratio: { pipelineOverWink: wink.seconds / pipeline.seconds, pipelineOverWinkCpu: wink.cpuSeconds / pipeline.cpuSeconds },
    scales,
    long: { mb: longPipe.bytes / MB, nodeFlags: flagsFor(longBytes, 1), wink: longWink, pipeline: longPipe, secondsPerMB: perMB(longPipe), ratioToCorpus: perMB(longPipe) / perMB(pipeline), cpuRatioToCorpus: cpuPerMB(longPipe) / cpuPerMB(pipeline) },
    parallel: {
      workers: o.workers, nodeFlags: flagsFor(DEFAULT_MAX_ARTICLE_BYTES, o.workers), m: parallel, speedup: pipeline.seconds / parallel.seconds,
      projectedSpeedup: projectedSpeedup(pipeline, parallel, cpus().length), perCpuSecond: pipeline.cpuSeconds / parallel.cpuSeconds,
      split1: cpuSplit(pipeline), splitN: cpuSplit(parallel),
    },
  };
}

function table(r: Report): string {
  const f = (n: number, d = 2): string => n.toFixed(d);
  const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const rate = (label: string, m: Measurement, tokens: number): string => row([
    label, String(m.articles), f(m.bytes / MB), f(m.seconds), f(m.cpuSeconds), f(m.articles / m.seconds, 0), f(m.bytes / MB / m.seconds), f(tokens / m.seconds / 1000, 0),
    f(m.peakRssMB, 0), m.workers > 1 ? `main ${f(m.mainHeapMB, 0)}, workers ${m.workerHeapMB.map((x) => f(x, 0)).join(' / ')}` : f(m.mainHeapMB, 0),
  ]);
  const lines = [
    `Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGB} GB, Node ${r.machine.node}; load average ${r.machine.loadAverageBefore.map((x) => f(x)).join(' ')} before, ${r.machine.loadAverageAfter.map((x) => f(x)).join(' ')} after`,
    `Corpus: ${r.corpus.articles} synthetic articles, ${f(r.corpus.mb)} MB, ${r.corpus.tokens} tokens (seed ${r.corpus.seed}); fastest of ${r.corpus.repeat} run(s) for the first three rows`,
    '',
    row(['run', 'articles', 'MB', 'wall s', 'CPU s', 'articles/s', 'MB/s', 'K tokens/s', 'peak RSS MB', 'heap MB']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---']),
    rate('wink-nlp alone (floor)', r.wink, r.corpus.tokens),
    rate('pipeline, 1 worker', r.pipeline, r.corpus.tokens),
    rate(`pipeline, ${r.parallel.workers} workers`, r.parallel.m, r.corpus.tokens),
    rate(`wink-nlp alone, one ${f(r.long.mb, 1)} MB article`, r.long.wink, r.long.wink.tokens),
    rate(`pipeline, one ${f(r.long.mb, 1)} MB article`, r.long.pipeline, r.long.wink.tokens),
    '',
    `pipeline / wink-nlp speed: ${f(r.ratio.pipelineOverWink)} by wall time, ${f(r.ratio.pipelineOverWinkCpu)} by CPU time (target ≥ 0.5)`,
    `${r.parallel.workers} workers / 1 worker: ${f(r.parallel.speedup)}× (target ≥ 1.7× for 2 workers on 2 cores)`,
    `${r.parallel.workers} workers / 1 worker projected for ${r.machine.cpus} idle cores from CPU time per thread: ${r.parallel.projectedSpeedup === null ? 'n/a (no per-thread CPU figures)' : `${f(r.parallel.projectedSpeedup)}×`}; articles per CPU second: ${f(r.parallel.perCpuSecond)}× one worker's`,
    `CPU s: 1 worker ${f(r.pipeline.cpuSeconds, 1)}${r.parallel.split1 ? ` (its JavaScript thread ${f(r.parallel.split1.main, 1)}, V8's helper threads ${f(r.parallel.split1.helpers, 1)})` : ''}; ${r.parallel.workers} workers ${f(r.parallel.m.cpuSeconds, 1)}${r.parallel.splitN ? ` (worker threads' JavaScript ${r.parallel.splitN.workers.map((x) => f(x, 1)).join(' / ')} for ${(r.parallel.m.workerArticles ?? []).join(' / ')} articles, main thread reading, writing and analysing its share ${f(r.parallel.splitN.main, 1)}${typeof r.parallel.m.mainAnalysisCpuSeconds === 'number' ? ` (of which analysing ${r.parallel.m.mainArticles ?? 0} articles ${f(r.parallel.m.mainAnalysisCpuSeconds, 1)})` : ''}, V8's helper threads ${f(r.parallel.splitN.helpers, 1)})` : ''}`,
    ...(r.parallel.m.mainSeconds ? [`${r.parallel.workers} workers, wall s: main thread analysing ${f(r.parallel.m.mainSeconds.analysing, 1)}, reading or waiting for a worker thread ${f(r.parallel.m.mainSeconds.waiting, 1)}, handing results on (writing) ${f(r.parallel.m.mainSeconds.handingOn, 1)}; results done out of order waited ${f(r.parallel.m.mainSeconds.reorder, 1)} in all; worker threads idle ${(r.parallel.m.workerIdleSeconds ?? []).map((x) => (x === null ? 'n/a' : f(x, 1))).join(' / ')}, their articles queued ${(r.parallel.m.workerQueuedSeconds ?? []).map((x) => f(x, 1)).join(' / ')} in all`] : []),
    '',
    row(['corpus size', 'MB', 'wall s/MB', 'ratio to 1×', 'CPU s/MB', 'CPU ratio to 1×', 'peak RSS MB']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...r.scales.map((s) => row([`${s.scale}×`, f(s.m.bytes / MB), f(s.secondsPerMB, 3), f(s.ratioToFirst), f(s.cpuSecondsPerMB, 3), f(s.cpuRatioToFirst), f(s.m.peakRssMB, 0)])),
    row([`one ${f(r.long.mb, 1)} MB article`, f(r.long.mb), f(r.long.secondsPerMB, 3), f(r.long.ratioToCorpus), f(r.long.pipeline.cpuSeconds / r.long.mb, 3), f(r.long.cpuRatioToCorpus), f(r.long.pipeline.peakRssMB, 0)]),
    '',
    `Node flags (as the CLI sets them, with MALLOC_ARENA_MAX=2, 1 with workers, and MALLOC_MMAP_THRESHOLD_=32768, unless --heap-mb or --v8-defaults): ${r.machine.nodeFlags.join(' ') || 'none'}; with ${r.parallel.workers} workers ${r.parallel.nodeFlags.join(' ') || 'none'}; for the long article ${r.long.nodeFlags.join(' ') || 'none'}.`,
    'Linear growth keeps the per-MB ratios near 1.00. Peak RSS is the whole process: with workers, the main thread and',
    'every worker thread together; the heap column splits it (V8 heap + external memory per thread).',
  ];
  return `${lines.join('\n')}\n`;
}

const o = options(process.argv.slice(2));
if (o) {
  if (o.heapMb) flagsFor = () => [`--max-old-space-size=${o.heapMb as number}`];
  else if (o.v8Defaults) flagsFor = () => [];
  nodeFlags = flagsFor(DEFAULT_MAX_ARTICLE_BYTES, 1);
  mkdirSync(BENCH, { recursive: true });
  const report = run(o);
  writeFileSync(join(BENCH, 'last.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(o.json ? `${JSON.stringify(report, null, 2)}\n` : table(report));
}
