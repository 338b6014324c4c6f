// Who a statement is about: targets found by the structure of the text (a description standing for a body named
// before, …). Sentences are our own; each expectation was written by hand from the sentence (LABELS.md, targets).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

/** Paragraphs separated by `|`; each statement's targets as name → stance. */
const targetsOf = (paragraphs: string): Array<Record<string, string>> =>
  analyzeArticle(`Headline\n${paragraphs.replace(/\|/gu, '\n')}\n`).statements.map((s) => Object.fromEntries(s.targets.map((t) => [t.name, t.stance])));
const last = (paragraphs: string): Record<string, string> => {
  const all = targetsOf(paragraphs);
  expect(all.length).toBeGreaterThan(0);
  return all[all.length - 1]!;
};

describe('a description of a body whose kind the article named under another head word', () => {
  it('"the authority" after a borough council is the council', () => {
    expect(last('Harlow District Council closed two libraries in March.|Residents said the authority had ignored their objections.'))
      .toEqual({ 'Harlow District Council': 'AGAINST' });
  });
  it('"the agency" after a regulation office is the office', () => {
    expect(last('The Water Services Regulation Office fined the company in June.|Critics said the agency had ignored repeated warnings.'))
      .toEqual({ 'Water Services Regulation Office': 'AGAINST' });
  });
  it('near miss: a body of another kind (a company) named before leaves "the agency" as written', () => {
    const t = last('Tarn Foods recalled its salads in June.|Critics said the agency had ignored repeated warnings.');
    expect(t['Tarn Foods']).toBeUndefined();
    expect(t.agency).toBe('AGAINST');
  });
  it('near miss: a name with the head itself is no description', () => {
    const t = last('Harlow District Council closed two libraries in March.|Residents said the Port Authority had ignored their objections.');
    expect(t['Harlow District Council']).toBeUndefined();
    expect(t['Port Authority']).toBe('AGAINST');
  });
});
