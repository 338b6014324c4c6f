// Merged stance rules the reviews (review18 items 1, 2, 3, 6, 7) found misfiring, narrowed (brief fix18c): the owner of
// "the values of X", "wish X well, but …", a harmed party that did harm, "work where X failed", "cautioned that X's
// forecasts …". Each: the misfire fixed, the intended case still right, ordinary sentences with the trigger words
// unchanged. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { statementsOf as run, withContent } from './stance-helpers.js';

const stanceOf = (paragraphs: string, start: string, target: string) => withContent(paragraphs, start).targets[target] ?? 'NONE';

describe('"did not reflect the values of X": the values\' owner is not charged, the conduct\'s doer is', () => {
  it('the club whose values a player\'s remarks did not reflect is no target of the criticism', () => {
    expect(stanceOf('A club spokesman said the player\'s remarks did not reflect the values of Corbel Rovers.', 'the player', 'Corbel Rovers')).toBe('NONE');
  });
  it('the managers whose conduct is disowned stay AGAINST; the company owning the values does not', () => {
    const st = withContent('The union said the managers\' conduct did not reflect the values of Kessler Foods.', 'the managers');
    expect(st.act).toBe('CRITICIZE');
    expect(st.targets['managers']).toBe('AGAINST');
    expect(st.targets['Kessler Foods'] ?? 'NONE').toBe('NONE');
  });
  it('must not fire: a company said to have failed its workers is still AGAINST', () => {
    expect(stanceOf('The union said Kessler Foods had failed its workers.', 'Kessler Foods', 'Kessler Foods')).toBe('AGAINST');
  });
  it('must not fire: "the values of Brenmoor were worth defending" is against no one', () => {
    expect(stanceOf('The mayor said the values of Brenmoor were worth defending.', 'the values', 'Brenmoor')).toBe('NONE');
  });
});

describe('"I wish X well, but …": a criticism after "but" wins', () => {
  it('"I wish Dan Oxley well, but he has left the club in a mess" is against Oxley', () => {
    expect(stanceOf('"I wish Dan Oxley well, but he has left the club in a mess," the chairman said.', 'I wish', 'Dan Oxley')).toBe('AGAINST');
  });
  it('reported: "said he wished Dan Oxley well but that he had left the club in a mess"', () => {
    expect(stanceOf('The chairman said he wished Dan Oxley well but that he had left the club in a mess.', 'he wished', 'Dan Oxley')).toBe('AGAINST');
  });
  it('still FAVOR with no criticism after "but": "I wish Ms Reyes well, but the season is over for us"', () => {
    expect(stanceOf('"I wish Ms Reyes well, but the season is over for us," the manager said.', 'I wish', 'Reyes')).toBe('FAVOR');
  });
  it('must not fire: a plain wish, "I wish Mr Varga well. I hope he governs for everyone."', () => {
    expect(stanceOf('"I wish Mr Varga well. I hope he governs for everyone," Olaf Renn said.', 'I wish', 'Varga')).toBe('FAVOR');
  });
  it('must not fire: a criticism with no wish stays AGAINST', () => {
    expect(stanceOf('The chairman said Dan Oxley had left the club in a mess.', 'Dan Oxley', 'Dan Oxley')).toBe('AGAINST');
  });
});

describe('a harmed party that did harm too ("injured while attacking officers") stays AGAINST', () => {
  it('"Carl Tesh was injured while attacking officers": Tesh AGAINST, and the attack keeps its target', () => {
    const sts = run('Police said Carl Tesh was injured while attacking officers.');
    expect(sts.find((s) => s.content.startsWith('Carl Tesh'))?.targets['Carl Tesh']).toBe('AGAINST');
    const attack = sts.find((s) => s.content === 'officers');
    expect(attack?.targets['Carl Tesh']).toBe('AGAINST');
  });
  it('"injured after he assaulted a guard": the doer is AGAINST', () => {
    expect(stanceOf('Police said Carl Tesh was injured after he assaulted a guard.', 'Carl Tesh', 'Carl Tesh')).toBe('AGAINST');
  });
  it('still NONE for a plain victim: "was punched by a man who fled"', () => {
    expect(stanceOf('Police said Ana Brook was punched by a man who fled.', 'Ana Brook', 'Ana Brook')).toBe('NONE');
  });
  it('must not fire: "injured after she was attacked on Mill Road" (a passive: she underwent it)', () => {
    expect(stanceOf('Police said Ana Brook was injured after she was attacked on Mill Road.', 'Ana Brook', 'Ana Brook')).toBe('NONE');
  });
  it('must not fire: "injured while walking her dog"', () => {
    expect(stanceOf('Police said Ana Brook was injured while walking her dog.', 'Ana Brook', 'Ana Brook')).toBe('NONE');
  });
});

describe('"will work where X failed": a criticism of X when X is named; none where no one is', () => {
  it('"his plan will work where Governor Ash\'s plan failed" is against Ash', () => {
    expect(stanceOf('Senator Vane said his plan will work where Governor Ash\'s plan failed.', 'his plan', 'Ash')).toBe('AGAINST');
  });
  it('still no criticism: "would succeed where others had failed"', () => {
    const st = withContent('The mayor said the new scheme would succeed where others had failed.', 'the new scheme');
    expect(st.act).not.toBe('CRITICIZE');
  });
  it('must not fire: "would succeed where the old one failed" (no party named) is no criticism', () => {
    const st = withContent('The mayor said the new scheme would succeed where the old one failed.', 'the new scheme');
    expect(st.act).not.toBe('CRITICIZE');
  });
  it('must not fire: "Governor Ash\'s plan had failed" with no "where" is AGAINST as before', () => {
    expect(stanceOf('The mayor said Governor Ash\'s plan had failed.', 'Governor Ash', 'Ash')).toBe('AGAINST');
  });
});

describe('"cautioned that X\'s forecasts …": a caution about a party\'s own work or claim is against it', () => {
  it('"cautioned that Harlow Energy\'s forecasts rest on old data" is against Harlow Energy', () => {
    expect(stanceOf('Analysts cautioned that Harlow Energy\'s forecasts rest on old data.', 'Harlow Energy', 'Harlow Energy')).toBe('AGAINST');
  });
  it('still a caveat against no one: "cautioned that the Liberal Union had done better than expected"', () => {
    expect(stanceOf('Pollster Idris Kane cautioned that the Liberal Union had done better than expected in the northern towns.', 'the Liberal Union', 'Liberal Union')).toBe('NONE');
  });
  it('must not fire: "cautioned that figures from Harlow Energy were provisional" (no possessive work)', () => {
    expect(stanceOf('Idris Kane cautioned that figures from Harlow Energy were provisional.', 'figures', 'Harlow Energy')).toBe('NONE');
  });
  it('must not fire: "cautioned that Harlow Energy could lose money if prices fell" still warns', () => {
    expect(stanceOf('Idris Kane cautioned that Harlow Energy could lose money if prices fell.', 'Harlow Energy', 'Harlow Energy')).toBe('AGAINST');
  });
});
