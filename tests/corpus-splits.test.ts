import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpusSplits } from '../src/eval/splits.js';
import { evaluateLocalCorpus } from '../src/eval/local.js';

const withFile = (content: string | null): string => {
  const dir = mkdtempSync(join(tmpdir(), 'splits-'));
  if (content !== null) writeFileSync(join(dir, 'splits.json'), content);
  return dir;
};

describe('corpus splits', () => {
  it('puts listed ids in dev or test and every other id in train', () => {
    const splits = loadCorpusSplits(withFile(JSON.stringify({ about: 'x', dev: ['b'], test: ['c'] })), ['a', 'b', 'c']);
    expect(['a', 'b', 'c'].map((id) => splits.of(id))).toEqual(['train', 'dev', 'test']);
    expect(splits.warnings).toEqual([]);
  });

  it('without a splits file every article is train', () => {
    expect(loadCorpusSplits(withFile(null), ['a']).of('a')).toBe('train');
  });

  it('warns about an id with no gold article and about an id listed twice, keeping the first split', () => {
    const splits = loadCorpusSplits(withFile(JSON.stringify({ about: 'x', dev: ['b', 'gone'], test: ['b'] })), ['b']);
    expect(splits.of('b')).toBe('dev');
    expect(splits.warnings).toHaveLength(2);
    expect(splits.warnings[0]).toContain('gone');
    expect(splits.warnings[1]).toContain('b is in both dev and test');
  });

  it('refuses a malformed file, naming it and the problem', () => {
    const dir = withFile(JSON.stringify({ about: 'x', dev: 'b', test: [] }));
    expect(() => loadCorpusSplits(dir, ['b'])).toThrow(/splits\.json: dev: /);
    expect(() => loadCorpusSplits(withFile('{not json'), [])).toThrow(/splits\.json: not JSON/);
  });
});

describe('local evaluation by split', () => {
  // The real corpus, scored against a system that finds nothing: every gold statement becomes a listed miss, fast.
  const corpusRoot = fileURLToPath(new URL('../corpus', import.meta.url));
  const nothing = { analyze: () => [], worst: 1000 };
  const splitFile = JSON.parse(readFileSync(join(corpusRoot, 'splits.json'), 'utf8')) as { test: string[] };

  it('lists no error of a held-out test article unless test is asked for', () => {
    const { figures } = evaluateLocalCorpus(corpusRoot, nothing);
    expect(figures.splits.test?.articles).toBe(splitFile.test.length);
    expect(figures.worstErrors.length).toBeGreaterThan(0);
    expect(figures.worstErrors.filter((error) => splitFile.test.includes(error.articleId))).toEqual([]);
    expect(figures.errorScope).toContain('held out');
    expect(figures.perArticle.filter((row) => splitFile.test.includes(row.id))).toEqual([]);
    expect(figures.splits.test?.errorKinds).toEqual([]);
    expect(figures.splits.test?.statements.gold).toBeGreaterThan(0);
  });

  it('scores only the splits named, and lists the test errors when test is named', () => {
    const onlyTest = evaluateLocalCorpus(corpusRoot, { ...nothing, localSplits: ['test'] }).figures;
    expect(onlyTest.articles).toBe(splitFile.test.length);
    expect(Object.keys(onlyTest.splits)).toEqual(['test']);
    expect(onlyTest.worstErrors.every((error) => splitFile.test.includes(error.articleId))).toBe(true);
    expect(onlyTest.worstErrors.length).toBeGreaterThan(0);
    const trainDev = evaluateLocalCorpus(corpusRoot, { ...nothing, localSplits: ['train', 'dev'] }).figures;
    expect(Object.keys(trainDev.splits).sort()).toEqual(['dev', 'train']);
  });
});
