// Speaker roles and affiliations from two new users' trials (a trial, a border clash, a rate decision, a festival, an
// outbreak): a verb read as a title, titles written before a name, compound trades, portfolios and the bodies a post
// belongs to (GUIDE decisions 27-31, 40, 46, 47). The sentences are written for this file.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-helpers.js';

describe('a role noun that is a verb after a modal, "to" or a subject is no title', () => {
  it.each([
    ['judge after a modal', 'The jury was told it must judge Halvorsen’s conduct on the evidence. Petra Halvorsen said she had followed the rules.', 'she had followed the rules', 'Petra Halvorsen', null],
    ['coach after "will"', 'The club said it will coach Brandt through the season. Ilya Brandt said he was grateful for the chance.', 'he was grateful for the chance', 'Ilya Brandt', null],
  ])('%s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
  it.each([
    ['a capitalised title', 'Judge Helen Okoro said the hearing would resume on Monday.', 'the hearing would resume on Monday', 'Helen Okoro', 'judge'],
    ['a lower-case title after the cue', '“The case is closed,” said judge Mira Tal.', 'The case is closed', 'Mira Tal', 'judge'],
    ['a former coach', 'Former coach Dara Wells said the squad was tired.', 'the squad was tired', 'Dara Wells', 'coach'],
  ])('must not change: %s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
});

describe('a portfolio before minister or secretary goes (decision 29)', () => {
  it.each([
    ['Finance Minister', 'Finance Minister Oskar Lind said the deficit would narrow.', 'the deficit would narrow', 'Oskar Lind', 'minister'],
    ['Police Minister', 'Police Minister Ruta Sol said the patrols would double.', 'the patrols would double', 'Ruta Sol', 'minister'],
  ])('%s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
  it.each([
    ['a finance director keeps the office', 'Gil Avery, the brewer’s finance director, said margins were thin.', 'margins were thin', 'Gil Avery', 'finance director'],
    ['a deputy minister keeps the rank', 'Deputy Finance Minister Ruta Sol said the patrols would double.', 'the patrols would double', 'Ruta Sol', 'deputy minister'],
  ])('must not change: %s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
});

describe('every spokesperson title is spokesperson', () => {
  it.each([
    ['chief economic spokesman', 'Ivo Stern, chief economic spokesman for the Green Alliance, said the budget was a gamble.', 'the budget was a gamble', 'Ivo Stern', 'spokesperson'],
    ['chief spokeswoman', 'Ada Quist, the party’s chief spokeswoman, said the vote would be close.', 'the vote would be close', 'Ada Quist', 'spokesperson'],
  ])('%s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
  it.each([
    ['a chief executive', 'Lena Hart, the company’s chief executive, said sales had recovered.', 'sales had recovered', 'Lena Hart', 'chief executive'],
    ['a chief economist', 'Mira Castell, chief economist at Orvale Securities, said rates had peaked.', 'rates had peaked', 'Mira Castell', 'chief economist'],
  ])('must not change: %s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
});

describe('occupations: aid worker is a trade; fields go; an occupation written before the name is the role', () => {
  it.each([
    ['an aid worker in apposition', 'Tomasz Wren, an aid worker in the camp, said water was running out.', 'water was running out', 'Tomasz Wren', 'aid worker'],
    ['a microbiologist at a university', 'Ruth Ebbe, a microbiologist at Corran University, said the strain was rare.', 'the strain was rare', 'Ruth Ebbe', 'microbiologist'],
    ['a senior fellow', 'Anders Moll, a senior fellow at the Tallis Institute, said the ceasefire was fragile.', 'the ceasefire was fragile', 'Anders Moll', 'fellow'],
    ['an occupation opening the sentence', 'Producer Hanne Dahl said the shoot had overrun.', 'the shoot had overrun', 'Hanne Dahl', 'producer'],
    ['an occupation after the cue', '“The axle had cracked,” said mechanic Ole Brandt.', 'The axle had cracked', 'Ole Brandt', 'mechanic'],
    ['an occupation in apposition before the name', 'The mechanic, Ole Brandt, said the axle had cracked.', 'the axle had cracked', 'Ole Brandt', 'mechanic'],
  ])('%s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
  it('an unnamed aid worker', () => {
    expect(speakerOf('A local aid worker said tents were short in the camp.', 'tents were short')).toMatchObject({ kind: 'anonymous', role: 'aid worker' });
  });
  it.each([
    ['a factory worker is a worker', 'Ana Pike, a factory worker, said the line had stopped.', 'the line had stopped', 'Ana Pike', 'worker'],
    ['a fellow novelist is a novelist', 'Ana Roe, a fellow novelist, said the prize was deserved.', 'the prize was deserved', 'Ana Roe', 'novelist'],
    ['a partner before a name is a tie', 'Her partner, Ole Brandt, said the house had been sold.', 'the house had been sold', 'Ole Brandt', null],
    ['no occupation before the name', 'Hanne Dahl said the shoot had overrun.', 'the shoot had overrun', 'Hanne Dahl', null],
  ])('must not change: %s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
  it('must not change: a two-word name whose first word is an occupation', () => {
    expect(speakerOf('Porter Hale said the shoot had overrun.', 'the shoot had overrun')).toMatchObject({ name: 'Porter Hale', kind: 'person' });
  });
});

describe('a title before a name in apposition, with a "for" phrase after it', () => {
  it('the role, and the capitalised body before it as affiliation', () => {
    expect(speakerOf('The African Union special envoy for the lakes region, Amara Diallo, said the talks would resume.', 'the talks would resume'))
      .toMatchObject({ name: 'Amara Diallo', kind: 'person', role: 'special envoy', affiliation: 'African Union' });
  });
  it.each([
    ['a role of a named body', 'The chief executive of Riverside General, Thomas Achebe, said the wards were full.', 'the wards were full', 'Thomas Achebe', 'chief executive', 'Riverside General'],
    ['a role after the name', 'Amara Diallo, the African Union special envoy for the lakes region, said the talks would resume.', 'the talks would resume', 'Amara Diallo', 'special envoy', 'African Union'],
  ])('must not change: %s', (_rule, body, content, name, role, affiliation) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role, affiliation });
  });
});

describe('the kin of someone have no role; one of a group takes its noun', () => {
  it.each([
    ['relatives of the victims', 'Relatives of the victims said the inquiry had failed them.', 'the inquiry had failed them', null],
    ['families of the crew', 'Families of the crew said the owners had ignored them.', 'the owners had ignored them', null],
  ])('%s', (_rule, body, content, role) => {
    expect(speakerOf(body, content)).toMatchObject({ role });
  });
  it.each([
    ['lawyers for the victims', 'Lawyers for the victims said the inquiry had failed them.', 'the inquiry had failed them', 'lawyer'],
    ['members of the crew', 'Two members of the crew said the owners had ignored them.', 'the owners had ignored them', 'member'],
  ])('must not change: %s', (_rule, body, content, role) => {
    expect(speakerOf(body, content)).toMatchObject({ role });
  });
  it('one of the organisers after a name', () => {
    expect(speakerOf('“The river is dying,” said Pia Lund, one of the organisers.', 'The river is dying')).toMatchObject({ name: 'Pia Lund', kind: 'person', role: 'organiser' });
  });
  it.each([
    ['a body ranked among others', 'Holm Mutual, one of the largest insurers in the region, said it would stop new cover.', 'it would stop new cover'],
    ['one of several with no "the"', 'Pia Lund, one of three sisters who ran the farm, said the land was sold.', 'the land was sold'],
  ])('must not change: %s', (_rule, body, content) => {
    expect(speakerOf(body, content).role).toBeNull();
  });
});

describe('affiliations', () => {
  it('an opposition spokesperson for a portfolio has no body of that field', () => {
    expect(speakerOf('The Kelby Health Trust apologised. The opposition health spokesman, Rhys Calder, said the wards had been starved of money.', 'the wards had been starved of money'))
      .toMatchObject({ name: 'Rhys Calder', role: 'spokesperson', affiliation: null });
  });
  it('a lone portfolio word before a secretary is no body', () => {
    expect(speakerOf('Health Secretary Ada Holm said she had ordered a review.', 'she had ordered a review')).toMatchObject({ name: 'Ada Holm', role: 'secretary', affiliation: null });
  });
  it('the portfolio\'s ministry named in the text is the affiliation', () => {
    expect(speakerOf('The Ministry of Health said the clinic was safe. Health Minister Ada Holm said she trusted the engineers.', 'she trusted the engineers'))
      .toMatchObject({ name: 'Ada Holm', role: 'minister', affiliation: 'Ministry of Health' });
  });
  it('the party a member comes from', () => {
    expect(speakerOf('Orla Finch, a member of the panel from the opposition Green Alliance, said the claims had to be tested.', 'the claims had to be tested'))
      .toMatchObject({ name: 'Orla Finch', affiliation: 'Green Alliance' });
  });
  it.each([
    ['a home town is no body', 'Orla Finch, a nurse from Kelby, said the ward was short of staff.', 'the ward was short of staff', 'Orla Finch', null],
    ['a company spokesman is the company', 'Norvane Systems cut its forecast. A company spokesman said demand had slowed.', 'demand had slowed', 'Norvane Systems', null],
  ])('must not change: %s', (_rule, body, content, name, affiliation) => {
    expect(speakerOf(body, content)).toMatchObject({ name, affiliation });
  });
});
