// A reviewer's edits are never overwritten: the manifest of the last run records every output's sha256, and a CSV whose
// bytes no longer match (or that no manifest accounts for) is kept; the new one is written beside it as <name>.new.csv.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from './atomic.js';

export const MANIFEST = 'manifest.json';

/** The output hashes the previous run recorded in <out>/manifest.json (empty when there is none or it is unreadable). */
export function previousOutputs(out: string): Record<string, string> {
  try {
    const m = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')) as { outputs?: Record<string, string> };
    return m.outputs && typeof m.outputs === 'object' ? m.outputs : {};
  } catch {
    return {};
  }
}

/** The article JSONs the previous run left in place though it did not write them (its manifest's `stale`), with their sha256. */
export function previousStale(out: string): Record<string, string> {
  try {
    const m = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')) as { stale?: Record<string, string> };
    return m.stale && typeof m.stale === 'object' ? m.stale : {};
  } catch {
    return {};
  }
}

export interface CsvTarget {
  /** The file the report is written to: `name`, or `<base>.new.csv` when `name` is kept. */
  file: string;
  /** Why `name` was kept, when it was. */
  kept?: string;
}

/** Where to write the CSV `name` in `out`: beside it when the existing file is not what the last run wrote, unless `force`. */
export function csvTarget(out: string, name: string, recorded: Record<string, string>, force: boolean): CsvTarget {
  const path = join(out, name);
  if (force || !existsSync(path)) return { file: name };
  const expected = recorded[name];
  const actual = sha256(readFileSync(path));
  if (expected === actual) return { file: name };
  const file = name.replace(/\.csv$/u, '.new.csv');
  return {
    file,
    kept: expected
      ? `${name} was edited after the last run (its sha256 differs from manifest.json): kept it, wrote ${file} (--force overwrites)`
      : `${name} is not a file the last run recorded in manifest.json (kept from an earlier edit, or written by hand): kept it, wrote ${file} (--force overwrites)`,
  };
}
