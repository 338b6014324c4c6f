import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prettyJsonPieces, writePrettyJson } from '../src/output/pretty-json.js';
import { analyzeArticle } from '../src/analyze.js';

const same = (v: unknown): void => expect([...prettyJsonPieces(v)].join('')).toBe(JSON.stringify(v, null, 2));

describe('prettyJsonPieces: JSON.stringify(value, null, 2) in pieces', () => {
  it('joins to the same text for an article result', () => {
    same(analyzeArticle('Harbour fees rise\nThe port authority said on Monday that berthing fees would rise by a tenth. “We have no choice,” its director, Ines Varga, told reporters.', { id: 'harbour' }));
  });
  it('joins to the same text for empty, nested, missing and odd members', () => {
    same({});
    same({ a: [], b: {}, c: [[1, [2, { d: [] }]], {}], e: undefined, f: () => 1, g: null, h: 'line\nbreak “quoted”', i: [undefined, () => 2, { j: new Date(0) }] });
    same({ only: undefined });
    same([1, { a: [2] }]);
    same('text');
    same(null);
    same({ t: { toJSON: () => ({ x: [1, 2] }) }, u: Object.assign([1, 2], { toJSON: () => 'arr' }) });
    same({ toJSON: () => [1, { y: 2 }] });
  });
  it('writes the text with a final newline and returns its sha256, and whether a string was in it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pretty-json-'));
    try {
      const value = { id: 'a', list: Array.from({ length: 3000 }, (_, i) => ({ n: i, text: `quote ${i} “\u0000” ${'x'.repeat(100)}` })) };
      const file = join(dir, 'a.json');
      const r = writePrettyJson(file, value, '\\u0000');
      const text = `${JSON.stringify(value, null, 2)}\n`;
      expect(readFileSync(file, 'utf8')).toBe(text);
      expect(r.sha256).toBe(createHash('sha256').update(text).digest('hex'));
      expect(r.found).toBe(true);
      expect(writePrettyJson(file, { id: 'b', list: ['plain'] }, '\\u0000').found).toBe(false);
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });
});
