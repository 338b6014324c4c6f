// What a run's CPU figures say about its wall time on an idle machine. On a machine shared with other work the wall
// time of a run says little, but the CPU time of each of its threads still says how much work there was: on an idle
// machine with `cores` cores a run cannot end before its busiest thread has done its work, nor before all its threads
// together have had their CPU time spread over the cores. The larger of the two is the projected wall time (a lower
// bound: it assumes the work spreads perfectly). Both runs of a ratio are projected the same way.
import type { Measurement } from './measure.js';

/** CPU seconds split by thread: the JavaScript threads that analyse (and the main thread), and V8's helper threads. */
export interface CpuSplit {
  /** The main thread's JavaScript (with one worker it analyses too). */
  main: number;
  /** Each worker's JavaScript thread (empty with one worker). */
  workers: number[];
  /** The rest of the process: V8's compiler and garbage-collector threads, libuv. */
  helpers: number;
}

/** The split of a measurement, or null when the platform gave no per-thread figures (not Linux). */
export function cpuSplit(m: Pick<Measurement, 'cpuSeconds' | 'mainThreadCpuSeconds' | 'workerThreadCpuSeconds'>): CpuSplit | null {
  if (m.mainThreadCpuSeconds === null || m.workerThreadCpuSeconds.some((x) => x === null)) return null;
  const workers = m.workerThreadCpuSeconds as number[];
  return { main: m.mainThreadCpuSeconds, workers, helpers: Math.max(0, m.cpuSeconds - m.mainThreadCpuSeconds - workers.reduce((a, b) => a + b, 0)) };
}

/** The least wall time the run's work needs on `cores` idle cores: its busiest thread, or all its CPU over the cores. */
export function idleSeconds(split: CpuSplit, cores: number): number {
  const total = split.main + split.helpers + split.workers.reduce((a, b) => a + b, 0);
  return Math.max(split.main, ...split.workers, total / cores);
}

/** Projected speed-up of `parallel` over `single` on `cores` idle cores, or null without per-thread figures. */
export function projectedSpeedup(single: Measurement, parallel: Measurement, cores: number): number | null {
  const a = cpuSplit(single);
  const b = cpuSplit(parallel);
  return a && b ? idleSeconds(a, cores) / idleSeconds(b, cores) : null;
}
