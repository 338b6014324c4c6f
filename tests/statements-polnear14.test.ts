// Statement constructions that no system statement overlapped on PolNeAR train (issue 4, this session): poll shares as
// speakers, "say the same of …", and a present-tense verb that wink tags as a plural noun inside a reported clause.
// Every sentence here was written for this file; the expected spans were written from the sentences by hand.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const run = (body: string) =>
  analyzeArticle(`Headline\n\n${body}\n`).statements.map((s) => ({ cue: s.cue?.text ?? null, speaker: s.speaker.mention?.text ?? null, content: s.content.text }));

describe('a poll share speaks', () => {
  it.each([
    ['a percent sign after a number', 'In the survey, 41% say the city should hire more bus drivers.', { cue: 'say', speaker: '41%', content: 'the city should hire more bus drivers' }],
    ['"a third say", the cue tagged as a noun', 'Close to a third say the ferry fare is too high.', { cue: 'say', speaker: 'a third', content: 'the ferry fare is too high' }],
    ['a share restated as a percentage after a comma', 'Roughly a quarter, 24 percent, say the toll road should close.', { cue: 'say', speaker: 'a quarter', content: 'the toll road should close' }],
  ])('%s', (_name, body, expected) => {
    expect(run(body)).toEqual([expected]);
  });

  it.each([
    // a percent figure that is the subject of a verb of its own, not of saying
    ['a percentage that rises', 'In the county, 47% of homes now have fibre, the highest share in the state.'],
    ['a share of a budget, not of a sample', 'Roughly a quarter, 24 percent, of the budget goes to road repairs.'],
    ['"a third" as a share of money', 'Nearly a third of the grant was spent on consultants last year.'],
  ])('no statement: %s', (_name, body) => {
    expect(run(body)).toEqual([]);
  });
});

describe('"say the same of X" reports the clause said before, of a new subject', () => {
  it.each([
    ['"of"', 'Six in ten tenants trust the housing board, while 38 percent say the same of the landlords.', { cue: 'say', speaker: '38 percent', content: 'the same of the landlords' }],
    ['"about"', 'Most nurses backed the strike, and a third of the doctors said the same about the walkout.', { cue: 'said', speaker: 'a third of the doctors', content: 'the same about the walkout' }],
  ])('%s', (_name, body, expected) => {
    expect(run(body)).toContainEqual(expected);
  });

  it.each([
    ['under a modal', 'Few people could say the same of the old ferry service.'],
    ['a passive with no speaker', 'The same cannot be said of the old ferry service.'],
  ])('no statement: %s', (_name, body) => {
    expect(run(body)).toEqual([]);
  });

  it('"said the same day" is a time, and the clause after it is the content', () => {
    expect(run('The clerk said the same day that the count would be delayed.')).toEqual([{ cue: 'said', speaker: 'The clerk', content: 'the count would be delayed' }]);
  });
});

describe('a present-tense verb tagged as a plural noun still opens the reported clause', () => {
  it.each([
    ['"yields" between a noun and an article', 'Kemp said each extra lane yields a 5% drop in travel times.', 'each extra lane yields a 5% drop in travel times'],
    ['"costs" between a noun and an article', 'Marsh said the county bridge plan costs the town $4 million.', 'the county bridge plan costs the town $4 million'],
  ])('%s', (_name, body, content) => {
    expect(run(body).map((s) => s.content)).toEqual([content]);
  });

  it.each([
    ['"said in a statement"', 'The utility said in a statement on Monday.'],
    ['"added on the sidelines"', 'The minister added on the sidelines of the summit.'],
    ['"wrote in his memoirs"', 'The general wrote in his memoirs a decade later.'],
  ])('no clause, no statement: %s', (_name, body) => {
    expect(run(body)).toEqual([]);
  });

  it('after "wrote" too', () => {
    expect(run('The analyst wrote the new levy costs each household $200 a year.').map((s) => s.content)).toEqual(['the new levy costs each household $200 a year']);
  });

  it.each([
    // "explain" and "add" take a noun object: "the fee changes", "the squad changes" are compounds, not clauses
    ['"explained" with a compound noun object', 'The auditor explained the fee changes each quarter to the board.'],
    ['"added" with a compound noun object', 'The coach added the squad changes each week to the notice board.'],
    // a determiner before a unit of time opens an adverbial, not an object of the -s word
    ['"said" with a noun object and a time', 'The vicar said the evening prayers each night.'],
  ])('a noun object, no statement: %s', (_name, body) => {
    expect(run(body)).toEqual([]);
  });
});

describe('a setting after an object with a quoted fragment is not content (LABELS: the content is what was said)', () => {
  it.each([
    ['"in a tweet" after a quoted fragment', 'The senator called the ruling “a disgrace” in a tweet on Sunday.', 'the ruling “a disgrace”'],
    ['"on his radio show" after a quoted fragment', 'The host called the governor a “fraud” on his radio show last week.', 'the governor a “fraud”'],
    ['"in a tweet" after a plain object', 'The mayor claimed victory in a tweet, thanking her volunteers.', 'victory'],
  ])('%s', (_name, body, content) => {
    expect(run(body)[0]?.content).toBe(content);
  });

  it.each([
    // the setting words inside the quote are what was said
    ['setting words inside the quote', 'The council called the budget “a statement of intent on paper” and little more.', 'the budget “a statement of intent on paper” and little more'],
    // no setting noun: the phrase stays
    ['a place that is no setting', 'The coach called the pitch “a swamp” in the second half.', 'the pitch “a swamp” in the second half'],
  ])('not cut: %s', (_name, body, content) => {
    expect(run(body)[0]?.content).toBe(content);
  });

  it.each([
    ['"in her column"', 'The columnist called the budget “a fantasy” in her column on Sunday.', 'the budget “a fantasy”'],
    ['"in a column for" a named paper', 'The senator called the ruling “a disgrace” in a column for the Valley Herald.', 'the ruling “a disgrace”'],
  ])('a column is a setting when owned or published: %s', (_name, body, content) => {
    expect(run(body)[0]?.content).toBe(content);
  });

  it.each([
    // a column of stone is a thing, not where the words were published
    ['"in a column of" a stand', 'The surveyor described the damage in a column of the west stand.', 'the damage in a column of the west stand'],
    ['"on a column at" a gate', 'The guide described the carving on a column at the temple gate.', 'the carving on a column at the temple gate'],
  ])('a column as a thing is not cut: %s', (_name, body, content) => {
    expect(run(body)[0]?.content).toBe(content);
  });
});

describe('after an object with a quoted noun phrase, "and" with a past verb is the speaker\'s next action', () => {
  it('"called the report “a whitewash” and walked out" ends at the quote', () => {
    expect(run('The chair called the report “a whitewash” and walked out of the hearing.')[0]?.content).toBe('the report “a whitewash”');
  });

  it.each([
    // a quote with a verb in it is the reported clause's own, and "and" goes on with that clause
    ['a quoted verb phrase', 'The director said in a statement that the gallery “respects the claim” of the tribe and remained open to talks.', 'the gallery “respects the claim” of the tribe and remained open to talks'],
    ['"and" inside the quote', 'The minister said the deal would “cost jobs and hurt towns” across the north.', 'the deal would “cost jobs and hurt towns” across the north'],
  ])('not cut: %s', (_name, body, content) => {
    expect(run(body)[0]?.content).toBe(content);
  });
});

describe('a trailing "…, the Harbour Gazette reports." with a present-tense cue wink tags as a noun', () => {
  it.each([
    ['"the" and a two-word name', 'The ferry company plans to cut the winter crossings, the Harbour Gazette reports.', { cue: 'reports', speaker: 'the Harbour Gazette', content: 'The ferry company plans to cut the winter crossings' }],
    ['a hyphenated name', 'She became the first nurse to chair the hospital board, Nell Armitage-Cole reports.', { cue: 'reports', speaker: 'Nell Armitage-Cole', content: 'She became the first nurse to chair the hospital board' }],
  ])('%s', (_name, body, expected) => {
    expect(run(body)).toEqual([expected]);
  });

  it.each([
    // a list of documents that ends in a name's reports is no attribution
    ['a list joined by "and"', 'The inquiry examined the minutes, the audit and the New Haven Police reports.'],
    ['"and" before the name', 'The figures come from the state and the Grant Foundation reports.'],
  ])('no statement: %s', (_name, body) => {
    expect(run(body)).toEqual([]);
  });
});

describe('a present-tense cue tagged as a noun before a quoted sentence', () => {
  it('"The leaflet claims “…”" is a direct statement', () => {
    expect(run('The leaflet claims “Pratt will mend every road by spring.”')).toEqual([{ cue: 'claims', speaker: 'The leaflet', content: 'Pratt will mend every road by spring.' }]);
  });

  it.each([
    // quoted names after a plural noun "claims"
    ['quoted product names', 'The insurance claims “Fast Track” and “Easy Pay” were both turned down.'],
    ['a possessive before the noun', 'The firm’s claims “Green Choice” is the best brand drew a fine.'],
  ])('no statement: %s', (_name, body) => {
    expect(run(body)).toEqual([]);
  });
});

describe('an insult given as a quoted name keeps its criticism once the setting or next act is cut', () => {
  // The cut leaves only the object and its quoted name; the act stage reads the name (act-words.json faultNames).
  const acts = (body: string) => analyzeArticle(`Headline\n\n${body}\n`).statements.map((s) => ({ act: s.act, content: s.content.text }));

  it.each([
    ['"third-rate" before "in a tweet"', 'Governor Ada Pike called talk-show host Rex Dorn “third-rate” in a tweet on Monday.', 'talk-show host Rex Dorn “third-rate”'],
    ['"a “buffoon”" before "on his radio show"', 'Radio host Lyle Brand called Senator Mira Holt a “buffoon” on his radio show.', 'Senator Mira Holt a “buffoon”'],
    ['"fat cats" before "in a speech"', 'Mayor Tom Reyes called the Harlow Bank executives “fat cats” in a speech.', 'the Harlow Bank executives “fat cats”'],
    ['"third-rate" before "and" with a past verb', 'The governor called the anchor “third-rate” and cancelled the interview.', 'the anchor “third-rate”'],
  ])('%s', (_name, body, content) => {
    expect(acts(body)[0]).toEqual({ act: 'CRITICIZE', content });
  });

  it.each([
    // the same words outside a quoted name after "called"/"described … as" judge nothing
    ['a clown hired for a show', 'The ringmaster hired a clown for the Saturday show, the festival director said.'],
    ['a train wreck as an event', 'Investigators said the train wreck was caused by a broken rail.'],
  ])('stays SAY: %s', (_name, body) => {
    expect(acts(body).map((s) => s.act)).toEqual(['SAY']);
  });
});
