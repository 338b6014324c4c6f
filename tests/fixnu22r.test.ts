// Input handling two new users met: a .txt file whose first line is body text, and a file with one Windows-1252 byte.
// Articles written for these tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.js';
import { readArticles, type InputItem } from '../src/ingest/read-inputs.js';
import { analyzeArticle } from '../src/index.js';
import { newDoc } from '../src/model/document.js';

const read = (name: string, bytes: Uint8Array | string, encoding?: 'utf-8' | 'windows-1252'): InputItem => {
  const buf = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  const items = [...readArticles([name], { readFile: () => buf, statFile: () => ({ isFile: () => true, size: buf.length }), ...(encoding ? { encoding } : {}) })];
  expect(items).toHaveLength(1);
  return items[0]!;
};
const notesOf = (item: InputItem) => (item.ok ? item.article.notes ?? [] : []);

describe('a .txt file whose first line is body text: its first line is still the headline (README), with a message', () => {
  it('names the file when the first line reads as a sentence', () => {
    const item = read('/tmp/road.txt', 'The mayor said the ring road would close for a month from Monday.\nDrivers were told to use the bypass.\n');
    expect(item.ok && item.article.title).toBe('The mayor said the ring road would close for a month from Monday.');
    const notes = notesOf(item);
    expect(notes.map((n) => n.ruleId)).toEqual(['input:first-line-not-headline']);
    expect(notes[0]?.reason).toContain('/tmp/road.txt');
  });
  it('the message reaches the article\'s messages', () => {
    const item = read('/tmp/road.txt', 'The mayor said the ring road would close for a month from Monday.\nDrivers were told to use the bypass, the council said.\n');
    if (!item.ok) throw new Error('not read');
    expect(newDoc(item.article).messages.map((m) => m.ruleId)).toContain('input:first-line-not-headline');
    expect(analyzeArticle(item.article.text, { title: item.article.title }).statements.length).toBeGreaterThanOrEqual(0);
  });
  it.each([
    ['a headline', 'Ring road to close for a month\nThe mayor said the road would close from Monday.\n'],
    ['a headline with a colon inside', 'Ring road: closure set for Monday\nThe mayor said the road would close.\n'],
    ['a file of one line', 'The mayor said the ring road would close.'],
  ])('must not fire on %s', (_, text) => {
    expect(notesOf(read('/tmp/ok.txt', text))).toEqual([]);
  });
  it('must not fire on JSON, whose first line is read by the headline rule already', () => {
    expect(notesOf(read('/tmp/a.json', JSON.stringify({ text: 'The mayor said the road would close.\nDrivers were told to use the bypass.' })))).toEqual([]);
  });
});

describe('--encoding windows-1252: a stray Windows-1252 byte', () => {
  const bytes = Buffer.concat([Buffer.from('Caf\u00e9 owners protest\nThe owner of the caf', 'latin1'), Buffer.from([0xe9]), Buffer.from(' said rents had doubled.\n', 'latin1')]);
  it('is refused by default, and the message says how to read it', () => {
    const item = read('/tmp/cafe.txt', bytes);
    expect(item.ok).toBe(false);
    expect(!item.ok && item.problem).toMatch(/--encoding windows-1252/u);
  });
  it('is read as Windows-1252 with a message naming the file and the byte offset', () => {
    const item = read('/tmp/cafe.txt', bytes, 'windows-1252');
    expect(item.ok && item.article.text).toContain('the café said');
    const notes = notesOf(item);
    expect(notes[0]?.ruleId).toBe('input:decoded-windows-1252');
    expect(notes[0]?.reason).toMatch(/^\/tmp\/cafe\.txt: .*offset 3\b/u);
  });
  it('leaves a valid UTF-8 file as it was, with no message', () => {
    const item = read('/tmp/ok.txt', 'Café owners protest\nThe owner said rents had doubled.\n', 'windows-1252');
    expect(item.ok && item.article.text).toContain('Café');
    expect(notesOf(item)).toEqual([]);
  });
});

describe('the command line with --encoding', () => {
  const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'pipeline/cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
  it('reads a Windows-1252 file and names it in messages.csv; refuses an encoding it does not know', { timeout: 300_000 }, () => {
    const dir = tempDir('sa-enc-');
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'cafe.txt'), Buffer.concat([Buffer.from('Caf\u00e9 owners protest\nThe owner of the caf\u00e9 said rents had doubled.\n', 'latin1')]));
    const r = cli([join(dir, 'in'), '--out', join(dir, 'out'), '--encoding', 'windows-1252', '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    const messages = readFileSync(join(dir, 'out', 'messages.csv'), 'utf8');
    expect(messages).toMatch(/input:decoded-windows-1252/u);
    expect(messages).toMatch(/cafe\.txt: not valid UTF-8 \(first at byte 0xE9, offset 3/u);
    const bad = cli([join(dir, 'in'), '--out', join(dir, 'out2'), '--encoding', 'ebcdic']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--encoding ebcdic/u);
  });
});
