// Session 13 (c), stance misfires a new user found. Sentences are our own; each expectation was written by hand from
// the sentence (LABELS.md, targets; GUIDE section 6).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { last } from './stance-helpers.js';

describe('denying that a party played any part clears it', () => {
  it('"insisted that X had played no part in"', () => {
    const t = last('The survey was paid for by Orlamo Foods.|Its author, Dr Ines Varga, insisted that Orlamo Foods had played no part in choosing the questions.');
    expect(t['Orlamo Foods']).toBe('FAVOR');
  });
  it('must not fire: a party that played a part', () => {
    const t = last('Dr Ines Varga said Orlamo Foods had played a large part in choosing the questions.');
    expect(t['Orlamo Foods']).not.toBe('FAVOR');
  });
  it('must not fire: a part in a play', () => {
    const t = last('Teodor Brisk said the Kellan Players had given him a part in their winter show.');
    expect(t['Kellan Players']).not.toBe('FAVOR');
  });
});

describe('rejecting a party\'s account is against that party', () => {
  it('"rejected Halvard\'s version of events" (a name in -s takes the bare apostrophe)', () => {
    const t = last('The Marsh Rangers said the coach had quit.|Coach Ella Brandt rejected the Marsh Rangers\' version of events.');
    expect(t['Marsh Rangers']).toBe('AGAINST');
  });
  it('"disputed the ministry\'s figures"', () => {
    const t = last('Rail union leader Joss Arden disputed the Transport Ministry\'s figures on delays.');
    expect(t['Transport Ministry']).toBe('AGAINST');
  });
  it('must not fire: denying that a firm\'s data had been stolen clears the firm', () => {
    const t = last('Pellam Bank denied that Pellam Bank\'s data had been stolen.');
    expect(t['Pellam Bank']).not.toBe('AGAINST');
  });
  it('must not fire: a neutral report of a party\'s figures', () => {
    const t = last('Councillor Ada Wren said the Harbour Board\'s figures would be published on Monday.');
    expect(t['Harbour Board']).not.toBe('AGAINST');
  });
});

describe('"it would be wrong to pretend …" concedes; it charges no one', () => {
  it('a split quote: praise, then "But it would be wrong to pretend …" is not against the one praised', () => {
    const t = last('Coach Rina Holt praised her goalkeeper.|"Marta Ilves has been an excellent colleague and we are lucky to have her," Holt said. "But it would be wrong to pretend the last month has been easy."');
    expect(t['Marta Ilves']).not.toBe('AGAINST');
  });
  it('must not fire: "it was wrong to close the ward" charges the one who closed it', () => {
    const t = last('Councillor Ada Wren said the Harbour Trust had been wrong to close the children\'s ward.');
    expect(t['Harbour Trust']).toBe('AGAINST');
  });
  it('must not fire: "wrong to say" in a party\'s own wrongdoing stays a charge when a charge word stands', () => {
    const t = last('Councillor Ada Wren said the Harbour Trust had misled patients and was wrong to say the ward was safe.');
    expect(t['Harbour Trust']).toBe('AGAINST');
  });
});

describe('the party a failing came too late for is not the one criticised', () => {
  it('"It came too late for Mr X"', () => {
    const t = last('"You ignored every warning you were given," the judge told Corin Dale. "Your apology came too late for Mr Ashdown."', 'Headline');
    expect(t['Ashdown'] ?? t['Mr Ashdown']).not.toBe('AGAINST');
  });
  it('must not fire: "it was wrong for the minister to sign"', () => {
    const t = last('Councillor Ada Wren said it was wrong for Minister Tomas Reyna to sign the deal in secret.');
    expect(t['Tomas Reyna']).toBe('AGAINST');
  });
  it('must not fire: criticism of a party named before the charge', () => {
    const t = last('Councillor Ada Wren said the Harbour Board had acted far too late for anyone to be saved.');
    expect(t['Harbour Board']).toBe('AGAINST');
  });
});

describe('chance words do not put the speaker in its own favour', () => {
  it('"too short to support the claims" is no defence of the speaker\'s side', () => {
    const t = last('Professor Lina Okoro, a chemist at Dunmore University, said the survey was too small to support the claims made in the press release.');
    expect(t['Dunmore University']).not.toBe('FAVOR');
  });
  it('"supporters" is no defence of the speaker', () => {
    const t = last('Dunmere Athletic dropped the striker on Friday.|Agent Ruben Salt said the club was trying to distract supporters from its own failings.');
    expect(t['Ruben Salt']).not.toBe('FAVOR');
  });
  it('a lawyer arguing for a client does not hold an own position', () => {
    const t = last('Defending, barrister Nia Corr argued that Tobias Wren\'s early plea should reduce the sentence.');
    expect(t['Nia Corr']).not.toBe('FAVOR');
  });
  it('must not fire: a company that says it supports the review defends itself', () => {
    const t = last('Halden Water said it supported the review and had acted properly throughout.');
    expect(t['Halden Water']).toBe('FAVOR');
  });
  it('must not fire: a minister who insists her plan will work holds her position', () => {
    const t = last('Minister Clara Voss insisted that the housing plan would work.');
    expect(t['Clara Voss']).toBe('FAVOR');
  });
});

describe('the one told hears a statement; its tone is not about them', () => {
  it('"told the court that …"', () => {
    const t = last('Prosecutor Ada Wren told Kelsey Crown Court that Tom Barr had driven at twice the limit through a red light.');
    expect(t['Kelsey Crown Court']).not.toBe('AGAINST');
  });
  it('must not fire: a court named in the content', () => {
    const t = last('Defence lawyer Ivo Hart said Kelsey Crown Court had made a terrible and unfair decision.');
    expect(t['Kelsey Crown Court']).toBe('AGAINST');
  });
  it('must not fire: the one accused after "told"', () => {
    const t = last('Mayor Ida Voss told the Harbour Board that its handling of the spill had been a disgrace.');
    expect(t['Harbour Board']).toBe('AGAINST');
  });
  it('an outlet told, whose "its" opens the content, is still no party', () => {
    const t = last('Mayor Ida Voss told the Harbour Gazette that its readers had been misled about the spill.');
    expect(Object.keys(t)).not.toContain('Harbour Gazette');
  });
  it('a body told by a body, in a plain report, is no party', () => {
    const t = last('Wexley Council told the Harbour Board that it would publish the spill report on Friday.');
    expect(t['Harbour Board']).toBeUndefined();
  });
});

describe('review of the changes on PolNeAR train', () => {
  it('must not fire: "X was wrong to say" charges X (only an empty "it" concedes)', () => {
    const t = last('Councillor Ada Wren said Tomas Reyna was wrong to say the ward was safe.');
    expect(t['Tomas Reyna']).toBe('AGAINST');
  });
  it('must not fire: "an embarrassment for X" is not a harm done to X by another', () => {
    const t = last('Councillor Ada Wren said the failed bid was an embarrassment for Tomas Reyna.');
    expect(t['Tomas Reyna']).toBe('AGAINST');
  });
});

describe('review of the changes on PolNeAR train (2)', () => {
  it('must not fire: "it is wrong to imply …" rebuts a claim, it is no concession', () => {
    const t = last('"The plan is far harder than Tomas Reyna said," Ada Wren told reporters. "It is wrong to imply that one new road will end the jams."');
    expect(t['Tomas Reyna']).toBe('AGAINST');
  });
  it('must not fire: wanting no part in something denies no one\'s involvement', () => {
    const t = last('Kellport Auctions said it wanted no part in the sale of the rifle owned by Dmitri Sallow.');
    expect(t['Dmitri Sallow']).not.toBe('FAVOR');
  });
});

describe('"played no part" reported of a third party (review 14b, item 5)', () => {
  const lastStatement = (paragraphs: string) => {
    const all = analyzeArticle(`Headline\n${paragraphs.replace(/\|/gu, '\n')}\n`).statements;
    expect(all.length).toBeGreaterThan(0);
    const s = all[all.length - 1]!;
    return { act: s.act, targets: Object.fromEntries(s.targets.map((t) => [t.name, t.stance])) as Record<string, string> };
  };
  it('the speaker\'s own side: "said it had played no part" is a denial in its own defence', () => {
    const s = lastStatement('Brannock Dairy said it had played no part in the rise in milk prices.');
    expect(s.act).toBe('DENY');
    expect(s.targets['Brannock Dairy']).toBe('FAVOR');
  });
  it('an answer to a reported charge: the office of the one accused denies, and clears him', () => {
    const s = lastStatement('Residents accused Mayor Tobias Wren of ignoring the flood warnings.|His office said Wren had played no part in the decision.');
    expect(s.act).toBe('DENY');
    expect(s.targets['Tobias Wren']).toBe('FAVOR');
  });
  it('must not fire: critics who report that a mayor played no part are not denying anything of their own', () => {
    const s = lastStatement('Critics said Mayor Petra Lund had played no part in the talks over the new bridge.');
    expect(s.act).not.toBe('DENY');
    expect(s.targets['critics']).toBeUndefined();
    expect(s.targets['Petra Lund']).not.toBe('AGAINST');
  });
  it('must not fire: a union reporting that an official took no part in a change is no denial by the union', () => {
    const s = lastStatement('The ferry union said harbour master Ian Rudd had no part in the timetable change.');
    expect(s.act).not.toBe('DENY');
    expect(Object.values(s.targets)).not.toContain('AGAINST');
  });
});

describe('"wrong to say" and "an embarrassment for" after review 14b (items 1 and 5; fixed in 70cac3b)', () => {
  const lastStatement = (paragraphs: string) => {
    const all = analyzeArticle(`Headline\n${paragraphs.replace(/\|/gu, '\n')}\n`).statements;
    expect(all.length).toBeGreaterThan(0);
    const s = all[all.length - 1]!;
    return { act: s.act, targets: Object.fromEntries(s.targets.map((t) => [t.name, t.stance])) as Record<string, string> };
  };
  it('must not fire: critics who say a minister was wrong to say something criticise her (act and stance)', () => {
    const s = lastStatement('Critics said Transport Minister Nadia Ferro was wrong to say the bridge was safe.');
    expect(s.act).toBe('CRITICIZE');
    expect(s.targets['Nadia Ferro']).toBe('AGAINST');
  });
  it('must not fire: "it was wrong to imply … and X knew it" stays a criticism of X', () => {
    const s = lastStatement('Opposition leader Carl Dunmore said it was wrong to imply that one new tunnel would end the queues, and that Nadia Ferro knew it.');
    expect(s.act).toBe('CRITICIZE');
    expect(s.targets['Nadia Ferro']).toBe('AGAINST');
  });
  it('must not fire: "a disgrace for X" is a charge against X, not a harm done to X', () => {
    const s = lastStatement('Councillor Ruth Okafor said the failed bid was a disgrace for Mayor Simon Pell.');
    expect(s.targets['Simon Pell']).toBe('AGAINST');
  });
  it('"unfair to X": the party the charge falls on is not the one charged', () => {
    const s = lastStatement('Councillor Ruth Okafor said the decision was unfair to the Brinkley tenants.');
    expect(Object.values(s.targets)).not.toContain('AGAINST');
  });
});
