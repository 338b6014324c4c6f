// A new user's report problems (nu30): a tooltip reason that named another cause than the one that decided the
// stance (a party taken from the statement before, its stance read from the quote's own words, was said to be
// "carried over"), explain's silence on a cue word that gave no statement, the summary's unflagged counts, speaker
// colours of an article of many speakers, the sticky filter bar over the legends, and the README's review reasons.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import type { Statement } from '../src/model/article-result.js';
import { explainReasons } from '../src/output/review-reasons.js';

const quoteOf = (text: string, words: string): Statement => {
  const s = analyzeArticle(text, { title: '' }).statements.find((x) => x.content.text.includes(words) || (x.content.pieces ?? []).some((p) => p.text.includes(words)));
  expect(s, words).toBeDefined();
  return s as Statement;
};
const reasonText = (s: Statement, id: string): string | undefined => explainReasons(s).find(([r]) => r === id)?.[1];

describe('a reason on a continued quote says what decided its stance', () => {
  it('does not call a stance carried over when the quote\'s own words decided it', () => {
    const s = quoteOf('Governor Odile Marsk said the Harbour Board had raised its fees because dredging costs were climbing faster than expected.\n\n'
      + '"We would sooner move too soon than too late," Marsk told a briefing in the port. "If we hold off, the bill for shippers will be far larger."', 'too soon');
    const t = s.targets.find((x) => x.name === 'Harbour Board');
    expect(t?.evidence?.[0]?.rule).not.toMatch(/carried/u);
    const line = reasonText(s, 'target:carried');
    expect(line).toBeDefined();
    expect(line).not.toMatch(/a stance is carried over/u);
    expect(line).toMatch(/no stance was carried over/u);
    expect(line).toContain(`[${t?.evidence?.[0]?.rule}]`);
    expect(reasonText(s, 'stance:continued-quote')).not.toMatch(/rests on/u);
  });
  it('still says carried over where the stance was carried (a neutral quote after a charge)', () => {
    const s = quoteOf('Union leader Petra Holm accused the Harbour Board of ignoring safety warnings for years.\n\n'
      + '"We will be back at the gates on Monday morning," Holm said.', 'back at the gates');
    expect(s.targets.find((x) => x.name === 'Harbour Board')?.evidence?.[0]?.rule).toBe('stance:against:carried');
    expect(reasonText(s, 'target:carried')).toMatch(/^a stance is carried over from the same speaker's statement just before[^:]*: Harbour Board AGAINST/u);
    expect(reasonText(s, 'stance:continued-quote')).toMatch(/: Harbour Board AGAINST$/u);
  });
  it('gives no carried reason to a quote that names its party', () => {
    const s = quoteOf('Union leader Petra Holm said the Harbour Board had raised its fees.\n\n"The Harbour Board moved too late," Holm told a briefing in the port.', 'moved too late');
    expect(s.reviewReasons ?? []).not.toContain('target:carried');
    expect(explainReasons(s).map(([r]) => r)).not.toContain('target:carried');
  });
  it('does not give the speaker\'s own stance, read outside the quote, to the carried line', () => {
    const s: Statement = {
      id: 'x#40-80', type: 'direct', act: 'DENY', framing: 'NEUTRAL', confidence: 0.9, rules: [],
      speaker: { name: 'Lena Voss', kind: 'person', role: 'minister' },
      content: { start: 40, end: 80, text: 'The critics know these sums very well,' },
      targets: [
        { name: 'Lena Voss', stance: 'FAVOR', evidence: [{ rule: 'stance:favor:self-defence', start: 5, end: 13, text: 'rejected' }] },
        { name: 'Aron Kiel', stance: 'AGAINST', evidence: [{ rule: 'stance:against:carried', note: 'carried from the same speaker\u2019s statement before' }] },
      ],
      reviewReasons: ['stance:continued-quote', 'target:carried'], needsReview: true,
    } as unknown as Statement;
    const line = reasonText(s, 'target:carried') as string;
    expect(line).toContain('Aron Kiel AGAINST');
    expect(line).not.toContain('Lena Voss');
  });
});
