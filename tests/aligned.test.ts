import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignCorpus } from '../src/eval/aligned.js';
import type { Statement } from '../src/model/article-result.js';

const corpus = join(import.meta.dirname, '..', 'corpus');
const splits = JSON.parse(readFileSync(join(corpus, 'splits.json'), 'utf8')) as { dev: string[]; test: string[] };

describe('alignCorpus', () => {
  it('reads only the splits it is given, so a model never learns from test articles', () => {
    const seen: string[] = [];
    const none = (_text: string, id: string): readonly Statement[] => { seen.push(id); return []; };
    const aligned = alignCorpus(corpus, ['train', 'dev'], none);
    expect(aligned.length).toBeGreaterThan(0);
    for (const id of splits.test) expect(seen).not.toContain(id);
    expect(aligned.filter((a) => a.split === 'dev').map((a) => a.id).sort()).toEqual([...splits.dev].sort());
    // With no system statements nothing pairs and nothing is left over.
    expect(aligned.every((a) => a.pairs.length === 0 && a.unmatched.length === 0)).toBe(true);
  });

  it('pairs a gold statement with a system statement over the same span and leaves the others unmatched', () => {
    const [first] = alignCorpus(corpus, ['dev'], () => []);
    const gold = JSON.parse(readFileSync(join(corpus, 'gold', `${first!.id}.json`), 'utf8')).statements[0];
    const echo = (text: string): readonly Statement[] => [
      { content: { start: gold.content.start, end: gold.content.end, text: text.slice(gold.content.start, gold.content.end) } },
      { content: { start: 0, end: 5, text: text.slice(0, 5) } },
    ] as unknown as Statement[];
    const [again] = alignCorpus(corpus, ['dev'], echo).filter((a) => a.id === first!.id);
    expect(again!.pairs).toHaveLength(1);
    expect(again!.pairs[0]!.gold.content.start).toBe(gold.content.start);
    expect(again!.unmatched.map((s) => s.content.start)).toEqual([0]);
  });
});
