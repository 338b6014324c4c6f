// Statement and speaker gaps that other helpers of session 31 met while writing their tests (brief gaps32). The
// sentences are written for this file; every expectation is what a careful reader would say (LABELS.md, corpus/GUIDE.md).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { speakerOf } from './speaker-helpers.js';

type Row = { speaker: string; kind: string; mention: string; cue: string; content: string };
const rows = (paragraphs: string): Row[] => {
  const text = `Headline\n${paragraphs}\n`;
  return analyzeArticle(text).statements.map((s) => ({
    speaker: s.speaker.name, kind: s.speaker.kind, mention: s.speaker.mention?.text ?? '', cue: s.cue ? text.slice(s.cue.start, s.cue.end) : '', content: text.slice(s.content.start, s.content.end),
  }));
};
const withCue = (paragraphs: string, cue: string): Row | undefined => rows(paragraphs).find((r) => r.cue === cue);

describe('an unnamed source with a restrictive "who" clause between it and the cue', () => {
  it.each<[string, string, string, string]>([
    ['a head noun the tagger reads as an adjective ("cleaner"), a clause ending in a verb',
      'The lifts in Harl Tower failed again on Sunday.\nA cleaner who asked not to be named said the lifts had been broken for weeks.',
      'the lifts had been broken for weeks', 'cleaner'],
    ['the same head, a clause ending in an adverb',
      'The lifts in Harl Tower failed again on Sunday.\nA cleaner who works there said they had been broken for weeks.',
      'they had been broken for weeks', 'cleaner'],
    ['the same head, a clause ending in its verb\'s object',
      'The lifts in Harl Tower failed again on Sunday.\nA cleaner who requested anonymity told reporters the lifts had been broken for weeks.',
      'the lifts had been broken for weeks', 'cleaner'],
    ['a clause ending in a year: the year is no speaker',
      'The lifts in Harl Tower failed again on Sunday.\nA cleaner who has worked there since 2015 said they had been broken for weeks.',
      'they had been broken for weeks', 'cleaner'],
    ['a noun the tagger knows, a clause ending in an adverb',
      'The lifts in Harl Tower failed again on Sunday.\nA porter who lives there said they had been broken for weeks.',
      'they had been broken for weeks', 'porter'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content)).toMatchObject({ name, kind: 'anonymous' });
  });

  it('"those" and its clause are the speakers, not the last word of the clause', () => {
    const who = speakerOf('The lifts in Harl Tower failed again on Sunday.\nThose who have lived there since 2015 say the lifts have never worked for a whole month.', 'the lifts have never worked');
    expect(who.name).toBe('those who have lived there since 2015');
    expect(who.kind).not.toBe('person');
  });

  it.each<[string, string, string, string]>([
    ['must not fire: a relative clause on the object of the main verb (the subject before the verb speaks)',
      'The lifts in Harl Tower failed again on Sunday.\nMarta Quell met a cleaner who works there and said the lifts had been broken for weeks.',
      'the lifts had been broken for weeks', 'Marta Quell'],
    ['must not fire: an adjective before a noun, no "who" after it',
      'The lifts in Harl Tower failed again on Sunday.\nA local caretaker said the lifts had been broken for weeks.',
      'the lifts had been broken for weeks', 'local caretaker'],
  ])('%s', (_rule, body, content, name) => {
    expect(speakerOf(body, content).name).toBe(name);
  });

  it('must not fire: an infinitive cue inside the clause ("who had taken cash to concede runs") has no speaker there', () => {
    const r = rows('Match-fixing cases are rare.\nThe last one, in 2015, involved a bowler who had taken cash to concede runs in a televised match.');
    expect(r.find((x) => x.cue === 'concede')).toBeUndefined();
  });
});

describe('a number is never a name', () => {
  it.each<[string, string, string, string]>([
    ['a year after "since" on the subject: the noun before it speaks',
      'The lifts in Harl Tower failed again on Sunday.\nA tenant since 2015 said they had been broken for weeks.',
      'they had been broken for weeks', 'tenant'],
    ['a person described by a relative clause set off by commas, with a year in it',
      'The lifts in Harl Tower failed again on Sunday.\nHer husband, who retired in 2015, said they had been broken for weeks.',
      'they had been broken for weeks', 'her husband'],
  ])('%s', (_rule, body, content, name) => {
    const who = speakerOf(body, content);
    expect(who.name.toLowerCase()).toBe(name);
    expect(who.name).not.toMatch(/\d/u);
  });

  it('a bare year taken for a subject is never typed a person', () => {
    const r = rows('The lifts in Harl Tower failed again.\nBy the end of the year, since 2015 said they had been broken.');
    for (const x of r) expect(x.speaker === '2015' && x.kind === 'person').toBe(false);
  });
});

describe('a subject set off by a parenthetical before the cue: the noun phrase after the cue opens the content', () => {
  it.each<[string, string, string]>([
    ['an age set off by commas', 'The boiler at Harl Tower broke in January.\nMarta Quell, 71, said the heating often failed.', 'Marta Quell'],
    ['a participle phrase naming one of them', 'The boiler at Harl Tower broke in January.\nSeveral tenants, including Marta Quell, said the heating often failed.', 'several tenants'],
    ['a sentence adverb set off by commas', 'The boiler at Harl Tower broke in January.\nThe tenants, however, said the heating often failed.', 'tenants'],
    ['a setting set off by commas', 'The boiler at Harl Tower broke in January.\nThe tenants, in a letter, said the heating often failed.', 'tenants'],
  ])('%s', (_rule, body, name) => {
    const r = withCue(body, 'said');
    expect(r?.speaker.toLowerCase()).toBe(name.toLowerCase());
    expect(r?.content).toBe('the heating often failed');
  });

  it.each<[string, string, string, string]>([
    ['must not fire: a clause before the comma, the speaker after the cue',
      'The boiler at Harl Tower broke in January.\nThe heating often failed, said the tenants.', 'tenants', 'The heating often failed'],
    ['must not fire: an inverted speaker with a relative clause',
      'The boiler at Harl Tower broke in January.\nThe heating often failed, said the tenants who live there.', 'tenants', 'The heating often failed'],
  ])('%s', (_rule, body, name, content) => {
    const r = withCue(body, 'said');
    expect(r?.speaker).toBe(name);
    expect(r?.content).toBe(content);
  });
});

describe('the horizontal bar (U+2015, "―") that some sites set for an em dash is read as one', () => {
  it('a speaker phrase set off by "―" before the cue', () => {
    const r = withCue('The boiler at Harl Tower broke in January.\nMarta Quell ― a tenant since 2009 ― said the heating often failed.', 'said');
    expect(r?.speaker).toBe('Marta Quell');
    expect(r?.content).toBe('the heating often failed');
  });
  it('a statement whose content is cut at "―" (the reporter\'s clause after it), as at "—"', () => {
    for (const dash of ['―', '—']) {
      const r = withCue(`The boiler at Harl Tower broke in January.\nThe heating often failed, the tenants said ${dash} and the council did nothing.`, 'said');
      expect(r?.speaker).toBe('tenants');
      expect(r?.content).toBe('The heating often failed');
    }
  });
  it('an attribution set off by a pair of "―" reads as with "—"', () => {
    const read = (dash: string): Row[] => rows(`The boiler at Harl Tower broke in January.\nThe heating had failed ${dash} the tenants said ${dash} because nobody serviced the boiler.`);
    expect(read('―').map((x) => [x.speaker, x.cue, x.content])).toEqual(read('—').map((x) => [x.speaker, x.cue, x.content]));
    expect(read('―')).toHaveLength(1);
  });
  it('must not change the text: offsets and the words reported keep the "―" as given', () => {
    const text = 'Headline\nThe boiler at Harl Tower broke in January.\nMarta Quell said the heating had failed ― twice ― in a week.\n';
    const st = analyzeArticle(text).statements.find((s) => s.cue && text.slice(s.cue.start, s.cue.end) === 'said');
    expect(st?.content.text).toBe('the heating had failed ― twice ― in a week');
    expect(text.slice(st?.content.start ?? 0, st?.content.end ?? 0)).toBe(st?.content.text);
    expect(analyzeArticle(text).article.text).toBe(text);
  });
});

describe('speaker phrases set off by commas or dashes before the cue', () => {
  it.each<[string, string, string, string, string]>([
    ['a pair of dashes holding commas of its own',
      'The boiler at Harl Tower broke in January.\nUnion leaders ― and, in particular, the branch secretary ― insisted that the heating be fixed.',
      'insisted', 'union leaders', 'the heating be fixed'],
    ['the same with em dashes',
      'The boiler at Harl Tower broke in January.\nUnion leaders — and, in particular, the branch secretary — insisted that the heating be fixed.',
      'insisted', 'union leaders', 'the heating be fixed'],
    ['a demonstrative before a document, a phrase set off by commas after it',
      'The boiler at Harl Tower broke in January.\nThe firm wrote to every tenant in May. That letter, on the firm\'s own letterhead, demanded that they leave.',
      'demanded', 'letter', 'they leave'],
  ])('%s', (_rule, body, cue, name, content) => {
    const r = withCue(body, cue);
    expect(r?.speaker.toLowerCase()).toBe(name);
    expect(r?.content).toBe(content);
  });

  it('the demonstrative stays in the mention', () => {
    expect(withCue('The boiler at Harl Tower broke in January.\nThe firm wrote to every tenant in May. That letter, on the firm\'s own letterhead, demanded that they leave.', 'demanded')?.mention).toBe('That letter');
  });

  it.each<[string, string, string, string, string]>([
    ['must not fire: "that" after the cue is its complementizer, no demonstrative of the next subject',
      'The boiler at Harl Tower broke in January.\nThe tenants said that management had ignored them.', 'said', 'tenants', 'management had ignored them'],
    ['must not fire: a demonstrative before a time noun opening the sentence is no part of the subject',
      'The boiler at Harl Tower broke in January.\nThis week the council said the heating would be fixed.', 'said', 'council', 'the heating would be fixed'],
  ])('%s', (_rule, body, cue, name, content) => {
    const r = withCue(body, cue);
    expect(r?.speaker).toBe(name);
    expect(r?.content).toBe(content);
  });
});

describe('a number after a preposition of amount still counts the speakers', () => {
  it.each<[string, string]>([
    ['"more than" and a number', 'The union balloted its members at the depot.\nMore than 300 said they would strike.'],
    ['"up to" and a number', 'The union balloted its members at the depot.\nUp to 300 said they would strike.'],
  ])('must not fire: %s', (_rule, body) => {
    const r = withCue(body, 'said');
    expect(r?.content).toBe('they would strike');
    expect(r?.mention).toContain('300');
    expect(r?.kind).not.toBe('person');
  });
});
