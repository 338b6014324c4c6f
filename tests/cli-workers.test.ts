// --workers above the machine's cores is capped, with a warning, and gives the same reports (issue: --workers 99 on one
// article started 98 worker threads, ~4 GB, and ran for minutes).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../pipeline/runner.js';
import { ROOT, tempDir } from './helpers.js';

const A = 'Council delays vote\n“We need more time,” said Lena Hart, a spokesperson for Norvane.\n';
const B = 'Harbour to close\nThe port authority said the harbour would close in June, according to a statement.\n';
const REPORTS = ['quotes.csv', 'stances.csv', 'speakers.csv', 'messages.csv', 'report.json', 'report.html', 'articles/a.json', 'articles/b.json'];

describe('--workers above the number of cores', () => {
  it('warns, uses as many threads as there are cores, and writes the same reports as one thread', { timeout: 240_000 }, () => {
    const dir = tempDir();
    const inDir = join(dir, 'in');
    mkdirSync(inDir);
    writeFileSync(join(inDir, 'a.txt'), A);
    writeFileSync(join(inDir, 'b.txt'), B);
    const cores = availableParallelism();
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'pipeline/cli.ts'), inDir, '--out', join(dir, 'many'), '--workers', String(cores + 1), '--quiet'], { cwd: ROOT, encoding: 'utf8', timeout: 230_000 });
    expect(r.stderr).toBe(`warning: --workers ${cores + 1} is more than the ${cores} ${cores === 1 ? 'core' : 'cores'} this machine has: using ${cores}\n`);
    expect(r.status).toBe(0);
    runPipeline({ inputs: [inDir], out: join(dir, 'one') });
    expect(readdirSync(join(dir, 'many', 'articles')).sort()).toEqual(['a.json', 'b.json']);
    for (const f of REPORTS) expect(readFileSync(join(dir, 'many', f), 'utf8'), f).toBe(readFileSync(join(dir, 'one', f), 'utf8'));
  });
});
