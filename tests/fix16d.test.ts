// Speakers, fix16d (from new users' articles, written here in other words): "the pollster" is the body named as the
// maker of a poll; "Another user, who identified herself only as a teacher," is an unnamed source with that role;
// observers or monitors from a named mission speak as the mission (as "Analysts at X" do); occupations "a partner at X",
// "a geographer at X", "a nephrologist", the office "returning officer"; "the company’s head of research" takes the
// company as affiliation; results that "show" something are a document (corpus/GUIDE.md section 3). The sentences are
// written for this file.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-helpers.js';

describe('the pollster: the body named as the maker of a poll', () => {
  it.each([
    ['"a poll by X"', 'An exit poll by the Norbury Centre gave the Labour bloc 38 percent. The pollster said the bloc was heading for a narrow win.', 'Norbury Centre'],
    ['"X’s survey"', 'The Norbury Centre’s latest survey put the Labour bloc at 38 percent. The pollster said the bloc was heading for a narrow win.', 'Norbury Centre'],
    ['"a poll carried out by X"', 'A poll carried out by the Vantage Polling Institute found support falling. The pollster said the bloc was heading for a narrow win.', 'Vantage Polling Institute'],
  ])('%s', (_rule, body, name) => {
    expect(speakerOf(body, 'the bloc was heading for a narrow win')).toMatchObject({ name, kind: 'organization' });
  });
  it.each([
    ['no maker of a poll named', 'The Labour bloc led by six points on Sunday. The pollster said the bloc was heading for a narrow win.', 'pollster'],
    ['a party named, no poll', 'The Labour bloc said on Sunday it would win. The pollster said the bloc was heading for a narrow win.', 'pollster'],
  ])('must not fire: %s', (_rule, body, name) => {
    expect(speakerOf(body, 'the bloc was heading for a narrow win')).toMatchObject({ name, kind: 'anonymous' });
  });
});

describe('"Another …": an unnamed source, with the role it gives itself', () => {
  it.each([
    ['identified only as a teacher', 'Another user, who identified herself only as a teacher, wrote on Instagram that the kettle had caught fire.', 'the kettle had caught fire', 'user', 'teacher'],
    ['described as a plumber', 'Another reader, who described himself as a plumber, wrote that the pipes had burst twice.', 'the pipes had burst twice', 'reader', 'plumber'],
    ['another parent (GUIDE decision 27)', 'Another mother said the nursery had shut without warning.', 'the nursery had shut without warning', 'mother', 'parent'],
  ])('%s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'anonymous', role });
  });
  it.each([
    ['a first name is no role', 'Another user, who identified herself only as Marta, wrote on Instagram that the kettle had caught fire.', 'the kettle had caught fire', 'user', null],
    ['a relative clause of another kind', 'Another reader, who lives by the canal, wrote that the pipes had burst twice.', 'the pipes had burst twice', 'reader', null],
  ])('must not fire: %s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'anonymous', role });
  });
  it('must not change: a named person after "another"', () => {
    expect(speakerOf('Another resident, Petra Lund, said the pipes had burst twice.', 'the pipes had burst twice')).toMatchObject({ name: 'Petra Lund', kind: 'person' });
  });
});

describe('observers or monitors from a named mission speak as the mission', () => {
  it.each([
    ['observers with a modifier', 'International observers from the Northern Ballot Observation Group said the count had been orderly.', 'observer'],
    ['monitors with a modifier', 'Election monitors from the Northern Ballot Observation Group said the count had been orderly.', 'monitor'],
    ['observers alone', 'Observers from the Northern Ballot Observation Group said the count had been orderly.', 'observer'],
  ])('%s', (_rule, body, role) => {
    expect(speakerOf(body, 'the count had been orderly')).toMatchObject({ name: 'Northern Ballot Observation Group', kind: 'organization', role });
  });
  it.each([
    ['observers without a body', 'International observers said the count had been orderly.', 'International observers said'],
    ['a named observer', 'Mira Sand, an observer from the Northern Ballot Observation Group, said the count had been orderly.', 'Mira Sand'],
  ])('must not fire: %s', (_rule, body, name) => {
    expect(speakerOf(body, 'the count had been orderly').name).not.toBe('Northern Ballot Observation Group');
    if (name === 'Mira Sand') expect(speakerOf(body, 'the count had been orderly')).toMatchObject({ name, kind: 'person' });
  });
});

describe('occupations and offices in apposition', () => {
  it.each([
    ['a partner at a firm', 'Ruth Akande, a partner at Delmont Legal, said the ruling was narrow.', 'the ruling was narrow', 'Ruth Akande', 'partner', 'Delmont Legal'],
    ['a geographer at a university', 'Owen Birch, a geographer at Fenwick University, said the river had moved.', 'the river had moved', 'Owen Birch', 'geographer', 'Fenwick University'],
    ['a nephrologist', 'Clara Voss, a nephrologist in Selby, said the effect was small.', 'the effect was small', 'Clara Voss', 'nephrologist', null],
    ['a returning officer', 'The returning officer, Mark Dell, said turnout was 61 percent.', 'turnout was 61 percent', 'Mark Dell', 'returning officer', null],
    ['a head of a department of the company', 'Kestrel Pharma said the trial had ended. Tessa Rhee, the company’s head of research, said the data were sound.', 'the data were sound', 'Tessa Rhee', 'head of research', 'Kestrel Pharma'],
  ])('%s', (_rule, body, content, name, role, affiliation) => {
    const who = speakerOf(body, content);
    expect(who).toMatchObject({ name, kind: 'person', role });
    if (affiliation) expect(who.affiliation).toBe(affiliation);
  });
  it.each([
    ['a partner as a tie', 'Ruth Akande, her partner, said the family was shocked.', 'the family was shocked', 'Ruth Akande', null],
    ['an officer of the police stays an officer', 'The officer, Mark Dell, said the road was closed.', 'the road was closed', 'Mark Dell', 'officer'],
    ['a field before a specialist goes (as the corpus has "an infectious disease specialist")', 'Lin Park, a kidney specialist at Fenwick University, said the drug was safe.', 'the drug was safe', 'Lin Park', 'specialist'],
  ])('must not fire: %s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
  it('must not fire: a council’s head of housing after a company is not the company’s', () => {
    expect(speakerOf('Kestrel Pharma said the trial had ended. Tessa Rhee, the council’s head of housing, said the flats were sound.', 'the flats were sound').affiliation).not.toBe('Kestrel Pharma');
  });
});

describe('results that show something are a document', () => {
  it.each([
    ['the result', 'The Green League said the result showed that voters wanted change.', 'voters wanted change', 'result'],
    ['the results of tests', 'The results of the tests showed no trace of lead, the council said.', 'no trace of lead', 'results of the tests'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content, { innermost: true })).toMatchObject({ name, kind: 'document' });
  });
  it.each([
    ['a body that speaks of a result', 'The Green League said it accepted the result and would sit in opposition.', 'it accepted the result', 'Green League'],
    ['a person who resulted in nothing', 'Tomas Hale said the talks had resulted in nothing.', 'the talks had resulted in nothing', 'Tomas Hale'],
  ])('must not fire: %s', (_rule, body, content, name) => {
    expect(speakerOf(body, content).name).toBe(name);
  });
});

describe('an unnamed spokesperson of a body named in apposition', () => {
  it('the body speaks, in the role spokesperson', () => {
    expect(speakerOf('A spokesperson for the security firm, Tollard Guarding, said it had never been asked to chain any doors.', 'it had never been asked to chain any doors'))
      .toMatchObject({ name: 'Tollard Guarding', kind: 'organization', role: 'spokesperson' });
  });
  it.each([
    ['the body alone', 'The security firm, Tollard Guarding, said it had never been asked to chain any doors.'],
    ['another post', 'A director of the security firm, Tollard Guarding, said it had never been asked to chain any doors.'],
  ])('must not fire: %s', (_rule, body) => {
    expect(speakerOf(body, 'it had never been asked to chain any doors')).toMatchObject({ name: 'Tollard Guarding', kind: 'organization', role: null });
  });
});
