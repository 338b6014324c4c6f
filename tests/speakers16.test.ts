// Speakers, session 16: "X Y of <Body>" is a person of that body even when no list knows the given name; the town of an
// address set off by commas after a name is not the speaker; a participle with an infinitive after the head noun ("a
// woman asked to leave the meeting said") leaves the head noun as the speaker. The sentences are written for this file.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-helpers.js';

describe('a person "of" a body, the given name unknown', () => {
  it.each([
    ['a bank', 'Lise Varga of Orrin Bank said the fine would be paid in full.', 'the fine would be paid in full', 'Lise Varga', 'Orrin Bank'],
    ['a surname that is also a place word', 'Quillan Marsh of Tavistow University said the figures were provisional.', 'the figures were provisional', 'Quillan Marsh', 'Tavistow University'],
  ])('%s', (_rule, body, content, name, affiliation) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', affiliation });
  });
  it.each([
    ['a body named with "of"', 'The Royal Bank of Scotland said the fine would be paid in full.', 'the fine would be paid in full', 'Royal Bank of Scotland'],
    ['a bank "of" a country', 'The Central Bank of Ireland said the fine would be paid in full.', 'the fine would be paid in full', 'Central Bank of Ireland'],
    // (review 16: a plural of members before "of" names a body, COLLECTIVE_NAME_HEADS)
    ['a plural of members before "of" (sisters)', 'Grey Sisters of the Harbour Foundation said the shelter would stay open.', 'the shelter would stay open', 'Grey Sisters of the Harbour Foundation'],
    ['a plural of members before "of" (friends)', 'Loyal Friends of Ashcombe Trust said the appeal had raised enough.', 'the appeal had raised enough', 'Loyal Friends of Ashcombe Trust'],
  ])('must not fire: %s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'organization' });
  });
});

describe('an address after a name', () => {
  it.each([
    ['"of" a street and a town', 'Omar Finch, of Tollgate Crescent, Dunmere, said the repairs were late.', 'the repairs were late'],
    ['"from" a street and a town', 'Omar Finch, from Tollgate Crescent, Dunmere, said the repairs were late.', 'the repairs were late'],
  ])('%s', (_rule, body, content) => {
    expect(speakerOf(body, content)).toMatchObject({ name: 'Omar Finch', kind: 'person' });
  });
  it.each([
    ['a name after an adverbial is still the subject', 'After winning Ohio, Gov. John Kasich, said the race was open.', 'the race was open', 'John Kasich'],
    ['a name in apposition to a description', 'Her lawyer, Dana Pyle, said the ruling would be appealed.', 'the ruling would be appealed', 'Dana Pyle'],
  ])('must not change: %s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person' });
  });
});

describe('a participle with an infinitive after the speaker’s head noun', () => {
  it.each([
    ['a participle', 'A woman asked to leave the meeting said she had only wanted to speak.', 'she had only wanted to speak', 'woman'],
    ['a relative clause with a passive', 'Workers who were asked to leave the site said the gates were locked.', 'the gates were locked', 'workers'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'anonymous' });
  });
  it.each([
    ['a main verb with an infinitive before a comma', 'The council decided to close the library, the mayor said.', 'The council decided to close the library', 'mayor'],
    ['a subject before the cue with no infinitive', 'A woman at the meeting said she had only wanted to speak.', 'she had only wanted to speak', 'woman at the meeting'],
  ])('must not change: %s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name });
  });
});

describe('"who" after a person’s name and an indefinite apposition naming where they work', () => {
  it('after an inverted cue', () => {
    expect(speakerOf('“Prices will climb,” said Dora Quint, a transport analyst at Velby Partners, who warned that rural routes were at risk.', 'rural routes were at risk'))
      .toMatchObject({ name: 'Dora Quint', kind: 'person' });
  });
  it.each([
    ['"which" after a body named in the apposition', 'The bill was backed by Dora Quint, a lobbyist for the Velby Growers Federation, which said the change was overdue.', 'the change was overdue', 'Velby Growers Federation'],
    // (the unnamed lawyer at a firm is an anonymous source, GUIDE decision 31; not Dora Quint)
    ['"who" after a description with no name before it', 'Dora Quint spoke to a lawyer at Velby Partners, who said the contract was void.', 'the contract was void', 'lawyer at Velby Partners'],
  ])('must not change: %s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name });
  });
});
