// Statement and speaker faults a new user found in three articles of their own (a court verdict, an election night, a
// product launch). Sentences are written for this file, with other names and words (none from any corpus nor from the
// user's articles); each expectation was written by hand from the sentence (LABELS.md; GUIDE sections 1-3).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { innermostSpeakerOf as speakerOf } from './speaker-helpers.js';

const statements = (body: string) => analyzeArticle(`Headline\n${body}\n`).statements;
const cues = (body: string): string[] => statements(body).map((s) => s.cue?.text ?? '');
const contentOf = (body: string, cue: string): string | undefined => statements(body).find((s) => s.cue?.text === cue)?.content.text;

describe('a past participle that modifies a noun reports no words', () => {
  it('“at least three written complaints that …”: no cue “written”', () => {
    expect(cues('Jurors heard that Halden had ignored at least three written complaints that the scaffolding was loose.')).not.toContain('written');
  });
  it('“the audit, written by two inspectors, would …”: the outer speaker keeps the whole clause', () => {
    const body = 'Dora Pell said the audit, written by two inspectors, would be released next month.';
    expect(cues(body)).toEqual(['said']);
    expect(contentOf(body, 'said')).toBe('the audit, written by two inspectors, would be released next month');
  });
  it('“In a statement read outside the courthouse by their lawyer, the Brandt family said …”: the family speaks, no “read”', () => {
    const body = 'In a statement read outside the courthouse by their lawyer, the Brandt family said the verdict had brought them peace.';
    expect(cues(body)).toEqual(['said']);
    expect(speakerOf(body, 'the verdict had brought them peace').name).toMatch(/Brandt family/u);
  });
  it('must not change: a finite “told” with its object before a by-phrase of manner', () => {
    expect(cues('Officials told reporters by phone that the bridge would reopen.')).toEqual(['told']);
    expect(cues('Ana Roux, who has worked at the mill for 14 years, told the court by video link that she had warned her manager.')).toEqual(['told']);
  });
  it('must not change: a document that speaks after its participle, and a plain “wrote”', () => {
    expect(cues('The letter, written by the mayor, said the road would close in May.')).toEqual(['said']);
    expect(cues('Her written report found that the danger on the north slopes had been higher than published.')).toEqual(['found']);
    expect(cues('She wrote that the written evidence was clear.')).toEqual(['wrote']);
  });
});

describe('an abstract measure heading a subject is no speaker (GUIDE sections 1 and 3: people, bodies, documents, data)', () => {
  it('“said the size of the swing suggested …”: one statement, the pollster’s', () => {
    expect(cues('Karl Voss, a pollster, said the size of the swing suggested the tax rise had cost the party dearly.')).toEqual(['said']);
  });
  it('“The scale of the losses showed …, the regulator said”: the regulator’s only', () => {
    expect(cues('The scale of the losses showed how weak the bank had become, the regulator said.')).toEqual(['said']);
  });
  it('must not change: data speak (“The figures showed …”), and people near an abstract noun', () => {
    expect(cues('The figures showed the fund had lost money.')).toEqual(['showed']);
    expect(speakerOf('Officials familiar with the scale of the damage said the repairs would take weeks.', 'the repairs would take weeks').kind).toBe('anonymous');
  });
});

describe('a he or she trailing a quote after an unnamed spokesperson’s sentence is that spokesperson', () => {
  it('“A Labour spokeswoman, who asked not to be named, said …. “…,” she said.” after a named economist', () => {
    const body = 'Professor Ilka Dorn, an economist, said the budget was weak.\n\nA Labour spokeswoman, who asked not to be named, said the leadership had ignored the members for months. "We lost touch with the towns," she said.';
    expect(speakerOf(body, 'We lost touch with the towns')).toMatchObject({ name: 'Labour', kind: 'organization', role: 'spokesperson' });
  });
  it('must not change: a named person between the spokesperson and the quote', () => {
    const body = 'A Labour spokeswoman said the vote would be held in June.\n\nIlka Dorn, an economist, said the budget was weak. "The numbers do not add up," she said.';
    expect(speakerOf(body, 'The numbers do not')).toMatchObject({ name: 'Ilka Dorn', kind: 'person' });
  });
  it('must not change: a spokesman, then a quote with a she', () => {
    const body = 'Ilka Dorn, an economist, said the budget was weak.\n\nA Labour spokesman said the vote would be held in June. "It is a tight timetable," she said.';
    expect(speakerOf(body, 'It is a tight timetable').name).not.toBe('Labour');
  });
});
