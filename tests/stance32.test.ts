// Stance rules of session 31, second round (brief stance32), on sentences written for them.
import { describe, expect, it } from 'vitest';
import { withContent } from './stance-helpers.js';

describe('mishandling, disregarding and acting without right are wrongdoing words (stance-words.json wrongdoing)', () => {
  it('a party said to have mishandled something is charged: AGAINST it', () => {
    const st = withContent('Tessa Orrin, a lawyer for the family, said the Greyfield Clinic had mishandled the tissue samples.', 'the Greyfield');
    expect(st.targets['Greyfield Clinic']).toBe('AGAINST');
  });
  it('a body said to have disregarded advice is charged: AGAINST it', () => {
    const st = withContent('The Harbour Users Group said the Port Authority disregarded the advice of its own engineers.', 'the Port Authority');
    expect(st.targets['Port Authority']).toBe('AGAINST');
  });
  it('must not fire: a plain report of handling, with no wrong told, leaves the party NONE', () => {
    const st = withContent('Tessa Orrin, a lawyer for the family, said the Greyfield Clinic had handled the tissue samples.', 'the Greyfield');
    expect(st.targets['Greyfield Clinic'] ?? 'NONE').toBe('NONE');
  });
  it('must not fire: a right the party holds is no charge', () => {
    const st = withContent('Tomas Greer said the Harwick Borough Council had every right to issue the permits.', 'the Harwick');
    expect(st.act).not.toBe('ACCUSE');
    expect(st.targets['Harwick Borough Council'] ?? 'NONE').toBe('NONE');
  });
});

describe('a denial of a claim whose author the content names as possessor is against that author (possessedRebuttal)', () => {
  it('"disagreed with the agency’s findings": AGAINST the agency (also read by earlier rules; a guard)', () => {
    const st = withContent('Corrick Haulage said it strongly disagreed with the Road Safety Agency’s findings and would appeal.', 'it strongly');
    expect(st.act).toBe('DENY');
    expect(st.targets['Road Safety Agency']).toBe('AGAINST');
  });
  it('"rejected the agency’s finding that …" (a singular claim, possessedRebuttals): AGAINST the agency', () => {
    const st = withContent('Corrick Haulage rejected the Road Safety Agency’s finding that its drivers had worked excessive hours.', 'the Road');
    expect(st.targets['Road Safety Agency']).toBe('AGAINST');
  });
  it('must not fire: a denial that names the party as the possessor of no claim leaves it NONE', () => {
    const st = withContent('Corrick Haulage said it had not received the Road Safety Agency’s letter and would reply next week.', 'it had not');
    expect(st.targets['Road Safety Agency'] ?? 'NONE').toBe('NONE');
  });
});
