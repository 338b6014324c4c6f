// Cue-before-content constructions PolNeAR's train split labels and the finder missed (session 16, issue 4): an adjective
// of readiness before the infinitive of a cue, a day between a cue verb and its particle, and "point to" citing
// something as evidence. Every sentence here was written for this file (none from any corpus); each rule has two
// ordinary sentences with its trigger words that must give no statement.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

interface Row { type: string; act: string; cue: string | null; speaker: string; content: string }

const run = (body: string): Row[] =>
  analyzeArticle(`Headline\n\n${body}\n`).statements.map((s) => ({
    type: s.type, act: s.act, cue: s.cue?.text ?? null, speaker: s.speaker.name, content: s.content.text,
  }));

describe('"was quick to add that …": an adjective of readiness after "be" leaves the cue to the subject', () => {
  it.each([
    ['quick to add', 'The harbour board was quick to add that no berths would be lost.', { cue: 'add', speaker: 'harbour board', content: 'no berths would be lost' }],
    ['careful to note', 'Councillor Tessa Grieve was careful to note that the levy had not been approved.', { cue: 'note', speaker: 'Tessa Grieve', content: 'the levy had not been approved' }],
    ['swift to point out', 'The growers were swift to point out that prices had fallen twice this year.', { cue: 'point out', content: 'prices had fallen twice this year' }],
  ])('%s', (_name, body, expected) => {
    expect(run(body)).toContainEqual(expect.objectContaining(expected));
  });
  it.each([
    ['an infinitive that is no cue', 'The club was quick to sell its shares in the stadium.'],
    ['"add" with a thing added', 'The council was careful to add a clause to the lease.'],
    ['"tell" with a story as object', 'The bakery was eager to tell its story to new customers.'],
    ['negated', 'The coach was not quick to say that the season was over.'],
  ])('no statement: %s', (_name, body) => {
    expect(run(body)).toEqual([]);
  });
});

describe('a day between a cue verb and its particle ("called Thursday for …")', () => {
  it.each([
    ['called <day> for', 'Mayor Ines Lind called Thursday for the fire chief to step down.', { act: 'DEMAND', speaker: 'Ines Lind', content: 'the fire chief to step down' }],
    ['called <yesterday> on', 'The tenants\u2019 union called yesterday on the landlord to cut rents.', { act: 'DEMAND', content: 'the landlord to cut rents' }],
  ])('%s', (_name, body, expected) => {
    expect(run(body)).toContainEqual(expect.objectContaining(expected));
  });
  it.each([
    ['a phone call on a day', 'Lind called Friday to ask about the permit.'],
    ['a meeting called for a day', 'The board met on Monday for two hours.'],
  ])('no statement: %s', (_name, body) => {
    expect(run(body)).toEqual([]);
  });
});

describe('"point to" cites something as evidence when a speaker that argues does it', () => {
  it.each([
    ['a role noun', 'The minister pointed to rising fuel costs as the main reason for the fare increase.', { cue: 'pointed to', content: 'rising fuel costs as the main reason for the fare increase' }],
    ['a name', 'Ostrander has pointed to her work on school meals.', { cue: 'pointed to', speaker: 'Ostrander', content: 'her work on school meals' }],
    ['a pronoun', 'She pointed to two unanswered letters from the council.', { cue: 'pointed to', content: 'two unanswered letters from the council' }],
  ])('%s', (_name, body, expected) => {
    expect(run(body)).toContainEqual(expect.objectContaining(expected));
  });
  it.each([
    ['a sign showing a direction', 'The arrow pointed to the exit.'],
    ['signs as evidence with no speaker', 'The road signs point to the harbour.'],
    ['evidence pointing to a trend', 'All the evidence points to a slowdown in hiring.'],
  ])('no statement: %s', (_name, body) => {
    expect(run(body)).toEqual([]);
  });
});

describe('a relative clause on the object stays in the content when the cue\'s own "as"/"for" follows it', () => {
  it.each([
    ['praised X, which …, as “…”', 'Okoro praised Delmar Foods, which refunded every customer within a week, as “decent and quick.”', 'Delmar Foods, which refunded every customer within a week, as “decent and quick.”'],
    ['praised X, who …, for -ing', 'The harbourmaster praised the crew, who worked all night, for keeping the ferry running.', 'the crew, who worked all night, for keeping the ferry running'],
    ['the relative clause\'s comma inside a quote', 'The report described the zoo\'s reptile house, which the zoo markets as “Dragon World,” as “dark and far too small.”', 'the zoo\'s reptile house, which the zoo markets as “Dragon World,” as “dark and far too small.”'],
  ])('%s', (_name, body, content) => {
    expect(run(body)).toContainEqual(expect.objectContaining({ content }));
  });
  it.each([
    ['"as" opening a clause of time', 'She praised the volunteers, who worked through the night, as the storm passed over the town.', 'the volunteers'],
    ['"for" of duration', 'The mayor welcomed the ruling, which came after a two-year fight, for now.', 'the ruling'],
    ['no "as"/"for" after the relative clause', 'The union rejected the offer, which it called an insult.', 'the offer'],
    ['a quote in the relative clause, then "and"', 'The report described the reptile house, which the zoo markets as “Dragon World,” and left it there.', 'the reptile house'],
  ])('the relative clause stays out: %s', (_name, body, content) => {
    expect(run(body)).toContainEqual(expect.objectContaining({ content }));
  });
});

describe('a quote right after a sentence-opening participle is its object; the cue reports its own clause', () => {
  it.each([
    ['told … that', 'Citing “family reasons,” the governor\u2019s spokesman told the Ledger that Hale will skip the gala.', { type: 'indirect', cue: 'told', content: 'Hale will skip the gala' }],
    ['said + clause', 'Citing “family reasons,” Hale said she would skip the gala.', { type: 'indirect', cue: 'said', content: 'she would skip the gala' }],
  ])('%s', (_name, body, expected) => {
    const rows = run(body);
    expect(rows).toContainEqual(expect.objectContaining(expected));
    expect(rows.filter((r) => r.type === 'direct')).toEqual([]);
  });
  it.each([
    ['a quote that opens the sentence', '“We are ready,” Hale told the Ledger on Monday.', { type: 'direct', content: 'We are ready,' }],
    ['a quote after a noun, not a participle', 'The word “reckless,” Hale said, was too mild.', { cue: 'said' }],
  ])('must not change: %s', (_name, body, expected) => {
    expect(run(body)).toContainEqual(expect.objectContaining(expected));
  });
  it('no statement: the participle with no cue after it', () => {
    expect(run('Citing “family reasons,” Hale skipped the gala.')).toEqual([]);
  });
});

describe('a trailing attribution ends at a dash, and a gerund after "in"/"while" is its setting', () => {
  it.each([
    ['an ASCII double dash', 'Rail fares will rise again this year, sooner than expected, the transport office reported on Tuesday -- a development that puts new pressure on the minister.', { cue: 'reported', content: 'Rail fares will rise again this year, sooner than expected' }],
    ['a dash right after the cue', 'The bridge will reopen in May, the mayor said -- and the council agreed.', { cue: 'said', content: 'The bridge will reopen in May' }],
    ['"in" + gerund', 'Many growers felt ignored by the plan, the presenter Ada Lunn said in putting the question to the minister.', { cue: 'said', content: 'Many growers felt ignored by the plan' }],
    ['"while" + gerund', 'The bridge will reopen in May, the mayor said while visiting the site.', { cue: 'said', content: 'The bridge will reopen in May' }],
  ])('%s', (_name, body, expected) => {
    expect(run(body)).toContainEqual(expect.objectContaining(expected));
  });
  it.each([
    ['a dash inside narrative', 'The bridge -- closed since March -- will reopen in May.'],
    ['a gerund after "in" with no cue', 'The council spent the morning in planning the new route to the harbour.'],
  ])('no statement: %s', (_name, body) => {
    expect(run(body)).toEqual([]);
  });
});

describe('a no-comment covers its object (GUIDE decision 9), not a reduced time clause after it', () => {
  it.each([
    ['"when" + participle is a time clause', 'Pell declined to comment when reached by telephone.', 'declined to comment'],
    ['"when contacted … on Tuesday"', 'The contractor declined to comment when contacted by reporters on Tuesday.', 'declined to comment'],
    ['"beyond" + its object', 'The firm\u2019s chief executive, Ada Lunn, declined to comment beyond the company\u2019s statement.', 'declined to comment beyond the company\u2019s statement'],
  ])('%s', (_name, body, content) => {
    expect(run(body)).toContainEqual(expect.objectContaining({ act: 'NO_COMMENT', content }));
  });
  it.each([
    ['"when" opening the question left unanswered', 'Pell declined to say when the plant would reopen.', 'declined to say when the plant would reopen'],
    ['"on" + its object', 'Pell declined to comment on the lawsuit.', 'declined to comment on the lawsuit'],
  ])('must not change: %s', (_name, body, content) => {
    expect(run(body)).toContainEqual(expect.objectContaining({ act: 'NO_COMMENT', content }));
  });
  it.each([
    ['"beyond" in narrative', 'The road beyond the bridge was closed for repairs.'],
    ['"when" + participle in narrative', 'The pier was damaged when struck by a ferry in March.'],
  ])('no statement: %s', (_name, body) => {
    expect(run(body)).toEqual([]);
  });
});
