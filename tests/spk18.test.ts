// Speakers and roles, eighteenth pass: "the company" after the company was last a sentence's subject a few sentences
// back; a bare "Chief" title in an article about one service; a place adjective inside "head of …"; two-word titles
// that name an office's function. The sentences are written for this file.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-helpers.js';

describe('"the company" is the company last the subject a few sentences back', () => {
  it('before a place read as a body, named since after "in"', () => {
    const body = 'Brackwell Ferries cancelled its evening sailings on Friday after a second engine failure in a month. Brackwell did not respond to questions about the age of its fleet. Harbour records show that its boats were involved in four minor collisions in Port Merrin last year. The company has said it expects to restore the full timetable by the spring.';
    expect(speakerOf(body, 'it expects to restore the full timetable')).toMatchObject({ name: 'Brackwell Ferries', kind: 'organization', mention: 'The company' });
  });
  it.each([
    ['the subject of the sentence before', 'Brackwell Ferries cancelled its evening sailings on Friday after a second engine failure in a month. Tessaly Shipping, which runs the rival crossing, said it would add two boats. The company said fares on its route would not rise.', 'fares on its route would not rise', 'Tessaly Shipping'],
    ['the latest subject, two sentences back', 'Brackwell Ferries cancelled its evening sailings on Friday. Tessaly Shipping said it would add two boats to the crossing. Fares at the port rose sharply last summer. The company said its own prices would not change.', 'its own prices would not change', 'Tessaly Shipping'],
  ])('must not change: %s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'organization' });
  });
});

describe('a bare "Chief" before a name is the chief of the one service the article names', () => {
  it.each([
    ['after "the police chief" in the lead', 'The city’s police chief on Monday barred officers from chasing cars over minor offences. Officers may now pursue only drivers suspected of violent crimes, Chief Mara Densil said at a news conference.', 'Officers may now pursue only drivers', 'Mara Densil', 'police chief'],
    ['with the police department after the name', 'Chief Ivo Lund of the Harwell Police Department said officers had used no batons on the marchers.', 'officers had used no batons', 'Ivo Lund', 'police chief'],
    ['with the fire department after the name', 'Chief Rosa Tamm of the Elbury Fire Department said the blaze had started in a kitchen.', 'the blaze had started in a kitchen', 'Rosa Tamm', 'fire chief'],
  ])('%s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
  it.each([
    ['no service named', 'Chief Mara Densil said the new rules would take effect on Monday.', 'the new rules would take effect', 'Mara Densil', 'chief'],
    ['a chief executive in a police story', 'Police said the depot was broken into twice. Chief Executive Dana Holt said the company would pay for new locks.', 'the company would pay for new locks', 'Dana Holt', 'chief executive'],
    ['a chief inspector in a police story', 'The police department said the van had been found. Chief Inspector Owen Price said two men had been arrested.', 'two men had been arrested', 'Owen Price', 'chief inspector'],
  ])('must not change: %s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
});

describe('a capitalised adjective of place inside "head of …" goes', () => {
  it('head of European market access', () => {
    expect(speakerOf('“We cannot keep selling at a loss,” said Ilse Varga, the company’s head of European market access.', 'We cannot keep selling at a loss')).toMatchObject({ name: 'Ilse Varga', role: 'head of market access' });
  });
  it.each([
    ['a body’s name after "of"', '“We cannot keep selling at a loss,” said Ilse Varga, the head of Corlan Pharma.', 'head'],
    ['a place’s name before a body noun', '“We cannot keep selling at a loss,” said Ilse Varga, the director of Marlow hospital.', 'director'],
    ['a lower-case field', '“We cannot keep selling at a loss,” said Ilse Varga, the company’s head of market access.', 'head of market access'],
  ])('must not change: %s', (_rule, body, role) => {
    expect(speakerOf(body, 'We cannot keep selling at a loss')).toMatchObject({ name: 'Ilse Varga', role });
  });
});

describe('a director named by the office’s function stays whole (GUIDE decision 40)', () => {
  it.each([
    ['campaigns director', '“The river is dying,” said Nia Holm, the charity’s campaigns director.', 'The river is dying', 'Nia Holm', 'campaigns director'],
    ['publishing director', 'Tove Aske, the firm’s publishing director, admitted that the book had not been checked.', 'the book had not been checked', 'Tove Aske', 'publishing director'],
    ['event director', 'Its event director, Paul Serre, said the stage would be moved.', 'the stage would be moved', 'Paul Serre', 'event director'],
  ])('%s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
  it.each([
    ['a director of a body', 'Paul Serre, the director of the festival, said the stage would be moved.', 'the stage would be moved', 'Paul Serre', 'director'],
    ['a field before an analyst', 'Nia Holm, an energy analyst, said the price would fall.', 'the price would fall', 'Nia Holm', 'analyst'],
  ])('must not change: %s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
});

describe('"the brewery" is the body whose name ends in that kind word before its legal form', () => {
  it.each([
    ['a brewing company', 'Hollowbrook Brewing Company was fined £40,000 on Tuesday after beer waste killed fish in the Lanner. The brewery said it had installed a new tank.', 'it had installed a new tank', 'Hollowbrook Brewing Company'],
    ['a distillery limited', 'Marrow Distillery Ltd was fined on Tuesday after a spill into the canal. The distillery said it had replaced the valve.', 'it had replaced the valve', 'Marrow Distillery Ltd'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'organization', mention: body.includes('The brewery') ? 'The brewery' : 'The distillery' });
  });
  it.each([
    ['a water company is no brewery', 'Tansy Water Company was fined on Tuesday after a spill into the canal. The brewery said it had not been told of the spill.', 'it had not been told of the spill', 'brewery'],
    ['"the company" still finds the company', 'Hollowbrook Brewing Company was fined on Tuesday after a spill into the canal. The company said it would not appeal.', 'it would not appeal', 'Hollowbrook Brewing Company'],
    ['a last word as before', 'The Harbour Porters Guild said on Monday that its members would stop work. The guild said the pay offer was too low.', 'the pay offer was too low', 'Harbour Porters Guild'],
  ])('must not change: %s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name });
  });
});

describe('"the company" is the subject before, not a company a "company" introduced later in that sentence', () => {
  it('a company named after "owned by the … company,"', () => {
    const body = 'Corlan Foods said on Monday that most of the delays had been caused by faults in machines owned by the leasing company, Brisk Plant, rather than by its own staff. The company said it would appeal.';
    expect(speakerOf(body, 'it would appeal')).toMatchObject({ name: 'Corlan Foods', kind: 'organization', mention: 'The company' });
  });
  it.each([
    ['the company introduced as the subject', 'The leasing company, Brisk Plant, said on Monday that Corlan Foods had missed three payments. The company said it would go to court.', 'it would go to court', 'Brisk Plant'],
    ['the introduced company the subject after', 'Corlan Foods hired the logistics company Tarro Freight in May. Tarro Freight said on Monday that the contract had been cancelled. The company said it would go to court.', 'it would go to court', 'Tarro Freight'],
  ])('must not change: %s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name });
  });
});

describe('a body’s name before "the" and a body’s kind noun in apposition is that body', () => {
  it('the firm appointed to wind up another', () => {
    const body = 'The exchange collapsed in March, owing Tidemark Capital and its customers two billion dollars. Orrin Restructuring, the firm appointed to wind it up, said it had recovered half the money.';
    expect(speakerOf(body, 'it had recovered half the money')).toMatchObject({ name: 'Orrin Restructuring', kind: 'organization' });
  });
  it.each([
    ['a person before a parenthetical cue', 'Tidemark Capital lent the exchange money. Its founder, Dan Kell, the company said, had resigned in May.', 'had resigned in May', 'Tidemark Capital'],
    ['a name before a plural kind noun', 'Tidemark Capital and Orrin Restructuring, the companies said, had agreed terms on Friday.', 'had agreed terms on Friday', 'companies'],
  ])('must not change: %s', (_rule, body, content, name) => {
    expect(speakerOf(body, content).name).toContain(name);
  });
});

describe('a name in apposition that ends the sentence after "according to" a description', () => {
  it.each([
    ['a spokesman', 'The flooding closed the ward, according to a spokesman, Theo Varga.', 'The flooding closed the ward'],
    ['a hospital spokesman', 'The flooding closed the ward on Monday night, according to a hospital spokesman, Theo Varga.', 'The flooding closed the ward on Monday night'],
  ])('%s', (_rule, body, content) => {
    expect(speakerOf(body, content)).toMatchObject({ name: 'Theo Varga', kind: 'person', role: 'spokesperson' });
  });
  it.each([
    ['a spokesman for a named body', 'The ward was closed on Monday, according to a spokesman for Rushmere General Hospital.', 'The ward was closed on Monday', 'Rushmere General Hospital'],
    ['a body with a time after it', 'The ward was closed, the hospital said on Monday.', 'The ward was closed', 'hospital'],
  ])('must not change: %s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name });
  });
});

describe('"the agent" after "the player’s representative, X" (speakers.json roleSynonyms)', () => {
  it('the representative named before', () => {
    const body = 'Dane Okoro’s move to Carrow fell through on Monday. The player’s representative, Silas Brandt, said the fee had never been agreed. The agent said talks could resume in January.';
    expect(speakerOf(body, 'talks could resume in January')).toMatchObject({ name: 'Silas Brandt', kind: 'person' });
  });
  it.each([
    ['an agent named under the word itself wins', 'Agent Dana Cole of the customs service said the cargo had been seized. A union representative, Silas Brandt, said the dockers had not been told. The agent said the inquiry would take months.', 'the inquiry would take months', 'Dana Cole'],
    ['the representative as such', 'The player’s representative, Silas Brandt, said the fee had never been agreed. The representative said talks could resume in January.', 'talks could resume in January', 'Silas Brandt'],
  ])('must not change: %s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name });
  });
});
