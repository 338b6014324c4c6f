// The JSON-lines reader of --jsonl, in process: ids, bad lines, the size limit.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { jsonlArticles } from '../pipeline/parallel/jsonl.js';
import type { InputItem } from '../src/ingest/read-inputs.js';

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
