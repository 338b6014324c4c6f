// Articles to analyses, in input order: in process (one worker) or, with N workers, on this thread and N - 1 worker
// threads, each with its own wink instance. Results come back in any order and are handed on in input order, so the
// reports are byte-identical to one worker. At most `maxInFlight` articles are sent out or waiting to be handed on, so
// memory stays bounded.
import { Worker } from 'node:worker_threads';
import type { Article } from '../../src/model/document.js';
import type { StageContext } from '../../src/model/stage.js';
import type { InputItem } from '../../src/ingest/read-inputs.js';
import type { Analysis } from './analyze-one.js';
import type { ReadyArticle } from '../../src/output/report-writer.js';
import type { LexiconSources } from './lexicons.js';
import type { OracleKind } from '../../src/stages/speakers/name-oracle.js';
import { workerHeapMb } from './heap.js';
import { threadCpuSeconds } from './thread-cpu.js';

/** An article for a worker thread; `sentAt` (ms since the epoch) lets the worker tell how long it waited in its queue. */
export interface Job { seq: number; article: Article; sentAt: number }
/** What one worker's name oracle read, passed on to the others so that each name costs compromise once, not once per worker. */
export interface Learn { learn: Array<[string, OracleKind]> }
export type ToWorker = Job | Learn;
/** The first message of a worker: its models are loaded. */
export interface Ready { ready: true; cpuSeconds: number | null; idleSeconds: number }
/**
 * A worker's answer. With reports to write, the reports' text and the result's digest (ReadyArticle); else the analysis
 * as JSON text: plain data, and serialising and parsing it costs about a third of a structured clone's (measured: 0.28
 * vs 0.82 ms per bench article).
 */
export interface Reply { seq: number; analysisJson?: string; reports?: ReadyArticle; peakHeapBytes: number; cpuSeconds: number | null; learned: Array<[string, OracleKind]>; queuedSeconds: number; idleSeconds: number }

/** An input item and, when it is an article, its analysis. */
export interface Analyzed { item: InputItem; analysis?: Analysis }

export interface PoolOptions {
  /** 1 (default) analyses in this thread; N > 1 analyses on this thread and N - 1 worker threads. */
  workers?: number;
  /** The built context of this thread (else built from `lexicons`). */
  context?: Partial<StageContext>;
  /** The extra lexicons each worker thread builds its context from. */
  lexicons?: LexiconSources;
  /** Articles sent out or done but not yet handed on (default 4 per worker). */
  maxInFlight?: number;
  /** The largest article accepted; sizes each worker's heap (default DEFAULT_MAX_ARTICLE_BYTES). */
  maxArticleBytes?: number;
  /** Workers make the reports' text too (PreparedArticle): the main thread then only appends it. */
  prepare?: boolean;
  /** With `prepare`: the report writer's staging folder, where workers write each article's JSON themselves. */
  stagingFolder?: string;
  /** Called once every analysing thread has loaded its models (at once with one worker): a benchmark starts its clock here. */
  onReady?: () => void;
  /** Filled with what this thread analysed itself when it shares the work with worker threads (a benchmark reads it). */
  mainStats?: MainStats;
}

/** The articles this thread analysed beside the worker threads, and the CPU seconds that took (Linux; null elsewhere). */
export interface MainStats {
  articles: number; analysisCpuSeconds: number | null;
  /** Wall seconds from the start of the work: this thread analysing, reading inputs and waiting for a worker thread's answer (nothing else to
   *  do: the window of articles in flight full, or the input read), and handing results on (the report writer's time). */
  analysingSeconds?: number; waitingSeconds?: number; handingOnSeconds?: number;
  /** Seconds results analysed out of order waited, summed, before the ones ahead of them were done and they could be handed on. */
  reorderSeconds?: number;
}

export { workerHeapMb } from './heap.js';

/**
 * Each worker's V8 young generation when the process was started without --max-semi-space-size. The CLI and the bench
 * start it with that flag (heap.ts, semiSpaceMb), and V8 lets the flag override a worker's resourceLimits: checked on
 * Node 20.20 (2026-11-29), a worker given 8 MB here had a 4 MB new space under --max-semi-space-size=2 and an 8 MB one
 * without the flag. So this size applies only when the user sized the heap themselves (cli.ts then adds no flags).
 * An article's garbage dies young, so a small nursery costs no measurable CPU (400 bench articles, 2 workers, run side
 * by side: 11.7 CPU s with V8's default, 11.9 with 8 MB) and keeps the process smaller (peak RSS 325 → 267 MB).
 */
export const WORKER_YOUNG_MB = 8;

/**
 * The largest article (in UTF-16 code units of its text) this thread analyses itself when it shares the work with worker
 * threads; a longer one goes to a worker thread, where running out of memory costs that article alone and not the
 * run. News articles are 2-50 KB; at 64 K characters an article takes a few tenths of a second, during which the
 * articles queued on the worker threads keep them busy.
 */
export const MAIN_THREAD_MAX_CHARS = 64 * 1024;

/** Articles queued on each worker thread before this thread takes one itself. */
const QUEUED_PER_WORKER = 4;

/**
 * Per worker thread: articles done, peak V8 heap + external memory, and the CPU seconds of its JavaScript thread when
 * it was ready and after its last article (Linux; null elsewhere), so a benchmark can tell the workers' own work from
 * V8's helper threads.
 */
export interface WorkerStats {
  articles: number; peakHeapBytes: number; cpuSecondsAtReady: number | null; cpuSeconds: number | null;
  /** Seconds its articles waited in its queue (sent to the start of their analysis), summed; and its event loop's idle
   *  seconds from ready to its last answer (performance.eventLoopUtilization): time with no article to analyse. */
  queuedSeconds?: number; idleSecondsAtReady?: number; idleSeconds?: number;
}

export async function* analyzeAll(items: Iterable<InputItem> | AsyncIterable<InputItem>, opts: PoolOptions = {}, stats: WorkerStats[] = []): AsyncGenerator<Analyzed> {
  const n = opts.workers ?? 1;
  if (n <= 1) {
    // Loaded here, not at the top: a program that only reads the pool's types need not load the NLP models.
    const { analyzeForReports } = await import('./analyze-one.js');
    opts.onReady?.();
    for await (const item of items) yield item.ok ? { item, analysis: analyzeForReports(item.article, opts.context) } : { item };
    return;
  }
  yield* analyzeInWorkers(items, n, opts, stats);
}

/**
 * The worker script next to this module: .js when built; under tsx the .ts file, loaded through tsx's API, because
 * Node 20 does not apply an `--import tsx` loader to a worker thread's own entry file.
 */
function startWorker(workerData: { lexicons: LexiconSources | undefined; prepare: boolean; stagingFolder?: string }, heapMb: number): Worker {
  const self = new URL(import.meta.url);
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_MB };
  const built = !self.pathname.endsWith('.ts');
  const script = new URL(built ? './analyze-worker.js' : './analyze-worker.ts', self);
  const tsx = built ? '' : import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(script.href)}); });`;
  // tsx's own loader flags are left out: the bootstrap registers it.
  const execArgv: string[] = [];
  for (let i = 0; i < process.execArgv.length; i++) {
    const a = process.execArgv[i] as string;
    const next = process.execArgv[i + 1] ?? '';
    if ((a === '--import' || a === '--require') && next.includes('tsx')) { i++; continue; }
    execArgv.push(a);
  }
  const start = (argv: string[]): Worker => (built ? new Worker(script, { workerData, resourceLimits, execArgv: argv }) : new Worker(boot, { eval: true, workerData, execArgv: argv, resourceLimits }));
  try {
    return start(execArgv);
  } catch (e) {
    // V8 flags (--max-old-space-size, --single-threaded-gc …) are the process's, set for every thread already, and a
    // worker refuses them: started again without the ones it names.
    if ((e as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw e;
    const invalid = new Set(((e as Error).message.split(': ')[1] ?? '').split(', '));
    return start(execArgv.filter((a) => !invalid.has(a)));
  }
}

async function* analyzeInWorkers(items: Iterable<InputItem> | AsyncIterable<InputItem>, n: number, opts: PoolOptions, stats: WorkerStats[]): AsyncGenerator<Analyzed> {
  // This thread analyses too: N workers are this thread and N - 1 worker threads, so a pool holds one isolate (heap,
  // compiled code, V8's helper work) fewer than N worker threads beside a main thread that only writes.
  const { analyzeForReports } = await import('./analyze-one.js');
  const { contextFrom } = await import('./lexicons.js');
  const oracle = await import('../../src/stages/speakers/name-oracle.js');
  const context = opts.context ?? contextFrom(opts.lexicons);
  const threads = n - 1;
  const mainStats = opts.mainStats;
  const limit = Math.max(n, opts.maxInFlight ?? n * QUEUED_PER_WORKER);
  const source = (Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : (items as Iterable<InputItem>)[Symbol.iterator]()) as AsyncIterator<InputItem> | Iterator<InputItem>;
  const done = new Map<number, Analyzed>();
  /** When each result analysed out of order was done (performance.now()), for mainStats.reorderSeconds. */
  const doneAt = new Map<number, number>();
  const waiting = new Map<number, InputItem>(); // sent to a worker thread, by seq
  const slots: Array<{ worker: Worker; busy: Set<number>; ready: boolean }> = [];
  let wake: (() => void) | null = null;
  const notify = (): void => { const w = wake; wake = null; w?.(); };
  let mainReady = false;
  const checkReady = (): void => {
    if (!everyoneReady && mainReady && slots.every((x) => x.ready)) { everyoneReady = true; opts.onReady?.(); }
  };
  /** Names one thread's oracle read, to every other analysing thread. */
  const share = (learned: Array<[string, OracleKind]>, from: Worker | null): void => {
    if (!learned.length) return;
    if (from) oracle.learn(learned);
    for (const other of slots) if (other.worker !== from) other.worker.postMessage({ learn: learned } satisfies Learn);
  };

  const spawn = (i: number): void => {
    const worker = startWorker({ lexicons: opts.lexicons, prepare: !!opts.prepare, ...(opts.prepare && opts.stagingFolder ? { stagingFolder: opts.stagingFolder } : {}) }, workerHeapMb(opts.maxArticleBytes));
    const slot = { worker, busy: new Set<number>(), ready: false };
    slots[i] = slot;
    stats[i] ??= { articles: 0, peakHeapBytes: 0, cpuSecondsAtReady: null, cpuSeconds: null };
    worker.on('message', (r: Reply | Ready) => {
      if ('ready' in r) {
        (stats[i] as WorkerStats).cpuSecondsAtReady = r.cpuSeconds;
        (stats[i] as WorkerStats).idleSecondsAtReady = r.idleSeconds;
        slot.ready = true;
        checkReady();
        notify();
        return;
      }
      slot.busy.delete(r.seq);
      const item = waiting.get(r.seq);
      waiting.delete(r.seq);
      if (item) { done.set(r.seq, { item, analysis: r.reports ? { ok: true, ready: r.reports } : JSON.parse(r.analysisJson as string) as Analysis }); doneAt.set(r.seq, performance.now()); }
      share(r.learned, worker);
      const s = stats[i] as WorkerStats;
      s.articles++;
      s.peakHeapBytes = Math.max(s.peakHeapBytes, r.peakHeapBytes);
      s.cpuSeconds = r.cpuSeconds;
      s.queuedSeconds = r.queuedSeconds;
      s.idleSeconds = r.idleSeconds;
      notify();
    });
    // A worker that dies (out of memory, a native crash) takes only its own articles with it; a new one takes its place.
    const lost = (why: string): void => {
      if (slots[i] !== slot || closing) return;
      // A worker that fails before it is ready cannot start at all: a broken install, not a bad article.
      if (!slot.ready) { fatal ??= new Error(`worker thread could not start: ${why}`); notify(); return; }
      for (const seq of slot.busy) {
        const item = waiting.get(seq);
        waiting.delete(seq);
        if (item?.ok) done.set(seq, { item, analysis: { ok: false, problem: `article ${item.article.id} could not be processed: worker thread failed: ${why}` } });
      }
      slot.busy.clear();
      void worker.terminate();
      spawn(i);
      notify();
    };
    worker.on('error', (e) => lost(e.message));
    worker.on('exit', (code) => lost(`exited with code ${code}`));
  };

  let closing = false;
  let everyoneReady = false;
  let fatal: Error | null = null;
  for (let i = 0; i < threads; i++) spawn(i);
  // This thread loads its models while the worker threads load theirs, as each worker does before it says it is ready.
  analyzeForReports({ id: 'warm-up', source: 'warm-up', title: 'Warm up', text: 'Warm up\nThe ministry said the models load here.' }, context);
  oracle.takeLearned(); // start collecting what this thread's name oracle reads, to share it
  mainReady = true;
  checkReady();
  let nextSeq = 0;
  let nextOut = 0;
  let exhausted = false;
  /** The next input, or null at the end; an input that is no article is done at once. */
  const take = async (): Promise<{ seq: number; item: InputItem & { ok: true } } | null> => {
    for (;;) {
      const r = await source.next();
      if (r.done) { exhausted = true; return null; }
      const seq = nextSeq++;
      if (!r.value.ok) { done.set(seq, { item: r.value }); if (nextSeq - nextOut >= limit) return null; continue; }
      return { seq, item: r.value };
    }
  };
  const send = (seq: number, item: InputItem & { ok: true }): void => {
    // The least busy worker thread: a long article does not hold up the articles queued behind it.
    const slot = slots.reduce((a, b) => (b.busy.size < a.busy.size ? b : a));
    slot.busy.add(seq);
    waiting.set(seq, item);
    slot.worker.postMessage({ seq, article: item.article, sentAt: performance.timeOrigin + performance.now() } satisfies Job);
  };
  try {
    // The work starts once every thread can take it. This thread could analyse while a worker thread still loads its
    // models, but that work would come before a benchmark's clock starts (onReady) and flatter the pool's figures.
    while (!everyoneReady) {
      if (fatal) throw fatal;
      await new Promise<void>((resolve) => { wake = resolve; });
    }
    let clock = performance.now();
    /** Adds the wall time since the last call to one of mainStats' figures. */
    const spent = (what: 'analysingSeconds' | 'waitingSeconds' | 'handingOnSeconds'): void => {
      const now = performance.now();
      if (mainStats) mainStats[what] = (mainStats[what] ?? 0) + (now - clock) / 1000;
      clock = now;
    };
    for (;;) {
      // Every worker thread gets its queue of articles first.
      while (!exhausted && nextSeq - nextOut < limit && Math.min(...slots.map((x) => x.busy.size)) < QUEUED_PER_WORKER) {
        const next = await take();
        if (next) send(next.seq, next.item);
      }
      if (fatal) throw fatal;
      const ready = done.get(nextOut);
      if (ready) {
        done.delete(nextOut);
        const at = doneAt.get(nextOut);
        if (at !== undefined && mainStats) { mainStats.reorderSeconds = (mainStats.reorderSeconds ?? 0) + (performance.now() - at) / 1000; doneAt.delete(nextOut); }
        nextOut++;
        spent('waitingSeconds');
        yield ready;
        spent('handingOnSeconds');
        continue;
      }
      if (exhausted && nextOut === nextSeq) return;
      // Nothing to hand on yet: rather than wait for the worker threads, this thread analyses the next article itself.
      if (!exhausted && nextSeq - nextOut < limit) {
        const next = await take();
        if (next) {
          if (next.item.article.text.length > MAIN_THREAD_MAX_CHARS) send(next.seq, next.item);
          else {
            spent('waitingSeconds');
            const cpu0 = mainStats ? threadCpuSeconds() : null;
            done.set(next.seq, { item: next.item, analysis: analyzeForReports(next.item.article, context) });
            share(oracle.takeLearned(), null);
            if (mainStats) {
              mainStats.articles++;
              const cpu1 = threadCpuSeconds();
              mainStats.analysisCpuSeconds = cpu0 === null || cpu1 === null || mainStats.analysisCpuSeconds === null ? null : mainStats.analysisCpuSeconds + cpu1 - cpu0;
            }
            spent('analysingSeconds');
          }
        }
        // A turn of the event loop, so that the worker threads' answers are heard.
        await new Promise<void>((resolve) => { setImmediate(resolve); });
        continue;
      }
      await new Promise<void>((resolve) => { wake = resolve; });
    }
  } finally {
    closing = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
