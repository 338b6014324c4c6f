// Acts and stance a new user found wrong on articles of a water company and a hospital trust (brief stance28b). The
// sentences are our own, with made-up names.
import { describe, expect, it } from 'vitest';
import { statementsOf, withContent } from './stance-helpers.js';

describe('a wrongdoing or harm negated in its clause is no charge (LABELS.md DENY: content that denies)', () => {
  it('"has not been penalised for safety violations before", according to a regulator: no AGAINST', () => {
    const st = withContent('Denholm Freight has not been penalised for safety violations before, according to the port authority.', 'Denholm Freight has');
    expect(st.act).toBe('SAY');
    expect(st.targets['Denholm Freight'] ?? 'NONE').not.toBe('AGAINST');
  });
  it('"was never charged with a crime": no ACCUSE, no AGAINST', () => {
    const st = withContent('The inspectors said Pellow Haulage was never charged with a crime in its forty years of trading.', 'Pellow Haulage');
    expect(st.act).not.toBe('ACCUSE');
    expect(st.targets['Pellow Haulage'] ?? 'NONE').not.toBe('AGAINST');
  });
  it('"has never been found guilty of fraud", said in answer to a charge: DENY, the firm FAVOR', () => {
    const st = withContent('Tenants accused Ravel Homes of fraud over its service charges. Ravel Homes has never been found guilty of fraud, its lawyers said.', 'Ravel Homes has never');
    expect(st.act).toBe('DENY');
    expect(st.targets['Ravel Homes']).toBe('FAVOR');
  });
  it('"claimed that no patient had been put in danger" after a charge: DENY (GUIDE decision 22), the board FAVOR, its critic not AGAINST', () => {
    const st = withContent('The Ward Nurses Union accused the Felham Hospital Board of cutting night staff. The board claimed that no patient had been put in danger.', 'no patient');
    expect(st.act).toBe('DENY');
    expect(st.targets['Felham Hospital Board']).toBe('FAVOR');
    expect(st.targets['Ward Nurses Union'] ?? 'NONE').not.toBe('AGAINST');
  });
  it('"no school had been left unsafe" after a charge: DENY, not CRITICIZE', () => {
    const st = withContent('Parents accused Tarnby Council of closing libraries. The council said no school had been left unsafe by the cuts.', 'no school');
    expect(st.act).toBe('DENY');
    expect(st.targets['Tarnby Council']).toBe('FAVOR');
  });
  it('must not change: "had not been fined for its breaches" still tells the breaches', () => {
    const st = withContent('The auditor said Ravel Homes had not been fined for its breaches.', 'Ravel Homes');
    expect(st.targets['Ravel Homes']).toBe('AGAINST');
  });
  it('must not change: "the ward had been left unsafe" still criticises', () => {
    const st = withContent('The union said the Felham Hospital Board had left the ward unsafe for weeks.', 'the Felham');
    expect(st.act).toBe('CRITICIZE');
    expect(st.targets['Felham Hospital Board']).toBe('AGAINST');
  });
  it('must not change: a firm that committed fraud is still accused', () => {
    const st = withContent('The regulator said Ravel Homes had committed fraud against its tenants.', 'Ravel Homes');
    expect(st.act).toBe('ACCUSE');
    expect(st.targets['Ravel Homes']).toBe('AGAINST');
  });
});

describe('a quote\'s "they knew … and said nothing" charges the party the text makes its antecedent', () => {
  it('"knew for months and said nothing" in a split quote: ACCUSE, the water firm AGAINST', () => {
    // (the accuser a campaign group, the one body the sentence before names as an organisation: the pronoun's antecedent;
    // with two organisations there, resolve-speakers' clausePronounParty gives no target, as it should)
    const all = statementsOf('The Brook Lane Coalition accused Orlin Water of hiding test results from residents.|"They knew for months and said nothing," said Ada Brenn, the coalition\'s chair. "Mothers were giving it to their newborns."');
    const st = all.find((s) => s.content.startsWith('They knew'));
    expect(st?.act).toBe('ACCUSE');
    expect(st?.targets['Orlin Water']).toBe('AGAINST');
  });
  it('"knew about the leak and stayed silent": ACCUSE', () => {
    const all = statementsOf('Residents accused Harrow Gas of hiding a leak.|"They knew about the leak and stayed silent," said Tom Vale, a resident.');
    expect(all.find((s) => s.content.startsWith('They knew'))?.act).toBe('ACCUSE');
  });
  it('"had known of the fault and told nobody": ACCUSE', () => {
    const all = statementsOf('Drivers accused Kessel Motors of selling faulty brakes.|"They had known of the fault for a year and told nobody," said Rui Lanz, a driver.');
    expect(all.find((s) => s.content.startsWith('They had known'))?.act).toBe('ACCUSE');
  });
  it('must not change: "knew about it and sent inspectors the next day" acted on what it knew', () => {
    const all = statementsOf('Residents accused Harrow Gas of hiding a leak.|"They knew about the leak and sent engineers the next morning," said Tom Vale, a resident.');
    expect(all.find((s) => s.content.startsWith('They knew'))?.act).not.toBe('ACCUSE');
  });
});

describe('a demand that a party pay for something is against it (GUIDE decision 44: "pay")', () => {
  it('"urged X to pay for new boilers": X AGAINST', () => {
    const st = withContent('The mayor urged Orlin Energy to pay for new boilers in every flat.', 'Orlin Energy');
    expect(st.act).toBe('DEMAND');
    expect(st.targets['Orlin Energy']).toBe('AGAINST');
  });
  it('"called on X to pay for replacement buses": X AGAINST', () => {
    const st = withContent('The minister called on Taybridge Rail to pay for replacement buses during the strike.', 'Taybridge Rail');
    expect(st.targets['Taybridge Rail']).toBe('AGAINST');
  });
  it('"demanded that X foot the bill for the clean-up": X AGAINST', () => {
    const st = withContent('Fishermen demanded that Vorna Chemicals foot the bill for the clean-up of the estuary.', 'Vorna Chemicals');
    expect(st.targets['Vorna Chemicals']).toBe('AGAINST');
  });
  it('must not change: a request that a party review a decision leaves it NONE (decision 44)', () => {
    const st = withContent('The mayor urged Taybridge Rail to review its timetable.', 'Taybridge Rail');
    expect(st.targets['Taybridge Rail'] ?? 'NONE').toBe('NONE');
  });
  it('must not change: public money asked of a ministry is a favour, not a punitive demand (judge-stance "pay for" test)', () => {
    const st = withContent('The nurses\' union urged the Ministry of Health to pay for two hundred extra nurses.', 'the Ministry');
    expect(st.targets['Ministry of Health'] ?? 'NONE').toBe('NONE');
  });
  it('must not change: "somebody has to pay for the steel" asks no named party to pay', () => {
    const st = withContent('"We will not walk away from the bridge. But somebody has to pay for the steel," said Ana Ruiz of Kessel Build.', 'We will not');
    expect(st.targets['Kessel Build'] ?? 'NONE').not.toBe('AGAINST');
  });
  it('must not change: a firm saying it will pay for repairs is no demand against it', () => {
    const st = withContent('Orlin Energy said it would pay for the repairs.', 'it would pay');
    expect(st.act).not.toBe('DEMAND');
    expect(st.targets['Orlin Energy'] ?? 'NONE').not.toBe('AGAINST');
  });
});

describe('criticism beside a warning, and a party that "left us no choice" (GUIDE decision 57)', () => {
  it('"Pupils are being put at risk. This is not a budget gap. It is a choice.": CRITICIZE', () => {
    const st = withContent('"Pupils are being put at risk every day," said Lia Moor of the Tarnby Teachers Union. "This is not a budget gap. It is a choice."', 'Pupils');
    expect(st.act).toBe('CRITICIZE');
  });
  it('"It was not bad weather but a business decision": CRITICIZE', () => {
    const st = withContent('"Hundreds of passengers were stranded. It was not bad weather but a business decision," said Ana Ruiz, a passenger.', 'Hundreds');
    expect(st.act).toBe('CRITICIZE');
  });
  it('"But the council has left us no option": CRITICIZE, the council AGAINST', () => {
    const st = withContent('Tarnby Council cut the bus routes in May.|"Nobody wants a strike. But Tarnby Council has left us no option," said Lia Moor, a driver.', 'Nobody wants');
    expect(st.act).toBe('CRITICIZE');
    expect(st.targets['Tarnby Council']).toBe('AGAINST');
  });
  it('"the board gave our members no alternative": CRITICIZE', () => {
    const st = withContent('"The Felham Hospital Board gave our members no alternative," said Ivo Lind, a union organiser.', 'The Felham');
    expect(st.act).toBe('CRITICIZE');
  });
  it('must not change: the speaker\'s own "we have no choice" blames no one', () => {
    const st = withContent('"We have no choice but to raise fares," said Ivo Lind, the operator\'s director.', 'We have no choice');
    expect(st.act).not.toBe('CRITICIZE');
  });
  it('must not change: "This is not a cut. It is an investment." is no complaint', () => {
    const st = withContent('"This is not a cut. It is an investment in our schools," said Ana Ruiz, the mayor.', 'This is not');
    expect(st.act).not.toBe('CRITICIZE');
  });
  it('must not change: a warning alone stays WARN', () => {
    const st = withContent('"Patients will be put at risk if the ward closes," said Ivo Lind, a surgeon.', 'Patients');
    expect(st.act).toBe('WARN');
  });
});
