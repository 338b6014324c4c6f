// Speaker roles, second pass: an occupation that is no office of a body gives a role in apposition and to an unnamed
// source; a group, a document or a body named with a role word has none; an office modifier before a portfolio stays;
// "who leads the council" names a leader; a professor's field goes (corpus/GUIDE.md section 3). The sentences are
// written for this file.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { speakerOf } from './speaker-helpers.js';


describe('an occupation in apposition after a name is the role', () => {
  it.each([
    ['with a relative clause after it', 'Colm Reddy, a developer who bought the mill site, said the plan was sound.', 'the plan was sound', 'Colm Reddy', 'developer'],
    ['with "at" and a body after it', '“The storm will stall over the coast,” said Pia Holm, a senior forecaster at the National Weather Institute.', 'The storm will stall', 'Pia Holm', 'forecaster'],
    ['a two-word occupation stays whole', 'Jonas Eklund, a shop steward at the yard, said the order would save jobs.', 'the order would save jobs', 'Jonas Eklund', 'shop steward'],
    ['after an age', '“The gates were shut,” said Maya Korr, 31, a carpenter who was on site.', 'The gates were shut', 'Maya Korr', 'carpenter'],
    ['a role noun with a listed job word before it', 'Gareth Hollin, a crane driver who has worked at the port for years, said the news came by radio.', 'the news came by radio', 'Gareth Hollin', 'crane driver'],
  ])('%s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
  it.each([
    ['a family tie is no role', '“He was a careful driver,” her daughter, Lina Berg, said.', 'He was a careful driver', 'Lina Berg'],
    ['a son of someone named before', 'The man’s son, Erik Dahl, said the family would appeal.', 'the family would appeal', 'Erik Dahl'],
    ['an apposition with no occupation', 'Rosa Tell, a mother of two from Ardby, said the bus never came.', 'the bus never came', 'Rosa Tell'],
    ['an occupation word only inside a later clause', 'Omar Finch, who hired a carpenter last spring, said the repairs were late.', 'the repairs were late', 'Omar Finch'],
  ])('must not fire: %s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role: null });
  });
});

describe('an unnamed source takes the job its description names', () => {
  it.each([
    ['a body noun before the job goes', 'According to two council aides, the vote had been delayed by a week.', 'the vote had been delayed', 'aide'],
    ['a job noun before a prepositional phrase', 'According to a steward employed by a subcontractor, the radios failed.', 'the radios failed', 'steward'],
    ['a listed two-word occupation', 'According to three crew members, the vessel sailed short-staffed.', 'the vessel sailed short-staffed', 'crew member'],
  ])('%s', (_rule, body, content, role) => {
    expect(speakerOf(body, content)).toMatchObject({ kind: 'anonymous', role });
  });
  it.each([
    ['people familiar with a matter', 'According to people familiar with the matter, the sale was delayed.', 'the sale was delayed'],
    ['a person close to the board', 'According to a person close to the board, the chairman would resign.', 'the chairman would resign'],
  ])('must not fire: %s', (_rule, body, content) => {
    expect(speakerOf(body, content)).toMatchObject({ kind: 'anonymous', role: null });
  });
});

describe('an office modifier before a portfolio stays; the portfolio goes', () => {
  it.each([
    ['deputy, as a title', 'Deputy Interior Minister Sofia Reyes said the system was sound.', 'the system was sound', 'Sofia Reyes', 'deputy minister'],
    ['deputy, in apposition', 'The deputy health minister, Ola Berg, said the plan was sound.', 'the plan was sound', 'Ola Berg', 'deputy minister'],
    ['shadow, in apposition', '“The rents are out of reach,” said Ana Ruiz, the shadow housing secretary.', 'The rents are out of reach', 'Ana Ruiz', 'shadow secretary'],
    ['country, naming a post of a charity', '“Aid is not arriving,” said Mara Lund, the charity’s country director.', 'Aid is not arriving', 'Mara Lund', 'country director'],
  ])('%s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
  it.each([
    ['a portfolio alone goes', 'Fisheries Minister Tor Vik said the quota would stand.', 'the quota would stand', 'Tor Vik', 'minister'],
    ['a portfolio in apposition goes', 'The housing secretary, Ada Moor, said the rents were fair.', 'the rents were fair', 'Ada Moor', 'secretary'],
    ['"former" before a portfolio is no office word', 'Ben Sauer, a former health minister, said the plan was sound.', 'the plan was sound', 'Ben Sauer', 'minister'],
  ])('must not fire: %s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
});

describe('"who leads" a listed body names its leader', () => {
  it.each([
    ['a council', 'Morag Tennent, who leads the Brora Island Council, said the cuts were unlawful.', 'the cuts were unlawful', 'Morag Tennent', 'leader'],
    ['a group on the council', 'Denise Marsh, who leads the Independent group on the council, said the tender was rushed.', 'the tender was rushed', 'Denise Marsh', 'leader'],
    ['the opposition group', 'Karl Weber, who leads the opposition group on the council, said the budget was unfair.', 'the budget was unfair', 'Karl Weber', 'leader'],
  ])('%s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
  it.each([
    ['an inquiry is no body led', 'Ana Ruiz, who leads the inquiry, said the evidence was thin.', 'the evidence was thin', 'Ana Ruiz'],
    ['a race is no body led', 'Tom Hale, who leads the race after six stages, said the climb was brutal.', 'the climb was brutal', 'Tom Hale'],
  ])('must not fire: %s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role: null });
  });
});

describe('a professor’s or a chair’s "of" complement goes; other offices keep theirs', () => {
  it.each([
    ['a professor of a field', 'Carmen Osk, a professor of employment law at Rensby University, said an appeal would fail.', 'an appeal would fail', 'Carmen Osk', 'professor'],
    ['the chair of trustees', 'The chair of trustees, Aurelio Banks, said the fees were fair.', 'the fees were fair', 'Aurelio Banks', 'chair'],
  ])('%s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
  it.each([
    ['head of policy', 'Ana Ruiz, head of policy at the charity, said the rules were weak.', 'the rules were weak', 'Ana Ruiz', 'head of policy'],
    ['director of operations', '“The gates were closed,” said Rupert Hall, the promoter’s director of operations.', 'The gates were closed', 'Rupert Hall', 'director of operations'],
  ])('must not fire: %s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person', role });
  });
});

describe('two title words run on to the role noun', () => {
  it('fires', () => {
    expect(speakerOf('Anita Kow, the agency’s chief medical officer, said the risk was low.', 'the risk was low')).toMatchObject({ name: 'Anita Kow', role: 'chief medical officer' });
  });
  it.each([
    ['one title word and its noun', 'Chief Constable Mark Hall said the force would apologise.', 'the force would apologise', 'Mark Hall', 'chief constable'],
    ['a title word before a name', 'The agency’s chief, Ida Lund, said the risk was low.', 'the risk was low', 'Ida Lund', 'chief'],
  ])('must not fire: %s', (_rule, body, content, name, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, role });
  });
});

describe('a body named with a role word, a group or a document has no role', () => {
  it.each([
    ['a union named for its members', 'The Harbour Workers Union said the cuts were unsafe. The Harbour Workers Union also said talks had failed.', 'talks had failed'],
    ['a document by an office', 'A report by the inspector general found that the office had erred, the committee said.', 'the office had erred'],
  ])('%s', (_rule, body, content) => {
    expect(speakerOf(body, content).role).toBeNull();
  });
  it.each([
    ['an unnamed spokesman of a named body', 'A Norvane spokesman said the firm would appeal.', 'the firm would appeal', 'spokesperson'],
    ['professionals of a named body', 'Prosecutors from the Public Integrity Unit said the case was strong.', 'the case was strong', 'prosecutor'],
    ['the lawyers of a man named before', 'Piotr Lenz denies all charges. His lawyers said the evidence had been obtained unlawfully.', 'the evidence had been obtained', 'lawyer'],
  ])('must not fire: %s', (_rule, body, content, role) => {
    expect(speakerOf(body, content).role).toBe(role);
  });
});

describe('a counted description gives its head noun as the role, whatever kind it is read as', () => {
  it.each([
    ['one of a job', 'One curator said the mood in the gallery was grim.', 'the mood in the gallery was grim', 'curator'],
    ['two of a job at a place', 'Two officers at the prison said the alarm had failed.', 'the alarm had failed', 'officer'],
  ])('%s', (_rule, body, content, role) => {
    expect(speakerOf(body, content).role).toBe(role);
  });
  it.each([
    ['a party’s member counted', 'One Republican said the bill would fail in the Senate.', 'the bill would fail'],
    ['people counted', 'Two people said the bridge had been closed since dawn.', 'the bridge had been closed'],
  ])('must not fire: %s', (_rule, body, content) => {
    expect(speakerOf(body, content).role).toBeNull();
  });
});

describe('a named body’s post with an "of" field before a name gives the body as affiliation', () => {
  /** The speaker's affiliation for the statement holding `content`. */
  const affiliationOf = (body: string, content: string): string | undefined =>
    analyzeArticle(`Talks go on\n${body}\n`).statements.find((s) => s.content.text.includes(content))?.speaker.affiliation;
  it('fires', () => {
    expect(affiliationOf('Fjordvakt’s head of governance, Ingrid Mo, said the board had not been told.', 'the board had not been told')).toBe('Fjordvakt');
  });
  it('under the full name the text gave the body before', () => {
    expect(affiliationOf('Brannock Logistics fired four pickers. Brannock’s head of people, Mark Dell, said the rules were clear.', 'the rules were clear')).toBe('Brannock Logistics');
  });
  it.each([
    ['a person’s head of staff', 'Ruiz’s head of staff, Ana Lund, said the board had not been told.', 'the board had not been told'],
    ['a possessor with no post after it', 'Fjordvakt’s report on the mine, Ingrid Mo said, had not been read.', 'had not been read'],
  ])('must not fire: %s', (_rule, body, content) => {
    expect(affiliationOf(body, content)).toBeUndefined();
  });
});

describe('a portfolio before a minister’s or a secretary’s name is no affiliation', () => {
  const affiliationOf = (body: string, content: string): string | undefined =>
    analyzeArticle(`Talks go on\n${body}\n`).statements.find((s) => s.content.text.includes(content))?.speaker.affiliation;
  it('fires', () => {
    expect(affiliationOf('Shadow Housing Secretary Ana Ruiz said the rents were out of reach.', 'the rents were out of reach')).toBeUndefined();
  });
  it.each([
    ['a body before a secretary', 'White House press secretary Dana Pell said the talks were over.', 'the talks were over', 'White House'],
    ['a body before a spokesman', 'Norvane spokesman Lars Wik said the recall was voluntary.', 'the recall was voluntary', 'Norvane'],
  ])('must not fire: %s', (_rule, body, content, aff) => {
    expect(affiliationOf(body, content)).toBe(aff);
  });
});
