// With workers, a worker thread writes each article's JSON into the report writer's staging folder itself. A failed
// write is still raised in input order with the writer's own message, and a stopped run still leaves no file behind.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.js';

const PARAGRAPH = 'The harbour board said the new ferry timetable would start in March. "We have listened to the islanders," said Mara Quell, who chairs the board.\n';
/** Longer than the pool's MAIN_THREAD_MAX_CHARS (64 K characters): always analysed, and its JSON written, on a worker thread. */
const LONG = `Ferry timetable\n${PARAGRAPH.repeat(Math.ceil(70_000 / PARAGRAPH.length))}`;
const SHORT = (k: number): string => `Short note ${k}\nThe council said the road would reopen on Friday, according to a spokesperson.\n`;

/** A 2-worker run in a process of its own (worker threads need the built or tsx-loaded pool); prints one JSON line. */
function run(inputs: string, out: string, stopAfter: number | null): { error: { code: string; message: string } | null; stoppedAfter: number | null } {
  const script = join(tempDir(), 'staging.mts');
  writeFileSync(script, `
    import { runPipelineUntil } from ${JSON.stringify(join(ROOT, 'pipeline/runner.ts'))};
    let done = 0;
    const stopAfter = ${JSON.stringify(stopAfter)};
    try {
      const r = await runPipelineUntil({ inputs: [${JSON.stringify(inputs)}], out: ${JSON.stringify(out)}, workers: 2, onArticle: (n) => { done = n; } },
        () => stopAfter !== null && done >= stopAfter);
      console.log(JSON.stringify({ error: null, stoppedAfter: 'stoppedAfter' in r ? r.stoppedAfter : null }));
    } catch (e) {
      console.log(JSON.stringify({ error: { code: e.code, message: e.message }, stoppedAfter: null }));
    }
  `);
  const r = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, encoding: 'utf8', timeout: 150_000 });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout.trim().split('\n').pop() as string) as ReturnType<typeof run>;
}

const listAll = (dir: string, sub = ''): string[] => readdirSync(join(dir, sub), { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? [join(sub, e.name, '/'), ...listAll(dir, join(sub, e.name))] : [join(sub, e.name)])).sort();

describe('article JSONs written by worker threads', () => {
  const dir = tempDir('sa-staging-');
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  writeFileSync(join(inputs, 'a-long.txt'), LONG);
  for (let k = 1; k <= 5; k++) writeFileSync(join(inputs, `b-short-${k}.txt`), SHORT(k));

  it('a worker thread\'s failed write is the run\'s error, naming the first article in input order', () => {
    const out = join(dir, 'blocked');
    mkdirSync(out);
    writeFileSync(join(out, 'articles'), 'a file where the folder should be');
    const r = run(inputs, out, null);
    expect(r.error?.code).toBe('E_WRITE');
    expect(r.error?.message).toMatch(new RegExp(`^cannot write ${join(out, 'articles', 'a-long.json')}: a part of the path is a file, not a folder \\((EEXIST|ENOTDIR)\\)`, 'u'));
    expect(listAll(out)).toEqual(['articles']); // no temporary file left
  }, 180_000);

  it('a stopped run leaves nothing behind, though worker threads had written article JSONs ahead of it', () => {
    const out = join(dir, 'stopped');
    mkdirSync(out);
    const r = run(inputs, out, 2);
    expect(r.error).toBeNull();
    expect(r.stoppedAfter).toBe(2);
    expect(listAll(out).filter((f) => !f.endsWith('/'))).toEqual([]); // no file (an empty articles/ may stay, as with one worker)
  }, 180_000);

  it('a complete run moves every article JSON into articles/', () => {
    const out = join(dir, 'complete');
    const r = run(inputs, out, null);
    expect(r).toEqual({ error: null, stoppedAfter: null });
    expect(readdirSync(join(out, 'articles')).sort()).toEqual(['a-long.json', ...[1, 2, 3, 4, 5].map((k) => `b-short-${k}.json`)]);
  }, 180_000);
});
