// Files are written to a temporary name and renamed when complete, so a crash or Ctrl-C never leaves a truncated
// report and the previous outputs stay until the new ones are whole. A failed write (disk full, a file where a folder
// should be, no permission) is a PipelineError naming the path and the reason. Each file's sha256 is computed while it
// is written (the manifest records it, which is how a later run tells a reviewer's edit from its own output).
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createHash, randomBytes, type Hash } from 'node:crypto';
import { dirname } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { PipelineError } from '../model/stage.js';
import { readAsMeant, textMisDecoded } from '../ingest/readable-text.js';

const pending = new Set<TempFile>();

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

const WRITE_ERRORS: Record<string, string> = {
  ENOSPC: 'no space left on the device', EDQUOT: 'disk quota exceeded', EACCES: 'permission denied', EPERM: 'permission denied',
  EROFS: 'read-only file system', ENOTDIR: 'a part of the path is a file, not a folder', EEXIST: 'a part of the path is a file, not a folder',
  EISDIR: 'a folder is in the way', ENAMETOOLONG: 'the name is too long', EIO: 'input/output error',
};

/** A write failure as a PipelineError: which file, why, and what to do. */
export function writeError(path: string, e: unknown): PipelineError {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  return new PipelineError('E_WRITE', `cannot write ${path}: ${WRITE_ERRORS[code] ?? (e as Error).message}${code ? ` (${code})` : ''}`,
    'check that --out names a folder you can write to, on a disk with free space');
}

/** A file written piece by piece into a temporary file beside it, renamed into place on commit. */
export class TempFile {
  private readonly tmp: string;
  private fd: number | null = null;
  private readonly hash: Hash = createHash('sha256');
  private digest: string | null = null;
  constructor(readonly path: string) {
    this.tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
    try {
      mkdirSync(dirname(path), { recursive: true });
      this.fd = openSync(this.tmp, 'w');
    } catch (e) { throw writeError(path, e); }
    pending.add(this);
  }
  /** The temporary file's own path (to read back a file that is never committed, such as a spilled run). */
  get tempPath(): string { return this.tmp; }
  /**
   * Text not yet written: a run's writer adds a few small pieces per article to each of its files, and one system call
   * (and one buffer) per piece cost the main thread more than the text itself. At most TempFile.BUFFER_CHARS are held.
   */
  private buffered: string[] = [];
  private bufferedChars = 0;
  static readonly BUFFER_CHARS = 64 * 1024;
  write(data: string): void {
    if (!data) return;
    if (this.fd === null) throw new PipelineError('E_WRITE_CLOSED', `${this.path} was already closed`);
    this.buffered.push(data);
    this.bufferedChars += data.length;
    if (this.bufferedChars >= TempFile.BUFFER_CHARS) this.flush();
  }
  /** Writes the buffered text (whole strings, so no character is split) and adds it to the hash. */
  private flush(): void {
    if (!this.buffered.length || this.fd === null) return;
    const buf = Buffer.from(this.buffered.length === 1 ? this.buffered[0] as string : this.buffered.join(''), 'utf8');
    this.buffered = [];
    this.bufferedChars = 0;
    try {
      for (let at = 0; at < buf.length;) at += writeSync(this.fd, buf, at, buf.length - at);
    } catch (e) { throw writeError(this.path, e); }
    this.hash.update(buf);
  }
  /** Closes the temporary file (it keeps no file descriptor) without renaming it yet; returns its sha256. */
  close(): string {
    if (this.fd !== null) {
      try { this.flush(); closeSync(this.fd); } catch (e) { throw e instanceof PipelineError ? e : writeError(this.path, e); } finally { this.fd = null; }
    }
    this.digest ??= this.hash.digest('hex');
    return this.digest;
  }
  /** Renames the file into place; returns its sha256. */
  commit(): string {
    const digest = this.close();
    try { renameSync(this.tmp, this.path); } catch (e) { throw writeError(this.path, e); }
    pending.delete(this);
    return digest;
  }
  /** Removes the temporary file; the file at `path` stays as it was. */
  discard(): void {
    this.buffered = [];
    this.bufferedChars = 0;
    if (this.fd !== null) { try { closeSync(this.fd); } catch { /* already closed */ } this.fd = null; }
    try { rmSync(this.tmp, { force: true }); } catch { /* already gone */ }
    pending.delete(this);
  }
}

/** Writes `data` atomically and returns its sha256. */
export function writeFileAtomic(path: string, data: string): string {
  const f = stageFile(path, data);
  try { return f.commit(); } catch (e) { f.discard(); throw e; }
}

/** Writes `data` to a closed temporary file beside `path`; `commit()` renames it into place later. */
export function stageFile(path: string, data: string): TempFile {
  const f = new TempFile(path);
  try { f.write(data); f.close(); } catch (e) { f.discard(); throw e; }
  return f;
}

/** Removes the temporary files of every write not yet committed (on SIGINT/SIGTERM or a failed run). */
export function discardPending(): void {
  for (const f of [...pending]) f.discard();
}

/**
 * The longest cell a CSV holds, in characters (UTF-16 code units, as spreadsheets count them): Excel and LibreOffice cap a
 * cell at 32,767 and cut or refuse longer ones. A longer cell keeps its first MAX_CSV_CELL characters and says how long
 * it was (shortenCell); the row's offsets are kept, and the article JSON has the full text.
 */
export const MAX_CSV_CELL = 32_000;

/** A cell as the CSVs write it: itself, or when longer than MAX_CSV_CELL its start, an ellipsis and its full length. */
export function shortenCell(cell: string): string {
  if (cell.length <= MAX_CSV_CELL) return cell;
  const code = cell.charCodeAt(MAX_CSV_CELL - 1);
  const keep = code >= 0xd800 && code <= 0xdbff ? MAX_CSV_CELL - 1 : MAX_CSV_CELL; // (never half a surrogate pair)
  return `${cell.slice(0, keep)}… [cut: ${cell.length} characters in all; the full text is in the article JSON]`;
}

const anyLong = (rows: string[][]): boolean => rows.some((r) => r.some((c) => c.length > MAX_CSV_CELL));

/**
 * One cell as csv-stringify 6 writes it with `escape_formulas` and its other defaults (csvText): a cell starting with
 * a formula character (= + - @, tab, CR or their full-width forms) gets a leading apostrophe; a cell holding a quote,
 * a comma, LF or CR is quoted, its quotes doubled. The empty cell stays empty.
 */
function csvCell(cell: string): string {
  if (cell === '') return '';
  let text = cell;
  switch (cell.charCodeAt(0)) {
    case 0x3d: case 0x2b: case 0x2d: case 0x40: case 0x09: case 0x0d: case 0xff1d: case 0xff0b: case 0xff0d: case 0xff20:
      text = `'${cell}`;
  }
  if (cell.includes('"')) return `"${text.replaceAll('"', '""')}"`;
  return cell.includes(',') || cell.includes('\n') || cell.includes('\r') ? `"${text}"` : text;
}

/**
 * CSV rows as text, long cells shortened (shortenCell), formulas neutralised; '' for none. The same bytes as
 * csv-stringify's `stringify(rows, { escape_formulas: true })` (a test compares them on generated cells), written by
 * csvCell: csv-stringify's general path (casts, options per cell, multi-character separators) cost the thread that
 * makes the reports about 0.3 ms per article for rows that are all strings (measured: 89 corpus articles' four CSVs,
 * ten times, 283-834 ms against 84-97 ms). Rows with a cell that is not a string still go through csv-stringify.
 */
/** Characters that show nothing: the soft hyphen, zero-width spaces and joiners, the word joiner, a byte-order mark. */
const INVISIBLE_ONE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;
const INVISIBLE_ALL = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;
/**
 * A cell as a spreadsheet user reads and searches it: without the invisible characters a web page puts in words
 * ("spokes\u200Bwoman" is "spokeswoman", "unforgiv\u00ADable" is "unforgivable"). The CSVs are for reading; the article
 * JSON keeps every span's text exactly as in the original, its offsets indexing the text as given.
 */
export const visibleCell = (cell: string): string => (INVISIBLE_ONE.test(cell) ? cell.replace(INVISIBLE_ALL, '') : cell);
/**
 * The cells of an article's own text (a quotation, its sentence, a mention) as the stages read them and a browser shows
 * them: HTML character references ("&rsquo;") and, in a text found mis-decoded, runs of mojibake ("â€™") read as the
 * characters meant (readable-text.ts's readAsMeant). Only cells taken from `articleText`: a message's reason or a file
 * name is shown as it is. The article JSON keeps the text as given.
 */
export function articleCells(articleText: string): (cell: string) => string {
  const misDecoded = textMisDecoded(articleText);
  if (!misDecoded && !articleText.includes('&')) return (cell) => cell;
  return (cell) => readAsMeant(cell, misDecoded);
}
const visibleRows = (rows: string[][]): string[][] =>
  rows.some((r) => r.some((c) => typeof c === 'string' && INVISIBLE_ONE.test(c))) ? rows.map((r) => r.map((c) => (typeof c === 'string' ? visibleCell(c) : c))) : rows;

export const csvText = (rows: string[][]): string => {
  if (!rows.length) return '';
  const seen = visibleRows(rows);
  const cut = anyLong(seen) ? seen.map((r) => r.map(shortenCell)) : seen;
  if (!cut.every((r) => r.every((c) => typeof c === 'string'))) return stringify(cut, { escape_formulas: true });
  let out = '';
  for (const row of cut) {
    for (let i = 0; i < row.length; i++) out += i ? `,${csvCell(row[i] as string)}` : csvCell(row[i] as string);
    out += '\n';
  }
  return out;
};

/** A CSV written row by row; formulas are neutralised (csv-stringify's escape_formulas). */
export class CsvWriter {
  private readonly file: TempFile;
  constructor(readonly path: string, header: readonly string[], excelBom = false) {
    this.file = new TempFile(path);
    if (excelBom) this.file.write('\uFEFF');
    this.file.write(stringify([header as string[]]));
  }
  write(rows: string[][]): void { this.file.write(csvText(rows)); }
  /** Rows already made text by csvText (in a worker thread). */
  writeText(text: string): void { this.file.write(text); }
  /** Renames the CSV into place; returns its sha256. */
  commit(): string { return this.file.commit(); }
  discard(): void { this.file.discard(); }
}

/** A file's text, 256 KB at a time (a UTF-8 character split between reads is kept whole). */
export function* readTextChunks(path: string): Generator<string> {
  let fd: number;
  try { fd = openSync(path, 'r'); } catch (e) { throw writeError(path, e); }
  try {
    const buf = Buffer.alloc(256 * 1024);
    const decoder = new TextDecoder('utf-8');
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      const text = decoder.decode(buf.subarray(0, n), { stream: n > 0 });
      if (text) yield text;
      if (n === 0) return;
    }
  } finally {
    closeSync(fd);
  }
}

/** A file's non-empty lines, read 256 KB at a time. */
export function* readLines(path: string): Generator<string> {
  let rest = '';
  for (const text of readTextChunks(path)) {
    const parts = (rest + text).split('\n');
    rest = parts.pop() ?? '';
    for (const p of parts) if (p) yield p;
  }
  if (rest) yield rest;
}
