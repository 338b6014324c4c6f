// Session 15 (b): a statement that names the party it is about only by "it", "they", "their" (issue 6). Sentences are
// our own; each expectation was written by hand from the sentence (LABELS.md, targets; GUIDE section 6).
import { describe, expect, it } from 'vitest';
import { last } from './stance-helpers.js';

const FINED = 'Castmoor Water was fined 2 million pounds on Tuesday for sewage spills into the River Leyne.'
  + '|The Leyne Rivers Trust accused Castmoor Water of hiding the spills from inspectors.'
  + '|Castmoor Water denied the claims and said its monitoring had been upgraded.';

describe('a pronoun in the content names the speaker\'s opponent', () => {
  it('"They were warned …," said the director of the body that accused them', () => {
    const t = last(`${FINED}|"They were warned about that outfall three years ago," said Fenella Ashby, the director of the Leyne Rivers Trust.`);
    expect(t['Castmoor Water']).toBeDefined();
  });
  it('must not fire: "its" of the speaker\'s own body is the speaker\'s side', () => {
    const t = last(`${FINED}|Fenella Ashby, the director of the Leyne Rivers Trust, said its volunteers would test the river every week.`);
    expect(t['Castmoor Water']).toBeUndefined();
  });
  it('must not fire: "they" for people in general, with no body named before', () => {
    const t = last('The summer fair opened in Penmarrow on Saturday.|"They say it will rain all week," said Orla Penhale, who runs a stall selling honey.');
    expect(Object.keys(t).filter((name) => name !== 'Orla Penhale')).toEqual([]);
  });
  it('must not fire: "it" for a body the speaker has no quarrel with', () => {
    const t = last('The Kellmouth Library reopened on Monday after a year of repairs.|"It looks better than it ever did," said Ada Quill, a retired teacher who visits every week.');
    expect(t['Kellmouth Library']).toBeUndefined();
  });
});

describe('the short name of a body named in the possessive ("St Aldric’s" of "St Aldric’s Hospital")', () => {
  it('"St Aldric’s had failed to plan" is against the hospital', () => {
    const t = last('A patient waited nine hours in an ambulance outside St Aldric’s Hospital in Penwith last winter.|The Penwith Patients Forum said St Aldric’s had failed to plan for the winter.');
    expect(Object.entries(t).find(([name]) => name.startsWith('St Aldric'))?.[1]).toBe('AGAINST');
  });
  it('must not fire: a town of the same words written without the possessive stays a place', () => {
    const t = last('The St Kerran Harbour Board met on Monday.|Fishermen in St Kerran said the mackerel had come in late this year.');
    expect(Object.keys(t).filter((name) => name.startsWith('St Kerran'))).toEqual([]);
  });
  it('must not fire: a possessive short name two bodies share is neither\'s', () => {
    const t = last('St Aldric’s Hospital and St Aldric’s School share a car park in Penwith.|The Penwith Patients Forum said St Aldric’s had failed to plan for the winter.');
    expect(t['St Aldric’s Hospital']).toBeUndefined();
    expect(t['St Aldric’s School']).toBeUndefined();
  });
});
