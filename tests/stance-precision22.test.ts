// Spurious FAVOR/AGAINST targets (issue 6, precision first; brief stance22). Sentences are our own.
import { describe, expect, it } from 'vitest';
import { statementsOf } from './stance-helpers.js';

const first = (text: string) => {
  const all = statementsOf(text);
  expect(all.length).toBeGreaterThan(0);
  return all[0]!;
};

describe('a party named inside the charge after "accused X of" is not charged (GUIDE section 6)', () => {
  it('"accused Brantwell Foods of hiding test results from the Food Standards Agency": the agency is not charged', () => {
    const st = first('The Orrin Valley Anglers accused Brantwell Foods of hiding test results from the Food Standards Agency for a decade.');
    expect(st.targets['Brantwell Foods']).toBe('AGAINST');
    expect(st.targets['Food Standards Agency'] ?? 'NONE').toBe('NONE');
  });
  it('"blamed Corlan Homes for flooding that damaged the Westmere Library": the library harmed is not charged', () => {
    const st = first('Residents blamed Corlan Homes for flooding that damaged the Westmere Library last winter.');
    expect(st.targets['Corlan Homes']).toBe('AGAINST');
    expect(st.targets['Westmere Library'] ?? 'NONE').toBe('NONE');
  });
  it('"charged Delmont Haulage with misleading the Transport Standards Office": the office misled is not charged', () => {
    const st = first('Prosecutors charged Delmont Haulage with misleading the Transport Standards Office about its drivers’ hours.');
    expect(st.targets['Delmont Haulage']).toBe('AGAINST');
    expect(st.targets['Transport Standards Office'] ?? 'NONE').toBe('NONE');
  });
  it('must not fire: a party that does something inside the charge ("a deal that Harcourt Bank signed") stays AGAINST', () => {
    const st = first('The Tenants Alliance accused the mayor of hypocrisy over a deal that Harcourt Bank signed without any public tender.');
    expect(st.targets['Harcourt Bank']).toBe('AGAINST');
  });
  it('must not fire: two parties charged together before the "of" are both AGAINST', () => {
    const st = first('The Tenants Alliance accused Corlan Homes and Westgate Lettings of overcharging hundreds of families.');
    expect(st.targets['Corlan Homes']).toBe('AGAINST');
    expect(st.targets['Westgate Lettings']).toBe('AGAINST');
  });
  it('must not fire: a party named again in a clause after the charge (", saying Quarry Partners had …") stays AGAINST', () => {
    const st = first('The union accused the site’s owner of asset stripping, saying Quarry Partners had sold the land to a company it controls.');
    expect(st.targets['Quarry Partners']).toBe('AGAINST');
  });
});

describe('a person who speaks for a body defends or concedes the body\'s conduct, not their own (LABELS.md, GUIDE section 3)', () => {
  it('"Lena Voss, the medical director of Harrowgate Clinic, denied that she had delayed …": the clinic FAVOR, not the person', () => {
    const st = first('Lena Voss, the medical director of Harrowgate Clinic, denied that she had delayed any test results.');
    expect(st.targets['Harrowgate Clinic']).toBe('FAVOR');
    expect(st.targets['Lena Voss'] ?? 'NONE').toBe('NONE');
  });
  it('"Peter Hale, the chief executive of Marlow Rail, said he was sorry …": the company AGAINST, not the person', () => {
    const st = first('Peter Hale, the chief executive of Marlow Rail, said he was sorry that passengers had been stranded for six hours.');
    expect(st.targets['Marlow Rail']).toBe('AGAINST');
    expect(st.targets['Peter Hale'] ?? 'NONE').toBe('NONE');
  });
  it('must not fire: a person with no body who denies a charge stays a FAVOR target', () => {
    const st = first('Councillor Mark Dunne denied that he had taken any payment from the developer.');
    expect(st.targets['Mark Dunne']).toBe('FAVOR');
  });
  it('must not fire: the person accused before by another speaker keeps their own defence', () => {
    const all = statementsOf('Tenants accused Tom Reyes, the managing director of Pellham Homes, of ignoring their complaints.|Reyes denied that he had ignored anyone, saying he had answered every letter.');
    const reply = all.find((s) => s.speaker === 'Tom Reyes');
    expect(reply?.targets['Tom Reyes']).toBe('FAVOR');
  });
});

describe('an advocate who denies for "her client" speaks for the client, not in their own defence (GUIDE section 6)', () => {
  it('"His lawyer, Nadia Brooks, said her client “strongly denies” the charges": the lawyer is no target', () => {
    const all = statementsOf('Owen Tate was charged with fraud in March.|His lawyer, Nadia Brooks, said her client “strongly denies” the charges and would plead not guilty.');
    const reply = all.find((s) => s.speaker === 'Nadia Brooks');
    expect(reply).toBeDefined();
    expect(reply!.targets['Owen Tate']).toBe('FAVOR');
    expect(reply!.targets['Nadia Brooks'] ?? 'NONE').toBe('NONE');
  });
  it('must not fire: a lawyer who also speaks of her own conduct ("I have never misled this court") keeps her own defence', () => {
    const all = statementsOf('Owen Tate was charged with fraud in March.|“I have never misled this court, and my client strongly denies the charges,” said Nadia Brooks, his lawyer.');
    expect(all.find((s) => s.speaker === 'Nadia Brooks')?.targets['Nadia Brooks']).toBe('FAVOR');
  });
  it('must not fire: a body that is no advocate, denying about "their clients", keeps its own defence', () => {
    const all = statementsOf('Regulators accused Marlow Bank of mis-selling loans.|Marlow Bank denied that its staff had misled their clients about the loans.');
    expect(all.find((s) => s.speaker === 'Marlow Bank')?.targets['Marlow Bank']).toBe('FAVOR');
  });
});
