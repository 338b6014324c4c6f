// Speakers and roles, session 17 (corpus/GUIDE.md section 3 and decisions 27-31). The sentences are written for this file.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-helpers.js';

describe('a bare plural of a collective noun is a group with no role (decision 31)', () => {
  it.each([
    ['bare campaigners', 'Campaigners said the closure would leave the town without a library.', 'the closure would leave', 'campaigners'],
    ['residents of a place', 'Residents of the Hollin estate said the new road would bring more lorries past the school.', 'the new road would bring', 'residents of the hollin estate'],
    ['parents of a school, the capital of a sentence opening no name', 'Parents of pupils at Fernhill Primary said the new timetable was confusing.', 'the new timetable was confusing', 'parents of pupils'],
    ['opponents of a plan', 'Opponents of the bypass said it would cut through ancient woodland.', 'it would cut through', 'opponents of the bypass'],
  ])('%s', (_rule, body, content, name) => {
    const who = speakerOf(body, content);
    expect(who).toMatchObject({ kind: 'group', role: null });
    expect(who.name.toLowerCase()).toContain(name);
  });
  it.each([
    ['a counted plural stays unnamed people', 'Two residents said the new road would bring more lorries past the school.', 'the new road would bring', 'resident'],
    ['"several" stays unnamed people (decision 27)', 'Several parents said the nursery had given them a week to find new places.', 'the nursery had given them', 'parent'],
    ['a plural of another noun keeps its role', 'Engineers said the bridge would need new bearings before the winter.', 'the bridge would need new bearings', 'engineer'],
  ])('must not fire: %s', (_rule, body, content, role) => {
    expect(speakerOf(body, content)).toMatchObject({ kind: 'anonymous', role });
  });
  it('must not fire: a person whose surname is the word', () => {
    expect(speakerOf('Ruth Parents, a councillor, said the bypass would cut journey times.', 'the bypass would cut'))
      .toMatchObject({ name: 'Ruth Parents', kind: 'person', role: 'councillor' });
  });
});
