// Narrowings from review 16b (the second review of session 16). Every sentence was written for this file (none from any
// corpus); the misfires the review found are rewritten here with other words and names, as must-not-fire cases that
// share the rule's trigger words.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { last } from './stance-helpers.js';

interface Row { type: string; act: string; cue: string | null; speaker: string; content: string; role: string | null; targets: string[] }

const run = (body: string): Row[] =>
  analyzeArticle(`Headline\n\n${body}\n`).statements.map((s) => ({
    type: s.type, act: s.act, cue: s.cue?.text ?? null, speaker: s.speaker.name, content: s.content.text,
    role: s.speaker.role ?? null, targets: (s.targets ?? []).map((t) => t.name),
  }));

describe('a pair of dashes inside the content after "said" keeps the statement', () => {
  it.each([
    ['apposition on the subject', 'Mira Osk, the ferry board chair, said the new route to Kelby — the largest island — would halve crossing times.', { speaker: 'Mira Osk', content: 'the new route to Kelby — the largest island — would halve crossing times' }],
    ['a set-off adverbial', 'Jonas Feld, for instance, said the repair — a costly one — would close the bridge for a month.', { speaker: 'Jonas Feld', content: 'the repair — a costly one — would close the bridge for a month' }],
    ['double hyphens', 'Priya Lam, the club treasurer, said the grant -- a modest sum -- would cover the new roof.', { speaker: 'Priya Lam', content: 'the grant -- a modest sum -- would cover the new roof' }],
  ])('%s', (_name, body, expected) => {
    expect(run(body)).toContainEqual(expect.objectContaining(expected));
  });
  it.each([
    ['a trailing aside after the cue', 'The library will close in June, the trustees said on Monday -- the second closure this year.', { speaker: 'trustees', content: 'The library will close in June' }],
    ['one dash after a forward content', 'Rosa Vane said the bakery will shut in April -- a blow to the high street.', { speaker: 'Rosa Vane' }],
  ])('still right: %s', (_name, body, expected) => {
    expect(run(body)).toContainEqual(expect.objectContaining(expected));
  });
});

describe('"X was confirmed by Y." needs a person who tells as Y', () => {
  it.each([
    ['a relative with a name', 'His arrest was confirmed by his brother, Owen Pryce.', { act: 'REVEAL', speaker: 'Owen Pryce', content: 'His arrest' }],
    ['a role noun', 'The closure was confirmed by a spokeswoman.', { act: 'REVEAL', content: 'The closure' }],
  ])('%s', (_name, body, expected) => {
    expect(run(body)).toContainEqual(expect.objectContaining(expected));
  });
  it.each([
    ['a vote of a chamber', 'Her appointment as judge was confirmed by the Senate on Wednesday.'],
    ['a medium', 'The reservation was confirmed by text message.'],
    ['email', 'The order was confirmed by email.'],
    ['a count', 'The margin was confirmed by a second count.'],
    ['a board decision', 'The merger was confirmed by the board.'],
    ['a committee', 'The new budget was announced by the finance committee.'],
  ])('no statement: %s', (_name, body) => {
    expect(run(body)).toEqual([]);
  });
});

describe('"was quick to VERB": readiness tells the act was done; a wish or a negative subject does not', () => {
  it.each([
    ['quick', 'The coroner was quick to add that no one else had been hurt.', { cue: 'add', content: 'no one else had been hurt' }],
    ['a few of a group', 'A few of the landlords were quick to point out that rents had not risen.', { cue: 'point out', content: 'rents had not risen' }],
  ])('%s', (_name, body, expected) => {
    expect(run(body)).toContainEqual(expect.objectContaining(expected));
  });
  it.each([
    ['eager: a wish', 'The drivers\u2019 union was eager to attack the new timetable.'],
    ['keen: a wish', 'Several shops were keen to criticise the parking charges.'],
    ['no one', 'No one on the parish board is quick to attack the new levy.'],
    ['nobody, with the body after it', 'Nobody at the clinic was careful to note that the tests were late.'],
    ['nobody with keen', 'Nobody was keen to defend the toll.'],
  ])('no statement: %s', (_name, body) => {
    expect(run(body)).toEqual([]);
  });
});

describe('"point to" cites evidence, not a place or thing pointed at', () => {
  it.each([
    ['figures', 'The treasurer pointed to falling ticket sales figures as the reason for the cuts.', { cue: 'pointed to' }],
    ['the fact that', 'Opponents pointed to the fact that the depot had flooded twice.', { cue: 'pointed to' }],
    ['a demonstrative before an evidence noun', 'Councillor Bree Otway pointed to that survey.', { cue: 'pointed to' }],
    ['any object called an example', 'The councillor pointed to Lisbon as an example of cheap public transport.', { cue: 'pointed to' }],
  ])('%s', (_name, body, expected) => {
    expect(run(body)).toContainEqual(expect.objectContaining(expected));
  });
  it.each([
    ['a building', 'Asked where the smoke came from, the shepherd pointed to the stable.'],
    ['a map, then another act', 'Ms Orrin pointed to the chart and traced the path of the storm.'],
    ['a window', 'The caretaker pointed to the window the burglars had forced.'],
  ])('no statement: %s', (_name, body) => {
    expect(run(body)).toEqual([]);
  });
});

describe('"called <day> for": a count or a duration after "for" is no demand', () => {
  it.each([
    ['a demand', 'The ombudsman called Tuesday for a review of the parking fines.', { act: 'DEMAND', content: 'a review of the parking fines' }],
    ['a quantity that is called for', 'The union called Friday for a week of strikes at the depot.', { act: 'DEMAND', content: 'a week of strikes at the depot' }],
    ['"another" before what is called for', 'The senator called yesterday for another inquiry into the port.', { act: 'DEMAND', content: 'another inquiry into the port' }],
  ])('%s', (_name, body, expected) => {
    expect(run(body)).toContainEqual(expect.objectContaining(expected));
  });
  it.each([
    ['the second time', 'The electrician called Wednesday for the second time that month.'],
    ['the third time, with a name', 'Lorna Pike called Sunday for the third time since the storm.'],
    ['a duration', 'The nurse called Monday for two hours.'],
  ])('no DEMAND: %s', (_name, body) => {
    expect(run(body).filter((r) => r.act === 'DEMAND')).toEqual([]);
  });
});

describe('an insider\'s account: "ignore" and "before … had been inspected" are wrongs only with their objects', () => {
  const lead = 'Corvel Dairies closed its Ashby plant for a week in May.|';
  it.each([
    ['ignoring alarms', 'Two technicians at the company\u2019s plant said staff had been told to ignore the pressure alarms on the night shift.'],
    ['ignoring complaints', 'A former clerk at the company\u2019s plant said staff were instructed to ignore customer complaints about sour milk.'],
    ['signing off before a check', 'Two welders at the company\u2019s plant said staff were pressed to sign off tanks before they had been inspected.'],
    ['releasing before a test', 'Two engineers at the company\u2019s plant said staff were told to release batches before they had been tested.'],
  ])('against the employer: %s', (_name, body) => {
    expect(last(lead + body)['Corvel Dairies']).toBe('AGAINST');
  });
  it.each([
    ['ignoring a noise that is normal', 'Two technicians at the company\u2019s plant said staff were told to ignore the hum from the new chiller, which is normal.'],
    ['ignoring the weather', 'A former clerk at the company\u2019s plant said staff were told to ignore the rain and finish the loading.'],
    ['washing hands before an inspection', 'Two cleaners at the company\u2019s plant said staff were told to wash their hands before they had been inspected by the supervisor.'],
    ['changing clothes before a check', 'Two porters at the company\u2019s plant said staff were told to change into overalls before they were checked at the gate.'],
  ])('not against the employer: %s', (_name, body) => {
    expect(last(lead + body)['Corvel Dairies'] ?? 'NONE').not.toBe('AGAINST');
  });
});

describe('post-nominal letters and "Counsel for X" speaker phrases', () => {
  it.each([
    ['OBE then a relative clause', 'Ivy Marr OBE, who founded the food bank, said the queues had doubled.', { speaker: 'Ivy Marr', role: 'founder' }],
    ['MBE then an apposition', 'Colm Reddy MBE, the rowing club\u2019s chairman, said the boathouse would be rebuilt.', { speaker: 'Colm Reddy', role: 'chairman' }],
  ])('the role after the letters: %s', (_name, body, expected) => {
    expect(run(body)).toContainEqual(expect.objectContaining(expected));
  });
  it.each([
    ['a client not named before', 'Counsel for Mr Pryor, Ada Quist, said her client would appeal the sentence.'],
    ['a body as client', 'Counsel for the ferry company, Joel Ames, said his client had met every safety rule.'],
  ])('no target from the speaker phrase: %s', (_name, body) => {
    for (const r of run(body)) expect(r.targets.filter((t) => /^counsel\b/iu.test(t))).toEqual([]);
  });
  it('a name inside the speaker\'s phrase stays the client', () => {
    const rows = analyzeArticle('Headline\n\nNoel Pryor, 58, denies arson. Pryor\u2019s lawyer, Ada Quist, said her client had been at home.\n').statements;
    const counsel = rows.find((s) => s.speaker.name === 'Ada Quist');
    expect(counsel?.targets.map((t) => `${t.name}:${t.stance}`)).toContain('Noel Pryor:FAVOR');
  });
  it('the client named before is the one favoured', () => {
    const rows = analyzeArticle('Headline\n\nNoel Pryor, 58, denies arson. Counsel for Pryor, Ada Quist, told the jury that her client had been at home.\n').statements;
    const counsel = rows.find((s) => s.speaker.name === 'Ada Quist');
    expect(counsel?.targets.map((t) => `${t.name}:${t.stance}`)).toContain('Noel Pryor:FAVOR');
  });
});
