// Session 20: a body named by "that council" or "that company" in a statement's words (issue 6). Sentences are our own;
// each expectation was written by hand from the sentence (LABELS.md, targets; GUIDE section 6).
import { describe, expect, it } from 'vitest';
import { last } from './stance-helpers.js';

const WATER = 'Orrin Valley Water cut supplies to 3,000 homes in Pellbury for four days in March.'
  + '|Orrin Valley Water said the burst main had been repaired.';
const PLANNING = 'Dunmere Town Council approved a gravel quarry next to the Ashcombe estate on Tuesday.'
  + '|Dunmere Town Council said the quarry would bring 40 jobs.';

describe('"that company", "that firm": the company the article writes out most often', () => {
  it('fires: "Nobody at that company" in a quote reaches the water company', () => {
    const t = last(`${WATER}|"We had no water for four days and nobody at that company answered a single call," said Rhian Folley, a Pellbury resident.`);
    expect(Object.keys(t)).toContain('Orrin Valley Water');
  });
  it('must not fire: "that" as a conjunction before "company" as a modifier', () => {
    const t = last(`${WATER}|Rhian Folley, a Pellbury resident, said that company cars had been parked outside her house all week.`);
    expect(t['Orrin Valley Water']).toBeUndefined();
  });
  it('must not fire: "that firm" where "firm" is an adjective', () => {
    const t = last(`${WATER}|Rhian Folley, a Pellbury resident, said that firm rules on compensation were needed.`);
    expect(t['Orrin Valley Water']).toBeUndefined();
  });
});

describe('"that council": the body named with that head', () => {
  it('fires: "nobody on that council" reaches the town council', () => {
    const t = last(`${PLANNING}|"Nobody on that council will hear the lorries from their bedroom," said Gwen Arbery, who lives on the estate.`);
    expect(Object.keys(t)).toContain('Dunmere Town Council');
  });
  it('must not fire: "said that council tax" names no council as a party', () => {
    const t = last(`${PLANNING}|Gwen Arbery, who lives on the estate, said that council tax in the town had risen by a tenth.`);
    expect(t['Dunmere Town Council']).toBeUndefined();
  });
  it('must not fire: "warned that council members" is the conjunction', () => {
    const t = last(`${PLANNING}|Gwen Arbery, who lives on the estate, warned that council members rarely visited the estate.`);
    expect(t['Dunmere Town Council']).toBeUndefined();
  });
});

const LOGGING = 'Tarrant Mill Timber cleared 200 hectares of hillside above Wenmouth last spring.'
  + '|Tarrant Mill Timber said the felling had been approved.';

describe('a company’s short name where no mention stands ("Tarrant" after "Tarrant Mill Timber")', () => {
  it('fires: an accusation of the short name is against the company', () => {
    const t = last(`${LOGGING}|The Wenmouth Walkers Association accused Tarrant of “stripping the hill bare for a quick sale.”`);
    expect(t['Tarrant Mill Timber']).toBe('AGAINST');
  });
  it('must not fire: the short name written as a place ("in Tarrant")', () => {
    const t = last(`${LOGGING}|Tarrant Mill Timber employs 40 people.|Mira Dunleavy, who runs the bakery in Tarrant, said trade in Tarrant had been slow all winter.`);
    expect(t['Tarrant Mill Timber']).toBeUndefined();
  });
  it('must not fire: a day of the week that opens a name ("on Sunday" beside the "Sunday Tribune" company)', () => {
    const t = last('Sunday Tribune Media sold its printing works last year.|Sunday Tribune Media said the sale was complete.|Mira Dunleavy said the printers had last worked on Sunday.');
    expect(t['Sunday Tribune Media']).toBeUndefined();
  });
});
