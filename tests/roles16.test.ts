// Speaker roles, session 16: a role written with no article in apposition after a name still gives the role when a
// second apposition follows it; a club's commodore and a lifeboat helm are roles; a past post after a name gives way to
// the role written before it (corpus/GUIDE.md section 3). The sentences are written for this file.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-helpers.js';

describe('a bare role in apposition before a second apposition', () => {
  it.each([
    ['a two-word office', 'Mirela Dobson, executive director of the Fenmore Ratepayers Alliance, a lobby group that opposes every rate rise, said the depot was too costly.', 'the depot was too costly', 'Mirela Dobson', 'executive director'],
    ['a one-word office', 'Tobias Greer, president of the Wrenfield Anglers Society, a club founded in 1921, said the weir should stay.', 'the weir should stay', 'Tobias Greer', 'president'],
    ['a club office', 'Tobias Greer, commodore of the Wrenfield Yacht Club, said the increase would drive boats away.', 'the increase would drive boats away', 'Tobias Greer', 'commodore'],
    ['a crew post in a relative apposition', '“We were never consulted,” said Ines Hallam, a helm who has served at the station for six years.', 'We were never consulted', 'Ines Hallam', 'helm'],
  ])('%s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
  it.each([
    ['a family description with "of"', 'Rosa Tell, mother of three, a nurse from Ardby, said the bus never came.', 'the bus never came', 'Rosa Tell', 'nurse'],
    ['a past participle before "of"', 'Omar Finch, born of Irish parents in Leeds, said the repairs were late.', 'the repairs were late', 'Omar Finch', null],
    ['a lower-case word that is no office before "of"', 'Omar Finch, fond of the old market, a regular at its stalls, said the repairs were late.', 'the repairs were late', 'Omar Finch', null],
  ])('must not fire: %s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
});

describe('a past post after a name gives way to the role written before the name', () => {
  it('an owner who was once an executive', () => {
    expect(speakerOf('Kestrel Rovers’ owner, Martin Hale, a former bank executive who bought the club in 2019, said he was shocked.', 'he was shocked'))
      .toMatchObject({ name: 'Martin Hale', kind: 'person', role: 'owner' });
  });
  it.each([
    ['a past post with nothing before the name stays the role', 'Martin Hale, a former bank executive who bought the club in 2019, said he was shocked.', 'he was shocked', 'executive'],
    ['a current post after the name is kept', 'Kestrel Rovers’ owner, Martin Hale, a bank executive, said he was shocked.', 'he was shocked', 'executive'],
  ])('must not change: %s', (_rule, body, content, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name: 'Martin Hale', kind: 'person', role });
  });
});
