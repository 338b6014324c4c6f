// Targets a statement does not name: the speaker answering a charge (GUIDE decisions 16, 22), the party a nameless
// charge is plainly about (decisions 34, 78), and the body a person speaks for when an "its" and a role stand beside
// the name. Sentences are invented; the expected targets were written from reading them, each with a near miss.
import { describe, expect, it } from 'vitest';
import { impliedParties, repliesToCharge } from '../src/stages/stance/judge-stance.js';
import { draft, last, statementsOf } from './stance-helpers.js';


describe('a neutral reply to a charge made just before is the speaker’s own defence', () => {
  const charge = 'Tenants accused Marlow Housing of ignoring damp complaints for two years.';

  it('the body answering the charge is a FAVOR target though the reply does not name it', () => {
    expect(last(`${charge}|Marlow Housing said the flats had been inspected in March and that repairs had been carried out within a week.`))
      .toEqual({ 'Marlow Housing': 'FAVOR' });
  });

  it('near miss: a step the body announces answers nothing', () => {
    expect(last(`${charge}|Marlow Housing said it would inspect every flat on the estate before the winter.`)['Marlow Housing']).toBeUndefined();
  });

  it('near miss: after praise there is no charge to answer', () => {
    expect(last('Tenants praised Marlow Housing for its quick repairs.|Marlow Housing said the flats had been inspected in March and that repairs had been carried out within a week.')['Marlow Housing'])
      .toBeUndefined();
  });

  it('the charge must be near: one more than a few paragraphs before is not what the reply answers', () => {
    const accused = draft('Tenants', 'group', 0, 'Marlow Housing of ignoring damp complaints', 'ACCUSE', [['Marlow Housing', 'AGAINST']]);
    const near = draft('Marlow Housing', 'organization', 300, 'the flats had been inspected in March', 'SAY');
    const far = draft('Marlow Housing', 'organization', 3000, 'the flats had been inspected in March', 'SAY');
    expect(repliesToCharge([accused, near]).has(near)).toBe(true);
    expect(repliesToCharge([accused, far]).has(far)).toBe(false);
  });

  it('near miss: a reply that already judges a party keeps its own targets', () => {
    const accused = draft('Tenants', 'group', 0, 'Marlow Housing of ignoring damp complaints', 'ACCUSE', [['Marlow Housing', 'AGAINST']]);
    const blames = draft('Marlow Housing', 'organization', 200, 'the builder had used the wrong plaster', 'SAY', [['Tellford Build', 'AGAINST']]);
    expect(repliesToCharge([accused, blames]).size).toBe(0);
  });
});

describe('a charge that names no party is against the party the article speaks against', () => {
  const charges = 'Regulators accused Pellbrook Water of polluting the Arden river.|Anglers said Pellbrook Water had ignored warnings about the outflow for years.';
  const resident = '“Nobody told us how bad it had become. We found out when the fish started dying,” said Mara Quint, who fishes the river every week.';

  it('a resident’s grievance after two charges against the company is against the company', () => {
    expect(last(`${charges}|${resident}`)).toEqual({ 'Pellbrook Water': 'AGAINST' });
  });

  it('near miss: a party spoken against only once is not yet plainly the one meant', () => {
    expect(last(`Regulators accused Pellbrook Water of polluting the Arden river.|${resident}`)['Pellbrook Water']).toBeUndefined();
  });

  it('the party need not be named near the statement: two charges make the article about it throughout (brief stance24)', () => {
    const filler = [
      'The river runs for forty miles before it meets the sea at Harrow Point, and its banks are popular with walkers and with families who come for the day from the towns inland, many of them on the weekend trains that stop at the small halt by the old mill near the bridge.',
      'The fishing season opens in April and runs until October, and the local club has about 300 members who pay an annual fee for the right to fish the stretch below the weir, which is stocked with brown trout every spring by volunteers.',
      'Anglers travel from as far away as the coast to fish the upper stretches, where the water runs clear over gravel beds and the banks are lined with old willows that were planted more than a century ago by the estate.',
    ].join('|');
    // (stance23 asked for the party's name within 600 characters before; on the half of dev nobody read, dropping that
    // condition fixed more gold pairs than it broke)
    expect(last(`${charges}|${filler}|${resident}`)['Pellbrook Water']).toBe('AGAINST');
  });

  it('near miss: the party’s own people are not against it, nor is a demand that names the party read so', () => {
    const a = draft('Regulators', 'group', 0, 'Pellbrook Water of polluting the river', 'ACCUSE', [['Pellbrook Water', 'AGAINST']]);
    const b = draft('Anglers', 'group', 60, 'Pellbrook Water had ignored warnings', 'ACCUSE', [['Pellbrook Water', 'AGAINST']]);
    const own = draft('Ana Kerr', 'person', 180, 'nobody told us how bad it had become', 'CRITICIZE');
    const resident = draft('Mara Quint', 'person', 180, 'nobody told us how bad it had become', 'CRITICIZE');
    // (a demand that names the party keeps the stance its words give it, GUIDE decision 44; brief stance24)
    const demand = draft('Mara Quint', 'person', 180, 'Pellbrook Water must reopen the footpath', 'DEMAND', [['Pellbrook Water', 'NONE']]);
    const sideOf = (s: { name: string }) => [s.name, s.name === 'Ana Kerr' ? 'Pellbrook Water' : undefined];
    expect(impliedParties('', [a, b, resident], sideOf).get(resident)).toBe('Pellbrook Water');
    expect(impliedParties('', [a, b, own], sideOf).has(own)).toBe(false);
    expect(impliedParties('', [a, b, demand], sideOf).has(demand)).toBe(false);
  });

  it('of two parties spoken against equally often, the first one spoken against is the one the article is about', () => {
    const a = draft('Regulators', 'group', 0, 'Pellbrook Water of polluting', 'ACCUSE', [['Pellbrook Water', 'AGAINST']]);
    const b = draft('Anglers', 'group', 40, 'Tarn Council of doing nothing', 'ACCUSE', [['Tarn Council', 'AGAINST']]);
    const c = draft('Anglers', 'group', 80, 'Tarn Council had been told', 'ACCUSE', [['Tarn Council', 'AGAINST']]);
    const d = draft('Regulators', 'group', 120, 'Pellbrook Water had hidden data', 'ACCUSE', [['Pellbrook Water', 'AGAINST']]);
    const later = draft('Mara Quint', 'person', 200, 'nobody told us', 'CRITICIZE');
    expect(impliedParties('', [a, b, c, d, later]).get(later)).toBe('Pellbrook Water');
  });
});

describe('the body of a person named with "its" and a role beside the name', () => {
  const apology = 'In a statement, its managing director, Owen Hale, said: “We have made mistakes on this site, and we apologise to our neighbours.”';

  it('an admission by "its managing director" inside the sentence is the body the sentence before names', () => {
    expect(last(`Corrow Waste Services runs the landfill at Tasker Moss under a permit renewed in 2021.|${apology}`))
      .toEqual({ 'Corrow Waste Services': 'AGAINST' });
  });

  it('near miss: when the sentence before names no body, the admission stays the person’s', () => {
    expect(last(`The landfill at Tasker Moss opened in 1998.|${apology}`)).toEqual({ 'Owen Hale': 'AGAINST' });
  });

  it('"said Ana Kerr, its chief executive" after the body’s own statement: the body admits', () => {
    const got = statementsOf('Pellbrook Water said it had found a fault at its Tallow Bridge works.|“We have let our customers down, and we are deeply sorry,” said Ana Kerr, its chief executive.');
    expect(got[got.length - 1]!.targets).toEqual({ 'Pellbrook Water': 'AGAINST' });
  });

  it('near miss: "its" after the name with no body in the sentence before leaves the person', () => {
    expect(last('The river rose by two metres overnight.|“We have let our customers down, and we are deeply sorry,” said Ana Kerr, its chief executive.'))
      .toEqual({ 'Ana Kerr': 'AGAINST' });
  });
});
