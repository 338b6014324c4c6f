// A person's affiliation from a post written in apposition with their name (corpus/GUIDE.md section 3), and kept for the
// person through the article. The sentences are written for this file.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-helpers.js';

describe('a post in apposition gives the body the possessor stands for', () => {
  it.each([
    ['a description possessor after "said NAME,"', 'Harrow Holdings raised its prices on Monday. “We did not set the rules. The council did,” said Ines Marrow, the company’s managing director.', 'We did not set the rules', 'Harrow Holdings'],
    ['a description possessor before the name', 'Tolby Airways grounded four jets on Friday. The airline’s chief operating officer, Nia Fenn, said no aircraft had flown unsafely.', 'no aircraft had flown', 'Tolby Airways'],
    ['a short name possessor before the name', 'Brackley Foods cut 200 jobs on Monday. Brackley’s managing director, Owen Pike, said the cuts were unavoidable.', 'the cuts were unavoidable', 'Brackley Foods'],
    ['a post with an "of" field', 'Corvel Pharma withdrew the pens in March. “We sold them at a loss for years,” said Idris Kane, the company’s head of market access.', 'We sold them at a loss', 'Corvel Pharma'],
  ])('%s', (_rule, body, content, affiliation) => {
    expect(speakerOf(body, content)).toMatchObject({ kind: 'person', affiliation });
  });
  it('a later bare-name statement keeps the body', () => {
    const body = 'Tolby Airways grounded four jets on Friday. The airline’s chief operating officer, Nia Fenn, said no aircraft had flown unsafely. Fenn said the checks would finish by Sunday.';
    expect(speakerOf(body, 'the checks would finish')).toMatchObject({ name: 'Nia Fenn', affiliation: 'Tolby Airways' });
  });
  it('must not fire: a person of another body named nearby', () => {
    const who = speakerOf('Tolby Airways grounded four jets on Friday. Nia Fenn, a director of the Passenger Rights Forum, said the checks were overdue.', 'the checks were overdue');
    expect(who.affiliation).not.toBe('Tolby Airways');
  });
  it('must not fire: a possessor the article names no body for', () => {
    const who = speakerOf('Tolby Airways grounded four jets on Friday. The union’s chief negotiator, Nia Fenn, said the checks were overdue.', 'the checks were overdue');
    expect(who.affiliation).not.toBe('Tolby Airways');
  });
  it('must not fire: a reporter’s possessive that is no post', () => {
    expect(speakerOf('Tolby Airways grounded four jets on Friday. Nia Fenn, who wrote the paper’s analysis, said the checks were overdue.', 'the checks were overdue'))
      .toMatchObject({ name: 'Nia Fenn', affiliation: null });
    expect(speakerOf('Tolby Airways grounded four jets on Friday. The paper’s analysis, Nia Fenn said, showed the checks were overdue.', 'the checks were overdue'))
      .toMatchObject({ name: 'Nia Fenn', affiliation: null });
  });
});

describe('a relative clause naming the body a person runs gives the affiliation', () => {
  it.each([
    ['"who chairs" a named body', 'The pension fund has a deficit of £30 million. Graham Ruddle, who chairs the Felling Residents Association, said the board had no choice.', 'the board had no choice', 'Felling Residents Association'],
    ['"a … who founded" a named body', 'The bakery closed on Monday. Kerry Dane, a mother of two who founded the Save Our Bakery Campaign, said the town had lost its heart.', 'the town had lost its heart', 'Save Our Bakery Campaign'],
  ])('%s', (_rule, body, content, affiliation) => {
    expect(speakerOf(body, content)).toMatchObject({ kind: 'person', affiliation });
  });
  it.each([
    ['a place a person represents', 'The bakery closed on Monday. Kerry Dane, who represents Ashgrove on the council, said the town had lost its heart.'],
    ['the place a branch of another body stands for', 'The bakery closed on Monday. Kerry Dane, who chairs the Ashgrove branch of the Bakers Guild, said the town had lost its heart.'],
    ['a business not named', 'The bakery closed on Monday. Kerry Dane, who runs the shop next door, said the town had lost its heart.'],
  ])('must not fire: %s', (_rule, body) => {
    const who = speakerOf(body, 'the town had lost its heart');
    expect(who.name).toBe('Kerry Dane');
    expect(who.affiliation === null || !who.affiliation.startsWith('Ashgrove') && !who.affiliation.includes('shop')).toBe(true);
  });
});
