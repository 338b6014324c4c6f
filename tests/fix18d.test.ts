// Session 18, a third new user's speaker and statement errors. Sentences are our own; each expectation was written by
// hand from the sentence (LABELS.md; GUIDE.md).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const statements = (paragraphs: string) => analyzeArticle(`Headline\n${paragraphs.replace(/\|/gu, '\n')}\n`).statements;
const speakersOf = (paragraphs: string): string[] => statements(paragraphs).map((s) => s.speaker.name);

describe('a name in apposition after a description with a present participle is the speaker', () => {
  it('fires: "A charity representing rural bus users, Wheels for All, criticised …" → Wheels for All', () => {
    expect(speakersOf('A charity representing rural bus users, Wheels for All, criticised the council\'s timetable.')).toEqual(['Wheels for All']);
    expect(speakersOf('A group representing hill farmers, Upland Voice, praised the new grant scheme.')).toEqual(['Upland Voice']);
  });
  it('must not fire: the participle rule without a name still gives the head noun', () => {
    expect(speakersOf('Police officers investigating the fire said it had been started deliberately.')).toEqual(['police officers']);
    expect(speakersOf('Two nurses working at the clinic, speaking on condition of anonymity, said the ward was short of staff.')).toEqual(['two nurses']);
  });
});
