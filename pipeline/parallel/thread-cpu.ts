// CPU seconds of one OS thread, from /proc (Linux): user + system time in clock ticks (USER_HZ = 100). Null elsewhere.
// The bench splits a run's CPU by thread with it: the JavaScript thread of the main thread and of each worker, and
// V8's helper threads (compiler, garbage collector) as the rest of the process.
import { readFileSync } from 'node:fs';

/** CPU seconds of the thread with this id (a tid under /proc/self/task), or of the calling thread. */
export function threadCpuSeconds(tid?: number): number | null {
  try {
    const stat = readFileSync(tid === undefined ? '/proc/thread-self/stat' : `/proc/self/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}
