// A reviewer's edits are never overwritten: the manifest of the last run records every output's sha256, and a CSV whose
// bytes no longer match (or that no manifest accounts for) is kept; the new one is written beside it as <name>.new.csv.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from './atomic.js';

export const MANIFEST = 'manifest.json';

/**
 * What the previous run recorded in <out>/manifest.json, read once: every output's sha256, and the article JSONs it left
 * in place though it did not write them (`stale`). Both empty when there is no manifest or it is unreadable.
 */
export function previousManifest(out: string): { outputs: Record<string, string>; stale: Record<string, string> } {
  try {
    const m = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')) as { outputs?: Record<string, string>; stale?: Record<string, string> };
    const record = (r: unknown): Record<string, string> => (r && typeof r === 'object' ? r as Record<string, string> : {});
    return { outputs: record(m.outputs), stale: record(m.stale) };
  } catch {
    return { outputs: {}, stale: {} };
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
