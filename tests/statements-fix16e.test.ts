// Narrowings from review 16b (the second review of session 16). Every sentence was written for this file (none from any
// corpus); the misfires the review found are rewritten here with other words and names, as must-not-fire cases that
// share the rule's trigger words.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

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
