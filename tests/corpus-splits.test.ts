import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpusSplits } from '../src/eval/splits.js';

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
