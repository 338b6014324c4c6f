// Candidate gold from a review, and its confirmation. A candidate lives under corpus/candidates/ (gold/<id>.json marked
// "status": "unconfirmed", with the article's exact text in articles/<id>.txt) where no evaluation reads it; confirming
// moves it into corpus/gold/ and corpus/articles/, where `npm run eval` and the regression test score it.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { checkGoldSpans, GoldFile } from '../eval/gold-schema.js';
import { sha256 } from '../output/atomic.js';
import { safeFileName } from '../output/paths.js';
import type { ReviewedArticle } from './import-review.js';

export const Candidate = GoldFile.extend({
  status: z.enum(['unconfirmed']),
  review: z.object({ from: z.array(z.string()), source: z.string(), textSha256: z.string(), changes: z.array(z.string()) }),
});
export type Candidate = z.infer<typeof Candidate>;

/** Writes `<out>/gold/<id>.json` and `<out>/articles/<id>.txt`; returns the gold file's path. */
export function writeCandidate(out: string, a: ReviewedArticle, from: string[], labeller: string): string {
  const name = safeFileName(a.id);
  const candidate: Candidate = {
    articleId: a.id, labeller, status: 'unconfirmed',
    review: { from, source: a.source, textSha256: sha256(a.text), changes: a.changes },
    statements: a.statements,
  };
  mkdirSync(join(out, 'gold'), { recursive: true });
  mkdirSync(join(out, 'articles'), { recursive: true });
  writeFileSync(join(out, 'articles', `${name}.txt`), a.text);
  const path = join(out, 'gold', `${name}.json`);
  writeFileSync(path, `${JSON.stringify(candidate, null, 2)}\n`);
  return path;
}

export class ConfirmError extends Error {}

/** Checks a candidate and moves it into `<corpus>/gold` (its text into `<corpus>/articles`). Returns the gold path. */
export function confirmCandidate(candidatePath: string, corpus: string, replace = false): string {
  let json: unknown;
  try { json = JSON.parse(readFileSync(candidatePath, 'utf8')); } catch (e) { throw new ConfirmError(`${candidatePath}: cannot read it as JSON (${(e as Error).message})`); }
  const parsed = Candidate.safeParse(json);
  if (!parsed.success) throw new ConfirmError(`${candidatePath}: not an unconfirmed candidate: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}`);
  const c = parsed.data;
  const id = c.articleId;
  if (safeFileName(id) !== id || basename(candidatePath, '.json') !== id) throw new ConfirmError(`${candidatePath}: article id "${id}" must be its file name and a plain file name to be a corpus case`);
  const textPath = join(dirname(candidatePath), '..', 'articles', `${id}.txt`);
  if (!existsSync(textPath)) throw new ConfirmError(`${candidatePath}: its article text ${textPath} is missing`);
  const text = readFileSync(textPath, 'utf8');
  if (sha256(text) !== c.review.textSha256) throw new ConfirmError(`${textPath} changed since the import (sha256 differs): import the review again`);
  const problems = checkGoldSpans(c, text);
  if (problems.length) throw new ConfirmError(`${candidatePath}: ${problems.slice(0, 3).join('; ')}`);
  const articlePath = join(corpus, 'articles', `${id}.txt`);
  if (existsSync(articlePath) && readFileSync(articlePath, 'utf8') !== text) throw new ConfirmError(`${articlePath} exists with a different text: a corpus case must label the exact text it scores`);
  const goldPath = join(corpus, 'gold', `${id}.json`);
  if (existsSync(goldPath) && !replace) throw new ConfirmError(`${goldPath} exists: confirming would replace its labels (add --replace if that is what you mean)`);
  mkdirSync(dirname(articlePath), { recursive: true });
  mkdirSync(dirname(goldPath), { recursive: true });
  if (!existsSync(articlePath)) writeFileSync(articlePath, text);
  const { status: _s, review, ...gold } = c;
  writeFileSync(goldPath, `${JSON.stringify({ ...gold, review: { from: review.from, source: review.source, changes: review.changes } }, null, 2)}\n`);
  rmSync(candidatePath);
  rmSync(textPath);
  return goldPath;
}
