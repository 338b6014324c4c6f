// Speaker faults found by a new user's trial on kinds of article the corpus lacks (a central bank's rate rise, a doping
// ban overturned on appeal, a ceasefire). The sentences are written for this file.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { speakerOf } from './speaker-helpers.js';

describe('a past-tense cue after a nested clause with a modal is the outer speaker’s (a modal takes only a bare verb)', () => {
  it('"Moss said tenants would get more time but urged the council to …" is Moss’s demand', () => {
    const body = 'The Tenants Federation met on Monday. Its secretary, Hilde Moss, said tenants would get more time to pay but urged the council to freeze rents until spring.';
    expect(speakerOf(body, 'freeze rents')).toMatchObject({ name: 'Hilde Moss', kind: 'person' });
  });
  it('"… said the landlord would repair the roof and called on the council to …" is the outer speaker’s, even after a body', () => {
    const body = 'The Tenants Federation met on Monday. Its secretary, Hilde Moss, said the landlord would repair the roof and called on the council to inspect the flats.';
    expect(speakerOf(body, 'inspect the flats')).toMatchObject({ name: 'Hilde Moss' });
  });
  it('must not fire: a bare verb after the modal is the nested clause’s own, no statement of the outer speaker', () => {
    const body = 'The Tenants Federation met on Monday. Its secretary, Hilde Moss, said tenants would get more time to pay and urge the council to freeze rents.';
    const r = speakerOf(body, 'tenants would get more time');
    expect(r).toMatchObject({ name: 'Hilde Moss' });
  });
  it('must not fire: a perfect auxiliary is shared ("the landlord had admitted the fault and warned tenants")', () => {
    const body = 'The Tenants Federation met on Monday. Its secretary, Hilde Moss, said the Harrow Lane Housing Company had admitted the fault and warned tenants to keep windows shut.';
    expect(speakerOf(body, 'keep windows shut').name).toBe('Harrow Lane Housing Company');
  });
});

describe('a headline’s run does not outweigh the body’s full name (GUIDE section 3: the longest full name)', () => {
  it('"Striker Dunmore’s suspension lifted" beside "Welsford striker Ines Dunmore" → Ines Dunmore', () => {
    const body = 'PORTSEA (Wire) - Welsford striker Ines Dunmore will play on Saturday after a disciplinary board lifted her suspension.\n\nDunmore said she had always expected to be cleared.';
    expect(speakerOf(body, 'always expected', { headline: 'Striker Dunmore\'s suspension lifted' })).toMatchObject({ name: 'Ines Dunmore', kind: 'person' });
  });
  it('must not fire: a longer name in the headline that opens with a given name is still the name', () => {
    const body = 'PORTSEA (Wire) - The striker will play on Saturday after a disciplinary board lifted her suspension.\n\nDunmore said she had always expected to be cleared.';
    expect(speakerOf(body, 'always expected', { headline: 'Ines Dunmore\'s suspension lifted' })).toMatchObject({ name: 'Ines Dunmore' });
  });
  it('must not fire: the body’s own two names, with no headline run, stay', () => {
    const body = 'PORTSEA (Wire) - Ines Dunmore will play on Saturday after a disciplinary board lifted her suspension.\n\nDunmore said she had always expected to be cleared.';
    expect(speakerOf(body, 'always expected', { headline: 'Suspension lifted' })).toMatchObject({ name: 'Ines Dunmore' });
  });
});

describe('a court’s sitting panel speaks as the court or tribunal named before (GUIDE decision 63, as a board’s vote)', () => {
  it('"In its ruling, the three-member panel found" → the tribunal', () => {
    const body = 'The Marlow Employment Tribunal upheld the nurse\'s claim on Friday. In its 30-page ruling, the three-member panel found that the trust had ignored her complaints.';
    expect(speakerOf(body, 'ignored her complaints')).toMatchObject({ name: 'Marlow Employment Tribunal', kind: 'organization' });
  });
  it('"the three appeal judges said" → the court, role judge', () => {
    const body = 'The Court of Appeal of Orlen overturned the conviction on Friday. The three appeal judges said the lower court had wrongly admitted the evidence.';
    expect(speakerOf(body, 'wrongly admitted the evidence')).toMatchObject({ name: 'Court of Appeal of Orlen', kind: 'organization', role: 'judge' });
  });
  it('must not fire: a council’s citizens’ panel is no court’s', () => {
    const body = 'The Marlow Borough Council set up a citizens\' panel last year. The panel found that most residents wanted more buses.';
    expect(speakerOf(body, 'more buses').name).not.toBe('Marlow Borough Council');
    expect(speakerOf(body, 'more buses').name).not.toMatch(/tribunal|court/iu);
  });
  it('must not fire: a panel of judges at a contest, with no court named, stays as written', () => {
    const body = 'The Harbour Bake-Off drew 40 entrants. The judges said the standard had never been higher.';
    expect(speakerOf(body, 'never been higher')).toMatchObject({ kind: 'anonymous' });
  });
  it('"the court\'s three-member panel said" → the court', () => {
    const body = 'The Harwell High Court heard the appeal on Monday. The court\'s three-member panel said the fine had been too low.';
    expect(speakerOf(body, 'too low')).toMatchObject({ name: 'Harwell High Court', kind: 'organization' });
  });
  it('must not fire: an expert panel a ministry appointed is no court\'s, though a court is named before', () => {
    const body = 'The Supreme Court of Varnia will hear the vaccine case in May. Separately, the expert panel appointed by the health ministry said the drug was safe.';
    expect(speakerOf(body, 'the drug was safe').name).not.toMatch(/court/iu);
  });
  it('must not fire: "the panel appointed by" another body, right after a court\'s sentence', () => {
    const body = 'The Supreme Court of Varnia will hear the vaccine case in May. The panel appointed by the health ministry said the drug was safe.';
    expect(speakerOf(body, 'the drug was safe').name).not.toMatch(/court/iu);
  });
  it('must not fire: an advisory panel after a court\'s ruling', () => {
    const body = 'The Harwell High Court fined the firm in March. The advisory panel said on Monday that the rules should be simpler.';
    expect(speakerOf(body, 'rules should be simpler').name).not.toMatch(/court/iu);
  });
  it('must not fire: another body named between the court and "the panel"', () => {
    const body = 'The Harwell High Court fined the firm in March. The Marlow Borough Council met on Monday to discuss the fine. The panel said the rules should be simpler.';
    expect(speakerOf(body, 'rules should be simpler').name).not.toMatch(/court/iu);
  });
});

describe('a participle after a subject with a hyphened modifier is the subject’s, not the source of "According to" before it', () => {
  it('"According to a log …, three of the nine members of the club’s rule-making committee voted …, arguing that …"', () => {
    const body = 'The club will meet again in June. According to a log published on Monday, three of the nine members of the club\'s rule-making committee voted against the change, arguing that it had come too quickly.';
    expect(speakerOf(body, 'come too quickly', { innermost: true })).toMatchObject({ kind: 'anonymous', role: 'member' });
    expect(speakerOf(body, 'come too quickly', { innermost: true }).name).toMatch(/^three of the nine members of the club's rule-making committee$/u);
  });
  it('must not fire: the source of "According to" keeps its own content', () => {
    const body = 'The club will meet again in June. According to a log published on Monday, three of the nine members of the club\'s rule-making committee voted against the change, arguing that it had come too quickly.';
    expect(speakerOf(body, 'voted against the change')).toMatchObject({ kind: 'document' });
  });
  it('must not fire: a name with a capitalised hyphened apposition keeps the name', () => {
    const body = 'Ticket prices rose again. Fair Fares Now, a Kelby-based passenger group, said that the rise was unjustified.';
    expect(speakerOf(body, 'the rise was unjustified').name).not.toMatch(/based/u);
  });
});

describe('a role noun in apposition before the name outweighs a relative clause’s verb of office (GUIDE decision 64)', () => {
  it('"Orlen’s trade minister, Ivo Rask, who chaired the talks, said" → minister, affiliation Orlen', () => {
    const body = 'The trade talks ended on Friday. Orlen\'s trade minister, Ivo Rask, who chaired the final round, said a deal would be signed in May.';
    expect(speakerOf(body, 'a deal would be signed')).toMatchObject({ name: 'Ivo Rask', role: 'minister', affiliation: 'Orlen' });
  });
  it('must not fire: with no role before the name, the relative clause gives it', () => {
    const body = 'The trade talks ended on Friday. Ivo Rask, who chaired the final round, said a deal would be signed in May.';
    expect(speakerOf(body, 'a deal would be signed')).toMatchObject({ name: 'Ivo Rask', role: 'chair' });
  });
  it('must not fire: a word before the name that is no role leaves the relative clause’s', () => {
    const body = 'The trade talks ended on Friday. Its host, Ivo Rask, who chairs the regional forum, said a deal would be signed in May.';
    expect(speakerOf(body, 'a deal would be signed')).toMatchObject({ name: 'Ivo Rask', role: 'chair' });
  });
});

describe('an athlete named by the sport’s noun has it as role; a people’s adjective before it is no affiliation (gold: "rider")', () => {
  it('"Osmish hurdler Ben Tarrow" → hurdler, no affiliation', () => {
    const body = 'The meeting was called off. Osmish hurdler Ben Tarrow said the track had been unsafe for weeks.';
    expect(speakerOf(body, 'the track had been unsafe')).toMatchObject({ name: 'Ben Tarrow', role: 'hurdler', affiliation: null });
  });
  it('"Orlen Harriers sprinter Ben Tarrow" → sprinter, the club', () => {
    const body = 'The meeting was called off. Orlen Harriers sprinter Ben Tarrow said the track had been unsafe for weeks.';
    expect(speakerOf(body, 'the track had been unsafe')).toMatchObject({ name: 'Ben Tarrow', role: 'sprinter', affiliation: 'Orlen Harriers' });
  });
  it('must not fire: a people’s adjective before a minister still names the country (decision 64)', () => {
    const body = 'Osmland and Veradia are at odds over steel. Veradian Trade Minister Ana Kolt said the duties were unlawful.';
    expect(speakerOf(body, 'the duties were unlawful')).toMatchObject({ role: 'minister', affiliation: 'Veradia' });
  });
  it('must not fire: a sprinter spoken of is no speaker’s role', () => {
    const body = 'The meeting was called off. Coach Dara Venn said the sprinter had been unwell for weeks.';
    expect(speakerOf(body, 'had been unwell')).toMatchObject({ name: 'Dara Venn', role: 'coach' });
  });
});

describe('the body a holder serves, not the remit after "for" (GUIDE decision 64: the affiliation is the body)', () => {
  it('"The European Union special representative for Osmland, X," → European Union', () => {
    const body = 'The border reopened on Monday. The European Union special representative for Osmland, Petra Lunde, welcomed the move.';
    expect(speakerOf(body, 'the move')).toMatchObject({ name: 'Petra Lunde', affiliation: 'European Union' });
  });
  it('"X, finance spokesman for the opposition Greenway Party," → Greenway Party', () => {
    const body = 'Fuel duty rose again. Odd Marken, transport spokesman for the opposition Greenway Party, said the rise would hurt rural drivers.';
    expect(speakerOf(body, 'hurt rural drivers')).toMatchObject({ name: 'Odd Marken', role: 'spokesperson', affiliation: 'Greenway Party' });
  });
  it('must not fire: with no body before the role, the place after "for" stays', () => {
    const body = 'The border reopened on Monday. Petra Lunde, the special envoy for Osmland, welcomed the move.';
    expect(speakerOf(body, 'the move')).toMatchObject({ name: 'Petra Lunde', affiliation: 'Osmland' });
  });
  it('must not fire: a capitalised word in a relative clause after the apposition is no body ("until August")', () => {
    const body = 'Fuel duty rose again. Odd Marken, a mechanic who worked at the depot until August, said the rise would hurt rural drivers.';
    expect(speakerOf(body, 'hurt rural drivers').affiliation).toBeNull();
  });
  it('must not fire: a lower-case noun after "for" that is no body’s description gives no affiliation of its own words', () => {
    const body = 'Fuel duty rose again. Odd Marken, a campaigner for cheaper fuel, said the rise would hurt rural drivers.';
    expect(speakerOf(body, 'hurt rural drivers').affiliation).toBeNull();
  });
});

describe('an "I" or "my" of a person speaking is no self-report in favour of the body named with them', () => {
  const targetsOf = (body: string, words: string): Record<string, string> => {
    const r = analyzeArticle(`Talks go on\n${body}\n`);
    const st = r.statements.find((s) => s.content.text.includes(words));
    if (!st) throw new Error(`no statement holds ${words}`);
    return Object.fromEntries(st.targets.map((t) => [t.name, t.stance]));
  };
  it('"Ana Vell, an analyst at the brokerage Tarn Mayhew, said: “My sense is that …”" gives the brokerage no FAVOR', () => {
    const body = 'Orvel Rail cut 40 services. Ana Vell, an analyst at the brokerage Tarn Mayhew, said: "My sense is that the cuts will spread to other lines before the summer."';
    expect(targetsOf(body, 'My sense is')['Tarn Mayhew']).not.toBe('FAVOR');
  });
  it('must not fire: a "we" of the body’s own conduct keeps its FAVOR', () => {
    const body = 'Orvel Rail cut 40 services. Ana Vell, the chief executive of the operator Orvel Rail, said: "We kept every passenger informed and we refunded every ticket within a day."';
    expect(targetsOf(body, 'We kept every passenger')['Orvel Rail']).toBe('FAVOR');
  });
  it('must not fire: the affiliation is still found for the analyst', () => {
    const body = 'Orvel Rail cut 40 services. Ana Vell, an analyst at the brokerage Tarn Mayhew, said: "My sense is that the cuts will spread to other lines before the summer."';
    expect(speakerOf(body, 'My sense is')).toMatchObject({ name: 'Ana Vell', affiliation: 'Tarn Mayhew' });
  });
});
