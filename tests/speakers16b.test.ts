// Speakers, session 16 (review fixes): a possessed role followed by a full name is the named person; a title "of" a
// body before a first and last name, and a title word before a body's head ("the Justice Department"), are read
// apart from the name run. The sentences are written for this file.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-helpers.js';

describe('a possessive description, a role and a full name', () => {
  it.each([
    ['the union’s officer after another body', 'Drivers accused Hollin Dairies of ignoring the rota. The union’s safety officer Mara Quill said the crews were exhausted.', 'the crews were exhausted', 'Mara Quill', 'officer'],
    ['its spokesman with a name', 'Hollin Dairies denied the claims. Its spokesman Tom Adair said the tanks were sound.', 'the tanks were sound', 'Tom Adair', 'spokesperson'],
  ])('%s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
  it.each([
    ['a possessed role with no name', 'Hollin Dairies denied the claims. Its spokesman said the tanks were sound.', 'the tanks were sound', 'Hollin Dairies', 'organization'],
    ['a role and a name set off by commas', 'Hollin Dairies denied the claims. The company’s chief executive, Petra Lusk, said the tanks were sound.', 'the tanks were sound', 'Petra Lusk', 'person'],
  ])('must not change: %s', (_rule, body, content, name, kind) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind });
  });
});

describe('a title "of" a body before a first and last name', () => {
  it('the person, and the surname later', () => {
    const body = 'Secretary of State Warren Tippett said the talks would resume. Tippett said he was hopeful about a deal.';
    expect(speakerOf(body, 'the talks would resume')).toMatchObject({ name: 'Warren Tippett', kind: 'person', role: 'secretary' });
    expect(speakerOf(body, 'he was hopeful')).toMatchObject({ name: 'Warren Tippett', kind: 'person' });
  });
  it.each([
    ['a body named with "of"', 'The Bank of Ireland said its profits rose.', 'its profits rose', 'Bank of Ireland'],
    ['a department named with "of" alone', 'The Department of Energy said the plant was safe.', 'the plant was safe', 'Department of Energy'],
  ])('must not fire: %s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'organization' });
  });
});

describe('a title word before a body’s head word', () => {
  it('the Justice Department', () => {
    expect(speakerOf('The Justice Department said the inquiry had closed.', 'the inquiry had closed')).toMatchObject({ name: 'Justice Department', kind: 'organization' });
  });
  it.each([
    ['a judge titled Justice', 'Justice Ana Pell said the appeal had no merit.', 'the appeal had no merit', 'Ana Pell', 'person'],
    ['another department', 'The Energy Department said the plant was safe.', 'the plant was safe', 'Energy Department', 'organization'],
  ])('must not change: %s', (_rule, body, content, name, kind) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind });
  });
});
