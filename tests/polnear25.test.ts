// Statement constructions that PolNeAR train missed or misread (issue 4, session 25): a clause of time or reason after a
// cue of plain saying or asking ("said as the crowd left", "asked while touring the plant", "said when asked about it")
// is the reporter's setting, so it is no reported clause of its own, and it does not stop a quote or a clause before the
// attribution from being the content (LABELS.md direct and indirect); and a speaker phrase whose "to" names the one a
// person serves or a source knows ("an aide to the mayor said", "a source close to the talks said") speaks. Every sentence here was written for this file; the
// expected spans were written from the sentences by hand.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const run = (body: string) =>
  analyzeArticle(`Headline\n\nBy a staff reporter\n\nThe harbour board met on Tuesday to set the ferry timetable for the summer.\n\n${body}\n`).statements
    .map((s) => ({ type: s.type, cue: s.cue?.text ?? null, speaker: s.speaker.mention?.text ?? null, content: s.content.text }));

describe('a clause of time or reason after the cue ends the attribution', () => {
  it.each([
    ['a question closed before the cue, "asked as …"', '“Is the ferry late again?” Tamsin Abel asked as the passengers boarded.', { type: 'direct', cue: 'asked', speaker: 'Tamsin Abel', content: 'Is the ferry late again?' }],
    ['an exclamation closed before the cue, "said while …"', '“We won the bid!” Abel said while the band played on the quay.', { type: 'direct', cue: 'said', speaker: 'Abel', content: 'We won the bid!' }],
    ['several questions, a present cue, "as" and a clause', '“Who runs this pier? Is it the council? The board?” Abel asks as a deckhand walks by.', { type: 'direct', cue: 'asks', speaker: 'Abel', content: 'Who runs this pier? Is it the council? The board?' }],
    ['a quote closed by a comma, "said when asked …"', '“Certainly,” the harbourmaster said when asked whether the pier would reopen.', { type: 'direct', cue: 'said', speaker: 'the harbourmaster', content: 'Certainly,' }],
  ])('%s', (_name, body, expected) => {
    const found = run(body);
    expect(found).toContainEqual(expected);
    // the setting clause is never a content of its own
    expect(found.filter((s) => /^(as|while|when)\b/u.test(s.content))).toEqual([]);
  });

  it.each([
    ['"asked when …" is the question asked', 'Abel asked when the ferry would sail.', 'when the ferry would sail'],
    ['after "that" the clause is reported, whatever opens it', 'Abel said that as fares rose, fewer people took the ferry.', 'as fares rose, fewer people took the ferry'],
    ['a "that" clause after the setting is still reported', 'The harbourmaster said when asked about the pier that it would reopen in May.', 'it would reopen in May'],
    ['"as" inside the reported clause stays in it', 'Abel said the timetable would slip as the crews were short.', 'the timetable would slip as the crews were short'],
    ['a fronted clause leading into a main clause with no comma ("while …")', 'Abel said while the fares had risen the ferry was still full.', 'while the fares had risen the ferry was still full'],
    ['a fronted clause leading into a main clause with no comma ("when …")', 'The harbourmaster said when the pier reopened the cafe would open too.', 'when the pier reopened the cafe would open too'],
    ['a fronted clause leading into a main clause with no comma ("because …")', 'The board said because the fund was small the repairs would wait.', 'because the fund was small the repairs would wait'],
  ])('near miss, still a statement: %s', (_name, body, content) => {
    expect(run(body).some((s) => s.content.endsWith(content))).toBe(true);
  });

  it.each([
    ['a clause of its own', 'The harbourmaster said as the crowd left the quay.'],
    ['with a later clause inside it, opened by a connecting word', 'The harbourmaster said as the crowd left after the vote was counted.'],
    ['a participle, after an addressee', 'The mayor told reporters while touring the pier on Monday.'],
  ])('the setting clause after a forward cue is no content: %s', (_name, body) => {
    expect(run(body).filter((s) => /^(as|while|when)\b/u.test(s.content))).toEqual([]);
  });

  it('near miss: "said as much" names no clause and is no setting either', () => {
    expect(run('The harbourmaster said as much in a letter to the board.').filter((s) => s.content.startsWith('as'))).toEqual([]);
  });
});

describe('"an aide to the mayor", "a source close to the board": a "to" phrase inside the speaker phrase', () => {
  it.each([
    ['an aide to someone, after a clause', 'The pier will stay shut until May, an aide to the mayor said.', { type: 'indirect', cue: 'said', speaker: 'an aide to the mayor', content: 'The pier will stay shut until May' }],
    ['a source close to a body, after a quote', '“The ferry contract is dead,” a source close to the harbour board said.', { type: 'direct', cue: 'said', speaker: 'a source close to the harbour board', content: 'The ferry contract is dead,' }],
    ['plural people close to someone, after a clause', 'The mayor has lost patience with the board, people close to the harbour master said on Friday.', { type: 'indirect', cue: 'said', speaker: 'people close to the harbour master', content: 'The mayor has lost patience with the board' }],
    ['a senior adviser to a body', 'The fares will rise in June, a senior adviser to the harbour board said.', { type: 'indirect', cue: 'said', speaker: 'a senior adviser to the harbour board', content: 'The fares will rise in June' }],
  ])('%s', (_name, body, expected) => {
    expect(run(body)).toContainEqual(expected);
  });

  it('"…, a source close to the board said.": named by the whole description, no role (GUIDE decision 31), as before a forward cue', () => {
    const body = 'The ferry contract will not be renewed, a source close to the harbour board said.';
    const st = analyzeArticle(`Headline\n\n${body}\n`).statements.find((s) => s.content.text === 'The ferry contract will not be renewed');
    expect(st?.speaker).toMatchObject({ name: 'source close to the harbour board', role: null, kind: 'anonymous' });
  });

  it('"…, two people knowledgeable about the deal said.": any participle or adjective of what a source knows, with its preposition, as "close to"', () => {
    const st = analyzeArticle('Headline\n\nThe ferry will be sold in May, two people knowledgeable about the deal said.\n').statements.find((s) => s.content.text === 'The ferry will be sold in May');
    expect(st?.speaker).toMatchObject({ name: 'people knowledgeable about the deal', role: null, kind: 'anonymous' });
  });

  it('near miss: "to" after a thing given is the clause\'s own, not the speaker\'s', () => {
    expect(run('The board sent the money to the mayor, the treasurer said.')).toContainEqual({ type: 'indirect', cue: 'said', speaker: 'the treasurer', content: 'The board sent the money to the mayor' });
  });

  // A known gap: "to" joins the speaker phrase only after a noun of serving or advising (toRelationHeads), so a person
  // described by another "to" phrase is not found at all; the reader's speaker is the whole description. When a rule
  // reads it, this `it` fails and becomes a plain test.
  it.fails('a person described by a "to" phrase outside toRelationHeads ("a visitor to the harbour")', () => {
    expect(run('The pier will stay shut, a visitor to the harbour said.')).toContainEqual({ type: 'indirect', cue: 'said', speaker: 'a visitor to the harbour', content: 'The pier will stay shut' });
  });
});
