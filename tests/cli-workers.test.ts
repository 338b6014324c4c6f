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
// Articles whose words a thread's earlier articles could change the reading of (issue 8: wink learned "else’s" and
// "Brennick’s" whole from c and then tokenized d's "else’s problem" otherwise): with two threads, d is analysed after c
// or not, as the pool hands them out; one thread reads them in file order.
const C = 'Harbour levy row\nThe harbour master said it was somebody else’s, not his, and that Brennick’s, Dunmere’s and St Kilverd’s piers would pay.\n';
const D = 'Ferry fares to rise\n“It is not anyone else’s problem,” said Maren Oyelowo of the Tallis Island ferry users’ group.\nFares would rise by 8% in May, according to a notice posted at Brennick’s pier and at St Kilverd’s.\n';
const ARTICLES: Record<string, string> = { a: A, b: B, c: C, d: D, e: A.replace('Lena Hart', 'Orla Brennick’s deputy, Lena Hart'), f: D.replace('Maren', 'Dr Piet') };
const REPORTS = ['quotes.csv', 'stances.csv', 'speakers.csv', 'messages.csv', 'report.json', 'report.html', ...Object.keys(ARTICLES).map((k) => `articles/${k}.json`)];

describe('--workers above the number of cores', () => {
  it('warns, uses as many threads as there are cores, and writes the same reports as one thread', { timeout: 240_000 }, () => {
    const dir = tempDir();
    const inDir = join(dir, 'in');
    mkdirSync(inDir);
    for (const [k, text] of Object.entries(ARTICLES)) writeFileSync(join(inDir, `${k}.txt`), text);
    const cores = availableParallelism();
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'pipeline/cli.ts'), inDir, '--out', join(dir, 'many'), '--workers', String(cores + 1), '--quiet'], { cwd: ROOT, encoding: 'utf8', timeout: 230_000 });
    expect(r.stderr).toBe(`warning: --workers ${cores + 1} is more than the ${cores} ${cores === 1 ? 'core' : 'cores'} this machine has: using ${cores}\n`);
    expect(r.status).toBe(0);
    runPipeline({ inputs: [inDir], out: join(dir, 'one') });
    expect(readdirSync(join(dir, 'many', 'articles')).sort()).toEqual(Object.keys(ARTICLES).map((k) => `${k}.json`));
    for (const f of REPORTS) expect(readFileSync(join(dir, 'many', f), 'utf8'), f).toBe(readFileSync(join(dir, 'one', f), 'utf8'));
  });
});
