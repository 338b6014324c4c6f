// Speech cues the statement stage refused (brief stmt32): the sentences are written for this file; each expectation is
// what a careful reader would say under LABELS.md and corpus/GUIDE.md.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

type Row = { speaker: string; cue: string; content: string };
const rows = (paragraphs: string): Row[] => {
  const text = `Headline\n${paragraphs}\n`;
  return analyzeArticle(text).statements.map((s) => ({
    speaker: s.speaker.name, cue: s.cue ? text.slice(s.cue.start, s.cue.end) : '', content: text.slice(s.content.start, s.content.end),
  }));
};

describe('a subject set off by appositives before a cue with an object is no inverted attribution', () => {
  it.each<[string, string, string, string, string]>([
    ['a name and its role, then "called for"', 'Jana Morr, director of the trust, called for more funding.', 'called for', 'more funding', 'Jana Morr'],
    ['a role and a name, then "urged" with a setting after the object', 'The council leader, Dana Pell, urged calm in a radio interview on Monday.', 'urged', 'calm', 'Dana Pell'],
    ['a fronted setting, a name and its role, then "defended"', 'In a post, Bram Ode, a former aide, defended his record as mayor.', 'defended', 'his record as mayor', 'Bram Ode'],
    ['a participle inside the appositive', 'Tess Hale, one of the officers involved in the raid, criticized the chief for the delay.', 'criticized', 'the chief for the delay', 'Tess Hale'],
    ['a fronted time phrase before a plain subject', 'Last year, Tolbrook police reported 300 thefts from parked cars.', 'reported', '300 thefts from parked cars', 'Tolbrook police'],
  ])('%s', (_case, body, cue, content, speaker) => {
    expect(rows(body)).toContainEqual({ cue, content, speaker: expect.stringContaining(speaker) as unknown as string });
  });

  it('an inverted attribution after a clause still reads backward', () => {
    expect(rows('The levy will rise next spring, the minister said.')).toEqual([
      expect.objectContaining({ cue: 'said', content: 'The levy will rise next spring' }),
    ]);
  });

  it.each<[string, string]>([
    ['a cue of plain saying whose object is the thing answered', 'Jana Morr, director of the trust, answered the letter on Monday.'],
    ['a lone word before the comma and nothing after the cue', 'Sorry, Hale said.'],
    ['a noun phrase before the comma and nothing after the cue', 'Or perhaps the harbour master, the aide said.'],
  ])('no statement: %s', (_case, body) => {
    expect(rows(body)).toEqual([]);
  });
});
