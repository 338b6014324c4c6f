// A user's own labelled folder (articles/ + gold/, as corpus/ has): scored by `npm run eval -- --corpus-dir DIR`,
// checked by `node corpus/tools/check-gold.mjs DIR`; ids and folders are told apart, and a wrong argument is an error.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.js';

const ID = 'civic-eastmoor-police-inquiry';
const STATEMENTS = (JSON.parse(readFileSync(join(ROOT, 'corpus', 'gold', `${ID}.json`), 'utf8')) as { statements: unknown[] }).statements.length;
let mine = '';

const run = (script: string, args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, script), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 280_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

beforeAll(() => {
  mine = join(tempDir(), 'mycorpus');
  for (const part of ['articles', 'gold']) mkdirSync(join(mine, part), { recursive: true });
  copyFileSync(join(ROOT, 'corpus', 'articles', `${ID}.txt`), join(mine, 'articles', `${ID}.txt`));
  copyFileSync(join(ROOT, 'corpus', 'gold', `${ID}.json`), join(mine, 'gold', `${ID}.json`));
});

describe('npm run eval -- --corpus-dir DIR', () => {
  it('scores only that folder\'s articles, as one set when it has no splits.json', { timeout: 300_000 }, () => {
    const r = run('pipeline/eval-cli.ts', ['--corpus', 'local', '--corpus-dir', mine, '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const local = (JSON.parse(r.stdout) as { local: { figures: { articles: number; splits: object; statements: { all: { gold: number } } } } }).local.figures;
    expect(local.articles).toBe(1);
    expect(local.splits).toEqual({});
    expect(JSON.stringify(local)).toContain(`"gold":${STATEMENTS}`);
  });

  it('refuses a folder without articles/ or gold/, or with another corpus, as a usage error', { timeout: 120_000 }, () => {
    const empty = tempDir();
    const noGold = run('pipeline/eval-cli.ts', ['--corpus-dir', empty]);
    expect(noGold.status).toBe(2);
    expect(noGold.stderr).toContain('has no articles/ or gold/ folder');
    const polnear = run('pipeline/eval-cli.ts', ['--corpus', 'polnear', '--corpus-dir', mine]);
    expect(polnear.status).toBe(2);
    expect(polnear.stderr).toContain('--corpus-dir is the local corpus');
    const split = run('pipeline/eval-cli.ts', ['--corpus-dir', mine, '--local-split', 'dev']);
    expect(split.status).toBe(2);
    expect(split.stderr).toContain('splits.json');
  });
});

describe('corpus/tools/check-gold.mjs', () => {
  const check = (args: string[]) => {
    const r = spawnSync(process.execPath, [join(ROOT, 'corpus/tools/check-gold.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('checks a folder given as an argument or with --dir, and ids within it', () => {
    for (const args of [[mine], ['--dir', mine], ['--dir', mine, ID]]) {
      const r = check(args);
      expect(r.stdout, args.join(' ')).toBe(`1 gold files, ${STATEMENTS} statements, 0 problems\n`);
      expect(r.status).toBe(0);
    }
  });

  it('finds a span that no longer matches its text in that folder', () => {
    const bad = join(tempDir(), 'bad');
    for (const part of ['articles', 'gold']) mkdirSync(join(bad, part), { recursive: true });
    writeFileSync(join(bad, 'articles', 'x.txt'), 'Head\nThe mayor said the road would open.\n');
    writeFileSync(join(bad, 'gold', 'x.json'), JSON.stringify({ articleId: 'x', statements: [{ type: 'indirect', content: { start: 24, end: 36, text: 'the bridge would open' }, cue: null, speaker: { name: 'the mayor', kind: 'anonymous' }, act: 'SAY', framing: 'NEUTRAL', targets: [] }] }));
    const r = check([bad]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('1 gold files, 1 statements, 1 problems');
  });

  it('an argument that is neither an id of a gold file nor a corpus folder is an error, not "0 gold files"', () => {
    for (const [args, words] of [[['../no-such-corpus'], 'no such folder'], [['no-such-id'], 'no gold file'], [[tempDir()], 'has no gold/ folder'], [['--dirr', mine], 'unknown option']] as const) {
      const r = check([...args]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(words);
      expect(r.stdout).not.toContain('0 gold files');
    }
  });
});
