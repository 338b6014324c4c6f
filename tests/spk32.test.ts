// Speakers and statement edges of session 32 (brief spk32): a counted group is named by its description, never by its
// number; a quantifier with a "who" clause is no name; a plural "they" goes on with the described people who were the
// last sentence's subject; a reporter's appositive set off by a dash ("— a claim the council denies") ends the content
// before it and is the denier's own statement (GUIDE decision 123). The sentences are written for this file.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { speakerOf } from './speaker-helpers.js';

type Row = { speaker: string; kind: string; role: string | null; mention: string; cue: string; act: string; content: string };
const rows = (paragraphs: string): Row[] => {
  const text = `Headline\n${paragraphs}\n`;
  return analyzeArticle(text).statements.map((s) => ({
    speaker: s.speaker.name, kind: s.speaker.kind, role: s.speaker.role, mention: s.speaker.mention?.text ?? '', act: s.act,
    cue: s.cue ? text.slice(s.cue.start, s.cue.end) : '', content: text.slice(s.content.start, s.content.end),
  }));
};
const withCue = (paragraphs: string, cue: string): Row | undefined => rows(paragraphs).find((r) => r.cue === cue);

describe('a counted group of people is named by its description, never by its number', () => {
  it.each<[string, string, string]>([
    ['"more than" and a noun: a dozen or more people are a group',
      'The boiler in Harl Tower failed again in January.\nMore than 300 tenants said they would withhold rent.', 'more than 300 tenants'],
    ['"about" and a noun with a place after it',
      'The boiler in Harl Tower failed again in January.\nAbout 120 residents of Harl Tower said they would withhold rent.', 'about 120 residents of Harl Tower'],
    ['a bare number and a noun',
      'The boiler in Harl Tower failed again in January.\n250 tenants said they would withhold rent.', '250 tenants'],
    ['"dozens of" and a noun',
      'The boiler in Harl Tower failed again in January.\nDozens of tenants said they would withhold rent.', 'dozens of tenants'],
  ])('%s', (_rule, body, name) => {
    const who = speakerOf(body, 'they would withhold rent');
    expect(who).toMatchObject({ name, kind: 'group', role: null });
    expect(who.mention?.toLowerCase()).toBe(name.toLowerCase());
  });

  it('a few counted people stay unnamed individuals, the words of amount kept', () => {
    expect(speakerOf('The boiler in Harl Tower failed again in January.\nAt least two caretakers said the boiler had been patched, not mended.', 'patched'))
      .toMatchObject({ name: 'at least two caretakers', kind: 'anonymous', role: 'caretaker' });
  });

  it.each<[string, string, string]>([
    ['a count standing alone is a part of the people described before it',
      'The drivers\' union balloted its members at the Corbel Street depot.\nMore than 300 said they would strike.', 'members'],
    ['"some" before a bare number',
      'The Corbel Street depot employs 400 drivers.\nSome 300 said they would strike.', 'drivers'],
  ])('%s', (_rule, body, name) => {
    const who = speakerOf(body, 'they would strike');
    expect(who.name).toBe(name);
    expect(who.name).not.toMatch(/\d/u);
    expect(who.kind).toBe('anonymous');
  });

  it('must not fire: a sum of money before a coordinated subject is no count of its speakers', () => {
    const r = withCue('The county board set aside $95 million for roads last spring, and its members say the sum is far too small.', 'say');
    expect(r?.speaker).not.toMatch(/\d|million/u);
    expect(r?.mention).toBe('its members');
  });

  it.each<[string, string]>([
    ['must not fire: a poll share after "about"', 'About 3 in 10 say they trust the council.'],
    ['must not fire: a percentage after "nearly"', 'Nearly 40 percent said they trust the council.'],
  ])('%s', (_rule, body) => {
    const r = withCue(body, /say/u.test(body) ? 'say' : 'said');
    expect(r?.mention).not.toMatch(/^(?:About|Nearly)/u);
    expect(r?.kind).not.toBe('group');
  });

  it('must not fire: a number inside a body\'s name', () => {
    expect(withCue('The Route 9 Action Group said it would take the council to court.', 'said')).toMatchObject({ speaker: 'Route 9 Action Group' });
  });
});

describe('a pronoun or quantifier with a "who" clause is no name', () => {
  it.each<[string, string, string, string]>([
    ['"everyone who": the people described speak together', 'Everyone who lives on the Marl estate says the crossing is dangerous.', 'everyone who lives on the Marl estate', 'group'],
    ['"someone who": one unnamed person', 'Someone who works at the depot told the paper the crossing was dangerous.', 'someone who works at the depot', 'anonymous'],
    ['"many who": unnamed people', 'Many who live on the Marl estate say the crossing is dangerous.', 'many who live on the Marl estate', 'anonymous'],
    ['"no one who" (two words)', 'No one who drives through the estate says the crossing is safe.', 'no one who drives through the estate', 'anonymous'],
  ])('%s', (_rule, sentence, name, kind) => {
    const r = rows(`The crossing on Marl Road has had three accidents this year.\n${sentence}`).find((x) => /crossing (?:is|was) (?:dangerous|safe)/u.test(x.content));
    expect(r).toMatchObject({ speaker: name, kind });
    expect(r?.kind).not.toBe('organization');
  });

  it.each<[string, string, string]>([
    ['must not fire: a named person with a relative clause set off by commas',
      'Marta Quell, who lives on the Marl estate, said the crossing was dangerous.', 'Marta Quell'],
    ['must not fire: a quantifier as the object of the verb, the subject speaks',
      'The council thanked everyone who wrote in and said the crossing would be rebuilt.', 'council'],
  ])('%s', (_rule, sentence, name) => {
    const r = rows(`The crossing on Marl Road has had three accidents this year.\n${sentence}`).find((x) => /crossing (?:was dangerous|would be rebuilt)/u.test(x.content));
    expect(r?.speaker).toBe(name);
  });
});

describe('a plural "they" goes on with the described people who were the last sentence\'s subject', () => {
  it.each<[string, string, string]>([
    ['a bare plural that spoke through no cue, a company named before it',
      'Pellgrave Homes said it would replace the boiler.\nTenants have gone without heating since March. They say the boiler failed twice.', 'Tenants'],
    ['a bare plural with a place after it',
      'Pellgrave Homes said it would replace the boiler.\nTenants at Harl Tower have gone without heating since March. They say the boiler failed twice.', 'tenants at Harl Tower'],
    ['a bare plural that complained, then "they said"',
      'Pellgrave Homes said it would replace the boiler.\nDrivers complained about the new rota on Monday. They said the shifts were far too long.', 'Drivers'],
  ])('%s', (_rule, body, name) => {
    const r = rows(body).find((x) => x.mention === 'They');
    expect(r?.speaker).toBe(name);
    expect(r?.kind).not.toBe('organization');
  });

  it.each<[string, string, string]>([
    ['must not fire: a plural subject that is no people', 'Pellgrave Homes and Orrin Estates own the tower.\nThe rents have risen since March. They say the boiler failed twice.', 'rents'],
    ['must not fire: a "they" inside its sentence, not opening it', 'Pellgrave Homes and Orrin Estates own the tower.\nTenants pay rent to both, and since March they say the boiler failed twice.', '-'],
  ])('%s', (_rule, body, notName) => {
    for (const r of rows(body).filter((x) => x.mention === 'They')) expect(r.speaker).not.toBe(notName);
  });
});

describe('a reporter\'s appositive set off by a dash ends the content; "a claim X denies" is X\'s denial (GUIDE decision 123)', () => {
  it.each<[string, string, string, string, string]>([
    ['"a claim the council denies" after a dash',
      'Marta Quell said the landlord had cut the heating every night in winter — a claim the council denies.', 'said', 'the landlord had cut the heating every night in winter', 'council'],
    ['"an allegation the firm has denied" after a dash, under "claimed"',
      'Marta Quell claimed that the landlord had cut the heating every night in winter — an allegation the firm has denied.', 'claimed', 'the landlord had cut the heating every night in winter', 'firm'],
  ])('%s', (_rule, body, cue, content, denier) => {
    const r = rows(`The boiler in Harl Tower failed again in January.\n${body}`);
    expect(r.find((x) => x.cue === cue)?.content).toBe(content);
    const denial = r.find((x) => x.act === 'DENY' && x.speaker === denier);
    expect(denial?.content).toMatch(/^an? (?:claim|allegation)$/u);
  });

  it('a comment with no source after a dash ends the content too', () => {
    const r = withCue('The boiler in Harl Tower failed again in January.\nMarta Quell said the landlord had spent £4,000 on repairs — a sum nobody else has confirmed.', 'said');
    expect(r?.content).toBe('the landlord had spent £4,000 on repairs');
  });

  it.each<[string, string, string]>([
    ['must not fire: a pair of dashes around a word inside the reported clause',
      'Marta Quell said the landlord had cut the heating — twice — in one week.', 'the landlord had cut the heating — twice — in one week'],
    ['must not fire: a dash before a clause that goes on with the speaker\'s words',
      'Marta Quell said the landlord had cut the heating — and that nobody had warned the tenants.', 'the landlord had cut the heating — and that nobody had warned the tenants'],
  ])('%s', (_rule, body, content) => {
    expect(withCue(`The boiler in Harl Tower failed again in January.\n${body}`, 'said')?.content).toBe(content);
  });
});

describe('"the company" with no other body before it is a business whose name reads as an outlet\'s', () => {
  it.each<[string, string, string]>([
    ['"the company" after the business spoke with "says"',
      'Harwick Post says letter volumes have halved since 2015.\nThe company said it was disappointed by the strike vote.', 'The company'],
    ['"the firm" likewise',
      'Harwick Post says letter volumes have halved since 2015.\nThe firm said it was disappointed by the strike vote.', 'The firm'],
    ['a sentence between them',
      'Harwick Post says letter volumes have halved since 2015. Its rounds will be cut to three days a week.\nThe company said it was disappointed by the strike vote.', 'The company'],
  ])('%s', (_rule, body, mention) => {
    expect(rows(body).find((x) => x.mention === mention)?.speaker).toBe('Harwick Post');
  });

  it.each<[string, string]>([
    ['must not fire: an outlet that reported', 'Harwick Post reported on Monday that the plant had leaked for weeks.\nThe company said it was investigating.'],
    ['must not fire: an outlet named with its "The"', 'The Valley Herald says the plant had leaked for weeks.\nThe company said it was investigating.'],
  ])('%s', (_rule, body) => {
    expect(rows(body).find((x) => x.mention === 'The company')?.speaker).not.toMatch(/Post|Herald/u);
  });

  it('must not fire: an outlet named only by a description ("the newspaper")', () => {
    expect(rows('The newspaper said the mill had hidden its losses.\nThe firm said the report was false.').find((x) => x.mention === 'The firm')?.speaker).not.toBe('newspaper');
  });

  it('must not fire: a business named as such before wins', () => {
    expect(rows('Harwick Post says letter volumes have halved since 2015. Ardley Mail Services also runs rounds in the county.\nThe company said it was disappointed by the strike vote.')
      .find((x) => x.mention === 'The company')?.speaker).toBe('Ardley Mail Services');
  });
});
