// Speaker faults new users met (a bank named before a commentator's employer, an alert system that warns, a full name
// given only in the headline, an unnamed spokesperson taken up by "he"/"she"). The sentences are written for this file.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-helpers.js';

describe('"the <noun>" as a speaker: the body named in its own right, not a commentator’s workplace', () => {
  it('"The bank said" after "an economist at Pellow Bank" → the bank the article is about', () => {
    const body = 'Harrow Mutual Bank sold risky loans to first-time buyers, regulators said on Monday.\n'
      + 'Keira Vance, a senior economist at Pellow Bank, said the lender had ignored repeated warnings.\n'
      + 'The bank said it would appeal the decision.';
    expect(speakerOf(body, 'it would appeal the decision')).toMatchObject({ name: 'Harrow Mutual Bank', kind: 'organization' });
  });
  it('must not fire: a spokesperson’s bank is still "the bank"', () => {
    const body = 'Harrow Mutual Bank sold risky loans to first-time buyers, regulators said on Monday.\n'
      + 'Keira Vance, a spokeswoman for Pellow Bank, said it had never sold such loans.\n'
      + 'The bank said it would publish its own figures.';
    expect(speakerOf(body, 'it would publish its own figures')).toMatchObject({ name: 'Pellow Bank' });
  });
  it('must not fire: the only bank named is the commentator’s workplace', () => {
    const body = 'Mortgage rates rose again in May.\n'
      + 'Keira Vance, a senior economist at Pellow Bank, said rates would peak in the autumn.\n'
      + 'The bank said it would cut its own rates in June.';
    expect(speakerOf(body, 'it would cut its own rates')).toMatchObject({ name: 'Pellow Bank' });
  });
});

describe('a device or an automated system as the subject of a cue speaks as a document', () => {
  it('"The flood alert system warned that …" → flood alert system, document', () => {
    const body = 'The river rose two metres overnight. The flood alert system warned that the river would burst its banks by midnight.';
    expect(speakerOf(body, 'the river would burst its banks')).toMatchObject({ name: 'flood alert system', kind: 'document', role: null });
  });
  it('"The app told drivers …" → app, document', () => {
    const body = 'Roadworks closed the bridge on Sunday. The app told drivers that the bridge was open.';
    expect(speakerOf(body, 'the bridge was open')).toMatchObject({ name: 'app', kind: 'document' });
  });
  it('must not fire: "the school system said" is no device', () => {
    const body = 'Three schools closed early on Friday. The school system said the buildings had no heating.';
    expect(speakerOf(body, 'the buildings had no heating').kind).not.toBe('document');
  });
});

describe('a person named in full only in the headline and by surname in the body has the full name', () => {
  it('a title-case headline "Sprinter Ama Okonji Withdraws From National Trials" → Ama Okonji, a person', () => {
    const body = 'A hamstring injury has not healed in time, Okonji told reporters on Tuesday.';
    expect(speakerOf(body, 'A hamstring injury', { headline: 'Sprinter Ama Okonji Withdraws From National Trials' }))
      .toMatchObject({ name: 'Ama Okonji', kind: 'person' });
  });
  it('a headline run opened by a common noun no list knows ("Climber Ama Okonji abandons …") → Ama Okonji', () => {
    const body = 'Okonji said the weather had closed in above the last camp.';
    expect(speakerOf(body, 'the weather had closed in', { headline: 'Climber Ama Okonji abandons summit attempt' }))
      .toMatchObject({ name: 'Ama Okonji', kind: 'person' });
  });
  it('must not fire: a body’s name in the headline ending in the surname’s word gives no person’s full name', () => {
    const body = 'Okonji said the weather had closed in above the last camp.';
    expect(speakerOf(body, 'the weather had closed in', { headline: 'Climbers abandon summit attempt' }).name).toBe('Okonji');
  });
});

describe('"he"/"she" after an unnamed spokesperson: the spokesperson’s organisation', () => {
  it('a spokesman trailing the sentence before: "…, a company spokesman said. He declined to give details"', () => {
    const body = 'Brantley Motors is recalling 20,000 vans over a brake fault, a company spokesman said on Friday. He declined to give details of the crashes.';
    expect(speakerOf(body, 'declined to give details')).toMatchObject({ name: 'Brantley Motors', kind: 'organization', role: 'spokesperson' });
  });
  it('"He said" in the next paragraph after "He declined to give details" goes on with the spokesperson', () => {
    const body = 'A spokesperson for Dalbury Home confirmed the closures. He declined to give details about job losses.\n'
      + 'He said staff would be offered transfers.';
    expect(speakerOf(body, 'staff would be offered transfers')).toMatchObject({ name: 'Dalbury Home', kind: 'organization', role: 'spokesperson' });
  });
  it('"A spokeswoman for the carmaker" → the carmaker named before, and her "she" too', () => {
    const body = 'Brantley Motors is recalling 20,000 vans over a brake fault.\n'
      + 'A spokeswoman for the carmaker said owners would be contacted by letter. She declined to give details of the fault. She said no injuries had been reported.';
    expect(speakerOf(body, 'owners would be contacted')).toMatchObject({ name: 'Brantley Motors', role: 'spokesperson' });
    expect(speakerOf(body, 'no injuries had been reported')).toMatchObject({ name: 'Brantley Motors', role: 'spokesperson' });
  });
  it('must not fire: "he" after a named person between stays that person', () => {
    const body = 'A spokesperson for Dalbury Home confirmed the closures.\n'
      + 'Union organiser Tom Reddy said members were angry. He said a ballot on strikes would follow.';
    expect(speakerOf(body, 'a ballot on strikes would follow')).toMatchObject({ name: 'Tom Reddy', kind: 'person' });
  });
});

describe('"Fellow" opening a sentence before a body’s name and a title is no word of the affiliation', () => {
  it('"Fellow Harwick Tenants Union organiser Dana Lowe said" → affiliation Harwick Tenants Union', () => {
    const body = 'Harwick Tenants Union organiser Ben Hale said the plan was unfair. Fellow Harwick Tenants Union organiser Dana Lowe said the council had ignored them.';
    expect(speakerOf(body, 'the council had ignored them')).toMatchObject({ name: 'Dana Lowe', role: 'organiser', affiliation: 'Harwick Tenants Union' });
  });
});

describe('"retort" and "quip" are cues of saying before or after a quote', () => {
  it('"Ferris was quick to retort: “…”" → a direct statement of Ferris', () => {
    const body = 'Councillor Ada Ferris was quick to retort: “With respect, that is nonsense. Not one word of it is true.”';
    expect(speakerOf(body, 'that is nonsense')).toMatchObject({ name: 'Ada Ferris' });
  });
  it('"“…,” Ferris quipped" → Ferris', () => {
    const body = 'Councillor Ada Ferris spoke last. “It is a fine plan, for a fairy tale,” Ferris quipped.';
    expect(speakerOf(body, 'for a fairy tale')).toMatchObject({ name: 'Ada Ferris' });
  });
  it('must not fire: "quips" as a noun ("her quips about the budget") make no statement', () => {
    const body = 'Councillor Ada Ferris was known for her quips about the budget.';
    expect(() => speakerOf(body, 'about the budget')).toThrow();
  });
});

describe('a resolution or a motion a body adopted speaks for that body when taken up later ("The resolution said")', () => {
  it('"X adopted a resolution … The resolution said …" → X', () => {
    const body = 'The Harwick Tenants Union adopted a resolution on Tuesday condemning the closure of the library.\n'
      + 'The group took up the motion at its annual meeting. The resolution said the council would "abandon the town’s children."';
    expect(speakerOf(body, 'the council would')).toMatchObject({ name: 'Harwick Tenants Union', kind: 'organization' });
  });
  it('"a resolution … condemning …" is the document’s act, not an unnamed person’s', () => {
    const body = 'The Harwick Tenants Union adopted a resolution on Tuesday condemning the closure of the library.';
    expect(speakerOf(body, 'the closure of the library').kind).not.toBe('anonymous');
  });
});

describe('a title abbreviation before a name ends no sentence ("…,” Rev. Tomas Brell told …")', () => {
  it('the quote before "Rev. Tomas Brell told the Courier" is his', () => {
    const body = '“We had no idea the minister was coming,” Rev. Tomas Brell told the Courier. “They were kind and they listened.”';
    expect(speakerOf(body, 'We had no idea')).toMatchObject({ name: 'Tomas Brell', kind: 'person' });
    expect(speakerOf(body, 'They were kind')).toMatchObject({ name: 'Tomas Brell' });
  });
  it('a sentence opened by the abbreviation keeps the name after it', () => {
    const body = 'Rev. Tomas Brell said the visit was welcome.';
    expect(speakerOf(body, 'the visit was welcome')).toMatchObject({ name: 'Tomas Brell' });
  });
});

describe('a title abbreviation wink cuts from its full stop is one token with it ("said Rev. Tomas Brell")', () => {
  it('"“…,” said Rev. Tomas Brell." → Tomas Brell, not "Rev"', () => {
    const body = '“We had no idea the minister was coming,” said Rev. Tomas Brell.';
    expect(speakerOf(body, 'We had no idea')).toMatchObject({ name: 'Tomas Brell', kind: 'person' });
  });
  it('"Maj. Ana Ruiz said …" → Ana Ruiz', () => {
    expect(speakerOf('Maj. Ana Ruiz said the base would close.', 'the base would close')).toMatchObject({ name: 'Ana Ruiz' });
  });
});

describe('"states", "notes", "argues" after a document noun are its verb of saying, though wink tags them nouns', () => {
  it('"“…,” the letter states. “…”" → a statement of the letter holding both quotes', () => {
    const body = 'Ninety teachers wrote to the mayor on Monday.\n“We value the work of the council,” the letter states. “However, we would be failing if we did not oppose the cuts to libraries.”';
    expect(speakerOf(body, 'We value the work')).toMatchObject({ kind: 'document' });
    expect(speakerOf(body, 'oppose the cuts')).toMatchObject({ kind: 'document' });
  });
  it('"The complaint argues that …" → complaint', () => {
    expect(speakerOf('The complaint argues that the council broke its own rules.', 'broke its own rules')).toMatchObject({ kind: 'document' });
  });
});

describe('"Her coach", "his agent": the unnamed holder of a post at a person’s side is another person, not that person', () => {
  it('"Her coach said …" after Ama Okonji → Okonji’s coach, anonymous; Okonji keeps her own role', () => {
    const body = 'Okonji said on Tuesday that a hamstring injury had not healed in time. Her coach said she would return next season.';
    const headline = 'Sprinter Ama Okonji withdraws from national trials';
    expect(speakerOf(body, 'she would return', { headline })).toMatchObject({ name: 'Okonji’s coach', kind: 'anonymous', role: 'coach' });
    expect(speakerOf(body, 'a hamstring injury', { headline })).toMatchObject({ name: 'Ama Okonji', role: 'sprinter' });
  });
  it('must not fire: "his spokesman" speaks for him', () => {
    const body = 'Senator Tomas Brell missed the vote. His spokesman said he had been unwell.';
    expect(speakerOf(body, 'he had been unwell').name).toBe('Tomas Brell');
  });
});
