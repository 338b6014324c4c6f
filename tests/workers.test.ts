// --workers 2 hands results on in input order: every report is byte-identical to one worker's.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers.js';

describe('--workers 2', () => {
  const one = tempDir();
  const two = tempDir();
  let runs: Array<ReturnType<typeof runCli>> = [];
  beforeAll(() => {
    runs = [runCli(['corpus/articles', '--out', one, '--quiet']), runCli(['corpus/articles', '--out', two, '--quiet', '--workers', '2'])];
  }, 180_000);

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
