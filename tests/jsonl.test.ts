// The JSON-lines reader of --jsonl, in process: ids, bad lines, the size limit; a reader of stdout that stops early.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { jsonlArticles, runJsonl } from '../pipeline/parallel/jsonl.js';
import type { InputItem } from '../src/ingest/read-inputs.js';
import { ROOT } from './helpers.js';

async function read(text: string, max?: number): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of jsonlArticles(Readable.from([text]), max)) out.push(item);
  return out;
}
const ids = (items: InputItem[]): string[] => items.map((i) => (i.ok ? i.article.id : `!${i.code}@${i.source}`));

describe('jsonlArticles', () => {
  it.each([
    ['ids given, missing and repeated', '{"id":"a","text":"T\\nx"}\n{"text":"T\\ny"}\n{"id":"a","text":"T\\nz"}\n{"id":7,"text":"T\\nw"}\n', ['a', 'stdin-2', 'a-2', '7']],
    ['blank lines skipped, line numbers kept', '\n{"text":"T\\nx"}\n\n{"text":"T\\ny"}', ['stdin-2', 'stdin-4']],
    ['CRLF line ends and a byte-order mark', '\uFEFF{"id":"a","text":"T\\nx"}\r\n{"id":"b","text":"T\\ny"}\r\n', ['a', 'b']],
    ['bad lines are named by line and do not stop the stream', '{"text":\n[1]\n{"text":"   "}\n{"id":"ok","text":"T\\nx"}\n', ['!malformed-json@stdin:1', '!invalid-article@stdin:2', '!empty@stdin:3', 'ok']],
  ])('%s', async (_name, input, expected) => {
    expect(ids(await read(input))).toEqual(expected);
  });

  it('refuses a line over the byte limit with a message naming --max-article-bytes', async () => {
    const items = await read(`${JSON.stringify({ id: 'big', text: 'é'.repeat(60) })}\n${JSON.stringify({ id: 'small', text: 'T\nx' })}\n`, 100);
    expect(ids(items)).toEqual(['!too-large@stdin:1', 'small']);
    const first = items[0];
    expect(first && !first.ok ? first.problem : '').toContain('--max-article-bytes 100');
  });

  it('names a line that is not UTF-8 and goes on with the next (no silent U+FFFD)', async () => {
    const latin1 = Buffer.concat([Buffer.from('{"id":"x","text":"caf'), Buffer.from([0xe9]), Buffer.from(' said it"}\n{"id":"ok","text":"T\\nx"}\n')]);
    const out: InputItem[] = [];
    for await (const item of jsonlArticles(Readable.from([latin1]))) out.push(item);
    expect(ids(out)).toEqual(['!undecodable@stdin:1', 'ok']);
    const first = out[0];
    expect(first && !first.ok ? first.problem : '').toContain('byte 0xE9 at byte 21');
  });

  it('reads a line split across chunks, and a last line without a newline', async () => {
    const chunks = [Buffer.from('{"id":"a","te'), Buffer.from('xt":"T\\nx"}\n{"id":"b",'), Buffer.from('"text":"T\\ny"}')];
    const out: InputItem[] = [];
    for await (const item of jsonlArticles(Readable.from(chunks))) out.push(item);
    expect(ids(out)).toEqual(['a', 'b']);
  });

  it('keeps the text, title, url and date of an article', async () => {
    const [item] = await read(`${JSON.stringify({ id: 'x', title: 'Head', text: 'Line one\nLine two', url: 'https://example.org/x', date: '2026-01-02' })}\n`);
    expect(item?.ok ? item.article : null).toEqual({ id: 'x', source: 'stdin', title: 'Head', text: 'Line one\nLine two', url: 'https://example.org/x', date: '2026-01-02' });
  });
});

describe('runJsonl when the reader of its output goes away (`| head -n 1`)', () => {
  const line = (id: string) => `${JSON.stringify({ id, text: 'Council delays vote\n“We need more time,” said Lena Hart, a spokesperson for Norvane.' })}\n`;

  it('stops after the write that failed with EPIPE, reads no further, and throws nothing', { timeout: 120_000 }, async () => {
    let pulled = 0;
    async function* endless(): AsyncGenerator<string> { for (;;) { pulled++; yield line(`a${pulled}`); } }
    const written: string[] = [];
    const output = new Writable({
      write(chunk: Buffer, _enc, done) {
        written.push(chunk.toString());
        // The first result is taken; the reader then closes its end, as head does.
        done(written.length > 1 ? Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }) : null);
      },
    });
    const errors: string[] = [];
    const stderr = new Writable({ write(chunk: Buffer, _enc, done) { errors.push(chunk.toString()); done(); } });
    const r = await runJsonl({ input: Readable.from(endless()), output, errors: stderr });
    expect(r.outputClosed).toBe(true);
    expect(r.articles).toBe(2); // the second result was written when the close was heard
    expect(JSON.parse(written[0] as string).article.id).toBe('a1');
    expect(errors).toEqual([]);
    expect(pulled).toBeLessThan(6); // the input was not read to its (endless) end
  });

  it('through the command line: one line taken, status 0, no stack trace', { timeout: 240_000 }, async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'pipeline/cli.ts'), '--jsonl'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    // An endless input: the run must stop because its reader went away, not because the input ended.
    const feed = (): void => { if (!child.stdin.destroyed) child.stdin.write(line('x'), () => setImmediate(feed)); };
    child.stdin.on('error', () => {});
    feed();
    let first = '';
    await new Promise<void>((resolveLine) => {
      child.stdout.on('data', (d: Buffer) => { first += d.toString(); if (first.includes('\n')) { child.stdout.destroy(); resolveLine(); } });
    });
    const status = await new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));
    expect(JSON.parse(first.split('\n')[0] as string).article.id).toBe('x');
    expect(status).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|at runJsonl|Error/u);
  });
});
