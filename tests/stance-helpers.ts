// Shared by the stance test files: run the pipeline on a few paragraphs and read each statement's targets.
import { expect } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import type { DraftStatement } from '../src/model/document.js';
import type { Stance } from '../src/model/labels.js';

/** Paragraphs separated by `|` after a headline (or the given first line); each statement's targets as name → stance. */
export const targetsOf = (paragraphs: string, headline = 'Headline'): Array<Record<string, string>> =>
  analyzeArticle(`${headline}\n${paragraphs.replace(/\|/gu, '\n')}\n`).statements.map((s) => Object.fromEntries(s.targets.map((t) => [t.name, t.stance])));

/** The last statement's targets; the text must give at least one statement. */
export const last = (paragraphs: string, headline?: string): Record<string, string> => {
  const all = targetsOf(paragraphs, headline);
  expect(all.length).toBeGreaterThan(0);
  return all[all.length - 1]!;
};

/** Paragraphs separated by `|` after a headline: each statement's act, speaker, content and targets (name → stance). */
export const statementsOf = (paragraphs: string) => analyzeArticle(`Headline\n${paragraphs.replace(/\|/gu, '\n')}\n`).statements.map((s) => ({
  act: s.act,
  speaker: s.speaker.name,
  content: s.content.text,
  targets: Object.fromEntries(s.targets.map((t) => [t.name, t.stance])),
}));

/** The first statement whose content starts with `start`; the text must give one. */
export const withContent = (paragraphs: string, start: string) => {
  const st = statementsOf(paragraphs).find((s) => s.content.startsWith(start));
  expect(st).toBeDefined();
  return st!;
};

/** A statement of `speaker` whose content is `content` at `start` in an article, with the given act and targets (for the
 *  stance stage's article-level readings, impliedParties and the like, called on statements made by hand). */
export const draft = (speaker: string, kind: 'organization' | 'person' | 'group', start: number, content: string, act: DraftStatement['act'], targets: Array<[string, Stance]> = []): DraftStatement => ({
  type: 'indirect',
  content: { start, end: start + content.length, text: content },
  cue: null,
  speaker: { name: speaker, mention: null, role: null, kind },
  act,
  framing: 'NEUTRAL',
  targets: targets.map(([name, stance]) => ({ name, stance })),
  confidence: 0.8,
  sentence: 0,
});
