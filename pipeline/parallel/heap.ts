// V8 heap sizes for a run's process. Without limits V8 grows its heap lazily on a machine with memory to spare
// (the analysis holds ~45 MB live, the heap grew to 250+ MB), so a run's resident memory depended on the machine
// rather than on the work. The CLI starts itself again with these flags (pipeline/cli.ts); workers get the same old
// generation through resourceLimits (pool.ts). With 2 or more workers the flags also make V8's compiler cheaper
// (compilerFlags).

/**
 * read-inputs.ts's DEFAULT_MAX_ARTICLE_BYTES (2 MiB; a test holds them equal), not imported: the CLI's launcher loads
 * this file alone, and read-inputs.ts brings the HTML parser with it.
 */
export const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/**
 * The V8 old generation of a thread that analyses articles: 256 MB per MiB of the largest article, at least 256. An
 * article dense with quotes needs about that much (measured: a 2.0 MB article of short quotes ran out of memory under
 * 256 MB and passed under 512, peak RSS 680 MB; 128 MB a MiB crashed the run). It is a ceiling, not a size: on the
 * 5 MB bench corpus one worker's peak RSS was 213 MB under 256 and 219 MB under 512. An article that still does not fit
 * fails ("out of memory").
 */
export const workerHeapMb = (maxArticleBytes = DEFAULT_MAX_ARTICLE_BYTES): number => Math.max(256, Math.ceil(maxArticleBytes / (1024 * 1024)) * 256);

/**
 * The young generation's semi-space (MB): an article's garbage dies young, so a small nursery costs little CPU. With
 * worker threads every isolate has one (the flag is the process's): 2 MB took 2 workers' peak RSS from 310 to 258 MB
 * at the same CPU time (41.7 and 41.0 CPU s); one worker keeps 8 MB (2 MB saved 14 MB there, for ~6 % more CPU).
 * Rechecked with the larger interrupt budget (compilerFlags), 5 MB bench corpus, 2 workers, side by side on a loaded
 * machine: 4 MB would save 7 % of the CPU (36.9 → 34.2 s) but takes peak RSS from 285 to 305 MB, over the 300 MB target.
 * One worker now takes 2 MB too: on 2026-11-29 (second session) two idle benches with 8 MB gave 1 worker peak RSS of
 * 288 / 298 / 302 and 283 / 306 / 286 MB at 1× / 2× / 4× the corpus (32.3-36.7 CPU s), over the target; with 2 MB the
 * next idle bench gave 248 / 280 / 266 MB at 34.9 CPU s, and the 2 MB article 378 MB instead of 417-446.
 * With 2 or more workers 1 MB since 2026-11-30 (perf23): what `--optimize-for-size` (memoryFlags) implies anyway,
 * whatever this flag says; written here so that the flags say what runs.
 */
export const semiSpaceMb = (workers = 1): number => (workers > 1 ? 1 : 2);

/**
 * V8 compiler flags for a run of `workers` analysing threads. With 2 or more, every thread's isolate compiles the hot
 * functions again on V8's helper threads, and on 2 cores that work competes with the analysis, so TurboFan is asked to
 * do less of it:
 * - it does not inline. Measured on a 2 MB bench corpus, 2 workers, run side by side on the same (loaded) machine:
 *   23.5 → 20.1 CPU s in all, V8's helper threads 9.3 → 5.9 s, the analysing threads' JavaScript the same.
 * - it optimises a function after ~4× the default interrupt budget (V8's 66 K bytecodes run → 250 K). Most of the
 *   helper threads' time was TurboFan optimising the large stage functions again and again: optimised too early on
 *   incomplete type feedback, they deoptimise and are compiled anew (400 bench articles, `--trace-opt`: 645
 *   compilations, the statement finder alone 6 times at up to 1.4 s each). With the larger budget a function is compiled
 *   once its feedback is settled. Measured on those 400 articles, 2 workers, on a loaded machine: V8's helper threads
 *   4.1-4.3 → 1.2-1.6 CPU s, the analysing threads' JavaScript unchanged within the noise, 13.4-14.2 → 10.2-12.8 CPU s
 *   in all (1 M and 4 M cut the helpers' time by a further 0.2-1.1 s but slowed the JavaScript by more). Peak RSS fell
 *   too (fewer compilations, each with its own working memory): the 5 MB bench corpus, 2 workers, 285 MB (the last
 *   idle benches without it: 314-317 MB).
 * A flag changes how code is compiled, never what it does: the reports are byte-identical. One worker keeps V8's
 * defaults: its compiler runs on the otherwise idle second core (with the larger budget its helper threads took 2.5
 * instead of 4.9 CPU s, but its JavaScript thread, which bounds its speed, 7.4 instead of 7.1).
 */
export const INTERRUPT_BUDGET = 250_000;
export const compilerFlags = (workers = 1): string[] => (workers > 1 ? ['--no-turbo-inlining', `--interrupt-budget=${INTERRUPT_BUDGET}`] : []);

/**
 * How far V8 lets a thread's old generation grow past what the last full collection left live, in percent, with 2 or
 * more workers: 20 (a factor of 1.2). Left to itself, V8 picks a factor between 1.1 and ~1.4 for a 512 MB limit (its
 * heap controller: by the collector's speed against the program's allocation rate), and two isolates of ~65 MB live each
 * (wink's model, compromise's lexicon, the caches) grew to ~115-130 MB each, which put a 2-worker process at 300-325 MB.
 * Measured on 2026-11-29 (built code, the machine loaded by other helpers, load average 10-19, so CPU s are noisy):
 * 400 bench articles, 2 workers, two runs each: peak RSS 266 / 267 → 247 / 250 MB, CPU s 16.8 / 19.7 → 17.5 / 20.0;
 * the 5 MB bench corpus: 301-325 MB (four runs of this code) → 292 MB. `--no-sparkplug`, tried beside it, also saved
 * 15 MB but cost 5-10 % CPU; not kept. One worker takes it too since session 11: its peak RSS had grown past the target
 * (270-336 MB at 1×/2×/4× in two idle benches); the 5 MB bench corpus run side by side with and without it on a loaded
 * machine (load average ~10): 253 against 266 MB, 61.5 against 59.8 user CPU s.
 */
export const HEAP_GROWING_PERCENT = 20;
/**
 * The same with 2 or more workers: 10. A 2-worker process holds two isolates of ~75-80 MB live each at the end of a 5 MB
 * bench run (of it ~18 MB of compiled regular expressions and 2 × 6 MB for the lexicon tables of its two wink instances);
 * grown to 1.2 × that before a full collection, the process peaked at 293-303 MB, over the 300 MB target, and at 280-283
 * MB with 10 % (2026-11-29, a loaded machine), the reports byte-identical, for more full collections (a few % more CPU).
 * One worker keeps 20: its process is under the target and its speed is the ratio to wink-nlp.
 */
export const HEAP_GROWING_PERCENT_WORKERS = 10;
/**
 * With 2 or more workers, V8's own memory-saving mode (`--optimize-for-size`). Each thread's old space was a third empty
 * after a full collection (one thread alone, 5 MB bench corpus, two forced collections: 39.5 MB live in 74.2 MB
 * committed): the caches' long-lived entries sit on the same pages as an article's data promoted from the small nursery,
 * and V8 moves a page's survivors elsewhere (freeing the page) only when it is at least 70 % empty. In this mode it does
 * so from 20 %, and sizes the nursery at 1 MB a semi-space (the flag's own implication, semiSpaceMb).
 * Measured 2026-11-30 (perf23; machine loaded, load average 7-16): 466 bench articles, 2 workers, two runs each in turn,
 * peak RSS 297.6 / 297.4 → 274.6 / 274.3 MB (main and worker heap 128 / 120 → 119-124 / 112 MB), the two JavaScript
 * threads the same (12.2 + 12.3 against 11.7 + 12.2 and 11.9 + 12.3 CPU s), V8's helper threads ~1.5 CPU s more (the
 * moving); `--max-semi-space-size=1` alone gave 288.7 / 288.8 MB. The whole 5 MB corpus, back to back: 289.1 MB and
 * 82.2 CPU s against 316.8 MB and 78.7 CPU s without it (334 MB before the wink model was read once, src/nlp/wink.ts):
 * ~4 % more CPU, all of it on V8's helper threads. One worker keeps V8's default: it is under the target, and its speed
 * is the ratio to wink-nlp.
 */
export const memoryFlags = (workers = 1): string[] => (workers > 1 ? ['--optimize-for-size'] : []);
export const gcFlags = (workers = 1): string[] => [`--heap-growing-percent=${workers > 1 ? HEAP_GROWING_PERCENT_WORKERS : HEAP_GROWING_PERCENT}`, ...memoryFlags(workers)];

/**
 * Node flags for a run's process (it analyses in process, and holds the largest article either way). With workers the
 * main thread analyses only articles up to MAIN_THREAD_MAX_CHARS, but it still receives the reports' text of the longest
 * one: tried on 2026-11-29 (loaded machine), a 256 MB old space for it took a 2-worker run of the 5 MB bench corpus
 * from 299-308 to 287-293 MB peak RSS, but the 2 MB bench article, analysed on the worker thread, brought the main
 * thread's heap to 216 MB (its JSON, CSV rows and report section), too close to 256; so it keeps the workers' size.
 */
export function heapFlags(maxArticleBytes = DEFAULT_MAX_ARTICLE_BYTES, workers = 1): string[] {
  return [`--max-old-space-size=${workerHeapMb(maxArticleBytes)}`, `--max-semi-space-size=${semiSpaceMb(workers)}`, ...compilerFlags(workers), ...gcFlags(workers), ...REGEXP_FLAGS, ...COMPILE_SIZE_FLAGS];
}

/**
 * V8 first runs a regular expression in its bytecode interpreter and compiles it to native code once it is hot: the
 * stages' large Unicode word-list patterns were compiled twice. Compiled once, directly (measured 2026-11-29, fourth
 * session, minimum of 3 alternated runs on a loaded machine): CLI on corpus/articles 7.53 → 7.01 CPU s, on 300 bench
 * articles 14.48 → 13.42 CPU s. Matching is the same either way, so the reports are byte-identical. For every thread.
 */
export const REGEXP_FLAGS: readonly string[] = ['--no-regexp-tier-up'];
/**
 * TurboFan compiled the largest stage functions (resolveSpeakers, findStatements; 6.8 and 4.2 KB of bytecode) again and
 * again, each compile 3-14 s on the loaded machine, its zones holding 40-95 MB of malloced memory over a few articles:
 * the peak-RSS spike (2026-11-30, 3,199 articles of the 4x bench corpus, one worker). Functions of more than 4,000 bytes
 * of bytecode are no longer optimised: peak RSS 312 -> 264 MB, V8's peak malloced memory 87 -> 11 MB, CPU 185 -> 138 s
 * (one run each, load 7-8 and 4-5), reports identical. See docs/speed-and-scale.md.
 */
export const COMPILE_SIZE_FLAGS: readonly string[] = ['--max-optimized-bytecode-size=4000'];

/** Whether the user already sized the heap (node flags or NODE_OPTIONS): then theirs are kept. */
export function heapSizedByUser(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): boolean {
  return [...execArgv, ...nodeOptions.split(/\s+/u)].some((a) => /^--max[-_]old[-_]space[-_]size\b/u.test(a));
}

/**
 * Environment for a run's process: glibc's malloc otherwise keeps an arena per thread (up to 8 per core), each holding
 * freed memory of V8's compiler and the worker threads; two arenas saved ~40 MB of RSS with 2 workers and ~15-35 MB with
 * one, at no measured CPU cost. With 2 or more workers, one arena: with the workers' heap growth of 10 %
 * (HEAP_GROWING_PERCENT_WORKERS) the 2-worker bench peaked at 280-281 MB against 283-289 MB with two, at no CPU cost seen
 * (2026-11-29, a loaded machine). A value you set is kept; other C libraries ignore the variable.
 */
export const mallocArenas = (workers = 1): number => (workers > 1 ? 1 : 2);
/**
 * glibc serves a request of this many bytes or more with a mapping of its own, given back to the system when freed,
 * rather than from an arena. V8 compiles in zones of up to 32 KB segments taken from malloc: every regular expression
 * compiled to native code (REGEXP_FLAGS: on first use, on the thread that runs it) and every optimising compile. Freed,
 * those segments stayed resident in the arenas, pinned by the small long-lived allocations made between them: sampled
 * from /proc/<pid>/smaps over a one-worker run of the 5 MB bench corpus (1,610 articles, 2026-11-30, load average
 * 11-14), the main arena grew to 28 MB by article 600 and 39-42 MB by the end, resident memory outside V8's heap from
 * 70 to 140 MB, while the heap itself grew by 40. With 32 KB: the main arena 6-9 MB, resident memory at article 1,000
 * to 1,600 198-205 MB instead of 234-262, peak 262 MB instead of 294-295 (two runs), CPU 85.1 s against 85.1 / 88.0.
 * (Glibc's own default moves its threshold up, to 32 MB, after the first large block is freed.) A value you set is kept.
 */
export const MALLOC_MMAP_THRESHOLD = 32 * 1024;
export function runEnv(env: NodeJS.ProcessEnv = process.env, workers = 1): NodeJS.ProcessEnv {
  return { ...env, MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? String(mallocArenas(workers)), MALLOC_MMAP_THRESHOLD_: env.MALLOC_MMAP_THRESHOLD_ ?? String(MALLOC_MMAP_THRESHOLD) };
}
