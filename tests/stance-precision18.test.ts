// Polar targets a reader does not give (issue 6): narrowings of the stance rules whose offers were mostly wrong on the
// dev articles. Sentences are our own; each rule is shown still firing where it should and no longer firing on the kind
// of case it got wrong.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

/** Paragraphs separated by `|`; each statement's act and targets (name → stance, and name → rule). */
const run = (paragraphs: string) => analyzeArticle(`Headline\n${paragraphs.replace(/\|/gu, '\n')}\n`).statements.map((s) => ({
  act: s.act,
  targets: Object.fromEntries(s.targets.map((t) => [t.name, t.stance])),
  rules: Object.fromEntries(s.targets.map((t) => [t.name, t.evidence?.[0]?.rule ?? ''])),
}));
const only = (paragraphs: string) => {
  const got = run(paragraphs);
  expect(got).toHaveLength(1);
  return got[0]!;
};

describe('a denial clears the party that is the subject of what it denies, not every party it names', () => {
  it.each([
    ['the subject of the denied clause', 'A spokesman for Halvard Freight denied that Quinton Logistics had falsified the delivery records.', 'Quinton Logistics'],
    ['the subject after "no evidence that"', 'The regional director, Mara Pelly, said there was no evidence that Dunford Mills had broken the permit.', 'Dunford Mills'],
  ])('%s', (_name, text, party) => {
    const s = only(text);
    expect(s.act).toBe('DENY');
    expect(s.targets[party]).toBe('FAVOR');
  });

  it.each([
    ['a party after a preposition ("shared with")', 'Ostwick Council denied any wrongdoing, saying the survey results had been shared with Pelham Surveys and two universities.', 'Pelham Surveys'],
    ['the agent of a passive ("checked by")', 'The ferry operator denied the claim, saying its logbooks had been checked every year by the Marine Safety Board.', 'Marine Safety Board'],
    ['the party a plan was agreed with', 'Garrow Water denied that it had ignored the warnings, saying the repair schedule had been agreed with Tessel Engineering.', 'Tessel Engineering'],
    ['a possessor ("Tessel Engineering’s repair schedule")', 'Garrow Water denied that it had mishandled Tessel Engineering’s repair schedule.', 'Tessel Engineering'],
  ])('%s', (_name, text, party) => {
    const s = only(text);
    expect(s.act).toBe('DENY');
    expect(s.targets[party]).not.toBe('FAVOR');
  });
});

describe('the sentiment lexicon no longer leans a report in favour (right for 0 of 34 polar targets on train and dev)', () => {
  it.each([
    ['a promise to study proposals', 'The ministry said it would “study the proposals from Greenway Action carefully” but gave no date.', 'Greenway Action'],
    ['a promise of help', 'Marla Quist said the league would “do everything in its power” to help Dunmore Rovers finish the season.', 'Dunmore Rovers'],
  ])('%s', (_name, text, party) => {
    const s = only(text);
    expect(s.targets[party]).not.toBe('FAVOR');
  });

  it('an evaluation of the party still favours it', () => {
    expect(only('“Tom Hale was terrific tonight,” Ruiz said.').targets['Tom Hale']).toBe('FAVOR');
  });
});

describe('the sentiment of a report under "according to" takes no side (GUIDE decision 21)', () => {
  it.each([
    ['a newspaper as the source', 'According to the Harwick Gazette, the Lenton Group was hit by a painful wave of departures and a miserable winter.', 'Lenton Group'],
    ['people briefed as the source', 'According to two people briefed on the talks, Pell Motors faces a grim, painful year.', 'Pell Motors'],
    ['a document as the source', 'According to the club’s accounts, Dunmore Rovers suffered a sad and dismal season.', 'Dunmore Rovers'],
  ])('%s', (_name, text, party) => {
    expect(only(text).targets[party]).toBe('NONE');
  });

  it.each([
    ['a newspaper that said it', 'The Harwick Gazette said the Lenton Group was hit by a painful wave of departures and a miserable winter.', 'Lenton Group'],
    ['people who said it', 'Two people briefed on the talks said Pell Motors faces a grim, painful year.', 'Pell Motors'],
  ])('the same words under a cue of saying still lean against: %s', (_name, text, party) => {
    const s = only(text);
    expect(s.targets[party]).toBe('AGAINST');
    expect(s.rules[party]).toBe('stance:against:tone');
  });
});

describe('a rebutted suggestion names no author to be against', () => {
  const accusation = 'Residents’ leader Tomas Brill said Halden Water had hidden the leak from inspectors for months.';

  it('rejecting "the allegations" is against the one who made them', () => {
    const [, denial] = run(`${accusation}|Halden Water rejected the allegations.`);
    expect(denial?.act).toBe('DENY');
    expect(denial?.targets['Tomas Brill']).toBe('AGAINST');
  });

  it.each([
    ['"any suggestion that"', `${accusation}|Halden Water rejected any suggestion that the leak had been hidden.`],
    ['"suggestions that"', `${accusation}|Halden Water rejected suggestions that it had cut corners on maintenance.`],
  ])('rejecting %s guesses no author', (_name, text) => {
    const [, denial] = run(text);
    expect(denial?.act).toBe('DENY');
    expect(denial?.targets['Halden Water']).toBe('FAVOR');
    expect(denial?.targets['Tomas Brill']).toBeUndefined();
  });
});
