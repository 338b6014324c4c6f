// Session 15 (b): a statement that names the party it is about only by "it", "they", "their" (issue 6), and bodies named
// by a possessive short name. Sentences are our own; each expectation was written by hand from the sentence (LABELS.md,
// targets; GUIDE section 6).
import { describe, expect, it } from 'vitest';
import { last } from './stance-helpers.js';

const FARES = 'Talbridge Buses cut the pay of its drivers by five per cent on Monday.'
  + '|The Transit Workers Union accused Talbridge Buses of breaking the pay agreement.'
  + '|Talbridge Buses rejected the claim.';

describe('a pronoun in the content gives no target (the content-pronoun rule was removed: 1 right of 6 read)', () => {
  // Known misfires since session 24: a narrower content-pronoun rule (resolve-speakers.ts clausePronounParty, "it"/"they"
  // doing an act, resolved to the body named before) raised the held-out half of dev's stance F1 0.639 -> 0.643, all of it
  // from quotations' "they"; leaving quotations' "they" out lost the gain. It reads the union's "They deserve a fair
  // wage" as about the bus company named before, not its drivers: kept, and marked here, until a rule tells them apart.
  it.fails('known misfire: "they" for the drivers gives the bus company no FAVOR', () => {
    const t = last(`${FARES}|"They deserve a fair wage and they have waited long enough," said Nia Caddell, an organiser for the Transit Workers Union.`);
    expect(t['Talbridge Buses']).toBeUndefined();
  });
  it.fails('known misfire: "they" for the drivers, the union as the speaker', () => {
    const t = last(`${FARES}|"They deserve a fair wage and they have waited long enough," the union said.`);
    expect(t['Talbridge Buses']).toBeUndefined();
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
    expect(Object.keys(t).filter((name) => name.startsWith('St Aldric'))).toEqual([]);
  });
  it('must not fire: a city whose name ends in "’s" beside a body named after it', () => {
    const t = last('St John’s Ambulance sent two crews to the coast on Monday.|Officials said St John’s had been cut off by the storm.');
    expect(Object.keys(t).filter((name) => name.startsWith('St John'))).toEqual([]);
  });
  it('must not fire: the possessive short name written as a place after "in"', () => {
    const t = last('St Kerran’s Hospital is the largest employer in the county.|Flooding in St Kerran’s closed four shops.|The mayor said St Kerran’s had been badly let down by the water company.');
    expect(Object.keys(t).filter((name) => name.startsWith('St Kerran'))).toEqual([]);
  });
});
