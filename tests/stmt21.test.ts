// Statements whose subject and cue stand apart (stmt21): a word of time or manner, or a phrase of time in "ago", between
// a subject and its verb of saying, and a head noun that wink tags an adjective right before the verb. Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/index.js';

const statementsOf = (sentence: string) => analyzeArticle(`Council budget row\n\n${sentence}\n`).statements;
const found = (sentence: string) => statementsOf(sentence).map((s) => ({ speaker: s.speaker.name, cue: s.cue?.text, content: s.content.text }));

describe('a word of time or manner between the subject and its cue', () => {
  it.each([
    ['Auditors soon noted that the council had paid the invoices twice.', 'Auditors', 'noted', 'the council had paid the invoices twice'],
    ['The tenants together said they were less likely to renew their leases.', 'tenants', 'said', 'they were less likely to renew their leases'],
    ['The two unions jointly said the offer would not be put to a ballot.', 'unions', 'said', 'the offer would not be put to a ballot'],
  ])('%s', (sentence, speaker, cue, content) => {
    expect(found(sentence)).toEqual([expect.objectContaining({ cue, content })]);
    expect(found(sentence)[0]?.speaker.toLowerCase()).toContain(speaker.toLowerCase());
  });
  it.each([
    // "soon" and "together" that are no gap between a subject and a cue of its own
    ['The bridge will soon reopen to traffic, and the overall cost has doubled.'],
    ['The two councils together run the harbour and the ferry.'],
    ['The works were soon finished and the road reopened in May.'],
  ])('no statement: %s', (sentence) => {
    expect(statementsOf(sentence)).toEqual([]);
  });
});

describe('a phrase of time in "ago" between the subject and its cue', () => {
  it.each([
    ['The water board two weeks ago said that the reservoir was full.', 'water board', 'the reservoir was full'],
    ['The mayor less than a month ago said the depot would stay open.', 'mayor', 'the depot would stay open'],
  ])('%s', (sentence, speaker, content) => {
    const [st] = found(sentence);
    expect(st?.content).toBe(content);
    expect(st?.speaker.toLowerCase()).toContain(speaker);
  });
  it.each([
    ['The depot closed two weeks ago after a fire in the yard.'],
    ['Three years ago the ferry ran twice a day.'],
  ])('no statement: %s', (sentence) => {
    expect(statementsOf(sentence)).toEqual([]);
  });
  it('a trailing time phrase stays in the content of an inverted cue', () => {
    expect(found('The bridge was closed two weeks ago, said the council.')).toEqual([expect.objectContaining({ cue: 'said', content: 'The bridge was closed two weeks ago' })]);
  });
});

describe('a head noun tagged as an adjective right before the cue', () => {
  it.each([
    ['The Labour incumbent said her record on housing spoke for itself.', 'incumbent', 'her record on housing spoke for itself'],
    ['The self-declared independent said he would not join either group on the council.', 'independent', 'he would not join either group on the council'],
  ])('%s', (sentence, head, content) => {
    const [st] = found(sentence);
    expect(st?.content).toBe(content);
    expect(st?.speaker.toLowerCase()).toContain(head);
  });
  it.each([
    // an adjective that is the predicate, or that stands for no speaker
    ['The former said nothing, and the meeting moved on to the parking fees.'],
    ['The figures were independent of the council and were published in March.'],
    ['The new incumbent arrives in May and the old one leaves in June.'],
    // (a degree word that wink tags an adjective: the survey's finding runs on)
  ])('no statement: %s', (sentence) => {
    expect(statementsOf(sentence)).toEqual([]);
  });
  it('a degree word tagged an adjective heads no speaker inside a finding', () => {
    const got = found('A survey by the trust found that the public overall says the pier should be saved.');
    expect(got).toEqual([expect.objectContaining({ cue: 'found', content: 'the public overall says the pier should be saved' })]);
  });
  it.each([
    ['The old pier, a wooden one, was rebuilt twice in the last century.'],
  ])('no statement: %s', (sentence) => {
    expect(statementsOf(sentence)).toEqual([]);
  });
});

describe('"as reported by" a source, as "according to"', () => {
  it.each([
    ['As reported by the Harbour Gazette, the mayor knew about the leak in March.', 'As reported by', 'the mayor knew about the leak in March'],
    ['The mayor knew about the leak in March, as reported by the Harbour Gazette.', 'as reported by', 'The mayor knew about the leak in March'],
  ])('%s', (sentence, cue, content) => {
    const [st] = found(sentence);
    expect(st).toEqual(expect.objectContaining({ cue, content }));
    expect(st?.speaker).toContain('Harbour Gazette');
  });
  it.each([
    // a comparison with what a source reported, not an attribution
    ['The council acted as reported by the auditors in their letter.'],
    ['Sales rose as reported by the shop and then fell in the spring.'],
  ])('no statement: %s', (sentence) => {
    expect(statementsOf(sentence)).toEqual([]);
  });
});

describe('"that" in an appositive on a name, before a cue, is the relative subject', () => {
  it('an appositive\'s "that has accused" is the named body\'s statement, beside the main clause\'s', () => {
    const got = found("The Tenants' Union, a campaign group that has accused the council of neglecting repairs, warned that rents would rise.");
    expect(got).toEqual([
      expect.objectContaining({ speaker: "Tenants' Union", cue: 'accused', content: 'the council of neglecting repairs' }),
      expect.objectContaining({ speaker: "Tenants' Union", cue: 'warned', content: 'rents would rise' }),
    ]);
  });
  it.each([
    // a restrictive "that" on the subject, whose main verb follows; a "that" with no name before the appositive
    ['The council that said the depot would close has changed its mind.'],
    ['The company, a firm that denied the leak, was fined in March.'],
  ])('no statement: %s', (sentence) => {
    expect(statementsOf(sentence)).toEqual([]);
  });
});

describe('"that" right before a finite auxiliary is the reported clause\'s subject, not its complementizer', () => {
  it.each([
    ["The council's lawyer said that was not the board's view.", "that was not the board's view"],
    ['The mayor said that would be unfair to the tenants.', 'that would be unfair to the tenants'],
  ])('%s', (sentence, content) => {
    expect(found(sentence)).toEqual([expect.objectContaining({ cue: 'said', content })]);
  });
  it.each([
    // a complementizer: a subject follows it, or a clause set off by commas
    ['The mayor said that the plan would be unfair to the tenants.', 'the plan would be unfair to the tenants'],
    ['The mayor said that, if the plan were approved, rents would rise.', 'if the plan were approved, rents would rise'],
  ])('the complementizer stays out: %s', (sentence, content) => {
    expect(found(sentence)).toEqual([expect.objectContaining({ cue: 'said', content })]);
  });
});
