// Session 15: what a new user's three articles (an earnings story, a flood report, a parliamentary debate) showed.
// Sentences are our own, with other names and topics; each expectation was written by hand from the sentence.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { datelineSpans } from '../src/stages/segment/datelines.js';

/** The statements of a short article with a headline. */
function statementsOf(body: string): ReturnType<typeof analyzeArticle>['statements'] {
  return analyzeArticle(`Headline here\n\n${body}\n`).statements;
}
/** The innermost statement whose content holds `content`. */
function statementWith(body: string, content: string): ReturnType<typeof analyzeArticle>['statements'][number] {
  const list = statementsOf(body);
  const st = list.filter((s) => s.content.text.includes(content)).sort((a, b) => a.content.text.length - b.content.text.length)[0];
  if (!st) throw new Error(`no statement holds “${content}”: ${list.map((s) => s.content.text).join(' | ')}`);
  return st;
}

describe('a wire dateline is no part of a statement, no target and no antecedent', () => {
  it.each([
    ['CITY, Region, Date (Agency) -', 'MARLOW, Tessany, June 3 (Wire) - Grain prices rose sharply across the region on Monday after a dry spring cut yields, traders said.'],
    ['CITY (Agency) —', 'BRENN (AP) — Grain prices rose sharply across the region on Monday after a dry spring cut yields, traders said.'],
    ['CITY, Date –', 'TORVIK, June 3 – Grain prices rose sharply across the region on Monday after a dry spring cut yields, traders said.'],
  ])('%s', (_form, body) => {
    const st = statementWith(body, 'after a dry spring');
    expect(st.content.text.startsWith('Grain prices rose')).toBe(true);
    expect(st.targets.map((t) => t.name)).not.toContain('Associated Press');
  });
  it('the agency is not what “its” points back to', () => {
    const st = statementWith('DORSK, May 2 (Reuters) - Talvik Mining reported a loss for the year, and its finance director told investors that costs would fall.', 'costs would fall');
    expect(st.speaker.name).not.toBe('Reuters');
  });
  it('a dateline opening a later paragraph', () => {
    expect(datelineSpans('Prices up\n\nLONDON, March 4 (PA) - Prices rose.').map((d) => d.start)).toEqual([11]);
  });
  it('must not fire: a body in capitals opening a paragraph with a lower-case appositive', () => {
    expect(datelineSpans('NATO, the Western military alliance, on Monday said its members would meet - again - in May.')).toEqual([]);
  });
  it('must not fire: a capitalised word in mid-sentence before a dash, or a dash in an ordinary sentence', () => {
    expect(datelineSpans('The talks between Arden and the UN - which began in May - ended on Friday.')).toEqual([]);
    expect(datelineSpans('Officials said the figures - released on Monday - were provisional.')).toEqual([]);
    const st = statementWith('The council said the figures - released on Monday - were provisional.', 'were provisional');
    expect(st.content.text.startsWith('the figures')).toBe(true);
  });
});

describe('names a new user’s articles split or mistyped', () => {
  it('“Downing Street” opening a sentence is one name, an organisation', () => {
    const st = statementWith('Downing Street later defended the chancellor. Aides said the budget was fair.', 'the chancellor');
    expect(st.speaker).toMatchObject({ name: 'Downing Street', kind: 'organization' });
  });
  it('must not fire: an -ing participle opening the sentence before a name and a comma', () => {
    const st = statementWith('Addressing Parliament, Hale said the bill would pass.', 'the bill would pass');
    expect(st.speaker.name).toBe('Hale');
  });
  it('must not fire: an -ing participle before a name that is its object, then the subject', () => {
    const st = statementWith('Visiting Harwick on Monday, the minister said the bridge would reopen.', 'the bridge would reopen');
    expect(st.speaker.name).not.toContain('Harwick');
  });
  it('a body’s name that lists its fields with commas is one speaker, and “said it did not comment” one statement', () => {
    const list = statementsOf('A spokesman for the Department for Energy, Climate and Rural Affairs said it did not comment on ongoing trials.');
    expect(list).toHaveLength(1);
    expect(list[0]?.speaker).toMatchObject({ name: 'Department for Energy, Climate and Rural Affairs', kind: 'organization' });
    expect(list[0]?.act).toBe('NO_COMMENT');
  });
  it('must not fire: three people in a list are not one name', () => {
    const st = statementWith('Hale, Okafor and Brandt said the plan would be published in May.', 'the plan would be published');
    expect(st.speaker.name).not.toContain('Hale, Okafor');
  });
  it('must not fire: a ministry named before a list of people', () => {
    const st = statementWith('Officials from the Ministry of Transport met Hale, Okafor and Brandt, who said the talks had gone well.', 'the talks had gone well');
    expect(st.speaker.name).not.toContain('Ministry of Transport, ');
  });
  it('a capitalised title with a name in apposition: the person speaks in that role', () => {
    const st = statementWith('The Speaker, Dame Alison Merrow, called for order and told Brandt that such language was unacceptable.', 'such language was unacceptable');
    expect(st.speaker).toMatchObject({ name: 'Alison Merrow', kind: 'person', role: 'speaker' });
  });
  it('must not fire: a capitalised body with a name in apposition stays the named body', () => {
    const st = statementWith('Its owner, Harwick Holdings, said the sale was final.', 'the sale was final');
    expect(st.speaker).toMatchObject({ name: 'Harwick Holdings', kind: 'organization' });
  });
  it('a person “of” a body in apposition is the person, with the body as affiliation', () => {
    const st = statementWith('Another analyst, Jonas Ekberg of Vestmark Bank, praised the plan, saying it was bold.', 'the plan');
    expect(st.speaker).toMatchObject({ name: 'Jonas Ekberg', kind: 'person', role: 'analyst', affiliation: 'Vestmark Bank' });
  });
  it('must not fire: a body named “X of Y” in apposition stays a body', () => {
    const st = statementWith('Its owner, the Bank of Harwick, said the sale was final.', 'the sale was final');
    expect(st.speaker).toMatchObject({ name: 'Bank of Harwick', kind: 'organization' });
  });
  it('must not fire: “University of” a place is a body, not a person', () => {
    const st = statementWith('The University of Bratten said fees would rise.', 'fees would rise');
    expect(st.speaker.kind).toBe('organization');
  });
  it('weather scientists in the plural are unnamed people of that role, not an organisation', () => {
    expect(statementWith('Meteorologists said the rain would ease by Friday.', 'the rain would ease').speaker).toMatchObject({ kind: 'anonymous', role: 'meteorologist' });
    expect(statementWith('Forecasters said the storm would weaken.', 'the storm would weaken').speaker).toMatchObject({ kind: 'anonymous', role: 'forecaster' });
  });
  it('must not fire: a named weather service stays an organisation', () => {
    expect(statementWith('The National Weather Institute said the rain would ease by Friday.', 'the rain would ease').speaker.kind).toBe('organization');
  });
});
