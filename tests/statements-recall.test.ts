// Constructions added for statement recall on real news (issue 4). Sentences written for these tests; expected values
// written from the sentences, by hand.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const run = (body: string) =>
  analyzeArticle(`Headline\n\n${body}\n`).statements.map((s) => ({ type: s.type, content: s.content.text, speaker: s.speaker.mention?.text ?? s.speaker.name }));

describe('statement recall constructions', () => {
  it.each([
    ['a manner adverb between subject and cue', 'The council wrongly claimed that the bridge was safe.', [{ type: 'indirect', content: 'the bridge was safe', speaker: 'The council' }]],
    ['an auxiliary and an adverb', 'The tenants’ union has traditionally argued that rents should be capped.', [{ type: 'indirect', content: 'rents should be capped', speaker: 'The tenants’ union' }]],
    ['"by saying that"', 'The senator caused an uproar last week by saying that the vote had been rigged.', [{ type: 'indirect', content: 'the vote had been rigged', speaker: 'The senator' }]],
    ['an adverb before a participial cue', 'The mayor resisted at first, eventually telling reporters that the plan was dead.', [{ type: 'indirect', content: 'the plan was dead', speaker: 'The mayor' }]],
  ])('%s', (_name, body, expected) => {
    expect(run(body)).toEqual(expected);
  });

  it.each([
    ['an obligation', 'Under the new rules, hospitals must promptly report outbreaks to the agency.'],
    ['a manner adverb on a passive', 'Detainees were routinely denied access to lawyers.'],
  ])('finds no statement in %s', (_name, body) => {
    expect(run(body)).toEqual([]);
  });
});
