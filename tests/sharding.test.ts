// --jsonl as the map step of a batch engine: the corpus split into shards, each run on its own, the outputs
// concatenated, gives the same statements as one run over the whole corpus.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArticleResult } from '../src/model/article-result.js';
import { firstLine } from '../src/ingest/read-inputs.js';
import { ROOT, runCli, tempDir } from './helpers.js';

const corpusDir = join(ROOT, 'corpus/articles');
const files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
// (a .txt file's first line is its headline; in JSON the headline is the title field, so it is given as the .txt reader reads it)
const lines = files.map((f) => { const text = readFileSync(join(corpusDir, f), 'utf8'); return JSON.stringify({ id: basename(f, '.txt'), title: firstLine(text), text }); });

/** Three contiguous shards of unequal size (1/6, 1/3, 1/2), as `parallel --pipe` or a Hadoop split would cut them. */
function shards(all: string[]): string[][] {
  const a = Math.floor(all.length / 6);
  const b = Math.floor(all.length / 2);
  return [all.slice(0, a), all.slice(a, b), all.slice(b)];
}

describe('--jsonl shards', () => {
  const out = tempDir();
  let whole: Map<string, ArticleResult>;
  const runs: Array<ReturnType<typeof runCli>> = [];
  const parts = shards(lines);
  // One malformed line inside the second shard: reported on stderr, the shard's other articles still come out.
  const broken = [...(parts[1] as string[])];
  broken.splice(1, 0, '{"text": "unterminated');

  beforeAll(() => {
    const r = runCli([corpusDir, '--out', out, '--quiet']);
    expect(r.status).toBe(0);
    whole = new Map(readdirSync(join(out, 'articles')).map((f) => {
      const res = ArticleResult.parse(JSON.parse(readFileSync(join(out, 'articles', f), 'utf8')));
      return [res.article.id, res];
    }));
    runs.push(runCli(['--jsonl', '--quiet'], `${(parts[0] as string[]).join('\n')}\n`));
    runs.push(runCli(['--jsonl', '--quiet', '--workers', '2'], `${broken.join('\n')}\n`));
    runs.push(runCli(['--jsonl', '--quiet'], `${(parts[2] as string[]).join('\r\n')}`));
  }, 180_000);

  it('splits the corpus into three non-empty shards', () => {
    expect(parts.map((p) => p.length).every((n) => n > 0)).toBe(true);
    expect(parts.flat()).toEqual(lines);
  });

  it('gives, concatenated, one result line per article in input order with the statements of one whole run', () => {
    const outLines = runs.map((r) => r.stdout).join('').split('\n').filter(Boolean);
    const results = outLines.map((l) => ArticleResult.parse(JSON.parse(l)));
    expect(results.map((r) => r.article.id)).toEqual(files.map((f) => basename(f, '.txt')));
    let statements = 0;
    for (const r of results) {
      const ref = whole.get(r.article.id);
      expect(ref, r.article.id).toBeDefined();
      expect(r.article.text).toBe(ref?.article.text);
      expect(r.statements, r.article.id).toEqual(ref?.statements);
      expect(r.messages, r.article.id).toEqual(ref?.messages);
      statements += r.statements.length;
    }
    expect(statements).toBeGreaterThan(0);
  });

  it('reports a bad line on stderr with its line number and exits 1, keeping stdout for results', () => {
    expect(runs[0]?.status).toBe(0);
    expect(runs[2]?.status).toBe(0);
    expect(runs[1]?.status).toBe(1);
    expect(runs[1]?.stderr).toMatch(/stdin:2: malformed JSON/u);
    for (const r of runs) expect(r.stdout.split('\n').filter(Boolean).every((l) => l.startsWith('{"schemaVersion"'))).toBe(true);
  });
});
