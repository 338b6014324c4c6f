// The labelled corpus as a golden regression case: no headline figure may fall below tests/eval-thresholds.json.
// The thresholds are measured figures rounded down to 2 decimals; raise them when the pipeline gets better.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateLocalCorpus } from '../src/eval/local.js';
import { headlineFigures } from '../src/eval/score.js';
import type { HeadlineFigures } from '../src/eval/score.js';

const corpusRoot = fileURLToPath(new URL('../corpus', import.meta.url));
const thresholds = JSON.parse(readFileSync(new URL('./eval-thresholds.json', import.meta.url), 'utf8')) as HeadlineFigures;

describe('local corpus regression', () => {
  // Run once: the pipeline over every labelled article takes a few seconds.
  const evaluation = evaluateLocalCorpus(corpusRoot);
  const figures = headlineFigures(evaluation.figures);
  // Gold files still being written are skipped by the loader; say so rather than fail on someone else's work in progress.
  for (const warning of evaluation.warnings) console.warn(`eval: ${warning}`);

  it('scores at least one labelled article', () => {
    expect(evaluation.figures.articles).toBeGreaterThan(0);
  });

  it.each(Object.keys(thresholds) as (keyof HeadlineFigures)[])('%s stays at or above its threshold', (metric) => {
    expect(figures[metric]).toBeGreaterThanOrEqual(thresholds[metric]);
  });
});
