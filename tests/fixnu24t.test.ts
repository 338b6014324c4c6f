// Stance targets two new users found wrong in articles of kinds the corpus lacks (a trial, a whistleblower's testimony,
// a hospital outbreak): a post-nominal honour read as a body, a body's name with "and" inside it split, the hearer of
// "told" taken as a target, and a speaker's own side read from a verb or a misread description. Sentences written for
// this file (none from any corpus or from the users' articles); each fix has sentences it must not change.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

/** The targets (name: stance) of the statement whose content holds `words`. */
const targetsOf = (body: string, words: string): string[] => {
  const s = analyzeArticle(`Headline\n${body}\n`).statements.find((x) => x.content.text.includes(words));
  if (!s) throw new Error(`no statement with “${words}”`);
  return s.targets.map((t) => `${t.name}: ${t.stance}`);
};
const names = (body: string, words: string): string[] => targetsOf(body, words).map((t) => t.replace(/: \w+$/u, ''));

describe('letters of an honour after a name ("KC", "QC", "MP") are no name of their own', () => {
  it('“the company” after “His lawyer, Martin Ebuka KC, argued …” is the company named before, not “KC”', () => {
    const body = 'Tallis Haulage was fined last year. His lawyer, Martin Ebuka KC, argued that the company had failed to train its drivers.';
    expect(names(body, 'failed to train')).toContain('Tallis Haulage');
    expect(names(body, 'failed to train')).not.toContain('KC');
  });
  it('“Lorna Pike QC said …”: no target “QC” beside the party named', () => {
    const body = 'Lorna Pike QC said Brenmoor Council had ignored the residents\' complaints for a decade.';
    expect(names(body, 'ignored the residents')).toEqual(['Brenmoor Council']);
  });
  it('must not change: a body written in capitals after "the" stays a target', () => {
    const body = 'The union said the NHS had cut the night shift without warning.';
    expect(names(body, 'cut the night shift')).toEqual(['NHS']);
  });
  it('must not change: a person named with an honour is still the target', () => {
    const body = 'The committee chair said Dan Hale MP had misled the house about the contract.';
    expect(names(body, 'misled the house')).toEqual(['Dan Hale']);
  });
});

describe('a body whose name holds "and" ("the Health and Safety Executive") is one target', () => {
  it('“press the Food and Drug Administration to act” names one body', () => {
    const body = 'The family said they would press the Food and Drug Administration to ban the device made by Corval Medical.';
    const got = names(body, 'ban the device');
    expect(got).not.toContain('Food');
    expect(got).not.toContain('Drug Administration');
  });
  it('must not change: two parties joined by "and" stay two', () => {
    const body = 'The mayor said Tarrow Water and Elmford Council had both ignored the flood warnings.';
    const got = names(body, 'ignored the flood');
    expect(got).toContain('Tarrow Water');
    expect(got).toContain('Elmford Council');
  });
  it('must not change: "the Greens and Labour Party members" is no single body', () => {
    const body = 'The speaker said the Greens and Labour Party members had walked out to block the vote.';
    expect(names(body, 'walked out')).not.toContain('Greens and Labour Party');
  });
});

describe('the hearer of a cue of telling is no target (119 such hearers in train and dev gold, none a target)', () => {
  it('“told the Assembly that he would not hesitate to …”: the Assembly is not warned', () => {
    const body = 'Minister Ola Brenn told the Assembly that he would not hesitate to dismiss the hospital board if the audit found failings.';
    expect(names(body, 'would not hesitate')).not.toContain('Assembly');
  });
  it('“assured the Senate that …”', () => {
    const body = 'The governor assured the Senate that Carrow Rail would be fined if the trains stayed late.';
    expect(names(body, 'would be fined')).not.toContain('Senate');
  });
  it('must not change: a party told to act (an order, GUIDE decision 50) and a party named in the content', () => {
    const body = 'The regulator told Stavenor Energy to pay the fine within a month.';
    expect(names(body, 'pay the fine')).toContain('Stavenor Energy');
    const told = 'The mayor told reporters that Ostby Transport had broken its contract with the city.';
    expect(names(told, 'broken its contract')).toContain('Ostby Transport');
  });
  it('must not change: the object of a cue that is not of telling ("accused the council of …")', () => {
    const body = 'Residents accused Harnsby Council of hiding the report.';
    expect(names(body, 'hiding the report')).toContain('Harnsby Council');
  });
});

describe('a speaker\'s own side is not read from a verb or from a misread description (GUIDE decisions 16, 28)', () => {
  it('“Norbeck disputed Marlow\'s account” does not make Marlow speak for Norbeck', () => {
    const body = 'Ines Marlow, who worked on the hygiene team for six years, said inspections had been skipped. '
      + '"We were told output came first," she said. Norbeck disputed Marlow\'s account. '
      + 'Marlow later said she had raised the matter with Norbeck\'s managers many times.';
    expect(targetsOf(body, 'raised the matter')).not.toContain('Norbeck: FAVOR');
  });
  it('“founder of the campaign group Safe Play”: the campaign is the speaker\'s side, not the company she attacks', () => {
    const body = 'Parents said the report confirmed their fears. "Brightwave knew, and Brightwave chose profit over our children," said Ana Lusk, founder of the campaign group Safe Play.';
    expect(targetsOf(body, 'chose profit')).not.toContain('Brightwave: FAVOR');
  });
  it('must not change: an employer written before the name ("Norbeck chief executive Ian Rudd")', () => {
    const body = 'Inspectors criticised Norbeck over the recall. Norbeck chief executive Ian Rudd said the company had followed every rule.';
    expect(targetsOf(body, 'followed every rule')).toContain('Norbeck: FAVOR');
  });
  it('must not change: an employer after the name ("Ian Rudd, chief executive of Norbeck")', () => {
    const body = 'Inspectors criticised Norbeck over the recall. Ian Rudd, chief executive of Norbeck, denied that the company had hidden anything.';
    expect(targetsOf(body, 'hidden anything')).toContain('Norbeck: FAVOR');
  });
});

describe('a people\'s adjective of the speaker\'s own state is its own side, not against (GUIDE section 6)', () => {
  const clash = 'Fighting broke out on the border between Marvia and Tollund overnight. Marvia\'s interior ministry said Tollundi '
    + 'troops had crossed the river and shelled a police post, killing four Marvian officers. The ministry called the attack "an act of naked aggression".';
  it('“Marvian” carried into the ministry\'s condemnation is not against Marvia\'s own ministry\'s side', () => {
    expect(targetsOf(clash, 'naked aggression')).not.toContain('Marvian: AGAINST');
  });
  it('must not change: the other state\'s adjective stays against', () => {
    expect(targetsOf(clash, 'naked aggression')).toContain('Tollundi: AGAINST');
  });
  it('must not change: a person\'s surname gives no state ("Ana Rossa" and "Rossan")', () => {
    const body = 'Talks between Rossa and Tollund failed last week. Ana Rossa, a lawyer, said Rossan troops had shelled the village "without any warning".';
    expect(targetsOf(body, 'shelled the village')).toContain('Rossan: AGAINST');
  });
});

describe('a law or treaty named in the content is no target (GUIDE section 6: organisations and people)', () => {
  it('“breached its duties under the Online Safety Act”: the company, not the act', () => {
    const body = 'The regulator said it had opened an inquiry into whether Brightwave had breached its duties under the Online Safety Act.';
    expect(names(body, 'breached its duties')).toEqual(['Brightwave']);
  });
  it('“the Water Framework Directive had been ignored by Tarrow Water”', () => {
    const body = 'Ministers said the Water Framework Directive had been ignored by Tarrow Water.';
    expect(names(body, 'had been ignored')).toEqual(['Tarrow Water']);
  });
  it('must not change: a body with a law\'s word inside its name, or opening it', () => {
    expect(names('The union said the Atlantic Accord Group had cut wages.', 'cut wages')).toEqual(['Atlantic Accord Group']);
    expect(names('The mayor said Code Pink had misled the council.', 'misled the council')).toEqual(['Code Pink']);
  });
});
