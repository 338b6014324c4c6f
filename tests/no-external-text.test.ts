import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The external corpora (PolNeAR, BASIL) are real news under no licence: we read them at run time and never copy their text
// into the repository — not in tests, comments, lexicons or corpus articles. This scans every tracked file for a run of
// eight words that also occurs in their text. Stock newsroom phrases that any article uses are allowed by name below.

const ROOT = resolve(import.meta.dirname, '..');
const CORPORA = resolve(ROOT, '../shared/corpora');
const N = 8;

/** Boilerplate any newsroom writes; the scan does not let a shingle span one. */
const STOCK = [/\b(?:did )?(?:not|didn t) (?:immediately )?(?:respond|reply) to (?:a request|requests) for comment\b/g,
  /\bspoke on (?:the )?condition of anonymity because (?:they|he|she) (?:was|were) not authori[sz]ed to (?:discuss|speak)\b/g];

const words = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
/** A file's words in runs split at every stock phrase (matched on its words joined by spaces), so no shingle spans one. */
const runs = (text: string): string[][] =>
  STOCK.reduce((parts, re) => parts.flatMap((p) => p.split(re)), [words(text).join(' ')]).map(words);

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

// Without ../shared the scan skips with a reason, except under CI=true, where the corpora must be there and it fails.
const ci = process.env.CI === 'true';
if (!existsSync(CORPORA) && !ci) console.warn(`no-external-text.test.ts SKIPPED: ${CORPORA} is missing; under CI=true this test fails instead`);

describe.runIf(existsSync(CORPORA) || ci)('no text of the external corpora in the repository', () => {
  it(`no tracked file shares a run of ${N} words with PolNeAR or BASIL`, () => {
    expect(existsSync(CORPORA), `the scan needs the external corpora at ${CORPORA}`).toBe(true);
    const external = new Set<string>();
    for (const path of files(CORPORA)) {
      if (!/\/text\/|\/articles\//.test(path)) continue;
      const w = words(readFileSync(path, 'utf8'));
      for (let i = 0; i + N <= w.length; i++) external.add(w.slice(i, i + N).join(' '));
    }
    expect(external.size).toBeGreaterThan(100_000); // the corpora were read, so an empty scan cannot pass
    const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
    const found: string[] = [];
    for (const file of tracked) {
      if (/\.(png|jpg|ico|lock)$|package-lock\.json$/.test(file) || !existsSync(join(ROOT, file))) continue;
      for (const w of runs(readFileSync(join(ROOT, file), 'utf8'))) {
        for (let i = 0; i + N <= w.length; i++) {
          const shingle = w.slice(i, i + N).join(' ');
          if (external.has(shingle)) found.push(`${file}: ${shingle}`);
        }
      }
    }
    expect(found).toEqual([]);
  }, 60_000);
});
