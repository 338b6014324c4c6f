// Session 17, two new users' stance and act errors. Sentences are our own; each expectation was written by hand from
// the sentence (LABELS.md; GUIDE sections 4 and 6).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const statements = (paragraphs: string) => analyzeArticle(`Headline\n${paragraphs.replace(/\|/gu, '\n')}\n`).statements;
const last = (paragraphs: string) => { const s = statements(paragraphs); expect(s.length).toBeGreaterThan(0); return s[s.length - 1]!; };
const targetsOf = (paragraphs: string): Record<string, string> => Object.fromEntries(last(paragraphs).targets.map((t) => [t.name, t.stance]));
const actOf = (paragraphs: string): string => last(paragraphs).act;

describe('the party an allegation is about is against, whatever words tell the conduct', () => {
  it('fires: "alleged that X had quietly rewritten …" (no charge word)', () => {
    expect(targetsOf('Norcliff Research alleged that Tessmer Bio had quietly rewritten the study\'s main goal after the first patients enrolled.')['Tessmer Bio']).toBe('AGAINST');
  });
  it('fires: a lawsuit that "alleges that X\'s executives knew …"', () => {
    const s = statements('The lawsuit, filed in Boston on Monday, alleges that Vantor Mining executives knew as early as May that the dam was leaking but continued to describe it as sound.');
    expect(s[0]!.targets.find((t) => t.name === 'Vantor Mining')?.stance).toBe('AGAINST');
  });
  it('must not fire: the rivals who "had been handed" a story are alleged, not the paper named before the passive', () => {
    expect(targetsOf('Councillor Ana Reyes alleged that the Marsh Gazette\'s story had been handed to it by officials in her own office.')['Marsh Gazette'] ?? 'NONE').not.toBe('AGAINST');
  });
  it('must not fire: a plain "said" report of the same facts takes no stance by this rule', () => {
    const t = targetsOf('Tessmer Bio said it had rewritten the study\'s main goal after the first patients enrolled.');
    expect(Object.values(t).every((v) => v !== 'AGAINST')).toBe(true);
  });
  it('must not fire: an "alleged" used as an adjective in a neutral report', () => {
    const s = statements('Police said the alleged theft at the Kelso Bakery was reported shortly after midnight.');
    expect(s.every((x) => x.targets.every((t) => !(t.evidence?.[0]?.rule ?? '').includes(':alleged')))).toBe(true);
  });
});
