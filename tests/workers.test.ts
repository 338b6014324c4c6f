// --workers 2 hands results on in input order: every report is byte-identical to one worker's.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from './helpers.js';

describe('--workers 2', () => {
  const one = tempDir();
  const two = tempDir();
  let runs: Array<ReturnType<typeof runCli>> = [];
  // Two runs of the whole corpus, one after the other: about 15 s each on an idle 2-core machine, but a minute or more
  // each at a load of 10-20 (other test files, other jobs); the limits are set for that, not for the idle case.
  beforeAll(() => {
    runs = [runCli(['corpus/articles', '--out', one, '--quiet'], undefined, 420_000), runCli(['corpus/articles', '--out', two, '--quiet', '--workers', '2'], undefined, 420_000)];
  }, 900_000);

  it('exits 0 with nothing on stderr', () => {
    for (const r of runs) { expect(r.stderr).toBe(''); expect(r.status).toBe(0); }
  });

  it('writes byte-identical CSVs, report.json, report.html and article JSON', () => {
    for (const f of ['quotes.csv', 'stances.csv', 'messages.csv', 'report.json', 'report.html']) {
      expect(readFileSync(join(two, f), 'utf8'), f).toBe(readFileSync(join(one, f), 'utf8'));
    }
    expect(readFileSync(join(one, 'quotes.csv'), 'utf8').split('\n').length).toBeGreaterThan(2);
    const articles = readdirSync(join(one, 'articles')).sort();
    expect(readdirSync(join(two, 'articles')).sort()).toEqual(articles);
    for (const f of articles) expect(readFileSync(join(two, 'articles', f), 'utf8'), f).toBe(readFileSync(join(one, 'articles', f), 'utf8'));
  });

  it('refuses a worker count that is not a positive integer', () => {
    const r = runCli(['--workers', '0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--workers');
  });
});

describe('the main thread of a pool', () => {
  // A run of 2 workers in a process of its own: this thread and one worker thread analyse.
  interface Out { events: string[]; articles: number; workerThreads: number[]; main: { articles: number; analysisCpuSeconds: number | null } | null }
  const run = (inputs: string, out: string): Out => {
    const script = join(tempDir(), 'main.mts');
    writeFileSync(script, `
      import { runPipelineUntil } from ${JSON.stringify(join(ROOT, 'pipeline/runner.ts'))};
      const events: string[] = [];
      const r = await runPipelineUntil({
        inputs: [${JSON.stringify(inputs)}], out: ${JSON.stringify(out)}, workers: 2,
        onReady: () => events.push('ready'), onArticle: () => { if (events.at(-1) !== 'article') events.push('article'); },
      }, () => false);
      console.log(JSON.stringify({ events, articles: 'articles' in r ? r.articles : -1, workerThreads: 'articles' in r ? (r.workerStats ?? []).map((w) => w.articles) : [], main: 'articles' in r ? r.mainStats ?? null : null }));
    `);
    const r = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, encoding: 'utf8', timeout: 420_000 });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout.trim().split('\n').pop() as string) as Out;
  };

  it('analyses too, beside one worker thread for 2 workers, and hears once that both are ready before the first result', () => {
    const out = run(join(ROOT, 'corpus/articles'), join(tempDir(), 'out'));
    expect(out.events).toEqual(['ready', 'article']);
    const total = readdirSync(join(ROOT, 'corpus/articles')).filter((f) => f.endsWith('.txt')).length;
    expect(out.articles).toBe(total);
    expect(out.workerThreads).toHaveLength(1);
    expect(out.workerThreads[0]).toBeGreaterThan(0); // the worker thread had its share
    expect(out.workerThreads[0]).toBeLessThan(total); // and this thread took some
    // what this thread analysed is counted apart (the bench prints it): with the worker thread's, every article once
    expect((out.main?.articles ?? 0) + (out.workerThreads[0] as number)).toBe(total);
    if (process.platform === 'linux') expect(out.main?.analysisCpuSeconds).toBeGreaterThan(0);
  }, 480_000);

  it('leaves an article longer than MAIN_THREAD_MAX_CHARS to a worker thread, where running out of memory would cost that article alone', async () => {
    const { MAIN_THREAD_MAX_CHARS } = await import('../pipeline/parallel/pool.js');
    const dir = tempDir();
    const para = 'The minister said the new bridge would open in the spring, and the council said it would pay for the repairs.\n';
    writeFileSync(join(dir, 'long.txt'), `A long day at the council\n${para.repeat(Math.ceil(MAIN_THREAD_MAX_CHARS / para.length) + 1)}`);
    const out = run(dir, join(dir, 'out'));
    expect(out.articles).toBe(1);
    expect(out.workerThreads).toEqual([1]);
    expect(out.main?.articles).toBe(0);
  }, 480_000);
});

describe('the heap of a run', () => {
  it('is sized by the largest article allowed: 256 MB of old generation a MiB, at least 256', async () => {
    const { DEFAULT_MAX_ARTICLE_BYTES: launcherDefault, heapFlags, workerHeapMb } = await import('../pipeline/parallel/heap.js');
    const { DEFAULT_MAX_ARTICLE_BYTES } = await import('../src/ingest/read-inputs.js');
    expect(launcherDefault).toBe(DEFAULT_MAX_ARTICLE_BYTES); // the CLI's launcher keeps its own copy
    expect(workerHeapMb(1000)).toBe(256);
    expect(workerHeapMb(2 * 1024 * 1024)).toBe(512);
    expect(workerHeapMb(2 * 1024 * 1024 + 1)).toBe(768);
    expect(heapFlags()).toEqual(['--max-old-space-size=512', '--max-semi-space-size=2', '--heap-growing-percent=20', '--no-regexp-tier-up', '--max-optimized-bytecode-size=4000']);
    // A nursery per worker; each isolate's compiler on 2 cores: no inlining, and a function optimised once its feedback
    // settled; each old generation grows by a tenth past its live objects (one worker: a fifth), so that two isolates
    // stay under 300 MB.
    // and V8's memory-saving mode (pages of old space compacted when a fifth empty, a 1 MB nursery).
    expect(heapFlags(undefined, 2)).toEqual(['--max-old-space-size=512', '--max-semi-space-size=1', '--no-turbo-inlining', '--interrupt-budget=250000', '--heap-growing-percent=10', '--optimize-for-size', '--no-regexp-tier-up', '--max-optimized-bytecode-size=4000']);
  });

  it('asks glibc for two malloc arenas, one with workers, unless the user set the number', async () => {
    const { runEnv } = await import('../pipeline/parallel/heap.js');
    expect(runEnv({}).MALLOC_ARENA_MAX).toBe('2');
    expect(runEnv({}, 2).MALLOC_ARENA_MAX).toBe('1');
    expect(runEnv({ MALLOC_ARENA_MAX: '4' }, 2).MALLOC_ARENA_MAX).toBe('4');
    expect(runEnv({}).MALLOC_MMAP_THRESHOLD_).toBe('32768');
    expect(runEnv({ MALLOC_MMAP_THRESHOLD_: '131072' }, 2).MALLOC_MMAP_THRESHOLD_).toBe('131072');
  });

  it('is left to the user who sized it with a node flag or NODE_OPTIONS', async () => {
    const { heapSizedByUser } = await import('../pipeline/parallel/heap.js');
    expect(heapSizedByUser([], '')).toBe(false);
    expect(heapSizedByUser(['--import', 'tsx'], '--enable-source-maps')).toBe(false);
    expect(heapSizedByUser(['--max-old-space-size=512'], '')).toBe(true);
    expect(heapSizedByUser([], '--trace-warnings --max_old_space_size=300')).toBe(true);
  });

  it('is set by the CLI, which runs the command again with the flags and hands on its exit status', () => {
    // The relaunched command reports the heap limit it got when asked to through this test-only variable.
    const probe = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'pipeline/cli.ts'), '--workers', '0'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, STANCE_ATTRIBUTION_PRINT_HEAP: '1' } });
    expect(probe.status).toBe(2);
    const limit = Number(/heap limit (\d+) MB/u.exec(probe.stderr)?.[1]);
    expect(limit).toBeGreaterThanOrEqual(512);
    expect(limit).toBeLessThan(700); // V8's default on this machine is far above (~4 GB with 16 GB or more)
    expect(probe.stderr).toMatch(/malloc arenas 2\n/u);
  }, 60_000);
});

describe('node flags of the process', () => {
  it('reach the worker threads without breaking them (V8 flags are the whole process\'s)', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--single-threaded-gc', '--max-semi-space-size=4', join(ROOT, 'pipeline/cli.ts'), '--jsonl', '--workers', '2', '--quiet'], {
      cwd: ROOT, encoding: 'utf8', input: '{"id":"a","text":"Title\\nThe ministry said the plan would go ahead."}\n',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { statements: Array<{ speaker: { name: string } }> }).statements.map((s) => s.speaker.name)).toEqual(['ministry']); // (the canonical name drops the article)
  }, 60_000);
});
