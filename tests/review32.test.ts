// A reviewer's probes of rules merged in session 31 (brief review32): the sentences each rule must handle and the
// ordinary ones a careless version fired on. Every sentence is written for this file; every expectation is what a
// careful reader would say (LABELS.md, corpus/GUIDE.md).
import { describe, expect, it } from 'vitest';
import { withContent } from './stance-helpers.js';
import { speakerOf } from './speaker-helpers.js';

describe('a denial of a claim its possessor made (judge-stance possessedRebuttal): the claim must be what is denied', () => {
  it.each<[string, string]>([
    ['Corran Water said it strongly disagreed with the Drinking Water Inspectorate’s conclusion and would appeal.', 'it strongly'],
    ['Corran Water disputed the Drinking Water Inspectorate’s finding, saying its samples had been taken correctly.', 'the Drinking'],
    ['Corran Water rejected the Drinking Water Inspectorate’s finding that it had failed to test the supply.', 'the Drinking'],
    ['Corran Water said it “firmly disagrees” with the Drinking Water Inspectorate’s conclusion.', 'it “firmly'],
  ])('the possessor of the claim denied is AGAINST: %s', (body, start) => {
    expect(withContent(body, start).targets['Drinking Water Inspectorate']).toBe('AGAINST');
  });
  it.each<[string, string]>([
    // (the possessed claim is cited in the speaker's support, not denied)
    ['Corran Water denied any fault, citing the Drinking Water Inspectorate’s finding that the supply was safe.', 'any fault'],
    ['Halvard Mining denied any wrongdoing, pointing to the External Audit Group’s conclusion that its accounts were in order.', 'any wrongdoing'],
    // (the possessed claim is the subject of the clause denied: what is denied is something done with it)
    ['Corran Water denied that the Drinking Water Inspectorate’s finding had been leaked to the press.', 'the Drinking'],
  ])('must not fire: %s', (body, start) => {
    const st = withContent(body, start);
    const target = Object.entries(st.targets).find(([name]) => /Inspectorate|Audit Group/u.test(name));
    expect(target?.[1] ?? 'NONE').not.toBe('AGAINST');
  });
});

describe('a lede’s holder of a post takes the name given after it only when the named person is tied to the post (holderNamedAfterLede)', () => {
  it('the first person named, introduced with words of the lede ("who bought the team"), is the holder', () => {
    const body = 'The owner of the Kelby Hawks has told the city that the team will leave unless a new ground is built.\nDan Ruiz, who bought the team in 2019, said the old ground was falling apart.';
    expect(speakerOf(body, 'the team will leave')).toMatchObject({ name: 'Dan Ruiz', kind: 'person' });
  });
  it('the same role given with the name ("President Ada Kern") is the holder', () => {
    const body = 'The president of Tarrow College insisted on Friday that closing the library at night had been the right call.\nPresident Ada Kern said the building could not be staffed after ten.';
    expect(speakerOf(body, 'closing the library')).toMatchObject({ name: 'Ada Kern', kind: 'person' });
  });
  it.each<[string, string, string, string]>([
    ['a person named next with nothing tying them to the post',
      'The president of the Fenwick Rowing Club said the summer regatta would be cancelled because of low water.\nOlga Steen, who has rowed on the lake for 30 years, said she was disappointed.',
      'the summer regatta', 'Olga Steen'],
    ['a person named next with another role ("head" is no wildcard)',
      'The head of the Marsh County Council said the flood defences had held.\nResident Peter Crane said his house had been under a foot of water.',
      'the flood defences', 'Peter Crane'],
    ['a person named in a later sentence with no introduction',
      'The head of the regional water authority warned that reservoirs could run dry by August.\nFarmers in the valley say they are already struggling. Tom Kell said his wells were half empty.',
      'reservoirs could run dry', 'Tom Kell'],
  ])('must not fire: %s', (_why, body, content, other) => {
    expect(speakerOf(body, content).name).not.toBe(other);
  });
});

describe('a pair of dashes around an appositive with commas of its own (find-statements parentheticalSubject)', () => {
  it('the commas in the pair still set off one phrase: "Union leaders ― and, in particular, the branch secretary ― insisted"', () => {
    expect(speakerOf('Union leaders ― and, above all, the branch secretary ― insisted the deal was unfair.', 'the deal was unfair')).toMatchObject({ name: 'union leaders' });
  });
  it('a name with its age and town in the pair is the name alone', () => {
    expect(speakerOf('The firm’s founder - Lise Brandt, 64, of Oslo - said the sale was final.', 'the sale was final').name).toBe('Lise Brandt');
    expect(speakerOf('The firm’s founder ― Lise Brandt, 64 ― said the sale was final.', 'the sale was final').name).toBe('Lise Brandt');
  });
  it('must not fire: a description with an age in the pair names no one; the phrase before it speaks', () => {
    const who = speakerOf('Two residents - a farmer, 58, and his wife - said the river rose overnight.', 'the river rose');
    expect(who.name).toBe('two residents');
    expect(who.kind).not.toBe('person');
  });
});

describe('an unnamed "a/an … who" source as a later he or she (a438e606): its gender and number count', () => {
  const opening = 'Mayor Dan Fell opened the new pool on Saturday. He said it had cost less than planned.';
  it('the source is the she after it', () => {
    expect(speakerOf(`${opening}\nA lifeguard who asked not to be named said staff had not been trained. She said the pumps had failed twice.`, 'the pumps had failed').name).toBe('lifeguard');
    expect(speakerOf(`${opening}\nA woman who runs the kiosk said trade was slow. She said the car park was too small.`, 'the car park').name).toBe('woman');
  });
  it('must not fire: a grandmother is no later "he"', () => {
    expect(speakerOf(`${opening}\nA grandmother who lives next door said the building work had been noisy. He said the pool would open seven days a week.`, 'seven days a week').name).toBe('Dan Fell');
  });
  it('must not fire: a couple is no one person for a later "he"', () => {
    expect(speakerOf('Mayor Dan Fell opened the new pool on Saturday.\nA couple who live nearby said they had waited years for it. He said the opening had been delayed by a year.', 'delayed by a year').name).toBe('Dan Fell');
  });
});

describe('"disregarded" charges a wrong only with a rule, warning, advice or right as object (stance-words wrongdoing)', () => {
  it('a body that disregarded warnings or rights of way is charged: AGAINST it', () => {
    const st = withContent('The Tenants Association said the Dunmore Housing Trust disregarded repeated warnings about damp.', 'the Dunmore');
    expect(st.act).toBe('ACCUSE');
    expect(st.targets['Dunmore Housing Trust']).toBe('AGAINST');
  });
  it.each<[string, string]>([
    ['The research team said it disregarded the first week of readings because a sensor was faulty.', 'it disregarded'],
    ['Organisers said thousands of fans, disregarding the rain, had turned out to cheer the Kelby Hawks.', 'thousands'],
    ['Coach Ben Arlow said his players had disregarded the noise from the crowd and focused on the game.', 'his players'],
  ])('must not fire: %s', (body, start) => {
    const st = withContent(body, start);
    expect(st.act).not.toBe('ACCUSE');
    expect(Object.values(st.targets)).not.toContain('AGAINST');
  });
});

describe('a spokesperson’s advice to others after a charge is no defence of the body (defendsBodyAgainstCritics)', () => {
  const charge = 'Campaigners accused the Marsh County Council of ignoring flood warnings.\nRuth Bayliss, a spokesperson for the Marsh County Council, said ';
  it('a reply that the charge was wrong defends the body: FAVOR', () => {
    expect(withContent(`${charge}the warnings had been acted on within hours.`, 'the warnings').targets['Marsh County Council']).toBe('FAVOR');
  });
  it.each<string>(['residents should stay indoors until the water falls.', 'drivers must not ignore road closures.'])('must not fire: %s', (advice) => {
    expect(withContent(`${charge}${advice}`, advice.slice(0, 12)).targets['Marsh County Council'] ?? 'NONE').not.toBe('FAVOR');
  });
});
