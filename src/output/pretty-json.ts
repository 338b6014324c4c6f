// JSON.stringify(value, null, 2) in pieces, so that a long article's JSON (for a 2 MB article ~20 M characters, held as
// UTF-16: ~40 MB) is written and hashed without ever being one string.
import { closeSync, openSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';

const hasToJSON = (v: object): boolean => typeof (v as { toJSON?: unknown }).toJSON === 'function';

/**
 * The text of JSON.stringify(value, null, 2) as pieces that join to it exactly: an object's members one at a time, and
 * each element of a non-empty array member on its own. Each piece is whole JSON tokens (no piece ends inside a string),
 * so a search for an escape sequence can run piece by piece. Anything other than a plain object is one piece.
 */
export function* prettyJsonPieces(value: unknown): Generator<string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || hasToJSON(value)) {
    yield JSON.stringify(value, null, 2);
    return;
  }
  let members = 0;
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    const name = `${members ? ',' : '{'}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(v) && v.length > 0 && !hasToJSON(v)) {
      members++;
      yield `${name}[`;
      // (re-indented with a plain string search: the same text as a /\n/g replace, without the pattern's match objects)
      for (let i = 0; i < v.length; i++) yield `${i ? ',' : ''}\n    ${(JSON.stringify(v[i], null, 2) ?? 'null').replaceAll('\n', '\n    ')}`;
      yield '\n  ]';
    } else {
      const text = JSON.stringify(v, null, 2) as string | undefined;
      if (text === undefined) continue; // (undefined, a function, a symbol: left out, as JSON.stringify leaves them out)
      members++;
      yield `${name}${text.replaceAll('\n', '\n  ')}`;
    }
  }
  yield members ? '\n}' : '{}';
}

/** Characters gathered before a write: one write for a news article, a few hundred for a 2 MB one. */
const WRITE_CHARS = 256 * 1024;

/**
 * Writes JSON.stringify(value, null, 2) and a final newline to `path` piece by piece; returns the file's sha256 and
 * whether the text holds `find` (searched in each piece: pass a string that lies within one JSON token).
 */
export function writePrettyJson(path: string, value: unknown, find: string): { sha256: string; found: boolean } {
  const hash = createHash('sha256');
  let found = false;
  const fd = openSync(path, 'w');
  try {
    let parts: string[] = [];
    let chars = 0;
    const flush = (): void => {
      const buf = Buffer.from(parts.length === 1 ? parts[0] as string : parts.join(''), 'utf8');
      parts = [];
      chars = 0;
      for (let at = 0; at < buf.length;) at += writeSync(fd, buf, at, buf.length - at);
      hash.update(buf);
    };
    for (const piece of prettyJsonPieces(value)) {
      if (!found && piece.includes(find)) found = true;
      parts.push(piece);
      chars += piece.length;
      if (chars >= WRITE_CHARS) flush();
    }
    parts.push('\n');
    flush();
  } finally { closeSync(fd); }
  return { sha256: hash.digest('hex'), found };
}
