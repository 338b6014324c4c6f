// Shared by the stance test files: run the pipeline on a few paragraphs and read each statement's targets.
import { expect } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

/** Paragraphs separated by `|` after a headline (or the given first line); each statement's targets as name → stance. */
export const targetsOf = (paragraphs: string, headline = 'Headline'): Array<Record<string, string>> =>
  analyzeArticle(`${headline}\n${paragraphs.replace(/\|/gu, '\n')}\n`).statements.map((s) => Object.fromEntries(s.targets.map((t) => [t.name, t.stance])));

/** The last statement's targets; the text must give at least one statement. */
export const last = (paragraphs: string, headline?: string): Record<string, string> => {
  const all = targetsOf(paragraphs, headline);
  expect(all.length).toBeGreaterThan(0);
  return all[all.length - 1]!;
};
