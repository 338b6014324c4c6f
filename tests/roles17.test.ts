// Speaker roles by GUIDE decision 40 (compound roles): a title that names the office's function or department stays
// whole, the body a person leads or chairs goes, and so does the field before a profession's noun. The sentences are
// written for this file.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-helpers.js';

describe('a function or department title stays whole', () => {
  it.each([
    ['artistic director in apposition', 'Tobias Renn, the gallery’s artistic director, said the season would open in May.', 'the season would open in May', 'Tobias Renn', 'artistic director'],
    ['policy director in apposition', 'Hana Okoye, the charity’s policy director, said the levy was too low.', 'the levy was too low', 'Hana Okoye', 'policy director'],
    ['safety representative after the quote', '“The fumes reached the canteen,” said Gus Varley, a safety representative at the plant.', 'The fumes reached the canteen', 'Gus Varley', 'safety representative'],
    ['health officer of a county', 'Lena Sorel, the county’s health officer, said the well water was safe to drink.', 'the well water was safe to drink', 'Lena Sorel', 'health officer'],
    ['a detective rank before a name', '“The van was stolen the night before,” Detective Superintendent Rhona Adair told reporters.', 'The van was stolen the night before', 'Rhona Adair', 'detective superintendent'],
    ['cabinet member for a portfolio', 'Pavel Dunn, the cabinet member for housing, said the rents would rise.', 'the rents would rise', 'Pavel Dunn', 'cabinet member'],
  ])('%s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
  it.each([
    ['a director with no function word', 'Tom Rael, the director of the gallery, said the loan was agreed.', 'the loan was agreed', 'Tom Rael', 'director'],
    ['a portfolio before minister still goes', 'Health Minister Ola Berg said the clinics would stay open.', 'the clinics would stay open', 'Ola Berg', 'minister'],
    ['a body noun before member stays', 'Council member Ruth Ames said the library would reopen.', 'the library would reopen', 'Ruth Ames', 'council member'],
    ['a detective with no rank after it', 'Detective Ivo Brand said the car had been found near the quay.', 'the car had been found near the quay', 'Ivo Brand', 'detective'],
    ['a detective in apposition', 'Ivo Brand, a detective with the county force, said the car had been found.', 'the car had been found', 'Ivo Brand', 'detective'],
    ['a title modifier already kept', 'Kay Imre, the group’s finance director, said profits had doubled.', 'profits had doubled', 'Kay Imre', 'finance director'],
  ])('must not change: %s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
});

describe('the body a person leads or chairs is left out', () => {
  it.each([
    ['board chair as a title', 'Board chair Nora Quill said the vote would be held in June.', 'the vote would be held in June', 'Nora Quill', 'chair'],
    ['council leader in apposition', 'Fern Okafor, the council leader, said the depot would stay open.', 'the depot would stay open', 'Fern Okafor', 'leader'],
    ['committee chair as a title', 'Committee chair Abel Stroud said the hearing would resume on Monday.', 'the hearing would resume on Monday', 'Abel Stroud', 'chair'],
    ['who leads a group on the council', 'Iris Dunne, who leads the Green group on the council, said the tender was rushed.', 'the tender was rushed', 'Iris Dunne', 'leader'],
  ])('%s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
  it.each([
    ['the opposition leader is an office', 'The opposition leader, Mira Sand, said the budget would not pass.', 'the budget would not pass', 'Mira Sand', 'opposition leader'],
    ['a board member keeps the board', 'Ida Lowe, a board member of the trust, said the sale was premature.', 'the sale was premature', 'Ida Lowe', 'board member'],
    ['a committee with no role noun after it', 'The committee said the hearing would resume on Monday.', 'the hearing would resume on Monday', 'committee', null],
  ])('must not change: %s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name: expect.stringContaining(name), role });
  });
});

describe('the field before a profession is left out; a distinct trade stays', () => {
  it.each([
    ['a marine ecologist', 'Sana Reyes, a marine ecologist at the institute, said the reef was recovering.', 'the reef was recovering', 'Sana Reyes', 'ecologist'],
    ['a fish biologist', 'Ilse Brandt, a fish biologist, said the salmon runs were thin this year.', 'the salmon runs were thin this year', 'Ilse Brandt', 'biologist'],
  ])('%s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
  it.each([
    ['a crane driver', 'Gareth Hollin, a crane driver at the port, said the news came by radio.', 'the news came by radio', 'Gareth Hollin', 'crane driver'],
    ['a political scientist', 'Marta Quell, a political scientist at the university, said turnout would fall.', 'turnout would fall', 'Marta Quell', 'political scientist'],
    ['a care worker', 'Dina Poole, a care worker in the town, said the rota was unworkable.', 'the rota was unworkable', 'Dina Poole', 'care worker'],
  ])('must not change: %s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
});
