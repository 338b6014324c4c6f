// Statement constructions that PolNeAR train missed at a span boundary (issue 4, session 18): a reported clause of the
// reporter's words that ends in a quoted fragment before an inverted cue ("The levy is “a tax on ambition,” Harlow
// said."), whose content is the whole clause with the fragment (LABELS.md mixed), not the fragment alone. Every sentence
// here was written for this file; the expected spans were written from the sentences by hand.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const run = (body: string) =>
  analyzeArticle(`Headline\n\n${body}\n`).statements.map((s) => ({ type: s.type, cue: s.cue?.text ?? null, speaker: s.speaker.mention?.text ?? null, content: s.content.text }));

describe('a clause ending in a quoted fragment before "…,” X said": mixed, the whole clause', () => {
  it.each([
    ['a plain clause', 'The new levy is "a tax on ambition," Harlow said.', { type: 'mixed', cue: 'said', speaker: 'Harlow', content: 'The new levy is "a tax on ambition,"' }],
    ['a connective opening the clause, curly marks', 'Yet the ferry operator is also a “reliable partner,” Maren Osei said on Tuesday.', { type: 'mixed', cue: 'said', speaker: 'Maren Osei', content: 'Yet the ferry operator is also a “reliable partner,”' }],
    ['a subject set off by commas, the verb inside the quote, "said X"', 'The committee, typically attended by dozens of residents every month, "lets us hear what people want," said Tom Brill, the deputy leader.', { type: 'mixed', cue: 'said', speaker: 'Tom Brill', content: 'The committee, typically attended by dozens of residents every month, "lets us hear what people want,"' }],
  ])('%s', (_name, body, expected) => {
    expect(run(body)).toContainEqual(expected);
  });

  it('a quote that goes on after the cue is the next piece of the same statement (GUIDE: one statement per speech act)', () => {
    const sts = analyzeArticle('Headline\n\nThe new levy is "a tax on ambition," Harlow said. "It will empty the harbour."\n').statements;
    expect(sts).toHaveLength(1);
    expect(sts[0]?.type).toBe('mixed');
    expect(sts[0]?.content.pieces?.map((p) => p.text)).toEqual(['The new levy is "a tax on ambition,"', 'It will empty the harbour.']);
  });

  it.each([
    ['a quote that opens the sentence', '"We will appeal the ruling," Harlow said.', { type: 'direct', content: 'We will appeal the ruling,' }],
    ['a setting before a capitalised quote', 'In a statement on Tuesday, "We regret the delay to passengers," the ferry company said.', { type: 'direct', content: 'We regret the delay to passengers,' }],
    ['a setting before a quote in lower case', 'In a letter sent to tenants on Monday, "the repairs will take a month," the landlord wrote.', { type: 'direct', content: 'the repairs will take a month,' }],
    ['a colon introducing the quote', 'She put it plainly: "the timetable cannot hold," Harlow said.', { type: 'direct', content: 'the timetable cannot hold,' }],
    ['a split quote', '"The timetable," Harlow said, "cannot hold past June."', { type: 'direct', content: 'The timetable," Harlow said, "cannot hold past June.' }],
  ])('stays direct: %s', (_name, body, expected) => {
    expect(run(body).map(({ type, content }) => ({ type, content }))).toContainEqual(expected);
  });
});

describe('"a problem that health inspectors say can …": a cue inside a relative clause whose gap is the reported subject', () => {
  it.each([
    ['a subject of two nouns', 'The plant had mould near the ovens, a problem that health inspectors say can spread spores to the bread.', { type: 'indirect', cue: 'say', speaker: 'health inspectors', content: 'can spread spores to the bread' }],
    ['a quantifier and an adjective before the noun', 'The levy is a tax that many local critics say will hurt the harbour.', { type: 'indirect', cue: 'say', speaker: 'many local critics', content: 'will hurt the harbour' }],
    ['a hyphenated compound', 'The kitchen had grease on the vents, conditions that fire-safety officers say can allow a blaze to spread.', { type: 'indirect', cue: 'say', speaker: 'fire-safety officers', content: 'can allow a blaze to spread' }],
    ['a relative clause on the subject: the main verb ends the content', 'The rules that ferry crews say are unsafe were changed on Monday.', { type: 'indirect', cue: 'say', speaker: 'ferry crews', content: 'are unsafe' }],
  ])('%s', (_name, body, expected) => {
    expect(run(body)).toContainEqual(expected);
  });

  it.each([
    ['"a say" as a noun before a relative clause', 'Residents want a say that will shape the harbour plan.'],
    ['a relative clause with a verb that reports nothing', 'The ferry fares that port users pay will rise in May.'],
    ['"say" as a noun after an adjective', 'The tenants that had the final say were the ones on the top floor.'],
    ['a noun of saying after a possessive in a "that" clause', 'The trust regrets that the mayor\'s comments were so harsh.'],
    ['a noun of saying after a name used as a modifier', 'The levy was one of the claims that the Harbour Trust report could not support.'],
  ])('no statement: %s', (_name, body) => {
    expect(run(body)).toEqual([]);
  });
});
