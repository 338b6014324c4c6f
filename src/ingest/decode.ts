// Bytes to text: BOMs (UTF-8, UTF-16 LE/BE), strict UTF-8 otherwise; binary files are refused with a reason.
// A UTF-8 byte-order mark stays in the text as its first character (U+FEFF): Node's readFileSync(f, 'utf8') and
// Python's open(f, encoding='utf-8') keep it, so the offsets of a .txt file's statements slice the text those tools
// read. (U+FEFF is whitespace to the pipeline: String#trim, /\s/ and the paragraph splitter skip it.) A UTF-16 file's
// mark is dropped, as Python's 'utf-16' codec drops it: offsets count UTF-16 code units of the decoded text after it.
export class InputProblem extends Error {
  constructor(readonly code: string, message: string) { super(message); this.name = 'InputProblem'; }
}

const MAGIC: Array<[number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or .docx/.xlsx)'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable (ELF)'],
];

/**
 * What a file that is not valid UTF-8 is read as: refused (the default), or Windows-1252 with a note (--encoding; the
 * labels latin1 and iso-8859-1 name it too, as in browsers: the same letters, and printable characters for 0x80-0x9F).
 */
export type Fallback = 'utf-8' | 'windows-1252';

/**
 * Bytes to text, as decodeBytes, but with `fallback: 'windows-1252'` a file with no byte-order mark that is not valid
 * UTF-8 (one stray "é" saved by an old editor) is read as Windows-1252 instead of refused, and `note` says where the
 * first byte that is no UTF-8 is and which characters above ASCII the reading gave, for a message naming the file.
 */
export function decodeWithFallback(buf: Uint8Array, fallback: Fallback = 'utf-8'): { text: string; note?: string } {
  try {
    return { text: decodeBytes(buf) };
  } catch (e) {
    if (fallback !== 'windows-1252' || !(e instanceof InputProblem) || !/^not valid UTF-8/u.test(e.message)) throw e;
    const bad = Math.max(0, firstInvalidUtf8(buf));
    const byte = (buf[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    const text = decodeWindows1252(buf);
    return { text, note: `not valid UTF-8 (first at byte 0x${byte}, offset ${bad}, line ${lineAt(buf, bad)}): read as Windows-1252 (--encoding windows-1252), which gave ${charsAboveAscii(buf)}; if one of them is not what the file shows in its editor, the file is in another encoding: save it as UTF-8` };
  }
}

/**
 * Windows-1252 bytes 0x80-0x9F, as the WHATWG Encoding Standard's index-windows-1252 maps them (curly quotes, dashes,
 * the euro sign...); 0xA0-0xFF are the Latin-1 letters, the same code points as the bytes. Not Node's
 * `TextDecoder('windows-1252')`: Node 20.18.3+ and 22.13+ decode that label as Latin-1, 0x93 to the control U+0093
 * (nodejs/node#56542, #60888). The five bytes Windows-1252 leaves unassigned stay the C1 controls, as the standard says.
 */
export const WINDOWS_1252_80_9F: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

export function decodeWindows1252(buf: Uint8Array): string {
  let out = '';
  const CHUNK = 8192; // (String.fromCharCode takes its codes as arguments: a whole file would overflow the stack)
  for (let i = 0; i < buf.length; i += CHUNK) {
    const codes = Array.from(buf.subarray(i, i + CHUNK), (b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_80_9F[b - 0x80] as number : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** The distinct characters above ASCII a Windows-1252 reading gives, in order of first appearance, for the note. */
function charsAboveAscii(buf: Uint8Array, max = 12): string {
  const seen = new Map<number, number>();
  for (const b of buf) if (b >= 0x80 && !seen.has(b)) seen.set(b, seen.size);
  const shown = [...seen.keys()].slice(0, max).map((b) => {
    const c = b >= 0x80 && b <= 0x9f ? WINDOWS_1252_80_9F[b - 0x80] as number : b;
    // (a byte Windows-1252 leaves unassigned, or the no-break space, would be invisible in the message)
    return c <= 0xa0 ? `0x${b.toString(16).toUpperCase()} (U+${c.toString(16).toUpperCase().padStart(4, '0')}, ${c === 0xa0 ? 'a no-break space' : 'no character in Windows-1252'})` : `${String.fromCharCode(c)} (0x${b.toString(16).toUpperCase()})`;
  });
  const more = seen.size > max ? ` and ${seen.size - max} more` : '';
  return `${seen.size === 1 ? 'this character' : 'these characters'} above ASCII: ${shown.join(', ')}${more}`;
}

export function decodeBytes(buf: Uint8Array): string {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return `\uFEFF${strictUtf8(buf.subarray(3), 3)}`;
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return strictUtf16(buf.subarray(2), 'utf-16le');
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return strictUtf16(buf.subarray(2), 'utf-16be');
  for (const [magic, what] of MAGIC) {
    if (magic.every((b, i) => buf[i] === b)) throw new InputProblem('binary', `binary file: looks like ${what}, not text`);
  }
  const probe = buf.subarray(0, 8192);
  if (probe.includes(0)) throw new InputProblem('binary', 'binary file: contains NUL bytes (UTF-16 needs a byte-order mark)');
  return strictUtf8(buf);
}

/** `skip`: the bytes before `buf` in the file (a BOM), so that the offset told is the file's. */
function strictUtf8(buf: Uint8Array, skip = 0): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    const bad = Math.max(0, firstInvalidUtf8(buf));
    const byte = (buf[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new InputProblem('undecodable', `not valid UTF-8: byte 0x${byte} at offset ${bad + skip} (line ${lineAt(buf, bad)}) is not part of a UTF-8 character; save the file as UTF-8, or UTF-16 with a byte-order mark, or run with --encoding windows-1252 to read such files as Windows-1252`);
  }
}

function strictUtf16(buf: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  const name = encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
  if (buf.length % 2 === 1) throw new InputProblem('undecodable', `not valid ${name}: ${buf.length + 2} bytes, an odd number (the file is cut short)`);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(buf);
  } catch {
    throw new InputProblem('undecodable', `not valid ${name}: it has an unpaired surrogate; save the file again as UTF-8 or UTF-16`);
  }
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629), or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] as number;
    if (c < 0x80) { i++; continue; }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (n === 0 || i + n >= b.length) return i;
    for (let k = 1; k <= n; k++) if (((b[i + k] as number) & 0xc0) !== 0x80) return i;
    const c1 = b[i + 1] as number; // overlong forms, surrogates, beyond U+10FFFF
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f) || (c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return i;
    i += n + 1;
  }
  return -1;
}

function lineAt(buf: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (buf[i] === 0x0a) line++;
  return line;
}
