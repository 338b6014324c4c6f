// Session 16c, new users' stance-target errors (nu17, nu18): a description linked to the body its kind noun
// introduced, not to the latest organisation. Sentences are our own; expectations written by hand (LABELS.md, GUIDE).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const statements = (paragraphs: string) => analyzeArticle(`Headline\n${paragraphs.replace(/\|/gu, '\n')}\n`).statements;
const lastTargets = (paragraphs: string): Record<string, string> => {
  const s = statements(paragraphs);
  expect(s.length).toBeGreaterThan(0);
  return Object.fromEntries(s[s.length - 1]!.targets.map((t) => [t.name, t.stance]));
};

describe('a description agrees with the kind noun that introduced a body', () => {
  const recall = 'Marrowby Foods is withdrawing 40,000 loaves from shops after customers found pieces of plastic in them, the food safety agency said on Monday.|'
    + 'Marrowby said it had traced the fault to one machine.|'
    + 'The shoppers\' group Fair Basket Tolland criticised the company\'s slow response. "People found plastic in their toast for a week before anyone acted," said Petra Lund, the group\'s director.|';
  it('fires: "the group\'s director" is the shoppers\' group\'s, so the company she wants fined is against', () => {
    expect(lastTargets(`${recall}Lund called on the agency to fine Marrowby and to publish its inspection reports.`)['Marrowby Foods']).toBe('AGAINST');
  });
  it('fires: "the company" after "the regulator X" is the company named before, not the regulator', () => {
    const s = statements('Kelvar Rail must pay 2 million after a year of late trains, according to a ruling published on Tuesday by the regulator Transit Standards Kelby.|The company said it would appeal against the fine.');
    expect(s[s.length - 1]!.speaker.name).toBe('Kelvar Rail');
  });
  it('must not change: "the group\'s chairman" after a company group is that company\'s', () => {
    const s = statements('Dockers at Selby Quay will strike next week, the union Harbour Workers Together said on Friday.|Port owner Grantley Holdings said the strike was unnecessary. The group\'s chairman, Omar Tesh, said talks would go on.');
    expect(s[s.length - 1]!.speaker.affiliation).toBe('Grantley Holdings');
  });
  it('must not change: "the company" right after a company named plainly', () => {
    const s = statements('Tandry Holdings will close its factory in Dunmore, the town council said on Friday.|The company said the site had lost money for five years.');
    expect(s[s.length - 1]!.speaker.name).toBe('Tandry Holdings');
  });
  it('must not change: "the regulator" still means the regulator the kind noun introduced', () => {
    const s = statements('Kelvar Rail must pay 2 million after a year of late trains, the regulator Transit Standards Kelby said on Tuesday.|The regulator said the fine was the largest it had set.');
    expect(s[s.length - 1]!.speaker.name).toBe('Transit Standards Kelby');
  });
});

describe('a body\'s one-word short name as a target is written as its full name', () => {
  const names = (paragraphs: string): string[] => statements(paragraphs).flatMap((s) => s.targets.map((t) => t.name));
  it('fires: "Halvorn" after "Halvorn Pharma" is one target, "Halvorn Pharma"', () => {
    const n = names('Halvorn Pharma will raise the price of its asthma inhaler by 40 percent, the company said on Monday.|"Halvorn is squeezing people who cannot breathe," said Mira Tolst of the Breathe Easy Alliance.');
    expect(n).toContain('Halvorn Pharma');
    expect(n).not.toContain('Halvorn');
  });
  it('must not fire: two bodies open with the word ("Brenmoor Rail", "Brenmoor Water"), so the short name stays', () => {
    const n = names('Brenmoor Rail and Brenmoor Water share an office in Kelby.|"Brenmoor has let its customers down for years," said Ada Vinn of the Fair Fares Alliance.');
    expect(n).not.toContain('Brenmoor Rail');
    expect(n).not.toContain('Brenmoor Water');
  });
  it('must not fire: a state\'s name is not its foreign ministry\'s', () => {
    const n = names('The Dalmerian Foreign Ministry said on Monday that talks would resume.|Opposition leader Ivo Stern said Dalmerian officials had misled voters about the talks.');
    expect(n).not.toContain('Dalmerian Foreign Ministry');
  });
});

describe('a country named only as where goods are sold is no party', () => {
  const names = (paragraphs: string): string[] => statements(paragraphs).flatMap((s) => s.targets.map((t) => t.name));
  it('fires: "sold in Tarnland and neighbouring Veskia", with "Tarnland" also closing a group\'s name', () => {
    const n = names('Brightcoil is recalling 90,000 space heaters sold in Tarnland and neighbouring Veskia after reports of fires, the safety office said.|The shoppers\' group Fair Price Tarnland said the recall came too late.');
    expect(n).not.toContain('Tarnland');
    expect(n).not.toContain('Veskia');
  });
  it('must not fire: a country that acts is still a party', () => {
    const n = names('Brightcoil is recalling heaters sold in Tarnland, the safety office said.|Veskia banned the heaters last year, and trade minister Ola Brekk said Veskia had acted recklessly against Tarnland.');
    expect(n).toContain('Veskia');
  });
  it('must not fire: "in X and Y" where Y is a company that acts elsewhere', () => {
    const n = names('The heaters were sold in Tarnland and Coilmart stores, the safety office said.|Critics said Coilmart had ignored warnings for months.');
    expect(n.some((x) => x.startsWith('Coilmart'))).toBe(true);
  });
});
