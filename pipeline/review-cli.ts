#!/usr/bin/env node
// review:import turns corrected rows of quotes.csv / stances.csv into candidate gold; review:confirm makes a candidate a
// regression case. Exit 0 done, 1 rows or candidates with problems (nothing written for them), 2 usage error.
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importReview } from '../src/review/import-review.js';
import { confirmCandidate, ConfirmError, writeCandidate } from '../src/review/candidates.js';
import { CsvSyntaxError } from '../src/review/parse-csv.js';
import { toleratePipeClose } from './summary.js';

const REPO_CORPUS = fileURLToPath(new URL('../corpus', import.meta.url));
const sameFolder = (a: string, b: string): boolean => { try { return realpathSync(a) === realpathSync(b); } catch { return resolve(a) === resolve(b); } };

const HELP = `Usage:
  npm run review:import -- <quotes.csv|stances.csv>... [--out DIR] [--articles DIR] [--article ID]... [--labeller NAME]
  npm run review:confirm -- <candidate.json>... [--corpus DIR] [--replace]

review:import reads the rows a reviewer corrected and writes candidate gold for each reviewed article:
  DIR/gold/<id>.json ("status": "unconfirmed") and DIR/articles/<id>.txt, listing the changes on stdout.
  --out DIR        where candidates go (default: corpus/candidates)
  --articles DIR   the run's article JSONs (default: articles/ beside the first CSV)
  --article ID     only this article (repeatable); it counts as reviewed even without changes
  --labeller NAME  the labeller recorded in the candidate (default: review)
review:confirm checks a candidate against its text and moves it into the corpus, where npm run eval and the
  regression test score it.
  --corpus DIR     the corpus (default: corpus); another folder is scored with
                   npm run eval -- --corpus local --corpus-dir DIR (npm test scores this repository's corpus/ only)
  --replace        allow replacing an existing corpus/gold/<id>.json
`;

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest, allowPositionals: true,
      options: { out: { type: 'string' }, articles: { type: 'string' }, article: { type: 'string', multiple: true }, labeller: { type: 'string' }, corpus: { type: 'string' }, replace: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    process.stderr.write(`error: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || !command || command === '--help' || command === '-h') { process.stdout.write(HELP); return command ? 0 : 2; }
  if (!positionals.length) { process.stderr.write(`error: no files given\n\n${HELP}`); return 2; }
  if (command === 'import') {
    let files;
    try { files = positionals.map((p) => ({ path: p, text: readFileSync(p, 'utf8') })); } catch (e) { process.stderr.write(`error: ${(e as Error).message}\n`); return 2; }
    let result;
    try {
      result = importReview(files, { articlesDir: resolve(values.articles ?? join(dirname(positionals[0] as string), 'articles')), ...(values.article ? { only: values.article } : {}) });
    } catch (e) {
      if (e instanceof CsvSyntaxError) { process.stderr.write(`error: ${e.message}\n`); return 1; }
      throw e;
    }
    for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`);
    for (const p of result.problems) process.stderr.write(`error: ${p}\n`);
    if (result.problems.length) { process.stderr.write(`nothing written: fix the ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} above and import again\n`); return 1; }
    const out = resolve(values.out ?? 'corpus/candidates');
    for (const a of result.articles) {
      const path = writeCandidate(out, a, positionals, values.labeller ?? 'review');
      process.stdout.write(`${a.id}: ${a.statements.length} statements, ${a.changes.length} change${a.changes.length === 1 ? '' : 's'}\n${a.changes.map((c) => `  ${c}\n`).join('')}  → ${path} (unconfirmed; confirm with: npm run review:confirm -- ${path})\n`);
    }
    if (result.unchanged.length) process.stdout.write(`${result.unchanged.length} article${result.unchanged.length === 1 ? '' : 's'} without corrections skipped (mark a row "ok" in a review column, or use --article, to take one as it is)\n`);
    if (!result.articles.length) process.stdout.write('no reviewed articles: nothing written\n');
    return 0;
  }
  if (command === 'confirm') {
    let failed = 0;
    for (const p of positionals) {
      try {
        const corpus = resolve(values.corpus ?? 'corpus');
        const gold = confirmCandidate(p, corpus, !!values.replace);
        // (npm test scores this repository's corpus/ only; npm run eval scores another folder when told with --corpus-dir)
        const scored = sameFolder(corpus, REPO_CORPUS);
        process.stdout.write(`${p} → ${gold}: ${scored ? 'now a regression case (npm run eval, npm test)' : `confirmed into ${corpus}; score that folder with npm run eval -- --corpus local --corpus-dir ${corpus} (npm test scores ${REPO_CORPUS} only: copy its articles/ and gold/ files there to make it a regression case)`}\n`);
      } catch (e) {
        if (!(e instanceof ConfirmError)) throw e;
        process.stderr.write(`error: ${e.message}\n`);
        failed++;
      }
    }
    return failed ? 1 : 0;
  }
  process.stderr.write(`error: unknown command "${command}" (import or confirm)\n\n${HELP}`);
  return 2;
}

toleratePipeClose();
process.exitCode = main(process.argv.slice(2));
