// The bench's projection of an idle machine's wall time from CPU time per thread (pipeline/bench/projection.ts).
import { describe, expect, it } from 'vitest';
import { cpuSplit, idleSeconds, projectedSpeedup } from '../pipeline/bench/projection.js';
import type { Measurement } from '../pipeline/bench/measure.js';

const m = (cpuSeconds: number, main: number, workers: number[]): Measurement => ({
  mode: 'pipeline', workers: Math.max(1, workers.length), articles: 100, bytes: 1, tokens: 1, statements: 1, seconds: 99,
  cpuSeconds, mainThreadCpuSeconds: main, workerThreadCpuSeconds: workers, peakRssMB: 1, mainHeapMB: 1, workerHeapMB: [],
});

describe('projected idle wall time', () => {
  it('splits a run into its JavaScript threads and the helper threads, which are the rest', () => {
    expect(cpuSplit(m(26, 19, []))).toEqual({ main: 19, workers: [], helpers: 7 });
    expect(cpuSplit(m(30, 2, [10, 11]))).toEqual({ main: 2, workers: [10, 11], helpers: 7 });
    expect(cpuSplit({ cpuSeconds: 3, mainThreadCpuSeconds: null, workerThreadCpuSeconds: [] })).toBeNull();
  });

  it('is the busiest thread when the other threads fit beside it on the other cores', () => {
    // one worker: 19 s of JavaScript, 7 s of helpers on the second core
    expect(idleSeconds({ main: 19, workers: [], helpers: 7 }, 2)).toBe(19);
  });

  it('is all the CPU over the cores when that is more', () => {
    expect(idleSeconds({ main: 2, workers: [10, 11], helpers: 7 }, 2)).toBe(15);
    expect(idleSeconds({ main: 2, workers: [10, 11], helpers: 7 }, 4)).toBe(11);
  });

  it('gives the speed-up of the parallel run as the ratio of the two', () => {
    expect(projectedSpeedup(m(26, 19, []), m(30, 2, [10, 11]), 2)).toBeCloseTo(19 / 15, 10);
    expect(projectedSpeedup(m(26, 19, []), { ...m(30, 2, [10, 11]), workerThreadCpuSeconds: [null, 3] } as unknown as Measurement, 2)).toBeNull();
  });
});
