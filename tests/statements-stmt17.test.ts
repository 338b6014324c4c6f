// Span boundaries of indirect contents (session 17, issue 4): the reporter's trailing adjunct after a reported clause
// (GUIDE decision 32) and an appositive that sums the statement up as "a reference to …". Every sentence here was
// written for this file (none from any corpus); each rule has ordinary sentences with its trigger words that it must
// leave alone.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

interface Row { type: string; cue: string | null; speaker: string; content: string }

const run = (body: string): Row[] =>
  analyzeArticle(`Headline\n\n${body}\n`).statements.map((s) => ({
    type: s.type, cue: s.cue?.text ?? null, speaker: s.speaker.name, content: s.content.text,
  }));

describe('GUIDE 32: ", after <clause>", ", a day after …", ", giving …" is the reporter\'s, outside the content', () => {
  it.each([
    ['", after it emerged that …"', 'The Pellow Rowing Club told the Courier that it would appeal the fine, after it emerged that two other clubs had paid less.', 'it would appeal the fine'],
    ['", after" a clause with its own subject', 'The Coastal Rivers Office said on Friday it had fined Harcourt Dairies, after hundreds of eels died in the Wenlow brook.', 'it had fined Harcourt Dairies'],
    ['", a day after …"', 'Mayor Idris Okonta said Monday that the pool would reopen by the end of the month, a day after the council voted to fund repairs.', 'the pool would reopen by the end of the month'],
    ['", two weeks after …"', 'The ferry company said it would cut winter sailings, two weeks after the ministry refused its request for a subsidy.', 'it would cut winter sailings'],
    ['", giving …" after a reported clause', 'The Brindle Tennis Centre announced that it would shut its indoor courts in March, giving members a month to find other venues.', 'it would shut its indoor courts in March'],
  ])('%s', (_name, body, content) => {
    expect(run(body)).toContainEqual(expect.objectContaining({ type: 'indirect', content }));
  });
  it.each([
    ['a gerund after "after" may be the source\'s own', 'The club said the junior league was cancelled because of a lack of coaches, after cutting its training budget.', 'the junior league was cancelled because of a lack of coaches, after cutting its training budget'],
    ['"after" with a noun phrase and no clause', 'The bakery said it had closed its second shop, after years of falling sales.', 'it had closed its second shop, after years of falling sales'],
    ['"after" with no comma is inside the reported clause', 'The inspector said the bridge was closed after a lorry struck one of its piers.', 'the bridge was closed after a lorry struck one of its piers'],
    ['", giving" before the reported clause has its verb', 'The trust said the gift, giving the museum its first Turner, was agreed in May.', 'the gift, giving the museum its first Turner, was agreed in May'],
    ['"giving" as the subject of the reported clause', 'The coach said that giving younger players more minutes, not fewer, would help the side.', 'giving younger players more minutes, not fewer, would help the side'],
  ])('keeps: %s', (_name, body, content) => {
    expect(run(body)).toContainEqual(expect.objectContaining({ content }));
  });
});

describe('", a reference to …" sums the statement up: the reporter\'s aside', () => {
  it('fires', () => {
    expect(run('Union organiser Rhys Calder accused the board of “gambling with our pensions,” a reference to its purchase of an office tower in 2021.'))
      .toContainEqual(expect.objectContaining({ content: 'the board of “gambling with our pensions,”' }));
  });
  it.each([
    ['"reference" as the object of the cue', 'The mayor said the letter made no reference to the budget.', 'the letter made no reference to the budget'],
    ['"a reference" inside the reported clause', 'The librarian said the book was a reference to the town\'s old mill.', 'the book was a reference to the town\'s old mill'],
  ])('keeps: %s', (_name, body, content) => {
    expect(run(body)).toContainEqual(expect.objectContaining({ content }));
  });
});

describe('"asked X to do Y and has …": a finite auxiliary after the infinitive is the subject\'s next act', () => {
  it('fires', () => {
    const rows = run('The widow has asked council members to reject the plan and has repeatedly described it as cruel.');
    expect(rows).toContainEqual(expect.objectContaining({ cue: 'asked', content: 'council members to reject the plan' }));
  });
  it('fires with a modal', () => {
    expect(run('The union urged its members to stay calm and would not comment further.'))
      .toContainEqual(expect.objectContaining({ cue: 'urged', content: 'its members to stay calm' }));
  });
  it.each([
    ['an auxiliary inside a "that" clause of the infinitive', 'The mayor asked residents to check that their doors were locked and had been fitted with bolts.', 'residents to check that their doors were locked and had been fitted with bolts'],
    ['two bare verbs of the infinitive', 'The coach asked players to rest and recover before the final.', 'players to rest and recover before the final'],
  ])('keeps: %s', (_name, body, content) => {
    expect(run(body)).toContainEqual(expect.objectContaining({ content }));
  });
});

describe('a speaker with something set off before the cue', () => {
  it('fires: "X — and Y — say that …" (a coordinated noun phrase set off by dashes)', () => {
    expect(run('Several councillors — and some residents — say that the new bridge has made traffic worse.'))
      .toContainEqual(expect.objectContaining({ cue: 'say', speaker: 'several councillors', content: 'the new bridge has made traffic worse' }));
  });
  it('fires: "X, citing \'\'…,\'\' said …" (a doubled closing mark ends the parenthetical)', () => {
    expect(run('Ms. Hale, citing \'\'the spirit of the town,\'\' said the fair could return next summer.'))
      .toContainEqual(expect.objectContaining({ cue: 'said', speaker: 'Hale', content: 'the fair could return next summer' }));
  });
  it.each([
    ['", and" with a clause of its own', 'The council met on Monday, and the union said the talks had failed.', 'union'],
    ['"— and" with a clause of its own', 'The plan was approved — and the union said the talks had failed.', 'union'],
  ])('keeps the later subject: %s', (_name, body, speaker) => {
    expect(run(body)).toContainEqual(expect.objectContaining({ speaker, content: 'the talks had failed' }));
  });
  it('no statement: a coordinated set-off phrase before a verb that is no cue', () => {
    expect(run('Several councillors — and some residents — walked out of the meeting.')).toEqual([]);
  });
});

describe('a doubled-apostrophe closing mark (\'\'…,\'\') closes a fragment as a curly one does', () => {
  it('fires: a relative clause\'s quoted fragment ends before the main verb', () => {
    expect(run('Ms. Hale, who has called the plan \'\'deeply unfair,\'\' urged voters to reject it.'))
      .toContainEqual(expect.objectContaining({ cue: 'called', content: 'the plan \'\'deeply unfair,\'\'' }));
  });
  it('fires: a remark appositive after the doubled mark is the reporter\'s', () => {
    expect(run('The mayor on Tuesday called the council\'s remarks about the port \'\'reckless,\'\' a remark that surprised many.'))
      .toContainEqual(expect.objectContaining({ cue: 'called', content: 'the council\'s remarks about the port \'\'reckless,\'\'' }));
  });
  it('fires: a participle after the doubled mark is a second act', () => {
    expect(run('The union described the offer as \'\'an insult,\'\' adding that strikes would go ahead.'))
      .toContainEqual(expect.objectContaining({ cue: 'adding', content: 'strikes would go ahead' }));
  });
  it.each([
    ['a whole quote before its attribution', '\'\'We will appeal,\'\' the union said.', { type: 'direct', cue: 'said', content: 'We will appeal,' }],
    ['a fragment inside the reported clause', 'The union said the offer was \'\'an insult\'\' to its members.', { cue: 'said', content: 'the offer was \'\'an insult\'\' to its members' }],
  ])('keeps: %s', (_name, body, expected) => {
    expect(run(body)).toContainEqual(expect.objectContaining(expected));
  });
});

describe('", a rebuke …" sums the statement up; an appositive on the clause\'s subject does not', () => {
  it('fires', () => {
    expect(run('The mayor on Tuesday called the council\'s remarks about the port “reckless,” a sharp rebuke that surprised many.'))
      .toContainEqual(expect.objectContaining({ content: 'the council\'s remarks about the port “reckless,”' }));
  });
  it.each([
    ['an appositive on the subject, its verb after the comma', 'The judge said the ruling, a rebuke to the ministry, would stand.', 'the ruling, a rebuke to the ministry, would stand'],
    ['the same with "a claim"', 'The judge said the ruling, a claim few dispute, would stand.', 'the ruling, a claim few dispute, would stand'],
    ['"a rebuke" as the predicate', 'The mayor said the audit was a sharp rebuke to the board.', 'the audit was a sharp rebuke to the board'],
  ])('keeps: %s', (_name, body, content) => {
    expect(run(body)).toContainEqual(expect.objectContaining({ content }));
  });
});

describe('idioms and credit lines that report no words', () => {
  it('fires: "don\'t add up" is no cue of adding', () => {
    expect(run('Critics say the council\'s figures for the new pool simply don\'t add up.').map((r) => r.cue)).toEqual(['say']);
  });
  it('fires: "think tanks" is no cue of thinking', () => {
    expect(run('Several Brussels think tanks and the party\'s own members have questioned the plan.').map((r) => r.cue)).toEqual(['questioned']);
  });
  it('fires: "X reported from <place>." is a credit line', () => {
    expect(run('Marta Ilves reported from Tallinn.')).toEqual([]);
  });
  it.each([
    ['"added that up to …"', 'The union added that up to 40 jobs could go.', { cue: 'added', content: 'up to 40 jobs could go' }],
    ['"added up" then a cue of its own', 'The mayor added up the costs and said the pool was too expensive.', { cue: 'said', content: 'the pool was too expensive' }],
    ['"reported from the site that …"', 'The inspector reported from the site that the wall had cracked.', { cue: 'reported', content: 'the wall had cracked' }],
    ['"think" with a clause', 'Most analysts think the tanks will run short by May.', { cue: 'think', content: 'the tanks will run short by May' }],
  ])('keeps: %s', (_name, body, expected) => {
    expect(run(body)).toContainEqual(expect.objectContaining(expected));
  });
});
