// Statement extraction, construction by construction. Expected values were written from the sentences, by hand.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const run = (sentence: string) => {
  const text = `Headline\n${sentence}\n`;
  return analyzeArticle(text).statements.map((s) => ({ type: s.type, content: s.content.text, speaker: s.speaker.name }));
};

describe('finds attributed statements', () => {
  it.each([
    ['X said that …', 'The ministry said that the plan would go ahead.', [{ type: 'indirect', content: 'the plan would go ahead', speaker: 'ministry' }]],
    ['inverted direct', '“We acted lawfully,” said Lena Hart, a spokesperson for Norvane.', [{ type: 'direct', content: 'We acted lawfully,', speaker: 'Lena Hart' }]],
    ['told X that', 'Dr. Amal Reyes told Reuters that the trial had been halted.', [{ type: 'indirect', content: 'the trial had been halted', speaker: 'Amal Reyes' }]],
    ['according to X, …', 'According to court filings, the firm paid the fine in March.', [{ type: 'indirect', content: 'the firm paid the fine in March', speaker: 'court filings' }]],
    ['…, according to X', 'The firm paid the fine in March, according to court filings.', [{ type: 'indirect', content: 'The firm paid the fine in March', speaker: 'court filings' }]],
    ['X said: “…”', 'The coach said: “We were simply not good enough tonight.”', [{ type: 'direct', content: 'We were simply not good enough tonight.', speaker: 'coach' }]],
  ])('%s', (_name, sentence, expected) => {
    const got = run(sentence);
    expect(got.map((g) => ({ type: g.type, content: g.content }))).toEqual(expected.map((e) => ({ type: e.type, content: e.content })));
    expect(got[0]?.speaker.toLowerCase()).toContain(expected[0]!.speaker.toLowerCase());
  });

  it('makes one statement of a quote split around its cue, with two pieces', () => {
    const r = analyzeArticle('Headline\n“We acted lawfully,” she said. “We will keep doing so.”\n');
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]!.content.pieces?.map((p) => p.text)).toEqual(['We acted lawfully,', 'We will keep doing so.']);
  });

  it('gives a mixed statement and a second statement for a coordinated cue', () => {
    const r = analyzeArticle('Headline\nThe union, which has accused the council of “gross negligence” and has demanded that the mayor resign, met on Monday.\n');
    const got = r.statements.map((s) => [s.type, s.content.text, s.act]);
    expect(got).toContainEqual(['mixed', 'the council of “gross negligence”', 'ACCUSE']);
    expect(got.map((g) => g[2])).toContain('DEMAND');
  });

  it.each([
    ['a quoted title', 'The report, titled “Blind Spots”, was published on Monday.'],
    ['scare quotes', 'The company promotes its so-called “ethical AI” standards.'],
    ['a campaign name', 'Members of the “Stop the Feeds” campaign gathered outside.'],
    ['narrative', 'The review was launched earlier this year amid internal opposition.'],
  ])('finds no statement in %s', (_name, sentence) => {
    expect(run(sentence)).toEqual([]);
  });
});
