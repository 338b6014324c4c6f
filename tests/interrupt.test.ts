// Atomic outputs: a run stopped by SIGINT, SIGTERM or SIGHUP, or failing to write, leaves the previous complete reports
// byte for byte and no temporary file, and the CLI says so.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../pipeline/runner.js';
import { PipelineError } from '../src/model/stage.js';
import { TempFile, writeFileAtomic } from '../src/output/atomic.js';
import { ROOT, tempDir } from './helpers.js';
import { runCliAsync, snapshot } from './fault-helpers.js';

const GOOD = 'Council delays vote\n“We need more time,” said Lena Hart, a spokesperson for Norvane.\n';
const COPIES = 4;

/** A previous, complete run's reports in `out`, made by the library on two small articles. */
function previousRun(out: string): Map<string, Buffer> {
  const src = tempDir();
  writeFileSync(join(src, 'one.txt'), GOOD);
  writeFileSync(join(src, 'two.txt'), GOOD.replace('Lena Hart', 'Omar Said'));
  expect(runPipeline({ inputs: [src], out }).failures).toEqual([]);
  const snap = snapshot(out);
  expect([...snap.keys()].sort()).toEqual(['articles/one.json', 'articles/two.json', 'manifest.json', 'messages.csv', 'quotes.csv', 'report.html', 'report.json', 'speakers.csv', 'stances.csv']);
  return snap;
}

const hasTemp = (dir: string): boolean => [...snapshot(dir).keys()].some((k) => k.includes('.tmp-'));

/** Starts the CLI on `inputs`, waits until it is writing (temporary files exist), then sends `sig`. */
function interrupt(inputs: string, out: string, sig: NodeJS.Signals, extra: string[] = []): Promise<{ status: number | null; stderr: string; stdout: string; sawTemp: boolean }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'pipeline/cli.ts'), inputs, '--out', out, ...extra], { cwd: ROOT });
    let stderr = '';
    let stdout = '';
    let sawTemp = false;
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    const started = Date.now();
    const poll = setInterval(() => {
      if (hasTemp(out)) {
        clearInterval(poll);
        sawTemp = true;
        setTimeout(() => child.kill(sig), 300); // a few articles in
      } else if (Date.now() - started > 90_000) { clearInterval(poll); child.kill('SIGKILL'); reject(new Error('the run never started writing')); }
    }, 25);
    child.on('close', (status) => { clearInterval(poll); resolveRun({ status, stderr, stdout, sawTemp }); });
  });
}

describe('an interrupted CLI run', () => {
  const big = tempDir();
  const corpus = join(ROOT, 'corpus/articles');
  const names = readdirSync(corpus).filter((f) => f.endsWith('.txt'));
  const total = names.length * COPIES;
  const runs: Record<string, { out: string; before: Map<string, Buffer>; result: Awaited<ReturnType<typeof interrupt>> }> = {};

  beforeAll(async () => {
    // Large enough to take several seconds: the corpus, four times over.
    for (let c = 0; c < COPIES; c++) {
      mkdirSync(join(big, `copy${c}`));
      for (const n of names) copyFileSync(join(corpus, n), join(big, `copy${c}`, n));
    }
    await Promise.all((['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGTERM --workers 2'] as const).map(async (key) => {
      const out = tempDir();
      const before = previousRun(out);
      const [sig, ...extra] = key.split(' ') as [NodeJS.Signals, ...string[]];
      runs[key] = { out, before, result: await interrupt(big, out, sig, extra) };
    }));
  }, 240_000);

  // (with --workers the worker threads are stopped too: the process ends after the articles in hand)
  it.each([['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129], ['SIGTERM --workers 2', 143]] as const)('%s: stops mid-run, says nothing was written, leaves the previous reports byte for byte', (key, code) => {
    const { out, before, result } = runs[key]!;
    const sig = key.split(' ')[0] as string;
    expect(result.sawTemp).toBe(true);
    expect(result.status).toBe(code);
    const m = new RegExp(`interrupted \\(${sig}\\) after (\\d+) inputs: nothing was written; the reports in ${out} are the previous complete ones, and no temporary file was left`, 'u').exec(result.stderr);
    expect(m, result.stderr).not.toBeNull();
    expect(Number(m![1])).toBeLessThan(total); // really mid-run
    expect(result.stdout).toBe('');
    const after = snapshot(out);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort()); // no temporary file, no new article file
    for (const [k, bytes] of before) expect(after.get(k)?.equals(bytes), k).toBe(true);
  });
});

describe('a failed write', () => {
  it('throws a PipelineError naming the file and the reason, keeps the previous reports and leaves no temporary file', () => {
    const out = tempDir();
    const before = previousRun(out);
    // A file where the articles folder should be: the first article's report cannot be written.
    rmSync(join(out, 'articles'), { recursive: true });
    writeFileSync(join(out, 'articles'), 'in the way');
    const snap = snapshot(out);
    expect(snap.size).toBe(before.size - 1);
    const src = tempDir();
    writeFileSync(join(src, 'three.txt'), GOOD);
    let error: unknown;
    try { runPipeline({ inputs: [src], out }); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(PipelineError);
    expect((error as PipelineError).code).toBe('E_WRITE');
    expect((error as Error).message).toMatch(new RegExp(`^cannot write ${join(out, 'articles', 'three.json')}: a part of the path is a file, not a folder \\((EEXIST|ENOTDIR)\\)`, 'u'));
    const after = snapshot(out);
    expect([...after.keys()].sort()).toEqual([...snap.keys()].sort());
    for (const [k, bytes] of snap) expect(after.get(k)?.equals(bytes), k).toBe(true);
  });

  it('writeFileAtomic and TempFile report the path, and a discarded TempFile leaves the old file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'x');
    expect(() => writeFileAtomic(join(dir, 'file', 'inside.json'), '{}')).toThrow(/cannot write .*file\/inside\.json: a part of the path is a file/u);
    writeFileSync(join(dir, 'report.csv'), 'old');
    const t = new TempFile(join(dir, 'report.csv'));
    t.write('new, half-written');
    expect(readdirSync(dir).some((n) => n.startsWith('report.csv.tmp-'))).toBe(true);
    t.discard();
    expect(readdirSync(dir).sort()).toEqual(['file', 'report.csv']);
    expect(snapshot(dir).get('report.csv')?.toString()).toBe('old');
  });

  describe('through the CLI', () => {
    let outIsFile: Awaited<ReturnType<typeof runCliAsync>>;
    let articlesIsFile: Awaited<ReturnType<typeof runCliAsync>>;
    const dir = tempDir();
    const out2 = join(dir, 'out2');
    let before2: Map<string, Buffer>;
    beforeAll(async () => {
      writeFileSync(join(dir, 'good.txt'), GOOD);
      writeFileSync(join(dir, 'not-a-folder'), 'x');
      mkdirSync(out2);
      before2 = previousRun(out2);
      rmSync(join(out2, 'articles'), { recursive: true });
      writeFileSync(join(out2, 'articles'), 'in the way');
      before2 = snapshot(out2);
      [outIsFile, articlesIsFile] = await Promise.all([
        runCliAsync([join(dir, 'good.txt'), '--out', join(dir, 'not-a-folder')]),
        runCliAsync([join(dir, 'good.txt'), '--out', out2]),
      ]);
    }, 120_000);

    it('--out naming a file is a usage error (exit 2) with a message', () => {
      expect(outIsFile.status).toBe(2);
      expect(outIsFile.stderr).toBe(`error: --out ${join(dir, 'not-a-folder')} is a file, not a folder\n`);
      expect(snapshot(dir).get('not-a-folder')?.toString()).toBe('x');
    });

    it('a write failure mid-run exits 1 with one clear line, no stack trace, and the previous reports untouched', () => {
      expect(articlesIsFile.status).toBe(1);
      expect(articlesIsFile.stderr).toMatch(new RegExp(`^error: cannot write ${join(out2, 'articles', 'good.json')}: a part of the path is a file, not a folder \\((EEXIST|ENOTDIR)\\) \\(check that --out names a folder you can write to, on a disk with free space\\); no report was changed\\n$`, 'u'));
      const after = snapshot(out2);
      expect([...after.keys()].sort()).toEqual([...before2.keys()].sort());
      for (const [k, bytes] of before2) expect(after.get(k)?.equals(bytes), k).toBe(true);
    });
  });
});
