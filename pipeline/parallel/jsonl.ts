// --jsonl: articles as JSON lines on stdin, one result JSON per line on stdout (in input order), messages on stderr.
// The pipeline as the map step of a batch engine (GNU parallel, Hadoop or Spark streaming): split the input by lines,
// run each part, concatenate the outputs. Streams both ways, so memory does not grow with the input.
import type { Readable, Writable } from 'node:stream';
import type { StageContext } from '../../src/model/stage.js';
import { DEFAULT_MAX_ARTICLE_BYTES, fromJson, type InputItem } from '../../src/ingest/read-inputs.js';
import { firstInvalidUtf8 } from '../../src/ingest/decode.js';
import { analyzeAll } from './pool.js';
import type { LexiconSources } from './lexicons.js';

export interface JsonlOptions {
  context?: Partial<StageContext>;
  lexicons?: LexiconSources;
  workers?: number;
  maxArticleBytes?: number;
  input?: Readable;
  output?: Writable;
  errors?: Writable;
}

/** The articles of a JSON-lines stream; a line without an id gets `stdin-<line>`, a repeated id `-2`, `-3` … */
export async function* jsonlArticles(input: Readable, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): AsyncGenerator<InputItem> {
  const used = new Set<string>();
  let lineNo = 0;
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  for await (const raw of byteLines(input, maxBytes)) {
    lineNo++;
    const source = `stdin:${lineNo}`;
    if (raw === null) { yield { ok: false, source, code: 'too-large', problem: `line is over --max-article-bytes ${maxBytes}` }; continue; }
    // Bytes, not a decoded stream: a Latin-1 "é" would otherwise pass as U+FFFD into the article.
    let line: string;
    try { line = utf8.decode(raw); } catch {
      const bad = Math.max(0, firstInvalidUtf8(raw));
      yield { ok: false, source, code: 'undecodable', problem: `not valid UTF-8: byte 0x${(raw[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')} at byte ${bad} of the line; send UTF-8` };
      continue;
    }
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (raw.length - (raw[raw.length - 1] === 0x0d ? 1 : 0) > maxBytes) { yield { ok: false, source, code: 'too-large', problem: `line is over --max-article-bytes ${maxBytes}` }; continue; }
    if (!line.trim()) continue;
    const item = fromJson(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line, source, `stdin-${lineNo}`, maxBytes);
    if (!item.ok) { yield item; continue; }
    let id = item.article.id;
    if (used.has(id)) { let k = 2; while (used.has(`${id}-${k}`)) k++; id = `${id}-${k}`; }
    used.add(id);
    yield { ok: true, article: { ...item.article, id, source: 'stdin' } };
  }
}

/** The lines of a byte stream, split at LF, without decoding; a line longer than `maxBytes` comes as null and is never
 *  held whole. */
async function* byteLines(input: Readable, maxBytes: number): AsyncGenerator<Buffer | null> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let pending = false;
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    let at = 0;
    for (;;) {
      const nl = buf.indexOf(0x0a, at);
      const piece = buf.subarray(at, nl === -1 ? buf.length : nl);
      if (piece.length) pending = true;
      if (!tooLong) {
        if (size + piece.length > maxBytes + 1) { tooLong = true; parts = []; size = 0; } else if (piece.length) { parts.push(piece); size += piece.length; }
      }
      if (nl === -1) break;
      yield tooLong ? null : Buffer.concat(parts, size);
      parts = []; size = 0; tooLong = false; pending = false;
      at = nl + 1;
    }
  }
  if (pending || tooLong) yield tooLong ? null : Buffer.concat(parts, size);
}

/** What a --jsonl run did; `outputClosed`: the reader of stdout went away (`| head`), and the run stopped there. */
export interface JsonlRun { articles: number; statements: number; failures: number; outputClosed?: boolean }

export async function runJsonl(opts: JsonlOptions = {}): Promise<JsonlRun> {
  const output = opts.output ?? process.stdout;
  const errors = opts.errors ?? process.stderr;
  let articles = 0;
  let statements = 0;
  let failures = 0;
  // A reader that stops early (`| head -n 1`) is normal in a pipeline: the write fails with EPIPE, and the run stops
  // quietly (stops reading stdin, ends the worker threads) rather than dying with a stack trace. Another write error
  // (a full disk) is thrown after that cleanup.
  let closed = false;
  let writeError: Error | null = null;
  const onError = (e: NodeJS.ErrnoException): void => {
    closed = true;
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') writeError ??= e;
  };
  output.on('error', onError);
  const items = jsonlArticles(opts.input ?? process.stdin, opts.maxArticleBytes);
  const poolOpts = { workers: opts.workers ?? 1, lexicons: opts.lexicons ?? {}, ...(opts.context ? { context: opts.context } : {}), ...(opts.maxArticleBytes ? { maxArticleBytes: opts.maxArticleBytes } : {}) };
  try {
    for await (const { item, analysis } of analyzeAll(items, poolOpts)) {
      if (closed || output.destroyed) { closed = true; break; } // (the pool's generator ends its worker threads)
      if (!item.ok) { failures++; errors.write(`error: ${item.source}: ${item.problem}\n`); continue; }
      if (!analysis?.ok) { failures++; errors.write(`error: ${item.article.id}: ${analysis?.problem ?? 'not analysed'}\n`); continue; }
      if (!('result' in analysis)) throw new Error('a JSONL run asks for results, not reports'); // (prepare is off)
      articles++;
      statements += analysis.result.statements.length;
      // Wait for a slow reader rather than buffer every result in memory.
      if (!output.write(`${JSON.stringify(analysis.result)}\n`)) await drained(output);
    }
  } finally {
    output.off('error', onError);
    // (errors after the run are still heard: an unheard 'error' event would end the process with a stack trace)
    if (closed) output.on('error', () => {});
    // Stdin is read no further: the articles' generator ends, which ends its stream.
    await items.return(undefined);
  }
  if (writeError) throw writeError;
  return { articles, statements, failures, ...(closed ? { outputClosed: true } : {}) };
}

/** Resolves when `output` can take more, or can take nothing more (an error, closed). */
function drained(output: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      for (const event of ['drain', 'error', 'close'] as const) output.off(event, done);
      resolve();
    };
    for (const event of ['drain', 'error', 'close'] as const) output.on(event, done);
  });
}
