// Speakers, names and kinds, nineteenth pass: faults a new user's trial found on articles of a kind the corpus lacks
// (finance, a summit, a sports body). The sentences are written for this file.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-helpers.js';
import { analyzeArticle, analyzeWithDoc } from '../src/analyze.js';

describe('a body named in full after "in" and later by its first word is one speaker', () => {
  it.each([
    ['"shares in" the full name', 'Shares in Marlowe Holdings, the shipping group, fell sharply on Monday. Marlowe rejected the claims in a statement.', 'the claims', 'Marlowe Holdings'],
    ['"a stake in" the full name, a real place elsewhere', 'A stake in Corvel Energy was sold last year to a fund in Tallin. Corvel said the sale had been approved.', 'the sale had been approved', 'Corvel Energy'],
    ['and a possessive after "in"', 'Shares in Dravo Logistics fell. A clerk who worked in Dravo’s payroll office for years resigned. Dravo said the clerk had been paid in full.', 'the clerk had been paid in full', 'Dravo Logistics'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'organization' });
  });
  it.each([
    ['a body named after the place people live in', 'Residents in Harwick said the water smelled of bleach. Harwick Water said the supply was safe.', 'the supply was safe', 'Harwick Water'],
    ['"shares in" with a description after', 'Shares in Pelham Group fell on Tuesday. The company said sales had been weak.', 'sales had been weak', 'Pelham Group'],
  ])('must not change: %s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'organization' });
  });
});

describe('a capitalised noun of the kind of body before its name is no word of the name', () => {
  it.each([
    ['a short-seller', 'Short-seller Greyfen Research said the accounts were false.', 'the accounts were false', 'Greyfen Research'],
    ['a carmaker', 'Carmaker Dunmore Motors said sales fell in March.', 'sales fell in March', 'Dunmore Motors'],
    ['a retailer of one word', 'Retailer Pellow said profits rose.', 'profits rose', 'Pellow'],
    ['then "which", then its first word alone', 'Short-seller Halden Analytics, which holds a bet against the shares, said the figures were inflated. In its report, Halden accused the firm of fraud.', 'the firm of fraud', 'Halden Analytics'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'organization', role: null });
  });
  it('the relative pronoun after it', () => {
    expect(speakerOf('Short-seller Halden Analytics, which disclosed a bet against the shares in May, said the figures were inflated.', 'a bet against the shares')).toMatchObject({ name: 'Halden Analytics', kind: 'organization' });
  });
  it('a person’s name after it stays the person’s, without the noun', () => {
    expect(speakerOf('Developer Tom Reed said the homes would be finished in May.', 'the homes would be finished')).toMatchObject({ name: 'Tom Reed', kind: 'person' });
  });
  it.each([
    ['a description', 'The retailer said profits rose.', 'profits rose', 'retailer', 'organization'],
    ['a person after a role noun', 'Rival bidder Karen Moss said the offer was too low.', 'the offer was too low', 'Karen Moss', 'person'],
  ])('must not change: %s', (_rule, body, content, name, kind) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind });
  });
});

describe('a possessor’s lawyer', () => {
  it('a body named in the plural possessive keeps no apostrophe', () => {
    expect(speakerOf('Kestrel Holdings said the contract was valid. Kestrel Holdings’ lawyer said the deal stood.', 'the deal stood')).toMatchObject({ name: 'Kestrel Holdings', kind: 'organization', role: 'lawyer' });
  });
  it('the surname of a person named in full is the person’s, however the full name was read', () => {
    expect(speakerOf('Odile Marsh was charged in March. Marsh’s lawyer said she would plead not guilty.', 'she would plead not guilty')).toMatchObject({ name: 'Marsh’s lawyer', kind: 'anonymous', role: 'lawyer' });
  });
  it('a person named in full who says "she" of herself is a person, not a place', () => {
    expect(speakerOf('Odile Marsh said she was innocent.', 'she was innocent')).toMatchObject({ name: 'Odile Marsh', kind: 'person' });
  });
  it.each([
    ['a company’s lawyer', 'Dunmore Marine said the contract was valid. Dunmore’s lawyer said the deal stood.', 'the deal stood', 'Dunmore Marine', 'organization'],
    ['a person’s lawyer, the person a known name', 'Tomas Brandt was arrested. Brandt’s lawyer said he was innocent.', 'he was innocent', 'Brandt’s lawyer', 'anonymous'],
  ])('must not change: %s', (_rule, body, content, name, kind) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind, role: 'lawyer' });
  });
  it.each([
    ['a country that "it" stands for', 'Valdria said it would not sign the treaty.', 'it would not sign the treaty', 'Valdria'],
  ])('must not change: %s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'organization' });
  });
});

describe('"chief", a field, then the role noun is one title (GUIDE decisions 28, 40)', () => {
  it.each([
    ['with a relative clause after the name', 'The group’s former chief financial officer, Aurel Menz, who left in January, denied any wrongdoing.', 'any wrongdoing', 'chief financial officer'],
  ])('%s', (_rule, body, content, role) => {
    expect(speakerOf(body, content)).toMatchObject({ kind: 'person', role });
  });
  it.each([
    ['a chief medical officer', 'The chief medical officer, Ida Berg, who joined in January, said the wards were safe.', 'the wards were safe', 'chief medical officer'],
    ['an officer named by the office’s function', 'Aurel Menz, a compliance officer at the bank, said the rules were followed.', 'the rules were followed', 'compliance officer'],
    ['a chief of a service', 'Aurel Menz, the chief of police, said the rules were followed.', 'the rules were followed', 'chief of police'],
  ])('must not change: %s', (_rule, body, content, role) => {
    expect(speakerOf(body, content)).toMatchObject({ kind: 'person', role });
  });
});

describe('unnamed officials at a named body are anonymous sources (GUIDE decision 31)', () => {
  it.each([
    ['an official at a named body', 'An official at the Northern Sailing Federation said the regatta would go ahead.', 'the regatta would go ahead', 'official at the Northern Sailing Federation', 'Northern Sailing Federation'],
    ['two officials at a named body', 'Two officials at Harlow Council said the road would reopen.', 'the road would reopen', 'two officials at Harlow Council', 'Harlow Council'],
  ])('%s', (_rule, body, content, name, affiliation) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'anonymous', role: 'official', affiliation });
  });
  it('a participle before the body’s head noun is part of the description', () => {
    expect(speakerOf('An official at the world governing body, who spoke on condition of anonymity, said the bid had been damaged.', 'the bid had been damaged')).toMatchObject({ name: 'official at the world governing body', kind: 'anonymous', role: 'official' });
  });
  it.each([
    ['a spokesperson speaks for the named body', 'A spokesman for Harlow Council said the road would reopen.', 'the road would reopen', 'Harlow Council', 'organization', 'spokesperson'],
    ['an official at a described body', 'An official at the agency said the permit was valid.', 'the permit was valid', 'official at the agency', 'anonymous', 'official'],
  ])('must not change: %s', (_rule, body, content, name, kind, role) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind, role });
  });
});

describe('a spokesperson for a body named by the office it serves speaks for it, as written', () => {
  it('the summit presidency', () => {
    expect(speakerOf('A spokesman for the summit presidency said a revised draft would be circulated.', 'a revised draft would be circulated')).toMatchObject({ name: 'summit presidency', kind: 'organization', role: 'spokesperson' });
  });
  it.each([
    ['a ministry as written', 'A spokeswoman for the culture ministry said the fee would rise.', 'the fee would rise', 'culture ministry', 'organization'],
    ['a spokesperson for a person', 'A spokesman for the president said the visit was off.', 'the visit was off', 'spokesman for the president', 'anonymous'],
  ])('must not change: %s', (_rule, body, content, name, kind) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind });
  });
});

describe('a campaign named by a verb and its object is one group', () => {
  it.each([
    ['opening with "Keep"', 'Keep Harnley Local said the vote was rigged.', 'the vote was rigged', 'Keep Harnley Local'],
    ['with a possessive pronoun inside, after "Members of"', 'Members of Protect Our Parks said the plan would destroy the meadow.', 'the plan would destroy', 'Protect Our Parks'],
    ['after "Members of", a surname-like last word', 'Members of Save Orwell Green said the plan would destroy the meadow.', 'the plan would destroy', 'Save Orwell Green'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'group', role: null });
  });
  it.each([
    ['members of a named association', 'Members of the Harbour Traders Association said the fees were too high.', 'the fees were too high', 'Harbour Traders Association', 'organization'],
    ['a lower-case verb before a place', 'Residents want to keep Harnley Green as it is, Anna Holt said.', 'Residents want', 'Anna Holt', 'person'],
  ])('must not change: %s', (_rule, body, content, name, kind) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind });
  });
});

describe('one of a counted group is named by its description in the singular (GUIDE decision 47)', () => {
  it.each([
    ['a plain plural', 'Two producers who worked on the film said the screening was cancelled. One said the chairman had asked to see a cut.', 'the chairman had asked', 'producer'],
    ['a plural with "of"', 'Two members of the orchestra said the cuts were unfair. One said the board had lied.', 'the board had lied', 'member of the orchestra'],
    ['a plural with "at"', 'Several nurses at the ward said staffing was unsafe. One said she had worked twelve hours without a break.', 'she had worked twelve hours', 'nurse at the ward'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'anonymous' });
  });
  it.each([
    ['the group itself speaking again', 'Two members of the orchestra said the cuts were unfair. They said the board had lied.', 'the board had lied', 'two members of the orchestra'],
    ['"one" after two named people', 'Dana Holt and Ian Reed run the shop. One said the rent had doubled.', 'the rent had doubled', 'one'],
  ])('must not change: %s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name });
  });
});

describe('a description points back to a body whose name ends in another word for its head', () => {
  it.each([
    ['"the union" to an association', 'The Ridgeway Teachers Association called a strike ballot. The union said pay had fallen for a decade.', 'pay had fallen for a decade', 'Ridgeway Teachers Association'],
    ['"the hospital" to a medical center', 'Patients were moved from St Olave Medical Center on Friday. The hospital said power had been restored.', 'power had been restored', 'St Olave Medical Center'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name });
  });
  it.each([
    ['"the charity" to a trust, as before', 'The Tarnwick Pier Trust owns the structure. The charity said the pier would stay closed until May.', 'the pier would stay closed', 'Tarnwick Pier Trust'],
    ['a union named as one beside an association', 'The Harbin Football Association fined the club. The Players Union appealed against the fine. The union said the fine was unfair.', 'the fine was unfair', 'Players Union'],
    ['a hospital named as one beside a medical center', 'Patients were moved from St Olave Medical Center to Ashby Hospital on Friday. The hospital said power had been restored.', 'power had been restored', 'Ashby Hospital'],
  ])('must not change: %s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name });
  });
});

describe('the group stays the antecedent after one of it spoke', () => {
  it('"Both" after "One said" is the group', () => {
    expect(speakerOf('Two producers on the film said the screening was cancelled. One said the chairman wanted a cut. Both said the cut was never made.', 'the cut was never made')).toMatchObject({ name: 'two producers on the film', kind: 'anonymous' });
  });
});

// (review 19: a person whose given name no list knows became a body after such a noun; "Rival" is a person's word;
// session 19c)
describe('after a noun of the kind of body, a first and last name stays a person’s', () => {
  it.each([
    ['a given name no list knows', 'Developer Kwabena Osei said the homes would be ready in June.', 'the homes would be ready', 'Kwabena Osei'],
    ['a short given name', 'Operator Xu Lin said the line would reopen in May.', 'the line would reopen', 'Xu Lin'],
    ['then "who"', 'Retailer Ebo Mensah, who opened his first shop in 2009, said sales had doubled.', 'sales had doubled', 'Ebo Mensah'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'person' });
  });
  it.each([
    ['a body’s head word last', 'Insurer Halden Mutual Insurance said claims had risen.', 'claims had risen', 'Halden Mutual Insurance'],
    ['a company’s word last, no head', 'Short-seller Corrow Research said the figures were inflated.', 'the figures were inflated', 'Corrow Research'],
  ])('must not change: %s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'organization' });
  });
  it('"Rival" before a surname is a person’s word, not a body’s', () => {
    expect(speakerOf('Rival Okonjo said the plan would fail.', 'the plan would fail')).toMatchObject({ kind: 'person' });
  });
  it.each([
    ['a person', 'Rival Dana Holt said the plan would fail.', 'the plan would fail', 'Dana Holt', 'person'],
    ['a person’s campaign', 'Rival Dana Holt’s campaign said the plan would fail.', 'the plan would fail', 'Dana Holt’s campaign', 'group'],
  ])('"Rival" before %s is no word of the name', (_rule, body, content, name, kind) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind });
  });
  it('"Rival" before a plural description is no body', () => {
    expect(speakerOf('Rival Liberal candidates said the count was flawed.', 'the count was flawed').kind).not.toBe('organization');
  });
});

// (review 19: "the company" went to a fund named in a list because the company's name, written also by its first word,
// was kept from descriptions; session 19c)
describe('"the company" may point back to a body known by a short name beside its full name', () => {
  it.each([
    ['a stake in it after the fund', 'A report this month examined the spill record of Corlane Drilling. Reporters worked with foundations including the Amberley Family Fund, and a bank with a stake in Corlane Drilling. Last week, the company wrote that the report was unfair.', 'the report was unfair'],
    ['its possessive in a quote before the fund', 'Two reports examined “the gap between Corlane Drilling’s promises and its plans.” Reporters worked with foundations including the Amberley Family Fund. Pension funds in Corlane Drilling sold shares. Last week, the company wrote that the reports were unfair.', 'the reports were unfair'],
  ])('the company, not a fund named in a list: %s', (_rule, body, content) => {
    expect(speakerOf(body, content, { headline: 'Corlane under fire' })).toMatchObject({ name: 'Corlane Drilling', kind: 'organization' });
  });
  it('must not change: a union is no company known by a short name', () => {
    const body = 'A report examined the spill record of Corlane Drilling. Investors in Corlane Drilling sold shares. The Offshore Workers Union backed the report. The union said the report was fair.';
    expect(speakerOf(body, 'the report was fair', { headline: 'Corlane under fire' }).name).toMatch(/Union$/u);
  });
  it('must not change: a firm with a head word named after it', () => {
    const body = 'A report examined the spill record of Corlane Drilling. Investors in Corlane Drilling sold shares. The report was paid for by Harwick Holdings. The company said the report was fair.';
    expect(speakerOf(body, 'the report was fair', { headline: 'Corlane under fire' })).toMatchObject({ name: 'Harwick Holdings' });
  });
});

describe('a First Last name after a role noun stays a person, and its given name alone is that person', () => {
  // (6c1e5fb skipped "manager", the last word of the body descriptor "asset manager", before any name, so "manager Piet
  // Ostrander" made a body of him; the skip now needs the whole descriptor written before the name)
  const mentionsOf = (body: string): Array<{ text: string; kind: string; name: string }> => {
    const text = `Talks go on\n${body.replace(/\|/gu, '\n')}\n`;
    const { doc } = analyzeWithDoc({ id: 'a', source: 'test', title: 'Talks go on', text });
    return (doc.layers.mentions ?? []).map((m) => ({ text: m.text, kind: m.kind, name: m.name }));
  };
  it.each([
    ['a coach', 'Carrow Athletic dismissed coach Jory Penhallow on Sunday after a run of losses.|"Jory built this team from nothing and we owe him a great deal," the club said on its website.', 'Jory Penhallow', 'Jory', 'Carrow Athletic'],
    ['a director', 'The ministry suspended director Anzel Varrick on Tuesday pending an inquiry.|"Anzel has served this department well and we wish him a fair hearing," the ministry said.', 'Anzel Varrick', 'Anzel', undefined],
  ])('%s', (_rule, body, full, given, club) => {
    const ms = mentionsOf(body);
    expect(ms.find((m) => m.text === full)).toMatchObject({ kind: 'person' });
    expect(ms.find((m) => m.text === given)).toMatchObject({ kind: 'person' });
    // (no description is read as the given name's: "this team", "the club" are the club, if anyone)
    for (const m of ms.filter((x) => /^(?:the|this) /u.test(x.text))) expect(m.name).not.toBe(given);
    if (club) for (const m of ms.filter((x) => /^(?:the|this) /u.test(x.text))) expect(m.name).toBe(club);
    const targets = analyzeArticle(`Talks go on\n${body.replace(/\|/gu, '\n')}\n`).statements.flatMap((s) => s.targets.map((t) => t.name));
    expect(targets).toContain(full);
    expect(targets).not.toContain(given);
  });
  it('must not change: the whole descriptor "asset manager" before a name still makes it a body, and its first word alone that body', () => {
    expect(speakerOf('Asset manager Greyfen Lomax said the fees were fair.|Greyfen rejected the claims in a statement.'.replace(/\|/gu, '\n'), 'the claims')).toMatchObject({ name: 'Greyfen Lomax', kind: 'organization' });
  });
  it('must not change: the first word alone of a name never written as a person\'s is no person', () => {
    const ms = mentionsOf('Shoppers praised Tarrow Lane, the new market, on Saturday.|"Tarrow has been busy since we opened," the market said.');
    expect(ms.find((m) => m.text === 'Tarrow')).toMatchObject({ kind: 'organization' });
  });
});
