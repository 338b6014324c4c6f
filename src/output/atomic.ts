// Files are written to a temporary name and renamed when complete, so a crash or Ctrl-C never leaves a truncated
// report and the previous outputs stay until the new ones are whole. Each file's sha256 is computed while it is written
// (the manifest records it, which is how a later run tells a reviewer's edit from its own output).
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { createHash, type Hash } from 'node:crypto';
import { dirname } from 'node:path';
import { stringify } from 'csv-stringify/sync';

const pending = new Set<string>();

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Writes `data` atomically and returns its sha256. */
export function writeFileAtomic(path: string, data: string): string {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  pending.add(tmp);
  writeFileSync(tmp, data);
  renameSync(tmp, path);
  pending.delete(tmp);
  return sha256(data);
}

/** Removes temporary files of writes that did not complete (on SIGINT/SIGTERM). */
export function discardPending(): void {
  for (const tmp of pending) { try { rmSync(tmp, { force: true }); } catch { /* already gone */ } }
  pending.clear();
}

/** A file written piece by piece into a temporary file, renamed into place on commit. */
export class TempFile {
  private readonly tmp: string;
  private readonly fd: number;
  private readonly hash: Hash = createHash('sha256');
  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.tmp = `${path}.tmp-${process.pid}`;
    pending.add(this.tmp);
    this.fd = openSync(this.tmp, 'w');
  }
  write(data: string): void {
    if (!data) return;
    writeSync(this.fd, data);
    this.hash.update(data);
  }
  /** Renames the file into place; returns its sha256. */
  commit(): string {
    closeSync(this.fd);
    renameSync(this.tmp, this.path);
    pending.delete(this.tmp);
    return this.hash.digest('hex');
  }
}

/** A CSV written row by row; formulas are neutralised (csv-stringify's escape_formulas). */
export class CsvWriter {
  private readonly file: TempFile;
  constructor(readonly path: string, header: readonly string[], excelBom = false) {
    this.file = new TempFile(path);
    if (excelBom) this.file.write('\uFEFF');
    this.file.write(stringify([header as string[]]));
  }
  write(rows: string[][]): void { if (rows.length) this.file.write(stringify(rows, { escape_formulas: true })); }
  commit(): string { return this.file.commit(); }
}
