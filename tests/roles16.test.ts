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

describe('a title that is no role noun before a name with a body’s words before it', () => {
  const body = 'Announcing the review on Monday, Rail Passengers Ombudsman Oriel Feltham said her office had received many complaints. “Travellers are angry,” Feltham told reporters.';
  it('the person is named without the title, and keeps it as the role at a later surname', () => {
    expect(speakerOf(body, 'her office had received')).toMatchObject({ name: 'Oriel Feltham', kind: 'person', role: 'ombudsman' });
    expect(speakerOf(body, 'Travellers are angry')).toMatchObject({ name: 'Oriel Feltham', kind: 'person', role: 'ombudsman' });
  });
  it.each([
    ['the ombudsman as the office, with no name', 'The ombudsman said it would report in March.', 'it would report in March', 'ombudsman'],
    ['a body whose name holds a title word', 'The Speaker’s Office said the chamber would sit on Friday.', 'the chamber would sit on Friday', 'Speaker'],
  ])('must not change: %s', (_rule, text, content, name) => {
    expect(speakerOf(text, content).name).toContain(name);
  });
});

describe('a press secretary is a spokesperson (corpus/GUIDE.md: every spokesperson variant)', () => {
  it('a named press secretary', () => {
    expect(speakerOf('In a statement, press secretary Maribel Quinn said the president had full confidence in the nominee.', 'full confidence'))
      .toMatchObject({ name: 'Maribel Quinn', kind: 'person', role: 'spokesperson' });
  });
  it.each([
    ['a club secretary', 'The club secretary, Maribel Quinn, said the match would go ahead.', 'the match would go ahead', 'secretary'],
    ['a secretary of a union branch', 'Maribel Quinn, the branch secretary, said the strike would go ahead.', 'the strike would go ahead', 'branch secretary'],
  ])('must not change: %s', (_rule, text, content, role) => {
    expect(speakerOf(text, content)).toMatchObject({ name: 'Maribel Quinn', role });
  });
});

describe('an unnamed source\'s role is its head noun in the singular (GUIDE decision 31)', () => {
  it.each([
    ['a plural occupation', 'Two porters at the Kelby infirmary said the lifts had been broken for weeks.', 'the lifts had been broken', 'porter'],
    ['a plural in -ves', 'Three midwives said the ward was short of staff.', 'the ward was short of staff', 'midwife'],
    ['a two-word occupation', 'Four crew members said the ferry had listed before it left port.', 'the ferry had listed', 'crew member'],
  ])('%s', (_rule, body, content, role) => {
    expect(speakerOf(body, content)).toMatchObject({ kind: 'anonymous', role });
  });
  it.each([
    ['a singular source keeps its noun', 'A porter at the Kelby infirmary said the lifts had been broken for weeks.', 'the lifts had been broken', 'porter'],
    ['people with no role noun keep none', 'People familiar with the talks said the deal was close.', 'the deal was close', null],
  ])('must not change: %s', (_rule, body, content, role) => {
    expect(speakerOf(body, content)).toMatchObject({ kind: 'anonymous', role });
  });
});
