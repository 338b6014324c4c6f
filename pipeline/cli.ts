#!/usr/bin/env node
// The command line's entry. A run's memory is bounded by sizing V8's heap (pipeline/parallel/heap.ts), which only
// node flags can do, so this starts the command (pipeline/cli-main.ts) again in a Node process with those flags —
// the same Node, its own flags (tsx's loader under `npm run pipeline`), stdin, stdout and stderr — passes SIGINT,
// SIGTERM and SIGHUP on to it and exits with its status. It also asks glibc for two malloc arenas, one with workers (runEnv). A heap size you give yourself (`node --max-old-space-size=N`
// or NODE_OPTIONS) is kept and the command runs in this process.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { heapFlags, heapSizedByUser, runEnv } from './parallel/heap.js';

const SIZED = 'STANCE_ATTRIBUTION_HEAP_SIZED';
const argv = process.argv.slice(2);

/** A positive integer option as given (the command itself checks it and says what is wrong). */
function intOption(args: readonly string[], name: string): number | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') break;
    const v = a === name ? args[i + 1] : a.startsWith(`${name}=`) ? a.slice(name.length + 1) : undefined;
    if (v !== undefined) { const n = Number(v); return Number.isInteger(n) && n > 0 ? n : undefined; }
  }
  return undefined;
}

if (process.env[SIZED] || heapSizedByUser() || argv.includes('-h') || argv.includes('--help') || !process.argv[1]) {
  await import('./cli-main.js');
} else {
  const workers = Math.min(intOption(argv, '--workers') ?? 1, availableParallelism());
  const child = spawn(process.execPath, [...heapFlags(intOption(argv, '--max-article-bytes'), workers), ...process.execArgv, process.argv[1], ...argv], {
    stdio: 'inherit', env: { ...runEnv(process.env, workers), [SIZED]: '1' },
  });
  const forward = (sig: NodeJS.Signals) => () => { child.kill(sig); };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  for (const sig of signals) process.on(sig, forward(sig));
  child.on('error', (e) => { process.stderr.write(`error: cannot start ${process.execPath}: ${e.message}\n`); process.exitCode = 1; });
  child.on('exit', (code, signal) => {
    for (const sig of signals) process.removeAllListeners(sig);
    if (signal) process.kill(process.pid, signal); // ended by a signal it did not handle: so does this process
    else process.exitCode = code ?? 1;
  });
}
