// Statement constructions that no system statement overlapped on PolNeAR train (issue 4, session 15): a poll's share in
// a "with … saying" phrase, and a quantifier standing for its noun before "say" ("Some say …"), which wink tags as a
// noun. Every sentence here was written for this file; the expected spans were written from the sentences by hand.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const run = (body: string) =>
  analyzeArticle(`Headline\n\n${body}\n`).statements.map((s) => ({ cue: s.cue?.text ?? null, speaker: s.speaker.mention?.text ?? null, content: s.content.text }));

describe('"with N percent saying …": a poll share in a "with" phrase speaks', () => {
  it.each([
    ['a percentage of a sample', 'The mayor is seen as better prepared, with 48 percent of residents saying she is ready for the job.', { cue: 'saying', speaker: '48 percent of residents', content: 'she is ready for the job' }],
    ['a bare percentage', 'The councillor comes second, with 22 percent saying they would never back her.', { cue: 'saying', speaker: '22 percent', content: 'they would never back her' }],
    ['a share word, and the reporter\'s comparison after it left out', 'Tenants rate Lena Ortiz as the stronger pick, with a majority of likely voters saying she is ready, compared with a fifth who back Brandt.', { cue: 'saying', speaker: 'a majority of likely voters', content: 'she is ready' }],
    ['a share in a list of shares, the rest of the list left out', 'The councillor comes second, with 22 percent saying they would never back her, the mayor at 20 percent, and the rest undecided.', { cue: 'saying', speaker: '22 percent', content: 'they would never back her' }],
  ])('%s', (_name, body, expected) => {
    expect(run(body)).toContainEqual(expected);
  });

  it.each([
    // a share that is a verb's object, not a sample answering
    ['a share of staff cut', 'The firm cut 12 percent of its staff saying sales had collapsed.'],
    // "with" a share and another participle: nothing said
    ['a share of a budget going somewhere', 'The budget rose again, with 40 percent of it going to roads.'],
    ['a share of a count, and no saying', 'With 30 percent of the vote counted, the race was too close to call.'],
  ])('no share speaker: %s', (_name, body) => {
    expect(run(body).filter((s) => /percent|majority/u.test(s.speaker ?? ''))).toEqual([]);
  });
});

describe('"Some say …", "Many say …": a quantifier for its noun, then a clause', () => {
  it.each([
    ['"some" and a pronoun subject', 'Some say they see signs of a slowdown in the harbour trade.', { cue: 'say', speaker: 'Some', content: 'they see signs of a slowdown in the harbour trade' }],
    ['"many" and a noun subject', 'Many say the levy hurts trade.', { cue: 'say', speaker: 'Many', content: 'the levy hurts trade' }],
  ])('%s', (_name, body, expected) => {
    expect(run(body)).toEqual([expected]);
  });

  it.each([
    ['"some say" as a noun, the object of a verb', 'Workers want some say in how the fund is spent.'],
    ['"some say" as a noun, the subject of a verb', 'Some say in the matter would help the dockers.'],
    ['"some say" as a noun after "have"', 'Tenants should have some say over the new rents.'],
  ])('no statement: %s', (_name, body) => {
    expect(run(body)).toEqual([]);
  });
});

describe('"called X Y": what the naming verb names', () => {
  it.each([
    ['a demonstrative object before the quote', 'Tom Reed called that "beyond absurd."', { cue: 'called', speaker: 'Tom Reed', content: 'that "beyond absurd."' }],
    ['a bare adjective after the object, closing the sentence', 'Still, he called the mayor\'s public feud with the port board unusual.', { cue: 'called', speaker: 'he', content: 'the mayor\'s public feud with the port board unusual' }],
    ['a bare adjective after the object, before a comma', 'She called the grants lawful, and added that the board had kept full records.', { cue: 'called', speaker: 'She', content: 'the grants lawful' }],
  ])('%s', (_name, body, expected) => {
    expect(run(body)).toContainEqual(expected);
  });

  it.each([
    ['"called that afternoon", a time', 'She called that afternoon to ask about the ferry times.'],
    ['"called the office early", an adverb of time', 'He called the office early.'],
    ['"called the meeting last week"', 'The agency called the meeting last week.'],
    ['"called her sister last"', 'She called her sister last.'],
    ['"called herself pro-growth, views that …": no clause after the relative "that"', 'The mayor called herself pro-growth, views that she has since dropped.'],
  ])('no naming statement: %s', (_name, body) => {
    expect(run(body).filter((s) => s.cue === 'called')).toEqual([]);
  });
});

describe('a poll share is no antecedent of "he" or "she"', () => {
  const speakers = (body: string) => analyzeArticle(`Headline\n\n${body}\n`).statements.map((s) => s.speaker.name);

  it.each([
    ['after a "with … saying" share', 'The councillor comes second, with 22 percent saying they would never back her. She called the grants lawful.'],
    ['after a percentage that says', 'In the survey, 41 percent say the ferry should stay. She said the fare was too high.'],
  ])('%s', (_name, body) => {
    expect(speakers(body)[1]).not.toMatch(/percent/u);
  });

  it.each([
    ['a title with a share word ("Majority Leader")', 'Majority Leader Ann Cole said the vote would go ahead. She said the bill had enough support.', 'Ann Cole'],
    ['a named person before a share', 'Mara Quill opened the meeting. Roughly a third of voters said the bridge was needed. She said the toll should go.', 'Mara Quill'],
  ])('a person still is: %s', (_name, body, name) => {
    expect(speakers(body).at(-1)).toMatch(new RegExp(name, 'u'));
  });
});
