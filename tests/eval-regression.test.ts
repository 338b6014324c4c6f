// The labelled corpus as a golden regression case: no headline figure of a split may fall below its floor —
// tests/eval-thresholds.json for train (the articles rules were written from), tests/eval-thresholds-dev.json and
// tests/eval-thresholds-test.json for dev and test (corpus/splits.json). The floors are measured figures rounded down to 2 decimals; raise them when the pipeline gets better.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateLocalCorpus } from '../src/eval/local.js';
import { headlineFigures } from '../src/eval/score.js';
import type { HeadlineFigures } from '../src/eval/score.js';

const corpusRoot = fileURLToPath(new URL('../corpus', import.meta.url));
const floors = (file: string): HeadlineFigures => JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as HeadlineFigures;
const thresholds = { train: floors('./eval-thresholds.json'), dev: floors('./eval-thresholds-dev.json'), test: floors('./eval-thresholds-test.json') };

describe('local corpus regression', () => {
  // Run once: the pipeline over every labelled article takes a few seconds.
  const evaluation = evaluateLocalCorpus(corpusRoot);
  // Gold files still being written are skipped by the loader; say so rather than fail on someone else's work in progress.
  for (const warning of evaluation.warnings) console.warn(`eval: ${warning}`);

  it('scores at least one labelled article', () => {
    expect(evaluation.figures.articles).toBeGreaterThan(0);
  });

  for (const split of ['train', 'dev', 'test'] as const) {
    it(`has a ${split} split`, () => {
      expect(evaluation.figures.splits[split]?.articles ?? 0).toBeGreaterThan(0);
    });
    it.each(Object.keys(thresholds[split]) as (keyof HeadlineFigures)[])(`${split}: %s stays at or above its floor`, (metric) => {
      const figures = evaluation.figures.splits[split];
      expect(figures).toBeDefined();
      expect(headlineFigures(figures as NonNullable<typeof figures>)[metric]).toBeGreaterThanOrEqual(thresholds[split][metric]);
    });
  }
});
