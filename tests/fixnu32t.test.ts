// Stances a new user found aimed at the speaker's own side, reversed, or split over two names of one party. Sentences
// written for this file (none from any corpus); each fix has a sentence it must not change.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

/** The targets (name: stance) of the statement whose content holds `words`. */
const targetsOf = (body: string, words: string): string[] => {
  const s = analyzeArticle(`Headline\n${body}\n`).statements.find((x) => x.content.text.includes(words));
  if (!s) throw new Error(`no statement with “${words}”`);
  return s.targets.map((t) => `${t.name}: ${t.stance}`);
};
const names = (body: string, words: string): string[] => targetsOf(body, words).map((t) => t.replace(/: \w+$/u, ''));

describe('a body that voted for or against a measure another body carried did not take "the vote"', () => {
  const council = 'The Harwick District Council voted on Monday to close the Elm Street library, by 19 votes to 11.\n\n'
    + 'Councillor Ruth Dane, whose Green Party voted against the plan, said the budget could have been found elsewhere.\n\n';
  it('"Parents\' groups welcomed the vote" is not in favour of the party that voted against', () => {
    expect(names(`${council}Parents' groups welcomed the vote.`, 'the vote')).not.toContain('Green Party');
  });
  it('"Unions condemned the vote" is not against the party that voted against either', () => {
    expect(names(`${council}Library unions condemned the vote.`, 'the vote')).not.toContain('Green Party');
  });
  it('must not change: a body that voted alone is the one whose vote is welcomed', () => {
    const body = 'The Brenmoor Council voted to build 400 new homes on the old depot site.\n\nTenants\' groups welcomed the vote.';
    expect(targetsOf(body, 'the vote')).toContain('Brenmoor Council: FAVOR');
  });
});

describe('a body the article introduces as the speaker\'s own ("who chairs the group X", "whose X") is no target of its criticism', () => {
  it('"Tom Reyes, who chairs the group Riverside Tenants, accused the landlord of …": not against Riverside Tenants', () => {
    const body = 'Kelham Properties owns the estate.\n\nTom Reyes, who chairs the group Riverside Tenants, accused the landlord of "letting the flats rot" and called on it to pay for repairs.';
    expect(targetsOf(body, 'letting the flats rot')).not.toContain('Riverside Tenants: AGAINST');
  });
  it('"Councillor Ruth Dane, whose Green Party voted against the plan, said the city had rushed it": not against her party', () => {
    const body = 'The Harwick District Council voted on Monday to close the Elm Street library.\n\n'
      + 'Councillor Ruth Dane, whose Green Party voted against the plan, said the city had rushed the decision without consulting readers.';
    expect(targetsOf(body, 'rushed the decision')).not.toContain('Green Party: AGAINST');
  });
  it('must not change: another party the same speaker names is still against', () => {
    const body = 'Tom Reyes, who chairs the group Riverside Tenants, said Kelham Properties had ignored repair requests for years.';
    expect(targetsOf(body, 'ignored repair requests')).toContain('Kelham Properties: AGAINST');
  });
});

describe('a quote opening with a negated saying ("Nobody is saying X must close") defends no one', () => {
  it('"Nobody is saying Marlow Quarry must close," the mayor said: no FAVOR for anyone', () => {
    const body = 'Farmers sued Marlow Quarry last year.\n\nThe town\'s mayor, Jean Reid, said the wells had run dry.\n\n'
      + '"Nobody is saying Marlow Quarry must close," Reid said. "We are saying that when people cannot drink, a quarry cannot carry on as if nothing has changed."';
    expect(targetsOf(body, 'Marlow Quarry must close').filter((t) => t.endsWith('FAVOR'))).toEqual([]);
  });
  it('"No one is suggesting that Dunmore Foods should leave the town": no FAVOR for Dunmore Foods', () => {
    const body = 'Residents have complained about Dunmore Foods for years.\n\n"No one is suggesting that Dunmore Foods should leave the town," said Alan Fenn, a councillor. "But the smell has to stop."';
    expect(targetsOf(body, 'Dunmore Foods should leave')).not.toContain('Dunmore Foods: FAVOR');
  });
  it('must not change: a plain denial on a party\'s behalf still favours it', () => {
    const body = 'Dunmore Foods was accused of polluting the stream.\n\n"Dunmore Foods did not pollute the stream," said the company\'s spokeswoman, Ann Lee.';
    expect(targetsOf(body, 'did not pollute')).toContain('Dunmore Foods: FAVOR');
  });
  it('must not change: a body\'s own "we never …" is still its defence', () => {
    const body = 'Marlow Quarry was accused of breaking its permit.\n\n"We never broke the terms of our permit," Marlow Quarry said in a statement.';
    expect(targetsOf(body, 'We never broke')).toContain('Marlow Quarry: FAVOR');
  });
});

describe('another speaker\'s clause opened by "while" inside a span is not the first speaker\'s words', () => {
  it('"…," while Labour\'s spokesman, Tom Vane, warned …: the first speaker is not against Labour or Vane', () => {
    const body = 'Conservative MP Jo Hart described the deal as "a betrayal of every farmer in the county," while Labour\'s farming spokesman, Tom Vane, warned that food prices would rise.';
    const got = names(body, 'a betrayal of every farmer');
    expect(got).not.toContain('Tom Vane');
    expect(got).not.toContain('Labour');
  });
  it('a plain comma before "while" as well', () => {
    const body = 'Senator Ada Price called the merger a mistake for every customer, while the Green Party\'s leader, Ivo Brandt, said it would cut jobs.';
    const s = analyzeArticle(`Headline\n${body}\n`).statements.find((x) => x.speaker.name.includes('Ada Price'));
    expect((s?.targets ?? []).map((t) => t.name)).not.toContain('Ivo Brandt');
  });
  it('must not change: a party named after "while" that says nothing is still a target', () => {
    const body = 'Jo Hart said Kessler Farms had polluted the river for years, while Dale Dairies had cleaned up its yard.';
    expect(names(body, 'polluted the river')).toContain('Kessler Farms');
  });
});

describe('a body named both by its full name and its short name in one statement is one target', () => {
  it('"Tessler Mining Group … Tessler": one row', () => {
    const body = 'Tessler Mining Group runs the pit.\n\nThe union said Tessler had cut safety checks and that Tessler Mining Group had ignored warnings.';
    const got = names(body, 'cut safety checks');
    expect(got.filter((n) => n.startsWith('Tessler'))).toEqual(['Tessler Mining Group']);
  });
  it('"Harland Water … Harland Water Services": one row, the stance that takes a side', () => {
    const body = 'Harland Water Services supplies the town.\n\nThe mayor said Harland had failed to fix the leaks and that Harland Water Services had misled residents.';
    const got = targetsOf(body, 'failed to fix the leaks');
    expect(got.filter((n) => n.startsWith('Harland'))).toEqual(['Harland Water Services: AGAINST']);
  });
  it('must not change: two different bodies in one statement stay two', () => {
    const body = 'The union said Tessler Mining Group had cut safety checks and that Marden Council had ignored warnings.';
    const got = names(body, 'cut safety checks');
    expect(got).toContain('Tessler Mining Group');
    expect(got).toContain('Marden Council');
  });
});

describe('"the company" in the words of a company\'s executive is their own company, not charged by what they report', () => {
  it('a chief executive\'s "the company had lost money" is not against the company', () => {
    const body = 'Brightwave, the largest online bookshop in the region, will raise its delivery charges by a third from May, the company said on Friday.\n\n'
      + 'In a letter to customers, chief executive Nora Lind said the rise was needed because the company had lost money in eight of the past ten quarters.';
    expect(targetsOf(body, 'the company had lost money')).not.toContain('Brightwave: AGAINST');
  });
  it('a chief executive\'s "the company had lost money on every bicycle" is not against the company', () => {
    const body = 'Corden Bikes, the largest bicycle maker in the county, will close its factory in June, the company said on Monday.\n\n'
      + 'In a note to staff, chief executive Ruth Pellow said the closure was needed because the company had lost money on every bicycle it sold last year.';
    expect(targetsOf(body, 'lost money on every bicycle')).not.toContain('Corden Bikes: AGAINST');
  });
  it('must not change: the same words from a union organiser are not the speaker\'s own company', () => {
    const body = 'Harlow Buses, the city\'s main bus operator, will drop six routes from June, the company said on Tuesday.\n\n'
      + 'In a note to members, union organiser Omar Dale said the cuts were needed because the company had lost money on every route last year.';
    expect(targetsOf(body, 'lost money on every route')).toContain('Harlow Buses: AGAINST');
  });
});

describe('own-side.ts readings', () => {
  it('the body a relative clause after a speaker\'s name introduces as theirs', async () => {
    const { introducedBody } = await import('../src/stages/stance/own-side.js');
    const a = 'Mary Quinn, who chairs the group Survivors of Kilbride, accused the bishop.';
    expect(introducedBody(a, a.indexOf(','))).toBe('Survivors of Kilbride');
    const b = 'Councillor Tom Hale, whose Green Party voted against the plan, said it was rushed.';
    expect(introducedBody(b, b.indexOf(','))).toBe('Green Party');
    // (near miss: a relative clause that names someone else's body, "who criticised", is no own side)
    const c = 'Mary Quinn, who criticised the group Survivors of Kilbride, said it was wrong.';
    expect(introducedBody(c, c.indexOf(','))).toBeUndefined();
  });
  it('a negated saying opening a quote, not any negation', async () => {
    const { negatedDemandOpening } = await import('../src/stages/stance/own-side.js');
    expect(negatedDemandOpening('Nobody is saying the quarry must close')).toBe(true);
    expect(negatedDemandOpening('We\'re not asking for the plant to shut')).toBe(true);
    expect(negatedDemandOpening('Nobody broke the rules at the quarry')).toBe(false);
  });
});
