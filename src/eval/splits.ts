// The local corpus's splits. Rules were written while reading the first articles, so figures on them are not a measure
// of unseen text: `corpus/splits.json` names the articles kept out of that work. `dev` articles were written and
// labelled after the rules and may be read for error analysis; `test` articles are read by nobody tuning the pipeline
// until the figures are taken. Every article not listed is `train`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const SPLIT_NAMES = ['train', 'dev', 'test'] as const;
export type SplitName = (typeof SPLIT_NAMES)[number];

const SplitsFile = z.strictObject({
  about: z.string(),
  dev: z.array(z.string().min(1)),
  test: z.array(z.string().min(1)),
});

export interface CorpusSplits {
  /** The split of an article id (unlisted ids are train). */
  of(id: string): SplitName;
  /** Problems found while reading the file (unknown ids, an id in two splits); the file is still used. */
  warnings: string[];
}

/** Reads `corpus/splits.json` if there is one; without it every article is train. Throws when the file is malformed. */
export function loadCorpusSplits(corpusRoot: string, knownIds: readonly string[]): CorpusSplits {
  const path = join(corpusRoot, 'splits.json');
  const split = new Map<string, SplitName>();
  const warnings: string[] = [];
  if (existsSync(path)) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`${path}: not JSON (${(error as Error).message})`);
    }
    const parsed = SplitsFile.safeParse(json);
    if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
    const known = new Set(knownIds);
    for (const name of ['dev', 'test'] as const) {
      for (const id of parsed.data[name]) {
        const before = split.get(id);
        if (before !== undefined && before !== name) warnings.push(`${path}: ${id} is in both ${before} and ${name}; counted as ${before}`);
        else split.set(id, name);
        if (!known.has(id)) warnings.push(`${path}: ${name} lists ${id}, which has no valid gold article`);
      }
    }
  }
  return { of: (id) => split.get(id) ?? 'train', warnings };
}
