// Brief stance24: a question, a warning, a revelation or a demand that names no party for or against is against the
// party the article's statements speak against (GUIDE decisions 34 and 78, as for a charge), wherever in the article
// it stands; a party such a statement names itself keeps the stance its words give it (GUIDE decision 44). Sentences
// are invented; the expected targets were written from reading them, each rule with a near miss.
import { describe, expect, it } from 'vitest';
import { impliedParties } from '../src/stages/stance/judge-stance.js';
import type { DraftStatement } from '../src/model/document.js';
import type { Stance } from '../src/model/labels.js';
import { last } from './stance-helpers.js';

/** A statement of `speaker` whose content is `content` at `start`, with the given act and targets. */
const draft = (speaker: string, kind: 'organization' | 'person' | 'group', start: number, content: string, act: DraftStatement['act'], targets: Array<[string, Stance]> = []): DraftStatement => ({
  type: 'indirect',
  content: { start, end: start + content.length, text: content },
  cue: null,
  speaker: { name: speaker, mention: null, role: null, kind },
  act,
  framing: 'NEUTRAL',
  targets: targets.map(([name, stance]) => ({ name, stance })),
  confidence: 0.8,
  sentence: 0,
});

const charged = (at: number, who: string) => draft(who, 'group', at, 'Dunmore Dairies of dumping whey in the Corran', 'ACCUSE', [['Dunmore Dairies', 'AGAINST']]);

describe('impliedParties: the acts that speak against an unnamed party', () => {
  const twice = [charged(0, 'Anglers'), charged(80, 'Fishery officers')];

  for (const act of ['QUESTION', 'WARN', 'REVEAL', 'DEMAND'] as const) {
    it(`a ${act} that names no party is against the party charged twice`, () => {
      const st = draft('Ewa Lind', 'person', 400, 'nobody had checked the outfall pipe for a year', act);
      expect(impliedParties([...twice, st]).get(st)).toBe('Dunmore Dairies');
    });
  }

  it('a SAY or a PRAISE is not read so', () => {
    const say = draft('Ewa Lind', 'person', 400, 'the river was low in August', 'SAY');
    const praise = draft('Ewa Lind', 'person', 400, 'the volunteers had done a wonderful job', 'PRAISE');
    expect(impliedParties([...twice, say]).has(say)).toBe(false);
    expect(impliedParties([...twice, praise]).has(praise)).toBe(false);
  });

  it('near miss: a demand that names the party itself keeps the stance its words give (decision 44)', () => {
    const asked = draft('Ewa Lind', 'person', 400, 'Dunmore Dairies to reopen the towpath', 'DEMAND', [['Dunmore Dairies', 'NONE']]);
    expect(impliedParties([...twice, asked]).has(asked)).toBe(false);
  });

  it('a charge still takes the party over a stance of NONE its words gave it', () => {
    const charge = draft('Ewa Lind', 'person', 400, 'Dunmore Dairies had been told in May', 'CRITICIZE', [['Dunmore Dairies', 'NONE']]);
    expect(impliedParties([...twice, charge]).get(charge)).toBe('Dunmore Dairies');
  });

  it('near miss: a statement with a party for or against already keeps its own targets', () => {
    const other = draft('Ewa Lind', 'person', 400, 'the county had been slow to act', 'QUESTION', [['Corran County Council', 'AGAINST']]);
    expect(impliedParties([...twice, other]).has(other)).toBe(false);
  });

  it('near miss: a party charged once is not yet the one the article is about', () => {
    const st = draft('Ewa Lind', 'person', 400, 'nobody had checked the outfall pipe', 'QUESTION');
    expect(impliedParties([charged(0, 'Anglers'), st]).has(st)).toBe(false);
  });

  it('near miss: the party’s own people are not against it', () => {
    const own = draft('Rhian Dow', 'person', 400, 'nobody had checked the outfall pipe', 'WARN');
    const sideOf = (s: { name: string }) => [s.name, s.name === 'Rhian Dow' ? 'Dunmore Dairies' : undefined];
    expect(impliedParties([...twice, own], sideOf).has(own)).toBe(false);
  });
});

describe('through the pipeline', () => {
  const charges = 'Anglers accused Dunmore Dairies of dumping whey in the Corran river.|Fishery officers said Dunmore Dairies had ignored three warnings about the outfall.';
  const far = 'The Corran rises in the hills above Kelby and runs for thirty miles to the sea, past farms, two villages and the old paper mill that closed in 1987, and its lower reaches are popular with walkers in the summer months.';

  it('a question that names no one, two paragraphs after the charges, is against the party charged', () => {
    expect(last(`${charges}|${far}|Councillor Ewa Lind asked why nobody had tested the water since March.`)).toEqual({ 'Dunmore Dairies': 'AGAINST' });
  });

  it('near miss: with the party charged only once, the same question has no target', () => {
    expect(last(`Anglers accused Dunmore Dairies of dumping whey in the Corran river.|${far}|Councillor Ewa Lind asked why nobody had tested the water since March.`)['Dunmore Dairies']).toBeUndefined();
  });

  it('near miss: a plain report after the charges has no target', () => {
    expect(last(`${charges}|${far}|Councillor Ewa Lind said the river would be tested again in June.`)['Dunmore Dairies']).toBeUndefined();
  });
});
