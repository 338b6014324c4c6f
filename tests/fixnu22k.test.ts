// Session 22, statement and speaker errors a second new user found in articles of their own (a police appeal, a summit,
// a medical study). Sentences are our own, with other names and words; each expectation was written by hand from the
// sentence (LABELS.md; GUIDE.md).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const statements = (paragraphs: string) => analyzeArticle(`Headline\n${paragraphs.replace(/\|/gu, '\n')}\n`).statements;
const cues = (paragraphs: string): string[] => statements(paragraphs).map((s) => s.cue?.text ?? '');
const speakersOf = (paragraphs: string): string[] => statements(paragraphs).map((s) => s.speaker.name);

describe('a police appeal is a demand: "appealed for X to …", "appealed to X to …"', () => {
  it('fires: "Officers looking into the burglary … have appealed for anyone with footage to come forward" → DEMAND', () => {
    const s = statements('Officers looking into the burglary of a bakery in Dunmore have appealed for anyone with camera footage to come forward.');
    expect(s.map((x) => [x.act, x.cue?.text, x.content.text])).toEqual([['DEMAND', 'appealed for', 'anyone with camera footage to come forward']]);
  });
  it('fires: "The family appealed for privacy", "appealed to drivers to slow down"', () => {
    expect(statements('The Okafor family appealed for privacy.').map((x) => x.act)).toEqual(['DEMAND']);
    expect(statements('Ines Varga appealed to drivers on the coast road to slow down.').map((x) => [x.act, x.content.text])).toEqual([['DEMAND', 'drivers on the coast road to slow down']]);
  });
  it('must not fire: "appealed to" someone\'s taste, or to a court', () => {
    expect(cues('The cheaper flats appealed to first-time buyers.')).toEqual([]);
    expect(cues('The idea appealed to voters who wanted to see change in the town.')).toEqual([]);
    expect(cues('The haulage firm appealed to the high court last year.')).toEqual([]);
  });
});

describe('a negated "mention" reports what was left out, no words', () => {
  it('fires: "The memo did not mention the budget" → no statement', () => {
    expect(cues('The memo did not mention the budget.')).toEqual([]);
    expect(cues('The mayor didn\'t mention the strike in her speech.')).toEqual([]);
    expect(cues('The council\'s report never mentioned the flooding.')).toEqual([]);
  });
  it('must not change: "mentioned that …" and "mentioned the delay to reporters"', () => {
    expect(cues('Officials mentioned that the bridge would reopen in May.')).toEqual(['mentioned']);
    expect(cues('Pia Rask mentioned the delay to reporters on Monday.')).toEqual(['mentioned']);
  });
});

describe('a present participle and its object after the speaker: the head noun speaks', () => {
  it('fires: "Police officers investigating the fire said" → police officers, not "fire"', () => {
    expect(speakersOf('Police officers investigating the fire said it had been started deliberately.')).toEqual(['police officers']);
    expect(speakersOf('Nurses working at the Kelby clinic said the wards were full.')).toEqual(['nurses']);
  });
  it('must not change: a gerund inside an inverted subject or a clause', () => {
    expect(speakersOf('The cost of running the ferry has risen, the council said.')).toEqual(['council']);
    expect(speakersOf('Plans for widening the road were dropped, officials said.')).toEqual(['officials']);
  });
});
