// A table of act cases: each row is a name, the article's paragraphs (after a headline), and the expected
// [speaker, act] of every statement the pipeline finds, in order (used by the acts-news tests).
import { expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

export const acts = (paragraphs: string): Array<[string, string]> =>
  analyzeArticle(`Headline\n${paragraphs}\n`).statements.map((s) => [s.speaker.name, s.act]);

export type ActCase = [string, string, Array<[string, string]>];

export const table = (cases: ActCase[]): void => {
  it.each<ActCase>(cases)('%s', (_name, paragraphs, expected) => {
    expect(acts(paragraphs)).toEqual(expected);
  });
};
