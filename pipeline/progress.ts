// A progress bar for long runs on a terminal: articles done of total, rate, time left, on stderr. Shown once a run has
// taken half a second (a short run shows only its summary), redrawn at most every 100 ms, and only when stderr is a
// TTY; elsewhere (pipes, CI logs) it prints nothing, so logs hold only the summary.
export interface ProgressStream { isTTY?: boolean; columns?: number; write(s: string): boolean }

export interface Progress {
  start(total: number | null): void;
  tick(done: number): void;
  /** Clears the bar so that the summary prints on a clean line. */
  end(): void;
}

const NONE: Progress = { start() {}, tick() {}, end() {} };

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** The bar's one line: `[#####-----] 120/400 articles  35.2/s  0m08s left` (or `120 articles  35.2/s` when the total is unknown). */
export function progressLine(done: number, total: number | null, seconds: number, width = 80): string {
  const rate = seconds > 0 ? done / seconds : 0;
  const rateText = `${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)}/s`;
  if (total === null || total <= 0) return `${done} articles  ${rateText}`;
  const left = rate > 0 ? formatDuration((total - done) / rate) : '?';
  const tail = ` ${done}/${total} articles  ${rateText}  ${left} left`;
  const barWidth = Math.max(10, Math.min(40, width - tail.length - 3));
  const filled = Math.round(barWidth * Math.min(1, done / total));
  return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]${tail}`;
}

export function progressBar(stream: ProgressStream, enabled: boolean, now: () => number = () => performance.now()): Progress {
  if (!enabled || !stream.isTTY) return NONE;
  let total: number | null = null;
  let t0 = 0;
  let last = -Infinity;
  let drawn = false;
  return {
    start(t) { total = t; t0 = now(); },
    tick(done) {
      const t = now();
      if (t - t0 < 500 || (t - last < 100 && done !== total)) return;
      last = t;
      drawn = true;
      stream.write(`\r${progressLine(done, total, (t - t0) / 1000, (stream.columns || 80) - 1)}\x1b[K`);
    },
    end() { if (drawn) stream.write('\r\x1b[K'); },
  };
}
