// Statement constructions of political news that the finder missed (session 30, issue 4): a present-tense cue that
// wink tags as a noun before a colon and a quote ("The guide notes: “…”"), and a speaker and cue set off by commas after
// a linking word that opens the sentence ("But, she said, the levy is too high."). The sentences are written for this
// file; every expectation was set by hand from LABELS.md (Statement, Content span, Speaker).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { pairQuoteMarks } from '../src/stages/quotes/pair-quote-marks.js';
import { splitParagraphs } from '../src/stages/segment/split-paragraphs.js';

type Row = { speaker: string; mention: string; type: string; cue: string; content: string };
const rows = (paragraphs: string): Row[] => {
  const text = `Headline\n${paragraphs}\n`;
  return analyzeArticle(text).statements.map((s) => ({
    speaker: s.speaker.name, mention: s.speaker.mention?.text ?? '', type: s.type,
    cue: s.cue ? text.slice(s.cue.start, s.cue.end) : '', content: text.slice(s.content.start, s.content.end),
  }));
};

describe('a present-tense cue before a colon and a quote is the verb of its subject', () => {
  it('"The treasurer notes: “…”" is the treasurer\'s direct statement', () => {
    const got = rows('The council met on Monday.\nThe treasurer notes: "The tax was first raised in 1990 to pay for the bridge."');
    expect(got).toContainEqual(expect.objectContaining({ mention: 'The treasurer', type: 'direct', cue: 'notes', content: 'The tax was first raised in 1990 to pay for the bridge.' }));
  });
  it('"As the council\'s website states: “…”" is the website\'s', () => {
    const got = rows('The council met on Monday.\nAs the council\'s website states: "Members are elected for four years."');
    expect(got).toContainEqual(expect.objectContaining({ mention: 'the council\'s website', type: 'direct', cue: 'states', content: 'Members are elected for four years.' }));
  });
  it('the quote may open the next paragraph', () => {
    const got = rows('The council met on Monday.\nThe treasurer notes:\n"The tax was first raised in 1990 to pay for the bridge."');
    expect(got).toContainEqual(expect.objectContaining({ mention: 'The treasurer', cue: 'notes', content: 'The tax was first raised in 1990 to pay for the bridge.' }));
  });
  it('must not fire: a label before a colon ("Meeting notes: “…”") is no speaker', () => {
    const got = rows('The council met on Monday.\nMeeting notes: "Attendance was low and the vote was delayed."');
    expect(got.filter((r) => r.cue === 'notes')).toEqual([]);
  });
  it('must not fire: a quoted title with no verb after the colon', () => {
    const got = rows('The council met on Monday.\nThe treasurer notes: "Budget Plan for 2026"');
    expect(got.filter((r) => r.cue === 'notes')).toEqual([]);
  });
});

describe('a linking word, its comma, then the speaker and cue set off by commas: the clause after them is the content', () => {
  it.each<[string, string, Partial<Row>]>([
    ['"But, she said, …"', 'The council approved the levy on Monday. But, she said, the levy will hurt small shops along the high street.',
      { mention: 'she', cue: 'said', content: 'the levy will hurt small shops along the high street' }],
    ['"But, the former treasurer added, …"', 'The council approved the levy on Monday.\nBut, the former treasurer added, the council should have waited for the audit.',
      { mention: 'the former treasurer', cue: 'added', content: 'the council should have waited for the audit' }],
    ['"And, he acknowledged, …"', 'The fund was set up in 2019.\nAnd, he acknowledged, the fund is running low.',
      { mention: 'he', cue: 'acknowledged', content: 'the fund is running low' }],
    ['the cue\'s own words before the second comma ("said on Monday")', 'The fund was set up in 2019.\nSo, the treasurer said on Monday, the fund would be closed by June.',
      { mention: 'the treasurer', cue: 'said', content: 'the fund would be closed by June' }],
  ])('%s', (_label, body, want) => {
    expect(rows(body)).toContainEqual(expect.objectContaining(want));
  });
  it('must not fire: a linking word and a fronted phrase with no cue ("But, in the end, the council approved …")', () => {
    expect(rows('The levy was debated for a year.\nBut, in the end, the council approved the levy.')).toEqual([]);
  });
  it('must not fire: a linking word before a comparison ("But, like his rival, the senator voted …")', () => {
    expect(rows('The bill passed on Friday.\nBut, like his rival, the senator voted for the bill.')).toEqual([]);
  });
});

describe('words between a subject and its cue: a floated quantifier after the auxiliary, "overall"', () => {
  it('"The mayor and the treasurer have both argued that …" is theirs', () => {
    expect(rows('The tax was raised in May.\nThe mayor and the treasurer have both argued that the tax is too high.'))
      .toContainEqual(expect.objectContaining({ mention: 'The mayor and the treasurer', cue: 'argued', content: 'the tax is too high' }));
  });
  it('"The unions had all said …" is the unions\'', () => {
    expect(rows('Talks broke down in May.\nThe unions had all said the offer was too low.'))
      .toContainEqual(expect.objectContaining({ mention: 'The unions', cue: 'said', content: 'the offer was too low' }));
  });
  it('"About seven in 10 older voters overall said …" is the voters\' share', () => {
    const got = rows('The poll was taken in May.\nAbout seven in 10 older voters overall said the bus fare was unfair.');
    expect(got).toContainEqual(expect.objectContaining({ cue: 'said', content: 'the bus fare was unfair' }));
    expect(got.find((r) => r.cue === 'said')?.mention).toMatch(/older voters$/u);
  });
  it('must not fire: a quantifier after a form of "be" before a passive "said to" ("The old mills are all said to date from …")', () => {
    expect(rows('The town grew in the 1890s.\nThe old mills are all said to date from 1890.').filter((r) => r.cue === 'said')).toEqual([]);
  });
  it('must not fire: "overall" before the head is an adjective of the speaker phrase ("The overall winner said")', () => {
    expect(rows('The race ended in May.\nThe overall winner said the course was hard.'))
      .toContainEqual(expect.objectContaining({ mention: 'The overall winner', cue: 'said', content: 'the course was hard' }));
  });
});

describe('two modifiers of the speaker\'s head set off by a comma stay in the speaker phrase', () => {
  it('"the soft-spoken, 64-year-old envoy said" after a quote: the whole description speaks, the quote is the content', () => {
    const got = rows('The talks ended in May.\n"Our harbour plan comes before anything else," the soft-spoken, 64-year-old envoy said in a long interview with The Harbor Times.');
    expect(got).toContainEqual(expect.objectContaining({ mention: 'the soft-spoken, 64-year-old envoy', type: 'direct', cue: 'said' }));
    expect(got.some((r) => r.content.startsWith('in a long interview'))).toBe(false);
  });
  it('"The tall, soft-spoken envoy said …"', () => {
    expect(rows('The talks ended in May.\nThe tall, soft-spoken envoy said the talks had failed.'))
      .toContainEqual(expect.objectContaining({ mention: 'The tall, soft-spoken envoy', cue: 'said', content: 'the talks had failed' }));
  });
  it('must not fire: a clause that ends in an adjective before an attribution ("The talks were long and hard, the new mayor said")', () => {
    expect(rows('The talks ended in May.\nThe talks were long and hard, the new mayor said.'))
      .toContainEqual(expect.objectContaining({ mention: 'the new mayor', content: 'The talks were long and hard' }));
  });
  it('must not fire: "It was a cheap, small business, she said" keeps "she"', () => {
    expect(rows('The shop closed in May.\nIt was a cheap, small business, she said.'))
      .toContainEqual(expect.objectContaining({ mention: 'she', content: 'It was a cheap, small business' }));
  });
});

describe('an opening double mark typed where a closing one belongs closes the open quote', () => {
  it('"“We expected more,“ said Nora Kell …" is her direct statement, and the next quote pairs too', () => {
    const got = rows('The fund was set up in May.\n“We expected more,“ said Nora Kell, a lawyer with the Civic Trust. “The delay hurts every tenant.”');
    expect(got).toContainEqual(expect.objectContaining({ speaker: 'Nora Kell', type: 'direct', cue: 'said' }));
    expect(got.find((r) => r.cue === 'said')?.content.startsWith('We expected more')).toBe(true);
  });
  it('a quote after a mis-typed pair in the same paragraph is still found', () => {
    const got = rows('The road was closed in May.\nHe called the plan “reckless“ and “costly.“ “Waiting would cost the town dearly,” Mr. Dale told reporters.');
    expect(got).toContainEqual(expect.objectContaining({ mention: 'Mr. Dale', type: 'direct', cue: 'told', content: 'Waiting would cost the town dearly,' }));
  });
  it('the mis-typed mark closes the open quote and the next opening mark opens a quote of its own', () => {
    const text = 'The mayor called the levy “unfair,“ then “a tax on the poor.”';
    const quotes = pairQuoteMarks(text, splitParagraphs(text)).quotes.map((q) => [q.depth, text.slice(q.start, q.end)]);
    expect(quotes).toEqual([[0, 'unfair,'], [0, 'a tax on the poor.']]);
  });
  it('must not fire: inside an open quote, an opening mark after a space and before a word opens a nested quote', () => {
    const text = '“We never said “yes” to the plan,” the mayor said.';
    const quotes = pairQuoteMarks(text, splitParagraphs(text)).quotes.map((q) => [q.depth, text.slice(q.start, q.end)]);
    expect(quotes).toEqual([[0, 'We never said “yes” to the plan,'], [1, 'yes']]);
  });
});
