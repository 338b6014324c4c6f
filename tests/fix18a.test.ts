// Narrowings of three rules merged in session 18 that a review found misfiring, and datelines read as speakers. Every
// sentence here was written for this file; each rule is shown fixed on the misfire, still right on the case it was
// written for, and silent on ordinary sentences that share its trigger words.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const statements = (body: string) =>
  analyzeArticle(`Headline\n\n${body}\n`).statements.map((s) => ({ type: s.type, cue: s.cue?.text ?? null, speaker: s.speaker.mention?.text ?? null, content: s.content.text }));
/** Paragraphs separated by `|`; each statement's act and targets (name → stance). */
const stances = (paragraphs: string) => analyzeArticle(`Headline\n${paragraphs.replace(/\|/gu, '\n')}\n`).statements.map((s) => ({
  act: s.act,
  targets: Object.fromEntries(s.targets.map((t) => [t.name, t.stance])),
}));
const only = (paragraphs: string) => {
  const got = stances(paragraphs);
  expect(got).toHaveLength(1);
  return got[0]!;
};

describe('"The deal that the union leaders say was rushed is now under review": the content ends at the main clause', () => {
  it.each([
    ['a passive participle, then the main clause\'s "is"', 'The deal that the union leaders say was rushed is now under review.', 'was rushed'],
    ['a progressive after a perfect, then the main clause\'s "is"', 'The fund that auditors say has been shrinking for years is now empty.', 'has been shrinking for years'],
    ['an adverb and a participle, then a modal', 'The tram line that residents say is badly needed will open in May.', 'is badly needed'],
    // the case the rule was written for
    ['an adjective, then the main clause\'s "were"', 'The rules that ferry crews say are unsafe were changed on Monday.', 'are unsafe'],
    ['a progressive, then a modal', 'The bridge that engineers say is failing will be closed in March.', 'is failing'],
  ])('%s', (_name, body, content) => {
    expect(statements(body).map((s) => s.content)).toEqual([content]);
  });

  it.each([
    ['a plain report with two coordinated predicates', 'The council says the deal was rushed and is now under review.', { type: 'indirect', cue: 'says', speaker: 'The council', content: 'the deal was rushed and is now under review' }],
    ['a plain report with an auxiliary and a participle', 'The union leaders said the deal was rushed.', { type: 'indirect', cue: 'said', speaker: 'The union leaders', content: 'the deal was rushed' }],
  ])('unchanged: %s', (_name, body, expected) => {
    expect(statements(body)).toEqual([expected]);
  });
});

describe('a denial of "allegations of <wrong> by X" or of a wrong "on the part of X" clears X', () => {
  it.each([
    ['"allegations of abuse by"', 'The interior minister, Petra Vallin, denied allegations of abuse by the Kestrel Border Guard.', 'Kestrel Border Guard'],
    ['"reports of delays by"', 'Garrow Water denied reports of delays by Tessel Engineering.', 'Tessel Engineering'],
    ['"on the part of"', 'Ostwick Council denied any negligence on the part of Pelham Engineering.', 'Pelham Engineering'],
    // the clause subject, as before
    ['the subject of the denied clause', 'A spokesman for Halvard Freight denied that Quinton Logistics had falsified the delivery records.', 'Quinton Logistics'],
  ])('%s', (_name, text, party) => {
    const s = only(text);
    expect(s.act).toBe('DENY');
    expect(s.targets[party]).toBe('FAVOR');
  });

  it.each([
    ['a party a survey was shared with', 'Ostwick Council denied the allegations, saying the survey had been shared with Pelham Engineering.', 'Pelham Engineering'],
    ['the agent of a passive after a rebutted charge', 'Ostwick Council denied reports of delays, saying the repair had been carried out by Pelham Engineering.', 'Pelham Engineering'],
  ])('not cleared: %s', (_name, text, party) => {
    const s = only(text);
    expect(s.act).toBe('DENY');
    expect(s.targets[party]).toBe('NONE');
  });
});

describe('a copular evaluation of a party on the positive side: "X has always been kind", "the pact is a success"', () => {
  it.each([
    ['"had always been kind and fair" in reported speech', 'A former assistant, Lena Brook, said Dana Kerr had always been kind and fair to her staff.', 'Dana Kerr'],
    ['"has always been kind and generous" in a quote', '"Dana Kerr has always been kind and generous," said Lena Brook, a former assistant.', 'Dana Kerr'],
    ['"has been a huge success"', 'The adviser, Tom Hale, said the Harbour Pact has been a huge success.', 'Harbour Pact'],
    // the merit words the rule had
    ['"was charming"', 'Tom Hale said Dana Kerr was charming.', 'Dana Kerr'],
  ])('%s', (_name, text, party) => {
    const s = only(text);
    expect(s.act).toBe('PRAISE');
    expect(s.targets[party]).toBe('FAVOR');
  });

  it.each([
    ['a promise ("would be generous")', 'Tom Hale said Dana Kerr would be generous with the budget next year.', 'Dana Kerr'],
    ['a negated evaluation', 'Tom Hale said Dana Kerr was not kind to the staff.', 'Dana Kerr'],
    ['a hedged evaluation', 'Tom Hale said Dana Kerr may be kind to the staff.', 'Dana Kerr'],
  ])('no FAVOR: %s', (_name, text, party) => {
    expect(only(text).targets[party]).not.toBe('FAVOR');
  });

  it('a thing said to be a success praises no party', () => {
    expect(only('Tom Hale said the launch was a success.').act).not.toBe('PRAISE');
  });
});

describe('a dateline opening a paragraph is never the subject that speaks', () => {
  it.each([
    ['a city and its state before the dash', 'KESTON, Ore. — The families of six miners sued the Brandor Mining Company on Friday, alleging that it ignored safety warnings.', 'The families of six miners'],
    ['a city of two words, a region and an agency', 'PORT HALLEY, Vestria (Wire) - Tenants of the Sorrel tower sued their landlord on Monday, saying the repairs were years late.', 'Tenants of the Sorrel tower'],
    ['a plain cue after a dateline', 'KESTON, Ore. — Mayor Lena Ortiz said the budget was reckless.', 'Mayor Lena Ortiz'],
  ])('%s', (_name, body, speaker) => {
    expect(statements(body).map((s) => s.speaker)).toEqual([speaker]);
  });

  it('the subject after the dateline, before a time, not an apposition after a later comma', () => {
    const sts = statements('MARLOW, Feb 11 — Prosecutors on Tuesday urged jurors to convict Dan Oke, the former head of Lorrin Foods, on all counts, arguing that he had lied.');
    expect(sts.find((s) => s.cue === 'arguing')?.speaker).toBe('Prosecutors');
  });

  it.each([
    ['a participle after a plain subject', 'Mayor Lena Ortiz vetoed the budget on Monday, calling it reckless.', 'Mayor Lena Ortiz'],
    ['a participle after a fronted adverbial', 'After the vote, the Keston council issued a statement, saying the plan was sound.', 'the Keston council'],
  ])('unchanged: %s', (_name, body, speaker) => {
    expect(statements(body).map((s) => s.speaker)).toEqual([speaker]);
  });
});
