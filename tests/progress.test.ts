// The terminal progress bar: what its line says, and that it stays silent when stderr is not a terminal.
import { describe, expect, it } from 'vitest';
import { formatDuration, progressBar, progressLine } from '../pipeline/progress.js';

describe('progressLine', () => {
  it.each([
    // 50 in 10 s → 5/s; (200-50)/5 = 30 s left; a wide terminal gives the widest bar, 40, a quarter of it filled
    [50, 200, 10, 200, `[${'#'.repeat(10)}${'-'.repeat(30)}] 50/200 articles  5.0/s  30s left`],
    // 300 of 1000 in 20 s → 15/s, 700/15 = 46.7 → 47 s left; 0.3 of 40 = 12 filled
    [300, 1000, 20, 200, `[${'#'.repeat(12)}${'-'.repeat(28)}] 300/1000 articles  15/s  47s left`],
    // a narrow terminal: 60 - 3 brackets/margin - the 33 characters after the bar leave 24; a quarter is 6
    [50, 200, 10, 60, `[${'#'.repeat(6)}${'-'.repeat(18)}] 50/200 articles  5.0/s  30s left`],
    // the total unknown (JSONL inputs): done and rate only
    [40, null, 4, 60, '40 articles  10/s'],
  ] as const)('%i of %s after %i s', (done, total, seconds, width, expected) => {
    expect(progressLine(done, total, seconds, width)).toBe(expected);
  });

  it('says ? for the time left before any article is done', () => {
    expect(progressLine(0, 10, 0, 60)).toMatch(/0\/10 articles {2}0\.0\/s {2}\? left$/u);
  });

  it.each([[0, '0s'], [59.4, '59s'], [61, '1m01s'], [3 * 3600 + 120, '3h02m']] as const)('formats %d s as %s', (s, text) => {
    expect(formatDuration(s)).toBe(text);
  });
});

describe('progressBar', () => {
  const stream = (isTTY: boolean) => {
    const writes: string[] = [];
    return { writes, s: { isTTY, columns: 70, write: (x: string) => { writes.push(x); return true; } } };
  };
  it('draws on a TTY after half a second, at most every 100 ms, and clears its line at the end', () => {
    let t = 0;
    const { writes, s } = stream(true);
    const bar = progressBar(s, true, () => t);
    bar.start(4);
    t = 400; bar.tick(1); // a short run so far: nothing
    t = 600; bar.tick(2);
    t = 650; bar.tick(3); // too soon after the last: skipped
    t = 660; bar.tick(4); // the last one is always drawn
    bar.end();
    expect(writes).toHaveLength(3);
    expect(writes[0]).toMatch(/^\r\[.*\] 2\/4 articles/u);
    expect(writes[1]).toMatch(/ 4\/4 articles/u);
    expect(writes[2]).toBe('\r\x1b[K');
  });
  it('leaves a run shorter than half a second with nothing to clear', () => {
    let t = 0;
    const { writes, s } = stream(true);
    const bar = progressBar(s, true, () => t);
    bar.start(2);
    t = 100; bar.tick(1);
    t = 200; bar.tick(2);
    bar.end();
    expect(writes).toEqual([]);
  });
  it('writes nothing when stderr is not a terminal, or with --quiet', () => {
    for (const [tty, enabled] of [[false, true], [true, false]] as const) {
      const { writes, s } = stream(tty);
      const bar = progressBar(s, enabled, () => 1000);
      bar.start(2); bar.tick(1); bar.tick(2); bar.end();
      expect(writes).toEqual([]);
    }
  });
});
