// One measurement of the benchmark, in a process of its own so that its peak RSS is its own. Prints one JSON line.
//   measure.ts '{"mode":"wink","inputs":[...]}'                         wink-nlp alone: the floor
//   measure.ts '{"mode":"pipeline","inputs":[...],"out":"…","workers":N}' the full pipeline, reports written
import { readFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { DEFAULT_MAX_ARTICLE_BYTES, expandInputs } from '../../src/ingest/read-inputs.js';
import { runPipelineUntil } from '../runner.js';
import { threadCpuSeconds } from '../parallel/thread-cpu.js';

export interface MeasureConfig { mode: 'wink' | 'pipeline'; inputs: string[]; out?: string; workers?: number }
export interface Measurement {
  mode: string;
  workers: number;
  articles: number;
  bytes: number;
  tokens: number;
  statements: number;
  /** Wall-clock and CPU seconds (CPU of all threads of the process). */
  seconds: number;
  cpuSeconds: number;
  /** CPU seconds of the main thread alone (Linux; null elsewhere): with workers, reading, writing and its share of the analysis. */
  mainThreadCpuSeconds: number | null;
  /** With workers: the CPU seconds the main thread spent analysing its own share, and how many articles that was (Linux; null elsewhere). */
  mainAnalysisCpuSeconds?: number | null;
  mainArticles?: number;
  /** With workers: the articles each worker thread analysed. */
  workerArticles?: number[];
  /** With workers: the main thread's wall seconds analysing, reading or waiting, and handing results on; the seconds results
   *  done out of order waited to be handed on; each worker thread's idle seconds and its articles' seconds in its queue. */
  mainSeconds?: { analysing: number; waiting: number; handingOn: number; reorder: number };
  workerIdleSeconds?: Array<number | null>;
  workerQueuedSeconds?: number[];
  /** CPU seconds of each worker's JavaScript thread from when it was ready (Linux; null elsewhere). */
  workerThreadCpuSeconds: Array<number | null>;
  /** Peak resident set of the whole process (main thread and worker threads share it). */
  peakRssMB: number;
  /** Peak V8 heap + external memory of the main thread and of each worker thread. */
  mainHeapMB: number;
  workerHeapMB: number[];
}

const MB = 1024 * 1024;

const mainThreadCpu = (): number | null => threadCpuSeconds(process.pid);

let mainHeapPeak = 0;
const sampleHeap = (): void => {
  const h = getHeapStatistics();
  mainHeapPeak = Math.max(mainHeapPeak, h.total_heap_size + h.external_memory);
};

async function main(config: MeasureConfig): Promise<Measurement> {
  const { files } = expandInputs(config.inputs);
  const workers = config.workers ?? 1;
  // Load and warm the model outside the timing, as a long-running job would have (a pool warms up every analysing
  // thread itself, this one included, and says when it is ready). Imported only when used.
  const { winkFloor } = config.mode === 'wink' ? await import('./wink-floor.js') : { winkFloor: null };
  if (winkFloor) winkFloor('Warm up. The model loads here.');
  if (config.mode === 'pipeline' && workers <= 1) (await import('../../src/analyze.js')).analyzeArticle('Warm up\nThe ministry said the model loads here.');
  sampleHeap();
  let cpu0 = process.cpuUsage();
  let t0 = performance.now();
  let main0 = mainThreadCpu();
  let articles = 0;
  let bytes = 0;
  let tokens = 0;
  let statements = 0;
  let workerHeapMB: number[] = [];
  let workerThreadCpuSeconds: Array<number | null> = [];
  let mainShare: Pick<Measurement, 'mainAnalysisCpuSeconds' | 'mainArticles' | 'workerArticles' | 'mainSeconds' | 'workerIdleSeconds' | 'workerQueuedSeconds'> | null = null;
  if (config.mode === 'wink') {
    for (const f of files) {
      const raw = readFileSync(f);
      bytes += raw.length;
      tokens += (winkFloor as (text: string) => number)(raw.toString('utf8'));
      articles++;
      if (articles % 64 === 0) sampleHeap();
    }
  } else {
    let largest = 0;
    for (const f of files) { const n = readFileSync(f).length; bytes += n; largest = Math.max(largest, n); }
    const run = await runPipelineUntil({
      // The default limit unless an input is larger (the long article): it also sizes the workers' heaps.
      inputs: config.inputs, out: config.out ?? 'outputs/bench/out', workers, maxArticleBytes: Math.max(DEFAULT_MAX_ARTICLE_BYTES, largest),
      onArticle: (done) => { if (done % 64 === 0) sampleHeap(); },
      // Workers load their models when they start: the clock starts when they are ready, as it does for one worker
      // after its warm-up above.
      onReady: () => { if (workers > 1) { cpu0 = process.cpuUsage(); t0 = performance.now(); main0 = mainThreadCpu(); } },
    }, () => false);
    if ('stoppedAfter' in run) throw new Error('the bench run stopped early');
    const summary = run;
    if (summary.failures.length) throw new Error(`bench inputs failed: ${summary.failures.map((x) => x.problem).join('; ')}`);
    articles = summary.articles;
    statements = summary.statements;
    workerHeapMB = (summary.workerStats ?? []).map((w) => w.peakHeapBytes / MB);
    workerThreadCpuSeconds = (summary.workerStats ?? []).map((w) => (w.cpuSeconds === null || w.cpuSecondsAtReady === null ? null : w.cpuSeconds - w.cpuSecondsAtReady));
    const m = summary.mainStats;
    const ws = summary.workerStats ?? [];
    if (m) {
      mainShare = {
        mainAnalysisCpuSeconds: m.analysisCpuSeconds, mainArticles: m.articles, workerArticles: ws.map((w) => w.articles),
        mainSeconds: { analysing: m.analysingSeconds ?? 0, waiting: m.waitingSeconds ?? 0, handingOn: m.handingOnSeconds ?? 0, reorder: m.reorderSeconds ?? 0 },
        workerIdleSeconds: ws.map((w) => (w.idleSeconds === undefined || w.idleSecondsAtReady === undefined ? null : w.idleSeconds - w.idleSecondsAtReady)),
        workerQueuedSeconds: ws.map((w) => w.queuedSeconds ?? 0),
      };
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const main1 = mainThreadCpu();
  sampleHeap();
  return {
    mode: config.mode, workers, articles, bytes, tokens, statements, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6,
    mainThreadCpuSeconds: main0 === null || main1 === null ? null : main1 - main0, workerThreadCpuSeconds, ...(mainShare ?? {}),
    peakRssMB: process.resourceUsage().maxRSS / 1024, mainHeapMB: mainHeapPeak / MB, workerHeapMB,
  };
}

const arg = process.argv[2];
if (!arg) { process.stderr.write('usage: measure.ts <json config> (run by bench.ts)\n'); process.exit(2); }
process.stdout.write(`${JSON.stringify(await main(JSON.parse(arg) as MeasureConfig))}\n`);
