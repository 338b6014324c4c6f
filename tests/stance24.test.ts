// Brief stance24: a question, a warning, a revelation or a demand that names no party for or against is against the
// party the article's statements speak against (GUIDE decisions 34 and 78, as for a charge), wherever in the article
// it stands; a party such a statement names itself keeps the stance its words give it (GUIDE decision 44). And a party a
// speaker speaks against in one statement, named in a plain report of the same speaker, is against there too. Sentences
// are invented; the expected targets were written from reading them, each rule with a near miss.
import { describe, expect, it } from 'vitest';
import { impliedParties, ownOpponentsNamed } from '../src/stages/stance/judge-stance.js';
import { draft, last } from './stance-helpers.js';


const charged = (at: number, who: string) => draft(who, 'group', at, 'Dunmore Dairies of dumping whey in the Corran', 'ACCUSE', [['Dunmore Dairies', 'AGAINST']]);

describe('impliedParties: the acts that speak against an unnamed party', () => {
  const twice = [charged(0, 'Anglers'), charged(80, 'Fishery officers')];

  for (const act of ['QUESTION', 'WARN', 'REVEAL', 'DEMAND'] as const) {
    it(`a ${act} that names no party is against the party charged twice`, () => {
      const st = draft('Ewa Lind', 'person', 400, 'nobody had checked the outfall pipe for a year', act);
      expect(impliedParties('', [...twice, st]).get(st)).toBe('Dunmore Dairies');
    });
  }

  it('a SAY or a PRAISE is not read so', () => {
    const say = draft('Ewa Lind', 'person', 400, 'the river was low in August', 'SAY');
    const praise = draft('Ewa Lind', 'person', 400, 'the volunteers had done a wonderful job', 'PRAISE');
    expect(impliedParties('', [...twice, say]).has(say)).toBe(false);
    expect(impliedParties('', [...twice, praise]).has(praise)).toBe(false);
  });

  it('near miss: a demand that names the party itself keeps the stance its words give (decision 44)', () => {
    const asked = draft('Ewa Lind', 'person', 400, 'Dunmore Dairies to reopen the towpath', 'DEMAND', [['Dunmore Dairies', 'NONE']]);
    expect(impliedParties('', [...twice, asked]).has(asked)).toBe(false);
  });

  it('a charge still takes the party over a stance of NONE its words gave it', () => {
    const charge = draft('Ewa Lind', 'person', 400, 'Dunmore Dairies had been told in May', 'CRITICIZE', [['Dunmore Dairies', 'NONE']]);
    expect(impliedParties('', [...twice, charge]).get(charge)).toBe('Dunmore Dairies');
  });

  it('near miss: a statement with a party for or against already keeps its own targets', () => {
    const other = draft('Ewa Lind', 'person', 400, 'the county had been slow to act', 'QUESTION', [['Corran County Council', 'AGAINST']]);
    expect(impliedParties('', [...twice, other]).has(other)).toBe(false);
  });

  it('near miss: a party charged once is not yet the one the article is about', () => {
    const st = draft('Ewa Lind', 'person', 400, 'nobody had checked the outfall pipe', 'QUESTION');
    expect(impliedParties('', [charged(0, 'Anglers'), st]).has(st)).toBe(false);
  });

  it('near miss: the party’s own people are not against it', () => {
    const own = draft('Rhian Dow', 'person', 400, 'nobody had checked the outfall pipe', 'WARN');
    const sideOf = (s: { name: string }) => [s.name, s.name === 'Rhian Dow' ? 'Dunmore Dairies' : undefined];
    expect(impliedParties('', [...twice, own], sideOf).has(own)).toBe(false);
  });
});

describe('through the pipeline', () => {
  const charges = 'Anglers accused Dunmore Dairies of dumping whey in the Corran river.|Fishery officers said Dunmore Dairies had ignored three warnings about the outfall.';
  const far = 'The Corran rises in the hills above Kelby and runs for thirty miles to the sea, past farms, two villages and the old paper mill that closed in 1987, and its lower reaches are popular with walkers in the summer months.';

  it('a question that names no one, two paragraphs after the charges, is against the party charged', () => {
    expect(last(`${charges}|${far}|Councillor Ewa Lind asked why the illegal discharges had been allowed to go on for so long.`)).toEqual({ 'Dunmore Dairies': 'AGAINST' });
  });

  it('near miss: with the party charged only once, the same question has no target', () => {
    expect(last(`Anglers accused Dunmore Dairies of dumping whey in the Corran river.|${far}|Councillor Ewa Lind asked why the illegal discharges had been allowed to go on for so long.`)['Dunmore Dairies']).toBeUndefined();
  });

  it('near miss: a plain report after the charges has no target', () => {
    expect(last(`${charges}|${far}|Councillor Ewa Lind said the river would be tested again in June.`)['Dunmore Dairies']).toBeUndefined();
  });

  // (a question, warning, revelation or demand is against the article's party only when its words charge someone with
  // something: one on another matter of the article is not, reviewer session 23)
  it('a warning whose words charge someone (illegal dumping) is against the party charged', () => {
    expect(last(`${charges}|${far}|Residents warned that the illegal dumping would kill every fish in the river.`)).toEqual({ 'Dunmore Dairies': 'AGAINST' });
  });

  it('near miss: a weather warning and a boil-water appeal after the charges have no target', () => {
    expect(last(`${charges}|${far}|Forecasters warned that heavy rain would raise river levels across the county by Friday.`)['Dunmore Dairies']).toBeUndefined();
    expect(last(`${charges}|${far}|The county health officer urged residents to boil their tap water until further notice.`)['Dunmore Dairies']).toBeUndefined();
  });
});

describe('a plain report that names a party its speaker speaks against elsewhere is against it', () => {
  const accusation = draft('Carrow Tenants Union', 'group', 0, 'Tarn Homes of leaving damp flats unrepaired', 'ACCUSE', [['Tarn Homes', 'AGAINST']]);

  it('the union’s later report that names Tarn Homes is against it', () => {
    const report = draft('Carrow Tenants Union', 'group', 300, 'Tarn Homes had raised rents by 9 percent in April', 'SAY', [['Tarn Homes', 'NONE']]);
    expect(ownOpponentsNamed([accusation, report]).get(report)).toEqual(['Tarn Homes']);
  });

  it('near miss: another speaker’s report of the same is not', () => {
    const other = draft('Mira Dale', 'person', 300, 'Tarn Homes had raised rents by 9 percent in April', 'SAY', [['Tarn Homes', 'NONE']]);
    expect(ownOpponentsNamed([accusation, other]).has(other)).toBe(false);
  });

  it('near miss: a party the speaker never spoke against stays NONE', () => {
    const report = draft('Carrow Tenants Union', 'group', 300, 'Carrow Council had inspected six flats', 'SAY', [['Carrow Council', 'NONE']]);
    expect(ownOpponentsNamed([accusation, report]).has(report)).toBe(false);
  });

  it('near miss: a NONE a rule decided stands, and a report with a stance of its own keeps it', () => {
    const ruled = draft('Carrow Tenants Union', 'group', 300, 'Tarn Homes had raised rents', 'SAY');
    ruled.targets = [{ name: 'Tarn Homes', stance: 'NONE', evidence: [{ rule: 'stance:none:other-sentence' }] }];
    const polar = draft('Carrow Tenants Union', 'group', 300, 'Tarn Homes had raised rents', 'SAY', [['Tarn Homes', 'NONE'], ['Carrow Council', 'FAVOR']]);
    expect(ownOpponentsNamed([accusation, ruled]).has(ruled)).toBe(false);
    expect(ownOpponentsNamed([accusation, polar]).has(polar)).toBe(false);
  });

  it('through the pipeline: the union’s report after its charge', () => {
    const text = 'The Carrow Tenants Union accused Tarn Homes of leaving damp flats unrepaired for two winters.|The union said Tarn Homes had raised rents on the estate by 9 percent in April.';
    expect(last(text)).toEqual({ 'Tarn Homes': 'AGAINST' });
  });

  it('near miss through the pipeline: a councillor’s report of the same rise has no stance', () => {
    const text = 'The Carrow Tenants Union accused Tarn Homes of leaving damp flats unrepaired for two winters.|Councillor Ida Pell said Tarn Homes had raised rents on the estate by 9 percent in April.';
    expect(last(text)['Tarn Homes'] ?? 'NONE').toBe('NONE');
  });
});
