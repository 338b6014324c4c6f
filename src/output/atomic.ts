// Files are written to a temporary name and renamed when complete, so a crash or Ctrl-C never leaves a truncated
// report and the previous outputs stay until the new ones are whole.
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { stringify } from 'csv-stringify/sync';

const pending = new Set<string>();

export function writeFileAtomic(path: string, data: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  pending.add(tmp);
  writeFileSync(tmp, data);
  renameSync(tmp, path);
  pending.delete(tmp);
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
  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.tmp = `${path}.tmp-${process.pid}`;
    pending.add(this.tmp);
    this.fd = openSync(this.tmp, 'w');
  }
  write(data: string): void { if (data) writeSync(this.fd, data); }
  commit(): void {
    closeSync(this.fd);
    renameSync(this.tmp, this.path);
    pending.delete(this.tmp);
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
  commit(): void { this.file.commit(); }
}
