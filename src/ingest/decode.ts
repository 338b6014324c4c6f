// Bytes to text: BOMs (UTF-8, UTF-16 LE/BE), strict UTF-8 otherwise; binary files are refused with a reason.
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

export function decodeBytes(buf: Uint8Array): string {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return strictUtf8(buf.subarray(3));
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(buf.subarray(2));
  for (const [magic, what] of MAGIC) {
    if (magic.every((b, i) => buf[i] === b)) throw new InputProblem('binary', `binary file: looks like ${what}, not text`);
  }
  const probe = buf.subarray(0, 8192);
  if (probe.includes(0)) throw new InputProblem('binary', 'binary file: contains NUL bytes (UTF-16 needs a byte-order mark)');
  return strictUtf8(buf);
}

function strictUtf8(buf: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    let bad = 0;
    for (let i = 0; i < buf.length; i++) { if (buf[i] === 0xc0 || buf[i] === 0xc1 || (buf[i] as number) >= 0xf5) { bad = i; break; } }
    throw new InputProblem('undecodable', `not valid UTF-8 (first bad byte near offset ${bad}); save the file as UTF-8 or UTF-16 with a BOM`);
  }
}
